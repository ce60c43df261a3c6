"""The transport part of the demo population: each travelling guest's flights.

Every demo participant who needs a hotel flies in on their arrival date and out on
their departure date (the dates the people demo gave them; locals, who go home at
night, have no flights).  Flights are those of carriers serving Mexico City from the
guest's part of the world, at the times such flights land and leave (approximately:
a demo, not a timetable): Europe's long-haul flights land in the afternoon, so the
busiest hour is the afternoon of 27 September, when most guests arrive; the Americas
have flights all day; Africa, the Arab States and much of Asia connect through
Europe or the United States.  Guests who arrive on the opening day take a morning
flight, those noted as arriving late one landing after 22:00, and those who leave on
the closing day a flight in the evening.  Delegations often travel together (a
delegation's main flight), and about one guest in ten makes their own arrangements.
Terminals as at MEX (approximately): Aeroméxico and its SkyTeam partners at T2,
the others at T1.

Drawn from a generator of its own (``core/demo`` gives it), after the people exist:
nothing else in the demo changes, and the participants' other columns (their
``updated_at`` and ``row_version`` included) stay as the people demo wrote them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ..foundation.models import Category, Conference, Delegation, MemberState, Participant, Region
from ..people.demo.data import load

OWN_ARRANGEMENT_SHARE = 0.10
WITH_DELEGATION_SHARE = 0.6  # takes the delegation's main flight when it suits them
T2_CARRIERS = frozenset({"AM", "DL", "KL", "AF", "CM", "LA", "UX"})

# Flights by where they come from: (flight, landing) in, (flight, take-off) out, local times.
INBOUND: dict[str, list[tuple[str, str]]] = {
    "paris": [("AF 178", "16:35"), ("AM 6", "14:50")],
    "madrid": [("IB 6401", "15:10"), ("IB 6403", "19:20"), ("AM 2", "05:45"), ("UX 41", "16:55")],
    "amsterdam": [("KL 685", "15:25")],
    "frankfurt": [("LH 498", "15:55")],
    "london": [("BA 243", "16:20")],
    "usa": [("UA 1549", "06:55"), ("AA 1389", "10:45"), ("UA 1117", "11:35"), ("DL 593", "13:40"),
            ("AM 403", "14:25"), ("AA 2593", "16:15"), ("UA 1478", "17:05"), ("AM 459", "18:30"),
            ("DL 891", "22:40"), ("AM 421", "23:15")],
    "canada": [("AC 997", "06:20"), ("AM 691", "12:35"), ("AC 991", "16:10")],
    "latam": [("AR 1304", "05:50"), ("LA 2470", "06:05"), ("AV 80", "13:55"), ("CM 132", "14:30"),
              ("AM 11", "17:40"), ("AV 296", "19:45"), ("LA 530", "21:55"), ("CM 138", "22:25")],
    "mexico": [("AM 161", "07:20"), ("AM 223", "10:40"), ("Y4 331", "14:20"), ("4O 1421", "16:45"),
               ("VB 1042", "18:10"), ("AM 544", "19:50"), ("Y4 909", "22:35")],
    "asia": [("AM 99", "06:30"), ("AM 57", "12:20")],
}
OUTBOUND: dict[str, list[tuple[str, str]]] = {
    "paris": [("AF 179", "19:10"), ("AM 5", "21:35")],
    "madrid": [("IB 6402", "17:40"), ("UX 42", "18:35"), ("AM 1", "20:50"), ("IB 6400", "23:55")],
    "amsterdam": [("KL 686", "17:25")],
    "frankfurt": [("LH 499", "18:20")],
    "london": [("BA 242", "18:45")],
    "usa": [("UA 1118", "07:05"), ("AA 1390", "08:20"), ("DL 594", "09:05"), ("AM 400", "11:40"),
            ("UA 1479", "12:55"), ("AA 2594", "14:10"), ("DL 892", "16:30"), ("AM 458", "19:25")],
    "canada": [("AM 690", "09:35"), ("AC 992", "17:50")],
    "latam": [("CM 139", "06:35"), ("LA 2471", "08:40"), ("AR 1305", "09:25"), ("AM 10", "10:55"),
              ("AV 81", "15:10"), ("CM 133", "15:45"), ("AV 297", "20:40")],
    "mexico": [("AM 160", "07:10"), ("AM 222", "09:30"), ("Y4 330", "12:15"), ("4O 1420", "15:25"),
               ("VB 1041", "17:05"), ("AM 545", "20:45")],
    "asia": [("AM 98", "22:55"), ("AM 58", "23:35")],
}
# When no flight from a guest's part of the world suits (a morning arrival from Paris), they connect here.
CONNECTIONS = ("madrid", "usa")

EUROPE = [("paris", 3), ("madrid", 3), ("amsterdam", 2), ("frankfurt", 2), ("london", 2)]
BY_COUNTRY: dict[str, list[tuple[str, float]]] = {
    "MEX": [("mexico", 1)], "USA": [("usa", 1)], "CAN": [("canada", 3), ("usa", 1)],
    "FRA": [("paris", 4), ("amsterdam", 1)], "BEL": [("paris", 2), ("amsterdam", 1), ("frankfurt", 1)],
    "CHE": [("paris", 1), ("frankfurt", 1)], "LUX": [("paris", 1), ("frankfurt", 1)],
    "MCO": [("paris", 1)], "ESP": [("madrid", 1)], "PRT": [("madrid", 3), ("paris", 1)],
    "AND": [("madrid", 1)], "NLD": [("amsterdam", 1)], "GBR": [("london", 3), ("usa", 1)],
    "IRL": [("london", 2), ("usa", 1)], "DEU": [("frankfurt", 3), ("amsterdam", 1)],
    "AUT": [("frankfurt", 1)], "POL": [("frankfurt", 1), ("amsterdam", 1)],
    "JPN": [("asia", 2), ("usa", 1)], "CHN": [("asia", 2), ("usa", 1), ("canada", 1)],
    "KOR": [("usa", 2), ("canada", 1), ("asia", 1)],
}
BY_REGION: dict[Region, list[tuple[str, float]]] = {
    Region.LATIN_AMERICA_CARIBBEAN: [("latam", 5), ("usa", 1)],
    Region.EUROPE_NORTH_AMERICA: list(EUROPE),
    Region.AFRICA: [("paris", 4), ("madrid", 2), ("amsterdam", 2), ("frankfurt", 1), ("london", 2)],
    Region.ARAB_STATES: [("paris", 3), ("frankfurt", 2), ("madrid", 2), ("amsterdam", 1), ("london", 1)],
    Region.ASIA_PACIFIC: [("usa", 3), ("canada", 1), ("asia", 1), ("frankfurt", 1)],
}
ANYWHERE = [("usa", 3), ("paris", 2), ("madrid", 2), ("latam", 2), ("frankfurt", 1), ("london", 1),
            ("amsterdam", 1), ("canada", 1)]

COLUMNS = ("arrival_flight", "arrival_time", "arrival_terminal", "departure_flight", "departure_time",
           "departure_terminal", "own_transport")


def terminal_of(flight: str) -> str:
    """"AM 403" -> "T2": the carrier's terminal at MEX (approximately)."""
    return "T2" if flight.split()[0] in T2_CARRIERS else "T1"


