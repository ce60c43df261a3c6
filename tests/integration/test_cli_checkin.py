"""``conference-desk checkin`` and ``walkin`` as a desk script uses them (real subprocesses)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conference_desk.core.foundation.db import open_database
from conference_desk.core.foundation.models import (
    Badge,
    CheckInEvent,
    Participant,
    ParticipantStatus,
    Session,
)
from tests.integration.test_cli import run
from tests.templates import copy_sqlite

AT = "2015-09-28T10:00"  # conference local time (Mexico City)


@pytest.fixture(scope="module")
def prepared_desk_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[int, str]]:
    """Made once per module with the command line; each test gets a copy (``desk_db``)."""
    tmp_path = tmp_path_factory.mktemp("cli-checkin")
    db = str(tmp_path / "desk.sqlite")
    assert run("--db", db, "init").returncode == 0
    assert run("--db", db, "demo", "--participants", "30").returncode == 0
    printed = run("--db", db, "badges", "print", "--out", str(tmp_path / "b.pdf"), "--participant", "1", "2", "3",
                  "4", "--json")
    assert printed.returncode == 0, printed.stderr
    database = open_database(db, create=False)
    try:
        with database.session() as s:
            found = dict(s.execute(select(Badge.participant_id, Badge.code)).all())
            cancelled = set(s.scalars(select(Participant.id).where(Participant.status == ParticipantStatus.CANCELLED)))
    finally:
        database.dispose()
    assert sorted(found) == [pid for pid in (1, 2, 3, 4) if pid not in cancelled]
    return db, found


@pytest.fixture
def desk_db(prepared_desk_db: tuple[str, dict[int, str]], tmp_path: Path) -> tuple[str, dict[int, str]]:
    """A demo conference with badges printed for participants 1-4: (database, id -> code)."""
    db = tmp_path / "desk.sqlite"
    copy_sqlite(Path(prepared_desk_db[0]), db)
    return str(db), dict(prepared_desk_db[1])


def checkin(db: str, *args: str) -> dict:  # type: ignore[type-arg]
    result = run("--db", db, "checkin", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_checkin_admits_then_says_already_with_the_first_desk(desk_db: tuple[str, dict[int, str]]) -> None:
    db, found = desk_db
    pid, code = next(iter(found.items()))
    first = checkin(db, code, "--desk", "Desk 1", "--operator", "ana", "--at", AT)
    assert first["outcome"] == "admitted" and first["reason"] == ""
    assert first["participant"]["id"] == pid
    assert first["participant"]["name"] and "delegation" in first["participant"]
    assert first["first_checkin"] is None
    again = checkin(db, code, "--desk", "Desk 2", "--at", "2015-09-28T10:05")
    assert again["outcome"] == "already" and again["reason"] == "already_in"
    assert again["first_checkin"]["desk"] == "Desk 1"
    assert again["first_checkin"]["operator"] == "ana"
    assert again["first_checkin"]["at"] == "2015-09-28T10:00:00-05:00"
    # Human output says the same in words.
    text = run("--db", db, "checkin", code, "--desk", "Desk 3", "--at", "2015-09-28T10:06")
    assert text.returncode == 0 and text.stdout.startswith("ALREADY IN") and "Desk 1" in text.stdout


def test_rejections_exit_0_with_their_reason(desk_db: tuple[str, dict[int, str]]) -> None:
    db, found = desk_db
    code = next(iter(found.values()))
    altered = code[:9] + ("2" if code[9] != "2" else "3") + code[9 + 1:]
    misread = checkin(db, altered, "--at", AT)  # the check character catches one wrong character
    assert (misread["outcome"], misread["reason"]) == ("rejected", "unreadable")
    assert misread["message"] == "Could not read this code: scan it again, or type the name."
    assert misread["participant"] is None
    assert checkin(db, "not-a-badge", "--at", AT)["reason"] == "malformed"


def test_session_check_in_by_id_or_code(desk_db: tuple[str, dict[int, str]]) -> None:
    db, found = desk_db
    database = open_database(db, create=False)
    try:
        with database.session() as s:
            session_id, session_code = s.execute(select(Session.id, Session.code).order_by(Session.id)).first()
    finally:
        database.dispose()
    code = next(iter(found.values()))
    assert checkin(db, code, "--session", str(session_id), "--at", AT)["outcome"] == "admitted"
    by_code = checkin(db, code, "--session", session_code, "--at", AT)
    assert by_code["outcome"] == "already" and by_code["session_id"] == session_id
    assert checkin(db, code, "--at", AT)["outcome"] == "admitted"  # the venue entry is another point
    unknown = run("--db", db, "checkin", code, "--session", "nope", "--json")
    assert unknown.returncode == 1 and "No session" in unknown.stderr


def test_search_lists_matches_and_participant_checks_in(desk_db: tuple[str, dict[int, str]]) -> None:
    db, _found = desk_db
    database = open_database(db, create=False)
    try:
        with database.session() as s:
            person = s.get(Participant, 5)
            assert person is not None
            family = person.family_name_latin or person.family_name
    finally:
        database.dispose()
    matches = checkin(db, "--search", family, "--at", AT)
    assert isinstance(matches, list) and 5 in [m["id"] for m in matches]
    assert {"id", "name", "delegation", "category", "checked_in"} <= set(matches[0])
    typed = checkin(db, "--participant", "5", "--at", AT)
    assert typed["outcome"] in ("admitted", "rejected") and typed["participant"]["id"] == 5
    if typed["outcome"] == "admitted":
        assert next(m for m in checkin(db, "--search", family, "--at", AT) if m["id"] == 5)["checked_in"]


def test_checkin_needs_exactly_one_of_code_search_participant(desk_db: tuple[str, dict[int, str]]) -> None:
    db, _found = desk_db
    assert run("--db", db, "checkin").returncode == 2
    assert run("--db", db, "checkin", "X", "--search", "a").returncode == 2
    empty = run("--db", db, "checkin", "  ")
    assert empty.returncode == 1 and "Nothing was scanned" in empty.stderr


def test_walkin_registers_checks_in_and_prints_a_badge_that_scans(
    desk_db: tuple[str, dict[int, str]], tmp_path: Path
) -> None:
    db, _found = desk_db
    badge = tmp_path / "walkin.pdf"
    result = run("--db", db, "walkin", "--given", "Lucía", "--family", "Hernández", "--country", "MEX",
                 "--category", "mayor", "--email", "lucia@example.mx", "--desk", "Desk 2", "--at", AT,
                 "--badge-out", str(badge), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["outcome"] == "admitted" and data["participant"]["delegation"] == "Mexico"
    assert data["participant"]["id"] == data["participant_id"]
    assert badge.exists() and data["badge"]["path"] == str(badge)
    code = data["badge"]["code"]
    scanned = checkin(db, code, "--at", "2015-09-28T10:30")
    assert scanned["outcome"] == "already" and scanned["first_checkin"]["desk"] == "Desk 2"
    assert scanned["participant"]["id"] == data["participant_id"]
    by_org = run("--db", db, "walkin", "--family", "Okafor", "--organisation", "Lagos Learning Trust",
                 "--category", "expert", "--at", AT, "--json")
    assert by_org.returncode == 0, by_org.stderr
    assert json.loads(by_org.stdout)["badge"] is None


def test_walkin_errors_name_the_fields_and_register_nobody(desk_db: tuple[str, dict[int, str]]) -> None:
    db, _found = desk_db
    result = run("--db", db, "walkin", "--family", "Ruiz", "--country", "XYZ", "--category", "astronaut",
                 "--email", "ruiz@", "--json")
    assert result.returncode == 1
    fields = {error["field"] for error in json.loads(result.stdout)["errors"]}
    assert fields == {"country", "category", "email"}
    assert "country:" in result.stderr
    database = open_database(db, create=False)
    try:
        with database.session() as s:
            assert s.scalar(select(func.count()).select_from(Participant)) == 30
            assert s.scalar(select(func.count()).select_from(CheckInEvent)) == 0
    finally:
        database.dispose()
    assert run("--db", db, "walkin", "--family", "Ruiz").returncode == 2  # --category is required


def test_checkin_undo_takes_back_an_admission_and_the_person_can_be_admitted_again(
        desk_db: tuple[str, dict[int, str]]) -> None:
    db, found = desk_db
    pid, code = next(iter(found.items()))
    first = checkin(db, code, "--desk", "Desk 1", "--operator", "ana", "--at", AT)
    # Without a reason, and by an unknown event: refused, nothing changed.
    no_reason = run("--db", db, "checkin", "undo", str(first["event_id"]), "--operator", "ana", "--json")
    assert no_reason.returncode == 1 and json.loads(no_reason.stdout)["reason"] == "reason_required"
    missing = run("--db", db, "checkin", "undo", "99999", "--reason", "x", "--json")
    assert missing.returncode == 1 and json.loads(missing.stdout)["reason"] == "not_found"
    undone = run("--db", db, "checkin", "undo", str(first["event_id"]), "--reason", "wrong person",
                 "--operator", "ana", "--desk", "Desk 1", "--at", "2015-09-28T10:02", "--json")
    assert undone.returncode == 0, undone.stderr
    data = json.loads(undone.stdout)
    assert data["outcome"] == "undone" and data["undone_event_id"] == first["event_id"]
    assert data["participant"]["id"] == pid and data["reason"] == "wrong person"
    assert data["admitted_at"] == "2015-09-28T10:00:00-05:00" and data["at"] == "2015-09-28T10:02:00-05:00"
    assert data["counts"]["checked_in"] == 0
    twice = run("--db", db, "checkin", "undo", str(first["event_id"]), "--reason", "again", "--json")
    assert twice.returncode == 1 and json.loads(twice.stdout)["reason"] == "already_undone"
    again = checkin(db, code, "--desk", "Desk 2", "--at", "2015-09-28T10:05")
    assert again["outcome"] == "admitted"
    assert checkin(db, code, "--desk", "Desk 3", "--at", "2015-09-28T10:06")["outcome"] == "already"
    database = open_database(db, create=False)
    try:
        with database.session() as s:
            rows = s.execute(select(CheckInEvent.outcome, CheckInEvent.reverses_event_id)
                             .where(CheckInEvent.participant_id == pid).order_by(CheckInEvent.id)).all()
            from conference_desk.core.foundation.models import AuditEntry

            audit_rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "checkin.undo")).all()
    finally:
        database.dispose()
    assert [r.outcome.value for r in rows] == ["undone", "undo", "admitted", "already_in"]
    assert rows[1].reverses_event_id == first["event_id"]
    assert len(audit_rows) == 1 and "wrong person" in audit_rows[0].summary and audit_rows[0].operator == "ana"
    # Human output.
    third = checkin(db, code, "--desk", "Desk 2", "--at", "2015-09-29T09:00")
    text = run("--db", db, "checkin", "undo", str(third["event_id"]), "--reason", "left", "--operator", "x")
    assert text.returncode == 0 and text.stdout.startswith("UNDONE")


def test_checkin_undo_needs_the_operator_who_admitted_or_a_supervisor(
        desk_db: tuple[str, dict[int, str]]) -> None:
    db, found = desk_db
    code = next(iter(found.values()))
    for name, role, pin in (("Admin", "administrator", "0000"), ("ana", "clerk", "1111"),
                            ("luis", "clerk", "2222"), ("marta", "organiser", "3333")):
        added = run("--db", db, "operators", "add", name, "--role", role, "--pin", pin)
        assert added.returncode == 0, added.stderr
    first = checkin(db, code, "--desk", "Desk 1", "--operator", "ana", "--at", AT)
    refused = run("--db", db, "checkin", "undo", str(first["event_id"]), "--reason", "mistake",
                  "--operator", "luis", "--json")
    assert refused.returncode == 1 and json.loads(refused.stdout)["reason"] == "not_allowed"
    assert "Only ana, who made this check-in, or a supervisor may undo it." in refused.stderr
    allowed = run("--db", db, "checkin", "undo", str(first["event_id"]), "--reason", "mistake",
                  "--operator", "marta", "--json")
    assert allowed.returncode == 0 and json.loads(allowed.stdout)["outcome"] == "undone"
