"""The script library (话术库): reusable texts with variables, and a flash group's timeline.

A script belongs to one community or, with no community, to every community of the
workspace. Its body names variables in braces, in either language ({群名} or {community});
`fill` puts in the community's and the agenda item's values and reports, rather than
drops, the names it could not fill.
"""
from __future__ import annotations

import datetime as dt
import re

from app import domain
from app.errors import ValidationError
from app.i18n import tr
from app.services import communities, timing
from app.services.fields import Field
from app.services.rows import RowTable
from app.storage.models import Entry, Script, SopEvent, SopRow, database

KINDS = ("welcome", "announcement", "daily", "warmup", "event_day", "recap", "flash", "reply", "other")
KIND_NAMES = {
    "welcome": ("欢迎语", "Welcome"), "announcement": ("公告", "Announcement"), "daily": ("日常推送", "Daily post"),
    "warmup": ("活动预热", "Event warm-up"), "event_day": ("活动当天", "Event day"), "recap": ("回顾", "Recap"),
    "flash": ("快闪步骤", "Flash-group step"), "reply": ("答疑回复", "Reply to a question"), "other": ("其他", "Other"),
}
# variable -> the names it answers to (Chinese first: what the templates use)
VARIABLES = {
    "community": ("群名", "community"), "platform": ("平台", "platform"), "offering": ("产品", "offering"),
    "launch": ("开群日期", "launch"), "event": ("活动名称", "event"), "t0": ("T0", "t0"),
    "date": ("日期", "date"), "time": ("时间", "time"), "weekday": ("星期", "weekday"),
    "owner": ("负责人", "owner"), "task": ("任务", "task"),
}
_NAMES = {name.lower(): key for key, names in VARIABLES.items() for name in names}
_VARIABLE = re.compile(r"\{([^{}\n]{1,30})\}")
_ZH_WEEKDAYS = "一二三四五六日"

class _ScriptTable(RowTable):
    """Scripts as rows; deleting one unlinks the SOP rows and entries that used it (SET NULL),
    and restoring it links them again."""

    LINKED = (SopRow, Entry)

    def delete(self, row_ids: list[int]) -> list[dict]:
        with database.atomic():
            linked = {m: {r.id: r.script_id for r in m.select(m.id, m.script).where(m.script.in_(row_ids))}
                      for m in self.LINKED}
            rows = super().delete(row_ids)
        for row in rows:
            row["_links"] = [(m, [i for i, s in linked[m].items() if s == row["id"]]) for m in self.LINKED]
        return rows

    def restore(self, rows: list[dict]) -> None:
        with database.atomic():
            super().restore([{k: v for k, v in r.items() if k != "_links"} for r in rows])
            for row in rows:
                for model, ids in row.get("_links", ()):
                    if ids:
                        model.update(script=row["id"]).where(model.id.in_(ids)).execute()


scripts = _ScriptTable(Script, {
    "title": Field("Title", required=True),
    "kind": Field("Kind", kind="choice", choices=KINDS),
    "body": Field("Text", kind="text"),
})


def library(community_id: int | None, search: str = "") -> list[dict]:
    """The scripts a community can use: its own, then the shared ones; `search` matches the
    title, the text or the kind's name, in any case."""
    own = scripts.list(community_id) if community_id else []
    out = own + scripts.list(None)
    needle = search.strip().lower()
    if needle:
        out = [s for s in out if needle in s["title"].lower() or needle in s["body"].lower()
               or needle in " ".join(KIND_NAMES.get(s["kind"], ())).lower()]
    return out


def set_scope(script_id: int, community_id: int | None) -> int | None:
    """Make a script shared (None) or one community's own; returns the previous owner."""
    with database.atomic():
        before = scripts.get(script_id)["community"]
        Script.update(community=community_id, suggested=False).where(Script.id == script_id).execute()
    return before


def titles(community_id: int | None) -> list[tuple[int | None, str]]:
    """(id, title) of the scripts a row of this community can link, after 'none'."""
    return [(None, "—")] + [(s["id"], s["title"]) for s in library(community_id)]


# -- variables
def _date_text(day: dt.date | None, lang: str) -> str:
    if day is None:
        return ""
    return f"{day.month}月{day.day}日" if lang == "zh_CN" else f"{day:%b} {day.day}"


def _weekday_text(day: dt.date | None, lang: str) -> str:
    if day is None:
        return ""
    return f"周{_ZH_WEEKDAYS[day.weekday()]}" if lang == "zh_CN" else f"{day:%A}"


