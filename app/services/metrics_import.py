"""Importing growth numbers from CSV or Excel, all or nothing.

The file's columns are mapped onto our fields (headers in Chinese or English, WeCom's
group statistics names included); every row is checked before anything is stored, and
a file with any bad row imports nothing.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from app.errors import UserError
from app.i18n import tr
from app.progress import Report, no_report
from app.services import growth, table_files
from app.services.fields import DATE_MAX, DATE_MIN, MAX_INT
from app.services.rows import delete_batched, insert_batched
from app.storage.models import Metric, database

FIELDS = ("date", *growth.RAW)
SYNONYMS = {
    "date": ("日期", "date", "day", "stat_time", "时间", "统计日期"),
    "total": ("总人数", "群成员数", "成员总数", "客户群成员总数", "群成员总数", "member_total", "members", "total",
              "total members"),
    "joined": ("入群", "入群人数", "新增人数", "新入群人数", "新增成员数", "新增客户群成员数", "new_member_cnt", "joined",
               "new members"),
    "left": ("退群", "退群人数", "退出人数", "流失人数", "退群成员数", "left", "member_quit_cnt", "quit"),
    "speakers": ("发言人数", "发言成员数", "发过消息的成员数", "发过消息的客户群成员数", "member_has_msg", "speakers",
                 "members who spoke"),
    "messages": ("消息数", "消息总数", "发言总数", "群消息总数", "客户群消息总数", "msg_total", "messages"),
    "conversions": ("转化人数", "付费人数", "成交人数", "conversions", "paid", "paying members"),
    "revenue": ("收入", "成交额", "gmv", "revenue", "销售额"),
}
MAX_ERRORS = 200


@dataclass
class Parsed:
    # one tuple per day, cleaned: the date, then the numbers named in `fields`, in that order
    # (tuples rather than dicts: they go straight into the database, 100,000 of them at a time)
    rows: list[tuple] = field(default_factory=list)
    fields: tuple[str, ...] = ()                            # the numbers the file holds
    errors: list[str] = field(default_factory=list)         # "row 7, column 日期: … "
    mapping: dict[str, int | None] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)
    ignored: list[tuple[str, bool]] = field(default_factory=list)  # (header, holds numbers)


LIMITS = table_files.Limits(rows=200_000)  # days 1900-2199 are 109,572: room for blank lines, no more


def read_table(path: Path, sheet: str | None = None,
               report: Report = no_report) -> tuple[list[str], list[list]]:
    """Header row and data rows of a CSV (UTF-8, UTF-16 or GBK) or an .xlsx sheet, read
    within LIMITS (see table_files)."""
    path = Path(path)
    if table_files.is_workbook(path):
        sheets = table_files.xlsx_rows(path, sheet, LIMITS, report)  # (kept: it closes the workbook when done)
        _title, stream = next(sheets)
        rows = table_files.collect(stream)
        sheets.close()
    else:
        rows = table_files.collect(table_files.csv_rows(path, LIMITS, report))
    header = next((i for i, r in enumerate(rows) if not _blank(r)), None)
    if header is None:
        raise UserError(tr("{path} is empty.", path=path.name))
    # data rows keep their places (blank ones included, skipped by parse) so that row numbers in
    # messages are the file's own: [] stands in for each line above the header
    return [str(c or "").strip() for c in rows[header]], [[]] * header + rows[header + 1:]


def _blank(row: list) -> bool:
    """A blank line or a row of empty cells (Excel's are None). A first cell with text in it
    settles it at once, as it does for almost every row."""
    if row and type(row[0]) is str and row[0] and not row[0].isspace():
        return False
    return not "".join(str(c) for c in row if c is not None).strip()


# what consoles put around a name: units in brackets, spaces; then the words they add before
# and after it (客户群成员总数, 今日入群人数, 消息数（条）)
_UNITS = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")
_PREFIXES = ("客户群", "今日", "当日", "每日", "群")
_SUFFIXES = ("人数", "数量", "数", "人", "条")
# group counts that WeCom and SCRM consoles export beside the member numbers: not ours, never
# to be taken for members or joins because their words look alike
NOT_METRICS = ("客户群总数", "新增客户群数", "群总数", "群数", "客户群数", "新增群数", "解散群数", "group_cnt",
               "new_chat_cnt", "chat_total", "chat_has_msg")


def _normal(header: str) -> str:
    return re.sub(r"\s+", "", _UNITS.sub("", str(header))).lower()


def _core(header: str) -> str:
    text = _normal(header)
    stripped = True
    while stripped:
        stripped = False
        for prefix in _PREFIXES:
            if text.startswith(prefix) and len(text) > len(prefix):
                text, stripped = text[len(prefix):], True
    for suffix in _SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[:-len(suffix)]
    return text


def _names(f: str) -> set[str]:
    return {*SYNONYMS[f], *growth.NAMES.get(f, ()), f}


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """Which file column holds each field, by header name: first exact names (case, spaces
    and units in brackets ignored), then with the prefixes and suffixes consoles add taken
    off both sides. Each field takes one column and each column one field; known group
    counts (客户群总数) are never taken."""
    normal = [_normal(h) for h in headers]
    skip = {i for i, h in enumerate(normal) if h in {_normal(n) for n in NOT_METRICS}}
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    for key in (_normal, _core):
        keys = [key(h) for h in headers]
        for f in FIELDS:
            if mapping[f] is not None:
                continue
            names = {key(n) for n in _names(f)}
            taken = set(mapping.values())
            mapping[f] = next((i for i, k in enumerate(keys) if k in names and i not in taken and i not in skip
                               and headers[i].strip()), None)
    return mapping


def field_named(name: str) -> str | None:
    """The field a --map value names: its key (members is total), or any of its names."""
    wanted = _normal(name)
    return next((f for f in FIELDS if wanted in {_normal(n) for n in _names(f)}), None)


def apply_overrides(headers: list[str], mapping: dict[str, int | None],
                    overrides: list[str]) -> tuple[dict, set[int]]:
    """`HEADER=field` pairs (from --map) over a guessed mapping; `HEADER=` ignores a column.
    Returns the mapping and the columns ignored on purpose."""
    mapping, dropped = dict(mapping), set()
    by_name = {_normal(h): i for i, h in enumerate(headers)}
    for pair in overrides:
        header, sep, name = pair.partition("=")
        if not sep or _normal(header) not in by_name:
            raise UserError(tr("--map {pair}: the file has no column “{header}” (it has: {headers}).", pair=pair,
                               header=header, headers=", ".join(h for h in headers if h)))
        column = by_name[_normal(header)]
        for f, i in mapping.items():
            if i == column:
                mapping[f] = None
        if not name.strip():
            dropped.add(column)
        else:
            f = field_named(name)
            if f is None:
                raise UserError(tr("--map {pair}: “{name}” is not one of: {fields}.", pair=pair, name=name,
                                   fields=", ".join(FIELDS)))
            mapping[f] = column
    return mapping, dropped


def ignored_columns(headers: list[str], rows: list[list], mapping: dict[str, int | None],
                    dropped: set[int] = frozenset()) -> list[tuple[str, bool]]:
    """The named columns no field took (and not ignored on purpose), each with whether it
    holds numbers (its first filled cells are all numbers): those an operator will miss."""
    used = {i for i in mapping.values() if i is not None} | set(dropped)
    out = []
    for i, header in enumerate(headers):
        if i in used or not header:
            continue
        cells = [r[i] for r in rows[:200] if i < len(r) and r[i] not in (None, "")][:20]
        out.append((header, bool(cells) and all(_looks_numeric(c) for c in cells)))
    return out


def _looks_numeric(cell) -> bool:
    if isinstance(cell, (int, float)):
        return True
    try:
        float(str(cell).replace(",", "").replace("%", "").strip())
        return True
    except ValueError:
        return False


_CN_DATE = re.compile(r"^\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*$")
_NUM_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")


def parse_date(value, default_year: int) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and 20000 < value < 80000:  # an Excel serial day number
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = str(value).strip()
    if len(text) == 10 and text[4] == "-":  # the common ISO case, without a regex
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    for pattern, year_default in ((_NUM_DATE, None), (_CN_DATE, default_year)):
        match = pattern.match(text)
        if match:
            year, month, day = match.groups()
            return dt.date(int(year or year_default), int(month), int(day))
    raise ValueError(text)


def _number(value, kind: str):
    if kind == "int" and type(value) is str:  # the common case, as cheaply as possible
        try:
            number = int(value)
            if 0 <= number <= MAX_INT:
                return number
        except ValueError:
            pass
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        value = value.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    number = float(value)
    if not 0 <= number < math.inf:  # negative, NaN or infinite
        raise ValueError(value)
    if kind == "int":
        if number != int(number) or number > MAX_INT:
            raise ValueError(value)
        return int(number)
    return number


def _column(cells: list, kind: str) -> list | None:
    """A whole column of text converted at once, or None when a cell needs the careful path.

    Accepts only what `_number` accepts and gives the same values: plain numbers, or an
    empty cell for a gap."""
    if set(map(type, cells)) != {str}:
        return None  # numbers or dates from Excel: the careful path knows them
    convert = int if kind == "int" else float
    try:
        values = list(map(convert, cells))  # no gaps: all in C
    except ValueError:
        try:
            values = [convert(c) if c else None for c in cells]
        except ValueError:
            return None
    present = [v for v in values if v is not None] if None in values else values
    if present:  # negative, too large (ints) or infinite (amounts), NaN: let the careful path word it
        total = sum(present)
        if not (min(present) >= 0 and max(present) < (MAX_INT + 1 if kind == "int" else math.inf)
                and total == total):
            return None
    return values


def _parse_clean(rows: list[list], date_col: int, numbers: list[tuple[str, int, str]]) -> list[tuple] | None:
    """The rows of a clean file, checked a column at a time (about three times faster than
    row by row for 100,000 rows): ISO dates, plain counts and amounts, no day twice, never
    more speakers than members. None when anything needs `parse`'s row-by-row check, which
    also words the errors."""
    if not rows:
        return []
    if min(map(len, rows)) <= max(date_col, *(i for _, i, _ in numbers)):
        return None  # a short row
    fromiso = dt.date.fromisoformat
    try:  # the same ISO fast path as parse_date, for every cell
        dates = [fromiso(c) if len(c) == 10 and c[4] == "-" else None for c in map(itemgetter(date_col), rows)]
    except (ValueError, TypeError):
        return None
    if None in dates or len(set(dates)) != len(dates) or not DATE_MIN <= min(dates) <= max(dates) <= DATE_MAX:
        return None
    columns = {}
    for f, i, kind in numbers:
        columns[f] = _column(list(map(itemgetter(i), rows)), kind)
        if columns[f] is None:
            return None
    if "speakers" in columns and "total" in columns and any(
            s is not None and t is not None and s > t for s, t in zip(columns["speakers"], columns["total"])):
        return None
    return list(zip(dates, *columns.values()))


def parse(headers: list[str], rows: list[list], mapping: dict[str, int | None],
          default_year: int | None = None) -> Parsed:
    """Check every row; `errors` names the row (as numbered in the file) and column."""
    default_year = default_year or dt.date.today().year
    out = Parsed(mapping=mapping, headers=headers)
    if mapping.get("date") is None:
        out.errors.append(tr("No column is mapped to the date."))
        return out
    if not any(mapping.get(f) is not None for f in growth.RAW):
        out.errors.append(tr("No column is mapped to any number."))
        return out
    date_col = mapping["date"]
    numbers = [(f, i, "float" if f == "revenue" else "int") for f in growth.RAW
               if (i := mapping.get(f)) is not None]
    out.fields = tuple(f for f, _, _ in numbers)
    clean = _parse_clean(rows, date_col, numbers)
    if clean is not None:
        out.rows = clean
        return out
    seen: dict[dt.date, int] = {}
    for n, row in enumerate(rows, start=2):
        if _blank(row):
            continue
        if len(out.errors) >= MAX_ERRORS:
            out.errors.append(tr("… and more; fix these first."))
            break
        width = len(row)
        raw_date = row[date_col] if date_col < width else None
        try:
            day = parse_date(raw_date, default_year)
        except (ValueError, TypeError, OverflowError):
            out.errors.append(tr("Row {row}, column {column}: “{value}” is not a date.", row=n,
                                 column=headers[date_col], value=raw_date if raw_date is not None else ""))
            continue
        if not DATE_MIN <= day <= DATE_MAX:
            out.errors.append(tr("Row {row}, column {column}: {date} is outside the years {first}–{last}.", row=n,
                                 column=headers[date_col], date=day, first=DATE_MIN.year, last=DATE_MAX.year))
            continue
        values, bad = {}, False
        for f, i, kind in numbers:
            cell = row[i] if i < width else None
            try:
                values[f] = _number(cell, kind)
            except (ValueError, TypeError):
                out.errors.append(tr("Row {row}, column {column}: “{value}” is not a count of zero or more.",
                                     row=n, column=headers[i], value=cell))
                bad = True
        if bad:
            continue
        if values.get("speakers") is not None and values.get("total") is not None \
                and values["speakers"] > values["total"]:
            out.errors.append(tr("Row {row}, column {column}: {speakers} speakers is more than the {total} "
                                 "members.", row=n, column=headers[mapping["speakers"]],
                                 speakers=values["speakers"], total=values["total"]))
            continue
        if day in seen:
            out.errors.append(tr("Row {row}, column {column}: {date} is already on row {first}.", row=n,
                                 column=headers[date_col], date=day, first=seen[day]))
            continue
        seen[day] = n
        out.rows.append((day, *values.values()))
    return out


def preview(community_id: int, parsed: Parsed) -> dict:
    """What an import would do: new dates, dates whose stored numbers change, unchanged."""
    stored = {r["date"]: r for r in growth.list_days(community_id)}
    new, changed, same = [], [], 0
    for day, *values in parsed.rows:
        old = stored.get(day)
        if old is None:
            new.append(day)
        elif any(old[f] != v for f, v in zip(parsed.fields, values)):
            changed.append(day)
        else:
            same += 1
    return {"new": new, "changed": changed, "unchanged": same}


def apply(community_id: int, parsed: Parsed) -> list[dict]:
    """Store every row in one transaction; returns the stored rows it replaced (for undo).

    Rows go in through one executemany upsert: building a peewee query per batch cost
    several times the insert itself for 100,000 rows.
    """
    if parsed.errors:
        raise UserError(tr("The file has {n} problems; nothing was imported.", n=len(parsed.errors)))
    if not parsed.rows:
        return []
    fields = parsed.fields
    dates = {row[0] for row in parsed.rows}
    columns = ", ".join(f'"{Metric._meta.fields[f].column_name}"' for f in fields)
    updates = ", ".join(f'"{f}" = excluded."{f}"' for f in fields)
    # the parsed tuples are the parameters as they are (no per-row copy): the community, an
    # integer of ours, is written into the statement
    sql = (f'INSERT INTO "metric" ("date", {columns}, "community_id", "position") '
           f'VALUES (?, {", ".join("?" for _ in fields)}, {int(community_id)}, 0) '
           f'ON CONFLICT ("community_id", "date") DO UPDATE SET {updates}')
    with database.atomic():
        replaced = [r for r in growth.list_days(community_id, min(dates), max(dates)) if r["date"] in dates]
        database.obj.connection().executemany(sql, parsed.rows)
        growth.check_metrics(community_id)
    return replaced


def revert(community_id: int, parsed: Parsed, replaced: list[dict]) -> None:
    dates = sorted({row[0] for row in parsed.rows})
    with database.atomic():
        delete_batched(Metric, Metric.date, dates, Metric.community == community_id)
        insert_batched(Metric, replaced)

def load(path: Path, sheet: str | None = None, default_year: int | None = None,
         overrides: list[str] = (), report: Report = no_report) -> Parsed:
    """Read, map by header names (and `HEADER=field` overrides) and check a file (the CLI's
    path; the GUI lets the user map). `ignored` lists the columns no field took."""
    headers, rows = read_table(path, sheet, report)
    mapping, dropped = apply_overrides(headers, guess_mapping(headers), list(overrides))
    parsed = parse(headers, rows, mapping, default_year)
    parsed.ignored = ignored_columns(headers, rows, mapping, dropped)
    return parsed
