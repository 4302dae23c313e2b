"""Files from strangers and faults of the disk: the workspace is never overwritten, never
runs what a file brings, has one writer however it is named, and leaves no litter."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import UserError, WorkspaceError
from app.services import communities, sop
from app.storage import backups, db, schema
from exports import calendar_ics, sop_xlsx

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def snapshot(path: Path) -> dict:
    """Every table's rows, to compare a workspace before and after."""
    con = sqlite3.connect(db.read_only_uri(path), uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        con.close()


# -- the app's own files are never a target

def own_files(workspace: Path) -> list[Path]:
    backup = backups.backup_now("daily")
    link = workspace.parent / "link-to-workspace.xlsx"
    link.symlink_to(workspace)
    hard = workspace.parent / "hard-link.xlsx"
    os.link(workspace, hard)
    return [workspace, workspace.with_name(workspace.name + "-wal"), workspace.with_name(workspace.name + "-shm"),
            workspace.with_name(workspace.name + ".lock"), backup, backup.parent / "new.xlsx", link, hard,
            workspace.parent / "sub" / ".." / workspace.name]


def test_no_export_writes_over_the_workspace_or_its_files(demo, workspace):
    (workspace.parent / "sub").mkdir()
    for target in own_files(workspace):
        before = target.read_bytes() if target.exists() else None
        with pytest.raises(UserError, match="an export cannot be written over it"):
            sop_xlsx.export_workbook(demo, target)
        with pytest.raises(UserError, match="an export cannot be written over it"):
            calendar_ics.export(demo, target)
        if before is not None and not target.name.endswith("-shm"):  # (SQLite itself keeps -shm moving)
            assert target.read_bytes() == before, target
    assert communities.get(demo)["name"]  # the workspace still opens and reads


def test_cli_export_onto_the_workspace_exits_2_and_keeps_it(tmp_path):
    ws = tmp_path / "ws.sqlite"
    assert run("--workspace", ws, "demo").returncode == 0
    before = snapshot(ws)
    for target in (ws, tmp_path / "ws.sqlite-wal", tmp_path / "ws.sqlite.lock"):
        result = run("--workspace", ws, "export-sop", "--community", "1", "--out", target)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "cannot be written over it" in result.stderr
    assert snapshot(ws) == before
    assert run("--workspace", ws, "list").returncode == 0


# -- one writer per file, however it is named

HOLDER = r"""
import sys, time
sys.path.insert(0, {root!r})
from app.storage import db
db.open_workspace({path!r})
print("holding", flush=True)
time.sleep(60)
"""


def test_no_alias_opens_a_second_writer(workspace, tmp_path):
    communities.create("Mine")
    db.close_workspace()
    symlink = tmp_path / "alias.sqlite"
    symlink.symlink_to(workspace)
    other = tmp_path / "elsewhere"
    other.mkdir()
    hardlink = other / "hard.sqlite"
    os.link(workspace, hardlink)
    dotted = workspace.parent / ".." / workspace.parent.name / workspace.name
    child = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), path=str(workspace))],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "holding"
        for alias in (symlink, hardlink, dotted):
            with pytest.raises(WorkspaceError, match=f"another copy of the planner \\(process {child.pid}\\)"):
                db.open_workspace(alias)
        assert not hardlink.with_name("hard.sqlite-wal").exists()  # no second journal was started
    finally:
        child.kill()
        child.wait()


def test_a_lock_file_that_is_a_link_is_refused(workspace, tmp_path):
    db.close_workspace()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock = workspace.with_name(workspace.name + ".lock")
    lock.symlink_to(victim)
    with pytest.raises(WorkspaceError, match="is a link"):
        db.open_workspace(workspace)
    assert victim.read_text() == "precious"


def test_lock_files_are_removed_on_close_and_a_stale_one_is_taken_over(workspace):
    lock = workspace.with_name(workspace.name + ".lock")
    assert lock.exists()
    db.close_workspace()
    assert not lock.exists()
    lock.write_text("99999999")  # left by a process that died
    db.open_workspace(workspace)
    assert lock.read_text() == str(os.getpid())


def test_the_cli_leaves_no_lock_file(tmp_path):
    ws = tmp_path / "ws.sqlite"
    assert run("--workspace", ws, "demo").returncode == 0
    assert run("--workspace", ws, "list").returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "ws.sqlite"]


# -- a workspace is data, not code

