"""Errors of the hotels capability and finding a hotel or room type by part of its name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text
from ..foundation.models import (
    Hotel,
    RoomType,
)
from ..foundation.text import fold, names_matching, words


class HotelError(ConferenceDeskError):
    """A hotel operation that cannot be done (message for the user, one line)."""


class AllocationCancelled(ConferenceDeskError):
    """The progress callback asked to stop; nothing was written."""


class StalePlanError(HotelError):
    """The assignments changed after the plan was computed."""


class HotelRefusal(HotelError):
    """A refused room share; its message is a :class:`~.messages.Text` (``message_of(exc)``),
    so a screen can translate it and put the names, rooms and dates back in."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)


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
