"""The CP-SAT model of one group of cells: which guests ride when, and how many vehicles of each type leave.

Variables
    For every time a run of a cell may leave, an integer per vehicle type: how many
    of them leave then.  Guests with the same possible times, bags and previous run
    time form a *class* (the 30 delegates of one flight to one hotel are two or
    three classes, not 30 guests), and an integer per class and time counts how
    many of them leave then: few variables, and no symmetry between
    interchangeable guests or vehicles.
Constraints
    Each guest leaves at exactly one of its times, or stays unplaced; at each time
    the vehicles leaving carry everyone leaving (seats and bags); in each hour no
    more vehicles of a type leave than the company has (only where that can bind).
    Cut: a class needs vehicles within its own times (one, or more if it fills a
    coach) unless unplaced; guests whose times do not overlap then add up in the
    LP bound, which is what proves the run count.
Objective, strictly in this order (weights computed from the model's size)
    1. fewest guests unplaced, 2. fewest runs, 3. fewest guests moved off the time
    of their run in the previous plan (re-runs only), 4. fewest minutes waited.
    Stability comes before waiting on purpose: a re-run after one flight change must
    not re-notify drivers and guests to save a few minutes elsewhere.

The model starts from the best plan ``starts`` knows (the greedy's runs, the
first-come relaxation's, the previous plan's), which is also the fallback: a
solution with more unplaced guests or more runs is never returned, so a plan
never needs more runs than the greedy baseline.  A start that meets the
relaxation's bound is optimal as it is, and no search runs.

Who rides which vehicle is settled afterwards per time (:func:`pack`): previous
run-mates first, into one vehicle, then the heaviest bags first into the vehicle
with most room.  Seats and bags summed over several vehicles may not split into
them; the rare guest left over gets one more vehicle (and the plan is then not
called optimal).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..foundation.messages import Text
from .demand import Cell, Draft, Request, Usage, no_vehicle, smallest_fitting
from .starts import Relaxed, best_start, relaxed_optimum, score
from .types import Rules, VehicleType, hour_slot


@dataclass
class Outcome:
    """What one group's model gives back (or its start when the search did no better)."""

    drafts: list[Draft]
    unplaced: list[tuple[Request, Text]]
    objective: int = 0
    bound: int = 0
    optimal: bool = False
    bounded: bool = False  # objective and bound mean something (a search ran, or the plan met the bound)
    seconds: float = 0.0


@dataclass(eq=False)
class _Class:
    cell: Cell
    members: list[Request]
    ticks: dict[dt.datetime, int]
    luggage: int
    prev: dt.datetime | None
    x: dict[dt.datetime, Any] = field(default_factory=dict)
    u: Any = None


def default_workers() -> int:
    """One CP-SAT worker per model (models run two at a time instead, see ``planner``).  Measured on
    the benchmark's hardest cell (466 guests, the afternoon peak at one terminal and hotel; loaded
    2-core machine): one worker, searching with the LP and the relaxation's cuts, proved it in 5 s;
    two or four (the LP worker time-sliced with LNS) had not after 20 s."""
    return 1


def _classes(cell: Cell, reqs: list[Request]) -> list[_Class]:
    groups: dict[tuple[Any, ...], list[Request]] = defaultdict(list)
    for r in sorted(reqs, key=lambda r: r.participant):
        groups[(tuple(sorted(r.ticks.items())), r.luggage, r.prev)].append(r)
    return [_Class(cell, members, dict(key[0]), key[1], key[2]) for key, members in groups.items()]


def vehicle_bounds(cell: Cell, reqs: list[Request], hint_at: Counter[tuple[Cell, dt.datetime]], seats: int,
                   hold: int) -> dict[dt.datetime, int]:
    """At most how many vehicles leave a cell at each time: enough for everyone who may leave then
    (one spare when that takes several: their loads may not split evenly), and the hint's."""
    on: dict[dt.datetime, list[Request]] = defaultdict(list)
    for r in reqs:
        for t in r.ticks:
            on[t].append(r)
    out = {}
    for t, rs in on.items():
        need = max(math.ceil(len(rs) / seats), math.ceil(sum(r.luggage for r in rs) / hold))
        out[t] = max(1 if need <= 1 else need + 1, hint_at[(cell, t)])
    return out


