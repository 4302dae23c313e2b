"""Content calendar (内容日历): columns that recur, entries, balance, overdue.

A column is a recurring slot. Its entries remember the slot they fill (slot_date), so
regenerating after an edit can update, add or remove exactly the slots that changed,
while entries edited by hand, published or skipped are left as they are.
"""
from __future__ import annotations

import calendar as cal
import datetime as dt

from app import domain
from app.errors import ValidationError
from app.i18n import tr
from app.services import communities
from app.services.fields import Field
from app.services.rows import RowTable, delete_batched, insert_batched
from app.storage.models import ContentColumn, Entry, database

CLASSES = ("product", "values", "interaction")
CLASS_NAMES = {"product": ("产品类", "Product"), "values": ("价值观类", "Values"),
               "interaction": ("互动类", "Interaction")}
PACKAGING = ("topic", "activity", "marketing")
PACKAGING_NAMES = {"topic": ("话题", "Topic"), "activity": ("活动", "Activity"),
                   "marketing": ("营销活动", "Marketing activity")}
FORMATS = ("text", "video", "live", "voice", "poll", "other")
FORMAT_NAMES = {"text": ("图文", "Text + image"), "video": ("视频", "Video"), "live": ("直播", "Live"),
                "voice": ("语音", "Voice"), "poll": ("投票", "Poll"), "other": ("其他", "Other")}
STATUSES = ("idea", "drafted", "scheduled", "published", "skipped")
STATUS_NAMES = {"idea": ("想法", "Idea"), "drafted": ("已起草", "Drafted"), "scheduled": ("已排期", "Scheduled"),
                "published": ("已发布", "Published"), "skipped": ("已跳过", "Skipped")}
SCHEDULES = ("daily", "weekdays", "weekly", "monthly")
SCHEDULE_NAMES = {"daily": ("每天", "Daily"), "weekdays": ("每周指定几天", "Chosen weekdays"),
                  "weekly": ("每周一次", "Weekly"), "monthly": ("每月一次", "Monthly")}
DONE = ("published", "skipped")
OPEN_HORIZON_DAYS = 60  # how far ahead an open-ended column is filled

COLUMN_FIELDS = {
    "name": Field("Column", required=True),
    "content_class": Field("Content class", kind="choice", choices=CLASSES),
    "packaging": Field("Packaging", kind="choice", choices=PACKAGING),
    "format": Field("Format", kind="choice", choices=FORMATS),
    "owner": Field("Owner"),
    "schedule": Field("Schedule", kind="choice", choices=SCHEDULES),
    "weekdays": Field("Weekdays"),  # stored normalised as '0,2,4' by update_column/create_column
    "day_of_month": Field("Day of month", kind="int", required=True, minimum=1, maximum=31),
    "time": Field("Time", kind="time"),
    "start_date": Field("From", kind="date", required=True),
    "end_date": Field("To", kind="date"),
    "minutes": Field("Minutes per entry", kind="int", minimum=0, maximum=1440),
}
# what an entry copies from its column
SHARED = ("content_class", "packaging", "format", "owner", "time")

columns = RowTable(ContentColumn, COLUMN_FIELDS)
entries = RowTable(Entry, {
    "date": Field("Date", kind="date", required=True),
    "time": Field("Time", kind="time"),
    "title": Field("Title", required=True, max_len=300),
    "content_class": Field("Content class", kind="choice", choices=CLASSES),
    "packaging": Field("Packaging", kind="choice", choices=PACKAGING),
    "format": Field("Format", kind="choice", choices=FORMATS),
    "owner": Field("Owner"),
    "status": Field("Status", kind="choice", choices=STATUSES),
    "notes": Field("Notes", kind="text"),
})


# -- schedules
WEEKDAY_NAMES = (("一", "Mon"), ("二", "Tue"), ("三", "Wed"), ("四", "Thu"), ("五", "Fri"),
                 ("六", "Sat"), ("日", "Sun"))
_WEEKDAY_TOKENS = {**{en.lower(): i for i, (_, en) in enumerate(WEEKDAY_NAMES)},
                   **{zh: i for i, (zh, _) in enumerate(WEEKDAY_NAMES)}, "天": 6, **{str(i): i for i in range(7)}}


