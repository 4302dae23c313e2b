"""A new user's way in: the welcome page, the wizard, the overview's links, the home page."""
import datetime as dt

from PySide6.QtCore import Qt

from app.services import communities, overview
from tests.ui_helpers import answer_wizard, open_window, type_text


def _click(qtbot, tree, item):
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def _first_gap(window):
    tab = window.overview
    tree = tab.tree
    for i in range(tree.topLevelItemCount()):
        step = tree.topLevelItem(i)
        if step.childCount():
            return tab, step.child(0)
    return tab, None


def _fix(qtbot, window, where, monkeypatch):
    """Do what the gap asks, in the widget its link opened, as a user would."""
    tab = window.tabs.currentWidget()
    focus = window.focusWidget()
    bar = getattr(tab, "suggestion_bar", None)
    if where.get("suggestions") or (bar is not None and focus is bar.buttons["all"]):
        assert focus is bar.buttons["all"]  # the template's rows wait to be accepted
        qtbot.mouseClick(focus, Qt.MouseButton.LeftButton)
    elif where["tab"] == "positioning" and where.get("field") in ("why", "what", "where", "who", "when", "how"):
        assert focus is tab.answer_edits[where["field"]]
        type_text(focus, "一个真实的回答")
        focus.clearFocus()
    elif where["tab"] == "positioning" and where.get("field") == "offering":
        assert focus is tab.offering_edit
        type_text(focus, "母婴好物")
        focus.clearFocus()
    elif where["tab"] == "positioning" and where.get("page") == "map":
        if tab.map_model.rowCount() == 0:
            assert focus is tab.map_panel.buttons["add"]
            qtbot.mouseClick(focus, Qt.MouseButton.LeftButton)
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
        tab.map_model.setData(tab.map_model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    elif where["tab"] == "growth" and where.get("page") == "goals":
        assert focus is tab.goals.buttons["add"]
        qtbot.mouseClick(focus, Qt.MouseButton.LeftButton)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    elif where["tab"] == "roles" and where.get("page") == "team":
        model = tab.team.model
        (row,) = tab.team.view.selected_ids()
        model.setData(model.index(model.row_of_id(row), 2), "小王")
    elif where["tab"] == "roles" and where.get("page") == "member_roles":
        assert tab.member_roles.view.selected_ids() == [where["row"]]
        panel = tab.assignments
        if panel.model.rowCount() == 0:
            qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
        panel.model.setData(panel.model.index(0, 2), dt.date.today() + dt.timedelta(days=60))
    elif where["tab"] == "roles" and where.get("page") == "senses":
        from app.services import rules
        rule = rules.rules.list(window.community_id, kind="encouraged")[0]
        monkeypatch.setattr("ui.widgets.dialogs.ask_checked", lambda *a: [("rule", rule["id"])])
        assert tab.senses.view.hasFocus()
        tab.choose_links()  # (a double-click on the row does the same)
    elif where["tab"] == "plan" and where.get("field") == "long_term_goal":
        assert focus is tab.text_edits["long_term_goal"]
        type_text(focus, "半年后稳定 3000 人")
        focus.clearFocus()
    elif where["tab"] == "plan" and where.get("page") == "milestones":
        assert focus is tab.milestones.buttons["add"]
        qtbot.mouseClick(focus, Qt.MouseButton.LeftButton)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    elif where["tab"] == "overview" and where.get("field") == "stage":
        combo = tab.stage_combo
        assert focus is combo
        combo.setCurrentIndex(combo.findData("setup"))
        combo.activated.emit(combo.currentIndex())
    else:
        raise AssertionError(f"no fix for {where}")


def test_a_new_user_reaches_a_complete_plan_by_following_the_overview(qtbot, ws_path, monkeypatch):
    from app import workspace
    workspace.open_or_create(ws_path)
    window = open_window(qtbot, ws_path)
    assert window.pages.currentWidget() is window.welcome  # a new workspace: no demo, a welcome
    answer_wizard(monkeypatch, "宝妈好物分享群", "fan", offering="")
    qtbot.mouseClick(window.welcome.buttons[0], Qt.MouseButton.LeftButton)  # Plan my community
    cid = window.community_id
    assert communities.get(cid)["name"] == "宝妈好物分享群" and window.tabs.currentIndex() == 0
    start = overview.for_community(cid)
    assert 0 < start.done < len(start.steps)
    seen = []
    for _ in range(80):
        tab, item = _first_gap(window)
        if item is None:
            break
        where = item.data(0, Qt.ItemDataRole.UserRole)
        seen.append(where.get("field") or where.get("page") or ("suggestions" if where.get("suggestions") else "?"))
        _click(qtbot, tab.tree, item)  # the link opens the tab, page and row or field
        assert window.tabs.currentWidget() is window.tab(where["tab"])
        _fix(qtbot, window, where, monkeypatch)
    view = window.overview.view
    assert view.gaps == [] and view.done == len(view.steps), [g.message for g in view.gaps]
    assert "100" in window.overview.title.text() or f"{len(view.steps)} of {len(view.steps)}" in window.overview.title.text()
    assert window.tabs.tabText(0) == window.titles["overview"]  # no count left on any tab
    assert {"offering", "why", "map", "goals", "columns", "team", "member_roles", "senses", "stage",
            "long_term_goal", "milestones"} <= set(seen)
    # the plan holds what was typed, and undo still walks it back step by step
    assert communities.get(cid)["why"] == "一个真实的回答"


def test_tab_titles_count_gaps_and_follow_a_fix(qtbot, workspace):
    cid = communities.create("Fresh", type_override="lead")
    window = open_window(qtbot, workspace)
    assert window.community_id == cid
    assert window.tabs.tabText(1).endswith("(8)")  # the empty map, what it sells, six 5W1H answers
    tab = window.positioning
    tab.answer_edits["why"].setFocus()
    type_text(tab.answer_edits["why"], "because")
    tab.answer_edits["why"].clearFocus()
    assert window.tabs.tabText(1).endswith("(7)")
    window.undo_action.trigger()
    assert window.tabs.tabText(1).endswith("(8)")


def test_the_example_is_marked_and_deleted_in_one_click(qtbot, ws_path):
    from app import workspace
    workspace.open_or_create(ws_path)
    window = open_window(qtbot, ws_path)
    qtbot.mouseClick(window.welcome.buttons[1], Qt.MouseButton.LeftButton)  # Explore the example
    cid = window.community_id
    assert communities.get(cid)["example"] and window.example_bar.isVisible()
    assert "Example ·" in window.communities.list.currentItem().text()  # the list marks it too
    qtbot.mouseClick(window.remove_example_button, Qt.MouseButton.LeftButton)
    assert communities.list_communities() == [] and window.pages.currentWidget() is window.welcome
    window.undo_action.trigger()
    assert [c["id"] for c in communities.list_communities()] == [cid]


def test_home_page_lists_every_community_and_opens_one(qtbot, workspace, demo):
    other = communities.create("Fans", type_override="fan")
    window = open_window(qtbot, workspace)
    assert window.pages.currentWidget() is window.home  # two communities, nothing remembered yet
    table = window.home.table
    assert table.rowCount() == 2 and table.item(1, 0).text() == "Fans"
    assert table.item(0, 3).text().endswith("/13") and int(table.item(0, 6).text()) > 1000
    matrix = window.home.matrix
    assert matrix.item(1, 4).text() == "●" and matrix.item(1, 0).text() == ""
    assert "Attention" in window.home.matrix_note.text()  # no community covers it
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(1, 0)).center())
    assert window.community_id == other and window.pages.currentWidget() is window.community_page
    window.communities.reload(select=0)  # the home entry
    assert window.pages.currentWidget() is window.home


