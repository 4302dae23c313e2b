"""The roles and rules tab (角色与规则): team, member roles with hand-over, rules,
announcement, growth ladder and the four senses."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSpinBox, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from app import domain
from app.errors import UserError
from app.services import communities, ladder, roles, rules, senses
from ui.widgets import dialogs
from ui.widgets.area_tab import AreaTab
from ui.widgets.row_panel import RowPanel
from ui.widgets.suggestion_bar import SuggestionBar
from ui.widgets.table_model import SUGGESTION_TIP, Column, choices
from ui.widgets.text_binding import TextBinding
from ui.shell.undo import Undo
from ui.widgets import style

AREA = "roles"
STATUS_COLOURS = {"unfilled": QColor(239, 68, 68, 50), "overdue": QColor(249, 115, 22, 60),
                  "operator": QColor(234, 179, 8, 45), "cultivating": QColor(59, 130, 246, 40),
                  "member": QColor(34, 197, 94, 45)}
FLAG_COLOUR = QColor(239, 68, 68, 50)



class RolesTab(AreaTab):
    AREAS = (AREA, "community", "sop")  # SOP rows can provide the four senses

    def __init__(self, undo: Undo, parent=None):
        super().__init__(undo, parent)
        self.role_id: int | None = None
        self.bindings: list[TextBinding] = []
        layout = QVBoxLayout(self)
        cid = lambda: self.community_id  # noqa: E731
        self.suggestion_bar = SuggestionBar(undo, AREA, cid, self._selection)
        layout.addWidget(self.suggestion_bar)
        self.pages = QTabWidget()
        layout.addWidget(self.pages)
        self.panels: list[RowPanel] = []

        # -- team
        self.team = self._panel(self.tr("Operations team: who members go to for what"), roles.team, [
            Column("name", self.tr("Role"), width=120), Column("duty", self.tr("Duty"), "text", width=300),
            Column("holder", self.tr("Holder"), width=110), Column("contact", self.tr("Contact / notes"), "text", width=180),
            Column("front", self.tr("Members see it"), "bool", width=110,
                   tooltip=self.tr("Front-line (members deal with it) or behind the scenes")),
            Column("hours_per_week", self.tr("Hours/week"), width=80,
                   tooltip=self.tr("The time its holder has for the community (Plan ▸ Resources compares it "
                                   "with what the SOP rows and columns ask)")),
        ], lambda: {"name": self.tr("New role")})
        self.pages.addTab(self.team, self.tr("Team"))

        # -- member roles and hand-over
        page = QWidget()
        box = QVBoxLayout(page)
        self.attention = QLabel(wordWrap=True)
        box.addWidget(self.attention)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.member_roles = self._panel(self.tr("Member roles"), roles.member_roles, [
            Column("status_label", self.tr("Status"), "readonly", width=90),
            Column("name", self.tr("Role"), width=110), Column("duty", self.tr("Duty"), "text", width=170),
            Column("key", self.tr("Key"), "bool", width=50, tooltip=self.tr("A key role the community needs filled")),
            Column("holders", self.tr("Held by"), "readonly", width=140),
        ], lambda: {"name": self.tr("New role"), "key": True}, rows=self._role_rows, edit_column=1)
        self.member_roles.model.row_brush = lambda r: QBrush(STATUS_COLOURS[r["status"]])
        self.member_roles.view.selectionModel().selectionChanged.connect(self._role_selected)
        split.addWidget(self.member_roles)
        self.assignments = self._panel(self.tr("Hand-over of the selected role"), roles.assignments, [
            Column("holder", self.tr("Member taking it over"), width=130),
            Column("stage", self.tr("Hand-over stage"), "choice", width=120,
                   choices=choices(roles.HANDOVER_NAMES, roles.HANDOVER),
                   tooltip=domain.pick(domain.GLOSSARY["handover"])),
            Column("target_date", self.tr("Target date"), "date", width=100),
            Column("notes", self.tr("Notes"), "text", width=140),
        ], lambda: {}, scope=lambda: {"role": self.role_id}, add_text=self.tr("Add holder"))
        self.assignments.model.row_brush = self._assignment_brush
        advance = QPushButton(self.tr("Next stage ▶"))
        advance.setToolTip(self.tr("Operator plays it → cultivating a member → member holds it"))
        advance.clicked.connect(self._advance)
        self.assignments.button_row.insertWidget(4, advance)
        self.advance_button = advance
        split.addWidget(self.assignments)
        split.setSizes([560, 440])
        box.addWidget(split, 1)
        self.pages.addTab(page, self.tr("Member roles"))

        # -- rules
        page = QWidget()
        grid = QVBoxLayout(page)
        top = QHBoxLayout()
        texts = QVBoxLayout()
        self.value_edit, self.vision_edit = QPlainTextEdit(), QPlainTextEdit()
        for title, edit, field in ((self.tr("Community value (why members stay)"), self.value_edit, "value_statement"),
                                   (self.tr("Vision"), self.vision_edit, "vision")):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(edit)
            edit.setMaximumHeight(64)
            edit.setTabChangesFocus(True)
            texts.addWidget(group)
            self.bindings.append(TextBinding(edit, undo, field, communities.update, cid, AREA, title))
        top.addLayout(texts, 1)
        grid.addLayout(top)
        self.rule_panels = {}
        self.rule_panels["entry"] = self._panel(self.tr("Entry criteria"), rules.rules, [
            Column("text", self.tr("Criterion"), "text", width=400)],
            lambda: {"text": self.tr("New criterion")}, scope=lambda: {"kind": "entry"})
        # behaviours that earn a reward and those that draw a penalty: the same panel twice
        for kind, title, kind_label, label, codes, default in (
                ("encouraged", self.tr("Encouraged behaviours and rewards"), self.tr("Reward kind"),
                 self.tr("Reward"), rules.REWARDS, "emotional"),
                ("forbidden", self.tr("Forbidden behaviours and penalties"), self.tr("Penalty kind"),
                 self.tr("Penalty"), rules.PENALTIES, "warning")):
            self.rule_panels[kind] = self._panel(title, rules.rules, [
                Column("text", self.tr("Behaviour"), "text", width=180),
                Column("consequence_kind", kind_label, "choice", width=80,
                       choices=choices(rules.CONSEQUENCE_NAMES, codes)),
                Column("consequence", label, "text", width=200)],
                lambda default=default: {"text": self.tr("New behaviour"), "consequence_kind": default},
                scope=lambda kind=kind: {"kind": kind})
            self.rule_panels[kind].model.row_brush = \
                lambda r: QBrush(FLAG_COLOUR) if rules.missing_consequence(r) else None
        top.addWidget(self.rule_panels["entry"], 1)
        rows = QSplitter(Qt.Orientation.Horizontal)
        rows.addWidget(self.rule_panels["encouraged"])
        rows.addWidget(self.rule_panels["forbidden"])
        grid.addWidget(rows, 1)
        self.pages.addTab(page, self.tr("Rules"))

        # -- announcement
        page = QWidget()
        box = QVBoxLayout(page)
        hint = QLabel(self.tr("Benefit first: community value → encouraged behaviours and rewards → "
                              "forbidden behaviours and penalties → vision. Generate it from the rules, "
                              "then edit freely."), wordWrap=True)
        box.addWidget(hint)
        bar = QHBoxLayout()
        generate = QPushButton(self.tr("Generate from the rules"))
        generate.clicked.connect(self.generate_announcement)
        copy = QPushButton(self.tr("Copy to clipboard"))
        copy.clicked.connect(self.copy_announcement)
        self.count_label = QLabel()
        self.limit_spin = QSpinBox(minimum=50, maximum=10000, singleStep=50)
        self.limit_spin.setPrefix(self.tr("limit "))
        self.limit_spin.editingFinished.connect(self._limit_changed)
        for w in (generate, copy):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.limit_spin)
        box.addLayout(bar)
        self.announcement_edit = QPlainTextEdit()
        self.announcement_edit.textChanged.connect(self._count)
        box.addWidget(self.announcement_edit, 1)
        self.bindings.append(TextBinding(self.announcement_edit, undo, "announcement", communities.update,
                                         cid, AREA, self.tr("Edit announcement")))
        self.pages.addTab(page, self.tr("Announcement"))

        # -- growth ladder
        page = QWidget()
        box = QHBoxLayout(page)
        self.points = self._panel(self.tr("Points: what earns them"), ladder.points, [
            Column("behaviour", self.tr("Behaviour or purchase"), width=220),
            Column("source", self.tr("Source"), "choice", width=90,
                   choices=choices(ladder.SOURCE_NAMES, ladder.SOURCES)),
            Column("points", self.tr("Points"), width=70)],
            lambda: {"behaviour": self.tr("New behaviour"), "points": 1})
        self.levels = self._panel(self.tr("Levels: thresholds must climb"), ladder.levels, [
            Column("name", self.tr("Level"), width=110), Column("threshold", self.tr("Points needed"), width=110),
            Column("privileges", self.tr("Privileges"), "text", width=220)], self._new_level)
        box.addWidget(self.points)
        box.addWidget(self.levels)
        self.pages.addTab(page, self.tr("Growth ladder"))

        # -- four senses
        self.senses = self._panel(self.tr("The four senses: what in the plan provides each"), None, [
            Column("label", self.tr("Sense"), "readonly", width=110,
                   tooltip=domain.pick(domain.GLOSSARY["senses"])),
            Column("hint", self.tr("For example"), "readonly", width=220),
            Column("provided", self.tr("Provided by"), "readonly", width=420)], lambda: {},
            rows=self._sense_rows)
        for key in ("add", "remove", "up", "down"):
            self.senses.buttons[key].hide()
        choose = QPushButton(self.tr("Choose what provides it…"))
        choose.clicked.connect(self.choose_links)
        self.senses.button_row.insertWidget(0, choose)
        self.senses.model.row_brush = lambda r: None if r["provided"] else QBrush(FLAG_COLOUR)
        self.senses.view.doubleClicked.connect(lambda _: self.choose_links())
        self.pages.addTab(self.senses, self.tr("Four senses"))

    PAGES = ("team", "member_roles", "rules", "announcement", "ladder", "senses")

    def _selection(self) -> dict[str, list[int]]:
        """The selected rows of the page in front, by kind (for "accept selected")."""
        page = self.PAGES[self.pages.currentIndex()]
        if page == "team":
            return {"team_role": self.team.view.selected_ids()}
        if page == "member_roles":
            return {"member_role": self.member_roles.view.selected_ids()}
        if page == "rules":
            return {"rule": [i for p in self.rule_panels.values() for i in p.view.selected_ids()]}
        if page == "ladder":
            return {"point_rule": self.points.view.selected_ids(), "level": self.levels.view.selected_ids()}
        return {}

    def reveal(self, where: dict) -> None:
        """Open the page, row or sense an overview gap points at."""
        if where.get("suggestions") or (where.get("row") is None and where.get("page") != "senses"
                                         and self.suggestion_bar.isVisible()):
            self.suggestion_bar.buttons["all"].setFocus()  # "nothing yet", while the template's rows wait
            return
        page = where.get("page")
        if page in self.PAGES:
            self.pages.setCurrentIndex(self.PAGES.index(page))
        panel = {"team": self.team, "member_roles": self.member_roles, "ladder": self.levels,
                 "rules": self.rule_panels.get(where.get("kind", "entry")), "senses": self.senses}.get(page)
        if page == "announcement":
            self.announcement_edit.setFocus()
        elif panel is not None:
            row = where.get("row")
            if page == "senses" and where.get("sense") in senses.SENSES:
                row = senses.SENSES.index(where["sense"])
            if row is not None:
                panel.view.select_id(row)
            panel.view.setFocus()

    def _panel(self, title, table, columns, new_values, **kw) -> RowPanel:
        panel = RowPanel(title, self.undo, table, AREA, lambda: self.community_id, columns, new_values, **kw)
        self.panels.append(panel)
        return panel

    # -- loading
    def community_changed(self):
        self.role_id = None

    def flush(self):
        for binding in self.bindings:
            binding.save()

    def reload(self):
        c = communities.get(self.community_id)
        suggested = c["suggested_fields"].split(",")
        for binding in self.bindings:
            binding.show(c[binding.field])
            # a template's text stays grey and italic until it is edited or accepted
            style.set_suggested(binding.widget, binding.field in suggested)
            binding.widget.setToolTip(SUGGESTION_TIP() if binding.field in suggested else "")
        self.suggestion_bar.refresh()
        self.limit_spin.setValue(c["announcement_limit"])
        for panel in self.panels:
            panel.reload()
        ids = [r["id"] for r in self.member_roles.model.rows()]
        if self.role_id not in ids:
            self.role_id = ids[0] if ids else None
        if self.role_id is not None:
            self.member_roles.view.select_id(self.role_id)
        self.assignments.reload()
        self.assignments.setEnabled(self.role_id is not None)
        self._show_attention()
        for kind, lines in rules.flags(self.community_id).items():
            self.rule_panels[kind].show_note("\n".join(lines))
        uncovered = senses.uncovered(self.community_id)
        self.senses.show_note(
            self.tr("Not covered yet: {senses}").format(
                senses=" · ".join(domain.pick(senses.SENSE_NAMES[s]) for s in uncovered)) if uncovered
            else self.tr("All four senses are covered."), warning=bool(uncovered))
        self._count()

    def _role_rows(self):
        rows = roles.overview(self.community_id)
        for r in rows:
            r["status_label"] = domain.pick(roles.STATUS_NAMES[r["status"]])
        return rows

    def _sense_rows(self):
        linked = senses.links(self.community_id)
        return [{"id": i, "sense": s, "label": domain.pick(senses.SENSE_NAMES[s]),
                 "hint": domain.pick(senses.SENSE_HINTS[s]),
                 "provided": " · ".join(label for _, _, label in linked[s])}
                for i, s in enumerate(senses.SENSES)]

    def _assignment_brush(self, row):
        if row["stage"] != "member" and row["target_date"] and row["target_date"] < dt.date.today():
            return QBrush(STATUS_COLOURS["overdue"])
        return QBrush(STATUS_COLOURS[row["stage"]])

    def _show_attention(self):
        need = roles.attention(self.community_id)
        parts = []
        for status, text in (("unfilled", self.tr("Unfilled key roles: {names}")),
                             ("overdue", self.tr("Hand-over overdue: {names}")),
                             ("operator", self.tr("Still played by you: {names}"))):
            if need[status]:
                parts.append(text.format(names="、".join(need[status])))
        self.attention.setText(" · ".join(parts) if parts else self.tr("Every key role is held by a member."))
        style.set_tone(self.attention, "warning" if parts else "success")

    # -- member roles
    def _role_selected(self, *args):
        ids = self.member_roles.view.selected_ids()
        if ids and ids[0] != self.role_id:
            self.role_id = ids[0]
            self.assignments.reload()
            self.assignments.setEnabled(True)

    def _advance(self):
        ids = self.assignments.view.selected_ids()
        if not ids:
            return
        stage = roles.next_stage(roles.assignments.get(ids[0])["stage"])
        if stage:  # through the panel's editor, so the step is undoable
            self.assignments.editor.edit(ids[0], "stage", stage)
            self.assignments.view.select_id(ids[0])

    def _new_level(self):
        levels = ladder.levels.list(self.community_id)
        top = levels[-1]["threshold"] if levels else -100
        return {"name": self.tr("New level"), "threshold": top + 100}

    # -- announcement
    def generate_announcement(self):
        if self.community_id is None:
            return
        self.bindings[-1].save()
        text = rules.announcement(self.community_id)
        try:
            self.undo.set_field(self.tr("Generate announcement"), communities.update, self.community_id,
                                "announcement", text, self.community_id, AREA)
        except UserError as exc:
            dialogs.refuse(self, exc)

    def copy_announcement(self):
        QGuiApplication.clipboard().setText(self.announcement_edit.toPlainText())

    def _count(self):
        n = len(self.announcement_edit.toPlainText())
        limit = self.limit_spin.value()
        self.count_label.setText(self.tr("{n} / {limit} characters").format(n=n, limit=limit))
        style.set_tone(self.count_label, "danger" if n > limit else None)
        self.count_label.setToolTip(self.tr("Longer than the limit: the chat app may cut it.") if n > limit else "")

    def _limit_changed(self):
        if self.community_id is None or self.limit_spin.value() == communities.get(self.community_id)["announcement_limit"]:
            return
        self.undo.set_field(self.tr("Change announcement limit"), communities.update, self.community_id,
                            "announcement_limit", self.limit_spin.value(), self.community_id, AREA)

    # -- four senses
    def choose_links(self):
        ids = self.senses.view.selected_ids()
        if self.community_id is None or not ids:
            return
        sense = senses.SENSES[ids[0]]
        current = {(k, i) for k, i, _ in senses.links(self.community_id)[sense]}
        chosen = dialogs.ask_checked(self, domain.pick(senses.SENSE_NAMES[sense]),
                                     senses.options(self.community_id), current)
        if chosen is None:
            return
        cid = self.community_id

        def redo(state):
            state.setdefault("before", senses.set_links(cid, sense, chosen))

        def undo(state):
            senses.set_links(cid, sense, state["before"])

        self.undo.run(self.tr("Link the four senses"), redo, undo, cid, AREA)
