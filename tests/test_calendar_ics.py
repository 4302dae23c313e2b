import datetime as dt

import icalendar

from app.services import communities, content
from exports import calendar_ics

D = dt.date


def test_ics_read_back_event_by_event(workspace, tmp_path):
    cid = communities.create("X")
    content.create_column(cid, {"name": "早报", "time": "08:30", "start_date": D(2027, 1, 4),
                                      "end_date": D(2027, 1, 8), "owner": "内容运营", "content_class": "values"},
                                today=D(2027, 1, 1))
    content.add_entry(cid, {"title": "=Flash sale; with, commas\nand a line", "date": D(2027, 1, 6),
                            "time": "", "content_class": "product", "packaging": "marketing", "notes": "bell\x07"})
    path = calendar_ics.export(cid, tmp_path / "plan.ics", D(2027, 1, 5), D(2027, 1, 7))
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    rows = content.list_entries(cid, D(2027, 1, 5), D(2027, 1, 7))
    assert len(events) == len(rows) == 4
    for event, row in zip(events, rows):
        assert str(event["summary"]) == row["title"]
        assert str(event["uid"]) == f"entry-{row['id']}-community-{cid}@community-planner"
        start = event.decoded("dtstart")
        if row["time"]:
            assert start == dt.datetime(row["date"].year, row["date"].month, row["date"].day, 8, 30)
            assert start.tzinfo is None and event.decoded("dtend") - start == dt.timedelta(minutes=30)
        else:
            assert start == row["date"] and event.decoded("dtend") == row["date"] + dt.timedelta(days=1)
    brief = str(events[0]["description"])
    assert "Column: 早报" in brief and "Content class: Values" in brief and "Owner: 内容运营" in brief
    sale = [e for e in events if "Flash" in str(e["summary"])][0]
    assert "Packaging: Marketing activity" in str(sale["description"]) and "bell" in str(sale["description"])
    assert "\x07" not in path.read_text(encoding="utf-8")


def test_cli_export_calendar(tmp_path):
    from tests.test_cli import run
    ws = tmp_path / "w.sqlite"
    run("--workspace", ws, "demo")
    out = tmp_path / "demo.ics"
    today = dt.date.today()
    result = run("--workspace", ws, "export-calendar", "--community", "1", "--out", out,
                 "--from", today.isoformat(), "--to", (today + dt.timedelta(days=6)).isoformat())
    assert result.returncode == 0, result.stderr
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert events and all(today <= (e.decoded("dtstart").date() if isinstance(e.decoded("dtstart"), dt.datetime)
                                    else e.decoded("dtstart")) <= today + dt.timedelta(days=6) for e in events)
    bad = run("--workspace", ws, "export-calendar", "--community", "1", "--out", out, "--from", "2027-02-30")
    assert bad.returncode == 2 and "not a date" in bad.stderr and len(bad.stderr.splitlines()) == 1
    bad = run("--workspace", ws, "export-calendar", "--community", "1", "--out", out,
              "--from", "2027-02-02", "--to", "2027-02-01")
    assert bad.returncode == 2 and "before" in bad.stderr
