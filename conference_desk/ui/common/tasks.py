"""The one way to run work off the GUI thread.

``run_task(fn, on_done)`` runs ``fn(progress)`` on the global QThreadPool and
hands its plain-data result back to ``on_done`` on the GUI thread.  ``fn``
opens its own database session.  ``progress(done, total)`` returns False once
the user has pressed Cancel; core functions then roll back and stop.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of

Progress = Callable[[int, int], bool]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # str, or a core messages.Text (kept translatable)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        self.cancelled.set()

    def _progress(self, done: int, total: int) -> bool:
        try:
            self.signals.progress.emit(done, total)
        except RuntimeError:  # shutting down
            return False
        return not self.cancelled.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except ConferenceDeskError as exc:
            self._emit(self.signals.failed, message_of(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged to stderr
            traceback.print_exc()
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody to tell
            pass


_running: set[Task] = set()


def run_task(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
    *,
    owner: QObject | None = None,
    progress_dialog: QProgressDialog | None = None,
) -> Task:
    """Run ``fn`` off the GUI thread; callbacks are skipped if ``owner`` was deleted meanwhile."""
    task = Task(fn)
    _running.add(task)

    def finish() -> None:
        _running.discard(task)
        if progress_dialog is not None and isValid(progress_dialog):
            progress_dialog.reset()
            progress_dialog.hide()

    def owner_gone() -> bool:
        return owner is not None and not isValid(owner)

    def done(result: Any) -> None:
        finish()
        if task.cancelled.is_set() or owner_gone():
            return
        on_done(result)

    def failed(message: str) -> None:
        finish()
        if task.cancelled.is_set() or owner_gone():  # nothing left to report to
            return
        if on_failed is not None:
            on_failed(message)

    task.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    if progress_dialog is not None:

        def show_progress(value: int, total: int) -> None:
            progress_dialog.setMaximum(max(total, 1))
            progress_dialog.setValue(min(value, total))

        task.signals.progress.connect(show_progress, Qt.ConnectionType.QueuedConnection)
        progress_dialog.canceled.connect(task.cancel)
        progress_dialog.show()
    QThreadPool.globalInstance().start(task)
    return task


def make_progress_dialog(parent: QWidget, label: str, title: str) -> QProgressDialog:
    # The default Cancel button is translated by Qt's own qtbase catalogue.
    dialog = QProgressDialog(parent)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Drain the pool (at shutdown and in test teardown)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
