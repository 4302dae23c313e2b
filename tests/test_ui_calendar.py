import datetime as dt

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from app.services import communities, content
from tests.ui_helpers import open_window, type_text
from ui.calendar.month_view import MIME

TODAY = dt.date(2027, 3, 10)  # a Wednesday


def _calendar(qtbot, workspace, page=0):
    window = open_window(qtbot, workspace)
    tab = window.calendar
    tab.today = lambda: TODAY
    tab.month, tab.day = TODAY.replace(day=1), TODAY
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentIndex(page)
    tab.set_community(window.community_id)
    return window, tab


def _drop(cell, entry_id):
    data = QMimeData()
    data.setData(MIME, QByteArray(str(entry_id).encode()))
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    cell.list.dropEvent(event)


def test_add_entry_in_month_view_move_it_and_undo(qtbot, workspace):
    cid = communities.create("X")
    window, tab = _calendar(qtbot, workspace)
    view = tab.month_view
    assert view.cells[0].date.weekday() == view.first_weekday
    day = dt.date(2027, 3, 12)
    qtbot.mouseClick(view.cell_for(day), Qt.MouseButton.LeftButton)
    assert tab.day == day and "2027-03-12" in tab.day_panel.title()
    qtbot.mouseClick(tab.day_panel.buttons["add"], Qt.MouseButton.LeftButton)
    editor = tab.day_panel.view.focusWidget()
    editor.selectAll()
    type_text(editor, "晒单有礼")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: content.list_entries(cid)[0]["title"] == "晒单有礼")
    (entry,) = content.list_entries(cid)
    assert entry["date"] == day
    assert [view.cell_for(day).list.item(i).text() for i in range(view.cell_for(day).list.count())] == ["20:00 晒单有礼"]
    cell = view.cell_for(day).list
    assert cell.wordWrap() and cell.item(0).toolTip()  # a long title wraps (and shows whole on hover)
    _drop(view.cell_for(dt.date(2027, 3, 15)), entry["id"])
    assert content.entries.get(entry["id"])["date"] == dt.date(2027, 3, 15)
    assert view.cell_for(day).list.count() == 0 and view.cell_for(dt.date(2027, 3, 15)).list.count() == 1
    window.undo_action.trigger()
    assert content.entries.get(entry["id"])["date"] == day
    assert view.cell_for(day).list.count() == 1


def test_overdue_and_balance_warning(qtbot, workspace):
    cid = communities.create("X")
    content.add_entry(cid, {"title": "Old draft", "date": dt.date(2027, 3, 2), "status": "drafted",
                            "packaging": "activity"})
    content.add_entry(cid, {"title": "Sale", "date": dt.date(2027, 3, 20), "content_class": "product",
                            "packaging": "marketing"})
    window, tab = _calendar(qtbot, workspace)
    item = tab.month_view.cell_for(dt.date(2027, 3, 2)).list.item(0)
    assert item.foreground().color().red() == 220 and item.font().bold()
    text = tab.balance_label.text()
    assert "Product 50%" in text and "above the 40% limit" in text
    assert "comes before any topic-led content" in text and "1 entries are overdue" in text
    tab.threshold_spin.setValue(60)
    tab.threshold_spin.editingFinished.emit()
    assert communities.get(cid)["product_threshold"] == 60
    assert "above the" not in tab.balance_label.text()


def test_list_view_filters_and_sorts(qtbot, workspace):
    cid = communities.create("X")
    content.create_column(cid, {"name": "Brief", "start_date": dt.date(2027, 3, 1),
                                "end_date": dt.date(2027, 3, 31)}, TODAY)
    content.add_entry(cid, {"title": "Quiz", "date": dt.date(2027, 3, 5), "content_class": "interaction",
                            "owner": "Lulu"})
    window, tab = _calendar(qtbot, workspace, page=1)
    model = tab.list_panel.model
    assert model.rowCount() == 24
    tab.class_filter.setCurrentIndex(tab.class_filter.findData("interaction"))
    assert [model.row_at(i)["title"] for i in range(model.rowCount())] == ["Quiz"]
    tab.class_filter.setCurrentIndex(0)
    type_text(tab.owner_filter, "lu")
    assert model.rowCount() == 1
    tab.owner_filter.clear()
    tab.column_filter.setCurrentIndex(tab.column_filter.findData(0))   # one-off entries
    assert model.rowCount() == 1
    tab.column_filter.setCurrentIndex(0)
    tab.list_panel.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by title
    assert model.row_at(0)["title"] == "Quiz"
    tab.to_edit.setDate(dt.date(2027, 3, 4))
    assert model.rowCount() == 4 and "Shown: 4 entries" in tab.list_balance.text()


def test_columns_page_generates_entries_and_undo(qtbot, workspace):
    cid = communities.create("X", apply_templates=False)
    window, tab = _calendar(qtbot, workspace, page=2)
    qtbot.mouseClick(tab.columns_panel.buttons["add"], Qt.MouseButton.LeftButton)
    (col,) = content.columns.list(cid)
    assert len(content.list_entries(cid)) == 20          # four weeks of weekdays
    model = tab.columns_panel.model
    weekdays_col = [c.field for c in model.columns].index("weekdays")
    model.setData(model.index(0, weekdays_col), "一 三 五")
    assert content.columns.get(col["id"])["weekdays"] == "0,2,4"
    assert model.index(0, weekdays_col).data() == "Mon Wed Fri"
    assert {r["date"].weekday() for r in content.list_entries(cid)} == {0, 2, 4}
    messages = []
    window.bus.error.disconnect()
    window.bus.error.connect(messages.append)
    model.setData(model.index(0, weekdays_col), "Funday")
    assert messages and "not a weekday" in messages[0]
    window.undo_action.trigger()
    assert {r["date"].weekday() for r in content.list_entries(cid)} == {0, 1, 2, 3, 4}
    window.undo_action.trigger()
    assert content.columns.list(cid) == [] and content.list_entries(cid) == []
    window.redo_action.trigger()
    assert len(content.list_entries(cid)) == 20


def test_export_ics_from_the_list_page(qtbot, workspace, tmp_path, monkeypatch):
    import icalendar
    cid = communities.create("X")
    content.add_entry(cid, {"title": "In range", "date": dt.date(2027, 3, 5), "time": "09:00"})
    content.add_entry(cid, {"title": "Later", "date": dt.date(2027, 4, 5)})
    target = tmp_path / "plan.ics"
    monkeypatch.setattr("ui.calendar.tab.ask_ics_target", lambda parent, suggested: str(target))
    window, tab = _calendar(qtbot, workspace, page=1)
    tab.export_ics()
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["In range"]


def test_month_navigation_stops_at_the_last_month_a_plan_holds(qtbot, workspace):
    from app.services.fields import DATE_MAX
    communities.create("X")
    window, tab = _calendar(qtbot, workspace)
    tab.month = DATE_MAX.replace(day=1)
    tab.go_month(1)  # stays: the month view shows no month a date box could not hold
    assert tab.month == DATE_MAX.replace(day=1) and tab.month_view.cells[0].date <= DATE_MAX
    tab.go_month(-1)
    assert tab.month == dt.date(DATE_MAX.year, 11, 1)
