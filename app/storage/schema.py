"""A workspace is data, not code: what this version of the app creates in a file, and the
check that a file carries nothing else.

Workspaces are files operators copy, mail and receive. SQLite runs a trigger or a view
that the file brings as soon as a matching statement touches it, so a file with a trigger
its author hid in it could delete or rewrite rows behind the app's back (and behind undo).
The app creates no triggers and no views; its tables, columns and indexes are those of the
models in models.py. A file holding anything else is refused before it is opened for
writing, naming what was found; rescue.clean_copy copies its data into a fresh workspace.
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
# columns that older versions created and a later migration drops (v8): expected in older files
RETIRED_COLUMNS = {"community": {"stage"}}
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
            found += [tr("a column “{column}” in {table}", column=c, table=name) for c in sorted(columns - tables[name] - RETIRED_COLUMNS.get(name, set()))]
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
    not create. `found` lists them; rescue.clean_copy can save the data."""

    def __init__(self, path: Path, found: list[str]):
        shown = "; ".join(found[:5]) + (tr(" and {n} more", n=len(found) - 5) if len(found) > 5 else "")
        super().__init__(tr(
            "{path} holds things this planner did not create ({found}). A workspace is data, and the "
            "planner does not open a file that could run code of its own; the file was not changed.",
            path=path, found=shown))
        self.path = Path(path)
        self.found = found
