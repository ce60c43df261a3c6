"""From legs to what the planner decides: each guest's possible departure times, cars, locked runs.

A *request* is one leg to serve: the guest may ride any run of its *cell*
(kind, terminal, hotel, day) leaving at one of its ``ticks``, each with the
minutes the guest waits.  Only the cell's runs can carry a guest, so the cells
are independent models unless vehicles run short (see ``planner``).

* Arrivals: ready at landing + deplaning at the meeting point; a run leaves at
  ready .. ready + max wait.
* Departures: the latest pick-up is the last minute a run can leave the hotel and
  reach the terminal ``departure_margin`` before the flight (rush hours counted);
  a run leaves at most ``pickup_window`` before it, and must itself make the margin.

Runs leave on the clock's grid (drivers' sheets read 14:10, not 14:07), plus the
times of the previous plan's runs, so a re-run can keep them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ..foundation.messages import Text
from .types import Plan, Rules, Run, TravelLeg, VehicleType, hour_slot
from .validation import normalise_flight

MINUTE = dt.timedelta(minutes=1)


class Cell(NamedTuple):
    """The runs a guest may take: same kind, terminal and hotel, by the day of its ideal time."""

    kind: str
    terminal: str
    hotel: str
    day: dt.date


def places(cell: Cell, rules: Rules) -> tuple[str, str]:
    """(from, to) of the cell's runs."""
    airport = rules.airport_place(cell.terminal)
    return (airport, cell.hotel) if cell.kind == "arrival" else (cell.hotel, airport)


@dataclass(eq=False)
class Request:
    """One leg to serve and the departure times it may take (time -> minutes waited)."""

    leg: TravelLeg
    cell: Cell
    ideal: dt.datetime  # the departure with no waiting: ready (arrival), latest pick-up (departure)
    deadline: dt.datetime | None  # departures: at the terminal by then
    ticks: dict[dt.datetime, int] = field(default_factory=dict)
    prev: dt.datetime | None = None  # when its run of the previous plan leaves (if it can still take it)
    prev_run: str | None = None

    @property
    def participant(self) -> int:
        return self.leg.participant_id

    @property
    def luggage(self) -> int:
        return self.leg.luggage


@dataclass(eq=False)
class Draft:
    """A run before it has an id: the vehicle, when, from which cell, who rides."""

    cell: Cell
    time: dt.datetime
    vehicle: str
    members: list[Request]
    run_id: str | None = None  # a locked run keeps its id

    @property
    def luggage(self) -> int:
        return sum(r.luggage for r in self.members)


Usage = Counter  # (hour slot, vehicle code) -> runs leaving


