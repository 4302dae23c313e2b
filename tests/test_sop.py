import datetime as dt

import pytest

from app.errors import ValidationError
from app.services import communities, sop, templates


def test_timing_offsets():
    assert sop.timing_offsets("T-7") == (-7, -7)
    assert sop.timing_offsets("T0 20:00") == (0, 0)
    assert sop.timing_offsets("T+1..T+7") == (1, 7)
    assert sop.timing_offsets("t−3..T-1") == (-3, -1)
    assert sop.timing_offsets("每天 08:30") is None
    assert sop.timing_offsets("Wed 20:00") is None


def test_absolute_dates_follow_launch_and_event_t0(workspace):
    cid = communities.create("X", start_date=dt.date(2027, 3, 1))
    rows = {r["template_key"]: r for r in sop.list_rows(cid, "setup")}
    assert rows["s01"]["date"] == "2027-02-22"                 # T-7
    assert rows["s10"]["date"] == "2027-03-02 – 2027-03-08"    # T+1..T+7
    ev = sop.add_event(cid, "618", dt.date(2027, 6, 18))
    ev_rows = {r["template_key"]: r for r in sop.list_rows(cid, "event", ev)}
    assert ev_rows["e01"]["date"] == "2027-06-04"              # T-14 from the event's T0
    sop.events.update(ev, "t0", "2027-06-20")
    assert {r["template_key"]: r for r in sop.list_rows(cid, "event", ev)}["e01"]["date"] == "2027-06-06"


def test_type_specific_templates(workspace):
    lead = communities.create("Lead", type_override="lead")
    assert "48" in " ".join(r["task"] for r in sop.list_rows(lead, "growth"))  # the 48-hour fission sprint
    flash = communities.create("Flash", type_override="flash")
    (event, rows), = sop.all_event_rows(flash)
    assert len(rows) == 8 and rows[0]["template_key"] == "f01"
    daily = sop.list_rows(flash, "daily")
    assert {r["stage"] for r in daily} == {"Daily", "Weekly", "Monthly"}


def test_reset_from_template_adds_missing_and_keeps_edits(workspace):
    cid = communities.create("X")
    rows = sop.list_rows(cid, "planning")
    sop.rows.update(rows[0]["id"], "task", "My own wording")
    sop.rows.delete([rows[1]["id"]])
    added = templates.apply_sop_defaults(cid)
    assert len(added) == 1
    after = sop.list_rows(cid, "planning")
    assert len(after) == len(rows)
    assert after[0]["task"] == "My own wording"
    assert templates.apply_sop_defaults(cid) == []


def test_rows_add_move_duplicate_delete_restore(workspace):
    cid = communities.create("X", )
    first = sop.add_row(cid, "daily", {"task": "A"}, position=0)
    ids = [r["id"] for r in sop.list_rows(cid, "daily")]
    assert ids[0] == first
    sop.rows.move(cid, first, 2, table="daily", event=None)
    assert [r["id"] for r in sop.list_rows(cid, "daily")].index(first) == 2
    (copy,) = sop.duplicate_rows([first])
    order = [r["id"] for r in sop.list_rows(cid, "daily")]
    assert order.index(copy) == order.index(first) + 1
    snapshot = sop.rows.delete([first, copy])
    assert first not in [r["id"] for r in sop.list_rows(cid, "daily")]
    sop.rows.restore(snapshot)
    assert [r["id"] for r in sop.list_rows(cid, "daily")] == order


def test_status_must_be_known(workspace):
    cid = communities.create("X")
    row = sop.list_rows(cid, "daily")[0]
    with pytest.raises(ValidationError):
        sop.rows.update(row["id"], "status", "finished")
    assert sop.rows.get(row["id"])["status"] == "todo"


def test_progress_counts(workspace):
    rows = [{"status": s, "stage": st} for s, st in
            (("done", "a"), ("todo", "a"), ("skipped", "b"), ("done", "b"), ("doing", "b"))]
    assert sop.progress(rows) == (2, 4)
    assert sop.progress_by_stage(rows) == {"a": (1, 2), "b": (1, 2)}


def test_event_delete_and_restore(workspace):
    cid = communities.create("X")
    ev = sop.add_event(cid, "Launch party", "2027-01-01")
    before = sop.list_rows(cid, "event", ev)
    snap = sop.events.delete([ev])
    assert sop.events.list(cid) == []
    sop.events.restore(snap)
    assert sop.list_rows(cid, "event", ev) == before


def test_demo_tables_are_full(demo):
    for table in ("planning", "setup", "growth", "daily"):
        rows = sop.list_rows(demo, table)
        assert len(rows) >= 8 and all(r["task"] and r["owner"] for r in rows)
    (event, rows), = sop.all_event_rows(demo)
    assert rows


def test_progress_by_table_counts_like_progress(demo):
    counts = sop.progress_by_table(demo)
    for table in ("planning", "setup", "growth", "daily"):
        assert counts[table] == sop.progress(sop.list_rows(demo, table))
    assert counts["event"] == sop.progress([r for _, rows in sop.all_event_rows(demo) for r in rows])
