"""The plan tab (方案): background, problem and the long-term goal; the risk register with its
5×5 heat map; milestones; the budget; and the plan document export."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from app import domain
from app.services import communities, growth, risks, sop, timeplan
from ui.widgets.area_tab import AreaTab
from ui.widgets.row_panel import RowPanel
from ui.widgets.suggestion_bar import SuggestionBar
from ui.widgets.table_model import Column, choices
from ui.widgets.text_binding import TextBinding
from ui.shell.undo import Undo
from ui.widgets import style

AREA = "plan"
LEVEL_COLOURS = {"low": QColor(34, 197, 94, 70), "medium": QColor(234, 179, 8, 90),
                 "high": QColor(249, 115, 22, 110), "critical": QColor(220, 38, 38, 120)}


class PlanTab(AreaTab):
    AREAS = (AREA, "community", "sop", "roles", "calendar")  # (the timeline and the time budget read them)

    PAGES = ("goals", "layers", "risks", "path", "milestones", "budget")  # budget: resources and budget

    def __init__(self, undo: Undo, parent=None):
        super().__init__(undo, parent)
        cid = lambda: self.community_id  # noqa: E731
        self.bindings: list[TextBinding] = []
        layout = QVBoxLayout(self)
        self.suggestion_bar = SuggestionBar(undo, AREA, cid, lambda: {"risk": self.register.view.selected_ids(),
                                                                     "member_layer": self.layers.view.selected_ids(),
                                                                     "phase": self.phases.view.selected_ids()})
        layout.addWidget(self.suggestion_bar)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("The parts of the operating plan the other tabs do not hold. "
                                      "The Word document gathers all of it in eight chapters."), wordWrap=True), 1)
        self.export_button = QPushButton(self.tr("Export the plan (Word, PDF, Excel)…"))
        head.addWidget(self.export_button)
        layout.addLayout(head)
        self.pages = QTabWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addTab(self._texts_page(), self.tr("Background, problem, goal"))
        self.layers = RowPanel(self.tr("Member layers, in the community's own terms (beside the growth ladder)"),
                               undo, timeplan.layers, AREA, cid, [
                                   Column("layer", self.tr("Layer"), "readonly", width=90,
                                          fmt=lambda v: domain.label(domain.MEMBER_LAYERS, v)),
                                   Column("definition", self.tr("Definition"), "text", width=260,
                                          tooltip=self.tr("e.g. active: spoke in the last 7 days")),
                                   Column("target_share", self.tr("Target share (%)"), width=110),
                                   Column("actions", self.tr("What the plan does for it"), "text", width=340)],
                               dict, edit_column=1)
        for key in ("remove", "up", "down"):  # the four layers are fixed; their words are the user's
            self.layers.buttons[key].hide()
        add = self.layers.buttons["add"]  # only for a community made before layers existed
        add.setText(self.tr("Add the four layers"))
        add.clicked.disconnect()
        add.clicked.connect(self._add_layers)
        self.layers.view.empty_text = self.tr("No layers yet: “Add the four layers”, then define each in your "
                                              "community's terms.")
        self.pages.addTab(self.layers, self.tr("Member layers"))
        self.pages.addTab(self._risks_page(undo, cid), self.tr("Risks"))
        self.pages.addTab(self._path_page(undo, cid), self.tr("Path and timeline"))
        self.milestones = RowPanel(self.tr("Milestones: the dates the plan must reach"), undo, timeplan.milestones,
                                   AREA, cid, [
                                       Column("done", self.tr("Done"), "bool", width=50),
                                       Column("date", self.tr("Date"), "date", width=100),
                                       Column("name", self.tr("Milestone"), width=320),
                                       Column("owner", self.tr("Owner"), width=140)],
                                   lambda: {"name": self.tr("New milestone"), "date": dt.date.today()},
                                   edit_column=2, add_text=self.tr("Add milestone"))
        self.milestones.model.row_brush = \
            lambda r: QBrush(LEVEL_COLOURS["critical"]) if timeplan.overdue(r, dt.date.today()) else None
        self.pages.addTab(self.milestones, self.tr("Milestones"))
        self.budget = RowPanel(self.tr("Budget (yuan): ¥1,200 or 1200元 are both fine"), undo, timeplan.budget,
                               AREA, cid, [
                                   Column("item", self.tr("Item"), width=240),
                                   Column("category", self.tr("Category"), "choice", width=120,
                                          choices=choices(domain.BUDGET_CATEGORIES)),
                                   Column("planned", self.tr("Planned"), width=100, fmt=timeplan.money),
                                   Column("actual", self.tr("Actual"), width=100, fmt=timeplan.money),
                                   Column("date", self.tr("Date"), "date", width=100)],
                               lambda: {"item": self.tr("New item"), "planned": 0}, add_text=self.tr("Add line"))
        self.pages.addTab(self._resources_page(undo, cid), self.tr("Resources and budget"))
        self.pages.currentChanged.connect(lambda _: self.mark_stale())

    def _texts_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        boxes = ((self.tr("Background"), (
                    ("background_trends", self.tr("Industry trends"), self.tr("What is changing: mobile, social, "
                                                                              "data-driven…")),
                    ("background_needs", self.tr("User needs"), self.tr("How members' needs change: value, "
                                                                        "interaction, personal fit")),
                    ("background_competition", self.tr("Competition"), self.tr("Who else serves them, and how you "
                                                                               "differ")))),
                 (self.tr("Problem"), (
                    ("problem_symptoms", self.tr("Symptoms"), self.tr("What goes wrong today: unclear goals, low "
                                                                      "participation…")),
                    ("problem_causes", self.tr("Causes"), self.tr("Why: too few resources, weak skills, needs "
                                                              "that changed…")),
                    ("problem_impact", self.tr("Impact"), self.tr("What it costs: churn, brand harm, rising "
                                                              "cost…")))))
        for col, (title, fields) in enumerate(boxes):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            for key, label, hint in fields:
                inner.addWidget(QLabel(f"<b>{label}</b>"))
                self._text(inner, key, hint)
            grid.addWidget(box, 0, col)
        goal = QGroupBox(self.tr("Long-term goal: what success looks like at the planned end"))
        inner = QVBoxLayout(goal)
        self._text(inner, "long_term_goal", self.tr("e.g. in six months: 3,000 members, weekly speaking rate above "
                                                     "20%, 60 paying members a month"))
        self.text_edits["long_term_goal"].setMaximumHeight(90)
        self.smart_label = QLabel(wordWrap=True)
        inner.addWidget(self.smart_label)
        grid.addWidget(goal, 1, 0, 1, 2)
        return page

    def _resources_page(self, undo, cid) -> QWidget:
        """People and their time (the time budget), tools and platforms, the budget lines."""
        page = QWidget()
        box = QVBoxLayout(page)
        people = QGroupBox(self.tr("Time budget, the coming 7 days"))
        inner = QVBoxLayout(people)
        note = QLabel(self.tr("What the SOP rows and columns ask of each person (their minutes, by owner) against "
                              "the hours their team roles give"), wordWrap=True)
        style.set_role(note, "caption")
        inner.addWidget(note)
        self.time_table = QTableWidget(0, 5)
        self.time_table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Team roles"), self.tr("Asked (h)"),
                                                   self.tr("Has (h/week)"), self.tr("Left (h)")])
        self.time_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.time_table.verticalHeader().setVisible(False)
        self.time_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        inner.addWidget(self.time_table)
        self.time_note = QLabel(wordWrap=True)
        inner.addWidget(self.time_note)
        box.addWidget(people, 1)
        row = QHBoxLayout()
        self.tools = RowPanel(self.tr("Tools and platforms"), undo, timeplan.tools, AREA, cid, [
            Column("name", self.tr("Tool or platform"), width=160),
            Column("purpose", self.tr("What for"), "text", width=200),
            Column("monthly_cost", self.tr("Cost per month"), width=100, fmt=timeplan.money)],
            lambda: {"name": self.tr("New tool")}, add_text=self.tr("Add tool"))
        row.addWidget(self.tools, 2)
        row.addWidget(self.budget, 3)
        box.addLayout(row, 2)
        return page

    def _show_time_budget(self) -> None:
        rows = timeplan.time_budget(self.community_id)
        self.time_table.setRowCount(len(rows))
        over = []
        for i, p in enumerate(rows):
            left = None if p["available"] is None else round(p["available"] - p["asked"], 1)
            for col, text in enumerate((p["person"], "、".join(p["roles"]), f"{p['asked']:g}",
                                        "" if p["available"] is None else str(p["available"]),
                                        "" if left is None else f"{left:g}")):
                item = QTableWidgetItem(text)
                if col == 4 and left is not None and left < 0:
                    item.setForeground(QBrush(style.tone("danger")))
                self.time_table.setItem(i, col, item)
            if left is not None and left < 0:
                over.append(p["person"])
        self.time_note.setText(
            self.tr("Over their hours: {people}").format(people="、".join(over)) if over else
            self.tr("Give SOP rows and columns their minutes, and team roles their hours per week, to see the "
                    "week's load.") if not rows else self.tr("Everyone's week fits their hours."))

    def _path_page(self, undo, cid) -> QWidget:
        """Phases (the implementation path) above; the timeline they make, with milestones, below."""
        page = QWidget()
        box = QVBoxLayout(page)
        self.phases = RowPanel(self.tr("Implementation path: phases and what happens in each"), undo,
                               timeplan.phases, AREA, cid, [
                                   Column("name", self.tr("Phase"), width=120),
                                   Column("start_date", self.tr("From"), "date", width=100),
                                   Column("end_date", self.tr("To"), "date", width=100),
                                   Column("work", self.tr("What happens"), "text", width=420)],
                               lambda: {"name": self.tr("New phase"), "start_date": dt.date.today(),
                                        "end_date": dt.date.today() + dt.timedelta(days=30)},
                               add_text=self.tr("Add phase"))
        box.addWidget(self.phases, 1)
        self.timeline_box = QVBoxLayout()
        box.addLayout(self.timeline_box, 2)
        self.timeline = None  # pyqtgraph loads when the page is first shown
        self.timeline_note = QLabel(self.tr("Bars: phases · diamonds: milestones (green done, red open) · "
                                            "blue lines: launch and events · red dashes: today"), wordWrap=True)
        box.addWidget(self.timeline_note)
        return page

    def _show_timeline(self) -> None:
        if self.pages.currentIndex() != self.PAGES.index("path"):
            return
        if self.timeline is None:
            from ui.plan.timeline import Timeline
            self.timeline = Timeline()
            self.timeline_box.addWidget(self.timeline)
        c = communities.get(self.community_id)
        marks = [(c["start_date"], self.tr("Launch"))]
        marks += [(e["t0"], e["name"]) for e in sop.events.list(self.community_id)]
        phases = [p for p in self.phases.model.rows() if not p.get("suggested")] or self.phases.model.rows()
        self.timeline.show_plan(phases, timeplan.milestones.list(self.community_id), marks, dt.date.today())

    def _text(self, layout, key: str, hint: str) -> None:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(hint)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(48)
        layout.addWidget(edit)
        self.text_edits[key] = edit
        self.bindings.append(TextBinding(edit, self.undo, key, communities.update, lambda: self.community_id,
                                         AREA, self.tr("Edit the plan")))

    def _risks_page(self, undo, cid) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Risk register: likelihood × impact (1–5 each) gives the level: 1–4 low, "
                                        "5–9 medium, 10–15 high, 16–25 critical."), wordWrap=True))
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
        self.heat.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heat.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        return page

    def flush(self):
        for binding in self.bindings:
            binding.save()

    def _add_layers(self):
        cid = self.community_id
        self.undo.run(self.tr("Add the four layers"),
                      lambda state: state.update(ids=timeplan.add_missing_layers(cid)),
                      lambda state: timeplan.layers.delete(state["ids"]), cid, AREA)

    def _rows(self):
        return risks.with_levels(risks.risks.list(self.community_id))

    def reveal(self, where: dict) -> None:
        page = "risks" if where.get("suggestions") else where.get("page")
        if page in self.PAGES:
            self.pages.setCurrentIndex(self.PAGES.index(page))
        if page == "goals":
            self.text_edits[where.get("field", "long_term_goal")].setFocus()
            return
        if page in ("risks", "layers", "path") and (where.get("suggestions") or (where.get("row") is None
                                                                         and self.suggestion_bar.isVisible())):
            self.suggestion_bar.buttons["all"].setFocus()
            return
        panel = {"risks": self.register, "milestones": self.milestones, "budget": self.budget, "tools": self.tools,
                 "layers": self.layers, "path": self.phases}.get(page)
        if panel is None:
            return
        if where.get("row"):
            panel.view.select_id(where["row"])
            panel.view.setFocus()
        else:
            panel.buttons["add"].setFocus()

    def reload(self):
        c = communities.get(self.community_id)
        for binding in self.bindings:
            binding.show(c[binding.field])
        goals = growth.goals.list(self.community_id)
        self.smart_label.setText(self.tr("SMART goals under it (Growth ▸ Goals): {goals}").format(
            goals=" · ".join(f"{domain.pick(growth.NAMES.get(g['metric'], (g['metric'],) * 2))} {g['target']:g} "
                             f"({g['deadline']})" for g in goals) or self.tr("none yet")))
        self.milestones.reload()
        self.tools.reload()
        self._show_time_budget()
        self.layers.reload()
        self.phases.reload()
        self._show_timeline()
        self.layers.buttons["add"].setVisible(self.layers.model.rowCount() < len(domain.MEMBER_LAYERS))
        self.budget.reload()
        sums = timeplan.totals(self.budget.model.rows(), timeplan.revenue(self.community_id))
        ratio = "" if sums["spend_ratio"] is None else self.tr(" · spent {ratio:.0%} of the revenue").format(
            ratio=sums["spend_ratio"])
        self.budget.show_note(self.tr("Planned {planned} · actual {actual} · variance {variance:+,.2f}").format(
            planned=timeplan.money(sums["planned"]), actual=timeplan.money(sums["actual"]), variance=sums["variance"]) + ratio,
            warning=sums["variance"] > 0)
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
