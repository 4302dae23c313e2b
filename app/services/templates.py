"""Default content for a new community, read from resources/templates/<lang>/.

Templates are data, one file per community type and language (`types/<type>.json`:
rules, value and vision, the growth ladder, content columns, the growth SOP and, for a
flash group, its script), plus `common.json` (team, member roles, the planning, setup and
daily SOP tables, the event SOP, the lifecycle stages' checklists) that every type shares.
The wording names no product: `{offering}` is replaced by what the community sells or
serves, as the operator wrote it in the wizard.

Everything a template writes is a suggestion (`suggested`): shown apart, not counted as
the plan until the operator edits or accepts it.
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

from app import domain
from app.i18n import RESOURCES, normalize
from app.services.announcement import compose
from app.storage.models import (Community, ContentColumn, Level, MemberLayer, MemberRole, Phase, PointRule, Risk, Rule,
                                Script, SopEvent, SopRow, StageTask, TeamRole, database)

SOP_TABLES = ("planning", "setup", "growth", "daily")
TYPE_FILES = tuple(domain.TYPES)  # a file per type; a community with no type yet gets "other"


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> dict:
    path = RESOURCES / "templates" / normalize(lang) / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def for_type(lang: str, community_type: str | None) -> dict:
    return load(lang, f"types/{community_type if community_type in TYPE_FILES else 'other'}")


def fill(value, offering: str, lang: str):
    """A template value with {offering} replaced (recursively through lists)."""
    if isinstance(value, str):
        return value.replace("{offering}", offering.strip() or load(lang, "common")["offering_fallback"])
    if isinstance(value, list):
        return [fill(v, offering, lang) for v in value]
    return value


def _sop_rows(lang: str, raw: list[list[str]], offering: str) -> list[dict]:
    columns = load(lang, "common")["sop_columns"]
    return [dict(zip(columns, fill(values, offering, lang))) for values in raw]


def sop_defaults(lang: str, community_type: str | None, offering: str = "") -> dict[str, list[dict]]:
    """Template rows per SOP table for a community of this type ("event" for a flash script)."""
    common, typed = load(lang, "common"), for_type(lang, community_type)
    out = {table: _sop_rows(lang, common["sop"].get(table, []) or typed.get(table, []), offering)
           for table in SOP_TABLES}
    if typed.get("event"):
        out["event"] = _sop_rows(lang, typed["event"], offering)
    return out


def event_defaults(lang: str, offering: str = "") -> list[dict]:
    return _sop_rows(lang, load(lang, "common")["event"], offering)


def insert_rows(community_id: int, table: str, rows: list[dict], event_id: int | None,
                start_pos: int = 0, suggested: bool = True) -> list[int]:
    """Insert template rows after start_pos; returns their ids."""
    return [SopRow.create(community=community_id, table=table, event=event_id, position=pos,
                          template_key=row["key"], suggested=suggested,
                          **{k: v for k, v in row.items() if k != "key"}).id
            for pos, row in enumerate(rows, start=start_pos)]


def _community(community_id: int) -> dict:
    return Community.select().where(Community.id == community_id).dicts().first()


def apply_sop_defaults(community_id: int) -> list[int]:
    """Add the template's SOP rows for the community's language and type.

    Rows whose template key is already in the table are left as they are, edited or
    not, so this is also "reset from template". Returns the ids of the added rows.
    """
    row = _community(community_id)
    lang = row["language"]
    added: list[int] = []
    with database.atomic():
        for table, rows in sop_defaults(lang, domain.effective_type(row), row["offering"]).items():
            event_id = None
            if table == "event":  # a flash group's script lives in its own event block
                event, _ = SopEvent.get_or_create(
                    community=community_id, name=load(lang, "common")["flash_event_name"],
                    defaults={"t0": row["start_date"] + dt.timedelta(days=7)})
                event_id = event.id
            q = SopRow.select().where((SopRow.community == community_id) & (SopRow.table == table))
            have = {r.template_key for r in q if r.template_key}
            todo = [r for r in rows if r["key"] not in have]
            added += insert_rows(community_id, table, todo, event_id, q.count())
    return added


def apply_people_defaults(community_id: int) -> None:
    """Team, member roles, rules, value and vision, point rules and levels of a new community."""
    row = _community(community_id)
    lang = row["language"]
    common, typed = load(lang, "common"), for_type(lang, domain.effective_type(row))
    text = lambda value: fill(value, row["offering"], lang)  # noqa: E731
    with database.atomic():
        for pos, (name, duty, front) in enumerate(common["team"]):
            TeamRole.create(community=community_id, position=pos, name=name, duty=duty, front=front, suggested=True)
        for pos, (key, name, duty, is_key) in enumerate(common["member_roles"]):
            MemberRole.create(community=community_id, position=pos, name=name, duty=duty, key=is_key,
                              template_key=key, suggested=True)
        for pos, entry in enumerate(typed["rules"]["entry"]):
            Rule.create(community=community_id, kind="entry", position=pos, text=text(entry), suggested=True)
        for kind in ("encouraged", "forbidden"):
            for pos, (behaviour, consequence_kind, consequence) in enumerate(typed["rules"][kind]):
                Rule.create(community=community_id, kind=kind, position=pos, text=text(behaviour),
                            consequence_kind=consequence_kind, consequence=text(consequence), suggested=True)
        for pos, (behaviour, source, points) in enumerate(typed["points"]):
            PointRule.create(community=community_id, position=pos, behaviour=text(behaviour), source=source,
                             points=points, suggested=True)
        for pos, (name, threshold, privileges) in enumerate(typed["levels"]):
            Level.create(community=community_id, position=pos, name=text(name), threshold=threshold,
                         privileges=text(privileges), suggested=True)
        value, vision = text(typed["value_statement"]), text(typed["vision"])
        made = {kind: list(Rule.select().where((Rule.community == community_id) & (Rule.kind == kind))
                           .order_by(Rule.position).dicts()) for kind in ("encouraged", "forbidden")}
        Community.update(value_statement=value, vision=vision,
                         announcement=compose(value, vision, made["encouraged"], made["forbidden"]),
                         suggested_fields="value_statement,vision,announcement").where(
            Community.id == community_id).execute()


def apply_columns(community_id: int) -> None:
    """The type's content columns, from the launch date; suggested, so they plan no entries yet."""
    row = _community(community_id)
    lang = row["language"]
    typed = for_type(lang, domain.effective_type(row))
    with database.atomic():
        for pos, values in enumerate(typed["columns"]):
            values = dict(zip(typed["column_fields"], fill(values, row["offering"], lang)))
            ContentColumn.create(community=community_id, position=pos, start_date=row["start_date"],
                                 suggested=True, **values)


