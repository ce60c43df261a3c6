"""The first-come baseline: what a dispatcher with a clipboard would do.

Per cell (kind, terminal, hotel, day), guests in order of their ideal time
(landing for arrivals, latest pick-up for departures) join the current group
while some departure time suits everyone in it and the biggest vehicle still
takes them (seats and bags); otherwise the group leaves and the guest starts
the next one.  The group leaves at its common time with the least waiting, in
the smallest vehicle free in that hour.

It serves twice: its run count is the figure the optimiser must beat (the plan
reports both), and its runs are the solver's starting hint and fallback, so the
solver can never hand back more runs than this.
"""

from __future__ import annotations

import datetime as dt

from ..foundation.messages import Text
from .demand import Cell, Draft, Request, Usage, no_vehicle, smallest_fitting
from .types import Rules, hour_slot


def greedy(cells: dict[Cell, list[Request]], rules: Rules, usage: Usage
           ) -> tuple[list[Draft], list[tuple[Request, Text]]]:
    """Runs and unplaced guests of the baseline; ``usage`` (vehicles per hour) is updated."""
    seats = max(v.seats for v in rules.vehicle_types)
    hold = max(v.luggage for v in rules.vehicle_types)
    drafts: list[Draft] = []
    unplaced: list[tuple[Request, Text]] = []

    def leave(cell: Cell, group: list[Request], common: set[dt.datetime]) -> None:
        options = sorted(common, key=lambda t: (sum(r.ticks[t] for r in group), t))
        lug = sum(r.luggage for r in group)
        for t in options:
            v = smallest_fitting(rules, len(group), lug, usage, hour_slot(t))
            if v is not None:
                usage[(hour_slot(t), v.code)] += 1
                drafts.append(Draft(cell, t, v.code, list(group)))
                return
        reason = (no_vehicle(options) if lug <= hold
                  else Text("{bags} bags: more than any vehicle carries.", bags=lug))
        unplaced.extend((r, reason) for r in group)

    for cell in sorted(cells):
        group: list[Request] = []
        common: set[dt.datetime] = set()
        for r in sorted(cells[cell], key=lambda r: (r.ideal, r.participant)):
            if group:
                shared = common & set(r.ticks)
                fits = len(group) < seats and sum(m.luggage for m in group) + r.luggage <= hold
                if shared and fits:
                    group.append(r)
                    common = shared
                    continue
                leave(cell, group, common)
            group, common = [r], set(r.ticks)
        if group:
            leave(cell, group, common)
    return drafts, unplaced
