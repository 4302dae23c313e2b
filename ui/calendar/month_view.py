"""A month grid: one cell per day with its entries, coloured by content class.

Click a day to select it; drag an entry onto another day to move it there. The week
starts on the locale's first day (Monday in the Chinese locale).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QLocale, QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDrag, QFont
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem,
                               QSizePolicy, QVBoxLayout, QWidget)

MIME = "application/x-community-planner-entry"
CLASS_COLOURS = {"product": QColor(249, 115, 22, 70), "values": QColor(59, 130, 246, 60),
                 "interaction": QColor(34, 197, 94, 60)}
OVERDUE = QColor(220, 38, 38)


class _DayList(QListWidget):
    entry_dropped = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)  # a title wraps onto a second line instead of being cut to four characters
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QListWidget { background: transparent; }")
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))  # more of each title fits a small cell
        self.setFont(font)

    def startDrag(self, actions):
        item = self.currentItem()
        if item is None:
            return
        data = QMimeData()
        data.setData(MIME, QByteArray(str(item.data(Qt.ItemDataRole.UserRole)).encode()))
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event):
        event.setAccepted(event.mimeData().hasFormat(MIME))

    def dragMoveEvent(self, event):
        event.setAccepted(event.mimeData().hasFormat(MIME))

    def dropEvent(self, event):
        if event.mimeData().hasFormat(MIME):
            self.entry_dropped.emit(int(bytes(event.mimeData().data(MIME)).decode()))
            event.acceptProposedAction()


class DayCell(QFrame):
    clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.date: dt.date | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 2)
        layout.setSpacing(1)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.list = _DayList()
        # cells share whatever room the grid has; a busy day scrolls inside its cell
        self.list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.list.setMinimumSize(20, 20)
        self.list.itemPressed.connect(lambda _: self.clicked.emit(self.date))
        layout.addWidget(self.list, 1)

    def mousePressEvent(self, event):
        self.clicked.emit(self.date)
        super().mousePressEvent(event)


class MonthView(QWidget):
    day_selected = Signal(object)            # dt.date
    move_requested = Signal(int, object)     # entry id, new date

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first_weekday = QLocale().firstDayOfWeek().value - 1  # Qt: Monday = 1
        grid = QGridLayout(self)
        grid.setSpacing(2)
        self.headers = []
        for col in range(7):
            label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, col)
            self.headers.append(label)
        self.cells: list[DayCell] = []
        for i in range(42):
            cell = DayCell()
            cell.clicked.connect(self._clicked)
            cell.list.entry_dropped.connect(lambda entry_id, c=cell: self.move_requested.emit(entry_id, c.date))
            grid.addWidget(cell, 1 + i // 7, i % 7)
            self.cells.append(cell)
        for row in range(1, 7):
            grid.setRowStretch(row, 1)
        self.month = dt.date.today().replace(day=1)
        self.selected: dt.date | None = None

    def weekday_names(self, names: list[str]) -> None:
        for col, label in enumerate(self.headers):
            label.setText(f"<b>{names[(self.first_weekday + col) % 7]}</b>")

    def days(self) -> tuple[dt.date, dt.date]:
        """First and last day the grid shows (it starts on the week's first day)."""
        offset = (self.month.weekday() - self.first_weekday) % 7
        first = self.month - dt.timedelta(days=offset)
        return first, first + dt.timedelta(days=41)

    def show_entries(self, month: dt.date, entries: list[dict], today: dt.date, overdue) -> None:
        self.month = month.replace(day=1)
        first, _ = self.days()
        by_day: dict[dt.date, list[dict]] = {}
        for entry in entries:
            by_day.setdefault(entry["date"], []).append(entry)
        for i, cell in enumerate(self.cells):
            day = first + dt.timedelta(days=i)
            cell.date = day
            in_month = day.month == self.month.month
            style = "font-weight: bold;" if day == today else ""
            if not in_month:
                style += "color: palette(mid);"
            cell.label.setText(str(day.day) if day != today else f"● {day.day}")
            cell.label.setStyleSheet(style)
            highlight = "palette(highlight)" if day == self.selected else (
                "#dc2626" if day == today else "palette(mid)")
            width = 2 if day in (self.selected, today) else 1
            cell.setStyleSheet(f"DayCell {{ border: {width}px solid {highlight}; border-radius: 3px; }}")
            cell.list.clear()
            for entry in by_day.get(day, []):
                text = f"{entry['time']} {entry['title']}".strip()
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry["id"])
                item.setBackground(QBrush(CLASS_COLOURS.get(entry["content_class"], QColor(0, 0, 0, 0))))
                item.setToolTip(text)
                if overdue(entry):
                    item.setForeground(QBrush(OVERDUE))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if entry["status"] == "skipped":
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                cell.list.addItem(item)

    def cell_for(self, day: dt.date) -> DayCell | None:
        return next((c for c in self.cells if c.date == day), None)

    def _clicked(self, day):
        self.selected = day
        self.day_selected.emit(day)
