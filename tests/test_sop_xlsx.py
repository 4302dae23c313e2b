import datetime as dt
import os

import openpyxl
import pytest

from app.errors import UserError
from app.services import communities, sop
from exports import sop_import, sop_xlsx, xlsx

TODAY = dt.date(2026, 11, 24)


def _export(cid, tmp_path, **kw):
    return sop_xlsx.export_workbook(cid, tmp_path / "out.xlsx", today=TODAY, **kw)


def test_workbook_layout(demo, tmp_path):
    path = _export(demo, tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Planning flow SOP", "Setup SOP", "Growth SOP", "Daily care SOP", "Event SOP"]
    assert wb.properties.title.endswith("– SOP") and wb.properties.creator == "Community planner"
    ws = wb["Daily care SOP"]
    rows = sop.list_rows(demo, "daily")
    assert ws["A1"].value.startswith("Excel at Work Bootcamp") and "2026-11-24" in ws["A1"].value
    assert "A1:K1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[2]] == ["Stage", "Timing", "Date", "Task", "Actions / script", "Owner",
                                        "Materials / deliverable", "Done when / KPI", "Status", "Notes", "ID"]
    assert ws["A2"].font.bold and ws["A2"].fill.fgColor.rgb.endswith("2F5D8A")
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == f"A2:K{2 + len(rows)}"
    for i, row in enumerate(rows, start=3):
        assert ws.cell(i, 4).value == row["task"]
        assert ws.cell(i, 11).value == row["id"]
        assert ws.cell(i, 9).value == {"todo": "To do", "doing": "Doing", "done": "Done"}[row["status"]]
        assert ws.cell(i, 5).alignment.wrap_text
    # stage groups: a heavier rule above the first row of each stage
    stages = [r["stage"] for r in rows]
    first_of_group = [i for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s]
    for i in range(len(rows)):
        style = ws.cell(3 + i, 1).border.top.style
        assert (style == "medium") == (i in first_of_group)
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.showErrorMessage and "To do,Doing,Done,Skipped" in dv.formula1
    assert f"I3:I{2 + len(rows) + 200}" in str(dv.sqref)
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    # fitToWidth is left out when it is 1, the file format's default
    assert (ws.page_setup.fitToWidth or 1) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$2:$2"


def test_event_sheet_has_event_blocks(demo, tmp_path):
    ws = openpyxl.load_workbook(_export(demo, tmp_path))["Event SOP"]
    (event, rows), = sop.all_event_rows(demo)
    assert ws["A3"].value == f"▶ {event['name']} · T0 {event['t0'].isoformat()}"
    assert [ws.cell(4 + i, 4).value for i in range(len(rows))] == [r["task"] for r in rows]


