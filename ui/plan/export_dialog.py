"""File ▸ Export the plan…: choose a Word or Excel file, write it in a worker, say where it went."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services import communities
from ui.widgets import long_work
from ui.shell.settings import last_folder, remember_folder


def ask_plan_target(parent: QWidget, community: dict) -> Path | None:
    """The .docx or .xlsx to write, or None when cancelled (tests replace this)."""
    from exports.plan_docx import default_filename
    word = QCoreApplication.translate("PlanExport", "Word document (*.docx)")
    excel = QCoreApplication.translate("PlanExport", "Excel workbook, a sheet per area (*.xlsx)")
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PlanExport", "Export the plan"),
                                               str(Path(last_folder()) / default_filename(community)),
                                               f"{word};;{excel}")
    if not path:
        return None
    path = Path(path)
    if path.suffix.lower() not in (".docx", ".xlsx"):
        path = path.with_suffix(".xlsx" if chosen == excel else ".docx")
    return path


def export_plan_interactive(window, community_id: int) -> Path | None:
    from exports import plan_docx, plan_xlsx
    target = ask_plan_target(window, communities.get(community_id))
    if target is None:
        return None
    if target.suffix.lower() not in (".docx", ".xlsx"):
        target = target.with_suffix(".docx")
    write = plan_xlsx.write if target.suffix.lower() == ".xlsx" else plan_docx.write
    book = plan_docx.load(community_id)  # read here; the file is written in a worker
    written = long_work.attempt(window, QCoreApplication.translate("PlanExport", "Export the plan"),
                                lambda report: write(book, target, report=report))
    if written:
        remember_folder(written)
        window.statusBar().showMessage(QCoreApplication.translate("PlanExport", "Exported the plan to {path}").format(path=written), 8000)
    return written
