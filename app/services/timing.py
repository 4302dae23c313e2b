"""What an SOP row's timing says, and the days it falls on.

A timing is free text the operator types, in either language:
- relative to a T0 (the launch date, or an event's T0): ``T-7``, ``T0 20:00``, ``T+1..T+7``;
- repeating from the launch on: ``每天 08:30`` / ``Daily 08:30``, ``工作日`` / ``Weekdays``,
  ``每周三 20:00`` / ``Wed 20:00`` / ``every Monday``, ``每月1日`` / ``Monthly 1st``.
Anything else is not understood, and callers say so instead of guessing.
"""
from __future__ import annotations

import calendar as cal
import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

_T_OFFSET = re.compile(r"^\s*T(?![a-z])\s*(?:([+\-−])\s*(\d+))?(?:\s*\.\.\s*T\s*(?:([+\-−])\s*(\d+))?)?", re.I)
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)(?!\d)")
_DAILY = ("每天", "每日", "daily", "every day", "everyday")
_WORKDAYS = ("工作日", "weekdays", "every weekday")
_WEEKLY = ("每周", "每星期", "weekly", "every ")
_MONTHLY = ("每月", "monthly", "every month")
_ZH_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_EN_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EN_DAY = re.compile(r"\b(" + "|".join(_EN_DAYS) + r")[a-z]*\b")
_ZH_WEEK = re.compile(r"(?:每周|每星期|周|星期)([一二三四五六日天](?:[、，,/ ]*[一二三四五六日天])*)")
_DAY_OF_MONTH = re.compile(r"(\d{1,2})\s*(?:日|号|st|nd|rd|th)?")


class Timing(NamedTuple):  # (a record: a frozen dataclass costs ~4 M instructions of start-up)
    kind: str                          # relative / daily / weekly / monthly
    offsets: tuple[int, int] = (0, 0)  # relative: first and last day from T0
    weekdays: tuple[int, ...] = ()     # weekly (Monday = 0); daily: every day
    day: int = 1                       # monthly: day of the month (31: the month's last day)
    time: str = ""                     # "HH:MM", or "" for any time of the day

    @property
    def repeats(self) -> bool:
        return self.kind != "relative"


def time_of(text: str) -> str:
    """The first clock time in a text as HH:MM ('' when none)."""
    match = _TIME.search(text or "")
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else ""


@lru_cache(maxsize=4096)  # every row's timing is parsed on every agenda and overview; the same texts recur
def parse(text: str) -> Timing | None:
    """The timing a text states, or None when it states none this module understands."""
    raw = (text or "").strip()
    lower = raw.lower()
    if not lower:
        return None
    time = time_of(raw)
    match = _T_OFFSET.match(raw)
    if match and match.group(0).strip():
        def days(sign, number):
            return 0 if number is None else (-int(number) if sign in "-−" else int(number))
        start = days(match.group(1), match.group(2))
        end = days(match.group(3), match.group(4)) if ".." in match.group(0) else start
        return Timing("relative", (start, max(start, end)), time=time)
    if any(w in lower for w in _WORKDAYS):
        return Timing("weekly", weekdays=(0, 1, 2, 3, 4), time=time)
    if any(w in lower for w in _DAILY):
        return Timing("daily", weekdays=tuple(range(7)), time=time)
    if any(w in lower for w in _MONTHLY):
        rest = _TIME.sub(" ", lower)
        for word in _MONTHLY:
            rest = rest.replace(word, " ")
        number = _DAY_OF_MONTH.search(rest)
        day = int(number.group(1)) if number else 1
        return Timing("monthly", day=min(max(day, 1), 31), time=time) if 1 <= day <= 31 else None
    zh = _ZH_WEEK.search(raw)
    days_named = sorted({_ZH_DAYS[c] for c in zh.group(1) if c in _ZH_DAYS}) if zh else \
        sorted({_EN_DAYS.index(m[:3]) for m in _EN_DAY.findall(lower)})
    if days_named:
        return Timing("weekly", weekdays=tuple(days_named), time=time)
    if any(w in lower for w in _WEEKLY[:3]):  # "every week", "每周": on Mondays
        return Timing("weekly", weekdays=(0,), time=time)
    return None


def offsets(text: str) -> tuple[int, int] | None:
    """Days relative to T0 of a relative timing ('T-7', 'T0 20:00', 'T+1..T+7'); None otherwise."""
    timing = parse(text)
    return timing.offsets if timing and timing.kind == "relative" else None


def occurrences(timing: Timing, t0: dt.date, first: dt.date, last: dt.date,
                until: dt.date | None = None) -> list[dt.date]:
    """The days in [first, last] a repeating timing falls on, from T0 (the launch) to `until`."""
    start, end = max(first, t0), min(last, until) if until else last
    if end < start:
        return []
    if timing.kind == "monthly":
        out, year, month = [], start.year, start.month
        while (year, month) <= (end.year, end.month):
            day = dt.date(year, month, min(timing.day, cal.monthrange(year, month)[1]))
            if start <= day <= end:
                out.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    wanted = set(timing.weekdays)
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)
            if (start + dt.timedelta(days=i)).weekday() in wanted]


def last_before(timing: Timing, t0: dt.date, day: dt.date, until: dt.date | None = None) -> dt.date | None:
    """The latest day before `day` a repeating timing fell on (None before its first)."""
    window = occurrences(timing, t0, day - dt.timedelta(days=31), day - dt.timedelta(days=1), until)
    return window[-1] if window else None


def times_in(timing: Timing | None, t0: dt.date | None, first: dt.date, last: dt.date) -> float:
    """How many times a timing comes round in [first, last]: counted days for a relative one,
    and for a repeating one its rate over those days (a monthly row is 12/52 of a week)
    whether or not the launch has come: the time budget plans the steady week."""
    if timing is None:
        return 0
    days = (last - first).days + 1
    if timing.kind == "monthly":
        return 12 / 365 * days
    if timing.repeats:
        return len(timing.weekdays) * days / 7
    if t0 is None:
        return 0
    start, end = (t0 + dt.timedelta(days=d) for d in timing.offsets)
    return max(0, (min(end, last) - max(start, first)).days + 1)


def relative_text(text: str, t0: dt.date, new_first: dt.date) -> str:
    """A relative timing moved so that it starts on `new_first` (a range keeps its length,
    the clock time stays): 'T-7 20:00' moved two days later reads 'T-5 20:00'."""
    timing = parse(text)
    start = (new_first - t0).days
    length = timing.offsets[1] - timing.offsets[0] if timing else 0

    def t(n: int) -> str:
        return "T0" if n == 0 else f"T{n:+d}"

    out = t(start) + (f"..{t(start + length)}" if length else "")
    return f"{out} {timing.time}" if timing and timing.time else out