def _plant(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()


PLANTED = {
    "trigger": ("CREATE TRIGGER wipe AFTER INSERT ON metric BEGIN DELETE FROM sop_row; "
                "UPDATE community SET name = 'PWNED'; END", "a trigger “wipe” on metric"),
    "view": ("CREATE VIEW v AS SELECT * FROM community", "a view “v”"),
    "table": ("CREATE TABLE extra (x)", "a table “extra”"),
    "column": ("ALTER TABLE community ADD COLUMN payload TEXT", "a column “payload” in community"),
    "index": ("CREATE INDEX sneaky ON community (name)", "an index “sneaky” on community"),
}


@pytest.mark.parametrize("kind", PLANTED)
def test_a_workspace_carrying_what_the_app_did_not_create_is_refused(demo, workspace, kind):
    db.close_workspace()
    sql, words = PLANTED[kind]
    _plant(workspace, sql)
    before, files = workspace.read_bytes(), sorted(os.listdir(workspace.parent))
    with pytest.raises(schema.ForeignSchemaError) as caught:
        db.open_workspace(workspace)
    assert words in str(caught.value) and "the file was not changed" in str(caught.value)
    assert workspace.read_bytes() == before and sorted(os.listdir(workspace.parent)) == files


def test_the_trigger_never_runs_and_a_clean_copy_keeps_the_data(demo, workspace, tmp_path):
    rows = len(sop.list_rows(demo, "planning"))
    db.close_workspace()
    _plant(workspace, PLANTED["trigger"][0])
    result = run("--workspace", workspace, "import-metrics", "--community", "1", "--file", tmp_path / "x.csv")
    assert result.returncode == 2 and "a trigger “wipe” on metric" in result.stderr
    assert "clean-copy --out FILE" in result.stderr and result.stderr.count("\n") == 1
    clean = tmp_path / "clean.sqlite"
    result = run("--workspace", workspace, "clean-copy", "--out", clean)
    assert result.returncode == 0, result.stderr
    db.open_workspace(clean)
    assert schema.unexpected(m_connection()) == []
    from app.services import metrics_import
    csv = tmp_path / "n.csv"
    csv.write_text("date,members\n2026-01-01,10\n")
    metrics_import.apply(demo, metrics_import.load(csv))
    assert communities.get(demo)["name"] != "PWNED" and len(sop.list_rows(demo, "planning")) == rows


def m_connection():
    from app.storage.models import database
    return database.obj.connection()


def test_a_refused_file_leaves_its_folder_as_it_was(tmp_path):
    other = tmp_path / "other.sqlite"  # an SQLite file in WAL mode that is not a workspace
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode = wal")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(WorkspaceError, match="not a planner workspace"):
        db.open_workspace(other)
    assert sorted(os.listdir(tmp_path)) == before


# -- a full or failing disk

def test_a_backup_cut_short_is_removed_and_rotates_nothing_out(workspace, monkeypatch):
    communities.create("Keep")
    first = backups.backup_now("daily", keep=1)

    def full(source, target):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(db, "backup_copy", full)
    with pytest.raises(UserError, match="disk is full"):
        backups.backup_now("before-import", keep=1)
    assert [b.path for b in backups.list_backups(workspace)] == [first]
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name]


def test_a_full_workspace_reports_the_disk_not_a_failed_rollback(demo, workspace, tmp_path):
    from app.services import metrics_import
    csv = tmp_path / "n.csv"
    csv.write_text("date,members\n" + "".join(f"2020-{m:02d}-{d:02d},{d}\n" for m in range(1, 13)
                                                for d in range(1, 29)))
    parsed = metrics_import.load(csv)
    before = snapshot(workspace)
    database = m_connection()
    pages = database.execute("PRAGMA page_count").fetchone()[0]
    database.execute(f"PRAGMA max_page_count = {pages}")  # SQLite answers SQLITE_FULL, as on a full disk
    with pytest.raises(sqlite3.OperationalError, match="full"):
        metrics_import.apply(demo, parsed)
    database.execute("PRAGMA max_page_count = 1073741823")
    assert snapshot(workspace) == before


def test_cli_full_disk_is_one_line_and_exit_2(tmp_path, monkeypatch):
    ws = tmp_path / "ws.sqlite"
    assert run("--workspace", ws, "demo").returncode == 0
    script = (f"import sys, errno; sys.path.insert(0, {str(ROOT)!r}); import xlsxwriter\n"
              "def full(self): raise OSError(errno.ENOSPC, 'No space left on device')\n"
              "xlsxwriter.Workbook.close = full\n"
              "from main import main; sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", script, "--workspace", str(ws), "export-sop", "--community",
                             "1", "--out", str(tmp_path / "out.xlsx")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_names_too_long_are_messages(tmp_path):
    long = tmp_path / ("a" * 300)
    result = run("--workspace", long, "demo")
    assert result.returncode == 2 and "too long" in result.stderr and "Traceback" not in result.stderr
    ws = tmp_path / "ws.sqlite"
    run("--workspace", ws, "demo")
    result = run("--workspace", ws, "export-sop", "--community", "1", "--separate", long)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_causes_go_to_the_log_not_the_message(tmp_path, monkeypatch):
    from app import log
    try:
        try:
            raise OSError(28, "No space left on device")
        except OSError as exc:
            raise UserError("Cannot write x: the disk is full") from exc
    except UserError as exc:
        log.record(exc, "export")
    text = Path(os.environ["COMMUNITY_PLANNER_LOG"]).read_text()
    assert "caused by OSError" in text and "No space left on device" in text


def test_a_full_disk_still_opens_the_workspace_for_reading(workspace, monkeypatch):
    """The day's backup fails on a full disk; the plans must still open, to be read and
    exported elsewhere, and the operator is told."""
    from app import workspace as ws_module
    communities.create("Mine")
    db.close_workspace()

    def full(keep=backups.KEEP):
        raise UserError("Cannot write a backup to backups: the disk is full: free some space and try again.")
    monkeypatch.setattr(backups, "daily_backup", full)
    ws_module.open_or_create(workspace, with_demo=False)
    assert [c["name"] for c in communities.list_communities()] == ["Mine"]
    warning = ws_module.take_warning()
    assert "the day's backup could not be made" in warning and "disk is full" in warning
    assert ws_module.take_warning() is None  # told once
