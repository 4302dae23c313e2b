"""Undoable add / edit / delete / move / duplicate for any RowTable, in one place."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from app.errors import UserError
from app.services.rows import RowTable
from ui.shell.undo import Undo



class RowEditor:
    def __init__(self, undo: Undo, table: RowTable, area: str, community_id: Callable[[], int],
                 scope: Callable[[], dict] = dict):
        self.undo, self.table, self.area = undo, table, area
        self.community_id, self.scope = community_id, scope

    def _report(self, exc: UserError) -> None:
        self.undo.bus.error.emit(str(exc))

    def edit(self, row_id: int, field: str, value) -> bool:
        try:
            self.undo.set_field(QCoreApplication.translate("RowEditor", "Edit cell"), self.table.update, row_id, field, value,
                                self.community_id(), self.area)
            return True
        except UserError as exc:
            self._report(exc)
            return False

    def add(self, values: dict | None = None, position: int | None = None) -> int | None:
        cid, scope = self.community_id(), self.scope()

        def redo(state):
            if "rows" in state:
                self.table.restore(state["rows"])
            else:
                state["id"] = self.table.create(cid, values, position, **scope)

        def undo(state):
            state["rows"] = self.table.delete([state["id"]])

        try:
            return self.undo.run(QCoreApplication.translate("RowEditor", "Add row"), redo, undo, cid, self.area).state["id"]
        except UserError as exc:
            self._report(exc)
            return None

    def delete(self, ids: list[int]) -> None:
        if not ids:
            return

        def redo(state):
            state["rows"] = self.table.delete(ids)

        def undo(state):
            self.table.restore(state["rows"])

        self.undo.run(QCoreApplication.translate("RowEditor", "Delete rows"), redo, undo, self.community_id(), self.area)

    def move(self, ids: list[int], target: int) -> None:
        """Move the rows (in their current order) so the first lands at index `target`."""
        cid, scope = self.community_id(), self.scope()
        order = [r["id"] for r in self.table.list(cid, **scope)]
        moving = [i for i in order if i in ids]
        rest = [i for i in order if i not in ids]
        target = max(0, min(target, len(rest)))
        new_order = rest[:target] + moving + rest[target:]
        if new_order == order:
            return

        def redo(state):
            state["before"] = self.table.renumber(cid, new_order, **scope)

        def undo(state):
            self.table.renumber(cid, state["before"], **scope)

        self.undo.run(QCoreApplication.translate("RowEditor", "Move rows"), redo, undo, cid, self.area)

    def step(self, ids: list[int], delta: int) -> None:
        """Move selected rows one place up (-1) or down (+1)."""
        order = [r["id"] for r in self.table.list(self.community_id(), **self.scope())]
        if not ids:
            return
        first = min(order.index(i) for i in ids)
        self.move(ids, max(0, first + delta))

    def duplicate(self, ids: list[int], copy: Callable[[list[int]], list[int]]) -> list[int]:
        def redo(state):
            if "rows" in state:
                self.table.restore(state["rows"])
            else:
                state["ids"] = copy(ids)

        def undo(state):
            state["rows"] = self.table.delete(state["ids"])

        return self.undo.run(QCoreApplication.translate("RowEditor", "Duplicate rows"), redo, undo, self.community_id(), self.area).state["ids"]
