"""Reading tables that come from outside (CSV, Excel) within limits, row by row.

Files come from strangers: a 5 MB workbook can inflate to gigabytes, a dimension can
claim 16,384 columns, an XML part can declare entities. Before anything is parsed the
archive's declared sizes and ratios are checked; sheets are read in streaming mode; every
row is checked against the limits as it is read, and the first one passed stops the read
with a message naming the file, the limit and what to do. XML entity tricks are refused
by defusedxml, which openpyxl uses whenever it is installed (it is a dependency).

Long reads report progress (app/progress.py); a report that raises Cancelled stops the
read, and nothing has been changed by then.
"""
from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterator

from app.errors import UserError, causes
from app.i18n import tr
from app.progress import Report, no_report

@dataclass(frozen=True)
class Limits:
    file_bytes: int = 256 << 20        # the file on disk
    unpacked_bytes: int = 512 << 20    # a workbook's parts once inflated, all together
    ratio: int = 100                   # inflated / packed size of a part over 1 MB (a zip bomb is 1,000+)
    parts: int = 5_000                 # files inside a workbook (100 sheets take ~210)
    rows: int = 1_000_000
    columns: int = 256
    cells: int = 4_000_000             # rows x columns kept in memory at once
    cell_chars: int = 32_767           # Excel's own limit for one cell


DEFAULT = Limits()
EVERY = 2_000  # rows between two progress reports
EXCEL_ROWS = 1_048_576  # the most a sheet can have


def _too_big(path: Path, what: str, limit: str) -> UserError:
    return UserError(tr("{path}: {what} is more than the planner reads ({limit}). Split the file or remove what "
                        "is not needed; nothing was imported.", path=path.name, what=what, limit=limit))


def _mb(n: int) -> str:
    return f"{n / (1 << 20):,.0f} MB"


def check_size(path: Path, limits: Limits) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(tr("Cannot read {path}: {reason}", path=path, reason=exc.strerror)) from exc
    if size > limits.file_bytes:
        raise _too_big(path, tr("its size, {size},", size=_mb(size)), _mb(limits.file_bytes))
    if size == 0:
        raise UserError(tr("{path} is empty.", path=path.name))
    return size


