"""The side list of communities, with new / duplicate / delete."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QMenu, QStyledItemDelegate, QVBoxLayout,
                               QWidget)

from app import domain
from app.services import communities
from ui.widgets import icons, style


AGENDA = -1  # the list entry of the agenda (0 is the home page's)


class CommunityList(QWidget):
    selected = Signal(object)          # community id, None (the home page) or AGENDA
    new_requested = Signal()
    rename_requested = Signal(int)
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress: dict[int, tuple] = {}  # community id -> (steps done, steps, stage, open gaps)
        self.due: dict[int, tuple[int, int]] = {}  # community id -> (overdue, due today), from the agenda
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("community_list")
        self.list.setItemDelegate(_Badges(self))
        # a long line is cut at the edge (its tooltip has the whole name) instead of scrolling the list
        # sideways; eliding would fold an item's two lines into one
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.currentItemChanged.connect(lambda item, _: self.selected.emit(self.current_key()))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemDoubleClicked.connect(
            lambda item: item.data(Qt.ItemDataRole.UserRole) and self.rename_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.buttons = icons.button_row(buttons, (
                ("add", self.tr("New"), self.tr("New community (Ctrl+N)"), self.new_requested.emit),
                ("dup", self.tr("Copy"), self.tr("Duplicate community"),
                 lambda: self._with_current(self.duplicate_requested)),
                ("del", self.tr("Delete"), self.tr("Delete community"), lambda: self._with_current(self.delete_requested))))
        layout.addLayout(buttons)

    def _with_current(self, signal):
        if self.current_id() is not None:
            signal.emit(self.current_id())

    def _menu(self, pos):
        if self.current_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self._with_current(self.rename_requested))
        menu.addAction(self.tr("Duplicate"), lambda: self._with_current(self.duplicate_requested))
        menu.addAction(self.tr("Delete…"), lambda: self._with_current(self.delete_requested))
        menu.exec(self.list.mapToGlobal(pos))

    def current_id(self) -> int | None:
        """The selected community; None on the home and agenda entries."""
        key = self.current_key()
        return key if isinstance(key, int) and key > 0 else None

    def current_key(self):
        """The selected community's id, None on the home entry, AGENDA on the agenda's."""
        item = self.list.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole) or None) if item else None

    def badges(self, row: dict) -> list[tuple[str, str | None]]:
        """The second line as (text, tone) pills, what needs doing first (the line is cut where the
        list ends): overdue, example, type, open gaps, stage, plan completeness."""
        out = []
        done, steps, stage, gaps = self.progress.get(row["id"], (None, None, None, None))
        overdue = self.due.get(row["id"], (0, 0))[0]
        if overdue:
            out.append((self.tr("{n} overdue").format(n=overdue), "danger"))
        if row["example"]:
            out.append((self.tr("Example"), "warning"))
        out.append((domain.label(domain.TYPES, row["type"]) or self.tr("no type yet"), "accent"))
        if gaps:
            out.append((self.tr("{n} gaps").format(n=gaps), "warning"))
        if stage:
            out.append((domain.label(domain.STAGES, stage), None))
        if done is not None:
            out.append((self.tr("plan {done}/{steps}").format(done=done, steps=steps), None))
        return out

    def _text(self, row: dict) -> str:
        """The item's text: what the badges show, for tests and screen readers (the platform is in
        the tooltip)."""
        return f"{row['name']}\n" + " · ".join(text for text, _tone in self.badges(row))

    def show_due(self, per_community: dict[int, tuple[int, int]]) -> None:
        """Show each community's overdue count (from the agenda of today)."""
        self.due = dict(per_community)
        for i in range(self.list.count()):
            item = self.list.item(i)
            row = item.data(Qt.ItemDataRole.UserRole + 1)
            if row:
                item.setText(self._text(row))
                overdue = self.due.get(row["id"], (0, 0))[0]
                item.setForeground(QBrush(style.tone("danger")) if overdue else QBrush())

    def show_progress(self, community_id: int, done: int, steps: int, stage: str | None = None,
                      gaps: int | None = None) -> None:
        """Show a community's plan completeness, stage and open gaps once the overview has computed them."""
        self.progress[community_id] = (done, steps, stage, gaps)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == community_id:
                item.setText(self._text(item.data(Qt.ItemDataRole.UserRole + 1)))

    def reload(self, select: int | None = None) -> None:
        """Refill the list, keeping (or moving to) the selected community; 0 is the home entry."""
        keep = select if select is not None else self.current_key() or 0
        self.list.blockSignals(True)
        self.list.clear()
        home = QListWidgetItem(self.tr("All communities"))
        home.setData(Qt.ItemDataRole.UserRole, 0)
        home.setIcon(icons.icon("home"))
        home.setToolTip(self.tr("The home page: every community side by side, and the community matrix"))
        self.list.addItem(home)
        agenda = QListWidgetItem(self.tr("Agenda: today and this week"))
        agenda.setData(Qt.ItemDataRole.UserRole, AGENDA)
        agenda.setIcon(icons.icon("calendar-event"))
        agenda.setToolTip(self.tr("What is due across all communities, overdue first (Ctrl+T)"))
        self.list.addItem(agenda)
        for row in communities.list_communities():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setData(Qt.ItemDataRole.UserRole + 1, row)
            item.setText(self._text(row))
            # Chinese falls back to a taller font than the list's own metrics measure: room for both lines
            item.setSizeHint(QSize(0, 2 * (self.list.fontMetrics().height() + 6) + 10))
            item.setToolTip(f"{row['name']}\n{domain.label(domain.PLATFORMS, row['platform'])}")
            self.list.addItem(item)
            if row["id"] == keep:
                self.list.setCurrentItem(item)
        if keep == AGENDA:
            self.list.setCurrentItem(agenda)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.selected.emit(self.current_key())


class _Badges(QStyledItemDelegate):
    """A community as its name, then pills: its type, stage, plan completeness, open gaps and
    overdue items (the item's text says the same for tests and screen readers)."""

    def __init__(self, owner: CommunityList):
        super().__init__(owner.list)
        self.owner = owner

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if index.data(Qt.ItemDataRole.UserRole + 1):
            option.text = ""  # the style draws the background, selection and focus; paint() the rest

    def paint(self, painter, option, index):
        # (no QStyle here: naming it makes PySide build its ~570 enum members, ~40 M instructions
        # of start-up, for one flag the selection model answers as well)
        super().paint(painter, option, index)
        row = index.data(Qt.ItemDataRole.UserRole + 1)
        if not row:
            return
        selected = self.owner.list.selectionModel().isSelected(index)
        text_colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(style.SPACE[1], style.SPACE[0], -style.SPACE[0], -style.SPACE[0])
        metrics = option.fontMetrics
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        line = metrics.height() + 4
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(font).elidedText(row["name"], Qt.TextElideMode.ElideRight, rect.width()))
        small = QFont(option.font)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() - 1))
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        x, y = rect.left(), rect.bottom() - line + 2
        for text, tone_name in self.owner.badges(row):
            width = small_metrics.horizontalAdvance(text) + 2 * style.SPACE[0] + 2
            if x + width > rect.right():
                break
            colour = QColor(text_colour) if selected or tone_name is None else style.tone(tone_name)
            fill = QColor(colour)
            fill.setAlpha(40 if not selected else 60)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawRoundedRect(x, y, width, line - 4, 6, 6)
            painter.setPen(colour)
            painter.drawText(x, y, width, line - 4, Qt.AlignmentFlag.AlignCenter, text)
            x += width + style.SPACE[0]
        painter.restore()
