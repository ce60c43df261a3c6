"""Plans to start the search from, and the bound that often proves one optimal without a search.

*The relaxation.*  Forget bags, vehicle types and vehicle limits (every vehicle
is the biggest).  When each guest's possible times are an unbroken stretch of
the cell's times and a guest ready earlier may not wait later (arrivals: every
window is as long), swapping two guests who overtake each other keeps both on
time and the total wait, so some best plan sends guests first come, first
served; a dynamic programme over stretches of guests in that order finds it in
milliseconds.  Its runs and minutes waited bound the real problem from below:
the model gets them as cuts, which prove what its LP cannot (a busy afternoon).

*Starts.*  The same programme with every stretch fitting the biggest vehicle's
hold gives the best first-come plan; on a re-run the previous plan, with the
guests who cannot keep their run re-inserted, keeps nearly everyone where they
were.  The model is hinted with the best of these and the greedy's runs, by the
model's own objective (unplaced, runs, guests moved, minutes waited); a start
that meets the bound is the optimum, and no search runs.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..foundation.messages import Text
from .demand import Cell, Draft, Request, Usage, minutes, smallest_fitting
from .types import Rules, hour_slot

EPOCH = dt.datetime(2000, 1, 1)


@dataclass
class Relaxed:
    """The best first-come plan of a cell: runs, minutes waited, who leaves together and when."""

    runs: int
    wait: int
    stretches: list[tuple[list[Request], dt.datetime]]


def relaxed_optimum(reqs: list[Request], seats: int, hold: int | None = None) -> Relaxed | None:
    """The relaxation's optimum (see the module), or None when its condition does not hold.

    With ``hold`` (the biggest vehicle's bags) every stretch must also fit it: no longer a
    bound, but the best first-come plan, to start from.
    """
    if not reqs:
        return Relaxed(0, 0, [])
    times = sorted({t for r in reqs for t in r.ticks})
    index = {t: i for i, t in enumerate(times)}
    guests = []
    for r in reqs:
        first, last = index[min(r.ticks)], index[max(r.ticks)]
        if last - first + 1 != len(r.ticks):
            return None
        guests.append((first, last, minutes(r.ideal - EPOCH), r.participant, r))
    guests.sort(key=lambda g: g[:4])
    if any(b[1] < a[1] for a, b in itertools.pairwise(guests)):
        return None
    minute = [minutes(t - EPOCH) for t in times]
    ideal_sum, bags = [0], [0]
    for g in guests:
        ideal_sum.append(ideal_sum[-1] + g[2])
        bags.append(bags[-1] + g[4].luggage)
    best: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)]  # (runs, wait, stretch start, time index)
    for i in range(1, len(guests) + 1):
        options = []
        j = i - 1
        while (j >= max(0, i - seats) and guests[i - 1][0] <= guests[j][1]
               and (hold is None or bags[i] - bags[j] <= hold)):
            k, ideals = i - j, ideal_sum[i] - ideal_sum[j]
            # all leave at one end of their common times (waits are linear in the time)
            for at in (guests[i - 1][0], guests[j][1]):
                options.append((best[j][0] + 1, best[j][1] + abs(k * minute[at] - ideals), j, at))
            j -= 1
        if not options:
            return None  # one guest with more bags than any vehicle takes
        best.append(min(options))
    stretches = []
    i = len(guests)
    while i:
        j, at = best[i][2], best[i][3]
        stretches.append(([g[4] for g in guests[j:i]], times[at]))
        i = j
    return Relaxed(best[-1][0], best[-1][1], stretches[::-1])


def score(drafts: list[Draft], unplaced: int) -> tuple[int, int, int, int]:
    """(unplaced, runs, guests moved, minutes waited): the model's objective, level by level."""
    moved = sum(1 for d in drafts for r in d.members if r.prev is not None and r.prev != d.time)
    wait = sum(abs(minutes(d.time - r.ideal)) for d in drafts for r in d.members)
    return unplaced, len(drafts), moved, wait


def _as_runs(cell: Cell, stretches: list[tuple[list[Request], dt.datetime]], rules: Rules, usage: Usage
             ) -> list[Draft] | None:
    """Stretches as runs, each in the smallest vehicle that takes it; None if one fits none (bags,
    or the vehicles left in that hour)."""
    drafts = []
    used: Usage = Counter(usage)
    for members, t in stretches:
        v = smallest_fitting(rules, len(members), sum(r.luggage for r in members), used, hour_slot(t))
        if v is None:
            return None
        used[(hour_slot(t), v.code)] += 1
        drafts.append(Draft(cell, t, v.code, members))
    return drafts


def _kept(cell: Cell, reqs: list[Request], rules: Rules, usage: Usage) -> list[Draft] | None:
    """The previous plan's runs with the guests who can keep them; everyone else joins the run of
    their times with room and the least wait, or a new run at their best time."""
    seats = max(v.seats for v in rules.vehicle_types)
    hold = max(v.luggage for v in rules.vehicle_types)
    mates: dict[str, list[Request]] = defaultdict(list)
    rest = []
    for r in reqs:
        if r.prev is not None and r.prev_run is not None:
            mates[r.prev_run].append(r)
        else:
            rest.append(r)
    groups = [(members[0].prev, members) for _run, members in sorted(mates.items())]
    for r in sorted(rest, key=lambda r: (r.ideal, r.participant)):
        room = [(r.ticks[t], i) for i, (t, members) in enumerate(groups) if t in r.ticks
                and len(members) < seats and sum(m.luggage for m in members) + r.luggage <= hold]
        if room:
            groups[min(room)[1]][1].append(r)
        else:
            groups.append((min(r.ticks, key=lambda t: (r.ticks[t], t)), [r]))
    return _as_runs(cell, [(members, t) for t, members in groups if t is not None], rules, usage)


def best_start(cell: Cell, reqs: list[Request], bound: Relaxed | None, greedy: list[Draft],
               greedy_unplaced: list[tuple[Request, Text]], rules: Rules, usage: Usage
               ) -> tuple[list[Draft], list[tuple[Request, Text]]]:
    """The best plan of a cell to start from: the greedy's, the relaxation's (if bags fit), the
    best first-come one, or (on a re-run) the previous plan's kept runs."""
    own = [d for d in greedy if d.cell == cell]
    own_unplaced = [u for u in greedy_unplaced if u[0].cell == cell]
    options: list[tuple[list[Draft], list[tuple[Request, Text]]]] = [(own, own_unplaced)]
    if bound is not None and (plan := _as_runs(cell, bound.stretches, rules, usage)) is not None:
        options.append((plan, []))
    else:
        fit = relaxed_optimum(reqs, max(v.seats for v in rules.vehicle_types),
                              max(v.luggage for v in rules.vehicle_types))
        if fit is not None and (plan := _as_runs(cell, fit.stretches, rules, usage)) is not None:
            options.append((plan, []))
    if any(r.prev is not None for r in reqs) and (plan := _kept(cell, reqs, rules, usage)) is not None:
        options.append((plan, []))
    return min(options, key=lambda o: score(o[0], len(o[1])))
