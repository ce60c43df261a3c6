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
    templates are listed in ``ui/core_messages.py``).

The model (:func:`allocate`)
    One decision per *room unit* (a guest alone, or a share group): a (hotel,
    room type) for the whole stay, or unplaced.  Identical units of a delegation
    (same nights, same allowed options and costs) are merged into one integer
    variable per option, which keeps the model small and free of symmetry.
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
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
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
    RoomType,
)
from ..foundation.names import with_original
from ..foundation.text import fold, names_matching, words

ProgressCallback = Callable[[int, int], "bool | None"]
DAY = dt.timedelta(days=1)


class HotelError(ConferenceDeskError):
    """A hotel operation that cannot be done (message for the user, one line)."""


class AllocationCancelled(ConferenceDeskError):
    """The progress callback asked to stop; nothing was written."""


class StalePlanError(HotelError):
    """The assignments changed after the plan was computed."""


# --------------------------------------------------------------------------
# Weights of the objective
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Plain data handed to callers
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Reading the situation
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Sharers
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Units and their options
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# The CP-SAT model
# --------------------------------------------------------------------------


@dataclass
class _Class:
    units: list[_Unit]
    delegation_id: int | None
    nights: tuple[dt.date, ...]
    options: dict[Option, int]
    unplaced_cost: int


def _classes(units: Iterable[_Unit]) -> list[_Class]:
    by_key: dict[Any, _Class] = {}
    for u in units:
        key = (u.delegation_id, u.nights, tuple(sorted((o.hotel_id, o.room_type_id, c)
                                                       for o, c in u.options.items())), u.unplaced_cost)
        cls = by_key.get(key)
        if cls is None:
            cls = by_key[key] = _Class([], u.delegation_id, u.nights, dict(u.options), u.unplaced_cost)
        cls.units.append(u)
    return list(by_key.values())


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
# within 10 s.  "no_lp" is the insurance that a plan always comes back, so it stays.
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
    classes = _classes(free_units)
    terms: dict[str, list[Any]] = defaultdict(list)
    constant = sum(u.unplaced_cost for u in units if u.fixed is None and not u.options)

    # A greedy plan (0.2 s for 2,000 guests), the fallback when the solver stops early with nothing
    # better (issue 17: on a busy machine it may not even finish presolving within the limit).  Not a
    # hint: hinting it made the proof slower (deterministic time 3.11 instead of 2.73).
    start = _greedy_start(s, units, fixed_used)
    var: dict[tuple[int, Option], Any] = {}
    unplaced_by_delegation: dict[int, list[Any]] = defaultdict(list)
    by_capacity: dict[tuple[int, int, dt.date], list[Any]] = defaultdict(list)
    by_delegation_hotel: dict[tuple[int, int], list[tuple[Any, int]]] = defaultdict(list)
    for ci, cls in enumerate(classes):
        count = len(cls.units)
        placed = []
        for option, cost in sorted(cls.options.items(), key=lambda oc: (oc[0].hotel_id, oc[0].room_type_id)):
            x = (model.new_bool_var(f"x{ci}_{option.room_type_id}") if count == 1
                 else model.new_int_var(0, count, f"n{ci}_{option.room_type_id}"))
            var[(ci, option)] = x
            placed.append(x)
            if cost:
                terms["options"].append(cost * x)
            for n in cls.nights:
                by_capacity[(option.hotel_id, option.room_type_id, n)].append(x)
            if cls.delegation_id is not None:
                by_delegation_hotel[(cls.delegation_id, option.hotel_id)].append((x, count))
            if {u.current for u in cls.units} == {option}:
                model.add_hint(x, count)
        model.add(sum(placed) <= count)
        terms["unplaced"].append(cls.unplaced_cost * (count - sum(placed)))
        if cls.delegation_id is not None:
            unplaced_by_delegation[cls.delegation_id].append(count - sum(placed))

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
    for ci, cls in enumerate(classes):
        queue: list[Option] = []
        for option in cls.options:
            queue += [option] * int(solver.value(var[(ci, option)]))
        members = sorted(cls.units, key=lambda u: min(s.guests[m].sort_key for m in u.members))
        # Units already in an option keep it first (identical costs: any order is optimal).
        for u in members:
            if u.current in queue:
                queue.remove(u.current)
                chosen[id(u)] = u.current
        for u in members:
            if id(u) not in chosen:
                chosen[id(u)] = queue.pop(0) if queue else None
    term_values = {name: int(sum(solver.value(e) for e in exprs)) for name, exprs in terms.items()}
    if constant:
        term_values["constant"] = int(constant)
    return (chosen, int(round(solver.objective_value)), int(round(solver.best_objective_bound)),
            status == cp_model.OPTIMAL, seconds, term_values)


# --------------------------------------------------------------------------
# Room labels: greedy interval packing per hotel and type
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Explaining: unplaced guests and split delegations
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# allocate / apply
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Manual overrides
# --------------------------------------------------------------------------


def _assignment_dict(session: Session, a: RoomAssignment) -> dict[str, Any]:
    hotel = session.get(Hotel, a.hotel_id)
    rt = session.get(RoomType, a.room_type_id)
    return {"hotel": hotel.name if hotel else a.hotel_id, "room_type": rt.code if rt else a.room_type_id,
            "arrival": a.arrival.isoformat(), "departure": a.departure.isoformat(),
            "room_label": a.room_label, "share_group": a.share_group, "locked": a.locked,
            "billing": a.billing.value, "confirmation": a.confirmation}


def _guest_nights(session: Session, p: Participant) -> tuple[dt.date, dt.date]:
    conference = session.scalar(select(Conference).limit(1))
    nights = sorted({n for (n,) in session.execute(select(RoomBlock.night).distinct())})
    arrival = p.arrival_date or (conference.arrival_date if conference else None)
    departure = p.departure_date or (conference.departure_date if conference else None)
    if arrival is None or departure is None or not nights:
        raise HotelError(Text("{guest} has no arrival/departure dates or there are no room blocks.",
                              guest=p.latin_name))
    first, last = max(arrival, nights[0]), min(departure - DAY, nights[-1])
    if last < first:
        raise HotelError(Text("{guest}'s stay ({arrival}..{departure}) has no night in the block period"
                              " ({first}..{last}).", guest=p.latin_name, arrival=arrival, departure=departure,
                              first=nights[0], last=nights[-1]))
    return first, last + DAY


