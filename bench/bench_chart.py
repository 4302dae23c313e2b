"""4. Chart stress: 1,000,000 points stay interactive (peak downsampling, clip to view).

Times the first paint and a zoom/pan repaint of one chart panel with a million points,
against the same panel with 1,000 points (the floor of a redraw)."""
import datetime as dt
import statistics
import time

import numpy as np
from common import report

from PySide6.QtWidgets import QApplication

from ui.growth.charts import GrowthCharts, x_of


def series(n: int) -> list[dict]:
    rng = np.random.default_rng(1)
    totals = np.cumsum(rng.integers(-3, 8, n)) + 1000
    start = dt.date(1000, 1, 1)
    return [{"date": start + dt.timedelta(days=i), "total": int(t)} for i, t in enumerate(totals)]


def measure(n: int, runs: int = 7):
    app = QApplication.instance() or QApplication([])
    data = series(n)
    charts = GrowthCharts((("members", ("total",)),), columns=1)
    charts.resize(1200, 500)
    start = time.perf_counter()
    charts.show_data(data)
    charts.show()
    app.processEvents()
    first = time.perf_counter() - start
    plot = charts.plots["members"]
    x0, x1 = x_of(data[0]["date"]), x_of(data[-1]["date"])
    times = []
    for i in range(runs):  # zoom into a tenth, then pan along: what a user does with the mouse
        left = x0 + (x1 - x0) * i / (runs + 1)
        start = time.perf_counter()
        plot.setXRange(left, left + (x1 - x0) / 10, padding=0)
        app.processEvents()
        times.append(time.perf_counter() - start)
    charts.close()
    return first, statistics.median(times)


def main():
    small_first, small_zoom = measure(1_000)
    big_first, big_zoom = measure(1_000_000)
    report("Chart stress, one panel (median of 7 zoom/pan repaints)", [
        ("1,000 points: first paint", small_first, None, "floor"),
        ("1,000,000 points: first paint", big_first, small_first, "interactive"),
        ("1,000 points: zoom/pan repaint", small_zoom, None, "floor"),
        ("1,000,000 points: zoom/pan repaint", big_zoom, small_zoom, "< 100 ms"),
    ])


if __name__ == "__main__":
    main()
