"""Opening, creating and upgrading workspace files.

A workspace is one SQLite file marked with our application_id; its schema version is
`PRAGMA user_version`. Files are inspected read-only first, so a file that is not a
workspace, or one written by a newer version of the app, is refused untouched.
"""
from __future__ import annotations

import atexit
import datetime as dt
import os
import sqlite3
from pathlib import Path

import peewee as pw

from app.errors import WorkspaceError, failure_reason
from app.i18n import tr
from app.storage import models as m
from app.storage.lock import WorkspaceLock, lock_path

# what writing the workspace can raise when the disk or the file fails us (not our bugs)
STORAGE_FAILURES = (pw.OperationalError, sqlite3.OperationalError, OSError)

APPLICATION_ID = 0x436D5031  # "CmP1": marks a file as one of our workspaces
SQLITE_HEADER = b"SQLite format 3\x00"
# trusted_schema off: a view or trigger somebody hid in a file may not call functions with side
# effects (the schema check in inspect() refuses such files anyway; this is the second wall)
PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "trusted_schema": 0}  # 2 = FULL
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside a workspace
# dates are stored as ISO text: what sqlite3's default adapter does (deprecated from Python 3.12),
# stated here once so raw inserts (the growth import) can hand dates over as they are
sqlite3.register_adapter(dt.date, dt.date.isoformat)


class WorkspaceDatabase(pw.SqliteDatabase):
    """SQLite as a workspace uses it. After SQLITE_FULL or SQLITE_IOERR SQLite has already
    rolled the transaction back itself; peewee's ROLLBACK would then fail with "cannot
    rollback - no transaction is active" and hide the real cause, so it is skipped."""

    def rollback(self):
        conn = self._state.conn
        if conn is not None and not conn.in_transaction:
            return None
        return super().rollback()


def _add_missing_columns(db: pw.Database, model) -> None:
    """Create the model's table, or add the columns it lacks (for later migrations)."""
    if not db.table_exists(model._meta.table_name):
        db.create_tables([model])
        return
    from playhouse.migrate import SqliteMigrator  # only upgrades need it: not imported at start-up
    from playhouse.migrate import migrate as run_migrations

    have = {c.name for c in db.get_columns(model._meta.table_name)}
    migrator = SqliteMigrator(db)
    run_migrations(*[migrator.add_column(model._meta.table_name, f.column_name, f)
                     for f in model._meta.sorted_fields if f.column_name not in have])


def _v1(db):  # communities, positioning and the business model map
    for model in (m.Community, m.Counterparty):
        _add_missing_columns(db, model)


def _v2(db):  # the SOP tables
    for model in (m.SopEvent, m.SopRow):
        _add_missing_columns(db, model)


def _v3(db):  # roles, rules, announcement, growth ladder, four senses
    for model in (m.Community, m.TeamRole, m.MemberRole, m.RoleAssignment, m.Rule, m.PointRule,
                  m.Level, m.SenseLink):
        _add_missing_columns(db, model)


def _v4(db):  # the content calendar
    for model in (m.Community, m.ContentColumn, m.Entry):
        _add_missing_columns(db, model)


def _v5(db):  # growth numbers, goals, lifecycle periods
    for model in (m.Community, m.Metric, m.Goal, m.StagePeriod):
        _add_missing_columns(db, model)


def _v6(db):  # growth numbers: drop the community index the unique (community, date) one covers
    db.execute_sql('DROP INDEX IF EXISTS "metric_community_id"')


def _v7(db):  # ids never given out twice: every table rebuilt with AUTOINCREMENT
    for name, sql in db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%'").fetchall():
        if "AUTOINCREMENT" in sql or '"id" INTEGER NOT NULL PRIMARY KEY' not in sql:
            continue
        indexes = [r[0] for r in db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                                "AND tbl_name = ? AND sql IS NOT NULL", (name,))]
        new = sql.replace(f'CREATE TABLE "{name}"', f'CREATE TABLE "{name}__new"', 1).replace(
            '"id" INTEGER NOT NULL PRIMARY KEY', '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT', 1)
        db.execute_sql(new)
        db.execute_sql(f'INSERT INTO "{name}__new" SELECT * FROM "{name}"')
        db.execute_sql(f'DROP TABLE "{name}"')
        db.execute_sql(f'ALTER TABLE "{name}__new" RENAME TO "{name}"')
        for index in indexes:
            db.execute_sql(index)


