"""The agenda as an iCalendar file, so a phone's calendar reminds the operator away from the desk.

Each item is an event with an alarm (VALARM) at its due time: at its clock time, or at 09:00
on its day when it has none. Times are local (floating: 20:00 is 20:00 on the phone, the way
the plan means it). A UID made from the item's source, row and own day stays the same from one
export to the next, so importing again updates the events instead of adding copies; an item
done since is exported without its alarm and marked ✓.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import __version__, domain
from app.i18n import tr
from app.services import agenda, communities
from exports.files import atomic_target
from exports.xlsx import clean_text

DURATION = dt.timedelta(minutes=30)
ALL_DAY_ALARM = dt.timedelta(hours=9)  # an item with no time reminds at 09:00 on its day


def build(view: agenda.Agenda, stamp: dt.datetime | None = None) -> bytes:
    import icalendar

    stamp = stamp or dt.datetime.now(dt.timezone.utc)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Community planner {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", tr("Community agenda"))
    read: dict[int, dict] = {}
    for item in view.items:
        event = icalendar.Event()
        event.add("uid", f"agenda-{item.key}@community-planner")
        event.add("dtstamp", stamp)
        event.add("sequence", 0)
        if item.time:
            hours, minutes = map(int, item.time.split(":"))
            begin = dt.datetime.combine(item.date, dt.time(hours, minutes))
            event.add("dtstart", begin)
            event.add("dtend", begin + DURATION)
        else:
            event.add("dtstart", item.date)
            event.add("dtend", item.date + dt.timedelta(days=1))
        title = f"[{clean_text(item.community)}] {clean_text(item.task)}"
        event.add("summary", ("✓ " if item.done else "") + title)
        lines = [f"{tr('Source')}: {domain.pick(agenda.SOURCE_NAMES[item.source])}"]
        if item.owner:
            lines.append(f"{tr('Owner')}: {clean_text(item.owner)}")
        if item.community_id not in read:
            read[item.community_id] = communities.get(item.community_id)
        text, _ = agenda.filled_text(item, read[item.community_id]) if item.text else ("", [])
        if text:
            lines += ["", clean_text(text)]
        event.add("description", "\n".join(lines))
        event.add("categories", [domain.pick(agenda.SOURCE_NAMES[item.source])])
        if not item.done:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", title)
            alarm.add("trigger", dt.timedelta(0) if item.time else ALL_DAY_ALARM)
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def export(view: agenda.Agenda, target: Path) -> Path:
    data = build(view)
    with atomic_target(Path(target)) as tmp:
        tmp.write_bytes(data)
    return Path(target)
