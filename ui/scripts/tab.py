"""The script library tab (话术库): reusable texts with variables, a preview filled in with
this community's values, and for a flash group its messages as a timeline from T0 to the end."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QTabWidget,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app import domain
from app.errors import UserError
from app.services import communities, scripts
from ui.shell.undo import Undo
from ui.widgets import dialogs, icons, style
from ui.widgets.area_tab import AreaTab
from ui.widgets.suggestion_bar import SuggestionBar
from ui.widgets.text_binding import TextBinding

AREA = "scripts"
ID = Qt.ItemDataRole.UserRole


class ScriptsTab(AreaTab):
    AREAS = (AREA, "community", "sop")

    def __init__(self, undo: Undo, parent=None):
        super().__init__(undo, parent)
        self.script_id: int | None = None
        self.community: dict | None = None  # read at each reload
        layout = QVBoxLayout(self)
        self.suggestion_bar = SuggestionBar(undo, AREA, lambda: self.community_id,
                                            lambda: {"script": [self.script_id] if self.script_id else []})
        layout.addWidget(self.suggestion_bar)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._library(), self.tr("Library"))
        self.pages.addTab(self._timeline(), self.tr("Flash timeline"))
        layout.addWidget(self.pages, 1)

    # -- building
    def _library(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(placeholderText=self.tr("Search titles and texts…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.reload())
        box.addWidget(self.search)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda item, _: self._select(item.data(ID) if item else None))
        box.addWidget(self.list, 1)
        self.list_empty = QLabel(wordWrap=True)
        box.addWidget(self.list_empty)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("add", self.tr("New script"), self._add), ("del", self.tr("Delete"), self._delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        icons.for_buttons(self.buttons)
        box.addLayout(buttons)
        page.addWidget(left)

        right = QWidget()
        self.editor = right
        form = QFormLayout(right)
        self.title_edit = QLineEdit()
        self.title_binding = TextBinding(self.title_edit, self.undo, "title", scripts.scripts.update,
                                         lambda: self.script_id, AREA, self.tr("Script title"), live=False,
                                         community_id=lambda: self.community_id)
        form.addRow(self.tr("Title:"), self.title_edit)
        row = QHBoxLayout()
        self.kind_combo = QComboBox()
        for code in scripts.KINDS:
            self.kind_combo.addItem(domain.pick(scripts.KIND_NAMES[code]), code)
        self.kind_combo.activated.connect(self._kind_changed)
        row.addWidget(self.kind_combo)
        self.shared_check = QCheckBox(self.tr("Shared by all communities"))
        self.shared_check.setToolTip(self.tr("A shared script shows in every community's library"))
        self.shared_check.clicked.connect(self._scope_changed)
        row.addWidget(self.shared_check)
        row.addStretch(1)
        form.addRow(self.tr("Kind:"), row)
        self.body_edit = QPlainTextEdit()
        self.body_edit.textChanged.connect(self._show_preview)
        self.body_binding = TextBinding(self.body_edit, self.undo, "body", scripts.scripts.update,
                                        lambda: self.script_id, AREA, self.tr("Script text"),
                                        community_id=lambda: self.community_id)
        form.addRow(self.tr("Text:"), self.body_edit)
        help_label = QLabel(self.tr("Variables: {names}").format(names=scripts.variables_help()), wordWrap=True)
        style.set_role(help_label, "caption")
        form.addRow("", help_label)
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setMaximumHeight(150)
        form.addRow(self.tr("Filled in:"), self.preview)
        self.unknown = QLabel(wordWrap=True)
        style.set_tone(self.unknown, "warning")
        form.addRow("", self.unknown)
        self.copy_button = QPushButton(self.tr("Copy the filled text"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.preview.toPlainText()))
        form.addRow("", self.copy_button)
        page.addWidget(right)
        page.setSizes([300, 700])
        return page

    def _timeline(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.timeline_note = QLabel(wordWrap=True)
        box.addWidget(self.timeline_note)
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Message"), self.tr("Text")])
        header = self.timeline.header()
        for col, width in enumerate((150, 60, 200)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.timeline.itemActivated.connect(lambda *_: self._copy_step())
        box.addWidget(self.timeline, 1)
        row = QHBoxLayout()
        self.copy_step_button = QPushButton(self.tr("Copy this message"))
        self.copy_step_button.setToolTip(self.tr("Copies the selected message, filled in (or double-click it)"))
        self.copy_step_button.clicked.connect(self._copy_step)
        row.addWidget(self.copy_step_button)
        row.addStretch(1)
        box.addLayout(row)
        return page

    # -- loading
    def community_changed(self):
        self.script_id = None
        self.community = None

    def reload(self):
        self.suggestion_bar.refresh()
        self.community = c = communities.get(self.community_id)  # (the preview fills from it on every key)
        self.is_flash = domain.effective_type(c) == "flash"
        self.pages.setTabVisible(1, self.is_flash)
        rows = scripts.library(self.community_id, self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        shared_word = self.tr("shared")
        for s in rows:
            kind = domain.pick(scripts.KIND_NAMES.get(s["kind"], ("", "")))
            item = QListWidgetItem(f"{s['title']}  ·  {kind}" + (f" · {shared_word}" if s["community"] is None else ""))
            item.setData(ID, s["id"])
            if s["suggested"]:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QBrush(style.tone("muted")))
                item.setToolTip(self.tr("A template suggestion: edit or accept it to make it part of your plan."))
            self.list.addItem(item)
            if s["id"] == self.script_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list_empty.setVisible(not rows)
        self.list_empty.setText(self.tr("No script matches.") if self.search.text() else self.tr(
            "No scripts yet. A script is a text you post again and again (a welcome, the morning brief, an "
            "event's opening); “New script” adds one, and SOP rows and calendar entries can link it."))
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._select(self.list.currentItem().data(ID) if self.list.currentItem() else None)
        if self.is_flash:
            self._fill_timeline()

    def _select(self, script_id: int | None) -> None:
        self.title_binding.save()
        self.body_binding.save()
        self.script_id = script_id
        self.editor.setEnabled(script_id is not None)
        s = scripts.scripts.get(script_id) if script_id else {"title": "", "kind": "other", "body": "",
                                                               "community": None}
        self.title_binding.show(s["title"])
        self.body_binding.show(s["body"])
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(s["kind"])))
        self.shared_check.setChecked(script_id is not None and s["community"] is None)
        self._show_preview()

    def _show_preview(self) -> None:
        if self.community is None:
            return
        text, left = scripts.fill(self.body_edit.toPlainText(), scripts.context(self.community))
        self.preview.setPlainText(text)
        self.unknown.setText(self.tr("Not filled in here: {names} (an agenda item fills the date, time, event "
                                     "and owner).").format(names=" ".join("{" + n + "}" for n in left)) if left else "")

    def _fill_timeline(self) -> None:
        self.timeline.clear()
        steps = scripts.flash_timeline(self.community_id)
        gaps = sum(s["gap"] for s in steps)
        self.timeline_note.setText(
            self.tr("No event steps yet: add the flash script's steps in the SOP tab's event table.") if not steps else
            self.tr("{n} messages from T0 to the end, in order.").format(n=len(steps) - gaps)
            + (" " + self.tr("{gaps} days without a message: a flash group that goes quiet loses its members.")
               .format(gaps=gaps) if gaps else ""))
        for s in steps:
            day = f"T{s['offset']:+d}".replace("T+0", "T0") + f"  {s['date'].isoformat()}"
            if s["gap"]:
                item = QTreeWidgetItem([day, "", self.tr("No message on this day"), ""])
                for col in range(4):
                    item.setForeground(col, QBrush(style.tone("danger")))
            else:
                item = QTreeWidgetItem([day, s["time"], s["title"], s["text"].replace("\n", " ⏎ ")])
                item.setData(0, ID, s["text"])
                item.setToolTip(3, s["text"])
            self.timeline.addTopLevelItem(item)

    def reveal(self, where: dict) -> None:
        if where.get("suggestions"):
            self.suggestion_bar.buttons["all"].setFocus()
        elif where.get("row"):
            self.flush()  # (what is typed belongs to the script shown until now)
            self.script_id = where["row"]
            self.search.clear()
            self.reload()

    def flush(self) -> None:
        self.title_binding.save()
        self.body_binding.save()

    # -- actions
    def _run(self, text, redo, undo):
        try:
            return self.undo.run(text, redo, undo, self.community_id, AREA)
        except UserError as exc:
            dialogs.refuse(self, exc)
            return None

    def _add(self) -> None:
        self.flush()
        values = {"title": self.tr("New script"), "kind": "other", "body": ""}

        def redo(state):
            if "rows" in state:
                scripts.scripts.restore(state["rows"])
            else:
                state["id"] = scripts.scripts.create(self.community_id, values)

        cmd = self._run(self.tr("New script"), redo,
                        lambda state: state.update(rows=scripts.scripts.delete([state["id"]])))
        if cmd:
            self.script_id = cmd.state["id"]
            self.reload()
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def _delete(self) -> None:
        if self.script_id is None:
            return
        script_id = self.script_id
        self._run(self.tr("Delete script"), lambda state: state.update(rows=scripts.scripts.delete([script_id])),
                  lambda state: scripts.scripts.restore(state["rows"]))

    def _kind_changed(self, _index) -> None:
        if self.script_id is not None:
            try:
                self.undo.set_field(self.tr("Script kind"), scripts.scripts.update, self.script_id, "kind",
                                    self.kind_combo.currentData(), self.community_id, AREA)
            except UserError as exc:
                dialogs.refuse(self, exc)

    def _scope_changed(self, shared: bool) -> None:
        if self.script_id is None:
            return
        script_id, owner = self.script_id, None if shared else self.community_id
        self._run(self.tr("Share script") if shared else self.tr("Keep script to this community"),
                  lambda state: state.update(before=scripts.set_scope(script_id, owner)),
                  lambda state: scripts.set_scope(script_id, state["before"]))

    def _copy_step(self) -> None:
        item = self.timeline.currentItem()
        if item is not None and item.data(0, ID):
            QGuiApplication.clipboard().setText(item.data(0, ID))
