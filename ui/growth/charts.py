"""The growth dashboard: linked pyqtgraph panels over a real date axis.

x is days since 1970 in seconds at UTC midnight, shown by a DateAxisItem with a zero
UTC offset, so a date is drawn on its own day in every time zone. Missing numbers are
NaN and drawn as gaps. Panels downsample (peak) and clip to the view, so years of
daily data stay smooth.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # pick PySide6 even if PyQt is installed

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QEvent, Qt, Signal  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402

from app import domain  # noqa: E402
from app.services import growth  # noqa: E402

EPOCH = dt.date(1970, 1, 1)
DAY = 86400
FLOWS = ("joined", "left", "net", "messages", "conversions", "revenue")
COLOURS = {"total": "#2563eb", "joined": "#16a34a", "left": "#dc2626", "net": "#7c3aed",
           "speaking_rate": "#0891b2", "messages": "#64748b", "conversions": "#ea580c", "revenue": "#ca8a04"}
STAGE_COLOURS = {"setup": (148, 163, 184, 40), "growth": (34, 197, 94, 35), "mature": (59, 130, 246, 30),
                 "decline": (239, 68, 68, 30)}
# the dashboard: (panel key, metrics drawn in it)
DASHBOARD = (("members", ("total",)), ("flow", ("joined", "left", "net")),
             ("speaking", ("speaking_rate",)), ("messages", ("messages",)),
             ("conversions", ("conversions",)), ("revenue", ("revenue",)))
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30}
LARGE = 20_000  # points in a series before the charts clip to the view and downsample


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class DateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis (English month names from strftime), with 1月…12月 in Chinese."""

    def tickStrings(self, values, scale, spacing):
        strings = super().tickStrings(values, scale, spacing)
        if domain.language() != "zh_CN":
            return strings
        out = []
        for text in strings:
            for i, month in enumerate(_MONTHS, start=1):
                text = text.replace(month, f"{i}月")
            out.append(text)
        return out


def stage_legend() -> str:
    """HTML naming the background colour of each lifecycle stage."""
    return "  ".join(f"<span style='background-color: rgba{STAGE_COLOURS[code][:3] + (0.35,)}'>"
                     f"&nbsp;{domain.label(domain.STAGES, code)}&nbsp;</span>" for code in domain.STAGES)


def x_of(day: dt.date) -> float:
    return (day - EPOCH).days * DAY



