"""Daily shuttles between the hotels and the venue (and evening events).

Every guest of a hotel rides at the same times, so there is nothing to group:
each hotel gets, per day, one departure arriving ``shuttle_lead`` before the
first session, one back ``shuttle_return`` after the last session ends, and the
same pair around each evening event.  Each departure is sized with the fewest
vehicles that seat everyone, and among those the fewest seats (100 guests: two
coaches and a van, not three coaches).  Shuttles are sized from head counts,
so their runs name no passengers; ``Run.riders`` says how many ride.

Vehicle availability per hour is not applied here: the shuttle fleet is usually
booked for the day, apart from the airport runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from .types import Rules, Run, ShuttleDay, VehicleType, short_place


def fleet_for(guests: int, rules: Rules) -> list[VehicleType]:
    """The fewest vehicles seating ``guests``, then the fewest seats; biggest first."""
    if guests <= 0:
        return []
    types = rules.by_size()
    # best[i]: (vehicles, seats, choice) covering at least i seats (unbounded covering knapsack).
    best: list[tuple[int, int, int]] = [(0, 0, -1)]
    for i in range(1, guests + 1):
        options = []
        for j, v in enumerate(types):
            count, seats, _ = best[max(i - v.seats, 0)]
            options.append((count + 1, seats + v.seats, j))
        best.append(min(options))
    fleet: list[VehicleType] = []
    i = guests
    while i > 0:
        v = types[best[i][2]]
        fleet.append(v)
        i = max(i - v.seats, 0)
    return sorted(fleet, key=lambda v: (-v.seats, v.code))


def _on_grid(at: dt.datetime, rules: Rules) -> dt.datetime:
    """Down to the grid's mark (leaving a few minutes early still arrives in time)."""
    at = at.replace(second=0, microsecond=0)
    return at - dt.timedelta(minutes=at.minute % rules.grid_minutes)


def plan_shuttles(days: Sequence[ShuttleDay], rules: Rules, taken: Iterable[str] = ()) -> list[Run]:
    """Shuttle runs for ``days``; ids avoid ``taken`` (the airport runs' ids)."""
    used = set(taken)
    runs: list[Run] = []

    def add(at: dt.datetime, origin: str, destination: str, guests: int) -> None:
        left = guests
        for v in fleet_for(guests, rules):
            base = f"S{at:%m%d-%H%M}-{short_place(origin)}-{short_place(destination)}"
            rid, n = base, 2
            while rid in used:
                rid, n = f"{base}-{n}", n + 1
            used.add(rid)
            riders = min(v.seats, left)
            left -= riders
            runs.append(Run(rid, "shuttle", v.code, v.seats, at, origin, destination, [], riders))

    def there_and_back(start: dt.datetime, end: dt.datetime, place: str, guests: Mapping[str, int]) -> None:
        for hotel, count in sorted(guests.items()):
            if count <= 0:
                continue
            leave = rules.latest_departure(hotel, place, start - dt.timedelta(minutes=rules.shuttle_lead_minutes))
            add(_on_grid(leave, rules), hotel, place, count)
            add(end + dt.timedelta(minutes=rules.shuttle_return_minutes), place, hotel, count)

    for day in sorted(days, key=lambda d: d.first_session):
        there_and_back(day.first_session, day.last_session_end, rules.venue, day.guests)
        for event in sorted(day.events, key=lambda e: e.start):
            there_and_back(event.start, event.end, event.place,
                           event.guests if event.guests is not None else day.guests)
    return runs
