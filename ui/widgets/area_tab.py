"""What every area tab shares: the community it shows, and reloading only when seen.

A tab marks itself stale when its community or one of its areas changes, and reloads
when it is (or becomes) visible; hidden tabs cost nothing at start-up or on a switch.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.shell.undo import Undo

EVERYTHING = "all"  # a bus area for changes across every area (accepting every suggestion)


class AreaTab(QWidget):
    AREAS: tuple[str, ...] = ("community",)  # bus areas whose changes this tab shows

    def __init__(self, undo: Undo, parent=None):
        super().__init__(parent)
        self.undo = undo
        self.community_id: int | None = None
        self._stale = True
        undo.bus.changed.connect(self._changed)

    def set_community(self, community_id: int | None) -> None:
        self.flush()
        self.community_id = community_id
        self.community_changed()
        self.mark_stale()

    def community_changed(self) -> None:
        """Reset per-community view state (a selected row, a date range)."""

    def flush(self) -> None:
        """Save whatever is being typed now (before switching community or quitting)."""

    def reload(self) -> None:
        raise NotImplementedError

    def _changed(self, community_id: int, area: str) -> None:
        if community_id == self.community_id and (area in self.AREAS or area == EVERYTHING):
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.setEnabled(self.community_id is not None)
        if self.community_id is not None:
            self.reload()

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self.refresh()
