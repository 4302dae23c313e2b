import datetime as dt

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.services import communities, growth
from tests.ui_helpers import open_window, type_text

TODAY = dt.date(2027, 3, 10)


def _growth(qtbot, workspace, page=0):
    window = open_window(qtbot, workspace)
    tab = window.growth
    tab.today = lambda: TODAY
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentIndex(page)
    tab.set_community(window.community_id)
    return window, tab


def _curve_y(charts, panel):
    (curve,) = [i for i in charts.plots[panel].listDataItems()]
    return curve.yData


def test_type_a_days_numbers_and_the_chart_changes(qtbot, workspace):
    cid = communities.create("X")
    growth.upsert_day(cid, dt.date(2027, 3, 8), {"total": 100, "speakers": 20})
    window, tab = _growth(qtbot, workspace, page=1)
    tab.pages.setCurrentIndex(0)
    assert list(_curve_y(tab.charts, "members")) == [100]
    tab.pages.setCurrentIndex(1)
    tab.day_edit.setDate(dt.date(2027, 3, 9))
    type_text(tab.day_inputs["total"], "120")
    type_text(tab.day_inputs["speakers"], "30")
    type_text(tab.day_inputs["joined"], "25")
    qtbot.mouseClick(tab.save_day_button, Qt.MouseButton.LeftButton)
    row = growth.list_days(cid)[-1]
    assert (row["date"], row["total"], row["speakers"], row["joined"], row["messages"]) == \
        (dt.date(2027, 3, 9), 120, 30, 25, None)
    assert tab.numbers.model.row_at(0)["date"] == dt.date(2027, 3, 9)     # newest first
    tab.pages.setCurrentIndex(0)
    assert list(_curve_y(tab.charts, "members")) == [100, 120]
    assert list(np.round(_curve_y(tab.charts, "speaking"), 1)) == [20.0, 25.0]
    tab.charts.hover_at(tab.charts.xs[1] + 3600)
    assert "2027-03-09" in tab.hover_label.text() and "Members 120" in tab.hover_label.text()
    assert "Messages —" in tab.hover_label.text()
    window.undo_action.trigger()
    assert list(_curve_y(tab.charts, "members")) == [100]


def test_bad_day_is_refused(qtbot, workspace, monkeypatch):
    messages = []
    monkeypatch.setattr("ui.widgets.dialogs.warn", lambda parent, text: messages.append(text))
    cid = communities.create("X")
    window, tab = _growth(qtbot, workspace, page=1)
    type_text(tab.day_inputs["total"], "10")
    type_text(tab.day_inputs["speakers"], "12")
    qtbot.mouseClick(tab.save_day_button, Qt.MouseButton.LeftButton)
    assert "more than the 10 members" in messages[0] and growth.list_days(cid) == []
    assert tab.day_inputs["total"].text() == "10"   # what was typed stays, to be corrected


def test_goals_page_shows_projection(qtbot, workspace):
    cid = communities.create("X")
    for i in range(20):
        growth.upsert_day(cid, dt.date(2027, 2, 18) + dt.timedelta(days=i), {"total": 100 + 5 * i})
    window, tab = _growth(qtbot, workspace, page=2)
    qtbot.mouseClick(tab.goals.buttons["add"], Qt.MouseButton.LeftButton)
    (goal,) = growth.goals.list(cid)
    model = tab.goals.model
    model.setData(model.index(0, 1), "300")
    assert growth.goals.get(goal["id"])["target"] == 300
    status_col = [c.field for c in model.columns].index("status")
    assert model.index(0, status_col).data().startswith("At this pace: reached on")
    tab.pages.setCurrentIndex(0)
    assert "Members → 300" in tab.goals_label.text()


def test_range_presets_and_granularity(qtbot, demo, workspace):
    window, tab = _growth(qtbot, workspace)
    charts = tab.charts
    qtbot.mouseClick(tab.range_buttons[30], Qt.MouseButton.LeftButton)
    (x0, x1), (y0, y1) = charts.plots["members"].viewRange()
    assert 29 <= (x1 - x0) / 86400 <= 33
    last30 = [d["total"] for d in charts.data if x0 <= (d["date"] - dt.date(1970, 1, 1)).days * 86400 <= x1]
    goal = max(g["target"] for g in growth.goals.list(demo) if g["metric"] == "total")
    assert y0 <= min(last30) and max(last30) <= y1 and y1 >= goal   # y fits what is visible
    assert y0 > 0.8 * min(last30)                                       # a line is not pinned to zero
    charts.plots["flow"].setXRange(x0 - 60 * 86400, x0 - 30 * 86400, padding=0)   # pan with the mouse
    (_, _), (_, top) = charts.plots["messages"].viewRange()
    earlier = [d["messages"] or 0 for d in charts.data
               if x0 - 60 * 86400 <= (d["date"] - dt.date(1970, 1, 1)).days * 86400 <= x0 - 30 * 86400]
    assert max(earlier) <= top <= 1.2 * max(earlier)
    tab.granularity.setCurrentIndex(tab.granularity.findData("week"))
    assert len(charts.data) in (26, 27)
    assert charts.data[0]["date"].weekday() == 0