def test_chinese_widths_and_sheet_names(workspace, tmp_path):
    from app.i18n import set_language
    set_language("zh_CN")
    cid = communities.create("深圳宝妈团购群")
    path = _export(cid, tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["社群规划全流程SOP", "社群基础搭建SOP", "社群运营增长SOP", "社群日常维护SOP"]
    ws = wb["社群日常维护SOP"]
    assert ws["D2"].value == "工作事项"
    longest = max(xlsx.text_width(r["actions"]) for r in sop.list_rows(cid, "daily"))
    # XlsxWriter stores Excel's width with its usual padding (+0.71)
    assert abs(ws.column_dimensions["E"].width - min(xlsx.MAX_WIDTH, longest + 2)) < 1
    assert xlsx.text_width("工作事项") == 8 and xlsx.text_width("Task") == 4


def test_hostile_text_is_kept_as_text(workspace, tmp_path):
    cid = communities.create("X")
    row = sop.add_row(cid, "planning", {"task": "=HYPERLINK(\"http://x\")", "actions": "bell\x07 and\ttab",
                                        "owner": "+1", "notes": "@all -1"}, position=0)
    ws = openpyxl.load_workbook(_export(cid, tmp_path))["Planning flow SOP"]
    assert ws["D3"].value == "=HYPERLINK(\"http://x\")" and ws["D3"].data_type == "s"
    assert ws["E3"].value == "bell and\ttab"
    assert ws["F3"].value == "+1" and ws["J3"].value == "@all -1"
    assert ws["K3"].value == row


def test_separate_workbooks(demo, tmp_path):
    paths = sop_xlsx.export_separate(demo, tmp_path, today=TODAY)
    assert [p.name for p in paths] == [
        f"Excel at Work Bootcamp · Learners-{name}-2026-11-24.xlsx"
        for name in ("Planning flow SOP", "Setup SOP", "Growth SOP", "Daily care SOP", "Event SOP")]
    for path in paths:
        assert len(openpyxl.load_workbook(path).sheetnames) == 1


def test_file_names_are_legal_on_windows():
    from exports.files import safe_filename
    assert safe_filename('a<b>c:d"e/f\\g|h?i*j') == "a_b_c_d_e_f_g_h_i_j"
    assert safe_filename("CON") == "_CON"
    assert safe_filename("name. ") == "name"
    assert safe_filename("  ") == "export"


def test_a_long_chinese_name_still_gives_five_distinct_files_that_fit(demo, tmp_path):
    """200 Chinese characters are 600 bytes, over the 255 a file name may have; cutting the
    whole name to fit once gave all five tables the same file name."""
    communities.update(demo, "name", "社群运营" * 50)
    folder = tmp_path / "sep"
    folder.mkdir()
    written = sop_xlsx.export_separate(demo, folder)
    assert len({p.name for p in written}) == len(written) == 5 and len(list(folder.iterdir())) == 5
    assert all(len(p.name.encode("utf-8")) <= 255 and p.name.endswith(".xlsx") for p in written)
    assert all(dt.date.today().isoformat() in p.name for p in written)
    with pytest.raises(UserError, match="too long"):  # a name typed into the save dialog
        sop_xlsx.export_workbook(demo, tmp_path / ("社" * 100 + ".xlsx"))
    assert not [p for p in tmp_path.iterdir() if "社" in p.name]  # and no temporary file left behind


def test_missing_folder_gives_clear_message(demo, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        sop_xlsx.export_workbook(demo, tmp_path / "nope" / "x.xlsx")


def test_read_only_folder_leaves_nothing(demo, tmp_path, monkeypatch):
    import tempfile

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match="Cannot write to the folder"):
        _export(demo, tmp_path)
    assert list(tmp_path.iterdir()) == [tmp_path / "ws"]


def test_target_open_elsewhere_keeps_old_file(demo, tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the good old file")

    def locked(src, dst):
        raise PermissionError(13, "in use")
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="open in another program"):
        _export(demo, tmp_path)
    assert target.read_bytes() == b"the good old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx", "ws"]


