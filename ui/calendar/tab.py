"""The content calendar tab (内容日历): month view with a day panel, list view, columns."""
from __future__ import annotations

import datetime as dt

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app import domain
from app.errors import UserError
from app.services import communities, content, scripts
from app.services.fields import DATE_MAX, DATE_MIN
from ui.widgets import dialogs
from ui.widgets.area_tab import AreaTab
from ui.widgets.date_edit import date_edit
from ui.calendar.month_view import CLASS_COLOURS, MonthView
from ui.widgets.row_panel import RowPanel
from ui.widgets.suggestion_bar import SuggestionBar
from ui.widgets.table_model import Column, choices
from ui.shell.undo import Undo

AREA = "calendar"
OVERDUE_BRUSH = QBrush(QColor(220, 38, 38, 45))



def ask_ics_target(parent, suggested: str) -> str | None:
    """Where to write the .ics file (tests replace this)."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("CalendarTab", "Export calendar"),
                                          suggested, "iCalendar (*.ics)")
    return path or None


def _shift_month(month: dt.date, delta: int) -> dt.date:
    """The first of the month `delta` months away, kept within the dates a plan can hold."""
    index = month.year * 12 + month.month - 1 + delta
    index = max(DATE_MIN.year * 12, min(index, DATE_MAX.year * 12 + 11))
    return dt.date(index // 12, index % 12 + 1, 1)


class CalendarTab(AreaTab):
    AREAS = (AREA, "community")

    def __init__(self, undo: Undo, today=dt.date.today, parent=None):
        super().__init__(undo, parent)
        self.today = today  # a function, so tests can fix the date
        self.month = self.today().replace(day=1)
        self.day = self.today()
        layout = QVBoxLayout(self)
        cid = lambda: self.community_id  # noqa: E731
        self.suggestion_bar = SuggestionBar(undo, AREA, cid,
                                            lambda: {"content_column": self.columns_panel.view.selected_ids()})
        layout.addWidget(self.suggestion_bar)
        self.pages = QTabWidget()
        layout.addWidget(self.pages)
        entry_columns = [
            Column("time", self.tr("Time"), width=52),
            Column("title", self.tr("Title"), width=170),
            Column("content_class", self.tr("Class"), "choice", width=70,
                   choices=choices(content.CLASS_NAMES, content.CLASSES),
                   tooltip=domain.pick(domain.GLOSSARY["content_class"])),
            Column("packaging", self.tr("Packaging"), "choice", width=80,
                   choices=choices(content.PACKAGING_NAMES, content.PACKAGING),
                   tooltip=domain.pick(domain.GLOSSARY["packaging"])),
            Column("format", self.tr("Format"), "choice", width=70,
                   choices=choices(content.FORMAT_NAMES, content.FORMATS),
                   tooltip=domain.pick(domain.GLOSSARY["format"])),
            Column("owner", self.tr("Owner"), width=80),
            Column("status", self.tr("Status"), "choice", width=70,
                   choices=choices(content.STATUS_NAMES, content.STATUSES)),
            Column("notes", self.tr("Notes"), "text", width=100),
        ]

        # -- month page
        page = QWidget()
        box = QVBoxLayout(page)
        nav = QHBoxLayout()
        for text, delta in (("◀", -1), (self.tr("Today"), 0), ("▶", 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, d=delta: self.go_month(d))
            nav.addWidget(button)
        self.month_label = QLabel()
        nav.addWidget(self.month_label)
        nav.addStretch(1)
        legend = "  ".join(
            f"<span style='background-color: rgba({c.red()},{c.green()},{c.blue()},{c.alpha()})'>"
            f"&nbsp;{domain.pick(content.CLASS_NAMES[k])}&nbsp;</span>" for k, c in CLASS_COLOURS.items())
        nav.addWidget(QLabel(legend + "  <span style='color:#dc2626'><b>" + self.tr("overdue") + "</b></span>"))
        box.addLayout(nav)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.month_view = MonthView()
        self.month_view.weekday_names([domain.pick(n) for n in content.WEEKDAY_NAMES])
        self.month_view.day_selected.connect(self.select_day)
        self.month_view.move_requested.connect(self.move_entry)
        split.addWidget(self.month_view)
        self.day_panel = RowPanel("", undo, content.entries, AREA, cid, entry_columns[:2] + entry_columns[2:7],
                                  self._new_entry_values, rows=self._day_rows, on_edit=self.edit_entry,
                                  edit_column=1, add_text=self.tr("Add entry"))
        for key in ("up", "down"):
            self.day_panel.buttons[key].hide()
        self.day_panel.model.row_brush = self._entry_brush
        # beside the month there is room for time, title, class and status; the list page has the rest
        for field in ("packaging", "format", "owner"):
            self.day_panel.view.setColumnHidden([c.field for c in self.day_panel.model.columns].index(field), True)
        split.addWidget(self.day_panel)
        split.setSizes([740, 280])
        box.addWidget(split, 1)
        self.balance_label = QLabel(wordWrap=True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.balance_label, 1)
        self.threshold_spin = QSpinBox(minimum=1, maximum=100, suffix=" %")
        self.threshold_spin.setPrefix(self.tr("product limit "))
        self.threshold_spin.editingFinished.connect(self._threshold_changed)
        bottom.addWidget(self.threshold_spin)
        box.addLayout(bottom)
        self.pages.addTab(page, self.tr("Month"))

        # -- list page
        page = QWidget()
        box = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.from_edit = date_edit()
        self.to_edit = date_edit()
        self.column_filter, self.class_filter, self.status_filter = QComboBox(), QComboBox(), QComboBox()
        self.owner_filter = QLineEdit(placeholderText=self.tr("Owner…"))
        for label, widget in ((self.tr("From"), self.from_edit), (self.tr("to"), self.to_edit),
                              (self.tr("Column"), self.column_filter), (self.tr("Class"), self.class_filter),
                              (self.tr("Status"), self.status_filter), ("", self.owner_filter)):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        for combo, names, codes in ((self.class_filter, content.CLASS_NAMES, content.CLASSES),
                                    (self.status_filter, content.STATUS_NAMES, content.STATUSES)):
            combo.addItem(self.tr("All"), None)
            for code in codes:
                combo.addItem(domain.pick(names[code]), code)
            combo.currentIndexChanged.connect(self._apply_list_filter)
        self.column_filter.currentIndexChanged.connect(self._apply_list_filter)
        self.owner_filter.textChanged.connect(self._apply_list_filter)
        self.from_edit.dateChanged.connect(lambda _: self.reload_list())
        self.to_edit.dateChanged.connect(lambda _: self.reload_list())
        filters.addStretch(1)
        export = QPushButton(self.tr("Export to calendar (.ics)…"))
        export.setToolTip(self.tr("The entries between From and To, for a phone or desktop calendar"))
        export.clicked.connect(self.export_ics)
        filters.addWidget(export)
        box.addLayout(filters)
        self.list_panel = RowPanel("", undo, content.entries, AREA, cid,
                                   [Column("date", self.tr("Date"), "date", width=90), *entry_columns,
                                    Column("column_name", self.tr("Column"), "readonly", width=90),
                                    Column("script", self.tr("Script"), "choice", width=90,
                                           choices=lambda: scripts.titles(self.community_id))],
                                   self._new_entry_values, rows=self._list_rows, on_edit=self.edit_entry,
                                   edit_column=2, add_text=self.tr("Add entry"))
        for key in ("up", "down"):
            self.list_panel.buttons[key].hide()
        self.list_panel.model.on_move = None
        self.list_panel.view.setDragEnabled(False)
        self.list_panel.view.setSortingEnabled(True)
        self.list_panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list_panel.model.row_brush = self._entry_brush
        box.addWidget(self.list_panel, 1)
        self.list_balance = QLabel(wordWrap=True)
        box.addWidget(self.list_balance)
        self.pages.addTab(page, self.tr("List"))

        # -- columns page
        self.columns_panel = RowPanel(
            self.tr("Columns (栏目): recurring slots that fill the calendar"), undo, content.columns, AREA, cid, [
                Column("name", self.tr("Column"), width=120),
                *entry_columns[2:6],  # class, packaging, format, owner: what an entry copies
                Column("schedule", self.tr("Schedule"), "choice", width=110,
                       choices=choices(content.SCHEDULE_NAMES, content.SCHEDULES)),
                Column("weekdays", self.tr("Weekdays"), width=110, fmt=content.weekdays_label,
                       tooltip=self.tr("For chosen weekdays and weekly: e.g. Mon Wed Fri, 一 三 五 or 0,2,4")),
                Column("day_of_month", self.tr("Day of month"), width=60,
                       tooltip=self.tr("For monthly; 31 means the last day of shorter months")),
                Column("time", self.tr("Time"), width=55),
                Column("start_date", self.tr("From"), "date", width=90),
                Column("end_date", self.tr("To"), "date", width=90),
                Column("minutes", self.tr("Min./entry"), width=70,
                       tooltip=self.tr("Minutes one entry takes to make and post: the time budget adds them up")),
            ], lambda: {}, on_edit=self.edit_column, add_text=self.tr("Add column"))
        self.columns_panel.buttons["add"].clicked.disconnect()
        self.columns_panel.buttons["add"].clicked.connect(self.add_column)
        self.columns_panel.buttons["remove"].clicked.disconnect()
        self.columns_panel.buttons["remove"].clicked.connect(self.delete_columns)
        self.columns_panel.view.delete_requested.disconnect()
        self.columns_panel.view.delete_requested.connect(self.delete_columns)
        self.columns_panel.show_note(self.tr("Editing a column updates its future entries; entries you "
                                             "edited by hand, published or skipped stay as they are."), False)
        self.pages.addTab(self.columns_panel, self.tr("Columns"))
        self.pages.currentChanged.connect(lambda _: self.mark_stale())

    # -- loading
    def community_changed(self):
        if self.community_id is not None:
            content.fill_open_columns(self.community_id, self.today())  # open-ended columns keep ahead
            self.from_edit.blockSignals(True)
            self.to_edit.blockSignals(True)
            self.from_edit.setDate(QDate(self.month))
            self.to_edit.setDate(QDate(_shift_month(self.month, 1) - dt.timedelta(days=1)))
            self.from_edit.blockSignals(False)
            self.to_edit.blockSignals(False)

    PAGES = ("month", "list", "columns")

    def reveal(self, where: dict) -> None:
        """Open the page an overview gap points at (suggestions live on the columns page)."""
        page = "columns" if where.get("suggestions") else where.get("page")
        if page in self.PAGES:
            self.pages.setCurrentIndex(self.PAGES.index(page))
        if page == "list" and where.get("row"):  # an agenda item: the entry in the list, its date in range
            day = QDate(content.entries.get(where["row"])["date"])
            self.from_edit.setDate(min(day, self.from_edit.date()))
            self.to_edit.setDate(max(day, self.to_edit.date()))
            self.reload_list()
            self.list_panel.view.select_id(where["row"])
            self.list_panel.view.setFocus()
        elif where.get("suggestions") or (page == "columns" and self.suggestion_bar.isVisible()):
            self.suggestion_bar.buttons["all"].setFocus()  # the type's columns wait there to be accepted
        elif page == "columns":
            self.columns_panel.buttons["add"].setFocus()

    def reload(self):
        self.suggestion_bar.refresh()
        self.columns_panel.view.empty_text = self.tr(
            "No columns yet. A column is a recurring slot (every weekday 08:30 morning brief, a weekly "
            "share…) that fills the calendar: “Add column”.")
        page = self.pages.currentIndex()
        if page == 0:
            self.reload_month()
        elif page == 1:
            self.reload_list()
        else:
            self.columns_panel.reload()

    def reload_month(self):
        self.month_view.month = self.month
        first, last = self.month_view.days()
        rows = content.list_entries(self.community_id, first, last)
        today = self.today()
        self.month_view.selected = self.day
        self.month_view.show_entries(self.month, rows, today, lambda e: content.is_overdue(e, today))
        self.month_label.setText(f"<b>{self.month.year} - {self.month.month:02d}</b>")
        self.day_panel.setTitle(self.tr("Entries on {date}").format(date=self.day.isoformat()))
        self.day_panel.reload()
        in_month = [r for r in rows if r["date"].month == self.month.month]
        self.threshold_spin.setValue(content.threshold(self.community_id))
        self._show_balance(self.balance_label, in_month, self.tr("This month"))

    def reload_list(self):
        if self.community_id is None:
            return
        current = self.column_filter.currentData()
        self.column_filter.blockSignals(True)
        self.column_filter.clear()
        self.column_filter.addItem(self.tr("All"), None)
        self.column_filter.addItem(self.tr("(one-off)"), 0)
        for col in content.columns.list(self.community_id):
            self.column_filter.addItem(col["name"], col["id"])
        self.column_filter.setCurrentIndex(max(0, self.column_filter.findData(current)))
        self.column_filter.blockSignals(False)
        self.list_panel.reload()
        header = self.list_panel.view.horizontalHeader()
        self.list_panel.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._apply_list_filter()

    def _day_rows(self):
        return content.list_entries(self.community_id, self.day, self.day)

    def _list_rows(self):
        return content.list_entries(self.community_id, self.from_edit.date().toPython(),
                                    self.to_edit.date().toPython())

    def _apply_list_filter(self, *args):
        column, klass = self.column_filter.currentData(), self.class_filter.currentData()
        status, owner = self.status_filter.currentData(), self.owner_filter.text().strip().lower()

        def keep(r):
            return ((column is None or (r["column"] or 0) == column)
                    and (klass is None or r["content_class"] == klass)
                    and (status is None or r["status"] == status)
                    and (not owner or owner in (r["owner"] or "").lower()))
        self.list_panel.model.set_filter(keep)
        self._show_balance(self.list_balance, self.list_panel.model.rows(), self.tr("Shown"))

    def _entry_brush(self, row):
        return OVERDUE_BRUSH if content.is_overdue(row, self.today()) else None

    def _show_balance(self, label: QLabel, rows: list[dict], period: str):
        threshold = content.threshold(self.community_id)
        b = content.balance(rows, threshold)
        parts = [f"{domain.pick(content.CLASS_NAMES[c])} {b['shares'][c]:.0%}" for c in content.CLASSES]
        text = self.tr("{period}: {n} entries · {shares} · marketing activities {marketing:.0%}").format(
            period=period, n=b["total"], shares=" · ".join(parts), marketing=b["marketing"])
        warnings = list(b["warnings"])
        order = content.marketing_before_topics(self.community_id)
        if order:
            warnings.append(order)
        overdue = sum(content.is_overdue(r, self.today()) for r in rows)
        if overdue:
            warnings.append(self.tr("{n} entries are overdue (date passed, not published or skipped).").format(n=overdue))
        label.setText(text + "".join(f"<br><span style='color:#b45309'>⚠ {w}</span>" for w in warnings))

    # -- navigation
    def go_month(self, delta: int):
        self.month = self.today().replace(day=1) if delta == 0 else _shift_month(self.month, delta)
        if delta == 0:
            self.day = self.today()
        self.reload_month()

    def select_day(self, day: dt.date):
        self.day = day
        if day.month != self.month.month:
            self.month = day.replace(day=1)
        self.reload_month()

    # -- edits
    def _new_entry_values(self):
        return {"title": self.tr("New entry"), "date": self.day if self.pages.currentIndex() == 0
                else self.from_edit.date().toPython(), "time": "20:00"}

    def edit_entry(self, entry_id, field, value) -> bool:
        try:
            self.undo.set_field(self.tr("Edit entry"), content.update_entry, entry_id, field, value,
                                self.community_id, AREA)
            return True
        except UserError as exc:
            self.undo.bus.error.emit(str(exc))
            return False

    def move_entry(self, entry_id: int, day: dt.date):
        if day is None or content.entries.get(entry_id)["date"] == day:
            return
        self.edit_entry(entry_id, "date", day)

    def _column_command(self, text, action):
        cid, today = self.community_id, self.today()
        try:
            return self.undo.snapshot_run(text, lambda: content.column_state(cid),
                                          lambda state: content.restore_column_state(cid, state),
                                          lambda: action(today), cid, AREA).state["result"]
        except UserError as exc:
            self.undo.bus.error.emit(str(exc))
            return None

    def add_column(self):
        values = {"name": self.tr("New column"), "start_date": self.today(),
                  "end_date": self.today() + dt.timedelta(days=27)}
        column_id = self._column_command(self.tr("Add column"),
                                         lambda today: content.create_column(self.community_id, values, today))
        if column_id:
            self.columns_panel.view.select_id(column_id)

    def edit_column(self, column_id, field, value) -> bool:
        return self._column_command(self.tr("Edit column"),
                                    lambda today: content.update_column(column_id, field, value, today)) is not None \
            or True

    def delete_columns(self):
        ids = self.columns_panel.view.selected_ids()

        def action(today):
            for column_id in ids:
                content.delete_column(column_id, today)
            return ids
        if ids:
            self._column_command(self.tr("Delete column"), action)

    def export_ics(self):
        from exports import calendar_ics
        from exports.files import export_name
        from ui.shell.settings import last_folder, remember_folder
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if end < start:
            dialogs.warn(self, self.tr("The end date {end} is before the start date {start}.").format(
                end=end, start=start))
            return
        name = export_name(communities.get(self.community_id)["name"], str(start), str(end), suffix=".ics")
        path = ask_ics_target(self, str(Path(last_folder()) / name))
        if not path:
            return
        try:
            calendar_ics.export(self.community_id, Path(path), start, end)
        except UserError as exc:
            dialogs.refuse(self, exc)
            return
        remember_folder(path)
        self.window().statusBar().showMessage(self.tr("Exported {path}").format(path=path), 8000)

    def _threshold_changed(self):
        value = self.threshold_spin.value()
        if self.community_id is None or value == content.threshold(self.community_id):
            return
        self.undo.set_field(self.tr("Change product limit"), communities.update, self.community_id,
                            "product_threshold", value, self.community_id, AREA)
