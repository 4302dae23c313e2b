"""The growth tab (增长): dashboard, numbers (table, today form, import), goals, lifecycle.

pyqtgraph is imported only when this tab is first shown, so start-up does not pay for it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from app import domain
from app.errors import UserError
from app.services import communities, growth
from ui.widgets import dialogs, long_work
from ui.widgets.area_tab import AreaTab
from ui.widgets.date_edit import date_edit
from ui.widgets.row_panel import RowPanel
from ui.shell.settings import last_folder, remember_folder
from ui.widgets.table_model import Column, choices
from ui.shell.undo import Undo

AREA = "growth"
RANGES = ((30, "30"), (90, "90"), (365, "365"), (None, None))


def _fmt_rate(value):
    return "" if value is None else f"{value:.1%}"


def _fmt_number(value):
    return "" if value is None else f"{value:,.2f}" if isinstance(value, float) else f"{value:,}"


class GrowthTab(AreaTab):
    AREAS = (AREA, "community")

    def __init__(self, undo: Undo, today=dt.date.today, parent=None):
        super().__init__(undo, parent)
        self.today = today
        self.charts = None  # built on first show
        self.range_days: int | None = 90
        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        layout.addWidget(self.pages)
        cid = lambda: self.community_id  # noqa: E731

        # -- dashboard (charts are added lazily)
        self.dashboard = QWidget()
        box = QVBoxLayout(self.dashboard)
        bar = QHBoxLayout()
        self.granularity = QComboBox()
        for code, names in (("day", ("按日", "Daily")), ("week", ("按周", "Weekly")), ("month", ("按月", "Monthly"))):
            self.granularity.addItem(domain.pick(names), code)
        self.granularity.currentIndexChanged.connect(lambda _: self.mark_stale())
        bar.addWidget(self.granularity)
        self.range_buttons = {}
        self.export_buttons: list[QPushButton] = []
        for days, text in RANGES:
            button = QPushButton(self.tr("{n} days").format(n=text) if days else self.tr("All"))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, d=days: self.set_range(d))
            bar.addWidget(button)
            self.range_buttons[days] = button
        bar.addStretch(1)
        for text, slot in ((self.tr("Export chart (PNG)…"), self.export_png),
                           (self.tr("Export numbers (Excel)…"), self.export_xlsx)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.export_buttons.append(button)
        box.addLayout(bar)
        # the hover line shares its row with the stage legend: in English, the legend beside
        # the buttons made the window wider than a 1280 px screen
        hover_row = QHBoxLayout()
        self.hover_label = QLabel(self.tr("Point at a chart to see that day's numbers."), wordWrap=True)
        hover_row.addWidget(self.hover_label, 1)
        self.legend = QLabel()
        hover_row.addWidget(self.legend)
        box.addLayout(hover_row)
        self.chart_box = QVBoxLayout()
        box.addLayout(self.chart_box, 1)
        # no numbers yet: no axes or bands for data that does not exist, but what to do instead
        self.empty = QWidget()
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        note = QLabel(self.tr("No numbers yet. Record the first day's members, joins, leaves and speakers, "
                              "or import the group statistics WeCom exports; the charts start from there."),
                      wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        empty.addWidget(note)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for text, slot in ((self.tr("Enter the first day's numbers"), lambda: self.reveal({"page": "numbers"})),
                           (self.tr("Import a WeCom CSV…"), self.import_numbers)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        empty.addLayout(actions)
        empty.addStretch(2)
        box.addWidget(self.empty, 1)
        self.goals_label = QLabel(wordWrap=True)
        box.addWidget(self.goals_label)
        self.pages.addTab(self.dashboard, self.tr("Dashboard"))

        # -- numbers
        page = QWidget()
        box = QVBoxLayout(page)
        form = QGroupBox(self.tr("Record a day (leave a box empty when you do not know the number)"))
        row = QHBoxLayout(form)
        self.day_edit = date_edit()
        row.addWidget(self.day_edit)
        self.day_inputs: dict[str, QLineEdit] = {}
        for f in growth.RAW:
            edit = QLineEdit(placeholderText=domain.pick(growth.NAMES[f]))
            edit.setObjectName(f"today_{f}")
            edit.setToolTip(domain.pick(growth.NAMES[f]))
            edit.returnPressed.connect(self.save_day)
            edit.setMinimumWidth(40)  # seven boxes in a row must fit a 1280 px window
            row.addWidget(edit)
            self.day_inputs[f] = edit
        save = QPushButton(self.tr("Save day"))
        save.clicked.connect(self.save_day)
        row.addWidget(save)
        self.save_day_button = save
        box.addWidget(form)
        self.numbers = RowPanel(self.tr("Numbers by day"), undo, growth.metrics, AREA, cid, [
            Column("date", self.tr("Date"), "date", width=95),
            *[Column(f, domain.pick(growth.NAMES[f]), width=78, fmt=_fmt_number) for f in growth.RAW],
            Column("net", domain.pick(growth.NAMES["net"]), "readonly", width=70, fmt=_fmt_number),
            Column("speaking_rate", domain.pick(growth.NAMES["speaking_rate"]), "readonly", width=80, fmt=_fmt_rate),
            Column("conversion", domain.pick(growth.NAMES["conversion"]), "readonly", width=70, fmt=_fmt_rate),
            Column("arpu", domain.pick(growth.NAMES["arpu"]), "readonly", width=70, fmt=_fmt_number),
        ], self._new_day, rows=self._number_rows, add_text=self.tr("Add day"))
        self.numbers.model.on_move = None
        for key in ("up", "down"):
            self.numbers.buttons[key].hide()
        self.import_button = QPushButton(self.tr("Import CSV / Excel…"))
        self.import_button.clicked.connect(self.import_numbers)
        self.numbers.button_row.insertWidget(2, self.import_button)
        box.addWidget(self.numbers, 1)
        self.pages.addTab(page, self.tr("Numbers"))

        # -- goals
        self.goals = RowPanel(self.tr("SMART goals: a number, a deadline"), undo, growth.goals, AREA, cid, [
            Column("metric", self.tr("Metric"), "choice", width=130,
                   choices=lambda: [(m, domain.pick(growth.NAMES[m]) + (" %" if m in growth.RATES else "")
                                     + (domain.pick(("（累计）", " (cumulative)")) if m in growth.GOAL_FLOWS else ""))
                                    for m in growth.GOAL_METRICS]),
            Column("target", self.tr("Target"), width=70, fmt=lambda v: f"{v:g}" if v is not None else ""),
            Column("deadline", self.tr("Deadline"), "date", width=95),
            Column("start_value", self.tr("Start value"), width=80, fmt=lambda v: f"{v:g}" if v is not None else ""),
            Column("start_date", self.tr("Start date"), "date", width=95),
            Column("progress", self.tr("Progress"), "readonly", width=70, fmt=_fmt_rate),
            Column("status", self.tr("Projection"), "readonly", width=330),
            Column("serves_long_term", self.tr("Serves the long-term goal"), "bool", width=90,
                   tooltip=self.tr("A step towards the long-term goal on Plan ▸ Background, problem, goal")),
        ], self._new_goal, rows=self._goal_rows)
        self.pages.addTab(self.goals, self.tr("Goals"))

        # -- lifecycle and bands
        page = QWidget()
        box = QHBoxLayout(page)
        self.stages = RowPanel(self.tr("Lifecycle periods (shaded behind the charts)"), undo, growth.stages, AREA,
                               cid, [Column("stage", self.tr("Stage"), "choice", width=120,
                                            choices=choices(domain.STAGES)),
                                     Column("start_date", self.tr("From"), "date", width=110)],
                               lambda: {"stage": "growth", "start_date": self.today()},
                               rows=lambda: sorted(growth.stages.list(self.community_id), key=lambda p: p["start_date"]))
        box.addWidget(self.stages, 1)
        bands = QGroupBox(self.tr("Speaking-rate bands (%)"))
        band_form = QVBoxLayout(bands)
        self.band_spins = {}
        for field, text in (("healthy_low", self.tr("Healthy from")), ("healthy_high", self.tr("Healthy to")),
                            ("dying_below", self.tr("Dying below"))):
            spin = QSpinBox(minimum=0, maximum=100, suffix=" %")
            spin.setPrefix(text + " ")
            spin.editingFinished.connect(lambda f=field, s=spin: self._set_band(f, s.value()))
            band_form.addWidget(spin)
            self.band_spins[field] = spin
        band_form.addStretch(1)
        box.addWidget(bands)
        self.pages.addTab(page, self.tr("Lifecycle"))
        self.pages.currentChanged.connect(lambda _: self.mark_stale())

    # -- loading
    def community_changed(self):
        self.day_edit.setDate(QDate(self.today()))

    def ensure_charts(self):
        if self.charts is None:
            from ui.growth.charts import GrowthCharts  # pyqtgraph loads here, not at start-up
            self.charts = GrowthCharts()
            self.charts.hovered.connect(self.hover_label.setText)
            from ui.growth.charts import stage_legend
            self.legend.setText(stage_legend())
            self.chart_box.addWidget(self.charts)
        return self.charts

    def reload(self):
        page = self.pages.currentIndex()
        if page == 0:
            self.reload_dashboard()
        elif page == 1:
            self.numbers.reload()
        elif page == 2:
            self.goals.reload()
        else:
            self.stages.reload()
            c = communities.get(self.community_id)
            for field, spin in self.band_spins.items():
                spin.setValue(c[field])

    PAGES = ("dashboard", "numbers", "goals", "lifecycle")

    def reveal(self, where: dict) -> None:
        """Open the page (and goal) an overview gap points at."""
        page = where.get("page")
        if page in self.PAGES:
            self.pages.setCurrentIndex(self.PAGES.index(page))
        if page == "numbers":
            self.day_inputs["total"].setFocus()
        elif page == "goals":
            if where.get("row"):
                self.goals.view.select_id(where["row"])
                self.goals.view.setFocus()
            else:
                self.goals.buttons["add"].setFocus()

    def reload_dashboard(self):
        from ui.growth.chart_png import chart_data
        info = chart_data(self.community_id, self.granularity.currentData(), None, None)
        has_data = bool(info["days"])
        self.empty.setVisible(not has_data)
        for w in (self.hover_label, self.legend, self.goals_label, *self.range_buttons.values(), self.granularity,
                  *self.export_buttons):
            w.setVisible(has_data)
        if self.charts is not None:
            self.charts.setVisible(has_data)
        if not has_data:
            return
        charts = self.ensure_charts()
        charts.show_data(info["data"], self.granularity.currentData(), info["stages"], info["goals"],
                         info["bands"], info["title"])
        charts.set_range_days(self.range_days)
        for days, button in self.range_buttons.items():
            button.setChecked(days == self.range_days)
        days = info["days"]
        daily = info["data"] if self.granularity.currentData() == "day" else growth.derive(days, "day")
        statuses = [self._goal_line(g, days, daily) for g in info["goals"]]
        self.goals_label.setText("<br>".join(statuses) if statuses else self.tr(
            "No goals yet: add SMART goals on the Goals page to see target lines and projections."))

    def set_range(self, days):
        self.range_days = days
        if self.charts:
            self.charts.set_range_days(days)
        for d, button in self.range_buttons.items():
            button.setChecked(d == days)

    def _number_rows(self):
        rows = growth.list_days(self.community_id)
        derived = {d["date"]: d for d in growth.derive(rows, "day")}
        return [{**r, **{k: derived[r["date"]][k] for k in ("net", "speaking_rate", "conversion", "arpu")}}
                for r in reversed(rows)]  # newest first: today's row is at the top

    def _goal_rows(self):
        days = growth.list_days(self.community_id)
        daily = growth.derive(days, "day")
        out = []
        for goal in growth.goals.list(self.community_id):
            status = growth.goal_status(goal, days, self.today(), daily)
            out.append({**goal, "progress": status.progress, "status": status.text})
        return out

    def _goal_line(self, goal, days, daily):
        status = growth.goal_status(goal, days, self.today(), daily)
        name = domain.pick(growth.NAMES[goal["metric"]])
        pace = "" if status.pace_needed is None else self.tr(" · needs {pace:+.2f} a day").format(pace=status.pace_needed)
        return f"<b>{name} → {goal['target']:g}</b> ({goal['deadline']}): " + (
            f"{(status.progress or 0):.0%}{pace} · {status.text}")

    def _new_day(self):
        days = growth.list_days(self.community_id)
        return {"date": (days[-1]["date"] + dt.timedelta(days=1)) if days else self.today()}

    def _new_goal(self):
        return {"metric": "total", "target": 1000, "deadline": self.today() + dt.timedelta(days=90),
                "start_date": self.today()}

    # -- edits
    def save_day(self):
        if self.community_id is None:
            return
        day = self.day_edit.date().toPython()
        values = {f: edit.text() for f, edit in self.day_inputs.items()}
        cid = self.community_id

        def redo(state):
            state.setdefault("old", growth.upsert_day(cid, day, values))

        try:
            self.undo.run(self.tr("Record {date}").format(date=day), redo,
                          lambda state: growth.restore_day(cid, day, state["old"]), cid, AREA)
        except UserError as exc:
            dialogs.refuse(self, exc)
            return
        for edit in self.day_inputs.values():
            edit.clear()

    def _set_band(self, field, value):
        if self.community_id is None or communities.get(self.community_id)[field] == value:
            return
        try:
            self.undo.set_field(self.tr("Change speaking-rate bands"), communities.update, self.community_id,
                                field, value, self.community_id, AREA)
        except UserError as exc:
            dialogs.refuse(self, exc)

    def import_numbers(self):
        if self.community_id is not None:
            from ui.growth.import_dialog import import_interactive
            import_interactive(self, self.community_id, self.undo)

    # -- exports
    def export_png(self):
        if self.community_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), self._suggested("png"), "PNG (*.png)")
        if path and self.save_png(path):
            remember_folder(path)

    def _suggested(self, suffix: str) -> str:
        """A legal file name in the last export folder."""
        from exports.files import export_name
        return str(Path(last_folder()) / export_name(communities.get(self.community_id)["name"], "growth",
                                                     suffix=f".{suffix}"))

    def save_png(self, path) -> bool:
        """The visible dashboard, as shown, into a PNG; False (after saying why) if it failed."""
        from exports.files import atomic_target
        try:
            with atomic_target(Path(path)) as tmp:
                self.ensure_charts().grab().save(str(tmp), "PNG")
        except UserError as exc:
            dialogs.refuse(self, exc)
            return False
        return True

    def export_xlsx(self):
        if self.community_id is None:
            return
        from exports import metrics_xlsx
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export numbers"), self._suggested("xlsx"),
                                              "Excel (*.xlsx)")
        if path:
            granularity = self.granularity.currentData()
            loaded = metrics_xlsx.load(self.community_id, granularity)  # read here, written in a worker
            if long_work.attempt(self, self.tr("Export numbers"),
                                 lambda report: metrics_xlsx.write(loaded, path, granularity, report)):
                remember_folder(path)
