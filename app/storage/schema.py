"""A workspace is data, not code: what this version of the app creates in a file, and the
check that a file carries nothing else.

Workspaces are files operators copy, mail and receive. SQLite runs a trigger or a view
that the file brings as soon as a matching statement touches it, so a file with a trigger
its author hid in it could delete or rewrite rows behind the app's back (and behind undo).
The app creates no triggers and no views; its tables, columns and indexes are those of the
models in models.py. A file holding anything else is refused before it is opened for
writing, naming what was found; `clean_copy` copies its data into a fresh workspace.
"""
from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from app.errors import WorkspaceError
from app.i18n import tr
from app.storage import models as m

# indexes that older versions created and later ones dropped (v6): harmless where they remain
RETIRED_INDEXES = {"metric_community_id": ("metric", ("community_id",))}
# SQLite's own bookkeeping tables (AUTOINCREMENT counters, ANALYZE statistics)
INTERNAL_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}


@lru_cache(maxsize=1)
def expected() -> tuple[dict[str, set[str]], dict[str, tuple[str, tuple[str, ...]]]]:
    """Tables with their columns, and indexes with their table and columns, as the models
    define them now (read from the models: no database is built for it)."""
    tables, indexes = {}, dict(RETIRED_INDEXES)
    for model in m.ALL_TABLES:
        name = model._meta.table_name
        tables[name] = {f.column_name for f in model._meta.sorted_fields}
        for index in model._meta.fields_to_index():
            columns = tuple(getattr(e, "column_name", str(e)) for e in index._expressions)
            indexes[index._name] = (name, columns)
    return tables, indexes


def unexpected(con: sqlite3.Connection) -> list[str]:
    """Everything in the file's schema that this version does not create, in words."""
    tables, indexes = expected()
    found = []
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "trigger":
            found.append(tr("a trigger “{name}” on {table}", name=name, table=table))
        elif kind == "view":
            found.append(tr("a view “{name}”", name=name))
        elif kind == "table" and name in INTERNAL_TABLES:
            continue
        elif kind == "table":
            if name not in tables or not (sql or "").lstrip().upper().startswith("CREATE TABLE"):
                found.append(tr("a table “{name}”", name=name))
                continue
            columns = {r[1] for r in con.execute(f'PRAGMA table_xinfo("{name}")')}
            found += [tr("a column “{column}” in {table}", column=c, table=name) for c in sorted(columns - tables[name])]
        elif kind == "index":
            if name.startswith("sqlite_autoindex_") and sql is None:
                continue  # made by SQLite itself for a UNIQUE or PRIMARY KEY constraint
            columns = tuple(r[2] for r in con.execute(f'PRAGMA index_info("{name}")'))
            if indexes.get(name) != (table, columns):
                found.append(tr("an index “{name}” on {table}", name=name, table=table))
        else:
            found.append(tr("a {kind} “{name}”", kind=kind, name=name))
    return found


class ForeignSchemaError(WorkspaceError):
    """A workspace file that carries triggers, views, tables, columns or indexes the app did
    not create. `found` lists them; `clean_copy` can rescue the data."""

    def __init__(self, path: Path, found: list[str]):
        shown = "; ".join(found[:5]) + (tr(" and {n} more", n=len(found) - 5) if len(found) > 5 else "")
        super().__init__(tr(
            "{path} holds things this planner did not create ({found}). A workspace is data, and the "
            "planner does not open a file that could run code of its own; the file was not changed. "
            "You can make a clean copy of its data (File ▸ Open workspace offers it; on the command "
            "line: clean-copy).", path=path, found=shown))
        self.path = Path(path)
        self.found = found


def clean_copy(source: Path, target: Path) -> Path:
    """Copy the data of `source` (the tables and columns the app knows, nothing else) into a
    new workspace at `target`, leaving `source` as it was. Returns `target`."""
    from app.storage import db
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
