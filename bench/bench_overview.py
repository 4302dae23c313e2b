"""The plan overview and the home page on the heavy workspace (50 communities, 100,000
metric rows, 50,000 calendar entries, 10,000 SOP rows; see heavy.py).

Goal (#13): computing the overview and the home page < 100 ms median. The baseline is
the floor measured in the same run: plain sqlite3 reading the same rows the overview
reads (every community table, the entries of the next 30 days, the numbers of the last 35),
with no Python work on them.
"""
import datetime as dt
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from common import median_time, report

from app.storage import db
from heavy import build_heavy


def raw_floor(path: Path, today: dt.date) -> None:
    con = sqlite3.connect(path)
    soon, past = (today + dt.timedelta(days=30)).isoformat(), (today - dt.timedelta(days=35)).isoformat()
    for table in ("community", "counterparty", "team_role", "member_role", "role_assignment", "rule", "point_rule",
                  "level", "sense_link", "content_column", "sop_row", "sop_event", "goal", "stage_period",
                  "stage_task"):
        con.execute(f'SELECT * FROM "{table}"').fetchall()
    con.execute("SELECT * FROM entry WHERE date >= ? AND date < ?", (today.isoformat(), soon)).fetchall()
    con.execute("SELECT * FROM metric WHERE date > ? AND date <= ?", (past, today.isoformat())).fetchall()
    con.close()


def main():
    tmp = Path(tempfile.mkdtemp())
    os.environ["COMMUNITY_PLANNER_SETTINGS"] = str(tmp / "settings.ini")
    path = tmp / "heavy.sqlite"
    start = time.perf_counter()
    db.open_workspace(path)
    ids = build_heavy()
    print(f"built in {time.perf_counter() - start:.1f} s")
    from app.services import overview, roles
    today = dt.date(2026, 6, 30)  # inside the heavy workspace's 2021–2026 numbers

    floor = median_time(lambda: raw_floor(path, today), runs=9)
    home = median_time(lambda: overview.for_all(today), runs=9)
    one = median_time(lambda: overview.for_community(ids[7], today), runs=9)
    cache = overview.load([ids[7]], today=today)[ids[7]]
    team = roles.team.create(ids[7], {"name": "管家"})

    def follow_edit():  # what the overview tab does after an edit on the roles tab
        data = overview.load([ids[7]], ("roles",), {ids[7]: cache}, today)[ids[7]]
        overview.compute(data, today)
    edit = median_time(follow_edit, runs=9)
    roles.team.delete([team])

    from PySide6.QtWidgets import QApplication
    from ui.shell.start import create_app
    app, _ = create_app("zh_CN")
    from ui.overview.home import HomePage
    page = HomePage(today=lambda: today)
    page.resize(1280, 800)

    def show_home():
        page.reload()
        QApplication.processEvents()
    shown = median_time(show_home, runs=9)
    report("Plan overview and home page, heavy workspace (50 communities)", [
        ("floor: sqlite3 reads the same rows", floor, None, ""),
        ("home page: every community's overview", home, floor, "< 100 ms"),
        ("home page: computed and drawn (table + matrix)", shown, floor, "< 100 ms"),
        ("one community's overview, read in full", one, floor, ""),
        ("overview after an edit (only its area re-read)", edit, floor, ""),
    ])


if __name__ == "__main__":
    main()