def _room_numbers(session: Session, room_type_id: int, exclude: set[int]) -> dict[str, set[dt.date]]:
    taken: dict[str, set[dt.date]] = defaultdict(set)
    for a in session.scalars(select(RoomAssignment).where(RoomAssignment.room_type_id == room_type_id)):
        if a.participant_id in exclude:
            continue
        taken[a.room_label or f"#{a.participant_id}"].update(
            a.arrival + DAY * i for i in range((a.departure - a.arrival).days))
    return taken


def move_guest(
    db: Database,
    participant_id: int,
    hotel_id: int,
    room_type_id: int,
    lock: bool = True,
    actor: Actor | None = None,
    *,
    with_sharers: bool = True,
) -> dict[str, Any]:
    """Put a guest (with the sharers of their room) into another hotel/room type, in a new room.

    Refuses, naming the night, when a night of the stay would go over the block.
    Logged in the audit log; the assignment is locked unless ``lock`` is False.
    """
    actor = actor or Actor()
    with db.session() as session:
        return _move_guest(session, participant_id, hotel_id, room_type_id, lock, actor, with_sharers)


def move_guests(
    db: Database,
    participant_ids: Sequence[int],
    hotel_id: int,
    room_type_id: int,
    lock: bool = True,
    actor: Actor | None = None,
) -> list[dict[str, Any]]:
    """:func:`move_guest` for several guests (each with their room's sharers) in one transaction.

    A guest already moved as the sharer of an earlier one is not moved again.
    One refusal and nothing is changed for anyone.
    """
    actor = actor or Actor()
    results: list[dict[str, Any]] = []
    moved: set[int] = set()
    with db.session() as session:
        for pid in dict.fromkeys(participant_ids):
            if pid in moved:
                continue
            result = _move_guest(session, pid, hotel_id, room_type_id, lock, actor, True)
            moved.update(result["participants"])
            results.append(result)
    return results


def _move_guest(session: Session, participant_id: int, hotel_id: int, room_type_id: int, lock: bool,
                actor: Actor, with_sharers: bool) -> dict[str, Any]:
    """The body of :func:`move_guest`, inside the caller's transaction."""
    p = session.get(Participant, participant_id)
    if p is None:
        raise HotelError(Text("No participant with id {id}.", id=str(participant_id)))
    if not p.needs_hotel or p.status == ParticipantStatus.CANCELLED:
        raise HotelError(Text("{guest} is not a hotel guest (no hotel needed, or cancelled).", guest=p.latin_name))
    hotel = session.get(Hotel, hotel_id)
    rt = session.get(RoomType, room_type_id)
    if hotel is None or rt is None or rt.hotel_id != hotel.id:
        raise HotelError(Text("That room type is not one of that hotel's."))
    mine = session.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == participant_id))
    rows: list[RoomAssignment] = [mine] if mine else []
    if mine is not None and with_sharers and mine.share_group:
        rows = list(session.scalars(select(RoomAssignment).where(
            RoomAssignment.room_type_id == mine.room_type_id,
            RoomAssignment.share_group == mine.share_group)))
    if mine is None:
        arrival, departure = _guest_nights(session, p)
        people = [p]
    else:
        arrival, departure = min(r.arrival for r in rows), max(r.departure for r in rows)
        people = [r.participant for r in rows]
    if rt.capacity < len(people):
        raise HotelError(Text("A {room_type} room holds {capacity}; {guests} guests share this room.",
                              room_type=rt.name, capacity=rt.capacity, guests=len(people)))
    if not rt.accessible and any((x.accessibility_needs or "").strip() for x in people):
        raise HotelError(Text("{guest} needs an accessible room; {room_type} is not one.", guest=p.latin_name,
                              room_type=rt.name))
    nights = [arrival + DAY * i for i in range((departure - arrival).days)]
    blocks = {b.night: b.rooms for b in session.scalars(select(RoomBlock).where(RoomBlock.room_type_id == rt.id))}
    taken = _room_numbers(session, rt.id, {x.id for x in people})
    for n in nights:
        used = sum(1 for dates in taken.values() if n in dates)
        block = blocks.get(n, 0)
        if block <= 0:
            raise HotelError(Text("Cannot move {guest}: {hotel} has no {room_type} rooms in the block on the night"
                                  " of {night}.", guest=p.latin_name, hotel=hotel.name, room_type=rt.name, night=n))
        if used + 1 > block:
            raise HotelError(Text("Cannot move {guest}: {hotel} {room_type} is full on the night of {night}"
                                  " ({used} of {block} rooms taken).", guest=p.latin_name, hotel=hotel.name,
                                  room_type=rt.name, night=n, used=used, block=block))
    prefix = hotel_prefixes({h.id: h.name for h in session.scalars(select(Hotel))})[hotel.id]
    number = 1
    while taken.get(label := _room_label(prefix, rt.code, number), set()).intersection(nights):
        number += 1
    before = {}
    after = {}
    by_person = {r.participant_id: r for r in rows}
    for person in people:
        row = by_person.get(person.id)
        if row is None:
            row = RoomAssignment(participant_id=person.id, arrival=arrival, departure=departure,
                                 confirmation="", special_requests="",
                                 billing=_billing(session, person, rt.id, arrival, departure))
            session.add(row)
            before[person.id] = None
        else:
            before[person.id] = _assignment_dict(session, row)
            if row.hotel_id != hotel.id:
                row.confirmation = ""
        row.hotel_id, row.room_type_id = hotel.id, rt.id
        row.room_label = label
        row.share_group = label if len(people) > 1 else None
        row.locked = lock
        session.flush()
        after[person.id] = _assignment_dict(session, row)
    for person in people:
        record(session, actor, "hotel move", "participant", person.id,
               summary=f"{person.latin_name}: moved to {hotel.name}, {rt.name} {label}"
                       + (" (locked)" if lock else ""),
               changes={"assignment": [before[person.id], after[person.id]]})
    return {"participants": [x.id for x in people], "hotel": hotel.name, "room_type": rt.code,
            "room_label": label, "arrival": arrival.isoformat(), "departure": departure.isoformat(),
            "locked": lock}


