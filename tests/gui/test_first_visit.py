"""Issue 17: every area shows at once on its first visit, before its data arrives, then the right figures.

The background pool is held busy while an area is opened (one thread, taken by a task that waits
for a signal): the screen must then be on show (its frame, not a stand-in) although none of its
background reads has run.  Released, the reads run and the screen shows what the database holds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from conference_desk.core.foundation.db import Database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import Participant, ParticipantStatus
from conference_desk.ui.shell.main_window import AREAS, MainWindow
from conference_desk.ui.common.tasks import wait_for_tasks


class _Blocker(QRunnable):
    def __init__(self, release: threading.Event, started: threading.Event) -> None:
        super().__init__()
        self.release, self.started = release, started

    def run(self) -> None:
        self.started.set()
        self.release.wait(30)


@pytest.fixture
def held_pool() -> Iterator[Callable[[], None]]:
    """Hold the global pool (one thread, busy): tasks queue until the returned function is called."""
    pool = QThreadPool.globalInstance()
    wait_for_tasks()
    before = pool.maxThreadCount()
    release, started = threading.Event(), threading.Event()
    pool.setMaxThreadCount(1)
    pool.start(_Blocker(release, started))
    assert started.wait(10)
    yield release.set
    release.set()
    wait_for_tasks()
    pool.setMaxThreadCount(before)


def _participants(db: Database, *, cancelled: bool = True) -> int:
    with db.session() as s:
        query = select(func.count()).select_from(Participant)
        if not cancelled:
            query = query.where(Participant.status != ParticipantStatus.CANCELLED)
        return int(s.scalar(query) or 0)


@pytest.mark.parametrize("key", [area.key for area in AREAS if area.key != "overview"])
def test_an_area_shows_before_its_data_then_the_figures(qtbot: QtBot, window: MainWindow, db: Database,
                                                       held_pool: Callable[[], None], key: str) -> None:
    populate_demo(db, 30, seed=7)
    index = [area.key for area in AREAS].index(key)
    window.show_area(index)  # returns while no background read can run
    screen = window.stack.currentWidget()
    assert screen is window.screens[key] and screen.objectName() == f"screen_{key}"
    assert screen.isVisible()
    if key == "badges":  # its loading state, then its counts
        assert screen.counts.text() == "Reading the badges…"  # type: ignore[attr-defined]
        assert screen.status_model.rowCount() == 0  # type: ignore[attr-defined]
    if key == "hotels":
        assert screen.grid is None  # type: ignore[attr-defined]
    if key == "programme":
        assert screen.timetable is None  # type: ignore[attr-defined]
    if key == "reports":
        assert screen.dashboard.data is None  # type: ignore[attr-defined]
    if key == "transport":
        assert screen.runs is None  # type: ignore[attr-defined]

    held_pool()  # the reads run now
    if key == "badges":
        total = _participants(db, cancelled=False)
        qtbot.waitUntil(lambda: screen.counts.text() == f"0 of {total} have a printed badge",  # type: ignore
                        timeout=15_000)
        assert screen.status_model.rowCount() == total  # type: ignore[attr-defined]
    elif key == "hotels":
        from conference_desk.core.hotels import service as hotels

        qtbot.waitUntil(lambda: screen.grid is not None, timeout=15_000)  # type: ignore[attr-defined]
        assert len(screen.guests) == len(hotels.guest_rows(db))  # type: ignore[attr-defined]
    elif key == "programme":
        qtbot.waitUntil(lambda: screen.timetable is not None, timeout=15_000)  # type: ignore[attr-defined]
        assert len(screen.timetable.all_sessions()) == 18  # type: ignore[attr-defined]
    elif key == "reports":
        qtbot.waitUntil(lambda: screen.dashboard.data is not None, timeout=15_000)  # type: ignore[attr-defined]
    elif key == "transport":
        qtbot.waitUntil(lambda: screen.runs is not None, timeout=15_000)  # type: ignore[attr-defined]
    elif key == "checkin":
        qtbot.waitUntil(lambda: screen._counts is not None, timeout=15_000)  # type: ignore[attr-defined]
        assert "Checked in today: 0 of" in screen.counter.text()  # type: ignore[attr-defined]
    elif key == "registration":
        total = _participants(db)
        qtbot.waitUntil(lambda: screen.table.model().rowCount() == total, timeout=15_000)  # type: ignore
    wait_for_tasks()


def test_the_overview_shows_a_loading_state_then_the_counts(qtbot: QtBot, db: Database, languages,  # type: ignore
                                                             settings, held_pool: Callable[[], None]) -> None:
    populate_demo(db, 30, seed=7)
    win = MainWindow(db, languages, settings)
    qtbot.addWidget(win)
    win.show()
    assert win.isVisible() and win.overview.title.text() == "Loading the conference…"
    held_pool()
    qtbot.waitUntil(lambda: win.overview.summary is not None, timeout=10_000)
    assert win.overview.cards["participants"].number.text() == str(_participants(db))
    assert win.windowTitle() == "ICLC 2015 — Conference Desk"
