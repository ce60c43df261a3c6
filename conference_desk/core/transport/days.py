"""The shuttles' days, read from the programme and the hotels.

* A conference day is a day with timed sessions (breaks aside).  Its shuttles take
  guests to the venue for the first session's start and back after the last
  session's end.
* Evening events: a session that starts at or after :data:`EVENING` (18:00) in a room
  away from the venue.  The programme keeps every place as a room; an organiser marks
  one as away from the venue by starting its location with "Off-site" (e.g.
  "Off-site: Museo Nacional de Antropología"), and the event's shuttles go to that
  room.  A session at/after 18:00 in the venue itself simply ends the day later.
* Guests per hotel on a day: the guests (not cancelled) whose stay covers the day
  (first night on or before it, leaving on or after it: a guest who leaves on the
  closing day still goes to the closing session), at their room assignment's hotel;
  a guest who needs a hotel and has no assignment yet counts at the hotel they asked
  for, with their arrival and departure dates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..foundation.models import (
    Hotel,
    Participant,
    ParticipantStatus,
    RoomAssignment,
    SessionType,
    VenueRoom,
)
from ..foundation.models import Session as ProgrammeSession
from .types import EveningEvent, ShuttleDay

EVENING = dt.time(18, 0)
OFF_SITE = "off-site"


def off_site(location: str) -> bool:
    """Whether a room's location marks it as away from the venue ("Off-site: …")."""
    return (location or "").strip().lower().replace("offsite", "off-site").startswith(OFF_SITE)


def shuttle_days(s: OrmSession) -> list[ShuttleDay]:
    """One :class:`ShuttleDay` per conference day with sessions (see the module's docstring)."""
    rooms = {r.id: r for r in s.scalars(select(VenueRoom))}
    spans: dict[dt.date, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    events: dict[dt.date, list[EveningEvent]] = defaultdict(list)
    query = select(ProgrammeSession).where(ProgrammeSession.starts_at.is_not(None),
                                           ProgrammeSession.type != SessionType.BREAK)
    for row in s.scalars(query.order_by(ProgrammeSession.starts_at, ProgrammeSession.id)):
        assert row.starts_at is not None and row.ends_at is not None
        room = rooms.get(row.venue_room_id) if row.venue_room_id is not None else None
        day = row.starts_at.date()
        if row.starts_at.time() >= EVENING and room is not None and off_site(room.location):
            events[day].append(EveningEvent(row.starts_at, row.ends_at, room.name))
        else:
            spans[day].append((row.starts_at, row.ends_at))
    if not spans and not events:
        return []
    guests = guests_per_hotel(s, sorted(set(spans) | set(events)))
    out = []
    for day in sorted(spans):
        first = min(start for start, _end in spans[day])
        last = max(end for _start, end in spans[day])
        out.append(ShuttleDay(first, last, dict(guests.get(day, {})), tuple(events.get(day, ()))))
    for day in sorted(set(events) - set(spans)):  # an evening event on a day without sessions
        first = min(e.start for e in events[day])
        out.append(ShuttleDay(first, first, {}, tuple(
            EveningEvent(e.start, e.end, e.place, dict(guests.get(day, {}))) for e in events[day])))
    return out


def guests_per_hotel(s: OrmSession, days: list[dt.date]) -> dict[dt.date, Counter[str]]:
    """day -> hotel -> guests staying there that day (see the module's docstring)."""
    out: dict[dt.date, Counter[str]] = {day: Counter() for day in days}
    if not days:
        return out
    not_cancelled = Participant.status != ParticipantStatus.CANCELLED
    assigned = s.execute(
        select(Hotel.name, RoomAssignment.arrival, RoomAssignment.departure)
        .join(Hotel, Hotel.id == RoomAssignment.hotel_id)
        .join(Participant, Participant.id == RoomAssignment.participant_id)
        .where(not_cancelled))
    asked = s.execute(
        select(Hotel.name, Participant.arrival_date, Participant.departure_date)
        .join(Hotel, Hotel.id == Participant.preferred_hotel_id)
        .outerjoin(RoomAssignment, RoomAssignment.participant_id == Participant.id)
        .where(not_cancelled, Participant.needs_hotel.is_(True), RoomAssignment.id.is_(None),
               Participant.arrival_date.is_not(None), Participant.departure_date.is_not(None)))
    for rows in (assigned, asked):
        for hotel, first, last in rows:
            for day in days:
                if first <= day <= last:
                    out[day][hotel] += 1
    return out
