"""Planning airport runs (and shuttles) for every guest: the entry point.

:func:`plan_transport` validates the legs, keeps the locked runs of the previous
plan, gives protocol guests their cars, runs the greedy baseline, then solves one
CP-SAT model per group of cells (see ``model``) within one time budget shared
by the models, smallest first so that time a small model does not need goes to
the big ones.  A model that finds nothing better keeps the greedy's runs, so the
plan never needs more runs than the baseline (with as many guests placed).

Afterwards each run takes the smallest vehicle that carries its guests and bags
(the model only needs one big enough; on a re-run, runs keep their vehicle where
an hour's vehicles are short), and ids: a run of the previous plan that
leaves at the same time between the same places with some of the same guests
keeps its id, so "changed" means changed for the driver too.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor

from ..foundation.messages import Text, join
from .demand import (
    Cell,
    Draft,
    Request,
    Usage,
    car_runs,
    keep_locked,
    make_request,
    mark_previous,
    minutes,
    places,
    smallest_fitting,
)
from .greedy import greedy
from .model import Outcome, partition, solve_cells
from .shuttles import plan_shuttles
from .types import (
    Plan,
    Rules,
    Run,
    ShuttleDay,
    TravelLeg,
    Unplaced,
    hour_slot,
    short_place,
)
from .validation import validate_legs


def plan_transport(
    legs: Sequence[TravelLeg],
    rules: Rules | None = None,
    *,
    previous: Plan | None = None,
    locked: Iterable[str] = (),
    shuttle_days: Sequence[ShuttleDay] = (),
    time_limit: float = 10.0,
    workers: int | None = None,
    threads: int | None = None,
) -> Plan:
    """The plan for ``legs``: arrival and departure runs, shuttles for ``shuttle_days``.

    ``previous``: the plan this one replaces; guests keep their runs where they still can
    (stability), and the airport runs whose ids are in ``locked`` are kept as they are.
    ``time_limit`` is for the whole plan; ``workers`` CP-SAT workers per model (default one),
    ``threads`` models solved at once (default: two, or one on a single core).
    """
    rules = rules or Rules()
    started = time.perf_counter()
    requests, unplaced = screen(legs, rules)
    by_key = {(r.participant, r.cell.kind): r for r in requests}
    locked_ids = set(locked) if previous is not None else set()
    usage: Usage = Counter()
    kept = keep_locked(previous, locked_ids, by_key, rules, usage) if previous is not None else []
    cars, car_unplaced = car_runs([r for r in by_key.values() if r.leg.by_car], rules, usage)
    cells: dict[Cell, list[Request]] = defaultdict(list)
    for r in by_key.values():
        if not r.leg.by_car:
            cells[r.cell].append(r)
    if previous is not None:
        mark_previous(previous, locked_ids, cells, rules)
    fixed = Counter(usage)
    baseline, baseline_unplaced = greedy(cells, rules, Counter(usage))
    groups, binding = partition(cells, rules, fixed)

    outcomes = _solve_groups(groups, cells, baseline, baseline_unplaced, rules, fixed, binding,
                             started + time_limit, workers, threads)

    drafts = kept + cars + [d for o in outcomes for d in o.drafts]
    _assign_vehicles(drafts, rules, previous)
    for r, why in car_unplaced + [u for o in outcomes for u in o.unplaced]:
        unplaced.append(Unplaced(r.participant, Text("{kind} {flight}: {reason}", kind=Text(r.cell.kind),
                                                     flight=r.leg.flight, reason=why)))
    runs = _runs(drafts, rules, previous)
    shuttles = plan_shuttles(shuttle_days, rules, taken={r.id for r in runs})
    solved = [o for o in outcomes if o.bounded]
    objective, bound = sum(o.objective for o in solved), sum(o.bound for o in solved)
    gap = 1.0 if len(solved) < len(outcomes) else (round((objective - bound) / objective, 6) if objective else 0.0)
    waits = [abs(minutes(d.time - r.ideal)) for d in drafts for r in d.members]
    return Plan(
        runs=sorted(runs + shuttles, key=lambda r: (r.departs_at, r.kind, r.from_, r.to, r.id)),
        unplaced=sorted(unplaced, key=lambda u: (u.participant, str(u.reason))),
        vehicle_runs=len(runs) + len(shuttles),
        greedy_vehicle_runs=len(kept) + len(cars) + len(baseline) + len(shuttles),
        longest_wait_minutes=max(waits, default=0),
        optimal=all(o.optimal for o in outcomes),
        gap=0.0 if all(o.optimal for o in outcomes) else max(gap, 0.0),
        solve_seconds=time.perf_counter() - started,
        total_wait_minutes=sum(waits),
    )


MIN_SECONDS = 1.0


def _solve_groups(groups: list[list[Cell]], cells: dict[Cell, list[Request]], baseline: list[Draft],
                  baseline_unplaced: list[tuple[Request, Text]], rules: Rules, fixed: Usage,
                  binding: set[tuple[dt.datetime, str]], deadline: float, workers: int | None,
                  threads: int | None) -> list[Outcome]:
    """Every group's model within one deadline.

    With two threads (CP-SAT releases the interpreter while it searches) the biggest model (the
    busy afternoon) starts first with all the time to the deadline; the others follow smallest
    first on whichever thread is free, each given its share (by guests) of the time left and at
    least a second, so what small models do not need goes to the bigger ones.  With one thread,
    all run that way, the biggest last.
    """
    threads = threads or max(1, min(os.cpu_count() or 1, 2))
    weight = {id(g): sum(len(cells[c]) for c in g) for g in groups}
    ordered = sorted(groups, key=lambda g: (weight[id(g)], g[0]))
    alone = ordered.pop() if threads > 1 and len(ordered) > 1 else None
    left = [sum(weight[id(g)] for g in ordered)]
    lock = threading.Lock()

    def solve(group: list[Cell]) -> Outcome:
        with lock:
            left_time = max(deadline - time.perf_counter(), 0.0)
            if group is alone:
                budget = left_time
            else:
                share = weight[id(group)] / max(left[0], 1)
                left[0] -= weight[id(group)]
                # at least a second (if left): a model's start-up costs the same whatever its size, and a
                # small one on a busy machine otherwise stops before its hint is even loaded
                budget = max(left_time * min(1.0, share * max(threads - 1, 1)), min(MIN_SECONDS, left_time))
        members = set(group)
        return solve_cells({c: cells[c] for c in group}, [d for d in baseline if d.cell in members],
                           [(r, why) for r, why in baseline_unplaced if r.cell in members], rules, fixed, binding,
                           budget, workers)

    if alone is None:
        return [solve(g) for g in ordered]
    with ThreadPoolExecutor(threads, thread_name_prefix="transport-plan") as pool:
        return list(pool.map(solve, [alone, *ordered]))  # each thread takes the next model when free


def greedy_plan(legs: Sequence[TravelLeg], rules: Rules | None = None) -> Plan:
    """The first-come baseline alone, as a plan (to compare, or when no solver may run)."""
    rules = rules or Rules()
    started = time.perf_counter()
    requests, unplaced = screen(legs, rules)
    usage: Usage = Counter()
    cars, car_unplaced = car_runs([r for r in requests if r.leg.by_car], rules, usage)
    cells: dict[Cell, list[Request]] = defaultdict(list)
    for r in requests:
        if not r.leg.by_car:
            cells[r.cell].append(r)
    drafts, baseline_unplaced = greedy(cells, rules, usage)
    for r, why in car_unplaced + baseline_unplaced:
        unplaced.append(Unplaced(r.participant, Text("{kind} {flight}: {reason}", kind=Text(r.cell.kind),
                                                     flight=r.leg.flight, reason=why)))
    runs = _runs(cars + drafts, rules, None)
    waits = [abs(minutes(d.time - r.ideal)) for d in cars + drafts for r in d.members]
    return Plan(sorted(runs, key=lambda r: (r.departs_at, r.kind, r.from_, r.to, r.id)),
                sorted(unplaced, key=lambda u: (u.participant, str(u.reason))), len(runs), len(runs),
                max(waits, default=0), optimal=False, gap=1.0, solve_seconds=time.perf_counter() - started,
                total_wait_minutes=sum(waits))


def screen(legs: Sequence[TravelLeg], rules: Rules) -> tuple[list[Request], list[Unplaced]]:
    """Requests for the legs that pass validation; the others unplaced with the problems found.

    A problem skips only the leg it names (``"departure.flight"`` skips the departure).
    """
    by_participant: dict[int, list[TravelLeg]] = defaultdict(list)
    for leg in legs:
        by_participant[leg.participant_id].append(leg)
    requests: list[Request] = []
    unplaced: list[Unplaced] = []
    for pid in sorted(by_participant):
        problems = validate_legs(pid, by_participant[pid], rules.travel_window, rules.terminals)
        bad: dict[str, list[Text]] = defaultdict(list)
        for p in problems:
            bad[p.field.partition(".")[0]].append(Text("{field}: {problem}", field=p.field, problem=p.message))
        for leg in by_participant[pid]:
            reasons = bad.get(leg.kind) if leg.kind in ("arrival", "departure") else [
                Text("{field}: {problem}", field=p.field, problem=p.message)
                for p in problems if p.field == "kind" and p.value == str(leg.kind)]
            if reasons:
                kind = Text(leg.kind) if leg.kind in ("arrival", "departure") else str(leg.kind)  # translated
                unplaced.append(Unplaced(pid, Text("{kind} {flight}: {reason}", kind=kind, flight=leg.flight,
                                                   reason=join(reasons))))
            else:
                requests.append(make_request(leg, rules))
    return requests, unplaced


def _assign_vehicles(drafts: list[Draft], rules: Rules, previous: Plan | None) -> None:
    """Each run (not a locked one) in the smallest vehicle that takes its guests and bags and is free
    in its hour (the model only needs one big enough).  Where an hour's vehicles are short, runs
    that can keep the vehicle they had in the previous plan choose first, then the biggest loads;
    if that order leaves a run without a vehicle, the hour keeps the model's choice."""
    had = {run.id: run.vehicle for run in previous.runs} if previous is not None else {}
    by_slot: dict[dt.datetime, list[Draft]] = defaultdict(list)
    locked: Usage = Counter()
    for d in drafts:
        if d.run_id is not None:
            locked[(hour_slot(d.time), d.vehicle)] += 1
        else:
            by_slot[hour_slot(d.time)].append(d)

    def keeps(d: Draft) -> bool:
        """Whether the run had, in the previous plan, the vehicle it would take if all were free."""
        runs = Counter(r.prev_run for r in d.members if r.prev_run is not None and r.prev == d.time)
        fit = smallest_fitting(rules, len(d.members), d.luggage, Counter(), hour_slot(d.time))
        return bool(runs) and fit is not None and had.get(runs.most_common(1)[0][0]) == fit.code

    for slot, ds in by_slot.items():
        used: Usage = Counter(locked)
        choice: dict[int, str] = {}
        for d in sorted(ds, key=lambda d: (not keeps(d), -len(d.members), -d.luggage, d.time,
                                           min((r.participant for r in d.members), default=0))):
            v = smallest_fitting(rules, len(d.members), d.luggage, used, slot)
            if v is None:
                break
            used[(slot, v.code)] += 1
            choice[id(d)] = v.code
        if len(choice) == len(ds):
            for d in ds:
                d.vehicle = choice[id(d)]


