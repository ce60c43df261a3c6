"""The lean check-in path (core/checkin/lean.py) decides exactly as the general path does.

Each case is scanned twice on the same database: through ``check_in_code``
(the lean path on SQLite) on one conference day and through the general
path (``_check_in_code_general``: verify_code and SQLAlchemy statements) on the
next, so both start from the same state; the outcomes and the event rows they
write must be the same, reason for reason.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import OperationalError

from conference_desk.core.checkin import service as checkin
from conference_desk.core.badges import codes, service
from conference_desk.core.checkin.decisions import CheckInError, CheckInPoint
from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import (
    CheckInEvent,
    ParticipantStatus,
    Session,
    SessionPerson,
    SignUp,
)
from conference_desk.core.people.registration import save_participant

UTC = dt.timezone.utc
DAY1 = dt.datetime(2015, 9, 28, 15, 0, tzinfo=UTC)
DAY2 = DAY1 + dt.timedelta(days=1)
DESK = CheckInPoint(desk="Desk 1", operator="ana")


@pytest.fixture
def demo(db: Database) -> Database:
    populate_demo(db, 40, seed=3)
    return db


@pytest.fixture
def badges(demo: Database, tmp_path: Path) -> dict[int, str]:
    return service.print_badges(demo, [1, 2, 3, 4, 5, 6], tmp_path / "badges.pdf").codes


def general(db: Database, scanned: str, point: CheckInPoint, now: dt.datetime,
            nonce: str | None = None) -> checkin.CheckInOutcome:
    return checkin._check_in_code_general(db, checkin.normalise_scan(scanned), point, now, nonce, True)


def last_event(db: Database) -> dict[str, Any]:
    with db.session() as s:
        row = s.execute(select(CheckInEvent.__table__).order_by(CheckInEvent.id.desc()).limit(1)).mappings().one()
    return {k: v for k, v in row.items() if k not in ("id", "day", "scanned_at", "nonce", "reverses_event_id")}


def comparable(outcome: checkin.CheckInOutcome) -> dict[str, Any]:
    data = outcome.as_json()
    for key in ("event_id", "day"):
        data.pop(key)
    if data["first_checkin"] is not None:
        data["first_checkin"] = {k: data["first_checkin"][k] for k in ("desk", "operator")}
    data["scanned_code"] = outcome.scanned_code
    return data


def same_on_both_paths(db: Database, scanned: str, point: CheckInPoint = DESK) -> checkin.CheckInOutcome:
    lean = checkin.check_in_code(db, scanned, point, DAY1)
    lean_row = last_event(db)
    reference = general(db, scanned, point, DAY2)
    assert comparable(lean) == comparable(reference)
    assert lean_row == last_event(db)
    assert lean.day == DAY1.astimezone(checkin.conference_zone(db)).date()
    return lean


def test_the_lean_path_is_the_one_scans_take_on_sqlite(badges: dict[int, str], demo: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the general path was taken")

    monkeypatch.setattr(checkin, "_check_in_code_general", refuse)
    assert checkin.check_in_code(demo, badges[1], DESK, DAY1).outcome == "admitted"


def test_admitted_then_already_in_are_the_same_on_both_paths(badges: dict[int, str], demo: Database) -> None:
    admitted = same_on_both_paths(demo, " " + badges[1].lower() + "\r\n")
    assert (admitted.outcome, admitted.counts) == ("admitted", {"checked_in": 1, "venue_today": 1})
    assert admitted.participant is not None and admitted.participant.id == 1
    later = same_on_both_paths(demo, badges[1])
    assert (later.outcome, later.reason) == ("already", "already_in")
    assert later.first_checkin is not None and later.first_checkin.at == DAY1


@pytest.mark.parametrize("case", ["revoked", "cancelled", "other_conference", "forged", "unknown_code",
                                  "unreadable", "unreadable_short", "malformed"])
def test_every_rejection_is_the_same_on_both_paths(case: str, badges: dict[int, str], demo: Database,
                                                   tmp_path: Path) -> None:
    key = service.verifier(demo)
    if case == "revoked":
        service.reprint_badge(demo, 3, "lost", tmp_path / "reprint.pdf")
        scanned = badges[3]
    elif case == "cancelled":
        save_participant(demo, {"status": ParticipantStatus.CANCELLED}, participant_id=4)
        scanned = badges[4]
    elif case == "other_conference":
        scanned = codes.make_code(b"another conference's key 1234567", "iclc2017", codes.new_serial(), 1)
    elif case == "forged":
        parsed = codes.parse_code(badges[1])
        assert parsed is not None
        wrong = codes.parse_code(codes.make_code(b"not the secret" * 2, key.conference_code, parsed.serial, 1))
        assert wrong is not None
        head = f"CD1{codes._b32encode(key.tag + parsed.serial + bytes([1]) + wrong.mac)}"
        scanned = head + codes.check_char(head)
    elif case == "unknown_code":
        scanned = key.make(codes.new_serial(), 2)
    elif case == "unreadable":
        code = badges[1]
        scanned = code[:12] + ("7" if code[12] != "7" else "8") + code[13:]
    elif case == "unreadable_short":
        scanned = badges[1][:-1]
    else:
        scanned = "Hello World"
    reason = case.removesuffix("_short")
    outcome = same_on_both_paths(demo, scanned)
    assert (outcome.outcome, outcome.reason, outcome.message) == ("rejected", reason, checkin.REASONS[reason])
    if case in ("revoked", "cancelled"):
        assert outcome.participant is not None  # who the badge belongs to
    else:
        assert outcome.participant is None
    if case == "unknown_code":
        assert outcome.badge_version == 2


def test_a_session_door_requiring_sign_ups_is_the_same_on_both_paths(badges: dict[int, str],
                                                                     demo: Database) -> None:
    with demo.session() as s:
        session_id = s.scalar(select(Session.id).order_by(Session.id).limit(1))
        s.execute(delete(SessionPerson).where(SessionPerson.session_id == session_id))
        s.add(SignUp(session_id=session_id, participant_id=1))
    door = CheckInPoint(place="session", session_id=session_id, require_sign_up=True, desk="Door", operator="jo")
    admitted = same_on_both_paths(demo, badges[1], door)
    assert admitted.outcome == "admitted" and admitted.counts == {"checked_in": 1, "venue_today": 0}
    refused = same_on_both_paths(demo, badges[2], door)
    assert (refused.outcome, refused.reason) == ("rejected", "not_in_session")
    assert same_on_both_paths(demo, badges[1], door).reason == "already_in"
    unknown = CheckInPoint(place="session", session_id=999_999)
    for path in (lambda: checkin.check_in_code(demo, badges[1], unknown, DAY1),
                 lambda: general(demo, badges[1], unknown, DAY1)):
        with pytest.raises(CheckInError, match="No session with id 999999"):
            path()


def test_a_replayed_nonce_gives_the_recorded_decision_on_both_paths(badges: dict[int, str],
                                                                    demo: Database) -> None:
    first = checkin.check_in_code(demo, badges[2], DESK, DAY1, nonce="n-lean")
    again = checkin.check_in_code(demo, badges[2], DESK, DAY1, nonce="n-lean")
    reference = general(demo, badges[2], DESK, DAY2, nonce="n-general")
    reference_again = general(demo, badges[2], DESK, DAY2, nonce="n-general")
    assert again.replayed and again.event_id == first.event_id
    assert comparable(again) == comparable(reference_again)
    assert comparable(first) == comparable(reference)
    with demo.session() as s:
        assert s.scalar(select(func.count()).select_from(CheckInEvent)) == 2
    with pytest.raises(CheckInError, match="already used for another check-in"):
        checkin.check_in_code(demo, badges[3], DESK, DAY1, nonce="n-lean")


def test_both_paths_share_exactly_once(badges: dict[int, str], demo: Database) -> None:
    lean = checkin.check_in_code(demo, badges[1], DESK, DAY1)
    reference = general(demo, badges[1], CheckInPoint(desk="Desk 2", operator="luis"), DAY1)
    assert (lean.outcome, reference.outcome) == ("admitted", "already")
    assert reference.first_checkin is not None and reference.first_checkin.event_id == lean.event_id
    first = general(demo, badges[2], DESK, DAY1)
    second = checkin.check_in_code(demo, badges[2], CheckInPoint(desk="Desk 2", operator="luis"), DAY1)
    assert (first.outcome, second.outcome) == ("admitted", "already")
    assert second.first_checkin is not None and (second.first_checkin.desk, second.first_checkin.event_id) == (
        "Desk 1", first.event_id)


def test_desks_scanning_the_same_badge_at_once_admit_it_once(badges: dict[int, str], db_path: Path,
                                                             demo: Database) -> None:
    desks = [open_database(str(db_path)) for _ in range(6)]
    barrier = threading.Barrier(len(desks))
    outcomes: list[str] = []
    errors: list[BaseException] = []

    def scan(index: int, database: Database) -> None:
        try:
            point = CheckInPoint(desk=f"Desk {index}", operator=f"op{index}")
            barrier.wait()
            if index % 2:
                outcomes.append(checkin.check_in_code(database, badges[5], point, DAY1).outcome)
            else:
                outcomes.append(general(database, badges[5], point, DAY1).outcome)
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
    with demo.session() as s:
        admitted = s.scalar(select(func.count()).select_from(CheckInEvent)
                            .where(CheckInEvent.outcome == "admitted", CheckInEvent.participant_id == 5))
    assert admitted == 1


def test_a_database_error_on_the_lean_path_is_sqlalchemys(badges: dict[int, str], demo: Database) -> None:
    with demo.engine.begin() as conn:
        conn.execute(text("ALTER TABLE checkin_event RENAME TO checkin_event_gone"))
    with pytest.raises(OperationalError, match="no such table"):
        checkin.check_in_code(demo, badges[1], DESK, DAY1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=450))
def test_scans_are_normalised_in_one_pass_as_character_by_character(scanned: str) -> None:
    assert codes.normalise(scanned) == codes._normalise_chars(scanned[:codes.MAX_INPUT * 2])
    slow = "".join(ch for ch in scanned[:checkin.MAX_SCANNED * 2] if not ch.isspace() and ch.isprintable())
    assert checkin.normalise_scan(scanned) == slow


def test_a_server_out_of_reach_is_a_connection_error_for_the_desk() -> None:
    """The lean path's own checkout raises what engine.connect() would: the desk then goes on offline."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    from conference_desk.core.desks.desk import is_connection_error

    engine = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none", pool_pre_ping=True,
                           connect_args={"connect_timeout": 2})
    db = Database(url=str(engine.url), engine=engine, session_factory=sessionmaker(engine))
    key = codes.CodeVerifier(b"a conference key of 32 bytes....", "iclc2015")
    service._VERIFIERS[engine] = key  # the key was read while the server answered
    try:
        with pytest.raises(OperationalError) as caught:
            checkin.check_in_code(db, key.make(codes.new_serial(), 1), DESK, DAY1)
        assert is_connection_error(caught.value)
    finally:
        engine.dispose()


