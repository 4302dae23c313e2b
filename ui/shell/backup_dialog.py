"""File ▸ Restore from backup…, and the offer of a backup when a workspace cannot be opened."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QSpinBox, QVBoxLayout)

from app.errors import UserError
from app.storage import backups, rescue
from app.storage.schema import ForeignSchemaError
from ui.shell.settings import keep_count, settings


def describe(b: backups.Backup) -> str:
    reasons = {"daily": QCoreApplication.translate("BackupDialog", "daily (on opening)"),
               "before-import": QCoreApplication.translate("BackupDialog", "before an import"),
               "before-restore": QCoreApplication.translate("BackupDialog", "before a restore")}
    reason = reasons.get(b.reason) or (QCoreApplication.translate("BackupDialog", "before upgrading")
                                       if b.reason.startswith("before-upgrade") else b.reason)
    return f"{b.made:%Y-%m-%d %H:%M:%S} · {reason} · {b.size / 1024:,.0f} KB"


def ask_backup(parent, workspace: Path, text: str) -> Path | None:
    """List the workspace's backups; returns the chosen one, or None. Tests replace this."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("BackupDialog", "Backups"))
    dialog.resize(560, 420)
    layout = QVBoxLayout(dialog)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    items = QListWidget()
    for b in backups.list_backups(workspace):
        item = QListWidgetItem(describe(b))
        item.setData(Qt.ItemDataRole.UserRole, str(b.path))
        items.addItem(item)
    items.setCurrentRow(0)
    layout.addWidget(items)
    row = QHBoxLayout()
    row.addWidget(QLabel(QCoreApplication.translate("BackupDialog", "Keep the newest")))
    keep = QSpinBox(minimum=1, maximum=365, value=keep_count())
    keep.valueChanged.connect(lambda n: settings().setValue("backups_keep", n))
    row.addWidget(keep)
    row.addWidget(QLabel(QCoreApplication.translate("BackupDialog", "backups")))
    row.addStretch(1)
    layout.addLayout(row)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    restore = buttons.addButton(QCoreApplication.translate("BackupDialog", "Restore this backup"),
                                QDialogButtonBox.ButtonRole.AcceptRole)
    restore.setEnabled(items.count() > 0)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted or items.currentItem() is None:
        return None
    return Path(items.currentItem().data(Qt.ItemDataRole.UserRole))


def offer_clean_copy(parent, exc: ForeignSchemaError) -> Path | None:
    """A workspace refused for what it carries: offer to copy its data into a clean workspace
    beside it (the file itself stays as it is). Returns the copy, or None."""
    from ui.widgets import dialogs
    if not dialogs.confirm(parent, str(exc) + "\n\n" + QCoreApplication.translate(
            "BackupDialog", "Copy its data (communities, plans, numbers) into a clean workspace beside it "
                            "and open that? The file itself stays as it is.")):
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = exc.path.with_name(f"{exc.path.stem}-clean-{stamp}.sqlite")
    try:
        return rescue.clean_copy(exc.path, target)
    except UserError as exc2:
        dialogs.refuse(parent, exc2)
        return None
