"""Start the GUI: application, style, language, theme, workspace, main window."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import i18n, workspace
from app.errors import UserError
from app.storage import backups
from ui import dialogs
from ui.settings import settings

TRANSLATIONS = i18n.RESOURCES / "translations"


def apply_theme(code: str) -> None:
    """Fusion follows the system colour scheme; 'light'/'dark' force one."""
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(code, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(scheme)


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
    lang = i18n.set_language(lang_option or settings().value("language", "") or None)
    app._translators = install_translators(app, lang)
    apply_theme(settings().value("theme", "system"))
    return app, lang


def run_gui(workspace_path: Path | None, lang_option: str | None) -> int:
    app, _ = create_app(lang_option)
    from ui.settings import keep_count
    path = Path(workspace_path).expanduser() if workspace_path else workspace.default_path()
    try:
        path, _created = workspace.open_or_create(path, keep_backups=keep_count())
    except UserError as exc:
        if not backups.list_backups(path):
            dialogs.warn(None, str(exc))
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
            dialogs.warn(None, str(exc2))
            return 2
    from ui.main_window import MainWindow
    window = MainWindow(path)
    if os.environ.get("COMMUNITY_PLANNER_QUIT_AFTER_PAINT"):  # bench/bench_startup.py
        window.installEventFilter(_QuitAfterPaint(window))
    window.show()
    return app.exec()


class _QuitAfterPaint(QObject):
    """Quit once the main window has painted: the end of a measured cold start."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)  # the bench reads this wall-clock time
            QTimer.singleShot(0, QApplication.quit)
        return False
