"""Reading an edited SOP workbook back: compare with the stored tables, then apply or undo.

The workbook must have the export's layout (exports/sop_xlsx.py): a sheet per table,
headers in row 2, the row id in the last column. Nothing is stored until every row
has been checked.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app import domain
from app.errors import UserError
from app.i18n import tr
from app.progress import Report, no_report
from app.services import sop, table_files
from app.storage.models import database
from exports.sop_xlsx import EDITABLE, EVENT_MARK, HEADERS, SHEET_FIELDS

LIMITS = table_files.Limits(rows=200_000)  # a sheet per table; 2,000 rows is a large plan


@dataclass
class ImportPlan:
    updates: list[tuple[int, str, object, object]] = field(default_factory=list)  # id, field, old, new
    adds: list[tuple[str, int | None, dict]] = field(default_factory=list)        # table, event, values
    unchanged: int = 0
    sheets: list[str] = field(default_factory=list)
    # stored rows of an imported table that the workbook no longer has: deleted only when confirmed
    deletes: list[dict] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    deleted: list[dict] = field(default_factory=list)  # what the deletion removed (undo puts it back)

    def summary(self) -> str:
        rows = len({u[0] for u in self.updates})
        text = tr("{rows} rows changed ({cells} cells), {added} rows added, {same} rows unchanged "
                  "in {sheets}.", rows=rows, cells=len(self.updates), added=len(self.adds),
                  same=self.unchanged, sheets=", ".join(self.sheets))
        if self.deletes:
            text += " " + tr("{n} rows are no longer in the workbook.", n=len(self.deletes))
        return text

    def deletions(self, most: int = 8) -> str:
        """The rows the workbook no longer has, one per line (the first few)."""
        lines = [f"· {r['timing']} {r['task']}".strip() for r in self.deletes[:most]]
        if len(self.deletes) > most:
            lines.append(tr("… and {n} more", n=len(self.deletes) - most))
        return "\n".join(lines)


def _lookup(pairs: dict) -> dict[str, str]:
    out = {}
    for code, (zh, en) in pairs.items():
        out[zh.strip().lower()] = code
        out[en.strip().lower()] = code
    return out


def _row_id(value) -> int:
    """The row id as exported (a whole number, or its digits as text); ValueError for anything
    typed over it: a fraction, a date, a number too large for the database."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value)
    if type(value) is not int or not 0 < value < 2**63:
        raise ValueError(value)
    return value


def read_workbook(community_id: int, path: Path,
                  report: Report = no_report) -> ImportPlan:
    """Compare a workbook in the export layout with the stored tables; change nothing.

    The workbook is streamed within LIMITS. Raises UserError naming the sheet, row and
    column of the first problem.
    """
    path = Path(path)
    tables, headers, statuses = _lookup(sop.TABLE_NAMES), _lookup(HEADERS), _lookup(sop.STATUS_NAMES)
    plan = ImportPlan()
    events = {e["name"]: e["id"] for e in sop.events.list(community_id)}
    for title, stream in table_files.xlsx_rows(path, limits=LIMITS, report=report, formulas=True):
        code = tables.get(title.strip().lower())
        if code is None:
            raise UserError(tr("Sheet “{sheet}” is not one of the SOP tables; nothing was imported.",
                               sheet=title))
        next(stream, None)  # row 1: the title
        header = [headers.get(str(c or "").strip().lower()) for c in next(stream, [])]
        if header[:len(SHEET_FIELDS)] != list(SHEET_FIELDS):
            raise UserError(tr("Sheet “{sheet}”: row 2 does not hold the exported column headers; "
                               "nothing was imported.", sheet=title))
        plan.sheets.append(title)
        _read_rows(plan, community_id, code, title, stream, events, statuses)
        stored = (sop.rows.list(community_id, table=code) if code != "event"
                  else [r for _e, rows in sop.all_event_rows(community_id) for r in rows])
        plan.deletes += [r for r in stored if r["id"] not in plan.seen]
    if not plan.sheets:
        raise UserError(tr("{path} holds no SOP sheet.", path=path.name))
    return plan


def _read_rows(plan: ImportPlan, community_id: int, code: str, title: str, stream, events: dict,
               statuses: dict) -> None:
    """Rows 3 and on of one sheet, streamed, into the plan."""
    event_id = None
    for r, cells in enumerate(stream, start=3):
        values = dict.fromkeys(SHEET_FIELDS) | dict(zip(SHEET_FIELDS, cells))  # (empty cells at the end are cut)
        first = str(values["stage"] or "")
        if code == "event" and first.startswith(EVENT_MARK) and not values["id"]:
            name = first[1:].split(" · T0")[0].strip()
            if name not in events:
                raise UserError(tr("Sheet “{sheet}”, row {row}: there is no event called “{name}”.",
                                   sheet=title, row=r, name=name))
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
                                       "a status.", sheet=title, row=r,
                                       column=domain.pick(HEADERS["status"]), value=values[f]))
            try:
                new[f] = sop.rows.fields[f].clean(value)
            except UserError as exc:
                raise UserError(tr("Sheet “{sheet}”, row {row}: {problem}", sheet=title, row=r,
                                   problem=exc)) from None
        row_id = values["id"]
        if row_id in (None, ""):
            if code == "event" and event_id is None:
                raise UserError(tr("Sheet “{sheet}”, row {row}: a new event row must stand under "
                                   "an event heading.", sheet=title, row=r))
            plan.adds.append((code, event_id if code == "event" else None, new))
            continue
        try:
            stored = sop.rows.get(_row_id(row_id))
        except (UserError, ValueError):
            raise UserError(tr("Sheet “{sheet}”, row {row}: id {id} is not a row of this community.",
                               sheet=title, row=r, id=row_id)) from None
        if stored["community"] != community_id or stored["table"] != code:
            raise UserError(tr("Sheet “{sheet}”, row {row}: id {id} is not a row of this table.",
                               sheet=title, row=r, id=row_id))
        plan.seen.add(stored["id"])
        changes = [(stored["id"], f, stored[f], v) for f, v in new.items() if v != stored[f]]
        plan.updates.extend(changes)
        plan.unchanged += not changes

def apply_plan(community_id: int, plan: ImportPlan, added: list[dict] | None = None) -> list[dict]:
    """Store an import in one transaction (the confirmed deletions too); returns the added
    rows (for undo and redo)."""
    with database.atomic():
        for row_id, f, _old, new in plan.updates:
            sop.rows.update(row_id, f, new)
        if plan.deletes:
            plan.deleted = sop.rows.delete([r["id"] for r in plan.deletes])
        if added is not None:
            sop.rows.restore(added)
            return added
        ids = [sop.add_row(community_id, code, values, event_id=event_id)
               for code, event_id, values in plan.adds]
        return [sop.rows.get(i) for i in ids]


def revert_plan(plan: ImportPlan, added: list[dict]) -> None:
    with database.atomic():
        sop.rows.delete([r["id"] for r in added])
        if plan.deletes:
            sop.rows.restore(plan.deleted)
        for row_id, f, old, _new in reversed(plan.updates):
            sop.rows.update(row_id, f, old)
