"""Rooming lists and the delegation summary as plain data, and reading a hotel's confirmations back."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.messages import Text
from ..foundation.models import (
    Conference,
    Delegation,
    Hotel,
    Participant,
    ParticipantStatus,
    RoomAssignment,
    RoomType,
)
from ..foundation.text import fold
from .allocation import (
    DAY,
    _delegation_name,
)
from .base import (
    HotelError,
    find_hotel,
)
from .occupancy import (
    _rooms_per_night,
)


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