def test_failure_while_writing_leaves_no_partial_file(demo, tmp_path, monkeypatch):
    import xlsxwriter

    def broken_close(self):
        with open(self.filename, "wb") as fh:
            fh.write(b"PK half a zip")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(xlsxwriter.Workbook, "close", broken_close)
    with pytest.raises(UserError, match="disk is full"):  # the one-line message, not a traceback
        _export(demo, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws"]


def test_round_trip_restores_exactly_what_was_edited(demo, tmp_path):
    path = _export(demo, tmp_path)
    before = {t: sop.list_rows(demo, t) for t in ("planning", "setup", "growth", "daily")}
    wb = openpyxl.load_workbook(path)
    ws = wb["Daily care SOP"]
    ws["D3"] = "Morning brief v2"
    ws["I4"] = "Done"
    ws["E5"] = "line one\nline two"
    new_row = ws.max_row + 1
    ws.cell(new_row, 1, "Weekly")
    ws.cell(new_row, 4, "Friday quiz")
    ws.cell(new_row, 9, "Doing")
    wb.save(path)

    plan = sop_import.read_workbook(demo, path)
    assert len(plan.updates) == 3 and len(plan.adds) == 1
    added = sop_import.apply_plan(demo, plan)
    daily = sop.list_rows(demo, "daily")
    assert daily[0]["task"] == "Morning brief v2"
    assert daily[1]["status"] == "done"
    assert daily[2]["actions"] == "line one\nline two"
    assert daily[-1]["task"] == "Friday quiz" and daily[-1]["status"] == "doing"
    for i, row in enumerate(daily[:-1]):
        old = before["daily"][i]
        changed = {f for f in sop.COLUMNS if row[f] != old[f]}
        assert changed == ({"task"} if i == 0 else {"status"} if i == 1 else {"actions"} if i == 2 else set())
    for table in ("planning", "setup", "growth"):
        assert sop.list_rows(demo, table) == before[table]
    sop_import.revert_plan(plan, added)
    assert sop.list_rows(demo, "daily") == before["daily"]


def test_import_refuses_mismatched_sheets(demo, tmp_path):
    path = _export(demo, tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Setup SOP"]["D2"] = "Something else"
    wb.save(path)
    with pytest.raises(UserError, match="Setup SOP.*row 2"):
        sop_import.read_workbook(demo, path)

    wb = openpyxl.Workbook()
    wb.active.title = "My notes"
    wb.save(path)
    with pytest.raises(UserError, match="My notes"):
        sop_import.read_workbook(demo, path)

    path.write_bytes(b"not a zip at all")
    with pytest.raises(UserError, match="not an Excel workbook"):
        sop_import.read_workbook(demo, path)


def test_import_bad_status_names_row_and_changes_nothing(demo, tmp_path):
    path = _export(demo, tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Daily care SOP"]["D3"] = "changed"
    wb["Daily care SOP"]["I6"] = "Finished"
    wb.save(path)
    before = sop.list_rows(demo, "daily")
    with pytest.raises(UserError, match="row 6, column Status"):
        sop_import.read_workbook(demo, path)
    assert sop.list_rows(demo, "daily") == before


@pytest.mark.parametrize("bad_id", ["abc", 1.5, 1e20, 10**30, -3, 0, dt.datetime(2027, 1, 1), True, "١"])
def test_import_refuses_a_mangled_id_cell_and_changes_nothing(demo, tmp_path, bad_id):
    """An id cell typed over in Excel (text, a fraction, a huge number, a date) names its row."""
    path = _export(demo, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Daily care SOP"]
    ws["D3"] = "changed"
    ws.cell(3, ws.max_column, bad_id)
    wb.save(path)
    before = sop.list_rows(demo, "daily")
    with pytest.raises(UserError, match="Daily care SOP.*row 3: id .* is not a row of this"):
        sop_import.read_workbook(demo, path)
    assert sop.list_rows(demo, "daily") == before


def test_rows_deleted_from_the_workbook_are_listed_and_removed_only_when_applied(demo, tmp_path):
    path = _export(demo, tmp_path)
    before = sop.list_rows(demo, "daily")
    wb = openpyxl.load_workbook(path)
    ws = wb["Daily care SOP"]
    gone = [ws.cell(r, 4).value for r in (4, 5)]
    ws.delete_rows(4, 2)
    wb.save(path)
    plan = sop_import.read_workbook(demo, path)
    assert [r["task"] for r in plan.deletes] == gone and not plan.updates and not plan.adds
    assert "2 rows are no longer in the workbook" in plan.summary() and gone[0] in plan.deletions()
    assert sop.list_rows(demo, "daily") == before  # reading changes nothing
    added = sop_import.apply_plan(demo, plan)
    assert [r["task"] for r in sop.list_rows(demo, "daily")] == [r["task"] for r in before if r["task"] not in gone]
    sop_import.revert_plan(plan, added)
    assert sop.list_rows(demo, "daily") == before
    plan.deletes = []  # "No, keep them": the rest of the import goes ahead, the rows stay
    sop_import.apply_plan(demo, plan)
    assert sop.list_rows(demo, "daily") == before