def _hm(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def _draw(rng: random.Random, weights: list[tuple[str, float]]) -> str:
    total = sum(w for _h, w in weights)
    x = rng.random() * total
    for hub, w in weights:
        x -= w
        if x < 0:
            return hub
    return weights[-1][0]


def _pick(rng: random.Random, table: dict[str, list[tuple[str, str]]], hub: str,
          suits: Callable[[dt.time], bool]) -> tuple[str, dt.time]:
    """A flight from ``hub`` whose time suits, else one through a connecting hub, else any of the hub's."""
    for where in (hub, *CONNECTIONS):
        options = [(f, _hm(t)) for f, t in table[where] if suits(_hm(t))]
        if options:
            return options[int(rng.random() * len(options))]
    f, t = table[hub][int(rng.random() * len(table[hub]))]
    return f, _hm(t)


def populate_transport_demo(session: Session, conference: Conference, rng: random.Random) -> dict[str, int]:
    """Give the demo's travelling participants flights (see the module's docstring); returns counts."""
    organisations = {o["name"]: o.get("country", "") for o in load("organisations.json").get("organisations", [])}
    regions = {iso3: region for iso3, region in session.execute(select(MemberState.iso3, MemberState.region))}
    delegations = {
        d_id: (kind, iso3, region, name)
        for d_id, kind, iso3, region, name in session.execute(
            select(Delegation.id, Delegation.kind, MemberState.iso3, MemberState.region, Delegation.organisation_name)
            .outerjoin(MemberState, MemberState.id == Delegation.member_state_id))
    }
    P = Participant
    people = session.execute(
        select(P.id, P.delegation_id, Category.code, P.needs_hotel, P.arrival_date, P.departure_date, P.notes,
               P.updated_at)
        .join(Category, Category.id == P.category_id).order_by(P.id)).all()
    main: dict[tuple[Any, ...], tuple[str, dt.time]] = {}
    rows: list[dict[str, Any]] = []
    for pid, delegation_id, _category, needs_hotel, arrival, departure, notes, updated_at in people:
        if not needs_hotel or arrival is None or departure is None:
            continue  # a local: no flight
        weights = _origin(delegations.get(delegation_id), organisations, regions)
        hub_in, hub_out = _draw(rng, weights), _draw(rng, weights)
        late = "late arrival" in (notes or "").lower()
        if late:
            arrives: Callable[[dt.time], bool] = lambda t: t >= dt.time(22)  # noqa: E731
        elif arrival >= conference.start_date:
            arrives = lambda t: t <= dt.time(8, 30)  # noqa: E731 - in time for the opening
        else:
            arrives = lambda t: True  # noqa: E731
        leaves: Callable[[dt.time], bool] = (lambda t: t >= dt.time(17)) if departure <= conference.end_date \
            else (lambda t: True)
        a = _with_delegation(rng, main, ("in", delegation_id, arrival), INBOUND, hub_in, arrives)
        d = _with_delegation(rng, main, ("out", delegation_id, departure), OUTBOUND, hub_out, leaves)
        rows.append({"b_id": pid, "b_updated_at": updated_at,
                     "arrival_flight": a[0], "arrival_time": a[1], "arrival_terminal": terminal_of(a[0]),
                     "departure_flight": d[0], "departure_time": d[1], "departure_terminal": terminal_of(d[0]),
                     "own_transport": rng.random() < OWN_ARRANGEMENT_SHARE})
    table = Participant.__table__
    statement = (update(table).where(table.c.id == bindparam("b_id"))
                 .values(**{c: bindparam(c) for c in COLUMNS}, updated_at=bindparam("b_updated_at")))
    connection = session.connection()
    for start in range(0, len(rows), 1000):
        connection.execute(statement, rows[start:start + 1000])
    return {"flights": 2 * len(rows), "own_transport": sum(1 for r in rows if r["own_transport"])}


def _origin(delegation: tuple[Any, ...] | None, organisations: dict[str, str],
            regions: dict[str, Region]) -> list[tuple[str, float]]:
    """Where a guest flies from, as weights over hubs: their country's, else their region's (an
    organisation's: where it sits; the press and anyone else: from anywhere)."""
    if delegation is None:
        return ANYWHERE
    _kind, iso3, region, name = delegation
    if iso3 is None:
        iso3 = organisations.get(name, "")
        region = regions.get(iso3)
    if iso3 in BY_COUNTRY:
        return BY_COUNTRY[iso3]
    if region is not None:
        return BY_REGION.get(Region(region), ANYWHERE)
    return ANYWHERE


def _with_delegation(rng: random.Random, main: dict[tuple[Any, ...], tuple[str, dt.time]], key: tuple[Any, ...],
                     table: dict[str, list[tuple[str, str]]], hub: str, suits: Callable[[dt.time], bool]
                     ) -> tuple[str, dt.time]:
    """The delegation's main flight that day (the first member's), or a flight of one's own."""
    own = _pick(rng, table, hub, suits)
    if key[1] is None:
        return own
    shared = main.setdefault(key, own)
    if shared is not own and suits(shared[1]) and rng.random() < WITH_DELEGATION_SHARE:
        return shared
    return own
