"""The shipped ICLC 2015 set-up, as an organiser would find it after `init`."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import SetupError
from conference_desk.core.foundation.info import conference_summary
from conference_desk.core.foundation.models import (
    Category,
    Conference,
    Hotel,
    MembershipStatus,
    MemberState,
    Region,
    RoomBlock,
    SessionType,
    VenueRoom,
)
from conference_desk.core.foundation.models import Session as ProgrammeSession
from conference_desk.core.foundation.setup_data import initialise, read_member_states


def test_conference_facts(db: Database) -> None:
    with db.session() as s:
        conf = s.scalars(select(Conference)).one()
        assert conf.code == "iclc2015"
        assert conf.arrival_date == dt.date(2015, 9, 27)
        assert (conf.start_date, conf.end_date) == (dt.date(2015, 9, 28), dt.date(2015, 9, 30))
        assert conf.departure_date == dt.date(2015, 10, 1)
        assert conf.venue_name == "Palacio de Minería"
        assert conf.languages() == ["en", "fr", "es"]
        assert "Ciudades del Aprendizaje" in conf.name_es
        assert "villes apprenantes" in conf.name_fr
        assert "UIL" in conf.hosts and "CONALMEX" in conf.hosts
        assert len(conf.badge_secret) == 32


def test_member_states_2015_with_un_names_in_three_languages(db: Database) -> None:
    with db.session() as s:
        states = s.scalars(select(MemberState)).all()
        by_iso = {m.iso3: m for m in states}
    members = [m for m in states if m.status is MembershipStatus.MEMBER]
    associates = [m for m in states if m.status is MembershipStatus.ASSOCIATE]
    assert len(members) == 195
    assert len(associates) == 9
    assert "LIE" not in by_iso  # Liechtenstein is not a UNESCO member
    for iso in ("PSE", "COK", "NIU", "USA", "ISR"):
        assert by_iso[iso].status is MembershipStatus.MEMBER
    bolivia = by_iso["BOL"]
    assert bolivia.name_en == "Bolivia (Plurinational State of)"
    assert bolivia.name_fr == "Bolivie (État plurinational de)"
    assert bolivia.name_es == "Bolivia (Estado Plurinacional de)"
    assert by_iso["CIV"].name_fr == "Côte d'Ivoire"
    assert by_iso["MEX"].name_fr == "Mexique" and by_iso["MEX"].name_es == "México"
    assert by_iso["DEU"].name_es == "Alemania"
    assert all(m.name_fr and m.name_es for m in states)
    # French and Spanish names are real translations, not copies of the English.
    assert sum(m.name_fr != m.name_en for m in states) > 120
    assert sum(m.name_es != m.name_en for m in states) > 100
    regions = Counter(m.region for m in members)
    assert set(regions) == set(Region)
    assert by_iso["MEX"].region is Region.LATIN_AMERICA_CARIBBEAN
    assert by_iso["EGY"].region is Region.ARAB_STATES
    assert by_iso["ISR"].region is Region.EUROPE_NORTH_AMERICA


def test_member_state_codes_are_valid_iso() -> None:
    import pycountry

    for row in read_member_states():
        country = pycountry.countries.get(alpha_3=row["iso3"])
        assert country is not None, row["iso3"]
        assert country.alpha_2 == row["iso2"]


def test_venue_rooms_hotels_and_blocks(db: Database) -> None:
    with db.session() as s:
        rooms = {r.name: r for r in s.scalars(select(VenueRoom))}
        assert {"Salón de Actos", "Antigua Capilla", "Salón del Rector", "Salón del Director",
                "Galería de Rectores", "Biblioteca", "Patio Principal"} <= set(rooms)
        assert all(r.capacity > 0 for r in rooms.values())
        assert rooms["Salón de Actos"].booths == 3
        hotels = s.scalars(select(Hotel).order_by(Hotel.name)).all()
        assert [h.name for h in hotels] == ["Fiesta Americana Reforma", "Hilton Mexico City Reforma"]
        nights = set(s.scalars(select(RoomBlock.night)))
        assert nights == {dt.date(2015, 9, d) for d in (27, 28, 29, 30)}
        for hotel in hotels:
            assert {rt.code for rt in hotel.room_types} >= {"single", "double", "twin", "suite"}
            assert hotel.cutoff_date is not None and hotel.cutoff_date < dt.date(2015, 9, 27)
        peak = s.scalar(select(func.sum(RoomBlock.rooms)).where(RoomBlock.night == dt.date(2015, 9, 28)))
        assert 450 <= peak <= 700  # ~600 guests in the two blocks


def test_programme_skeleton_from_the_concept_note(db: Database) -> None:
    with db.session() as s:
        sessions = s.scalars(select(ProgrammeSession)).all()
        conf = s.scalars(select(Conference)).one()
        types = Counter(x.type for x in sessions)
        assert types[SessionType.PLENARY] == 4
        assert types[SessionType.CEREMONY] == 2  # opening and closing
        assert types[SessionType.MAYORS_FORUM] == 1
        assert types[SessionType.THEMATIC_FORUM] >= 3
        assert {x.region for x in sessions if x.type is SessionType.REGIONAL_FORUM} == set(Region)
        for x in sessions:
            assert x.title_fr and x.title_es and x.title_fr != x.title_en
            assert conf.start_date <= x.starts_at.date() <= conf.end_date
            assert x.venue_room is not None
            needed = {code for code in x.interpretation.split(",") if code}
            served = {code for code in x.venue_room.booth_languages.split(",") if code}
            assert needed <= served, (x.code, needed, served)
        # No room is double-booked in the shipped programme.
        for a in sessions:
            for b in sessions:
                if a.id < b.id and a.venue_room_id == b.venue_room_id:
                    assert a.ends_at <= b.starts_at or b.ends_at <= a.starts_at, (a.code, b.code)


def test_categories_have_colours_and_three_languages(db: Database) -> None:
    with db.session() as s:
        cats = {c.code: c for c in s.scalars(select(Category))}
    assert {"head", "mayor", "delegate", "speaker", "igo_ngo", "press", "staff", "interpreter"} <= set(cats)
    assert cats["head"].label_fr == "Chef de délégation"
    assert all(c.colour.startswith("#") and len(c.colour) == 7 for c in cats.values())


def test_init_again_changes_nothing(db: Database) -> None:
    before = conference_summary(db)["counts"]
    result = initialise(db, "iclc2015")
    assert result.created is False
    assert conference_summary(db)["counts"] == before


def test_empty_setup_gives_states_and_categories_only(empty_db: Database) -> None:
    initialise(empty_db, "empty")
    counts = conference_summary(empty_db)["counts"]
    assert counts["member_states"] == 195
    assert counts["categories"] > 5
    assert counts["sessions"] == counts["hotels"] == counts["venue_rooms"] == 0


def test_unknown_setup_is_refused(empty_db: Database) -> None:
    with pytest.raises(SetupError, match="Unknown set-up"):
        initialise(empty_db, "davos")
    with empty_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Conference)) == 0
