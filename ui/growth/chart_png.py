"""The growth charts as a PNG image (File ▸ Export chart…, and the CLI's export-chart)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.errors import UserError
from app.i18n import tr
from app.services import communities, growth
from exports.files import atomic_target
from exports.xlsx import clean_text


def panels_for(metric: str | None):
    """The whole dashboard, or one panel holding the named metric."""
    from ui.growth.charts import DASHBOARD
    if metric is None:
        return DASHBOARD
    if metric not in growth.RAW + growth.DERIVED:
        raise UserError(tr("Unknown metric {metric}; use one of: {metrics}.", metric=metric,
                           metrics=", ".join(growth.RAW + growth.DERIVED)))
    return ((metric, (metric,)),)


def chart_data(community_id: int, granularity: str, start: dt.date | None, end: dt.date | None) -> dict:
    """Everything the charts draw, read through the services."""
    community = communities.get(community_id)
    days = growth.list_days(community_id, start, end)
    last = days[-1]["date"] if days else dt.date.today()
    return {
        "days": days,
        "data": growth.derive(days, granularity),
        "stages": growth.stage_periods(community_id, last),
        "goals": growth.goals.list(community_id),
        "bands": (community["healthy_low"], community["healthy_high"], community["dying_below"]),
        "title": clean_text(community["name"]),
    }


def export(community_id: int, target: Path, metric: str | None = None, start: dt.date | None = None,
           end: dt.date | None = None, granularity: str = "day", size=(1400, 900)) -> Path:
    """Render offscreen at `size` and write the PNG (needs a QApplication)."""
    from PySide6.QtWidgets import QApplication

    from ui.growth.charts import GrowthCharts
    panels = panels_for(metric)
    charts = GrowthCharts(panels, columns=1 if len(panels) == 1 else 2)
    charts.resize(*size)
    info = chart_data(community_id, granularity, start, end)
    if not info["data"]:
        raise UserError(tr("There are no growth numbers in that range to chart."))
    charts.show_data(info["data"], granularity, info["stages"], info["goals"], info["bands"], info["title"])
    charts.show()  # a scene is laid out at its real size only once shown (offscreen is enough)
    QApplication.processEvents()
    image = charts.grab()
    charts.close()
    with atomic_target(Path(target)) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise UserError(tr("Cannot write {path}.", path=target))
    return Path(target)


def command(args) -> int:
    """The command line's export-chart."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is needed to draw a PNG
    from PySide6.QtWidgets import QApplication
    from exports.commands import dates
    if QApplication.instance() is None:
        _qt = QApplication([])  # noqa: F841 (drawing needs a QApplication alive meanwhile)
    community = communities.find(args.community)
    print(export(community["id"], args.out, args.metric, *dates(args), granularity=args.granularity))
    return 0
