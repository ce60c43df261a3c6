"""The demo's delegations and participants, written in batches, with progress and cancel.

One ``random.Random(seed)`` draws everything about the people, in a fixed
order: the delegations, then each person in turn (category, gender, origin,
position, name, title, status, dates, needs, hotel requests, e-mail, phone).
The hotels' part of a person comes from the ``Stays`` handed in (the hotels'
demo, ``core/hotels/demo.py``), drawn from the same generator at the same
moment as ever, so a seed gives the same conference.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, Callable, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...foundation.errors import ConferenceDeskError
from ...foundation.models import (
    Category,
    Conference,
    Delegation,
    Gender,
    Language,
    Participant,
    ParticipantStatus,
    index_missing_search_words,
    participant_search_text,
    participant_sort_name,
)
from ...foundation.text import fold
from .choice import Pool
from .countries import Country
from .data import load
from .delegations import Group, create_delegations, plan_delegations
from .names import Name, name_mix, names_for, pick_name
from .roles import (
    ACCESSIBILITY,
    CATEGORY_OF_KIND,
    DIETARY,
    FEMALE_SHARE,
    MUSLIM_NAMES,
    ORGANISATION_ROLES,
    STATE_CATEGORIES,
    pick_district,
    state_role,
)

BATCH_SIZE = 500
HOST_CITY_SHARE = 0.45  # of the host delegation (besides its head): local officials

# Called with (participants written, participants in all) before the first row and after
# every batch; it raises to stop (the caller's transaction then keeps nothing).
ReportCallback = Callable[[int, int], None]


class Stays(Protocol):
    """What a participant asks of the hotels; the hotels' demo provides it (people know no hotels)."""

    def request(self, category: str, accessible: bool) -> tuple[int | None, str]:
        """The preferred hotel id (None: no preference) and room type code."""

    def funded(self, category: str) -> bool:
        """Whether the conference pays the stay."""

    def pair_sharers(self, members: list[dict[str, Any]]) -> None:
        """Pair some of a delegation's ``members`` (rows being made) to share a room."""


@dataclass
class DemoPeople:
    participants: int
    delegations: int  # delegations that received demo participants (states + organisations)
    member_states: int  # distinct Member States with a delegation


def populate_people_demo(
    session: Session,
    conference: Conference,
    total: int,
    seed: int,
    rng: random.Random,
    stays: Stays,
    report: ReportCallback,
) -> DemoPeople:
    """Add ``total`` demo participants and their delegations to ``session`` (the caller commits).

    ``rng`` is the people's generator (``random.Random(seed)``), shared with ``stays``;
    ``seed`` also shuffles the external ids.  The participants are indexed for search.
    """
    return _Generator(session, conference, total, seed, rng, stays, report).run()


