"""Migrations: a database made by an earlier version opens in a later one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select, text

from conference_desk.core.foundation.db import alembic_config, head_revision, open_database, upgrade
from conference_desk.core.foundation.models import Base, Participant
from conference_desk.core.foundation.search_index import include_name


def _first_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    return list(script.walk_revisions())[-1].revision


def test_models_and_migrations_agree(db_path: Path) -> None:
    """Fails when a model changes without a migration (run alembic revision --autogenerate)."""
    database = open_database(str(db_path))
    with database.engine.connect() as conn:
        # The full-text index (FTS5 table and its shadow tables) is made by migration 0009, not by a model.
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    database.dispose()
    assert diff == []


def test_populated_database_from_first_revision_upgrades_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, _first_revision())
    # Populate as the first version did, with plain SQL (no current models).
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys = ON"))
        conn.execute(
            text(
                "INSERT INTO conference (code, name_en, name_fr, name_es, short_name, theme_en, theme_fr,"
                " theme_es, arrival_date, start_date, end_date, departure_date, city, country_iso3,"
                " timezone, venue_name, venue_address, venue_description, working_languages,"
                " organisers, hosts, badge_secret, created_at) VALUES ('old', 'Old conference', '', '',"
                " '', '', '', '', '2015-09-27', '2015-09-28', '2015-09-30', '2015-10-01', '', '', 'UTC',"
                " '', '', '', 'en,fr,es', '', '', x'00', '2015-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO category (code, label_en, label_fr, label_es, colour, text_colour,"
                " sort_order, priority) VALUES ('delegate', 'Delegate', 'Délégué', 'Delegado/a',"
                " '#1f4e79', '#ffffff', 0, 40)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO participant (category_id, title, given_name, family_name,"
                " given_name_latin, family_name_latin, badge_name, search_text, gender, position,"
                " organisation, city, email, phone, preferred_language, needs_hotel,"
                " room_type_request, sharer_note, hotel_funded, accessibility_needs, dietary_needs,"
                " notes, status, created_at, updated_at, row_version, arrival_date)"
                " VALUES (1, 'Dr', 'Zoë', 'Ñúñez', '', '', 'Zoë Ñúñez', 'zoe nunez', 'F', '', '',"
                " 'Oaxaca', 'zoe@example.org', '', 'es', 1, 'single', '', 0, '', '', '',"
                " 'confirmed', '2015-01-01', '2015-01-01', 1, '2015-09-27')"
            )
        )
    engine.dispose()

    database = open_database(str(path))  # the current version opens it
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    with database.session() as s:
        zoe = s.scalars(select(Participant)).one()
        assert (zoe.given_name, zoe.family_name, zoe.city) == ("Zoë", "Ñúñez", "Oaxaca")
        assert zoe.arrival_date == dt.date(2015, 9, 27)
        assert zoe.category.label_fr == "Délégué"
        # Revision 0002 gave existing people a sort name and search words.
        assert zoe.sort_name == "nunez zoe"
        from conference_desk.core.people.registration import ParticipantQuery, first_page

        assert [r.family_name for r in first_page(s, ParticipantQuery(search="nunez")).rows] == ["Ñúñez"]
    database.dispose()


def test_every_revision_downgrades_and_upgrades_cleanly(tmp_path: Path) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{tmp_path / 'roundtrip.sqlite'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        command.downgrade(cfg, "base")
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()


def test_0009_indexes_the_people_of_a_0008_database(tmp_path: Path) -> None:
    """A database of schema 0008 with people: after 0009 search finds them through the full-text index."""
    from alembic import command
    from sqlalchemy import and_, exists
    from sqlalchemy.orm import sessionmaker

    from conference_desk.core.foundation.db import Database
    from conference_desk.core.demo.generator import populate_demo
    from conference_desk.core.foundation.models import ParticipantWord
    from conference_desk.core.people.registration import MATCH_CAP, ParticipantQuery, first_page, typed_search
    from conference_desk.core.foundation.setup_data import initialise

    path = tmp_path / "v0008.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    # People are made with today's model (the demo writes through the ORM), then the schema is
    # taken back to 0008 with its own downgrades: a 0008 database full of people.
    upgrade(engine)
    old = Database(f"sqlite:///{path}", engine, sessionmaker(engine, expire_on_commit=False))
    initialise(old, "iclc2015")
    populate_demo(old, 800, seed=4)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert "participant_fts" not in tables
    engine.dispose()

    database = open_database(str(path))
    try:
        with database.session() as s:
            for typed in ("ma", "garcia", "go", "de la", "mex", "an", "z", "12"):
                letter, words = typed_search(typed)
                stmt = select(Participant.id)
                if letter is not None:
                    stmt = stmt.where(Participant.sort_name >= letter, Participant.sort_name < chr(ord(letter) + 1))
                for word in words:
                    upper = word[:-1] + chr(ord(word[-1]) + 1)
                    stmt = stmt.where(exists().where(and_(ParticipantWord.participant_id == Participant.id,
                                                          ParticipantWord.word >= word, ParticipantWord.word < upper)))
                expected = set(s.scalars(stmt))
                page = first_page(s, ParticipantQuery(search=typed), limit=MATCH_CAP)
                assert page.exact and {r.id for r in page.rows} == expected, typed
                assert expected or typed in ("z", "12"), typed  # the common prefixes find people
        with database.engine.connect() as conn:
            indexed = conn.execute(text("SELECT count(*) FROM participant_fts WHERE participant_fts MATCH 'a* OR e*'"
                                        )).scalar()
            assert indexed and indexed > 400
            conn.exec_driver_sql("INSERT INTO participant_fts(participant_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        database.dispose()