def partition(cells: dict[Cell, list[Request]], rules: Rules, fixed: Usage
              ) -> tuple[list[list[Cell]], set[tuple[dt.datetime, str]]]:
    """Groups of cells to solve together, and the (hour, vehicle type) limits that can bind.

    An hour's limit can bind only if more guests may leave in that hour than vehicles of a type are
    left (every run carries someone: an empty one is never kept); cells sharing such an hour are one
    model, every other cell is a model of its own (exact: a limit that cannot bind couples nothing).
    With the default, unlimited vehicles every cell is alone, which keeps each model small.
    """
    demand: Counter[dt.datetime] = Counter()
    cells_at: dict[dt.datetime, set[Cell]] = defaultdict(set)
    for cell, reqs in cells.items():
        for slot, n in Counter(slot for r in reqs for slot in {hour_slot(t) for t in r.ticks}).items():
            demand[slot] += n
            cells_at[slot].add(cell)
    binding = {(slot, v.code) for slot, n in demand.items() for v in rules.vehicle_types
               if n > rules.capacity(v.code, slot) - fixed[(slot, v.code)]}
    parent = {cell: cell for cell in cells}

    def root(cell: Cell) -> Cell:
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    for slot in {slot for slot, _code in binding}:
        first, *others = sorted(cells_at[slot])
        for other in others:
            parent[root(other)] = root(first)
    groups: dict[Cell, list[Cell]] = defaultdict(list)
    for cell in sorted(cells):
        groups[root(cell)].append(cell)
    return list(groups.values()), binding


