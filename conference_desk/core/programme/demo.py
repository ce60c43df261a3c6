"""The programme part of the demo population: people in sessions and forum sign-ups.

Plausible and clean: heads of delegation and mayors speak in plenaries and
ceremonies, UNESCO staff and experts moderate and report, each forum has one
moderator, one rapporteur and 3–4 panellists (from the forum's region for a
regional forum, mayors for the mayors' forum).  Nobody is given two sessions
that overlap or follow each other closer than the turnover gap, and forums are
signed up to within their capacity, by people free at that time — so
``find_conflicts`` finds nothing on the demo.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..foundation.models import (
    Category,
    Conference,
    Delegation,
    MemberState,
    Participant,
    ParticipantStatus,
    ProgrammeSession,
    SessionPerson,
    SessionRole,
    SessionType,
    SignUp,
    VenueRoom,
)
from .timetable import FORUM_TYPES, _read_settings

# Who is picked first for each role (category codes, in order of preference).
_SPEAKERS_PLENARY = ("mayor", "head", "speaker", "unesco")
_MODERATORS = ("unesco", "expert", "speaker", "igo_ngo", "head")
_RAPPORTEURS = ("expert", "unesco", "igo_ngo", "delegate")
_PANELLISTS = ("speaker", "expert", "mayor", "igo_ngo", "head", "delegate", "private")
_MAYORS_FORUM = ("mayor", "head")
# Categories that do not sit in forums as audience.
_NOT_AUDIENCE = frozenset({"press", "staff", "interpreter"})


@dataclass
class _Person:
    id: int
    category: str
    region: str | None
    busy: list[tuple[dt.datetime, dt.datetime]] = field(default_factory=list)  # roles, padded by the gap
    attending: list[tuple[dt.datetime, dt.datetime]] = field(default_factory=list)  # roles and sign-ups
    roles: int = 0

    def free(self, start: dt.datetime, end: dt.datetime, spans: list[tuple[dt.datetime, dt.datetime]]) -> bool:
        return all(end <= a or start >= b for a, b in spans)


def populate_programme_demo(session: OrmSession, conference: Conference, rng: random.Random) -> tuple[int, int]:
    """Give the demo participants roles in the programme's sessions and sign them up to forums.

    Works on the caller's unit of work (no commit).  Returns (roles, sign-ups) added.
    """
    settings = _read_settings(session, conference)
    gap = dt.timedelta(minutes=settings.turnover_minutes)
    rows = session.execute(
        select(Participant.id, Category.code, MemberState.region)
        .join(Category, Category.id == Participant.category_id)
        .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
        .outerjoin(MemberState, MemberState.id == Delegation.member_state_id)
        .where(Participant.status != ParticipantStatus.CANCELLED)
        .order_by(Participant.id)
    ).all()
    people = [_Person(pid, code, region.value if region is not None else None) for pid, code, region in rows]
    if not people:
        return 0, 0
    by_category: dict[str, list[_Person]] = defaultdict(list)
    for p in people:
        by_category[p.category].append(p)
    for group in by_category.values():
        rng.shuffle(group)

    sessions = session.scalars(
        select(ProgrammeSession)
        .where(ProgrammeSession.starts_at.is_not(None), ProgrammeSession.venue_room_id.is_not(None))
        .order_by(ProgrammeSession.starts_at, ProgrammeSession.sort_order, ProgrammeSession.id)
    ).all()
    # Sessions that already have people keep them (and count as busy time).
    existing = session.execute(select(SessionPerson.session_id, SessionPerson.participant_id)).all()
    staffed = {sid for sid, _pid in existing}
    by_id = {p.id: p for p in people}
    times = {s.id: (s.starts_at, s.ends_at) for s in sessions}
    for sid, pid in existing:
        if sid in times and pid in by_id:
            start, end = times[sid]
            by_id[pid].busy.append((start - gap, end + gap))
            by_id[pid].attending.append((start, end))

    links: list[dict[str, object]] = []

    def pick(categories: tuple[str, ...], start: dt.datetime, end: dt.datetime, region: str | None = None,
             taken: set[int] | None = None) -> _Person | None:
        taken = taken if taken is not None else set()
        candidates: list[_Person] = []
        for code in categories:
            candidates += [p for p in by_category.get(code, ()) if region is None or p.region == region]
        # People with fewer roles first (spread the programme), category preference next.
        for p in sorted(candidates, key=lambda p: p.roles):
            if p.id in taken or not p.free(start, end, p.busy):
                continue
            return p
        return None

    def assign(s: ProgrammeSession, person: _Person | None, role: SessionRole, taken: set[int]) -> None:
        if person is None:
            return
        assert s.starts_at is not None and s.ends_at is not None
        taken.add(person.id)
        person.roles += 1
        person.busy.append((s.starts_at - gap, s.ends_at + gap))
        person.attending.append((s.starts_at, s.ends_at))
        links.append({"session_id": s.id, "participant_id": person.id, "role": role})

    for s in sessions:
        if s.id in staffed or s.type == SessionType.BREAK:
            continue
        start, end = s.starts_at, s.ends_at
        assert start is not None and end is not None
        taken: set[int] = set()
        if s.type in (SessionType.PLENARY, SessionType.CEREMONY):
            assign(s, pick(_MODERATORS, start, end, taken=taken), SessionRole.MODERATOR, taken)
            for _ in range(rng.randint(3, 4)):
                assign(s, pick(_SPEAKERS_PLENARY, start, end, taken=taken), SessionRole.SPEAKER, taken)
            if s.type == SessionType.PLENARY:
                assign(s, pick(_RAPPORTEURS, start, end, taken=taken), SessionRole.RAPPORTEUR, taken)
            continue
        region = s.region.value if s.region is not None else None
        panel = _MAYORS_FORUM if s.type == SessionType.MAYORS_FORUM else _PANELLISTS
        moderator = (region and pick(_MODERATORS, start, end, region, taken)) or pick(_MODERATORS, start, end,
                                                                                       taken=taken)
        assign(s, moderator, SessionRole.MODERATOR, taken)
        for _ in range(rng.randint(3, 4)):
            person = (region and pick(panel, start, end, region, taken)) or pick(panel, start, end, taken=taken)
            assign(s, person, SessionRole.PANELLIST, taken)
        rapporteur = (region and pick(_RAPPORTEURS, start, end, region, taken)) or pick(_RAPPORTEURS, start, end,
                                                                                         taken=taken)
        assign(s, rapporteur, SessionRole.RAPPORTEUR, taken)
    if links:
        session.execute(SessionPerson.__table__.insert(), links)

    # Sign-ups: each forum filled to 55–95 % of its expected attendance, within capacity.
    rooms = {r.id: r.capacity for r in session.scalars(select(VenueRoom))}
    already: dict[int, int] = defaultdict(int)
    signed: set[tuple[int, int]] = set()
    for sid, pid in session.execute(select(SignUp.session_id, SignUp.participant_id)):
        already[sid] += 1
        signed.add((sid, pid))
    audience = [p for p in people if p.category not in _NOT_AUDIENCE]
    sign_ups: list[dict[str, object]] = []
    for s in sessions:
        if s.type.value not in FORUM_TYPES:
            continue
        start, end = s.starts_at, s.ends_at
        assert start is not None and end is not None
        capacity = s.max_sign_ups if s.max_sign_ups is not None else rooms.get(s.venue_room_id or 0, 0)
        wanted = round((s.expected_attendance or capacity) * rng.uniform(0.55, 0.95))
        room_left = max(0, min(wanted, capacity) - already[s.id])
        if room_left == 0:
            continue
        region = s.region.value if s.region is not None else None
        if s.type == SessionType.MAYORS_FORUM:
            pool = [p for p in audience if p.category in _MAYORS_FORUM]
        elif region is not None:
            pool = [p for p in audience if p.region == region] or list(audience)
        else:
            pool = list(audience)
        rng.shuffle(pool)
        for p in pool:
            if room_left == 0:
                break
            if (s.id, p.id) in signed or not p.free(start, end, p.attending):
                continue
            signed.add((s.id, p.id))
            p.attending.append((start, end))
            sign_ups.append({"session_id": s.id, "participant_id": p.id, "waitlisted": False})
            room_left -= 1
    if sign_ups:
        session.execute(SignUp.__table__.insert(), sign_ups)
    session.flush()
    return len(links), len(sign_ups)
