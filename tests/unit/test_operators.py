"""Operators, PINs, lock-out, the permissions table, migration 0006."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from conference_desk.core.desks import operators
from conference_desk.core.foundation.db import Database, head_revision, open_database, upgrade
from conference_desk.core.desks.operators import OperatorError, SignInRefused
from tests.cli_process import run_cli


@pytest.fixture
def staffed(db: Database) -> Database:
    operators.create_operator(db, "Ana Admin", "administrator", "4321")
    operators.create_operator(db, "Lupita", "clerk", "1234")
    return db


def test_no_operator_means_no_sign_in(db: Database) -> None:
    assert operators.has_operators(db) is False
    assert operators.list_operators(db) == []


def test_the_first_operator_must_be_an_administrator(db: Database) -> None:
    with pytest.raises(OperatorError, match="first operator must be an administrator"):
        operators.create_operator(db, "Lupita", "clerk", "1234")
    operators.create_operator(db, "Ana", "administrator", "4321")
    assert operators.has_operators(db) is True
    with pytest.raises(OperatorError, match="already an operator named"):
        operators.create_operator(db, "ana", "clerk", "1111")
    with pytest.raises(OperatorError, match="4 to 12 digits"):
        operators.create_operator(db, "Bob", "clerk", "12a4")
    with pytest.raises(OperatorError, match="Unknown role"):
        operators.create_operator(db, "Bob", "boss", "1234")


def test_sign_in_with_the_right_pin_and_refused_with_a_wrong_one(staffed: Database) -> None:
    info = operators.sign_in(staffed, "lupita", "1234")  # names match whatever the case
    assert (info.name, info.role) == ("Lupita", "clerk")
    assert info.last_sign_in_at is not None
    with pytest.raises(SignInRefused, match="Wrong PIN for Lupita: 4 more") as caught:
        operators.sign_in(staffed, "Lupita", "0000")
    assert caught.value.reason == "wrong_pin" and caught.value.tries_left == 4
    with pytest.raises(SignInRefused, match="No operator named Nobody") as unknown:
        operators.sign_in(staffed, "Nobody", "1234")
    assert unknown.value.reason == "unknown"
    # A right PIN resets the count.
    operators.sign_in(staffed, "Lupita", "1234")
    with pytest.raises(SignInRefused) as again:
        operators.sign_in(staffed, "Lupita", "9999")
    assert again.value.tries_left == 4


def test_five_wrong_pins_in_a_row_lock_out_for_a_minute(staffed: Database) -> None:
    now = dt.datetime(2015, 9, 28, 9, 0)
    for attempt in range(4):
        with pytest.raises(SignInRefused) as caught:
            operators.sign_in(staffed, "Lupita", "0000", now=now)
        assert caught.value.reason == "wrong_pin"
    with pytest.raises(SignInRefused, match="locked out for 60 s") as locked:
        operators.sign_in(staffed, "Lupita", "0000", now=now)
    assert locked.value.reason == "locked"
    # Even the right PIN is refused during the minute (and the lock-out is in the database: every desk sees it).
    with pytest.raises(SignInRefused, match="locked out for 30 s more") as still:
        operators.sign_in(staffed, "Lupita", "1234", now=now + dt.timedelta(seconds=30))
    assert still.value.seconds_left == 30
    other_desk = open_database(staffed.url)
    try:
        with pytest.raises(SignInRefused, match="locked out"):
            operators.sign_in(other_desk, "Lupita", "1234", now=now + dt.timedelta(seconds=59))
    finally:
        other_desk.dispose()
    assert operators.sign_in(staffed, "Lupita", "1234", now=now + dt.timedelta(seconds=61)).name == "Lupita"
    # Other operators were never locked.
    assert operators.sign_in(staffed, "Ana Admin", "4321", now=now).role == "administrator"


def test_deactivated_operators_cannot_sign_in_and_the_last_administrator_stays(staffed: Database) -> None:
    operators.deactivate_operator(staffed, "Lupita")
    with pytest.raises(SignInRefused, match="deactivated") as caught:
        operators.sign_in(staffed, "Lupita", "1234")
    assert caught.value.reason == "inactive"
    operators.activate_operator(staffed, "Lupita")
    with pytest.raises(OperatorError, match="last active administrator"):
        operators.deactivate_operator(staffed, "Ana Admin")
    with pytest.raises(OperatorError, match="last active administrator"):
        operators.set_role(staffed, "Ana Admin", "clerk")
    operators.change_pin(staffed, "Lupita", "24680")
    assert operators.sign_in(staffed, "Lupita", "24680").name == "Lupita"
    with pytest.raises(SignInRefused):
        operators.sign_in(staffed, "Lupita", "1234")


def test_pins_are_stored_salted_and_hashed(staffed: Database) -> None:
    with staffed.engine.connect() as conn:
        rows = conn.execute(text("SELECT pin_hash, pin_salt, pin_iterations FROM operator")).all()
    assert len({bytes(r.pin_salt) for r in rows}) == 2
    assert all(b"1234" not in bytes(r.pin_hash) and r.pin_iterations >= 200_000 for r in rows)


def test_one_table_of_permissions() -> None:
    clerk = operators.permissions("clerk")
    organiser = operators.permissions("organiser")
    administrator = operators.permissions("administrator")
    assert {"checkin", "walk_in", "badges.print", "badges.reprint", "participants.view"} <= clerk
    assert not clerk & {"hotels", "programme", "interpreters", "participants.edit", "setup", "operators"}
    assert clerk < organiser < administrator
    assert {"hotels", "programme", "interpreters", "participants.edit", "import"} <= organiser
    assert not organiser & {"setup", "operators", "server"}
    assert {"setup", "operators", "server"} <= administrator
    assert operators.permissions("nobody") == frozenset()
    assert operators.may("clerk", "checkin") and not operators.may("clerk", "hotels")


def test_migration_0006_upgrades_a_0005_database(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0005")
    with engine.connect() as conn:
        assert "operator" not in inspect(conn).get_table_names()
    engine.dispose()
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            columns = {c["name"] for c in inspect(conn).get_columns("operator")}
        assert {"name", "role", "pin_hash", "pin_salt", "active", "failed_attempts", "locked_until",
                "created_at"} <= columns
        operators.create_operator(db, "Ana", "administrator", "4321")
        assert operators.sign_in(db, "Ana", "4321").role == "administrator"
    finally:
        db.dispose()


def test_cli_operators(tmp_path: Path) -> None:
    import json
    import subprocess

    path = str(tmp_path / "c.sqlite")

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return run_cli(["--db", path, *args], input=stdin, timeout=120)

    assert cli("init").returncode == 0
    refused = cli("operators", "add", "Lupita", "--role", "clerk", "--pin", "1234")
    assert refused.returncode == 1 and "first operator must be an administrator" in refused.stderr
    assert cli("operators", "add", "Ana", "--role", "administrator", "--pin-stdin", stdin="4321\n").returncode == 0
    assert cli("operators", "add", "Lupita", "--role", "clerk", "--pin", "1234").returncode == 0
    listed = json.loads(cli("operators", "list", "--json").stdout)
    assert [(o["name"], o["role"], o["active"]) for o in listed] == [
        ("Ana", "administrator", True), ("Lupita", "clerk", True)]
    assert cli("operators", "deactivate", "Lupita").returncode == 0
    assert json.loads(cli("operators", "list", "--json").stdout)[1]["active"] is False
    # A single laptop needs no sign-in, but a PIN given on the command line is checked (issue 22).
    wrong = cli("--operator", "Ana", "--pin-stdin", "operators", "activate", "Lupita", stdin="0000\n")
    assert wrong.returncode == 1 and "Wrong PIN for Ana" in wrong.stderr
    assert cli("--operator", "Ana", "--pin-stdin", "operators", "activate", "Lupita", stdin="4321\n").returncode == 0
    assert json.loads(cli("operators", "list", "--json").stdout)[1]["active"] is True
