"""The lean check-in path on a shared PostgreSQL server decides as the general path does (issue 17)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from conference_desk.core.checkin import service as checkin
from conference_desk.core.badges import codes, service
from conference_desk.core.badges.types import BadgeSelection
from conference_desk.core.checkin.decisions import CheckInPoint
from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import CheckInEvent, ParticipantStatus
from conference_desk.core.people.registration import save_participant
from conference_desk.core.foundation.setup_data import initialise
from tests.unit.test_checkin_lean import DAY1, DESK, general, same_on_both_paths

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_demo(pg_url: str, tmp_path: Path) -> tuple[Database, dict[int, str]]:
    db = open_database(pg_url)
    initialise(db, "iclc2015")
    populate_demo(db, 12, seed=4)
    badges = service.print_badges(db, BadgeSelection(), tmp_path / "b.pdf").codes
    yield db, badges
    db.dispose()


def test_outcomes_and_rows_are_the_same_on_both_paths(pg_demo: tuple[Database, dict[int, str]],
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, badges = pg_demo
    ids = sorted(badges)
    assert same_on_both_paths(db, badges[ids[0]]).outcome == "admitted"
    assert same_on_both_paths(db, badges[ids[0]]).reason == "already_in"
    service.reprint_badge(db, ids[1], "lost", tmp_path / "reprint.pdf")
    assert same_on_both_paths(db, badges[ids[1]]).reason == "revoked"
    save_participant(db, {"status": ParticipantStatus.CANCELLED}, participant_id=ids[2])
    assert same_on_both_paths(db, badges[ids[2]]).reason == "cancelled"
    other = codes.make_code(b"another conference's key 1234567", "iclc2017", codes.new_serial(), 1)
    assert same_on_both_paths(db, other).reason == "other_conference"
    assert same_on_both_paths(db, service.verifier(db).make(codes.new_serial(), 1)).reason == "unknown_code"
    assert same_on_both_paths(db, badges[ids[3]][:-1]).reason == "unreadable"
    assert same_on_both_paths(db, "Hello World").reason == "malformed"

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the general path was taken")

    monkeypatch.setattr(checkin, "_check_in_code_general", refuse)
    assert checkin.check_in_code(db, badges[ids[4]], DESK, DAY1).outcome == "admitted"


def test_desks_on_both_paths_admit_a_badge_once(pg_url: str, pg_demo: tuple[Database, dict[int, str]]) -> None:
    db, badges = pg_demo
    code = badges[max(badges)]
    desks = [open_database(pg_url) for _ in range(6)]
    barrier = threading.Barrier(len(desks))
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def scan(index: int, database: Database) -> None:
        try:
            point = CheckInPoint(desk=f"Desk {index}", operator=f"op{index}")
            barrier.wait()
            run = checkin.check_in_code if index % 2 else general
            outcomes.append(run(database, code, point, DAY1).outcome)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=scan, args=(i, d)) for i, d in enumerate(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for database in desks:
        database.dispose()
    assert not errors
    assert sorted(outcomes) == ["admitted"] + ["already"] * 5
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CheckInEvent)
                        .where(CheckInEvent.outcome == "admitted")) == 1


def test_a_refused_write_is_sqlalchemys_error_and_nothing_is_written(
        pg_demo: tuple[Database, dict[int, str]]) -> None:
    db, badges = pg_demo
    too_long = CheckInPoint(desk="Desk 1", operator="ana")
    with db.engine.begin() as conn:  # a constraint the lean path's insert breaks
        conn.exec_driver_sql("ALTER TABLE checkin_event ADD CONSTRAINT no_ana CHECK (operator <> 'ana')")
    with pytest.raises(DBAPIError, match="no_ana") as caught:
        checkin.check_in_code(db, badges[min(badges)], too_long, DAY1)
    assert not caught.value.connection_invalidated
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CheckInEvent)) == 0
    assert checkin.check_in_code(db, badges[min(badges)], CheckInPoint(desk="Desk 2", operator="luis"),
                                 DAY1 + dt.timedelta(minutes=1)).outcome == "admitted"