class HotelRefusal(HotelError):
    """A refused room share; its message is a :class:`~.messages.Text` (``message_of(exc)``),
    so a screen can translate it and put the names, rooms and dates back in."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)


def share_room(
    db: Database, participant_id: int, with_participant_id: int, actor: Actor | None = None, lock: bool = True,
) -> dict[str, Any]:
    """Put a guest into another guest's room (same hotel, room type and room label) to share it.

    The mover keeps their own nights.  Refused, naming both guests, when the
    room type holds one guest, the room is full on a night, a night on which
    the other guest is not there would go over the block (the mover then needs
    the room alone), or the mover needs an accessible room and this is not one.
    One transaction, logged as ``hotel share``; the mover's assignment is
    locked unless ``lock`` is False (like :func:`move_guest`).
    """
    return share_rooms(db, [participant_id], with_participant_id, actor, lock)[0]


def share_rooms(
    db: Database, participant_ids: Sequence[int], with_participant_id: int, actor: Actor | None = None,
    lock: bool = True,
) -> list[dict[str, Any]]:
    """:func:`share_room` for several guests into one room, in one transaction (one refusal: nothing changes)."""
    actor = actor or Actor()
    with db.session() as session:
        return [_share_room(session, pid, with_participant_id, actor, lock)
                for pid in dict.fromkeys(participant_ids)]


def _share_room(session: Session, participant_id: int, with_id: int, actor: Actor, lock: bool) -> dict[str, Any]:
    p = session.get(Participant, participant_id)
    q = session.get(Participant, with_id)
    for pid, person in ((participant_id, p), (with_id, q)):
        if person is None:
            raise HotelRefusal(Text("No participant with id {id}.", id=str(pid)))
    assert p is not None and q is not None
    if p.id == q.id:
        raise HotelRefusal(Text("{guest} cannot share a room with themselves.", guest=p.latin_name))
    if not p.needs_hotel or p.status == ParticipantStatus.CANCELLED:
        raise HotelRefusal(Text("{guest} is not a hotel guest (no hotel needed, or cancelled).", guest=p.latin_name))
    theirs = session.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == q.id))
    if theirs is None or not theirs.room_label:
        raise HotelRefusal(Text("{host} has no room yet, so {guest} cannot share it: allocate or move {host} first.",
                                host=q.latin_name, guest=p.latin_name))
    hotel = session.get(Hotel, theirs.hotel_id)
    rt = session.get(RoomType, theirs.room_type_id)
    assert hotel is not None and rt is not None
    label = theirs.room_label
    mine = session.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == p.id))
    if mine is not None and mine.room_type_id == rt.id and mine.room_label == label:
        raise HotelRefusal(Text("{guest} already shares {host}'s room {room}.", guest=p.latin_name,
                                host=q.latin_name, room=label))
    if rt.capacity <= 1:
        raise HotelRefusal(Text("Cannot put {guest} in {host}'s room {room}: a {room_type} room is for one guest"
                                " only.", guest=p.latin_name, host=q.latin_name, room=label, room_type=rt.name))
    if not rt.accessible and (p.accessibility_needs or "").strip():
        raise HotelRefusal(Text("{guest} needs an accessible room; {host}'s room {room} ({room_type}) is not one.",
                                guest=p.latin_name, host=q.latin_name, room=label, room_type=rt.name))
    arrival, departure = (mine.arrival, mine.departure) if mine is not None else _guest_nights(session, p)
    nights = [arrival + DAY * i for i in range((departure - arrival).days)]
    roommates = [a for a in session.scalars(select(RoomAssignment).where(
        RoomAssignment.room_type_id == rt.id, RoomAssignment.room_label == label,
        RoomAssignment.participant_id != p.id))]
    blocks = {b.night: b.rooms for b in session.scalars(select(RoomBlock).where(RoomBlock.room_type_id == rt.id))}
    taken = _room_numbers(session, rt.id, {p.id})
    for n in nights:
        there = [a for a in roommates if a.arrival <= n < a.departure]
        if len(there) >= rt.capacity:
            raise HotelRefusal(Text("Cannot put {guest} in {host}'s room {room}: a {room_type} room holds {capacity}"
                                    " guests and it is full on the night of {night}.", guest=p.latin_name,
                                    host=q.latin_name, room=label, room_type=rt.name, capacity=rt.capacity,
                                    night=n))
        if there:
            continue
        # Nobody in the room that night: the mover needs it alone, one more room of the block.
        used = sum(1 for dates in taken.values() if n in dates)
        block = blocks.get(n, 0)
        if block <= 0:
            raise HotelRefusal(Text("Cannot put {guest} in {host}'s room {room}: {host} is not there on the night of"
                                    " {night} and {hotel} has no {room_type} rooms in the block that night.",
                                    guest=p.latin_name, host=q.latin_name, room=label, night=n, hotel=hotel.name,
                                    room_type=rt.name))
        if used + 1 > block:
            raise HotelRefusal(Text("Cannot put {guest} in {host}'s room {room}: {host} is not there on the night of"
                                    " {night} and {hotel} {room_type} is full that night ({used} of {block} rooms"
                                    " taken).", guest=p.latin_name, host=q.latin_name, room=label, night=n,
                                    hotel=hotel.name, room_type=rt.name, used=used, block=block))
    before = _assignment_dict(session, mine) if mine is not None else None
    old_room = (mine.room_type_id, mine.room_label) if mine is not None and mine.room_label else None
    if mine is None:
        mine = RoomAssignment(participant_id=p.id, arrival=arrival, departure=departure, confirmation="",
                              special_requests="", billing=_billing(session, p, rt.id, arrival, departure))
        session.add(mine)
    elif mine.hotel_id != hotel.id:
        mine.confirmation = ""  # the old hotel's number means nothing at the new one
    mine.hotel_id, mine.room_type_id, mine.room_label = hotel.id, rt.id, label
    mine.locked = lock
    sharing = [a for a in roommates if a.arrival < departure and arrival < a.departure]
    for a in [mine, *sharing]:
        a.share_group = label
    session.flush()
    if old_room is not None:  # the room left behind: no longer shared if one guest is left in it
        left = list(session.scalars(select(RoomAssignment).where(
            RoomAssignment.room_type_id == old_room[0], RoomAssignment.room_label == old_room[1])))
        if len(left) == 1:
            left[0].share_group = None
    after = _assignment_dict(session, mine)
    names = sorted(a.participant.latin_name for a in sharing) or [q.latin_name]
    record(session, actor, "hotel share", "participant", p.id,
           summary=f"{p.latin_name}: now shares room {label} ({hotel.name}, {rt.name}) with {', '.join(names)}"
                   + (" (locked)" if lock else ""),
           changes={"assignment": [before, after], "with": [a.participant_id for a in sharing] or [q.id]})
    return {"participant_id": p.id, "with_participant_id": q.id,
            "participants": sorted([p.id, *(a.participant_id for a in sharing)]),
            "hotel": hotel.name, "room_type": rt.code, "room_label": label, "arrival": arrival.isoformat(),
            "departure": departure.isoformat(), "locked": lock}


def _set_lock(db: Database, participant_id: int, locked: bool, actor: Actor | None) -> None:
    actor = actor or Actor()
    with db.session() as session:
        row = session.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == participant_id))
        if row is None:
            raise HotelError(Text("Participant {id} has no room assignment to lock.", id=str(participant_id))
                             if locked else
                             Text("Participant {id} has no room assignment to unlock.", id=str(participant_id)))
        if row.locked == locked:
            return
        row.locked = locked
        record(session, actor, "hotel lock" if locked else "hotel unlock", "participant", participant_id,
               summary=f"{row.participant.latin_name}: room assignment {'locked' if locked else 'unlocked'}",
               changes={"locked": [not locked, locked]})


def lock_guest(db: Database, participant_id: int, actor: Actor | None = None) -> None:
    _set_lock(db, participant_id, True, actor)


def unlock_guest(db: Database, participant_id: int, actor: Actor | None = None) -> None:
    _set_lock(db, participant_id, False, actor)


def update_assignment(
    db: Database, participant_id: int, actor: Actor | None = None, *, confirmation: str | None = None,
    special_requests: str | None = None, billing: Billing | str | None = None,
) -> None:
    """Edit the hotel's confirmation number, special requests or billing of one stay (logged)."""
    actor = actor or Actor()
    with db.session() as session:
        row = session.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == participant_id))
        if row is None:
            raise HotelError(Text("Participant {id} has no room assignment.", id=str(participant_id)))
        changes: dict[str, Any] = {}
        if confirmation is not None and confirmation.strip() != row.confirmation:
            changes["confirmation"] = [row.confirmation, confirmation.strip()[:60]]
            row.confirmation = confirmation.strip()[:60]
        if special_requests is not None and special_requests.strip() != row.special_requests:
            changes["special_requests"] = [row.special_requests, special_requests.strip()]
            row.special_requests = special_requests.strip()
        if billing is not None:
            value = Billing(billing)
            if value != row.billing:
                changes["billing"] = [row.billing.value, value.value]
                row.billing = value
        if changes:
            record(session, actor, "hotel edit", "participant", participant_id,
                   summary=f"{row.participant.latin_name}: room assignment edited", changes=changes)


