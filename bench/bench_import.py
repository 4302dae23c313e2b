"""5. Bulk import of 100,000 metric rows from CSV, against raw sqlite3 executemany of the
same rows read with the csv module (the floor)."""
import csv
import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from common import median_time, report

from app.services import communities, metrics_import
from app.storage import db

N = 100_000
FIELDS = ("date", "total", "joined", "left", "speakers", "messages", "conversions", "revenue")


def main(runs: int = 5):
    tmp = Path(tempfile.mkdtemp())
    start = dt.date(1900, 1, 1)  # 100,000 days from here stay inside the dates a plan holds
    path = tmp / "numbers.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(FIELDS)
        for i in range(N):
            out.writerow([start + dt.timedelta(days=i), 1000 + i, i % 50, i % 7, i % 100, i % 300, i % 5,
                          float(i % 5 * 99)])

    def raw():
        target = tmp / "raw.sqlite"
        target.unlink(missing_ok=True)
        con = sqlite3.connect(target)
        con.execute("PRAGMA journal_mode=wal")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE metric (community_id INT, date TEXT, total INT, joined INT, left INT, "
                    "speakers INT, messages INT, conversions INT, revenue REAL, UNIQUE (community_id, date))")
        with open(path, encoding="utf-8") as fh:
            rows = [(1, *r) for r in list(csv.reader(fh))[1:]]
        with con:
            con.executemany("INSERT INTO metric VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.close()

    counter = iter(range(1000))
    target = {}

    def fresh_workspace():  # not timed: the floor's table is empty too
        db.close_workspace()
        db.open_workspace(tmp / f"ours{next(counter)}.sqlite")
        target["cid"] = communities.create("Import bench", apply_templates=False)

    def ours():
        metrics_import.apply(target["cid"], metrics_import.load(path))

    floor = median_time(raw, runs)
    planner = median_time(ours, runs, setup=fresh_workspace)
    report(f"Bulk import of {N:,} metric rows from CSV (median of {runs})", [
        ("csv.reader + sqlite3 executemany (floor)", floor, None, "floor"),
        ("planner: read, map, check every row, upsert", planner, floor, "ratio <= 2"),
    ])


if __name__ == "__main__":
    main()
