"""Start the GUI: application, style, language, theme, workspace, main window."""
from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__, i18n, workspace
from app.errors import UserError
from app.storage import backups
from app.storage.schema import ForeignSchemaError
from ui.widgets import dialogs
from ui.shell.settings import str_setting
from ui.shell.theme import apply_theme

TRANSLATIONS = i18n.RESOURCES / "translations"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our .qm plus Qt's own (standard buttons, dialogs) for the chosen language."""
    keep = []
    if lang == "zh_CN":
        from PySide6.QtCore import QLibraryInfo
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
    # Fusion by its command-line option: app.setStyle() hands back the QStyle, and PySide builds
    # that class's ~570 enum members for it (~40 M instructions, 3 % of start-up)
    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:  # (made before, as in tests)
        app.setStyle("Fusion")
    app.setApplicationName("Community planner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("community-planner")  # (Wayland and taskbars match the .desktop file by it)
    app.setOrganizationName("CommunityPlanner")
    lang = i18n.set_language(lang_option or str_setting("language", "") or None)
    app._translators = install_translators(app, lang)
    apply_theme(str_setting("theme", "system"))
    return app, lang


def run_gui(workspace_path: Path | None, lang_option: str | None) -> int:
    app, _ = create_app(lang_option)
    from ui.shell.settings import keep_count
    path = Path(workspace_path).expanduser() if workspace_path else workspace.default_path()
    try:
        path, _created = workspace.open_or_create(path, keep_backups=keep_count(), housekeeping=False)
    except ForeignSchemaError as exc:
        from ui.shell.backup_dialog import offer_clean_copy
        path = offer_clean_copy(None, exc)
        if path is None:
            return 2
        path, _created = workspace.open_or_create(path, with_demo=False, keep_backups=keep_count(),
                                                  housekeeping=False)
    except UserError as exc:
        if not backups.list_backups(path):
            dialogs.refuse(None, exc)
            return 2
        # the file stays untouched: a chosen backup is copied beside it and opened instead
        from ui.shell.backup_dialog import ask_backup
        chosen = ask_backup(None, path, str(exc) + "\n\n" + QCoreApplication.translate(
            "App", "Open a copy of one of its backups instead? The damaged file is left as it is."))
        if chosen is None:
            return 2
        try:
            path, _created = workspace.open_or_create(backups.open_copy(chosen, path), with_demo=False,
                                                      housekeeping=False)
        except UserError as exc2:
            dialogs.refuse(None, exc2)
            return 2
    from ui.shell.main_window import MainWindow
    window = MainWindow(path)
    if os.environ.get("COMMUNITY_PLANNER_QUIT_AFTER_PAINT"):  # bench/bench_startup.py: start-up ends here
        # (and nothing is left for after it: under valgrind, ~50 times slower, the moment after
        # the first paint lasted longer than finish_start's delay, so the count included it)
        window.installEventFilter(_QuitAfterPaint(window))
    else:
        # what does not change the first frame waits until the window has painted (a timer
        # alone would fire first on a slow machine, before anything is on screen)
        window.installEventFilter(_AfterFirstPaint(window, lambda: finish_start(window)))
    window.show()
    QTimer.singleShot(0, settle_gc)  # once the first paint is done
    return app.exec()


def finish_start(window) -> None:
    """Start-up's work that the first frame does not show, once the window is on screen: the
    application's icon (the window manager's; decoding it is ~1 % of start-up), the day's backup
    and the purge of last session's deletions (~1 %; nothing can have been edited yet), and
    today's agenda (counts, tray, reminders)."""
    from ui.shell.settings import keep_count
    QApplication.setWindowIcon(QIcon(str(i18n.RESOURCES / "icons" / "community-planner-256.png")))
    workspace.housekeep(keep_count())
    warning = workspace.take_warning()
    if warning:  # e.g. a full disk: the plans are open, and the operator is told at once
        dialogs.warn(window, warning)
    window.start_reminders()


def settle_gc() -> None:
    """Turn the garbage collector back on (main.py turns it off for start-up), leaving the
    objects made so far out of its walks: they live as long as the process."""
    gc.freeze()
    gc.enable()


class _AfterFirstPaint(QObject):
    """Run `then` a moment after the window's first paint, once."""

    def __init__(self, window, then):
        super().__init__(window)
        self.then = then

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            QTimer.singleShot(200, then)
            obj.removeEventFilter(self)
        return False


class _QuitAfterPaint(QObject):
    """Quit once the main window has painted: the end of a measured cold start."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)  # the bench reads this wall-clock time
            QTimer.singleShot(0, QApplication.quit)
        return False