# --------------------------------------------------------------------------
# Occupancy
# --------------------------------------------------------------------------


@dataclass
class OccupancyCell:
    night: dt.date
    allocated: int
    block: int

    @property
    def full(self) -> bool:
        return self.block > 0 and self.allocated == self.block

    @property
    def over(self) -> bool:
        return self.allocated > self.block

    def as_dict(self) -> dict[str, Any]:
        return {"night": self.night.isoformat(), "allocated": self.allocated, "block": self.block,
                "full": self.full, "over": self.over}


@dataclass
class TypeOccupancy:
    room_type_id: int
    code: str
    name: str
    capacity: int
    accessible: bool
    cells: list[OccupancyCell]


@dataclass
class NightTotal:
    night: dt.date
    used: int
    block: int
    threshold: int  # rooms the organiser pays for anyway (attrition)

    @property
    def shortfall(self) -> int:
        return max(self.threshold - self.used, 0)

    def as_dict(self) -> dict[str, Any]:
        return {"night": self.night.isoformat(), "used": self.used, "block": self.block,
                "threshold": self.threshold, "shortfall": self.shortfall,
                "over": self.used > self.block}


@dataclass
class HotelOccupancy:
    hotel_id: int
    name: str
    attrition_percent: int
    cutoff_date: dt.date | None
    room_types: list[TypeOccupancy]
    nights: list[NightTotal]
    guests: int


@dataclass
class Occupancy:
    nights: list[dt.date]
    hotels: list[HotelOccupancy]

    @property
    def over(self) -> list[tuple[str, str, dt.date]]:
        return [(h.name, t.code, c.night) for h in self.hotels for t in h.room_types for c in t.cells if c.over]

    def as_dict(self) -> dict[str, Any]:
        return {
            "nights": [n.isoformat() for n in self.nights],
            "hotels": [
                {"hotel_id": h.hotel_id, "name": h.name, "attrition_percent": h.attrition_percent,
                 "cutoff_date": h.cutoff_date.isoformat() if h.cutoff_date else None, "guests": h.guests,
                 "room_types": [{"room_type_id": t.room_type_id, "code": t.code, "name": t.name,
                                 "capacity": t.capacity, "accessible": t.accessible,
                                 "cells": [c.as_dict() for c in t.cells]} for t in h.room_types],
                 "nights": [n.as_dict() for n in h.nights]}
                for h in self.hotels
            ],
            "over": [{"hotel": h, "room_type": t, "night": n.isoformat()} for h, t, n in self.over],
        }


def _rooms_per_night(assignments: Iterable[Any]) -> Counter[tuple[int, dt.date]]:
    """(room_type_id, night) -> rooms in use (a room = a label; unlabelled stays are a room each).

    ``assignments``: RoomAssignment objects or rows with the same attributes (room_type_id, room_label,
    share_group, participant_id, arrival, departure)."""
    rooms: dict[tuple[int, dt.date], set[str]] = defaultdict(set)
    for a in assignments:
        key = a.room_label or a.share_group or f"#{a.participant_id}"
        for i in range((a.departure - a.arrival).days):
            rooms[(a.room_type_id, a.arrival + DAY * i)].add(key)
    return Counter({k: len(v) for k, v in rooms.items()})


