"""Saving the data of a workspace the planner refuses to open (one carrying triggers, views
or anything else it did not create): the known tables' known columns are read with plain
SELECTs, nothing of the file's own schema is run, and they go into a new workspace."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import WorkspaceError
from app.i18n import tr
from app.storage import db
from app.storage import models as m
from app.storage.schema import expected


def clean_copy(source: Path, target: Path) -> Path:
    """Copy the data of `source` (the tables and columns the app knows, nothing else) into a
    new workspace at `target`, leaving `source` as it was. Returns `target`."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise WorkspaceError(tr("{path} already exists; choose another name for the clean copy.", path=target))
    try:
        con = sqlite3.connect(db.read_only_uri(source), uri=True)
        con.execute("PRAGMA trusted_schema = OFF")
        app_id, version = (con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(tr("{path} is damaged or not a planner workspace ({reason}).",
                                path=source, reason=exc)) from exc
    try:
        if app_id != db.APPLICATION_ID or version > db.SCHEMA_VERSION:
            raise WorkspaceError(tr("{path} is not a planner workspace this version can read.", path=source))
        tables, _ = expected()
        data = {}
        for name, columns in tables.items():
            have = {r[1] for r in con.execute(f'PRAGMA table_xinfo("{name}")')} & columns
            if have:
                cols = ", ".join(f'"{c}"' for c in sorted(have))
                # a plain SELECT of real columns: no view or trigger is involved in reading
                data[name] = (cols, con.execute(f'SELECT {cols} FROM main."{name}"').fetchall())
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(tr("{path} is damaged or not a planner workspace ({reason}).",
                                path=source, reason=exc)) from exc
    finally:
        con.close()
    previous = db.current_path()
    db.open_workspace(target)
    try:
        database = m.database.obj
        database.execute_sql("PRAGMA foreign_keys = OFF")
        with database.atomic():
            for model in m.ALL_TABLES:  # parents before children
                name = model._meta.table_name
                if name in data:
                    cols, rows = data[name]
                    marks = ", ".join("?" for _ in cols.split(", "))
                    database.connection().executemany(f'INSERT INTO "{name}" ({cols}) VALUES ({marks})', rows)
            problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise WorkspaceError(tr("The data of {path} has broken references; no clean copy was made.",
                                        path=source))
        database.execute_sql("PRAGMA foreign_keys = ON")
    except Exception:
        db.close_workspace()
        for suffix in ("", *db.SIDE_FILES):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        raise
    finally:
        if previous is not None and db.current_path() != previous:
            db.open_workspace(previous)
    if previous is None:
        db.close_workspace()
    return target
