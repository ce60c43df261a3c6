"""The same code on a shared PostgreSQL server (a real throwaway server)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from conference_desk.core.foundation.db import head_revision, open_database

from conference_desk.core.foundation.info import conference_summary
from conference_desk.core.foundation.models import Category, Participant
from conference_desk.core.foundation.setup_data import initialise
from tests.cli_process import run_cli

pytestmark = pytest.mark.postgres


def test_migrations_init_demo_and_info_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert initialise(db, "iclc2015").created is True
        from conference_desk.core.demo.generator import populate_demo

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

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(["--db", pg_url, *args], timeout=300)

    assert cli("init").returncode == 0
    info = cli("info", "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["conference"]["code"] == "iclc2015"
    assert "127.0.0.1" in data["database"]


def _word_table_matches(session, typed_text: str) -> set[int]:  # type: ignore[no-untyped-def]
    """The ids the search of earlier versions found (every typed word begins a word in participant_word)."""
    from sqlalchemy import and_, exists, select

    from conference_desk.core.foundation.models import ParticipantWord
    from conference_desk.core.people.registration import typed_search

    letter, typed = typed_search(typed_text)
    stmt = select(Participant.id)
    if letter is not None:
        stmt = stmt.where(Participant.sort_name >= letter, Participant.sort_name < chr(ord(letter) + 1))
    for word in typed:
        upper = word[:-1] + chr(ord(word[-1]) + 1)
        stmt = stmt.where(exists().where(and_(ParticipantWord.participant_id == Participant.id,
                                              ParticipantWord.word >= word, ParticipantWord.word < upper)))
    return set(session.scalars(stmt))


PG_SEARCHES = ["a", "ma", "garc", "garcia jo", "go", "mex", "ciudad", "de", "li", "12", "zz", "j m", "n'di",
               "wang", "van der"]


def test_search_on_postgresql_finds_the_same_people(pg_url: str, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The tsvector index answers what the word table answered; a copy from SQLite searches alike."""
    from conference_desk.core.people import registration
    from conference_desk.core.desks.copy import copy_database
    from conference_desk.core.demo.generator import populate_demo
    from conference_desk.core.people.registration import (
        MATCH_CAP,
        ParticipantQuery,
        category_choices,
        first_page,
        list_participants,
        save_participant,
    )

    source = open_database(str(tmp_path / "source.sqlite"))
    initialise(source, "iclc2015")
    populate_demo(source, participants=2500, seed=11)
    # Pages of a search in name order, read by walking the name index (PostgreSQL: its ids from the
    # name-and-search index of migration 0013, then the rows), forwards and backwards.
    walked = [(typed, descending, offset) for typed in ("de", "ma", "li", "garcia jo") for descending in (False, True)
              for offset in (0, 100)]

    def pages(session):  # type: ignore[no-untyped-def]
        return {key: [r.id for r in list_participants(session, ParticipantQuery(search=key[0], descending=key[1]),
                                                      key[2], 100)] for key in walked}

    def small_pages(session):  # type: ignore[no-untyped-def]
        # A page of 20 and a cap of 150: full pages with an exact count (PostgreSQL counts in the
        # page's statement) and "more than 150" (the screen's "more than 2,000")
        with monkeypatch.context() as patch:
            patch.setattr(registration, "MATCH_CAP", 150)
            found = {}
            for typed in PG_SEARCHES:
                for descending in (False, True):
                    page = first_page(session, ParticipantQuery(search=typed, descending=descending), limit=20)
                    found[typed, descending] = (page.total, page.exact, [r.id for r in page.rows])
            page = first_page(session, ParticipantQuery(search="ma", delegation_id=1), limit=20)  # another filter
            found["ma", "delegation 1"] = (page.total, page.exact, [r.id for r in page.rows])
        return found

    with source.session() as s:
        on_sqlite = {typed: first_page(s, ParticipantQuery(search=typed), limit=MATCH_CAP) for typed in PG_SEARCHES}
        sqlite_pages = pages(s)
        sqlite_small = small_pages(s)
    assert {exact for _total, exact, _ids in sqlite_small.values()} == {True, False}
    assert any(exact and total > 20 for total, exact, _ids in sqlite_small.values())
    assert all(sqlite_pages[("de", d, o)] for d in (False, True) for o in (0, 100))
    copy_database(source, pg_url)  # the FTS5 tables are not models: not copied
    source.dispose()
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            for index in ("ix_participant_search_vector", "ix_participant_name_search"):
                assert conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = :name"),
                                    {"name": index}).scalar() == 1
        with db.session() as s:
            for typed in PG_SEARCHES:
                expected = _word_table_matches(s, typed)
                page = first_page(s, ParticipantQuery(search=typed), limit=MATCH_CAP)
                assert page.exact == (len(expected) <= MATCH_CAP), typed
                if page.exact:
                    assert {r.id for r in page.rows} == expected and page.total == len(expected), typed
                assert [r.id for r in page.rows] == [r.id for r in on_sqlite[typed].rows], typed
            assert pages(s) == sqlite_pages
            assert small_pages(s) == sqlite_small
            # the search's own planner setting does not outlive its statement in the caller's transaction
            assert s.connection().exec_driver_sql("SHOW enable_seqscan").scalar() == "on"
            category = category_choices(s)[0].id
        new_id = save_participant(db, {"given_name": "Þórunn", "family_name": "Guðmundsdóttir",
                                       "category_id": category})
        with db.session() as s:
            assert [r.id for r in first_page(s, ParticipantQuery(search="thorunn gudm")).rows] == [new_id]
            s.delete(s.get(Participant, new_id))
        with db.session() as s:
            assert first_page(s, ParticipantQuery(search="thorunn gudm")).rows == []
    finally:
        db.dispose()