def occupancy(db: Database) -> Occupancy:
    """Rooms allocated per hotel × room type × night against the block, and per hotel and night
    the rooms used against the block and the attrition threshold."""
    with db.session() as session:
        hotels = session.scalars(select(Hotel).options(selectinload(Hotel.room_types).selectinload(RoomType.blocks))
                                 .order_by(Hotel.id)).all()
        a = RoomAssignment  # plain rows, no ORM objects (tens of thousands at 100,000 participants)
        assignments = session.execute(select(a.hotel_id, a.room_type_id, a.room_label, a.share_group,
                                             a.participant_id, a.arrival, a.departure)).all()
        used = _rooms_per_night(assignments)
        guests = Counter(row.hotel_id for row in assignments)
        nights_set = {b.night for h in hotels for rt in h.room_types for b in rt.blocks}
        nights_set |= {n for (_t, n) in used}
        nights = sorted(nights_set)
        result = []
        for h in hotels:
            types = []
            for rt in h.room_types:
                blocks = {b.night: b.rooms for b in rt.blocks}
                types.append(TypeOccupancy(rt.id, rt.code, rt.name, rt.capacity, bool(rt.accessible),
                                           [OccupancyCell(n, used.get((rt.id, n), 0), blocks.get(n, 0))
                                            for n in nights]))
            totals = []
            for i, n in enumerate(nights):
                block = sum(t.cells[i].block for t in types)
                totals.append(NightTotal(n, sum(t.cells[i].allocated for t in types), block,
                                         math.ceil(block * h.attrition_percent / 100)))
            result.append(HotelOccupancy(h.id, h.name, h.attrition_percent, h.cutoff_date, types, totals,
                                         guests.get(h.id, 0)))
        return Occupancy(nights, result)


# --------------------------------------------------------------------------
# Finding a hotel by part of its name
# --------------------------------------------------------------------------


def find_hotel(session: Session, name_part: str | int) -> Hotel:
    hotels = session.scalars(select(Hotel).order_by(Hotel.name)).all()
    if isinstance(name_part, int):
        for h in hotels:
            if h.id == name_part:
                return h
        raise HotelError(Text("No hotel with id {id}.", id=str(name_part)))
    wanted = fold(name_part)
    if not wanted:
        raise HotelError(Text("Give (part of) a hotel's name."))
    exact = [h for h in hotels if fold(h.name) == wanted]
    if exact:
        return exact[0]
    matches = [h for h in hotels if wanted in fold(h.name)]
    if not matches:  # any unambiguous set of words of the name, as an import reads it: "Hilton Reforma"
        by_id = {h.id: h for h in hotels}
        matches = [by_id[i] for i in names_matching(name_part, {h.id: words(h.name) for h in hotels})]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        if not hotels:
            raise HotelError(Text("No hotel matches {name} (hotels: none).", name=repr(name_part)))
        raise HotelError(Text("No hotel matches {name} (hotels: {hotels}).", name=repr(name_part),
                              hotels="; ".join(h.name for h in hotels)))
    raise HotelError(Text("{name} matches several hotels ({hotels}): give more of the name.", name=repr(name_part),
                          hotels="; ".join(h.name for h in matches)))


def find_room_type(session: Session, hotel: Hotel, code: str) -> RoomType:
    wanted = fold(code)
    for rt in hotel.room_types:
        if fold(rt.code) == wanted:
            return rt
    matches = [rt for rt in hotel.room_types if wanted and wanted in fold(rt.name)]
    if len(matches) == 1:
        return matches[0]
    if not hotel.room_types:
        raise HotelError(Text("{hotel} has no room type {code} (types: none).", hotel=hotel.name, code=repr(code)))
    raise HotelError(Text("{hotel} has no room type {code} (types: {types}).", hotel=hotel.name, code=repr(code),
                          types=", ".join(rt.code for rt in hotel.room_types)))


# --------------------------------------------------------------------------
# Rooming lists
# --------------------------------------------------------------------------


def guest_reference(participant_id: int) -> str:
    """The guest's reference on rooming lists ("G-0042"); the hotel returns it with its confirmation number."""
    return f"G-{participant_id:04d}"


def parse_guest_reference(value: Any) -> int | None:
    text = str(value or "").strip().upper()
    if text.startswith("G-") and text[2:].isdigit():
        return int(text[2:])
    return int(text) if text.isdigit() else None


_LATE_WORDS = ("late arrival", "llegada tarde", "arrivee tardive", "arrivee tard", "late check")


@dataclass
class RoomingRow:
    participant_id: int
    confirmation: str
    title: str
    family_name: str
    given_name: str
    arrival: dt.date
    departure: dt.date
    nights: int
    room_type: str
    room_type_code: str
    room_label: str
    sharers: str
    billing: str
    special_requests: str
    delegation: str
    # Issue 16: what the hotel needs beyond the block.
    reference: str = ""  # the guest's reference (G-0042): the key of the confirmation numbers imported back
    vip: bool = False  # protocol: heads of delegation, mayors, Excellencies
    outside_block: tuple[dt.date, ...] = ()  # requested nights the room block does not cover
    block_arrival: dt.date | None = None  # the stay within the block (what the allocation holds)
    block_departure: dt.date | None = None

    @property
    def guest_name(self) -> str:
        return " ".join(x for x in (self.title, self.given_name, self.family_name) if x)


@dataclass
class RoomingList:
    hotel_id: int
    hotel: str
    address: str
    cutoff_date: dt.date | None
    conference: str
    nights: list[dt.date]
    rows: list[RoomingRow]
    # room type name -> rooms per night (same order as ``nights``)
    rooms_per_night: dict[str, list[int]]
    blocks_per_night: dict[str, list[int]]
    guests_per_night: list[int]
    # Guests asking for a night the block does not cover (before or after it): night -> guests.
    outside_block_per_night: dict[dt.date, int] = field(default_factory=dict)

    @property
    def rooms_total_per_night(self) -> list[int]:
        return [sum(v[i] for v in self.rooms_per_night.values()) for i in range(len(self.nights))]


def special_requests_text(p: Participant, a: RoomAssignment, first_night: dt.date | None, lang: str = "en") -> str:
    from ..foundation.documents.strings import text

    from ..foundation.documents.layout import short_date
    from ..foundation.terms import need

    parts = []
    if (p.accessibility_needs or "").strip():
        parts.append(text("rl_req_accessibility", lang, needs=need(p.accessibility_needs.strip(), lang)))
    note = fold(p.notes or "")
    late = next((line.strip() for line in (p.notes or "").splitlines()
                 if any(w in fold(line) for w in _LATE_WORDS)), "")
    if late:
        parts.append(need(late, lang))
    elif any(w in note for w in _LATE_WORDS):
        parts.append(text("rl_req_late", lang))
    if (p.dietary_needs or "").strip():
        parts.append(text("rl_req_diet", lang, diet=need(p.dietary_needs.strip(), lang)))
    if (a.special_requests or "").strip():
        parts.append(a.special_requests.strip())
    return "; ".join(parts)


