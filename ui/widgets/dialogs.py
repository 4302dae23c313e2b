"""Small dialogs behind functions, so tests can replace them with monkeypatch.

The dialog classes are imported where they are used: naming one makes PySide build its class
and enums, which start-up (which shows no dialog) need not pay for.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.errors import UserError


def warn(parent: QWidget | None, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.warning(parent, QWidget.tr("Community planner"), text)


def refuse(parent: QWidget | None, exc: UserError) -> None:
    """Show a refusal's message; what caused it (the exception's class and traceback) goes to
    the log file, which Help ▸ Where is my data? names, not to the person reading."""
    if exc.__cause__ is not None:
        from app import log
        log.record(exc, "refused")
    warn(parent, str(exc))


def confirm(parent: QWidget | None, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox
    answer = QMessageBox.question(parent, QWidget.tr("Community planner"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def info(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    """Help ▸ About: Qt's about box, which shows the application's icon."""
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.about(parent, title, text)


def ok_cancel(dialog, layout) -> bool:
    """Put OK / Cancel under a dialog's contents and run it; True when accepted."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_checked(parent: QWidget | None, title: str, options: list[tuple[str, int, str]],
                checked: set[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """A checkable list of (kind, id, label); returns the checked (kind, id) or None if cancelled."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(520, 560)
    layout = QVBoxLayout(dialog)
    search = QLineEdit(placeholderText=QWidget.tr("Filter…"))
    layout.addWidget(search)
    items = QListWidget()
    for kind, ref_id, label in options:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, (kind, ref_id))
        item.setCheckState(Qt.CheckState.Checked if (kind, ref_id) in checked else Qt.CheckState.Unchecked)
        items.addItem(item)
    search.textChanged.connect(lambda text: [items.item(i).setHidden(text.lower() not in items.item(i).text().lower())
                                             for i in range(items.count())])
    layout.addWidget(items)
    if not ok_cancel(dialog, layout):
        return None
    return [tuple(items.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(items.count())
            if items.item(i).checkState() == Qt.CheckState.Checked]


def run(dialog) -> bool:
    """Show a modal dialog; True when it was accepted (tests replace this to drive one)."""
    return dialog.exec() == dialog.DialogCode.Accepted
