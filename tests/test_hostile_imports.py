"""Hostile workbooks and CSV files: refused quickly with a message that names the file and
the limit, nothing imported, the workspace unchanged; imports say what they did."""
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.errors import UserError
from app.services import communities, metrics_import as mi, table_files
from exports import sop_import, sop_xlsx
from tests.test_hostile_files import snapshot

ROOT = Path(__file__).resolve().parent.parent
SHEET = "xl/worksheets/sheet1.xml"


def workbook(tmp_path, rows=(("date", "members"), ("2026-01-01", 5)), name="in.xlsx") -> Path:
    path = tmp_path / name
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def replace_part(path: Path, part: str, data: bytes | None = None, chunks=None) -> Path:
    """The same workbook with one part's contents replaced (written in chunks when given)."""
    out = path.with_name("hostile-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != part:
                dst.writestr(info, src.read(info))
            elif chunks is not None:
                with dst.open(part, "w", force_zip64=True) as fh:
                    for chunk in chunks:
                        fh.write(chunk)
            else:
                dst.writestr(part, data)
    return out


def sheet_xml(body: str, head: str = "") -> bytes:
    return (f'<?xml version="1.0"?>{head}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
            f'main"><sheetData>{body}</sheetData></worksheet>').encode()


def refused(path: Path, match: str, community=None):
    """Both readers refuse `path` with the message, and nothing is stored."""
    with pytest.raises(UserError, match=match):
        mi.load(path)
    if community is not None:
        with pytest.raises(UserError, match=match):
            sop_import.read_workbook(community, path)


def test_a_zip_bomb_is_refused_from_its_directory_at_once(demo, workspace, tmp_path):
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 1000 + b"</t></is></c></row>"
    bomb = replace_part(workbook(tmp_path), SHEET, chunks=[row * 1000] * 60)  # ~60 MB from ~60 KB
    assert bomb.stat().st_size < 1 << 20
    before = snapshot(workspace)
    started = time.perf_counter()
    refused(bomb, "would inflate .* times, as a “zip bomb” does", demo)
    assert time.perf_counter() - started < 2
    assert snapshot(workspace) == before


def test_entity_tricks_are_refused_whatever_the_expat(demo, tmp_path):
    lol = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    bomb = replace_part(workbook(tmp_path), SHEET, sheet_xml('<row r="1"><c t="inlineStr"><is><t>&c;</t></is></c></row>',
                                                           lol))
    refused(bomb, "declares XML entities or external references", demo)
    external = replace_part(workbook(tmp_path, name="ext.xlsx"), SHEET, sheet_xml(
        '<row r="1"><c t="inlineStr"><is><t>&e;</t></is></c></row>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'))
    refused(external, "declares XML entities or external references", demo)


def test_damaged_workbooks_name_no_exception_class(demo, tmp_path):
    good = workbook(tmp_path)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(truncated, "damaged or incomplete", demo)
    garbled = replace_part(good, SHEET, b"<worksheet><sheetData><row><c>")
    with pytest.raises(UserError) as caught:
        mi.load(garbled)
    assert "ParseError" not in str(caught.value) and "damaged" in str(caught.value)


def test_ten_thousand_columns_and_huge_cells_stop_at_the_limit(demo, tmp_path):
    wide = workbook(tmp_path, [["date", *[f"c{i}" for i in range(10_000)]]], name="wide.xlsx")
    refused(wide, "row 1, with 10,001 columns, is more than the planner reads \\(256 columns\\)")
    claims = replace_part(workbook(tmp_path, name="dim.xlsx"), SHEET, sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c></row>').replace(
        b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>'))
    assert mi.load(claims).errors == ["No column is mapped to any number."]  # the dimension pads nothing
    csv = tmp_path / "big-cell.csv"
    csv.write_text("date,members\n2026-01-01," + "9" * 40_000 + "\n")
    refused(csv, "a cell in row 2 is more than the planner reads \\(32,767 characters\\)")


def test_too_many_rows_stop_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(mi, "LIMITS", table_files.Limits(rows=1_000))
    csv = tmp_path / "long.csv"
    csv.write_text("date,members\n" + "2026-01-01,1\n" * 1_500)
    refused(csv, "the number of rows is more than the planner reads \\(1,000\\)")


def test_csv_with_a_nul_byte_utf16_and_gbk(workspace, tmp_path):
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"date,members\n2026-01-01,1\x00\n")
    refused(nul, "neither a CSV file nor an Excel workbook")
    text = "日期,群成员数\n2026-01-01,12\n2026-01-02,13\n"
    for encoding in ("utf-16", "gbk", "utf-8-sig"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        parsed = mi.load(path)
        assert parsed.errors == [] and [r[1] for r in parsed.rows] == [12, 13], encoding


def test_a_workbook_with_100_sheets(demo, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["date", "members"])
    wb.active.append(["2026-01-01", 7])
    for i in range(99):
        wb.create_sheet(f"s{i}").append([i])
    path = tmp_path / "many.xlsx"
    wb.save(path)
    assert [r[1] for r in mi.load(path).rows] == [7]
    with pytest.raises(UserError, match="Sheet “Sheet” is not one of the SOP tables"):
        sop_import.read_workbook(demo, path)


def test_sop_import_back_streams_an_export(demo, tmp_path):
    path = sop_xlsx.export_workbook(demo, tmp_path / "sop.xlsx")
    seen = []
    plan = sop_import.read_workbook(demo, path, report=lambda stage, done, total: seen.append(done))
    assert plan.updates == [] and plan.adds == [] and plan.unchanged > 40


# -- imports say what they did

WECOM = ("日期,客户群总数,新增客户群数,客户群成员总数,新增客户群成员数,发过消息的客户群成员数,客户群消息总数,退群人数\n"
         "2026-03-01,3,0,410,12,88,960,2\n2026-03-02,3,0,418,9,91,1010,1\n2026-03-03,4,1,430,14,95,1100,2\n")


def test_console_headers_map_with_their_prefixes_and_units(tmp_path):
    path = tmp_path / "wecom.csv"
    path.write_text(WECOM)
    parsed = mi.load(path)
    named = {f: parsed.headers[i] for f, i in parsed.mapping.items() if i is not None}
    assert named == {"date": "日期", "total": "客户群成员总数", "joined": "新增客户群成员数", "left": "退群人数",
                     "speakers": "发过消息的客户群成员数", "messages": "客户群消息总数"}
    assert parsed.ignored == [("客户群总数", True), ("新增客户群数", True)]
    headers = ["统计日期", "今日入群人数", "群成员数（人）", "消息数 (条)", "成交额(元)", "备注"]
    mapping = mi.guess_mapping(headers)
    assert {f: headers[i] for f, i in mapping.items() if i is not None} == {
        "date": "统计日期", "joined": "今日入群人数", "total": "群成员数（人）", "messages": "消息数 (条)",
        "revenue": "成交额(元)"}


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_cli_prints_the_mapping_the_ignored_columns_and_takes_map(tmp_path):
    ws = tmp_path / "ws.sqlite"
    assert run("--workspace", ws, "demo").returncode == 0
    path = tmp_path / "wecom.csv"
    path.write_text(WECOM)
    result = run("--workspace", ws, "import-metrics", "--community", "1", "--file", path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # piped: no progress
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Columns read: 日期 → date, 客户群成员总数 → total")
    assert lines[1] == "Columns ignored: 客户群总数, 新增客户群数"
    assert "2 columns of numbers were not imported (客户群总数, 新增客户群数)" in lines[2]
    result = run("--workspace", ws, "import-metrics", "--community", "1", "--file", path,
                 "--map", "客户群总数=conversions", "--map", "新增客户群数=")
    assert result.returncode == 0, result.stderr
    assert "客户群总数 → conversions" in result.stdout and "not imported" not in result.stdout
    result = run("--workspace", ws, "import-metrics", "--community", "1", "--file", path, "--map", "nope=total")
    assert result.returncode == 2 and "the file has no column “nope”" in result.stderr


def test_the_cli_refuses_a_bomb_with_exit_2_and_an_unchanged_workspace(tmp_path):
    ws = tmp_path / "ws.sqlite"
    assert run("--workspace", ws, "demo").returncode == 0
    row = b'<row><c t="inlineStr"><is><t>' + b"B" * 1000 + b"</t></is></c></row>"
    bomb = replace_part(workbook(tmp_path), SHEET, chunks=[row * 1000] * 30)
    before = snapshot(ws)
    result = run("--workspace", ws, "import-metrics", "--community", "1", "--file", bomb)
    assert result.returncode == 2 and "zip bomb" in result.stderr and result.stderr.count("\n") == 1
    assert snapshot(ws) == before


def test_communities_untouched_by_a_refused_import(demo, workspace, tmp_path):
    before = communities.get(demo)
    csv = tmp_path / "bad.csv"
    csv.write_bytes(b"\x00" * 10)
    with pytest.raises(UserError):
        mi.load(csv)
    assert communities.get(demo) == before


def test_the_cli_shows_progress_on_a_terminal_only(tmp_path):
    import os
    import pty
    ws = tmp_path / "ws.sqlite"
    assert run("--workspace", ws, "demo").returncode == 0
    path = tmp_path / "n.csv"
    path.write_text("date,members\n2030-01-01,5\n")
    main, terminal = pty.openpty()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--workspace", str(ws), "import-metrics",
                             "--community", "1", "--file", str(path)], stdout=subprocess.PIPE, stderr=terminal,
                            text=True, timeout=120)
    os.close(terminal)
    shown = os.read(main, 65536).decode()
    os.close(main)
    assert result.returncode == 0
    assert "Checking the file…" in shown and shown.endswith("\r\x1b[K")  # drawn, then wiped


def test_a_formula_without_a_computed_value_is_named_not_read_as_blank(demo, tmp_path):
    path = sop_xlsx.export_workbook(demo, tmp_path / "sop.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws["D3"] = "=UPPER(E3)"  # written by a script: no cached value, as openpyxl saves it
    wb.save(path)
    with pytest.raises(UserError, match="cell D3: the formula =UPPER\\(E3\\) has no computed value"):
        sop_import.read_workbook(demo, path)