def rooming_list(db: Database, hotel: str | int, lang: str = "en") -> RoomingList:
    """The rooming list of one hotel (given by id or any unambiguous part of its name)."""
    from ..foundation.documents.strings import courtesy_title
    from ..foundation.terms import organisation_name, room_type_name

    with db.session() as session:
        h = find_hotel(session, hotel)
        conference = session.scalar(select(Conference).limit(1))
        types = {rt.id: rt for rt in h.room_types}
        assignments = session.scalars(
            select(RoomAssignment).where(RoomAssignment.hotel_id == h.id)
            .options(selectinload(RoomAssignment.participant).selectinload(Participant.delegation)
                     .selectinload(Delegation.member_state),
                     selectinload(RoomAssignment.participant).selectinload(Participant.category))
        ).all()
        nights = sorted({b.night for rt in h.room_types for b in rt.blocks}
                        | {a.arrival + DAY * i for a in assignments for i in range((a.departure - a.arrival).days)})
        first_night = nights[0] if nights else None
        by_room: dict[tuple[int, str], list[RoomAssignment]] = defaultdict(list)
        for a in assignments:
            if a.room_label:
                by_room[(a.room_type_id, a.room_label)].append(a)
        rows = []
        for a in assignments:
            p = a.participant
            sharers = [o.participant.latin_name for o in by_room.get((a.room_type_id, a.room_label), [])
                       if o.participant_id != a.participant_id] if a.room_label else []
            rt = types[a.room_type_id]
            # The dates the guest asked for: nights before or after the block are reported, not cut.
            wanted_arrival = min(a.arrival, p.arrival_date) if p.arrival_date else a.arrival
            wanted_departure = max(a.departure, p.departure_date) if p.departure_date else a.departure
            outside = tuple(wanted_arrival + DAY * i for i in range((wanted_departure - wanted_arrival).days)
                            if not a.arrival <= wanted_arrival + DAY * i < a.departure)
            delegation = _delegation_name(p.delegation, lang) or organisation_name(p.organisation or "", lang) \
                or (p.category.label(lang) if p.category is not None else "")
            vip = (p.category is not None and p.category.priority <= 10) or "".join(ch for ch in fold(p.title or "") if ch.isalpha()) == "he"
            rows.append((
                wanted_arrival, p.sort_name, p.id,
                RoomingRow(
                    participant_id=p.id, confirmation=a.confirmation,
                    title=courtesy_title(p.title or "", lang, p.gender.value if p.gender else "U"),
                    family_name=p.family_name_latin or p.family_name,
                    given_name=p.given_name_latin or p.given_name,
                    arrival=wanted_arrival, departure=wanted_departure,
                    nights=(wanted_departure - wanted_arrival).days,
                    room_type=room_type_name(rt.name, lang), room_type_code=rt.code, room_label=a.room_label,
                    sharers=", ".join(sorted(sharers)), billing=a.billing.value,
                    special_requests=special_requests_text(p, a, first_night, lang),
                    delegation=delegation, reference=guest_reference(p.id), vip=vip, outside_block=outside,
                    block_arrival=a.arrival, block_departure=a.departure,
                ),
            ))
        rows.sort(key=lambda r: r[:3])
        nights = sorted(set(nights) | {n for r in rows for n in r[3].outside_block})
        used = _rooms_per_night(assignments)
        rooms_per_night = {room_type_name(rt.name, lang): [used.get((rt.id, n), 0) for n in nights]
                           for rt in h.room_types}
        blocks_per_night = {room_type_name(rt.name, lang): [next((b.rooms for b in rt.blocks if b.night == n), 0)
                                                             for n in nights] for rt in h.room_types}
        guests = [sum(1 for a in assignments if a.arrival <= n < a.departure) for n in nights]
        extra_nights = sorted({n for r in rows for n in r[3].outside_block})
        outside = {n: sum(1 for r in rows if n in r[3].outside_block) for n in extra_nights}
        return RoomingList(h.id, h.name, h.address, h.cutoff_date, conference.name(lang) if conference else "",
                           nights, [r[3] for r in rows], rooms_per_night, blocks_per_night, guests,
                           outside_block_per_night=outside)


def export_rooming_list(
    db: Database, hotel: str | int, fmt: str | None = None, out: Path | str = "", lang: str = "en",
) -> dict[str, Any]:
    """Write one hotel's rooming list as XLSX or PDF (atomic; formula-safe cells)."""
    from ..people.exporting import format_from_path

    path = Path(out)
    if not str(out):
        raise HotelError(Text("Give the file to write (--out)."))
    fmt = format_from_path(path, fmt, ("xlsx", "pdf"))
    data = rooming_list(db, hotel, lang)
    from . import rooming_list as document

    if fmt == "xlsx":
        document.write_xlsx(data, path, lang)
    else:
        from ..foundation.documents.layout import organisers

        document.write_pdf(data, path, lang, author=organisers(db))
    return {"file": str(path), "format": fmt, "hotel": data.hotel, "rows": len(data.rows)}


def _header_keys(*keys: str) -> set[str]:
    from ..foundation.documents.strings import TEXT

    return {fold(TEXT[k][lang]) for k in keys for lang in ("en", "fr", "es")}


