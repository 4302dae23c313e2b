"""Where workspaces live, and opening one the way both the GUI and the CLI do."""
from __future__ import annotations

from pathlib import Path

from app.errors import UserError, failure_reason
from app.i18n import tr
from app.storage import backups, db

APP_NAME = "community-planner"


def default_path() -> Path:
    import platformdirs  # only when no --workspace is given
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace.sqlite"


def open_or_create(path: Path | None, with_demo: bool = False, keep_backups: int = backups.KEEP,
                   housekeeping: bool = True) -> tuple[Path, bool]:
    """Open the workspace (default location if None); a new one starts empty (the GUI then
    offers the example or the wizard) unless `with_demo`.

    Opening makes the day's backup (see housekeep), unless `housekeeping` is False: the GUI
    calls housekeep itself once its window is on screen. Returns the path and whether it was
    created now.
    """
    path = Path(path).expanduser() if path else default_path()
    created = not db.file_exists(path)
    db.open_workspace(path)
    if created and with_demo:
        from app.services import demo
        demo.add_demo()
    global warning
    warning = None
    if not created and housekeeping:
        housekeep(keep_backups)
    return path, created


def housekeep(keep_backups: int = backups.KEEP) -> None:
    """The day's backup of the open workspace, and the final removal of the communities deleted
    last session (no undo can bring them back now).

    Housekeeping writes; on a full disk they fail, and the workspace must still open so that its
    plans can be read and exported elsewhere: the failure is kept for take_warning instead."""
    global warning
    try:
        backups.daily_backup(keep_backups)
        from app.services import communities
        communities.purge_deleted()
    except (UserError, *db.STORAGE_FAILURES) as exc:
        from app import log
        log.record(exc, "opening")
        warning = tr("The workspace opened, but the day's backup could not be made: {reason}.",
                     reason=failure_reason(exc))


warning: str | None = None  # what went wrong around the last opening (see take_warning)


def take_warning() -> str | None:
    """What went wrong around the last opening, once: the GUI shows it, the CLI prints it."""
    global warning
    text, warning = warning, None
    return text