def minutes(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


def wait_at(rules: Rules, req: Request, t: dt.datetime) -> int | None:
    """Minutes ``req`` waits if its run leaves at ``t``; None when it cannot take that run."""
    if req.cell.kind == "arrival":
        if req.ideal <= t <= req.ideal + dt.timedelta(minutes=rules.max_wait_minutes):
            return minutes(t - req.ideal)
        return None
    assert req.deadline is not None
    origin, destination = places(req.cell, rules)
    if not req.ideal - dt.timedelta(minutes=rules.pickup_window_minutes) <= t <= req.ideal:
        return None
    if t + dt.timedelta(minutes=rules.travel_minutes(origin, destination, t)) > req.deadline:
        return None
    return minutes(req.ideal - t)


def _grid(start: dt.datetime, end: dt.datetime, step: int) -> Iterable[dt.datetime]:
    midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
    k = -(-minutes(start - midnight + dt.timedelta(seconds=59)) // step)  # first mark at/after start
    t = midnight + dt.timedelta(minutes=k * step)
    while t <= end:
        yield t
        t += dt.timedelta(minutes=step)


def bare_request(leg: TravelLeg, rules: Rules) -> Request:
    """The request of a (valid) leg without its grid times: whether one run suits it is
    :func:`wait_at` of that run's time (``fit.fit_problem`` asks it of every seated guest)."""
    if leg.kind == "arrival":
        ideal = leg.at.replace(second=0, microsecond=0) + dt.timedelta(minutes=rules.deplaning_minutes)
        if leg.at.second or leg.at.microsecond:
            ideal += MINUTE
        deadline = None
    else:
        deadline = leg.at - dt.timedelta(minutes=rules.departure_margin_minutes)
        ideal = rules.latest_departure(leg.hotel, rules.airport_place(leg.terminal), deadline)
    return Request(leg, Cell(leg.kind, leg.terminal, leg.hotel, ideal.date()), ideal, deadline)


def make_request(leg: TravelLeg, rules: Rules) -> Request:
    """The request of a (valid) leg, with its grid times; never empty (the ideal time as a last resort)."""
    req = bare_request(leg, rules)
    ideal = req.ideal
    if leg.kind == "arrival":
        start, end = ideal, ideal + dt.timedelta(minutes=rules.max_wait_minutes)
    else:
        start, end = ideal - dt.timedelta(minutes=rules.pickup_window_minutes), ideal
    for t in _grid(start, end, rules.grid_minutes):
        w = wait_at(rules, req, t)
        if w is not None:
            req.ticks[t] = w
    if not req.ticks:
        req.ticks[ideal] = 0
    return req


def smallest_fitting(rules: Rules, seats: int, luggage: int, usage: Usage, slot: dt.datetime
                     ) -> VehicleType | None:
    """The smallest vehicle type that carries ``seats`` guests and ``luggage`` bags and is free in ``slot``."""
    for v in rules.by_size():
        if v.seats >= seats and v.luggage >= luggage and usage[(slot, v.code)] < rules.capacity(v.code, slot):
            return v
    return None


def no_vehicle(times: Iterable[dt.datetime], car: bool = False) -> Text:
    """Why a guest got no run: every vehicle an hour the company has is taken (whole sentences,
    so that each translates as one)."""
    ordered = sorted(times)
    start, end = ordered[0].strftime("%Y-%m-%d %H:%M"), ordered[-1].strftime("%Y-%m-%d %H:%M")
    if car:
        return Text("No car free between {start} and {end} (vehicles per hour used up).", start=start, end=end)
    return Text("No vehicle free between {start} and {end} (vehicles per hour used up).", start=start, end=end)


def car_runs(requests: list[Request], rules: Rules, usage: Usage) -> tuple[list[Draft], list[tuple[Request, Text]]]:
    """A car per party of ``by_car`` guests: same cell, delegation and flight (a minister and spouse),
    as many cars as seats and bags need; it leaves at their ideal time, or the first later grid time a car
    is free.  A party too heavy for a car gets the smallest vehicle that takes it (still only them)."""
    parties: dict[tuple[Cell, str, str], list[Request]] = defaultdict(list)
    for r in requests:
        party = r.leg.delegation or f"#{r.participant}"
        parties[(r.cell, party, normalise_flight(r.leg.flight) or r.leg.flight)].append(r)
    car = min(rules.vehicle_types, key=lambda v: (v.code != "car", v.seats))
    drafts: list[Draft] = []
    unplaced: list[tuple[Request, Text]] = []
    for (cell, _party, _flight), members in sorted(parties.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
        chunks: list[list[Request]] = []
        for r in sorted(members, key=lambda r: r.participant):
            chunk = next((c for c in chunks if len(c) < car.seats
                          and sum(m.luggage for m in c) + r.luggage <= car.luggage), None)
            if chunk is None:
                chunks.append([r])
            else:
                chunk.append(r)
        for chunk in chunks:
            common = set.intersection(*(set(r.ticks) for r in chunk)) | {max(r.ideal for r in chunk)}
            times = sorted((t for t in common if all(wait_at(rules, r, t) is not None for r in chunk)),
                           key=lambda t: (sum(abs(minutes(t - r.ideal)) for r in chunk), t))
            placed = False
            for t in times:
                lug = sum(r.luggage for r in chunk)
                v = car if lug <= car.luggage else smallest_fitting(rules, len(chunk), lug, usage, hour_slot(t))
                if v is not None and usage[(hour_slot(t), v.code)] < rules.capacity(v.code, hour_slot(t)):
                    usage[(hour_slot(t), v.code)] += 1
                    drafts.append(Draft(cell, t, v.code, chunk))
                    placed = True
                    break
            if not placed:
                reason = no_vehicle(times or [chunk[0].ideal], car=True)
                unplaced += [(r, reason) for r in chunk]
    return drafts, unplaced


def cell_of_run(run: Run, rules: Rules) -> Cell:
    """The cell of a previous run (its places; the day of its departure)."""
    airport = f"{rules.airport} "
    if run.kind == "arrival":
        return Cell("arrival", run.from_.removeprefix(airport), run.to, run.departs_at.date())
    return Cell("departure", run.to.removeprefix(airport), run.from_, run.departs_at.date())


def _matches(rules: Rules, run: Run, req: Request) -> bool:
    return places(req.cell, rules) == (run.from_, run.to) and wait_at(rules, req, run.departs_at) is not None


def keep_locked(previous: Plan, locked: set[str], requests: dict[tuple[int, str], Request], rules: Rules,
                usage: Usage) -> list[Draft]:
    """The previous plan's locked runs, as they were (the driver has the list), with the passengers who can
    still take them (a guest whose flight moved out of reach goes back to planning).  Nobody is added."""
    drafts = []
    for run in previous.runs:
        if run.id not in locked or run.kind not in ("arrival", "departure"):
            continue
        vehicle = rules.vehicle(run.vehicle)
        members: list[Request] = []
        for p in run.passengers:
            req = requests.get((p, run.kind))
            if (req is not None and _matches(rules, run, req) and len(members) < vehicle.seats
                    and sum(m.luggage for m in members) + req.luggage <= vehicle.luggage):
                members.append(req)
                del requests[(p, run.kind)]
        usage[(hour_slot(run.departs_at), run.vehicle)] += 1
        drafts.append(Draft(cell_of_run(run, rules), run.departs_at, run.vehicle, members, run_id=run.id))
    return drafts


def mark_previous(previous: Plan, locked: set[str], cells: dict[Cell, list[Request]], rules: Rules) -> None:
    """Stability: each guest's run in the previous plan, where they can still ride it.

    The model keeps guests at their previous time, and packing keeps previous run-mates in
    one vehicle, so "kept" means the same run, not only the same time.  The previous runs'
    times become possible times for everyone in the cell who can make them.
    """
    by_key = {(r.participant, r.cell.kind): r for reqs in cells.values() for r in reqs}
    times: dict[Cell, set[dt.datetime]] = defaultdict(set)
    for run in previous.runs:
        if run.id in locked or run.kind not in ("arrival", "departure"):
            continue
        for p in run.passengers:
            req = by_key.get((p, run.kind))
            if req is not None and _matches(rules, run, req):
                req.prev, req.prev_run = run.departs_at, run.id
                times[req.cell].add(run.departs_at)
    for cell, ts in times.items():
        for req in cells[cell]:
            for t in ts:
                w = wait_at(rules, req, t)
                if w is not None:
                    req.ticks[t] = w