def _read_table(path: Path) -> list[list[Any]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
    import csv

    raw = path.read_bytes().decode("utf-8-sig", errors="replace")
    dialect = csv.Sniffer().sniff(raw[:4096], delimiters=",;\t") if raw.strip() else csv.excel
    return [list(r) for r in csv.reader(raw.splitlines(), dialect)]


def import_confirmations(db: Database, hotel: str | int, path: Path | str,
                         actor: Actor | None = None) -> dict[str, Any]:
    """Read the hotel's returned rooming list (XLSX or CSV with the "Guest ref." and "Confirmation" columns,
    headers in any of the three languages) and store each guest's confirmation number, in one transaction."""
    path = Path(path)
    rows = _read_table(path)
    refs, confs = _header_keys("rl_reference"), _header_keys("rl_confirmation", "rl_confirmation_short")
    header_at = next((i for i, r in enumerate(rows[:10])
                      if any(fold(str(c or "")) in refs for c in r) and any(fold(str(c or "")) in confs for c in r)),
                     None)
    if header_at is None:
        raise HotelError(Text("No 'Guest ref.' and 'Confirmation' columns in {file}.", file=path.name))
    header = [fold(str(c or "")) for c in rows[header_at]]
    ref_col = next(i for i, h in enumerate(header) if h in refs)
    conf_col = next(i for i, h in enumerate(header) if h in confs)
    result: dict[str, Any] = {"hotel": "", "updated": 0, "unchanged": 0, "empty": 0, "unknown": []}
    with db.session() as session:
        h = find_hotel(session, hotel)
        result["hotel"] = h.name
        by_guest = {a.participant_id: a for a in session.scalars(
            select(RoomAssignment).where(RoomAssignment.hotel_id == h.id))}
        for row in rows[header_at + 1:]:
            if len(row) <= max(ref_col, conf_col) or all(c in (None, "") for c in row):
                continue
            pid = parse_guest_reference(row[ref_col])
            number = str(row[conf_col] if row[conf_col] is not None else "").strip()
            a = by_guest.get(pid) if pid is not None else None
            if a is None:
                result["unknown"].append(str(row[ref_col] or ""))
                continue
            if not number:
                result["empty"] += 1
                continue
            if number == a.confirmation:
                result["unchanged"] += 1
                continue
            record(session, actor or Actor(), "hotel confirmation", "room_assignment", a.id,
                   f"{guest_reference(pid)} confirmation {number}",
                   {"participant_id": pid, "confirmation": [a.confirmation, number]})
            a.confirmation = number[:60]
            result["updated"] += 1
    return result


# --------------------------------------------------------------------------
# Summary per delegation (for heads of delegation)
# --------------------------------------------------------------------------


@dataclass
class DelegationStay:
    participant_id: int
    name: str
    category: str
    hotel: str
    room_type: str
    arrival: dt.date | None
    departure: dt.date | None
    nights: int
    room_label: str
    sharers: str
    status: str  # placed | unplaced


@dataclass
class DelegationSummary:
    delegation_id: int | None
    delegation: str
    head: str
    hotels: dict[str, int]
    stays: list[DelegationStay]


def delegation_summary(db: Database, lang: str = "en") -> list[DelegationSummary]:
    """Per delegation: who stays where, which nights and room types (placed guests and the rest).

    The head of delegation comes first, then by category priority and name."""
    from ..foundation.documents.strings import gendered, text
    from ..foundation.terms import room_type_name

    with db.session() as session:
        hotels = {h.id: h.name for h in session.scalars(select(Hotel))}
        types = {rt.id: rt for rt in session.scalars(select(RoomType))}
        assignments = {a.participant_id: a for a in session.scalars(select(RoomAssignment))}
        rooms: dict[tuple[int, str], list[str]] = defaultdict(list)
        people = session.scalars(
            select(Participant).where(Participant.needs_hotel.is_(True),
                                      Participant.status != ParticipantStatus.CANCELLED)
            .options(selectinload(Participant.delegation).selectinload(Delegation.member_state),
                     selectinload(Participant.delegation).selectinload(Delegation.head),
                     selectinload(Participant.category))
        ).all()
        names = {p.id: p.latin_name for p in people}
        for pid, a in assignments.items():
            if a.room_label:
                rooms[(a.room_type_id, a.room_label)].append(names.get(pid, ""))
        groups: dict[int | None, list[Participant]] = defaultdict(list)
        for p in people:
            groups[p.delegation_id].append(p)
        result = []
        for d_id, members in groups.items():
            delegation = members[0].delegation
            stays = []
            head_id = delegation.head_id if delegation is not None else None
            for p in sorted(members, key=lambda x: (x.id != head_id, x.category.priority, x.sort_name)):
                a = assignments.get(p.id)
                label = gendered(p.category.label(lang), lang, p.gender.value if p.gender else "U")
                if a is None:
                    stays.append(DelegationStay(p.id, p.latin_name, label, "", "", None, None,
                                                0, "", "", "unplaced"))
                    continue
                sharers = [n for n in rooms.get((a.room_type_id, a.room_label), []) if n != p.latin_name]
                stays.append(DelegationStay(p.id, p.latin_name, label, hotels[a.hotel_id],
                                            room_type_name(types[a.room_type_id].name, lang), a.arrival, a.departure,
                                            (a.departure - a.arrival).days, a.room_label,
                                            ", ".join(sharers), "placed"))
            head = delegation.head.latin_name if delegation is not None and delegation.head is not None else ""
            result.append(DelegationSummary(d_id, _delegation_name(delegation, lang) or text("rl_no_delegation", lang), head,
                                            dict(Counter(s.hotel for s in stays if s.hotel)), stays))
        result.sort(key=lambda x: (x.delegation_id is None, fold(x.delegation)))
        return result


def export_delegation_summary(db: Database, out: Path | str, fmt: str | None = None, lang: str = "en") -> dict[str, Any]:
    from ..people.exporting import format_from_path

    path = Path(out)
    fmt = format_from_path(path, fmt, ("xlsx", "pdf"))
    data = delegation_summary(db, lang)
    from . import rooming_list as document

    if fmt == "xlsx":
        with db.session() as s:
            conference = s.scalar(select(Conference).limit(1))
            name = conference.name(lang) if conference is not None else ""
        document.write_summary_xlsx(data, path, lang, conference=name)
    else:
        from ..foundation.documents.layout import organisers

        with db.session() as s:
            conference = s.scalar(select(Conference).limit(1))
            name = conference.name(lang) if conference is not None else ""
        document.write_summary_pdf(data, path, lang, author=organisers(db), conference=name)
    return {"file": str(path), "format": fmt, "delegations": len(data)}


# --------------------------------------------------------------------------
# Who is where (the Hotels screen's guest list)
# --------------------------------------------------------------------------


@dataclass(slots=True)  # 80,000 of them at 100,000 participants
class GuestRow:
    participant_id: int
    name: str
    delegation: str
    hotel_id: int | None
    hotel: str
    room_type_id: int | None
    room_type: str
    room_label: str
    arrival: dt.date | None
    departure: dt.date | None
    locked: bool
    search: str  # folded words for the search box
    # Nights the guest asked for (registration dates) that the room assignment, cut to the block, leaves out:
    # the hotel must be told (the rooming list marks them too).
    outside_block: tuple[dt.date, ...] = ()
    latin_name: str = ""  # the registered Latin name alone, as sentences name the guest ("" : ``name``)

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days if self.arrival and self.departure else 0


def _outside(arrival: dt.date | None, departure: dt.date | None, wanted_arrival: dt.date | None,
             wanted_departure: dt.date | None) -> tuple[dt.date, ...]:
    """The requested nights before ``arrival`` or from ``departure`` on (the stay as assigned)."""
    if arrival is None or departure is None:
        return ()
    first = min(arrival, wanted_arrival) if wanted_arrival else arrival
    last = max(departure, wanted_departure) if wanted_departure else departure
    return tuple(first + DAY * i for i in range((last - first).days) if not arrival <= first + DAY * i < departure)


def _like_word(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def guest_rows(db: Database, lang: str = "en", search: str = "", *, placed: bool | None = None,
               limit: int | None = None, ids: Iterable[int] | None = None) -> list[GuestRow]:
    """Hotel guests (needs a hotel, not cancelled) and anyone with a room, with where they are: those with a
    room first, then by sort name (family name).

    ``search``: every word (accents and case folded) in the guest's name, delegation, hotel or room label;
    ``placed``: only those with (True) or without (False) a room; ``limit``: at most this many rows, read
    in that order and cut in SQL (the Hotels screen reads one screenful of 100,000 participants, not all of
    them); ``ids``: only these participants.

    Read as plain columns (no ORM objects); the search narrows the rows in SQL on the participants' folded
    search text, the delegations and hotels whose folded names match and the room labels, then keeps the
    rows all of whose words are in the guest's own folded words (the same matches as before)."""
    from functools import lru_cache

    from sqlalchemy import false, func, or_

    folded = lru_cache(maxsize=200_000)(fold)
    wanted = fold(search).split()
    a = RoomAssignment
    rows: list[GuestRow] = []
    with db.session() as session:
        hotel_names = {h.id: h.name for h in session.scalars(select(Hotel))}
        type_codes = {t.id: t.code for t in session.scalars(select(RoomType))}
        from ..foundation.models import MemberState
        from ..foundation.terms import organisation_name

        lang_column = {"fr": MemberState.name_fr, "es": MemberState.name_es}.get(lang, MemberState.name_en)
        delegations = {  # Delegation.display_name(lang), from plain columns (no ORM objects)
            delegation_id: (state or state_en) if state_en is not None else organisation_name(organisation, lang)
            for delegation_id, organisation, state, state_en in session.execute(
                select(Delegation.id, Delegation.organisation_name, lang_column, MemberState.name_en)
                .outerjoin(MemberState, MemberState.id == Delegation.member_state_id))}
        guest = (Participant.needs_hotel.is_(True)) & (Participant.status != ParticipantStatus.CANCELLED)
        where: list[Any] = []
        for word in wanted:  # a superset of the matches, narrowed in SQL
            like = _like_word(word)
            delegation_ids = [i for i, name in delegations.items() if word in folded(name)]
            hotel_ids = [i for i, name in hotel_names.items() if word in folded(name)]
            where.append(or_(
                Participant.search_text.contains(like, autoescape=False, escape="\\"),
                Participant.delegation_id.in_(delegation_ids) if delegation_ids else false(),
                a.hotel_id.in_(hotel_ids) if hotel_ids else false(),
                func.lower(a.room_label).contains(like, autoescape=False, escape="\\"),
            ))
        if ids is not None:
            where.append(Participant.id.in_(list(ids)))
        columns = (Participant.id, Participant.given_name, Participant.family_name, Participant.given_name_latin,
                   Participant.family_name_latin, Participant.delegation_id, a.hotel_id, a.room_type_id,
                   a.room_label, a.arrival, a.departure, a.locked, Participant.arrival_date,
                   Participant.departure_date)
        parts = [placed] if placed is not None else [True, False]
        for with_room in parts:
            statement = (select(*columns).select_from(Participant)
                         .outerjoin(a, a.participant_id == Participant.id)
                         .where(a.participant_id.is_not(None) if with_room else guest & a.participant_id.is_(None),
                                *where))
            statement = statement.order_by(Participant.sort_name, Participant.id)
            if limit is not None:
                if not wanted:  # every row read is listed: cut in SQL
                    statement = statement.limit(limit - len(rows))
                else:  # read in batches until enough rows matched (the ORM would fetch them all at once)
                    statement = statement.execution_options(yield_per=500)
            for (pid, given, family, given_latin, family_latin, delegation_id, hotel_id, room_type_id, room_label,
                 arrival, departure, locked, wanted_arrival, wanted_departure) in session.execute(statement):
                # The name policy (core.names): the registered Latin form, the original script beside it.
                latin = " ".join(part for part in (given_latin or given, family_latin or family) if part)
                name = (with_original(given or "", family or "", given_latin or "", family_latin or "")
                        if given_latin or family_latin else latin)
                delegation = delegations.get(delegation_id, "") if delegation_id is not None else ""
                hotel = hotel_names.get(hotel_id, "") if hotel_id is not None else ""
                room_type = type_codes.get(room_type_id, "") if room_type_id is not None else ""
                label = (room_label or "") if hotel_id is not None else ""
                # The name folds to its given and family names' folds when it is made of them: those
                # are folded apart only beside a Latin form (the same words match, half the folding).
                search_words = " ".join(f for f in (folded(x) for x in (
                    (name, given, family, delegation, hotel, label) if given_latin or family_latin
                    else (name, delegation, hotel, label))) if f)
                if not all(w in search_words for w in wanted):
                    continue
                rows.append(GuestRow(
                    participant_id=pid, name=name, latin_name=latin, delegation=delegation,
                    hotel_id=hotel_id, hotel=hotel, room_type_id=room_type_id if hotel_id is not None else None,
                    room_type=room_type, room_label=label,
                    arrival=arrival if hotel_id is not None else None,
                    departure=departure if hotel_id is not None else None,
                    locked=bool(locked) if hotel_id is not None else False,
                    outside_block=_outside(arrival, departure, wanted_arrival, wanted_departure)
                    if hotel_id is not None else (),
                    search=search_words,
                ))
                if limit is not None and len(rows) >= limit:
                    return rows
    return rows


def unplaced_count(db: Database) -> int:
    """How many hotel guests (needs a hotel, not cancelled) have no room: one count in SQL."""
    from sqlalchemy import func

    a = RoomAssignment
    with db.session() as session:
        return int(session.scalar(
            select(func.count()).select_from(Participant).outerjoin(a, a.participant_id == Participant.id)
            .where(Participant.needs_hotel.is_(True), Participant.status != ParticipantStatus.CANCELLED,
                   a.participant_id.is_(None))) or 0)
