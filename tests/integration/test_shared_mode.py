"""Shared mode on a real PostgreSQL server: roles enforced by the database, copy both ways."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import ProgrammingError

from conference_desk.core.foundation import audit
from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks import operators
from conference_desk.core.desks.copy import CopyError, content_hash, copy_database, row_counts
from conference_desk.core.foundation.db import open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.errors import DatabaseError
from conference_desk.core.foundation.models import (
    AuditEntry,
    Badge,
    CheckInEvent,
    Delegation,
    Participant,
    RoomAssignment,
)
from conference_desk.core.desks.server import role_names, server_setup
from conference_desk.core.foundation.setup_data import initialise
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgres

DAY = dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc)  # 10:00 in Mexico City


def _conference_with_a_room_assignment(url: str) -> None:
    """ICLC set-up, 60 demo participants, one badge and one room assignment (as the owner)."""
    db = open_database(url)
    try:
        initialise(db, "iclc2015")
        populate_demo(db, participants=60, seed=3)
        with db.session() as s:
            person = s.scalars(select(Participant).order_by(Participant.id)).first()
            hotel_type = s.execute(text("SELECT hotel_id, id FROM room_type ORDER BY id LIMIT 1")).first()
            assert person is not None and hotel_type is not None
            s.add(RoomAssignment(participant_id=person.id, hotel_id=hotel_type[0], room_type_id=hotel_type[1],
                                 arrival=dt.date(2015, 9, 27), departure=dt.date(2015, 10, 1),
                                 room_label="H-SGL-001"))
    finally:
        db.dispose()


def test_server_setup_creates_roles_that_the_database_enforces(pg_server: PostgresServer,
                                                                tmp_path: Path) -> None:
    admin_url = pg_server.url("iclc2015_roles")  # does not exist yet: server-setup creates it
    result = server_setup(admin_url)
    assert result["created_database"] is True
    assert result["roles"] == role_names("iclc2015_roles") == {
        "clerk": "iclc2015_roles_clerk", "organiser": "iclc2015_roles_organiser", "admin": "iclc2015_roles_admin"}
    assert sorted(result["passwords_set"]) == ["admin", "clerk", "organiser"]
    assert all(f"{name}:" in result["urls"][key] for key, name in result["roles"].items())
    _conference_with_a_room_assignment(admin_url)

    # Running it again keeps the roles and their passwords, and grants on what is there now.
    again = server_setup(admin_url)
    assert again["created_database"] is False and again["passwords_set"] == []

    owner = open_database(admin_url)
    try:
        operators.create_operator(owner, "Ada", "administrator", "9999")
        operators.create_operator(owner, "Lupita", "clerk", "1234")
    finally:
        owner.dispose()
    clerk = open_database(result["urls"]["clerk"])  # at head: opens without migrating
    organiser = open_database(result["urls"]["organiser"])
    try:
        # Issue 22: the desk signs its operator in on the server (the PIN is checked there).
        operators.sign_in(clerk, "Lupita", "1234", desk="Desk 3")
        audit.set_signed_in("Lupita", "Desk 3")
        with clerk.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == "iclc2015_roles_clerk"
        # A clerk may not change hotel allocations or delete delegations, even with plain SQL.
        with pytest.raises(ProgrammingError, match="permission denied"), clerk.session() as s:
            s.execute(update(RoomAssignment).values(room_label="X-HACK-1"))
        with pytest.raises(ProgrammingError, match="permission denied"), clerk.session() as s:
            s.execute(Delegation.__table__.delete())
        with pytest.raises(ProgrammingError, match="permission denied"), clerk.session() as s:
            s.execute(text("UPDATE participant SET family_name = 'X'"))
        with pytest.raises(ProgrammingError, match="permission denied"), clerk.session() as s:
            s.execute(text("UPDATE operator SET role = 'administrator'"))

        # ... but a clerk records check-ins and walk-ins through the application's own code.
        from conference_desk.core.foundation.audit import Actor
        with clerk.session() as s:
            pid = s.scalars(select(Participant.id).where(Participant.status != "cancelled")
                            .order_by(Participant.id)).first()
        point = checkin.CheckInPoint(desk="Desk 3", operator="Lupita")
        first = checkin.check_in_participant(clerk, pid, point, now=DAY)
        again_in = checkin.check_in_participant(clerk, pid, point, now=DAY + dt.timedelta(minutes=1))
        assert (first.outcome, again_in.outcome) == ("admitted", "already")
        # The clerk who admitted may undo it (issue 14); the person can then be admitted again.
        undone = checkin.undo_checkin(clerk, first.event_id, "wrong person", Actor("Lupita", "Desk 3"), "clerk",
                                      now=DAY + dt.timedelta(minutes=2))
        assert undone.undone_event_id == first.event_id
        readmitted = checkin.check_in_participant(clerk, pid, point, now=DAY + dt.timedelta(minutes=3))
        assert readmitted.outcome == "admitted"
        walk_in_id, outcome = checkin.register_walk_in(
            clerk, {"given_name": "Rosa", "family_name": "Walkin", "country": "MEX", "category": "delegate"},
            point, now=DAY)
        assert outcome.outcome == "admitted"
        from conference_desk.core.badges.service import print_badges, reprint_badge

        print_badges(clerk, [walk_in_id], tmp_path / "walkin.pdf")
        reprint_badge(clerk, walk_in_id, "smudged", tmp_path / "again.pdf")
        with clerk.session() as s:
            assert [b.revoked_at is not None for b in s.scalars(
                select(Badge).where(Badge.participant_id == walk_in_id).order_by(Badge.version))] == [True, False]

        # An organiser may change allocations (and a clerk's data stays readable to them).
        with organiser.session() as s:
            s.execute(update(RoomAssignment).values(confirmation="HIL-42"))
            assert s.scalar(select(RoomAssignment.confirmation)) == "HIL-42"
            assert s.scalar(select(CheckInEvent.desk).where(CheckInEvent.participant_id == pid)) == "Desk 3"
        with pytest.raises(ProgrammingError, match="permission denied"), organiser.session() as s:
            s.execute(text("DELETE FROM operator"))
        with pytest.raises(ProgrammingError, match="permission denied"), organiser.session() as s:
            s.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    finally:
        audit.set_signed_in(None)
        clerk.dispose()
        organiser.dispose()


def test_a_desk_role_cannot_migrate_and_says_who_can(pg_server: PostgresServer) -> None:
    admin_url = pg_server.url("behind_schema")
    result = server_setup(admin_url)
    owner = open_database(admin_url)
    with owner.engine.begin() as conn:  # pretend the server still has an older schema
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    owner.dispose()
    with pytest.raises(DatabaseError, match="ask the administrator to run server-setup") as caught:
        open_database(result["urls"]["clerk"])
    assert "password" not in str(caught.value).lower() or "***" in str(caught.value)


def test_copy_sqlite_to_postgresql_and_back_loses_nothing(tmp_path: Path, pg_url: str) -> None:
    source_path = tmp_path / "laptop.sqlite"
    source = open_database(str(source_path))
    initialise(source, "iclc2015")
    populate_demo(source, participants=200, seed=11)
    with source.session() as s:
        ids = list(s.scalars(select(Participant.id).where(Participant.status != "cancelled")
                             .order_by(Participant.id).limit(25)))
        delegation = s.scalars(select(Delegation).where(Delegation.head_id.is_not(None))).first()
        heads = delegation is not None
        room = s.execute(text("SELECT hotel_id, id FROM room_type ORDER BY id LIMIT 1")).first()
        s.add(RoomAssignment(participant_id=ids[0], hotel_id=room[0], room_type_id=room[1],
                             arrival=dt.date(2015, 9, 27), departure=dt.date(2015, 10, 1), room_label="H-SGL-001",
                             special_requests="Ground floor — près de l'ascenseur"))
    point = checkin.CheckInPoint(desk="Desk 1", operator="Ana")
    for n, pid in enumerate(ids):
        checkin.check_in_participant(source, pid, point, now=DAY + dt.timedelta(seconds=n))
    checkin.check_in_participant(source, ids[0], point, now=DAY + dt.timedelta(minutes=5))  # "already"
    before_counts, before_hash = row_counts(source), content_hash(source)
    assert before_counts["checkin_event"] == 26 and before_counts["participant"] == 200
    assert heads, "the demo names heads of delegation (a cyclic key the copy must handle)"

    progress_calls: list[tuple[int, int]] = []
    counts = copy_database(source, pg_url, progress=lambda done, total: progress_calls.append((done, total)) or True)
    assert counts == before_counts
    assert progress_calls[-1][0] == progress_calls[-1][1] == sum(before_counts.values())
    server = open_database(pg_url)
    try:
        assert row_counts(server) == before_counts
        assert content_hash(server) == before_hash
        # Sequences were moved past the copied ids: new rows get new ids.
        checkin.check_in_participant(server, ids[-1], point, now=DAY + dt.timedelta(hours=1))
        with server.session() as s:
            assert s.scalar(select(CheckInEvent.id).order_by(CheckInEvent.id.desc()).limit(1)) > 26
        with server.engine.begin() as conn:  # back to how it was, for the round trip
            conn.execute(text("DELETE FROM checkin_event WHERE id > 26"))

        back_path = tmp_path / "archive.sqlite"
        assert copy_database(server, str(back_path)) == before_counts
        back = open_database(str(back_path))
        try:
            assert row_counts(back) == before_counts
            assert content_hash(back) == before_hash
            with back.session() as s:
                assert s.scalar(select(RoomAssignment.special_requests)) == "Ground floor — près de l'ascenseur"
        finally:
            back.dispose()

        # Copying into a database that holds anything is refused, and it stays as it was.
        with pytest.raises(CopyError, match="not empty"):
            copy_database(source, server)
        assert content_hash(server) == before_hash
    finally:
        server.dispose()
        source.dispose()


def test_a_cancelled_copy_leaves_the_target_empty(tmp_path: Path, pg_url: str) -> None:
    from conference_desk.core.desks.copy import CopyCancelled

    source = open_database(str(tmp_path / "s.sqlite"))
    initialise(source, "iclc2015")
    try:
        with pytest.raises(CopyCancelled):
            copy_database(source, pg_url, progress=lambda done, total: done < 100)
        target = open_database(pg_url)
        assert sum(row_counts(target).values()) == 0
        target.dispose()
    finally:
        source.dispose()


def test_audit_entries_of_a_clerk_name_operator_and_desk(pg_server: PostgresServer) -> None:
    admin_url = pg_server.url("audit_desks")
    result = server_setup(admin_url)
    owner = open_database(admin_url)
    initialise(owner, "iclc2015")
    operators.create_operator(owner, "Ada", "administrator", "9999")
    operators.create_operator(owner, "Lupita", "clerk", "1234")
    owner.dispose()
    clerk = open_database(result["urls"]["clerk"])
    try:
        operators.sign_in(clerk, "Lupita", "1234", desk="Desk 2")
        audit.set_signed_in("Lupita", "Desk 2")
        pid, _outcome = checkin.register_walk_in(
            clerk, {"given_name": "Ana", "family_name": "Desk", "organisation": "UIL", "category": "delegate"},
            checkin.CheckInPoint(desk="Desk 2", operator="Lupita"), now=DAY)
        with clerk.session() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "participant",
                                                    AuditEntry.entity_id == pid)).one()
            assert (entry.operator, entry.desk) == ("Lupita", "Desk 2")
            assert s.scalar(select(Badge.id).limit(1)) is None
    finally:
        audit.set_signed_in(None)
        clerk.dispose()
