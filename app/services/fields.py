"""Field rules: how a value typed by a user is checked and converted before storage."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from app.errors import ValidationError
from app.i18n import tr

MAX_TEXT = 10_000   # multi-line answers, scripts
MAX_LINE = 200      # names, short labels
MAX_INT = 2**63 - 1  # the largest whole number SQLite stores: beyond it, a typo and a crash
# dates a plan can hold: wide enough for any community, narrow enough that a day or a
# 60-day calendar horizon added to it never leaves the calendar (year 9999 + 1 day crashes)
DATE_MIN, DATE_MAX = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


class Field(NamedTuple):  # (a record: a frozen dataclass costs ~4 M instructions of start-up)
    label: str                    # English label, translated with tr() in messages
    kind: str = "line"            # line | text | bool | int | float | amount | date | time | choice
    required: bool = False
    choices: tuple[str, ...] = ()
    max_len: int | None = None
    minimum: int | None = None
    maximum: int | None = None

    def clean(self, value):
        """Return the value to store, or raise ValidationError saying what and where."""
        name = tr(self.label)
        if self.kind in ("line", "text", "choice"):
            value = "" if value is None else str(value)
            if self.kind == "line":
                value = value.strip()
            limit = self.max_len or (MAX_LINE if self.kind == "line" else MAX_TEXT)
            if self.required and not value.strip():
                raise ValidationError(tr("{field} must not be empty.", field=name))
            if len(value) > limit:
                raise ValidationError(tr("{field} is too long ({n} characters, at most {limit}).",
                                         field=name, n=len(value), limit=limit))
            if self.kind == "choice" and value not in self.choices:
                raise ValidationError(tr("{field}: {value} is not one of the choices.",
                                         field=name, value=value))
            return value
        if self.kind == "bool":
            return bool(value)
        if self.kind == "int":
            if value in (None, "") and not self.required:
                return None
            try:
                number = int(str(value).strip())
            except ValueError:
                raise ValidationError(tr("{field}: {value} is not a whole number.",
                                         field=name, value=value)) from None
            if self.minimum is not None and number < self.minimum:
                raise ValidationError(tr("{field} must be at least {minimum}.",
                                         field=name, minimum=self.minimum))
            maximum = MAX_INT if self.maximum is None else self.maximum
            if number > maximum:
                raise ValidationError(tr("{field} must be at most {maximum}.", field=name, maximum=maximum))
            return number
        if self.kind == "float":
            if value in (None, "") and not self.required:
                return None
            try:
                number = float(str(value).strip().replace(",", ""))
            except ValueError:
                raise ValidationError(tr("{field}: {value} is not a number.", field=name, value=value)) from None
            if number != number or number in (float("inf"), float("-inf")):
                raise ValidationError(tr("{field}: {value} is not a number.", field=name, value=value))
            if self.minimum is not None and number < self.minimum:
                raise ValidationError(tr("{field} must be at least {minimum}.", field=name, minimum=self.minimum))
            return number
        if self.kind == "amount":
            return parse_amount(value, name, self.required)
        if self.kind == "time":
            text = "" if value is None else str(value).strip()
            if not text:
                if self.required:
                    raise ValidationError(tr("{field} must not be empty.", field=name))
                return ""
            return parse_time(text, name)
        if self.kind == "date":
            if value in (None, ""):
                if self.required:
                    raise ValidationError(tr("{field} must not be empty.", field=name))
                return None
            return parse_date(value, name)
        raise AssertionError(self.kind)


MAX_AMOUNT = 1e12  # yuan: more than any community's budget; beyond it, a typo


def parse_amount(value, name: str, required: bool = False) -> float | None:
    """An amount of money as people type it: ¥1,200 · 1 200元 · ￥3，000.50 · 1200 (yuan)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = repr(float(value))
    else:
        text = "" if value is None else str(value)
        for mark in ("¥", "￥", "$", "元", "RMB", "CNY", ",", "，", " ", "\u00a0", "\u3000"):
            text = text.replace(mark, "")
    if not text:
        if required:
            raise ValidationError(tr("{field} must not be empty.", field=name))
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValidationError(tr("{field}: {value} is not an amount.", field=name, value=value)) from None
    if number != number or not 0 <= number <= MAX_AMOUNT:
        raise ValidationError(tr("{field}: {value} is not an amount between 0 and {limit:,.0f}.",
                                 field=name, value=value, limit=MAX_AMOUNT))
    return round(number, 2)


def parse_date(value, name: str = "") -> dt.date:
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = str(value).strip().replace("/", "-").replace(".", "-")
        try:
            day = dt.date.fromisoformat("-".join(p.zfill(2) for p in text.split("-")))
        except ValueError:
            raise ValidationError(tr("{field}: {value} is not a date (use YYYY-MM-DD).",
                                     field=name or tr("Date"), value=value)) from None
    check_date_range(day, name or tr("Date"))
    return day


def check_date_range(day: dt.date, name: str) -> None:
    if not DATE_MIN <= day <= DATE_MAX:
        raise ValidationError(tr("{field}: {value} is outside the years {first}–{last}.", field=name, value=day,
                                 first=DATE_MIN.year, last=DATE_MAX.year))


def parse_time(value, name: str = "") -> str:
    """'8:30', '08:30', '20.00' -> 'HH:MM' (a local time of day, no time zone)."""
    text = str(value).strip().replace("：", ":").replace(".", ":")
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return dt.time(hours, minutes).strftime("%H:%M")
    except (ValueError, OverflowError):  # (an hour past 2**31 overflows instead)
        raise ValidationError(tr("{field}: {value} is not a time of day (use HH:MM).",
                                 field=name or tr("Time"), value=value)) from None
