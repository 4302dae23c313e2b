"""The growth numbers with every derived metric as an Excel sheet (day, week or month)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import domain
from app.i18n import tr
from app.progress import Report, no_report
from app.services import communities, growth
from exports.xlsx import clean_text, text_width, workbook

COLUMNS = ("date", *growth.RAW, *growth.DERIVED)


def load(community_id: int, granularity: str = "day", start: dt.date | None = None,
         end: dt.date | None = None) -> tuple[dict, list[dict]]:
    """The community and its numbers with every derived metric, read once."""
    return communities.get(community_id), growth.derive(growth.list_days(community_id, start, end), granularity)


def export(community_id: int, target: Path, granularity: str = "day", start: dt.date | None = None,
           end: dt.date | None = None) -> Path:
    return write(load(community_id, granularity, start, end), target, granularity)


def write(loaded: tuple[dict, list[dict]], target: Path, granularity: str = "day",
          report: Report = no_report) -> Path:
    community, data = loaded
    title = domain.pick(("增长数据", "Growth"))
    with workbook(target, f"{community['name']} – {title}") as wb:
        ws = wb.add_worksheet(title)
        header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#2F5D8A", "text_wrap": True})
        formats = {"date": wb.add_format({"num_format": "yyyy-mm-dd"}),
                   "rate": wb.add_format({"num_format": "0.0%"}),
                   "money": wb.add_format({"num_format": "#,##0.00"}), "int": wb.add_format({"num_format": "#,##0"})}
        headers = [domain.pick(("日期", "Date"))] + [domain.pick(growth.NAMES[c]) for c in COLUMNS[1:]]
        for col, text in enumerate(headers):
            ws.set_column(col, col, max(11, text_width(text) + 2))
        ws.write_string(0, 0, clean_text(f"{community['name']} · {title} · {granularity}"),
                        wb.add_format({"bold": True, "font_size": 13}))
        for col, text in enumerate(headers):
            ws.write_string(1, col, text, header)
        for r, row in enumerate(data, start=2):
            if r % 1000 == 0:
                report(tr("Writing rows"), r - 2, len(data))
            ws.write_datetime(r, 0, dt.datetime.combine(row["date"], dt.time()), formats["date"])
            for col, metric in enumerate(COLUMNS[1:], start=1):
                value = row[metric]
                if value is None:
                    continue  # an empty cell: a gap, not zero
                kind = "rate" if metric in growth.RATES else "int" if isinstance(value, int) else "money"
                ws.write_number(r, col, value, formats[kind])
        ws.freeze_panes(2, 1)
        ws.autofilter(1, 0, max(1, len(data) + 1), len(COLUMNS) - 1)
    return Path(target)
