"""QSettings for UI state only (geometry, splitters, last folders, language, theme)."""
import os

from PySide6.QtCore import QSettings

ORG, APP = "CommunityPlanner", "community-planner"


def int_setting(key: str, default: int | None) -> int | None:
    """A whole-number setting, or `default` when it is missing or not a number (the file is
    plain text a user or another program may have edited)."""
    try:
        return int(settings().value(key, default))
    except (TypeError, ValueError):
        return default


def str_setting(key: str, default: str) -> str:
    """A text setting, or `default` when it is missing or not text (an edited file can turn
    `a, b` into a list)."""
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def reminders_on() -> bool:
    """View ▸ Desktop reminders (on unless turned off)."""
    return str_setting("reminders", "true") != "false"


def keep_count() -> int:
    """How many automatic backups to keep (File > Restore from backup sets it)."""
    from app.storage.backups import KEEP
    count = int_setting("backups_keep", KEEP)
    return count if count > 0 else KEEP


def last_folder(key: str = "export_folder") -> str:
    """The folder the user last exported to (or imported from); Documents at first."""
    from PySide6.QtCore import QStandardPaths
    return settings().value(key, QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def remember_folder(path, key: str = "export_folder") -> None:
    """Remember the folder of a file just written (or read) for the next dialog."""
    from pathlib import Path
    settings().setValue(key, str(Path(path).parent))


def settings() -> QSettings:
    """The app's settings; COMMUNITY_PLANNER_SETTINGS points tests at a file of their own."""
    path = os.environ.get("COMMUNITY_PLANNER_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)
