"""Issue 22: a desk clerk's database role can do what a desk needs and nothing more.

Every forbidden statement is tried as the clerk role, signed in as an operator,
inside a transaction that is rolled back: each must be refused by the server
("permission denied", or the row-level policy's "violates row-level security").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from conference_desk.core.foundation import audit
from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks import operators
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import (
    AuditEntry,
    Badge,
    CheckInEvent,
    Operator,
    Participant,
    ParticipantWord,
)
from conference_desk.core.desks.server import server_setup
from conference_desk.core.foundation.setup_data import initialise
from tests import cli_process
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgres

DAY = dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc)  # 10:00 in Mexico City
WORKTREE = Path(__file__).resolve().parents[2]
REFUSED = "permission denied|violates row-level security"


@pytest.fixture(scope="module")
def server(pg_server: PostgresServer) -> Iterator[dict[str, Any]]:
    admin_url = pg_server.url("least_privilege")
    result = server_setup(admin_url)
    owner = open_database(admin_url)
    try:
        initialise(owner, "iclc2015")
        populate_demo(owner, participants=40, seed=5)
        operators.create_operator(owner, "Ada", "administrator", "9999")
        operators.create_operator(owner, "Lupita", "clerk", "1234")
        operators.create_operator(owner, "Bruno", "clerk", "5678")
        operators.create_operator(owner, "Marta", "organiser", "3333")
        with owner.session() as s:
            people = list(s.scalars(select(Participant.id).where(Participant.status != "cancelled")
                                    .order_by(Participant.id).limit(5)))
    finally:
        owner.dispose()
    server_setup(admin_url)  # a second run re-applies everything (idempotent)
    yield {"admin_url": admin_url, "urls": result["urls"], "people": people}


@pytest.fixture
def clerk(server: dict[str, Any]) -> Iterator[Database]:
    db = open_database(server["urls"]["clerk"])
    operators.sign_in(db, "Lupita", "1234", desk="Desk 1")
    audit.set_signed_in("Lupita", "Desk 1")
    try:
        yield db
    finally:
        audit.set_signed_in(None)
        operators.sign_out(db)
        db.dispose()


def _refused(db: Database, statement: str, params: dict[str, Any] | None = None) -> str:
    """Run one statement as ``db``'s role inside BEGIN … ROLLBACK; the server's refusal."""
    with db.engine.connect() as conn:
        trans = conn.begin()
        try:
            with pytest.raises(DBAPIError) as caught:
                conn.execute(text(statement), params or {})
                conn.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))  # deferred checks now, not at commit
        finally:
            trans.rollback()
    message = str(caught.value.orig)
    assert getattr(caught.value.orig, "sqlstate", None) == "42501", message  # insufficient_privilege
    return message


def _count(db: Database, statement: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(statement)).scalar() or 0)


def test_the_clerk_role_is_refused_every_forbidden_statement(server: dict[str, Any], clerk: Database,
                                                             tmp_path: Path) -> None:
    from conference_desk.core.badges.service import print_badges, reprint_badge

    pid, other = server["people"][0], server["people"][1]
    # What a desk does still works: check in, print, reprint (revokes through desk_auth.revoke_badge).
    point = checkin.CheckInPoint(desk="Desk 1", operator="Lupita")
    admitted = checkin.check_in_participant(clerk, pid, point, now=DAY)
    assert admitted.outcome == "admitted"
    print_badges(clerk, [pid], tmp_path / "b.pdf")
    reprint_badge(clerk, pid, "smudged", tmp_path / "b2.pdf")
    revoked = _count(clerk, "SELECT count(*) FROM badge WHERE revoked_at IS NOT NULL")
    assert revoked >= 1

    # Badges: never un-revoked, never deleted, the reason never rewritten.
    for statement in ("UPDATE badge SET revoked_at = NULL",
                      "UPDATE badge SET revoke_reason = 'none'",
                      "UPDATE badge SET code = 'CDXX'",
                      "DELETE FROM badge"):
        assert "permission denied" in _refused(clerk, statement)
    # Revoking goes through desk_auth.revoke_badge, and only for a reprint (a newer badge by commit).
    current = _count(clerk, f"SELECT id FROM badge WHERE participant_id = {pid} AND revoked_at IS NULL")
    message = _refused(clerk, "SELECT desk_auth.revoke_badge(:id, 'spite', NULL)", {"id": current})
    assert "permission denied" in message and "reprint" in message
    # Operators: no lock-out of others, no role change, no reading the PINs' hashes.
    for statement in ("UPDATE operator SET locked_until = now() + interval '1 day'",
                      "UPDATE operator SET failed_attempts = 5",
                      "UPDATE operator SET role = 'administrator'",
                      "DELETE FROM operator",
                      "SELECT pin_hash FROM operator",
                      "SELECT pin_salt FROM operator",
                      "SELECT * FROM desk_auth.session",
                      "DELETE FROM desk_auth.session"):
        assert "permission denied" in _refused(clerk, statement)
    # Search words: nobody made unfindable.
    for statement in ("DELETE FROM participant_word", "UPDATE participant_word SET word = 'x'"):
        assert "permission denied" in _refused(clerk, statement)
    # Audit log: not changed, not deleted, not written in another operator's name (nor in nobody's).
    for statement in ("UPDATE audit_log SET summary = 'nothing happened'", "DELETE FROM audit_log"):
        assert "permission denied" in _refused(clerk, statement)
    for name in ("Bruno", "Ada", ""):
        message = _refused(clerk, "INSERT INTO audit_log (at, operator, desk, action, entity, summary, changes) "
                                  "VALUES (now(), :name, 'Desk 1', 'create', 'participant', 'forged', '{}')",
                           {"name": name})
        assert "row-level security" in message
    # Check-in events: no admission in another operator's name, no rewrite, no deletion.
    message = _refused(clerk, """
        INSERT INTO checkin_event (participant_id, place, day, desk, operator, scanned_at, nonce, outcome,
                                   reason, scanned_code)
        VALUES (:pid, 'venue', '2015-09-29', 'Desk 9', 'Bruno', now(), 'forged-nonce-1', 'admitted', '', '')""",
                       {"pid": other})
    assert "row-level security" in message
    for statement in ("UPDATE checkin_event SET participant_id = participant_id",
                      "UPDATE checkin_event SET operator = 'Bruno'",
                      "DELETE FROM checkin_event"):
        assert "permission denied" in _refused(clerk, statement)
    # The one change of an undo is admitted -> undone; never back, never anything else.
    assert "row-level security" in _refused(clerk, "UPDATE checkin_event SET outcome = 'already_in' "
                                                   "WHERE outcome = 'admitted'")
    # ... and only with its undo event (no admission quietly taken back).
    message = _refused(clerk, "UPDATE checkin_event SET outcome = 'undone' WHERE id = :id",
                       {"id": admitted.event_id})
    assert "permission denied" in message and "undo event" in message
    # Participants: only walk-ins checked in at the desk (an import is refused at commit).
    with pytest.raises(DBAPIError) as caught, clerk.session() as s:
        category = s.scalar(select(Participant.category_id).where(Participant.id == pid))
        s.add(Participant(given_name="Imported", family_name="Person", category_id=category))
    message = str(caught.value.orig)
    assert getattr(caught.value.orig, "sqlstate", None) == "42501"
    assert "permission denied" in message and "walk-in" in message
    # Every permission a clerk lacks has no grant either: merge, allocate, erase, programme, interpreters, set-up.
    for statement in ("DELETE FROM participant",                                   # merge duplicates
                      "UPDATE participant SET family_name = 'Erased'",             # edit, erase
                      "UPDATE participant SET status = 'cancelled'",
                      "INSERT INTO room_assignment (participant_id) VALUES (1)",   # hotel allocation
                      "DELETE FROM room_assignment",
                      "INSERT INTO sign_up (session_id, participant_id) VALUES (1, 1)",
                      "DELETE FROM interpreter_assignment",                        # interpreters' roster
                      "UPDATE programme_session SET title_en = 'x'",                  # programme
                      "UPDATE conference SET name_en = 'x'",                          # set-up
                      "DELETE FROM delegation",
                      "UPDATE setting SET value = ''",
                      "INSERT INTO operator (name, role, pin_hash, pin_salt, pin_iterations, active, failed_attempts, "
                      "created_at) VALUES ('Eve', 'administrator', '', '', 1, true, 0, now())"):
        assert "permission denied" in _refused(clerk, statement), statement
    # Nothing of the above was kept.
    with clerk.session() as s:
        assert s.scalar(select(func.count()).select_from(Badge).where(Badge.revoked_at.is_not(None))) == revoked
        assert s.scalar(select(func.count()).select_from(Operator).where(Operator.locked_until.is_not(None))) == 0
        assert s.scalar(select(func.count()).select_from(ParticipantWord)) > 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.summary == "forged")) == 0


def test_a_clerk_undoes_only_its_own_admissions(server: dict[str, Any], clerk: Database) -> None:
    pid = server["people"][2]
    bruno = open_database(server["urls"]["clerk"])
    try:
        operators.sign_in(bruno, "Bruno", "5678", desk="Desk 2")
        theirs = checkin.check_in_participant(bruno, pid, checkin.CheckInPoint(desk="Desk 2", operator="Bruno"),
                                              now=DAY)
        assert theirs.outcome == "admitted"
    finally:
        operators.sign_out(bruno)
        bruno.dispose()
    # Lupita's connection: Bruno's admission is out of reach of the undo policy (no row changes).
    with clerk.engine.begin() as conn:
        changed = conn.execute(text("UPDATE checkin_event SET outcome = 'undone' WHERE id = :id"),
                               {"id": theirs.event_id}).rowcount
    assert changed == 0
    # A supervisor signed in at a clerk's desk may undo it (issue 14), through the application.
    supervisor = open_database(server["urls"]["clerk"])
    try:
        operators.sign_in(supervisor, "Marta", "3333", desk="Desk 1")
        undone = checkin.undo_checkin(supervisor, theirs.event_id, "wrong person", Actor("Marta", "Desk 1"),
                                      "organiser", now=DAY + dt.timedelta(minutes=1))
        assert undone.undone_event_id == theirs.event_id
        # ... and her own walk-in, in her own name.
        walk_in_id, outcome = checkin.register_walk_in(
            supervisor, {"given_name": "Rosa", "family_name": "Walkin", "country": "MEX", "category": "delegate"},
            checkin.CheckInPoint(desk="Desk 1", operator="Marta"), actor=Actor("Marta", "Desk 1"), now=DAY)
        assert outcome.outcome == "admitted"
        with supervisor.session() as s:
            assert s.scalar(select(func.count()).select_from(ParticipantWord)
                            .where(ParticipantWord.participant_id == walk_in_id)) >= 2
            # The search box finds her at the clerk's desk: a two-letter word is read from the
            # prefix table (migration 0014), which the clerk's role reads and its trigger filled.
            from conference_desk.core.people.registration import ParticipantQuery, first_page

            for typed in ("wa", "wal", "walkin ro"):
                assert walk_in_id in [r.id for r in first_page(s, ParticipantQuery(search=typed)).rows], typed
    finally:
        supervisor.dispose()


def test_without_a_session_the_clerk_role_writes_nothing(server: dict[str, Any]) -> None:
    db = open_database(server["urls"]["clerk"])
    try:
        point = checkin.CheckInPoint(desk="Desk 3", operator="Lupita")
        with pytest.raises(DBAPIError, match="row-level security"):
            checkin.check_in_participant(db, server["people"][3], point, now=DAY)
        # A made-up token is no session either.
        operators.attach_session(db, "0" * 64)
        with pytest.raises(DBAPIError, match="row-level security"):
            checkin.check_in_participant(db, server["people"][3], point, now=DAY)
        with pytest.raises(operators.SignInRefused):
            operators.resume_session(db, "f" * 64)
        # Wrong PINs are counted by the server (the clerk's role cannot touch the count itself).
        with pytest.raises(operators.SignInRefused) as refused:
            operators.sign_in(db, "Bruno", "0000")
        assert refused.value.reason == "wrong_pin" and refused.value.tries_left == 4
        operators.sign_in(db, "Bruno", "5678")  # a right PIN resets the count
    finally:
        db.dispose()


def test_the_clerk_url_cannot_import(server: dict[str, Any], tmp_path: Path) -> None:
    from conference_desk.core.people import importing

    path = tmp_path / "reg.csv"
    path.write_text("Registration ID,Given name,Family name,Country,Email\n"
                    "X1,Imported,One,Mexico,one@example.org\nX2,Imported,Two,France,two@example.org\n",
                    encoding="utf-8")
    db = open_database(server["urls"]["clerk"])
    try:
        # Even an organiser signed in at a clerk's desk: the role decides.
        operators.sign_in(db, "Marta", "3333")
        before = importing.count_participants(db)
        with pytest.raises(DBAPIError, match="permission denied"):
            importing.import_file(db, path)
        assert importing.count_participants(db) == before
    finally:
        db.dispose()
    # The CLI: a clear message, exit status 1, nothing imported.
    cli = run_cli("--db", server["urls"]["clerk"], "--operator", "Marta", "--pin-stdin", "import", str(path),
                  stdin="3333\n")
    assert cli.returncode == 1, cli.stdout + cli.stderr
    assert "Traceback" not in cli.stderr and "permission denied" in cli.stderr
    assert "database role may not do this" in cli.stderr
    # A clerk operator is refused by the application first.
    cli = run_cli("--db", server["urls"]["clerk"], "--operator", "Lupita", "--pin-stdin", "import", str(path),
                  stdin="1234\n")
    assert cli.returncode == 1 and "Lupita (clerk) may not do this (import)" in cli.stderr
    check = open_database(server["urls"]["clerk"])
    try:
        assert importing.count_participants(check) == before
    finally:
        check.dispose()


def run_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The branch's CLI (``python -m conference_desk`` from this work tree)."""
    environment = {**os.environ, "PYTHONPATH": str(WORKTREE), **(env or {})}
    if "CONFERENCE_DESK_SESSION" not in (env or {}):
        environment.pop("CONFERENCE_DESK_SESSION", None)  # only the session a test gives
    return cli_process.run_cli(args, input=stdin, timeout=300, env=environment, cwd=WORKTREE)


