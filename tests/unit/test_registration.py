"""Registration core: search semantics, pages, validation, saving with audit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conference_desk.core.foundation.db import Database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import AuditEntry, MemberState, Participant, ParticipantWord
from conference_desk.core.people.registration import (
    DENSE_MATCHES,
    MATCH_CAP,
    SEARCH_PAGE,
    ParticipantQuery,
    ValidationError,
    category_choices,
    count_participants,
    first_page,
    list_delegations,
    save_participant,
    typed_search,
    validate_participant,
)


def names(db: Database, text: str, **filters) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        page = first_page(s, ParticipantQuery(search=text, **filters))
        assert page.exact
        assert page.total == len(page.rows) == count_participants(s, ParticipantQuery(search=text, **filters))
        return [f"{r.given_name} {r.family_name}" for r in page.rows]


@pytest.fixture
def few(db: Database) -> Database:
    with db.session() as s:
        cats = {c.extra: c.id for c in category_choices(s)}
        mex = s.scalar(select(MemberState.id).where(MemberState.iso3 == "MEX"))
    for given, family, extra in [
        ("José", "García López", {"email": "jgarcia@cdmx.gob.mx", "city": "Ciudad de México"}),
        ("Jose", "Garcia", {"city": "Puebla"}),
        ("Anna", "Müller", {"organisation": "Hamburg Learning Centre"}),
        ("Amadou", "N'Diaye", {}),
        ("Sofia", "'s Gravensande", {}),
        ("Иван", "Петров", {"given_name_latin": "Ivan", "family_name_latin": "Petrov"}),
        ("芳", "王", {"given_name_latin": "Fang", "family_name_latin": "Wang"}),
    ]:
        save_participant(db, {"given_name": given, "family_name": family, "category_id": cats["delegate"],
                              "member_state_id": mex, **extra})
    return db


def test_typed_search_rules() -> None:
    assert typed_search("g") == ("g", [])
    assert typed_search("  José  MÜLLER ") == (None, ["jose", "muller"])
    assert typed_search("N'Diaye") == (None, ["diaye"])
    assert typed_search("o'") == ("o", [])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jose", ["Jose Garcia", "José García López"]),
        ("GARCÍA lóp", ["José García López"]),
        ("muller", ["Anna Müller"]),
        ("diaye", ["Amadou N'Diaye"]),
        ("ivan", ["Иван Петров"]),
        ("Пет", ["Иван Петров"]),
        ("wang fang", ["芳 王"]),
        ("hamburg learn", ["Anna Müller"]),
        ("jgarcia", ["José García López"]),
        ("ciudad", ["José García López"]),
        ("m", ["Anna Müller"]),  # one letter: family names beginning with it
        ("g", ["Jose Garcia", "José García López"]),
        ("s", ["Sofia 's Gravensande"]),
        ("xyz", []),
    ],
)
def test_search_finds_people_as_a_clerk_types(few: Database, typed: str, expected: list[str]) -> None:
    assert names(few, typed) == expected


def test_broad_search_shows_a_page_and_says_there_are_more(db: Database) -> None:
    populate_demo(db, 6000, seed=3)
    with db.session() as s:
        gov = first_page(s, ParticipantQuery(search="go"))
        assert not gov.exact and gov.total == DENSE_MATCHES and len(gov.rows) == SEARCH_PAGE
        everyone = first_page(s, ParticipantQuery())
        assert everyone.exact and everyone.total == 6000
        sort_names = [r.family_name for r in everyone.rows]
        assert len(sort_names) == SEARCH_PAGE
        assert s.scalar(select(func.count()).select_from(Participant).where(Participant.sort_name == "")) == 0


def test_demo_people_are_searchable_by_their_words(db: Database) -> None:
    populate_demo(db, 300, seed=5)
    with db.session() as s:
        someone = s.scalars(select(Participant).order_by(Participant.id).limit(1)).one()
        words = s.scalar(select(func.count()).select_from(ParticipantWord))
        assert words > 300 * 4
        found = first_page(s, ParticipantQuery(search=f"{someone.latin_name}"))
        assert someone.id in [r.id for r in found.rows]


def test_validation_names_each_problem() -> None:
    problems = validate_participant({
        "family_name": " ", "email": "jose@", "arrival_date": dt.date(2015, 9, 28),
        "departure_date": dt.date(2015, 9, 27), "given_name": "x" * 500,
    })
    assert {p.field for p in problems} == {"family_name", "email", "departure_date", "given_name"}


def test_save_is_validated_atomic_and_audited(few: Database) -> None:
    with few.session() as s:
        before = s.scalar(select(func.count()).select_from(Participant))
        cat = category_choices(s)[0].id
    with pytest.raises(ValidationError) as error:
        save_participant(few, {"family_name": "", "category_id": cat})
    assert error.value.problems[0].field == "family_name"
    pid = save_participant(few, {"family_name": "Okafor", "given_name": "Ngozi", "category_id": cat})
    save_participant(few, {"city": "Abuja"}, pid)
    with few.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == before + 1
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "participant",
                                                      AuditEntry.entity_id == pid)).all()
        assert [e.action for e in entries] == ["create", "update"]
        assert '"city": ["", "Abuja"]' in entries[1].changes
    assert names(few, "okafor") == ["Ngozi Okafor"]


def test_delegations_list_heads_members_and_arrivals(db: Database) -> None:
    populate_demo(db, 200, seed=9)
    with db.session() as s:
        delegations = list_delegations(s, "fr")
    states = [d for d in delegations if d.kind == "member_state"]
    assert states and all(d.head_name for d in states)
    mexique = next(d for d in states if d.member_state_iso3 == "MEX")
    assert mexique.name == "Mexique" and mexique.members > 5
    assert sum(mexique.arrivals.values()) <= mexique.members


def test_imported_people_are_searchable(db: Database, tmp_path: Path) -> None:
    from conference_desk.core.people.importing import apply_import, plan_import

    csv_file = tmp_path / "late.csv"
    csv_file.write_text("Prénom;Nom;Pays;Courriel\nChloé;Dubois-Lefèvre;France;chloe@lyon.fr\n", encoding="utf-8")
    apply_import(db, plan_import(db, csv_file))
    assert names(db, "lefevre chloe") == ["Chloé Dubois-Lefèvre"]


# --------------------------------------------------------------------------
# The full-text index (migration 0009, issue 17)
# --------------------------------------------------------------------------


def words_table_matches(session, text: str) -> set[int]:  # type: ignore[no-untyped-def]
    """The ids the search of earlier versions found: every typed word begins a word in participant_word."""
    from sqlalchemy import and_, exists

    letter, typed = typed_search(text)
    stmt = select(Participant.id)
    if letter is not None:
        stmt = stmt.where(Participant.sort_name >= letter, Participant.sort_name < chr(ord(letter) + 1))
    for word in typed:
        upper = word[:-1] + chr(ord(word[-1]) + 1)
        stmt = stmt.where(exists().where(and_(ParticipantWord.participant_id == Participant.id,
                                              ParticipantWord.word >= word, ParticipantWord.word < upper)))
    return set(session.scalars(stmt))


SEARCHES = ["a", "ma", "mar", "garc", "garcia jo", "go", "gov", "mex", "ciudad", "de", "hamburg", "li",
            "org", "12", "zz", "j m", "o'", "n'di", "anne-ma", "sa", "ko", "wang", "le", "van der", "ab cd"]


def test_full_text_search_finds_the_people_the_word_table_found(db: Database) -> None:
    populate_demo(db, 1500, seed=11)
    with db.session() as s:
        for typed in SEARCHES:
            expected = words_table_matches(s, typed)
            page = first_page(s, ParticipantQuery(search=typed), limit=5000)
            if page.exact:
                assert {r.id for r in page.rows} == expected, typed
                assert page.total == len(expected), typed
            else:  # more than MATCH_CAP: the first page is the first of the matches by name
                assert len(expected) > MATCH_CAP, typed
            ordered = [r.id for r in page.rows]
            assert set(ordered) <= expected, typed
            by_name = list(s.execute(select(Participant.id).where(Participant.id.in_(expected))
                                     .order_by(Participant.sort_name, Participant.id).limit(len(ordered))).scalars())
            assert ordered == by_name, typed
            assert count_participants(s, ParticipantQuery(search=typed)) == len(expected), typed


def test_index_follows_inserts_updates_and_deletes(few: Database) -> None:
    with few.session() as s:
        cat = category_choices(s)[0].id
    new_id = save_participant(few, {"given_name": "Þórunn", "family_name": "Guðmundsdóttir", "category_id": cat,
                                    "city": "Reykjavík"})
    assert names(few, "thorunn gud") == ["Þórunn Guðmundsdóttir"]
    assert names(few, "reykja") == ["Þórunn Guðmundsdóttir"]
    with few.session() as s:
        version = s.get(Participant, new_id).row_version
    save_participant(few, {"family_name": "Sigurðardóttir", "badge_name": "Þórunn Sigurðardóttir",
                           "city": "Akureyri"}, participant_id=new_id,
                     expected_version=version)
    assert names(few, "gudmund") == []
    assert names(few, "reykja") == []
    assert names(few, "sigurdar akur") == ["Þórunn Sigurðardóttir"]
    # A bulk UPDATE of the search text (as privacy erasure does) is followed too.
    with few.session() as s:
        s.execute(Participant.__table__.update().where(Participant.id == new_id)
                  .values(search_text="erased participant"))
    assert names(few, "sigurdar") == []
    assert names(few, "erased") == ["Þórunn Sigurðardóttir"]
    with few.session() as s:
        s.delete(s.get(Participant, new_id))
    assert names(few, "erased") == []
    assert names(few, "jose") == ["Jose Garcia", "José García López"]
    with few.engine.connect() as conn:  # FTS5's own check: the index agrees with the table
        conn.exec_driver_sql("INSERT INTO participant_fts(participant_fts, rank) VALUES ('integrity-check', 1)")


def test_a_broad_search_says_more_than_the_cap_and_counts_no_further(db: Database) -> None:
    populate_demo(db, 6000, seed=3)
    with db.session() as s:
        assert len(words_table_matches(s, "go")) > MATCH_CAP
        page = first_page(s, ParticipantQuery(search="go"))
        assert (page.total, page.exact, len(page.rows)) == (MATCH_CAP, False, SEARCH_PAGE)
        first = s.execute(select(Participant.id).where(Participant.id.in_(words_table_matches(s, "go")))
                          .order_by(Participant.sort_name, Participant.id).limit(SEARCH_PAGE)).scalars().all()
        assert [r.id for r in page.rows] == first  # still the first page by name
        descending = first_page(s, ParticipantQuery(search="go", descending=True))
        assert not descending.exact and descending.rows[0].id != page.rows[0].id


def test_organisations_are_named_in_the_lists_language(db: Database) -> None:
    """A French list names the World Bank "Banque mondiale" and a Spanish one "Banco Mundial" (UN terminology);
    Member States come in the language from the set-up; English stays as stored."""
    from conference_desk.core.foundation.models import Delegation, DelegationKind
    from conference_desk.core.people.registration import ParticipantQuery, category_choices, list_participants

    with db.session() as s:
        bank = Delegation(kind=DelegationKind.IGO, organisation_name="World Bank")
        s.add(bank)
        s.commit()
        bank_id = bank.id
        category = category_choices(s)[0].id
    save_participant(db, dict(given_name="Fleur", family_name="Adriaansen", category_id=category,
                              delegation_id=bank_id))
    shown = {}
    for lang in ("en", "fr", "es"):
        with db.session() as s:
            (row,) = list_participants(s, ParticipantQuery(search="adriaansen"), lang=lang)
        shown[lang] = row.delegation
    assert shown == {"en": "World Bank", "fr": "Banque mondiale", "es": "Banco Mundial"}


# --------------------------------------------------------------------------
# Flights (issue 20)
# --------------------------------------------------------------------------


def test_flight_problems_name_the_field_and_value() -> None:
    day = dt.date(2015, 9, 28)
    base = {"family_name": "Ruiz", "arrival_date": day, "departure_date": dt.date(2015, 10, 1)}

    def problems(**values: object) -> set[tuple[str, str, str]]:
        return {(p.field, p.value, p.message) for p in validate_participant({**base, **values})}

    assert problems(arrival_flight="am401", arrival_time="2:35 PM", arrival_terminal="Terminal 1",
                    departure_flight="AF179", departure_time=dt.time(9), departure_terminal="T2",
                    own_transport=True) == set()
    assert problems(arrival_flight="AM 40123") == {
        ("arrival_flight", "AM 40123", "Not a flight number (an airline code and 1 to 4 digits: AM 401, AF179, "
                                       "IB6401).")}
    assert problems(departure_time="25:00") == {("departure_time", "25:00", "Not a time (use 14:35, 2:35 PM or 1435).")}
    assert problems(arrival_terminal="T3") == {("arrival_terminal", "T3", "Not a terminal (use T1 or T2).")}
    assert problems(arrival_flight="AM 401", arrival_date=None) == {
        ("arrival_flight", "AM 401", "An arrival flight needs its date: give the arrival date too.")}
    assert problems(departure_flight="af 179", departure_date=None) == {
        ("departure_flight", "AF 179", "A departure flight needs its date: give the departure date too.")}
    # Leaving before landing on the same day; the next day is fine.
    assert problems(departure_date=day, arrival_time=dt.time(18), departure_time="09:30") == {
        ("departure_time", "09:30", "Departure at 09:30 is before the arrival at 18:00 on the same day.")}
    assert problems(departure_date=day, arrival_time=dt.time(8), departure_time="21:30") == set()
    assert problems(arrival_time=dt.time(18), departure_time="09:30") == set()


def test_flight_dates_keep_the_travel_window(db: Database) -> None:
    from conference_desk.core.foundation.models import Conference

    with db.session() as s:
        conference = s.scalars(select(Conference)).one()
        found = validate_participant({"family_name": "Ruiz", "arrival_date": dt.date(2015, 1, 1),
                                      "arrival_flight": "AM 401", "arrival_time": dt.time(18),
                                      "departure_date": dt.date(2015, 1, 1), "departure_time": dt.time(9)}, conference)
    assert [(p.field, p.message) for p in found] == [
        ("arrival_date", "Outside the conference period (2015-09-13 to 2015-10-15)."),
        ("departure_date", "Outside the conference period (2015-09-13 to 2015-10-15)."),
    ]  # the same-day order is not a second problem of the same dates
    badly_timed = validate_participant({"family_name": "Ruiz", "arrival_date": dt.date(2015, 1, 1),
                                        "departure_time": "25:00"}, conference)
    assert [p.field for p in badly_timed] == ["arrival_date", "departure_time"]


def test_saving_normalises_the_flights_and_lists_them(few: Database) -> None:
    with few.session() as s:
        cat = category_choices(s)[0].id
    pid = save_participant(few, {
        "family_name": "Okafor", "category_id": cat, "arrival_date": dt.date(2015, 9, 27), "arrival_flight": "af179",
        "arrival_time": "2:35 PM", "arrival_terminal": "1", "own_transport": True})
    with pytest.raises(ValidationError) as error:
        save_participant(few, {"departure_flight": "BA 2490", "departure_time": "noon"}, pid)
    assert {p.field for p in error.value.problems} == {"departure_flight", "departure_time"}
    with few.session() as s:
        row = next(r for r in first_page(s, ParticipantQuery(search="okafor")).rows)
        saved = s.get(Participant, pid)
        assert (saved.arrival_flight, saved.arrival_time, saved.arrival_terminal) == ("AF 179", dt.time(14, 35), "T1")
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == pid)).one()
    assert (row.arrival_flight, row.arrival_time, row.arrival_terminal, row.own_transport) == (
        "AF 179", dt.time(14, 35), "T1", True)
    assert (row.departure_flight, row.departure_time, row.departure_terminal) == ("", None, "")
    assert '"arrival_flight": [null, "AF 179"]' in audit.changes