def test_png_export_has_size_and_is_not_blank(qtbot, demo, workspace, tmp_path):
    from ui.growth import chart_png
    path = chart_png.export(demo, tmp_path / "chart.png", size=(1200, 800))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 15) for y in range(0, 800, 15)}
    assert len(colours) > 20   # lines, bars, bands and text, not one flat colour
    one = chart_png.export(demo, tmp_path / "rate.png", metric="speaking_rate", size=(800, 400))
    assert QImage(str(one)).width() == 800


def test_cli_export_chart(tmp_path):
    from tests.test_cli import run
    ws = tmp_path / "w.sqlite"
    run("--workspace", ws, "demo")
    out = tmp_path / "c.png"
    result = run("--workspace", ws, "export-chart", "--community", "1", "--out", out, "--metric", "total")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 1400
    bad = run("--workspace", ws, "export-chart", "--community", "1", "--out", out, "--metric", "happiness")
    assert bad.returncode == 2 and "Unknown metric happiness" in bad.stderr


def test_date_axis_speaks_chinese(qtbot):
    from app import i18n
    from ui.growth.charts import GrowthCharts, x_of
    charts = GrowthCharts((("members", ("total",)),), columns=1)
    qtbot.addWidget(charts)
    charts.resize(600, 300)
    charts.show_data([{"date": dt.date(2027, m, 1), "total": m} for m in range(1, 7)])
    charts.show()
    qtbot.waitExposed(charts)
    charts.grab()  # the axis learns its font metrics while painting
    axis = charts.plots["members"].getAxis("bottom")
    levels = axis.tickValues(x_of(dt.date(2027, 1, 1)), x_of(dt.date(2027, 6, 1)), 600)
    spacing, values = [(sp, v) for sp, v in levels if len(v) >= 3][0]
    i18n.set_language("zh_CN")
    zh = axis.tickStrings(values, 1, spacing)
    i18n.set_language("en")
    en = axis.tickStrings(values, 1, spacing)
    assert any("Feb" in t for t in en) and any("2月" in t for t in zh)
    assert not any(m in t for t in zh for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun"))


def _answer_next_dialog(answer):
    """Run answer(dialog) on the next modal dialog, as the user would act in it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet
            QTimer.singleShot(10, act)
        else:
            answer(dialog)
    QTimer.singleShot(0, act)


def test_import_a_file_through_its_dialogs_then_undo(qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog
    cid = communities.create("X")
    growth.upsert_day(cid, dt.date(2027, 3, 1), {"total": 90})
    path = tmp_path / "企微群统计.csv"
    path.write_text("统计日期,群成员数,新增人数,备注\n2027-03-01,100,5,开营\n2027/3/2,104,,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    confirms = []
    monkeypatch.setattr("ui.widgets.dialogs.confirm", lambda parent, text: confirms.append(text) or True)
    window, tab = _growth(qtbot, workspace, page=1)
    guessed = []

    def map_columns(dialog):  # the guesses stand; the user just confirms them
        guessed.extend(combo.currentText() for combo in dialog.findChildren(QComboBox))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    _answer_next_dialog(map_columns)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert guessed[:3] == ["统计日期", "群成员数", "新增人数"] and "备注" not in guessed
    assert confirms[0].startswith("1 new days, 1 days overwritten, 0 unchanged") and "2027-03-01" in confirms[0]
    assert [(r["date"].day, r["total"], r["joined"]) for r in growth.list_days(cid)] == [(1, 100, 5), (2, 104, None)]
    assert tab.numbers.model.row_at(0)["total"] == 104  # the table shows it at once, newest first
    window.undo_action.trigger()
    assert [(r["date"].day, r["total"]) for r in growth.list_days(cid)] == [(1, 90)]


def test_a_bad_file_lists_its_rows_and_imports_nothing(qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPlainTextEdit
    cid = communities.create("X")
    path = tmp_path / "numbers.csv"
    path.write_text("date,total\n2027-03-01,100\n2027-03-02,-4\nnot a day,3\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window, tab = _growth(qtbot, workspace, page=1)
    problems = []

    def read_problems(dialog):
        problems.append(dialog.findChild(QPlainTextEdit).toPlainText())
        dialog.reject()

    def map_columns(dialog):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        _answer_next_dialog(read_problems)  # then the list of problems opens
    _answer_next_dialog(map_columns)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert "Row 3, column total: “-4” is not a count" in problems[0]
    assert "Row 4, column date: “not a day” is not a date" in problems[0]
    assert growth.list_days(cid) == [] and tab.numbers.model.rowCount() == 0
