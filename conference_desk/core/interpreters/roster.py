"""The interpreters' roster: read the problem, solve it (CP-SAT), apply, edit by hand, report.

**Booth needs** come from the programme: each session with times and a non-empty
``interpretation`` needs one booth per target language for its whole duration.

**Model** (CP-SAT).  x[i, b] = 1 when interpreter i works in booth b; only for
interpreters who work into the booth's language, can work from one of its
sources and are available on the half-days the session touches (locked
assignments are fixed whatever they are).  staffed[b] = 1 when the booth is
fully staffed.  *Policy*: a booth the solver cannot staff within every rule is
left empty (its locked assignments, if any, stay) and reported in
``unstaffed`` with the reason and what would fix it — the solver never
half-staffs a booth.  Hard constraints for staffed booths: team strength (with
3 when someone works retour), every source covered directly or by relay from
at least ``relay_min_givers`` givers.  Hard for everyone: one booth per
session, no overlap and ``min_rest_minutes`` between two sessions, at most
``max_sessions_per_day`` (a session longer than ``max_session_minutes`` counts
as two).  Conflicts among locked assignments themselves cannot be solved and
are reported as violations.

**Objective** (integers, weights in :class:`~.rules.InterpreterSettings`):
``unstaffed_weight`` per unstaffed booth; ``change_weight`` per assignment added
or removed against the current roster (stability: a re-run moves only what
must move); the daily rate (+ ``non_local_daily_extra`` for non-local
interpreters) for each day an interpreter works at all; ``fairness_weight``
× (highest − lowest number of sessions among the interpreters who work); 1 per
assignment (no one in a booth for nothing).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import selectinload

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.messages import Text, join
from ..foundation.models import (
    Conference,
    Interpreter,
    InterpreterAssignment,
    InterpreterAvailability,
    InterpreterContract,
    InterpreterLanguage,
    LanguageClass,
    Session,
    utcnow,
)
from .rules import (
    Assignment,
    BoothSession,
    InterpreterError,
    InterpreterProfile,
    InterpreterSettings,
    LanguageSkill,
    RosterProblem,
    Violation,
    _load_settings,
    candidates,
    check_roster,
    and_list,
    day_month,
    day_text,
    half_name,
    language_name,
    or_list,
    roster_cost,
    split_languages,
)

ProgressCallback = Callable[[int, int], "bool | None"]

__all__ = [
    "RosterCancelled", "StaleRosterError", "InterpreterValidationError", "RosterResult", "BoothStaffing",
    "Unstaffed", "RosterChange", "load_problem", "solve", "apply", "assign", "unassign", "set_locked",
    "roster_rows", "save_interpreter", "delete_interpreter", "set_availability", "get_interpreter",
    "list_interpreters", "current_violations", "cost_summary", "interpreter_schedules", "booth_sheets",
]


class RosterCancelled(InterpreterError):
    """The roster computation (or its application) was cancelled; nothing was changed."""


class StaleRosterError(InterpreterError):
    """The stored assignments changed since the roster was computed."""


class InterpreterValidationError(InterpreterError):
    """Interpreter data is invalid: ``errors`` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(join([Text("{field}: {problem}", field=k, problem=v) for k, v in self.errors.items()]))


class AssignmentRefused(InterpreterError):
    """A manual assignment would break a rule (``violations`` say which)."""

    def __init__(self, message: str, violations: list[Violation]) -> None:
        self.violations = violations
        super().__init__(message)


# --------------------------------------------------------------------------
# Reading the problem
# --------------------------------------------------------------------------


def _fingerprint(rows: Iterable[Assignment]) -> tuple[tuple[Any, ...], ...]:
    return tuple(sorted((a.session_id, a.booth_language, a.interpreter_id, bool(a.locked)) for a in rows))


def _profile(i: Interpreter, unavailable: Iterable[tuple[dt.date, str]]) -> InterpreterProfile:
    return InterpreterProfile(
        id=i.id, given_name=i.given_name or "", family_name=i.family_name,
        languages=tuple(LanguageSkill(lang.language, lang.language_class.value, bool(lang.retour))
                        for lang in sorted(i.languages, key=lambda lang: lang.language)),
        is_local=bool(i.is_local), contract=i.contract.value, daily_rate=float(i.daily_rate or 0),
        currency=i.currency or "USD", unavailable=frozenset(unavailable))


def _read_problem(s: Any) -> RosterProblem:
    settings = _load_settings(s)
    sessions = []
    rows = s.scalars(select(Session).options(selectinload(Session.venue_room))
                     .where(Session.interpretation != "", Session.starts_at.is_not(None))
                     .order_by(Session.starts_at, Session.sort_order, Session.code))
    for row in rows:
        booths = split_languages(row.interpretation)
        if not booths or row.ends_at is None:
            continue
        sessions.append(BoothSession(
            id=row.id, code=row.code, title=row.title_en, starts_at=row.starts_at, ends_at=row.ends_at,
            booths=booths, floor=split_languages(row.floor_languages) or booths,
            room=row.venue_room.name if row.venue_room else "", type=row.type.value,
            titles=(("en", row.title_en), ("fr", row.title_fr or row.title_en), ("es", row.title_es or row.title_en))))
    off: dict[int, set[tuple[dt.date, str]]] = defaultdict(set)
    for a in s.scalars(select(InterpreterAvailability).where(InterpreterAvailability.available.is_(False))):
        off[a.interpreter_id].add((a.day, a.half))
    people = [_profile(i, off.get(i.id, ())) for i in
              s.scalars(select(Interpreter).options(selectinload(Interpreter.languages))
                        .order_by(Interpreter.family_name, Interpreter.given_name, Interpreter.id))]
    existing = [Assignment(a.session_id, a.booth_language, a.interpreter_id, bool(a.locked))
                for a in s.scalars(select(InterpreterAssignment))]
    currencies = Counter(p.currency for p in people)
    return RosterProblem(sessions=sessions, interpreters=people, existing=existing, settings=settings,
                         currency=currencies.most_common(1)[0][0] if currencies else "USD",
                         fingerprint=_fingerprint(existing))


def load_problem(db: Database) -> RosterProblem:
    """Sessions needing booths, the pool with profiles and availability, the current roster, settings."""
    with db.session() as s:
        return _read_problem(s)


# --------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------


@dataclass
class BoothStaffing:
    session_id: int
    session_code: str
    booth_language: str
    interpreter_ids: list[int]
    interpreter_names: list[str]
    required: int        # team strength for this team (3 when someone works retour)
    staffed: bool        # fully staffed within every rule


@dataclass
class Unstaffed:
    session_id: int
    session_code: str
    booth_language: str
    reason: str          # "no one with French A free on Tuesday 29 Sep afternoon: ..." (a Text)
    fix: str             # "one more FR-A interpreter with EN C for 29 Sep afternoon" (a Text)


@dataclass
class RosterChange:
    kind: str            # 'added' | 'removed'
    session_id: int
    session_code: str
    booth_language: str
    interpreter_id: int
    interpreter_name: str

    def describe(self) -> Text:
        template = ("added {name} to the {booth} booth of {session}" if self.kind == "added" else
                    "removed {name} from the {booth} booth of {session}")
        return Text(template, name=self.interpreter_name, booth=self.booth_language.upper(),
                    session=self.session_code)


