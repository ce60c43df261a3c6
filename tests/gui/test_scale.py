"""Scale guard (issue 10): no screen reads every participant into Python while it opens.

A 20,000-participant database is made with bulk inserts; every row the SQLite driver hands to
Python is counted per statement (a counting cursor installed through the engine's ``do_connect``
event).  Opening the main window must read no statement of more than ``MAX_ROWS`` rows: start-up
does no work proportional to the data.  Visiting each area is held to the same bound except for the
areas listed in ``KNOWN_FULL_READS`` (still to be paged in SQL); a new full read anywhere else fails.
No timing is asserted here: benchmarks/bench_scale.py measures time and memory.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import event, insert, select

from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.foundation.models import Category, Delegation, DelegationKind, Participant
from conference_desk.core.foundation.setup_data import initialise
from conference_desk.ui.common.i18n import LanguageManager
from conference_desk.ui.shell.main_window import AREAS, MainWindow
from conference_desk.ui.common.tasks import wait_for_tasks

pytestmark = pytest.mark.slow  # minutes: left out by scripts/test --quick

PARTICIPANTS = 20_000
DELEGATIONS = 300
# A page, the delegations, a GROUP BY over (category, gender, delegation) for the dashboard
# (3,300 rows here): a quarter of one row per participant.
MAX_ROWS = 5_000

# Areas that still read one row per participant (each listed with why), to be paged in SQL.
KNOWN_FULL_READS: dict[str, str] = {}


class _Counter:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.biggest: dict[str, int] = {}
        self.enabled = False

    def add(self, sql: str, rows: int) -> None:
        if self.enabled and rows:
            with self.lock:
                self.biggest[sql] = max(self.biggest.get(sql, 0), rows)

    def reset(self) -> None:
        with self.lock:
            self.biggest.clear()

    def over(self, limit: int) -> dict[str, int]:
        with self.lock:
            return {sql[:200]: n for sql, n in self.biggest.items() if n > limit}


COUNTER = _Counter()


class _CountingCursor(sqlite3.Cursor):
    """Counts the rows each statement hands to Python (all statements run through execute/executemany)."""

    _sql = ""
    _rows = 0

    def execute(self, sql, *args):  # type: ignore[no-untyped-def, override]
        self._flush()
        self._sql, self._rows = sql, 0
        return super().execute(sql, *args)

    def executemany(self, sql, *args):  # type: ignore[no-untyped-def, override]
        self._flush()
        self._sql, self._rows = sql, 0
        return super().executemany(sql, *args)

    def fetchone(self):  # type: ignore[no-untyped-def]
        row = super().fetchone()
        if row is not None:
            self._count(1)
        return row

    def fetchmany(self, *args):  # type: ignore[no-untyped-def]
        rows = super().fetchmany(*args)
        self._count(len(rows))
        return rows

    def fetchall(self):  # type: ignore[no-untyped-def]
        rows = super().fetchall()
        self._count(len(rows))
        return rows

    def _count(self, n: int) -> None:
        self._rows += n
        COUNTER.add(self._sql, self._rows)

    def _flush(self) -> None:
        self._rows = 0


class _CountingConnection(sqlite3.Connection):
    def cursor(self, factory=_CountingCursor):  # type: ignore[no-untyped-def, override]
        return super().cursor(factory)


def _bulk_database(path: Path) -> None:
    db = open_database(str(path))
    initialise(db, "iclc2015")
    with db.session() as s:
        categories = list(s.scalars(select(Category.id)))
        s.execute(insert(Delegation), [
            {"kind": DelegationKind.NGO, "organisation_name": f"Network {i:04d}", "notes": ""}
            for i in range(DELEGATIONS)])
        delegations = list(s.scalars(select(Delegation.id)))
        s.execute(insert(Participant), [
            {"family_name": f"Family{i:05d}", "given_name": "Ana", "sort_name": f"family{i:05d} ana",
             "search_text": f"family{i:05d} ana", "category_id": categories[i % len(categories)],
             "delegation_id": delegations[i % len(delegations)], "needs_hotel": i % 2 == 0,
             "email": f"p{i}@example.org"}
            for i in range(PARTICIPANTS)])
    db.dispose()


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "scale.sqlite"
    _bulk_database(path)
    return path


@pytest.fixture
def counted_db(big_file: Path) -> Iterator[Database]:
    db = open_database(str(big_file))

    @event.listens_for(db.engine, "do_connect")
    def _counting(_dialect, _record, _cargs, cparams):  # type: ignore[no-untyped-def]
        cparams["factory"] = _CountingConnection

    db.engine.dispose()  # connections made from now on count their rows
    COUNTER.reset()
    COUNTER.enabled = True
    yield db
    COUNTER.enabled = False
    wait_for_tasks()
    db.dispose()


def test_the_counter_sees_a_full_read(counted_db: Database) -> None:
    with counted_db.session() as s:
        assert len(list(s.scalars(select(Participant.id)))) == PARTICIPANTS
    assert max(COUNTER.biggest.values()) == PARTICIPANTS


def test_opening_the_main_window_reads_no_row_per_participant(
        qtbot: QtBot, counted_db: Database, languages: LanguageManager, settings: QSettings) -> None:
    window = MainWindow(counted_db, languages, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview.summary is not None, timeout=20_000)
    wait_for_tasks()
    assert window.overview.summary["counts"]["participants"] == PARTICIPANTS
    assert COUNTER.over(MAX_ROWS) == {}
    # The areas not shown yet have no screen yet (made on first show).
    assert set(window.screens) <= {"overview", window.current_area()}


def test_each_area_opens_without_reading_every_participant(
        qtbot: QtBot, counted_db: Database, languages: LanguageManager, settings: QSettings) -> None:
    window = MainWindow(counted_db, languages, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview.summary is not None, timeout=20_000)
    for index, area in enumerate(AREAS):
        wait_for_tasks()
        COUNTER.reset()
        window.show_area(index)
        qtbot.wait(50)
        wait_for_tasks()
        qtbot.wait(50)
        big = COUNTER.over(MAX_ROWS)
        if area.key in KNOWN_FULL_READS:
            assert big, f"area {area.key!r} pages in SQL now: remove it from KNOWN_FULL_READS"
            continue
        assert big == {}, f"area {area.key!r} read more than {MAX_ROWS:,} rows in one statement: {big}"
