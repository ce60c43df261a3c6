"""Ground transport on a conference database: legs from registration, plans stored as runs.

The planner (:mod:`.planner`) knows no database; this module is its face for the
CLI, the Transport screen and the documents:

- legs come from the participants' flights (migration 0012: ``arrival_flight``,
  ``arrival_time``, ``arrival_terminal`` on ``arrival_date``, the same for the
  departure, ``own_transport``), the hotel from their room assignment (else their
  preferred hotel), ``by_car`` for heads of delegation and protocol guests;
- the rules are a JSON setting (``transport/rules``) with the ICLC 2015 defaults;
- a plan is stored as ``transport_run`` / ``transport_seat`` rows in one
  transaction with its audit entry; a re-plan starts from the stored runs (guests
  keep their runs where they can) and keeps the locked ones as they are;
- a manual move is checked against the run's seats, hold and the guest's waiting
  window before it is written.

Every guest with a flight is on a run or listed by :func:`uncovered` with the reason
(``coverage``: the whole list, or the screen's first rows and the exact count).

Decisions (details in the modules named):

- ``by_car`` (``guests``): heads of delegation (category ``head`` or the delegation's
  ``head_id``), each alone in a car; and protocol guests, the categories ranked before
  heads of delegation (``Category.priority`` lower than the ``head`` category's: none in
  the ICLC 2015 set-up, where mayors rank with heads but share vans), sharing a car only
  with their delegation's protocol guests on the same flight.
- Shuttle days (``days``): each day with sessions, from its first start to its last end;
  evening events are sessions from 18:00 in a room whose location starts with
  "Off-site"; guests per hotel from the room assignments (else the hotel asked for).
- Luggage: one bag per guest (registration does not ask).
- Stored runs keep their row while the planner keeps their code, so a re-plan changes
  (and stamps) only the runs that change; locked runs, shuttles too, stay as they are.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text, join
from ..foundation.models import (
    Participant,
    ParticipantStatus,
    Setting,
    TransportRun,
    TransportSeat,
    utcnow,
)
from .days import shuttle_days
from .coverage import (  # noqa: F401 - the face of transport re-exports who is on no run
    UNCOVERED_KEY,
    UNCOVERED_PAGE,
    UncoveredPage,
    UncoveredRow,
    encode,
    flight_key,
    sorted_rows,
    uncovered,
    uncovered_page,
    uncovered_row,
)
from .fit import fit_problem, kind_problem
from .guests import KINDS, LUGGAGE, Guest, legs_of, read_guests
from .planner import plan_transport
from .settings import SETTINGS_KEY, rules_from_dict, rules_from_json, rules_to_dict, rules_to_json
from .types import Plan, Rules, Run, Unplaced, hour_slot

ProgressCallback = Callable[[int, int], "bool | None"]


class TransportError(ConferenceDeskError):
    """A transport change that cannot be made (the message says why); nothing was written."""


@dataclass(frozen=True)
class PassengerRow:
    """One guest on a stored run, with what a driver's manifest and the screen show."""

    participant_id: int
    name: str  # as listed (Latin form, original script beside it)
    delegation: str  # in the interface language
    flight: str  # "AM 401", "" for a shuttle
    flight_at: dt.datetime | None  # landing or take-off, local time
    terminal: str  # "T1" | "T2" | ""
    hotel: str
    luggage: int
    phone: str  # the guest's phone as registered ("" when the caller may not see it)
    by_car: bool


@dataclass(frozen=True)
class RunRow:
    """One stored run (``transport_run``) and who rides it."""

    id: int
    code: str  # what drivers read: the planner's run id
    kind: str  # "arrival" | "departure" | "shuttle"
    vehicle: str  # "car" | "van" | "coach"
    seats: int
    departs_at: dt.datetime
    from_place: str
    to_place: str
    riders: int
    luggage: int
    locked: bool
    passengers: list[PassengerRow] = field(default_factory=list)


