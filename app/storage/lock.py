"""One writer at a time: OS locks held for as long as a workspace is open.

Two locks, so that no alias of the file can open a second writer:
- `<real path>.lock` beside the workspace, after resolving symlinks and `..` (what a user
  sees next to the file, with the holder's process id in it);
- `<dev>-<inode>.lock` in the user's cache folder, for hard links (another name, another
  folder, the same file).
Both are advisory `flock`s: the OS drops them when a process dies, so a stale lock file
(its process gone) is simply taken over. They are opened without following links (a lock
file that is a link is refused: opening it would write our process id wherever it
points), and removed when the workspace is closed.
"""
from __future__ import annotations

import errno
import os
import sys
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

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def lock_path(workspace: Path) -> Path:
    """The lock file of a workspace, named after the real file whatever alias was typed."""
    real = Path(os.path.realpath(workspace))
    return real.with_name(real.name + ".lock")


def _identity_folder() -> Path:
    """The user's cache folder for the app, as platformdirs names it. Written out here because
    importing platformdirs costs ~6 ms on the way to the first paint, and this runs there."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "community-planner" / "Cache"
    elif sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        base = Path.home() / "Library" / "Caches" / "community-planner"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "community-planner"
    return base / "locks"


class _LockFile:
    """One locked file; `take()` returns False when another process holds it."""

    def __init__(self, path: Path):
        self.path = path
        self.fd: int | None = None

    def take(self, workspace: Path) -> bool:
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o644)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.EMLINK):
                    raise WorkspaceError(tr("{path} is a link; the planner will not write its lock through it. "
                                            "Delete it and open the workspace again.", path=self.path)) from exc
                raise WorkspaceError(tr("Cannot write in the folder of {path} ({reason}); the planner keeps its "
                                        "lock and journal beside the workspace, so its folder must be writable.",
                                        path=workspace, reason=exc.strerror)) from exc
            if not _try_lock(fd):
                self.holder = os.read(fd, 64).decode(errors="replace").strip() or "?"
                os.close(fd)
                return False
            # the holder before us may have removed the file between our open and our lock:
            # then we hold a lock on a name nobody sees, and must take the file that is there now
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path, follow_symlinks=False))
            except OSError:
                same = False
            if same:
                try:  # who holds it, for the message a second copy shows; the lock holds without it
                    os.ftruncate(fd, 0)
                    os.write(fd, str(os.getpid()).encode())
                except OSError:
                    pass  # e.g. a full disk: opening for reading and exporting elsewhere must still work
                self.fd = fd
                return True
            _unlock(fd)
            os.close(fd)

    def release(self) -> None:
        if self.fd is None:
            return
        try:  # removed while still locked, so that no one takes a lock on a file about to go
            self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a folder gone read-only: the file stays, and is taken over next time
        _unlock(self.fd)
        os.close(self.fd)
        self.fd = None


class WorkspaceLock:
    def __init__(self, workspace: Path):
        self.workspace = Path(workspace)
        self.path = lock_path(self.workspace)
        self._files: list[_LockFile] = []

    def acquire(self) -> None:
        """Lock the workspace's name; the file itself too once it exists (see bind_file)."""
        self._take(_LockFile(self.path))
        if self.workspace.exists():
            self.bind_file()

    def bind_file(self) -> None:
        """Lock the workspace by device and inode, which every hard link shares."""
        st = os.stat(self.workspace)
        folder = _identity_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # no cache folder (a read-only home): the name lock still stands
        self._take(_LockFile(folder / f"{st.st_dev}-{st.st_ino}.lock"))

    def _take(self, lock: _LockFile) -> None:
        try:
            taken = lock.take(self.workspace)
        except WorkspaceError:
            self.release()
            raise
        if not taken:
            self.release()
            raise WorkspaceError(tr(
                "{path} is open in another copy of the planner (process {pid}). Only one copy can "
                "write to a workspace at a time: close the other one first.",
                path=self.workspace, pid=lock.holder))
        self._files.append(lock)

    @property
    def fd(self) -> int | None:
        return self._files[0].fd if self._files else None

    def release(self) -> None:
        while self._files:
            self._files.pop().release()
