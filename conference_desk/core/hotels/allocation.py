"""Hotels: room blocks per night, automatic allocation (CP-SAT), overrides, occupancy, rooming lists.

Who is a guest
    A participant with ``needs_hotel`` who is not cancelled.  Their nights are
    ``arrival .. departure - 1`` clipped to the block period (the first to the
    last night that has any block); a stay that leaves no night in it cannot be
    placed.  Sharers come from ``sharer_note`` ("Sharing with Ana Pérez"): the
    named colleague is looked up among the guests of the same delegation by
    folded name; anything unresolved is reported and the guest is placed alone.
    Guests who share a room now (put together by hand with :func:`share_room`,
    or by an earlier allocation) stay one share group on a re-run, joined by the
    sharers their notes name, as long as the group fits the largest room type.

Messages
    Everything a user can read (refusals, unplaced and split reasons, sharer
    issues, notes, ``Change.describe()``) is a :class:`~.messages.Text`: the
    English sentence, whose ``{name}`` template the GUI translates (the
    templates are listed in ``ui/common/core_messages.py``).

The model (:func:`allocate`)
    One decision per *room unit* (a guest alone, or a share group): a (hotel,
    room type) for the whole stay, or unplaced, taken in two exact steps: how
    many units of each *class* (units of one delegation alike in nights, options
    and costs) go to each hotel, and how many units of each *kind* (units of any
    delegation alike in nights, options and the extra cost of each room type
    over the hotel's cheapest) take each room type there.  Counting instead of
    naming units keeps the model small and free of symmetry; the delegation
    indicators see a whole hotel, not one room type (a tighter bound).
    Hard: per hotel, type and night the rooms used are at most the block (less
    the rooms of locked assignments); a share group needs a type of capacity
    ≥ its size; accessibility needs only go to accessible types; locked
    assignments are fixed.  Soft, in :class:`Weights`: unplaced guest (huge,
    protocol-weighted), delegation split over hotels (big), not in the preferred
    hotel (protocol-weighted by ``Category.priority``), room type not the one
    requested, change against the current assignment (stability), an accessible
    room taken by a guest who does not need it, and each hotel's rooms below the
    attrition threshold on a night.

Nothing is written until :func:`apply_allocation` (one transaction with an
audit entry listing every change), so a screen can show the differences first.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.messages import Text, join
from ..foundation.models import (
    Billing,
    Category,
    Conference,
    Delegation,
    Hotel,
    Participant,
    ParticipantStatus,
    RoomAssignment,
    RoomBlock,
)
from ..foundation.text import fold, words
from .base import (
    AllocationCancelled,
    HotelError,
    StalePlanError,
)

ProgressCallback = Callable[[int, int], "bool | None"]


DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Weights:
    """Penalties of the allocation objective (all integers; lower total is better).

    The protocol factor of a guest is ``2 ** ((50 - priority) / 10)`` with the
    category's priority clipped to 0..50: heads and mayors (10) 16, speakers (20)
    8, UNESCO (30) 4, delegates and experts (40) 2, others (50+) 1.
    """

    unplaced: int = 100_000  # per guest left without a room ...
    unplaced_protocol: int = 1_000  # ... plus this × protocol factor (heads are placed first)
    split: int = 5_000  # per extra hotel a delegation is spread over
    preferred: int = 10  # × protocol factor, per guest not in the preferred hotel
    room_type: int = 5  # × protocol factor, per guest not in the requested room type
    moved: int = 100  # per guest whose hotel or room type changes (stability)
    accessible_waste: int = 3  # per guest without needs in an accessible room
    attrition: int = 10  # per room below the attrition threshold, per hotel and night


DEFAULT_WEIGHTS = Weights()


def relative_gap(objective: float, bound: float, optimal: bool) -> float:
    """(objective - bound) / objective of a minimisation, rounded to 6 places; 0.0 when proven optimal."""
    if optimal or objective <= bound:
        return 0.0
    return round((objective - bound) / max(abs(objective), 1), 6)


def protocol_factor(priority: int) -> float:
    return 2 ** ((50 - min(max(priority, 0), 50)) / 10)


@dataclass(frozen=True)
class Option:
    hotel_id: int
    room_type_id: int


@dataclass
class PlannedStay:
    participant_id: int
    name: str
    delegation: str
    hotel_id: int
    hotel: str
    room_type_id: int
    room_type: str
    arrival: dt.date
    departure: dt.date
    room_label: str
    share_group: str | None
    locked: bool

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


@dataclass
class Unplaced:
    participant_id: int
    participant: str
    delegation: str
    code: str  # no_nights | no_block | exhausted | accessibility | sharer
    reason: str


@dataclass
class SplitDelegation:
    delegation_id: int
    delegation: str
    hotels: dict[str, int]  # hotel name -> guests there
    reason: str


@dataclass
class Change:
    participant_id: int
    participant: str
    kind: str  # new | moved | dates | room | removed
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def describe(self) -> Text:
        def where(d: dict[str, Any] | None) -> Text | str:
            if not d:
                return "-"
            return Text("{hotel} {room_type} {arrival}..{departure} {room_label}", hotel=d["hotel"],
                        room_type=d["room_type"], arrival=_date(d["arrival"]), departure=_date(d["departure"]),
                        room_label=d["room_label"])

        template = _CHANGE_TEMPLATES.get(self.kind)
        if template is None:
            return Text("{participant}: {kind} {before} -> {after}", participant=self.participant, kind=self.kind,
                        before=where(self.before), after=where(self.after))
        return Text(template, participant=self.participant, before=where(self.before), after=where(self.after))


# Change.describe() per kind of change (whole sentences, so that each translates as one).
_CHANGE_TEMPLATES = {
    "new": "{participant}: new {before} -> {after}",
    "moved": "{participant}: moved {before} -> {after}",
    "dates": "{participant}: dates {before} -> {after}",
    "room": "{participant}: room {before} -> {after}",
    "removed": "{participant}: removed {before} -> {after}",
}


def _date(value: Any) -> Any:
    """A date kept as a date (the GUI writes it in the interface language); ISO strings are read back."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


@dataclass
class AllocationPlan:
    stays: list[PlannedStay]
    unplaced: list[Unplaced]
    split_delegations: list[SplitDelegation]
    sharer_issues: list[str]
    notes: list[str]
    changes: list[Change]
    objective: int
    best_bound: int
    optimal: bool
    solve_seconds: float
    guests: int
    keep_locks: bool
    base: tuple[tuple[Any, ...], ...] = field(repr=False, default=())
    objective_terms: dict[str, int] = field(default_factory=dict)

    @property
    def placed(self) -> int:
        return len(self.stays)

    @property
    def gap(self) -> float:
        """Relative gap between the objective and the solver's bound (0.0 when proven optimal); every
        weight is ≥ 0, so a bound below 0 counts as 0 (gap at most 100 %)."""
        return relative_gap(self.objective, max(self.best_bound, 0), self.optimal)

    def summary(self) -> dict[str, Any]:
        """The CLI's JSON."""
        return {
            "guests": self.guests,
            "placed": self.placed,
            "unplaced": [
                {"participant": u.participant, "participant_id": u.participant_id,
                 "delegation": u.delegation, "code": u.code, "reason": u.reason}
                for u in self.unplaced
            ],
            "split_delegations": [asdict(s) for s in self.split_delegations],
            "sharer_issues": list(self.sharer_issues),
            "notes": list(self.notes),
            "objective": self.objective,
            "best_bound": self.best_bound,
            "objective_terms": dict(self.objective_terms),
            "optimal": self.optimal,
            "gap": self.gap,
            "solve_seconds": round(self.solve_seconds, 3),
            "changes": len(self.changes),
            "change_counts": dict(Counter(c.kind for c in self.changes)),
        }


