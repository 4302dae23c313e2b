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
    pdf = QCoreApplication.translate("PlanExport", "PDF for printing (*.pdf)")
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PlanExport", "Export the plan"),
                                               str(Path(last_folder()) / default_filename(community)),
                                               f"{word};;{pdf};;{excel}")
    if not path:
        return None
    path = Path(path)
    if path.suffix.lower() not in (".docx", ".xlsx", ".pdf"):
        path = path.with_suffix(".xlsx" if chosen == excel else ".pdf" if chosen == pdf else ".docx")
    return path


def export_plan_interactive(window, community_id: int) -> Path | None:
    from exports import plan_docx, plan_xlsx
    target = ask_plan_target(window, communities.get(community_id))
    if target is None:
        return None
    suffix = target.suffix.lower()
    if suffix not in (".docx", ".xlsx", ".pdf"):
        target, suffix = target.with_suffix(".docx"), ".docx"
    import tempfile
    from ui.plan.plan_images import add_images
    folder = tempfile.TemporaryDirectory()
    book = add_images(plan_docx.load(community_id), Path(folder.name))  # read and drawn here; Word and
    # Excel are written in a worker
    if suffix == ".pdf":  # Qt lays the PDF out, on the UI thread (its text layout is not for workers)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication
        from app.errors import UserError
        from ui.plan import plan_pdf
        from ui.widgets import dialogs
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = plan_pdf.write(book, target)
        except UserError as exc:
            written = None
            QApplication.restoreOverrideCursor()
            dialogs.refuse(window, exc)
        else:
            QApplication.restoreOverrideCursor()
    else:
        write = plan_xlsx.write if suffix == ".xlsx" else plan_docx.write
        written = long_work.attempt(window, QCoreApplication.translate("PlanExport", "Export the plan"),
                                    lambda report: write(book, target, report=report))
    folder.cleanup()
    if written:
        remember_folder(written)
        window.statusBar().showMessage(QCoreApplication.translate("PlanExport", "Exported the plan to {path}").format(path=written), 8000)
    return written