@dataclass
class TransportPlan:
    """A plan made and not yet stored: what :func:`apply_plan` writes, what ``transport plan --json`` prints.

    ``base`` is the fingerprint of the stored runs the plan started from (:func:`make_plan` sets it);
    :func:`apply_plan` refuses the plan when the stored runs no longer match it (None: not checked).
    """

    plan: Plan
    uncovered: list[UncoveredRow]  # own arrangement, no hotel, a flight that does not validate, unplaced
    base: tuple[Any, ...] | None = None

    def to_json(self) -> dict:
        """The planner's JSON with every uncovered guest in ``unplaced`` (participant, reason)."""
        data = self.plan.to_json()
        data["unplaced"] = [{"participant": u.participant_id, "reason": str(_with_flight(u))} for u in self.uncovered]
        return data


def _with_flight(row: UncoveredRow) -> Text:
    """"arrival AF 178: Own arrangement": the reason with the leg it is about (a guest may have two)."""
    return Text("{kind} {flight}: {reason}", kind=Text(row.kind), flight=row.flight, reason=row.reason)


# --------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------


def load_rules(db: Database) -> Rules:
    """The transport rules of this conference (the ICLC 2015 defaults until an organiser changes them)."""
    with db.session() as s:
        row = s.get(Setting, SETTINGS_KEY)
        return rules_from_json(row.value if row is not None else None)


def save_rules(db: Database, rules: Rules, actor: Actor | None = None) -> None:
    """Store ``rules`` (audited)."""
    checked, problems = rules_from_dict(rules_to_dict(rules))
    if problems:
        raise TransportError(Text("The transport rules were not saved: {problems}", problems=join(problems)))
    data = rules_to_dict(checked)
    with db.session() as s:
        row = s.get(Setting, SETTINGS_KEY)
        before = rules_to_dict(rules_from_json(row.value if row is not None else None))
        if row is None:
            s.add(Setting(key=SETTINGS_KEY, value=rules_to_json(checked), updated_at=utcnow()))
        else:
            row.value, row.updated_at = rules_to_json(checked), utcnow()
        changed = {k: [before.get(k), v] for k, v in data.items() if before.get(k) != v}
        record(s, actor or Actor(), "transport rules", "setting", None,
               f"Transport rules changed ({', '.join(sorted(changed)) or 'no change'})", changed)


# --------------------------------------------------------------------------
# Planning and storing a plan
# --------------------------------------------------------------------------


def _stored(s: OrmSession) -> list[TransportRun]:
    return list(s.scalars(select(TransportRun).options(selectinload(TransportRun.passengers))
                          .order_by(TransportRun.departs_at, TransportRun.code)))


def _fingerprint(rows: list[TransportRun]) -> tuple[Any, ...]:
    """What a plan started from: every stored run as it is, with its passengers."""
    return tuple(sorted(
        (r.id, r.code, r.kind, r.vehicle, r.seats, r.departs_at, r.from_place, r.to_place, r.riders, r.luggage,
         bool(r.locked), tuple(sorted((seat.participant_id, seat.kind) for seat in r.passengers)))
        for r in rows))


def _as_run(row: TransportRun) -> Run:
    return Run(id=row.code, kind=row.kind, vehicle=row.vehicle, seats=row.seats,  # type: ignore[arg-type]
               departs_at=row.departs_at, from_=row.from_place, to=row.to_place,
               passengers=sorted(seat.participant_id for seat in row.passengers), riders=row.riders,
               luggage=row.luggage)


def make_plan(db: Database, *, time_limit: float = 10.0, progress: ProgressCallback | None = None,
              lang: str = "en") -> TransportPlan:
    """Plan arrivals, departures and shuttles from the database, starting from the stored runs (not saved).

    ``progress(done, total)`` is called between the steps (read, plan, done); returning ``False``
    stops with a :class:`TransportError` (nothing is written by planning anyway).
    """
    def step(done: int) -> None:
        if progress is not None and progress(done, 3) is False:
            raise TransportError(Text("Planning cancelled; nothing was changed."))

    step(0)
    rules = load_rules(db)
    with db.session() as s:
        guests = read_guests(s, lang)
        stored = _stored(s)
        base = _fingerprint(stored)
        days = shuttle_days(s)
        previous_runs = [_as_run(r) for r in stored]
        locked = {r.code for r in stored if r.locked}
    step(1)
    legs, blocked = legs_of(guests.values())
    previous = (Plan(previous_runs, [], len(previous_runs), len(previous_runs), 0, True)
                if previous_runs else None)
    plan = plan_transport(legs, rules, previous=previous, locked=locked, shuttle_days=days,
                          time_limit=time_limit)
    _keep_locked_shuttles(plan, [r for r in previous_runs if r.id in locked and r.kind == "shuttle"])
    step(2)
    rows = [uncovered_row(guest, kind, reason) for guest, kind, reason in blocked]
    for u in plan.unplaced:
        guest = guests[u.participant]
        for kind in _kinds_of(u, guest, plan):
            reason = u.reason.values.get("reason", u.reason) if isinstance(u.reason, Text) else u.reason
            if not isinstance(reason, Text):
                reason = Text("{reason}", reason=str(reason))
            rows.append(uncovered_row(guest, kind, reason))
    step(3)
    return TransportPlan(plan, sorted_rows(rows), base=base)


