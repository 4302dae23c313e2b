"""Bind a text widget to one stored field: saved while typing, one undo step per visit.

Typing saves after a short pause and when the field is left, so a crash loses at
most the last pause's worth of keystrokes. All saves made during one visit to the
field merge into one undo step.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app.errors import StorageError, UserError
from ui.shell.undo import Undo

SAVE_PAUSE_MS = 700


class TextBinding(QObject):
    def __init__(self, widget: QPlainTextEdit | QLineEdit, undo: Undo, field: str,
                 setter: Callable, target_id: Callable[[], int | None], area: str, label: str,
                 live: bool = True, community_id: Callable[[], int | None] | None = None):
        super().__init__(widget)
        # the community the change bus names (a community field's target is the community itself)
        self.community_id = community_id or target_id
        self.widget, self.undo, self.field = widget, undo, field
        self.setter, self.target_id, self.area, self.label = setter, target_id, area, label
        self._stored = ""
        self._timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.save)
        if live:  # names are saved only when left: an empty name mid-typing is not an error
            widget.textChanged.connect(self._timer.start)
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(self.save)
        widget.installEventFilter(self)

    def text(self) -> str:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def show(self, value: str) -> None:
        """Show the stored value (after a reload) without saving it back."""
        self._stored = value or ""
        if self.text() != self._stored:
            self.widget.blockSignals(True)
            if isinstance(self.widget, QPlainTextEdit):
                self.widget.setPlainText(self._stored)
            else:
                self.widget.setText(self._stored)
            self.widget.blockSignals(False)

    def save(self) -> None:
        self._timer.stop()
        target = self.target_id()
        value = self.text()
        if target is None or value == self._stored:
            return
        # stored before the change is announced: a tab that reloads on it (and saves its fields
        # first) must not see this value as unsaved and write it again, over and over
        previous, self._stored = self._stored, value
        try:
            self.undo.set_field(self.label, self.setter, target, self.field, value, self.community_id() or 0,
                                self.area, merge_key=(target, self.field))
        except StorageError as exc:  # the text stays on screen and is saved at the next pause
            self._stored = previous
            self.undo.bus.error.emit(str(exc))
        except UserError as exc:
            self._stored = previous
            self.undo.bus.error.emit(str(exc))
            self.show(self._stored)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.FocusOut:
            self.save()
            self.undo.close_merging()
        return False