@dataclass
class RosterResult:
    assignments: list[Assignment]
    booths: list[BoothStaffing]
    unstaffed: list[Unstaffed]
    violations: list[Violation]
    cost: float
    currency: str
    optimal: bool
    objective: int
    bound: int
    seconds: float
    changes: list[RosterChange]
    base: tuple[tuple[Any, ...], ...] = ()   # fingerprint of the roster it was computed from
    terms: dict[str, int] = field(default_factory=dict)

    @property
    def gap(self) -> float:
        """Relative gap between the objective and the solver's bound (0.0 when proven optimal)."""
        bound = max(self.bound, 0)  # every term is ≥ 0
        if self.optimal or self.objective <= bound:
            return 0.0
        return round((self.objective - bound) / max(abs(self.objective), 1), 6)

    def as_dict(self) -> dict[str, Any]:
        """The CLI's JSON: assignments per booth (names), unstaffed, violations, cost, optimal, changes."""
        return {
            "assignments": [{"session": b.session_code, "session_id": b.session_id,
                             "booth_language": b.booth_language, "interpreters": list(b.interpreter_names),
                             "interpreter_ids": list(b.interpreter_ids), "required": b.required,
                             "staffed": b.staffed} for b in self.booths],
            "unstaffed": [{"session": u.session_code, "session_id": u.session_id,
                           "booth_language": u.booth_language, "reason": u.reason, "fix": u.fix}
                          for u in self.unstaffed],
            "violations": [v.as_dict() for v in self.violations],
            "cost": self.cost, "currency": self.currency, "optimal": self.optimal,
            "objective": self.objective, "bound": self.bound, "gap": self.gap,
            "solve_seconds": round(self.seconds, 3),
            "changes": len(self.changes), "change_list": [c.describe() for c in self.changes],
            "terms": dict(self.terms),
        }


# --------------------------------------------------------------------------
# Solving
# --------------------------------------------------------------------------


def _workers() -> int:
    # As for hotels: the CP-SAT portfolio needs several workers even on 2 cores.  Issue 17: on the
    # 40-session benchmark under load 2 workers staffed more booths (76-77 vs 68 in 10 s), but on the
    # demo pool (tests/unit/test_interpreters.py) 2 workers left 2-3 booths unstaffed that 8 staff.
    return 8


def _conflicting(a: BoothSession, b: BoothSession, settings: InterpreterSettings) -> bool:
    """One interpreter cannot work both (overlap, or less rest than the minimum)."""
    first, second = (a, b) if (a.starts_at, a.ends_at) <= (b.starts_at, b.ends_at) else (b, a)
    if second.starts_at < first.ends_at and first.starts_at < second.ends_at:
        return True
    gap = (second.starts_at - first.ends_at).total_seconds() / 60
    return 0 <= gap < settings.min_rest_minutes


