"""Hostile text everywhere: it round-trips through storage, and every export either holds
it faithfully or cleans it in the documented way (control characters removed, text kept
as text, never a formula), never a crash or a broken file."""
import datetime as dt
import re

import icalendar
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.errors import ValidationError
from app.services import communities, content, rules, sop
from exports import calendar_ics, sop_xlsx
from exports.xlsx import clean_text
from exports.files import export_name, safe_filename

SPECIAL = ["=1+1", "+SUM(A1:A9)", "-2", "@cmd", "=HYPERLINK(\"http://x\",\"y\")", "社群运营 🚀🔥",
           "مرحبا بالعالم", "\u202eevil\u202c", "a\x00b\x07c\x1bd", "tab\tand\nnewline", "CON", "a<b>c:d\"e/f\\g|h?i*j",
           "x" * 10_000, " leading and trailing ", "𠜎𠜱𠝹", ""]
hostile = st.one_of(st.sampled_from(SPECIAL),
                    st.text(alphabet=st.characters(codec="utf-8", categories=None,
                                                   exclude_categories=("Cs",)), max_size=300))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _community():
    return communities.create("Hostile", apply_templates=False)


@FAST
@given(value=hostile)
def test_text_fields_round_trip_through_storage(workspace, value):
    cid = _community()
    communities.update(cid, "why", value)                       # multi-line: stored exactly
    assert communities.get(cid)["why"] == value
    row = sop.add_row(cid, "planning", {"task": value, "notes": value})
    assert sop.rows.get(row)["task"] == value
    if len(value) <= 500 and value.strip():
        rule = rules.rules.create(cid, {"text": value}, kind="entry")
        assert rules.rules.get(rule)["text"] == value
    else:
        with pytest.raises(ValidationError):
            rules.rules.create(cid, {"text": value}, kind="entry")
    if 0 < len(value.strip()) <= 200:                           # one-line names are trimmed
        communities.update(cid, "name", value)
        assert communities.get(cid)["name"] == value.strip()
    else:
        with pytest.raises(ValidationError):
            communities.update(cid, "name", value)


def _tables():
    """Every user-edited table the services define (found, so a new one is covered too)."""
    import importlib
    import pkgutil

    import app.services
    from app.services.rows import RowTable
    modules = [importlib.import_module(f"app.services.{m.name}") for m in pkgutil.iter_modules(app.services.__path__)]
    return [(f"{module.__name__}.{name}", table) for module in modules
            for name, table in vars(module).items() if isinstance(table, RowTable)]


def _valid(rule):
    """A value each kind of field accepts, to create a row before writing the hostile text."""
    return {"line": "x", "text": "x", "bool": False, "int": rule.minimum or 1, "float": 1.0, "amount": 1.0,
            "time": "08:00",
            "date": dt.date(2027, 1, 1), "choice": rule.choices[-1] if rule.choices else ""}[rule.kind]


def _row(table, cid):
    """A new row of `table` in community `cid`, with every required field filled."""
    from app.services import roles
    scope = {"table": {"table": "planning"}, "kind": {"kind": "entry"},
             "role": {"role": roles.member_roles.create(cid, {"name": "r"}) if "role" in table.scope else None},
             "stage": {"stage": "setup"}, "layer": {"layer": "new"}}
    extra = {k: v for key in table.scope for k, v in scope.get(key, {}).items()}
    return table.create(cid, {k: _valid(rule) for k, rule in table.fields.items()}, **extra)


@FAST
@given(value=hostile)
def test_every_text_field_round_trips_or_is_refused(workspace, value):
    """Every line and text field of every table and of the community: the value is stored
    exactly (a one-line field without its outer spaces), or refused with a ValidationError
    and the stored value left as it was. Never another exception."""
    cid = _community()
    targets = [(f"communities.{k}", lambda f, v: communities.update(cid, f, v), lambda f: communities.get(cid)[f], k,
                rule) for k, rule in communities.FIELDS.items() if rule.kind in ("line", "text")]
    # the calendar's tables are written through their own functions (they regenerate entries)
    writers = {"app.services.content.columns": content.update_column,
               "app.services.content.entries": content.update_entry}
    for name, table in _tables():
        row = _row(table, cid)
        write_row = writers.get(name, table.update)
        targets += [(f"{name}.{k}", lambda f, v, w=write_row, r=row: w(r, f, v),
                     lambda f, t=table, r=row: t.get(r)[f], k, rule)
                    for k, rule in table.fields.items() if rule.kind in ("line", "text")]
    assert len(targets) > 40
    for where, write, read, key, rule in targets:
        before = read(key)
        try:
            write(key, value)
        except ValidationError:
            assert read(key) == before, where
            continue
        if where.endswith("columns.weekdays"):  # stored normalised, as '0,2,4'
            expected = ",".join(map(str, content.parse_weekdays(value)))
        else:
            expected = value.strip() if rule.kind == "line" else value
        assert read(key) == expected, where


@FAST
@given(number=st.one_of(st.integers(-2**70, 2**70), st.sampled_from([2**63 - 1, 2**63, -2**63 - 1])),
       as_text=st.booleans())
def test_every_number_field_stores_or_refuses_any_whole_number(workspace, number, as_text):
    """A number beyond what SQLite holds (2**63 - 1) is refused with a message like any other
    bad value; it once reached the database and raised OverflowError."""
    cid = _community()
    targets = [(f"communities.{k}", lambda f, v: communities.update(cid, f, v), lambda f: communities.get(cid)[f], k,
                rule) for k, rule in communities.FIELDS.items() if rule.kind in ("int", "float")]
    for name, table in _tables():
        if name.endswith("content.columns"):
            continue  # its numbers (day of month) are bounded by the schedule's own check
        row = _row(table, cid)
        targets += [(f"{name}.{k}", lambda f, v, t=table, r=row: t.update(r, f, v),
                     lambda f, t=table, r=row: t.get(r)[f], k, rule)
                    for k, rule in table.fields.items() if rule.kind in ("int", "float")]
    for where, write, read, key, rule in targets:
        before = read(key)
        try:
            write(key, str(number) if as_text else number)
        except ValidationError:
            assert read(key) == before, where
            continue
        assert read(key) == (float(number) if rule.kind == "float" else number), where