def test_short_words_counted_and_paged_from_the_prefix_table_as_from_the_full_text_index(
        pg_url: str, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A typed word of 2 or 3 letters is answered from participant_search_prefix (migration 0014):
    the same count, exactness and page, in both directions, as the GIN path, after the copy,
    after people are added, renamed, re-described and deleted (the trigger), and after the table
    is made again by the migration from the rows already there."""
    from alembic import command

    from conference_desk.core.demo.generator import populate_demo
    from conference_desk.core.desks.copy import copy_database
    from conference_desk.core.foundation.db import alembic_config
    from conference_desk.core.people import registration
    from conference_desk.core.people.registration import category_choices, save_participant

    source = open_database(str(tmp_path / "source.sqlite"))
    initialise(source, "iclc2015")
    populate_demo(source, participants=1200, seed=5)
    copy_database(source, pg_url)
    source.dispose()
    db = open_database(pg_url)
    monkeypatch.setattr(registration, "MATCH_CAP", 120)  # broad and narrow prefixes in 1,200 people

    def both_ways() -> dict[tuple[str, bool], tuple[int, bool, list[int]]]:
        with db.session() as s:
            conn = s.connection()
            prefixes = sorted(conn.exec_driver_sql("SELECT DISTINCT prefix FROM participant_search_prefix").scalars())
            words = sorted({w[:n] for w in conn.exec_driver_sql(
                "SELECT DISTINCT unnest(tsvector_to_array(search_vector)) FROM participant").scalars()
                for n in (2, 3) if len(w) >= n})
            assert prefixes == words  # every 2- and 3-letter beginning, nothing else
            found = {}
            for word in prefixes[::7] + ["zq", "ma", "gar", "de"]:
                for descending in (False, True):
                    fast = registration._pg_search_page(conn, [word], descending, 20, "en")
                    gin = registration._pg_search_page(conn, [word], descending, 20, "en", prefixes=False)
                    assert (fast.total, fast.exact, [r.id for r in fast.rows]) == (
                        gin.total, gin.exact, [r.id for r in gin.rows]), (word, descending)
                    assert fast.rows == gin.rows
                    found[word, descending] = (fast.total, fast.exact, [r.id for r in fast.rows])
        return found

    try:
        found = both_ways()
        assert {exact for _total, exact, _ids in found.values()} == {True, False}
        assert found["zq", False] == (0, True, [])
        with db.session() as s:
            category = category_choices(s)[0].id
            renamed, described, deleted = s.scalars(
                text("SELECT id FROM participant WHERE sort_name LIKE 'ma%' ORDER BY sort_name LIMIT 3")).all()
        added = save_participant(db, {"given_name": "Zqa", "family_name": "Aardvark", "category_id": category})
        with db.session() as s:
            s.get(Participant, renamed).family_name = "Zqxyz"
            s.get(Participant, described).organisation = "Zqrst Institute"
            s.delete(s.get(Participant, deleted))
        after = both_ways()
        assert after["zq", False][2] == sorted(
            [added, renamed, described], key=lambda pid: (db_sort_name(db, pid), pid))
        assert deleted not in after["ma", False][2] + after["ma", True][2]
        # The migration makes the table from the rows already there.
        cfg = alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0013")
            assert conn.exec_driver_sql("SELECT to_regclass('participant_search_prefix')").scalar() is None
            command.upgrade(cfg, "head")
        assert both_ways() == after
        # The integrity check compares the table with the names: sound, then one entry planted and one lost.
        from conference_desk.core.safety.integrity import check_integrity

        def prefixes_off() -> dict:  # type: ignore[type-arg]
            return {c["name"]: c for c in check_integrity(db)["checks"]}["search_prefixes_off"]

        assert prefixes_off()["ok"]
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO participant_search_prefix VALUES ('qq', 'nobody', %s)" % added)
            conn.exec_driver_sql("DELETE FROM participant_search_prefix WHERE participant_id = %s AND prefix = 'ma'"
                                 % after["ma", False][2][0])
        off = prefixes_off()
        assert off["examples"] == sorted([added, after["ma", False][2][0]]) and off["message"] == (
            "2 participant(s) are not in the search's prefix table as their names say.")
    finally:
        db.dispose()


def db_sort_name(db, participant_id: int) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.get(Participant, participant_id).sort_name
