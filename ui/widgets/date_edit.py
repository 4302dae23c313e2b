"""The one way the app makes a date box: ISO format, a calendar popup, and only the dates a
plan can hold (app.services.fields.DATE_MIN to DATE_MAX; Qt's own range runs to 9999)."""
from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget

from app.services.fields import DATE_MAX, DATE_MIN


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent, calendarPopup=True, displayFormat="yyyy-MM-dd")
    edit.setDateRange(DATE_MIN, DATE_MAX)
    return edit
