"""Opening databases: pragmas, refusals with clear messages, nothing touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from conference_desk.core.foundation.db import Database, head_revision, open_database
from conference_desk.core.foundation.errors import DatabaseError


def test_sqlite_file_has_wal_foreign_keys_and_busy_timeout(db: Database, db_path: Path) -> None:
    assert db_path.exists()
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("dear organiser, ...")
    with pytest.raises(DatabaseError, match="not a Conference Desk database"):
        open_database(str(path))
    assert path.read_text() == "dear organiser, ..."


def test_an_sqlite_file_of_another_application_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(DatabaseError, match="unknown tables"):
        open_database(str(path))
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["songs"]


def test_a_database_from_a_newer_version_is_refused(db: Database, db_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="newer version of Conference Desk"):
        open_database(str(db_path))


def test_missing_folder_and_missing_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(str(tmp_path / "nowhere" / "c.sqlite"))
    with pytest.raises(DatabaseError, match="No database at"):
        open_database(str(tmp_path / "c.sqlite"), create=False)
    assert not (tmp_path / "c.sqlite").exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(str(tmp_path))


def test_bad_url_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError):
        open_database("nosuchdialect://x/y")


def test_session_rolls_back_everything_on_error(db: Database) -> None:
    from sqlalchemy import func, select

    from conference_desk.core.foundation.models import VenueRoom

    with pytest.raises(RuntimeError), db.session() as s:
        s.add(VenueRoom(name="Patio de la Autonomía", capacity=300))
        s.flush()
        raise RuntimeError("power cut")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(VenueRoom).where(VenueRoom.name.like("Patio de la A%"))) == 0
