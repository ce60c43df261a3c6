"""Who has a flight and is on no run, and why: the whole list, or a screenful and the exact count.

Before the first plan every guest with a flight is on no run: 167,200 flights on the
100,000-participant benchmark.  :func:`uncovered` lists them all (``transport uncovered
--json``, the complete record); the Transport screen asks :func:`uncovered_page` for the
first :data:`UNCOVERED_PAGE` in its order (by flight time, then name) and the exact count,
and finds anyone else by name (the participants table's word search).

The page reads in proportion to what it lists.  A flight is covered only when the guest has
a seat for it, so every flight without a seat is uncovered: those are counted in SQL and only
the first ones read (with their ties: the names decide among them).  The seated flights are
checked one by one (a run may no longer fit a flight changed after the plan), reading the
seated guests only.  The reason of each listed flight is the one :func:`uncovered` gives.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session as OrmSession

from ..foundation.db import Database
from ..foundation.messages import Text, join
from ..foundation.models import (
    Participant,
    ParticipantStatus,
    Setting,
    TransportRun,
    TransportSeat,
)
from .fit import fit_problem
from .guests import KINDS, Guest, read_guests
from .settings import SETTINGS_KEY, rules_from_json
from .types import Rules
from .validation import validate_legs

# Why the last plan applied left each flight without a run (for :func:`uncovered`).
UNCOVERED_KEY = "transport/uncovered"

# Rows the Transport screen lists at most (a dozen screenfuls: beyond them a clerk searches by name);
# the count is always exact.
UNCOVERED_PAGE = 200

_CHUNK = 500  # ids in one IN (…)
_STALE_CHUNK = 4000  # seated guests checked at a time


@dataclass(frozen=True)
class UncoveredRow:
    """A guest with a flight who is on no run, and why (a sentence the UI translates)."""

    participant_id: int
    name: str
    kind: str  # "arrival" | "departure"
    flight: str
    flight_at: dt.datetime | None
    reason: Text


@dataclass(frozen=True)
class UncoveredPage:
    """The first flights without a run in the screen's order, and how many there are.

    ``total``: every flight without a run (None when not asked for); ``matches``: those of guests the
    search found (``total`` without a search); ``rows``: the first ``limit`` of them by :func:`listed_order`.
    """

    rows: list[UncoveredRow]
    total: int | None
    matches: int
    search: str = ""

    @property
    def more(self) -> bool:
        """True when not every match is listed."""
        return self.matches > len(self.rows)


def listed_order(row: UncoveredRow) -> tuple[Any, ...]:
    """The screen's order: by flight time (flights without one last), then name; the leg and id break ties."""
    return (row.flight_at is None, row.flight_at or dt.datetime.min, row.name, KINDS.index(row.kind),
            row.participant_id)


# --------------------------------------------------------------------------
# The last plan's reasons (stored by ``service.apply_plan``)
# --------------------------------------------------------------------------


def encode(value: Any) -> Any:
    """A :class:`Text` (with the Texts inside it) as JSON, so a stored reason still translates."""
    if isinstance(value, Text):
        return {"t": value.template, "v": {k: encode(v) for k, v in value.values.items()}}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(value)


def decode(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get("t"), str):
        try:
            return Text(value["t"], **{k: decode(v) for k, v in dict(value.get("v") or {}).items()})
        except (KeyError, IndexError, ValueError):
            return value["t"]
    return value


def flight_key(number: str, at: dt.datetime | None) -> str:
    return f"{number} {at.isoformat(timespec='minutes') if at is not None else '-'}"


class LastReasons(dict):  # type: ignore[type-arg]
    """The last plan's reasons; ``planned``: a plan was applied at all (else none is "the last")."""

    planned = True


