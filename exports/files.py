"""Writing export files safely: legal names, and never a half-written or clobbered file."""
from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from app.errors import UserError, causes, failure_reason
from app.storage.db import own_file
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


def check_target(target: Path) -> None:
    """Refuse a target that is one of the open workspace's own files (the workspace, its
    journal, its lock, a backup), however it is named: an export must never replace them."""
    what = own_file(target)
    if what is not None:
        raise UserError(tr("{path} is {what}; an export cannot be written over it. Choose another name "
                           "or folder; nothing was written.", path=target, what=what))


@contextmanager
def atomic_target(target: Path):
    """Yield a temporary path beside `target`; move it into place only if the block succeeds.

    A failure (including a target held open by another program, a full disk, a Cancel)
    leaves the old file as it was and no temporary file behind. Raises UserError with what
    and where.
    """
    target = Path(target)
    check_target(target)
    folder = target.parent
    try:
        is_folder = folder.is_dir()
    except OSError:  # e.g. a name too long to look up
        is_folder = False
    if not is_folder:
        raise UserError(tr("The folder {folder} does not exist.", folder=folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(tr("Cannot write to the folder {folder} ({reason}).", folder=folder,
                           reason=failure_reason(exc))) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            yield tmp
        except UserError:
            raise
        except Exception as exc:
            if not any(isinstance(e, OSError) for e in causes(exc)):
                raise  # a bug, not the disk
            raise UserError(tr("Cannot write {path}: {reason}. Nothing was written; the old file, if any, "
                               "is as it was.", path=target, reason=failure_reason(exc))) from exc
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes owner-only files; an export is an ordinary file
        check_target(target)  # again: the user may have pointed a link at the workspace meanwhile
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise UserError(tr("Cannot replace {path}: it may be open in another program. "
                               "Close it and export again.", path=target)) from exc
        except OSError as exc:
            raise UserError(tr("Cannot write {path} ({reason}).", path=target,
                               reason=failure_reason(exc))) from exc
    finally:
        tmp.unlink(missing_ok=True)

