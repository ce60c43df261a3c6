"""Model constraints: what the database refuses, whoever writes to it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import (
    Category,
    CheckInEvent,
    CheckInOutcome,
    CheckInPlace,
    Delegation,
    DelegationKind,
    MemberState,
    Participant,
)


def _category(session) -> Category:  # type: ignore[no-untyped-def]
    return session.scalars(select(Category).where(Category.code == "delegate")).one()


def _mexico(session) -> MemberState:  # type: ignore[no-untyped-def]
    return session.scalars(select(MemberState).where(MemberState.iso3 == "MEX")).one()


def test_participant_keeps_full_unicode_and_fills_badge_name_and_search_text(db: Database) -> None:
    with db.session() as s:
        s.add(
            Participant(
                given_name="Иван",
                family_name="Петров",
                given_name_latin="Ivan",
                family_name_latin="Petrov",
                category=_category(s),
                email="i.petrov@example.org",
            )
        )
        s.add(Participant(given_name="José María", family_name="Müller-O'Brien", category=_category(s)))
    with db.session() as s:
        ivan = s.scalars(select(Participant).where(Participant.family_name == "Петров")).one()
        jose = s.scalars(select(Participant).where(Participant.given_name == "José María")).one()
        assert ivan.badge_name == "Иван Петров"
        assert ivan.latin_name == "Ivan Petrov"
        assert "ivan petrov" in ivan.search_text
        assert jose.family_name == "Müller-O'Brien"
        assert "jose maria" in jose.search_text and "muller-o'brien" in jose.search_text


def test_family_name_is_required(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Participant(given_name="Ana", family_name="", category=_category(s)))


def test_departure_before_arrival_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(
            Participant(
                family_name="Pérez",
                category=_category(s),
                arrival_date=dt.date(2015, 9, 28),
                departure_date=dt.date(2015, 9, 27),
            )
        )


def test_one_delegation_per_member_state(db: Database) -> None:
    with db.session() as s:
        s.add(Delegation(kind=DelegationKind.MEMBER_STATE, member_state=_mexico(s)))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Delegation(kind=DelegationKind.MEMBER_STATE, member_state=_mexico(s)))


def test_organisation_delegation_needs_a_name_and_no_state(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Delegation(kind=DelegationKind.NGO, organisation_name=""))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Delegation(kind=DelegationKind.IGO, organisation_name="OECD", member_state=_mexico(s)))
    with db.session() as s:
        s.add(Delegation(kind=DelegationKind.IGO, organisation_name="OECD"))
    with db.session() as s:
        assert s.scalars(select(Delegation.organisation_name)).all() == ["OECD"]


def test_enum_columns_refuse_unknown_values_at_the_database(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(
            text(
                "INSERT INTO delegation (kind, organisation_name, notes) VALUES ('club', 'X', '')"
            )
        )


def test_category_colour_must_be_hex(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Category(code="vip", label_en="VIP", label_fr="VIP", label_es="VIP", colour="red"))


def test_checkin_event_is_a_row_per_scan_with_unique_nonce(db: Database) -> None:
    with db.session() as s:
        person = Participant(family_name="Ng", category=_category(s))
        s.add(person)
        s.flush()
        # A second scan the same day is "already in" (one admission per day: migration 0003).
        for nonce, outcome in (("a1", CheckInOutcome.ADMITTED), ("a2", CheckInOutcome.ALREADY_IN)):
            s.add(
                CheckInEvent(
                    participant_id=person.id,
                    place=CheckInPlace.VENUE,
                    day=dt.date(2015, 9, 28),
                    desk="Desk 1",
                    operator="clerk",
                    nonce=nonce,
                    outcome=outcome,
                )
            )
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(
            CheckInEvent(
                place=CheckInPlace.VENUE,
                day=dt.date(2015, 9, 28),
                nonce="a1",
                outcome=CheckInOutcome.ADMITTED,
            )
        )
    with pytest.raises(IntegrityError), db.session() as s:
        # A session check-in must name its session.
        s.add(
            CheckInEvent(
                place=CheckInPlace.SESSION,
                day=dt.date(2015, 9, 28),
                nonce="b1",
                outcome=CheckInOutcome.ADMITTED,
            )
        )
    with db.session() as s:
        assert s.scalar(select(CheckInEvent).where(CheckInEvent.nonce == "a2")) is not None
        assert len(s.scalars(select(CheckInEvent)).all()) == 2


def test_stale_edit_is_refused_not_silently_overwritten(db: Database) -> None:
    with db.session() as s:
        s.add(Participant(family_name="Dupont", category=_category(s)))
    first = db.session_factory()
    second = db.session_factory()
    try:
        # Two organisers open the same record in a form (each read is its own
        # short transaction; the form then stays open while they type).
        a = first.scalars(select(Participant)).one()
        first.commit()
        b = second.scalars(select(Participant)).one()
        second.commit()
        a.city = "Lyon"
        first.commit()
        b.city = "Paris"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.session() as s:
        assert s.scalars(select(Participant.city)).one() == "Lyon"


def test_unknown_enum_value_is_refused_before_writing(db: Database) -> None:
    with pytest.raises(StatementError), db.session() as s:
        s.execute(
            Participant.__table__.insert().values(
                family_name="X", category_id=_category(s).id, gender="Z"
            )
        )
