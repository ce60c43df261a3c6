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


# -- opening a file at the newest schema without SQLAlchemy (start-up, issue 17) ----------------


def test_the_revisions_read_from_the_migration_files_are_alembics() -> None:
    """The head and the known revisions that start-up reads from the files' ``revision = …`` lines
    are what Alembic's own script directory says."""
    from alembic.script import ScriptDirectory

    from conference_desk.core.foundation.db import _revision_graph, alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert _revision_graph() is not None  # the quick reading applies to every file shipped
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert _revision_graph() == {rev.revision: tuple(rev._all_down_revisions) for rev in script.walk_revisions()}


def test_a_database_at_the_newest_schema_opens_and_shows_its_counts_without_sqlalchemy(
        db: Database, db_path: Path) -> None:
    """What the main window reads before its first screen is up (the schema revision, the
    overview's counts, whether anyone signs in) needs no SQLAlchemy on a SQLite file, and reads
    the same as through the engine."""
    import json
    import subprocess
    import sys

    from conference_desk.core.foundation.info import conference_summary

    expected = conference_summary(db, "fr")  # through the engine the fixture's database has
    db.dispose()
    script = (
        "import json, sys\n"
        "from conference_desk.core.foundation.db import open_database\n"
        "from conference_desk.core.foundation.info import conference_summary\n"
        "from conference_desk.core.foundation.permissions import has_operators\n"
        f"db = open_database({str(db_path)!r})\n"
        "summary = conference_summary(db, 'fr')\n"
        "print(json.dumps({'summary': summary, 'operators': has_operators(db), 'describe': db.describe(),\n"
        "                  'sqlalchemy': 'sqlalchemy' in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    found = json.loads(done.stdout)
    assert found["sqlalchemy"] is False
    assert found["summary"] == json.loads(json.dumps(expected))
    assert found["summary"]["schema_revision"] == head_revision()
    assert found["operators"] is False
    assert found["describe"] == str(db_path.resolve())


def test_a_database_opened_quickly_makes_its_engine_when_asked(db: Database, db_path: Path) -> None:
    db.dispose()
    reopened = open_database(str(db_path))
    try:
        assert reopened.is_sqlite
        assert reopened.describe() == str(db_path.resolve())
        with reopened.plain_reads() as reads:
            assert reads.rows("SELECT code FROM conference") == [("iclc2015",)]
        with reopened.engine.connect() as conn:  # the engine's connections have the pragmas too
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with reopened.session() as session:
            assert session.execute(text("SELECT count(*) FROM venue_room")).scalar() > 0
    finally:
        reopened.dispose()


def test_a_failed_plain_read_raises_the_error_the_engine_would(db: Database, db_path: Path) -> None:
    """Callers catch SQLAlchemy's errors: a read on the quick path's sqlite3 connection raises them too."""
    from sqlalchemy.exc import OperationalError

    db.dispose()
    reopened = open_database(str(db_path))
    with pytest.raises(OperationalError, match="no such table"), reopened.plain_reads() as reads:
        reads.rows("SELECT * FROM no_such_table")


def test_a_database_of_an_earlier_version_is_still_upgraded_on_open(db: Database, db_path: Path) -> None:
    """The quick path only takes a file already at the newest schema; an older one is migrated."""
    from alembic import command

    from conference_desk.core.foundation.db import alembic_config

    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    db.dispose()
    reopened = open_database(str(db_path))
    try:
        with reopened.plain_reads() as reads:
            assert reads.revision() == head_revision()
            assert reads.rows("SELECT code FROM conference") == [("iclc2015",)]
    finally:
        reopened.dispose()