def test_the_desks_counters_follow_every_admission_whoever_writes_it(demo: Database, badges: dict[int, str],
                                                                     db_path: Path) -> None:
    """The counters after a scan are today's admitted at the venue (and in the session), read
    again when anything but this desk's own scans changed them (issue 17 keeps the last count
    with the connection): another desk's admissions, an undo, a rejection, another day."""
    from conference_desk.core.foundation.audit import Actor

    other = open_database(str(db_path))  # another desk: its own connections
    try:
        def scan(db: Database, pid: int, now: dt.datetime = DAY1) -> dict[str, int]:
            outcome = checkin.check_in_code(db, badges[pid], DESK, now)
            return outcome.counts

        def admitted_today(day: dt.date = DAY1.date()) -> int:
            with demo.session() as s:
                return int(s.scalar(select(func.count()).select_from(CheckInEvent).where(
                    CheckInEvent.day == day, CheckInEvent.outcome == "admitted", CheckInEvent.place == "venue")))

        assert scan(demo, 1) == {"checked_in": 1, "venue_today": 1}
        assert scan(demo, 2)["venue_today"] == 2
        assert scan(demo, 2)["venue_today"] == 2  # already in: not counted twice
        assert scan(other, 3)["venue_today"] == 3  # the other desk sees this desk's two
        assert scan(demo, 4)["venue_today"] == 4 == admitted_today()  # ... and this desk the other's
        assert checkin.check_in_code(demo, badges[5][:-2] + "??", DESK, DAY1).counts["venue_today"] == 4
        first = checkin.check_in_code(demo, badges[1], DESK, DAY1).first_checkin
        assert first is not None
        checkin.undo_checkin(demo, first.event_id, "wrong person", Actor("ana", "Desk 1"), "organiser", now=DAY1)
        assert scan(demo, 5)["venue_today"] == 4 == admitted_today()  # 1 undone, 5 admitted
        assert scan(other, 6)["venue_today"] == 5
        assert scan(demo, 1)["venue_today"] == 6 == admitted_today()  # readmitted after the undo
        assert scan(demo, 1, DAY2) == {"checked_in": 1, "venue_today": 1}  # a new day
        # A database of the version before the counters (0014): the migration counts the events there.
        from alembic import command

        from conference_desk.core.foundation.db import alembic_config

        other.dispose()
        cfg = alembic_config()
        with demo.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0014")
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'checkin_counter'").scalar() == 0
            command.upgrade(cfg, "head")
        assert scan(demo, 2, DAY2)["venue_today"] == 2
        assert scan(demo, 3)["venue_today"] == 6 == admitted_today()  # already in: as counted before
    finally:
        other.dispose()