def test_lifecycle_stage_and_checklist_from_the_overview(qtbot, workspace):
    cid = communities.create("X")
    window = open_window(qtbot, workspace)
    tab = window.overview
    assert tab.stage_combo.currentData() is None and tab.tasks.count() == 0
    tab.stage_combo.setCurrentIndex(tab.stage_combo.findData("setup"))
    tab.stage_combo.activated.emit(tab.stage_combo.currentIndex())
    assert tab.tasks.count() == 6
    tab.tasks.item(0).setCheckState(Qt.CheckState.Checked)
    from app.services import growth, lifecycle
    assert lifecycle.tasks.list(cid, stage="setup")[0]["done"]
    assert [p["stage"] for p in growth.stages.list(cid)] == ["setup"]  # the growth tab shows the same period
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert growth.stages.list(cid) == [] and tab.stage_combo.currentData() is None


def test_suggestion_bar_accepts_the_selected_rows(qtbot, workspace):
    cid = communities.create("X", type_override="conversion")
    window = open_window(qtbot, workspace)
    tab = window.sop
    bar = tab.suggestion_bar
    assert bar.isVisible() and "suggestions" in bar.label.text()
    first = tab.model.row_at(0)
    assert tab.model.data(tab.model.index(0, 3), Qt.ItemDataRole.FontRole).italic()
    tab.view.select_id(first["id"])
    qtbot.mouseClick(bar.buttons["selected"], Qt.MouseButton.LeftButton)
    from app.services import sop
    assert not sop.rows.get(first["id"])["suggested"]
    assert sop.rows.get(tab.model.row_at(1)["id"])["suggested"]
    window.undo_action.trigger()
    assert sop.rows.get(first["id"])["suggested"]


def test_empty_states_say_what_to_do(qtbot, workspace):
    cid = communities.create("X", apply_templates=False)
    window = open_window(qtbot, workspace)
    growth_tab = window.growth
    assert growth_tab.empty.isVisible() and growth_tab.charts is None  # no axes for data that does not exist
    sop_tab = window.sop
    sop_tab.tabs.setCurrentIndex(4)
    assert sop_tab.no_event.isVisible() and not sop_tab.t0_edit.isVisible()  # no T0 of 2000-01-01
    assert "Add an event" in sop_tab.view.empty_text
    sop_tab.tabs.setCurrentIndex(0)
    assert "Add row" in sop_tab.view.empty_text
    assert cid == window.community_id
    positioning = window.positioning
    assert not positioning.end_edit.isVisible()  # no planned end: no date box showing one
    assert "Add counterparty" in positioning.map_view.empty_text
    positioning.end_check.setChecked(True)
    assert positioning.end_edit.isVisible()


def test_the_methods_words_are_explained_where_they_appear(qtbot, workspace, demo):
    """Tooltips for the AIDASS stages, the content's class, packaging and format, the
    hand-over stages, the four senses and the SOP timing syntax."""
    from app import domain
    window = open_window(qtbot, workspace)
    bar = window.positioning.aidass
    assert all(b.toolTip() for b in bar.buttons) and "AIDASS" in bar.toolTip()
    model = window.calendar.columns_panel.model
    tips = {c.field: c.tooltip for c in model.columns}
    assert all(tips[f] for f in ("content_class", "packaging", "format"))
    assert "topics" in model.headerData([c.field for c in model.columns].index("packaging"), Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.ToolTipRole)
    roles_tab = window.roles
    assert {c.field: c.tooltip for c in roles_tab.assignments.model.columns}["stage"] == domain.pick(
        domain.GLOSSARY["handover"])
    assert {c.field: c.tooltip for c in roles_tab.senses.model.columns}["label"]
    assert {c.field: c.tooltip for c in window.sop.model.columns}["timing"].startswith("T-7")
