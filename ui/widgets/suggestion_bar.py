"""The strip above a tab that holds template suggestions: how many, and accept / accept all /
clear, each one undoable step. Suggested rows are drawn grey and italic by the table model."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.errors import UserError
from app.services import suggestions
from ui.widgets import icons
from ui.shell.undo import Undo


class SuggestionBar(QFrame):
    def __init__(self, undo: Undo, area: str, community_id: Callable[[], int | None],
                 selection: Callable[[], dict[str, list[int]]] | None = None, parent=None):
        super().__init__(parent)
        self.undo, self.area, self.community_id, self.selection = undo, area, community_id, selection
        self.setObjectName("suggestion_bar")
        self.setStyleSheet("#suggestion_bar { background: rgba(37, 99, 235, 0.08); border-radius: 6px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(wordWrap=True)
        layout.addWidget(self.label, 1)
        self.buttons = {}
        for key, text, slot in (("selected", self.tr("Accept selected"), self.accept_selected),
                                ("all", self.tr("Accept all"), self.accept_all),
                                ("clear", self.tr("Clear suggestions"), self.clear)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            layout.addWidget(button)
            self.buttons[key] = button
        icons.for_buttons(self.buttons)
        self.buttons["selected"].setVisible(selection is not None)
        self.hide()

    def refresh(self) -> None:
        cid = self.community_id()
        n = 0 if cid is None else suggestions.counts(cid).get(self.area, 0)
        self.setVisible(n > 0)
        self.label.setText(self.tr(
            "{n} template suggestions on this tab (grey, italic). They are not part of your plan until "
            "you edit or accept them.").format(n=n))

    def _run(self, text: str, redo, undo) -> None:
        cid = self.community_id()
        if cid is None:
            return
        try:
            self.undo.run(text, redo, undo, cid, self.area)
        except UserError as exc:
            self.undo.bus.error.emit(str(exc))

    def accept_selected(self) -> None:
        chosen = {kind: ids for kind, ids in (self.selection() if self.selection else {}).items() if ids}
        if not chosen:
            return
        cid = self.community_id()
        self._run(self.tr("Accept suggestions"),
                  lambda state: state.setdefault("done", suggestions.accept(cid, chosen)),
                  lambda state: suggestions.unaccept(cid, state["done"]))

    def accept_all(self) -> None:
        cid = self.community_id()
        self._run(self.tr("Accept all suggestions"),
                  lambda state: state.update(done=suggestions.accept_all(cid, self.area))
                  if "done" not in state else suggestions.accept(cid, state["done"]["rows"], state["done"]["fields"]),
                  lambda state: suggestions.unaccept(cid, state["done"]))

    def clear(self) -> None:
        cid = self.community_id()
        self._run(self.tr("Clear suggestions"),
                  lambda state: state.update(snapshot=suggestions.clear(cid, self.area)),
                  lambda state: suggestions.restore(cid, state["snapshot"]))
