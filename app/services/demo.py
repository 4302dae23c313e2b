"""The demo community: a training school's learning community, filled in on every tab."""
from __future__ import annotations

import datetime as dt

from app.i18n import language
import math
import random

from app.services import (agenda, communities, content, growth, lifecycle, positioning, risks, roles, rules,
                          senses, sop, suggestions, templates, timeplan)
from app.storage.models import Metric
from app.storage.models import Community, database

LATE_KEY = "g10"  # the growth SOP's limited-time offer: still under way after its date
MISSED_KEY = "d05"  # yesterday's evening digest, not posted: the agenda's overdue repeating row


def add_demo(today: dt.date | None = None) -> int:
    """Create the demo community in the current language; returns its id."""
    today = today or dt.date.today()
    spec = templates.load(language(), "demo")
    with database.atomic():
        cid = communities.create(spec["name"], platform=spec["platform"], offering=spec["offering"],
                                 start_date=today + dt.timedelta(days=spec["start_offset_days"]),
                                 span=tuple(spec["span"]), lang=language(), example=True, apply_templates=False)
        Community.update(**{k: spec[k] for k in positioning.W5H1}).where(Community.id == cid).execute()
        for name, gives, receives, notes, served in spec["counterparties"]:
            positioning.counterparties.create(cid, {"name": name, "gives": gives, "receives": receives,
                                                    "notes": notes, "served": served})
        templates.apply_all(cid)
        suggestions.clear(cid, "calendar")  # the demo's own columns follow (no template twins)
        # what is past is done, except one late step, left so the overdue marking shows on a real row
        for table in templates.SOP_TABLES:
            for row in sop.list_rows(cid, table):
                if row["template_key"] == LATE_KEY:
                    sop.rows.update(row["id"], "status", "doing")
                elif row["overdue"]:
                    sop.rows.update(row["id"], "status", "done")
        sop.add_event(cid, spec["event"]["name"], today + dt.timedelta(days=spec["event"]["t0_offset_days"]))
        _add_people(cid, spec, today)
        _add_calendar(cid, spec, today)
        _add_growth(cid, spec, today)
        _add_plan(cid, spec, today)
        suggestions.accept_all(cid, today=today)  # the example shows a plan, not suggestions
        _add_week(cid, today)
    return cid


def _add_week(cid: int, today: dt.date) -> None:
    """A week whose agenda shows every source: the repeating rows done up to yesterday but one,
    a risk to review and a goal due within the week."""
    register = risks.risks.list(cid)
    if register:
        risks.risks.update(register[0]["id"], "review_date", today + dt.timedelta(days=2))
    growth.goals.create(cid, {"metric": "conversions", "target": 30, "deadline": today + dt.timedelta(days=5),
                              "start_date": today - dt.timedelta(days=25), "start_value": 0})
    missed = {r["id"] for r in sop.rows.list(cid, table="daily") if r["template_key"] == MISSED_KEY}
    for item in agenda.build([cid], today, 7, today).overdue():
        if item.repeats and item.ref_id not in missed:
            agenda.act(item, "done")


def _add_plan(cid: int, spec: dict, today: dt.date) -> None:
    """The plan document's own parts: background and problem, the long-term goal, milestones, budget."""
    Community.update(**spec["plan_texts"]).where(Community.id == cid).execute()
    for name, offset, owner, done in spec["milestones"]:
        timeplan.milestones.create(cid, {"name": name, "date": today + dt.timedelta(days=offset), "owner": owner,
                                         "done": done})
    for name, purpose, cost in spec["tools"]:
        timeplan.tools.create(cid, {"name": name, "purpose": purpose, "monthly_cost": cost})
    for row, hours in zip(roles.team.list(cid), spec["team_hours"]):
        roles.team.update(row["id"], "hours_per_week", hours)
    for table in templates.SOP_TABLES:
        for row in sop.list_rows(cid, table):
            if row["template_key"] in spec["sop_minutes"]:
                sop.rows.update(row["id"], "minutes", spec["sop_minutes"][row["template_key"]])
    for col in content.columns.list(cid):
        content.columns.update(col["id"], "minutes", spec["column_minutes"])
    for item, category, planned, actual, offset in spec["budget"]:
        timeplan.budget.create(cid, {"item": item, "category": category, "planned": planned, "actual": actual,
                                     "date": today + dt.timedelta(days=offset)})


