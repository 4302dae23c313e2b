"""The implementation path as a timeline (pyqtgraph, as the growth charts): phases as bars,
milestones as diamonds, the launch date and each event's T0 as labelled lines, and today."""
from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402

from ui.growth.charts import DAY, EPOCH, DateAxis  # noqa: E402

PHASE_COLOURS = [(59, 130, 246, 150), (34, 197, 94, 150), (234, 179, 8, 150), (168, 85, 247, 150),
                 (239, 68, 68, 150), (20, 184, 166, 150)]


def _x(day: dt.date) -> float:
    return (day - EPOCH).days * DAY


class Timeline(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, axisItems={"bottom": DateAxis(orientation="bottom", utcOffset=0)})
        self.setMinimumHeight(220)
        self.plot_item = self.getPlotItem()
        self.plot_item.hideAxis("left")
        self.plot_item.setMouseEnabled(x=True, y=False)
        self.plot_item.showGrid(x=True, y=False, alpha=0.15)
        palette = self.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        self.text = palette.color(QPalette.ColorRole.Text)
        self.plot_item.getAxis("bottom").setTextPen(self.text)

    def show_plan(self, phases: list[dict], milestones: list[dict], marks: list[tuple[dt.date, str]],
                  today: dt.date) -> None:
        """phases: name, start_date, end_date; milestones: name, date, done; marks: (date, label)."""
        p = self.plot_item
        p.clear()
        rows = len(phases)
        for i, phase in enumerate(phases):
            y = rows - i  # the first phase on top
            start, end = _x(phase["start_date"]), _x(phase["end_date"] + dt.timedelta(days=1))
            colour = PHASE_COLOURS[i % len(PHASE_COLOURS)]
            p.addItem(pg.BarGraphItem(x0=[start], y=[y], height=0.6, width=[end - start],
                                      brush=pg.mkBrush(colour), pen=pg.mkPen(colour[:3])))
            label = pg.TextItem(phase["name"], color=self.text, anchor=(0, 0.5))
            label.setPos(start, y)
            p.addItem(label)
        y = 0  # the milestones' row, under the phases
        if milestones:
            p.addItem(pg.ScatterPlotItem(x=[_x(m["date"]) for m in milestones], y=[y] * len(milestones),
                                         symbol="d", size=14,
                                         brush=[pg.mkBrush((21, 128, 61) if m["done"] else (220, 38, 38))
                                                for m in milestones], pen=pg.mkPen(self.text)))
            for i, m in enumerate(sorted(milestones, key=lambda m: m["date"])):
                # labels alternate below the diamonds, two lines apart, so neighbours do not overlap
                label = pg.TextItem(m["name"], color=self.text, anchor=(0.5, -0.3 - 1.2 * (i % 2)))
                label.setPos(_x(m["date"]), y)
                p.addItem(label)
        for day, text in marks:
            p.addItem(pg.InfiniteLine(pos=_x(day), angle=90, pen=pg.mkPen((37, 99, 235), width=1.5),
                                      label=text, labelOpts={"position": 0.95, "color": (37, 99, 235)}))
        p.addItem(pg.InfiniteLine(pos=_x(today), angle=90, pen=pg.mkPen((220, 38, 38), width=2,
                                                                        style=pg.QtCore.Qt.PenStyle.DashLine)))
        days = [d["start_date"] for d in phases] + [d["end_date"] for d in phases] + \
            [m["date"] for m in milestones] + [d for d, _ in marks] + [today]
        first, last = min(days), max(days)
        pad = max(3, (last - first).days // 20)  # (more room on the right: the last label centres on its date)
        p.setXRange(_x(first - dt.timedelta(days=pad)), _x(last + dt.timedelta(days=3 * pad)), padding=0)
        p.setYRange(-1.6, rows + 0.8, padding=0)
