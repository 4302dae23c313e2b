"""Growth numbers (DOMAIN.md §6): recorded per day, derived per day / week / month, goals.

Missing values stay None all the way to the chart, where they are gaps, not zeros.
Rates are fractions here (0.18) and percentages only when shown or set as a goal.
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from app.errors import ValidationError
from app.i18n import tr
from app.services.fields import DATE_MAX, Field
from app.services.rows import RowTable
from app.storage.models import Goal, Metric, StagePeriod, database

RAW = ("total", "joined", "left", "speakers", "messages", "conversions", "revenue")
DERIVED = ("net", "churn", "speaking_rate", "msgs_per_member", "msgs_per_speaker", "conversion", "arpu",
           "revenue_per_member")
RATES = ("churn", "speaking_rate", "conversion")
NAMES = {
    "total": ("总人数", "Members"), "joined": ("入群", "Joined"), "left": ("退群", "Left"),
    "speakers": ("发言人数", "Speakers"), "messages": ("消息数", "Messages"),
    "conversions": ("转化人数", "Conversions"), "revenue": ("收入(GMV)", "Revenue (GMV)"),
    "net": ("净增长", "Net growth"), "churn": ("退群率", "Churn"), "speaking_rate": ("发言率", "Speaking rate"),
    "msgs_per_member": ("人均消息", "Messages per member"), "msgs_per_speaker": ("发言者人均消息", "Messages per speaker"),
    "conversion": ("转化率", "Conversion"), "arpu": ("客单价", "ARPU"),
    "revenue_per_member": ("人均收入", "Revenue per member"),
}
GRANULARITIES = ("day", "week", "month")
# goals on a level take the latest value; goals on a flow add it up from the goal's start
GOAL_LEVELS = ("total", "speaking_rate", "conversion", "msgs_per_member")
GOAL_FLOWS = ("joined", "net", "conversions", "revenue", "messages")
GOAL_METRICS = GOAL_LEVELS + GOAL_FLOWS
TREND_DAYS = 28


def check_metrics(community_id: int) -> None:
    bad = (Metric.select().where((Metric.community == community_id) & Metric.speakers.is_null(False)
                                 & Metric.total.is_null(False) & (Metric.speakers > Metric.total)).first())
    if bad:
        raise ValidationError(tr("{date}: {speakers} speakers is more than the {total} members.",
                                 date=bad.date, speakers=bad.speakers, total=bad.total))


metrics = RowTable(Metric, {
    "date": Field("Date", kind="date", required=True),
    **{f: Field(NAMES[f][1], kind="int", minimum=0) for f in RAW if f != "revenue"},
    "revenue": Field(NAMES["revenue"][1], kind="float", minimum=0),
}, check=check_metrics)

goals = RowTable(Goal, {
    "metric": Field("Metric", kind="choice", choices=GOAL_METRICS),
    "target": Field("Target", kind="float", required=True),
    "deadline": Field("Deadline", kind="date", required=True),
    "start_value": Field("Start value", kind="float"),
    "start_date": Field("Start date", kind="date", required=True),
    "notes": Field("Notes", kind="text"),
    "serves_long_term": Field("Serves the long-term goal", kind="bool"),
})

stages = RowTable(StagePeriod, {
    "stage": Field("Lifecycle stage", kind="choice", choices=("setup", "growth", "mature", "decline")),
    "start_date": Field("From", kind="date", required=True),
})


# -- recording
_DAY_COLUMNS = ("id", "community", "date", *RAW, "position")


def list_days(community_id: int, start: dt.date | None = None, end: dt.date | None = None) -> list[dict]:
    """A community's daily rows, oldest first. Read as plain tuples: peewee's per-field
    conversion was most of the cost of redrawing five years of charts."""
    q = Metric.select(*(getattr(Metric, c) for c in _DAY_COLUMNS)).where(Metric.community == community_id)
    if start:
        q = q.where(Metric.date >= start)
    if end:
        q = q.where(Metric.date <= end)
    sql, params = q.order_by(Metric.date).sql()
    fromiso = dt.date.fromisoformat
    return [dict(zip(_DAY_COLUMNS, (r[0], r[1], fromiso(r[2]) if isinstance(r[2], str) else r[2], *r[3:])))
            for r in database.execute_sql(sql, params)]


def upsert_day(community_id: int, day: dt.date, values: dict) -> dict | None:
    """Store one day's numbers (the quick "today" form); returns the row it replaced, if any."""
    day = metrics.fields["date"].clean(day)
    values = metrics.clean(values)
    with database.atomic():
        old = Metric.select().where((Metric.community == community_id) & (Metric.date == day)).dicts().first()
        if old:
            Metric.update(**values).where(Metric.id == old["id"]).execute()
        else:
            Metric.create(community=community_id, date=day, **values)
        check_metrics(community_id)
    return old


def restore_day(community_id: int, day: dt.date, old: dict | None) -> None:
    with database.atomic():
        Metric.delete().where((Metric.community == community_id) & (Metric.date == day)).execute()
        if old:
            Metric.insert(**old).execute()


# -- deriving
def _div(a, b):
    return None if a is None or not b else a / b


