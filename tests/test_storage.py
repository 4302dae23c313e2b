import shutil
import sqlite3
from pathlib import Path

import pytest

from app.errors import WorkspaceError
from app.services import communities
from app.storage import db
from app.storage.models import Community

FIXTURE_V1 = Path(__file__).parent / "fixtures" / "workspace_v1.sqlite"


def test_create_sets_pragmas_and_version(workspace):
    con = db.m.database.obj
    assert con.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert con.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert con.execute_sql("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    assert con.execute_sql("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID


def test_reopen_keeps_data(workspace):
    cid = communities.create("增长群")
    communities.update(cid, "why", "因为")
    db.close_workspace()
    db.open_workspace(workspace)
    assert communities.get(cid)["why"] == "因为"


def test_upgrade_from_v1_backs_up_first(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_V1, path)
    assert db.inspect(path) == 1
    db.open_workspace(path)
    assert db.inspect(path) == db.SCHEMA_VERSION
    row = Community.get(Community.name == "v1 社群")
    assert row.why == "老版本的答案" and row.platform == "qq"
    backups = list((tmp_path / "backups").glob("old.*.before-upgrade-v1.sqlite"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT name FROM community").fetchone()[0] == "v1 社群"
    con.close()
    from app.services import sop
    sop.add_row(row.id, "daily", {"task": "new table works"})
    tables = db.m.database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()
    assert all("AUTOINCREMENT" in sql for _, sql in tables), [n for n, sql in tables if "AUTOINCREMENT" not in sql]
    assert db.m.database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert db.m.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    from app.services import positioning  # the v1 community's own rows came through the rebuild
    assert [c["name"] for c in positioning.counterparties.list(row.id)] == ["个人学员"]


# the Chinese demo as the app at schema v5 made it: `python main.py --lang zh_CN demo` at commit 1073c28
FIXTURE_V5 = Path(__file__).parent / "fixtures" / "workspace_v5.sqlite"


def test_upgrading_a_v5_workspace_keeps_every_row(tmp_path):
    """v7 rebuilds every table (AUTOINCREMENT ids); earlier upgrades once dropped tables with
    foreign keys on, and the cascade emptied every table that belongs to a community."""
    path = tmp_path / "v5.sqlite"
    shutil.copy(FIXTURE_V5, path)
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%'")]
    # the columns every version since keeps (v8 moved community.stage into the lifecycle periods)
    kept = {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")') if (t, r[1]) != ("community", "stage")]
            for t in tables}

    def rows(execute):
        return {t: sorted(execute('SELECT ' + ', '.join(f'"{c}"' for c in kept[t]) + f' FROM "{t}"').fetchall(), key=repr) for t in tables}

    before = rows(con.execute)
    stages = con.execute("SELECT id, stage FROM community").fetchall()
    con.close()
    assert sum(map(len, before.values())) > 300
    db.open_workspace(path)
    after = rows(db.m.database.execute_sql)
    assert after == before
    # the stage lives in one place now: the lifecycle periods (a community without any gets one
    # from its old field); the field itself is gone
    from app.services import growth
    assert all(growth.stages.list(cid) for cid, _stage in stages)
    assert "stage" not in {c.name for c in db.m.database.get_columns("community")}
    assert db.m.database.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_v6_drops_the_metric_index_the_unique_one_covers(tmp_path):
    path = tmp_path / "v5.sqlite"
    db.open_workspace(path, upto=5)
    indexes = lambda: {r[0] for r in db.m.database.execute_sql(  # noqa: E731
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'metric'")}
    db.m.database.execute_sql('CREATE INDEX "metric_community_id" ON "metric" ("community_id")')  # as v5 made it
    db.close_workspace()
    db.open_workspace(path)
    assert indexes() == {"metric_community_id_date"}
    plan = " ".join(str(r) for r in db.m.database.execute_sql(
        "EXPLAIN QUERY PLAN SELECT * FROM metric WHERE community_id = 1"))
    assert "metric_community_id_date" in plan  # lookups by community still use an index


def test_newer_workspace_is_refused_untouched(workspace):
    db.close_workspace()
    con = sqlite3.connect(workspace)
    con.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    con.close()
    before = workspace.read_bytes()
    with pytest.raises(WorkspaceError, match="newer version"):
        db.open_workspace(workspace)
    assert workspace.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 50])
def test_foreign_files_are_refused_untouched(tmp_path, content):
    path = tmp_path / "foreign.sqlite"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError):
        db.open_workspace(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.sqlite"]


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="not a planner workspace"):
        db.open_workspace(path)
    assert path.read_bytes() == before


def test_upgrade_turns_the_old_stage_field_into_a_period(tmp_path):
    """A v7 community with no lifecycle periods keeps its stage as a period from its start.
    (The tables are made by today's models up to v7, plus the column v8 drops.)"""
    path = tmp_path / "v7.sqlite"
    db.open_workspace(path, upto=7)
    db.m.database.execute_sql('ALTER TABLE "community" ADD COLUMN "stage" VARCHAR(255) NOT NULL DEFAULT \'setup\'')
    columns = db.m.database.execute_sql('PRAGMA table_info("community")').fetchall()
    values = {"name": "Old", "platform": "qq", "stage": "mature", "start_date": "2026-01-05", "language": "en",
              "created_at": "2026-01-01"}
    row = {c[1]: values.get(c[1], 0 if c[2].upper().startswith(("INT", "REAL", "BOOL")) else "")
           for c in columns if c[1] != "id"}
    db.m.database.execute_sql(f'INSERT INTO community ({", ".join(chr(34) + k + chr(34) for k in row)}) '
                              f'VALUES ({", ".join("?" * len(row))})', list(row.values()))
    db.close_workspace()
    db.open_workspace(path)
    from app.services import growth
    (period,) = growth.stages.list(1)
    assert (period["stage"], str(period["start_date"])) == ("mature", "2026-01-05")