@dataclass
class _Type:
    id: int
    hotel_id: int
    code: str
    name: str
    capacity: int
    accessible: bool


@dataclass
class _Current:
    hotel_id: int
    room_type_id: int
    arrival: dt.date
    departure: dt.date
    room_label: str
    share_group: str | None
    locked: bool


@dataclass
class _Guest:
    id: int
    name: str
    sort_key: str
    delegation_id: int | None
    delegation: str
    priority: int
    arrival: dt.date
    departure: dt.date
    first: dt.date | None  # first night in the block period
    last: dt.date | None  # last night in the block period
    preferred_hotel_id: int | None
    request: str
    needs_accessible: bool
    sharer_note: str
    name_words: frozenset[str]
    current: _Current | None


@dataclass
class _Situation:
    hotels: dict[int, str]
    attrition: dict[int, int]
    types: dict[int, _Type]
    blocks: dict[tuple[int, int, dt.date], int]
    block_billing: dict[tuple[int, dt.date], Billing]
    nights: list[dt.date]
    guests: dict[int, _Guest]
    funded: dict[int, bool]
    current_rows: dict[int, _Current]  # every assignment row, guest or not
    names: dict[int, str]  # participant id -> Latin name (also of non-guests with a row)
    conference: str


_TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sr", "sra", "m", "mme", "h", "e", "s", "hon"}


_SHARER_KEYWORDS = ("with", "avec", "con", "w")


_SHARER_SEPARATOR = re.compile(r"\s*(?:[,;/&+]|\band\b|\bet\b|\by\b)\s*")


def _delegation_name(delegation: Delegation | None, lang: str) -> str:
    return delegation.display_name(lang) if delegation is not None else ""


def _read(session: Session, lang: str = "en") -> _Situation:
    conference = session.scalar(select(Conference).limit(1))
    hotels = session.scalars(select(Hotel).options(selectinload(Hotel.room_types)).order_by(Hotel.id)).all()
    types = {
        rt.id: _Type(rt.id, rt.hotel_id, (rt.code or "").strip().lower(), rt.name, rt.capacity, bool(rt.accessible))
        for h in hotels for rt in h.room_types
    }
    blocks: dict[tuple[int, int, dt.date], int] = {}
    billing: dict[tuple[int, dt.date], Billing] = {}
    for block in session.scalars(select(RoomBlock)):
        rt = types.get(block.room_type_id)
        if rt is None:
            continue
        blocks[(rt.hotel_id, rt.id, block.night)] = max(int(block.rooms), 0)
        billing[(rt.id, block.night)] = block.billing
    nights_with_blocks = sorted({night for (_h, _t, night), rooms in blocks.items()})
    first_block = nights_with_blocks[0] if nights_with_blocks else None
    last_block = nights_with_blocks[-1] if nights_with_blocks else None
    nights = []
    if first_block is not None and last_block is not None:
        nights = [first_block + DAY * i for i in range((last_block - first_block).days + 1)]

    current_rows = {
        a.participant_id: _Current(a.hotel_id, a.room_type_id, a.arrival, a.departure, a.room_label,
                                   a.share_group, bool(a.locked))
        for a in session.scalars(select(RoomAssignment))
    }
    conf_arrival = conference.arrival_date if conference else None
    conf_departure = conference.departure_date if conference else None
    rows = session.execute(
        select(Participant, Category.priority)
        .join(Category, Participant.category_id == Category.id)
        .options(selectinload(Participant.delegation).selectinload(Delegation.member_state))
        .where((Participant.needs_hotel.is_(True)) | (Participant.id.in_(list(current_rows) or [-1])))
    ).all()
    guests: dict[int, _Guest] = {}
    funded: dict[int, bool] = {}
    names: dict[int, str] = {}
    for p, priority in rows:
        names[p.id] = p.latin_name
        if not p.needs_hotel or p.status == ParticipantStatus.CANCELLED:
            continue
        arrival = p.arrival_date or conf_arrival or first_block
        departure = p.departure_date or conf_departure or (last_block + DAY if last_block else None)
        if arrival is None or departure is None:
            continue
        first = max(arrival, first_block) if first_block else None
        last = min(departure - DAY, last_block) if last_block else None
        if first is None or last is None or last < first:
            first = last = None
        funded[p.id] = bool(p.hotel_funded)
        guests[p.id] = _Guest(
            id=p.id,
            name=p.latin_name,
            sort_key=p.sort_name or fold(p.latin_name),
            delegation_id=p.delegation_id,
            delegation=_delegation_name(p.delegation, lang),
            priority=int(priority if priority is not None else 50),
            arrival=arrival,
            departure=departure,
            first=first,
            last=last,
            preferred_hotel_id=p.preferred_hotel_id,
            request=(p.room_type_request or "").strip().lower(),
            needs_accessible=bool((p.accessibility_needs or "").strip()),
            sharer_note=(p.sharer_note or "").strip(),
            name_words=frozenset(words(" ".join((p.given_name, p.family_name, p.given_name_latin,
                                                 p.family_name_latin)))),
            current=current_rows.get(p.id),
        )
    return _Situation(
        hotels={h.id: h.name for h in hotels},
        attrition={h.id: int(h.attrition_percent) for h in hotels},
        types=types,
        blocks=blocks,
        block_billing=billing,
        nights=nights,
        guests=guests,
        funded=funded,
        current_rows=current_rows,
        names=names,
        conference=conference.name(lang) if conference else "",
    )


def _sharer_names(note: str) -> list[set[str]]:
    """The names a sharer note gives, each as a set of folded words."""
    folded = fold(note)
    tokens = folded.split()
    for i, token in enumerate(tokens):
        if token.strip(":") in _SHARER_KEYWORDS:
            folded = " ".join(tokens[i + 1:])
            break
    names = []
    for part in _SHARER_SEPARATOR.split(folded):
        name_words = {w for w in words(part) if w not in _TITLE_WORDS}
        if name_words:
            names.append(name_words)
    return names


def _resolve_sharers(guests: dict[int, _Guest]) -> tuple[list[list[int]], list[Text]]:
    """Share groups (lists of participant ids, size ≥ 2) and the problems found."""
    by_delegation: dict[int | None, list[_Guest]] = defaultdict(list)
    for g in guests.values():
        by_delegation[g.delegation_id].append(g)
    parent = {gid: gid for gid in guests}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    issues: list[Text] = []
    for g in sorted(guests.values(), key=lambda g: g.sort_key):
        if not g.sharer_note:
            continue
        wanted = _sharer_names(g.sharer_note)
        if not wanted:
            continue
        colleagues = [c for c in by_delegation[g.delegation_id] if c.id != g.id]
        for name_words in wanted:
            matches = [c for c in colleagues if name_words <= c.name_words]
            if len(matches) > 1:
                exact = [c for c in matches if name_words == c.name_words]
                matches = exact if len(exact) == 1 else matches
            if not matches:
                sharer = repr(" ".join(sorted(name_words)))
                if g.delegation:
                    issues.append(Text("{guest} ({delegation}): sharer {sharer} is not a hotel guest of the same"
                                       " delegation; placed alone", guest=g.name, delegation=g.delegation,
                                       sharer=sharer))
                else:
                    issues.append(Text("{guest} (no delegation): sharer {sharer} is not a hotel guest of the same"
                                       " delegation; placed alone", guest=g.name, sharer=sharer))
                continue
            if len(matches) > 1:
                issues.append(Text("{guest}: sharer note {note} matches several colleagues ({colleagues});"
                                   " placed alone", guest=g.name, note=repr(g.sharer_note),
                                   colleagues=", ".join(m.name for m in matches)))
                continue
            parent[find(matches[0].id)] = find(g.id)
    groups: dict[int, list[int]] = defaultdict(list)
    for gid in guests:
        groups[find(gid)].append(gid)
    return [sorted(members) for members in groups.values() if len(members) > 1], issues


