"""Opening the real main window on a test workspace, as a user would."""
from pathlib import Path

from app.storage import db


def open_window(qtbot, path: Path):
    from ui.shell.main_window import MainWindow
    db.open_workspace(path)
    window = MainWindow(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # focus (and so leaving a field) needs an active window
    import warnings

    from PySide6.QtWidgets import QApplication
    with warnings.catch_warnings():  # deprecated, but the offscreen platform activates no other way
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitActive(window)
    return window


def restart(qtbot, window):
    """Close the window and the workspace, then open both again on the same file."""
    path = window.workspace
    window.close()
    db.close_workspace()
    return open_window(qtbot, path)


def type_text(widget, text: str) -> None:
    """Type text into a widget key by key, Chinese included.

    QTest.keyClicks only knows ASCII keys (it asserts on others), so each character is
    sent as a key event carrying that text, as an input method delivers it.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def answer_wizard(monkeypatch, name: str, kind: str | None = None, offering: str = "", stages=None):
    """Answer the new-community wizard as a user would (typing into its fields), when it opens."""
    from PySide6.QtWidgets import QDialogButtonBox

    def run(dialog):
        dialog.name.setText(name)
        dialog.offering.setText(offering)
        if kind is not None:
            dialog.type.setCurrentIndex(dialog.type.findData(kind))
            dialog._type_picked()
        for stage in stages or ():
            dialog.aidass.buttons[stage].click()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        return True
    monkeypatch.setattr("ui.widgets.dialogs.run", run)
