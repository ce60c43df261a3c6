"""The same code on a shared PostgreSQL server (a real throwaway server)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from conference_desk.core.db import head_revision, open_database

from conference_desk.core.info import conference_summary
from conference_desk.core.models import Category, Participant
from conference_desk.core.setup_data import initialise

pytestmark = pytest.mark.postgres


def test_migrations_init_demo_and_info_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert initialise(db, "iclc2015").created is True
        from conference_desk.core.demo import populate_demo

        populate_demo(db, participants=120, seed=7)
        summary = conference_summary(db, "es")
        assert summary["conference"]["name"].startswith("2ª Conferencia")
        assert summary["counts"]["member_states"] == 195
        assert summary["counts"]["participants"] == 120
        assert initialise(db, "iclc2015").created is False
        assert conference_summary(db)["counts"] == summary["counts"]
    finally:
        db.dispose()


def test_constraints_hold_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        initialise(db, "empty")
        with pytest.raises(IntegrityError), db.session() as s:
            category = s.query(Category).first()
            s.add(Participant(family_name="", category=category))
        with pytest.raises(IntegrityError), db.session() as s:
            s.execute(text("INSERT INTO delegation (kind, organisation_name, notes) VALUES ('club', 'X', '')"))
    finally:
        db.dispose()


def test_cli_runs_against_postgresql(pg_url: str) -> None:
    import json
    import subprocess
    import sys

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "conference_desk", "--db", pg_url, *args],
                              capture_output=True, text=True, timeout=300)

    assert cli("init").returncode == 0
    info = cli("info", "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["conference"]["code"] == "iclc2015"
    assert "127.0.0.1" in data["database"]
