"""Positions (in English, the conference's common language), categories and personal needs."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .choice import Pool
from .countries import Country
from .delegations import Group


@dataclass(frozen=True)
class Role:
    position: str  # may use {city}, {gov}, {district}
    organisation: str = "{gov}"
    excellency: bool = False  # addressed as H.E.
    unique: str = ""  # key that at most one person per delegation may hold
    in_paris: bool = False  # at the Permanent Delegation to UNESCO

    @property
    def national(self) -> bool:
        """A national body rather than a city: the ministry's e-mail domain."""
        return self.organisation not in ("{gov}", "") and "{" not in self.organisation


_HEAD_ROLES = Pool.weighted(
    [
        (Role("Mayor of {city}", unique="mayor:{city}"), 45),
        (Role("Deputy Mayor of {city}"), 10),
        (Role("Secretary of Education, {gov}", unique="education:{city}"), 15),
        (Role("Minister of Education", "Ministry of Education", True, "minister"), 8),
        (Role("Vice-Minister of Education", "Ministry of Education", True, "vice-minister"), 5),
        (
            Role(
                "Ambassador, Permanent Delegate to UNESCO",
                "Permanent Delegation to UNESCO",
                True,
                "ambassador",
                in_paris=True,
            ),
            8,
        ),
        (
            Role(
                "Secretary-General, National Commission for UNESCO",
                "National Commission for UNESCO",
                unique="natcom",
            ),
            9,
        ),
    ]
)
_MAYOR_ROLES = Pool.weighted(
    [(Role("Mayor of {city}", unique="mayor:{city}"), 75), (Role("Deputy Mayor of {city}"), 25)]
)
_DISTRICT_MAYOR = Role(
    "Borough Mayor of {district}", "Borough of {district}", unique="mayor:{district}"
)
_FALLBACK_MAYOR_ROLES = Pool([Role("Deputy Mayor of {city}"), Role("City Councillor, {gov}")])
_DISTRICT_COUNCILLOR = Role("Councillor, Borough of {district}", "Borough of {district}")
_DELEGATE_ROLES = Pool(
    [
        Role("Director of Education, {gov}"),
        Role("Head of Lifelong Learning, {gov}"),
        Role("Adviser to the Mayor of {city}"),
        Role("Coordinator, Learning City Programme, {gov}"),
        Role("Director of Adult Education, {gov}"),
        Role("Head of International Relations, {gov}"),
        Role("Director of Public Libraries, {gov}"),
        Role("Head of Community Education, {gov}"),
        Role("Councillor for Education, {gov}"),
        Role("Programme Officer, National Commission for UNESCO", "National Commission for UNESCO"),
        Role("Senior Adviser, Ministry of Education", "Ministry of Education"),
        Role("Director of Lifelong Learning, Ministry of Education", "Ministry of Education"),
    ]
)
_EXPERT_ROLES = Pool(
    [
        Role("Professor of Adult Education", ""),
        Role("Researcher in Lifelong Learning", ""),
        Role("Lecturer in Education Policy", ""),
        Role("Consultant in Urban Development", ""),
        Role("Expert in Community Learning Centres", ""),
        Role("Adviser on Learning Cities", ""),
        Role("Professor of Urban Studies", ""),
        Role("Director, Centre for Lifelong Learning Research", ""),
    ]
)
ORGANISATION_ROLES = {
    "igo_ngo": [
        "Senior Policy Analyst",
        "Education Specialist",
        "Programme Officer",
        "Programme Specialist",
        "Senior Adviser",
        "Regional Coordinator for Latin America and the Caribbean",
        "Research Officer",
        "Project Manager",
        "Communications Officer",
        "Board Member",
    ],
    "unesco": [
        "Programme Specialist",
        "Senior Programme Specialist",
        "Team Leader, Learning Cities",
        "Associate Programme Specialist",
        "Research Assistant",
        "Programme Assistant",
        "Communications Officer",
        "Conference Officer",
        "Documentalist",
        "Consultant",
    ],
    "staff": [
        "Registration Desk Officer",
        "Protocol Officer",
        "Logistics Coordinator",
        "Liaison Officer",
        "Transport Coordinator",
        "IT Support",
        "Volunteer",
        "Volunteer",
        "Volunteer",
        "Hospitality Officer",
        "Press Officer",
        "Security Coordinator",
    ],
    "private": [
        "Director of Corporate Affairs",
        "Education Partnerships Manager",
        "Head of Public Sector",
        "Corporate Social Responsibility Manager",
        "Account Manager, Government and Education",
        "Regional Director for Latin America",
    ],
    "press": [
        "Journalist",
        "Correspondent",
        "Reporter",
        "Photographer",
        "Camera Operator",
        "Editor",
        "Producer",
    ],
}