def _v8(db):  # guided planning: suggestions, the example flag, stage checklists; the stage lives in one place
    for model in (m.Community, m.SopRow, m.TeamRole, m.MemberRole, m.Rule, m.PointRule, m.Level,
                  m.ContentColumn, m.StageTask):
        _add_missing_columns(db, model)
    have = {c.name for c in db.get_columns("community")}
    if "stage" in have:
        # the stage was kept twice (a field and the growth tab's periods); a community without
        # periods keeps its stage as a period from its start date, then the field goes
        db.execute_sql(
            'INSERT INTO "stage_period" (community_id, position, stage, start_date) '
            'SELECT c.id, 0, c.stage, c.start_date FROM "community" c WHERE NOT EXISTS '
            '(SELECT 1 FROM "stage_period" p WHERE p.community_id = c.id)')
        db.execute_sql('ALTER TABLE "community" DROP COLUMN "stage"')


def _v9(db):  # the plan document: background and problem, long-term goal, risks, milestones, budget
    for model in (m.Community, m.Goal, m.TeamRole, m.SopRow, m.ContentColumn, m.Risk, m.MemberLayer, m.Phase,
                  m.Milestone, m.Tool, m.BudgetLine):
        _add_missing_columns(db, model)


def _v10(db):  # the agenda and the script library: scripts, links to them, per-occurrence marks
    for model in (m.Script, m.SopRow, m.Entry, m.AgendaMark):
        _add_missing_columns(db, model)


MIGRATIONS = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10]  # MIGRATIONS[i] brings a workspace from version i to i + 1
SCHEMA_VERSION = len(MIGRATIONS)