def solve(problem: RosterProblem, time_limit: float = 10.0, progress: ProgressCallback | None = None,
          keep_locks: bool = True, *, workers: int | None = None) -> RosterResult:
    """Compute a roster (nothing is written: see :func:`apply`).

    ``progress(done_ms, total_ms)`` is called about every 50 ms while the solver runs;
    returning ``False`` stops it and raises :class:`RosterCancelled`.
    """
    from ortools.sat.python import cp_model

    if not time_limit or time_limit <= 0:
        raise InterpreterError(Text("The time limit must be more than 0 seconds."))
    st = problem.settings
    sessions = {s.id: s for s in problem.sessions}
    people = {p.id: p for p in problem.interpreters}
    booth_keys = {(s.id, lang) for s in problem.sessions for lang in s.booths}
    previous = {(a.session_id, a.booth_language, a.interpreter_id): a for a in problem.existing}
    valid_prev = {k: a for k, a in previous.items() if (k[0], k[1]) in booth_keys and k[2] in people}
    locked = {k for k, a in valid_prev.items() if a.locked and keep_locks}

    model = cp_model.CpModel()
    x: dict[tuple[int, str, int], Any] = {}
    members: dict[tuple[int, str], list[InterpreterProfile]] = {}
    for s, lang in problem.booths():
        team = list(candidates(problem, s, lang))
        ids = {p.id for p in team}
        team += [people[k[2]] for k in sorted(locked) if k[:2] == (s.id, lang) and k[2] not in ids]
        members[(s.id, lang)] = team
        for p in team:
            x[(s.id, lang, p.id)] = model.new_bool_var(f"x{s.id}_{lang}_{p.id}")
    for k in locked:
        model.add(x[k] == 1)

    terms: dict[str, list[Any]] = defaultdict(list)
    staffed: dict[tuple[int, str], Any] = {}
    for s, lang in problem.booths():
        b = (s.id, lang)
        y = staffed[b] = model.new_bool_var(f"staffed{s.id}_{lang}")
        terms["unstaffed"].append(st.unstaffed_weight * (1 - y))
        team = members[b]
        xs = {p.id: x[(s.id, lang, p.id)] for p in team}
        n_locked = sum(1 for p in team if (s.id, lang, p.id) in locked)
        for pid, v in xs.items():
            if (s.id, lang, pid) not in locked:
                model.add_implication(v, y)
        n = sum(xs.values()) if xs else 0
        base = st.team_size(s.minutes)
        with_retour = st.team_size(s.minutes, retour=True)
        retour_vars = [xs[p.id] for p in team if p.retour_into(lang)]
        if retour_vars and with_retour > base:
            r = model.new_bool_var(f"retour{s.id}_{lang}")
            for v in retour_vars:
                model.add_implication(v, r)
            t = model.new_bool_var(f"retour_staffed{s.id}_{lang}")
            model.add(t >= r + y - 1)
            model.add(n >= base * y + (with_retour - base) * t)
            model.add(n <= base + (with_retour - base) * r + max(0, n_locked - base))
        else:
            model.add(n >= base * y)
            model.add(n <= max(base, n_locked))
        # Sources: direct, or relay from enough givers in the other booths.
        for src in s.sources(lang):
            direct = [xs[p.id] for p in team if src in p.sources_into(lang)]
            givers = []
            for other in s.booths:
                if other in (lang, src):
                    continue
                receivers = [xs[p.id] for p in team if other in p.sources_into(lang)]
                senders = [x[(s.id, other, q.id)] for q in members[(s.id, other)] if src in q.sources_into(other)]
                if not receivers or not senders:
                    continue
                u = model.new_bool_var(f"hears{s.id}_{lang}_{other}")
                model.add(u <= sum(receivers))
                for g in senders:
                    z = model.new_bool_var("")
                    model.add(z <= g)
                    model.add(z <= u)
                    givers.append(z)
            relay = 0
            if len(givers) >= st.relay_min_givers:
                relay = model.new_bool_var(f"relay{s.id}_{lang}_{src}")
                model.add(sum(givers) >= st.relay_min_givers * relay)
            model.add(sum(direct) + relay >= y)

    # Per interpreter: one booth per session, rest and overlaps, daily limit, days worked.
    by_person_session: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for (sid, _lang, pid), v in x.items():
        by_person_session[(pid, sid)].append(v)
    person_sessions: dict[int, list[int]] = defaultdict(list)
    for (pid, sid), vs in by_person_session.items():
        person_sessions[pid].append(sid)
        if len(vs) > 1:
            model.add(sum(vs) <= 1)
    locked_people = {(k[2], k[0]) for k in locked}
    worked: dict[tuple[int, dt.date], Any] = {}
    loads: dict[int, Any] = {}
    for pid, sids in person_sessions.items():
        sids.sort(key=lambda sid: (sessions[sid].starts_at, sid))
        for i, a in enumerate(sids):
            for b in sids[i + 1:]:
                if (sessions[b].starts_at - sessions[a].ends_at).total_seconds() >= 86400:
                    break
                if (pid, a) in locked_people and (pid, b) in locked_people:
                    continue  # cannot be solved: reported by the checker
                if _conflicting(sessions[a], sessions[b], st):
                    model.add(sum(by_person_session[(pid, a)]) + sum(by_person_session[(pid, b)]) <= 1)
        days: dict[dt.date, list[int]] = defaultdict(list)
        for sid in sids:
            days[sessions[sid].day].append(sid)
        rate = int(round(people[pid].rate_per_day(st)))
        for day, day_sids in days.items():
            units = [(st.session_units(sessions[sid].minutes), sum(by_person_session[(pid, sid)])) for sid in day_sids]
            fixed_units = sum(st.session_units(sessions[sid].minutes) for sid in day_sids
                              if (pid, sid) in locked_people)
            model.add(sum(u * e for u, e in units) <= max(st.max_sessions_per_day, fixed_units))
            w = worked[(pid, day)] = model.new_bool_var(f"worked{pid}_{day.isoformat()}")
            for sid in day_sids:
                for v in by_person_session[(pid, sid)]:
                    model.add_implication(v, w)
            terms["cost"].append(rate * w)
        loads[pid] = sum(v for sid in sids for v in by_person_session[(pid, sid)])

    # Fairness among the interpreters who work at all.
    if loads and st.fairness_weight:
        big = len(problem.sessions)
        hi = model.new_int_var(0, big, "max_load")
        lo = model.new_int_var(0, big, "min_load")
        spread = model.new_int_var(0, big, "spread")
        for pid, load in loads.items():
            used = model.new_bool_var(f"used{pid}")
            for (wp, _d), w in worked.items():
                if wp == pid:
                    model.add_implication(w, used)
            model.add(used <= load)
            model.add(hi >= load)
            model.add(lo <= load + big * (1 - used))
        model.add(spread >= hi - lo)
        terms["fairness"].append(st.fairness_weight * spread)

    # Stability: every assignment added or removed against the current roster.
    constant = 0
    for k in previous:
        if k in locked:
            continue
        if k in x:
            terms["changes"].append(st.change_weight * (1 - x[k]))
        else:
            constant += st.change_weight
    for k, v in x.items():
        if k not in previous:
            terms["changes"].append(st.change_weight * v)
        terms["assignments"].append(v)
        model.add_hint(v, 1 if k in previous else 0)

    model.minimize(sum(sum(t) for t in terms.values()) + constant)

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit)
    solver.parameters.num_workers = workers or _workers()
    solver.parameters.random_seed = 1
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["status"] = solver.solve(model)
        except BaseException as exc:  # noqa: BLE001 - handed back to the calling thread
            outcome["error"] = exc

    started = time.perf_counter()
    cancelled = False
    if progress is None:
        run()
    else:
        total = max(int(time_limit * 1000), 1)
        if progress(0, total) is False:
            raise RosterCancelled(Text("Roster cancelled; nothing was changed."))
        worker = threading.Thread(target=run, name="interpreter-roster", daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(0.05)
            if not worker.is_alive():
                break
            done = min(int((time.perf_counter() - started) * 1000), total - 1)
            if progress(done, total) is False:
                cancelled = True
                solver.stop_search()
        worker.join()
        if not cancelled:
            progress(total, total)
    seconds = time.perf_counter() - started
    if "error" in outcome:
        raise outcome["error"]
    if cancelled:
        raise RosterCancelled(Text("Roster cancelled; nothing was changed."))
    status = outcome["status"]
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise InterpreterError(Text("The solver found no roster within {seconds} s ({status}); allow more time"
                                    " (--time-limit).", seconds=f"{time_limit:g}", status=solver.status_name(status)))

    chosen = sorted(k for k, v in x.items() if solver.value(v))
    assignments = [Assignment(sid, lang, pid, locked=(sid, lang, pid) in locked or
                              bool(valid_prev.get((sid, lang, pid)) and valid_prev[(sid, lang, pid)].locked))
                   for sid, lang, pid in chosen]
    term_values = {name: int(sum(solver.value(e) for e in exprs)) for name, exprs in terms.items()}
    if constant:
        term_values["constant"] = constant
    return _result(problem, assignments, {b for b, y in staffed.items() if solver.value(y)},
                   optimal=status == cp_model.OPTIMAL, objective=int(round(solver.objective_value)),
                   bound=int(round(solver.best_objective_bound)), seconds=seconds, terms=term_values)


def _result(problem: RosterProblem, assignments: list[Assignment], staffed: set[tuple[int, str]], *,
            optimal: bool, objective: int, bound: int, seconds: float, terms: dict[str, int]) -> RosterResult:
    st = problem.settings
    people = {p.id: p for p in problem.interpreters}
    sessions = {s.id: s for s in problem.sessions}
    teams: dict[tuple[int, str], list[int]] = defaultdict(list)
    for a in assignments:
        teams[(a.session_id, a.booth_language)].append(a.interpreter_id)
    violations = check_roster(problem, assignments)
    bad_booths = {(v.session_id, v.booth_language) for v in violations}
    booths, unstaffed = [], []
    for s, lang in problem.booths():
        ids = sorted(teams.get((s.id, lang), []), key=lambda pid: (people[pid].family_name, pid))
        retour = any(people[pid].retour_into(lang) for pid in ids)
        ok = (s.id, lang) in staffed and bool(ids) and (s.id, lang) not in bad_booths
        booths.append(BoothStaffing(s.id, s.code, lang, ids, [people[pid].name for pid in ids],
                                    st.team_size(s.minutes, retour), ok))
        if not ok:
            reason, fix = diagnose(problem, s, lang, assignments)
            unstaffed.append(Unstaffed(s.id, s.code, lang, reason, fix))
    before = {(a.session_id, a.booth_language, a.interpreter_id) for a in problem.existing}
    after = {(a.session_id, a.booth_language, a.interpreter_id) for a in assignments}

    def change(kind: str, k: tuple[int, str, int]) -> RosterChange:
        s = sessions.get(k[0])
        p = people.get(k[2])
        return RosterChange(kind, k[0], s.code if s else str(k[0]), k[1], k[2], p.name if p else str(k[2]))

    changes = [change("removed", k) for k in sorted(before - after)] + [change("added", k) for k in sorted(after - before)]
    return RosterResult(assignments=assignments, booths=booths, unstaffed=unstaffed, violations=violations,
                        cost=roster_cost(problem, assignments), currency=problem.currency, optimal=optimal,
                        objective=objective, bound=bound, seconds=seconds, changes=changes,
                        base=problem.fingerprint, terms=terms)


def _when(s: BoothSession, problem: RosterProblem) -> Text:
    """'Tuesday 29 Sep morning and afternoon' (or, over several days, 'Tuesday 29 Sep afternoon, ...')."""
    halves = s.halves(problem.settings.split_time())
    days = sorted({d for d, _h in halves})
    if len(days) == 1:
        return Text("{day} {half}", day=day_text(days[0]), half=and_list([half_name(h) for _d, h in halves]))
    return join([Text("{day} {half}", day=day_text(d), half=half_name(h)) for d, h in halves], ", ")


def _short_when(s: BoothSession, problem: RosterProblem) -> Any:
    """'29 Sep afternoon' (and '30 Sep morning')."""
    halves = s.halves(problem.settings.split_time())
    return and_list([Text("{day} {half}", day=day_month(d), half=half_name(h)) for d, h in halves])


NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
# (more, with source languages, more than one)
FIX_TEMPLATES = {
    (False, False, False): "{count} {booth}-A interpreter for {when}",
    (False, False, True): "{count} {booth}-A interpreters for {when}",
    (False, True, False): "{count} {booth}-A interpreter with {sources} C for {when}",
    (False, True, True): "{count} {booth}-A interpreters with {sources} C for {when}",
    (True, False, False): "{count} more {booth}-A interpreter for {when}",
    (True, False, True): "{count} more {booth}-A interpreters for {when}",
    (True, True, False): "{count} more {booth}-A interpreter with {sources} C for {when}",
    (True, True, True): "{count} more {booth}-A interpreters with {sources} C for {when}",
}


def _fix(n: int, lang: str, sources: Sequence[str], when: Any, more: bool = False) -> Text:
    """'one more FR-A interpreter with EN C for 29 Sep afternoon' (number, 'more', the words translatable)."""
    count = Text(NUMBER_WORDS[n]) if n in NUMBER_WORDS else str(n)
    extra = {"sources": and_list([x.upper() for x in sources])} if sources else {}
    return Text(FIX_TEMPLATES[(more, bool(sources), n != 1)], count=count, booth=lang.upper(), when=when, **extra)


def diagnose(problem: RosterProblem, s: BoothSession, lang: str, assignments: Iterable[Assignment]
             ) -> tuple[Text, Text]:
    """Why the booth (s, lang) is not staffed in ``assignments``, and what would fix it (translatable)."""
    st = problem.settings
    sessions = {x.id: x for x in problem.sessions}
    assignments = list(assignments)
    team = [a for a in assignments if a.session_id == s.id and a.booth_language == lang]
    need = st.team_size(s.minutes)
    sources = s.sources(lang)
    lname = language_name(lang)
    when, short = _when(s, problem), _short_when(s, problem)
    own = [v for v in check_roster(problem, assignments) if v.session_id == s.id and v.booth_language == lang]
    into = [p for p in problem.interpreters if p.works_into(lang)]
    if not into:
        return (Text("no one in the pool works into {language} (an A, or a B with retour)", language=lname),
                _fix(need, lang, sources, short))
    qualified = [p for p in into if not sources or p.sources_into(lang) & set(sources + s.booths)]
    if not qualified:
        return (Text("no one working into {language} has {languages}", language=lname,
                     languages=or_list([language_name(x) for x in sources])),
                _fix(need, lang, sources, short))
    avail = candidates(problem, s, lang)
    if len(avail) < need:
        away = [p.name for p in qualified if p not in avail]
        template = AVAILABLE_TEMPLATES[(bool(avail), bool(away))]
        return (Text(template, count=len(avail), language=lname, when=when, away=", ".join(away), need=need),
                _fix(need - len(avail), lang, sources, short, more=True))
    for src in sources:
        if not any(src in p.sources_into(lang) for p in avail):
            others = [q for o in s.booths if o not in (lang, src) for q in candidates(problem, s, o)
                      if src in q.sources_into(o)]
            if len(others) < st.relay_min_givers:
                return (Text("no one working into {language} available on {when} works from {source}, and relay"
                             " from {source} needs {count} interpreters able to give it ({others} in the other"
                             " booths)", language=lname, when=when, source=language_name(src),
                             count=st.relay_min_givers, others=len(others)),
                        _fix(1, lang, [src], short, more=True))
    # Who is busy elsewhere at that time (in the roster found)?
    split_busy: list[Text] = []
    free = []
    by_person: dict[int, list[BoothSession]] = defaultdict(list)
    for a in assignments:
        if a.session_id != s.id and a.session_id in sessions:
            by_person[a.interpreter_id].append(sessions[a.session_id])
    for p in avail:
        mine = by_person.get(p.id, [])
        clash = [t for t in mine if _conflicting(s, t, st)]
        units = sum(st.session_units(t.minutes) for t in mine if t.day == s.day) + st.session_units(s.minutes)
        in_other_booth = any(a.session_id == s.id and a.interpreter_id == p.id and a.booth_language != lang
                             for a in assignments)
        if clash:
            split_busy.append(Text("{name} ({session})", name=p.name, session=clash[0].code))
        elif units > st.max_sessions_per_day:
            split_busy.append(Text("{name} ({count} sessions that day)", name=p.name, count=st.max_sessions_per_day))
        elif in_other_booth:
            split_busy.append(Text("{name} (another booth of {session})", name=p.name, session=s.code))
        else:
            free.append(p)
    if len(free) < need - sum(1 for a in team):
        head = 0 if not free else 1 if len(free) == 1 else 2
        extra = {"busy": join(split_busy, ", ")} if split_busy else {}
        return (Text(FREE_TEMPLATES[(head, bool(split_busy))], count=len(free), language=lname, when=when,
                     need=need, **extra),
                _fix(max(need - len(free) - len(team), 1), lang, sources, short, more=True))
    if own:
        return (Text("the locked assignments break a rule: {violations}",
                     violations=join([v.message for v in own], " ")),
                Text("unlock or change the locked assignments of this booth"))
    return (Text("the {count} free interpreters working into {language} on {when} cannot form a team that covers"
                 " {languages} within the rules (team of {need}, relay from {givers})", count=len(free),
                 language=lname, when=when,
                 languages=join([language_name(x) for x in sources], ", ") if sources else Text("the session"),
                 need=need, givers=st.relay_min_givers),
            _fix(1, lang, sources, short, more=True))


# (anyone available, someone not available)
AVAILABLE_TEMPLATES = {
    (False, False): "no one with {language} A available on {when}; the booth needs {need}",
    (False, True): "no one with {language} A available on {when} ({away} not available); the booth needs {need}",
    (True, False): "only {count} of the interpreters with {language} A available on {when}; the booth needs {need}",
    (True, True): "only {count} of the interpreters with {language} A available on {when} ({away} not available);"
                  " the booth needs {need}",
}
# (no one / only one / only several free, some busy elsewhere)
FREE_TEMPLATES = {
    (0, False): "no one with {language} A free on {when}; the booth needs {need}",
    (0, True): "no one with {language} A free on {when}: {busy} already working then; the booth needs {need}",
    (1, False): "only {count} interpreter with {language} A free on {when}; the booth needs {need}",
    (1, True): "only {count} interpreter with {language} A free on {when}: {busy} already working then; the booth"
               " needs {need}",
    (2, False): "only {count} interpreters with {language} A free on {when}; the booth needs {need}",
    (2, True): "only {count} interpreters with {language} A free on {when}: {busy} already working then; the booth"
               " needs {need}",
}


# --------------------------------------------------------------------------
# Applying a result, manual edits
# --------------------------------------------------------------------------


def _stored(s: Any) -> dict[tuple[int, int], InterpreterAssignment]:
    return {(a.session_id, a.interpreter_id): a for a in s.scalars(select(InterpreterAssignment))}


def apply(db: Database, result: RosterResult, actor: Actor | None = None) -> int:
    """Write ``result`` in one transaction with one audit entry; returns the number of changes.

    Refuses (:class:`StaleRosterError`) when the assignments changed since it was computed.
    """
    actor = actor or Actor()
    from ..foundation.backups import auto_backup

    auto_backup(db, "interpreter-roster")  # a bulk write: keep the roster as it was
    with db.session() as s:
        rows = _stored(s)
        current = [Assignment(a.session_id, a.booth_language, a.interpreter_id, bool(a.locked)) for a in rows.values()]
        if _fingerprint(current) != result.base:
            raise StaleRosterError(Text("The interpreter assignments changed since this roster was computed;"
                                        " compute the roster again."))
        wanted = {(a.session_id, a.interpreter_id): a for a in result.assignments}
        for key, row in rows.items():
            if key not in wanted:
                s.delete(row)
        s.flush()
        now = utcnow()
        for key, a in wanted.items():
            row = rows.get(key)
            if row is None:
                s.add(InterpreterAssignment(session_id=a.session_id, booth_language=a.booth_language,
                                            interpreter_id=a.interpreter_id, locked=a.locked, updated_at=now))
            elif row.booth_language != a.booth_language or bool(row.locked) != a.locked:
                row.booth_language, row.locked, row.updated_at = a.booth_language, a.locked, now
        record(s, actor, "interpreter roster", "interpreter_assignment", None,
               summary=f"Interpreter roster applied: {len(result.assignments)} assignments, "
                       f"{len(result.unstaffed)} booths unstaffed, {len(result.changes)} changes",
               changes={"changes": [c.describe() for c in result.changes],
                        "unstaffed": [f"{u.session_code} {u.booth_language}: {u.reason}" for u in result.unstaffed],
                        "cost": result.cost, "optimal": result.optimal})
    return len(result.changes)


def _session_row(s: Any, session_id: int) -> Session:
    row = s.get(Session, session_id)
    if row is None:
        raise InterpreterError(Text("No programme session with id {id}.", id=str(session_id)))
    return row


def _interpreter_row(s: Any, interpreter_id: int) -> Interpreter:
    row = s.get(Interpreter, interpreter_id)
    if row is None:
        raise InterpreterError(Text("No interpreter with id {id}.", id=str(interpreter_id)))
    return row


PERSONAL_RULES = ("direction", "c_into_b", "no_source", "overlap", "rest", "daily_limit", "availability",
                  "two_booths", "unknown")


def assign(db: Database, session_id: int, booth_language: str, interpreter_id: int, actor: Actor | None = None,
           *, lock: bool = True, force: bool = False) -> list[Violation]:
    """Put an interpreter in a booth (moving them from another booth of the same session).

    Refused (:class:`AssignmentRefused`) when it would make this interpreter break a rule
    (cannot work into the language, from C into B, not available, two places at once, too
    little rest, over the daily limit) unless ``force``.  Booth-level rules (team strength,
    coverage) are not checked here: a booth is filled one person at a time.  Returns the
    violations of the whole roster after the edit (for the GUI to mark).  ``lock``: re-runs keep it.
    """
    lang = (booth_language or "").strip().lower()
    actor = actor or Actor()
    with db.session() as s:
        session_row = _session_row(s, session_id)
        person = _interpreter_row(s, interpreter_id)
        booths = split_languages(session_row.interpretation)
        if lang not in booths:
            if booths:
                raise InterpreterError(Text("Session {session} has no {booth} booth (its booths: {booths}).",
                                            session=session_row.code, booth=lang.upper() or "(empty)",
                                            booths=", ".join(b.upper() for b in booths)))
            raise InterpreterError(Text("Session {session} has no {booth} booth: it needs no interpretation.",
                                        session=session_row.code, booth=lang.upper() or "(empty)"))
        if session_row.starts_at is None:
            raise InterpreterError(Text("Session {session} has no times yet; schedule it first.",
                                        session=session_row.code))
        problem = _read_problem(s)
        others = [a for a in problem.existing if not (a.session_id == session_id and a.interpreter_id == interpreter_id)]
        new = Assignment(session_id, lang, interpreter_id, lock)
        after = check_roster(problem, others + [new])
        before = {(v.rule, v.message) for v in check_roster(problem, others)}
        added = [v for v in after if (v.rule, v.message) not in before and v.rule in PERSONAL_RULES
                 and interpreter_id in v.interpreter_ids]
        if added and not force:
            raise AssignmentRefused(Text("Not assigned: {violations}",
                                         violations=join([v.message for v in added], " ")), added)
        row = s.scalar(select(InterpreterAssignment).where(InterpreterAssignment.session_id == session_id,
                                                           InterpreterAssignment.interpreter_id == interpreter_id))
        previous = row.booth_language if row else None
        if row is None:
            s.add(InterpreterAssignment(session_id=session_id, booth_language=lang, interpreter_id=interpreter_id,
                                        locked=lock, updated_at=utcnow()))
        else:
            row.booth_language, row.locked, row.updated_at = lang, lock, utcnow()
        name = f"{person.given_name} {person.family_name}".strip()
        record(s, actor, "interpreter assign", "interpreter_assignment", interpreter_id,
               f"{name} assigned to the {lang.upper()} booth of {session_row.code}"
               + (f" (was {previous.upper()})" if previous and previous != lang else "")
               + (" despite: " + " ".join(v.message for v in added) if added else ""),
               {"session_id": session_id, "booth_language": [previous, lang], "locked": lock, "forced": bool(added)})
    return after


def unassign(db: Database, session_id: int, interpreter_id: int, actor: Actor | None = None) -> list[Violation]:
    """Take an interpreter out of the session's booth; returns the roster's violations after it."""
    actor = actor or Actor()
    with db.session() as s:
        session_row = _session_row(s, session_id)
        row = s.scalar(select(InterpreterAssignment).where(InterpreterAssignment.session_id == session_id,
                                                           InterpreterAssignment.interpreter_id == interpreter_id))
        if row is None:
            raise InterpreterError(Text("Interpreter {id} is not assigned to session {session}.",
                                        id=str(interpreter_id), session=session_row.code))
        lang = row.booth_language
        s.delete(row)
        s.flush()
        person = s.get(Interpreter, interpreter_id)
        record(s, actor, "interpreter unassign", "interpreter_assignment", interpreter_id,
               f"{person.given_name} {person.family_name} taken out of the {lang.upper()} booth of {session_row.code}",
               {"session_id": session_id, "booth_language": lang})
        problem = _read_problem(s)
    return check_roster(problem, problem.existing)


def set_locked(db: Database, session_id: int, interpreter_id: int, locked: bool, actor: Actor | None = None) -> None:
    """Lock (re-runs keep it) or unlock one assignment."""
    actor = actor or Actor()
    with db.session() as s:
        session_row = _session_row(s, session_id)
        row = s.scalar(select(InterpreterAssignment).where(InterpreterAssignment.session_id == session_id,
                                                           InterpreterAssignment.interpreter_id == interpreter_id))
        if row is None:
            raise InterpreterError(Text("Interpreter {id} is not assigned to session {session}.",
                                        id=str(interpreter_id), session=session_row.code))
        row.locked, row.updated_at = bool(locked), utcnow()
        record(s, actor, "interpreter lock" if locked else "interpreter unlock", "interpreter_assignment",
               interpreter_id, f"Assignment to {session_row.code} {row.booth_language.upper()} "
               f"{'locked' if locked else 'unlocked'}", {"session_id": session_id, "locked": bool(locked)})


def current_violations(db: Database) -> list[Violation]:
    """The rules broken by the stored roster (and every booth that is not fully staffed is not one)."""
    problem = load_problem(db)
    return check_roster(problem, problem.existing)


# --------------------------------------------------------------------------
# Grids for the GUI
# --------------------------------------------------------------------------


@dataclass
class BoothCell:
    language: str
    interpreters: list[tuple[int, str, bool]]    # (id, name, locked)
    required: int
    status: str                                   # 'empty' | 'short' | 'ok' | 'violation'
    messages: list[str]


@dataclass
class SessionRow:
    session_id: int
    code: str
    title: str
    day: dt.date
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str
    booths: list[BoothCell]


@dataclass
class InterpreterDayRow:
    interpreter_id: int
    name: str
    day: dt.date
    sessions: list[tuple[str, str, dt.datetime, dt.datetime]]   # (code, booth, start, end)
    minutes: int
    cost: float                                                   # rate (+ extra) for the day


@dataclass
class RosterGrid:
    sessions: list[SessionRow]
    interpreter_days: list[InterpreterDayRow]
    days: list[dt.date]
    violations: list[Violation]
    cost: float
    currency: str


def roster_rows(db: Database, lang: str = "en") -> RosterGrid:
    """Sessions × booths with names and status, and per interpreter per day what they work."""
    problem = load_problem(db)
    return _grid(problem, problem.existing, lang)


def _grid(problem: RosterProblem, assignments: list[Assignment], lang: str = "en") -> RosterGrid:
    st = problem.settings
    people = {p.id: p for p in problem.interpreters}
    sessions = {s.id: s for s in problem.sessions}
    violations = check_roster(problem, assignments)
    teams: dict[tuple[int, str], list[Assignment]] = defaultdict(list)
    for a in assignments:
        teams[(a.session_id, a.booth_language)].append(a)
    rows = []
    for s in problem.sessions:
        cells = []
        for b in s.booths:
            team = sorted(teams.get((s.id, b), []), key=lambda a: people[a.interpreter_id].family_name
                          if a.interpreter_id in people else "")
            who = [(a.interpreter_id, people[a.interpreter_id].name if a.interpreter_id in people else "?", a.locked)
                   for a in team]
            retour = any(people[a.interpreter_id].retour_into(b) for a in team if a.interpreter_id in people)
            need = st.team_size(s.minutes, retour)
            msgs = [v.message for v in violations if v.session_id == s.id and v.booth_language == b]
            status = ("empty" if not team else "violation" if any(v.rule != "team_size" for v in violations
                      if v.session_id == s.id and v.booth_language == b) else "short" if len(team) < need else "ok")
            cells.append(BoothCell(b, who, need, status, msgs))
        rows.append(SessionRow(s.id, s.code, s.title_in(lang), s.day, s.starts_at, s.ends_at, s.room, cells))
    per: dict[tuple[int, dt.date], list[tuple[str, str, dt.datetime, dt.datetime]]] = defaultdict(list)
    for a in assignments:
        s = sessions.get(a.session_id)
        if s is not None and a.interpreter_id in people:
            per[(a.interpreter_id, s.day)].append((s.code, a.booth_language, s.starts_at, s.ends_at))
    days_rows = []
    for (pid, day), items in sorted(per.items(), key=lambda kv: (people[kv[0][0]].family_name, kv[0][0], kv[0][1])):
        items.sort(key=lambda t: t[2])
        days_rows.append(InterpreterDayRow(pid, people[pid].name, day, items,
                                           sum(int((e - b).total_seconds() // 60) for _c, _l, b, e in items),
                                           people[pid].rate_per_day(st)))
    return RosterGrid(rows, days_rows, sorted({s.day for s in problem.sessions}), violations,
                      roster_cost(problem, assignments), problem.currency)


# --------------------------------------------------------------------------
# Interpreter records
# --------------------------------------------------------------------------


@dataclass
class InterpreterData:
    """An interpreter as the form edits it (``id`` None for a new one)."""

    family_name: str
    given_name: str = ""
    email: str = ""
    phone: str = ""
    contract: str = "freelance"           # 'freelance' | 'staff'
    is_local: bool = True
    daily_rate: Any = 0                    # number or text; stored with 2 decimals
    currency: str = "USD"
    notes: str = ""
    languages: list[LanguageSkill] = field(default_factory=list)
    id: int | None = None
    unavailable: list[tuple[dt.date, str]] = field(default_factory=list)   # read only (set_availability)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANG = re.compile(r"^[a-z]{2,3}$")


def validate_interpreter(data: InterpreterData) -> dict[str, str]:
    """Field -> message for every problem (empty when the data can be saved)."""
    errors: dict[str, str] = {}
    if not (data.family_name or "").strip():
        errors["family_name"] = Text("The family name is required.")
    elif len(data.family_name.strip()) > 120:
        errors["family_name"] = Text("The family name is longer than {limit} characters.", limit=120)
    if len((data.given_name or "").strip()) > 120:
        errors["given_name"] = Text("The given name is longer than {limit} characters.", limit=120)
    email = (data.email or "").strip()
    if email and (not _EMAIL.match(email) or len(email) > 254):
        errors["email"] = Text("{email} is not an e-mail address.", email=repr(email))
    if len((data.phone or "").strip()) > 40:
        errors["phone"] = Text("The phone number is longer than {limit} characters.", limit=40)
    if data.contract not in {c.value for c in InterpreterContract}:
        errors["contract"] = Text("The contract must be freelance or staff (got {value}).", value=repr(data.contract))
    bad_rate = Text("The daily rate must be an amount of 0 or more (got {value}).", value=repr(data.daily_rate))
    try:
        rate = Decimal(str(data.daily_rate).strip() or "0")
        if not rate.is_finite() or rate < 0 or rate > Decimal("99999999"):
            errors["daily_rate"] = bad_rate
    except (InvalidOperation, ValueError):
        errors["daily_rate"] = bad_rate
    currency = (data.currency or "").strip()
    if not (len(currency) == 3 and currency.isalpha() and currency.isupper()):
        errors["currency"] = Text("The currency must be a three-letter code such as USD (got {value}).",
                                  value=repr(data.currency))
    seen: dict[str, int] = {}
    for n, skill in enumerate(data.languages):
        key = f"languages[{n}]"
        code = (skill.language or "").strip().lower()
        if not _LANG.match(code):
            errors[f"{key}.language"] = Text("{code} is not a language code such as en, fr or es.",
                                             code=repr(skill.language))
            continue
        if code in seen:
            errors[f"{key}.language"] = Text("{language} is listed twice (rows {first} and {second}).",
                                             language=language_name(code), first=seen[code] + 1, second=n + 1)
        seen[code] = n
        if skill.language_class not in {c.value for c in LanguageClass}:
            errors[f"{key}.language_class"] = Text("The class of {language} must be A, B or C (got {value}).",
                                                   language=language_name(code), value=repr(skill.language_class))
        elif skill.retour and skill.language_class != "B":
            errors[f"{key}.retour"] = Text("Retour applies only to a B language: {language} is {cls}.",
                                           language=language_name(code), cls=skill.language_class)
    if "languages" not in errors and not any(k.startswith("languages[") for k in errors):
        classes = [s.language_class for s in data.languages]
        if not data.languages:
            errors["languages"] = Text("Add the interpreter's languages: at least one A and one other language.")
        elif "A" not in classes:
            errors["languages"] = Text("At least one language must be an A (mother tongue).")
        elif len(data.languages) < 2:
            errors["languages"] = Text("An interpreter needs at least two languages (one A and a B or C to work"
                                       " from).")
    return errors


def _data_of(i: Interpreter, unavailable: list[tuple[dt.date, str]]) -> InterpreterData:
    return InterpreterData(
        id=i.id, family_name=i.family_name, given_name=i.given_name or "", email=i.email or "",
        phone=i.phone or "", contract=i.contract.value, is_local=bool(i.is_local),
        daily_rate=float(i.daily_rate or 0), currency=i.currency or "USD", notes=i.notes or "",
        languages=[LanguageSkill(lang.language, lang.language_class.value, bool(lang.retour))
                   for lang in sorted(i.languages, key=lambda lang: ("ABC".index(lang.language_class.value), lang.language))],
        unavailable=sorted(unavailable))


def get_interpreter(db: Database, interpreter_id: int) -> InterpreterData:
    with db.session() as s:
        row = _interpreter_row(s, interpreter_id)
        off = [(a.day, a.half) for a in s.scalars(select(InterpreterAvailability).where(
            InterpreterAvailability.interpreter_id == interpreter_id, InterpreterAvailability.available.is_(False)))]
        return _data_of(row, off)


def save_interpreter(db: Database, data: InterpreterData, actor: Actor | None = None) -> int:
    """Create (``data.id`` None) or update an interpreter with their languages; returns the id.

    Raises :class:`InterpreterValidationError` with a message per field.
    """
    errors = validate_interpreter(data)
    if errors:
        raise InterpreterValidationError(errors)
    actor = actor or Actor()
    values = {"family_name": data.family_name.strip(), "given_name": (data.given_name or "").strip(),
              "email": (data.email or "").strip(), "phone": (data.phone or "").strip(),
              "contract": InterpreterContract(data.contract), "is_local": bool(data.is_local),
              "daily_rate": Decimal(str(data.daily_rate).strip() or "0").quantize(Decimal("0.01")),
              "currency": data.currency.strip(), "notes": data.notes or ""}
    with db.session() as s:
        if data.id is None:
            row = Interpreter(**values)
            s.add(row)
            before: dict[str, Any] = {}
        else:
            row = _interpreter_row(s, data.id)
            before = asdict(_data_of(row, []))
            for k, v in values.items():
                setattr(row, k, v)
        wanted = {sk.language.strip().lower(): sk for sk in data.languages}
        for lang in list(row.languages):
            if lang.language not in wanted:
                row.languages.remove(lang)
        have = {lang.language: lang for lang in row.languages}
        for code, sk in wanted.items():
            lang = have.get(code)
            if lang is None:
                row.languages.append(InterpreterLanguage(language=code, language_class=LanguageClass(sk.language_class),
                                                         retour=bool(sk.retour)))
            else:
                lang.language_class, lang.retour = LanguageClass(sk.language_class), bool(sk.retour)
        s.flush()
        after = asdict(_data_of(row, []))
        changed = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v and k != "unavailable"}
        record(s, actor, "interpreter create" if data.id is None else "interpreter edit", "interpreter", row.id,
               f"Interpreter {values['given_name']} {values['family_name']} "
               f"{'created' if data.id is None else 'edited'}", changed)
        return row.id


def delete_interpreter(db: Database, interpreter_id: int, actor: Actor | None = None) -> int:
    """Delete an interpreter (their assignments and availability go too); returns assignments removed."""
    actor = actor or Actor()
    with db.session() as s:
        row = _interpreter_row(s, interpreter_id)
        rows = list(s.scalars(select(InterpreterAssignment).where(InterpreterAssignment.interpreter_id == interpreter_id)))
        codes = {sess.id: sess.code for sess in s.scalars(select(Session).where(Session.id.in_([r.session_id for r in rows])))}
        removed = [f"{codes.get(r.session_id, r.session_id)} {r.booth_language}" for r in rows]
        for r in rows:
            s.delete(r)
        s.execute(delete(InterpreterAvailability).where(InterpreterAvailability.interpreter_id == interpreter_id))
        name = f"{row.given_name} {row.family_name}".strip()
        s.delete(row)
        record(s, actor, "interpreter delete", "interpreter", interpreter_id,
               f"Interpreter {name} deleted ({len(rows)} assignments removed)", {"assignments": removed})
        return len(rows)


def set_availability(db: Database, interpreter_id: int,
                     availability: Mapping[tuple[dt.date, str], bool] | Iterable[tuple[dt.date, str, bool]],
                     actor: Actor | None = None) -> None:
    """Replace the interpreter's availability rows.

    ``{(day, 'am'|'pm'): available}`` (or triples).  Half-days not given are available;
    an empty mapping makes the interpreter available always.
    """
    items = list(availability.items()) if isinstance(availability, Mapping) else [((d, h), v) for d, h, v in availability]
    actor = actor or Actor()
    with db.session() as s:
        row = _interpreter_row(s, interpreter_id)
        conf = s.scalar(select(Conference).limit(1))
        cleaned: dict[tuple[dt.date, str], bool] = {}
        for (day, half), value in items:
            if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                raise InterpreterError(Text("Availability of {name}: {day} is not a date.", name=row.family_name,
                                            day=repr(day)))
            if half not in ("am", "pm"):
                raise InterpreterError(Text("Availability of {name} on {day}: half must be 'am' or 'pm' (got"
                                            " {half}).", name=row.family_name, day=day, half=repr(half)))
            if conf is not None and not conf.arrival_date <= day <= conf.departure_date:
                raise InterpreterError(Text("Availability of {name}: {day} is outside the conference"
                                            " ({first}..{last}).", name=row.family_name, day=day,
                                            first=conf.arrival_date, last=conf.departure_date))
            cleaned[(day, half)] = bool(value)
        s.execute(delete(InterpreterAvailability).where(InterpreterAvailability.interpreter_id == interpreter_id))
        for (day, half), value in sorted(cleaned.items()):
            s.add(InterpreterAvailability(interpreter_id=interpreter_id, day=day, half=half, available=value))
        off = sorted(f"{d} {h}" for (d, h), v in cleaned.items() if not v)
        record(s, actor, "interpreter availability", "interpreter", interpreter_id,
               f"Availability of {row.given_name} {row.family_name}: "
               f"{'not available ' + ', '.join(off) if off else 'available always'}", {"unavailable": off})


@dataclass
class InterpreterSummary:
    id: int
    name: str
    family_name: str
    given_name: str
    email: str
    phone: str
    contract: str
    is_local: bool
    daily_rate: float
    currency: str
    profile: str                   # "EN A, FR B (retour), ES C"
    unavailable: list[str]         # ["2015-09-29 pm"]
    sessions: int                  # assignments in the current roster
    days: int                      # days worked in the current roster


def list_interpreters(db: Database) -> list[InterpreterSummary]:
    problem = load_problem(db)
    sessions = {s.id: s for s in problem.sessions}
    count: Counter[int] = Counter()
    days: dict[int, set[dt.date]] = defaultdict(set)
    for a in problem.existing:
        count[a.interpreter_id] += 1
        if a.session_id in sessions:
            days[a.interpreter_id].add(sessions[a.session_id].day)
    with db.session() as s:
        extra = {i.id: (i.email or "", i.phone or "") for i in s.scalars(select(Interpreter))}
    return [InterpreterSummary(p.id, p.name, p.family_name, p.given_name, extra[p.id][0], extra[p.id][1], p.contract,
                               p.is_local, p.daily_rate, p.currency, p.profile_text(),
                               sorted(f"{d.isoformat()} {h}" for d, h in p.unavailable), count[p.id], len(days[p.id]))
            for p in problem.interpreters]


def interpreter_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Interpreter)) or 0