def test_the_cli_signs_in_before_writing_on_a_shared_server(server: dict[str, Any]) -> None:
    url = server["urls"]["clerk"]
    pid = str(server["people"][4])
    at = "2015-09-30T10:00"
    refused = run_cli("--db", url, "checkin", "--participant", pid, "--at", at, "--operator", "Lupita", "--json")
    assert refused.returncode == 1 and "sign in" in refused.stderr and "--pin-stdin" in refused.stderr
    wrong = run_cli("--db", url, "checkin", "--participant", pid, "--at", at, "--operator", "Lupita",
                    "--pin-stdin", "--json", stdin="0000\n")
    assert wrong.returncode == 1 and "Wrong PIN for Lupita" in wrong.stderr
    done = run_cli("--db", url, "checkin", "--participant", pid, "--at", at, "--operator", "lupita",
                   "--pin-stdin", "--desk", "Desk 5", "--json", stdin="1234\n")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["outcome"] == "admitted"
    # A session token from `operators sign-in` works for later commands (here through the environment).
    signed = run_cli("--db", url, "operators", "sign-in", "Bruno", "--pin-stdin", "--json", stdin="5678\n")
    assert signed.returncode == 0, signed.stderr
    token = json.loads(signed.stdout)["session_token"]
    assert token and len(token) == 64
    again = run_cli("--db", url, "checkin", "--participant", pid, "--at", "2015-10-01T10:00", "--json",
                    env={"CONFERENCE_DESK_SESSION": token})
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["outcome"] == "admitted"
    owner = open_database(server["admin_url"])
    try:
        with owner.session() as s:
            rows = s.execute(select(CheckInEvent.operator, CheckInEvent.desk)
                             .where(CheckInEvent.participant_id == int(pid)).order_by(CheckInEvent.id)).all()
        assert [tuple(r) for r in rows] == [("Lupita", "Desk 5"), ("Bruno", rows[1].desk)]
    finally:
        owner.dispose()
    assert run_cli("--db", url, "operators", "sign-out", token).returncode == 0
    after = run_cli("--db", url, "--session-token", token, "checkin", "--participant", pid, "--at", at, "--json")
    assert after.returncode == 1 and "expired" in after.stderr


