import datetime as dt
import sqlite3
import subprocess
import sys
import time

import pytest

from app import workspace
from app.errors import WorkspaceError
from app.services import communities
from app.storage import backups, db


def test_daily_backup_once_a_day_and_pruned(ws_path):
    workspace.open_or_create(ws_path, with_demo=True)  # new: the demo, no backup yet
    assert backups.list_backups(ws_path) == []
    db.close_workspace()
    workspace.open_or_create(ws_path)
    workspace.open_or_create(ws_path)
    (daily,) = backups.list_backups(ws_path)
    assert daily.reason == "daily" and daily.made.date() == dt.date.today() and daily.size > 0
    con = sqlite3.connect(daily.path)                  # a consistent, complete copy
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM community").fetchone()[0] == 1
    con.close()
    assert backups.daily_backup(today=dt.date.today() + dt.timedelta(days=1)) is not None
    for _ in range(5):
        backups.backup_now("before-import", keep=3)
    assert len(backups.list_backups(ws_path)) == 3


def test_stray_files_in_the_backups_folder_are_ignored(ws_path):
    """A file named like a backup but with an impossible time stamp once made every open fail."""
    workspace.open_or_create(ws_path)
    folder = db.backups_dir(ws_path)
    folder.mkdir(exist_ok=True)
    (folder / f"{ws_path.stem}.20269999-999999.daily.sqlite").write_bytes(b"not a backup")
    (folder / f"{ws_path.stem}.notes.sqlite").write_bytes(b"")
    db.close_workspace()
    workspace.open_or_create(ws_path)  # makes today's backup beside them
    assert [b.reason for b in backups.list_backups(ws_path)] == ["daily"]


def test_restore_backs_up_current_state_first(workspace):
    cid = communities.create("Before")
    saved = backups.backup_now("before-import")
    communities.update(cid, "name", "After")
    communities.create("Extra")
    before_restore = backups.restore(saved)
    assert [c["name"] for c in communities.list_communities()] == ["Before"]
    assert before_restore.name.endswith(".before-restore.sqlite")
    backups.restore(before_restore)                    # and the restore itself can be undone
    assert [c["name"] for c in communities.list_communities()] == ["After", "Extra"]


def test_restore_refuses_a_damaged_backup(workspace, tmp_path):
    communities.create("Keep")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 2000)
    with pytest.raises(WorkspaceError):
        backups.restore(bad)
    assert [c["name"] for c in communities.list_communities()] == ["Keep"]


def test_truncated_workspace_is_refused_untouched_and_a_backup_copy_opens(workspace):
    communities.create("Precious")
    saved = backups.backup_now("daily")
    db.close_workspace()
    data = workspace.read_bytes()
    workspace.write_bytes(data[: len(data) // 3])
    truncated = workspace.read_bytes()
    with pytest.raises(WorkspaceError):
        db.open_workspace(workspace)
    assert workspace.read_bytes() == truncated
    copy = backups.open_copy(saved, workspace)
    db.open_workspace(copy)
    assert communities.list_communities()[0]["name"] == "Precious"
    assert workspace.read_bytes() == truncated


HOLDER = r"""
import sys, time
sys.path.insert(0, {root!r})
from app.storage import db
db.open_workspace({path!r})
print("holding", flush=True)
time.sleep(30)
"""


def test_second_copy_is_told_and_changes_nothing(workspace):
    from pathlib import Path
    root = str(Path(__file__).resolve().parent.parent)
    communities.create("Mine")
    db.close_workspace()
    child = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=root, path=str(workspace))],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "holding"
        before = workspace.read_bytes()
        with pytest.raises(WorkspaceError, match=f"another copy of the planner \\(process {child.pid}\\)"):
            db.open_workspace(workspace)
        assert workspace.read_bytes() == before
    finally:
        child.kill()
        child.wait()
    deadline = time.time() + 5
    while True:  # the OS releases the lock with the process
        try:
            db.open_workspace(workspace)
            break
        except WorkspaceError:
            assert time.time() < deadline
            time.sleep(0.05)
    assert communities.list_communities()[0]["name"] == "Mine"


def test_a_read_only_folder_is_explained(workspace, monkeypatch):
    """As root the tests cannot make a folder read-only, so the OS refusal is simulated."""
    import os

    from app.storage import lock
    communities.create("Mine")
    db.close_workspace()
    before = workspace.read_bytes()

    def refuse(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)
    real_open = os.open
    monkeypatch.setattr(lock.os, "open", refuse)
    with pytest.raises(WorkspaceError, match="Cannot write in the folder of .*Permission denied"):
        db.open_workspace(workspace)
    assert workspace.read_bytes() == before
