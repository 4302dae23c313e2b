"""Long work runs in a worker behind a progress dialog: the window keeps processing events,
and Cancel midway leaves the workspace and the target file exactly as they were."""
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.services import growth, table_files
from app.storage import backups
from exports import sop_xlsx
from tests.test_hostile_files import snapshot
from tests.ui_helpers import open_window
from ui.widgets import long_work


@pytest.fixture
def slow(monkeypatch):
    """Every progress report takes a while, as on a slow disk, so that Cancel lands midway."""
    original = long_work._Worker.report

    def report(self, stage, done, total):
        time.sleep(0.02)
        original(self, stage, done, total)
    monkeypatch.setattr(long_work._Worker, "report", report)


class CancelMidway:
    """Presses Cancel once the dialog shows that work has begun; counts the event-loop turns
    the UI thread made meanwhile (a frozen window makes none)."""

    def __init__(self, window):
        self.window, self.turns, self.cancelled_at = window, 0, None
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(5)

    def tick(self):
        self.turns += 1
        for dialog in self.window.findChildren(QProgressDialog):
            if dialog.isVisible() or dialog.value() > 0:
                if self.cancelled_at is None and "…" in dialog.labelText():
                    self.cancelled_at = dialog.value()
                    button, = dialog.findChildren(QPushButton)  # as the user does: click Cancel
                    button.click()


def test_cancelling_an_export_midway_keeps_the_old_file(qtbot, demo, workspace, tmp_path, monkeypatch, slow):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the operator's earlier export")
    monkeypatch.setattr(sop_xlsx._Progress, "EVERY", 5)
    monkeypatch.setattr("ui.sop.excel_dialogs.ask_export_target", lambda parent, c: ("workbook", target))
    window = open_window(qtbot, workspace)
    canceller = CancelMidway(window)
    assert window.export_sop() is None
    canceller.timer.stop()
    assert canceller.cancelled_at is not None and canceller.turns > 3
    assert target.read_bytes() == b"the operator's earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []
    assert "Cancelled" in window.statusBar().currentMessage()


def test_an_export_that_is_not_cancelled_writes_through_the_worker(qtbot, demo, workspace, tmp_path, monkeypatch):
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr("ui.sop.excel_dialogs.ask_export_target", lambda parent, c: ("workbook", target))
    window = open_window(qtbot, workspace)
    window.export_sop()
    import openpyxl
    assert len(openpyxl.load_workbook(target).sheetnames) == 5


def test_cancelling_an_import_midway_stores_nothing(qtbot, demo, workspace, tmp_path, monkeypatch, slow):
    monkeypatch.setattr(table_files, "EVERY", 50)
    csv = tmp_path / "numbers.csv"
    csv.write_text("date,members\n" + "".join(f"{d}\n" for d in _days(2_000)))
    before, backups_before = snapshot(workspace), backups.list_backups(workspace)
    monkeypatch.setattr("ui.growth.import_dialog.ask_file", lambda parent: csv)
    monkeypatch.setattr("ui.widgets.dialogs.confirm", lambda parent, text: False)  # (never reached, never hangs)
    mapped = []
    monkeypatch.setattr("ui.growth.import_dialog.ask_mapping", lambda parent, h, g: mapped.append(g) or g)
    window = open_window(qtbot, workspace)
    window.show_community(demo)
    window.growth  # File ▸ Import brings the growth tab forward: drawn first, not counted in the import
    qtbot.wait(300)  # (its charts are painted by then)
    canceller = CancelMidway(window)
    window.import_numbers()
    canceller.timer.stop()
    assert canceller.cancelled_at is not None and canceller.turns > 3
    assert mapped == []  # it stopped while reading, before asking anything
    assert snapshot(workspace) == before and backups.list_backups(workspace) == backups_before
    assert growth.list_days(demo)[-1]["date"].year < 2030


def _days(n):
    import datetime as dt
    start = dt.date(2040, 1, 1)
    return [f"{start + dt.timedelta(days=i)},{100 + i}" for i in range(n)]
