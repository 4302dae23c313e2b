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
