"""The lifecycle stage (搭建期 → 成长期 → 成熟期 → 衰退期), kept in one place.

The stage lives in the lifecycle periods (growth.stages, shaded behind the charts): the
current stage is the latest period that has begun. Setting the stage in the overview
starts a period today. Each stage has a checklist of stage tasks from the templates.
The numbers may suggest a change of stage, with the reason; they never change it.
"""
from __future__ import annotations

import datetime as dt

from app.i18n import tr
from app.services.fields import Field
from app.services.growth import stages
from app.services.rows import RowTable
from app.storage.models import StagePeriod, StageTask, database

tasks = RowTable(StageTask, {
    "text": Field("Task", kind="text", required=True, max_len=500),
    "done": Field("Done", kind="bool"),
}, scope=("stage",))

SETUP_MEMBERS = 100   # 搭建期 is 0–100 members (DOMAIN.md §5)
DYING_DAYS = 14       # speaking rate in the dying band this many days in a row
SHRINKING_WEEKS = 4   # net members negative this many weeks in a row


def current_stage(periods: list[dict], today: dt.date) -> str | None:
    """The stage of the latest period that has begun by `today` (None: never set)."""
    begun = [p for p in periods if p["start_date"] <= today]
    if not begun:
        return None
    return max(begun, key=lambda p: (p["start_date"], p["id"]))["stage"]


def set_stage(community_id: int, stage: str, today: dt.date | None = None) -> dict:
    """Enter `stage` today: a new period, or the one begun today changed. Returns undo state."""
    today = today or dt.date.today()
    with database.atomic():
        same_day = (StagePeriod.select().where((StagePeriod.community == community_id)
                                               & (StagePeriod.start_date == today)).dicts().first())
        if same_day:
            return {"updated": same_day["id"], "old": stages.update(same_day["id"], "stage", stage)}
        return {"created": stages.create(community_id, {"stage": stage, "start_date": today})}


def undo_set_stage(state: dict) -> None:
    if "created" in state:
        stages.delete([state["created"]])
    else:
        stages.update(state["updated"], "stage", state["old"])


def suggest_change(stage: str | None, days: list[dict], dying_below: int, today: dt.date
                   ) -> tuple[str, str] | None:
    """(stage, reason) when the recent numbers contradict the stage, else None.

    `days` are the community's daily numbers (dicts with date, total, joined, left,
    speakers), any order, at least the last four weeks."""
    days = sorted((d for d in days if d["date"] <= today), key=lambda d: d["date"])
    if not days:
        return None
    recent = days[-DYING_DAYS:]
    rates = [d["speakers"] / d["total"] * 100 for d in recent
             if d.get("speakers") is not None and d.get("total")]
    if stage != "decline" and len(rates) == DYING_DAYS and recent[0]["date"] >= today - dt.timedelta(days=DYING_DAYS + 2) \
            and all(r < dying_below for r in rates):
        return "decline", tr("The speaking rate has been under {limit}% (the dying band) for {days} days.",
                             limit=dying_below, days=DYING_DAYS)
    weeks = []
    for w in range(SHRINKING_WEEKS):
        end = today - dt.timedelta(days=7 * w)
        week = [d for d in days if end - dt.timedelta(days=7) < d["date"] <= end]
        if not week or any(d.get("joined") is None or d.get("left") is None for d in week):
            break
        weeks.append(sum(d["joined"] - d["left"] for d in week))
    if stage != "decline" and len(weeks) == SHRINKING_WEEKS and all(n < 0 for n in weeks):
        return "decline", tr("Net members have been negative for {weeks} weeks in a row.", weeks=SHRINKING_WEEKS)
    total = next((d["total"] for d in reversed(days) if d.get("total") is not None), None)
    if stage in (None, "setup") and total is not None and total > SETUP_MEMBERS:
        return "growth", tr("{total} members: past the {limit} of the setting-up stage.",
                            total=total, limit=SETUP_MEMBERS)
    return None