def _add_growth(cid: int, spec: dict, today: dt.date) -> None:
    """Six months of plausible daily numbers: a strict set-up, two fission waves, a mature
    plateau, a monthly offer; a few days without message counts (gaps, not zeros)."""
    rng = random.Random(7)  # the same demo every time
    start = today + dt.timedelta(days=spec["start_offset_days"])
    total, rows = 20, []
    for i in range((today - start).days):
        day = start + dt.timedelta(days=i)
        wave = 60 * math.exp(-((i - 35) / 6) ** 2) + 45 * math.exp(-((i - 75) / 7) ** 2)
        base = 6 if i < 14 else 14 if i < 110 else 11
        joined = max(0, int(rng.gauss(base + wave, 3)))
        left = max(0, int(rng.gauss(0.004 * total + (4 if i > 36 and i < 42 else 0), 1.5)))
        total += joined - left
        rate = (0.34 if i < 14 else 0.26 - 0.0006 * (i - 14)) * (0.7 if day.weekday() >= 5 else 1.0)
        speakers = min(total, max(0, int(total * rng.gauss(rate, 0.02))))
        offer = 1 if (day.day >= 20 and day.day <= 24) else 0
        conversions = max(0, int(rng.gauss(1 + 8 * offer, 1.2))) if i > 20 else 0
        rows.append({"community": cid, "date": day, "total": total, "joined": joined, "left": left,
                     "speakers": speakers,
                     "messages": None if i in (47, 48, 130) else int(speakers * rng.uniform(3.5, 6.5)),
                     "conversions": conversions, "revenue": float(conversions * (399 if offer else 599))})
    Metric.insert_many(rows).execute()
    for stage, offset in spec["stage_offsets"]:
        growth.stages.create(cid, {"stage": stage, "start_date": start + dt.timedelta(days=offset)})
    for task in lifecycle.tasks.list(cid):  # the stages behind it are done, the current one partly
        if task["stage"] in ("setup", "growth") or task["template_key"] in spec["stage_tasks_done"]:
            lifecycle.tasks.update(task["id"], "done", True)
    goal_start = today - dt.timedelta(days=30)
    growth.goals.create(cid, {"metric": "total", "target": round(total * 1.06, -1),
                              "deadline": today + dt.timedelta(days=60), "start_date": goal_start})
    growth.goals.create(cid, {"metric": "speaking_rate", "target": 20, "deadline": today + dt.timedelta(days=45),
                              "start_date": goal_start})
    growth.goals.create(cid, {"metric": "revenue", "target": 60000, "deadline": today + dt.timedelta(days=40),
                              "start_date": goal_start, "start_value": 0})


def _add_calendar(cid: int, spec: dict, today: dt.date) -> None:
    """Columns over the month around today, a few one-off entries; the past mostly published."""
    keys = ("name", "content_class", "packaging", "format", "owner", "schedule", "weekdays", "day_of_month", "time")
    for values in spec["columns"]:
        content.create_column(cid, {**dict(zip(keys, values)), "start_date": today - dt.timedelta(days=30),
                                    "end_date": today + dt.timedelta(days=30)}, today)
    for offset, time, title, klass, packaging, fmt, owner in spec["entries"]:
        content.add_entry(cid, {"date": today + dt.timedelta(days=offset), "time": time, "title": title,
                                "content_class": klass, "packaging": packaging, "format": fmt, "owner": owner})
    for i, entry in enumerate(content.list_entries(cid)):
        days = (entry["date"] - today).days
        # two recent entries left unpublished so the overdue marking has something to show
        status = ("published" if days < -3 or (days < 0 and i % 3) else "drafted" if days < 0
                  else "scheduled" if days < 7 else "idea")
        content.entries.update(entry["id"], "status", status)


def _add_people(cid: int, spec: dict, today: dt.date) -> None:
    team = roles.team.list(cid)
    for row, holder in zip(team, spec["team_holders"]):
        roles.team.update(row["id"], "holder", holder)
    member_roles = {r["template_key"]: r["id"] for r in roles.member_roles.list(cid)}
    for key, holder, stage, offset in spec["assignments"]:
        roles.add_assignment(cid, member_roles[key], {
            "holder": holder, "stage": stage,
            "target_date": None if offset is None else today + dt.timedelta(days=offset)})
    sop_rows = {r["template_key"]: r["id"] for t in templates.SOP_TABLES for r in sop.list_rows(cid, t)}
    refs = {
        "sop": lambda k: ("sop_row", sop_rows[k]),
        "role": lambda k: ("member_role", member_roles[k]),
        "team": lambda i: ("team_role", team[i]["id"]),
        "rule_entry": lambda i: ("rule", rules.rules.list(cid, kind="entry")[i]["id"]),
        "rule_encouraged": lambda i: ("rule", rules.rules.list(cid, kind="encouraged")[i]["id"]),
    }
    for sense, items in spec["senses"].items():
        senses.set_links(cid, sense, [refs[kind](ref) for kind, ref in items])
    communities.update(cid, "announcement", rules.announcement(cid))
