"""The demo population: realistic, reproducible, all or nothing."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.demo.generator import DemoCancelled, populate_demo
from conference_desk.core.foundation.errors import ConferenceDeskError, NotInitialisedError
from conference_desk.core.foundation.models import (
    Category,
    Conference,
    Delegation,
    DelegationKind,
    Gender,
    Hotel,
    Language,
    MemberState,
    Participant,
    ParticipantStatus,
    Region,
    RoomType,
    participant_search_text,
)
from conference_desk.core.foundation.setup_data import initialise
from conference_desk.core.foundation.text import is_latin


def _count(db: Database, model: Any) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _people(db: Database) -> list[dict[str, Any]]:
    """Every participant as plain values, with delegation ISO code, category and hotel."""
    with db.session() as s:
        rows = s.execute(
            select(
                Participant,
                MemberState.iso3,
                Delegation.kind,
                Delegation.organisation_name,
                Category.code,
                Hotel.name,
            )
            .join(Category, Participant.category_id == Category.id)
            .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
            .outerjoin(MemberState, Delegation.member_state_id == MemberState.id)
            .outerjoin(Hotel, Participant.preferred_hotel_id == Hotel.id)
            .order_by(Participant.external_id)
        ).all()
        people = []
        for p, iso3, kind, org, category, hotel in rows:
            people.append(
                {
                    "external_id": p.external_id,
                    "title": p.title,
                    "given": p.given_name,
                    "family": p.family_name,
                    "given_latin": p.given_name_latin,
                    "family_latin": p.family_name_latin,
                    "badge": p.badge_name,
                    "search": p.search_text,
                    "expected_search": participant_search_text(p),
                    "gender": p.gender,
                    "position": p.position,
                    "organisation": p.organisation,
                    "city": p.city,
                    "email": p.email,
                    "phone": p.phone,
                    "language": p.preferred_language,
                    "arrival": p.arrival_date,
                    "departure": p.departure_date,
                    "needs_hotel": p.needs_hotel,
                    "hotel": hotel,
                    "room": p.room_type_request,
                    "sharer": p.sharer_note,
                    "funded": p.hotel_funded,
                    "accessibility": p.accessibility_needs,
                    "dietary": p.dietary_needs,
                    "notes": p.notes,
                    "status": p.status,
                    "row_version": p.row_version,
                    "iso3": iso3,
                    "kind": kind,
                    "delegation": iso3 or org,
                    "category": category,
                }
            )
        return people


def _fingerprint(db: Database) -> list[tuple[Any, ...]]:
    """Everything but ids and timestamps, including who heads which delegation."""
    people = [
        tuple(v for k, v in sorted(p.items()) if k not in ("search", "expected_search"))
        for p in _people(db)
    ]
    head = aliased(Participant)
    with db.session() as s:
        heads = s.execute(
            select(MemberState.iso3, Delegation.organisation_name, Delegation.kind, head.external_id)
            .outerjoin(MemberState, Delegation.member_state_id == MemberState.id)
            .outerjoin(head, Delegation.head_id == head.id)
            .order_by(Delegation.kind, MemberState.iso3, Delegation.organisation_name)
        ).all()
    return people + [tuple(row) for row in heads]


def _fresh(path: Path) -> Database:
    database = open_database(str(path))
    initialise(database, "iclc2015")
    return database


def _script(text: str) -> set[str]:
    scripts = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            scripts.add(name.split()[0] if name else "")
    return scripts


# --------------------------------------------------------------------------


def test_650_participants_in_about_100_state_delegations_each_with_its_head(db: Database) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    result = populate_demo(db, 650, seed=2015, progress=progress)

    assert _count(db, Participant) == 650 == result.participants
    assert result.seed == 2015
    with db.session() as s:
        state_delegations = s.scalars(
            select(Delegation).where(Delegation.kind == DelegationKind.MEMBER_STATE)
        ).all()
        assert 95 <= len(state_delegations) <= 105
        assert result.member_states == len(state_delegations)
        for delegation in state_delegations:
            assert delegation.head is not None, delegation.member_state.iso3
            assert delegation.head.delegation_id == delegation.id
            assert delegation.head.category.code == "head"
            heads = [p for p in delegation.participants if p.category.code == "head"]
            assert heads == [delegation.head]
        with_members = s.scalar(
            select(func.count(func.distinct(Participant.delegation_id))).where(
                Participant.delegation_id.is_not(None)
            )
        )
        assert result.delegations == with_members == _count(db, Delegation)
        organisations = s.scalars(
            select(Delegation).where(Delegation.kind != DelegationKind.MEMBER_STATE)
        ).all()
        assert {d.kind for d in organisations} == {
            DelegationKind.IGO,
            DelegationKind.NGO,
            DelegationKind.PRIVATE_SECTOR,
            DelegationKind.UNESCO,
            DelegationKind.HOST,
        }
        assert all(d.head is not None and d.head.delegation_id == d.id for d in organisations)
    assert calls[0] == (0, 650) and calls[-1] == (650, 650)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_the_host_country_leads_and_its_capital_stays_at_home(db: Database) -> None:
    populate_demo(db, 650)
    people = _people(db)
    sizes = Counter(p["iso3"] for p in people if p["iso3"])
    (largest, size), (_, second) = sizes.most_common(2)
    assert largest == "MEX" and 30 <= size <= 70 and size > 2 * second

    locals_ = [p for p in people if p["iso3"] == "MEX" and p["city"] == "Mexico City"]
    assert len(locals_) >= 10
    assert not any(p["needs_hotel"] or p["hotel"] or p["room"] for p in locals_)
    staff = [p for p in people if p["category"] == "staff"]
    assert staff and not any(p["needs_hotel"] for p in staff)

    with db.session() as s:
        regions = Counter(
            s.scalars(
                select(MemberState.region).join(
                    Delegation, Delegation.member_state_id == MemberState.id
                )
            )
        )
    assert set(regions) == set(Region)  # all regions are there
    assert regions[Region.LATIN_AMERICA_CARIBBEAN] >= 15
    lac_codes = _lac_codes(db)
    lac = sum(n for iso3, n in sizes.items() if iso3 in lac_codes)
    assert lac > 0.35 * sum(sizes.values())  # the host region is strongly present


def _lac_codes(db: Database) -> set[str]:
    with db.session() as s:
        return set(
            s.scalars(
                select(MemberState.iso3).where(
                    MemberState.region == Region.LATIN_AMERICA_CARIBBEAN
                )
            )
        )


def test_same_seed_gives_the_same_population_another_seed_another(tmp_path: Path) -> None:
    databases = [_fresh(tmp_path / f"{name}.sqlite") for name in ("a", "b", "c")]
    try:
        populate_demo(databases[0], 650, seed=2015)
        populate_demo(databases[1], 650, seed=2015)
        populate_demo(databases[2], 650, seed=2016)
        first, same, other = (_fingerprint(d) for d in databases)
        names = [
            {(p["given"], p["family"], p["delegation"]) for p in _people(d)} for d in databases
        ]
    finally:
        for database in databases:
            database.dispose()
    assert len(first) > 650
    assert first == same
    assert other != first
    assert names[0] == names[1]
    assert len(names[0] & names[2]) < 0.1 * len(names[0])  # not a reshuffle of the same people


def test_names_in_other_scripts_have_latin_forms_and_latin_badges(db: Database) -> None:
    populate_demo(db, 650)
    people = _people(db)
    by_script: dict[str, list[dict[str, Any]]] = {"CYRILLIC": [], "CJK": [], "ARABIC": []}
    for p in people:
        scripts = _script(p["given"] + p["family"])
        for script in by_script:
            if script in scripts:
                by_script[script].append(p)
        if scripts - {"LATIN"}:
            assert p["given_latin"] and p["family_latin"], p
            assert is_latin(p["given_latin"] + p["family_latin"]), p
            assert p["badge"] == f"{p['given_latin']} {p['family_latin']}"
        else:
            assert p["given_latin"] == p["family_latin"] == ""
            assert p["badge"] == f"{p['given']} {p['family']}"
        assert is_latin(p["badge"]) and re.search(r"[A-Za-z]", p["badge"]), p
        assert p["search"] == p["expected_search"]
    for script, found in by_script.items():
        assert found, f"no name in {script} script"

    families = [p["family"] for p in people]
    givens = [p["given"] for p in people]
    assert any("'" in name for name in families)  # O'Brien, N'Diaye, D'Souza
    assert any("-" in name for name in givens + families)  # Jean-Pierre, Al-Ali
    assert any(" " in p["family"] for p in people if p["iso3"] == "MEX")  # García López
    assert any(not name.isascii() and is_latin(name) for name in givens + families)  # accents


def test_dates_emails_phones_ids_and_gender(db: Database) -> None:
    populate_demo(db, 650)
    with db.session() as s:
        conference = s.scalars(select(Conference)).one()
    earliest = conference.arrival_date - dt.timedelta(days=1)
    latest = conference.departure_date + dt.timedelta(days=1)
    people = _people(db)

    for p in people:
        assert earliest <= p["arrival"] <= p["departure"] <= latest, p
    travellers = [p for p in people if p["needs_hotel"]]
    usual = sum(1 for p in travellers if p["arrival"] == conference.arrival_date)
    assert usual > 0.6 * len(travellers)
    assert any(p["arrival"] < conference.arrival_date for p in travellers)
    assert any(p["departure"] > conference.departure_date for p in travellers)
    assert any(p["departure"] == conference.end_date for p in travellers)

    emails = [p["email"] for p in people]
    assert len(set(emails)) == len(emails)
    assert all(re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.[a-z]{2,}", e) for e in emails), [
        e for e in emails if not re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.[a-z]{2,}", e)
    ]
    assert all(re.fullmatch(r"\+\d[\d \-]{6,}", p["phone"]) for p in people)
    ids = [p["external_id"] for p in people]
    assert len(set(ids)) == 650 and all(re.fullmatch(r"ICLC15-\d{5}", i) for i in ids)
    assert all(p["row_version"] == 1 for p in people)

    genders = Counter(p["gender"] for p in people)
    assert 0.35 <= genders[Gender.FEMALE] / 650 <= 0.60
    assert genders[Gender.MALE] > 0.3 * 650
    for p in people:
        if p["title"] == "Ms":
            assert p["gender"] is Gender.FEMALE
        if p["title"] == "Mr":
            assert p["gender"] is Gender.MALE

    statuses = Counter(p["status"] for p in people)
    assert statuses[ParticipantStatus.CONFIRMED] > 0.6 * 650
    assert statuses[ParticipantStatus.REGISTERED] > 0
    assert 0 < statuses[ParticipantStatus.CANCELLED] < 0.06 * 650


def test_languages_follow_the_country(db: Database) -> None:
    populate_demo(db, 650)
    people = _people(db)
    by_country: dict[str, set[Language]] = {}
    for p in people:
        if p["iso3"]:
            by_country.setdefault(p["iso3"], set()).add(p["language"])
    assert by_country["MEX"] == by_country["COL"] == {Language.ES}
    assert by_country["FRA"] == {Language.FR}
    assert by_country["CHN"] == by_country["DEU"] == {Language.EN}
    assert {p["language"] for p in people} == set(Language)


def test_hotel_requests_use_the_hotels_and_room_types_in_the_database(db: Database) -> None:
    populate_demo(db, 650)
    with db.session() as s:
        hotels = s.scalars(select(Hotel).order_by(Hotel.id)).all()
        codes = {h.name: {rt.code for rt in h.room_types} for h in hotels}
        all_codes = set(s.scalars(select(RoomType.code)))
    people = _people(db)
    travellers = [p for p in people if p["needs_hotel"]]
    assert travellers and len(travellers) < len(people)
    for p in travellers:
        assert p["room"] in (codes[p["hotel"]] if p["hotel"] else all_codes), p
    for p in people:
        if not p["needs_hotel"]:
            assert p["hotel"] is None and p["room"] == "" and not p["funded"]
    rooms = Counter(p["room"] for p in travellers)
    assert rooms.most_common(1)[0][0] == "single"
    assert {"double", "twin", "suite", "accessible"} <= set(rooms)

    heads = [p for p in travellers if p["category"] == "head"]
    assert all(p["funded"] for p in heads)
    first_hotel = sum(1 for p in heads if p["hotel"] == hotels[0].name)
    assert first_hotel > 0.6 * len(heads)
    for p in travellers:
        if p["accessibility"].startswith("Wheelchair"):
            assert p["room"] == "accessible"

    by_badge = {(p["delegation"], p["badge"]): p for p in people}
    sharers = [p for p in people if p["sharer"]]
    assert sharers
    for p in sharers:
        assert p["room"] in ("double", "twin")
        colleague = by_badge[(p["delegation"], p["sharer"].removeprefix("Sharing with "))]
        assert colleague["external_id"] != p["external_id"]
        assert colleague["gender"] == p["gender"]
        assert colleague["sharer"] == f"Sharing with {p['badge']}"
        assert (colleague["room"], colleague["hotel"]) == (p["room"], p["hotel"])

    share = lambda key: sum(1 for p in people if p[key]) / len(people)  # noqa: E731
    assert 0.005 <= share("accessibility") <= 0.05
    assert 0.08 <= share("dietary") <= 0.25


def test_a_second_population_is_refused_and_changes_nothing(db: Database) -> None:
    populate_demo(db, 650)
    before = _fingerprint(db)

    with pytest.raises(ConferenceDeskError, match="already has 650 participants"):
        populate_demo(db, 650, seed=99)

    assert _count(db, Participant) == 650
    assert _fingerprint(db) == before


def test_cancelling_from_the_progress_callback_writes_nothing(db: Database) -> None:
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 1000  # cancel after two batches were written in the transaction

    with pytest.raises(DemoCancelled):
        populate_demo(db, 1500, progress=progress)

    assert calls[-1] >= 1000
    assert _count(db, Participant) == 0
    assert _count(db, Delegation) == 0
    populate_demo(db, 10)  # the database is still usable
    assert _count(db, Participant) == 10


def test_cancelling_at_once_writes_nothing(db: Database) -> None:
    with pytest.raises(DemoCancelled):
        populate_demo(db, 650, progress=lambda done, total: False)
    assert _count(db, Participant) == 0


def test_an_uninitialised_database_is_refused(empty_db: Database) -> None:
    with pytest.raises(NotInitialisedError, match="init"):
        populate_demo(empty_db, 650)
    assert _count(empty_db, Participant) == 0


@pytest.mark.parametrize("participants", [0, -5, 200_001])
def test_out_of_range_counts_are_refused(db: Database, participants: int) -> None:
    with pytest.raises(ConferenceDeskError, match="between 1 and 200,000"):
        populate_demo(db, participants)
    assert _count(db, Participant) == 0


@pytest.mark.parametrize("participants", [1, 2, 7, 40])
def test_small_populations_are_complete(db: Database, participants: int) -> None:
    result = populate_demo(db, participants)

    assert _count(db, Participant) == participants == result.participants
    with db.session() as s:
        for delegation in s.scalars(select(Delegation)):
            assert delegation.head is not None and delegation.head.delegation_id == delegation.id
            if delegation.kind == DelegationKind.MEMBER_STATE:
                assert delegation.head.category.code == "head"
        mexico = s.scalar(
            select(func.count())
            .select_from(Participant)
            .join(Delegation, Participant.delegation_id == Delegation.id)
            .join(MemberState, Delegation.member_state_id == MemberState.id)
            .where(MemberState.iso3 == "MEX")
        )
    assert mexico >= 1  # the host country always comes


def test_existing_empty_delegations_are_reused(db: Database) -> None:
    with db.session() as s:
        mexico = s.scalars(select(MemberState).where(MemberState.iso3 == "MEX")).one()
        s.add(
            Delegation(
                kind=DelegationKind.MEMBER_STATE, member_state_id=mexico.id, notes="made by hand"
            )
        )
        s.add(Delegation(kind=DelegationKind.IGO, organisation_name="OECD"))

    result = populate_demo(db, 650)

    with db.session() as s:
        mexican = s.scalars(
            select(Delegation)
            .join(MemberState, Delegation.member_state_id == MemberState.id)
            .where(MemberState.iso3 == "MEX")
        ).one()
        assert mexican.notes == "made by hand" and len(mexican.participants) >= 30
        assert mexican.head is not None and mexican.head.category.code == "head"
        oecd = s.scalars(select(Delegation).where(Delegation.organisation_name == "OECD")).one()
        assert oecd.participants
    assert result.delegations == _count(db, Delegation)


def test_dates_and_hotels_come_from_the_database(db: Database) -> None:
    with db.session() as s:
        conference = s.scalars(select(Conference)).one()
        conference.arrival_date = dt.date(2027, 3, 7)
        conference.start_date = dt.date(2027, 3, 8)
        conference.end_date = dt.date(2027, 3, 9)
        conference.departure_date = dt.date(2027, 3, 10)
        for hotel in s.scalars(select(Hotel)):
            s.delete(hotel)

    populate_demo(db, 300)

    people = _people(db)
    first, last = dt.date(2027, 3, 6), dt.date(2027, 3, 11)
    assert all(first <= p["arrival"] <= p["departure"] <= last for p in people)
    assert any(p["needs_hotel"] for p in people)
    assert all(p["hotel"] is None and p["room"] == "" and p["sharer"] == "" for p in people)