@dataclass
class _Unit:
    members: list[int]
    nights: tuple[dt.date, ...]
    delegation_id: int | None
    fixed: Option | None = None
    options: dict[Option, int] = field(default_factory=dict)  # option -> cost
    unplaced_cost: int = 0
    reason: tuple[str, Text] | None = None  # why it has no option at all
    current: Option | None = None  # the option all members currently share, if any

    @property
    def size(self) -> int:
        return len(self.members)


def _span(first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    return tuple(first + DAY * i for i in range((last - first).days + 1))


def _type_matches(request: str, rt: _Type) -> bool:
    return request == rt.code or (request == "accessible" and rt.accessible)


def _current_rooms(guests: dict[int, _Guest]) -> list[list[int]]:
    """Guests who share a room now (share groups of participant ids, size ≥ 2).

    A room is a hotel, room type and room label (else share group) as the
    assignments say, like :func:`occupancy` counts rooms; a label used again on
    other nights is another stay, so only guests whose nights overlap (directly
    or through a roommate) are together.
    """
    by_room: dict[tuple[int, int, str], list[_Guest]] = defaultdict(list)
    for g in guests.values():
        c = g.current
        room = (c.room_label or c.share_group) if c is not None else None
        if c is not None and room:
            by_room[(c.hotel_id, c.room_type_id, room)].append(g)
    groups: list[list[int]] = []
    for members in by_room.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda g: (g.current.arrival, g.current.departure, g.id))  # type: ignore[union-attr]
        together: list[_Guest] = []
        end = dt.date.min
        for g in members:
            assert g.current is not None
            if together and g.current.arrival >= end:
                if len(together) > 1:
                    groups.append(sorted(x.id for x in together))
                together = []
            together.append(g)
            end = max(end, g.current.departure) if len(together) > 1 else g.current.departure
        if len(together) > 1:
            groups.append(sorted(x.id for x in together))
    return groups


def _build_units(s: _Situation, keep_locks: bool, weights: Weights) -> tuple[list[_Unit], list[Text], list[Text]]:
    note_groups, issues = _resolve_sharers(s.guests)
    max_capacity = max((rt.capacity for rt in s.types.values()), default=1)

    def problem(members: list[int]) -> Text | None:
        """Why these guests cannot be one room unit (None: they can)."""
        names = ", ".join(s.guests[m].name for m in members)
        if len(members) > max_capacity:
            return Text("{names}: {count} sharers but no room holds more than {capacity}; placed separately",
                        names=names, count=len(members), capacity=max_capacity)
        locks = {
            Option(s.guests[m].current.hotel_id, s.guests[m].current.room_type_id)  # type: ignore[union-attr]
            for m in members if keep_locks and s.guests[m].current and s.guests[m].current.locked  # type: ignore[union-attr]
        }
        if len(locks) > 1:
            return Text("{names}: sharers locked in different rooms; each kept where locked", names=names)
        if locks:
            lock = next(iter(locks))
            if s.types[lock.room_type_id].capacity < len(members) if lock.room_type_id in s.types else True:
                return Text("{names}: a sharer is locked in a room too small for the group; placed separately",
                            names=names)
        return None

    # Guests who share a room now stay together (a re-run must not undo a manual share),
    # joined by the sharers their notes name, as long as the whole group still fits one room.
    parent = {gid: gid for gid in s.guests}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def component(members: Iterable[int]) -> list[int]:
        roots = {find(m) for m in members}
        return sorted(gid for gid in s.guests if find(gid) in roots)

    for members in [*_current_rooms(s.guests), *note_groups]:
        candidate = component(members)
        refused = problem(candidate)
        if refused is not None:
            issues.append(refused)
            continue
        for m in candidate:
            parent[find(m)] = find(candidate[0])
    together: dict[int, list[int]] = defaultdict(list)
    for gid in s.guests:
        together[find(gid)].append(gid)
    member_lists = [sorted(members) for members in together.values() if len(members) > 1]
    member_lists += [members for members in together.values() if len(members) == 1]

    notes: list[Text] = []
    clipped = sum(1 for g in s.guests.values() if g.first is not None
                  and (g.first > g.arrival or g.last + DAY < g.departure))  # type: ignore[operator]
    if clipped:
        notes.append(Text("{count} stays reach outside the block period ({first}..{last}): only the block nights"
                          " are booked", count=clipped, first=s.nights[0], last=s.nights[-1]))

    units: list[_Unit] = []
    for members in member_lists:
        gs = [s.guests[m] for m in members]
        firsts = [g.first for g in gs if g.first is not None]
        lasts = [g.last for g in gs if g.last is not None]
        delegation = gs[0].delegation_id
        if not firsts:
            unit = _Unit(members, (), delegation)
            unit.reason = ("no_nights", Text("no night of the stay ({arrival}..{departure}) is in the block period",
                                             arrival=gs[0].arrival, departure=gs[0].departure)
                           if s.nights else Text("no hotel has a room block"))
            unit.unplaced_cost = sum(weights.unplaced for _ in gs)
            units.append(unit)
            continue
        nights = _span(min(firsts), max(lasts))
        unit = _Unit(members, nights, delegation)
        unit.unplaced_cost = sum(
            weights.unplaced + round(weights.unplaced_protocol * protocol_factor(g.priority)) for g in gs
        )
        currents = {Option(g.current.hotel_id, g.current.room_type_id) for g in gs if g.current}
        if len(currents) == 1 and all(g.current for g in gs):
            unit.current = next(iter(currents))
        if keep_locks:
            for g in gs:
                if g.current and g.current.locked:
                    unit.fixed = Option(g.current.hotel_id, g.current.room_type_id)
        needs_accessible = any(g.needs_accessible for g in gs)
        compatible = [rt for rt in s.types.values()
                      if rt.capacity >= len(gs) and (rt.accessible or not needs_accessible)]
        for rt in compatible:
            option = Option(rt.hotel_id, rt.id)
            if any(s.blocks.get((rt.hotel_id, rt.id, n), 0) <= 0 for n in nights):
                continue
            cost = 0
            for g in gs:
                factor = protocol_factor(g.priority)
                if g.preferred_hotel_id is not None and g.preferred_hotel_id != rt.hotel_id \
                        and g.preferred_hotel_id in s.hotels:
                    cost += round(weights.preferred * factor)
                if g.request and not _type_matches(g.request, rt):
                    cost += round(weights.room_type * factor)
                if rt.accessible and not g.needs_accessible:
                    cost += weights.accessible_waste
                if g.current and Option(g.current.hotel_id, g.current.room_type_id) != option:
                    cost += weights.moved
            unit.options[option] = cost
        if unit.fixed is None and not unit.options:
            unit.reason = _no_option_reason(s, gs, nights, compatible, needs_accessible, max_capacity)
        units.append(unit)
    return units, issues, notes


