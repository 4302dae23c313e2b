"""The agenda (今天 / 本周): what is due, day by day, across communities (DOMAIN.md §8).

It gathers every dated thing of a plan: the SOP rows (their T±n against the launch date,
repeating ones expanded day by day), the event SOP steps against each event's T0, the
calendar entries, member-role hand-overs, goal deadlines and goals off pace, milestones and
risk reviews. Only confirmed rows count (a suggestion is not yet part of the plan).

Done, skip and move write to the item's source: an SOP row's status, an entry's status or
date, a milestone's done flag… A repeating SOP row has one status for all its days, so each
occurrence is marked on its own (AgendaMark), as are the sources with no status (a risk
review, a goal's deadline). `act` returns what `undo` needs.

Overdue: a dated item not done whose day has passed. A repeating row is overdue only for its
latest missed day (yesterday's morning brief, not every brief since the launch); a calendar
entry for two weeks (older unpublished content is stale, not work to do).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app import domain
from app.errors import ValidationError
from app.i18n import tr
from app.services import communities, growth, scripts, timing
from app.services.fields import Field
from app.storage.models import (AgendaMark, Community, Entry, Goal, MemberRole, Metric, Milestone, Risk, RoleAssignment,
                                SopEvent, SopRow, database)

SOURCES = ("sop", "event", "entry", "handover", "goal", "pace", "milestone", "risk")
SOURCE_NAMES = {
    "sop": ("SOP", "SOP"), "event": ("活动SOP", "Event SOP"), "entry": ("内容日历", "Calendar"),
    "handover": ("角色移交", "Hand-over"), "goal": ("目标截止", "Goal deadline"), "pace": ("目标进度", "Goal pace"),
    "milestone": ("里程碑", "Milestone"), "risk": ("风险复查", "Risk review"),
}
# the bus area (and tab) each source lives in
AREAS = {"sop": "sop", "event": "sop", "entry": "calendar", "handover": "roles", "goal": "growth",
         "pace": "growth", "milestone": "plan", "risk": "plan"}
ENTRY_OVERDUE_DAYS = 14
_DATE = Field("Date", kind="date", required=True)


@dataclass
class Item:
    source: str
    ref_id: int
    community_id: int
    community: str
    date: dt.date | None           # the day it shows on (after a move)
    due: dt.date | None = None     # the day its timing gives (an occurrence's own day)
    until: dt.date | None = None   # the last day of a T+1..T+7 range
    time: str = ""
    task: str = ""
    detail: str = ""               # the first line of its script or action
    owner: str = ""
    state: str = ""                # "", "done" or "skipped"
    repeats: bool = False
    overdue: bool = False
    script: int | None = None
    text: str = ""                 # the action text, or the script's body, before filling
    event_name: str = ""
    event_t0: dt.date | None = None
    reason: str = ""               # why an undated item has no date
    where: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Stable across runs: the same occurrence has the same key (the .ics UID, the reminders)."""
        return f"{self.source}-{self.ref_id}-{(self.due or self.date or '')}"

    @property
    def done(self) -> bool:
        return self.state in ("done", "skipped")

    def as_dict(self) -> dict:
        return {"date": self.date.isoformat() if self.date else None, "time": self.time,
                "community": self.community, "source": self.source, "task": self.task, "done": self.done,
                "state": self.state or "open", "overdue": self.overdue, "owner": self.owner, "detail": self.detail,
                "where": self.where, "reason": self.reason, "key": self.key}


@dataclass
class Agenda:
    start: dt.date
    end: dt.date
    today: dt.date
    items: list[Item]      # overdue ones and those in [start, end]
    undated: list[Item]    # timings that give no date, with the reason

    def overdue(self) -> list[Item]:
        return [i for i in self.items if i.overdue]

    def due_on(self, day: dt.date) -> list[Item]:
        return [i for i in self.items if i.date == day and not i.overdue]

    def groups(self) -> list[tuple[str, dt.date | None, list[Item]]]:
        """("overdue", None, items), then ("day", date, items) per day that has any."""
        out = [("overdue", None, self.overdue())] if self.overdue() else []
        days = sorted({i.date for i in self.items if not i.overdue})
        return out + [("day", d, self.due_on(d)) for d in days]

    def counts(self) -> dict[str, int]:
        """Open items: overdue, due today; per community too (for the list and the title)."""
        per: dict[int, list[int]] = {}
        for i in self.items:
            if not i.done and (i.overdue or i.date == self.today):
                per.setdefault(i.community_id, [0, 0])[0 if i.overdue else 1] += 1
        return {"overdue": sum(v[0] for v in per.values()), "today": sum(v[1] for v in per.values()),
                "per_community": {k: tuple(v) for k, v in per.items()}}


