"""The one way to run work off the GUI thread.

``run_task(fn, on_done)`` runs ``fn(progress)`` on the global QThreadPool and
hands its plain-data result back to ``on_done`` on the GUI thread.  ``fn``
opens its own database session.  ``progress(done, total)`` returns False once
the user has pressed Cancel; core functions then roll back and stop.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
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

GC_INTERVAL_MS = 250


class _GuiThreadCollector(QObject):
    """Python's cycle collector, on the GUI thread only while background tasks run.

    Left automatic, the collector runs in whichever thread happens to allocate: a worker
    reading through SQLAlchemy could then free a cycle holding a Qt object (a closed
    dialog, a screen's helper) and so delete it off the GUI thread while the GUI thread
    paints, and the process dies in Qt.  Twice on 3 December a GUI test crashed that way
    (a segmentation fault while a worker ran the hotels screen's ORM query).  As pyqtgraph's
    GarbageCollector does: while a task runs, automatic collection is off and this timer
    collects the generations the collector's own thresholds would have; once the pool is
    idle (a task's result delivered, the timer, wait_for_tasks) it is automatic again.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(GC_INTERVAL_MS)

    def check(self) -> None:
        if gc.isenabled() or _pool_idle():
            return
        young_max, middle_max, old_max = gc.get_threshold()
        young, middle, old = gc.get_count()
        if young > young_max:
            gc.collect(0)
            if middle > middle_max:
                gc.collect(1)
                if old > old_max:
                    gc.collect(2)


_collector: _GuiThreadCollector | None = None


def _tasks_started() -> None:
    """On the GUI thread, as the first of the running tasks starts: collect on this thread only."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return
    if _collector is None or not isValid(_collector):
        _collector = _GuiThreadCollector(app)
    gc.disable()


def _pool_idle() -> bool:
    """No background task running: the collector is automatic again (and True)."""
    if QThreadPool.globalInstance().activeThreadCount():
        return False
    gc.enable()
    return True


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
    _tasks_started()
    _running.add(task)

    def finish() -> None:
        _running.discard(task)
        _pool_idle()
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
    drained = QThreadPool.globalInstance().waitForDone(msecs)
    _pool_idle()
    return drained