def _no_option_reason(s: _Situation, gs: list[_Guest], nights: tuple[dt.date, ...], compatible: list[_Type],
                      needs_accessible: bool, max_capacity: int) -> tuple[str, Text]:
    """(code, reason) of a unit that no room type of any hotel can take."""
    size = len(gs)
    if size > max_capacity:
        return ("sharer", Text("conflicting sharer: no room type holds {guests} guests", guests=size))
    if not compatible:
        if size > 1:
            return ("accessibility", Text("not allowed: needs an accessible room for {guests} and no hotel has one",
                                          guests=size))
        return ("accessibility", Text("not allowed: needs an accessible room and no hotel has one"))
    missing = [n for n in nights
               if all(s.blocks.get((rt.hotel_id, rt.id, n), 0) <= 0 for rt in compatible)]
    if missing:
        dates = join(missing, ", ")
        if needs_accessible and size > 1:
            text = Text("no block that night: no accessible rooms for {guests} in any hotel on {nights}",
                        guests=size, nights=dates)
        elif needs_accessible:
            text = Text("no block that night: no accessible rooms in any hotel on {nights}", nights=dates)
        elif size > 1:
            text = Text("no block that night: no rooms for {guests} in any hotel on {nights}", guests=size,
                        nights=dates)
        else:
            text = Text("no block that night: no rooms in any hotel on {nights}", nights=dates)
        return ("no_block", text)
    if needs_accessible:
        return ("no_block", Text("no hotel has an accessible room type with a block on every night of the stay"
                                 " ({first}..{last})", first=nights[0], last=nights[-1]))
    return ("no_block", Text("no hotel has a room type with a block on every night of the stay ({first}..{last})",
                             first=nights[0], last=nights[-1]))


@dataclass
class _Kind:
    """Units that are interchangeable for the choice of a room type inside a hotel.

    Same nights, same allowed (hotel, type) options and the same extra cost of
    each type over the unit's cheapest type in that hotel (``residual``).  Which
    unit of a kind takes which type in a hotel changes neither the capacity used
    nor the cost, so the model counts per kind and type, not per unit.
    """

    nights: tuple[dt.date, ...]
    residual: dict[Option, int]  # option -> cost above the cheapest type of its hotel


@dataclass
class _Class:
    """Units of one delegation with the same kind and the same costs per hotel (one integer per hotel)."""

    units: list[_Unit]
    delegation_id: int | None
    kind: int  # index into the kinds
    nights: tuple[dt.date, ...]
    hotel_costs: dict[int, int]  # hotel -> the cheapest option there
    unplaced_cost: int


def _hotel_costs(unit: _Unit) -> tuple[dict[int, int], dict[Option, int]]:
    """(hotel -> cheapest option cost there, option -> cost above that): every cost is the sum of the two."""
    cheapest: dict[int, int] = {}
    for option, cost in unit.options.items():
        cheapest[option.hotel_id] = min(cheapest.get(option.hotel_id, cost), cost)
    return cheapest, {option: cost - cheapest[option.hotel_id] for option, cost in unit.options.items()}


def _classes(units: Iterable[_Unit]) -> tuple[list[_Class], list[_Kind]]:
    """Split the choice of a unit into its hotel (per class) and its room type there (per kind).

    Both are exact: a unit's cost is its hotel's cheapest option plus the
    residual of the type, and units of one kind are interchangeable in a hotel.
    The per-kind room types remove the symmetry between identical guests of
    different delegations (which of two delegates gets the executive room), the
    search's biggest waste on the 2,000-guest benchmark (issue 17).
    """
    kinds: dict[Any, int] = {}
    kind_list: list[_Kind] = []
    by_key: dict[Any, _Class] = {}
    for u in units:
        cheapest, residual = _hotel_costs(u)
        kind_key = (u.nights, tuple(sorted((o.hotel_id, o.room_type_id, c) for o, c in residual.items())))
        k = kinds.get(kind_key)
        if k is None:
            k = kinds[kind_key] = len(kind_list)
            kind_list.append(_Kind(u.nights, residual))
        key = (u.delegation_id, k, tuple(sorted(cheapest.items())), u.unplaced_cost)
        cls = by_key.get(key)
        if cls is None:
            cls = by_key[key] = _Class([], u.delegation_id, k, u.nights, cheapest, u.unplaced_cost)
        cls.units.append(u)
    return list(by_key.values()), kind_list


def _fits_alone(s: _Situation, units: list[_Unit], h: int, fixed_used: Counter[tuple[int, int, dt.date]]) -> bool:
    """False when these units (a delegation) surely cannot all stay in hotel ``h``.

    A Hall-type check per night: for every set S of room types some unit may
    use in ``h``, the units limited to S must not outnumber S's free rooms.
    """
    allowed: list[tuple[frozenset[int], tuple[dt.date, ...]]] = []
    for u in units:
        if u.fixed is not None:
            if u.fixed.hotel_id != h:
                return False
            continue
        types = frozenset(o.room_type_id for o in u.options if o.hotel_id == h)
        if not types:
            return False
        allowed.append((types, u.nights))
    sets = {types for types, _n in allowed}
    nights = sorted({n for _t, ns in allowed for n in ns})
    for n in nights:
        here = [types for types, ns in allowed if n in ns]
        for group in sets:
            need = sum(1 for types in here if types <= group)
            if not need:
                continue
            free = sum(max(s.blocks.get((h, t, n), 0) - fixed_used.get((h, t, n), 0), 0) for t in group)
            if need > free:
                return False
    return True


# CP-SAT workers in order of usefulness for this model (measured on the 2,000-guest benchmark,
# 2 cores): "max_lp_sym" (LP with symmetry) raises the bound until optimality is proven, "no_lp"
# finds the good solutions; the default 8-worker portfolio time-slices them with six others and
# took 15-18 s to prove what these two prove in 6.5-7.5 s.  Issue 17: "max_lp_sym" alone proves the
# optimum with less CPU (deterministic time 2.73; 16-18 s wall at load 10-17 where the pair had not
# proven it after 30 s) but is slow to find a first allocation: alone, under that load, it found none
# within 10 s.  "no_lp" is the insurance that a plan always comes back, so it stays.  (Measured on the
# per-option model; the hotel-then-room-type model of issue 17 is proven by the pair in 0.3-0.4 s,
# deterministic time 0.15, so the choice matters little now.)
SUBSOLVERS = ("max_lp_sym", "no_lp", "quick_restart", "default_lp", "reduced_costs", "core")


def _workers() -> int:
    """One worker per core, at least the two that matter, at most the six listed."""
    return max(2, min(os.cpu_count() or 2, len(SUBSOLVERS)))


