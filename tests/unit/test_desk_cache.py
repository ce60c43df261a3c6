"""A desk's local copy on SQLite: refresh, decide offline, upload exactly once, walk-ins, the Desk wrapper."""

from __future__ import annotations

import datetime as dt
import os
import socket
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, insert, select, update
from sqlalchemy.orm import sessionmaker

from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks import cache as desk_cache
from conference_desk.core.badges import codes, service
from conference_desk.core.checkin.decisions import CheckInPoint
from conference_desk.core.foundation.db import Database
from conference_desk.core.desks.desk import Desk, ServerUnreachable, is_connection_error
from conference_desk.core.foundation.models import Badge, CheckInEvent, Participant, ParticipantStatus
from tests.templates import Templates

NOW = dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc)  # a conference day (Mexico City 10:00)


def issue(db: Database, participant_ids: list[int]) -> dict[int, str]:
    key = service.verifier(db)
    rows = [{"participant_id": pid, "version": 1, "code": key.make(codes.new_serial(), 1),
             "printed_at": dt.datetime(2015, 9, 27)} for pid in participant_ids]
    with db.session() as s:
        s.execute(insert(Badge), rows)
    return {row["participant_id"]: row["code"] for row in rows}


@pytest.fixture
def people(db: Database, demo_templates: Templates) -> list[int]:
    demo_templates.populate_demo(db, 40, seed=5)
    with db.session() as s:
        return list(s.scalars(select(Participant.id).where(Participant.status != ParticipantStatus.CANCELLED)
                              .order_by(Participant.id).limit(20)))


@pytest.fixture
def badges(db: Database, people: list[int]) -> dict[int, str]:
    return issue(db, people[:15])


def new_cache(tmp_path: Path, name: str) -> desk_cache.DeskCache:
    return desk_cache.open_cache(tmp_path / f"{name}.sqlite")