_current_path: Path | None = None
_lock: WorkspaceLock | None = None
# every normal exit (CLI, GUI, a script) closes the workspace: checkpoints the journal and
# removes the lock files; a crash leaves them, and the next open takes them over
atexit.register(lambda: close_workspace())


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` for reading and leaves its folder as it was.

    A WAL file opened read-only makes its -wal and -shm files beside it; when it has none
    (nobody has it open, no crash left a journal) it is opened as immutable, which creates
    nothing. When they exist they hold data and are read as usual."""
    resolved = path.resolve()
    journal = any(resolved.with_name(resolved.name + suffix).exists() for suffix in SIDE_FILES)
    return f"{resolved.as_uri()}?{'mode=ro' if journal else 'immutable=1'}"


def inspect(path: Path) -> int:
    """Return the schema version of a workspace file without writing to it.

    Raises WorkspaceError when the file is not a workspace, is newer than this app, or
    carries anything this version of the app did not create (see storage/schema.py).
    """
    from app.storage import schema
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise WorkspaceError(tr("Cannot read {path}: {reason}", path=path, reason=exc.strerror)) from exc
    if header != SQLITE_HEADER:
        raise WorkspaceError(tr("{path} is not a planner workspace.", path=path))
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            con.execute("PRAGMA trusted_schema = OFF")
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            check = con.execute("PRAGMA quick_check").fetchone()[0]
            foreign = schema.unexpected(con) if app_id == APPLICATION_ID and version <= SCHEMA_VERSION else []
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(tr("{path} is damaged or not a planner workspace ({reason}).",
                                path=path, reason=exc)) from exc
    if app_id != APPLICATION_ID:
        raise WorkspaceError(tr("{path} is not a planner workspace.", path=path))
    if check != "ok":
        raise WorkspaceError(tr("{path} is damaged ({reason}).", path=path, reason=check))
    if version > SCHEMA_VERSION:
        raise WorkspaceError(tr(
            "{path} was written by a newer version of the planner (schema {found}, this app "
            "knows {known}). Update the app to open it; the file was not changed.",
            path=path, found=version, known=SCHEMA_VERSION))
    if foreign:
        raise schema.ForeignSchemaError(path, foreign)
    return version


def backup_copy(source: pw.SqliteDatabase | Path, target: Path) -> Path:
    """Write a consistent copy with SQLite's backup API (safe on a live WAL database)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source)) if isinstance(source, Path) else source.connection()
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        if isinstance(source, Path):
            src.close()
    return target


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def migrate(db: pw.SqliteDatabase, upto: int = SCHEMA_VERSION) -> None:
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    for target in range(version + 1, upto + 1):
        # Foreign keys are off while the schema changes (SQLite's own advice): peewee's migrator
        # and v7 rebuild tables by copying and dropping them, and dropping a community table
        # with keys on cascaded into every row that belongs to a community. Whether every
        # reference still holds is checked before the step is committed. (A transaction
        # cannot change this pragma, so it is set around it.)
        db.execute_sql("PRAGMA foreign_keys = OFF")
        try:
            with db.atomic():
                MIGRATIONS[target - 1](db)
                problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise WorkspaceError(tr("Upgrading {path} found broken references ({problems}); the file "
                                            "was not changed.", path=db.database, problems=problems[:3]))
                db.execute_sql(f"PRAGMA user_version = {target}")
        finally:
            db.execute_sql("PRAGMA foreign_keys = ON")


def file_exists(path: Path) -> bool:
    """Whether a workspace file is there; a name the system cannot even look up (too long,
    a folder that is a file) is a message, not a traceback."""
    try:
        return path.exists()
    except OSError as exc:
        raise WorkspaceError(tr("Cannot open {path}: {reason}", path=path, reason=failure_reason(exc))) from exc


def open_workspace(path: Path | str, *, upto: int = SCHEMA_VERSION) -> pw.SqliteDatabase:
    """Open (creating it if missing) the workspace at `path` and make it current.

    An older workspace is first copied into backups/ and then upgraded.
    """
    global _current_path, _lock
    path = Path(path).expanduser()
    exists = file_exists(path)
    version = inspect(path) if exists else 0
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(tr("Cannot create {path}: {reason}", path=path,
                                    reason=failure_reason(exc))) from exc
    close_workspace()
    lock = WorkspaceLock(path)
    lock.acquire()
    db = WorkspaceDatabase(str(path), pragmas=PRAGMAS)
    try:
        db.connect()
    except pw.OperationalError as exc:
        lock.release()
        raise WorkspaceError(tr("Cannot open {path}: {reason}", path=path, reason=exc)) from exc
    _lock = lock
    if not exists:
        try:
            lock.bind_file()
        except Exception:
            close_workspace()
            raise
    if exists and version < upto:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_copy(db, backups_dir(path) / f"{path.stem}.{stamp}.before-upgrade-v{version}.sqlite")
    if not exists:
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    m.database.initialize(db)
    try:
        migrate(db, upto)
    except Exception:
        close_workspace()  # a failed upgrade rolled back; release the file untouched
        raise
    _current_path = path
    return db


def close_workspace() -> None:
    global _current_path, _lock
    db = m.database.obj
    if db is not None and not db.is_closed():
        db.close()
    if _lock is not None:
        _lock.release()
        _lock = None
    _current_path = None


def current_path() -> Path | None:
    return _current_path


def own_file(target: Path) -> str | None:
    """What `target` is to the open workspace (after resolving links, and for a file that
    exists also by device and inode, which catches hard links), or None when it is none of
    its files: every writer checks its target here before writing anything."""
    workspace = _current_path
    if workspace is None:
        return None
    real = Path(os.path.realpath(workspace))
    owned = {real: tr("the open workspace"), lock_path(real): tr("the open workspace's lock file")}
    owned |= {real.with_name(real.name + suffix): tr("the open workspace's journal") for suffix in SIDE_FILES}
    target_real = Path(os.path.realpath(target))
    if target_real in owned:
        return owned[target_real]
    backups = Path(os.path.realpath(backups_dir(real)))
    if target_real.is_relative_to(backups):
        return tr("a backup of the open workspace")
    try:
        target_stat = os.stat(target_real)
    except OSError:
        return None  # a new file: its name was all there was to compare
    candidates = list(owned.items())
    if backups.is_dir():
        candidates += [(p, tr("a backup of the open workspace")) for p in backups.iterdir()]
    for path, what in candidates:
        try:
            if os.path.samestat(target_stat, os.stat(path)):
                return what
        except OSError:
            continue
    return None