def parse_weekdays(text: str) -> list[int]:
    """'0,2,4', 'Mon Wed Fri', '周一 三 五' -> [0, 2, 4] (Monday = 0)."""
    tokens = str(text or "").replace("，", ",").replace("、", ",").replace(" ", ",").split(",")
    days = set()
    for token in (t.strip().lower().removeprefix("周").removeprefix("星期") for t in tokens):
        if not token:
            continue
        if token[:3] not in _WEEKDAY_TOKENS:
            raise ValidationError(tr("“{token}” is not a weekday (use Mon–Sun, 一–日 or 0–6).", token=token))
        days.add(_WEEKDAY_TOKENS[token[:3]])
    return sorted(days)


def weekdays_label(text: str) -> str:
    """Stored '0,2,4' shown as 'Mon Wed Fri' or '一 三 五'."""
    try:
        return " ".join(domain.pick(WEEKDAY_NAMES[d]) for d in parse_weekdays(text))
    except ValidationError:
        return str(text)


def check_column(col: dict) -> None:
    """Refuse a column whose schedule cannot produce dates."""
    if col["end_date"] and col["end_date"] < col["start_date"]:
        raise ValidationError(tr("The column ends ({end}) before it starts ({start}).",
                                 end=col["end_date"], start=col["start_date"]))
    if col["schedule"] in ("weekdays", "weekly") and not parse_weekdays(col["weekdays"]):
        raise ValidationError(tr("Choose at least one weekday for “{name}”.", name=col["name"]))


def expand(col: dict, start: dt.date, end: dt.date) -> list[dt.date]:
    """The dates a column's schedule falls on within [start, end] and its own from–to.

    Monthly slots on the 29th–31st fall on the month's last day in shorter months.
    Times are local and carry no time zone, so daylight saving never shifts them.
    """
    first = max(start, col["start_date"])
    last = min(end, col["end_date"]) if col["end_date"] else end
    if last < first:
        return []
    schedule = col["schedule"]
    if schedule == "monthly":
        out, year, month = [], first.year, first.month
        while (year, month) <= (last.year, last.month):
            day = min(int(col["day_of_month"]), cal.monthrange(year, month)[1])
            d = dt.date(year, month, day)
            if first <= d <= last:
                out.append(d)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    if schedule == "daily":
        wanted = set(range(7))
    elif schedule == "weekly":
        wanted = set(parse_weekdays(col["weekdays"])[:1])
    else:
        wanted = set(parse_weekdays(col["weekdays"]))
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)
            if (first + dt.timedelta(days=i)).weekday() in wanted]


def _horizon(col: dict, today: dt.date) -> dt.date:
    return col["end_date"] or max(today, col["start_date"]) + dt.timedelta(days=OPEN_HORIZON_DAYS)


def regenerate(column_id: int, today: dt.date, from_date: dt.date | None = None) -> None:
    """Bring the column's entries from `from_date` (default today) in line with its schedule.

    Entries edited by hand, published or skipped are never touched; their slots count
    as filled.
    """
    col = columns.get(column_id)
    from_date = from_date or today
    # a suggested column (from a template, not yet accepted) plans nothing
    wanted = set() if col["suggested"] else set(expand(col, from_date, _horizon(col, today)))
    shared = {k: col[k] for k in SHARED}
    with database.atomic():
        existing = list(Entry.select().where((Entry.column == column_id) & (Entry.slot_date >= from_date)))
        filled = set()
        for entry in existing:
            keep = entry.edited or entry.status in DONE
            if keep or entry.slot_date in wanted:
                filled.add(entry.slot_date)
            if keep:
                continue
            if entry.slot_date in wanted:
                Entry.update(title=col["name"], date=entry.slot_date, **shared).where(Entry.id == entry.id).execute()
            else:
                entry.delete_instance()
        new = [{"community": col["community"], "column": column_id, "slot_date": d, "date": d,
                "title": col["name"], "status": "idea", **shared} for d in sorted(wanted - filled)]
        insert_batched(Entry, new)


def create_column(community_id: int, values: dict, today: dt.date | None = None) -> int:
    """Add a column and generate all its entries from its start date."""
    today = today or dt.date.today()
    values = {"start_date": today, **values}
    if "weekdays" in values:
        values["weekdays"] = ",".join(map(str, parse_weekdays(values["weekdays"])))
    with database.atomic():
        column_id = columns.create(community_id, values)
        check_column(columns.get(column_id))
        regenerate(column_id, today, from_date=columns.get(column_id)["start_date"])
    return column_id


def update_column(column_id: int, field: str, value, today: dt.date | None = None):
    """Change a column and update its future entries; returns the previous value."""
    today = today or dt.date.today()
    if field == "weekdays":
        value = ",".join(map(str, parse_weekdays(value)))
    with database.atomic():
        old = columns.update(column_id, field, value)
        check_column(columns.get(column_id))
        regenerate(column_id, today)
    return old


