"""The plain data of ground transport: what comes in (legs, rules, shuttle days) and what goes out (runs, a plan).

Everything here is a dataclass without a database behind it, so the planner can be
called from the CLI, a screen's worker thread, tests and benchmarks alike, and the
caller decides where the data comes from and where the plan is stored.

Times are naive local datetimes in America/Mexico_City: flights are published in
local time, drivers read local time, and the conference days (late September,
early October 2015) have no daylight-saving change in Mexico City, so an offset
would add nothing but a chance to mix zones.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

LegKind = Literal["arrival", "departure"]
RunKind = Literal["arrival", "departure", "shuttle"]

HILTON = "Hilton Mexico City Reforma"
FIESTA = "Fiesta Americana Reforma"
VENUE = "Palacio de Minería"
AIRPORT = "MEX"


@dataclass(frozen=True)
class TravelLeg:
    """One flight of one participant, as registration knows it.

    ``by_car`` marks heads of delegation and protocol guests: they get a car of
    their own party and never wait for a group.  ``luggage`` counts checked bags
    (a vehicle's hold is as much a limit as its seats).
    """

    participant_id: int
    kind: LegKind
    flight: str  # "AM 401", "AF179", "IB6401", "UA 1234A"
    at: dt.datetime  # landing (arrival) or take-off (departure), naive local time
    terminal: str  # "T1" | "T2"
    hotel: str
    by_car: bool = False
    luggage: int = 1
    delegation: str = ""


@dataclass(frozen=True)
class VehicleType:
    """A kind of vehicle the transport company supplies: how many guests and bags one run carries."""

    code: str  # "car" | "van" | "coach"
    seats: int
    luggage: int


DEFAULT_VEHICLES: tuple[VehicleType, ...] = (
    VehicleType("car", 3, 3),
    VehicleType("van", 12, 15),
    VehicleType("coach", 45, 60),
)

# Minutes by road outside rush hours, either way (a key (a, b) also answers (b, a)).
# "MEX" stands for both terminals; a key naming "MEX T1" or "MEX T2" overrides it for that terminal.
DEFAULT_TRAVEL: Mapping[tuple[str, str], int] = {
    (AIRPORT, HILTON): 35,
    (AIRPORT, FIESTA): 35,
    (HILTON, VENUE): 15,
    (FIESTA, VENUE): 20,
}

# No limit given: the transport company has not announced any, so none binds (and the planner's
# models stay one per terminal, hotel and day).
UNLIMITED = 1_000_000


@dataclass(frozen=True)
class Rules:
    """The transport company's vehicles and the desk's service rules, with ICLC 2015 defaults.

    ``available`` is how many vehicles of a type may *leave* in one clock hour (all runs
    together; a type not listed has no limit, the default); ``slot_available`` overrides it
    for one hour ``(hour start, code)`` when the company announces a shortage.  Travel times grow by ``rush_factor`` when a run leaves
    within ``rush_hours`` (each ``(start, end)`` within one day).
    """

    vehicle_types: tuple[VehicleType, ...] = DEFAULT_VEHICLES
    available: Mapping[str, int] = field(default_factory=dict)  # a type not listed: no limit
    slot_available: Mapping[tuple[dt.datetime, str], int] = field(default_factory=dict)
    travel: Mapping[tuple[str, str], int] = field(default_factory=lambda: dict(DEFAULT_TRAVEL))
    default_travel_minutes: int = 40
    rush_hours: tuple[tuple[dt.time, dt.time], ...] = ((dt.time(7), dt.time(10)), (dt.time(18), dt.time(21)))
    rush_factor: float = 1.5
    max_wait_minutes: int = 60  # at the airport's meeting point, from ready to the run leaving
    deplaning_minutes: int = 30  # landing -> at the meeting point (immigration, bags)
    departure_margin_minutes: int = 180  # at the airport at least this long before an international flight
    pickup_window_minutes: int = 60  # a departure run leaves at most this long before the latest pick-up
    grid_minutes: int = 10  # runs leave on the clock's 10-minute marks (drivers' sheets, fewer choices)
    shuttle_lead_minutes: int = 30  # shuttles arrive this long before the first session or an event
    shuttle_return_minutes: int = 10  # shuttles back leave this long after the last session or an event
    airport: str = AIRPORT
    venue: str = VENUE
    terminals: tuple[str, ...] = ("T1", "T2")
    travel_window: tuple[dt.date, dt.date] = (dt.date(2015, 9, 24), dt.date(2015, 10, 4))

    def vehicle(self, code: str) -> VehicleType:
        for v in self.vehicle_types:
            if v.code == code:
                return v
        raise KeyError(f"Unknown vehicle type {code!r} (known: {', '.join(v.code for v in self.vehicle_types)})")

    def by_size(self) -> list[VehicleType]:
        """Vehicle types smallest first (seats, then hold): the order in which a run picks one."""
        return sorted(self.vehicle_types, key=lambda v: (v.seats, v.luggage, v.code))

    def capacity(self, code: str, slot: dt.datetime) -> int:
        """Vehicles of type ``code`` that may leave in the hour starting at ``slot``."""
        return int(self.slot_available.get((slot, code), self.available.get(code, UNLIMITED)))

    def airport_place(self, terminal: str) -> str:
        return f"{self.airport} {terminal}"

    def in_rush(self, at: dt.datetime) -> bool:
        moment = at.time()
        return any(start <= moment < end for start, end in self.rush_hours)

    def base_minutes(self, a: str, b: str) -> int:
        """Minutes from ``a`` to ``b`` outside rush hours; a terminal falls back to the airport's figure."""
        for x, y in ((a, b), (_airport_of(a, self.airport), _airport_of(b, self.airport))):
            for key in ((x, y), (y, x)):
                if key in self.travel:
                    return int(self.travel[key])
        return self.default_travel_minutes

    def travel_minutes(self, a: str, b: str, leaving: dt.datetime) -> int:
        """Minutes from ``a`` to ``b`` for a run leaving at ``leaving`` (rush hours included)."""
        base = self.base_minutes(a, b)
        return math.ceil(base * self.rush_factor) if self.in_rush(leaving) else base

    def latest_departure(self, a: str, b: str, arrive_by: dt.datetime) -> dt.datetime:
        """The latest whole minute a run can leave ``a`` and still reach ``b`` by ``arrive_by``.

        Searched minute by minute because rush hours make the travel time jump: leaving at
        09:59 can arrive later than leaving at 10:00.
        """
        t = arrive_by.replace(second=0, microsecond=0) - dt.timedelta(minutes=self.base_minutes(a, b))
        while t + dt.timedelta(minutes=self.travel_minutes(a, b, t)) > arrive_by:
            t -= dt.timedelta(minutes=1)
        return t


def _airport_of(place: str, airport: str) -> str:
    """"MEX T1" -> "MEX": the airport's travel figures serve every terminal unless one is given."""
    return airport if place.startswith(f"{airport} ") else place


def short_place(place: str) -> str:
    """"Hilton Mexico City Reforma" -> "HMCR", "MEX T1" -> "MEXT1": readable in a run id."""
    return "".join(w if len(w) <= 3 and w.upper() == w else w[0] for w in place.split()).upper() or "X"


def hour_slot(at: dt.datetime) -> dt.datetime:
    """The clock hour a run leaves in: vehicle availability is counted per hour."""
    return at.replace(minute=0, second=0, microsecond=0)


@dataclass
class Run:
    """One vehicle going once from one place to another, with who rides.

    ``seats`` is the vehicle's (what the company must send), ``riders`` the guests
    carried: ``len(passengers)`` for airport runs, the planned count for a shuttle
    (shuttles are sized from head counts, not from names).
    """

    id: str
    kind: RunKind
    vehicle: str
    seats: int
    departs_at: dt.datetime
    from_: str
    to: str
    passengers: list[int] = field(default_factory=list)
    riders: int = 0
    luggage: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "vehicle": self.vehicle, "seats": self.seats,
                "departs_at": self.departs_at.isoformat(timespec="minutes"), "from": self.from_, "to": self.to,
                "passengers": list(self.passengers)}


