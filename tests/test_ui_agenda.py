"""The agenda page, the reminders (with a fake clock) and the script library, driven as a user would."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.services import agenda, communities, scripts, sop
from tests.ui_helpers import open_window, type_text

TODAY = dt.date.today()


def _community(launch=None, **kw):
    return communities.create("早鸟群", start_date=launch or TODAY - dt.timedelta(days=3), apply_templates=False, **kw)


def _select(qtbot, page, task, day=None):
    """Select an item by its task (and day) as a click would, and give the list the keyboard."""
    item = next((i for i in page.view.items + page.view.undated if i.task == task and (day is None or i.date == day)),
                None)
    assert item is not None, f"{task} not on the agenda"
    assert page.select(item.key)
    page.tree.setFocus()
    return page.current_item()


def test_agenda_from_the_keyboard_marks_in_the_source_and_undoes(qtbot, workspace):
    cid = _community()
    row = sop.add_row(cid, "setup", {"timing": "T+3 20:00", "task": "opening night", "actions": "Hi {群名}!"})
    daily = sop.add_row(cid, "daily", {"timing": "每天 08:30", "task": "morning brief"})
    window = open_window(qtbot, workspace)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    page = window.agenda
    assert window.pages.currentWidget() is page and page.isVisible()
    titles = [title for title, _kind, _items in page.model.groups]
    assert titles[0].startswith("Overdue") and titles[1].startswith("Today")  # yesterday's brief, then today
    _select(qtbot, page, "opening night")
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    assert sop.rows.get(row)["status"] == "done"
    assert _select(qtbot, page, "opening night").done  # shown done at once, struck through
    window.undo_last()
    assert sop.rows.get(row)["status"] == "todo"
    # a repeating row: today's occurrence only
    _select(qtbot, page, "morning brief", TODAY)
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    states = {i.date: i.state for i in agenda.build([cid]).items if i.ref_id == daily and not i.overdue}
    assert states[TODAY] == "done" and states[TODAY + dt.timedelta(days=1)] == ""
    assert sop.rows.get(daily)["status"] == "todo"
    # copy: the text filled in, ready to paste
    _select(qtbot, page, "opening night")
    qtbot.keyClick(page.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Hi 早鸟群!"
    assert page.preview.toPlainText() == "Hi 早鸟群!"
    # open: the row in its tab
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.sop and window.sop.table == "setup"
    assert window.sop.view.selected_ids() == [row]


def test_move_to_a_day_and_skip(qtbot, workspace, monkeypatch):
    cid = _community()
    row = sop.add_row(cid, "setup", {"timing": "T+3", "task": "survey"})
    window = open_window(qtbot, workspace)
    window.show_agenda()
    page = window.agenda

    def answer(dialog):
        dialog.date.setDate(TODAY + dt.timedelta(days=2))
        return True

    monkeypatch.setattr("ui.widgets.dialogs.run", answer)
    _select(qtbot, page, "survey")
    qtbot.keyClick(page.tree, Qt.Key.Key_M)
    assert sop.rows.get(row)["timing"] == "T+5"
    assert _select(qtbot, page, "survey").date == TODAY + dt.timedelta(days=2)
    qtbot.keyClick(page.tree, Qt.Key.Key_S)
    assert sop.rows.get(row)["status"] == "skipped"
    window.undo_last()
    window.undo_last()
    assert sop.rows.get(row)["timing"] == "T+3" and sop.rows.get(row)["status"] == "todo"


def test_counts_reach_the_title_the_list_and_the_home_page(qtbot, workspace):
    cid = _community()
    sop.add_row(cid, "setup", {"timing": "T-1", "task": "late"})
    window = open_window(qtbot, workspace)
    window.communities.reload(select=0)
    window.start_reminders()
    assert window.windowTitle().endswith("(1 overdue)")
    assert "1 overdue" in window.communities.list.item(2).text()
    assert window.home.due_label.text() == "Today: 0 due, 1 overdue."
    assert window.home.table.item(0, 5).text() == "1"
    window.show_agenda()
    _select(qtbot, window.agenda, "late")
    qtbot.keyClick(window.agenda.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.windowTitle().endswith("overdue)"))


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def test_reminders_sleep_until_the_next_item_and_announce_each_once(qtbot, workspace):
    from ui.agenda.reminders import Reminders
    from ui.shell.undo import Bus
    cid = _community()
    sop.add_row(cid, "daily", {"timing": "每天 08:30", "task": "morning brief"})
    sop.add_row(cid, "daily", {"timing": "每天 21:00", "task": "evening digest"})
    clock = Clock(dt.datetime.combine(TODAY, dt.time(8, 0)))
    reminders = Reminders(Bus(), clock=clock, use_tray=False)
    heard = []
    reminders.notified.connect(heard.append)
    reminders.refresh()
    assert reminders.timer.isActive() and reminders.timer.interval() == 30 * 60 * 1000  # asleep till 08:30
    clock.now = dt.datetime.combine(TODAY, dt.time(8, 30))
    reminders.check()
    assert [i.task for i in heard] == ["morning brief"]
    assert reminders.timer.interval() == 12 * 3600 * 1000 + 30 * 60 * 1000  # then till 21:00
    reminders.check()
    reminders.refresh()  # a change to the plan, or a restart: not announced twice
    restarted = Reminders(Bus(), clock=clock, use_tray=False)
    restarted.notified.connect(heard.append)
    restarted.refresh()
    qtbot.wait(20)
    assert [i.task for i in heard] == ["morning brief"]
    # done before its time: no reminder; after the last one, asleep till just past midnight
    item = next(i for i in reminders.view.items if i.task == "evening digest" and i.date == TODAY)
    agenda.act(item, "done")
    reminders.refresh()
    clock.now = dt.datetime.combine(TODAY, dt.time(21, 0))
    reminders.check()
    assert [i.task for i in heard] == ["morning brief"]
    assert reminders.timer.interval() == 3 * 3600 * 1000 + 2000


def test_reminders_off_announce_nothing_and_a_click_opens_the_item(qtbot, workspace):
    cid = _community()
    row = sop.add_row(cid, "daily", {"timing": "每天 09:00", "task": "check in"})
    window = open_window(qtbot, workspace)
    window.start_reminders(clock=Clock(dt.datetime.combine(TODAY, dt.time(8, 59))))
    heard = []
    window.reminders.notified.connect(heard.append)
    window._set_reminders(False)
    window.reminders.clock.now = dt.datetime.combine(TODAY, dt.time(9, 0))
    window.reminders.check()
    assert heard == []
    window._set_reminders(True)
    window.reminders.notify(next(i for i in window.reminders.view.items if i.ref_id == row))
    window.reminders._clicked()  # what the tray's messageClicked calls
    assert window.community_id == cid and window.tabs.currentWidget() is window.sop
    assert window.sop.view.selected_ids() == [row]


def test_script_library_edit_preview_link_and_flash_timeline(qtbot, workspace):
    cid = communities.create("快闪群", type_override="flash", start_date=TODAY, lang="zh_CN")
    window = open_window(qtbot, workspace)
    window.communities.reload(select=cid)
    tab = window.scripts
    assert tab.list.count() >= 10 and tab.suggestion_bar.isVisible()  # the type's scripts, suggested
    tab.buttons["add"].click()
    assert tab.title_edit.hasFocus()
    tab.title_edit.clear()
    type_text(tab.title_edit, "答谢")
    tab.body_edit.setFocus()
    type_text(tab.body_edit, "感谢加入{群名}，{未知}")
    tab.title_edit.setFocus()
    new = next(s for s in scripts.library(cid) if s["title"] == "答谢")
    assert new["body"] == "感谢加入{群名}，{未知}"
    assert tab.preview.toPlainText() == "感谢加入快闪群，{未知}" and "{未知}" in tab.unknown.text()
    tab.shared_check.click()
    assert scripts.scripts.get(new["id"])["community"] is None
    # an SOP row links it through its Script column
    sop_tab = window.sop
    sop_tab.tabs.setCurrentIndex(sop.TABLES.index("daily"))
    column = [c.field for c in sop_tab.model.columns].index("script")
    sop_tab.model.setData(sop_tab.model.index(0, column), new["id"])
    assert sop.rows.list(cid, table="daily")[0]["script"] == new["id"]
    # the flash timeline: messages in order from T-3, a day without one flagged
    window.show_tab("scripts")
    assert tab.pages.isTabVisible(1)
    tab.pages.setCurrentIndex(1)
    texts = [tab.timeline.topLevelItem(i).text(2) for i in range(tab.timeline.topLevelItemCount())]
    assert texts[0] == "快闪预热：痛点故事" and "No message on this day" in texts
    tab.timeline.setCurrentItem(tab.timeline.topLevelItem(0))
    tab.copy_step_button.click()
    assert QGuiApplication.clipboard().text().startswith("你有没有过这样的困扰")
