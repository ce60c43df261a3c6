"""Hotel messages of the core (``Text``) reach the user in their language: a refused room share and
the reason a guest is left without a room, with names kept and dates written the French way.

The French test needs the "# Hotels" templates of ui/common/core_messages.py translated in the .ts/.qm files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from conference_desk.core.hotels import service as hotels
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.messages import Text, message_of
from conference_desk.core.foundation.models import (
    Category,
    Hotel,
    Participant,
    ParticipantStatus,
    RoomBlock,
    RoomType,
)
from conference_desk.core.foundation.setup_data import initialise
from conference_desk.ui.common.core_messages import translate_core
from conference_desk.ui.common.i18n import LanguageManager

N1 = dt.date(2015, 9, 27)
ACTOR = Actor(operator="test", desk="t1")


@dataclass
class Situation:
    refusal: hotels.HotelError
    label: str
    plan: hotels.AllocationPlan


@pytest.fixture
def situation(empty_db: Database) -> Situation:
    """One hotel with one single and one twin room on two nights; Ana and Bea share the twin by hand,
    so Cleo is refused in it, and of Cleo and Dan (who both need the single) one is left unplaced."""
    db = empty_db
    initialise(db, "empty")
    with db.session() as s:
        delegate = s.scalar(select(Category.id).where(Category.code == "delegate"))
        hotel = Hotel(name="Hilton", attrition_percent=0)
        s.add(hotel)
        s.flush()
        types = {}
        for code, name, capacity in (("single", "Single", 1), ("twin", "Twin", 2)):
            rt = RoomType(hotel_id=hotel.id, code=code, name=name, capacity=capacity, accessible=False)
            s.add(rt)
            s.flush()
            for night in (N1, N1 + dt.timedelta(days=1)):
                s.add(RoomBlock(room_type_id=rt.id, night=night, rooms=1))
            types[code] = rt.id
        ids = []
        for given, family in (("Ana", "Uno"), ("Bea", "Dos"), ("Cleo", "Tres"), ("Dan", "Cuatro")):
            p = Participant(family_name=family, given_name=given, category_id=delegate, needs_hotel=True,
                            arrival_date=N1, departure_date=N1 + dt.timedelta(days=2), room_type_request="single",
                            status=ParticipantStatus.CONFIRMED)
            s.add(p)
            s.flush()
            ids.append(p.id)
        hotel_id = hotel.id
    ana, bea, cleo, _dan = ids
    moved = hotels.move_guest(db, ana, hotel_id, types["twin"], actor=ACTOR)
    hotels.share_room(db, bea, ana, ACTOR)
    with pytest.raises(hotels.HotelError) as refused:
        hotels.share_room(db, cleo, ana, ACTOR)
    return Situation(refused.value, moved["room_label"], hotels.allocate(db, time_limit=10))


@pytest.fixture
def english(qapp) -> LanguageManager:  # type: ignore[no-untyped-def]
    manager = LanguageManager()
    manager.set_language("en")
    return manager


@pytest.fixture
def french(english: LanguageManager) -> Iterator[None]:
    english.set_language("fr")
    yield
    english.set_language("en")


@pytest.mark.usefixtures("english")
def test_hotel_messages_are_texts_and_read_the_same_in_english(situation: Situation) -> None:
    refusal = message_of(situation.refusal)
    assert isinstance(refusal, Text) and refusal.values["night"] == N1
    assert refusal == (f"Cannot put Cleo Tres in Ana Uno's room {situation.label}: a Twin room holds 2 guests"
                       " and it is full on the night of 2015-09-27.")
    assert [len(situation.plan.unplaced), situation.plan.sharer_issues] == [1, []]
    unplaced = situation.plan.unplaced[0]
    assert isinstance(unplaced.reason, Text) and unplaced.code == "exhausted"
    assert unplaced.reason == "room type exhausted: every single/twin room is taken on 2015-09-27, 2015-09-28"
    # English in the interface: the same sentence, dates the British way.
    assert translate_core(refusal) == refusal.replace("2015-09-27", "27/09/2015")


@pytest.mark.usefixtures("french")
def test_a_hotel_refusal_and_an_unplaced_reason_in_french(situation: Situation) -> None:
    """Needs the French translations of the "# Hotels" CoreMessages merged into i18n/conference_desk_fr.ts/.qm."""
    assert translate_core(message_of(situation.refusal)) == (
        f"Impossible de mettre Cleo Tres dans la chambre {situation.label} de Ana Uno : une chambre de type Twin"
        " accueille 2 personnes et elle est complète la nuit du 27/09/2015.")
    assert translate_core(situation.plan.unplaced[0].reason) == (
        "type de chambre épuisé : toutes les chambres de type single/twin sont prises"
        " (nuit(s) : 27/09/2015, 28/09/2015)")
