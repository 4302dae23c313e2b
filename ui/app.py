"""Start the GUI: application, style, language, theme, workspace, main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import i18n, workspace
from app.errors import UserError
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
    try:
        path, _created = workspace.open_or_create(workspace_path)
    except UserError as exc:
        dialogs.warn(None, str(exc))
        return 2
    from ui.main_window import MainWindow
    window = MainWindow(path)
    window.show()
    return app.exec()
