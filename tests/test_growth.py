import datetime as dt

import pytest

from app.errors import ValidationError
from app.services import communities, growth

D = dt.date


def day(d, total=None, joined=None, left=None, speakers=None, messages=None, conversions=None, revenue=None):
    return {"date": d, "total": total, "joined": joined, "left": left, "speakers": speakers,
            "messages": messages, "conversions": conversions, "revenue": revenue}


def test_derived_metrics_by_day_with_gaps_and_zero_members():
    rows = [day(D(2027, 1, 4), 100, 10, 2, 20, 80, 2, 398.0),
            day(D(2027, 1, 5), 110, 12, 2, None, 55, 0, 0.0),
            day(D(2027, 1, 6), 0, 0, 110, 0, 0, 0, 0.0)]
    d1, d2, d3 = growth.derive(rows, "day")
    assert d1["net"] == 8 and d1["churn"] == pytest.approx(2 / 92)       # start = 100 - 10 + 2
    assert d1["speaking_rate"] == 0.2 and d1["msgs_per_member"] == 0.8 and d1["msgs_per_speaker"] == 4
    assert d1["conversion"] == 0.02 and d1["arpu"] == 199 and d1["revenue_per_member"] == 3.98
    assert d2["churn"] == pytest.approx(2 / 100)                          # previous day's members
    assert d2["speakers"] is None and d2["speaking_rate"] is None and d2["msgs_per_speaker"] is None
    assert d2["arpu"] is None                                             # no conversions: no ARPU, not 0
    assert d3["speaking_rate"] is None and d3["conversion"] is None and d3["churn"] == 1.0


def test_week_and_month_aggregation():
    rows = [day(D(2027, 1, 4) + dt.timedelta(days=i), 100 + i, 2, 1, 10 + i, 30, 1, 99.0) for i in range(10)]
    weeks = growth.derive(rows, "week")
    assert [w["date"] for w in weeks] == [D(2027, 1, 4), D(2027, 1, 11)]
    assert weeks[0]["total"] == 106 and weeks[0]["joined"] == 14 and weeks[0]["net"] == 7
    assert weeks[0]["speakers"] == 16 and weeks[0]["revenue"] == 693.0 and weeks[0]["arpu"] == 99.0
    assert weeks[1]["churn"] == pytest.approx(3 / 106)
    (month,) = growth.derive(rows, "month")
    assert month["date"] == D(2027, 1, 1) and month["messages"] == 300 and month["total"] == 109


def test_all_missing_flow_is_none_not_zero():
    (w,) = growth.derive([day(D(2027, 1, 4), 50), day(D(2027, 1, 5), 51)], "week")
    assert w["joined"] is None and w["net"] is None and w["messages"] is None


def test_metrics_validation(workspace):
    cid = communities.create("X")
    with pytest.raises(ValidationError, match="more than the 10 members"):
        growth.upsert_day(cid, D(2027, 1, 1), {"total": 10, "speakers": 11})
    with pytest.raises(ValidationError, match="at least 0"):
        growth.upsert_day(cid, D(2027, 1, 1), {"joined": -1})
    with pytest.raises(ValidationError, match="not a whole number"):
        growth.upsert_day(cid, D(2027, 1, 1), {"joined": "many"})
    assert growth.list_days(cid) == []
    growth.upsert_day(cid, D(2027, 1, 1), {"total": "10", "speakers": "", "revenue": "1,299.5"})
    (row,) = growth.list_days(cid)
    assert row["total"] == 10 and row["speakers"] is None and row["revenue"] == 1299.5
    old = growth.upsert_day(cid, D(2027, 1, 1), {"total": 12})
    assert old["total"] == 10 and growth.list_days(cid)[0]["total"] == 12
    growth.restore_day(cid, D(2027, 1, 1), old)
    assert growth.list_days(cid)[0]["total"] == 10
    with pytest.raises(ValidationError, match="already"):
        growth.metrics.create(cid, {"date": D(2027, 1, 1)})


def test_goal_projection():
    rows = [day(D(2027, 1, 1) + dt.timedelta(days=i), 100 + 2 * i) for i in range(30)]
    today = D(2027, 1, 31)
    goal = {"metric": "total", "target": 200, "deadline": D(2027, 3, 1), "start_value": None,
            "start_date": D(2027, 1, 1)}
    s = growth.goal_status(goal, rows, today)
    assert s.current == 158 and s.trend == pytest.approx(2.0) and s.projected == D(2027, 2, 20)
    assert s.text == "At this pace: reached on 2027-02-20." and s.progress == pytest.approx(0.58)
    assert s.pace_needed == pytest.approx(42 / 29)
    late = growth.goal_status({**goal, "deadline": D(2027, 2, 10)}, rows, today)
    assert "Not reached by the deadline 2027-02-10" in late.text and late.projected == D(2027, 2, 20)
    flat = [day(r["date"], 150) for r in rows]
    assert "Not moving" in growth.goal_status(goal, flat, today).text
    done = growth.goal_status({**goal, "target": 150}, rows, today)
    assert done.reached and done.text.startswith("Reached")
    assert growth.goal_status(goal, [], today).text == "No numbers yet."
    far = growth.goal_status({**goal, "target": 1e15}, rows, today)  # once: OverflowError in timedelta
    assert far.projected is None and far.text.endswith("at this pace (not before 2200).")


def test_goal_on_rates_and_flows():
    rows = [day(D(2027, 1, 1) + dt.timedelta(days=i), 100, 5, 0, 10 + i, None, 1, 100.0) for i in range(10)]
    rate = {"metric": "speaking_rate", "target": 25, "deadline": D(2027, 2, 1), "start_value": None,
            "start_date": D(2027, 1, 1)}
    s = growth.goal_status(rate, rows, D(2027, 1, 11))
    assert s.current == pytest.approx(19.0) and s.trend == pytest.approx(1.0)
    revenue = {"metric": "revenue", "target": 2000, "deadline": D(2027, 2, 1), "start_value": 0,
               "start_date": D(2027, 1, 6)}
    s = growth.goal_status(revenue, rows, D(2027, 1, 11))
    assert s.current == 500 and s.progress == 0.25 and s.projected == D(2027, 1, 25)


def test_stage_periods(workspace):
    cid = communities.create("X")
    growth.stages.create(cid, {"stage": "growth", "start_date": D(2027, 2, 1)})
    growth.stages.create(cid, {"stage": "setup", "start_date": D(2027, 1, 1)})
    assert growth.stage_periods(cid, D(2027, 3, 1)) == [("setup", D(2027, 1, 1), D(2027, 2, 1)),
                                                          ("growth", D(2027, 2, 1), D(2027, 3, 1))]


def test_demo_has_six_months_and_goals(demo):
    # (three goals of the plan, and one due this week so the agenda shows a goal deadline)
    rows = growth.list_days(demo)
    assert len(rows) == 180 and rows[-1]["total"] > 5 * rows[0]["total"]
    assert any(r["messages"] is None for r in rows)
    assert len(growth.goals.list(demo)) == 4 and len(growth.stages.list(demo)) == 3