def context(community: dict, item: dict | None = None) -> dict[str, str]:
    """The values the variables take for a community and, when given, one agenda item (its
    date, time, owner, task and event). A variable with no value here is left out."""
    lang = community.get("language") or "zh_CN"
    item = item or {}
    values = {
        "community": community["name"],
        "platform": domain.label(domain.PLATFORMS, community["platform"]) if community.get("platform") else "",
        "offering": community.get("offering", ""),
        "launch": _date_text(community.get("start_date"), lang),
        "event": item.get("event_name") or "",
        "t0": _date_text(item.get("event_t0") or (None if item.get("event_name") else community.get("start_date")),
                         lang),
        "date": _date_text(item.get("date"), lang),
        "weekday": _weekday_text(item.get("date"), lang),
        "time": item.get("time") or "",
        "owner": item.get("owner") or "",
        "task": item.get("task") or "",
    }
    return {k: v for k, v in values.items() if v}


def fill(body: str, values: dict[str, str]) -> tuple[str, list[str]]:
    """The body with its variables filled, and the ones left as they were: names that are no
    variable, and variables with no value for this item (both shown, never dropped)."""
    left: list[str] = []

    def one(match: re.Match) -> str:
        name = match.group(1).strip()
        key = _NAMES.get(name.lower())
        if key is None or key not in values:
            left.append(name)
            return match.group(0)
        return values[key]

    return _VARIABLE.sub(one, body or ""), list(dict.fromkeys(left))


def variables_help() -> str:
    """One line listing the variables, in the current language's names."""
    return " ".join("{" + domain.pick((names[0], names[1])) + "}" for names in VARIABLES.values())


# -- links from SOP rows and calendar entries
def link(model_name: str, row_id: int, script_id: int | None) -> int | None:
    """Link an SOP row ("sop_row") or a calendar entry ("entry") to a script; returns the previous link."""
    model = {"sop_row": SopRow, "entry": Entry}[model_name]
    if script_id is not None and not Script.select().where(Script.id == script_id).exists():
        raise ValidationError(tr("That script no longer exists."))
    with database.atomic():
        row = model.select(model.script).where(model.id == row_id).first()
        if row is None:
            raise ValidationError(tr("That row no longer exists."))
        changes = {"script": script_id}
        if model is SopRow:
            changes["suggested"] = False
        model.update(changes).where(model.id == row_id).execute()
    return row.script_id


def bodies(ids: set[int]) -> dict[int, dict]:
    """The linked scripts, by id, read at once (the agenda shows many rows)."""
    if not ids:
        return {}
    return {s["id"]: s for s in Script.select().where(Script.id.in_(list(ids))).dicts()}


# -- a flash group's timeline
def flash_timeline(community_id: int) -> list[dict]:
    """A flash group's messages in order, from T0 to its end: one per step of its event SOP
    (the flash script's event, or every event), each with its day and time and the text to
    post (the linked script filled in, or the step's actions); a day between the first and
    the last step with no message is listed with `gap` set."""
    community = communities.get(community_id)
    events = list(SopEvent.select().where(SopEvent.community == community_id).order_by(SopEvent.position).dicts())
    steps = list(SopRow.select().where((SopRow.community == community_id) & (SopRow.table == "event"))
                 .order_by(SopRow.position, SopRow.id).dicts())
    linked = bodies({s["script"] for s in steps if s["script"]})
    out = []
    for event in events:
        mine = []
        for step in (s for s in steps if s["event"] == event["id"]):
            parsed = timing.parse(step["timing"])
            if parsed is None or parsed.repeats:
                continue
            for offset in range(parsed.offsets[0], parsed.offsets[1] + 1):
                day = event["t0"] + dt.timedelta(days=offset)
                item = {"date": day, "time": parsed.time, "owner": step["owner"], "task": step["task"],
                        "event_name": event["name"], "event_t0": event["t0"]}
                script = linked.get(step["script"])
                text, left = fill(script["body"] if script else step["actions"], context(community, item))
                mine.append({**item, "offset": offset, "row": step["id"], "script": step["script"],
                             "title": script["title"] if script else step["task"], "text": text, "unknown": left,
                             "event": event["id"], "gap": False})
        mine.sort(key=lambda m: (m["date"], m["time"] or "99"))
        days = {m["date"] for m in mine}
        if mine:
            first, last = mine[0]["date"], mine[-1]["date"]
            for n in range(1, (last - first).days):
                day = first + dt.timedelta(days=n)
                if day not in days:
                    mine.append({"date": day, "offset": (day - event["t0"]).days, "event": event["id"],
                                 "event_name": event["name"], "gap": True, "time": "", "title": "", "text": ""})
            mine.sort(key=lambda m: (m["date"], m["gap"] is False, m["time"] or "99"))
        out += mine
    return out
