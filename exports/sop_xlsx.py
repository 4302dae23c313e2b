"""The SOP tables as Excel workbooks made for people, and reading them back.

Layout of every sheet: row 1 a title (community · table · export date), row 2 the
header (frozen, filtered, repeated on every printed page), then one row per SOP row,
stage groups separated by a rule and alternating shading. The last column holds the
row's id so an edited workbook can be imported back onto the same rows.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app import domain
from app.errors import UserError
from app.i18n import tr
from app.services import communities, sop
from app.storage.models import database
from exports.files import atomic_target, safe_filename

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
MAX_WIDTH = 48  # in Latin characters; longer text wraps


def _openpyxl():
    """openpyxl (and numpy with it) is imported only when a workbook is made or read."""
    import openpyxl
    return openpyxl


def clean_text(value) -> str:
    """Text a spreadsheet can hold: control characters (except tab/newline) removed."""
    text = "" if value is None else str(value)
    return "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) != "Cc")


def text_width(text: str) -> int:
    """Display width of the longest line: a CJK (wide) character counts as two."""
    return max((sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
                for line in str(text).split("\n")), default=0)


def sheet_title(code: str) -> str:
    title = domain.pick(sop.TABLE_NAMES[code])
    return "".join("_" if ch in '[]:*?/\\' else ch for ch in title)[:31]


class _Styles:
    def __init__(self):
        styles = _openpyxl().styles
        self.title_font = styles.Font(bold=True, size=14)
        self.header_font = styles.Font(bold=True, color="FFFFFF")
        self.header_fill = styles.PatternFill("solid", fgColor="2F5D8A")
        self.event_font = styles.Font(bold=True, color="2F5D8A", size=12)
        self.band_fill = styles.PatternFill("solid", fgColor="EEF3F8")
        self.wrap = styles.Alignment(wrap_text=True, vertical="top")
        self.center = styles.Alignment(horizontal="center", vertical="center", wrap_text=True)
        thin = styles.Side(style="thin", color="C8D1DC")
        rule = styles.Side(style="medium", color="2F5D8A")
        self.border = styles.Border(left=thin, right=thin, top=thin, bottom=thin)
        self.group_border = styles.Border(left=thin, right=thin, top=rule, bottom=thin)
        self.id_font = styles.Font(color="999999", size=9)


def _put(cell, value):
    """Store text as text: a value starting with '=' must never become a formula."""
    cell.value = clean_text(value) if isinstance(value, str) else value
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def _write_sheet(wb, code: str, community: dict, blocks: list[tuple[dict | None, list[dict]]],
                 today: dt.date, st: _Styles):
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(sheet_title(code))
    ncols = len(SHEET_FIELDS)
    last_col = get_column_letter(ncols)
    title = f"{community['name']} · {domain.pick(sop.TABLE_NAMES[code])} · {tr('exported')} {today.isoformat()}"
    _put(ws.cell(1, 1), title).font = st.title_font
    ws.merge_cells(f"A1:{last_col}1")
    ws.row_dimensions[1].height = 26
    widths = [text_width(domain.pick(HEADERS[f])) + 2 for f in SHEET_FIELDS]
    for col, f in enumerate(SHEET_FIELDS, start=1):
        cell = _put(ws.cell(2, col), domain.pick(HEADERS[f]))
        cell.font, cell.fill, cell.alignment, cell.border = st.header_font, st.header_fill, st.center, st.border
    statuses = [domain.pick(sop.STATUS_NAMES[s]) for s in sop.STATUSES]
    r = 3
    for event, rows in blocks:
        if event is not None:
            _put(ws.cell(r, 1), f"{EVENT_MARK} {event['name']} · T0 {event['t0'].isoformat()}").font = st.event_font
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            r += 1
        previous_stage, band = object(), False
        for row in rows:
            new_group = row["stage"] != previous_stage
            if new_group:
                band = not band
                previous_stage = row["stage"]
            for col, f in enumerate(SHEET_FIELDS, start=1):
                value = row[f]
                if f == "status":
                    value = domain.pick(sop.STATUS_NAMES.get(value, (value, value)))
                cell = _put(ws.cell(r, col), value)
                cell.alignment = st.wrap
                cell.border = st.group_border if new_group else st.border
                if band:
                    cell.fill = st.band_fill
                if f != "id":
                    widths[col - 1] = max(widths[col - 1], min(MAX_WIDTH, text_width(cell.value or "") + 2))
            ws.cell(r, ncols).font = st.id_font
            r += 1
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.column_dimensions[last_col].width = 7
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{last_col}{max(r - 1, 2)}"
    status_col = get_column_letter(SHEET_FIELDS.index("status") + 1)
    dv = DataValidation(type="list", formula1='"' + ",".join(statuses) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle=tr("Status"),
                        error=tr("Choose one of: {choices}", choices=" / ".join(statuses)))
    ws.add_data_validation(dv)
    dv.add(f"{status_col}3:{status_col}{max(r - 1, 3) + 200}")  # room for rows added in Excel
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "2:2"
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = "&P / &N"


def _blocks(community_id: int, code: str) -> list[tuple[dict | None, list[dict]]]:
    if code == "event":
        return sop.all_event_rows(community_id)
    return [(None, sop.list_rows(community_id, code))]


def _tables(community_id: int) -> list[str]:
    """The four SOP tables, plus the event SOP when it has rows."""
    has_events = any(rows for _, rows in sop.all_event_rows(community_id))
    return [c for c in sop.TABLES if c != "event" or has_events]


def _new_workbook(community: dict):
    wb = _openpyxl().Workbook()
    wb.remove(wb.active)
    wb.properties.title = f"{community['name']} – SOP"
    wb.properties.creator = tr("Community planner")
    wb.properties.subject = domain.label(domain.TYPES, community["type"]) or ""
    return wb


def default_filename(community: dict, code: str | None = None, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    part = domain.pick(sop.TABLE_NAMES[code]) if code else "SOP"
    return safe_filename(f"{community['name']}-{part}-{today.isoformat()}") + ".xlsx"


def export_workbook(community_id: int, target: Path, today: dt.date | None = None,
                    tables: list[str] | None = None) -> Path:
    """One workbook, one sheet per SOP table. Returns the path written."""
    today = today or dt.date.today()
    community = communities.get(community_id)
    target = Path(target)
    if target.is_dir():
        target = target / default_filename(community, today=today)
    wb = _new_workbook(community)
    st = _Styles()
    for code in tables or _tables(community_id):
        _write_sheet(wb, code, community, _blocks(community_id, code), today, st)
    with atomic_target(target) as tmp:
        wb.save(tmp)
    return target


def export_separate(community_id: int, folder: Path, today: dt.date | None = None) -> list[Path]:
    """One workbook per SOP table into `folder`. Returns the paths written."""
    community = communities.get(community_id)
    folder = Path(folder)
    return [export_workbook(community_id, folder / default_filename(community, code, today), today, [code])
            for code in _tables(community_id)]


# -- reading an edited workbook back
@dataclass
class ImportPlan:
    updates: list[tuple[int, str, object, object]] = field(default_factory=list)  # id, field, old, new
    adds: list[tuple[str, int | None, dict]] = field(default_factory=list)        # table, event, values
    unchanged: int = 0
    sheets: list[str] = field(default_factory=list)

    def summary(self) -> str:
        rows = len({u[0] for u in self.updates})
        return tr("{rows} rows changed ({cells} cells), {added} rows added, {same} rows unchanged "
                  "in {sheets}.", rows=rows, cells=len(self.updates), added=len(self.adds),
                  same=self.unchanged, sheets=", ".join(self.sheets))


def _lookup(pairs: dict) -> dict[str, str]:
    out = {}
    for code, (zh, en) in pairs.items():
        out[zh.strip().lower()] = code
        out[en.strip().lower()] = code
    return out


def read_workbook(community_id: int, path: Path) -> ImportPlan:
    """Compare a workbook in the export layout with the stored tables; change nothing.

    Raises UserError naming the sheet, row and column of the first problem.
    """
    path = Path(path)
    try:
        wb = _openpyxl().load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for files that are not workbooks
        raise UserError(tr("{path} is not an Excel workbook that can be read ({reason}).",
                           path=path.name, reason=type(exc).__name__)) from exc
    tables, headers, statuses = _lookup(sop.TABLE_NAMES), _lookup(HEADERS), _lookup(sop.STATUS_NAMES)
    plan = ImportPlan()
    events = {e["name"]: e["id"] for e in sop.events.list(community_id)}
    for ws in wb.worksheets:
        code = tables.get(ws.title.strip().lower())
        if code is None:
            raise UserError(tr("Sheet “{sheet}” is not one of the SOP tables; nothing was imported.",
                               sheet=ws.title))
        header = [headers.get(str(c.value or "").strip().lower()) for c in ws[2]]
        if header[:len(SHEET_FIELDS)] != list(SHEET_FIELDS):
            raise UserError(tr("Sheet “{sheet}”: row 2 does not hold the exported column headers; "
                               "nothing was imported.", sheet=ws.title))
        plan.sheets.append(ws.title)
        event_id = None
        for r, cells in enumerate(ws.iter_rows(min_row=3, values_only=True), start=3):
            values = dict(zip(SHEET_FIELDS, cells))
            first = str(values["stage"] or "")
            if code == "event" and first.startswith(EVENT_MARK) and not values["id"]:
                name = first[1:].split(" · T0")[0].strip()
                if name not in events:
                    raise UserError(tr("Sheet “{sheet}”, row {row}: there is no event called “{name}”.",
                                       sheet=ws.title, row=r, name=name))
                event_id = events[name]
                continue
            if all(values[f] in (None, "") for f in EDITABLE):
                continue
            new = {}
            for f in EDITABLE:
                value = values[f]
                value = "" if value is None else (value.isoformat() if isinstance(value, dt.date) else str(value))
                if f == "status":
                    value = statuses.get(value.strip().lower(), "todo" if not value.strip() else None)
                    if value is None:
                        raise UserError(tr("Sheet “{sheet}”, row {row}, column {column}: “{value}” is not "
                                           "a status.", sheet=ws.title, row=r,
                                           column=domain.pick(HEADERS["status"]), value=values[f]))
                try:
                    new[f] = sop.rows.fields[f].clean(value)
                except UserError as exc:
                    raise UserError(tr("Sheet “{sheet}”, row {row}: {problem}", sheet=ws.title, row=r,
                                       problem=exc)) from None
            row_id = values["id"]
            if row_id in (None, ""):
                if code == "event" and event_id is None:
                    raise UserError(tr("Sheet “{sheet}”, row {row}: a new event row must stand under "
                                       "an event heading.", sheet=ws.title, row=r))
                plan.adds.append((code, event_id if code == "event" else None, new))
                continue
            try:
                stored = sop.rows.get(int(row_id))
            except (UserError, ValueError):
                raise UserError(tr("Sheet “{sheet}”, row {row}: id {id} is not a row of this community.",
                                   sheet=ws.title, row=r, id=row_id)) from None
            if stored["community"] != community_id or stored["table"] != code:
                raise UserError(tr("Sheet “{sheet}”, row {row}: id {id} is not a row of this table.",
                                   sheet=ws.title, row=r, id=row_id))
            changes = [(stored["id"], f, stored[f], v) for f, v in new.items() if v != stored[f]]
            plan.updates.extend(changes)
            plan.unchanged += not changes
    if not plan.sheets:
        raise UserError(tr("{path} holds no SOP sheet.", path=path.name))
    return plan


def apply_plan(community_id: int, plan: ImportPlan, added: list[dict] | None = None) -> list[dict]:
    """Store an import in one transaction; returns the added rows (for undo and redo)."""
    with database.atomic():
        for row_id, f, _old, new in plan.updates:
            sop.rows.update(row_id, f, new)
        if added is not None:
            sop.rows.restore(added)
            return added
        ids = [sop.add_row(community_id, code, values, event_id=event_id)
               for code, event_id, values in plan.adds]
        return [sop.rows.get(i) for i in ids]


def revert_plan(plan: ImportPlan, added: list[dict]) -> None:
    with database.atomic():
        sop.rows.delete([r["id"] for r in added])
        for row_id, f, old, _new in reversed(plan.updates):
            sop.rows.update(row_id, f, old)