def _bucket(day: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


def _sum(values):
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _aggregate(start: dt.date, group: list[dict]) -> dict:
    """One period's raw numbers: flows summed, members at its end, speakers its busiest day."""
    if len(group) == 1:  # a day is its own period (the common case, kept cheap)
        r = group[0]
        return {"date": start, **{f: r[f] for f in RAW}}
    totals = [r["total"] for r in group if r["total"] is not None]
    p = {"date": start, "total": totals[-1] if totals else None}
    for f in ("joined", "left", "messages", "conversions", "revenue"):
        p[f] = _sum(r[f] for r in group)
    speakers = [r["speakers"] for r in group if r["speakers"] is not None]
    p["speakers"] = max(speakers) if speakers else None
    return p


def derive(rows: list[dict], granularity: str = "day") -> list[dict]:
    """Per period: the raw numbers (flows summed, members at the period's end, speakers the
    busiest day's count – a lower bound of distinct speakers) and every derived metric."""
    buckets: dict[dt.date, list[dict]] = {}
    for row in sorted(rows, key=lambda r: r["date"]):
        buckets.setdefault(_bucket(row["date"], granularity), []).append(row)
    out, previous_total = [], None
    for start, group in buckets.items():
        p = _aggregate(start, group)
        total, joined, left, speakers = p["total"], p["joined"], p["left"], p["speakers"]
        messages, conversions, revenue = p["messages"], p["conversions"], p["revenue"]
        at_start = previous_total
        if at_start is None and total is not None and joined is not None and left is not None:
            at_start = total - joined + left
        p["net"] = None if joined is None or left is None else joined - left
        p["churn"] = _div(left, at_start)
        p["speaking_rate"] = _div(speakers, total)
        p["msgs_per_member"] = _div(messages, total)
        p["msgs_per_speaker"] = _div(messages, speakers)
        p["conversion"] = _div(conversions, total)
        p["arpu"] = _div(revenue, conversions)
        p["revenue_per_member"] = _div(revenue, total)
        out.append(p)
        if total is not None:
            previous_total = total
    return out


# -- goals
def goal_value(metric: str, value):
    """A derived value in the unit goals use (percent for rates)."""
    return None if value is None else value * 100 if metric in RATES else value


class GoalStatus(NamedTuple):  # (a record: a dataclass costs ~3 M instructions of start-up to build)
    current: float | None
    progress: float | None        # 0..1 of the way from start to target
    pace_needed: float | None     # per day, from now to the deadline
    trend: float | None           # per day, over the recent days
    projected: dt.date | None     # when the trend reaches the target
    reached: bool
    text: str


def _series(metric: str, derived: list[dict], since: dt.date) -> list[tuple[dt.date, float]]:
    """(date, value) of a goal's metric from derived daily rows: levels as they were (all of
    them: the trend does not start with the goal), flows added up from `since`."""
    if metric in GOAL_LEVELS:
        return [(d["date"], goal_value(metric, d[metric])) for d in derived if d[metric] is not None]
    out, running = [], 0.0
    for d in (d for d in derived if d["date"] >= since):
        if d[metric] is not None:
            running += d[metric]
            out.append((d["date"], running))
    return out


def _slope(points: list[tuple[dt.date, float]]) -> float | None:
    """Least-squares slope per day."""
    if len(points) < 2:
        return None
    xs = [(d - points[0][0]).days for d, _ in points]
    ys = [v for _, v in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return None if var == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var


def goal_status(goal: dict, days: list[dict], today: dt.date, derived: list[dict] | None = None) -> GoalStatus:
    """Progress, pace and projection of one goal. Pass `derived` (derive(days, "day")) when
    checking several goals over the same days."""
    series = _series(goal["metric"], derive(days, "day") if derived is None else derived, goal["start_date"])
    start = goal["start_value"]
    if start is None:  # a level starts where it stood on the goal's start date; a running total at 0
        before = [v for d, v in series if d <= goal["start_date"]]
        start = (before[-1] if before else series[0][1]) if series and goal["metric"] in GOAL_LEVELS else 0.0
    current = series[-1][1] if series else None
    target = goal["target"]
    rising = target >= start
    if current is None:
        return GoalStatus(None, None, None, None, None, False, tr("No numbers yet."))
    progress = 1.0 if target == start else max(0.0, (current - start) / (target - start))
    reached = current >= target if rising else current <= target
    days_left = (goal["deadline"] - today).days
    pace = None if reached or days_left <= 0 else (target - current) / days_left
    recent = [(d, v) for d, v in series if d > series[-1][0] - dt.timedelta(days=TREND_DAYS)]
    trend = _slope(recent)
    projected = None
    if reached:
        text = tr("Reached ({current:g} of {target:g}).", current=round(current, 2), target=target)
    elif trend is None or (trend <= 0 if rising else trend >= 0):
        text = tr("Not moving towards the target: not reached by the deadline {deadline} at this pace.",
                  deadline=goal["deadline"])
    elif (target - current) / trend > (DATE_MAX - series[-1][0]).days:  # (a far target: past any date)
        text = tr("Not reached by the deadline {deadline} at this pace (not before {year}).",
                  deadline=goal["deadline"], year=DATE_MAX.year + 1)
    else:
        projected = series[-1][0] + dt.timedelta(days=round((target - current) / trend))
        if projected <= goal["deadline"]:
            text = tr("At this pace: reached on {date}.", date=projected)
        else:
            text = tr("Not reached by the deadline {deadline} at this pace (reached on {date}).",
                      deadline=goal["deadline"], date=projected)
    return GoalStatus(current, min(progress, 1.0), pace, trend, projected, reached, text)


def stage_periods(community_id: int, last_day: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """(stage, from, to) for shading; each period runs until the next one starts."""
    periods = sorted(stages.list(community_id), key=lambda p: p["start_date"])
    out = []
    for i, p in enumerate(periods):
        end = periods[i + 1]["start_date"] if i + 1 < len(periods) else max(last_day, p["start_date"])
        out.append((p["stage"], p["start_date"], end))
    return out