@pytest.fixture
def cache(db: Database, badges: dict[int, str], tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = new_cache(tmp_path, "desk-a")
    desk_cache.refresh(db, copy, now=NOW)
    yield copy
    copy.close()


def point(desk: str) -> CheckInPoint:
    return CheckInPoint(desk=desk, operator=desk.lower())


def admitted_per_person(db: Database) -> dict[int, int]:
    with db.session() as s:
        return dict(s.execute(select(CheckInEvent.participant_id, func.count())
                              .where(CheckInEvent.outcome == "admitted")
                              .group_by(CheckInEvent.participant_id)).all())


def closed_port_database() -> Database:
    """A PostgreSQL URL nobody listens on: every use raises OperationalError within 1 s."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg://nobody@127.0.0.1:{port}/conference"
    engine = create_engine(url, connect_args={"connect_timeout": 1}, pool_pre_ping=True)
    return Database(url=url, engine=engine, session_factory=sessionmaker(engine))


def test_refresh_copies_what_a_desk_needs_and_keeps_the_file_private(db: Database, badges: dict[int, str],
                                                                     tmp_path: Path) -> None:
    checkin.check_in_code(db, next(iter(badges.values())), point("Desk 9"), NOW)
    copy = new_cache(tmp_path, "fresh")
    counts = desk_cache.refresh(db, copy, now=NOW)
    assert counts["participants"] == 40 and counts["badges"] == 15 and counts["checkins"] == 1
    assert copy.has_copy and copy.refreshed_at is not None
    meta = copy.meta()
    assert meta["conference_code"] and len(bytes.fromhex(meta["badge_secret"])) >= 16
    if os.name == "posix":
        assert stat.S_IMODE(copy.path.stat().st_mode) == 0o600
    again = desk_cache.refresh(db, copy, now=NOW)  # a refresh replaces, never adds
    assert again == counts


def test_decides_offline_like_the_server(db: Database, badges: dict[int, str], people: list[int],
                                         cache: desk_cache.DeskCache, tmp_path: Path) -> None:
    pid, code = next(iter(badges.items()))
    first = desk_cache.decide_offline(cache, code + "\r\n", point("Desk 2"), NOW)
    assert first.outcome == "admitted" and first.offline and first.participant.id == pid
    assert first.counts["checked_in"] == 1
    again = desk_cache.decide_offline(cache, code, point("Desk 2"), NOW + dt.timedelta(minutes=3))
    assert again.outcome == "already" and again.reason == "already_in"
    assert again.first_checkin.desk == "Desk 2" and again.first_checkin.at_local.strftime("%H:%M") == "10:00"
    forged = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    assert desk_cache.decide_offline(cache, forged, point("Desk 2"), NOW).reason == "forged"
    assert desk_cache.decide_offline(cache, "HELLO", point("Desk 2"), NOW).reason == "malformed"
    other = codes.make_code(b"another secret!!", "OTHER", codes.new_serial(), 1)
    assert desk_cache.decide_offline(cache, other, point("Desk 2"), NOW).reason == "other_conference"
    # Revoked and cancelled: facts of the copy.
    revoked_pid, revoked_code = list(badges.items())[1]
    cancelled_pid, cancelled_code = list(badges.items())[2]
    with db.session() as s:
        s.execute(update(Badge).where(Badge.participant_id == revoked_pid).values(revoked_at=dt.datetime(2015, 9, 27)))
        s.execute(update(Participant).where(Participant.id == cancelled_pid)
                  .values(status=ParticipantStatus.CANCELLED))
    desk_cache.refresh(db, cache, now=NOW)
    assert desk_cache.decide_offline(cache, revoked_code, point("Desk 2"), NOW).reason == "revoked"
    assert desk_cache.decide_offline(cache, cancelled_code, point("Desk 2"), NOW).reason == "cancelled"
    # Every decision is queued (one event each, as on the server); the admission survived the refresh.
    assert cache.pending() == 7
    assert desk_cache.counters(cache, point("Desk 2"), NOW.date())["checked_in"] == 1


def test_a_badge_printed_after_the_refresh_validates_by_signature(db: Database, people: list[int],
                                                                  cache: desk_cache.DeskCache) -> None:
    late_pid = people[-1]
    late_code = issue(db, [late_pid])[late_pid]  # printed at another desk after this desk's refresh
    outcome = desk_cache.decide_offline(cache, late_code, point("Desk 2"), NOW)
    assert outcome.outcome == "admitted" and outcome.reason == "not_in_local_copy" and outcome.participant is None
    assert desk_cache.decide_offline(cache, late_code, point("Desk 2"), NOW).outcome == "already"
    result = desk_cache.upload(db, cache)
    assert result.uploaded == 2 and not result.problems
    assert admitted_per_person(db) == {late_pid: 1}
    # A genuine-looking code no desk issued: signed with the secret but never stored.
    ghost = service.verifier(db).make(codes.new_serial(), 1)
    assert desk_cache.decide_offline(cache, ghost, point("Desk 2"), NOW).outcome == "admitted"
    result = desk_cache.upload(db, cache)
    assert result.uploaded == 1 and len(result.problems) == 1 and "no such badge" in result.problems[0]
    with db.session() as s:
        assert s.scalar(select(CheckInEvent.reason).where(CheckInEvent.scanned_code == ghost)) == "unknown_code"


def test_two_offline_desks_upload_exactly_once_and_report_the_overlap(db: Database, badges: dict[int, str],
                                                                      cache: desk_cache.DeskCache,
                                                                      tmp_path: Path) -> None:
    other = new_cache(tmp_path, "desk-b")
    desk_cache.refresh(db, other, now=NOW)
    items = list(badges.items())
    for n, (_pid, code) in enumerate(items[:10]):  # desk A: badges 0-9
        desk_cache.decide_offline(cache, code, point("Desk A"), NOW + dt.timedelta(seconds=n))
    for n, (_pid, code) in enumerate(items[7:]):  # desk B: badges 7-14 (7, 8, 9 at both)
        desk_cache.decide_offline(other, code, point("Desk B"), NOW + dt.timedelta(seconds=30 + n))
    first = desk_cache.upload(db, cache)
    second = desk_cache.upload(db, other)
    assert (first.uploaded, first.duplicates) == (10, [])
    assert second.uploaded == 8
    assert sorted(d["participant_id"] for d in second.duplicates) == sorted(pid for pid, _ in items[7:10])
    assert all(d["desks"] == ["Desk A", "Desk B"] for d in second.duplicates)
    assert second.duplicates[0]["times"][0].startswith("2015-09-28T10:00")
    assert admitted_per_person(db) == {pid: 1 for pid, _ in items}
    with db.session() as s:
        reasons = list(s.scalars(select(CheckInEvent.reason).where(CheckInEvent.outcome == "already_in")))
    assert reasons == ["cross_desk_duplicate"] * 3
    # Re-running the upload sends nothing; a sync refreshes both copies to the same counts.
    assert desk_cache.upload(db, cache).uploaded == 0 and desk_cache.upload(db, other).uploaded == 0
    a, b = desk_cache.sync(db, cache, now=NOW), desk_cache.sync(db, other, now=NOW)
    assert a.uploaded == b.uploaded == 0 and a.refreshed > 0
    assert desk_cache.counters(cache, point("Desk A"), NOW.date())["checked_in"] == 15
    assert desk_cache.counters(other, point("Desk B"), NOW.date())["checked_in"] == 15
    other.close()


def test_a_scan_the_server_took_before_the_connection_broke_is_not_sent_twice(
        db: Database, badges: dict[int, str], cache: desk_cache.DeskCache) -> None:
    pid, code = next(iter(badges.items()))
    checkin.check_in_code(db, code, point("Desk A"), NOW, nonce="n-1")  # reached the server...
    desk_cache.decide_offline(cache, code, point("Desk A"), NOW, nonce="n-1")  # ...but the answer was lost
    result = desk_cache.upload(db, cache)
    assert (result.uploaded, result.replayed, result.duplicates) == (0, 1, [])
    assert admitted_per_person(db) == {pid: 1}


def test_walk_ins_registered_offline_are_merged_without_duplicates(db: Database, cache: desk_cache.DeskCache,
                                                                   tmp_path: Path) -> None:
    form = {"given_name": "Aroha", "family_name": "Ngata", "country": "", "organisation": "City of Wellington",
            "category": "delegate", "email": "aroha.ngata@wellington.govt.nz"}
    local_id, outcome = desk_cache.register_walk_in_offline(cache, form, point("Desk A"), NOW)
    assert local_id < 0 and outcome.outcome == "admitted" and outcome.participant.name == "Aroha Ngata"
    assert desk_cache.counters(cache, point("Desk A"), NOW.date())["checked_in"] == 1
    # The same person registered at another offline desk, spelt a little differently.
    other = new_cache(tmp_path, "desk-b")
    desk_cache.refresh(db, other, now=NOW)
    desk_cache.register_walk_in_offline(other, {**form, "given_name": "Aroha", "family_name": "NGATA"},
                                        point("Desk B"), NOW + dt.timedelta(minutes=5))
    with pytest.raises(Exception, match="Family name is required"):
        desk_cache.register_walk_in_offline(cache, {**form, "family_name": ""}, point("Desk A"), NOW)
    first = desk_cache.upload(db, cache)
    second = desk_cache.upload(db, other)
    assert [w["matched"] for w in first.walk_ins] == [False]
    assert [w["matched"] for w in second.walk_ins] == [True]
    created = first.walk_ins[0]["participant_id"]
    assert second.walk_ins[0]["participant_id"] == created
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant).where(Participant.family_name.ilike("ngata"))) == 1
    assert admitted_per_person(db) == {created: 1}
    assert [d["participant_id"] for d in second.duplicates] == [created]
    assert desk_cache.upload(db, cache).uploaded == 0 and desk_cache.upload(db, other).uploaded == 0
    other.close()


def test_offline_search_finds_names_and_marks_who_is_in(db: Database, badges: dict[int, str],
                                                        cache: desk_cache.DeskCache) -> None:
    pid, code = next(iter(badges.items()))
    desk_cache.decide_offline(cache, code, point("Desk A"), NOW)
    with db.session() as s:
        family = s.get(Participant, pid).family_name
    matches = desk_cache.search(cache, family[:4], point("Desk A"), NOW)
    assert pid in [m.id for m in matches]
    assert next(m for m in matches if m.id == pid).checked_in


def test_desk_falls_back_to_its_copy_and_syncs_when_the_server_returns(db: Database, badges: dict[int, str],
                                                                       cache: desk_cache.DeskCache) -> None:
    items = list(badges.items())
    desk = Desk(db, cache, point("Desk A"))
    assert desk.scan(items[0][1], NOW).outcome == "admitted" and not desk.offline
    working = desk.db
    desk.db = closed_port_database()
    outcome = desk.scan(items[1][1], NOW)
    assert desk.offline and outcome.offline and outcome.outcome == "admitted"
    assert desk.offline_since is not None and desk.last_error
    # The server's admission made online was noted in the copy: "already" offline too.
    assert desk.scan(items[0][1], NOW).outcome == "already"
    assert desk.counters(NOW.date())["checked_in"] == 2
    assert desk.sync(NOW) is None and desk.offline  # still out of reach
    desk.db.dispose()
    desk.db = working
    result = desk.sync(NOW)
    assert result is not None and result.uploaded == 2 and not desk.offline and desk.pending == 0
    assert admitted_per_person(db) == {items[0][0]: 1, items[1][0]: 1}


def test_without_a_copy_an_unreachable_server_is_said_plainly(tmp_path: Path) -> None:
    broken = closed_port_database()
    desk = Desk(broken, desk_cache.open_cache(tmp_path / "empty.sqlite"), point("Desk A"))
    with pytest.raises(ServerUnreachable, match="out of reach"):
        desk.scan("CD1" + "0" * 33, NOW)
    try:
        broken.engine.connect()
    except Exception as exc:  # noqa: BLE001
        assert is_connection_error(exc)
    broken.dispose()
