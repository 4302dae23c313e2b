"""One writer at a time: an OS lock on `<workspace>.lock`, released when the process ends.

The lock is advisory and held for as long as the workspace is open; a second copy of the
app (or the CLI) that tries to open the same file is told who holds it, and changes
nothing. The OS drops the lock when a process dies, so a crash never leaves it stuck.
"""
from __future__ import annotations

import os
from pathlib import Path

from app.errors import WorkspaceError
from app.i18n import tr

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class WorkspaceLock:
    def __init__(self, workspace: Path):
        self.path = workspace.with_name(workspace.name + ".lock")
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # a read-only folder or share: the planner writes beside the file
            raise WorkspaceError(tr("Cannot write in the folder of {path} ({reason}); the planner keeps its "
                                    "lock and journal beside the workspace, so its folder must be writable.",
                                    path=self.path.with_suffix(""), reason=exc.strerror)) from exc
        if not _try_lock(fd):
            holder = os.read(fd, 64).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise WorkspaceError(tr(
                "{path} is open in another copy of the planner (process {pid}). Only one copy can "
                "write to a workspace at a time: close the other one first.",
                path=self.path.with_suffix(""), pid=holder))
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            _unlock(self.fd)
            os.close(self.fd)
            self.fd = None
