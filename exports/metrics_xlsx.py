"""The growth numbers with every derived metric as an Excel sheet (day, week or month)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import domain
from app.i18n import tr
from app.services import communities, growth
from exports.files import atomic_target
from exports.sop_xlsx import _put, text_width

COLUMNS = ("date", *growth.RAW, *growth.DERIVED)


def export(community_id: int, target: Path, granularity: str = "day", start: dt.date | None = None,
           end: dt.date | None = None) -> Path:
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    community = communities.get(community_id)
    data = growth.derive(growth.list_days(community_id, start, end), granularity)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = domain.pick(("增长数据", "Growth"))
    wb.properties.title = f"{community['name']} – {ws.title}"
    wb.properties.creator = tr("Community planner")
    headers = [domain.pick(("日期", "Date"))] + [domain.pick(growth.NAMES[c]) for c in COLUMNS[1:]]
    _put(ws.cell(1, 1), f"{community['name']} · {ws.title} · {granularity}").font = Font(bold=True, size=13)
    for col, text in enumerate(headers, start=1):
        cell = _put(ws.cell(2, col), text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5D8A")
        ws.column_dimensions[get_column_letter(col)].width = max(10, text_width(text) + 2)
    for r, row in enumerate(data, start=3):
        ws.cell(r, 1, row["date"]).number_format = "yyyy-mm-dd"
        for col, metric in enumerate(COLUMNS[1:], start=2):
            cell = ws.cell(r, col, row[metric])  # None stays an empty cell: a gap, not zero
            if metric in growth.RATES:
                cell.number_format = "0.0%"
            elif isinstance(row[metric], float):
                cell.number_format = "#,##0.00"
    ws.freeze_panes = "B3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(COLUMNS))}{max(2, len(data) + 2)}"
    with atomic_target(Path(target)) as tmp:
        wb.save(tmp)
    return Path(target)
