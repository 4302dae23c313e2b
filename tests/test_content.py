import datetime as dt

import pytest

from app.errors import ValidationError
from app.services import communities, content

D = dt.date


def col(**kw):
    base = {"schedule": "weekdays", "weekdays": "0,1,2,3,4", "day_of_month": 1,
            "start_date": D(2027, 1, 1), "end_date": D(2027, 1, 31)}
    return {**base, **kw}


def test_expand_weekdays_daily_weekly():
    jan = (D(2027, 1, 1), D(2027, 1, 31))
    weekdays = content.expand(col(), *jan)
    assert len(weekdays) == 21 and all(d.weekday() < 5 for d in weekdays)
    assert content.expand(col(schedule="daily"), *jan) == [D(2027, 1, d) for d in range(1, 32)]
    wednesdays = content.expand(col(schedule="weekdays", weekdays="2"), *jan)
    assert wednesdays == [D(2027, 1, 6), D(2027, 1, 13), D(2027, 1, 20), D(2027, 1, 27)]
    assert content.expand(col(schedule="weekly", weekdays="4,1"), *jan)[0] == D(2027, 1, 5)  # first listed day
    assert content.expand(col(), D(2027, 1, 10), D(2027, 1, 12)) == [D(2027, 1, 11), D(2027, 1, 12)]


def test_expand_monthly_month_ends_and_leap_year():
    c = col(schedule="monthly", day_of_month=31, start_date=D(2027, 1, 1), end_date=D(2028, 12, 31))
    dates = content.expand(c, D(2027, 1, 1), D(2028, 4, 30))
    assert dates[:4] == [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31), D(2027, 4, 30)]
    assert D(2028, 2, 29) in dates
    assert content.expand(col(schedule="monthly", day_of_month=15), D(2027, 1, 16), D(2027, 1, 31)) == []


def test_local_times_do_not_shift_across_dst():
    # a slot at 08:30 stays 08:30 on both sides of a DST change anywhere: times are floating
    c = col(schedule="daily", start_date=D(2027, 3, 26), end_date=D(2027, 3, 30))
    assert len(content.expand(c, D(2027, 3, 26), D(2027, 3, 30))) == 5


def test_column_generates_and_edit_keeps_hand_edited_entries(workspace):
    cid = communities.create("X")
    today = D(2027, 1, 11)  # a Monday
    cc = content.create_column(cid, {"name": "Morning brief", "time": "8:30", "start_date": D(2027, 1, 4),
                                     "end_date": D(2027, 1, 29), "content_class": "values"}, today=today)
    rows = content.list_entries(cid)
    assert len(rows) == 20 and rows[0]["date"] == D(2027, 1, 4) and rows[0]["time"] == "08:30"
    assert rows[0]["title"] == "Morning brief" and rows[0]["column_name"] == "Morning brief"
    by_date = {r["date"]: r for r in rows}
    content.update_entry(by_date[D(2027, 1, 12)]["id"], "title", "Special brief")   # hand edited
    content.update_entry(by_date[D(2027, 1, 13)]["id"], "status", "published")
    content.update_entry(by_date[D(2027, 1, 14)]["id"], "date", D(2027, 1, 16))     # moved by hand
    past = by_date[D(2027, 1, 5)]

    content.update_column(cc, "weekdays", "1,3", today=today)   # Tue and Thu only, from today on
    content.update_column(cc, "time", "09:00", today=today)
    rows = content.list_entries(cid)
    future = [r for r in rows if r["date"] >= today]
    assert {r["date"].weekday() for r in future if not r["edited"] and r["status"] != "published"} <= {1, 3}
    assert all(r["time"] == "09:00" for r in future if not r["edited"])
    titles = {r["date"]: r["title"] for r in rows}
    assert titles[D(2027, 1, 12)] == "Special brief"
    assert D(2027, 1, 13) in titles                      # published Wednesday kept
    assert D(2027, 1, 16) in titles and sum(r["slot_date"] == D(2027, 1, 14) for r in rows) == 1
    assert content.entries.get(past["id"])["time"] == "08:30"   # the past is left alone


def test_bad_columns_change_nothing(workspace):
    cid = communities.create("X", apply_templates=False)
    with pytest.raises(ValidationError, match="before it starts"):
        content.create_column(cid, {"name": "A", "start_date": D(2027, 2, 1), "end_date": D(2027, 1, 1)})
    with pytest.raises(ValidationError, match="time of day"):
        content.create_column(cid, {"name": "A", "time": "25:99"})
    with pytest.raises(ValidationError, match="at most 31"):
        content.create_column(cid, {"name": "A", "schedule": "monthly", "day_of_month": 32})
    with pytest.raises(ValidationError, match="at least one weekday"):
        content.create_column(cid, {"name": "A", "weekdays": ""})
    assert content.columns.list(cid) == [] and content.list_entries(cid) == []
    cc = content.create_column(cid, {"name": "A", "start_date": D(2027, 1, 1), "end_date": D(2027, 1, 31)},
                               today=D(2027, 1, 1))
    before = content.list_entries(cid)
    with pytest.raises(ValidationError):
        content.update_column(cc, "end_date", "2026-12-01", today=D(2027, 1, 1))
    assert content.list_entries(cid) == before


def test_open_column_is_filled_ahead_and_delete_keeps_past(workspace):
    cid = communities.create("X")
    cc = content.create_column(cid, {"name": "Daily", "schedule": "daily", "start_date": D(2027, 1, 1)},
                               today=D(2027, 1, 1))
    assert max(r["date"] for r in content.list_entries(cid)) == D(2027, 3, 2)
    content.fill_open_columns(cid, today=D(2027, 2, 20))
    assert max(r["date"] for r in content.list_entries(cid)) == D(2027, 4, 21)
    state = content.column_state(cid)
    content.delete_column(cc, today=D(2027, 2, 1))
    rows = content.list_entries(cid)
    assert max(r["date"] for r in rows) == D(2027, 1, 31) and all(r["column"] is None for r in rows)
    content.restore_column_state(cid, state)
    assert len(content.list_entries(cid)) == len(state["entries"])


def test_balance_and_marketing_rule(workspace):
    cid = communities.create("X")
    rows = [{"content_class": c, "packaging": p, "status": s} for c, p, s in (
        ("product", "marketing", "idea"), ("product", "topic", "idea"), ("values", "topic", "idea"),
        ("interaction", "activity", "idea"), ("product", "topic", "skipped"))]
    b = content.balance(rows, 40)
    assert b["total"] == 4 and b["shares"]["product"] == 0.5 and b["marketing"] == 0.25
    assert b["warnings"] and "50%" in b["warnings"][0]
    assert content.balance(rows, 60)["warnings"] == []
    assert content.balance([], 40)["shares"]["product"] == 0.0
    content.add_entry(cid, {"title": "Flash sale", "date": D(2027, 1, 3), "packaging": "marketing"})
    assert "2027-01-03" in content.marketing_before_topics(cid)
    content.add_entry(cid, {"title": "Topic", "date": D(2027, 1, 2), "packaging": "topic"})
    assert content.marketing_before_topics(cid) is None


def test_overdue():
    entry = {"date": D(2027, 1, 1), "status": "drafted"}
    assert content.is_overdue(entry, D(2027, 1, 2))
    assert not content.is_overdue({**entry, "status": "published"}, D(2027, 1, 2))
    assert not content.is_overdue(entry, D(2027, 1, 1))
