"""Who travels: the participants' flights read from registration, as legs the planner takes.

A participant (not cancelled) has a leg for each flight number registered: the
arrival flight lands on ``arrival_date`` at ``arrival_time`` at
``arrival_terminal``, the departure flight likewise.  A leg is *not* planned, and
says why, when the guest makes their own arrangements (``own_transport``), when the
flight has no date or time, or when the guest has no hotel (their room assignment's
hotel, else the hotel they asked for).

``by_car`` (a car of their own party, never waiting for a group):

* heads of delegation: the category ``head``, or the delegation's ``head_id``; each
  rides alone (their party is themselves, not the delegation);
* protocol guests: the categories ranked before heads of delegation in protocol order
  (``Category.priority`` lower than the ``head`` category's; without a ``head`` category,
  lower than :data:`PROTOCOL_PRIORITY`), such as a set-up's heads of state or ministers.
  In the ICLC 2015 set-up there are none: mayors rank with heads of delegation (10) but
  are not heads, so they share vans and coaches like speakers (20) and delegates (40).
  Protocol guests of one delegation on one flight share a car (a party).

Luggage: registration does not ask for bags, so every guest counts one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from ..foundation.messages import Text
from ..foundation.models import (
    Category,
    Delegation,
    Hotel,
    Participant,
    ParticipantStatus,
    RoomAssignment,
)
from ..foundation.names import with_original
from .types import TravelLeg

PROTOCOL_PRIORITY = 10  # without a "head" category: Category.priority below this gets a car
LUGGAGE = 1  # bags per guest (registration does not ask)
KINDS = ("arrival", "departure")
ALL_AT_ONCE = 5000  # ids asked for above which the whole table is read once and filtered


@dataclass(frozen=True)
class Flight:
    """One flight of one guest as registered (the date or time may be missing)."""

    kind: str
    number: str
    date: dt.date | None
    time: dt.time | None
    terminal: str

    @property
    def at(self) -> dt.datetime | None:
        if self.date is None or self.time is None:
            return None
        return dt.datetime.combine(self.date, self.time)


@dataclass
class Guest:
    """A participant with a flight, with what the runs, manifests and screens need.

    The listed name is made when first asked for: a plan or a count reads every travelling
    guest but names only those it lists (making 85,000 names took most of a 100,000-participant read).
    """

    participant_id: int
    names: tuple[str, str, str, str]  # given, family, Latin given, Latin family as registered
    delegation: str  # in the interface language
    delegation_id: int | None
    phone: str
    hotel: str  # "" when none
    head: bool
    protocol: bool
    own_transport: bool
    cancelled: bool
    flights: dict[str, Flight] = field(default_factory=dict)

    @cached_property
    def name(self) -> str:
        """As listed: the Latin name, the original script beside it."""
        return with_original(*self.names)

    @property
    def by_car(self) -> bool:
        return self.head or self.protocol

    def party(self) -> str:
        """Who shares this guest's car: a head of delegation rides alone, other protocol guests with
        their delegation's on the same flight."""
        if self.head or self.delegation_id is None:
            return ""
        return f"D{self.delegation_id}"

    def leg(self, kind: str) -> TravelLeg | None:
        """The planner's leg of ``kind`` (None when it cannot be planned: see :meth:`blocked`)."""
        flight = self.flights.get(kind)
        if flight is None or flight.at is None or self.blocked(kind) is not None:
            return None
        return TravelLeg(self.participant_id, kind, flight.number, flight.at, flight.terminal, self.hotel,  # type: ignore[arg-type]
                         self.by_car, LUGGAGE, self.party())

    def blocked(self, kind: str) -> Text | None:
        """Why this guest's ``kind`` flight is not planned before the planner even sees it (None: it is)."""
        flight = self.flights.get(kind)
        if flight is None:
            return None
        if self.own_transport:
            return Text("Own arrangement")
        if flight.at is None:
            if kind == "arrival":
                return Text("Arrival flight {flight} has no date or time.", flight=flight.number)
            return Text("Departure flight {flight} has no date or time.", flight=flight.number)
        if not self.hotel:
            return Text("No hotel")
        return None


