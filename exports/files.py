"""Writing export files safely: legal names, and never a half-written or clobbered file."""
from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from app.errors import UserError
from app.i18n import tr

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


NAME_BYTES = 120  # of a community's name in a default file name (file systems allow 255 bytes)


def _fit(text: str, max_bytes: int) -> str:
    """`text` cut to at most `max_bytes` of UTF-8 (a Chinese character is three), whole characters."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore").rstrip(". ")


def safe_filename(name: str, fallback: str = "export") -> str:
    """A file name legal on Windows, macOS and Linux (forbidden characters become '_'),
    short enough for any of them with an extension added."""
    name = _fit(_FORBIDDEN.sub("_", name).strip().rstrip(". "), 200)
    if not name:
        name = fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    return name


def export_name(community_name: str, *parts: str, suffix: str = "") -> str:
    """The default name of an export: the community's name, shortened if need be, then the
    parts that tell its exports apart (table, dates), which are never cut off."""
    return safe_filename("-".join((_fit(safe_filename(community_name), NAME_BYTES), *parts))) + suffix


@contextmanager
def atomic_target(target: Path):
    """Yield a temporary path beside `target`; move it into place only if the block succeeds.

    A failure (including a target held open by another program) leaves the old file as it
    was and no temporary file behind. Raises UserError with what and where.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise UserError(tr("The folder {folder} does not exist.", folder=folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(tr("Cannot write to the folder {folder} ({reason}).", folder=folder,
                           reason=exc.strerror)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes owner-only files; an export is an ordinary file
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise UserError(tr("Cannot replace {path}: it may be open in another program. "
                               "Close it and export again.", path=target)) from exc
        except OSError as exc:
            raise UserError(tr("Cannot write {path} ({reason}).", path=target, reason=exc.strerror)) from exc
    finally:
        tmp.unlink(missing_ok=True)
