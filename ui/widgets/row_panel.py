"""A titled table of one RowTable's rows with Add / Remove / ▲ / ▼, all undoable."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.services.rows import RowTable
from ui.widgets.row_editor import RowEditor
from ui.widgets.table_model import Column, SpecTableModel
from ui.widgets.table_view import SpecTableView
from ui.shell.undo import Undo
from ui.widgets import icons, style


class RowPanel(QGroupBox):
    def __init__(self, title: str, undo: Undo, table: RowTable | None, area: str,
                 community_id: Callable[[], int | None], columns: list[Column],
                 new_values: Callable[[], dict], scope: Callable[[], dict] = dict,
                 rows: Callable[[], list[dict]] | None = None, on_edit=None, edit_column: int = 0,
                 add_text: str | None = None, parent=None):
        super().__init__(title, parent)
        self.community_id, self.scope, self.new_values = community_id, scope, new_values
        self.table, self.edit_column = table, edit_column
        self._rows = rows or (lambda: table.list(community_id(), **scope()))
        self.editor = RowEditor(undo, table, area, community_id, scope)
        self.model = SpecTableModel(columns, on_edit or self.editor.edit,
                                    self.editor.move if table is not None else None)
        self.view = SpecTableView(self.model)
        if table is not None:  # an empty table says how to start it (a tab may say more)
            self.view.empty_text = self.tr("Nothing here yet: “{add}” adds the first row.").format(
                add=add_text or self.tr("Add"))
        self.view.delete_requested.connect(self.remove_selected)
        self.view.undo_stack = undo.stack
        self.view.move_requested.connect(lambda d: self.editor.step(self.view.selected_ids(), d))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        self.note = QLabel(wordWrap=True)  # flags and hints under the table
        self.note.hide()
        layout.addWidget(self.note)
        self.button_row = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("add", add_text or self.tr("Add"), self.add),
                                ("remove", self.tr("Remove"), self.remove_selected),
                                ("up", "▲", lambda: self.editor.step(self.view.selected_ids(), -1)),
                                ("down", "▼", lambda: self.editor.step(self.view.selected_ids(), 1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            if key == "remove":
                button.setToolTip(self.tr("Delete the selected rows (Ctrl+Del; Del empties a cell)"))
            if key in ("up", "down"):
                button.setMaximumWidth(36)
                button.setToolTip(self.tr("Move up (Alt+Up)") if key == "up" else self.tr("Move down (Alt+Down)"))
            self.button_row.addWidget(button)
            self.buttons[key] = button
        icons.for_buttons(self.buttons)
        self.button_row.addStretch(1)
        layout.addLayout(self.button_row)

    def reload(self) -> None:
        self.model.set_rows([] if self.community_id() is None else self._rows())

    def add(self) -> int | None:
        if self.community_id() is None:
            return None
        row_id = self.editor.add(self.new_values())
        if row_id:
            self.view.select_id(row_id)
            self.view.edit(self.model.index(self.model.row_of_id(row_id), self.edit_column))
        return row_id

    def remove_selected(self) -> None:
        self.editor.delete(self.view.selected_ids())

    def show_note(self, text: str, warning: bool = True) -> None:
        self.note.setVisible(bool(text))
        self.note.setText(text)
        style.set_tone(self.note, "warning" if warning else "success")