def _kinds_of(u: Unplaced, guest: Guest, plan: Plan) -> list[str]:
    """The leg(s) an unplaced entry is about: the kind its reason names, else every planned leg on no run."""
    kind = str(u.reason.values.get("kind", "")) if isinstance(u.reason, Text) else ""
    if kind in KINDS:
        return [kind]
    return [k for k in KINDS if guest.leg(k) is not None and plan.run_of(guest.participant_id, k) is None]


def _keep_locked_shuttles(plan: Plan, locked: list[Run]) -> None:
    """A locked shuttle stays as it is: it replaces the new plan's shuttle of the same id, or is added."""
    if not locked:
        return
    ids = {r.id for r in locked}
    before = len(plan.runs)
    plan.runs = sorted([r for r in plan.runs if r.id not in ids] + locked,
                       key=lambda r: (r.departs_at, r.kind, r.from_, r.to, r.id))
    plan.vehicle_runs += len(plan.runs) - before
    plan.greedy_vehicle_runs += len(plan.runs) - before


def apply_plan(db: Database, plan: TransportPlan, actor: Actor | None = None) -> int:
    """Replace the stored runs that are not locked by ``plan``'s, in one transaction with an audit entry.

    Returns the number of runs stored.  Raises :class:`TransportError` when the stored runs
    changed since the plan was made (another desk planned meanwhile).

    A run that keeps its id (the planner keeps a run's id when the same guests still ride it)
    is updated in place, so its row, its id and its ``updated_at`` change only when the run does.
    """
    actor = actor or Actor()
    from ..foundation.backups import auto_backup

    auto_backup(db, "transport-plan")  # a bulk write: keep the runs the drivers have as they were
    with db.session() as s:
        stored = _stored(s)
        if plan.base is not None and _fingerprint(stored) != plan.base:
            raise TransportError(Text("The stored runs changed since this plan was made; plan the transport again."))
        runs = plan.plan.runs
        planned = {r.id for r in runs}
        wanted = {(p, r.kind): r.id for r in runs if r.kind != "shuttle" for p in r.passengers}
        by_code = {r.code: r for r in stored}
        removed = [r for r in stored if r.code not in planned and not r.locked]
        for row in removed:
            s.delete(row)
        touched: set[str] = set()
        for row in stored:
            if row in removed:
                continue
            kept = row.code not in planned  # a locked run the plan does not name: only who rides elsewhere leaves
            for seat in list(row.passengers):
                goes = wanted.get((seat.participant_id, seat.kind))
                if goes != row.code and (goes is not None or not kept):
                    row.passengers.remove(seat)  # deleted (orphan): free the guest for their new run
                    touched.add(row.code)
                    if kept and row.kind != "shuttle":
                        row.riders, row.luggage = max(row.riders - 1, 0), max(row.luggage - LUGGAGE, 0)
        s.flush()
        added: list[str] = []
        for run in runs:
            row = by_code.get(run.id)
            if row is None:
                row = TransportRun(code=run.id, locked=False)
                s.add(row)
                added.append(run.id)
            elif row.locked and row.kind == "shuttle":
                continue
            values = {"kind": run.kind, "vehicle": run.vehicle, "seats": run.seats, "departs_at": run.departs_at,
                      "from_place": run.from_, "to_place": run.to,
                      "riders": run.riders if run.kind == "shuttle" else len(run.passengers),
                      "luggage": run.luggage}
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
                    touched.add(run.id)
            have = {seat.participant_id for seat in row.passengers}
            for pid in run.passengers:
                if pid not in have:
                    row.passengers.append(TransportSeat(participant_id=pid, kind=run.kind))
                    touched.add(run.id)
        row = s.get(Setting, UNCOVERED_KEY)
        reasons = json.dumps([{"participant": u.participant_id, "kind": u.kind, "flight": flight_key(u.flight,
                                                                                                   u.flight_at),
                               "reason": encode(u.reason)} for u in plan.uncovered], ensure_ascii=False,
                             sort_keys=True)
        if row is None:
            s.add(Setting(key=UNCOVERED_KEY, value=reasons, updated_at=utcnow()))
        else:
            row.value, row.updated_at = reasons, utcnow()
        changed = sorted(touched - set(added))
        p = plan.plan
        record(s, actor, "transport plan", "transport_run", None,
               summary=f"Transport plan applied: {len(runs)} runs ({len(added)} new, {len(changed)} changed,"
                       f" {len(removed)} removed), {len(plan.uncovered)} flights without a run",
               changes={"added": sorted(added), "changed": changed, "removed": sorted(r.code for r in removed),
                        "uncovered": [[u.participant_id, u.kind] for u in plan.uncovered],
                        "vehicle_runs": p.vehicle_runs, "greedy_vehicle_runs": p.greedy_vehicle_runs,
                        "optimal": p.optimal, "gap": p.gap})
    return len(runs)


