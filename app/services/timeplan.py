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
from app.storage.models import BudgetLine, MemberLayer, Metric, Milestone, Phase

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
