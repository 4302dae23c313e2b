"""How long work tells how far it has got, and how it is stopped.

Work that may take a while (reading an import, writing an export) takes a `report`
callable and calls `report(stage, done, total)` now and then (`total` None when it is not
known). The caller decides what a report does: the GUI moves a progress bar and, once
Cancel is pressed, raises app.errors.Cancelled from it, which unwinds the work; the command
line prints to a terminal; tests collect the calls.
"""
from __future__ import annotations

from typing import Callable

Report = Callable[[str, int, "int | None"], None]


def no_report(stage: str, done: int, total: int | None) -> None:
    """The report of work nobody watches."""
