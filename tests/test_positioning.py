import datetime as dt

import pytest

from app import domain
from app.services import communities, positioning

A, I, D, ACT, SAT, SH = range(6)


@pytest.mark.parametrize("span,expected", [
    ((I, D), "lead"), ((A, I), "lead"), ((D, ACT), "conversion"), ((ACT, ACT), "conversion"),
    ((SAT, SH), "fan"), ((SH, SH), "fan"), ((I, ACT), "conversion"),
])
def test_span_to_type(span, expected):
    assert domain.type_for_span(*span).type == expected


def test_whole_path_short_is_flash_and_needs_script():
    start = dt.date(2027, 6, 10)
    reading = domain.type_for_span(A, SH, start, start + dt.timedelta(days=7))
    assert reading.type == "flash" and reading.needs_script and reading.whole_path
    long = domain.type_for_span(A, SH, start, start + dt.timedelta(days=90))
    assert long.type == "conversion" and not long.needs_script
    assert domain.type_for_span(None, None).type is None


def test_reading_names_priority_and_flash_reminder(workspace):
    cid = communities.create("Flash", start_date=dt.date(2027, 6, 10))
    communities.update(cid, "end_date", "2027-06-13")
    communities.set_span(cid, A, SH)
    reading = positioning.reading(communities.get(cid))
    assert reading["type"] == "flash" and reading["priority"] == "a scripted run"
    assert any("script" in n for n in reading["notes"])
    communities.update(cid, "type_override", "fan")
    reading = positioning.reading(communities.get(cid))
    assert reading["type"] == "fan" and any("differs" in n for n in reading["notes"])


def test_span_must_be_contiguous_and_ordered(workspace):
    cid = communities.create("X")
    with pytest.raises(Exception, match="consecutive"):
        communities.set_span(cid, 3, 1)
    assert communities.set_span(cid, 1, 2) == (None, None)
    assert communities.set_span(cid, None, None) == (1, 2)


def test_missing_answers(workspace):
    cid = communities.create("X")
    communities.update(cid, "why", "reason")
    communities.update(cid, "how", "   ")
    assert positioning.missing_answers(communities.get(cid)) == ["what", "where", "who", "when", "how"]


def test_only_one_served_counterparty(workspace):
    cid = communities.create("X")
    a = positioning.counterparties.create(cid, {"name": "A", "served": True})
    b = positioning.counterparties.create(cid, {"name": "B"})
    before = positioning.set_served(b, True)
    assert before == [a]
    assert [r["served"] for r in positioning.counterparties.list(cid)] == [False, True]
    positioning.restore_served(cid, before)
    assert [r["served"] for r in positioning.counterparties.list(cid)] == [True, False]
