"""Before any one community: the welcome page of an empty workspace, and the home page
over all communities (a row each, and the community matrix across the AIDASS path)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app import domain
from app.services import overview
from ui.widgets import style

BANDS = {"healthy": (("健康", "healthy"), QColor(34, 197, 94, 60)), "low": (("偏低", "low"), QColor(234, 179, 8, 60)),
         "dying": (("濒死", "dying"), QColor(239, 68, 68, 60))}
COVERED = QColor(37, 99, 235, 90)
UNCOVERED = QColor(239, 68, 68, 45)


class WelcomePage(QWidget):
    """An empty workspace: explore the example, or plan my community."""
    example_requested = Signal()
    plan_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to the community planner"))
        style.set_role(title, "display")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(self.tr("Plan a private community step by step: positioning, goals, content, roles and "
                              "rules, the four SOP tables and growth. Everything stays on this computer."),
                      wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        layout.addSpacing(16)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, tip, signal, primary in (
                (self.tr("Plan my community"), self.tr("A one-minute form, then the overview leads you through the "
                                                       "method"), self.plan_requested, True),
                (self.tr("Explore the example"), self.tr("A filled-in plan of a course seller's community, "
                                                         "marked as an example; delete it in one click"),
                 self.example_requested, False)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumSize(220, 48)
            button.setDefault(primary)
            if primary:
                button.setProperty("primary", True)
            button.clicked.connect(signal.emit)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.buttons = [row.itemAt(i).widget() for i in range(row.count()) if row.itemAt(i).widget()]


class HomePage(QWidget):
    """A row per community, and the matrix of AIDASS stages each one covers."""
    open_requested = Signal(int)
    agenda_requested = Signal()

    def __init__(self, today=dt.date.today, parent=None):
        super().__init__(parent)
        self.today = today
        self.views: list = []
        self.due: dict = {}  # the agenda's counts of today (overdue per community), once known
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("All communities"))
        style.set_role(title, "title")
        layout.addWidget(title)
        due = QHBoxLayout()
        self.due_label = QLabel()
        due.addWidget(self.due_label)
        self.agenda_button = QPushButton(self.tr("Open the agenda (Ctrl+T)"))
        self.agenda_button.clicked.connect(self.agenda_requested.emit)
        due.addWidget(self.agenda_button)
        due.addStretch(1)
        layout.addLayout(due)
        layout.addWidget(QLabel(self.tr("Click a community to open its plan.")))
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("Community"), self.tr("Type"), self.tr("Stage"), self.tr("Plan"), self.tr("Open gaps"),
            self.tr("Overdue"), self.tr("Members"), self.tr("7 days"), self.tr("Speaking rate")])
        self._table_look(self.table)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(lambda row, _c: self._open(self.table, row))
        self.table.cellActivated.connect(lambda row, _c: self._open(self.table, row))
        layout.addWidget(self.table, 3)
        matrix_title = QLabel(self.tr("Community matrix: which stages of the buyer's path each community covers"))
        style.set_role(matrix_title, "heading")
        layout.addWidget(matrix_title)
        self.matrix = QTableWidget(0, len(domain.AIDASS))
        self.matrix.setHorizontalHeaderLabels([domain.pick((zh, en)) for _, zh, en in domain.AIDASS])
        self._table_look(self.matrix)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.cellClicked.connect(lambda row, _c: self._open(self.matrix, row))
        layout.addWidget(self.matrix, 2)
        self.matrix_note = QLabel(wordWrap=True)
        layout.addWidget(self.matrix_note)
        layout.addStretch(1)  # a few communities: the tables keep their height, the rest stays below

    def show_due(self, counts: dict) -> None:
        """The start-up summary: what is due today and overdue, across communities."""
        self.due = counts
        self.due_label.setText(self.tr("Today: {today} due, {overdue} overdue.").format(**counts))
        style.set_role(self.due_label, "heading")
        style.set_tone(self.due_label, "danger" if counts["overdue"] else None)
        for row in range(self.table.rowCount()):
            cid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self._overdue_cell(row, counts["per_community"].get(cid, (0, 0))[0])

    def _overdue_cell(self, row: int, n: int) -> None:
        item = QTableWidgetItem(str(n))
        if n:
            item.setForeground(QBrush(style.tone("danger")))
        self.table.setItem(row, 5, item)

    @staticmethod
    def _fit_height(table: QTableWidget) -> None:
        """As tall as its rows (it scrolls once they fill more than the space it gets)."""
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMaximumHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(30)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0) if table is self.table else table.verticalHeaderItem(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def reload(self) -> None:
        today = self.today()
        ids = overview.community_ids()
        data = overview.load(ids, today=today)
        self.views = views = [overview.compute(data[i], today) for i in ids]
        self.table.setRowCount(len(views))
        self.matrix.setRowCount(len(views))
        covered = set()
        for row, view in enumerate(views):
            c = view.community
            pulse = overview.pulse(data[c["id"]], today)
            band = BANDS.get(pulse["band"])
            net = pulse["net7"]
            example = self.tr("Example")  # (lupdate does not look inside f-strings)
            cells = [c["name"] + (f"  [{example}]" if c["example"] else ""),
                     domain.label(domain.TYPES, domain.effective_type(c)) or self.tr("(no type yet)"),
                     domain.label(domain.STAGES, view.stage) or self.tr("(not set)"),
                     f"{view.done}/{len(view.steps)}", str(len(view.gaps)), "",
                     "" if pulse["members"] is None else str(pulse["members"]),
                     "" if net is None else f"{net:+d}",
                     "" if pulse["rate"] is None else f"{pulse['rate']:.0f}% · {domain.pick(band[0])}"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, c["id"])
                if col == 8 and band:
                    item.setBackground(QBrush(band[1]))
                self.table.setItem(row, col, item)
            self._overdue_cell(row, self.due["per_community"].get(c["id"], (0, 0))[0] if self.due
                               else view.overdue_sop)
            header = QTableWidgetItem(c["name"])
            header.setData(Qt.ItemDataRole.UserRole, c["id"])
            self.matrix.setVerticalHeaderItem(row, header)
            for stage in range(len(domain.AIDASS)):
                inside = c["aidass_start"] is not None and c["aidass_start"] <= stage <= c["aidass_end"]
                item = QTableWidgetItem("●" if inside else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if inside:
                    item.setBackground(QBrush(COVERED))
                    covered.add(stage)
                self.matrix.setItem(row, stage, item)
        self.matrix.verticalHeader().setVisible(True)
        for table in (self.table, self.matrix):
            self._fit_height(table)
        missing = [domain.pick((zh, en)) for i, (_, zh, en) in enumerate(domain.AIDASS) if i not in covered]
        for i in range(len(domain.AIDASS)):
            head = self.matrix.horizontalHeaderItem(i)
            if head is not None:
                head.setForeground(QBrush(style.tone("danger")) if i not in covered else QBrush())
        self.matrix_note.setText(self.tr("No community covers: {stages}. The funnel breaks there.").format(
            stages=" · ".join(missing)) if missing and views else self.tr("Together the communities cover the whole path."))
        style.set_tone(self.matrix_note, "warning" if missing else "success")

