"""The SOP tab: the four SOP tables and the event SOP, edited in place."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTabBar, QVBoxLayout, QWidget)

from app import domain
from app.errors import UserError
from app.services import scripts, sop, templates
from ui.widgets import dialogs, icons
from ui.widgets.area_tab import AreaTab
from ui.widgets.date_edit import date_edit
from ui.widgets.row_editor import RowEditor
from ui.widgets.suggestion_bar import SuggestionBar
from ui.widgets.table_model import Column, SpecTableModel, choices
from ui.widgets.table_view import SpecTableView
from ui.shell.undo import Undo

AREA = "sop"
STATUS_COLOURS = {"done": QColor(34, 197, 94, 45), "doing": QColor(59, 130, 246, 45),
                  "skipped": QColor(128, 128, 128, 45)}
OVERDUE_COLOUR = QColor(239, 68, 68, 55)


class SopTab(AreaTab):
    AREAS = (AREA, "community")

    def __init__(self, undo: Undo, parent=None):
        super().__init__(undo, parent)
        self.table = "planning"
        self.event_id: int | None = None
        self.editor = RowEditor(undo, sop.rows, AREA, lambda: self.community_id, self._scope)
        self._build()

    def _scope(self) -> dict:
        return {"table": self.table, "event": self.event_id if self.table == "event" else None}

    def _build(self):
        layout = QVBoxLayout(self)
        self.suggestion_bar = SuggestionBar(self.undo, AREA, lambda: self.community_id,
                                            lambda: {"sop_row": self.view.selected_ids()})
        layout.addWidget(self.suggestion_bar)
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for code in sop.TABLES:
            self.tabs.addTab(domain.pick(sop.TABLE_NAMES[code]))
        self.tabs.currentChanged.connect(self._table_changed)
        layout.addWidget(self.tabs)

        self.event_bar = QWidget()
        ev = QHBoxLayout(self.event_bar)
        ev.setContentsMargins(0, 0, 0, 0)
        self.no_event = QLabel(self.tr("No event yet. Add one: each event has its own T0, and its "
                                       "preparation steps count back from it."))
        ev.addWidget(self.no_event)
        self.event_label = QLabel(self.tr("Event:"))
        ev.addWidget(self.event_label)
        self.event_combo = QComboBox()
        self.event_combo.setMinimumWidth(220)
        self.event_combo.activated.connect(lambda _: self._pick_event(self.event_combo.currentData()))
        ev.addWidget(self.event_combo)
        self.t0_label = QLabel(self.tr("T0:"))
        ev.addWidget(self.t0_label)
        self.t0_edit = date_edit()
        self.t0_edit.editingFinished.connect(self._t0_changed)
        ev.addWidget(self.t0_edit)
        self.event_buttons = []
        for text, slot in ((self.tr("Add event…"), self._add_event),
                           (self.tr("Rename event…"), self._rename_event),
                           (self.tr("Delete event"), self._delete_event)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            ev.addWidget(button)
            self.event_buttons.append(button)
        ev.addStretch(1)
        layout.addWidget(self.event_bar)

        bar = QHBoxLayout()
        self.search = QLineEdit(placeholderText=self.tr("Search tasks, actions, owners… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        bar.addWidget(self.search, 2)
        self.group_check = QCheckBox(self.tr("Group by stage"))
        self.group_check.toggled.connect(lambda _: self.mark_stale())
        bar.addWidget(self.group_check)
        self.buttons = icons.button_row(bar, (
                ("add", self.tr("Add row"), self.tr("Insert a row below the selection (Ctrl+Enter)"), self._add_row),
                ("dup", self.tr("Duplicate"), self.tr("Duplicate the selected rows (Ctrl+D)"), self._duplicate),
                ("del", self.tr("Delete"), self.tr("Delete the selected rows (Ctrl+Del; Del empties a cell)"),
                 self._delete),
                ("up", "▲", self.tr("Move up (Alt+Up)"), lambda: self._step(-1)),
                ("down", "▼", self.tr("Move down (Alt+Down)"), lambda: self._step(1)),
                ("reset", self.tr("Reset from template"),
                 self.tr("Add the template rows that are missing; edited rows stay as they are"), self._reset)))
        layout.addLayout(bar)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._add_row)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self._duplicate)

        self.model = SpecTableModel([
            Column("stage", self.tr("Stage"), width=64),
            Column("timing", self.tr("Timing"), width=84,
                   tooltip=self.tr("T-7, T0 20:00, T+1..T+7 (days from launch or the event's T0), "
                                   "a daily time or a weekday")),
            Column("date", self.tr("Date"), "readonly", width=86),
            Column("task", self.tr("Task"), "text", width=140),
            Column("actions", self.tr("Actions / script"), "text", width=210),
            Column("owner", self.tr("Owner"), "combo", width=76,
                   choices=lambda: [(o, o) for o in sop.owner_choices(self.community_id or 0)]),
            Column("materials", self.tr("Materials"), "text", width=100),
            Column("criterion", self.tr("Done when / KPI"), "text", width=110),
            Column("status", self.tr("Status"), "choice", width=64, choices=choices(sop.STATUS_NAMES, sop.STATUSES)),
            Column("notes", self.tr("Notes"), "text", width=80),
            Column("script", self.tr("Script"), "choice", width=80,
                   choices=lambda: scripts.titles(self.community_id),
                   tooltip=self.tr("The script (话术) to post at that moment: the agenda copies it filled in")),
            Column("minutes", self.tr("Min."), width=44,
                   tooltip=self.tr("Minutes one occurrence takes: the time budget adds them up per owner")),
        ], self.editor.edit, self.editor.move)
        self.model.row_brush = lambda row: QBrush(OVERDUE_COLOUR) if row.get("overdue") else \
            QBrush(STATUS_COLOURS[row["status"]]) if row["status"] in STATUS_COLOURS else None
        self.view = SpecTableView(self.model)
        self.view.move_requested.connect(self._step)
        self.view.delete_requested.connect(self._delete)
        self.view.undo_stack = self.undo.stack
        layout.addWidget(self.view, 1)
        self.progress_label = QLabel(wordWrap=True)
        layout.addWidget(self.progress_label)

    # -- loading
    def community_changed(self):
        self.event_id = None

    def _table_changed(self, index):
        self.table = sop.TABLES[index]
        self.mark_stale()

    def _pick_event(self, event_id):
        self.event_id = event_id
        self.mark_stale()

    def reload(self):
        cid = self.community_id
        for i, (code, (done, total)) in enumerate(sop.progress_by_table(cid).items()):  # titles: done/total
            self.tabs.setTabText(i, f"{domain.pick(sop.TABLE_NAMES[code])}  {done}/{total}")
        is_event = self.table == "event"
        self.event_bar.setVisible(is_event)
        if is_event:
            events = sop.events.list(cid)
            if self.event_id not in [e["id"] for e in events]:
                self.event_id = events[0]["id"] if events else None
            self.event_combo.clear()
            for e in events:
                self.event_combo.addItem(f"{e['name']}  (T0 {e['t0']})", e["id"])
            self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(self.event_id)))
            # no event: no date box showing a T0 that was never set, and a line saying what to do
            for w in (self.event_label, self.event_combo, self.t0_label, self.t0_edit, *self.event_buttons[1:]):
                w.setVisible(self.event_id is not None)
            self.no_event.setVisible(self.event_id is None)
            if self.event_id is not None:
                self.t0_edit.setDate(QDate(sop.events.get(self.event_id)["t0"]))
        rows = sop.list_rows(cid, self.table, self.event_id)
        grouped = self.group_check.isChecked()
        if grouped:  # stages in order of first appearance, rows keep their order inside
            first = {}
            for i, r in enumerate(rows):
                first.setdefault(r["stage"], i)
            rows.sort(key=lambda r: first[r["stage"]])
        self.model.hidden_repeats = {"stage"} if grouped else set()
        self.model.set_rows(rows)
        self.view.empty_text = (self.tr("Add an event above to plan its steps.") if is_event and self.event_id is None
                                else self.tr("No rows yet. Add the first with “Add row” (Ctrl+Enter), or "
                                             "“Reset from template” for the usual steps."))
        self.suggestion_bar.refresh()
        for key in ("up", "down"):
            self.buttons[key].setEnabled(not grouped)
        self.view.setDragEnabled(not grouped)
        self._apply_filter(self.search.text())
        self._show_progress(rows)

    def reveal(self, where: dict) -> None:
        """Open the table (and event) and select the row an overview gap points at."""
        if where.get("suggestions") or (where.get("row") is None and self.suggestion_bar.isVisible()):
            self.suggestion_bar.buttons["all"].setFocus()  # "no confirmed rows", while the template's wait
            return
        if where.get("page") in sop.TABLES:
            if where.get("event"):
                self.event_id = where["event"]
            self.tabs.setCurrentIndex(sop.TABLES.index(where["page"]))
            self.refresh()
        if where.get("row"):
            self.search.clear()
            self.view.select_id(where["row"])
        self.view.setFocus()

    def _show_progress(self, rows):
        done, total = sop.progress(rows)
        stages = " · ".join(f"{s or '—'} {d}/{t}" for s, (d, t) in sop.progress_by_stage(rows).items())
        self.progress_label.setText(self.tr("Done {done} of {total}").format(done=done, total=total)
                                    + (f"   ({stages})" if stages else ""))

    def _apply_filter(self, text):
        needle = (text or "").strip().lower()
        if not needle:
            if self.model._filter is not None:
                self.model.set_filter(None)
            return
        fields = ("stage", "timing", "task", "actions", "owner", "materials", "criterion", "notes")
        self.model.set_filter(lambda r: any(needle in (r[f] or "").lower() for f in fields))

    # -- edits
    def _add_row(self):
        if self.community_id is None:
            return
        ids = self.view.selected_ids()
        position = None
        if ids:
            position = sop.rows.get(ids[-1])["position"] + 1
        values = {"stage": sop.rows.get(ids[-1])["stage"]} if ids else {}
        try:
            if self.table == "event" and self.event_id is None:
                raise UserError(self.tr("Add an event first: each event has its own T0."))
            row_id = self.editor.add(values, position)
        except UserError as exc:
            dialogs.refuse(self, exc)
            return
        if row_id:
            self.view.select_id(row_id)
            self.view.edit(self.model.index(self.model.row_of_id(row_id), 3))

    def _duplicate(self):
        ids = self.view.selected_ids()
        if ids:
            new = self.editor.duplicate(ids, sop.duplicate_rows)
            if new:
                self.view.select_id(new[0])

    def _delete(self):
        ids = self.view.selected_ids()
        if ids:
            self.editor.delete(ids)

    def _step(self, delta):
        ids = self.view.selected_ids()
        if ids and not self.group_check.isChecked():
            self.editor.step(ids, delta)
            for i in ids:
                self.view.selectionModel().select(
                    self.model.index(self.model.row_of_id(i), 0),
                    self.view.selectionModel().SelectionFlag.Select
                    | self.view.selectionModel().SelectionFlag.Rows)

    def _reset(self):
        cid = self.community_id

        # a snapshot, because a reset can also create the flash group's event block
        command = self.undo.snapshot_run(self.tr("Reset from template"), lambda: sop.snapshot(cid),
                                         lambda state: sop.restore_snapshot(cid, state),
                                         lambda: templates.apply_sop_defaults(cid), cid, AREA)
        dialogs.info(self, self.tr("Reset from template"),
                     self.tr("{n} missing template rows were added.").format(n=len(command.state["result"])))

    def _add_event(self):
        name = dialogs.ask_text(self, self.tr("Add event"), self.tr("Event name (e.g. 618 flash sale):"))
        if not name:
            return
        cid, t0 = self.community_id, QDate.currentDate().addDays(14).toPython()

        def redo(state):
            if "snapshot" in state:
                sop.events.restore(state["snapshot"])
            else:
                state["id"] = sop.add_event(cid, name, t0)

        def undo(state):
            state["snapshot"] = sop.events.delete([state["id"]])

        try:
            self.event_id = self.undo.run(self.tr("Add event"), redo, undo, cid, AREA).state["id"]
        except UserError as exc:
            dialogs.refuse(self, exc)
        self.mark_stale()

    def _rename_event(self):
        if self.event_id is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename event"), self.tr("Event name:"),
                                sop.events.get(self.event_id)["name"])
        if name:
            try:
                self.undo.set_field(self.tr("Rename event"), sop.events.update, self.event_id, "name",
                                    name, self.community_id, AREA)
            except UserError as exc:
                dialogs.refuse(self, exc)

    def _t0_changed(self):
        if self.event_id is None:
            return
        value = self.t0_edit.date().toPython()
        if value != sop.events.get(self.event_id)["t0"]:
            self.undo.set_field(self.tr("Change T0"), sop.events.update, self.event_id, "t0", value,
                                self.community_id, AREA)

    def _delete_event(self):
        if self.event_id is None:
            return
        event = sop.events.get(self.event_id)
        if not dialogs.confirm(self, self.tr("Delete the event “{name}” and its rows?").format(name=event["name"])):
            return
        event_id = self.event_id

        def redo(state):
            state["snapshot"] = sop.events.delete([event_id])

        def undo(state):
            sop.events.restore(state["snapshot"])

        self.undo.run(self.tr("Delete event"), redo, undo, self.community_id, AREA)
