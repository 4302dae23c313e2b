"""The positioning tab (定位): basics, AIDASS span, business model map, 5W1H worksheet."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget)

from app import domain
from app.errors import UserError
from app.services import communities, positioning
from ui.widgets.aidass_bar import AidassBar
from ui.widgets.area_tab import AreaTab
from ui.widgets.date_edit import date_edit
from ui.widgets.row_panel import RowPanel
from ui.widgets.table_model import Column
from ui.widgets.text_binding import TextBinding
from ui.shell.undo import Undo
from ui.widgets import style

AREA = "positioning"


class PositioningTab(AreaTab):
    AREAS = (AREA, "community")

    def __init__(self, undo: Undo, parent=None):
        super().__init__(undo, parent)
        self._loading = False
        self.bindings: list[TextBinding] = []
        self._build()

    # -- layout
    def _build(self):
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        basics = QGroupBox(self.tr("Community"))
        form = QGridLayout(basics)
        self.name_edit = QLineEdit()
        self.platform_combo = QComboBox()
        for code in domain.PLATFORMS:
            self.platform_combo.addItem(domain.label(domain.PLATFORMS, code), code)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("Automatic (from the span)"), "")
        for code in domain.TYPES:
            self.type_combo.addItem(domain.label(domain.TYPES, code), code)
        self.offering_edit = QLineEdit()
        self.offering_edit.setPlaceholderText(self.tr("e.g. baby products, Excel courses, a coffee shop"))
        self.start_edit = date_edit()
        self.end_check = QCheckBox(self.tr("Planned end"))
        self.end_edit = date_edit()
        cells = [(self.tr("Name"), self.name_edit), (self.tr("Platform"), self.platform_combo),
                 (self.tr("Type"), self.type_combo), (self.tr("Sells or serves"), self.offering_edit),
                 (self.tr("Start date"), self.start_edit)]
        for i, (text, widget) in enumerate(cells):
            form.addWidget(QLabel(text), i // 3, (i % 3) * 2)
            form.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        end_box = QHBoxLayout()
        end_box.addWidget(self.end_check)
        end_box.addWidget(self.end_edit, 1)
        form.addLayout(end_box, 1, 5)
        for col in (1, 3, 5):
            form.setColumnStretch(col, 1)
        layout.addWidget(basics)
        self.bindings.append(TextBinding(self.name_edit, self.undo, "name", communities.update,
                                         lambda: self.community_id, "community", self.tr("Rename community"),
                                         live=False))
        self.bindings.append(TextBinding(self.offering_edit, self.undo, "offering", communities.update,
                                         lambda: self.community_id, "community", self.tr("Edit what it sells"),
                                         live=False))
        for combo, field in ((self.platform_combo, "platform"), (self.type_combo, "type_override")):
            combo.activated.connect(lambda _=0, c=combo, f=field: self._set(f, c.currentData()))
        self.start_edit.editingFinished.connect(
            lambda: self._set("start_date", self.start_edit.date().toPython()))
        self.end_edit.editingFinished.connect(self._end_changed)
        self.end_check.toggled.connect(self._end_changed)

        span_box = QGroupBox(self.tr("AIDASS span: which part of the buyer's path does this community cover?"))
        span_layout = QVBoxLayout(span_box)
        self.aidass = AidassBar(self._set_span)
        span_layout.addWidget(self.aidass)
        self.reading_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        span_layout.addWidget(self.reading_label)
        layout.addWidget(span_box)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.splitter = split
        self.map_panel = RowPanel(
            self.tr("Business model map (who the business deals with)"), self.undo,
            positioning.counterparties, AREA, lambda: self.community_id, [
                Column("served", self.tr("Served"), "bool", width=64,
                       tooltip=self.tr("The counterparty this community serves")),
                Column("name", self.tr("Counterparty"), width=110),
                Column("gives", self.tr("Value given"), "text", width=140),
                Column("receives", self.tr("Value received"), "text", width=140),
                Column("notes", self.tr("Notes"), "text", width=100),
            ], lambda: {"name": self.tr("New counterparty")}, on_edit=self._edit_map, edit_column=1,
            add_text=self.tr("Add counterparty"))
        self.map_panel.buttons["add"].setObjectName("add_counterparty")
        self.map_model, self.map_view = self.map_panel.model, self.map_panel.view
        split.addWidget(self.map_panel)

        w_box = QGroupBox(self.tr("5W1H self-check, from the member's point of view"))
        grid = QGridLayout(w_box)
        self.completeness = QLabel()
        self.completeness.setWordWrap(True)
        grid.addWidget(self.completeness, 0, 0, 1, 2)
        self.answer_edits: dict[str, QPlainTextEdit] = {}
        for i, (key, title, hint) in enumerate(self._questions()):
            cell = QVBoxLayout()
            label = QLabel(f"<b>{title}</b>")
            cell.addWidget(label)
            edit = QPlainTextEdit()
            edit.setPlaceholderText(hint)
            edit.setObjectName(f"answer_{key}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
            cell.addWidget(edit)
            grid.addLayout(cell, 1 + i // 2, i % 2)
            self.answer_edits[key] = edit
            self.bindings.append(TextBinding(edit, self.undo, key, communities.update,
                                             lambda: self.community_id, AREA,
                                             self.tr("Edit 5W1H answer")))
            edit.textChanged.connect(self._update_completeness)
        split.addWidget(w_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([540, 480])
        # take the height that is left instead of asking for the text boxes' preferred height,
        # so the tab fits 1280×800 without scrolling
        split.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        layout.addWidget(split, 1)

    def reveal(self, where: dict) -> None:
        """Put the cursor where a gap of the overview points: a 5W1H answer, a field, the map."""
        field = where.get("field")
        if field in self.answer_edits:
            self.answer_edits[field].setFocus()
        elif field == "offering":
            self.offering_edit.setFocus()
        elif field == "span":
            self.aidass.buttons[0].setFocus()
        elif where.get("page") == "map":
            self.map_view.setFocus()
            if self.map_model.rowCount() == 0:
                self.map_panel.buttons["add"].setFocus()

    def _questions(self):
        return [
            ("why", self.tr("Why build it?"), self.tr("What problem of the members, and of the business, does it solve?")),
            ("what", self.tr("What value do members get?"), self.tr("Knowledge, company, deals, status… be concrete.")),
            ("where", self.tr("Where (which platform)?"), self.tr("WeChat, WeCom, QQ, Feishu…, and why there.")),
            ("who", self.tr("Who are the members?"), self.tr("Age, job, pains, why they would join.")),
            ("when", self.tr("When does it start, how long does it live?"), self.tr("Launch date and lifecycle: a week, three months, ongoing.")),
            ("how", self.tr("How does it make money?"), self.tr("Which product, at what price, through which offer.")),
        ]

    # -- loading
    def community_changed(self):
        self.undo.close_merging()

    def flush(self):
        for binding in self.bindings:
            binding.save()

    def reload(self):
        c = communities.get(self.community_id)
        self._loading = True
        try:
            for binding in self.bindings:
                binding.show(c[binding.field])
            for combo, value in ((self.platform_combo, c["platform"]),
                                 (self.type_combo, c["type_override"] or "")):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.start_edit.setDate(QDate(c["start_date"]))
            self.end_check.setChecked(c["end_date"] is not None)
            self.end_edit.setVisible(c["end_date"] is not None)  # no date box for a date never set
            self.end_edit.setDate(QDate(c["end_date"] or c["start_date"]))
            span = None if c["aidass_start"] is None else (c["aidass_start"], c["aidass_end"])
            self.aidass.show_span(span)
            self._show_reading(c)
            self.map_panel.reload()
        finally:
            self._loading = False
        self._update_completeness()

    def _show_reading(self, c):
        reading = positioning.reading(c)
        if reading["type"] is None:
            text = self.tr("Select the stages the community covers to see its type.")
        else:
            text = self.tr("Type: <b>{type}</b> · first priority: <b>{priority}</b> · KPIs: {kpis}").format(
                type=domain.label(domain.TYPES, reading["type"]), priority=reading["priority"],
                kpis=reading["kpis"])
        for note in reading["notes"]:
            text += f"<br>⚠ {note}"
        self.reading_label.setText(text)

    def _update_completeness(self):
        answers = {key: edit.toPlainText() for key, edit in self.answer_edits.items()}
        missing = positioning.missing_answers(answers)
        titles = dict((k, t) for k, t, _ in self._questions())
        done = 6 - len(missing)
        if missing:
            text = self.tr("{done}/6 answered. Still blank: {missing}").format(
                done=done, missing=" · ".join(titles[k] for k in missing))
            style.set_tone(self.completeness, "warning")
        else:
            text = self.tr("6/6 answered: the positioning is complete.")
            style.set_tone(self.completeness, "success")
        self.completeness.setText(text)

    # -- edits
    def _set(self, field: str, value):
        if self._loading or self.community_id is None:
            return
        try:
            if communities.get(self.community_id)[field] == value:
                return
            self.undo.set_field(self.tr("Edit community"), communities.update, self.community_id,
                                field, value, self.community_id, "community")
        except UserError as exc:
            self.undo.bus.error.emit(str(exc))
            self.mark_stale()

    def _end_changed(self, *args):
        if self._loading:
            return
        self.end_edit.setVisible(self.end_check.isChecked())
        self._set("end_date", self.end_edit.date().toPython() if self.end_check.isChecked() else None)

    def _set_span(self, span):
        if self.community_id is None:
            return
        cid = self.community_id
        new = span or (None, None)

        def redo(state):
            state.setdefault("old", communities.set_span(cid, *new))

        def undo(state):
            communities.set_span(cid, *state["old"])

        try:
            self.undo.run(self.tr("Change AIDASS span"), redo, undo, cid, "community")
        except UserError as exc:
            self.undo.bus.error.emit(str(exc))

    def _edit_map(self, row_id, field, value):
        if field != "served":
            return self.map_panel.editor.edit(row_id, field, value)
        cid = self.community_id

        def redo(state):
            state.setdefault("before", positioning.set_served(row_id, value))

        def undo(state):
            positioning.restore_served(cid, state["before"])

        self.undo.run(self.tr("Mark served counterparty"), redo, undo, cid, AREA)
        return True
