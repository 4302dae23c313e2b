"""The SOP tables as Excel workbooks made for people.

Layout of every sheet: row 1 a title (community · table · export date), row 2 the
header (frozen, filtered, repeated on every printed page), then one row per SOP row,
stage groups separated by a rule and alternating shading, a status dropdown, landscape
A4 fitted to the page width. The last column holds the row's id so an edited workbook
can be imported back onto the same rows (exports/sop_import.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app import domain
from app.i18n import tr
from app.progress import Report, no_report
from app.services import communities, sop
from exports.files import export_name
from exports.xlsx import clean_text, column_width, sheet_title, workbook

HEADERS = {  # field -> (zh_CN, en)
    "stage": ("阶段", "Stage"), "timing": ("时间节点", "Timing"), "date": ("日期", "Date"),
    "task": ("工作事项", "Task"), "actions": ("具体动作/话术", "Actions / script"),
    "owner": ("负责人", "Owner"), "materials": ("物料/产出物", "Materials / deliverable"),
    "criterion": ("完成标准", "Done when / KPI"), "status": ("状态", "Status"),
    "notes": ("备注", "Notes"), "id": ("编号", "ID"),
}
SHEET_FIELDS = ("stage", "timing", "date", "task", "actions", "owner", "materials", "criterion",
                "status", "notes", "id")
EDITABLE = tuple(f for f in SHEET_FIELDS if f in sop.COLUMNS)
EVENT_MARK = "▶"
BLUE, RULE, BAND = "#2F5D8A", "#C8D1DC", "#EEF3F8"
EXTRA_VALIDATED_ROWS = 200  # the status dropdown also covers rows added in Excel


class _Formats:
    """XlsxWriter formats, made once per workbook: (band, first row of a stage group, id column)."""

    def __init__(self, wb):
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": BLUE, "border": 1,
                                     "border_color": RULE, "align": "center", "valign": "vcenter",
                                     "text_wrap": True})
        self.event = wb.add_format({"bold": True, "font_color": BLUE, "font_size": 12})
        self.cells = {}
        for band in (False, True):
            for first in (False, True):
                for is_id in (False, True):
                    spec = {"text_wrap": True, "valign": "top", "border": 1, "border_color": RULE}
                    if band:
                        spec["bg_color"] = BAND
                    if first:
                        spec.update(top=2, top_color=BLUE)
                    if is_id:
                        spec.update(font_color="#999999", font_size=9)
                    self.cells[band, first, is_id] = wb.add_format(spec)


def _cell_text(row: dict, f: str) -> str:
    if f == "status":
        return domain.pick(sop.STATUS_NAMES.get(row[f], (row[f], row[f])))
    return clean_text(row[f])


def _write_sheet(wb, fmt: _Formats, code: str, community: dict, blocks, today: dt.date, progress) -> None:
    ws = wb.add_worksheet(sheet_title(domain.pick(sop.TABLE_NAMES[code])))
    last_col = len(SHEET_FIELDS) - 1
    rows = [r for _, block in blocks for r in block]
    for col, f in enumerate(SHEET_FIELDS[:-1]):
        ws.set_column(col, col, column_width((_cell_text(r, f) for r in rows), domain.pick(HEADERS[f])))
    ws.set_column(last_col, last_col, 7)
    title = f"{community['name']} · {domain.pick(sop.TABLE_NAMES[code])} · {tr('exported')} {today.isoformat()}"
    ws.merge_range(0, 0, 0, last_col, clean_text(title), fmt.title)
    ws.set_row(0, 26)
    for col, f in enumerate(SHEET_FIELDS):
        ws.write_string(1, col, domain.pick(HEADERS[f]), fmt.header)
    r = 2
    for event, block in blocks:
        if event is not None:
            ws.merge_range(r, 0, r, last_col, clean_text(f"{EVENT_MARK} {event['name']} · T0 {event['t0'].isoformat()}"),
                           fmt.event)
            r += 1
        previous_stage, band = object(), False
        for row in block:
            first = row["stage"] != previous_stage
            if first:
                band, previous_stage = not band, row["stage"]
            for col, f in enumerate(SHEET_FIELDS[:-1]):
                text = _cell_text(row, f)
                cell_format = fmt.cells[band, first, False]
                if text:
                    ws.write_string(r, col, text, cell_format)
                else:
                    ws.write_blank(r, col, None, cell_format)
            ws.write_number(r, last_col, row["id"], fmt.cells[band, first, True])
            r += 1
            progress.row()
    ws.freeze_panes(2, 0)
    ws.autofilter(1, 0, max(r - 1, 1), last_col)
    statuses = [domain.pick(sop.STATUS_NAMES[s]) for s in sop.STATUSES]
    status_col = SHEET_FIELDS.index("status")
    ws.data_validation(2, status_col, max(r - 1, 2) + EXTRA_VALIDATED_ROWS, status_col, {
        "validate": "list", "source": statuses, "show_error": True, "error_title": tr("Status"),
        "error_message": tr("Choose one of: {choices}", choices=" / ".join(statuses))})
    ws.set_landscape()
    ws.set_paper(9)           # A4
    ws.fit_to_pages(1, 0)     # as wide as one page, as long as it takes
    ws.repeat_rows(1)         # the header row on every printed page
    ws.set_footer("&C&P / &N")


@dataclass
class SopBook:
    """What an SOP export writes, read once from the services: the community and, per
    table, its blocks (event, rows); the event SOP has a block per event."""
    community: dict
    tables: dict[str, list[tuple[dict | None, list[dict]]]]

    @property
    def rows(self) -> int:
        return sum(len(block) for blocks in self.tables.values() for _, block in blocks)


def load(community_id: int, tables: list[str] | None = None) -> SopBook:
    """Everything the export needs, in one pass (the UI thread does this; writing the file
    can then run in a worker without touching the workspace)."""
    community = communities.get(community_id)
    events = sop.all_event_rows(community_id)
    loaded = {}
    for code in tables or sop.TABLES:
        if code == "event":
            if tables or any(rows for _, rows in events):  # the event SOP only when it has rows
                loaded[code] = events
        else:
            loaded[code] = [(None, sop.list_rows(community_id, code, community=community))]
    return SopBook(community, loaded)


def default_filename(community: dict, code: str | None = None, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    part = domain.pick(sop.TABLE_NAMES[code]) if code else "SOP"
    return export_name(community["name"], part, today.isoformat(), suffix=".xlsx")


def write_workbook(book: SopBook, target: Path, today: dt.date | None = None, codes: list[str] | None = None,
                   report: Report = no_report) -> Path:
    """One workbook, one sheet per table of `book` (or of `codes`). Returns the path written."""
    today = today or dt.date.today()
    community = book.community
    target = Path(target)
    try:
        into_folder = target.is_dir()
    except OSError:  # e.g. a name too long to look up: writing it says so, as a UserError
        into_folder = False
    if into_folder:
        target = target / default_filename(community, today=today)
    progress = _Progress(report, book.rows)
    with workbook(target, f"{community['name']} – SOP", domain.label(domain.TYPES, community["type"])) as wb:
        fmt = _Formats(wb)
        for code in codes or list(book.tables):
            _write_sheet(wb, fmt, code, community, book.tables[code], today, progress)
    return target


def write_separate(book: SopBook, folder: Path, today: dt.date | None = None,
                   report: Report = no_report) -> list[Path]:
    """One workbook per table into `folder`. Returns the paths written."""
    folder = Path(folder)
    return [write_workbook(book, folder / default_filename(book.community, code, today), today, [code], report)
            for code in book.tables]


def export_workbook(community_id: int, target: Path, today: dt.date | None = None,
                    tables: list[str] | None = None) -> Path:
    """Load and write one workbook (the command line's and scripts' way in)."""
    return write_workbook(load(community_id, tables), target, today)


def export_separate(community_id: int, folder: Path, today: dt.date | None = None) -> list[Path]:
    return write_separate(load(community_id), folder, today)


class _Progress:
    """Counts rows written across sheets and reports every EVERY rows."""
    EVERY = 200

    def __init__(self, report: Report, total: int):
        self.report, self.total, self.done = report, total, 0

    def row(self) -> None:
        self.done += 1
        if self.done % self.EVERY == 0:
            self.report(tr("Writing rows"), self.done, self.total)
