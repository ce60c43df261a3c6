"""Interpreter roster: 3 days, 40 interpreted sessions × 3 booths (EN/FR/ES), 24 interpreters.

Plain data (no database): sessions of 30 min to 3 h between 09:00 and 19:00, some
with a floor language set smaller than the booths; 24 interpreters with mixed A/B/C
profiles (8 per A language, a quarter working retour, some with only one other
language so that relay is needed), local or not, a few half-days off.  With at most
two sessions a day each, 24 interpreters cannot staff 120 booths (≈ 230 places):
the point is how fast the solver gets a roster that breaks no rule, how many booths
it staffs, and that the unstaffed ones are reported — not half-staffed.

Prints, as the median of the runs: solve time, proven optimal or not, cost, booths
staffed/unstaffed, violations found by the independent checker (must be 0).

    python benchmarks/bench_interpreters.py [--sessions 40] [--interpreters 24] [--time-limit 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics

from conference_desk.core.interpreters import roster
from conference_desk.core.interpreters.rules import (
    BoothSession,
    InterpreterProfile,
    LanguageSkill,
    RosterProblem,
    check_roster,
)

LANGS = ("en", "fr", "es")
FIRST = dt.date(2015, 9, 28)


def build(n_sessions: int, n_people: int, seed: int = 11) -> RosterProblem:
    rng = random.Random(seed)
    sessions = []
    for sid in range(1, n_sessions + 1):
        day = FIRST + dt.timedelta(days=(sid - 1) % 3)
        start = dt.datetime.combine(day, dt.time(rng.choice([9, 9, 10, 11, 11, 14, 14, 15, 16, 17]),
                                                 rng.choice([0, 30])))
        minutes = rng.choice([30, 40, 60, 90, 90, 120, 120, 150, 180])
        floor = LANGS if rng.random() < 0.7 else tuple(rng.sample(LANGS, 2))
        sessions.append(BoothSession(sid, f"S{sid:02d}", f"Session {sid}", start,
                                     start + dt.timedelta(minutes=minutes), LANGS, floor, room=f"Room {sid % 6 + 1}"))
    people = []
    for pid in range(1, n_people + 1):
        a = LANGS[(pid - 1) % 3]
        others = [lang for lang in LANGS if lang != a]
        skills = [LanguageSkill(a, "A")]
        if rng.random() < 0.2:
            others = others[:1]  # only one other language: relay needed for the third
        for lang in others:
            cls = rng.choice(["B", "C", "C"])
            skills.append(LanguageSkill(lang, cls, cls == "B" and rng.random() < 0.5))
        off = frozenset({(FIRST + dt.timedelta(days=rng.randint(0, 2)), rng.choice(["am", "pm"]))}
                        if rng.random() < 0.2 else ())
        local = rng.random() < 0.6
        people.append(InterpreterProfile(pid, f"I{pid}", f"Interpreter{pid}", tuple(skills), is_local=local,
                                         daily_rate=rng.randrange(450, 650, 10) if local else rng.randrange(750, 900, 10),
                                         unavailable=off))
    return RosterProblem(sessions, people)


def figures(quick: bool = False) -> list[dict]:
    """Rows for benchmarks/run (goal: feasible with every rule in ≤ 10 s)."""
    args = argparse.Namespace(sessions=20 if quick else 40, interpreters=24, time_limit=10.0, runs=3)
    m = measure(args)
    return [{"benchmark": f"interpreter roster, {args.sessions} sessions × 3 booths ({m['optimal']}/{m['runs']} proven"
                          f" optimal, gap median {m['gap']:.2%}, max {m['max_gap']:.2%}; staffed {m['staffed']:g}/"
                          f"{m['booths']})", "value": m["seconds"],
             "unit": "s", "goal": 10, "goal_text": "optimal or gap printed, ≤ 10 s, 0 violations",
             # The solver stops at its 10 s limit with the best roster found (not always proven optimal):
             # the goal is a roster breaking no rule within the limit (+ 0.5 s to hand it back).
             "passed": m["seconds"] <= 10.5 and m["violations"] == 0 and m["staffed"] > 0,
             "floor": None, "floor_name": ""}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--interpreters", type=int, default=24)
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    measure(parser.parse_args())


def measure(args: argparse.Namespace) -> dict:
    """Prints the runs; returns the median solve seconds and the most violations found in a run."""
    problem = build(args.sessions, args.interpreters)
    booths = len(problem.booths())
    print(f"{args.sessions} sessions × 3 booths = {booths} booths, {args.interpreters} interpreters, "
          f"time limit {args.time_limit:g} s, {args.runs} runs")
    times, costs, staffed, optimal, violations, gaps = [], [], [], [], [], []
    for run in range(args.runs):
        result = roster.solve(problem, time_limit=args.time_limit)
        checked = check_roster(problem, result.assignments)
        times.append(result.seconds)
        costs.append(result.cost)
        staffed.append(booths - len(result.unstaffed))
        optimal.append(result.optimal)
        violations.append(len(checked) + len(result.violations))
        print(f"  run {run + 1}: {result.seconds:6.2f} s  {'optimal' if result.optimal else 'feasible'}  "
              f"staffed {booths - len(result.unstaffed)}/{booths}  cost {result.cost:,.0f}  "
              f"objective {result.objective} (bound {result.bound}, gap {result.gap:.2%})  violations {violations[-1]}")
        gaps.append(result.gap)
    print(f"median: {statistics.median(times):.2f} s, staffed {statistics.median(staffed):g}/{booths}, "
          f"cost {statistics.median(costs):,.0f}, proven optimal {sum(optimal)}/{args.runs}, "
          f"gap median {statistics.median(gaps):.2%} (max {max(gaps):.2%}), violations max {max(violations)}")
    example = roster.solve(problem, time_limit=args.time_limit).unstaffed[:3]
    for u in example:
        print(f"  e.g. unstaffed {u.session_code} {u.booth_language.upper()}: {u.reason} — fix: {u.fix}")
    return {"seconds": statistics.median(times), "violations": max(violations),
            "staffed": statistics.median(staffed), "booths": booths, "optimal": sum(optimal), "runs": args.runs,
            "gap": statistics.median(gaps), "max_gap": max(gaps)}


if __name__ == "__main__":
    main()