def _greedy_start(s: _Situation, units: list[_Unit], fixed_used: dict[tuple[int, int, dt.date], int]
                  ) -> dict[int, Option]:
    """A quick plan (id(unit) -> option): delegations largest first, whole into
    the preferred hotel if every unit fits there in a room type asked for, else the other hotel, else
    unit by unit (preferred hotel first, any room type).  Locked units keep their rooms."""
    used: Counter[tuple[int, int, dt.date]] = Counter(fixed_used)
    chosen: dict[int, Option] = {}

    def free(o: Option, nights: tuple[dt.date, ...]) -> bool:
        return all(used[(o.hotel_id, o.room_type_id, n)] < s.blocks.get((o.hotel_id, o.room_type_id, n), 0)
                   for n in nights)

    def requested(u: _Unit, o: Option) -> bool:
        rt = s.types[o.room_type_id]
        return all(not s.guests[m].request or _type_matches(s.guests[m].request, rt) for m in u.members)

    def best(u: _Unit, hotel_id: int, strict: bool = False) -> Option | None:
        options = sorted((c, o.room_type_id, o) for o, c in u.options.items()
                         if o.hotel_id == hotel_id and (not strict or requested(u, o)))
        return next((o for _c, _t, o in options if free(o, u.nights)), None)

    def take(u: _Unit, o: Option) -> None:
        chosen[id(u)] = o
        for n in u.nights:
            used[(o.hotel_id, o.room_type_id, n)] += 1

    groups: dict[int | None, list[_Unit]] = defaultdict(list)
    for u in units:
        if u.fixed is None and u.options:
            groups[u.delegation_id].append(u)
    for _d, group in sorted(groups.items(), key=lambda kv: -sum(u.size for u in kv[1])):
        members = [s.guests[m] for u in group for m in u.members]
        head = min(members, key=lambda g: g.priority)
        preferred = head.preferred_hotel_id or Counter(g.preferred_hotel_id for g in members).most_common(1)[0][0]
        order = [preferred] + [h for h in s.hotels if h != preferred]
        placed = False
        for h in order:
            saved = Counter(used)
            plan = []
            for u in sorted(group, key=lambda u: -len(u.nights)):
                o = best(u, h, strict=True)
                if o is None:
                    break
                plan.append((u, o))
                for n in u.nights:
                    used[(o.hotel_id, o.room_type_id, n)] += 1
            used = saved
            if len(plan) == len(group):
                for u, o in plan:
                    take(u, o)
                placed = True
                break
        if not placed:
            for u in group:
                o = next((o for h in order if (o := best(u, h)) is not None), None)
                if o is not None:
                    take(u, o)
    return chosen


def _evaluate(s: _Situation, units: list[_Unit], start: dict[int, Option], weights: Weights
              ) -> tuple[int, dict[str, int]]:
    """(objective, terms) of a plan (id(unit) -> option; locked units where locked), as the model counts."""
    terms = {"options": 0, "unplaced": 0, "split": 0, "attrition": 0}
    hotels_of: dict[int, set[int]] = defaultdict(set)
    used: Counter[tuple[int, dt.date]] = Counter()
    for u in units:
        o = u.fixed if u.fixed is not None else start.get(id(u))
        if o is None:
            terms["unplaced"] += u.unplaced_cost
            continue
        if u.fixed is None:
            terms["options"] += u.options.get(o, 0)
        if u.delegation_id is not None:
            hotels_of[u.delegation_id].add(o.hotel_id)
        for n in u.nights:
            used[(o.hotel_id, n)] += 1
    terms["split"] = weights.split * sum(len(hs) - 1 for hs in hotels_of.values())
    for h, percent in s.attrition.items():
        for n in s.nights:
            block = sum(rooms for (bh, _t, bn), rooms in s.blocks.items() if bh == h and bn == n)
            terms["attrition"] += weights.attrition * max(math.ceil(block * percent / 100) - used[(h, n)], 0)
    return sum(terms.values()), terms


