"""The plan tab: the risk register, its heat map, and File ▸ Export the plan (Word)."""
from PySide6.QtCore import Qt

from app.services import communities, risks
from tests.ui_helpers import open_window
from ui.shell.main_window import TABS


def test_risk_register_heat_map_and_undo(qtbot, workspace, monkeypatch):
    messages = []
    monkeypatch.setattr("ui.widgets.dialogs.warn", lambda parent, text: messages.append(text))
    cid = communities.create("X", type_override="flash")
    window = open_window(qtbot, workspace)
    tab = window.plan
    assert tab.suggestion_bar.isVisible()
    assert all(tab.heat.item(r, c).text() == "" for r in range(5) for c in range(5))  # suggestions do not count
    qtbot.mouseClick(tab.suggestion_bar.buttons["all"], Qt.MouseButton.LeftButton)
    rows = risks.risks.list(cid)
    cells = {(5 - r, c + 1): tab.heat.item(r, c).text() for r in range(5) for c in range(5)}
    assert sum(int(n) for n in cells.values() if n) == len(rows)
    assert cells[(rows[0]["likelihood"], rows[0]["impact"])] != ""
    model = tab.register.model
    likelihood = [c.field for c in model.columns].index("likelihood")
    model.setData(model.index(0, likelihood), "9")           # outside 1–5: refused, with a message
    assert messages and risks.risks.get(model.row_at(0)["id"])["likelihood"] == rows[0]["likelihood"]
    model.setData(model.index(0, likelihood), "5")
    level = [c.field for c in model.columns].index("level")
    assert model.index(0, level).data() in ("High", "Critical")
    window.undo_action.trigger()
    assert risks.risks.get(rows[0]["id"])["likelihood"] == rows[0]["likelihood"]
    assert window.tabs.tabText(list(TABS).index("plan")).startswith("Plan && risks")  # (&& shows as one &)


def test_export_the_plan_from_the_file_menu(qtbot, workspace, demo, tmp_path, monkeypatch):
    target = tmp_path / "plan"  # no suffix given: .docx is added
    monkeypatch.setattr("ui.plan.export_dialog.ask_plan_target", lambda parent, community: target)
    window = open_window(qtbot, workspace)
    action = [a for a in window.menuBar().actions()[0].menu().actions() if "plan" in a.text()][0]
    action.trigger()
    written = tmp_path / "plan.docx"
    qtbot.waitUntil(written.exists, timeout=10000)
    import docx
    assert any("Risk assessment" in p.text for p in docx.Document(str(written)).paragraphs)
    assert str(written) in window.statusBar().currentMessage()


def test_the_path_page_draws_the_timeline(qtbot, workspace, demo):
    window = open_window(qtbot, workspace)
    tab = window.plan
    assert tab.timeline is None  # pyqtgraph loads with the page
    tab.pages.setCurrentIndex(tab.PAGES.index("path"))
    assert tab.timeline is not None
    items = tab.timeline.plot_item.items
    import pyqtgraph as pg
    assert sum(isinstance(i, pg.BarGraphItem) for i in items) == 4          # the demo's four phases
    assert sum(isinstance(i, pg.ScatterPlotItem) for i in items) == 1       # its milestones
    assert sum(isinstance(i, pg.InfiniteLine) for i in items) >= 3          # launch, the event's T0, today


def test_export_the_plan_as_pdf_and_excel_from_the_tab(qtbot, workspace, demo, tmp_path, monkeypatch):
    targets = iter([tmp_path / "plan.pdf", tmp_path / "plan.xlsx"])
    monkeypatch.setattr("ui.plan.export_dialog.ask_plan_target", lambda parent, community: next(targets))
    window = open_window(qtbot, workspace)
    tab = window.plan
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil((tmp_path / "plan.xlsx").exists, timeout=10000)
    import openpyxl
    assert "Risks" in openpyxl.load_workbook(tmp_path / "plan.xlsx").sheetnames


def test_export_the_plan_from_the_overview(qtbot, workspace, demo, tmp_path, monkeypatch):
    monkeypatch.setattr("ui.plan.export_dialog.ask_plan_target", lambda parent, community: tmp_path / "plan.docx")
    window = open_window(qtbot, workspace)
    qtbot.mouseClick(window.overview.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil((tmp_path / "plan.docx").exists, timeout=10000)
