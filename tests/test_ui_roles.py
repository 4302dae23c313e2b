from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.services import communities, ladder, roles, rules, senses
from tests.ui_helpers import open_window, type_text


def _roles_tab(qtbot, workspace, page):
    window = open_window(qtbot, workspace)
    window.tabs.setCurrentWidget(window.roles)
    window.roles.pages.setCurrentIndex(page)
    return window, window.roles


def test_add_holder_and_move_through_handover(qtbot, workspace):
    cid = communities.create("X")
    window, tab = _roles_tab(qtbot, workspace, 1)
    role = roles.member_roles.list(cid)[5]            # 团宠 / mood-maker, a key role
    tab.member_roles.view.select_id(role["id"])
    assert tab.role_id == role["id"]
    assert "Unfilled key roles" in tab.attention.text() and role["name"] in tab.attention.text()
    qtbot.mouseClick(tab.assignments.buttons["add"], Qt.MouseButton.LeftButton)
    editor = tab.assignments.view.focusWidget()
    type_text(editor, "小美")
    qtbot.keyClick(editor, Qt.Key.Key_Return)   # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: roles.assignments.list(cid, role=role["id"])[0]["holder"] == "小美")
    (a,) = roles.assignments.list(cid, role=role["id"])
    assert a["holder"] == "小美" and a["stage"] == "operator"
    tab.assignments.view.select_id(a["id"])
    qtbot.mouseClick(tab.advance_button, Qt.MouseButton.LeftButton)
    assert roles.assignments.get(a["id"])["stage"] == "cultivating"
    qtbot.mouseClick(tab.advance_button, Qt.MouseButton.LeftButton)
    assert roles.assignments.get(a["id"])["stage"] == "member"
    status_col = 0
    row = tab.member_roles.model.row_of_id(role["id"])
    assert tab.member_roles.model.index(row, status_col).data() == "Held by a member"
    assert tab.member_roles.model.index(row, 4).data() == "小美"
    window.undo_action.trigger()
    assert roles.assignments.get(a["id"])["stage"] == "cultivating"
    assert tab.member_roles.model.index(row, status_col).data() == "Cultivating"


def test_generate_announcement_in_benefit_first_order(qtbot, workspace):
    cid = communities.create("X")
    suggested = communities.get(cid)["announcement"]  # the template's, composed the same way
    window, tab = _roles_tab(qtbot, workspace, 2)
    tab.value_edit.setFocus()
    tab.value_edit.selectAll()
    type_text(tab.value_edit, "Daily tips you can use")
    tab.value_edit.clearFocus()
    encouraged = tab.rule_panels["encouraged"]
    encouraged.add()
    editor = encouraged.view.focusWidget()
    type_text(editor, "Post a photo of your work")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "has no reward" in encouraged.note.text()
    tab.pages.setCurrentIndex(3)
    qtbot.mouseClick([b for b in tab.findChildren(type(tab.advance_button)) if b.text() == "Generate from the rules"][0],
                     Qt.MouseButton.LeftButton)
    text = tab.announcement_edit.toPlainText()
    assert text == communities.get(cid)["announcement"]
    assert text.index("Daily tips you can use") < text.index("【We encourage】") < text.index("Post a photo") \
        < text.index("【Not allowed】") < text.index("【Our vision】")
    qtbot.mouseClick([b for b in tab.findChildren(type(tab.advance_button)) if b.text() == "Copy to clipboard"][0],
                     Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert tab.count_label.text() == f"{len(text)} / 1000 characters"
    tab.limit_spin.setValue(100)
    tab.limit_spin.editingFinished.emit()
    assert communities.get(cid)["announcement_limit"] == 100
    assert tab.count_label.property("tone") == "danger"  # (red in either theme)
    window.undo_action.trigger()                       # limit
    window.undo_action.trigger()                       # generated text
    assert communities.get(cid)["announcement"] == suggested


def test_ladder_that_does_not_climb_is_refused(qtbot, workspace, monkeypatch):
    messages = []
    monkeypatch.setattr("ui.widgets.dialogs.warn", lambda parent, text: messages.append(text))
    cid = communities.create("X", type_override="learning")
    window, tab = _roles_tab(qtbot, workspace, 4)
    model = tab.levels.model
    model.setData(model.index(2, 1), "50")
    assert messages and "must climb" in messages[0]
    assert [lv["threshold"] for lv in ladder.levels.list(cid)] == [0, 100, 500, 2000]
    assert model.index(2, 1).data() == "500"
    qtbot.mouseClick(tab.levels.buttons["add"], Qt.MouseButton.LeftButton)
    assert ladder.levels.list(cid)[-1]["threshold"] == 2100


def test_choose_what_provides_a_sense(qtbot, workspace, monkeypatch):
    cid = communities.create("X")
    window, tab = _roles_tab(qtbot, workspace, 5)
    assert "Not covered yet" in tab.senses.note.text()
    rule = rules.rules.list(cid, kind="encouraged")[0]
    monkeypatch.setattr("ui.widgets.dialogs.ask_checked", lambda parent, title, options, checked: [("rule", rule["id"])])
    tab.senses.view.selectRow(1)                       # participation
    tab.choose_links()
    assert [x[:2] for x in senses.links(cid)["participation"]] == [("rule", rule["id"])]
    assert rule["text"] in tab.senses.model.index(1, 2).data()
    window.undo_action.trigger()
    assert senses.links(cid)["participation"] == []


def test_team_edit_and_undo(qtbot, workspace):
    cid = communities.create("X")
    window, tab = _roles_tab(qtbot, workspace, 0)
    model = tab.team.model
    model.setData(model.index(0, 2), "王老师")
    assert roles.team.list(cid)[0]["holder"] == "王老师"
    model.setData(model.index(0, 4), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert roles.team.list(cid)[0]["front"] is False
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert roles.team.list(cid)[0]["holder"] == "" and roles.team.list(cid)[0]["front"] is True