def _solve(
    s: _Situation,
    units: list[_Unit],
    weights: Weights,
    time_limit: float,
    progress: ProgressCallback | None,
    workers: int | None,
) -> tuple[dict[int, Option | None], int, int, bool, float, dict[str, int]]:
    """Solve; returns (unit index -> option or None, objective, bound, optimal, seconds, terms)."""
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    fixed_used: dict[tuple[int, int, dt.date], int] = Counter()
    for u in units:
        if u.fixed is not None:
            for n in u.nights:
                fixed_used[(u.fixed.hotel_id, u.fixed.room_type_id, n)] += 1
    free_units = [u for u in units if u.fixed is None and u.options]
    classes, kinds = _classes(free_units)
    terms: dict[str, list[Any]] = defaultdict(list)
    constant = sum(u.unplaced_cost for u in units if u.fixed is None and not u.options)

    # A greedy plan (0.2 s for 2,000 guests), the fallback when the solver stops early with nothing
    # better (issue 17: on a busy machine it may not even finish presolving within the limit).  Not a
    # hint: hinting it made the proof slower (deterministic time 3.11 instead of 2.73).
    start = _greedy_start(s, units, fixed_used)
    # Issue 17: hotel per class (z), room type per kind and hotel (in_type), instead of one variable per
    # class and (hotel, type).  Same optimum, but (a) y[d, h] ≥ z / count bounds the delegation by its
    # whole share of the hotel, where y ≥ x per type let the LP spread a guest over three types at a
    # third of a y each (first bound 71,203 instead of 70,786 on the 71,206 benchmark), and (b) which
    # of two alike guests of different delegations takes the executive room is no longer a choice the
    # search can branch on.  Deterministic time 5.8 → 0.15 on the 2,000-guest benchmark.
    z: dict[tuple[int, int], Any] = {}  # (class, hotel) -> units of the class in the hotel
    in_type: dict[tuple[int, Option], Any] = {}  # (kind, option) -> units of the kind in that room type
    unplaced_by_delegation: dict[int, list[Any]] = defaultdict(list)
    by_capacity: dict[tuple[int, int, dt.date], list[Any]] = defaultdict(list)
    by_delegation_hotel: dict[tuple[int, int], list[tuple[Any, int]]] = defaultdict(list)
    in_kind: dict[tuple[int, int], list[Any]] = defaultdict(list)  # (kind, hotel) -> the z there
    kind_units: Counter[tuple[int, int]] = Counter()
    for ci, cls in enumerate(classes):
        count = len(cls.units)
        placed = []
        for h, cost in sorted(cls.hotel_costs.items()):
            x = (model.new_bool_var(f"z{ci}_{h}") if count == 1 else model.new_int_var(0, count, f"z{ci}_{h}"))
            z[(ci, h)] = x
            placed.append(x)
            if cost:
                terms["options"].append(cost * x)
            in_kind[(cls.kind, h)].append(x)
            kind_units[(cls.kind, h)] += count
            if cls.delegation_id is not None:
                by_delegation_hotel[(cls.delegation_id, h)].append((x, count))
            if all(u.current is not None and u.current.hotel_id == h for u in cls.units):
                model.add_hint(x, count)
        model.add(sum(placed) <= count)
        terms["unplaced"].append(cls.unplaced_cost * (count - sum(placed)))
        if cls.delegation_id is not None:
            unplaced_by_delegation[cls.delegation_id].append(count - sum(placed))
    current_in: Counter[tuple[int, Option]] = Counter()
    for cls in classes:
        for u in cls.units:
            if u.current is not None and u.current in u.options:
                current_in[(cls.kind, u.current)] += 1
    for (k, h), zs in sorted(in_kind.items()):
        kind = kinds[k]
        options = sorted((o for o in kind.residual if o.hotel_id == h), key=lambda o: o.room_type_id)
        if len(options) == 1:  # one type: the hotel's count is the type's
            for n in kind.nights:
                by_capacity[(h, options[0].room_type_id, n)].extend(zs)
            continue
        ts = []
        for option in options:
            x = model.new_int_var(0, kind_units[(k, h)], f"t{k}_{option.room_type_id}")
            in_type[(k, option)] = x
            ts.append(x)
            if kind.residual[option]:
                terms["options"].append(kind.residual[option] * x)
            for n in kind.nights:
                by_capacity[(h, option.room_type_id, n)].append(x)
            if current_in[(k, option)]:
                model.add_hint(x, current_in[(k, option)])
        model.add(sum(ts) == sum(zs))

    for (h, t, n), xs in by_capacity.items():
        free = max(s.blocks.get((h, t, n), 0) - fixed_used.get((h, t, n), 0), 0)
        model.add(sum(xs) <= free)

    # Delegations in one hotel: y[d, h] is 1 when anyone of d is in h.
    fixed_hotels: dict[int, set[int]] = defaultdict(set)
    d_units: dict[int, list[_Unit]] = defaultdict(list)
    for u in units:
        if u.delegation_id is not None and (u.fixed is not None or u.options):
            d_units[u.delegation_id].append(u)
    for u in units:
        if u.fixed is not None and u.delegation_id is not None:
            fixed_hotels[u.delegation_id].add(u.fixed.hotel_id)
    delegation_hotels: dict[int, set[int]] = defaultdict(set)
    for (d, h) in by_delegation_hotel:
        delegation_hotels[d].add(h)
    for d, hs in fixed_hotels.items():
        delegation_hotels[d] |= hs
    for d, hs in delegation_hotels.items():
        if len(hs) < 2:
            continue
        ys = []
        for h in sorted(hs):
            if h in fixed_hotels.get(d, set()):
                ys.append(1)
                continue
            y = model.new_bool_var(f"y{d}_{h}")
            for x, count in by_delegation_hotel[(d, h)]:
                if count == 1:
                    model.add_implication(x, y)
                else:
                    model.add(x <= count * y)
            ys.append(y)
        split = model.new_int_var(0, len(hs) - 1, f"split{d}")
        model.add(split >= sum(ys) - 1)
        terms["split"].append(weights.split * split)
        # Cuts: a delegation that cannot fit in hotel h alone is split (or someone unplaced)
        # whenever anyone is in h.  Makes forced splits visible to the LP bound.
        unplaced = sum(unplaced_by_delegation.get(d, []))
        cannot = [not _fits_alone(s, d_units.get(d, []), h, fixed_used) for h in sorted(hs)]
        for y, no_fit in zip(ys, cannot):
            if no_fit and not isinstance(y, int):
                model.add(y <= split + unplaced)
        if all(cannot) and unplaced_by_delegation.get(d):
            model.add(split + unplaced >= 1)

    # Attrition: rooms below the threshold per hotel and night.
    for h, percent in s.attrition.items():
        for n in s.nights:
            block = sum(rooms for (bh, _t, bn), rooms in s.blocks.items() if bh == h and bn == n)
            threshold = math.ceil(block * percent / 100)
            if threshold <= 0:
                continue
            fixed = sum(c for (fh, _t, fn), c in fixed_used.items() if fh == h and fn == n)
            used = [x for (bh, _t, bn), xs in by_capacity.items() if bh == h and bn == n for x in xs]
            if fixed >= threshold:
                continue
            if not used:
                constant += weights.attrition * (threshold - fixed)
                continue
            short = model.new_int_var(0, threshold - fixed, f"short{h}_{n.isoformat()}")
            model.add(short >= threshold - fixed - sum(used))
            terms["attrition"].append(weights.attrition * short)

    model.minimize(sum(sum(t) for t in terms.values()) + constant)

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit)
    solver.parameters.num_workers = workers or _workers()
    if solver.parameters.num_workers <= len(SUBSOLVERS):
        solver.parameters.subsolvers.extend(SUBSOLVERS[:solver.parameters.num_workers])
    solver.parameters.random_seed = 1
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["status"] = solver.solve(model)
        except BaseException as exc:  # noqa: BLE001 - handed back to the calling thread
            result["error"] = exc

    started = time.perf_counter()
    cancelled = False
    if progress is None:
        run()
    else:
        total = max(int(time_limit * 1000), 1)
        if progress(0, total) is False:
            raise AllocationCancelled("Allocation cancelled; nothing was changed.")
        worker = threading.Thread(target=run, name="hotel-allocation", daemon=True)
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
    if "error" in result:
        raise result["error"]
    if cancelled:
        raise AllocationCancelled("Allocation cancelled; nothing was changed.")
    status = result["status"]
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    if status != cp_model.OPTIMAL:
        # Stopped early (a busy machine): never hand back worse than the greedy start.
        greedy, greedy_terms = _evaluate(s, units, start, weights)
        if not found or greedy < int(round(solver.objective_value)):
            bound = solver.best_objective_bound if found else -math.inf
            chosen = {id(u): (u.fixed if u.fixed is not None else start.get(id(u))) for u in units}
            # No bound from the solver: 0 (every weight is ≥ 0).
            return (chosen, greedy, int(round(bound)) if math.isfinite(bound) else 0, False, seconds,
                    greedy_terms)
    if not found:
        raise HotelError(f"The solver found no allocation within {time_limit:g} s"
                         f" ({solver.status_name(status)}); allow more time (--time-limit).")

    chosen: dict[int, Option | None] = {}
    for u in units:
        if u.fixed is not None:
            chosen[id(u)] = u.fixed
        elif not u.options:
            chosen[id(u)] = None
    # Hotels per class (units already in a hotel stay there first), then room types per kind and hotel
    # (units already in a type keep it first); identical costs, so any order is optimal.
    in_hotel: dict[tuple[int, int], list[_Unit]] = defaultdict(list)
    for ci, cls in enumerate(classes):
        counts = {h: int(solver.value(z[(ci, h)])) for h in sorted(cls.hotel_costs)}
        members = sorted(cls.units, key=lambda u: min(s.guests[m].sort_key for m in u.members))
        hotel_of: dict[int, int] = {}
        for u in members:
            if u.current is not None and counts.get(u.current.hotel_id, 0) > 0:
                counts[u.current.hotel_id] -= 1
                hotel_of[id(u)] = u.current.hotel_id
        for u in members:
            if id(u) not in hotel_of:
                h = next((h for h, left in counts.items() if left > 0), None)
                if h is None:
                    chosen[id(u)] = None
                    continue
                counts[h] -= 1
                hotel_of[id(u)] = h
            in_hotel[(cls.kind, hotel_of[id(u)])].append(u)
    for (k, h), placed_units in in_hotel.items():
        options = sorted((o for o in kinds[k].residual if o.hotel_id == h), key=lambda o: o.room_type_id)
        queue: list[Option] = []
        if len(options) == 1:
            queue = options * len(placed_units)
        else:
            for option in options:
                queue += [option] * int(solver.value(in_type[(k, option)]))
        placed_units.sort(key=lambda u: min(s.guests[m].sort_key for m in u.members))
        for u in placed_units:
            if u.current in queue:
                queue.remove(u.current)
                chosen[id(u)] = u.current
        for u in placed_units:
            if id(u) not in chosen:
                chosen[id(u)] = queue.pop(0)
    term_values = {name: int(sum(solver.value(e) for e in exprs)) for name, exprs in terms.items()}
    if constant:
        term_values["constant"] = int(constant)
    return (chosen, int(round(solver.objective_value)), int(round(solver.best_objective_bound)),
            status == cp_model.OPTIMAL, seconds, term_values)


def hotel_prefixes(hotels: dict[int, str]) -> dict[int, str]:
    """A short prefix per hotel for room labels: its initial, or initial + id when shared."""
    initials = {hid: (words(name)[:1] or ["h"])[0][:1].upper() for hid, name in hotels.items()}
    counts = Counter(initials.values())
    return {hid: (p if counts[p] == 1 else f"{p}{hid}") for hid, p in initials.items()}


_TYPE_ABBREVIATIONS = {"single": "SGL", "double": "DBL", "twin": "TWN", "suite": "STE", "accessible": "ACC",
                       "triple": "TPL", "quad": "QAD"}


def type_abbreviation(code: str) -> str:
    return _TYPE_ABBREVIATIONS.get(code.lower(), (re.sub(r"[^A-Za-z0-9]", "", code)[:3] or "RM").upper())