# --------------------------------------------------------------------------
# Reading the stored runs
# --------------------------------------------------------------------------


_RUN_COLUMNS = (TransportRun.id, TransportRun.code, TransportRun.kind, TransportRun.vehicle, TransportRun.seats,
                TransportRun.departs_at, TransportRun.from_place, TransportRun.to_place, TransportRun.riders,
                TransportRun.luggage, TransportRun.locked)


def stored_runs(db: Database, day: dt.date | None = None, kind: str | None = None,
                lang: str = "en", phones: bool = True, passengers: bool = True) -> list[RunRow]:
    """The stored runs (of one day and kind if asked), by departure time, with their passengers.

    ``phones=False`` leaves the guests' phones out (a caller who may not see them).
    ``passengers=False``: the runs alone, their ``passengers`` empty (the Transport screen reads
    a run's with :func:`stored_run` when it is chosen: a plan of 100,000 guests seats 143,000 on
    17,000 runs).  Read as plain columns, not ORM objects.
    """
    where: list[Any] = []
    if day is not None:
        start = dt.datetime.combine(day, dt.time())
        where += [TransportRun.departs_at >= start, TransportRun.departs_at < start + dt.timedelta(days=1)]
    if kind is not None:
        where.append(TransportRun.kind == kind)
    with db.session() as s:
        runs = list(s.execute(select(*_RUN_COLUMNS).where(*where)
                              .order_by(TransportRun.departs_at, TransportRun.code)))
        seats = (list(s.execute(select(TransportSeat.run_id, TransportSeat.participant_id, TransportSeat.kind)
                                .join(TransportRun, TransportRun.id == TransportSeat.run_id).where(*where)))
                 if passengers else [])
        return _run_rows(s, runs, seats, lang, phones)


def stored_run(db: Database, run_id: int, lang: str = "en", phones: bool = True) -> RunRow:
    """One stored run with its passengers (:class:`TransportError` when there is none)."""
    with db.session() as s:
        runs = list(s.execute(select(*_RUN_COLUMNS).where(TransportRun.id == run_id)))
        if not runs:
            raise TransportError(Text("No run {run}.", run=str(run_id)))
        seats = list(s.execute(select(TransportSeat.run_id, TransportSeat.participant_id, TransportSeat.kind)
                               .where(TransportSeat.run_id == run_id)))
        return _run_rows(s, runs, seats, lang, phones)[0]