def test_operators_are_managed_by_a_signed_in_administrator(server: dict[str, Any]) -> None:
    url = server["urls"]["admin"]
    refused = run_cli("--db", url, "operators", "add", "Zoe", "--role", "clerk", "--pin", "4444")
    assert refused.returncode == 1 and "sign in" in refused.stderr
    clerk = run_cli("--db", url, "--operator", "Lupita", "--pin-stdin", "operators", "add", "Zoe", "--role", "clerk",
                    "--pin-stdin", stdin="1234\n4444\n")
    assert clerk.returncode == 1 and "Lupita (clerk) may not do this (operators)" in clerk.stderr
    added = run_cli("--db", url, "--operator", "Ada", "--pin-stdin", "operators", "add", "Zoe", "--role", "clerk",
                    "--pin-stdin", "--json", stdin="9999\n4444\n")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["name"] == "Zoe"
    # The organiser's role cannot read the PINs' hashes either.
    organiser = open_database(server["urls"]["organiser"])
    try:
        assert "permission denied" in _refused(organiser, "SELECT pin_hash FROM operator")
        assert [o.name for o in operators.list_operators(organiser)][:2] == ["Ada", "Bruno"]
    finally:
        organiser.dispose()


def test_server_setup_again_keeps_sessions_and_the_admin_role_can_pg_dump(
        server: dict[str, Any], clerk: Database, pg_server: PostgresServer, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    again = server_setup(server["admin_url"])  # re-applies functions, grants and policies
    assert again["passwords_set"] == []
    admitted = checkin.check_in_participant(clerk, server["people"][0], checkin.CheckInPoint(
        desk="Desk 1", operator="Lupita"), now=DAY + dt.timedelta(days=2))
    assert admitted.outcome == "admitted"  # the session opened before the re-run still counts
    url = make_url(server["urls"]["admin"])
    libpq = f"postgresql://{url.username}:{url.password}@{url.host}:{url.port}/{url.database}"
    dumped = subprocess.run([str(pg_server.bindir / "pg_dump"), "--format=custom",
                             f"--file={tmp_path / 'conference.dump'}", libpq],
                            capture_output=True, text=True, timeout=120)
    assert dumped.returncode == 0, dumped.stderr


def test_a_desk_uploads_only_the_signed_in_operators_offline_decisions(server: dict[str, Any], clerk: Database,
                                                                         tmp_path: Path) -> None:
    """Row-level security writes check-ins only in the signed-in name: the others' wait, reported, never lost."""
    from conference_desk.core.desks import cache as desk_cache
    from conference_desk.core.badges import service as badge_service

    owner = open_database(server["admin_url"])
    try:
        people = server["people"][:3]
        codes = badge_service.print_badges(owner, people, tmp_path / "b.pdf").codes
    finally:
        owner.dispose()
    cache = desk_cache.open_cache(tmp_path / "desk.sqlite")
    try:
        desk_cache.refresh(clerk, cache, now=DAY)
        later = DAY + dt.timedelta(days=1)  # a day of its own: other tests of this module admit on DAY
        for pid, operator in zip(people, ("Lupita", "Bruno", "Lupita")):
            outcome = desk_cache.decide_offline(cache, codes[pid], checkin.CheckInPoint(desk="Desk 1",
                                                                                        operator=operator), later)
            assert outcome.outcome == "admitted"
        result = desk_cache.upload(clerk, cache)  # signed in as Lupita
        assert result.uploaded == 2 and result.pending == 1
        assert any("other operators" in p for p in result.problems)
        with clerk.session() as s:
            admitted = set(s.scalars(select(CheckInEvent.participant_id).where(
                CheckInEvent.outcome == "admitted", CheckInEvent.day == later.date())))
        assert admitted == {people[0], people[2]}
        operators.sign_out(clerk)
        operators.sign_in(clerk, "Bruno", "5678", desk="Desk 1")
        assert desk_cache.upload(clerk, cache).uploaded == 1 and cache.pending() == 0
    finally:
        cache.close()