def read_guests(s: OrmSession, lang: str = "en", ids: Iterable[int] | None = None) -> dict[int, Guest]:
    """Participants with at least one flight number, by id: not cancelled ones, or exactly ``ids``
    (whatever their status: a cancelled guest still on a stored run is shown on it).

    Plain columns, not ORM objects: a plan reads every travelling guest of the conference.
    """
    P = Participant
    query = (select(P.id, P.given_name, P.family_name, P.given_name_latin, P.family_name_latin, P.delegation_id,
                    P.phone, P.status, P.own_transport, Category.code, Category.priority, Hotel.name,
                    *(getattr(P, f"{kind}_{part}") for kind in KINDS for part in ("flight", "date", "time",
                                                                                  "terminal")))
             .join(Category, Category.id == P.category_id)
             .outerjoin(Hotel, Hotel.id == P.preferred_hotel_id).order_by(P.id))
    if ids is None:
        rows = list(s.execute(query.where(P.status != ParticipantStatus.CANCELLED,
                                          or_(P.arrival_flight != "", P.departure_flight != ""))))
    else:
        wanted = sorted(set(ids))
        if len(wanted) > ALL_AT_ONCE:  # most of the guests: one pass over the table, not hundreds of IN (…)
            keep = set(wanted)
            rows = [r for r in s.execute(query) if r[0] in keep]
        else:
            rows = []
            for start in range(0, len(wanted), 500):
                rows += s.execute(query.where(P.id.in_(wanted[start:start + 500])))
    hotels = _assigned_hotels(s, [r[0] for r in rows])
    head_priority = s.scalar(select(Category.priority).where(Category.code == "head"))
    protocol_below = PROTOCOL_PRIORITY if head_priority is None else head_priority
    delegations = _delegations(s, {r[5] for r in rows if r[5] is not None})
    shown = {d.id: d.display_name(lang) for d in delegations.values()}  # once a delegation, not once a guest
    heads = {d.id: d.head_id for d in delegations.values()}
    out: dict[int, Guest] = {}
    for (pid, given, family, given_latin, family_latin, delegation_id, phone, status, own, category,
         priority, preferred, *travel) in rows:
        guest = Guest(
            participant_id=pid,
            names=(given, family, given_latin, family_latin),
            delegation=shown.get(delegation_id, "") if delegation_id is not None else "",
            delegation_id=delegation_id,
            phone=phone or "",
            hotel=hotels.get(pid) or preferred or "",
            head=category == "head" or (delegation_id is not None and heads.get(delegation_id) == pid),
            protocol=priority < protocol_below,
            own_transport=bool(own),
            cancelled=status == ParticipantStatus.CANCELLED,
        )
        for i, kind in enumerate(KINDS):
            number, date, time, terminal = travel[4 * i:4 * i + 4]
            number = (number or "").strip()
            if number:
                guest.flights[kind] = Flight(kind, number, date, time, (terminal or "").strip().upper())
        out[pid] = guest
    return out


def _assigned_hotels(s: OrmSession, ids: list[int]) -> dict[int, str]:
    """participant -> the hotel of their room assignment (one a participant)."""
    out: dict[int, str] = {}
    if len(ids) > ALL_AT_ONCE:
        keep = set(ids)
        out.update((pid, name) for pid, name in s.execute(
            select(RoomAssignment.participant_id, Hotel.name).join(Hotel, Hotel.id == RoomAssignment.hotel_id))
            if pid in keep)  # one assignment a participant (unique)
        return out
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update((pid, name) for pid, name in s.execute(
            select(RoomAssignment.participant_id, Hotel.name).join(Hotel, Hotel.id == RoomAssignment.hotel_id)
            .where(RoomAssignment.participant_id.in_(chunk))))
    return out


def _delegations(s: OrmSession, ids: set[int]) -> dict[int, Delegation]:
    if not ids:
        return {}
    rows = s.scalars(select(Delegation).options(selectinload(Delegation.member_state))
                     .where(Delegation.id.in_(sorted(ids))))
    return {d.id: d for d in rows}


def legs_of(guests: Iterable[Guest]) -> tuple[list[TravelLeg], list[tuple[Guest, str, Text]]]:
    """The legs to plan, and the (guest, kind, reason) of every flight that is not planned."""
    legs: list[TravelLeg] = []
    blocked: list[tuple[Guest, str, Text]] = []
    for guest in guests:
        for kind in KINDS:
            if kind not in guest.flights:
                continue
            reason = guest.blocked(kind)
            if reason is not None:
                blocked.append((guest, kind, reason))
                continue
            leg = guest.leg(kind)
            if leg is not None:
                legs.append(leg)
    return legs, blocked
