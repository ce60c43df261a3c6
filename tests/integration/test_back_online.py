"""A desk back online never re-admits; sync keeps the earliest admission and flags bad offline ones (issue 22).

The server is a real SQLite file; "out of reach" is a PostgreSQL URL nobody listens on,
as in test_offline_desks.py; desks are real CLI processes where the issue's
reproduction used the CLI.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks import cache as desk_cache
from conference_desk.core.badges import service
from conference_desk.core.checkin.decisions import CheckInPoint
from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import CheckInEvent, Participant, ParticipantStatus
from conference_desk.core.foundation.setup_data import initialise
from tests.integration.test_checkin_concurrency import issue_badges
from tests.integration.test_cli import run

AT = dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc)  # 10:00 in Mexico City


def dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"postgresql+psycopg://nobody@127.0.0.1:{sock.getsockname()[1]}/conference"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, dict[int, str]]:
    """The conference's server: a SQLite file, or a database on the throwaway PostgreSQL."""
    path = str(tmp_path / "server.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = open_database(path)
    try:
        initialise(db, "iclc2015")
        populate_demo(db, 30, seed=31)
        with db.session() as s:  # only people who may be admitted
            s.execute(update(Participant).values(status=ParticipantStatus.CONFIRMED))
        badges = issue_badges(db, 6)
    finally:
        db.dispose()
    return path, badges


def events_of(path: str, pid: int) -> list[tuple[str, str, str, str]]:
    db = open_database(path, create=False)
    try:
        with db.session() as s:
            rows = s.execute(select(CheckInEvent.outcome, CheckInEvent.reason, CheckInEvent.desk,
                                    CheckInEvent.scanned_at).where(CheckInEvent.participant_id == pid)
                             .order_by(CheckInEvent.scanned_at, CheckInEvent.id)).all()
    finally:
        db.dispose()
    return [(r.outcome.value, r.reason, r.desk, r.scanned_at.strftime("%H:%M")) for r in rows]


def test_back_online_the_same_desk_says_already_with_the_offline_time(server: tuple[str, dict[int, str]],
                                                                      tmp_path: Path) -> None:
    path, badges = server
    cache = str(tmp_path / "a.sqlite")
    dead = dead_url()
    assert run("--db", path, "sync", "--cache", cache, "--at", "2015-09-28T09:00", "--json").returncode == 0
    pid, code = next(iter(badges.items()))
    offline = json.loads(run("--db", dead, "checkin", code, "--desk", "R", "--cache", cache,
                             "--at", "2015-09-28T10:00", "--json").stdout)
    assert (offline["outcome"], offline["offline"]) == ("admitted", True)
    # The server is back: the same command is "already in", naming the offline admission.
    back = run("--db", path, "checkin", code, "--desk", "R", "--cache", cache, "--at", "2015-09-28T10:20", "--json")
    assert back.returncode == 0, back.stderr
    data = json.loads(back.stdout)
    assert data["outcome"] == "already"
    assert (data["first_checkin"]["desk"], data["first_checkin"]["at"]) == ("R", "2015-09-28T10:00:00-05:00")
    synced = json.loads(run("--db", path, "sync", "--cache", cache, "--json").stdout)
    assert synced["duplicates"] == [] and synced["pending"] == 0
    assert events_of(path, pid) == [("admitted", "", "R", "15:00"), ("already_in", "already_in", "R", "15:20")]


def test_the_desk_service_uploads_its_queue_before_deciding_online(server: tuple[str, dict[int, str]],
                                                                   tmp_path: Path) -> None:
    from conference_desk.core.desks.desk import Desk

    path, badges = server
    db = open_database(path, create=False)
    cache = desk_cache.open_cache(tmp_path / "b.sqlite")
    try:
        desk_cache.refresh(db, cache, now=AT)
        pid, code = list(badges.items())[1]
        point = CheckInPoint(desk="Desk R", operator="ana")
        queued = desk_cache.decide_offline(cache, code, point, AT)  # decided while the server was away
        assert queued.outcome == "admitted" and cache.pending() == 1
        desk = Desk(db, cache, point)  # a restarted desk: online, with a queue
        later = desk.scan(code, AT + dt.timedelta(minutes=30))
        assert later.outcome == "already" and later.first_checkin.desk == "Desk R"
        assert later.first_checkin.at == AT and cache.pending() == 0
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(CheckInEvent)
                            .where(CheckInEvent.participant_id == pid, CheckInEvent.outcome == "admitted")) == 1
    finally:
        cache.close()
        db.dispose()


