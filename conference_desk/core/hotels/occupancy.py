"""Occupancy per hotel, room type and night against the blocks."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..foundation.db import Database
from ..foundation.models import (
    Hotel,
    RoomAssignment,
    RoomType,
)
from .allocation import (
    DAY,
)


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
