"""The log file: what went wrong in a programmer's terms (exception class, traceback), kept
out of the messages people read. Help ▸ Where is my data? shows where it is.

Configured on first use, so start-up pays nothing for it.
"""
from __future__ import annotations

import os
from pathlib import Path

_logger = None
_path: Path | None = None
MAX_BYTES = 1_000_000  # then rotated, three old files kept


def log_path() -> Path:
    override = os.environ.get("COMMUNITY_PLANNER_LOG")
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_data_dir("community-planner", appauthor=False)) / "planner.log"


def _get():
    global _logger, _path
    path = log_path()
    if _logger is None or path != _path:  # (tests point the log elsewhere for each test)
        import logging
        from logging.handlers import RotatingFileHandler
        _logger, _path = logging.getLogger("community-planner"), path
        _logger.propagate = False
        _logger.setLevel(logging.INFO)
        for old in list(_logger.handlers):
            _logger.removeHandler(old)
            old.close()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=3, encoding="utf-8", delay=True)
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            _logger.addHandler(handler)
        except OSError:
            _logger.addHandler(logging.NullHandler())  # no log is better than no app
    return _logger


def record(exc: BaseException, context: str = "") -> None:
    """Write an exception (with what caused it) to the log; never raises."""
    try:
        cause = exc.__cause__ or exc.__context__
        detail = exc if cause is None else cause
        _get().error("%s: %s%s", context or type(exc).__name__, exc,
                     "" if cause is None else f" (caused by {type(cause).__name__})",
                     exc_info=(type(detail), detail, detail.__traceback__))
    except Exception:  # noqa: BLE001 - the log must never take the app down with it
        pass
