"""Where workspaces live, and opening one the way both the GUI and the CLI do."""
from __future__ import annotations

from pathlib import Path

from app.storage import backups, db

APP_NAME = "community-planner"


def default_path() -> Path:
    import platformdirs  # only when no --workspace is given
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace.sqlite"


def open_or_create(path: Path | None, with_demo: bool = True, keep_backups: int = backups.KEEP,
                   ) -> tuple[Path, bool]:
    """Open the workspace (default location if None); a new one gets the demo community.

    Opening makes the day's backup. Returns the path and whether it was created now.
    """
    path = Path(path).expanduser() if path else default_path()
    created = not db.file_exists(path)
    db.open_workspace(path)
    if created and with_demo:
        from app.services import demo
        demo.add_demo()
    if not created:
        backups.daily_backup(keep_backups)
        from app.services import communities
        communities.purge_deleted()  # deleted last session: no undo can bring them back now
    return path, created
