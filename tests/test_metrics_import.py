import datetime as dt

import openpyxl
import pytest
from hypothesis import given, settings, strategies as st

from app.errors import UserError
from app.services import communities, growth, metrics_import as mi

D = dt.date


def days(parsed):
    """The parsed rows as dicts, for reading in tests."""
    return [dict(zip(("date", *parsed.fields), row)) for row in parsed.rows]


def write(tmp_path, text, name="numbers.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_wecom_headers_are_mapped(workspace, tmp_path):
    cid = communities.create("X")
    path = write(tmp_path, "stat_time,member_total,new_member_cnt,member_has_msg,msg_total\n"
                           "2026-01-05,100,5,20,88\n2026/1/6,104,4,21,90\n")
    parsed = mi.load(path)
    assert parsed.errors == []
    assert parsed.mapping == {"date": 0, "total": 1, "joined": 2, "left": None, "speakers": 3, "messages": 4,
                              "conversions": None, "revenue": None}
    assert mi.preview(cid, parsed) == {"new": [D(2026, 1, 5), D(2026, 1, 6)], "changed": [], "unchanged": 0}
    mi.apply(cid, parsed)
    rows = growth.list_days(cid)
    assert [(r["date"], r["total"], r["speakers"], r["left"]) for r in rows] == [
        (D(2026, 1, 5), 100, 20, None), (D(2026, 1, 6), 104, 21, None)]


def test_chinese_headers_gbk_and_mixed_dates(workspace, tmp_path):
    cid = communities.create("X")
    path = write(tmp_path, "日期,总人数,入群,退群,发言人数,消息数,付费人数,收入\n"
                           "2026/1/5,100,5,1,20,88,1,599\n2026-01-06,104,4,0,,90,0,0\n1月7日,105,1,0,10,30,2,\"1,198\"\n",
                 encoding="gbk")
    parsed = mi.load(path, default_year=2026)
    assert parsed.errors == [] and [r["date"] for r in days(parsed)] == [D(2026, 1, 5), D(2026, 1, 6), D(2026, 1, 7)]
    assert days(parsed)[1]["speakers"] is None and days(parsed)[2]["revenue"] == 1198.0
    mi.apply(cid, parsed)
    assert growth.list_days(cid)[2]["conversions"] == 2


def test_every_kind_of_bad_row_is_listed_and_nothing_imported(workspace, tmp_path):
    cid = communities.create("X")
    growth.upsert_day(cid, D(2026, 1, 1), {"total": 50})
    path = write(tmp_path, "date,total,joined,speakers\n"
                           "2026-13-01,1,1,1\n"       # row 2: bad date
                           "2026-01-02,-5,1,1\n"      # row 3: negative
                           "2026-01-03,10,1.5,1\n"    # row 4: not a whole count
                           "2026-01-04,10,1,11\n"     # row 5: speakers > members
                           "2026-01-05,10,1,1\n"
                           "2026-01-05,10,1,1\n")     # row 7: duplicated date
    parsed = mi.load(path)
    assert parsed.errors == [
        "Row 2, column date: “2026-13-01” is not a date.",
        "Row 3, column total: “-5” is not a count of zero or more.",
        "Row 4, column joined: “1.5” is not a count of zero or more.",
        "Row 5, column speakers: 11 speakers is more than the 10 members.",
        "Row 7, column date: 2026-01-05 is already on row 6.",
    ]
    with pytest.raises(UserError, match="5 problems; nothing was imported"):
        mi.apply(cid, parsed)
    assert [r["date"] for r in growth.list_days(cid)] == [D(2026, 1, 1)]


def test_overwrite_preview_apply_and_revert(workspace, tmp_path):
    cid = communities.create("X")
    growth.upsert_day(cid, D(2026, 1, 5), {"total": 90, "left": 3})
    growth.upsert_day(cid, D(2026, 1, 6), {"total": 104})
    path = write(tmp_path, "date,total\n2026-01-05,100\n2026-01-06,104\n2026-01-07,110\n")
    parsed = mi.load(path)
    assert mi.preview(cid, parsed) == {"new": [D(2026, 1, 7)], "changed": [D(2026, 1, 5)], "unchanged": 1}
    before = growth.list_days(cid)
    replaced = mi.apply(cid, parsed)
    after = {r["date"]: r for r in growth.list_days(cid)}
    assert after[D(2026, 1, 5)]["total"] == 100 and after[D(2026, 1, 5)]["left"] == 3  # unmapped kept
    mi.revert(cid, parsed, replaced)
    assert growth.list_days(cid) == before


def test_excel_file_and_sheet_choice(workspace, tmp_path):
    cid = communities.create("X")
    path = tmp_path / "wecom.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    ws = wb.create_sheet("数据")
    ws.append(["统计日期", "群成员数", "消息总数"])
    ws.append([dt.datetime(2026, 2, 1), 300, 1200])
    ws.append(["2026-02-02", 310, None])
    wb.save(path)
    with pytest.raises(UserError, match="no sheet called “Data”"):
        mi.load(path, "Data")
    parsed = mi.load(path, "数据")
    assert parsed.errors == []
    assert days(parsed)[0] == {"date": D(2026, 2, 1), "total": 300, "messages": 1200}
    mi.apply(cid, parsed)
    assert growth.list_days(cid)[1]["messages"] is None


# cells as operators type them: plain, padded, signed, decimal, with thousands separators,
# blank, negative, not a number at all
count_cells = st.one_of(st.integers(0, 10**6).map(str), st.sampled_from(
    ["", " ", "+5", " 7 ", "007", "3.0", "2.5", "1,200", "-1", "nan", "inf", "x", "٣"]))
amount_cells = st.one_of(st.floats(0, 1e6).map(lambda v: f"{v:.2f}"), count_cells)
date_cells = st.one_of(st.dates(D(2000, 1, 1), D(2030, 12, 31)).map(str),
                       st.sampled_from(["2026/1/5", "1月7日", "2026-W01-1", " 2026-01-05", "2026-02-30", ""]))
day_rows = st.lists(st.tuples(date_cells, count_cells, count_cells, amount_cells).map(list),
                    min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(rows=day_rows)
def test_column_fast_path_agrees_with_the_row_by_row_check(rows):
    """A clean file is checked a column at a time; whatever it accepts must come out exactly
    as the row-by-row check (which words the errors) would have it."""
    headers = ["date", "total", "speakers", "revenue"]
    mapping = mi.guess_mapping(headers)
    fast = mi.parse(headers, rows, mapping, default_year=2026)
    original = mi._parse_clean
    mi._parse_clean = lambda *args: None  # force the row-by-row check
    try:
        careful = mi.parse(headers, rows, mapping, default_year=2026)
    finally:
        mi._parse_clean = original
    assert (fast.rows, fast.errors, fast.fields) == (careful.rows, careful.errors, careful.fields)
    assert [type(v) for row in fast.rows for v in row] == [type(v) for row in careful.rows for v in row]


@pytest.mark.parametrize("content,message", [
    (b"", "is empty"),
    (b"\x00\x01\x02garbage\xff" * 50, "neither a CSV file nor an Excel workbook"),
    (b"PK\x03\x04 not really a zip", "not an Excel workbook"),
])
def test_unreadable_files(workspace, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        mi.load(path)


def test_infinite_and_huge_numbers_are_refused_not_a_crash(tmp_path):
    text = "date,total,revenue\n2026-01-01,inf,1\n2026-01-02,1,Infinity\n2026-01-03,99999999999999999999,1\n"
    assert mi.load(write(tmp_path, text)).errors == [
        "Row 2, column total: “inf” is not a count of zero or more.",
        "Row 3, column revenue: “Infinity” is not a count of zero or more.",
        "Row 4, column total: “99999999999999999999” is not a count of zero or more."]


def test_blank_lines_and_rows_of_empty_cells_are_skipped(tmp_path):
    """Skipped, but counted: row numbers in messages were once off by the blank lines above."""
    text = "date,total\n\n2026-01-01,5\n , \n,\n ,7\n2026-01-02,6\n"
    assert mi.load(write(tmp_path, "\n\n" + text)).errors == ["Row 8, column date: “ ” is not a date."]
    parsed = mi.load(write(tmp_path, text))
    assert parsed.errors == ["Row 6, column date: “ ” is not a date."]  # the file's own line number
    parsed = mi.load(write(tmp_path, text.replace(" ,7\n", "")))
    assert parsed.errors == [] and [r[1] for r in parsed.rows] == [5, 6]


def test_text_that_is_not_a_table_gets_a_clear_result(tmp_path):
    """Found by a random-actions run: a calendar file picked by mistake made the delimiter
    sniffer raise csv.Error; a cell over 128 KB made the reader raise it."""
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nSUMMARY:早报\nEND:VCALENDAR\n"
    assert mi.load(write(tmp_path, ics)).errors == ["No column is mapped to the date."]
    with pytest.raises(UserError, match="a cell in row 2 is more than the planner reads \\(32,767 characters\\)"):
        mi.load(write(tmp_path, "date,notes\n2026-01-01,\"" + "x" * 200_000 + "\"\n"))


def test_file_without_date_or_numbers(tmp_path):
    assert mi.load(write(tmp_path, "name,total\nA,1\n")).errors == ["No column is mapped to the date."]
    assert mi.load(write(tmp_path, "date,notes\n2026-01-01,x\n")).errors == ["No column is mapped to any number."]


def test_cli_import_metrics(tmp_path):
    from tests.test_cli import run
    ws = tmp_path / "w.sqlite"
    run("--workspace", ws, "demo")
    good = write(tmp_path, "date,total\n2030-01-01,10\n2030-01-02,12\n")
    result = run("--workspace", ws, "import-metrics", "--community", "1", "--file", good)
    assert result.returncode == 0 and "Imported 2 days: 2 new" in result.stdout
    bad = write(tmp_path, "date,total\n2030-01-03,x\n", name="bad.csv")
    result = run("--workspace", ws, "import-metrics", "--community", "1", "--file", bad)
    assert result.returncode == 2 and "Row 2, column total" in result.stderr
    assert "1 problems, nothing was imported" in result.stderr.splitlines()[0]


def test_hundred_thousand_rows_all_or_nothing(workspace, tmp_path):
    cid = communities.create("Big", apply_templates=False)
    start = D(1900, 1, 1)  # 100,000 days from here stay inside the plan range (to 2199)
    lines = ["date,total,joined,messages"] + [
        f"{start + dt.timedelta(days=i)},{1000 + i},{i % 50},{i % 300}" for i in range(100_000)]
    bad = write(tmp_path, "\n".join(lines + ["2190-01-01,-1,0,0"]), name="bad.csv")
    parsed = mi.load(bad)
    assert parsed.errors == ["Row 100002, column total: “-1” is not a count of zero or more."]
    with pytest.raises(UserError):
        mi.apply(cid, parsed)
    assert growth.list_days(cid) == []
    parsed = mi.load(write(tmp_path, "\n".join(lines), name="good.csv"))
    mi.apply(cid, parsed)
    rows = growth.list_days(cid)
    assert len(rows) == 100_000 and rows[-1]["total"] == 100_999 and rows[12345]["messages"] == 12345 % 300
