"""The hotels' part of the demo population: what each demo participant asks of the hotels.

A preferred hotel and room type (the first hotel for most, an accessible room
when needed, a suite for some heads of delegation), whether the stay is funded,
and colleagues of a delegation paired to share a twin or double room.  The
people demo (``core/people/demo``) asks for these while it makes each person,
through its ``Stays`` hook, with its own random generator: the draws happen in
the order they always did, so a seed gives the same conference.  Only the
requests are written (on the participants' rows); the allocation is the desk's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..foundation.models import Gender, Hotel


@dataclass
class _Hotel:
    id: int
    codes: tuple[str, ...]


class HotelRequests:
    """The ``Stays`` of the people demo, drawn from the generator it is given (the people's)."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        self.rng = rng
        hotels = session.scalars(
            select(Hotel).options(selectinload(Hotel.room_types)).order_by(Hotel.id)
        ).all()
        self.hotels = [_Hotel(h.id, tuple(rt.code for rt in h.room_types)) for h in hotels]

    def request(self, category: str, accessible: bool) -> tuple[int | None, str]:
        """The preferred hotel (None: no preference) and room type of one participant."""
        rng = self.rng
        if not self.hotels:
            return None, ""
        r = rng.random()
        if r < 0.05:
            hotel: _Hotel | None = None
        elif category in ("head", "mayor") and (r < 0.80 or len(self.hotels) == 1):
            hotel = self.hotels[0]
        elif rng.random() < 0.5 or len(self.hotels) == 1:
            hotel = self.hotels[0]
        else:
            hotel = self.hotels[1 + int(rng.random() * (len(self.hotels) - 1))]
        codes = (hotel or self.hotels[0]).codes
        if accessible and "accessible" in codes:
            room = "accessible"
        elif category == "head" and "suite" in codes and rng.random() < 0.35:
            room = "suite"
        elif "single" in codes:
            room = "single"
        else:
            room = codes[0] if codes else ""
        return (hotel.id if hotel else None), room

    def funded(self, category: str) -> bool:
        """Whether the conference pays the stay: always for heads and speakers."""
        if category in ("head", "speaker"):
            return True
        share = {
            "mayor": 0.5,
            "unesco": 0.8,
            "staff": 1.0,
            "igo_ngo": 0.1,
            "private": 0.0,
            "press": 0.0,
        }.get(category, 0.25)
        return self.rng.random() < share

    def pair_sharers(self, members: list[dict[str, Any]]) -> None:
        """Some colleagues of a delegation share a twin or double room."""
        rng = self.rng
        for gender in (Gender.FEMALE, Gender.MALE):
            candidates = [m for m in members if m["_share"] and m["gender"] is gender]
            rng.shuffle(candidates)
            pairs = int(len(candidates) * 0.12 / 2 + rng.random())
            for i in range(min(pairs, len(candidates) // 2)):
                first, second = candidates[2 * i], candidates[2 * i + 1]
                hotel_id = first["preferred_hotel_id"]
                hotel = next((h for h in self.hotels if h.id == hotel_id), None)
                codes = hotel.codes if hotel else (self.hotels[0].codes if self.hotels else ())
                room = "twin" if rng.random() < 0.75 else "double"
                if room not in codes:
                    room = "twin" if "twin" in codes else ("double" if "double" in codes else "")
                if not room:
                    return
                for me, other in ((first, second), (second, first)):
                    me["preferred_hotel_id"] = hotel_id
                    me["room_type_request"] = room
                    me["sharer_note"] = f"Sharing with {other['_name'].latin_full}"

