"""The agenda: timings resolved to days, per-occurrence done, undo, moves; scripts and their
variables; the flash timeline; the .ics read back by icalendar and by khal; the commands."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.services import agenda, communities, content, growth, roles, scripts, sop, timeplan, timing
from app.storage.models import SopRow

ROOT = Path(__file__).resolve().parent.parent
LAUNCH = dt.date(2026, 3, 2)  # a Monday
TODAY = dt.date(2026, 3, 5)   # Thursday of the launch week


def test_timing_forms():
    assert timing.parse("T-7") == timing.Timing("relative", (-7, -7))
    assert timing.parse("T0 20:00").time == "20:00"
    assert timing.parse("T+1..T+7").offsets == (1, 7)
    assert timing.parse("每天 08:30") == timing.Timing("daily", weekdays=tuple(range(7)), time="08:30")
    assert timing.parse("Daily").kind == "daily"
    assert timing.parse("工作日 9:00") == timing.Timing("weekly", weekdays=(0, 1, 2, 3, 4), time="09:00")
    assert timing.parse("每周一、三 10:00").weekdays == (0, 2)
    assert timing.parse("Wed 20:00").weekdays == (2,)
    assert timing.parse("every Friday").weekdays == (4,)
    assert timing.parse("Tue").kind == "weekly"  # not "T" + something: Tuesday
    assert timing.parse("每月31日") == timing.Timing("monthly", day=31)
    assert timing.parse("Monthly 5th").day == 5
    assert timing.parse("随时") is None and timing.parse("") is None


def test_occurrences_from_the_launch_and_month_ends():
    daily = timing.parse("每天 08:30")
    assert timing.occurrences(daily, LAUNCH, LAUNCH - dt.timedelta(days=5), LAUNCH + dt.timedelta(days=1)) == \
        [LAUNCH, LAUNCH + dt.timedelta(days=1)]  # nothing before the launch
    assert timing.occurrences(timing.parse("每周三"), LAUNCH, LAUNCH, LAUNCH + dt.timedelta(days=13)) == \
        [dt.date(2026, 3, 4), dt.date(2026, 3, 11)]
    assert timing.occurrences(timing.parse("每月31日"), LAUNCH, LAUNCH, dt.date(2026, 5, 31)) == \
        [dt.date(2026, 3, 31), dt.date(2026, 4, 30), dt.date(2026, 5, 31)]
    assert timing.occurrences(daily, LAUNCH, LAUNCH, LAUNCH + dt.timedelta(days=9), until=LAUNCH) == [LAUNCH]
    assert timing.relative_text("T-7 20:00", LAUNCH, LAUNCH - dt.timedelta(days=5)) == "T-5 20:00"
    assert timing.relative_text("T+1..T+3", LAUNCH, LAUNCH) == "T0..T+2"


def _community(**kw):
    return communities.create("早鸟群", start_date=LAUNCH, apply_templates=False, **kw)


def _row(cid, timing_text, task, table="daily", **kw):
    return sop.add_row(cid, table, {"timing": timing_text, "task": task, **kw})


def _by_task(view, task):
    return [i for i in view.items if i.task == task]


def test_every_timing_resolves_and_the_unresolvable_are_listed_once(workspace):
    cid = _community()
    _row(cid, "T-2", "prepare", "setup")
    _row(cid, "T+1..T+3", "welcome one by one", "setup")
    _row(cid, "每天 08:30", "morning brief")
    _row(cid, "每周三 20:00", "share")
    _row(cid, "随时", "whenever")
    _row(cid, "", "no timing")
    ev = sop.add_event(cid, "618", dt.date(2026, 3, 8), with_template=False)
    sop.add_row(cid, "event", {"timing": "T-1", "task": "warm up"}, event_id=ev)
    SopRow.create(community=cid, table="event", event=None, timing="T0", task="orphan step")
    view = agenda.build([cid], TODAY, 7, TODAY)
    assert (view.start, view.end) == (TODAY, dt.date(2026, 3, 11))
    prepare = _by_task(view, "prepare")[0]
    assert prepare.overdue and prepare.date == dt.date(2026, 2, 28)
    welcome = _by_task(view, "welcome one by one")[0]  # under way: shown on the range's first day, once
    assert welcome.date == TODAY and welcome.until == dt.date(2026, 3, 5) and not welcome.overdue
    briefs = _by_task(view, "morning brief")
    assert [i.date for i in briefs if not i.overdue] == [TODAY + dt.timedelta(days=n) for n in range(7)]
    assert [i.date for i in briefs if i.overdue] == [dt.date(2026, 3, 4)]  # only the latest missed day
    assert all(i.time == "08:30" and i.repeats for i in briefs)
    assert [i.date for i in _by_task(view, "share")] == [dt.date(2026, 3, 4), dt.date(2026, 3, 11)]
    assert _by_task(view, "warm up")[0].date == dt.date(2026, 3, 7)
    reasons = {i.task: i.reason for i in view.undated}
    assert reasons == {"whenever": "the timing “随时” gives no date", "no timing": "no timing yet",
                       "orphan step": "the event has no T0"}
    groups = view.groups()
    assert groups[0][0] == "overdue" and [g[1] for g in groups[1:3]] == [TODAY, TODAY + dt.timedelta(days=1)]
    assert view.counts()["overdue"] == 3 and view.counts()["today"] == 2


def test_suggestions_are_not_on_the_agenda(workspace):
    cid = communities.create("新群", start_date=TODAY)  # every template row still a suggestion
    assert agenda.build([cid], TODAY, 7, TODAY).items == []


def test_a_repeating_row_is_done_per_occurrence_and_undo_puts_it_back(workspace):
    cid = _community()
    row = _row(cid, "每天 08:30", "morning brief")
    view = agenda.build([cid], TODAY, 2, TODAY)
    today_item = next(i for i in view.due_on(TODAY) if i.ref_id == row)
    record = agenda.act(today_item, "done")
    view = agenda.build([cid], TODAY, 2, TODAY)
    assert [(i.date, i.state) for i in _by_task(view, "morning brief") if not i.overdue] == \
        [(TODAY, "done"), (TODAY + dt.timedelta(days=1), "")]
    assert sop.rows.get(row)["status"] == "todo"  # the row itself is not ticked
    agenda.undo(record)
    assert all(not i.done for i in _by_task(agenda.build([cid], TODAY, 2, TODAY), "morning brief"))
    # moving one occurrence: it leaves its day and shows on the new one, still only once
    item = next(i for i in agenda.build([cid], TODAY, 2, TODAY).due_on(TODAY) if i.ref_id == row)
    record = agenda.act(item, "move", TODAY + dt.timedelta(days=1))
    days = [i.date for i in _by_task(agenda.build([cid], TODAY, 2, TODAY), "morning brief") if not i.overdue]
    assert days == [TODAY + dt.timedelta(days=1)] * 2
    agenda.undo(record)
    days = [i.date for i in _by_task(agenda.build([cid], TODAY, 2, TODAY), "morning brief") if not i.overdue]
    assert days == [TODAY, TODAY + dt.timedelta(days=1)]


def test_done_skip_and_move_write_to_each_source(workspace):
    cid = _community()
    row = _row(cid, "T+3 20:00", "opening night", "setup")
    entry = content.add_entry(cid, {"date": TODAY, "time": "12:30", "title": "topic"})
    stone = timeplan.milestones.create(cid, {"name": "100 members", "date": TODAY, "owner": "me"})
    role = roles.member_roles.create(cid, {"name": "意见领袖"})
    handover = roles.add_assignment(cid, role, {"holder": "Amy", "stage": "cultivating", "target_date": TODAY})
    view = agenda.build([cid], TODAY, 7, TODAY)
    records = []
    for task, action in (("opening night", "done"), ("topic", "skip"), ("100 members", "done"),
                         ("Hand over “意见领袖” to Amy", "done")):
        records.append(agenda.act(_by_task(view, task)[0], action))
    assert sop.rows.get(row)["status"] == "done"
    assert content.entries.get(entry)["status"] == "skipped"
    assert timeplan.milestones.get(stone)["done"] is True
    assert roles.assignments.get(handover)["stage"] == "member"
    for record in reversed(records):
        agenda.undo(record)
    assert sop.rows.get(row)["status"] == "todo" and content.entries.get(entry)["status"] == "idea"
    assert timeplan.milestones.get(stone)["done"] is False and roles.assignments.get(handover)["stage"] == "cultivating"
    # move: a T±n row's timing is rewritten from the launch date; an entry's date changes (and is the user's)
    view = agenda.build([cid], TODAY, 7, TODAY)
    agenda.act(_by_task(view, "opening night")[0], "move", dt.date(2026, 3, 9))
    assert sop.rows.get(row)["timing"] == "T+7 20:00"
    agenda.act(_by_task(view, "topic")[0], "move", dt.date(2026, 3, 6))
    assert content.entries.get(entry)["date"] == dt.date(2026, 3, 6) and content.entries.get(entry)["edited"]
    with pytest.raises(ValidationError):
        agenda.act(_by_task(view, "100 members")[0], "move", "not a date")


def test_goals_and_risk_reviews(workspace):
    cid = _community()
    goal = growth.goals.create(cid, {"metric": "total", "target": 500, "deadline": TODAY + dt.timedelta(days=2),
                                     "start_date": LAUNCH, "start_value": 100})
    for n, total in enumerate((100, 100, 101, 101)):
        growth.upsert_day(cid, LAUNCH + dt.timedelta(days=n), {"total": total})
    from app.services import risks
    risk = risks.risks.create(cid, {"description": "群被封", "review_date": TODAY + dt.timedelta(days=1)})
    view = agenda.build([cid], TODAY, 7, TODAY)
    sources = {i.source: i for i in view.items}
    assert sources["goal"].date == TODAY + dt.timedelta(days=2)
    assert sources["pace"].date == TODAY and "off pace" in sources["pace"].task
    assert sources["risk"].task == "Review the risk: 群被封" and sources["risk"].ref_id == risk
    agenda.act(sources["risk"], "done")
    agenda.act(sources["pace"], "skip")  # dismissed for today
    view = agenda.build([cid], TODAY, 7, TODAY)
    assert {i.source: i.state for i in view.items}["risk"] == "done"
    assert {i.source: i.state for i in view.items}["pace"] == "skipped"
    with pytest.raises(ValidationError):
        agenda.act(sources["pace"], "move", TODAY)
    agenda.act(sources["goal"], "move", TODAY + dt.timedelta(days=4))
    assert growth.goals.get(goal)["deadline"] == TODAY + dt.timedelta(days=4)


def test_only_the_range_asked_for_is_listed_from_ten_thousand_rows(workspace):
    cid = _community()
    SopRow.insert_many([{"community": cid, "table": "daily", "position": i, "timing": f"T+{i}", "task": f"t{i}",
                         "status": "done"} for i in range(10_000)]).execute()
    view = agenda.build([cid], TODAY, 1, TODAY)
    assert [i.task for i in view.items] == ["t3"]
    with pytest.raises(ValidationError):
        agenda.build([cid], TODAY, 0, TODAY)


# -- scripts
def test_variables_fill_in_both_languages_and_unknown_ones_are_shown(workspace):
    cid = _community(offering="护肤品")
    c = communities.get(cid)
    text, left = scripts.fill("欢迎加入{群名}！{开群日期}开群，{community} 聊{产品}。{未知}{活动名称}",
                              scripts.context(c))
    assert text == "欢迎加入早鸟群！Mar 2开群，早鸟群 聊护肤品。{未知}{活动名称}"
    assert left == ["未知", "活动名称"]
    c["language"] = "zh_CN"
    item = {"date": dt.date(2026, 3, 8), "time": "20:00", "event_name": "618", "event_t0": dt.date(2026, 3, 8)}
    assert scripts.fill("{活动名称} {T0} {日期}{星期} {时间}", scripts.context(c, item)) == \
        ("618 3月8日 3月8日周日 20:00", [])


def test_library_shared_and_own_search_and_links_survive_delete_undo(workspace):
    cid, other = _community(), _community()
    shared = scripts.scripts.create(None, {"title": "Welcome", "kind": "welcome", "body": "Hi {community}"})
    own = scripts.scripts.create(cid, {"title": "Recap", "kind": "recap", "body": "Thanks"})
    assert [s["id"] for s in scripts.library(cid)] == [own, shared]
    assert [s["id"] for s in scripts.library(other)] == [shared]
    assert [s["id"] for s in scripts.library(cid, "回顾")] == [own]  # the kind's name in either language
    row = _row(cid, "每天 08:30", "brief")
    scripts.link("sop_row", row, shared)
    removed = scripts.scripts.delete([shared])
    assert sop.rows.get(row)["script"] is None
    scripts.scripts.restore(removed)
    assert sop.rows.get(row)["script"] == shared
    with pytest.raises(ValidationError):
        scripts.link("sop_row", row, 999)
    item = agenda.build([cid], TODAY, 1, TODAY).due_on(TODAY)[0]
    assert item.detail == "Script: Welcome" and agenda.filled_text(item) == ("Hi 早鸟群", [])


def test_templates_suggest_scripts_linked_to_their_rows(workspace):
    cid = communities.create("快闪", type_override="flash", start_date=LAUNCH, lang="zh_CN")
    own = scripts.library(cid)
    assert {s["kind"] for s in own} >= {"welcome", "daily", "flash"} and all(s["suggested"] for s in own)
    flash_rows = [r for r in sop.rows.list(cid, table="event") if r["template_key"] == "f03"]
    assert flash_rows[0]["script"] in {s["id"] for s in own}
    event = sop.add_event(cid, "双12", dt.date(2026, 4, 1))  # a later event's steps are linked too
    warm = [r for r in sop.rows.list(cid, table="event", event=event) if r["template_key"] == "e03"][0]
    assert scripts.scripts.get(warm["script"])["kind"] == "warmup"


def test_flash_timeline_orders_messages_and_flags_empty_days(workspace):
    cid = _community()
    ev = sop.add_event(cid, "快闪", dt.date(2026, 3, 10), with_template=False)
    for t, task in (("T0 20:00", "share"), ("T0 19:30", "open"), ("T-3", "story"), ("T+1", "last call")):
        sop.add_row(cid, "event", {"timing": t, "task": task, "actions": f"{task} {{群名}}"}, event_id=ev)
    line = scripts.flash_timeline(cid)
    assert [(m["date"].day, m["time"], m["title"]) for m in line] == [
        (7, "", "story"), (8, "", ""), (9, "", ""), (10, "19:30", "open"), (10, "20:00", "share"),
        (11, "", "last call")]
    assert [m["gap"] for m in line] == [False, True, True, False, False, False]
    assert line[0]["text"] == "story 早鸟群"


# -- files and commands
def _ics(tmp_path, cid, start=TODAY):
    from exports import agenda_ics
    return agenda_ics.export(agenda.build([cid], start, 7, TODAY), tmp_path / "agenda.ics")


def test_ics_has_alarms_stable_uids_and_reads_back(workspace, tmp_path):
    import icalendar
    cid = _community()
    _row(cid, "每天 08:30", "morning brief")
    _row(cid, "T+3", "all-day task", "setup")
    first = icalendar.Calendar.from_ical(_ics(tmp_path, cid).read_bytes())
    events = first.walk("VEVENT")
    assert len(events) == 1 + 7 + 1  # yesterday's missed brief, seven briefs, the task
    brief = next(e for e in events if "morning brief" in str(e["summary"]) and e.decoded("dtstart").day == 5)
    assert brief.decoded("dtstart") == dt.datetime(2026, 3, 5, 8, 30)  # floating local time
    alarm = brief.walk("VALARM")[0]
    assert alarm["action"] == "DISPLAY" and alarm.decoded("trigger") == dt.timedelta(0)
    all_day = next(e for e in events if "all-day task" in str(e["summary"]))
    assert all_day.decoded("dtstart") == dt.date(2026, 3, 5)
    assert all_day.walk("VALARM")[0].decoded("trigger") == dt.timedelta(hours=9)
    uids = sorted(str(e["uid"]) for e in events)
    agenda.act(next(i for i in agenda.build([cid], TODAY, 7, TODAY).items if i.task == "all-day task"), "done")
    again = icalendar.Calendar.from_ical(_ics(tmp_path, cid).read_bytes())
    assert sorted(str(e["uid"]) for e in again.walk("VEVENT")) == uids  # a re-import updates, never duplicates
    done = next(e for e in again.walk("VEVENT") if "all-day task" in str(e["summary"]))
    assert str(done["summary"]).startswith("✓") and not done.walk("VALARM")


def test_a_calendar_client_reads_the_file(workspace, tmp_path):
    khal = Path(sys.executable).parent / "khal"
    assert khal.exists(), "khal comes with the test extra (pip install -e .[test])"
    cid = _community()
    _row(cid, "每天 08:30", "morning brief")
    path = _ics(tmp_path, cid)
    config = tmp_path / "khal.conf"
    (tmp_path / "cal").mkdir()
    config.write_text(f"[calendars]\n[[agenda]]\npath = {tmp_path / 'cal'}\ntype = calendar\n"
                      "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
                      "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n")
    shown = subprocess.run([str(khal), "-c", str(config), "printics", str(path)], capture_output=True, text=True,
                           timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert "8 events found" in shown.stdout and "2026-03-05 08:30" in shown.stdout
    for _ in range(2):  # imported twice: still one event per occurrence
        subprocess.run([str(khal), "-c", str(config), "import", "--batch", str(path)], check=True, timeout=60)
    listed = subprocess.run([str(khal), "-c", str(config), "list", "2026-03-05", "1d"], capture_output=True,
                            text=True, timeout=60)
    assert listed.stdout.count("morning brief") == 1


def test_agenda_commands(tmp_path):
    ws = tmp_path / "w.sqlite"

    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--workspace", str(ws), *map(str, args)],
                              capture_output=True, text=True, timeout=120, cwd=ROOT)

    assert run("demo").returncode == 0
    result = run("agenda", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert {"date", "time", "community", "source", "task", "done", "where"} <= set(items[0])
    assert {i["source"] for i in items} == set(agenda.SOURCES)  # the demo's week shows every source
    assert any(i["detail"].startswith("Script:") for i in items)  # and linked scripts
    lines = run("agenda", "--community", "1", "--days", "1").stdout.splitlines()
    assert lines and all(len(line.split("\t")) == 5 for line in lines)
    out = tmp_path / "a.ics"
    result = run("export-agenda", "--out", out, "--from", dt.date.today() + dt.timedelta(days=1), "--days", "3")
    assert result.returncode == 0 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    bad = run("agenda", "--days", "0")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert run("agenda", "--community", "nope").returncode == 2
