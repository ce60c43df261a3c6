"""A summary of what a conference database holds (``conference-desk info``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .db import Database, current_revision
from .errors import NotInitialisedError
from .models import (
    Badge,
    Category,
    CheckInEvent,
    Conference,
    Delegation,
    DelegationKind,
    Hotel,
    Interpreter,
    MembershipStatus,
    MemberState,
    Participant,
    RoomBlock,
    RoomType,
    VenueRoom,
)
from .models import Session as ProgrammeSession


def get_conference(session: Session) -> Conference:
    conference = session.scalar(select(Conference))
    if conference is None:
        raise NotInitialisedError(
            "This database has no conference yet: run `conference-desk init` first."
        )
    return conference


def _count(session: Session, model: type, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def conference_summary(db: Database, lang: str = "en") -> dict[str, Any]:
    """Plain data (JSON-ready) describing the conference and what the database holds."""
    with db.session() as session:
        conference = get_conference(session)
        room_nights = int(session.scalar(select(func.coalesce(func.sum(RoomBlock.rooms), 0))) or 0)
        counts = {
            "member_states": _count(session, MemberState, MemberState.status == MembershipStatus.MEMBER),
            "member_states_with_fr_es_names": _count(
                session, MemberState, MemberState.name_fr != "", MemberState.name_es != ""
            ),
            "associate_members": _count(
                session, MemberState, MemberState.status == MembershipStatus.ASSOCIATE
            ),
            "delegations": _count(session, Delegation),
            "member_state_delegations": _count(
                session, Delegation, Delegation.kind == DelegationKind.MEMBER_STATE
            ),
            "participants": _count(session, Participant),
            "categories": _count(session, Category),
            "venue_rooms": _count(session, VenueRoom),
            "hotels": _count(session, Hotel),
            "room_types": _count(session, RoomType),
            "room_nights_blocked": room_nights,
            "sessions": _count(session, ProgrammeSession),
            "interpreters": _count(session, Interpreter),
            "badges": _count(session, Badge),
            "checkin_events": _count(session, CheckInEvent),
        }
        return {
            "conference": {
                "code": conference.code,
                "name": conference.name(lang),
                "names": {code: conference.name(code) for code in ("en", "fr", "es")},
                "short_name": conference.short_name,
                "theme": getattr(conference, f"theme_{lang}", "") or conference.theme_en,
                "arrival_date": conference.arrival_date.isoformat(),
                "start_date": conference.start_date.isoformat(),
                "end_date": conference.end_date.isoformat(),
                "departure_date": conference.departure_date.isoformat(),
                "city": conference.city,
                "venue": conference.venue_name,
                "venue_address": conference.venue_address,
                "working_languages": conference.languages(),
                "organisers": conference.organisers,
                "hosts": conference.hosts,
            },
            "database": db.describe(),
            "schema_revision": current_revision(db.engine),
            "counts": counts,
        }