def _room_label(prefix: str, code: str, number: int) -> str:
    return f"{prefix}-{type_abbreviation(code)}-{number:03d}"


_LABEL_NUMBER = re.compile(r"-(\d+)$")


def _pack_labels(
    s: _Situation, placements: list[tuple[_Unit, Option]], fixed_labels: dict[int, str] | None = None,
) -> dict[int, str]:
    """Unit id -> room label; a label holds a contiguous stay and never two rooms on one night.

    Units keep their current label when it is still theirs and free; the rest
    are packed greedily (sorted by first night) into the lowest free number.
    """
    prefixes = hotel_prefixes(s.hotels)
    labels: dict[int, str] = {}
    by_type: dict[Option, list[_Unit]] = defaultdict(list)
    for unit, option in placements:
        by_type[option].append(unit)
    for option, units in by_type.items():
        rt = s.types[option.room_type_id]
        prefix = prefixes[option.hotel_id]
        taken: dict[str, set[dt.date]] = defaultdict(set)

        def free(label: str, nights: Sequence[dt.date]) -> bool:
            return not taken[label].intersection(nights)

        pending = []
        for unit in sorted(units, key=lambda u: (u.nights[0] if u.nights else dt.date.min, -len(u.nights),
                                                 min(s.guests[m].sort_key for m in u.members))):
            old = [s.guests[m].current for m in unit.members]
            old_labels = {c.room_label for c in old if c and c.room_label
                          and Option(c.hotel_id, c.room_type_id) == option}
            keep = next(iter(old_labels)) if len(old_labels) == 1 else None
            if keep and free(keep, unit.nights):
                taken[keep].update(unit.nights)
                labels[id(unit)] = keep
            else:
                pending.append(unit)
        for unit in pending:
            number = 1
            while True:
                label = _room_label(prefix, rt.code, number)
                if free(label, unit.nights):
                    break
                number += 1
            taken[label].update(unit.nights)
            labels[id(unit)] = label
    return labels


def _usage(placements: Iterable[tuple[_Unit, Option]]) -> Counter[tuple[int, int, dt.date]]:
    used: Counter[tuple[int, int, dt.date]] = Counter()
    for unit, option in placements:
        for n in unit.nights:
            used[(option.hotel_id, option.room_type_id, n)] += 1
    return used


def _unplaced_reason(s: _Situation, unit: _Unit, used: Counter[tuple[int, int, dt.date]]) -> tuple[str, Text]:
    if unit.reason is not None:
        return unit.reason
    full = [n for n in unit.nights
            if all(used[(o.hotel_id, o.room_type_id, n)] >= s.blocks.get((o.hotel_id, o.room_type_id, n), 0)
                   for o in unit.options)]
    type_names = "/".join(sorted({s.types[o.room_type_id].code for o in unit.options}))
    if not full:  # every night has some room, but no single type/hotel has the whole stay free
        return ("exhausted", Text("room type exhausted: no hotel has one {room_types} room free for every night of"
                                  " the stay ({first}..{last})", room_types=type_names, first=unit.nights[0],
                                  last=unit.nights[-1]))
    if unit.size > 1:
        return ("exhausted", Text("room type exhausted: every {room_types} room for {guests} is taken on {nights}",
                                  room_types=type_names, guests=unit.size, nights=join(full, ", ")))
    return ("exhausted", Text("room type exhausted: every {room_types} room is taken on {nights}",
                              room_types=type_names, nights=join(full, ", ")))


def _split_reason(
    s: _Situation, d_units: list[tuple[_Unit, Option]], all_placements: list[tuple[_Unit, Option]],
) -> Text:
    if sum(1 for u, _o in d_units if u.fixed is not None) and len({o.hotel_id for u, o in d_units
                                                                 if u.fixed is not None}) > 1:
        return Text("locked assignments in more than one hotel")
    used = _usage(all_placements)
    parts: list[Text] = []
    for h in sorted({o.hotel_id for _u, o in d_units} | set(s.hotels)):
        if any(h not in {o.hotel_id for o in u.options} and u.fixed is None for u, _o in d_units):
            blocked = [u for u, _o in d_units if u.fixed is None and h not in {o.hotel_id for o in u.options}]
            names = ", ".join(s.guests[m].name for u in blocked for m in u.members)
            parts.append(Text("{hotel} has no suitable room for {names}", hotel=s.hotels[h], names=names))
            continue
        outside = [(u, o) for u, o in d_units if o.hotel_id != h]
        if any(u.fixed is not None for u, _o in outside):
            parts.append(Text("a locked guest stays outside {hotel}", hotel=s.hotels[h]))
            continue
        worst: tuple[int, dt.date, int, int] | None = None
        for n in s.nights:
            need = sum(1 for u, _o in outside if n in u.nights)
            if not need:
                continue
            types = {o.room_type_id for u, _o in outside for o in u.options if o.hotel_id == h}
            free = sum(s.blocks.get((h, t, n), 0) - used[(h, t, n)] for t in types)
            if free < need and (worst is None or need - free > worst[0]):
                worst = (need - free, n, free, need)
        if worst is not None:
            parts.append(Text("{hotel} has {free} suitable rooms free on {night} for the {needed} more needed",
                              hotel=s.hotels[h], free=max(worst[2], 0), night=worst[1], needed=worst[3]))
        else:
            parts.append(Text("{hotel} would need rooms taken by other delegations", hotel=s.hotels[h]))
    return Text("not enough rooms in one hotel: {reasons}", reasons=join(parts))


def _fingerprint(rows: dict[int, _Current]) -> tuple[tuple[Any, ...], ...]:
    return tuple(sorted((pid, c.hotel_id, c.room_type_id, c.arrival, c.departure, c.room_label, c.locked)
                        for pid, c in rows.items()))


def _describe(s: _Situation, hotel_id: int, room_type_id: int, arrival: dt.date, departure: dt.date,
              label: str, locked: bool) -> dict[str, Any]:
    rt = s.types.get(room_type_id)
    return {"hotel": s.hotels.get(hotel_id, str(hotel_id)), "room_type": rt.code if rt else str(room_type_id),
            "arrival": arrival.isoformat(), "departure": departure.isoformat(), "room_label": label,
            "locked": locked}


