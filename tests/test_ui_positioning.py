from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services import communities, positioning
from tests.ui_helpers import open_window, restart, type_text


def _type_answer(qtbot, window, key, text):
    edit = window.positioning.answer_edits[key]
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    return edit


def test_opens_on_the_demo_with_a_filled_positioning(qtbot, demo, workspace):
    window = open_window(qtbot, workspace)
    tab = window.positioning
    assert window.communities.current_id() == demo
    assert tab.name_edit.text() == "Excel at Work Bootcamp · Learners"
    assert "6/6" in tab.completeness.text()
    assert "Conversion group" in tab.reading_label.text()
    assert tab.map_model.rowCount() == 4


def test_typed_answers_and_span_survive_restart(qtbot, workspace):
    cid = communities.create("Fresh")
    window = open_window(qtbot, workspace)
    tab = window.positioning
    assert window.communities.current_id() == cid
    assert "0/6" in tab.completeness.text()
    _type_answer(qtbot, window, "why", "因为宝妈们需要靠谱的团购")
    # saved after a short pause, without leaving the field
    qtbot.waitUntil(lambda: communities.get(cid)["why"] == "因为宝妈们需要靠谱的团购", timeout=3000)
    _type_answer(qtbot, window, "who", "Mothers nearby")
    tab.answer_edits["who"].clearFocus()  # leaving the field saves at once
    assert communities.get(cid)["who"] == "Mothers nearby"
    assert "2/6" in tab.completeness.text() and "What value" in tab.completeness.text()

    qtbot.mouseClick(tab.aidass.buttons[1], Qt.MouseButton.LeftButton)   # Interest
    qtbot.mouseClick(tab.aidass.buttons[2], Qt.MouseButton.LeftButton)   # … to Desire
    assert (communities.get(cid)["aidass_start"], communities.get(cid)["aidass_end"]) == (1, 2)
    assert "Lead group" in tab.reading_label.text()
    assert [b.isChecked() for b in tab.aidass.buttons] == [False, True, True, False, False, False]

    window = restart(qtbot, window)
    tab = window.positioning
    assert window.communities.current_id() == cid
    assert tab.answer_edits["why"].toPlainText() == "因为宝妈们需要靠谱的团购"
    assert tab.answer_edits["who"].toPlainText() == "Mothers nearby"
    assert [b.isChecked() for b in tab.aidass.buttons] == [False, True, True, False, False, False]


def test_undo_restores_previous_text(qtbot, demo, workspace):
    window = open_window(qtbot, workspace)
    tab = window.positioning
    before = communities.get(demo)["what"]
    edit = _type_answer(qtbot, window, "what", "Something else entirely")
    edit.clearFocus()
    assert communities.get(demo)["what"] == "Something else entirely"
    window.undo_action.trigger()
    assert communities.get(demo)["what"] == before
    assert edit.toPlainText() == before
    window.redo_action.trigger()
    assert edit.toPlainText() == "Something else entirely"


def test_one_visit_to_a_field_is_one_undo_step(qtbot, demo, workspace):
    window = open_window(qtbot, workspace)
    before = communities.get(demo)["how"]
    edit = _type_answer(qtbot, window, "how", "first")
    window.positioning.bindings[-1].save()
    qtbot.keyClicks(edit, " second")
    edit.clearFocus()
    assert communities.get(demo)["how"] == "first second"
    window.undo_action.trigger()
    assert communities.get(demo)["how"] == before


def test_flash_span_and_basics(qtbot, workspace):
    import datetime as dt
    cid = communities.create("Flash run", start_date=dt.date(2027, 6, 10))
    window = open_window(qtbot, workspace)
    tab = window.positioning
    tab.end_check.setChecked(True)
    tab.end_edit.setDate(dt.date(2027, 6, 14))
    tab.end_edit.editingFinished.emit()
    assert communities.get(cid)["end_date"] == dt.date(2027, 6, 14)
    qtbot.mouseClick(tab.aidass.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.aidass.buttons[5], Qt.MouseButton.LeftButton)
    assert "Flash group" in tab.reading_label.text() and "script" in tab.reading_label.text()
    tab.platform_combo.setCurrentIndex(tab.platform_combo.findData("feishu"))
    tab.platform_combo.activated.emit(tab.platform_combo.currentIndex())
    assert communities.get(cid)["platform"] == "feishu"
    assert "Feishu" in window.communities.list.currentItem().toolTip()  # (the list line is too short for it)
    window.undo_action.trigger()
    assert communities.get(cid)["platform"] == "wechat"


def test_business_map_edit_and_served_mark(qtbot, demo, workspace):
    window = open_window(qtbot, workspace)
    tab = window.positioning
    model = tab.map_model
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    served = [r["served"] for r in positioning.counterparties.list(demo)]
    assert served == [True, False, False, False]
    model.setData(model.index(1, 1), "Guest lecturers")
    assert positioning.counterparties.list(demo)[1]["name"] == "Guest lecturers"
    qtbot.mouseClick(tab.findChild(QPushButton, "add_counterparty"), Qt.MouseButton.LeftButton)
    assert len(positioning.counterparties.list(demo)) == 5
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [r["served"] for r in positioning.counterparties.list(demo)] == [False, False, False, True]
    assert positioning.counterparties.list(demo)[1]["name"] == "Part-time lecturers"


def test_empty_name_is_refused_with_a_message(qtbot, demo, workspace, monkeypatch):
    messages = []
    monkeypatch.setattr("ui.widgets.dialogs.warn", lambda parent, text: messages.append(text))
    window = open_window(qtbot, workspace)
    tab = window.positioning
    tab.name_edit.setFocus()
    tab.name_edit.selectAll()
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert messages == ["Name must not be empty."]
    assert communities.get(demo)["name"] == "Excel at Work Bootcamp · Learners"
    assert tab.name_edit.text() == "Excel at Work Bootcamp · Learners"


def test_table_model_passes_modeltester(qtbot, qtmodeltester, demo, workspace):
    window = open_window(qtbot, workspace)
    qtmodeltester.check(window.positioning.map_model)
    qtmodeltester.check(window.sop.model)


def test_a_save_the_disk_refuses_keeps_the_text_and_saves_it_later(qtbot, demo, workspace, monkeypatch):
    """Never lose a keystroke: when the workspace cannot be written (a full disk), the user is
    told, the typed text stays on screen, and the next save stores it."""
    import peewee

    from app.storage import db
    messages = []
    monkeypatch.setattr("ui.widgets.dialogs.warn", lambda parent, text: messages.append(text))
    window = open_window(qtbot, workspace)
    database = db.m.database.obj
    real = database.execute_sql

    def full_disk(sql, *args, **kwargs):
        if sql.lstrip().upper().startswith("UPDATE"):
            raise peewee.OperationalError("database or disk is full")
        return real(sql, *args, **kwargs)
    monkeypatch.setattr(database, "execute_sql", full_disk)
    before = communities.get(demo)["why"]
    edit = _type_answer(qtbot, window, "why", "Typed while the disk was full")
    edit.clearFocus()  # leaving the field saves
    assert "could not be written (the disk is full: free some space and try again)" in messages[-1]
    assert edit.toPlainText() == "Typed while the disk was full"
    assert communities.get(demo)["why"] == before and not window.undo_action.isEnabled()
    monkeypatch.setattr(database, "execute_sql", real)  # space freed
    edit.setFocus()
    type_text(edit, "!")
    edit.clearFocus()
    assert communities.get(demo)["why"] == "Typed while the disk was full!"