def run_id(kind: str, at: dt.datetime, origin: str, destination: str) -> str:
    """A readable id: kind letter, date and time, from, to ("A0926-1430-MEXT1-HMCR")."""
    return f"{kind[0].upper()}{at:%m%d-%H%M}-{short_place(origin)}-{short_place(destination)}"


def _runs(drafts: list[Draft], rules: Rules, previous: Plan | None) -> list[Run]:
    """Runs with ids: locked runs keep theirs, a run matching a previous one (same kind, time and places,
    most shared guests) takes its id, any other a new id never used by the previous plan."""
    candidates: dict[tuple[str, dt.datetime, str, str], list[Run]] = defaultdict(list)
    reserved: set[str] = set()
    if previous is not None:
        for run in previous.runs:
            reserved.add(run.id)
            candidates[(run.kind, run.departs_at, run.from_, run.to)].append(run)
    taken = {d.run_id for d in drafts if d.run_id}
    out: list[Run] = []
    fresh: list[tuple[Draft, str, str]] = []
    for d in sorted(drafts, key=lambda d: (d.time, d.cell, min((r.participant for r in d.members), default=0))):
        origin, destination = places(d.cell, rules)
        rid = d.run_id
        if rid is None:
            who = {r.participant for r in d.members}
            options = [run for run in candidates.get((d.cell.kind, d.time, origin, destination), [])
                       if run.id not in taken and who & set(run.passengers)]
            if options:
                best = max(options, key=lambda run: (len(who & set(run.passengers)), run.vehicle == d.vehicle,
                                                     run.id))
                rid = best.id
                taken.add(rid)
            else:
                fresh.append((d, origin, destination))
                continue
        out.append(_run(d, rid, origin, destination, rules))
    for d, origin, destination in fresh:
        base = run_id(d.cell.kind, d.time, origin, destination)
        rid, n = base, 2
        while rid in taken or rid in reserved:
            rid, n = f"{base}-{n}", n + 1
        taken.add(rid)
        out.append(_run(d, rid, origin, destination, rules))
    return out


def _run(d: Draft, rid: str, origin: str, destination: str, rules: Rules) -> Run:
    return Run(id=rid, kind=d.cell.kind, vehicle=d.vehicle, seats=rules.vehicle(d.vehicle).seats,  # type: ignore[arg-type]
               departs_at=d.time, from_=origin, to=destination,
               passengers=sorted(r.participant for r in d.members), riders=len(d.members), luggage=d.luggage)
