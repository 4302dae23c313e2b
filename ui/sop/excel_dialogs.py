"""File ▸ Export SOP… and File ▸ Import SOP…: choosing files, reporting the outcome."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import communities
from ui.widgets import dialogs, long_work
from ui.shell.settings import last_folder, remember_folder



def ask_export_target(parent, community: dict) -> tuple[str, Path] | None:
    """('workbook', file) or ('separate', folder), or None when cancelled. Tests replace this."""
    from exports.sop_xlsx import default_filename
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export SOP"))
    box.setText(QCoreApplication.translate("ExportDialog", "Export the SOP tables of “{name}” as one workbook (a sheet per table) "
                   "or as one workbook per table?").format(name=community["name"]))
    one = box.addButton(QCoreApplication.translate("ExportDialog", "One workbook"), QMessageBox.ButtonRole.AcceptRole)
    separate = box.addButton(QCoreApplication.translate("ExportDialog", "One file per table"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    folder = last_folder()
    if box.clickedButton() is one:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ExportDialog", "Export SOP"),
                                              str(Path(folder) / default_filename(community)),
                                              QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)"))
        return ("workbook", Path(path)) if path else None
    if box.clickedButton() is separate:
        path = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("ExportDialog", "Folder for the SOP workbooks"), folder)
        return ("separate", Path(path)) if path else None
    return None


def export_sop_interactive(parent, community_id: int) -> list[Path]:
    from exports import sop_xlsx
    community = communities.get(community_id)
    choice = ask_export_target(parent, community)
    if choice is None:
        return []
    kind, target = choice
    if kind == "workbook" and target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    book = sop_xlsx.load(community_id)  # read here; the file is written in a worker
    written = long_work.attempt(
        parent, QCoreApplication.translate("ExportDialog", "Export SOP"),
        lambda report: [sop_xlsx.write_workbook(book, target, report=report)] if kind == "workbook"
        else sop_xlsx.write_separate(book, target, report=report))
    if not written:
        return []
    remember_folder(written[0])
    parent.statusBar().showMessage(QCoreApplication.translate("ExportDialog", "Exported {n} file(s) to {folder}").format(
        n=len(written), folder=written[0].parent), 8000)
    return written


def ask_import_file(parent) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ExportDialog", "Import SOP"), last_folder(),
                                          QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)"))
    return Path(path) if path else None


def import_sop_interactive(parent, community_id: int, undo) -> bool:
    """Read a workbook, show what would change, store it as one undoable step."""
    from exports import sop_import
    path = ask_import_file(parent)
    if path is None:
        return False
    plan = long_work.attempt(parent, QCoreApplication.translate("ExportDialog", "Import SOP"),
                             lambda report: sop_import.read_workbook(community_id, path, report))
    if plan is None:
        return False
    if plan.deletes and not dialogs.confirm(parent, QCoreApplication.translate(
            "ExportDialog", "The workbook no longer has these {n} rows:\n\n{rows}\n\nDelete them here too? "
            "(No: import the rest and keep them.)").format(n=len(plan.deletes), rows=plan.deletions())):
        plan.deletes = []
    if not plan.updates and not plan.adds and not plan.deletes:
        dialogs.info(parent, QCoreApplication.translate("ExportDialog", "Import SOP"), QCoreApplication.translate("ExportDialog", "Nothing to import: ") + plan.summary())
        return False
    if not dialogs.confirm(parent, QCoreApplication.translate("ExportDialog", "Import these changes?") + "\n\n" + plan.summary()):
        return False
    from app.storage import backups
    from ui.shell.settings import keep_count
    if long_work.attempt(parent, QCoreApplication.translate("LongWork", "Backing up the workspace"),
                         lambda report: backups.backup_now("before-import", keep_count())) is None:
        return False

    def redo(state):
        state["added"] = sop_import.apply_plan(community_id, plan, state.get("added"))

    def undo_(state):
        sop_import.revert_plan(plan, state["added"])

    undo.run(QCoreApplication.translate("ExportDialog", "Import SOP"), redo, undo_, community_id, "sop")
    parent.statusBar().showMessage(QCoreApplication.translate("ExportDialog", "Imported: ") + plan.summary(), 10000)
    return True