def _sort_key(item: Item):
    return (item.date or dt.date.max, item.time or "99:99", item.community, SOURCES.index(item.source), item.task)


def _first_line(text: str) -> str:
    return next((line.strip() for line in (text or "").splitlines() if line.strip()), "")


def build(community_ids: list[int] | None = None, start: dt.date | None = None, days: int = 7,
          today: dt.date | None = None) -> Agenda:
    """The agenda of [start, start + days) (default: from today, a week) over the given
    communities (default: all), with the overdue items before it."""
    today = today or dt.date.today()
    start = start or today
    if not 1 <= days <= 366:
        raise ValidationError(tr("Show between 1 and 366 days (asked for {n}).", n=days))
    end = start + dt.timedelta(days=days - 1)
    q = Community.select().where(Community.deleted == False)  # noqa: E712
    if community_ids is not None:
        q = q.where(Community.id.in_(community_ids))
    full = {c["id"]: c for c in q.dicts()}
    ids = list(full)
    if not ids:
        return Agenda(start, end, today, [], [])
    marks = _marks(ids, start, end, today)
    items: list[Item] = []
    undated: list[Item] = []
    _sop_items(full, marks, start, end, today, items, undated)
    _entry_items(full, start, end, today, items)
    _handover_items(full, start, end, today, items)
    _goal_items(full, marks, start, end, today, items)
    _plan_items(full, marks, start, end, today, items)
    _add_details(items + undated)
    items.sort(key=_sort_key)
    undated.sort(key=lambda i: (i.community, i.task))
    return Agenda(start, end, today, items, undated)


# -- reading, one query per table for every community
def _marks(ids, start, end, today) -> dict[tuple[str, int, dt.date], dict]:
    since = min(start, today) - dt.timedelta(days=32)  # a repeating row's latest missed day lies within a month
    # a goal's deadline and a risk's review are single days that may lie long ago: all of theirs
    q = AgendaMark.select().where(AgendaMark.community.in_(ids) & (
        AgendaMark.date.between(since, end) | AgendaMark.moved_to.between(since, end)
        | AgendaMark.source.in_(("goal", "risk")))).dicts()
    return {(m["source"], m["ref_id"], m["date"]): m for m in q}


def _place(item: Item, start: dt.date, end: dt.date, today: dt.date, out: list[Item],
           latest_missed: bool = True) -> None:
    """Keep an item that falls in the range or is overdue; a range item (T+1..T+7) under way
    shows on the range's first day."""
    last = item.until or item.date
    if not item.done and last < today and latest_missed:
        item.overdue = True
        out.append(item)
        return
    if item.date < start <= last:
        item.date = start
    if start <= item.date <= end:
        out.append(item)


def _sop_rows(ids: list[int]):
    """Every confirmed SOP row of these communities, as plain tuples and without its texts: the
    agenda looks at each row's timing, and peewee's conversion of 10,000 rows, or reading all
    their texts, would cost more than the rest; `_sop_texts` reads the texts of those kept."""
    marks = ",".join("?" * len(ids))
    return database.execute_sql(
        'SELECT id, community_id, "table", event_id, timing, status, script_id '
        f"FROM sop_row WHERE suggested = 0 AND community_id IN ({marks}) ORDER BY position, id", ids).fetchall()


