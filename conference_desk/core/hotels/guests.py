"""The guest list of the Hotels screen: one row per guest, searched and paged in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..foundation.db import Database
from ..foundation.models import (
    Delegation,
    Hotel,
    Participant,
    ParticipantStatus,
    RoomAssignment,
    RoomType,
)
from ..foundation.names import with_original
from ..foundation.text import fold
from .allocation import (
    DAY,
)


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