def _run_rows(s: OrmSession, runs: list[Any], seats: list[Any], lang: str, phones: bool) -> list[RunRow]:
    """RunRows of ``runs`` (the columns of ``_RUN_COLUMNS``) with the passengers ``seats`` (run, guest, kind) name."""
    guests = read_guests(s, lang, {pid for _run, pid, _kind in seats})
    riding: dict[int, list[PassengerRow]] = {}
    for run_id, pid, kind in seats:
        if pid in guests:
            riding.setdefault(run_id, []).append(_passenger(guests[pid], kind, phones))
    return [RunRow(*r[:10], bool(r[10]), sorted(riding.get(r[0], []),
                                                 key=lambda p: (p.delegation, p.name, p.participant_id)))
            for r in runs]


def _passenger(guest: Guest, kind: str, phones: bool) -> PassengerRow:
    flight = guest.flights.get(kind)
    return PassengerRow(guest.participant_id, guest.name, guest.delegation, flight.number if flight else "",
                        flight.at if flight else None, flight.terminal if flight else "", guest.hotel, LUGGAGE,
                        guest.phone if phones else "", guest.by_car)


# --------------------------------------------------------------------------
# Changing stored runs by hand
# --------------------------------------------------------------------------


def find_run(db: Database, run: str | int) -> int:
    """The id of the stored run ``run`` names: its id, or its code as drivers read it."""
    with db.session() as s:
        text = str(run).strip()
        row = s.get(TransportRun, int(text)) if text.isdigit() and int(text) < 2**31 else None
        if row is None:
            row = s.scalar(select(TransportRun).where(TransportRun.code == text))
        if row is None:
            raise TransportError(Text("No run {run}.", run=text))
        return row.id


def move_passenger(db: Database, participant_id: int, kind: str, run_id: int, actor: Actor | None = None) -> str:
    """Put the guest's ``kind`` leg on run ``run_id`` (off any other), checked first; returns the guest's
    name as listed (the screen says who moved without having read every run's passengers).

    Refused with a :class:`TransportError` naming the reason when the run is full (seats or
    hold), leaves before the guest is ready or after the waiting limit (arrival), does not
    reach the airport by the margin before the flight (departure), goes to another terminal
    or hotel, or is a shuttle.

    The run the guest leaves loses them; left with nobody and not locked, it is removed
    (no vehicle is sent for nobody).
    """
    rules = load_rules(db)
    with db.session() as s:
        run = s.get(TransportRun, run_id)
        if run is None:
            raise TransportError(Text("No run {run}.", run=str(run_id)))
        if kind not in KINDS:
            raise TransportError(Text("Unknown kind of leg {value}: arrival or departure.", value=kind))
        guest = read_guests(s, "en", [participant_id]).get(participant_id)
        if guest is None:
            raise TransportError(Text("No participant #{id}.", id=participant_id))

        def refuse(reason: Text) -> TransportError:
            return TransportError(Text("Cannot put {name} on run {run}: {reason}", name=guest.name, run=run.code,
                                       reason=reason))

        problem = kind_problem(run.kind, kind)
        if problem is not None:
            raise refuse(problem)
        if guest.cancelled:
            raise refuse(Text("the registration is cancelled."))
        if kind not in guest.flights:
            raise refuse(Text("no arrival flight is registered.") if kind == "arrival"
                         else Text("no departure flight is registered."))
        blocked = guest.blocked(kind)
        if blocked is not None:
            raise refuse(blocked)
        leg = guest.leg(kind)
        assert leg is not None
        problem = fit_problem(leg, run.departs_at, run.from_place, run.to_place, rules)
        if problem is not None:
            raise refuse(problem)
        seat = s.scalar(select(TransportSeat).where(TransportSeat.participant_id == participant_id,
                                                    TransportSeat.kind == kind))
        if seat is not None and seat.run_id == run.id:
            return guest.name
        if len(run.passengers) + 1 > run.seats:
            raise refuse(Text("it is full ({seats} seats taken).", seats=run.seats))
        try:
            hold = rules.vehicle(run.vehicle).luggage
        except KeyError:
            hold = None
        if hold is not None and run.luggage + LUGGAGE > hold:
            raise refuse(Text("its hold is full ({bags} of {hold} bags).", bags=run.luggage, hold=hold))
        before: TransportRun | None = None
        if seat is None:
            seat = TransportSeat(participant_id=participant_id, kind=kind)
            run.passengers.append(seat)
        else:
            before = seat.run
            seat.run = run  # moves it from the old run's passengers to this one's
            before.riders = max(before.riders - 1, 0)
            before.luggage = max(before.luggage - LUGGAGE, 0)
        run.riders += 1
        run.luggage += LUGGAGE
        emptied = before is not None and not before.passengers and not before.locked
        if emptied:
            assert before is not None
            s.delete(before)
        record(s, actor or Actor(), "transport move", "transport_run", run.id,
               summary=f"{guest.name}: {kind} {leg.flight} on run {run.code}"
                       + (f" (from {before.code})" if before is not None else ""),
               changes={"participant_id": participant_id, "kind": kind,
                        "run": [before.code if before is not None else None, run.code],
                        "removed": before.code if emptied and before is not None else None})
        return guest.name


