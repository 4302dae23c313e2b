"""Errors a user can cause. They carry a message meant for people, never a traceback."""


class UserError(Exception):
    """Something the user did or chose that the app refuses; nothing was changed."""


class ValidationError(UserError):
    """A value entered by the user is not acceptable (says which field and why)."""


class WorkspaceError(UserError):
    """A workspace file cannot be opened: not a workspace, too new, damaged, unreadable."""


class StorageError(UserError):
    """The workspace could not be written (a full disk, a file gone read-only or locked by
    another program); the edit was rolled back and can be tried again."""


def failure_reason(exc: BaseException) -> str:
    """Why a write failed, in a user's words: a full disk, no permission, a failing disk
    (the exception class and details go to the log, not to the user)."""
    import errno
    import sqlite3

    from app.i18n import tr
    for cause in causes(exc):
        code = getattr(cause, "errno", None)
        text = str(cause).lower()
        if code == errno.ENOSPC or "disk is full" in text or "no space" in text:
            return tr("the disk is full: free some space and try again")
        if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text:
            return tr("the planner is not allowed to write there")
        if code == errno.EIO or "disk i/o error" in text:
            return tr("the disk reported an error")
        if code == errno.ENAMETOOLONG:
            return tr("the name is too long for the file system")
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror
        if isinstance(cause, sqlite3.Error):
            return str(cause)
    return str(exc)


def causes(exc: BaseException):
    """The exception, then what caused it, first cause last."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


class Cancelled(Exception):
    """The user pressed Cancel during long work; whatever it had begun was undone."""