def delete_column(column_id: int, today: dt.date | None = None) -> None:
    """Remove a column and its future generated entries; past and hand-edited ones stay."""
    today = today or dt.date.today()
    with database.atomic():
        (Entry.delete().where((Entry.column == column_id) & (Entry.date >= today) & (Entry.edited == False)  # noqa: E712
                              & ~(Entry.status.in_(DONE))).execute())
        columns.delete([column_id])


def column_state(community_id: int) -> dict:
    """Everything a column edit can change (for undo): all columns and entries with a column."""
    return {"columns": columns.list(community_id),
            "entries": list(Entry.select().where((Entry.community == community_id)
                                                 & Entry.column.is_null(False)).dicts())}


def restore_column_state(community_id: int, state: dict) -> None:
    ids = [e["id"] for e in state["entries"]]
    with database.atomic():
        Entry.delete().where((Entry.community == community_id) & Entry.column.is_null(False)).execute()
        delete_batched(Entry, Entry.id, ids)  # entries a column delete detached from it
        ContentColumn.delete().where(ContentColumn.community == community_id).execute()
        columns.restore(state["columns"])
        insert_batched(Entry, state["entries"])


def fill_open_columns(community_id: int, today: dt.date | None = None) -> None:
    """Extend open-ended columns so the next OPEN_HORIZON_DAYS always have entries."""
    today = today or dt.date.today()
    for col in columns.list(community_id):
        if col["end_date"] is None and not col["suggested"]:
            last = (Entry.select(Entry.slot_date).where(Entry.column == col["id"])
                    .order_by(Entry.slot_date.desc()).scalar())
            if last is None or last < today + dt.timedelta(days=OPEN_HORIZON_DAYS - 7):
                regenerate(col["id"], today, from_date=(last + dt.timedelta(days=1)) if last else today)


# -- entries
def add_entry(community_id: int, values: dict) -> int:
    return entries.create(community_id, {"status": "idea", **values})


def update_entry(entry_id: int, field: str, value):
    """Edit one field of an entry; it is then the user's and no column edit overwrites it."""
    with database.atomic():
        old = entries.update(entry_id, field, value)
        Entry.update(edited=True).where(Entry.id == entry_id).execute()
    return old


def list_entries(community_id: int, start: dt.date | None = None, end: dt.date | None = None) -> list[dict]:
    q = Entry.select().where(Entry.community == community_id)
    if start:
        q = q.where(Entry.date >= start)
    if end:
        q = q.where(Entry.date <= end)
    names = {c["id"]: c["name"] for c in columns.list(community_id)}
    rows = list(q.order_by(Entry.date, Entry.time, Entry.id).dicts())
    for row in rows:
        row["column_name"] = names.get(row["column"], "")
    return rows


def is_overdue(entry: dict, today: dt.date) -> bool:
    return entry["date"] < today and entry["status"] not in DONE


# -- balance
def balance(rows: list[dict], threshold: int) -> dict:
    """Shares of each content class and of marketing activities, with warnings."""
    counted = [r for r in rows if r["status"] != "skipped"]
    total = len(counted)
    shares = {c: (sum(r["content_class"] == c for r in counted) / total if total else 0.0) for c in CLASSES}
    marketing = sum(r["packaging"] == "marketing" for r in counted) / total if total else 0.0
    warnings = []
    if total and shares["product"] * 100 > threshold:
        warnings.append(tr("Product content is {share:.0%} of the period, above the {limit}% limit: "
                           "members mute groups that feel like an ad channel.",
                           share=shares["product"], limit=threshold))
    return {"total": total, "shares": shares, "marketing": marketing, "warnings": warnings}


def marketing_before_topics(community_id: int) -> str | None:
    """A warning when a marketing activity is planned before any topic-led content."""
    first = {}
    for packaging in ("topic", "marketing"):
        first[packaging] = (Entry.select(Entry.date).where((Entry.community == community_id)
                                                           & (Entry.packaging == packaging)
                                                           & (Entry.status != "skipped"))
                            .order_by(Entry.date).scalar())
    if first["marketing"] and (first["topic"] is None or first["marketing"] < first["topic"]):
        return tr("The first marketing activity ({date}) comes before any topic-led content: "
                  "warm members up with topics first.", date=first["marketing"])
    return None


def threshold(community_id: int) -> int:
    return communities.get(community_id)["product_threshold"]