def _offline_then_online(db: Database, cache: desk_cache.DeskCache, code: str, offline_desk: str,
                         online_desk: str) -> desk_cache.SyncResult:
    desk_cache.refresh(db, cache, now=AT)
    desk_cache.decide_offline(cache, code, CheckInPoint(desk=offline_desk), AT)  # 10:00, offline
    online = checkin.check_in_code(db, code, CheckInPoint(desk=online_desk), AT + dt.timedelta(minutes=5))
    assert online.outcome == "admitted"  # the server did not know yet
    return desk_cache.upload(db, cache)


def test_sync_keeps_the_earliest_admission_and_reports_both_desks(server: tuple[str, dict[int, str]],
                                                                   tmp_path: Path) -> None:
    path, badges = server
    db = open_database(path, create=False)
    cache = desk_cache.open_cache(tmp_path / "c.sqlite")
    try:
        pid, code = list(badges.items())[2]
        result = _offline_then_online(db, cache, code, "Desk A", "Desk B")
        assert len(result.duplicates) == 1
        duplicate = result.duplicates[0]
        assert duplicate["desks"] == ["Desk A", "Desk B"]  # the earliest first
        assert duplicate["times"] == ["2015-09-28T10:00:00-05:00", "2015-09-28T10:05:00-05:00"]
        assert events_of(path, pid) == [("admitted", "", "Desk A", "15:00"),
                                        ("already_in", "cross_desk_duplicate", "Desk B", "15:05")]
        assert desk_cache.upload(db, cache).uploaded == 0  # once only
    finally:
        cache.close()
        db.dispose()


def test_a_desks_own_repeat_is_not_a_cross_desk_duplicate(server: tuple[str, dict[int, str]],
                                                          tmp_path: Path) -> None:
    path, badges = server
    db = open_database(path, create=False)
    cache = desk_cache.open_cache(tmp_path / "d.sqlite")
    try:
        pid, code = list(badges.items())[3]
        result = _offline_then_online(db, cache, code, "R", "R")
        assert result.duplicates == []
        assert events_of(path, pid) == [("admitted", "", "R", "15:00"), ("already_in", "already_in", "R", "15:05")]
    finally:
        cache.close()
        db.dispose()


def test_a_badge_revoked_before_an_offline_scan_is_flagged_at_sync(server: tuple[str, dict[int, str]],
                                                                    tmp_path: Path) -> None:
    path, badges = server
    cache = str(tmp_path / "e.sqlite")
    dead = dead_url()
    assert run("--db", path, "sync", "--cache", cache, "--at", "2015-09-28T09:00", "--json").returncode == 0
    pid, code = list(badges.items())[4]
    reprint = run("--db", path, "badges", "reprint", str(pid), "--reason", "stolen", "--out",
                  str(tmp_path / "new.pdf"))
    assert reprint.returncode == 0, reprint.stderr
    offline = json.loads(run("--db", dead, "checkin", code, "--desk", "R", "--cache", cache, "--json").stdout)
    assert offline["outcome"] == "admitted" and offline["offline"]  # the stale copy cannot know
    synced = run("--db", path, "sync", "--cache", cache, "--json")
    assert synced.returncode == 0, synced.stderr
    data = json.loads(synced.stdout)
    assert len(data["problems"]) == 1 and "revoked" in data["problems"][0] and "stolen" in data["problems"][0]
    assert [(r["participant_id"], r["reason"], r["badge_version"]) for r in data["review"]] == \
        [(pid, "offline_revoked", 1)]
    outcome, reason, desk, _time = events_of(path, pid)[0]
    assert (outcome, reason, desk) == ("admitted", "offline_revoked", "R")  # in, but never silently


def test_a_cancelled_registration_admitted_offline_is_flagged(server: tuple[str, dict[int, str]],
                                                               tmp_path: Path) -> None:
    path, badges = server
    db = open_database(path, create=False)
    cache = desk_cache.open_cache(tmp_path / "f.sqlite")
    try:
        desk_cache.refresh(db, cache, now=AT)
        pid, code = list(badges.items())[5]
        with db.session() as s:
            s.get(Participant, pid).status = ParticipantStatus.CANCELLED
        assert desk_cache.decide_offline(cache, code, CheckInPoint(desk="R"), AT).outcome == "admitted"
        result = desk_cache.upload(db, cache)
        assert [r["reason"] for r in result.review] == ["offline_cancelled"]
        assert "cancelled" in result.problems[0]
        assert events_of(path, pid)[0][:2] == ("admitted", "offline_cancelled")
    finally:
        cache.close()
        db.dispose()


_ = service