def allocate(
    db: Database,
    keep_locks: bool = True,
    time_limit: float = 10.0,
    progress: ProgressCallback | None = None,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    workers: int | None = None,
    lang: str = "en",
) -> AllocationPlan:
    """Compute an allocation of every guest (nothing is written: see :func:`apply_allocation`).

    ``progress(done_ms, total_ms)`` is called about every 50 ms while the
    solver runs; returning ``False`` stops it and raises :class:`AllocationCancelled`.
    """
    if time_limit <= 0:
        raise HotelError(Text("The time limit must be more than 0 seconds."))
    with db.session() as session:
        s = _read(session, lang)
    if not s.hotels:
        raise HotelError(Text("There are no hotels: add hotels, room types and blocks first."))
    units, issues, notes = _build_units(s, keep_locks, weights)
    for u in units:
        if u.fixed is not None:
            over = [n for n in u.nights if s.blocks.get((u.fixed.hotel_id, u.fixed.room_type_id, n), 0) <= 0]
            if over:
                notes.append(Text("{names}: locked in {hotel} {room_type} on nights without a block ({nights})",
                                  names=", ".join(s.guests[m].name for m in u.members),
                                  hotel=s.hotels[u.fixed.hotel_id], room_type=s.types[u.fixed.room_type_id].code,
                                  nights=join(over, ", ")))
    chosen, objective, bound, optimal, seconds, terms = _solve(s, units, weights, time_limit, progress, workers)
    placements = [(u, o) for u in units if (o := chosen.get(id(u))) is not None]
    used = _usage(placements)
    for (h, t, n), count in sorted(used.items()):
        if count > s.blocks.get((h, t, n), 0):
            notes.append(Text("{hotel} {room_type} on {night}: {count} rooms for a block of {block}"
                              " (locked assignments)", hotel=s.hotels[h], room_type=s.types[t].code, night=n,
                              count=count, block=s.blocks.get((h, t, n), 0)))
    labels = _pack_labels(s, placements)

    stays: list[PlannedStay] = []
    for u, o in placements:
        label = labels[id(u)]
        for m in u.members:
            g = s.guests[m]
            assert g.first is not None and g.last is not None
            stays.append(PlannedStay(
                participant_id=m, name=g.name, delegation=g.delegation, hotel_id=o.hotel_id,
                hotel=s.hotels[o.hotel_id], room_type_id=o.room_type_id, room_type=s.types[o.room_type_id].code,
                arrival=g.first, departure=g.last + DAY, room_label=label,
                share_group=label if u.size > 1 else None,
                locked=bool(g.current and g.current.locked and (keep_locks or u.current == o)),
            ))
    stays.sort(key=lambda st: (st.hotel, st.arrival, s.guests[st.participant_id].sort_key))

    unplaced = []
    for u in units:
        if chosen.get(id(u)) is None:
            code, reason = _unplaced_reason(s, u, used)
            for m in u.members:
                g = s.guests[m]
                unplaced.append(Unplaced(m, g.name, g.delegation, code, reason))
    unplaced.sort(key=lambda x: (x.delegation, s.guests[x.participant_id].sort_key))

    by_delegation: dict[int, list[tuple[_Unit, Option]]] = defaultdict(list)
    for u, o in placements:
        if u.delegation_id is not None:
            by_delegation[u.delegation_id].append((u, o))
    splits = []
    for d, d_units in by_delegation.items():
        counts = Counter(s.hotels[o.hotel_id] for u, o in d_units for _m in u.members)
        if len(counts) > 1:
            name = s.guests[d_units[0][0].members[0]].delegation
            splits.append(SplitDelegation(d, name, dict(sorted(counts.items())),
                                          _split_reason(s, d_units, placements)))
    splits.sort(key=lambda x: x.delegation)

    changes = _changes(s, stays)
    return AllocationPlan(
        stays=stays, unplaced=unplaced, split_delegations=splits, sharer_issues=issues, notes=notes,
        changes=changes, objective=objective, best_bound=bound, optimal=optimal, solve_seconds=seconds,
        guests=len(s.guests), keep_locks=keep_locks, base=_fingerprint(s.current_rows), objective_terms=terms,
    )


def _changes(s: _Situation, stays: list[PlannedStay]) -> list[Change]:
    changes = []
    planned = {st.participant_id: st for st in stays}
    for st in stays:
        c = s.current_rows.get(st.participant_id)
        after = _describe(s, st.hotel_id, st.room_type_id, st.arrival, st.departure, st.room_label, st.locked)
        if c is None:
            changes.append(Change(st.participant_id, st.name, "new", None, after))
            continue
        before = _describe(s, c.hotel_id, c.room_type_id, c.arrival, c.departure, c.room_label, c.locked)
        if (c.hotel_id, c.room_type_id) != (st.hotel_id, st.room_type_id):
            kind = "moved"
        elif (c.arrival, c.departure) != (st.arrival, st.departure):
            kind = "dates"
        elif c.room_label != st.room_label:
            kind = "room"
        else:
            continue
        changes.append(Change(st.participant_id, st.name, kind, before, after))
    for pid, c in s.current_rows.items():
        if pid not in planned:
            before = _describe(s, c.hotel_id, c.room_type_id, c.arrival, c.departure, c.room_label, c.locked)
            changes.append(Change(pid, s.names.get(pid, str(pid)), "removed", before, None))
    order = {"moved": 0, "new": 1, "removed": 2, "dates": 3, "room": 4}
    changes.sort(key=lambda ch: (order[ch.kind], ch.participant))
    return changes


def _billing(session: Session, participant: Participant, room_type_id: int, arrival: dt.date,
             departure: dt.date) -> Billing:
    if not participant.hotel_funded:
        return Billing.GUEST
    guest_blocks = session.scalar(
        select(RoomBlock.id).where(RoomBlock.room_type_id == room_type_id, RoomBlock.night >= arrival,
                                   RoomBlock.night < departure, RoomBlock.billing == Billing.GUEST).limit(1)
    )
    return Billing.GUEST if guest_blocks is not None else Billing.ORGANISER


def apply_allocation(
    db: Database, plan: AllocationPlan, actor: Actor | None = None, progress: ProgressCallback | None = None,
) -> int:
    """Write ``plan`` in one transaction with one audit entry; returns the number of changes.

    Refuses (:class:`StalePlanError`) when the assignments changed since the
    plan was computed.  ``progress`` returning ``False`` cancels: nothing is written.
    """
    actor = actor or Actor()
    total = len(plan.stays) + len(plan.changes)
    from ..foundation.backups import auto_backup

    auto_backup(db, "hotel-allocation")  # a bulk write: keep the assignments as they were
    with db.session() as session:
        rows = {a.participant_id: a for a in session.scalars(select(RoomAssignment))}
        current = {pid: _Current(a.hotel_id, a.room_type_id, a.arrival, a.departure, a.room_label,
                                 a.share_group, bool(a.locked)) for pid, a in rows.items()}
        if _fingerprint(current) != plan.base:
            raise StalePlanError(Text("The room assignments changed since this allocation was computed;"
                                      " run the allocation again."))
        if progress is not None and progress(0, total) is False:
            raise AllocationCancelled(Text("Allocation not applied; nothing was changed."))
        planned = {st.participant_id for st in plan.stays}
        for pid, row in rows.items():
            if pid not in planned:
                session.delete(row)
        session.flush()
        participants = {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(planned)))}
        for i, st in enumerate(plan.stays, start=1):
            row = rows.get(st.participant_id)
            if row is None:
                p = participants[st.participant_id]
                row = RoomAssignment(participant_id=st.participant_id, confirmation="", special_requests="",
                                     billing=_billing(session, p, st.room_type_id, st.arrival, st.departure))
                session.add(row)
            elif row.hotel_id != st.hotel_id:
                row.confirmation = ""  # the old hotel's number means nothing at the new one
            row.hotel_id, row.room_type_id = st.hotel_id, st.room_type_id
            row.arrival, row.departure = st.arrival, st.departure
            row.room_label, row.share_group, row.locked = st.room_label, st.share_group, st.locked
            if progress is not None and i % 200 == 0 and progress(i, total) is False:
                raise AllocationCancelled(Text("Allocation not applied; nothing was changed."))
        record(
            session, actor, "hotel allocate", "room_assignment", None,
            summary=f"Hotel allocation applied: {plan.placed} placed, {len(plan.unplaced)} unplaced,"
                    f" {len(plan.changes)} changes",
            changes={"changes": [{"participant_id": c.participant_id, "participant": c.participant,
                                  "kind": c.kind, "before": c.before, "after": c.after} for c in plan.changes],
                     "unplaced": [u.participant_id for u in plan.unplaced],
                     "objective": plan.objective, "optimal": plan.optimal},
        )
        if progress is not None and progress(total, total) is False:
            raise AllocationCancelled(Text("Allocation not applied; nothing was changed."))
    return len(plan.changes)
