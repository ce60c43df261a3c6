"""Participants with the awkward data exports and the List of Participants must handle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import (
    Category,
    Delegation,
    DelegationKind,
    Gender,
    Hotel,
    MemberState,
    Participant,
    ParticipantStatus,
)

EVIL_HYPERLINK = '=HYPERLINK("http://evil.example/x","click")'
EVIL_SUM = "@SUM(A1:A9)"
PHONE = "+52 55 1234 5678"


@dataclass
class Person:
    iso3_or_org: str  # ISO3 of a Member State, "igo:NAME", or "" (no delegation)
    title: str
    given: str
    family: str
    given_latin: str = ""
    family_latin: str = ""
    gender: Gender = Gender.UNSPECIFIED
    category: str = "delegate"
    position: str = ""
    organisation: str = ""
    city: str = ""
    phone: str = ""
    head: bool = False
    status: ParticipantStatus = ParticipantStatus.CONFIRMED


PEOPLE = [
    Person("DEU", "Mr", "Jürgen", "Müller", gender=Gender.MALE, position="Mayor of Leipzig",
           organisation="City of Leipzig", city="Leipzig", head=True, category="head"),
    Person("DEU", "Dr", "Anna", "Zimmermann", gender=Gender.FEMALE, position="Adviser", city="Berlin"),
    Person("DEU", "Mr", "Karl", "Albers", gender=Gender.MALE, position="Expert", city="Bonn"),
    Person("AUT", "Mr", "Franz", "Huber", gender=Gender.MALE, city="Wien", head=True),
    Person("EGY", "Mr", "Ahmed", "Hassan", gender=Gender.MALE, city="Cairo"),
    Person("ARE", "Ms", "هالة", "حسن", "Hala", "Hassan", gender=Gender.FEMALE, city="Dubai"),
    Person("ESP", "Sra.", "María José", "Núñez", gender=Gender.FEMALE, city="Sevilla", phone=PHONE),
    Person("USA", "Mr", "John", "Smith", gender=Gender.MALE, organisation=EVIL_HYPERLINK, city="Boston"),
    Person("USA", "Ms", "Jane", "Doe", gender=Gender.FEMALE, organisation=EVIL_SUM, city="Denver",
           position="-2+3"),
    Person("RUS", "Dr", "Николета", "Иванова", "Nikoleta", "Ivanova", gender=Gender.FEMALE,
           position="Professor of Adult Education", city="Москва"),
    Person("CHN", "Mr", "建平", "刘", "Jianping", "Liu", gender=Gender.MALE, position="Deputy Mayor of Hangzhou",
           city="杭州"),
    Person("MEX", "Mr", "José", "Pérez", gender=Gender.MALE, city="Ciudad de México", head=True),
    Person("MEX", "Ms", "Cancelada", "Ausente", gender=Gender.FEMALE, status=ParticipantStatus.CANCELLED),
    Person("igo:Organisation for Economic Co-operation and Development", "Ms", "Claire", "Dubois",
           gender=Gender.FEMALE, category="igo_ngo", city="Paris", head=True),
    Person("", "Mr", "Pedro", "Prensa", gender=Gender.MALE, category="press", organisation="Milenio",
           city="Mexico City"),
]


def _delegation(session, key: str) -> Delegation | None:  # type: ignore[no-untyped-def]
    if not key:
        return None
    if key.startswith("igo:"):
        name = key[4:]
        delegation = session.scalar(select(Delegation).where(Delegation.organisation_name == name))
        if delegation is None:
            delegation = Delegation(kind=DelegationKind.IGO, organisation_name=name)
            session.add(delegation)
            session.flush()
        return delegation
    state = session.scalar(select(MemberState).where(MemberState.iso3 == key))
    delegation = session.scalar(select(Delegation).where(Delegation.member_state_id == state.id))
    if delegation is None:
        delegation = Delegation(kind=DelegationKind.MEMBER_STATE, member_state_id=state.id)
        session.add(delegation)
        session.flush()
    return delegation


def add_people(db: Database, people: list[Person] = PEOPLE) -> dict[str, int]:
    """Add ``people``; returns participant ids by family name."""
    ids: dict[str, int] = {}
    with db.session() as session:
        categories = {c.code: c.id for c in session.scalars(select(Category))}
        hotel = session.scalars(select(Hotel).order_by(Hotel.id)).first()
        for n, person in enumerate(people):
            delegation = _delegation(session, person.iso3_or_org)
            participant = Participant(
                external_id=f"TEST-{n:04d}", title=person.title, given_name=person.given,
                family_name=person.family, given_name_latin=person.given_latin,
                family_name_latin=person.family_latin, gender=person.gender,
                category_id=categories[person.category], position=person.position,
                organisation=person.organisation, city=person.city, phone=person.phone,
                email=f"p{n}@example.org", status=person.status,
                delegation_id=delegation.id if delegation else None,
                arrival_date=dt.date(2015, 9, 27), departure_date=dt.date(2015, 10, 1),
                needs_hotel=n % 2 == 0, preferred_hotel_id=hotel.id if hotel and n % 2 == 0 else None,
            )
            session.add(participant)
            session.flush()
            if person.head and delegation is not None:
                delegation.head_id = participant.id
            ids[person.family] = participant.id
    return ids
