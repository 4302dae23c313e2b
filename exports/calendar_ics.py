"""The content calendar as an iCalendar file (RFC 5545), written with the icalendar library.

Each entry is one event at its local time (floating: no time zone, so the phone shows
08:30 wherever it is), 30 minutes long, or an all-day event when it has no time.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import __version__, domain
from app.i18n import tr
from app.services import communities, content
from exports.files import atomic_target
from exports.xlsx import clean_text

DURATION = dt.timedelta(minutes=30)


def build(community_id: int, start: dt.date | None = None, end: dt.date | None = None,
          stamp: dt.datetime | None = None) -> bytes:
    import icalendar

    community = communities.get(community_id)
    stamp = stamp or dt.datetime.now(dt.timezone.utc)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Community planner {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", clean_text(community["name"]))
    for row in content.list_entries(community_id, start, end):
        event = icalendar.Event()
        event.add("uid", f"entry-{row['id']}-community-{community_id}@community-planner")
        event.add("dtstamp", stamp)
        if row["time"]:
            hours, minutes = map(int, row["time"].split(":"))
            begin = dt.datetime.combine(row["date"], dt.time(hours, minutes))
            event.add("dtstart", begin)
            event.add("dtend", begin + DURATION)
        else:
            event.add("dtstart", row["date"])
            event.add("dtend", row["date"] + dt.timedelta(days=1))
        event.add("summary", clean_text(row["title"]))
        lines = [
            f"{tr('Column')}: {row['column_name'] or '—'}",
            f"{tr('Content class')}: {domain.pick(content.CLASS_NAMES[row['content_class']])}",
            f"{tr('Packaging')}: {domain.pick(content.PACKAGING_NAMES[row['packaging']])}",
            f"{tr('Format')}: {domain.pick(content.FORMAT_NAMES[row['format']])}",
            f"{tr('Owner')}: {row['owner'] or '—'}",
            f"{tr('Status')}: {domain.pick(content.STATUS_NAMES[row['status']])}",
        ]
        if row["notes"]:
            lines.append(clean_text(row["notes"]))
        event.add("description", "\n".join(lines))
        event.add("categories", [domain.pick(content.CLASS_NAMES[row["content_class"]])])
        cal.add_component(event)
    return cal.to_ical()


def export(community_id: int, target: Path, start: dt.date | None = None, end: dt.date | None = None) -> Path:
    data = build(community_id, start, end)
    with atomic_target(Path(target)) as tmp:
        tmp.write_bytes(data)
    return Path(target)
