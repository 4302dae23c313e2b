import pytest
import openpyxl
from PySide6.QtCore import Qt

from app.services import sop
from tests.ui_helpers import open_window, type_text


def _sop_tab(qtbot, workspace, table="daily"):
    window = open_window(qtbot, workspace)
    window.tabs.setCurrentWidget(window.sop)
    tab = window.sop
    tab.tabs.setCurrentIndex(sop.TABLES.index(table))
    return window, tab


def _task_ids(cid, table="daily"):
    return [r["id"] for r in sop.list_rows(cid, table)]


def test_shows_tables_with_progress(qtbot, demo, workspace):
    window, tab = _sop_tab(qtbot, workspace, "planning")
    rows = sop.list_rows(demo, "planning")
    assert tab.model.rowCount() == len(rows)
    assert tab.tabs.tabText(0).endswith("11/11")  # the demo's planning is behind it
    assert "Done 11 of 11" in tab.progress_label.text()
    date_col = [c.field for c in tab.model.columns].index("date")
    assert tab.model.index(0, date_col).data() == rows[0]["date"] != ""


def test_add_row_type_task_and_undo(qtbot, demo, workspace):
    window, tab = _sop_tab(qtbot, workspace)
    before = _task_ids(demo)
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    rows = sop.list_rows(demo, "daily")
    assert len(rows) == len(before) + 1 and rows[1]["id"] not in before   # inserted below the selection
    assert rows[1]["stage"] == rows[0]["stage"]
    editor = tab.view.focusWidget()   # the task cell opened for typing
    type_text(editor, "朋友圈预热")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert sop.list_rows(demo, "daily")[1]["task"] == "朋友圈预热"
    task_col = [c.field for c in tab.model.columns].index("task")
    assert tab.model.index(1, task_col).data() == "朋友圈预热"
    window.undo_action.trigger()
    assert sop.list_rows(demo, "daily")[1]["task"] == ""
    window.undo_action.trigger()
    assert _task_ids(demo) == before
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert sop.list_rows(demo, "daily")[1]["task"] == "朋友圈预热"


def test_status_edit_move_duplicate_delete(qtbot, demo, workspace):
    window, tab = _sop_tab(qtbot, workspace)
    ids = _task_ids(demo)
    status_col = [c.field for c in tab.model.columns].index("status")
    tab.model.setData(tab.model.index(0, status_col), "done")
    assert sop.rows.get(ids[0])["status"] == "done"
    assert tab.model.index(0, status_col).data() == "Done"
    tab.view.selectRow(0)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _task_ids(demo)[:2] == [ids[1], ids[0]]
    assert tab.view.selected_ids() == [ids[0]]
    qtbot.mouseClick(tab.buttons["dup"], Qt.MouseButton.LeftButton)
    after = _task_ids(demo)
    assert len(after) == len(ids) + 1 and sop.rows.get(after[2])["task"] == sop.rows.get(ids[0])["task"]
    tab.view.selectRow(2)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Del: the row
    assert _task_ids(demo) == [ids[1], ids[0], *ids[2:]]
    assert tab.view.selected_ids() == [ids[2]]  # the row that took its place
    for _ in range(4):
        window.undo_action.trigger()
    assert _task_ids(demo) == ids and sop.rows.get(ids[0])["status"] == "todo"


def test_drag_and_drop_reorders(qtbot, demo, workspace):
    window, tab = _sop_tab(qtbot, workspace)
    ids = _task_ids(demo)
    data = tab.model.mimeData([tab.model.index(0, 0)])
    tab.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, tab.model.index(-1, -1))
    assert _task_ids(demo)[:3] == [ids[1], ids[2], ids[0]]


def test_search_and_group_by_stage(qtbot, demo, workspace):
    window, tab = _sop_tab(qtbot, workspace)
    type_text(tab.search, "Monthly")
    shown = [tab.model.row_at(i)["stage"] for i in range(tab.model.rowCount())]
    assert shown and set(shown) == {"Monthly"}
    tab.search.clear()
    assert tab.model.rowCount() == len(_task_ids(demo))
    ids = _task_ids(demo)
    sop.rows.update(ids[0], "stage", "Weekly")   # a Weekly row first, out of its group
    tab.reload()
    tab.group_check.setChecked(True)
    stages = [tab.model.row_at(i)["stage"] for i in range(tab.model.rowCount())]
    assert stages == sorted(stages, key=["Weekly", "Daily", "Monthly"].index)
    assert tab.model.index(1, 0).data() == ""          # the stage is shown once per group
    assert not tab.buttons["up"].isEnabled()


def test_event_sop_add_event_and_t0(qtbot, demo, workspace, monkeypatch):
    monkeypatch.setattr("ui.widgets.dialogs.ask_text", lambda *a, **k: "Launch party")
    window, tab = _sop_tab(qtbot, workspace, "event")
    assert tab.event_bar.isVisibleTo(tab) and tab.event_combo.count() == 1
    qtbot.mouseClick([b for b in tab.event_bar.findChildren(type(tab.buttons["add"]))
                      if b.text() == "Add event…"][0], Qt.MouseButton.LeftButton)
    assert tab.event_combo.count() == 2 and "Launch party" in tab.event_combo.currentText()
    assert tab.model.rowCount() == 6
    window.undo_action.trigger()
    assert len(sop.events.list(demo)) == 1