def solve_cells(
    cells: dict[Cell, list[Request]],
    hint: list[Draft],
    hint_unplaced: list[tuple[Request, Text]],
    rules: Rules,
    fixed: Usage,
    binding: set[tuple[dt.datetime, str]],
    time_limit: float,
    workers: int | None = None,
) -> Outcome:
    """Solve the cells together (they share a scarce hour when there is more than one)."""
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    types = rules.by_size()
    seats_max = max(v.seats for v in types)
    hold_max = max(v.luggage for v in types)
    classes: list[_Class] = []
    n: dict[tuple[Cell, dt.datetime], dict[str, Any]] = {}
    scarce: dict[tuple[dt.datetime, str], list[Any]] = defaultdict(list)
    relaxed: dict[Cell, Relaxed] = {}
    start: list[Draft] = []
    start_unplaced: list[tuple[Request, Text]] = []
    for cell in sorted(cells):
        classes += _classes(cell, cells[cell])
        bound = relaxed_optimum(cells[cell], seats_max)
        if bound is not None:
            relaxed[cell] = bound
        if binding:  # vehicles short: only the greedy's runs are known to fit together
            continue
        drafts, unplaced = best_start(cell, cells[cell], bound, hint, hint_unplaced, rules, fixed)
        start += drafts
        start_unplaced += unplaced
    if binding:
        start, start_unplaced = hint, hint_unplaced
    elif not start_unplaced and len(relaxed) == len(cells) and all(
            score([d for d in start if d.cell == cell], 0) == (0, bound.runs, 0, bound.wait)
            for cell, bound in relaxed.items()):
        # The plan meets the bound (fewest runs, nobody moved, least waiting): optimal, no search needed.
        return Outcome(start, [], optimal=True, bounded=True)
    hint_at: Counter[tuple[Cell, dt.datetime]] = Counter((d.cell, d.time) for d in start)
    most_runs = 0
    for cell in sorted(cells):
        for t, most in sorted(vehicle_bounds(cell, cells[cell], hint_at, seats_max, hold_max).items()):
            slot = hour_slot(t)
            n[(cell, t)] = {}
            for v in types:
                free = min(most, rules.capacity(v.code, slot) - fixed[(slot, v.code)])
                if free > 0:
                    most_runs += free
                    var = model.new_int_var(0, free, f"n{len(n)}_{v.code}")
                    n[(cell, t)][v.code] = var
                    if (slot, v.code) in binding:
                        scarce[(slot, v.code)].append(var)

    riders: dict[tuple[Cell, dt.datetime], list[tuple[_Class, Any]]] = defaultdict(list)
    for ci, c in enumerate(classes):
        size = len(c.members)
        for t in c.ticks:
            x = (model.new_bool_var(f"x{ci}_{t:%H%M}") if size == 1
                 else model.new_int_var(0, size, f"x{ci}_{t:%H%M}"))
            model.add(x <= min(size, seats_max) * sum(n[(c.cell, t)].values()))
            c.x[t] = x
            riders[(c.cell, t)].append((c, x))
        c.u = model.new_int_var(0, size, f"u{ci}")
        model.add(sum(c.x.values()) + c.u == size)
        need = max(math.ceil(size / seats_max), math.ceil(size * c.luggage / hold_max))
        model.add(sum(var for t in c.ticks for var in n[(c.cell, t)].values()) + c.u >= need)
    by_code = {v.code: v for v in types}
    for key, load in riders.items():
        vehicles = n[key]
        model.add(sum(x for _c, x in load) <= sum(by_code[code].seats * var for code, var in vehicles.items()))
        if any(c.luggage for c, _x in load):
            model.add(sum(c.luggage * x for c, x in load)
                      <= sum(by_code[code].luggage * var for code, var in vehicles.items()))
    for (slot, code), vs in scarce.items():
        model.add(sum(vs) <= rules.capacity(code, slot) - fixed[(slot, code)])

    # Lexicographic weights: each level outweighs everything below it at its worst.
    wait_max = sum(len(c.members) * max(c.ticks.values()) for c in classes)
    moved_max = sum(len(c.members) for c in classes if c.prev is not None)
    w_change = wait_max + 1
    w_run = wait_max + w_change * moved_max + 1
    w_unplaced = w_run * (most_runs + 1)
    objective: dict[Cell, list[Any]] = defaultdict(list)
    for (cell, _t), vehicles in n.items():
        objective[cell] += [w_run * var for var in vehicles.values()]
    for c in classes:
        objective[c.cell].append(w_unplaced * c.u)
        objective[c.cell] += [c.ticks[t] * x for t, x in c.x.items() if c.ticks[t]]
        if c.prev is not None:
            objective[c.cell].append(w_change * (len(c.members) - c.x[c.prev]))
    for cell, bound in relaxed.items():  # cuts (an unplaced guest costs more than any run saved)
        runs = [var for (c2, _t), vs in n.items() if c2 == cell for var in vs.values()]
        model.add(sum(runs) + sum(c.u for c in classes if c.cell == cell) >= bound.runs)
        model.add(sum(objective[cell]) >= w_run * bound.runs + bound.wait)
    model.minimize(sum(term for terms in objective.values() for term in terms))

    _hint(model, start, classes, n)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(float(time_limit), 0.05)
    solver.parameters.num_workers = workers or default_workers()
    solver.parameters.random_seed = 1
    solver.parameters.linearization_level = 2
    status = solver.solve(model)
    fallback = Outcome(start, start_unplaced, optimal=False, seconds=solver.wall_time)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return fallback
    drafts, unplaced, repaired = _extract(solver, classes, n, rules, fixed)
    if (len(unplaced), len(drafts)) > (len(start_unplaced), len(start)):
        return fallback
    objective = round(solver.objective_value)
    bound = round(solver.best_objective_bound)
    if len(relaxed) == len(cells):  # the cuts' bound holds whatever the solver reports
        bound = max(bound, sum(w_run * b.runs + b.wait for b in relaxed.values()))
    optimal = (status == cp_model.OPTIMAL or objective <= bound) and not repaired
    return Outcome(drafts, unplaced, objective, min(bound, objective), optimal, True, solver.wall_time)


def _hint(model: Any, hint: list[Draft], classes: list[_Class], n: dict[tuple[Cell, dt.datetime], dict[str, Any]]
          ) -> None:
    """Hint every variable with a plan's runs."""
    vehicles = Counter((d.cell, d.time, d.vehicle) for d in hint)
    leaving = Counter((id(r), d.time) for d in hint for r in d.members)
    for (cell, t), by_code in n.items():
        for code, var in by_code.items():
            model.add_hint(var, vehicles[(cell, t, code)])
    for c in classes:
        placed = 0
        for t, x in c.x.items():
            count = sum(leaving[(id(r), t)] for r in c.members)
            placed += count
            model.add_hint(x, count)
        model.add_hint(c.u, len(c.members) - placed)


