"""Start the GUI: application, style, language, theme, workspace, main window."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app import i18n, workspace
from app.errors import UserError
from app.storage import backups
from app.storage.schema import ForeignSchemaError
from ui import dialogs
from ui.settings import str_setting

TRANSLATIONS = i18n.RESOURCES / "translations"


def dark_palette() -> QPalette:
    """Fusion's colours for a dark window (platforms without a dark theme get it from here)."""
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
                         (QPalette.ColorRole.ToolTipBase, window), (QPalette.ColorRole.ToolTipText, text),
                         (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor(255, 80, 80)),
                         (QPalette.ColorRole.Highlight, QColor(42, 130, 218)),
                         (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                         (QPalette.ColorRole.Link, QColor(90, 160, 240)),
                         (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
                         (QPalette.ColorRole.Mid, QColor(90, 90, 95))):
        p.setColor(role, colour)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(130, 130, 130))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(130, 130, 130))
    return p


def apply_theme(code: str) -> None:
    """'system' follows the platform's light/dark scheme; 'light' and 'dark' force one.

    The palette is set here too: a platform without a colour-scheme setting (X11 without a
    desktop theme, say) would otherwise ignore the choice."""
    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(code, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(scheme)
    dark = code == "dark" or (code == "system" and hints.colorScheme() == Qt.ColorScheme.Dark)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our .qm plus Qt's own (standard buttons, dialogs) for the chosen language."""
    keep = []
    if lang == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        for folder, name in ((TRANSLATIONS, "planner_zh_CN"),
                             (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_zh_CN")):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                keep.append(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return keep


def create_app(lang_option: str | None) -> tuple[QApplication, str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Community planner")
    app.setOrganizationName("CommunityPlanner")
    app.setStyle("Fusion")
    lang = i18n.set_language(lang_option or str_setting("language", "") or None)
    app._translators = install_translators(app, lang)
    apply_theme(str_setting("theme", "system"))
    return app, lang


def run_gui(workspace_path: Path | None, lang_option: str | None) -> int:
    app, _ = create_app(lang_option)
    from ui.settings import keep_count
    path = Path(workspace_path).expanduser() if workspace_path else workspace.default_path()
    try:
        path, _created = workspace.open_or_create(path, keep_backups=keep_count())
    except ForeignSchemaError as exc:
        from ui.backup_dialog import offer_clean_copy
        path = offer_clean_copy(None, exc)
        if path is None:
            return 2
        path, _created = workspace.open_or_create(path, with_demo=False, keep_backups=keep_count())
    except UserError as exc:
        if not backups.list_backups(path):
            dialogs.refuse(None, exc)
            return 2
        # the file stays untouched: a chosen backup is copied beside it and opened instead
        from ui.backup_dialog import ask_backup
        chosen = ask_backup(None, path, str(exc) + "\n\n" + QCoreApplication.translate(
            "App", "Open a copy of one of its backups instead? The damaged file is left as it is."))
        if chosen is None:
            return 2
        try:
            path, _created = workspace.open_or_create(backups.open_copy(chosen, path), with_demo=False)
        except UserError as exc2:
            dialogs.refuse(None, exc2)
            return 2
    from ui.main_window import MainWindow
    window = MainWindow(path)
    if os.environ.get("COMMUNITY_PLANNER_QUIT_AFTER_PAINT"):  # bench/bench_startup.py
        window.installEventFilter(_QuitAfterPaint(window))
    window.show()
    from app.cli import settle_gc
    QTimer.singleShot(0, settle_gc)  # once the first paint is done
    return app.exec()


class _QuitAfterPaint(QObject):
    """Quit once the main window has painted: the end of a measured cold start."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)  # the bench reads this wall-clock time
            QTimer.singleShot(0, QApplication.quit)
        return False
