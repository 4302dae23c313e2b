"""Writing workbooks with XlsxWriter, the pieces every export shares.

XlsxWriter writes a styled 10,000-row SOP workbook about five times faster than
openpyxl here (bench/bench_export.py), so exports use it; openpyxl only reads
workbooks back. Every string goes in with write_string: a value starting with '='
stays text and never becomes a formula.
"""
from __future__ import annotations

import unicodedata
from contextlib import contextmanager
from pathlib import Path

from app.i18n import tr
from exports.files import atomic_target

MAX_WIDTH = 48  # in Latin characters; longer text wraps


def clean_text(value) -> str:
    """Text a spreadsheet can hold: control characters (except tab/newline) removed."""
    text = "" if value is None else str(value)
    return "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch) != "Cc")


def text_width(text: str) -> int:
    """Display width of the longest line: a CJK (wide) character counts as two."""
    return max((sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
                for line in str(text).split("\n")), default=0)


def column_width(values, header: str) -> int:
    """Fit the widest value (CJK counted double), capped so long text wraps instead."""
    widest = max((text_width(v) for v in values if v not in (None, "")), default=0)
    return max(text_width(header) + 2, min(MAX_WIDTH, widest + 2))


def sheet_title(title: str) -> str:
    """A legal sheet name: no []:*?/\\ and at most 31 characters."""
    return "".join("_" if ch in '[]:*?/\\' else ch for ch in title)[:31]


@contextmanager
def workbook(target: Path, title: str, subject: str = ""):
    """An XlsxWriter workbook written to a temporary file and moved into place when complete."""
    import xlsxwriter

    with atomic_target(Path(target)) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_numbers": False, "strings_to_urls": False})
        wb.set_properties({"title": clean_text(title), "author": tr("Community planner"),
                           "subject": clean_text(subject)})
        try:
            yield wb
        except BaseException:
            _quietly(wb.close)
            raise
        try:
            wb.close()
        except Exception as exc:
            _release(exc)
            raise


def _quietly(close) -> None:
    try:
        close()
    except Exception as exc:  # the first failure is the one to report
        _release(exc)


def _release(exc: BaseException) -> None:
    """Close what a failed write left open now, quietly. A full disk fails XlsxWriter inside
    its zip writer; the half-written ZipFile, kept alive by the traceback, would otherwise
    fail again when collected and print "Exception ignored in ZipFile.__del__" under the
    one-line message."""
    import gc
    import sys
    import traceback

    from app.errors import causes
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        for cause in causes(exc):
            traceback.clear_frames(cause.__traceback__)
        gc.collect()  # (the zip writer sits in a reference cycle)
    finally:
        sys.unraisablehook = hook