class GrowthCharts(pg.GraphicsLayoutWidget):
    hovered = Signal(str)  # the exact values of the date under the mouse

    def __init__(self, panels=DASHBOARD, columns: int = 2, parent=None):
        super().__init__(parent)
        self.panels = panels
        self.plots: dict[str, pg.PlotItem] = {}
        self.hover_lines = []
        self.data: list[dict] = []
        self.xs: list[float] = []
        self.title = self.addLabel("", row=0, col=0, colspan=columns)
        first = None
        for i, (key, metrics) in enumerate(panels):
            plot = self.addPlot(row=1 + i // columns, col=i % columns,
                                axisItems={"bottom": DateAxis(utcOffset=0)})
            plot.showGrid(y=True, alpha=0.12)  # (vertical grid lines doubled the axis paint time)
            plot.setMenuEnabled(False)
            plot.getAxis("left").setWidth(52)  # room for "12,000" so no tick label is dropped
            plot.setTitle(" · ".join(domain.pick(growth.NAMES[m]) for m in metrics), size="9pt")
            if first is None:
                first = plot
            else:
                plot.setXLink(first)
            if i < len(panels) - columns:  # dates only under the bottom row: the x axes are linked
                plot.getAxis("bottom").setStyle(showValues=False)
            line = pg.InfiniteLine(angle=90, pen=pg.mkPen((128, 128, 128), width=1))
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self.hover_lines.append(line)
            self.plots[key] = plot
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.series: dict[str, list] = {}
        self._curves: dict[tuple[str, str], pg.PlotDataItem] = {}
        self._backdrops: dict[str, tuple] = {}  # panel -> (what it shows, its items)
        self._fitting = False
        first.sigXRangeChanged.connect(self._x_changed)
        self.apply_palette()

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "title"):  # the theme changed
            self.apply_palette()

    def apply_palette(self):
        """Follow the application's light or dark palette."""
        palette = self.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for plot in self.plots.values():
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setTextPen(text)
                axis.setPen(pg.mkPen(text))
            plot.titleLabel.setAttr("color", text.name())
        self.title.setAttr("color", text.name())

    # -- drawing
    def show_data(self, data: list[dict], granularity: str = "day", stages=(), goals=(),
                  bands: tuple[int, int, int] = (15, 25, 10), title: str = "") -> None:
        self.data = data
        self.xs = [x_of(d["date"]) for d in data]
        xs = np.array(self.xs, dtype=float)
        width = PERIOD_DAYS[granularity] * DAY * 0.8
        self.title.setText(title, size="11pt", bold=True)
        # clipping and downsampling pay off for long series only: below that, re-clipping on
        # every range change costs more than drawing everything
        large = len(xs) > LARGE
        self.series = {key: [] for key, _ in self.panels}  # (x, y) drawn per panel, for y ranges
        for key, metrics in self.panels:
            plot = self.plots[key]
            plot.setDownsampling(auto=large, mode="peak")
            plot.setClipToView(large)
            # a running total (revenue so far) has no goal line on a per-day chart
            panel_goals = [g for g in goals if g["metric"] in metrics and g["metric"] in growth.GOAL_LEVELS]
            self._set_backdrop(key, tuple(stages), bands if "speaking_rate" in metrics else None, panel_goals)
            for metric in metrics:
                values = np.array([math.nan if d[metric] is None else d[metric] for d in data], dtype=float)
                if metric in growth.RATES:
                    values = values * 100
                if metric == "left":
                    values = -values
                bars = metric in FLOWS and metric != "net"
                self.series[key].append((xs, values, bars))
                if bars:
                    # bars as one filled step curve: a BarGraphItem of 2,000 rectangles per
                    # panel cost ~40 ms to redraw; a missing day is simply no bar. Each bar is
                    # four corners: 0 → h → h → 0
                    heights = np.nan_to_num(values)
                    x = np.repeat(xs, 4) + np.tile([-width / 2, -width / 2, width / 2, width / 2], len(xs))
                    y = np.column_stack([np.zeros_like(heights), heights, heights, np.zeros_like(heights)]).ravel()
                    self._curve(key, metric, bars).setData(x, y)
                else:
                    self._curve(key, metric, bars).setData(xs, values)
            for goal in panel_goals:
                self.series[key].append((np.array([xs[0], xs[-1]]) if len(xs) else xs,
                                         np.array([goal["target"]] * min(2, len(xs))), False))
        self.show_all()

    def _curve(self, key: str, metric: str, bars: bool) -> pg.PlotDataItem:
        """The item that draws `metric` in panel `key`: made once, then given new data on
        each redraw (making every item anew cost about a third of a redraw)."""
        if (key, metric) not in self._curves:
            colour = COLOURS.get(metric, "#2563eb")
            if bars:
                item = self.plots[key].plot(fillLevel=0, brush=pg.mkBrush(colour), pen=pg.mkPen(colour, width=1))
            else:
                item = self.plots[key].plot(pen=pg.mkPen(colour, width=2), connect="finite",
                                            name=domain.pick(growth.NAMES[metric]))
            self._curves[key, metric] = item
        return self._curves[key, metric]

    def _set_backdrop(self, key: str, stages: tuple, bands: tuple[int, int, int] | None, goals: list[dict]) -> None:
        """Lifecycle shading, speaking-rate bands and goal lines of one panel, made again only
        when they change."""
        spec = (stages, bands, tuple((g["target"], g["deadline"]) for g in goals))
        plot = self.plots[key]
        old = self._backdrops.get(key)
        if old is not None and old[0] == spec:
            return
        for item in old[1] if old else ():
            plot.removeItem(item)
        items = []
        for stage, start, end in stages:
            region = pg.LinearRegionItem(values=(x_of(start), x_of(end)), movable=False,
                                         brush=pg.mkBrush(STAGE_COLOURS.get(stage, (128, 128, 128, 30))),
                                         pen=pg.mkPen(None))
            region.setZValue(-20)
            items.append(region)
        if bands:
            healthy_low, healthy_high, dying = bands
            for low, high, colour in ((0, dying, (239, 68, 68, 40)), (healthy_low, healthy_high, (34, 197, 94, 45))):
                band = pg.LinearRegionItem(values=(low, high), orientation="horizontal", movable=False,
                                           brush=pg.mkBrush(colour), pen=pg.mkPen(None))
                band.setZValue(-10)
                items.append(band)
        for goal in goals:
            items.append(pg.InfiniteLine(
                pos=goal["target"], angle=0, pen=pg.mkPen("#e11d48", width=1.5, style=Qt.PenStyle.DashLine),
                label=f"{domain.pick(('目标', 'Goal'))} {goal['target']:g} · {goal['deadline']}",
                labelOpts={"position": 0.75, "color": "#e11d48", "anchors": [(0.5, 0), (0.5, 0)]}))
        for item in items:
            plot.addItem(item, ignoreBounds=True)
        self._backdrops[key] = (spec, items)

    def set_range_days(self, days: int | None) -> None:
        """Show the last `days` days (None: everything)."""
        if not self.xs:
            return
        if days is None:
            self.show_all()
        else:
            self._set_x(self.xs[-1] - days * DAY, self.xs[-1] + DAY)

    def show_all(self):
        if self.xs:
            span = max(self.xs[-1] - self.xs[0], DAY)
            self._set_x(self.xs[0] - span * 0.01, self.xs[-1] + span * 0.01 + DAY)

    def _set_x(self, x0: float, x1: float) -> None:
        """Set the (linked) x range and fit every panel's y to what is visible.

        Ranges are set here rather than left to pyqtgraph's auto-range, which settles them
        while painting and so paints every refresh twice."""
        first = self.plots[self.panels[0][0]]
        first.setXRange(x0, x1, padding=0)
        self.fit_y(x0, x1)

    def fit_y(self, x0: float, x1: float) -> None:
        for key, _ in self.panels:
            plot = self.plots[key]
            lows, highs = [], []
            for x, y, bars in self.series.get(key, ()):
                visible = y[(x >= x0) & (x <= x1)] if len(x) else y
                visible = visible[~np.isnan(visible)]
                if bars:  # bars stand on zero; lines use the range they cover
                    lows.append(0.0)
                    highs.append(0.0)
                if visible.size:
                    lows.append(float(visible.min()))
                    highs.append(float(visible.max()))
            low, high = (min(lows), max(highs)) if lows else (0.0, 1.0)
            if high == low:
                high = low + 1
            plot.disableAutoRange(axis="y")
            plot.setYRange(low, high, padding=0.08)

    def _x_changed(self, _view, x_range):
        """The user zoomed or panned: keep each panel's y fitted to the visible days."""
        if not self._fitting:
            self._fitting = True
            try:
                self.fit_y(*x_range)
            finally:
                self._fitting = False

    # -- hover
    def values_text(self, index: int) -> str:
        d = self.data[index]
        parts = [f"<b>{d['date'].isoformat()}</b>"]
        for metric in ("total", "joined", "left", "net", "speakers", "speaking_rate", "messages",
                       "conversions", "revenue"):
            value = d[metric]
            if value is None:
                shown = "—"
            elif metric in growth.RATES:
                shown = f"{value:.1%}"
            elif metric == "revenue":
                shown = f"{value:,.2f}"
            else:
                shown = f"{value:,}"
            parts.append(f"{domain.pick(growth.NAMES[metric])} {shown}")
        return " · ".join(parts)

    def hover_at(self, x: float) -> int | None:
        if not self.xs:
            return None
        i = bisect.bisect_left(self.xs, x)
        candidates = [j for j in (i - 1, i) if 0 <= j < len(self.xs)]
        index = min(candidates, key=lambda j: abs(self.xs[j] - x))
        for line in self.hover_lines:
            line.setPos(self.xs[index])
            line.show()
        self.hovered.emit(self.values_text(index))
        return index

    def _mouse_moved(self, pos):
        for plot in self.plots.values():
            if plot.sceneBoundingRect().contains(pos):
                self.hover_at(plot.vb.mapSceneToView(pos).x())
                return
