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

Every guest with a flight is on a run or listed by :func:`uncovered` with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..foundation.audit import Actor
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text
from .types import Plan, Rules

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


@dataclass(frozen=True)
class UncoveredRow:
    """A guest with a flight who is on no run, and why (a sentence the UI translates)."""

    participant_id: int
    name: str
    kind: str  # "arrival" | "departure"
    flight: str
    flight_at: dt.datetime | None
    reason: Text


@dataclass
class TransportPlan:
    """A plan made and not yet stored: what :func:`apply_plan` writes, what ``transport plan --json`` prints."""

    plan: Plan
    uncovered: list[UncoveredRow]  # own arrangement, no hotel, a flight that does not validate, unplaced

    def to_json(self) -> dict:
        """The planner's JSON with every uncovered guest in ``unplaced`` (participant, reason)."""
        raise NotImplementedError


def load_rules(db: Database) -> Rules:
    """The transport rules of this conference (the ICLC 2015 defaults until an organiser changes them)."""
    raise NotImplementedError


def save_rules(db: Database, rules: Rules, actor: Actor | None = None) -> None:
    """Store ``rules`` (audited)."""
    raise NotImplementedError


def make_plan(db: Database, *, time_limit: float = 10.0, progress: ProgressCallback | None = None) -> TransportPlan:
    """Plan arrivals, departures and shuttles from the database, starting from the stored runs (not saved)."""
    raise NotImplementedError


def apply_plan(db: Database, plan: TransportPlan, actor: Actor | None = None) -> int:
    """Replace the stored runs that are not locked by ``plan``'s, in one transaction with an audit entry.

    Returns the number of runs stored.  Raises :class:`TransportError` when the stored runs
    changed since the plan was made (another desk planned meanwhile).
    """
    raise NotImplementedError


def stored_runs(db: Database, day: dt.date | None = None, kind: str | None = None,
                lang: str = "en") -> list[RunRow]:
    """The stored runs (of one day and kind if asked), by departure time, with their passengers."""
    raise NotImplementedError


def uncovered(db: Database, lang: str = "en") -> list[UncoveredRow]:
    """Every guest with a flight who is on no stored run for that flight, with the reason."""
    raise NotImplementedError


def move_passenger(db: Database, participant_id: int, kind: str, run_id: int, actor: Actor | None = None) -> None:
    """Put the guest's ``kind`` leg on run ``run_id`` (off any other), checked first.

    Refused with a :class:`TransportError` naming the reason when the run is full (seats or
    hold), leaves before the guest is ready or after the waiting limit (arrival), does not
    reach the airport by the margin before the flight (departure), goes to another terminal
    or hotel, or is a shuttle.
    """
    raise NotImplementedError


def lock_run(db: Database, run_id: int, locked: bool = True, actor: Actor | None = None) -> None:
    """Lock (a re-plan keeps it as it is) or unlock a stored run (audited)."""
    raise NotImplementedError


def arrivals_per_hour(db: Database, day: dt.date | None = None) -> list[tuple[dt.datetime, int]]:
    """Guests landing per clock hour (of one day, or every day), for the Transport screen's chart."""
    raise NotImplementedError