def last_reasons(s: OrmSession) -> dict[tuple[int, str, str], Text]:
    """(participant, kind, flight and time) -> why the last plan applied left that flight without a run
    (a flight changed since is not what the reason was about)."""
    row = s.get(Setting, UNCOVERED_KEY)
    out = LastReasons()
    out.planned = row is not None
    try:
        items = json.loads(row.value) if row is not None else []
    except ValueError:
        return out
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            reason = decode(item.get("reason"))
            if isinstance(reason, str) and reason:
                out[(int(item.get("participant", 0)), str(item.get("kind", "")), str(item.get("flight", "")))] = (
                    reason if isinstance(reason, Text) else Text("{reason}", reason=reason))
    return out


def uncovered_row(guest: Guest, kind: str, reason: Text) -> UncoveredRow:
    flight = guest.flights[kind]
    return UncoveredRow(guest.participant_id, guest.name, kind, flight.number, flight.at, reason)


def sorted_rows(rows: list[UncoveredRow]) -> list[UncoveredRow]:
    """The CLI's and the plan's order: arrivals first, by flight time, then name."""
    far = dt.datetime.max
    return sorted(rows, key=lambda u: (KINDS.index(u.kind), u.flight_at or far, u.name, u.participant_id))


# --------------------------------------------------------------------------
# One guest's flights
# --------------------------------------------------------------------------


class SeatRun(NamedTuple):
    """The run a guest's seat is on: what :func:`~.fit.fit_problem` checks and the reason names."""

    code: str
    departs_at: dt.datetime
    from_place: str
    to_place: str


def _rules(s: OrmSession) -> Rules:
    row = s.get(Setting, SETTINGS_KEY)
    return rules_from_json(row.value if row is not None else None)


def _seats(s: OrmSession, ids: Sequence[int] | None = None) -> dict[tuple[int, str], SeatRun]:
    """(participant, kind) -> the run of their seat (of ``ids`` only when given): plain columns."""
    query = (select(TransportSeat.participant_id, TransportSeat.kind, TransportRun.code, TransportRun.departs_at,
                    TransportRun.from_place, TransportRun.to_place)
             .join(TransportRun, TransportRun.id == TransportSeat.run_id))
    if ids is None:
        return {(pid, kind): SeatRun(*run) for pid, kind, *run in s.execute(query)}
    out: dict[tuple[int, str], SeatRun] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), _CHUNK):
        out.update(((pid, kind), SeatRun(*run)) for pid, kind, *run in s.execute(
            query.where(TransportSeat.participant_id.in_(wanted[start:start + _CHUNK]))))
    return out


Fits = dict[tuple[Any, ...], "Text | None"]  # (the leg's kind, time, terminal, hotel; the run's) -> fit_problem


def guest_uncovered(guest: Guest, rules: Rules, seats: dict[tuple[int, str], SeatRun],
                    last: dict[tuple[int, str, str], Text], kinds: Iterable[str] = KINDS,
                    fits: Fits | None = None) -> list[UncoveredRow]:
    """The guest's flights (of ``kinds``) that are on no run, or on one that no longer fits, with the reason.

    The reason is the flight's own problem (own arrangement, no date or time, no hotel, a flight
    that does not validate), else the run that no longer fits, else what the last plan applied
    said, else that the flight came after it.  ``fits`` keeps the answers of the runs' checks
    (the guests of one flight on one run ask the same question).
    """
    rows: list[UncoveredRow] = []
    legs: dict[str, Any] | None = None  # kind -> the planner's leg (None: blocked), made once
    problems = None
    for kind in kinds:
        if kind not in guest.flights:
            continue
        reason = guest.blocked(kind)
        if reason is None:
            if legs is None:
                legs = {k: guest.leg(k) for k in KINDS}
                problems = validate_legs(guest.participant_id, [leg for leg in legs.values() if leg is not None],
                                         rules.travel_window, rules.terminals)
            bad = [Text("{field}: {problem}", field=p.field, problem=p.message)
                   for p in problems or () if p.field.partition(".")[0] == kind]
            reason = join(bad) if bad else None
        run = seats.get((guest.participant_id, kind))
        if run is not None and reason is None:
            leg = legs[kind] if legs is not None else None
            assert leg is not None
            key = (kind, leg.at, leg.terminal, leg.hotel, *run[1:])
            if fits is None or key not in fits:
                problem = fit_problem(leg, run.departs_at, run.from_place, run.to_place, rules)
                if fits is not None:
                    fits[key] = problem
            else:
                problem = fits[key]
            if problem is None:
                continue
            reason = Text("Run {run} no longer fits: {problem}", run=run.code, problem=problem)
        if reason is None:
            flight = guest.flights[kind]
            reason = last.get((guest.participant_id, kind, flight_key(flight.number, flight.at))) or (
                Text("Not on a run yet: the flight was registered or changed after the last plan.")
                if getattr(last, "planned", True) else Text("Not on a run yet: no transport plan has been applied."))
        rows.append(uncovered_row(guest, kind, reason))
    return rows


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def uncovered(db: Database, lang: str = "en") -> list[UncoveredRow]:
    """Every guest with a flight who is on no stored run for that flight, with the reason (arrivals first).

    A guest whose stored run no longer fits their flight (it changed after the plan) is
    listed too.  The reason is the flight's own problem (own arrangement, no date or time,
    no hotel, a flight that does not validate), else what the last plan applied said,
    else that the flight came after it.
    """
    with db.session() as s:
        rules = _rules(s)
        guests = read_guests(s, lang)
        seats = _seats(s)
        last = last_reasons(s)
    fits: Fits = {}
    rows = [row for guest in guests.values() for row in guest_uncovered(guest, rules, seats, last, fits=fits)]
    return sorted_rows(rows)


