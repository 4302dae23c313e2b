"""Switching the theme (View ▸ Theme) on a full window: every tab built, the demo open, 1280×800.

Goal (#18): < 200 ms median, from the click to the repainted window. The baseline, measured in
the same run, is a plain palette change with no style sheet and no icons to tint again (what
the app did before the design pass).
"""
import os
import tempfile
from pathlib import Path

from common import median_time, report


def main():
    tmp = Path(tempfile.mkdtemp())
    os.environ["COMMUNITY_PLANNER_SETTINGS"] = str(tmp / "settings.ini")
    from ui.shell.start import create_app
    app, _ = create_app("zh_CN")
    from PySide6.QtWidgets import QApplication
    from app import workspace
    from app.services import demo
    path, _ = workspace.open_or_create(tmp / "w.sqlite", with_demo=False)
    cid = demo.add_demo()
    from ui.shell.main_window import TABS, MainWindow
    from ui.shell.theme import apply_theme
    from ui.widgets import style
    window = MainWindow(path)
    window.resize(1280, 800)
    window.show()
    window.communities.reload(select=cid)
    for key in TABS:
        window.show_tab(key)
        QApplication.processEvents()
    window.show_tab("sop")
    themes = iter(["dark", "light"] * 20)

    def switch():
        apply_theme(next(themes))
        QApplication.processEvents()
        window.repaint()

    palettes = iter([True, False] * 20)

    def palette_only():
        app.setPalette(style.palette(next(palettes)))
        QApplication.processEvents()
        window.repaint()
    app.setStyleSheet("")
    base = median_time(palette_only, runs=9)
    apply_theme("light")
    QApplication.processEvents()
    switched = median_time(switch, runs=9)
    report("Theme switch, demo open, every tab built (1280×800)", [
        ("palette only (no style sheet, no icons)", base, None, ""),
        ("View ▸ Theme: palette, style sheet, icons", switched, base, "< 200 ms"),
    ])


if __name__ == "__main__":
    main()
