"""Undo/redo: every edit is a QUndoCommand that calls services, then says what changed.

A command keeps ids and before/after values in `state`, never widget state. The first
redo happens before the push, so a refused edit (ValidationError) raises to the caller
and never reaches the stack.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.errors import StorageError, UserError, failure_reason
from app.i18n import tr
from app.storage.db import STORAGE_FAILURES


@contextmanager
def storage_failures_as_messages():
    """A write the disk or the file refused (every write is one transaction, so nothing of it
    was kept) becomes a StorageError with a message, like any other refused edit."""
    try:
        yield
    except STORAGE_FAILURES as exc:
        raise StorageError(tr("The change was not saved: the workspace could not be written ({reason}).",
                              reason=failure_reason(exc))) from exc


class Bus(QObject):
    """App-level facts: tabs reload what they show when their area changes."""
    changed = Signal(int, str)           # community id (0: the list itself), area
    error = Signal(str)                  # a message for the user


class Command(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[dict], None], undo: Callable[[dict], None],
                 notify: Callable[[], None], merge_key=None):
        super().__init__(text)
        self.state: dict = {}
        self._redo, self._undo, self._notify = redo, undo, notify
        self._done_once = False
        self.merge_key = merge_key   # consecutive commands with the same key merge while open
        self.open = merge_key is not None

    def run_first(self) -> None:
        with storage_failures_as_messages():
            self._redo(self.state)
        self._done_once = True

    def redo(self):
        if self._done_once:  # the first redo already ran in run_first()
            self._done_once = False
        else:
            self._guard(self._redo)
        self._notify()

    def undo(self):
        self._guard(self._undo)
        self._notify()

    def _guard(self, fn):
        try:
            with storage_failures_as_messages():
                fn(self.state)
        except UserError as exc:  # e.g. the row was removed in a way undo cannot reach
            Undo.bus.error.emit(str(exc))

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other) -> bool:
        if not (self.open and isinstance(other, Command) and other.merge_key == self.merge_key):
            return False
        self.state["new"] = other.state.get("new")
        return True


class Undo:
    """The one undo stack of the open workspace, plus the change bus."""
    bus: Bus = None  # set by the main window; commands report errors through it

    def __init__(self, bus: Bus):
        Undo.bus = bus
        self.bus = bus
        self.stack = QUndoStack()

    def run(self, text: str, redo, undo, community_id: int, area: str, merge_key=None) -> Command:
        """Do an edit now (raising UserError if refused) and put it on the stack."""
        cmd = Command(text, redo, undo, lambda: self.bus.changed.emit(community_id, area), merge_key)
        cmd.run_first()
        self.stack.push(cmd)
        return cmd

    def set_field(self, text: str, setter, row_id: int, field: str, value, community_id: int,
                  area: str, merge_key=None) -> Command:
        """Change one stored field through setter(row_id, field, value) -> old value."""
        def redo(state):
            old = setter(row_id, field, state.get("new", value))
            state.setdefault("old", old)
            state.setdefault("new", value)

        def undo(state):
            setter(row_id, field, state["old"])

        return self.run(text, redo, undo, community_id, area, merge_key)

    def snapshot_run(self, text: str, capture, restore, action, community_id: int, area: str) -> Command:
        """An edit whose effects are wide (a column regenerating its entries): undo puts back
        what capture() saw before, redo what it saw after. action()'s result is in state."""
        def redo(state):
            if "after" in state:
                restore(state["after"])
                return
            state["before"] = capture()
            state["result"] = action()
            state["after"] = capture()

        return self.run(text, redo, lambda state: restore(state["before"]), community_id, area)

    def close_merging(self) -> None:
        """End the open typing session so the next edit becomes its own undo step."""
        if self.stack.count():
            last = self.stack.command(self.stack.count() - 1)
            if isinstance(last, Command):
                last.open = False