def pack(vehicles: list[VehicleType], guests: list[Request], at: dt.datetime, keep_mates: bool = True
         ) -> tuple[list[tuple[VehicleType, list[Request]]], list[Request]]:
    """Guests leaving together into the vehicles leaving then; returns the loads and who did not fit.

    Guests who rode one run at this time in the previous plan go together into the smallest empty
    vehicle that takes them (stability); the others, heaviest bags first, into the vehicle with the
    most room for bags among those with a free seat (balancing the bags).
    """
    loads: list[tuple[VehicleType, list[Request]]] = [(v, []) for v in sorted(
        vehicles, key=lambda v: (-v.seats, -v.luggage, v.code))]

    def room(load: tuple[VehicleType, list[Request]]) -> tuple[int, int]:
        v, rs = load
        return v.seats - len(rs), v.luggage - sum(r.luggage for r in rs)

    rest = list(guests)
    if keep_mates:
        mates: dict[str, list[Request]] = defaultdict(list)
        for r in guests:
            if r.prev == at and r.prev_run is not None:
                mates[r.prev_run].append(r)
        rest = [r for r in guests if not (r.prev == at and r.prev_run is not None)]
        for _run, group in sorted(mates.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            lug = sum(r.luggage for r in group)
            empty = [load for load in loads if not load[1] and load[0].seats >= len(group) and load[0].luggage >= lug]
            if empty:
                min(empty, key=lambda load: (load[0].seats, load[0].luggage))[1].extend(group)
            else:
                rest += group
    left: list[Request] = []
    for r in sorted(rest, key=lambda r: (-r.luggage, r.participant)):
        fits = [load for load in loads if room(load)[0] > 0 and room(load)[1] >= r.luggage]
        if fits:
            max(fits, key=lambda load: (room(load)[1], room(load)[0]))[1].append(r)
        else:
            left.append(r)
    if left and keep_mates:
        return pack(vehicles, guests, at, keep_mates=False)
    return [(v, rs) for v, rs in loads if rs], left


def _extract(solver: Any, classes: list[_Class], n: dict[tuple[Cell, dt.datetime], dict[str, Any]], rules: Rules,
             fixed: Usage) -> tuple[list[Draft], list[tuple[Request, Text]], bool]:
    """Runs from the solution: per time, the class counts' members packed into the vehicles counted;
    returns (runs, unplaced, whether a guest needed a vehicle the model did not count)."""
    pools = {id(c): list(c.members) for c in classes}
    leaving: dict[tuple[Cell, dt.datetime], list[Request]] = defaultdict(list)
    for c in classes:
        for t, x in sorted(c.x.items()):
            count = int(solver.value(x))
            if count:
                leaving[(c.cell, t)] += pools[id(c)][:count]
                del pools[id(c)][:count]
    drafts: list[Draft] = []
    usage: Usage = Counter(fixed)
    by_code = {v.code: v for v in rules.vehicle_types}
    extra: list[tuple[Cell, dt.datetime, list[Request]]] = []
    for (cell, t), by_type in sorted(n.items()):
        guests = leaving.get((cell, t), [])
        if not guests:
            continue  # a vehicle with nobody in it is not driven
        vehicles = [by_code[code] for code, var in by_type.items() for _ in range(int(solver.value(var)))]
        loads, left = pack(vehicles, guests, t)
        for v, rs in loads:
            drafts.append(Draft(cell, t, v.code, sorted(rs, key=lambda r: r.participant)))
            usage[(hour_slot(t), v.code)] += 1
        if left:
            extra.append((cell, t, left))
    unplaced: list[tuple[Request, Text]] = []
    for cell, t, left in extra:
        slot = hour_slot(t)
        while left:
            v = smallest_fitting(rules, len(left), sum(r.luggage for r in left), usage, slot) or next(
                (v for v in reversed(rules.by_size()) if usage[(slot, v.code)] < rules.capacity(v.code, slot)), None)
            loads, left = pack([v], left, t, keep_mates=False) if v is not None else ([], left)
            if not loads:
                unplaced += [(r, no_vehicle([t])) for r in left]
                break
            for v, rs in loads:
                drafts.append(Draft(cell, t, v.code, sorted(rs, key=lambda r: r.participant)))
                usage[(hour_slot(t), v.code)] += 1
    for c in classes:
        for r in pools[id(c)]:
            full = all(usage[(hour_slot(t), v.code)] >= rules.capacity(v.code, hour_slot(t))
                       for t in r.ticks for v in rules.vehicle_types)
            unplaced.append((r, no_vehicle(r.ticks) if full else Text(
                "No run within the waiting limit had room (the solver stopped early); plan again with more time.")))
    return drafts, unplaced, bool(extra)