def _flight_columns(kind: str) -> tuple[Any, Any, Any]:
    return (getattr(Participant, f"{kind}_flight"), getattr(Participant, f"{kind}_date"),
            getattr(Participant, f"{kind}_time"))


def _unseated(kind: str, seats: bool) -> list[Any]:
    """Conditions of a guest (not cancelled) with a ``kind`` flight number, as :func:`read_guests` reads them,
    and no seat for it (``seats``: whether any seat is stored at all).

    No join with the category (every participant has one: a foreign key): on SQLite the join walked the
    participants through the category index, twice as slow as reading the table through."""
    flight, _date, _time = _flight_columns(kind)
    where = [Participant.status != ParticipantStatus.CANCELLED, flight != "", func.trim(flight) != ""]
    if seats:
        where.append(~select(TransportSeat.id).where(TransportSeat.participant_id == Participant.id,
                                                     TransportSeat.kind == kind).exists())
    return where


def _unseated_count(s: OrmSession, where: Sequence[Any], seats: bool) -> int:
    """Flights of guests with no seat for them (every one of them is uncovered): one pass over the table."""
    counts = [func.coalesce(func.sum(case((and_(*_unseated(kind, seats)), 1), else_=0)), 0) for kind in KINDS]
    return sum(int(n or 0) for n in s.execute(select(*counts).where(*where)).one())


def _first_unseated(s: OrmSession, where: Sequence[Any], seats: bool, limit: int) -> list[tuple[int, str]]:
    """(participant, kind) of the first ``limit`` flights without a seat by flight time, and every
    flight at the same time as the last of them (among those the names decide)."""
    parts = []
    for kind in KINDS:
        _flight, date, time = _flight_columns(kind)
        parts.append(select(Participant.id.label("pid"), literal(kind).label("kind"), date.label("day"),
                            time.label("clock"), or_(date.is_(None), time.is_(None)).label("undated"))
                     .where(*_unseated(kind, seats), *where))
    legs = union_all(*parts).subquery()
    ordered = select(legs.c.pid, legs.c.kind, legs.c.day, legs.c.clock, legs.c.undated).order_by(
        legs.c.undated, legs.c.day, legs.c.clock, legs.c.pid, legs.c.kind)
    # Twice as many as listed: the ties of the last one listed are among them unless more than ``limit``
    # guests share its minute (only then is the table read again, for twice as many, and so on).

    def when(row: Any) -> tuple[Any, ...]:  # the order's key: the guests without a time tie with each other
        return (True,) if row.undated else (False, row.day, row.clock)

    size = 2 * limit
    while True:
        read = list(s.execute(ordered.limit(size)))
        out = [(pid, kind) for pid, kind, *_ in read[:limit]]
        if len(read) <= limit:
            return out
        last = when(read[limit - 1])
        for row in read[limit:]:
            if when(row) != last:
                return out
            out.append((row.pid, row.kind))
        if len(read) < size:  # every flight was read
            return out
        size *= 2