def apply_risks(community_id: int) -> None:
    """The usual risks of the community's type (common ones, then the type's own)."""
    row = _community(community_id)
    lang = row["language"]
    rows = load(lang, "common")["risks"] + for_type(lang, domain.effective_type(row)).get("risks", [])
    with database.atomic():
        for pos, (key, category, description, likelihood, impact, response, measure, owner) in enumerate(rows):
            Risk.create(community=community_id, position=pos, category=category,
                        description=fill(description, row["offering"], lang), likelihood=likelihood, impact=impact,
                        response=response, measure=fill(measure, row["offering"], lang), owner=owner,
                        suggested=True, template_key=key)


def apply_layers(community_id: int) -> None:
    """The four member layers with a first definition each (suggestions to make the community's own)."""
    row = _community(community_id)
    with database.atomic():
        for pos, (layer, definition, share, actions) in enumerate(load(row["language"], "common")["member_layers"]):
            MemberLayer.create(community=community_id, position=pos, layer=layer, definition=definition,
                               target_share=share, actions=actions, suggested=True)


def apply_phases(community_id: int) -> None:
    """The implementation path's phases, dated from the launch date (days before/after it)."""
    row = _community(community_id)
    launch = row["start_date"]
    with database.atomic():
        for pos, (name, first, last, work) in enumerate(load(row["language"], "common")["phases"]):
            Phase.create(community=community_id, position=pos, name=name, start_date=launch + dt.timedelta(days=first),
                         end_date=launch + dt.timedelta(days=last), work=work, suggested=True)


def apply_stage_tasks(community_id: int) -> None:
    """Each lifecycle stage's checklist (DOMAIN.md §5, §8)."""
    row = _community(community_id)
    with database.atomic():
        for stage, tasks in load(row["language"], "common")["stage_tasks"].items():
            for pos, (key, text) in enumerate(tasks):
                StageTask.create(community=community_id, stage=stage, position=pos, text=text, template_key=key)


def _script_rows(row: dict) -> list[list]:
    lang = row["language"]
    return load(lang, "common").get("scripts", []) + for_type(lang, domain.effective_type(row)).get("scripts", [])


def apply_scripts(community_id: int) -> None:
    """The community's scripts (话术): the common ones and its type's (a flash group's steps),
    suggested; then linked to the template SOP rows they are written for."""
    row = _community(community_id)
    with database.atomic():
        for pos, (key, kind, title, body, _rows) in enumerate(_script_rows(row)):
            Script.create(community=community_id, position=pos, kind=kind, title=fill(title, row["offering"],
                          row["language"]), body=fill(body, row["offering"], row["language"]),
                          template_key=key, suggested=True)
        link_scripts(community_id)


def link_scripts(community_id: int) -> None:
    """Link each template SOP row that has no script yet to the template script written for it
    (also for the steps of an event added later)."""
    row = _community(community_id)
    own = {s.template_key: s.id for s in Script.select().where(
        (Script.community == community_id) & Script.template_key.is_null(False))}
    for key, _kind, _title, _body, row_keys in _script_rows(row):
        if key in own and row_keys:
            (SopRow.update(script=own[key])
             .where((SopRow.community == community_id) & SopRow.template_key.in_(row_keys)
                    & SopRow.script.is_null()).execute())


def apply_all(community_id: int) -> None:
    with database.atomic():
        apply_sop_defaults(community_id)
        apply_scripts(community_id)
        apply_people_defaults(community_id)
        apply_columns(community_id)
        apply_risks(community_id)
        apply_layers(community_id)
        apply_phases(community_id)
        apply_stage_tasks(community_id)