def test_export_and_import_from_the_menu(qtbot, demo, workspace, tmp_path, monkeypatch):
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr("ui.sop.excel_dialogs.ask_export_target", lambda parent, c: ("workbook", target))
    window, tab = _sop_tab(qtbot, workspace)
    [a for a in window.menuBar().actions()[0].menu().actions() if "Export SOP" in a.text()][0].trigger()
    wb = openpyxl.load_workbook(target)
    assert wb["Daily care SOP"]["D3"].value == sop.list_rows(demo, "daily")[0]["task"]
    wb["Daily care SOP"]["D3"] = "Edited in Excel"
    wb.save(target)
    monkeypatch.setattr("ui.sop.excel_dialogs.ask_import_file", lambda parent: target)
    monkeypatch.setattr("ui.widgets.dialogs.confirm", lambda parent, text: "1 rows changed" in text)
    window.import_sop()
    assert sop.list_rows(demo, "daily")[0]["task"] == "Edited in Excel"
    task_col = [c.field for c in tab.model.columns].index("task")
    assert tab.model.index(0, task_col).data() == "Edited in Excel"
    window.undo_action.trigger()
    assert sop.list_rows(demo, "daily")[0]["task"] != "Edited in Excel"


def test_reset_from_template_and_undo_remove_everything_it_added(qtbot, workspace, monkeypatch):
    from app.services import communities
    monkeypatch.setattr("ui.widgets.dialogs.info", lambda *a: None)
    cid = communities.create("Flash", type_override="flash")
    (event, rows), = sop.all_event_rows(cid)
    sop.events.delete([event["id"]])                   # the user removed the flash run's script
    before = sop.snapshot(cid)
    window, tab = _sop_tab(qtbot, workspace, "event")
    qtbot.mouseClick(tab.buttons["reset"], Qt.MouseButton.LeftButton)
    (event, rows), = sop.all_event_rows(cid)
    assert len(rows) == 8
    window.undo_action.trigger()
    assert sop.snapshot(cid) == before and sop.events.list(cid) == []
    window.redo_action.trigger()
    assert len(sop.all_event_rows(cid)[0][1]) == 8


@pytest.mark.parametrize("delete_them", [True, False])
def test_import_asks_before_deleting_rows_the_workbook_dropped(qtbot, demo, workspace, tmp_path, monkeypatch,
                                                               delete_them):
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr("ui.sop.excel_dialogs.ask_export_target", lambda parent, c: ("workbook", target))
    window, tab = _sop_tab(qtbot, workspace)
    window.export_sop()
    wb = openpyxl.load_workbook(target)
    gone = wb["Daily care SOP"]["D3"].value
    wb["Daily care SOP"].delete_rows(3)
    wb["Daily care SOP"]["D3"] = "Edited in Excel"
    wb.save(target)
    asked = []
    monkeypatch.setattr("ui.sop.excel_dialogs.ask_import_file", lambda parent: target)
    monkeypatch.setattr("ui.widgets.dialogs.confirm",
                        lambda parent, text: asked.append(text) or (delete_them if "no longer has" in text else True))
    window.import_sop()
    tasks = [r["task"] for r in sop.list_rows(demo, "daily")]
    assert "no longer has these 1 rows" in asked[0] and gone in asked[0]
    assert (gone not in tasks) == delete_them and "Edited in Excel" in tasks
    window.undo_action.trigger()
    assert gone in [r["task"] for r in sop.list_rows(demo, "daily")]


def test_del_empties_cells_and_ctrl_del_deletes_rows(qtbot, demo, workspace):
    window, tab = _sop_tab(qtbot, workspace)
    ids = _task_ids(demo)
    notes = [c.field for c in tab.model.columns].index("actions")
    tab.view.selectRow(0)
    tab.view.selectionModel().select(tab.model.index(1, 0),
                                     tab.view.selectionModel().SelectionFlag.Select
                                     | tab.view.selectionModel().SelectionFlag.Rows)
    tab.view.setCurrentIndex(tab.model.index(1, notes))
    tab.view.selectionModel().select(tab.model.index(0, 0), tab.view.selectionModel().SelectionFlag.Select
                                     | tab.view.selectionModel().SelectionFlag.Rows)
    before = [sop.rows.get(i)["actions"] for i in ids[:2]]
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)  # Del: the cells, in both selected rows
    assert [sop.rows.get(i)["actions"] for i in ids[:2]] == ["", ""] and _task_ids(demo) == ids
    window.undo_action.trigger()  # one step brings both back
    assert [sop.rows.get(i)["actions"] for i in ids[:2]] == before