# --------------------------------------------------------------------------
# Data for documents: schedules, booth sheets, cost
# --------------------------------------------------------------------------


@dataclass
class ScheduleEntry:
    session_id: int
    session_code: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str
    booth_language: str
    partners: list[str]          # the others in the same booth


@dataclass
class InterpreterSchedule:
    interpreter_id: int
    name: str
    profile: str
    email: str
    phone: str
    is_local: bool
    entries: list[ScheduleEntry]

    @property
    def days(self) -> list[dt.date]:
        return sorted({e.starts_at.date() for e in self.entries})


def interpreter_schedules(db: Database, interpreter_id: int | None = None, lang: str = "en"
                          ) -> list[InterpreterSchedule]:
    """Per interpreter (all, or one), their sessions in order with room, booth and partners."""
    problem = load_problem(db)
    if interpreter_id is not None and problem.interpreter(interpreter_id) is None:
        raise InterpreterError(Text("No interpreter with id {id}.", id=str(interpreter_id)))
    with db.session() as s:
        contact = {i.id: (i.email or "", i.phone or "") for i in s.scalars(select(Interpreter))}
    sessions = {s.id: s for s in problem.sessions}
    people = {p.id: p for p in problem.interpreters}
    teams: dict[tuple[int, str], list[int]] = defaultdict(list)
    for a in problem.existing:
        teams[(a.session_id, a.booth_language)].append(a.interpreter_id)
    out = []
    for p in problem.interpreters:
        if interpreter_id is not None and p.id != interpreter_id:
            continue
        entries = []
        for a in problem.existing:
            if a.interpreter_id != p.id or a.session_id not in sessions:
                continue
            s = sessions[a.session_id]
            partners = [people[q].name for q in teams[(s.id, a.booth_language)] if q != p.id and q in people]
            entries.append(ScheduleEntry(s.id, s.code, s.title_in(lang), s.starts_at, s.ends_at, s.room,
                                         a.booth_language, sorted(partners)))
        entries.sort(key=lambda e: e.starts_at)
        out.append(InterpreterSchedule(p.id, p.name, p.profile_text(), *contact.get(p.id, ("", "")), p.is_local,
                                       entries))
    return out