class Unplaced(NamedTuple):
    """A participant's leg the plan found no run for, and why (a translatable ``Text``)."""

    participant: int
    reason: str


@dataclass
class Plan:
    """Runs for every leg that could be served, the legs that could not, and how good the plan is.

    ``vehicle_runs`` counts every run (airport and shuttle); ``greedy_vehicle_runs`` what the
    first-come baseline needs on the same data, so a screen can show what the optimiser saved.
    ``longest_wait_minutes`` is the longest any guest waits: at the meeting point after
    arriving, or at the hotel before the latest pick-up that still makes their flight.
    ``gap`` is the solver's relative gap (0.0 when every model was proven optimal).
    ``total_wait_minutes`` sums everyone's wait (the objective's last level, for comparisons).
    """

    runs: list[Run]
    unplaced: list[Unplaced]
    vehicle_runs: int
    greedy_vehicle_runs: int
    longest_wait_minutes: int
    optimal: bool
    gap: float = 0.0
    solve_seconds: float = 0.0
    total_wait_minutes: int = 0

    def to_json(self) -> dict[str, Any]:
        """The CLI's and exports' JSON (a dict ready for ``json.dumps``)."""
        return {
            "runs": [r.to_json() for r in self.runs],
            "unplaced": [{"participant": u.participant, "reason": str(u.reason)} for u in self.unplaced],
            "vehicle_runs": self.vehicle_runs,
            "greedy_vehicle_runs": self.greedy_vehicle_runs,
            "longest_wait_minutes": self.longest_wait_minutes,
            "optimal": self.optimal,
            "gap": self.gap,
        }

    def run_of(self, participant: int, kind: LegKind) -> Run | None:
        """The run carrying ``participant`` for their ``kind`` leg, if any."""
        return next((r for r in self.runs if r.kind == kind and participant in r.passengers), None)


@dataclass(frozen=True)
class LegProblem:
    """One problem with one participant's travel data: ``field`` is ``"<kind>.<attribute>"``
    (``"arrival.flight"``), so a form can mark the field and the planner knows which leg to skip."""

    field: str
    value: str
    message: str  # a foundation.messages.Text (translatable)


@dataclass(frozen=True)
class EveningEvent:
    """An evening event guests are driven to and back from (``guests`` per hotel; None: the day's)."""

    start: dt.datetime
    end: dt.datetime
    place: str
    guests: Mapping[str, int] | None = None


@dataclass(frozen=True)
class ShuttleDay:
    """One conference day for the shuttles: the sessions' span, evening events, guests per hotel that night."""

    first_session: dt.datetime
    last_session_end: dt.datetime
    guests: Mapping[str, int]
    events: tuple[EveningEvent, ...] = ()
