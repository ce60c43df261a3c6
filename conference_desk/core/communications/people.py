"""What letters, certificates and messages say about a participant (plain data, in a language)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..foundation import names
from ..foundation.db import Database
from ..foundation.documents.strings import (
    city_name,
    courtesy_title,
    date_range,
    gendered,
    long_date,
)
from ..foundation.errors import ConferenceDeskError
from ..foundation.models import (
    Badge,
    Category,
    CheckInEvent,
    CheckInOutcome,
    CheckInPlace,
    Conference,
    Delegation,
    Hotel,
    MemberState,
    Participant,
    ProgrammeSession,
    RoomAssignment,
    RoomType,
)
from ..foundation.terms import organisation_name, room_type_name
from ..transport.service import transfer_lines

LANGS = ("en", "fr", "es")


class CommunicationsError(ConferenceDeskError):
    """A letter, certificate or message that cannot be made."""


def lang_of(value: Any, override: str | None = None) -> str:
    if override in LANGS:
        return str(override)
    text = str(getattr(value, "value", value) or "en")
    return text if text in LANGS else "en"


@dataclass
class ConferenceFacts:
    code: str
    name: str
    short: str
    dates: str
    start: dt.date
    end: dt.date
    arrival: dt.date
    departure: dt.date
    city: str
    venue: str
    venue_address: str
    organisers: str
    country: str = ""
    secret: bytes = field(repr=False, default=b"")


@dataclass
class Stay:
    hotel: str
    address: str
    phone: str
    room_type: str
    arrival: str
    departure: str
    nights: int
    confirmation: str
    organiser_pays: bool


@dataclass
class PersonFacts:
    id: int
    lang: str
    gender: str
    name: str  # courtesy title + name as written
    latin_name: str  # registered Latin name (sorting, titles)
    given_name: str
    family_name: str
    email: str
    position: str
    organisation: str
    delegation: str
    nationality: str  # the Member State of the person's delegation ("" for organisations)
    category: str
    passport: str
    date_of_birth: str
    arrival: str
    departure: str
    hotel_funded: bool
    status: str
    badge_code: str | None
    stay: Stay | None
    transfers: tuple[str, ...] = ()  # airport transfers as sentences (core/transport), in ``lang``


def conference_facts(session: Any, lang: str) -> ConferenceFacts:
    conf = session.scalar(select(Conference).limit(1))
    if conf is None:
        raise CommunicationsError("The database has no conference: run conference-desk init first.")
    return ConferenceFacts(
        code=conf.code, name=conf.name(lang), short=conf.short_name or conf.name(lang),
        dates=date_range(conf.start_date, conf.end_date, lang), start=conf.start_date, end=conf.end_date,
        arrival=conf.arrival_date, departure=conf.departure_date, city=city_name(conf.city or "", lang),
        venue=conf.venue_name or "", venue_address=conf.venue_address or "",
        organisers="; ".join(x.strip() for x in (conf.organisers or "").split(";") if x.strip()),
        country=(lambda st: st.name(lang) if st else "")(
            session.scalar(select(MemberState).where(MemberState.iso3 == (conf.country_iso3 or "").upper()))),
        secret=bytes(conf.badge_secret or b""),
    )


def person_facts(session: Any, participant_id: int, lang_override: str | None = None) -> PersonFacts:
    p = session.get(Participant, participant_id)
    if p is None:
        raise CommunicationsError(f"No participant with id {participant_id}.")
    lang = lang_of(p.preferred_language, lang_override)
    gender = getattr(p.gender, "value", p.gender) or "U"
    native = names.native_name(p.given_name or "", p.family_name or "")
    latin = names.latin_name(p.given_name or "", p.family_name or "", p.given_name_latin or "",
                             p.family_name_latin or "")
    courtesy = courtesy_title(p.title or "", lang, gender)
    shown = native if native == latin else f"{native} ({latin})"
    delegation = nationality = ""
    if p.delegation_id is not None:
        d = session.get(Delegation, p.delegation_id)
        if d is not None and d.member_state_id is not None:
            state = session.get(MemberState, d.member_state_id)
            nationality = state.name(lang) if state else ""
            delegation = nationality
        elif d is not None:
            delegation = organisation_name(d.organisation_name or "", lang)
    category = session.get(Category, p.category_id)
    badge = session.scalar(select(Badge).where(Badge.participant_id == p.id, Badge.revoked_at.is_(None))
                           .order_by(Badge.version.desc()).limit(1))
    stay = None
    ra = session.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == p.id))
    if ra is not None:
        hotel = session.get(Hotel, ra.hotel_id)
        rt = session.get(RoomType, ra.room_type_id)
        stay = Stay(hotel=hotel.name if hotel else "", address=hotel.address if hotel else "",
                    phone=hotel.phone if hotel else "", room_type=room_type_name(rt.name if rt else "", lang),
                    arrival=long_date(ra.arrival, lang), departure=long_date(ra.departure, lang),
                    nights=(ra.departure - ra.arrival).days, confirmation=ra.confirmation or "",
                    organiser_pays=getattr(ra.billing, "value", ra.billing) == "organiser")
    return PersonFacts(
        id=p.id, lang=lang, gender=gender, name=" ".join(x for x in (courtesy, shown) if x),
        latin_name=" ".join(x for x in (courtesy, latin) if x),
        given_name=p.given_name or "", family_name=p.family_name or "", email=(p.email or "").strip(),
        position=p.position or "", organisation=organisation_name(p.organisation or "", lang),
        delegation=delegation, nationality=nationality,
        category=gendered(category.label(lang), lang, gender) if category else "",
        passport=p.passport_number or "",
        date_of_birth=long_date(p.date_of_birth, lang) if p.date_of_birth else "",
        arrival=long_date(p.arrival_date, lang) if p.arrival_date else "",
        departure=long_date(p.departure_date, lang) if p.departure_date else "",
        hotel_funded=bool(p.hotel_funded) or bool(stay and stay.organiser_pays),
        status=getattr(p.status, "value", p.status), badge_code=badge.code if badge else None, stay=stay,
        transfers=tuple(transfer_lines(session, p.id, lang)),
    )


@dataclass
class Attendance:
    days: list[dt.date]
    sessions: list[str]  # titles in the language asked for, in time order


def attendance(session: Any, participant_id: int, lang: str) -> Attendance:
    """Days and sessions a person was admitted to (undone admissions do not count)."""
    rows = session.execute(
        select(CheckInEvent.day, CheckInEvent.place, CheckInEvent.session_id)
        .where(CheckInEvent.participant_id == participant_id, CheckInEvent.outcome == CheckInOutcome.ADMITTED)
    ).all()
    days = sorted({r.day for r in rows})
    session_ids = {r.session_id for r in rows if r.place == CheckInPlace.SESSION and r.session_id is not None}
    titles = []
    if session_ids:
        for s in session.scalars(select(ProgrammeSession).where(ProgrammeSession.id.in_(session_ids))
                                 .order_by(ProgrammeSession.starts_at, ProgrammeSession.sort_order)):
            titles.append(s.title(lang))
    return Attendance(days=days, sessions=titles)


def load(db: Database, participant_id: int, lang: str | None = None) -> tuple[ConferenceFacts, PersonFacts]:
    with db.session() as s:
        person = person_facts(s, participant_id, lang)
        return conference_facts(s, person.lang), person
