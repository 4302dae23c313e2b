"""Reminders while the app runs: the tray icon's count of what is due today, and a desktop
notification at each item's time (clicking it opens the item).

The check sleeps until the next due time (or midnight, when the day's counts change) instead
of polling: a QTimer set for exactly that long, set again after every change to the plan.
An occurrence is announced once: the keys shown today are kept in the settings, so a restart
does not repeat them. Without a system tray the counts still reach the window (the title, the
list, the home page) and the rest works as before.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.services import agenda
from ui.shell.settings import settings

MIDNIGHT_SLACK_S = 2  # wake just after midnight: the new day's items are due


def enabled() -> bool:
    from ui.shell.settings import reminders_on
    return reminders_on()


class Reminders(QObject):
    counts_changed = Signal(dict)   # agenda.Agenda.counts() for today
    notified = Signal(object)       # an agenda.Item announced now
    open_requested = Signal(int, dict)

    def __init__(self, bus, clock=dt.datetime.now, parent=None, use_tray: bool = True):
        super().__init__(parent)
        self.clock = clock
        self.view: agenda.Agenda | None = None
        self.last: agenda.Item | None = None  # what a click on the notification opens
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.check)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh)
        bus.changed.connect(lambda *_: self._debounce.start())
        self.tray: QSystemTrayIcon | None = None
        if use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self._icon(0), self)
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()

    # -- the day's items
    def refresh(self) -> None:
        """Read today's agenda again, show its counts and sleep until the next due time."""
        now = self.clock()
        self.view = agenda.build(today=now.date(), days=1)
        counts = self.view.counts()
        self.counts_changed.emit(counts)
        if self.tray is not None:
            self.tray.setIcon(self._icon(counts["today"] + counts["overdue"]))
            self.tray.setToolTip(self.tr("Community planner: {today} due today, {overdue} overdue").format(**counts))
        self.schedule()

    def _shown(self) -> set[str]:
        day, _, keys = str(settings().value("reminders_shown", "") or "").partition("|")
        return set(filter(None, keys.split(","))) if day == self.clock().date().isoformat() else set()

    def _remember(self, keys: set[str]) -> None:
        settings().setValue("reminders_shown", self.clock().date().isoformat() + "|" + ",".join(sorted(keys)))

    def _due_times(self) -> list[tuple[dt.datetime, agenda.Item]]:
        today = self.clock().date()
        out = []
        for item in self.view.due_on(today) if self.view else ():
            if item.time and not item.done:
                hours, minutes = map(int, item.time.split(":"))
                out.append((dt.datetime.combine(today, dt.time(hours, minutes)), item))
        return out

    def schedule(self) -> None:
        """Sleep until the next item's time not yet announced, or until just after midnight."""
        now = self.clock()
        shown = self._shown()
        later = [when for when, item in self._due_times() if when > now and item.key not in shown]
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time()) \
            + dt.timedelta(seconds=MIDNIGHT_SLACK_S)
        wake = min(later, default=midnight)
        self.timer.start(max(0, int((wake - now).total_seconds() * 1000)))
        if self.due_now():  # due already (started just after an item's time): announce it now
            QTimer.singleShot(0, self.check)

    def due_now(self) -> list[agenda.Item]:
        now, shown = self.clock(), self._shown()
        return [item for when, item in self._due_times() if when <= now and item.key not in shown
                and now - when < dt.timedelta(hours=1)]  # a start-up hours late shows the summary, not a burst

    def check(self) -> None:
        """Announce what is due now (each occurrence once), then sleep again."""
        if self.view is None or self.view.today != self.clock().date():
            self.refresh()
            return
        due = self.due_now()
        if due:
            shown = self._shown() | {item.key for item in due}
            self._remember(shown)
            if enabled():
                for item in due:
                    self.notify(item)
        self.schedule()

    def notify(self, item: agenda.Item) -> None:
        self.last = item
        self.notified.emit(item)
        if self.tray is not None:
            title = f"{item.time} · {item.community}"
            self.tray.showMessage(title, f"{item.task}\n{item.detail}".strip(), QSystemTrayIcon.MessageIcon.Information,
                                  15000)

    def _clicked(self) -> None:
        if self.last is not None:
            self.open_requested.emit(self.last.community_id, self.last.where)

    @staticmethod
    def _icon(count: int) -> QIcon:
        """The app's icon with today's count in a red badge."""
        base = QApplication.windowIcon().pixmap(64, 64)
        if base.isNull():
            base = QPixmap(64, 64)
            base.fill(QColor(37, 99, 235))
        if count:
            painter = QPainter(base)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(QColor(220, 38, 38))
            painter.setPen(QColor(255, 255, 255))
            painter.drawEllipse(28, 0, 36, 36)
            font = QFont()
            font.setPixelSize(22 if count < 10 else 16)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(28, 0, 36, 36, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
            painter.end()
        return QIcon(base)