def _matching(s: OrmSession, ids: Iterable[int], where: Sequence[Any]) -> set[int]:
    """Those of ``ids`` the search finds."""
    wanted = sorted(set(ids))
    found: set[int] = set()
    for start in range(0, len(wanted), _CHUNK):
        found.update(s.scalars(select(Participant.id).where(Participant.id.in_(wanted[start:start + _CHUNK]),
                                                             *where)))
    return found


def _stale(s: OrmSession, lang: str, rules: Rules, last: dict[tuple[int, str, str], Text],
           seated: Sequence[int]) -> list[UncoveredRow]:
    """The seated flights of ``seated`` guests whose run no longer fits them (or that have a problem now),
    checked a few thousand guests at a time: after a plan of 100,000 guests, reading them all at once
    held 150 MB for a moment."""
    fits: Fits = {}
    rows: list[UncoveredRow] = []
    for start in range(0, len(seated), _STALE_CHUNK):
        chunk = seated[start:start + _STALE_CHUNK]
        seats = _seats(s, chunk)
        for guest in read_guests(s, lang, chunk).values():
            if not guest.cancelled:
                rows += guest_uncovered(guest, rules, seats, last,
                                        [k for k in KINDS if (guest.participant_id, k) in seats], fits)
    return rows


def uncovered_page(db: Database, lang: str = "en", limit: int = UNCOVERED_PAGE, search: str = "",
                   total: bool = True) -> UncoveredPage:
    """The first ``limit`` flights without a run by :func:`listed_order` (of guests whose name, e-mail…
    has words beginning with each word of ``search``, as the participants table finds them), with the
    exact counts.  Each row is the one :func:`uncovered` lists.

    ``total=False`` with a search: count only the matches (``total`` is None), so only the seated
    guests the search finds are checked (after a plan of 100,000 guests, checking every seat is what
    takes the time; a screen that has the total already need not ask for it again).
    """
    from ..people.registration import ParticipantQuery, filter_conditions

    where = filter_conditions(ParticipantQuery(search=search)) if search.strip() else []
    every = total or not where  # the whole count is asked for (or is the count of matches)
    with db.session() as s:
        rules = _rules(s)
        last = last_reasons(s)
        # Seated flights: covered unless the run no longer fits (or the flight has a problem now).
        seated_query = select(TransportSeat.participant_id).distinct()
        if not every:
            seated_query = seated_query.join(Participant, Participant.id == TransportSeat.participant_id).where(*where)
        seated = sorted(s.scalars(seated_query))
        any_seat = bool(seated) or (not every and s.scalar(select(TransportSeat.id).limit(1)) is not None)
        stale = _stale(s, lang, rules, last, seated)
        unseated_all = _unseated_count(s, [], any_seat) if every else None
        if where:
            found = _matching(s, {r.participant_id for r in stale}, where) if every else set(seated)
            stale_found = [r for r in stale if r.participant_id in found]
            unseated_found = _unseated_count(s, where, any_seat)
        else:
            stale_found, unseated_found = stale, unseated_all or 0
        first = _first_unseated(s, where, any_seat, limit) if limit > 0 else []
        listed = read_guests(s, lang, {pid for pid, _kind in first})
        rows = list(stale_found)
        for pid, kind in first:
            rows += guest_uncovered(listed[pid], rules, {}, last, [kind])
    rows.sort(key=listed_order)
    return UncoveredPage(rows[:max(limit, 0)], total=unseated_all + len(stale) if unseated_all is not None else None,
                         matches=unseated_found + len(stale_found), search=search)
