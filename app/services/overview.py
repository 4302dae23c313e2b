"""The plan overview: the method's steps in order, each with its state and its gaps.

The method is a sequence (DOMAIN.md): business model → type → 5W1H → goals → content →
roles → rules → four senses → SOP tables → growth numbers → lifecycle. Each step's state
(done / partly / missing) and its concrete gaps are computed from the data; each gap
carries `where` (tab, page, row or field) so the UI can open the exact place.

Reading is batched: `load(ids)` reads each table once for any number of communities
(the home page asks for all of them); `load(ids, areas)` re-reads only the tables of the
areas a change touched, so the overview follows an edit without reading everything.
Template suggestions the operator has not confirmed are not part of the plan here.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Callable, NamedTuple

import peewee as pw

from app import domain
from app.i18n import tr
from app.services import content, growth, lifecycle, positioning, risks, roles, senses, sop, timeplan
from app.services.suggestions import FIELDS as SUGGESTED_FIELDS, TABLES as SUGGESTED_TABLES
from app.storage.models import (Community, ContentColumn, Counterparty, Entry, Goal, Level, MemberRole, Metric,
                                MemberLayer, Milestone, Phase, PointRule, Risk, RoleAssignment, Rule, SenseLink, SopEvent, SopRow, StagePeriod, StageTask,
                                Script, TeamRole)

CONTENT_AHEAD_DAYS = 14   # "no content in the next 14 days"
NUMBERS_WITHIN_DAYS = 7   # "no growth numbers in the last 7 days"
METRIC_DAYS = 35          # the numbers the checks look at (stage suggestion: four weeks and a bit)

# what each bus area's change can alter, as the tables to read again
AREA_TABLES = {
    "community": ("community",),
    "positioning": ("community", "counterparty"),
    "roles": ("community", "team", "member_role", "assignment", "rule", "point_rule", "level", "sense"),
    "calendar": ("community", "column", "entry", "sense"),
    "sop": ("community", "sop_row", "event", "sense"),
    "growth": ("metric", "goal", "period"),
    "lifecycle": ("period", "stage_task"),
    "plan": ("community", "risk", "milestone", "layer", "phase"),
    "scripts": ("script",),
}
TABLES = tuple(dict.fromkeys(t for ts in AREA_TABLES.values() for t in ts))
# (step key, title (zh, en), the tab its gaps open, bus areas it reads)
STEPS = (
    ("business", ("业务模型", "Business model"), "positioning"),
    ("type", ("社群类型（AIDASS）", "Community type (AIDASS)"), "positioning"),
    ("w5h1", ("5W1H 自查", "5W1H self-check"), "positioning"),
    ("goals", ("SMART 目标", "SMART goals"), "growth"),
    ("content", ("价值内容与栏目", "Value content and columns"), "calendar"),
    ("roles", ("团队与成员角色", "Team and member roles"), "roles"),
    ("rules", ("群规、公告与成长体系", "Rules, announcement and ladder"), "roles"),
    ("senses", ("社群4感", "The four senses"), "roles"),
    ("sop", ("四张 SOP 表", "The four SOP tables"), "sop"),
    ("numbers", ("增长数据", "Growth numbers"), "growth"),
    ("lifecycle", ("生命周期", "Lifecycle"), "overview"),
    ("risks", ("风险评估", "Risk assessment"), "plan"),
    ("timeplan", ("时间规划", "Time plan"), "plan"),
)


class Gap(NamedTuple):  # (a record: a dataclass costs ~3 M instructions of start-up to build)
    step: str
    message: str
    where: dict  # {"tab": ..., "page": ..., "row": id, "field": name}

    @property
    def area(self) -> str:
        return self.where["tab"]

    def as_dict(self, community: str) -> dict:
        return {"community": community, "area": self.area, "step": self.step, "message": self.message,
                "where": self.where}


class Step(NamedTuple):  # (a record: a dataclass costs ~3 M instructions of start-up to build)
    key: str
    title: str
    state: str  # done / partly / missing
    gaps: list[Gap]


class Overview(NamedTuple):  # (a record: a dataclass costs ~3 M instructions of start-up to build)
    community: dict
    steps: list[Step]
    stage: str | None
    stage_hint: tuple[str, str] | None
    stage_tasks: list[dict]
    suggestions: dict[str, int]
    overdue_sop: int

    @property
    def gaps(self) -> list[Gap]:
        return [g for s in self.steps for g in s.gaps]

    @property
    def done(self) -> int:
        return sum(s.state == "done" for s in self.steps)

    @property
    def completeness(self) -> float:
        return self.done / len(self.steps)

    def gaps_per_tab(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for gap in self.gaps:
            out[gap.area] = out.get(gap.area, 0) + 1
        return out


# -- loading
# the columns each check reads (fewer columns: most of the time of a read is peewee making values)
COLUMNS = {
    "counterparty": ("served",), "team": ("name", "holder", "suggested"),
    "member_role": ("name", "key", "suggested"), "assignment": ("role", "stage", "target_date"),
    "rule": ("kind", "text", "consequence", "suggested"), "point_rule": ("suggested",),
    "level": ("name", "threshold", "suggested"), "sense": ("sense", "ref_kind", "ref_id"),
    "column": ("suggested",), "entry": ("date", "status", "content_class", "packaging"),
    "sop_row": ("table", "event", "timing", "task", "status", "suggested"), "event": ("name", "t0"),
    "risk": ("description", "likelihood", "impact", "measure", "review_date", "suggested"),
    "milestone": ("name", "date", "done"),
    "layer": ("layer", "definition", "suggested"),
    "phase": ("suggested",),
    "script": ("suggested",),
}
MODELS = {"counterparty": Counterparty, "team": TeamRole, "member_role": MemberRole, "assignment": RoleAssignment,
          "rule": Rule, "point_rule": PointRule, "level": Level, "sense": SenseLink, "column": ContentColumn,
          "sop_row": SopRow, "event": SopEvent, "goal": Goal, "period": StagePeriod, "stage_task": StageTask,
          "entry": Entry, "metric": Metric, "risk": Risk, "milestone": Milestone, "layer": MemberLayer, "phase": Phase,
          "script": Script}


# the days of dated rows the checks look at, as (operator, days from today) for each bound
WINDOWS = {"entry": ((">=", 0), ("<", 30)), "metric": ((">", -METRIC_DAYS), ("<=", 0))}


@lru_cache(maxsize=None)
def _select(table: str, n: int) -> tuple[str, tuple[str, ...], tuple[tuple[int, Callable], ...]]:
    """A table's rows of n communities as SQL text, the names of the fields it returns, and the
    values peewee must make, as (column index, maker). The text is written here once per table,
    not by peewee's query builder on every read: building the queries was over half of a load.

    Ints and texts come from SQLite as they are; in rows with dates, peewee makes the dates,
    flags and decimals (as a peewee query would: the checks compare them as such)."""
    model = MODELS[table]
    names = ("id", "community", *COLUMNS[table]) if table in COLUMNS else tuple(model._meta.sorted_field_names)
    fields = tuple(model._meta.fields[name] for name in names)
    where = [f'"community_id" IN ({", ".join("?" * n)})']
    where += [f'"date" {op} ?' for op, _ in WINDOWS.get(table, ())]
    order = ("position", "id") if "position" in model._meta.fields else ("id",)
    sql = (f'SELECT {", ".join(_quoted(f.column_name) for f in fields)} FROM {_quoted(model._meta.table_name)} '
           f'WHERE {" AND ".join(where)} ORDER BY {", ".join(_quoted(c) for c in order)}')
    made = tuple((i, f.python_value) for i, f in enumerate(fields)
                 if isinstance(f, (pw.DateField, pw.DateTimeField, pw.BooleanField, pw.FloatField)))
    dated = any(isinstance(f, (pw.DateField, pw.DateTimeField)) for f in fields)
    return sql, names, made if dated else ()


def _quoted(name: str) -> str:
    return f'"{name}"'


def _read(table: str, ids: list[int], today: dt.date) -> dict[int, list[dict]]:
    if table == "community":
        return {r["id"]: [r] for r in Community.select().where(Community.id.in_(ids)).dicts()}
    sql, names, made = _select(table, len(ids))
    params = [*ids, *(MODELS[table].date.db_value(today + dt.timedelta(days=days))
                      for _, days in WINDOWS.get(table, ()))]
    out: dict[int, list[dict]] = {i: [] for i in ids}
    for values in Community._meta.database.execute_sql(sql, params).fetchall():
        if made:
            values = list(values)
            for i, make in made:
                values[i] = make(values[i])
        row = dict(zip(names, values))
        out[row["community"]].append(row)
    return out


def load(ids: list[int], areas: tuple[str, ...] | None = None, cache: dict | None = None,
         today: dt.date | None = None) -> dict[int, dict]:
    """Per community, its rows by table. With `areas`, only those areas' tables are read
    again and the rest is taken from `cache` (the previous result)."""
    today = today or dt.date.today()
    tables = TABLES if areas is None else tuple(dict.fromkeys(t for a in areas for t in AREA_TABLES.get(a, ())))
    out = {i: dict((cache or {}).get(i, {})) for i in ids}
    for table in tables:
        for cid, rows in _read(table, ids, today).items():
            if cid in out:
                out[cid][table] = rows
    for cid in ids:  # goals look back to their start (flows add up from there)
        goals = out[cid].get("goal") or []
        since = min((g["start_date"] for g in goals), default=None)
        if goals and since < today - dt.timedelta(days=METRIC_DAYS) and (areas is None or "growth" in areas):
            out[cid]["metric"] = list(Metric.select().where((Metric.community == cid) & (Metric.date >= since)
                                                            & (Metric.date <= today)).order_by(Metric.date).dicts())
    return out


# -- the checks, one per step, over loaded rows (no reading here)
def _confirmed(rows: list[dict]) -> list[dict]:
    return [r for r in rows if not r.get("suggested")]


def _business(c, d, today):
    where = {"tab": "positioning", "page": "map"}
    parties = d["counterparty"]
    gaps = []
    if not parties:
        gaps.append(tr("The business model map is empty: list who the business deals with."))
    elif not any(p["served"] for p in parties):
        gaps.append(tr("No counterparty is marked as the one this community serves."))
    out = [Gap("business", g, where) for g in gaps]
    if not c["offering"].strip():
        out.append(Gap("business", tr("Say in one line what the business sells or serves."),
                       {"tab": "positioning", "field": "offering"}))
    return out, bool(parties) or bool(c["offering"].strip())


def _type(c, d, today):
    if c["aidass_start"] is None and not c["type_override"]:
        return [Gap("type", tr("Mark the AIDASS stages the community covers (or pick its type)."),
                    {"tab": "positioning", "field": "span"})], False
    return [], True


def _w5h1(c, d, today):
    titles = {"why": tr("Why build it?"), "what": tr("What value do members get?"),
              "where": tr("Where (which platform)?"), "who": tr("Who are the members?"),
              "when": tr("When does it start, how long does it live?"), "how": tr("How does it make money?")}
    blank = [k for k in positioning.W5H1 if not (c[k] or "").strip()]
    gaps = [Gap("w5h1", tr("5W1H: “{question}” has no answer.", question=titles[k]),
                {"tab": "positioning", "field": k}) for k in blank]
    return gaps, len(blank) < len(positioning.W5H1)


def _goals(c, d, today):
    goals = d["goal"]
    long_term = [] if c["long_term_goal"].strip() else [
        Gap("goals", tr("No long-term goal yet: what does success look like at the planned end?"),
            {"tab": "plan", "page": "goals", "field": "long_term_goal"})]
    if not goals:
        return long_term + [Gap("goals", tr("No SMART goal yet: set a number to reach by a date."),
                                {"tab": "growth", "page": "goals"})], not long_term
    gaps = long_term
    derived = growth.derive(d["metric"], "day")
    for g in goals:
        where = {"tab": "growth", "page": "goals", "row": g["id"]}
        name = domain.pick(growth.NAMES.get(g["metric"], (g["metric"], g["metric"])))
        if g["deadline"] is None:
            gaps.append(Gap("goals", tr("The goal “{metric}” has no deadline.", metric=name), where))
            continue
        if c["long_term_goal"].strip() and not g.get("serves_long_term", True):
            gaps.append(Gap("goals", tr("The goal “{metric}” {target:g} does not serve the long-term goal: change it or "
                                        "say how it does.", metric=name, target=g["target"]), where))
        status = growth.goal_status(g, d["metric"], today, derived)
        if status.reached or status.current is None and today < c["start_date"]:
            continue
        if g["deadline"] < today or status.projected is None or status.projected > g["deadline"]:
            gaps.append(Gap("goals", tr("The goal “{metric}” {target:g} by {deadline} is off pace: {status}",
                                        metric=name, target=g["target"], deadline=g["deadline"],
                                        status=status.text), where))
    return gaps, True


def _content(c, d, today):
    columns = _confirmed(d["column"])
    gaps = []
    if not columns:
        gaps.append(Gap("content", tr("No content columns yet: add the recurring slots (morning brief, weekly share…)."),
                        {"tab": "calendar", "page": "columns"}))
    # before launch the next weeks need no posts: the window opens on the launch date
    horizon = today + dt.timedelta(days=CONTENT_AHEAD_DAYS)
    ahead = [e for e in d["entry"] if e["date"] < horizon]
    if not ahead and c["start_date"] < horizon:
        gaps.append(Gap("content", tr("Nothing is planned for the next {days} days.", days=CONTENT_AHEAD_DAYS),
                        {"tab": "calendar", "page": "month"}))
    for warning in content.balance(d["entry"], c["product_threshold"])["warnings"]:
        gaps.append(Gap("content", warning, {"tab": "calendar", "page": "list"}))
    return gaps, bool(columns or d["entry"])


def _roles(c, d, today):
    gaps = []
    team = _confirmed(d["team"])
    if not team:
        gaps.append(Gap("roles", tr("No operations team yet: who do members go to for what?"),
                        {"tab": "roles", "page": "team"}))
    for t in team:
        if not t["holder"].strip():
            gaps.append(Gap("roles", tr("Team role “{name}” has no owner.", name=t["name"]),
                            {"tab": "roles", "page": "team", "row": t["id"]}))
    by_role: dict[int, list[dict]] = {}
    for a in d["assignment"]:
        by_role.setdefault(a["role"], []).append(a)
    member_roles = _confirmed(d["member_role"])
    if not member_roles:
        gaps.append(Gap("roles", tr("No member roles yet: give newcomers a role."),
                        {"tab": "roles", "page": "member_roles"}))
    for r in member_roles:
        if not r["key"]:
            continue
        where = {"tab": "roles", "page": "member_roles", "row": r["id"]}
        status = roles.role_status(by_role.get(r["id"], []), today)
        if status == "unfilled":
            gaps.append(Gap("roles", tr("Key role “{name}” is vacant.", name=r["name"]), where))
        elif status == "overdue":
            gaps.append(Gap("roles", tr("Key role “{name}” is overdue for hand-over.", name=r["name"]), where))
        elif status == "operator" and not any(a["target_date"] for a in by_role[r["id"]]):
            gaps.append(Gap("roles", tr("Key role “{name}” is still played by the operator, with no hand-over date.",
                                        name=r["name"]), where))
    return gaps, bool(team or member_roles)


def _rules(c, d, today):
    gaps = []
    rules = _confirmed(d["rule"])
    if not rules:
        gaps.append(Gap("rules", tr("No rules yet: entry criteria, encouraged and forbidden behaviours."),
                        {"tab": "roles", "page": "rules"}))
    for r in rules:
        where = {"tab": "roles", "page": "rules", "row": r["id"], "kind": r["kind"]}
        if r["kind"] == "encouraged" and not r["consequence"].strip():
            gaps.append(Gap("rules", tr("Encouraged “{text}” has no reward.", text=r["text"]), where))
        elif r["kind"] == "forbidden" and not r["consequence"].strip():
            gaps.append(Gap("rules", tr("Forbidden “{text}” has no penalty.", text=r["text"]), where))
    suggested = set(filter(None, c["suggested_fields"].split(",")))
    text = "" if "announcement" in suggested else c["announcement"].strip()
    where = {"tab": "roles", "page": "announcement"}
    if not text:
        gaps.append(Gap("rules", tr("No group announcement yet."), where))
    elif len(text) > c["announcement_limit"]:
        gaps.append(Gap("rules", tr("The announcement has {n} characters, over the limit of {limit}.",
                                    n=len(text), limit=c["announcement_limit"]), where))
    layers = _confirmed(d["layer"])
    if not layers:
        gaps.append(Gap("rules", tr("No member layers yet: define new, active, loyal and lost members in your own "
                                    "terms."), {"tab": "plan", "page": "layers"}))
    for layer in layers:
        if not layer["definition"].strip():
            gaps.append(Gap("rules", tr("The member layer “{layer}” has no definition.",
                                        layer=domain.label(domain.MEMBER_LAYERS, layer["layer"])),
                            {"tab": "plan", "page": "layers", "row": layer["id"]}))
    levels = _confirmed(d["level"])
    if not levels:
        gaps.append(Gap("rules", tr("No growth ladder yet: levels members climb with points."),
                        {"tab": "roles", "page": "ladder"}))
    for lower, upper in zip(levels, levels[1:]):
        if upper["threshold"] <= lower["threshold"]:
            gaps.append(Gap("rules", tr("The ladder does not climb at “{name}”.", name=upper["name"]),
                            {"tab": "roles", "page": "ladder", "row": upper["id"]}))
    return gaps, bool(rules or text or levels)


def _senses(c, d, today):
    alive = {"rule": d["rule"], "member_role": d["member_role"], "team_role": d["team"],
             "sop_row": d["sop_row"], "content_column": d["column"]}
    confirmed = {(kind, r["id"]) for kind, rows in alive.items() for r in rows if not r.get("suggested")}
    covered = {s["sense"] for s in d["sense"] if (s["ref_kind"], s["ref_id"]) in confirmed}
    gaps = [Gap("senses", tr("Nothing in the plan gives members {sense}.", sense=domain.pick(senses.SENSE_NAMES[s])),
                {"tab": "roles", "page": "senses", "sense": s}) for s in senses.SENSES if s not in covered]
    return gaps, bool(covered)


def overdue_rows(c, d, today) -> list[dict]:
    """SOP rows (and event steps) whose dated timing has passed and that are not done."""
    t0 = {"": c["start_date"], **{e["id"]: e["t0"] for e in d["event"]}}
    out = []
    for r in d["sop_row"]:
        if r["status"] in ("done", "skipped"):
            continue
        offsets = sop.timing_offsets(r["timing"])
        base = t0.get(r["event"] if r["table"] == "event" else "")
        if offsets and base and base + dt.timedelta(days=offsets[1]) < today:
            out.append(r)
    return out


def _sop(c, d, today):
    gaps = []
    rows = _confirmed([r for r in d["sop_row"] if r["table"] != "event"])
    if not rows:
        gaps.append(Gap("sop", tr("The SOP tables have no confirmed rows yet."), {"tab": "sop", "page": "planning"}))
    effective = domain.effective_type(c)
    if effective == "flash" and not d["event"]:
        gaps.append(Gap("sop", tr("A flash group runs on a script: add its event with a T0 in the event SOP."),
                        {"tab": "sop", "page": "event"}))
    for e in d["event"]:
        if e["t0"] is None:
            gaps.append(Gap("sop", tr("The event “{name}” has no T0.", name=e["name"]),
                            {"tab": "sop", "page": "event", "event": e["id"]}))
    names = {t: domain.pick(n) for t, n in sop.TABLE_NAMES.items()}
    for r in d["overdue"]:
        gaps.append(Gap("sop", tr("{table}: “{task}” ({timing}) is overdue.", table=names[r["table"]],
                                  task=r["task"], timing=r["timing"]),
                        {"tab": "sop", "page": r["table"], "row": r["id"], "event": r["event"]}))
    return gaps, bool(rows)


def _numbers(c, d, today):
    if today < c["start_date"]:
        return [], True  # before launch there is nothing to count yet
    recent = [m for m in d["metric"] if m["date"] > today - dt.timedelta(days=NUMBERS_WITHIN_DAYS)]
    if not recent:
        return [Gap("numbers", tr("No growth numbers in the last {days} days: enter yesterday's, or import a WeCom CSV.",
                                  days=NUMBERS_WITHIN_DAYS), {"tab": "growth", "page": "numbers"})], bool(d["metric"])
    return [], True


def _lifecycle(c, d, today):
    stage = lifecycle.current_stage(d["period"], today)
    where = {"tab": "overview", "field": "stage"}
    if stage is None:
        return [Gap("lifecycle", tr("The lifecycle stage is not set."), where)], False
    hint = lifecycle.suggest_change(stage, d["metric"], c["dying_below"], today)
    if hint:
        return [Gap("lifecycle", tr("The numbers suggest {stage}: {reason}",
                                    stage=domain.label(domain.STAGES, hint[0]), reason=hint[1]), where)], True
    return [], True


def _risks(c, d, today):
    rows = _confirmed(d["risk"])
    if not rows:
        return [Gap("risks", tr("No risks assessed yet: what could go wrong, how likely, how bad, and the response."),
                    {"tab": "plan", "page": "risks"})], False
    gaps = []
    for r in rows:
        why = risks.needs_attention(r, today)
        where = {"tab": "plan", "page": "risks", "row": r["id"]}
        if why == "measure":
            gaps.append(Gap("risks", tr("The {level} risk “{risk}” has no measure.",
                                        level=domain.label(domain.RISK_LEVELS, domain.risk_level(r["likelihood"], r["impact"])),
                                        risk=r["description"]), where))
        elif why == "review":
            gaps.append(Gap("risks", tr("The risk “{risk}” was due for review on {date}.", risk=r["description"],
                                        date=r["review_date"]), where))
    return gaps, True


def _timeplan(c, d, today):
    rows = d["milestone"]
    path = [] if _confirmed(d["phase"]) else [
        Gap("timeplan", tr("No implementation path yet: phases with their dates and what happens in each."),
            {"tab": "plan", "page": "path"})]
    if not rows:
        return path + [Gap("timeplan", tr("No milestones yet: the dates the plan must reach, each with an owner."),
                           {"tab": "plan", "page": "milestones"})], not path
    return path + [Gap("timeplan", tr("The milestone “{name}” ({date}) is overdue.", name=m["name"], date=m["date"]),
                {"tab": "plan", "page": "milestones", "row": m["id"]}) for m in rows if timeplan.overdue(m, today)], True


CHECKS = {"business": _business, "type": _type, "w5h1": _w5h1, "goals": _goals, "content": _content,
          "roles": _roles, "rules": _rules, "senses": _senses, "sop": _sop, "numbers": _numbers,
          "lifecycle": _lifecycle, "risks": _risks, "timeplan": _timeplan}


def _suggestion_counts(c, d) -> dict[str, int]:
    tables = {"sop_row": "sop_row", "team_role": "team", "member_role": "member_role", "rule": "rule",
              "point_rule": "point_rule", "level": "level", "content_column": "column", "risk": "risk", "member_layer": "layer", "phase": "phase",
              "script": "script"}
    out: dict[str, int] = {}
    for kind, (_, area) in SUGGESTED_TABLES.items():
        n = sum(1 for r in d[tables[kind]] if r.get("suggested"))
        if n:
            out[area] = out.get(area, 0) + n
    for f in filter(None, c["suggested_fields"].split(",")):
        out[SUGGESTED_FIELDS[f]] = out.get(SUGGESTED_FIELDS[f], 0) + 1
    return out


def pulse(data: dict, today: dt.date | None = None) -> dict:
    """For the home page: members now, net change over 7 days, the 7-day speaking rate and
    its band (healthy / low / dying), from the loaded numbers; None where there are none."""
    today = today or dt.date.today()
    c = data["community"][0]
    week = [m for m in data["metric"] if m["date"] > today - dt.timedelta(days=7)]
    totals = [m["total"] for m in data["metric"] if m["total"] is not None]
    flows = [m for m in week if m["joined"] is not None and m["left"] is not None]
    rated = [m for m in week if m["speakers"] is not None and m["total"]]
    rate = sum(m["speakers"] / m["total"] for m in rated) / len(rated) * 100 if rated else None
    band = None if rate is None else ("dying" if rate < c["dying_below"] else
                                      "low" if rate < c["healthy_low"] else "healthy")
    return {"members": totals[-1] if totals else None,
            "net7": sum(m["joined"] - m["left"] for m in flows) if flows else None,
            "rate": rate, "band": band}


def compute(data: dict, today: dt.date | None = None) -> Overview:
    """The overview of one community from its loaded rows (see load())."""
    today = today or dt.date.today()
    c = dict(data["community"][0])
    data = {**data, "overdue": overdue_rows(c, data, today)}
    suggestions = _suggestion_counts(c, data)
    checked = {key: CHECKS[key](c, data, today) for key, _title, _tab in STEPS}  # (gaps, started)
    # unconfirmed template text is not the plan yet: one gap per tab that holds some, and a step
    # done but for them is partly done
    states = {key: "done" if not gaps else "partly" if started else "missing" for key, (gaps, started) in checked.items()}
    for area, n in suggestions.items():
        key = {"sop": "sop", "scripts": "sop", "roles": "roles", "calendar": "content", "plan": "risks"}[area]
        checked[key][0].append(Gap(key, tr("{n} template suggestions to review: accept, edit or clear them.", n=n),
                                   {"tab": area, "suggestions": True}))
        states[key] = "partly" if states[key] == "done" else states[key]
    steps = [Step(key, domain.pick(title), states[key], checked[key][0]) for key, title, _tab in STEPS]
    stage = lifecycle.current_stage(data["period"], today)
    tasks = [t for t in data["stage_task"] if t["stage"] == stage]
    hint = lifecycle.suggest_change(stage, data["metric"], c["dying_below"], today)
    return Overview(c, steps, stage, hint, tasks, suggestions, len(data["overdue"]))


def for_community(community_id: int, today: dt.date | None = None) -> Overview:
    return compute(load([community_id], today=today)[community_id], today)


def community_ids() -> list[int]:
    return [r.id for r in Community.select(Community.id).where(Community.deleted == False)  # noqa: E712
            .order_by(Community.position, Community.id)]


def for_all(today: dt.date | None = None) -> list[Overview]:
    """Every community's overview (the home page), each table read once for all of them."""
    today = today or dt.date.today()
    ids = community_ids()
    data = load(ids, today=today)
    return [compute(data[i], today) for i in ids]
