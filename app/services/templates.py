"""Default content for a new community, read from resources/templates/<lang>/.

Templates are data: the SOP rows (common ones plus extras for the community's type)
are JSON so they can be edited without touching code.
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

from app import domain
from app.i18n import RESOURCES, normalize
from app.storage.models import Community, Level, MemberRole, PointRule, Rule, SopEvent, SopRow, TeamRole, database

SOP_TABLES = ("planning", "setup", "growth", "daily")


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> dict:
    path = RESOURCES / "templates" / normalize(lang) / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _rows(spec: dict, raw: list[list[str]]) -> list[dict]:
    return [dict(zip(spec["columns"], values)) for values in raw]


def sop_defaults(lang: str, community_type: str | None) -> dict[str, list[dict]]:
    """Template rows per SOP table for a community of this type ("event" for a flash script)."""
    spec = load(lang, "sop")
    out = {table: _rows(spec, spec["tables"][table]) for table in SOP_TABLES}
    for table, raw in spec["by_type"].get(community_type or "", {}).items():
        out.setdefault(table, []).extend(_rows(spec, raw))
    return out


def event_defaults(lang: str) -> list[dict]:
    spec = load(lang, "sop")
    return _rows(spec, spec["event"])


def insert_rows(community_id: int, table: str, rows: list[dict], event_id: int | None,
                start_pos: int = 0) -> list[int]:
    """Insert template rows after start_pos; returns their ids."""
    return [SopRow.create(community=community_id, table=table, event=event_id, position=pos,
                          template_key=row["key"], **{k: v for k, v in row.items() if k != "key"}).id
            for pos, row in enumerate(rows, start=start_pos)]


def apply_sop_defaults(community_id: int) -> list[int]:
    """Add the template's SOP rows for the community's language and type.

    Rows whose template key is already in the table are left as they are, edited or
    not, so this is also "reset from template". Returns the ids of the added rows.
    """
    row = Community.select().where(Community.id == community_id).dicts().first()
    spec = load(row["language"], "sop")
    added: list[int] = []
    with database.atomic():
        for table, rows in sop_defaults(row["language"], domain.effective_type(row)).items():
            event_id = None
            if table == "event":  # a flash group's script lives in its own event block
                event, _ = SopEvent.get_or_create(
                    community=community_id, name=spec["flash_event_name"],
                    defaults={"t0": row["start_date"] + dt.timedelta(days=7)})
                event_id = event.id
            q = SopRow.select().where((SopRow.community == community_id) & (SopRow.table == table))
            have = {r.template_key for r in q if r.template_key}
            todo = [r for r in rows if r["key"] not in have]
            added += insert_rows(community_id, table, todo, event_id, q.count())
    return added


def apply_people_defaults(community_id: int) -> None:
    """Team, member roles, rules, value and vision, point rules and levels of a new community."""
    row = Community.select().where(Community.id == community_id).dicts().first()
    spec = load(row["language"], "roles")
    extra = spec["by_type"].get(domain.effective_type(row) or "", {})
    with database.atomic():
        for pos, (name, duty, front) in enumerate(spec["team"]):
            TeamRole.create(community=community_id, position=pos, name=name, duty=duty, front=front)
        for pos, (key, name, duty, is_key) in enumerate(spec["member_roles"]):
            MemberRole.create(community=community_id, position=pos, name=name, duty=duty, key=is_key,
                              template_key=key)
        for pos, text in enumerate(spec["rules"]["entry"]):
            Rule.create(community=community_id, kind="entry", position=pos, text=text)
        for kind in ("encouraged", "forbidden"):
            for pos, (text, consequence_kind, consequence) in enumerate(
                    spec["rules"][kind] + extra.get(kind, [])):
                Rule.create(community=community_id, kind=kind, position=pos, text=text,
                            consequence_kind=consequence_kind, consequence=consequence)
        for pos, (behaviour, source, points) in enumerate(spec["points"]):
            PointRule.create(community=community_id, position=pos, behaviour=behaviour, source=source,
                             points=points)
        for pos, (name, threshold, privileges) in enumerate(spec["levels"]):
            Level.create(community=community_id, position=pos, name=name, threshold=threshold,
                         privileges=privileges)
        Community.update(value_statement=spec["value_statement"], vision=spec["vision"]).where(
            Community.id == community_id).execute()


def apply_all(community_id: int) -> None:
    with database.atomic():
        apply_sop_defaults(community_id)
        apply_people_defaults(community_id)