@dataclass
class BoothSheetRow:
    session_id: int
    session_code: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str
    booth_language: str
    floor: list[str]
    interpreters: list[str]
    required: int
    relay: list[str]             # "ES via FR" when a source is taken on relay
    status: str                  # 'ok' | 'short' | 'empty' | 'violation'


@dataclass
class BoothSheetDay:
    day: dt.date
    rows: list[BoothSheetRow]


def booth_sheets(db: Database, day: dt.date | None = None, lang: str = "en") -> list[BoothSheetDay]:
    """Per day, every booth with its team (for the chief interpreter and the technicians)."""
    problem = load_problem(db)
    grid = _grid(problem, problem.existing, lang)
    people = {p.id: p for p in problem.interpreters}
    sessions = {s.id: s for s in problem.sessions}
    teams: dict[tuple[int, str], list[InterpreterProfile]] = defaultdict(list)
    for a in problem.existing:
        if a.interpreter_id in people:
            teams[(a.session_id, a.booth_language)].append(people[a.interpreter_id])
    days: dict[dt.date, list[BoothSheetRow]] = defaultdict(list)
    for row in grid.sessions:
        if day is not None and row.day != day:
            continue
        s = sessions[row.session_id]
        for cell in row.booths:
            relay = []
            team = teams.get((s.id, cell.language), [])
            for src in s.sources(cell.language):
                if team and not any(src in p.sources_into(cell.language) for p in team):
                    pivots = [o for o in s.booths if o not in (cell.language, src)
                              and any(src in q.sources_into(o) for q in teams.get((s.id, o), []))
                              and any(o in p.sources_into(cell.language) for p in team)]
                    relay.append(f"{src.upper()} via {'/'.join(x.upper() for x in pivots) or '?'}")
            days[row.day].append(BoothSheetRow(s.id, s.code, row.title, s.starts_at, s.ends_at, s.room, cell.language,
                                               list(s.floor), [n for _i, n, _l in cell.interpreters], cell.required,
                                               relay, cell.status))
    if day is not None and day not in days:
        raise InterpreterError(Text("No session with interpretation on {day}.", day=day))
    return [BoothSheetDay(d, rows) for d, rows in sorted(days.items())]


