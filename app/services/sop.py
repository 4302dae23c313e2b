"""The SOP tables (社群SOP): rows, events of the event SOP, timing → dates, progress."""
from __future__ import annotations

import datetime as dt
from peewee import fn

from app.errors import ValidationError
from app.i18n import tr
from app.services import communities, templates, timing
from app.services.fields import Field
from app.services.rows import RowTable, insert_batched
from app.storage.models import SopEvent, SopRow, database

TABLES = ("planning", "setup", "growth", "daily", "event")
STATUSES = ("todo", "doing", "done", "skipped")
# code -> (zh_CN, en); the table names users know
TABLE_NAMES = {
    "planning": ("社群规划全流程SOP", "Planning flow SOP"),
    "setup": ("社群基础搭建SOP", "Setup SOP"),
    "growth": ("社群运营增长SOP", "Growth SOP"),
    "daily": ("社群日常维护SOP", "Daily care SOP"),
    "event": ("社群活动SOP", "Event SOP"),
}
STATUS_NAMES = {
    "todo": ("待办", "To do"), "doing": ("进行中", "Doing"),
    "done": ("已完成", "Done"), "skipped": ("已跳过", "Skipped"),
}
# The editable columns, in the order of the tab and of the exported sheets.
COLUMNS = ("stage", "timing", "task", "actions", "owner", "materials", "criterion", "status", "notes")

rows = RowTable(SopRow, {
    "stage": Field("Stage"),
    "timing": Field("Timing"),
    "task": Field("Task", kind="text"),
    "actions": Field("Actions / script", kind="text"),
    "owner": Field("Owner"),
    "materials": Field("Materials / deliverable", kind="text"),
    "criterion": Field("Done when / KPI", kind="text"),
    "status": Field("Status", kind="choice", choices=STATUSES),
    "notes": Field("Notes", kind="text"),
    "minutes": Field("Minutes", kind="int", minimum=0, maximum=1440),
}, scope=("table", "event"))

events = RowTable(SopEvent, {
    "name": Field("Event", required=True),
    "t0": Field("T0", kind="date", required=True),
}, children=((SopRow, "event"),))

timing_offsets = timing.offsets  # days from T0 of a relative timing (app/services/timing.py reads them all)


def absolute_date(timing: str, t0: dt.date | None) -> str:
    """The calendar date(s) a relative timing falls on, as text for the table ('' if none)."""
    offsets = timing_offsets(timing)
    if offsets is None or t0 is None:
        return ""
    first, last = (t0 + dt.timedelta(days=d) for d in offsets)
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def list_rows(community_id: int, table: str, event_id: int | None = None, *,
              community: dict | None = None) -> list[dict]:
    """Rows of one SOP table with their computed date; for 'event', one event's rows.

    A caller that has the community loaded already passes it, so it is not read again."""
    if table not in TABLES:
        raise ValueError(table)
    if table == "event":
        if event_id is None:
            return []
        return _dated(rows.list(community_id, table=table, event=event_id), events.get(event_id)["t0"])
    community = community or communities.get(community_id)
    return _dated(rows.list(community_id, table=table), community["start_date"])


def _dated(out: list[dict], t0: dt.date | None, today: dt.date | None = None) -> list[dict]:
    """Each row with its date as text, and `overdue`: its dated timing has passed, not done."""
    today = today or dt.date.today()
    for row in out:
        row["date"] = absolute_date(row["timing"], t0)
        offsets = timing_offsets(row["timing"]) if t0 else None
        row["overdue"] = bool(offsets) and t0 + dt.timedelta(days=offsets[1]) < today \
            and row["status"] not in ("done", "skipped")
    return out


def all_event_rows(community_id: int) -> list[tuple[dict, list[dict]]]:
    """Every event with its rows, dated from its own T0 (one read of the events)."""
    return [(ev, _dated(rows.list(community_id, table="event", event=ev["id"]), ev["t0"]))
            for ev in events.list(community_id)]


def add_row(community_id: int, table: str, values: dict | None = None, position: int | None = None,
            event_id: int | None = None) -> int:
    if table == "event" and event_id is None:
        raise ValidationError(tr("Choose or add an event first."))
    return rows.create(community_id, values, position, table=table,
                       event=event_id if table == "event" else None)


def duplicate_rows(row_ids: list[int]) -> list[int]:
    """Copy rows, each right below itself; returns the new ids."""
    new_ids = []
    with database.atomic():
        for row_id in row_ids:
            row = rows.get(row_id)
            values = {k: row[k] for k in COLUMNS}
            new_ids.append(rows.create(row["community"], values, row["position"] + 1,
                                       table=row["table"], event=row["event"]))
    return new_ids


def add_event(community_id: int, name: str, t0, with_template: bool = True) -> int:
    community = communities.get(community_id)
    with database.atomic():
        event_id = events.create(community_id, {"name": name, "t0": t0})
        if with_template:
            templates.insert_rows(community_id, "event", templates.event_defaults(community["language"]),
                                  event_id)
            templates.link_scripts(community_id)
    return event_id


def snapshot(community_id: int) -> dict:
    """Every SOP row and event of a community (for undoing a change that touches many)."""
    return {"events": list(SopEvent.select().where(SopEvent.community == community_id).dicts()),
            "rows": list(SopRow.select().where(SopRow.community == community_id).dicts())}


def restore_snapshot(community_id: int, state: dict) -> None:
    with database.atomic():
        SopRow.delete().where(SopRow.community == community_id).execute()
        SopEvent.delete().where(SopEvent.community == community_id).execute()
        insert_batched(SopEvent, state["events"])
        insert_batched(SopRow, state["rows"])


def progress(row_list: list[dict]) -> tuple[int, int]:
    """(done, total) where skipped rows count as neither."""
    counted = [r for r in row_list if r["status"] != "skipped"]
    return sum(r["status"] == "done" for r in counted), len(counted)


def progress_by_table(community_id: int) -> dict[str, tuple[int, int]]:
    """(done, total) per table, skipped rows left out, counted by SQLite (one query,
    no rows loaded): the SOP tab's titles show them on every reload."""
    counts = {t: [0, 0] for t in TABLES}
    q = (SopRow.select(SopRow.table, SopRow.status, fn.COUNT(SopRow.id))
         .where((SopRow.community == community_id) & (SopRow.status != "skipped"))
         .group_by(SopRow.table, SopRow.status).tuples())
    for table, status, n in q:
        counts[table][1] += n
        if status == "done":
            counts[table][0] += n
    return {t: (done, total) for t, (done, total) in counts.items()}


def progress_by_stage(row_list: list[dict]) -> dict[str, tuple[int, int]]:
    stages: dict[str, list[dict]] = {}
    for row in row_list:
        stages.setdefault(row["stage"], []).append(row)
    return {stage: progress(group) for stage, group in stages.items()}


def owner_choices(community_id: int) -> list[str]:
    """Owners to offer: the community's team roles, then its member roles, then any other
    owner already written in its SOP rows (the cell also takes free text)."""
    from app.services import roles
    names = [r["name"] for r in roles.team.list(community_id)]
    names += [r["name"] for r in roles.member_roles.list(community_id)]
    used = (SopRow.select(SopRow.owner).where(SopRow.community == community_id)
            .distinct().order_by(SopRow.owner))
    names += [r.owner for r in used if r.owner]
    return list(dict.fromkeys(names))  # in that order, each once
