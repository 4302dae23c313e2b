"""The plan tab (方案): the risk register with its 5×5 heat map, and the plan document export."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from app import domain
from app.services import risks
from ui.widgets.area_tab import AreaTab
from ui.widgets.row_panel import RowPanel
from ui.widgets.suggestion_bar import SuggestionBar
from ui.widgets.table_model import Column, choices
from ui.shell.undo import Undo

AREA = "plan"
LEVEL_COLOURS = {"low": QColor(34, 197, 94, 70), "medium": QColor(234, 179, 8, 90),
                 "high": QColor(249, 115, 22, 110), "critical": QColor(220, 38, 38, 120)}


class PlanTab(AreaTab):
    AREAS = (AREA, "community")

    def __init__(self, undo: Undo, parent=None):
        super().__init__(undo, parent)
        cid = lambda: self.community_id  # noqa: E731
        layout = QVBoxLayout(self)
        self.suggestion_bar = SuggestionBar(undo, AREA, cid, lambda: {"risk": self.register.view.selected_ids()})
        layout.addWidget(self.suggestion_bar)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Risk register: likelihood × impact (1–5 each) gives the level: 1–4 low, "
                                      "5–9 medium, 10–15 high, 16–25 critical."), wordWrap=True), 1)
        self.export_button = QPushButton(self.tr("Export the plan (Word)…"))
        head.addWidget(self.export_button)
        layout.addLayout(head)
        body = QHBoxLayout()
        self.register = RowPanel(self.tr("Risks"), undo, risks.risks, AREA, cid, [
            Column("category", self.tr("Category"), "choice", width=120, choices=choices(domain.RISK_CATEGORIES)),
            Column("description", self.tr("Risk"), "text", width=220),
            Column("likelihood", self.tr("Likelihood"), width=70, tooltip=self.tr("1 rare … 5 almost certain")),
            Column("impact", self.tr("Impact"), width=60, tooltip=self.tr("1 minor … 5 severe")),
            Column("level", self.tr("Level"), "readonly", width=60,
                   fmt=lambda v: domain.label(domain.RISK_LEVELS, v)),
            Column("response", self.tr("Response"), "choice", width=70, choices=choices(domain.RISK_RESPONSES)),
            Column("measure", self.tr("Measure"), "text", width=200),
            Column("owner", self.tr("Owner"), width=90),
            Column("review_date", self.tr("Next review"), "date", width=95),
        ], lambda: {"description": self.tr("New risk")}, rows=self._rows, edit_column=1, add_text=self.tr("Add risk"))
        self.register.model.row_brush = lambda r: QBrush(LEVEL_COLOURS[r["level"]]) if not r.get("suggested") else None
        body.addWidget(self.register, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Where the risks sit")))
        self.heat = QTableWidget(5, 5)
        self.heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.heat.setHorizontalHeaderLabels([str(i) for i in range(1, 6)])
        self.heat.setVerticalHeaderLabels([str(i) for i in range(5, 0, -1)])  # likelihood climbs upwards
        for header in (self.heat.horizontalHeader(), self.heat.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(44)
        self.heat.verticalHeader().setFixedWidth(26)
        for bar in (Qt.ScrollBarPolicy.ScrollBarAlwaysOff,):
            self.heat.setHorizontalScrollBarPolicy(bar)
            self.heat.setVerticalScrollBarPolicy(bar)
        self.heat.setFixedSize(44 * 5 + 26 + 2 * self.heat.frameWidth() + 2,
                               44 * 5 + self.heat.horizontalHeader().sizeHint().height() + 2 * self.heat.frameWidth() + 2)
        self.heat.setToolTip(self.tr("Rows: likelihood · columns: impact; the number is how many risks sit there"))
        side.addWidget(self.heat)
        side.addWidget(QLabel(self.tr("↑ likelihood · impact →")))
        self.level_counts = QLabel(wordWrap=True)
        side.addWidget(self.level_counts)
        side.addStretch(1)
        body.addLayout(side)
        layout.addLayout(body, 1)

    def _rows(self):
        return risks.with_levels(risks.risks.list(self.community_id))

    def reveal(self, where: dict) -> None:
        if where.get("suggestions") or (where.get("row") is None and self.suggestion_bar.isVisible()):
            self.suggestion_bar.buttons["all"].setFocus()
            return
        if where.get("row"):
            self.register.view.select_id(where["row"])
            self.register.view.setFocus()
        else:
            self.register.buttons["add"].setFocus()

    def reload(self):
        self.suggestion_bar.refresh()
        self.register.reload()
        confirmed = [r for r in self.register.model.rows() if not r.get("suggested")]
        counts = risks.heat_map(confirmed)
        for row in range(5):
            for col in range(5):
                likelihood, impact = 5 - row, col + 1
                n = counts.get((likelihood, impact), 0)
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(LEVEL_COLOURS[domain.risk_level(likelihood, impact)]))
                if n:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.heat.setItem(row, col, item)
        by_level = {level: sum(1 for r in confirmed if r["level"] == level) for level in domain.RISK_LEVELS}
        self.level_counts.setText(" · ".join(f"{domain.label(domain.RISK_LEVELS, k)} {n}" for k, n in by_level.items()))
