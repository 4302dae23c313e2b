"""Automatic backups: consistent copies (SQLite's backup API) in backups/ beside the file.

Made on opening (at most once a day), before a schema upgrade, before a bulk import and
before a restore; only the newest `keep` are kept.
"""
from __future__ import annotations

import datetime as dt
import errno
import re
import sqlite3
from pathlib import Path
from typing import NamedTuple

from app.errors import UserError, failure_reason
from app.i18n import tr
from app.storage import db

KEEP = 14
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.(?P<reason>[a-z0-9-]+)\.sqlite$")


class Backup(NamedTuple):  # (a record: a frozen dataclass costs ~4 M instructions of start-up)
    path: Path
    made: dt.datetime
    reason: str
    size: int


def _folder(workspace: Path) -> Path:
    return db.backups_dir(workspace)


def list_backups(workspace: Path) -> list[Backup]:
    """This workspace's backups, newest first."""
    out = []
    folder = _folder(workspace)
    if not folder.is_dir():
        return out
    mtimes = {}
    for path in folder.glob(f"{workspace.stem}.*.sqlite"):
        match = _NAME.match(path.name)
        if not match or match["stem"] != workspace.stem:
            continue
        try:  # a file someone else put there, or one deleted meanwhile, is not a backup
            made = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            stat = path.stat()
        except (ValueError, OSError):
            continue
        mtimes[path] = stat.st_mtime_ns
        out.append(Backup(path, made, match["reason"], stat.st_size))
    return sorted(out, key=lambda b: (b.made, mtimes[b.path]), reverse=True)


def backup_now(reason: str, keep: int = KEEP) -> Path:
    """Copy the open workspace now; returns the backup's path.

    The copy is written under a temporary name and counts as a backup (gets its real name,
    may rotate an old one out) only once it has been read back whole: a copy cut short by a
    full disk is removed, and the backups that were there stay."""
    workspace = db.current_path()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = _folder(workspace) / f"{workspace.stem}.{stamp}.{reason}.sqlite"
    n = 1
    while target.exists():  # two backups in the same second
        target = _folder(workspace) / f"{workspace.stem}.{stamp}-{n}.{reason}.sqlite"
        n += 1
    partial = target.with_name(f".{target.name}.partial")
    try:
        db.backup_copy(db.m.database.obj, partial)
        _verify(partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise UserError(tr("Cannot write a backup to {folder}: {reason}. Nothing was changed.",
                           folder=target.parent, reason=failure_reason(exc))) from exc
    prune(workspace, keep)
    return target


def _verify(copy: Path) -> None:
    """A backup is whole: not empty, and SQLite finds every page sound."""
    if copy.stat().st_size == 0:
        raise OSError(errno.EIO, "empty backup")
    con = sqlite3.connect(db.read_only_uri(copy), uri=True)
    try:
        result = con.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        con.close()
    if result != "ok":
        raise sqlite3.DatabaseError(result)


def daily_backup(keep: int = KEEP, today: dt.date | None = None) -> Path | None:
    """A backup when the workspace is opened, unless one was made today already."""
    today = today or dt.date.today()
    if any(b.made.date() == today and b.reason == "daily" for b in list_backups(db.current_path())):
        return None
    return backup_now("daily", keep)


def prune(workspace: Path, keep: int = KEEP) -> None:
    for old in list_backups(workspace)[max(1, keep):]:
        old.path.unlink(missing_ok=True)


def restore(backup: Path, keep: int = KEEP) -> Path:
    """Replace the open workspace's contents with a backup (the current state is backed up
    first). The workspace is then reopened, upgrading it if the backup is older."""
    saved = prepare_restore(backup, keep)
    replace_with(backup)
    return saved


def prepare_restore(backup: Path, keep: int = KEEP) -> Path:
    """The slow, harmless half of a restore (the GUI runs it in a worker): check the backup
    whole, refusing a damaged or foreign one, and back up the current state. Returns that
    backup; the workspace itself is not touched."""
    db.inspect(backup)  # refuses a damaged or foreign file before anything changes
    return backup_now("before-restore", keep)


def replace_with(backup: Path) -> None:
    """Copy a checked backup over the open workspace in one step, then reopen it."""
    workspace = db.current_path()
    source = sqlite3.connect(db.read_only_uri(backup), uri=True)
    try:
        source.execute("PRAGMA trusted_schema = OFF")
        source.backup(db.m.database.obj.connection())
    finally:
        source.close()
    db.open_workspace(workspace)


def open_copy(backup: Path, damaged: Path) -> Path:
    """Copy a backup beside a damaged workspace (which is left untouched) and return the copy."""
    db.inspect(backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = damaged.with_name(f"{damaged.stem}-restored-{stamp}.sqlite")
    db.backup_copy(backup, target)
    return target
