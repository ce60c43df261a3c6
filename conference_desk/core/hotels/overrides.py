"""Manual overrides: moving guests, sharing rooms, locks, editing an assignment (each audited)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.messages import Text
from ..foundation.models import (
    Billing,
    Conference,
    Hotel,
    Participant,
    ParticipantStatus,
    RoomAssignment,
    RoomBlock,
    RoomType,
)
from .allocation import (
    DAY,
    _billing,
    _room_label,
    hotel_prefixes,
)
from .base import (
    HotelError,
    HotelRefusal,
)


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