def lock_run(db: Database, run_id: int, locked: bool = True, actor: Actor | None = None) -> None:
    """Lock (a re-plan keeps it as it is) or unlock a stored run (audited)."""
    with db.session() as s:
        run = s.get(TransportRun, run_id)
        if run is None:
            raise TransportError(Text("No run {run}.", run=str(run_id)))
        if bool(run.locked) == locked:
            return
        run.locked = locked
        record(s, actor or Actor(), "transport lock" if locked else "transport unlock", "transport_run", run.id,
               summary=f"Run {run.code} {'locked' if locked else 'unlocked'}", changes={"locked": [not locked, locked]})


def arrivals_per_hour(db: Database, day: dt.date | None = None) -> list[tuple[dt.datetime, int]]:
    """Guests landing per clock hour (of one day, or every day), for the Transport screen's chart.

    Every guest (not cancelled) whose arrival flight has a date and time counts, own
    arrangements included: the chart shows who lands, the runs show who is met.

    Counted in SQL per landing time (at most a day's minutes a day), then per hour here:
    the chart of 100,000 guests reads a few thousand rows, not the guests.
    """
    P = Participant
    query = (select(P.arrival_date, P.arrival_time, func.count())  # every participant has a category (key)
             .where(P.status != ParticipantStatus.CANCELLED, P.arrival_flight != "", func.trim(P.arrival_flight) != "",
                    P.arrival_date.is_not(None), P.arrival_time.is_not(None))
             .group_by(P.arrival_date, P.arrival_time))
    if day is not None:
        query = query.where(P.arrival_date == day)
    counts: Counter[dt.datetime] = Counter()
    with db.session() as s:
        for date, time, landing in s.execute(query):
            counts[hour_slot(dt.datetime.combine(date, time))] += int(landing)
    return sorted(counts.items())


def transfers_of(db: Database, participant_id: int, lang: str = "en") -> list[str]:
    """The guest's transfers as sentences in ``lang`` (for their agenda and confirmation message).

    One line per stored airport run the guest is on: the arrival (flight, landing, the run and
    when it leaves the meeting point) and the departure (when the run leaves the hotel for which
    flight).  Empty when the guest is on no run.
    """
    with db.session() as s:
        return transfer_lines(s, participant_id, lang)


def transfer_lines(s: OrmSession, participant_id: int, lang: str = "en") -> list[str]:
    """:func:`transfers_of` in an open session (a caller already reading the person)."""
    from ..foundation.documents.strings import long_date, text

    seats = list(s.execute(select(TransportSeat.kind, TransportRun)
                           .join(TransportRun, TransportRun.id == TransportSeat.run_id)
                           .where(TransportSeat.participant_id == participant_id)))
    if not seats:
        return []
    guest = read_guests(s, lang, {participant_id}).get(participant_id)
    lines = []
    for kind, run in sorted(seats, key=lambda item: item[1].departs_at):
        flight = guest.flights.get(kind) if guest is not None else None
        at = flight.at if flight is not None else None
        values = {"date": long_date(run.departs_at.date(), lang), "flight": flight.number if flight else "",
                  "time": f"{at:%H:%M}" if at else "", "terminal": (flight.terminal if flight else "").lstrip("T"),
                  "run": run.code, "leaves": f"{run.departs_at:%H:%M}", "to": run.to_place, "from_": run.from_place}
        lines.append(text(f"tr_transfer_{kind}", lang, **values))
    return lines
