"""Background tasks and Python's cycle collector (ui/common/tasks.py).

While a task runs, cycles are collected on the GUI thread only (a Qt object freed from a
worker's collection crashed a GUI test twice); once the pool is idle the collector is
automatic again.
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from pytestqt.qtbot import QtBot

from conference_desk.ui.common.tasks import run_task, wait_for_tasks


class _Node:
    partner: Any = None


def test_while_a_task_runs_cycles_are_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    collecting_threads: set[str] = set()

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collecting_threads.add(threading.current_thread().name)

    started, release = threading.Event(), threading.Event()
    in_worker: dict[str, bool] = {}

    def work(_progress: Any) -> int:
        in_worker["collector automatic"] = gc.isenabled()
        started.set()
        release.wait(10)
        for _ in range(50):  # the worker allocates as an ORM query does: no collection here
            _ = [[] for _ in range(2_000)]
        return 7

    results: list[int] = []
    gc.callbacks.append(note)
    try:
        run_task(work, results.append)
        assert started.wait(5)
        assert in_worker == {"collector automatic": False} and not gc.isenabled()
        # A cycle left behind meanwhile is freed by the GUI thread's timer.
        first, second = _Node(), _Node()
        first.partner, second.partner = second, first
        gone = weakref.ref(first)
        del first, second
        _ = [[] for _ in range(5_000)]  # past the youngest generation's threshold
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
        release.set()
        qtbot.waitUntil(lambda: results == [7], timeout=5_000)
        wait_for_tasks()
        assert gc.isenabled()  # the pool idle: automatic again
    finally:
        release.set()
        gc.callbacks.remove(note)
        wait_for_tasks()
    assert collecting_threads == {threading.main_thread().name}