def check_workbook(path: Path, limits: Limits = DEFAULT) -> None:
    """Refuse a workbook whose archive is damaged or would inflate past the limits, from its
    directory alone (zipfile then stops each part at its declared size, so a part cannot
    inflate past what was checked here)."""
    check_size(path, limits)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError(tr("{path} is not an Excel workbook that can be read: the file is damaged or "
                           "incomplete. Nothing was imported.", path=path.name)) from exc
    if len(parts) > limits.parts:
        raise _too_big(path, tr("the number of parts inside it, {n},", n=f"{len(parts):,}"), f"{limits.parts:,}")
    total = sum(p.file_size for p in parts)
    if total > limits.unpacked_bytes:
        raise _too_big(path, tr("its unpacked size, {size},", size=_mb(total)), _mb(limits.unpacked_bytes))
    for p in parts:
        if p.file_size > 1 << 20 and p.file_size > limits.ratio * max(p.compress_size, 1):
            raise UserError(tr("{path} is refused: its part {part} would inflate {ratio:,} times, as a "
                               "“zip bomb” does (an ordinary workbook inflates less than {limit} times). "
                               "Nothing was imported.", path=path.name, part=p.filename,
                               ratio=p.file_size // max(p.compress_size, 1), limit=limits.ratio))


def is_workbook(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(2) == b"PK"
    except OSError as exc:
        raise UserError(tr("Cannot read {path}: {reason}", path=path, reason=exc.strerror)) from exc


class RowCheck:
    """Counts rows and cells as they stream by and stops at the limits (a cell's length is
    checked here for workbooks; csv's own field limit bounds it in a CSV)."""

    def __init__(self, path: Path, limits: Limits, report: Report, stage: str, total: int | None = None):
        self.path, self.limits, self.report, self.stage, self.total = path, limits, report, stage, total
        self.rows = self.cells = 0

    def __call__(self, row: list) -> list:
        """One row, as a workbook streams it: trailing empty cells (which carry nothing) cut,
        each cell's length checked."""
        while row and row[-1] in (None, ""):
            row = row[:-1]
        for cell in row:
            if type(cell) is str and len(cell) > self.limits.cell_chars:
                raise _too_big(self.path, tr("a cell in row {row}", row=self.rows + 1),
                               tr("{n} characters", n=f"{self.limits.cell_chars:,}"))
        self._count([row])
        if self.rows % EVERY == 0:
            self.report(self.stage, self.rows, self.total)
        return row

    def block(self, rows: list[list]) -> list[list]:
        """A block of rows at once, kept whole (a CSV of 100,000 rows spent a tenth of its
        import in the per-row check)."""
        self._count(rows)
        self.report(self.stage, self.rows, self.total)
        return rows

    def _count(self, rows: list[list]) -> None:
        """Width, rows and cells against the limits, in C where it can be."""
        widest = max(map(len, rows))
        if widest > self.limits.columns:
            first = next(i for i, row in enumerate(rows) if len(row) == widest)
            raise _too_big(self.path, tr("row {row}, with {n} columns,", row=self.rows + first + 1, n=f"{widest:,}"),
                           tr("{n} columns", n=self.limits.columns))
        self.rows += len(rows)
        if self.rows > self.limits.rows:
            raise _too_big(self.path, tr("the number of rows"), f"{self.limits.rows:,}")
        self.cells += sum(map(len, rows))
        if self.cells > self.limits.cells:
            raise _too_big(self.path, tr("the number of cells"), f"{self.limits.cells:,}")


def collect(rows: Iterator[list]) -> list[list]:
    """Every row of a stream in a list, with the garbage collector paused meanwhile: rows hold
    no cycles, and the collector would otherwise walk the growing list again and again (a
    sixth of the time for 40,000 rows, more the longer the file)."""
    import gc
    was_on = gc.isenabled()
    gc.disable()
    try:
        return list(rows)
    finally:
        if was_on:
            gc.enable()


# -- Excel

def xlsx_rows(path: Path, sheet: str | None = None, limits: Limits = DEFAULT, report: Report = no_report,
              formulas: bool = False) -> Iterator[tuple[str, Iterator[list]]]:
    """(sheet title, rows) for the named sheet, or every sheet when `sheet` is None; each
    row a list of the values as last computed, streamed.

    With `formulas`, a formula cell that holds no computed value (a workbook written by a
    script and never opened in a spreadsheet program) is refused by name instead of being
    read as blank; it costs a second pass over the sheet, in step with the first."""
    check_workbook(path, limits)
    wb = _load(path, data_only=True)
    raw = _load(path, data_only=False) if formulas else None
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise UserError(tr("{path} has no sheet called “{sheet}” (it has: {sheets}).", path=path.name,
                               sheet=sheet, sheets=", ".join(wb.sheetnames)))
        for ws in [wb[sheet]] if sheet is not None else wb.worksheets:
            rows = _sheet_rows(path, ws, limits, report)
            if raw is not None:
                rows = _computed(path, ws.title, rows, _sheet_rows(path, raw[ws.title], limits, no_report))
            yield ws.title, rows
    finally:
        wb.close()
        if raw is not None:
            raw.close()


def _computed(path: Path, title: str, values: Iterator[list], raw: Iterator[list]) -> Iterator[list]:
    """The rows of `values`, refusing a cell that is empty there but a formula in `raw`."""
    from openpyxl.utils import get_column_letter
    for r, (row, formulas) in enumerate(zip(values, raw), start=1):
        for c, formula in enumerate(formulas):
            if type(formula) is str and formula.startswith("=") and (c >= len(row) or row[c] is None):
                raise UserError(tr("{path}, sheet “{sheet}”, cell {cell}: the formula {formula} has no computed "
                                   "value in the file. Open the workbook in Excel, WPS or LibreOffice, save it, "
                                   "and import it again; nothing was imported.", path=path.name, sheet=title,
                                   cell=f"{get_column_letter(c + 1)}{r}", formula=formula[:60]))
        yield row


def _load(path: Path, data_only: bool):
    import openpyxl
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for files that are not workbooks
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: Exception) -> UserError:
    """What is wrong with a workbook, in words (the exception's class goes to the log)."""
    if any(type(e).__module__.startswith("defusedxml") for e in causes(exc)):
        return UserError(tr("{path} is refused: it declares XML entities or external references, which a "
                            "workbook never needs and an attack uses. Nothing was imported.", path=path.name))
    return UserError(tr("{path} is not an Excel workbook that can be read: its contents are damaged or not "
                        "in the .xlsx format. Nothing was imported.", path=path.name))


def _sheet_rows(path: Path, ws, limits: Limits, report: Report) -> Iterator[list]:
    declared = ws.max_row if isinstance(ws.max_row, int) else None
    # Excel, WPS and LibreOffice write the used size first: a sheet that says it is too long is
    # refused without reading on. A dimension of the whole grid (1,048,576 rows) is what some
    # generators write whatever the sheet holds: that one proves nothing, and reading decides.
    if declared is not None and limits.rows < declared < EXCEL_ROWS:
        raise _too_big(path, tr("the number of rows, {n},", n=f"{declared:,}"), f"{limits.rows:,}")
    ws.reset_dimensions()  # a dimension claiming A1:XFD1048576 would pad every row to 16,384 cells
    check = RowCheck(path, limits, report, tr("Reading “{sheet}”", sheet=ws.title), declared)
    try:
        for row in ws.iter_rows(values_only=True):
            yield check(list(row))
    except UserError:
        raise
    except Exception as exc:  # a damaged sheet part, or one with entities (defusedxml)
        raise _unreadable(path, exc) from exc


# -- CSV

def csv_rows(path: Path, limits: Limits = DEFAULT, report: Report = no_report) -> Iterator[list]:
    """The rows of a CSV file (UTF-8, UTF-16 with its mark, or GBK/GB18030), streamed."""
    size = check_size(path, limits)
    encoding = _encoding(path, size, report)
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        sample = text.read(4096)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if "," not in sample else csv.excel
        except csv.Error:  # no separator at all: one column (the mapping step then says what is missing)
            dialect = csv.excel
        text.seek(0)
        csv.field_size_limit(limits.cell_chars)  # (process-wide; every reader here sets its own)
        check = RowCheck(path, limits, _by_bytes(report, raw, size), tr("Reading rows"), size)
        reader = csv.reader(text, dialect)
        try:
            while block := list(islice(reader, EVERY)):
                yield from check.block(block)
        except csv.Error as exc:
            what = str(exc)
            if "field larger" in what:
                raise _too_big(path, tr("a cell in row {row}", row=reader.line_num),
                               tr("{n} characters", n=f"{limits.cell_chars:,}")) from exc
            raise UserError(tr("{path} cannot be read as CSV: row {row} {problem}. Nothing was imported.",
                               path=path.name, row=reader.line_num,
                               problem=tr("holds a NUL byte") if "NUL" in what else tr("is malformed"))) from exc


def _by_bytes(report: Report, raw, size: int) -> Report:
    return lambda stage, done, total: report(stage, min(raw.tell(), size), size)


def _encoding(path: Path, size: int, report: Report) -> str:
    """UTF-16 (with its byte-order mark), UTF-8, else GB18030 (a superset of GBK), decided
    by decoding the whole file in chunks: a GBK file often starts with plain ASCII."""
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        done = 0
        try:
            while chunk := fh.read(1 << 20):
                if b"\x00" in chunk:
                    raise UserError(tr("{path} is neither a CSV file nor an Excel workbook.", path=path.name))
                decoder.decode(chunk)
                done += len(chunk)
                report(tr("Checking the file"), done, size)
            decoder.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            pass
    with open(path, "rb") as fh:
        decoder = codecs.getincrementaldecoder("gb18030")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise UserError(tr("{path} is neither a CSV file nor an Excel workbook.", path=path.name)) from None
    return "gb18030"
