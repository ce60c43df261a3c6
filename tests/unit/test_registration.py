"""Registration core: search semantics, pages, validation, saving with audit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conference_desk.core.db import Database
from conference_desk.core.demo import populate_demo
from conference_desk.core.models import AuditEntry, MemberState, Participant, ParticipantWord
from conference_desk.core.registration import (
    DENSE_MATCHES,
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
        assert not gov.exact and gov.total == DENSE_MATCHES and len(gov.rows) == 200
        everyone = first_page(s, ParticipantQuery())
        assert everyone.exact and everyone.total == 6000
        sort_names = [r.family_name for r in everyone.rows]
        assert len(sort_names) == 200
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
    from conference_desk.core.importing import apply_import, plan_import

    csv_file = tmp_path / "late.csv"
    csv_file.write_text("Prénom;Nom;Pays;Courriel\nChloé;Dubois-Lefèvre;France;chloe@lyon.fr\n", encoding="utf-8")
    apply_import(db, plan_import(db, csv_file))
    assert names(db, "lefevre chloe") == ["Chloé Dubois-Lefèvre"]
