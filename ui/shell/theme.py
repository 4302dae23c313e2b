"""Light and dark (View ▸ Theme): the palette and style sheet of ui/widgets/style.py, and the
icons painted again in the theme's text colour."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def apply_theme(code: str) -> None:
    """'system' follows the platform's light/dark scheme; 'light' and 'dark' force one.

    The palette is set here too: a platform without a colour-scheme setting (X11 without a
    desktop theme, say) would otherwise ignore the choice."""
    from ui.widgets import icons, style
    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(code, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(scheme)
    dark = code == "dark" or (code == "system" and hints.colorScheme() == Qt.ColorScheme.Dark)
    style.apply(app, dark)
    icons.retint()
