"""3. A workspace at 10x a heavy user: 50 communities, 100,000 daily metric rows (5+ years
each), 50,000 calendar entries, 10,000 SOP rows. Opening, switching community and tab,
filtering the calendar list, redrawing 5 years of growth charts; resident memory."""
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import report, rss_mb

from PySide6.QtWidgets import QApplication

from app.storage import db
from heavy import build_heavy


def timed(fn, runs=7):
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    tmp = Path(tempfile.mkdtemp())
    os.environ["COMMUNITY_PLANNER_SETTINGS"] = str(tmp / "settings.ini")
    path = tmp / "heavy.sqlite"
    build_start = time.perf_counter()
    db.open_workspace(path)
    ids = build_heavy()
    db.close_workspace()
    print(f"built in {time.perf_counter() - build_start:.1f} s: {path.stat().st_size / 2**20:.0f} MB")

    from ui.shell.start import create_app
    app, _ = create_app("zh_CN")
    from app import workspace
    from ui.shell.main_window import MainWindow
    start = time.perf_counter()
    workspace.open_or_create(path)
    window = MainWindow(path)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - start

    def switch(i):
        window.communities.reload(select=ids[(i * 7 + 3) % len(ids)])

    switching = timed(switch)
    order = ["sop", "roles", "calendar", "positioning", "sop", "roles", "calendar"]
    for key in set(order):  # first visit builds the tab once; measure the switches after that
        window.tabs.setCurrentWidget(window.tab(key))
        app.processEvents()
    tabs = timed(lambda i: window.tabs.setCurrentWidget(window.tab(order[i])))

    window.tabs.setCurrentWidget(window.calendar)
    cal = window.calendar
    cal.pages.setCurrentIndex(1)
    cal.from_edit.setDate(cal.from_edit.date().addYears(-6))
    app.processEvents()
    classes = [cal.class_filter.findData(c) for c in ("product", "values", "interaction", None)]
    filtering = timed(lambda i: cal.class_filter.setCurrentIndex(classes[i % 4]))
    shown = cal.list_panel.model.rowCount()

    window.tabs.setCurrentWidget(window.growth)
    app.processEvents()
    growth = window.growth
    growth.set_range(None)
    app.processEvents()
    redraw = timed(lambda i: growth.reload_dashboard())  # processEvents() in timed() paints it
    points = len(growth.charts.data)

    report("Heavy workspace (medians of 7)", [
        ("open it (to a painted window)", opened, None, "< 2 s"),
        ("switch community", switching, None, "< 100 ms"),
        ("switch tab", tabs, None, "< 100 ms"),
        (f"filter the calendar list ({shown} entries shown)", filtering, None, "< 100 ms"),
        (f"redraw growth charts ({points} days, 6 panels)", redraw, None, "< 100 ms"),
    ])
    print(f"resident memory (max RSS): {rss_mb():.0f} MB   goal < 300 MB")
    window.close()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