@FAST
@given(value=hostile)
def test_xlsx_holds_text_never_formulas(workspace, tmp_path_factory, value):
    cid = _community()
    sop.add_row(cid, "planning", {"task": value, "owner": value[:200], "notes": value})
    path = sop_xlsx.export_workbook(cid, tmp_path_factory.mktemp("x") / "out.xlsx")
    ws = openpyxl.load_workbook(path)["Planning flow SOP"]
    for col in (4, 10):
        cell = ws.cell(3, col)
        expected = clean_text(value)
        assert (cell.value or "") == expected
        assert cell.data_type == "s" or cell.value is None
    assert not any(isinstance(c.value, str) and c.data_type == "f" for row in ws.iter_rows() for c in row)


@FAST
@given(value=hostile)
def test_ics_holds_the_text(workspace, tmp_path_factory, value):
    cid = _community()
    title = value.strip()[:300] or "x"
    content.add_entry(cid, {"title": title, "date": dt.date(2027, 1, 1), "time": "08:30", "notes": value})
    path = calendar_ics.export(cid, tmp_path_factory.mktemp("c") / "out.ics")
    (event,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == clean_text(title)
    assert clean_text(value).strip() in str(event["description"])


@settings(max_examples=500, deadline=None)
@given(value=st.one_of(hostile, st.integers(), st.floats(), st.none(), st.booleans(),
                       st.integers(-10**12, 10**12).map(lambda n: f"{n}:{n}")))
def test_every_kind_of_field_refuses_with_a_message_never_a_crash(value):
    """Whatever is typed into any kind of field is stored cleaned or refused with a
    ValidationError (a time of 2147483648:0 once raised OverflowError)."""
    from app.services.fields import Field
    for rule in (Field("F", kind=kind, choices=("a",)) for kind in
                 ("line", "text", "bool", "int", "float", "date", "time", "choice")):
        try:
            rule.clean(value)
        except ValidationError:
            pass


@settings(max_examples=200, deadline=None)
@given(name=hostile)
def test_file_names_are_always_legal_on_windows(name):
    safe = safe_filename(name)
    assert safe and len(safe.encode("utf-8")) <= 201  # (a reserved name gains a "_")
    default = export_name(name, "日常维护SOP", "2027-01-01", suffix=".xlsx")
    assert len(default.encode("utf-8")) <= 255 and default.endswith("-日常维护SOP-2027-01-01.xlsx")
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', safe)
    assert not safe.endswith((" ", "."))
    assert safe.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


@pytest.mark.parametrize("name", ["=cmd|' /C calc'!A0", "社群 🚀 \u202eevil", "a\x07b"])
def test_png_title_and_default_file_name(qapp, workspace, tmp_path, name):
    from app.services import growth
    from ui.growth import chart_png
    cid = communities.create(name.replace("\x07", ""), apply_templates=False)
    growth.upsert_day(cid, dt.date(2027, 1, 1), {"total": 10})
    growth.upsert_day(cid, dt.date(2027, 1, 2), {"total": 12})
    path = chart_png.export(cid, tmp_path / "c.png", size=(600, 400))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    file_name = sop_xlsx.default_filename(communities.get(cid))
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', file_name)


def test_dates_outside_the_plan_range_are_refused_and_its_edges_work(workspace, tmp_path):
    """Year 9999 plus a day, or a calendar horizon 60 days past it, overflowed; dates are kept
    to 1900–2199 at every edge, and the last day of that range exports and expands."""
    from app.services import growth, metrics_import
    from app.services.fields import DATE_MAX, DATE_MIN
    cid = _community()
    for bad in (dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(2200, 1, 1)):
        for write in (lambda d: growth.upsert_day(cid, d, {"total": 1}),
                      lambda d: content.add_entry(cid, {"title": "t", "date": d}),
                      lambda d: communities.update(cid, "start_date", d),
                      lambda d: sop.events.create(cid, {"name": "e", "t0": d})):
            with pytest.raises(ValidationError, match="outside the years 1900–2199"):
                write(bad)
    parsed = metrics_import.parse(["date", "total"], [["9999-12-31", "1"], ["2027-01-01", "2"]],
                                  metrics_import.guess_mapping(["date", "total"]))
    assert parsed.errors == ["Row 2, column date: 9999-12-31 is outside the years 1900–2199."]
    content.add_entry(cid, {"title": "last day", "date": DATE_MAX})
    content.add_entry(cid, {"title": "first day", "date": DATE_MIN, "time": "08:00"})
    events = icalendar.Calendar.from_ical(calendar_ics.export(cid, tmp_path / "edge.ics").read_bytes()).walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == ["first day", "last day"]
    column = content.create_column(cid, {"name": "daily", "start_date": DATE_MAX, "schedule": "daily"},
                                   today=DATE_MAX)
    assert content.columns.get(column)["start_date"] == DATE_MAX


def test_date_boxes_offer_only_the_plan_range(qapp):
    from app.services.fields import DATE_MAX, DATE_MIN
    from ui.widgets.date_edit import date_edit
    edit = date_edit()
    assert (edit.minimumDate().toPython(), edit.maximumDate().toPython()) == (DATE_MIN, DATE_MAX)