# Category of the members of a Member State delegation besides its head.
STATE_CATEGORIES = Pool.weighted(
    [("mayor", 15), ("delegate", 52), ("expert", 20), ("speaker", 13)]
)
FEMALE_SHARE = {
    "head": 0.35,
    "mayor": 0.30,
    "delegate": 0.52,
    "expert": 0.50,
    "speaker": 0.45,
    "igo_ngo": 0.55,
    "private": 0.40,
    "unesco": 0.60,
    "press": 0.50,
    "staff": 0.62,
}
CATEGORY_OF_KIND = {
    "igo": "igo_ngo",
    "ngo": "igo_ngo",
    "private": "private",
    "unesco": "unesco",
    "host": "staff",
}
ACCESSIBILITY = Pool.weighted(
    [
        (("Wheelchair user", True), 35),
        (("Reduced mobility: step-free access needed", True), 20),
        (("Visual impairment: large-print documents", False), 25),
        (("Hearing impairment: hearing loop or captioning", False), 20),
    ]
)
DIETARY = Pool.weighted(
    [
        ("Vegetarian", 40),
        ("Gluten-free", 12),
        ("Vegan", 12),
        ("Halal", 12),
        ("Lactose-free", 8),
        ("Kosher", 1),
        ("Nut allergy", 5),
    ]
)
MUSLIM_NAMES = {"ar_mashriq", "ar_maghreb", "fa", "ur"}


def state_role(rng: random.Random, group: Group, category: str, city: str) -> Role:
    """The position of a Member State delegate: one mayor per city, one minister per delegation."""
    country = group.country
    assert country is not None
    if category == "expert" or (category == "speaker" and rng.random() < 0.5):
        return _EXPERT_ROLES.pick(rng)
    if category in ("delegate", "speaker"):
        return _DELEGATE_ROLES.pick(rng)
    pool = _HEAD_ROLES if category == "head" else _MAYOR_ROLES
    for _ in range(4):
        role = pool.pick(rng)
        if city in country.districts and role.position.endswith("Mayor of {city}"):
            # A city of boroughs (Mexico City): its mayors are borough mayors.
            districts = country.districts[city]
            if any(f"mayor:{d}" not in group.used_roles for d in districts):
                return _DISTRICT_MAYOR  # pick_district() reserves the borough
            continue
        if not city and "{city}" in role.position:
            continue
        key = role.unique.format(city=city)
        if key and key in group.used_roles:
            continue
        if key:
            group.used_roles.add(key)
        return role
    if city in country.districts:
        return _DISTRICT_COUNCILLOR
    return _FALLBACK_MAYOR_ROLES.pick(rng) if city else _DELEGATE_ROLES.pick(rng)

def pick_district(rng: random.Random, group: Group, country: Country, city: str, reserve: bool) -> str:
    """A borough of ``city``; with ``reserve``, one whose mayor is not taken yet."""
    districts = country.districts.get(city, [])
    free = [d for d in districts if f"mayor:{d}" not in group.used_roles] if reserve else []
    if not free:
        return districts[int(rng.random() * len(districts))] if districts else city
    district = free[int(rng.random() * len(free))]
    group.used_roles.add(f"mayor:{district}")
    return district