class _Generator:
    """One pass over the delegations, person by person, in the order the seed expects."""

    def __init__(
        self,
        session: Session,
        conference: Conference,
        total: int,
        seed: int,
        rng: random.Random,
        stays: Stays,
        report: ReportCallback,
    ) -> None:
        self.session = session
        self.conference = conference
        self.total = total
        self.seed = seed
        self.report = report
        self.rng = rng
        self.stays = stays
        self.done = 0
        self.buffer: list[dict[str, Any]] = []
        self.emails: dict[str, int] = {}
        self.heads: dict[str, Delegation] = {}  # external id of the head -> delegation
        self.city_pools: dict[str, Pool[str]] = {}
        self.host_names: Pool[str] | None = None
        self.host_city_key = fold(conference.city or "")
        self.host_iso3 = (conference.country_iso3 or "").upper()
        self.external_prefix = _external_prefix(conference)
        width = max(5, len(str(total)))
        numbers = list(range(1, total + 1))
        random.Random(seed * 7919 + 1).shuffle(numbers)  # ids not grouped by delegation
        self.external_ids = iter(f"{self.external_prefix}-{n:0{width}d}" for n in numbers)

        categories = list(
            session.scalars(select(Category).order_by(Category.sort_order, Category.id))
        )
        if not categories:
            raise ConferenceDeskError(
                "The conference has no participant categories; add some before the demo population."
            )
        self.category_ids = {c.code: c.id for c in categories}
        self.fallback_category = self.category_ids.get("delegate", categories[0].id)
        self.arrival = conference.arrival_date
        self.start = conference.start_date
        self.end = conference.end_date
        self.departure = conference.departure_date

    def run(self) -> DemoPeople:
        self._report()
        groups = plan_delegations(self.session, self.rng, self.total, self.host_iso3)
        create_delegations(self.session, groups)
        for group in groups:
            self._fill(group)
        self._flush()
        self._set_heads()
        index_missing_search_words(self.session.connection())
        delegations = sum(1 for g in groups if g.delegation is not None and g.size > 0)
        states = sum(1 for g in groups if g.kind == "member_state" and g.size > 0)
        return DemoPeople(participants=self.total, delegations=delegations, member_states=states)

    # ---------------------------------------------------------------- people

    def _fill(self, group: Group) -> None:
        members = [self._member(group, i) for i in range(group.size)]
        self.stays.pair_sharers(members)
        head = members[0] if members and group.delegation is not None else None
        if head is not None and group.delegation is not None:
            self.heads[head["external_id"]] = group.delegation
        for row in members:
            row.pop("_name", None)
            row.pop("_share", None)
            # What the model's before_insert event would compute (bulk inserts skip it).
            row["search_text"] = participant_search_text(SimpleNamespace(**row))  # type: ignore[arg-type]
            row["sort_name"] = participant_sort_name(SimpleNamespace(**row))  # type: ignore[arg-type]
            self.buffer.append(row)
            if len(self.buffer) >= BATCH_SIZE:
                self._flush()

    def _member(self, group: Group, index: int) -> dict[str, Any]:
        rng = self.rng
        if group.kind == "member_state":
            category = "head" if index == 0 else STATE_CATEGORIES.pick(rng)
        elif group.kind == "press":
            category = "press"
        else:
            category = CATEGORY_OF_KIND[group.kind]
            if index > 0 and category in ("igo_ngo", "unesco") and rng.random() < 0.1:
                category = "speaker"

        gender = self._gender(category)
        female = gender is Gender.FEMALE or (gender is Gender.OTHER and rng.random() < 0.5)

        # Where the person comes from: a city, and for organisations a name source.
        names_key = group.names.pick(rng)
        native = group.native
        city = ""
        local = False
        organisation = ""
        position = ""
        excellency = False
        domain = ""
        phone_template = ""
        country = group.country
        if country is not None:
            city = self._state_city(country, index)
            role = state_role(self.rng, group, category, city)
            gov = country.government(city)
            district = ""
            if "{district}" in role.position:
                district = pick_district(self.rng, group, country, city, reserve=bool(role.unique))
            position = role.position.format(city=city, gov=gov, district=district)
            organisation = role.organisation.format(city=city, gov=gov, district=district)
            excellency = role.excellency
            domain = country.national_domain() if role.national else country.domain(city)
            phone_template = country.phone_template(city)
            if role.in_paris:  # UNESCO Headquarters, where Permanent Delegations sit
                city, phone_template = "Paris", "+33 1 45 68 ## ##"
            local = self._is_host_city(city) and country.iso3 == self.host_iso3
        else:
            entry = group.organisation or {}
            organisation = entry.get("name", "")
            city = entry.get("city", "")
            domain = entry.get("domain", "example.org")
            if group.kind == "press":
                correspondent = entry.get("country") != self.host_iso3 and rng.random() < float(
                    entry.get("correspondents", 0.0)
                )
                if correspondent:  # the outlet's correspondent in the host city
                    names_key = self._host_names_key()
                    city = self.conference.city or city
                position = Pool(ORGANISATION_ROLES["press"]).pick(rng)
            elif index == 0:
                position = entry.get("lead", "")
            else:
                roles = ORGANISATION_ROLES.get(category, ORGANISATION_ROLES["igo_ngo"])
                position = roles[int(rng.random() * len(roles))]
            local = self._is_host_city(city)
            host_country = load("countries.json")["countries"].get(
                self.host_iso3 if local else entry.get("country", ""), {}
            )
            phone_template = (host_country.get("city_phone") or {}).get(city) or host_country.get(
                "phone", "+1 ### ### ####"
            )

        names = names_for(names_key)
        native_share = names.native_share if native is None else float(native)
        name = pick_name(names, rng, female, native_share)
        lang = group.lang or names.lang or "en"

        title = self._title(gender, category, excellency)
        status = self._status(category)
        arrival, departure, late = self._dates(local, category)
        needs_hotel = not local
        hotel_id, room, funded = None, "", False
        accessibility, accessible_room = "", False
        if rng.random() < 0.02:
            accessibility, accessible_room = ACCESSIBILITY.pick(rng)
        if needs_hotel:
            hotel_id, room = self.stays.request(category, accessible_room)
            funded = self.stays.funded(category)
        dietary = ""
        if rng.random() < 0.15:
            dietary = DIETARY.pick(rng)
            if names_key in MUSLIM_NAMES and rng.random() < 0.7:
                dietary = "Halal"
            elif names_key == "he" and rng.random() < 0.5:
                dietary = "Kosher"
        notes = "Late arrival (after 22:00)" if late else ""

        email = self._email(name, domain)
        phone = self._phone(phone_template)
        badge_name = name.latin_full
        return {
            "external_id": next(self.external_ids),
            "delegation_id": group.delegation.id if group.delegation is not None else None,
            "category_id": self.category_ids.get(category, self.fallback_category),
            "title": title,
            "given_name": name.given,
            "family_name": name.family,
            "given_name_latin": name.given_latin,
            "family_name_latin": name.family_latin,
            "badge_name": badge_name,
            "search_text": "",
            "gender": gender,
            "position": position,
            "organisation": organisation,
            "city": city,
            "email": email,
            "phone": phone,
            "preferred_language": Language(lang) if lang in ("en", "fr", "es") else Language.EN,
            "arrival_date": arrival,
            "departure_date": departure,
            "needs_hotel": needs_hotel,
            "preferred_hotel_id": hotel_id,
            "room_type_request": room,
            "sharer_note": "",
            "hotel_funded": funded,
            "accessibility_needs": accessibility,
            "dietary_needs": dietary,
            "notes": notes,
            "status": status,
            "row_version": 1,
            "_name": name,
            "_share": needs_hotel and not accessibility and category != "head",
        }

    def _host_names_key(self) -> str:
        if self.host_names is None:
            entry = load("countries.json")["countries"].get(self.host_iso3, {})
            self.host_names = name_mix(entry.get("names") or "en_US")
        return self.host_names.pick(self.rng)

    def _is_host_city(self, city: str) -> bool:
        return bool(city) and bool(self.host_city_key) and fold(city) == self.host_city_key

    def _state_city(self, country: Country, index: int) -> str:
        if not country.cities:
            return ""
        host_city = next((c for c in country.cities if self._is_host_city(c)), None)
        if country.iso3 == self.host_iso3 and host_city is not None and index > 0:
            if self.rng.random() < HOST_CITY_SHARE:
                return host_city
            others = [c for c in country.cities if c != host_city] or [host_city]
            return others[int(self.rng.random() * len(others))]
        pool = self.city_pools.get(country.iso3)
        if pool is None:
            # The first cities of the list are the likelier ones.
            weights = [1.0 / (1 + 0.25 * i) for i in range(len(country.cities))]
            pool = self.city_pools[country.iso3] = Pool(country.cities, weights)
        return pool.pick(self.rng)

    def _gender(self, category: str) -> Gender:
        r = self.rng.random()
        if r < 0.003:
            return Gender.OTHER
        female = 0.003 + FEMALE_SHARE.get(category, 0.5) * 0.997
        return Gender.FEMALE if r < female else Gender.MALE

    def _title(self, gender: Gender, category: str, excellency: bool) -> str:
        if excellency:
            return "H.E."
        r = self.rng.random()
        professor, doctor = {
            "expert": (0.30, 0.35),
            "speaker": (0.15, 0.30),
            "head": (0.03, 0.15),
            "mayor": (0.0, 0.12),
            "igo_ngo": (0.05, 0.25),
            "unesco": (0.03, 0.25),
            "delegate": (0.02, 0.10),
            "private": (0.0, 0.08),
        }.get(category, (0.0, 0.02))
        if r < professor:
            return "Prof."
        if r < professor + doctor:
            return "Dr"
        if gender is Gender.FEMALE:
            return "Ms"
        if gender is Gender.MALE:
            return "Mr"
        return "Mx" if r > 0.5 else ""

    def _status(self, category: str) -> ParticipantStatus:
        r = self.rng.random()
        if category == "head":
            return ParticipantStatus.CONFIRMED if r < 0.95 else ParticipantStatus.REGISTERED
        if r < 0.02:
            return ParticipantStatus.CANCELLED
        if r < 0.20:
            return ParticipantStatus.REGISTERED
        return ParticipantStatus.CONFIRMED

    def _dates(self, local: bool, category: str) -> tuple[dt.date, dt.date, bool]:
        rng = self.rng
        day = dt.timedelta(days=1)
        if local:
            arrival = self.arrival if category in ("staff", "unesco") else self.start
            return arrival, self.end, False
        r = rng.random()
        if r < 0.75:
            arrival = self.arrival
        elif r < 0.85:
            arrival = self.arrival - day
        else:
            arrival = min(self.arrival + day, self.end)
        r = rng.random()
        if r < 0.72:
            departure = self.departure
        elif r < 0.88:
            departure = self.end
        else:
            departure = self.departure + day
        if departure < arrival:
            departure = self.departure
        late = arrival == self.arrival and rng.random() < 0.04
        return arrival, departure, late

    def _phone(self, template: str) -> str:
        """'#' is a digit; the first of a group is never 0 or 1."""
        rng = self.rng
        out = []
        previous = " "
        for char in template:
            if char == "#":
                low = 2 if previous == " " else 0
                out.append(str(low + int(rng.random() * (10 - low))))
            else:
                out.append(char)
            previous = char
        return "".join(out)

    def _email(self, name: Name, domain: str) -> str:
        given = [re.sub(r"[^a-z0-9-]", "", w) for w in fold(name.email_given).split()]
        given = [t for t in given if t]
        family = "".join(re.sub(r"[^a-z0-9-]", "", w) for w in fold(name.email_family).split())
        first = given[0].strip("-") if given else "info"
        family = family.strip("-") or "delegate"
        r = self.rng.random()
        if r < 0.55:
            local = f"{first}.{family}"
        elif r < 0.75:
            local = f"{first[0]}.{family}"
        elif r < 0.90:
            local = f"{first}{family}"
        else:
            local = f"{family}.{first}"
        address = f"{local}@{domain}"
        count = self.emails.get(address)
        if count is None:
            self.emails[address] = 1
            return address
        while True:
            count += 1
            candidate = f"{local}{count}@{domain}"
            if candidate not in self.emails:
                self.emails[address] = count
                self.emails[candidate] = 1
                return candidate

    # ---------------------------------------------------------------- writing

    def _flush(self) -> None:
        if not self.buffer:
            return
        self.session.execute(Participant.__table__.insert(), self.buffer)
        self.done += len(self.buffer)
        self.buffer = []
        self._report()

    def _report(self) -> None:
        self.report(self.done, self.total)

    def _set_heads(self) -> None:
        ids = list(self.heads)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.session.execute(
                select(Participant.external_id, Participant.id).where(
                    Participant.external_id.in_(chunk)
                )
            )
            for external_id, participant_id in rows:
                self.heads[external_id].head_id = participant_id
        self.session.flush()


def _external_prefix(conference: Conference) -> str:
    """'iclc2015' -> 'ICLC15': letters of the code and the year's last two digits."""
    code = conference.code or conference.short_name or "DEMO"
    letters = "".join(ch for ch in code.upper() if "A" <= ch <= "Z") or "DEMO"
    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) == 4:
        digits = digits[2:]
    return f"{letters}{digits}"