def _sop_texts(row_ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """(task, actions, owner) of these SOP rows, a batch per statement."""
    out = {}
    for at in range(0, len(row_ids), 500):
        batch = row_ids[at:at + 500]
        out.update((r[0], r[1:]) for r in database.execute_sql(
            f"SELECT id, task, actions, owner FROM sop_row WHERE id IN ({','.join('?' * len(batch))})", batch))
    return out


def _sop_items(full, marks, start, end, today, out, undated) -> None:
    events = {e["id"]: e for e in SopEvent.select().where(SopEvent.community.in_(list(full))).dicts()}
    moved: dict[tuple[str, int], list[tuple[dt.date, dict]]] = {}
    for (src, ref, day), mark in marks.items():
        if mark["moved_to"]:
            moved.setdefault((src, ref), []).append((day, mark))
    # the range and today as day numbers from each T0: a row is skipped on whole numbers alone
    window: dict[dt.date, tuple[int, int, int]] = {}
    kept = []
    for rid, cid, table, event_id, timing_text, status, script in _sop_rows(list(full)):
        c = full[cid]
        is_event = table == "event"
        event = events.get(event_id) if is_event else None
        parsed = timing.parse(timing_text)
        t0 = event["t0"] if is_event and event else (None if is_event else c["start_date"])
        closed = status in ("done", "skipped")
        if parsed is not None and t0 is not None and not parsed.repeats:
            if t0 not in window:
                window[t0] = ((start - t0).days, (end - t0).days, (today - t0).days)
            lo, hi, now = window[t0]
            first, last = parsed.offsets
            if (first > hi or last < lo) and (closed or last >= now):
                continue  # outside the range and not overdue: most rows of a big plan, skipped early
        elif (parsed is None or t0 is None) and closed:
            continue
        kept.append((rid, c, table, event_id, timing_text, status, script, is_event, event, parsed, t0, closed))
    texts = _sop_texts([k[0] for k in kept])
    for rid, c, table, event_id, timing_text, status, script, is_event, event, parsed, t0, closed in kept:
        task, actions, owner = texts.get(rid, ("", "", ""))
        r = {"id": rid, "table": table, "event": event_id, "timing": timing_text, "task": task, "actions": actions,
             "owner": owner, "status": status, "script": script}
        source = "event" if is_event else "sop"
        where = {"tab": "sop", "page": r["table"], "row": r["id"], **({"event": r["event"]} if is_event else {})}
        base = dict(source=source, ref_id=r["id"], community_id=c["id"], community=c["name"], task=r["task"],
                    owner=r["owner"], script=r["script"], text=r["actions"], where=where,
                    event_name=event["name"] if event else "", event_t0=event["t0"] if event else None)
        if parsed is None or t0 is None:
            if closed:
                continue
            reason = (tr("no timing yet") if not r["timing"].strip() else
                      tr("the timing “{timing}” gives no date", timing=r["timing"]) if parsed is None else
                      tr("the event has no T0") if is_event else tr("the community has no launch date"))
            undated.append(Item(**base, date=None, reason=reason))
            continue
        if not parsed.repeats:
            first, last = (t0 + dt.timedelta(days=d) for d in parsed.offsets)
            state = r["status"] if r["status"] in ("done", "skipped") else ""
            _place(Item(**base, date=first, due=first, until=last if last != first else None, time=parsed.time,
                        state=state), start, end, today, out)
            continue
        until = c["end_date"]
        latest = timing.last_before(parsed, t0, today, until)
        days = set(timing.occurrences(parsed, t0, start, end, until))
        if latest:
            days.add(latest)
        for day in sorted(days):
            mark = marks.get((source, r["id"], day))
            shown = mark["moved_to"] if mark and mark["moved_to"] else day
            state = mark["state"] if mark and mark["state"] != "open" else ""
            _place(Item(**base, date=shown, due=day, time=parsed.time, state=state, repeats=True), start, end,
                   today, out, latest_missed=(day == latest or shown != day))
        for day, mark in moved.get((source, r["id"]), ()):  # occurrences moved here from outside the range
            if day not in days:
                state = mark["state"] if mark["state"] != "open" else ""
                _place(Item(**base, date=mark["moved_to"], due=day, time=parsed.time, state=state, repeats=True),
                       start, end, today, out)


def _entry_items(full, start, end, today, out) -> None:
    recent = today - dt.timedelta(days=ENTRY_OVERDUE_DAYS)
    q = Entry.select().where(Entry.community.in_(list(full)) & (
        Entry.date.between(start, end) | (Entry.date.between(recent, today - dt.timedelta(days=1))
                                          & Entry.status.not_in(("published", "skipped"))))).dicts()
    for e in q:
        c = full[e["community"]]
        state = {"published": "done", "skipped": "skipped"}.get(e["status"], "")
        _place(Item("entry", e["id"], c["id"], c["name"], e["date"], due=e["date"], time=e["time"], task=e["title"],
                    owner=e["owner"], state=state, script=e["script"], text=e["notes"],
                    where={"tab": "calendar", "page": "list", "row": e["id"]}), start, end, today, out)


def _handover_items(full, start, end, today, out) -> None:
    q = (RoleAssignment.select(RoleAssignment, MemberRole.name.alias("role_name"))
         .join(MemberRole).where(RoleAssignment.community.in_(list(full)) & RoleAssignment.target_date.is_null(False)
                                 & (RoleAssignment.target_date <= end)).dicts())
    for a in q:
        c = full[a["community"]]
        done = a["stage"] == "member"
        if done and a["target_date"] < start:
            continue
        holder = a["holder"] or tr("a member")
        _place(Item("handover", a["id"], c["id"], c["name"], a["target_date"], due=a["target_date"],
                    task=tr("Hand over “{role}” to {holder}", role=a["role_name"], holder=holder),
                    owner=holder, state="done" if done else "", text=a["notes"],
                    where={"tab": "roles", "page": "member_roles", "row": a["role"]}), start, end, today, out)


def _marked(marks, source, ref_id, day) -> tuple[dt.date, str]:
    mark = marks.get((source, ref_id, day))
    return ((mark["moved_to"] or day) if mark else day), (mark["state"] if mark and mark["state"] != "open" else "")


def _goal_items(full, marks, start, end, today, out) -> None:
    goals = list(Goal.select().where(Goal.community.in_(list(full))).dicts())
    by_community: dict[int, list[dict]] = {}
    for g in goals:
        by_community.setdefault(g["community"], []).append(g)
    watch = start <= today <= end  # the pace of a goal is news of today only
    metrics: dict[int, list[dict]] = {}
    if watch and goals:
        since = min(g["start_date"] for g in goals)
        for m in Metric.select().where(Metric.community.in_(list(by_community)) & Metric.date.between(since, today)) \
                .order_by(Metric.date).dicts():
            metrics.setdefault(m["community"], []).append(m)
    for cid, mine in by_community.items():
        c = full[cid]
        derived = growth.derive(metrics.get(cid, []), "day") if watch else []
        for g in mine:
            name = domain.pick(growth.NAMES.get(g["metric"], (g["metric"], g["metric"])))
            where = {"tab": "growth", "page": "goals", "row": g["id"]}
            shown, state = _marked(marks, "goal", g["id"], g["deadline"])
            if shown <= end:
                _place(Item("goal", g["id"], cid, c["name"], shown, due=g["deadline"], state=state,
                            task=tr("Goal deadline: {metric} {target:g}", metric=name, target=g["target"]),
                            where=where), start, end, today, out)
            if not watch or g["deadline"] < today or not metrics.get(cid):
                continue
            status = growth.goal_status(g, metrics[cid], today, derived)
            if status.reached or status.current is None or (status.projected and status.projected <= g["deadline"]):
                continue
            _, state = _marked(marks, "pace", g["id"], today)
            out.append(Item("pace", g["id"], cid, c["name"], today, due=today, state=state,
                            task=tr("Goal off pace: {metric} {target:g} by {deadline}", metric=name,
                                    target=g["target"], deadline=g["deadline"]),
                            text=status.text, where=where))


def _plan_items(full, marks, start, end, today, out) -> None:
    for m in Milestone.select().where(Milestone.community.in_(list(full)) & (Milestone.date <= end)).dicts():
        if m["done"] and m["date"] < start:
            continue
        c = full[m["community"]]
        _place(Item("milestone", m["id"], c["id"], c["name"], m["date"], due=m["date"], task=m["name"],
                    owner=m["owner"], state="done" if m["done"] else "",
                    where={"tab": "plan", "page": "milestones", "row": m["id"]}), start, end, today, out)
    q = Risk.select().where(Risk.community.in_(list(full)) & Risk.review_date.is_null(False)
                            & (Risk.suggested == False)).dicts()  # noqa: E712
    for r in q:
        shown, state = _marked(marks, "risk", r["id"], r["review_date"])
        if shown > end or (state and shown < start):
            continue
        c = full[r["community"]]
        _place(Item("risk", r["id"], c["id"], c["name"], shown, due=r["review_date"], state=state,
                    task=tr("Review the risk: {risk}", risk=_first_line(r["description"])), owner=r["owner"],
                    text=r["measure"], where={"tab": "plan", "page": "risks", "row": r["id"]}), start, end, today, out)


def _add_details(items: list[Item]) -> None:
    linked = scripts.bodies({i.script for i in items if i.script})
    for item in items:
        script = linked.get(item.script)
        if script:
            item.text = script["body"]
            item.detail = tr("Script: {title}", title=script["title"] or _first_line(script["body"]))
        else:
            item.detail = _first_line(item.text)


def filled_text(item: Item, community: dict | None = None) -> tuple[str, list[str]]:
    """The item's text ready to paste (its script, else its action) with the variables filled;
    and the names left unfilled. A caller filling many passes the community it has read."""
    community = community or communities.get(item.community_id)
    values = scripts.context(community, {"date": item.date, "time": item.time, "owner": item.owner,
                                         "task": item.task, "event_name": item.event_name,
                                         "event_t0": item.event_t0})
    return scripts.fill(item.text, values)


# -- acting on an item: done, skip, reopen, move (each returns its undo record)
def _set(model, row_id: int, changes: dict, record: list) -> None:
    row = model.select().where(model.id == row_id).dicts().first()
    if row is None:
        raise ValidationError(tr("That row no longer exists."))
    record.append(("field", model, row_id, {k: row[k] for k in changes}))
    model.update(changes).where(model.id == row_id).execute()


def _mark(item: Item, record: list, state: str | None = None, moved_to: dt.date | None = None) -> None:
    day = item.due or item.date
    key = (AgendaMark.source == item.source) & (AgendaMark.ref_id == item.ref_id) & (AgendaMark.date == day)
    old = AgendaMark.select().where(key).dicts().first()
    record.append(("mark", item, old))
    new = {"state": (old or {}).get("state", "open"), "moved_to": (old or {}).get("moved_to")}
    if state is not None:
        new["state"] = state
    if moved_to is not None:
        new["moved_to"] = None if moved_to == day else moved_to
    if old:
        AgendaMark.update(new).where(key).execute()
    else:
        AgendaMark.create(community=item.community_id, source=item.source, ref_id=item.ref_id, date=day, **new)


_STATUS = {  # source -> (model, field, value per state) for sources with a status of their own
    "sop": (SopRow, "status", {"done": "done", "skipped": "skipped", "": "todo"}),
    "event": (SopRow, "status", {"done": "done", "skipped": "skipped", "": "todo"}),
    "entry": (Entry, "status", {"done": "published", "skipped": "skipped", "": "scheduled"}),
    "milestone": (Milestone, "done", {"done": True, "skipped": True, "": False}),
    "handover": (RoleAssignment, "stage", {"done": "member", "skipped": "member", "": "cultivating"}),
}
_DATE_FIELD = {"entry": (Entry, "date"), "milestone": (Milestone, "date"), "handover": (RoleAssignment, "target_date"),
               "risk": (Risk, "review_date"), "goal": (Goal, "deadline")}


def act(item: Item, action: str, to: dt.date | None = None) -> list:
    """Mark an item done, skipped or open again ("done", "skip", "reopen"), or move it to a day
    ("move", to). Writes to its source at once; returns the record `undo` takes."""
    record: list = []
    with database.atomic():
        if action in ("done", "skip", "reopen"):
            state = {"done": "done", "skip": "skipped", "reopen": ""}[action]
            if item.repeats or item.source not in _STATUS:
                _mark(item, record, state or "open")
            else:
                model, name, values = _STATUS[item.source]
                _set(model, item.ref_id, {name: values[state]}, record)
        elif action == "move":
            to = _DATE.clean(to)
            if item.source == "pace":
                raise ValidationError(tr("A goal's pace is news of the day: it cannot be moved."))
            if item.repeats:
                _mark(item, record, moved_to=to)
            elif item.source in ("sop", "event"):
                t0 = item.event_t0 if item.source == "event" else communities.get(item.community_id)["start_date"]
                row = SopRow.get_by_id(item.ref_id)
                _set(SopRow, item.ref_id, {"timing": timing.relative_text(row.timing, t0, to)}, record)
            else:
                model, name = _DATE_FIELD[item.source]
                _set(model, item.ref_id, {name: to, **({"edited": True} if model is Entry else {})}, record)
        else:
            raise ValueError(action)
    return record


def undo(record: list) -> None:
    with database.atomic():
        for kind, *rest in reversed(record):
            if kind == "field":
                model, row_id, old = rest
                model.update(old).where(model.id == row_id).execute()
            else:
                item, old = rest
                day = item.due or item.date
                key = (AgendaMark.source == item.source) & (AgendaMark.ref_id == item.ref_id) & (AgendaMark.date == day)
                AgendaMark.delete().where(key).execute()
                if old:
                    AgendaMark.insert(**old).execute()


def find(agenda: Agenda, key: str) -> Item | None:
    return next((i for i in agenda.items + agenda.undated if i.key == key), None)
