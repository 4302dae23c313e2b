"""Template text the operator has not yet confirmed (suggestions).

A new community's rows and texts come from the templates of its type; until the operator
edits or accepts one it is a suggestion: shown apart, left out of the plan's completeness,
and removable all at once. Editing a row or a field confirms it (rows.RowTable.update,
communities.update); accepting confirms without editing; clearing deletes what is still
suggested. Both return what undo needs.
"""
from __future__ import annotations

import datetime as dt

from app.services import communities, content, ladder, risks, roles, rules, scripts, sop, timeplan
from app.storage.models import Community, database

# kind -> (its RowTable, the bus area and tab that show it)
TABLES = {
    "sop_row": (sop.rows, "sop"),
    "team_role": (roles.team, "roles"),
    "member_role": (roles.member_roles, "roles"),
    "rule": (rules.rules, "roles"),
    "point_rule": (ladder.points, "roles"),
    "level": (ladder.levels, "roles"),
    "content_column": (content.columns, "calendar"),
    "risk": (risks.risks, "plan"),
    "member_layer": (timeplan.layers, "plan"),
    "phase": (timeplan.phases, "plan"),
    "script": (scripts.scripts, "scripts"),
}
FIELDS = {"value_statement": "roles", "vision": "roles", "announcement": "roles"}  # community text -> area


def _fields(community: dict) -> list[str]:
    return [f for f in community["suggested_fields"].split(",") if f]


def pending(community_id: int, area: str | None = None) -> tuple[dict[str, list[int]], list[str]]:
    """The suggested rows (kind -> ids) and community fields, of one area or all."""
    rows = {}
    for kind, (table, table_area) in TABLES.items():
        if area in (None, table_area):
            model = table.model
            ids = [r.id for r in model.select(model.id).where(
                (model.community == community_id) & (model.suggested == True))]  # noqa: E712
            if ids:
                rows[kind] = ids
    fields = [f for f in _fields(communities.get(community_id)) if area in (None, FIELDS.get(f))]
    return rows, fields


def counts(community_id: int) -> dict[str, int]:
    """Suggestions still to review, per area."""
    rows, fields = pending(community_id)
    out: dict[str, int] = {}
    for kind, ids in rows.items():
        out[TABLES[kind][1]] = out.get(TABLES[kind][1], 0) + len(ids)
    for field in fields:
        out[FIELDS[field]] = out.get(FIELDS[field], 0) + 1
    return out


def _mark(community_id: int, rows: dict[str, list[int]], fields: list[str], suggested: bool,
          today: dt.date) -> None:
    with database.atomic():
        for kind, ids in rows.items():
            model = TABLES[kind][0].model
            model.update(suggested=suggested).where(model.id.in_(ids)).execute()
            if kind == "content_column":  # an accepted column plans its entries; a suggested one none
                for column_id in ids:
                    content.regenerate(column_id, today, from_date=content.columns.get(column_id)["start_date"])
        have = _fields(communities.get(community_id))
        now = sorted(set(have) | set(fields)) if suggested else [f for f in have if f not in fields]
        Community.update(suggested_fields=",".join(now)).where(Community.id == community_id).execute()


def accept(community_id: int, rows: dict[str, list[int]], fields: list[str] = (),
           today: dt.date | None = None) -> dict:
    """Confirm these suggestions as they are (rows and fields that are not suggestions are
    left alone); returns what unaccept() needs."""
    waiting_rows, waiting_fields = pending(community_id)
    rows = {kind: [i for i in ids if i in set(waiting_rows.get(kind, ()))] for kind, ids in rows.items()}
    rows = {kind: ids for kind, ids in rows.items() if ids}
    fields = [f for f in fields if f in waiting_fields]
    _mark(community_id, rows, list(fields), False, today or dt.date.today())
    return {"rows": rows, "fields": list(fields)}


def unaccept(community_id: int, state: dict, today: dt.date | None = None) -> None:
    _mark(community_id, state["rows"], state["fields"], True, today or dt.date.today())


def accept_all(community_id: int, area: str | None = None, today: dt.date | None = None) -> dict:
    rows, fields = pending(community_id, area)
    return accept(community_id, rows, fields, today)


def clear(community_id: int, area: str | None = None) -> dict:
    """Delete the suggestions still unconfirmed (rows, and texts blanked); returns a snapshot."""
    rows, fields = pending(community_id, area)
    with database.atomic():
        deleted = {kind: TABLES[kind][0].delete(ids) for kind, ids in rows.items()}
        before = {f: communities.get(community_id)[f] for f in fields}
        for field in fields:
            communities.update(community_id, field, "")
    return {"deleted": deleted, "fields": before}


def restore(community_id: int, snapshot: dict) -> None:
    """Undo clear(): the rows come back under their ids, the texts as suggestions again."""
    with database.atomic():
        for kind, removed in snapshot["deleted"].items():
            TABLES[kind][0].restore(removed)
        values = dict(snapshot["fields"])
        current = _fields(communities.get(community_id))
        Community.update(**values, suggested_fields=",".join(sorted(set(current) | set(values)))).where(
            Community.id == community_id).execute()
