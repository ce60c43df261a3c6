"""Country names as registration spreadsheets write them resolve to Member States."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conference_desk.core.foundation.countries import CountryResolver, StateNames
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import MemberState
from conference_desk.core.foundation.setup_data import read_member_states


@pytest.fixture(scope="module")
def resolver() -> CountryResolver:
    """Built from the shipped Member States, as the database holds them after init."""
    return CountryResolver(
        StateNames(s["iso3"], s["iso2"], s["name_en"], s["name_fr"], s["name_es"]) for s in read_member_states()
    )


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("MX", "MEX"), ("mex", "MEX"), ("Mexico", "MEX"), ("México", "MEX"), ("Mexique", "MEX"),
        ("Bolivia", "BOL"), ("Bolivia (Plurinational State of)", "BOL"), ("Bolivia, Plurinational State of", "BOL"),
        ("Bolivie (État plurinational de)", "BOL"), ("Ivory Coast", "CIV"), ("Côte d’Ivoire", "CIV"),
        ("COTE D'IVOIRE", "CIV"), ("Corée, République de", "KOR"), ("South Korea", "KOR"), ("Korea, Rep.", "KOR"),
        ("République de Corée", "KOR"), ("North Korea", "PRK"), ("EE. UU.", "USA"), ("EEUU", "USA"),
        ("USA", "USA"), ("U.S.A.", "USA"), ("United States", "USA"), ("Estados Unidos", "USA"),
        ("États-Unis d'Amérique", "USA"), ("UK", "GBR"), ("Great Britain", "GBR"), ("Royaume-Uni", "GBR"),
        ("Russia", "RUS"), ("Iran", "IRN"), ("Vietnam", "VNM"), ("Venezuela", "VEN"), ("Tanzania", "TZA"),
        ("Syria", "SYR"), ("Laos", "LAO"), ("Moldova", "MDA"), ("Macedonia", "MKD"), ("North Macedonia", "MKD"),
        ("Czechia", "CZE"), ("Holland", "NLD"), ("Pays-Bas", "NLD"), ("Brasil", "BRA"), ("Allemagne", "DEU"),
        ("Alemania", "DEU"), ("  germany  ", "DEU"), ("Congo", "COG"), ("RDC", "COD"), ("Niger", "NER"),
        ("Nigeria", "NGA"), ("Dominica", "DMA"), ("Dominican Republic", "DOM"), ("Guinea", "GIN"),
        ("Inde", "IND"), ("Japón", "JPN"), ("Suisse", "CHE"), ("Türkiye", "TUR"),
    ],
)
def test_names_codes_and_aliases_resolve(resolver: CountryResolver, text: str, iso3: str) -> None:
    assert resolver.resolve(text) == iso3


@pytest.mark.parametrize("text", ["Atlantis", "Taiwan", "Puerto Rico", "", "   ", "x" * 5000, "Mexcio", "ZZ", "ZZZ"])
def test_unknown_or_non_member_countries_give_none(resolver: CountryResolver, text: str) -> None:
    assert resolver.resolve(text) is None


def test_every_member_state_resolves_from_its_names_in_three_languages(db: Database) -> None:
    with db.session() as session:
        states = list(session.scalars(select(MemberState)))
        resolver = CountryResolver.from_session(session)
    assert len(states) >= 195
    for state in states:
        for name in (state.name_en, state.name_fr, state.name_es, state.iso2, state.iso3):
            assert resolver.resolve(name) == state.iso3, (name, state.iso3)


def test_suggestions_name_the_closest_member_states(resolver: CountryResolver) -> None:
    assert resolver.suggest("Mexcio")[0] == "Mexico"
    assert "Nigeria" in resolver.suggest("Nigerie")
    assert resolver.suggest("Colombie", lang="es")[0] == "Colombia"


def test_anguilla_is_a_2015_associate_member_and_montserrat_is_not_yet(db) -> None:  # type: ignore[no-untyped-def]
    """UNESCO's Associate Members in September 2015 included Anguilla (2013), not Montserrat (3 Nov 2015)."""
    from sqlalchemy import select as _select

    from conference_desk.core.foundation.countries import CountryResolver
    from conference_desk.core.foundation.models import MemberState, MembershipStatus

    with db.session() as s:
        resolver = CountryResolver.from_session(s)
        anguilla = s.scalar(_select(MemberState).where(MemberState.iso3 == "AIA"))
        assert s.scalar(_select(MemberState).where(MemberState.iso3 == "MSR")) is None
    assert anguilla is not None and anguilla.status is MembershipStatus.ASSOCIATE
    assert anguilla.name_es == "Anguila"
    assert resolver.resolve("Anguilla") == "AIA" and resolver.resolve("Anguila") == "AIA"
    assert resolver.resolve("AI") == "AIA"
    assert resolver.resolve("Montserrat") is None
    assert "3 November 2015" in (resolver.not_member("Montserrat") or "")
    assert "3 novembre 2015" in (resolver.not_member("MSR", "fr") or "")
    assert resolver.not_member("Anguilla") is None and resolver.not_member("France") is None