@dataclass
class CostRow:
    interpreter_id: int
    name: str
    is_local: bool
    contract: str
    days: list[dt.date]
    sessions: int
    daily_rate: float
    extra_per_day: float        # non-local per diem etc.
    total: float


@dataclass
class CostSummary:
    rows: list[CostRow]
    total: float
    currency: str
    local_total: float
    non_local_total: float

    def as_dict(self) -> dict[str, Any]:
        return {"currency": self.currency, "total": self.total, "local_total": self.local_total,
                "non_local_total": self.non_local_total,
                "interpreters": [{**asdict(r), "days": [d.isoformat() for d in r.days]} for r in self.rows]}


def cost_summary(db: Database) -> CostSummary:
    """What the stored roster costs: per interpreter days worked × (daily rate + non-local extra)."""
    problem = load_problem(db)
    st = problem.settings
    sessions = {s.id: s for s in problem.sessions}
    days: dict[int, set[dt.date]] = defaultdict(set)
    count: Counter[int] = Counter()
    for a in problem.existing:
        if a.session_id in sessions:
            days[a.interpreter_id].add(sessions[a.session_id].day)
            count[a.interpreter_id] += 1
    rows = []
    for p in problem.interpreters:
        if p.id not in days:
            continue
        extra = 0.0 if p.is_local else float(st.non_local_daily_extra)
        rows.append(CostRow(p.id, p.name, p.is_local, p.contract, sorted(days[p.id]), count[p.id],
                            float(p.daily_rate), extra, round(len(days[p.id]) * (p.daily_rate + extra), 2)))
    total = round(sum(r.total for r in rows), 2)
    local = round(sum(r.total for r in rows if r.is_local), 2)
    return CostSummary(rows, total, problem.currency, local, round(total - local, 2))


