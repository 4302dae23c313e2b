"""The plan's own tables: member layers (成员分层), the time plan (时间规划: dated milestones with
an owner, done or not) and the budget (资源需求: lines with planned and actual amounts, their
totals, and spend against revenue)."""
from __future__ import annotations

import datetime as dt

from peewee import fn

from app import domain
from app.services.fields import Field
from app.services.rows import RowTable
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import BudgetLine, MemberLayer, Metric, Milestone, Phase, Tool

layers = RowTable(MemberLayer, {
    "definition": Field("Definition", kind="text", max_len=1000),
    "target_share": Field("Target share (%)", kind="int", minimum=0, maximum=100),
    "actions": Field("What the plan does for it", kind="text", max_len=2000),
}, scope=("layer",))

def add_missing_layers(community_id: int) -> list[int]:
    """Create the layers a community lacks (one made before layers existed), empty; returns their ids."""
    have = {r["layer"] for r in layers.list(community_id)}
    return [layers.create(community_id, {}, layer=code) for code in domain.MEMBER_LAYERS if code not in have]


def check_phases(community_id: int) -> None:
    """Refuse a phase that ends before it starts."""
    for p in Phase.select().where((Phase.community == community_id) & (Phase.end_date < Phase.start_date)):
        raise ValidationError(tr("The phase “{name}” ends ({end}) before it starts ({start}).", name=p.name,
                                 end=p.end_date, start=p.start_date))


phases = RowTable(Phase, {
    "name": Field("Phase", required=True),
    "start_date": Field("From", kind="date", required=True),
    "end_date": Field("To", kind="date", required=True),
    "work": Field("What happens", kind="text", max_len=2000),
}, check=check_phases)

milestones = RowTable(Milestone, {
    "name": Field("Milestone", required=True, max_len=300),
    "date": Field("Date", kind="date", required=True),
    "owner": Field("Owner"),
    "done": Field("Done", kind="bool"),
})

budget = RowTable(BudgetLine, {
    "item": Field("Item", required=True, max_len=300),
    "category": Field("Category", kind="choice", choices=tuple(domain.BUDGET_CATEGORIES)),
    "planned": Field("Planned", kind="amount", required=True),
    "actual": Field("Actual", kind="amount"),
    "date": Field("Date", kind="date"),
})


def money(value) -> str:
    """An amount as shown and exported: ¥1,234.50 (empty when there is none)."""
    return "" if value is None else f"¥{value:,.2f}"


def overdue(milestone: dict, today: dt.date) -> bool:
    return not milestone["done"] and milestone["date"] < today


def totals(lines: list[dict], revenue: float | None) -> dict:
    """Planned, actual, the variance (actual − planned, over lines with an actual), and
    spend against revenue (actual ÷ revenue)."""
    planned = round(sum(line["planned"] or 0 for line in lines), 2)
    spent = [line for line in lines if line["actual"] is not None]
    actual = round(sum(line["actual"] for line in spent), 2)
    variance = round(actual - sum(line["planned"] or 0 for line in spent), 2)
    ratio = actual / revenue if revenue else None
    return {"planned": planned, "actual": actual, "variance": variance, "revenue": revenue, "spend_ratio": ratio}


def revenue(community_id: int) -> float | None:
    """The community's revenue (GMV) over every recorded day; None when none is recorded."""
    return Metric.select(fn.SUM(Metric.revenue)).where(Metric.community == community_id).scalar()


tools = RowTable(Tool, {
    "name": Field("Tool or platform", required=True),
    "purpose": Field("What for", kind="text", max_len=1000),
    "monthly_cost": Field("Cost per month", kind="amount"),
})

def times_in_week(timing_text: str, t0: dt.date | None, week: tuple[dt.date, dt.date]) -> float:
    """How many times a row with this timing falls in the week [first, last]: a daily one 7,
    a weekly one once per weekday named, a monthly one 12/52; a T±n one as many of its days as
    fall in the week."""
    from app.services import timing
    return timing.times_in(timing.parse(timing_text), t0, *week)


def time_budget(community_id: int, today: dt.date | None = None) -> list[dict]:
    """Per person, for the coming seven days: the hours the SOP rows and the calendar's columns
    ask of them (rows with their minutes, by owner) against the hours per week their team roles
    give them. An owner that names a team role counts for that role's holder."""
    from app.services import communities, content, roles, sop
    today = today or dt.date.today()
    week = (today, today + dt.timedelta(days=6))
    c = communities.get(community_id)
    team = roles.team.list(community_id)
    person_of = {t["name"]: (t["holder"].strip() or t["name"]) for t in team}
    people: dict[str, dict] = {}

    def entry(owner: str) -> dict:
        who = person_of.get(owner.strip(), owner.strip()) or "—"
        return people.setdefault(who, {"person": who, "asked": 0.0, "available": None, "roles": []})

    for t in team:
        e = entry(t["name"])
        e["roles"].append(t["name"])
        if t["hours_per_week"] is not None:
            e["available"] = (e["available"] or 0) + t["hours_per_week"]
    t0 = {ev["id"]: ev["t0"] for ev in sop.events.list(community_id)}
    for table in sop.TABLES:
        for r in sop.rows.list(community_id, table=table):
            if r["minutes"] and r["status"] not in ("done", "skipped"):
                base = t0.get(r["event"]) if table == "event" else c["start_date"]
                entry(r["owner"])["asked"] += r["minutes"] * times_in_week(r["timing"], base, week) / 60
    for col in content.columns.list(community_id):
        if col["minutes"] and not col["suggested"]:
            entry(col["owner"])["asked"] += col["minutes"] * len(content.expand(col, *week)) / 60
    return [dict(p, asked=round(p["asked"], 1)) for p in people.values() if p["asked"] or p["available"] is not None]

