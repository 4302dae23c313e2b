"""Long work off the UI thread: a worker thread, a progress dialog, and a Cancel that leaves
everything as it was.

`run(parent, title, work)` calls `work(report)` in a QThread and waits in a local event
loop, so the window keeps painting and can be moved. `report(stage, done, total)` updates
the dialog; once Cancel is pressed the next report raises Cancelled inside the work,
which unwinds it (an export's temporary file is removed, an import has stored nothing
yet). The result, or the exception the work raised, comes back in the UI thread.

Work that reads the workspace in the thread gets its own SQLite connection (peewee keeps
one per thread), closed when the work ends; writing stays in the UI thread, through undo.
"""
from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import Cancelled
from app.storage.models import database

T = TypeVar("T")
SHOW_AFTER_MS = 300  # quick work finishes without a dialog flashing up


class _Worker(QObject):
    progressed = Signal(str, int, int)  # stage, done, total (-1: not known)
    finished = Signal()

    def __init__(self, work: Callable):
        super().__init__()
        self.work = work
        self.cancelled = False
        self.result = None
        self.error: BaseException | None = None

    def report(self, stage: str, done: int, total: int | None) -> None:
        if self.cancelled:
            raise Cancelled()
        self.progressed.emit(stage, done, -1 if total is None else total)

    @Slot()
    def run(self) -> None:
        try:
            self.result = self.work(self.report)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, raised there
            self.error = exc
        finally:
            if database.obj is not None and not database.is_closed():
                database.close()  # this thread's connection only
            self.finished.emit()


class _Dialog(QProgressDialog):
    """The progress dialog. Its slots are methods of an object that lives in the UI thread,
    so reports emitted from the worker arrive queued, in the UI thread (a plain function
    connected to the worker's signal would run in the worker and touch widgets there)."""

    def __init__(self, parent: QWidget | None, title: str, worker: _Worker):
        super().__init__(title, QCoreApplication.translate("LongWork", "Cancel"), 0, 0, parent)
        self.worker = worker
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        worker.progressed.connect(self.show_progress)
        self.canceled.connect(self.cancel_work)

    @Slot(str, int, int)
    def show_progress(self, stage: str, done: int, total: int) -> None:
        if self.worker.cancelled:
            return
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
            self.setLabelText(f"{stage}…")  # (the bar shows the share)
        else:
            self.setMaximum(0)  # a busy bar: how much is left is not known
            self.setLabelText(f"{stage}… {done:,}")

    @Slot()
    def cancel_work(self) -> None:
        self.worker.cancelled = True
        self.setLabelText(QCoreApplication.translate("LongWork", "Cancelling…"))


def run(parent: QWidget | None, title: str, work: Callable[[Callable], T]) -> T:
    """Run `work(report)` in a thread behind a progress dialog; raises Cancelled when the
    user cancels, or whatever the work raised."""
    worker = _Worker(work)
    dialog = _Dialog(parent, title, worker)
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)  # (loop lives in the UI thread: a queued call)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.canceled.disconnect(dialog.cancel_work)
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # (a Cancel pressed after the last report came too late to stop it)


def attempt(parent: QWidget | None, title: str, work: Callable[[Callable], T]) -> T | None:
    """`run`, with the two endings a user causes handled here once: a refusal is shown as
    its message, a Cancel is said in the status bar; both return None."""
    from app.errors import UserError
    from ui.widgets import dialogs
    try:
        return run(parent, title, work)
    except Cancelled:
        window = parent.window() if parent is not None else None
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(QCoreApplication.translate(
                "LongWork", "Cancelled: {title}. Nothing was changed.").format(title=title), 8000)
        return None
    except UserError as exc:
        dialogs.refuse(parent, exc)
        return None
