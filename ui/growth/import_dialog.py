"""Import growth numbers: pick a file, map its columns, see what changes, import all or nothing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
                               QPlainTextEdit, QVBoxLayout)

from app import domain
from app.services import growth, metrics_import
from app.storage import backups
from ui.widgets import dialogs, long_work
from ui.shell.settings import last_folder, remember_folder




def ask_file(parent) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportDialog", "Import growth numbers"),
        last_folder("import_folder"),
        QCoreApplication.translate("ImportDialog", "Numbers (*.csv *.xlsx);;All files (*)"))
    if path:
        remember_folder(path, "import_folder")
    return Path(path) if path else None


def ask_mapping(parent, headers: list[str], guess: dict) -> dict | None:
    """One combo per field, preset from the header names; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ImportDialog", "Which column holds what?"))
    layout = QVBoxLayout(dialog)
    form = QFormLayout()
    combos = {}
    for f in metrics_import.FIELDS:
        combo = QComboBox()
        combo.addItem(QCoreApplication.translate("ImportDialog", "(not in the file)"), None)
        for i, header in enumerate(headers):
            combo.addItem(header or f"#{i + 1}", i)
        combo.setCurrentIndex(max(0, combo.findData(guess.get(f))))
        label = domain.pick(("日期", "Date")) if f == "date" else domain.pick(growth.NAMES[f])
        form.addRow(label, combo)
        combos[f] = combo
    layout.addLayout(form)
    if not dialogs.ok_cancel(dialog, layout):
        return None
    return {f: combo.currentData() for f, combo in combos.items()}


def show_problems(parent, problems: list[str]) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ImportDialog", "Nothing was imported"))
    dialog.resize(640, 420)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(QCoreApplication.translate(
        "ImportDialog", "Fix these rows in the file and import it again; nothing was changed:")))
    text = QPlainTextEdit("\n".join(problems))
    text.setReadOnly(True)
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.exec()


def import_interactive(parent, community_id: int, undo) -> bool:
    path = ask_file(parent)
    if path is None:
        return False
    title = QCoreApplication.translate("ImportDialog", "Import growth numbers")
    table = long_work.attempt(parent, title, lambda report: metrics_import.read_table(path, report=report))
    if table is None:
        return False
    headers, rows = table
    mapping = ask_mapping(parent, headers, metrics_import.guess_mapping(headers))
    if mapping is None:
        return False
    parsed = long_work.attempt(parent, title, lambda report: metrics_import.parse(headers, rows, mapping))
    if parsed is None:
        return False
    if parsed.errors:
        show_problems(parent, parsed.errors)
        return False
    change = metrics_import.preview(community_id, parsed)
    summary = QCoreApplication.translate(
        "ImportDialog", "{new} new days, {changed} days overwritten, {same} unchanged. Import?").format(
        new=len(change["new"]), changed=len(change["changed"]), same=change["unchanged"])
    if change["changed"]:
        summary += "\n" + QCoreApplication.translate("ImportDialog", "Overwritten: {dates}").format(
            dates=", ".join(d.isoformat() for d in change["changed"][:20])
            + (" …" if len(change["changed"]) > 20 else ""))
    if not dialogs.confirm(parent, summary):
        return False
    from ui.shell.settings import keep_count
    if long_work.attempt(parent, QCoreApplication.translate("LongWork", "Backing up the workspace"),
                         lambda report: backups.backup_now("before-import", keep_count())) is None:
        return False

    def redo(state):
        state["replaced"] = metrics_import.apply(community_id, parsed)

    undo.run(QCoreApplication.translate("ImportDialog", "Import growth numbers"), redo,
             lambda state: metrics_import.revert(community_id, parsed, state["replaced"]), community_id, "growth")
    return True
