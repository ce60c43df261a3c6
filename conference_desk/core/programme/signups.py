"""Forum sign-ups with a waiting list, and a participant's sessions (agenda, form).

Only forums (thematic, regional, mayors') take sign-ups; their capacity is
``max_sign_ups``, else the room's capacity.  When a forum is full the
participant goes on its waiting list (or is refused); cancelling a place
promotes the first person waiting.  Waiting-list order is sign-up order.

Each call is one transaction with its audit entry; the session row is read
``FOR UPDATE`` (PostgreSQL) so two desks cannot both take the last place
(SQLite serialises writers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.models import (
    Participant,
    ParticipantStatus,
    ProgrammeSession,
    SessionPerson,
    SignUp,
    VenueRoom,
)
from ..foundation.messages import Text, join
from .errors import ProgrammeError, SessionFullError, SignUpError
from .timetable import FORUM_TYPES, LANGUAGES, role_word, shorten, type_word


@dataclass(frozen=True)
class SignUpResult:
    session_id: int
    session_code: str
    participant_id: int
    participant_name: str
    waitlisted: bool
    position: int | None  # place on the waiting list (1 = next), None when placed
    placed: int  # places taken after this sign-up
    capacity: int | None
    message: str  # a core.messages.Text (translatable)


@dataclass(frozen=True)
class CancelResult:
    session_id: int
    session_code: str
    participant_id: int
    was_waitlisted: bool
    promoted_id: int | None  # who moved up from the waiting list, if anyone
    promoted_name: str | None
    message: str


@dataclass(frozen=True)
class BulkSignUpResult:
    session_id: int
    session_code: str
    placed: int  # newly placed
    waitlisted: int  # newly put on the waiting list
    already: int  # were signed up already (left as they were)
    capacity: int | None
    message: str


@dataclass(frozen=True)
class AgendaItem:
    """One session of a participant: their roles in it and/or their sign-up."""

    session_id: int
    code: str
    type: str
    titles: dict[str, str]
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    room_id: int | None
    room_name: str
    roles: tuple[str, ...]
    signed_up: bool
    waitlisted: bool
    waitlist_position: int | None

    def title(self, lang: str = "en") -> str:
        return self.titles.get(lang) or self.titles.get("en", "")


def _label(row: ProgrammeSession) -> str:
    return f"'{row.code} {shorten(row.title_en, 48)}'"


def _lock_session(s: OrmSession, session_id: int) -> ProgrammeSession:
    row = s.scalar(select(ProgrammeSession).where(ProgrammeSession.id == session_id).with_for_update())
    if row is None:
        raise ProgrammeError(Text("No programme session with id {id}.", id=str(session_id)))
    if row.type.value not in FORUM_TYPES:
        raise SignUpError(Text("{session} is a {type}, not a forum: only thematic, regional and mayors' forums take"
                               " sign-ups.", session=_label(row), type=type_word(row.type.value)))
    return row


def _capacity(s: OrmSession, row: ProgrammeSession) -> int | None:
    if row.max_sign_ups is not None:
        return row.max_sign_ups
    if row.venue_room_id is not None:
        room = s.get(VenueRoom, row.venue_room_id)
        return room.capacity if room is not None else None
    return None


def _placed(s: OrmSession, session_id: int) -> int:
    return s.scalar(select(func.count()).select_from(SignUp).where(
        SignUp.session_id == session_id, SignUp.waitlisted.is_(False))) or 0


def _waiting(s: OrmSession, session_id: int) -> list[SignUp]:
    return list(s.scalars(select(SignUp).where(SignUp.session_id == session_id, SignUp.waitlisted.is_(True))
                          .order_by(SignUp.created_at, SignUp.id)))


def _eligible(s: OrmSession, row: ProgrammeSession, participant_id: int) -> Participant:
    p = s.get(Participant, participant_id)
    if p is None:
        raise SignUpError(Text("No participant with id {id}.", id=str(participant_id)))
    if p.status == ParticipantStatus.CANCELLED:
        raise SignUpError(Text("{name} has cancelled their participation and cannot sign up to {session}.",
                               name=p.full_name, session=_label(row)))
    return p


def _clash(s: OrmSession, row: ProgrammeSession, participant_ids: list[int]) -> dict[int, Text]:
    """Participants already signed up to, or with a role in, another session at the same time."""
    if row.starts_at is None or row.ends_at is None or not participant_ids:
        return {}
    found: dict[int, Text] = {}
    overlapping = (ProgrammeSession.id != row.id) & (ProgrammeSession.starts_at < row.ends_at) \
        & (ProgrammeSession.ends_at > row.starts_at)
    for chunk_start in range(0, len(participant_ids), 500):
        chunk = participant_ids[chunk_start:chunk_start + 500]
        signed = s.execute(select(SignUp.participant_id, ProgrammeSession).join(
            ProgrammeSession, ProgrammeSession.id == SignUp.session_id).where(
            overlapping, SignUp.participant_id.in_(chunk)))
        for pid, other in signed:
            found.setdefault(pid, Text("is already signed up to {session} at the same time", session=_label(other)))
        roles = s.execute(select(SessionPerson.participant_id, SessionPerson.role, ProgrammeSession).join(
            ProgrammeSession, ProgrammeSession.id == SessionPerson.session_id).where(
            overlapping, SessionPerson.participant_id.in_(chunk)))
        for pid, role, other in roles:
            found.setdefault(pid, Text("is {role} in {session} at the same time", role=role_word(role.value),
                                       session=_label(other)))
    return found


def sign_up(db: Database, session_id: int, participant_id: int, actor: Actor | None = None,
            waitlist_if_full: bool = True) -> SignUpResult:
    """Sign a participant up to a forum; when it is full, put them on the waiting list (or refuse)."""
    actor = actor or Actor()
    with db.session() as s:
        row = _lock_session(s, session_id)
        p = _eligible(s, row, participant_id)
        existing = s.scalar(select(SignUp).where(SignUp.session_id == row.id, SignUp.participant_id == p.id))
        if existing is not None:
            if existing.waitlisted:
                position = [w.id for w in _waiting(s, row.id)].index(existing.id) + 1
                raise SignUpError(Text("{name} is already on the waiting list of {session} (position"
                                       " {position}).", name=p.full_name, session=_label(row), position=position))
            raise SignUpError(Text("{name} is already signed up to {session}.", name=p.full_name,
                                   session=_label(row)))
        clash = _clash(s, row, [p.id])
        if clash:
            raise SignUpError(Text("{name} {clash}; cannot sign up to {session}.", name=p.full_name,
                                   clash=clash[p.id], session=_label(row)))
        capacity = _capacity(s, row)
        placed = _placed(s, row.id)
        full = capacity is not None and placed >= capacity
        if full and not waitlist_if_full:
            raise SessionFullError(Text("{session} is full ({placed} of {capacity} places); {name} was not signed"
                                        " up.", session=_label(row), placed=placed, capacity=capacity,
                                        name=p.full_name))
        s.add(SignUp(session_id=row.id, participant_id=p.id, waitlisted=full))
        s.flush()
        if full:
            position = len(_waiting(s, row.id))
            message = Text("{session} is full ({placed} of {capacity} places); {name} added to the waiting list,"
                           " position {position}.", session=_label(row), placed=placed, capacity=capacity,
                           name=p.full_name, position=position)
        else:
            position = None
            placed += 1
            if capacity is not None:
                message = Text("{name} signed up to {session} ({placed} of {capacity} places taken).",
                               name=p.full_name, session=_label(row), placed=placed, capacity=capacity)
            else:
                message = Text("{name} signed up to {session}.", name=p.full_name, session=_label(row))
        record(s, actor, "programme sign-up", "programme_session", row.id, message[:300],
               {"participant_id": p.id, "waitlisted": full, "position": position})
        return SignUpResult(row.id, row.code, p.id, p.full_name, full, position, placed, capacity, message)


def cancel_sign_up(db: Database, session_id: int, participant_id: int, actor: Actor | None = None) -> CancelResult:
    """Cancel a sign-up (or a place on the waiting list); a freed place goes to the first person waiting."""
    actor = actor or Actor()
    with db.session() as s:
        row = _lock_session(s, session_id)
        p = s.get(Participant, participant_id)
        name = p.full_name if p is not None else Text("participant {id}", id=str(participant_id))
        existing = s.scalar(select(SignUp).where(SignUp.session_id == row.id, SignUp.participant_id == participant_id))
        if existing is None:
            raise SignUpError(Text("{name} is not signed up to {session}.", name=name, session=_label(row)))
        was_waitlisted = existing.waitlisted
        s.delete(existing)
        s.flush()
        promoted_id = promoted_name = None
        if not was_waitlisted:
            capacity = _capacity(s, row)
            waiting = _waiting(s, row.id)
            if waiting and (capacity is None or _placed(s, row.id) < capacity):
                first = waiting[0]
                first.waitlisted = False
                promoted = s.get(Participant, first.participant_id)
                promoted_id = first.participant_id
                promoted_name = (promoted.full_name if promoted is not None
                                 else Text("participant {id}", id=str(promoted_id)))
                s.flush()
        message = Text("{name}'s place on the waiting list for {session} was cancelled." if was_waitlisted else
                       "{name}'s sign-up for {session} was cancelled.", name=name, session=_label(row))
        if promoted_name:
            message = Text("{cancelled} {promoted} moved up from the waiting list.", cancelled=message,
                           promoted=promoted_name)
        record(s, actor, "programme sign-up cancel", "programme_session", row.id, message[:300],
               {"participant_id": participant_id, "was_waitlisted": was_waitlisted, "promoted_id": promoted_id})
        return CancelResult(row.id, row.code, participant_id, was_waitlisted, promoted_id, promoted_name, message)


def bulk_sign_up(db: Database, session_id: int, participant_ids: Iterable[int], actor: Actor | None = None,
                 waitlist_if_full: bool = True) -> BulkSignUpResult:
    """Sign many participants up to one forum in one transaction: all of them, or nobody.

    Refused as a whole (every problem listed) if any id is unknown, cancelled or
    has a clash, or if the forum would overflow and the waiting list is not
    allowed.  People already signed up are left as they are and counted.
    """
    actor = actor or Actor()
    ids = list(dict.fromkeys(int(i) for i in participant_ids))
    if not ids:
        raise SignUpError(Text("No participants to sign up."))
    with db.session() as s:
        row = _lock_session(s, session_id)
        people: dict[int, Participant] = {}
        for start in range(0, len(ids), 500):
            for p in s.scalars(select(Participant).where(Participant.id.in_(ids[start:start + 500]))):
                people[p.id] = p
        problems = [Text("no participant with id {id}", id=str(pid)) for pid in ids if pid not in people]
        problems += [Text("{name} has cancelled", name=people[pid].full_name) for pid in ids
                     if pid in people and people[pid].status == ParticipantStatus.CANCELLED]
        already = set(s.scalars(select(SignUp.participant_id).where(SignUp.session_id == row.id)))
        new = [pid for pid in ids if pid in people and pid not in already]
        clash = _clash(s, row, new)
        problems += [Text("{name} {clash}", name=people[pid].full_name, clash=clash[pid]) for pid in new if pid in clash]
        capacity = _capacity(s, row)
        placed_before = _placed(s, row.id)
        free = len(new) if capacity is None else max(0, capacity - placed_before)
        overflow = max(0, len(new) - free)
        if overflow and not waitlist_if_full:
            problems.append(Text("{session} has {free} free places of {capacity} for {count} people",
                                 session=_label(row), free=free, capacity=capacity, count=len(new)))
        if problems:
            shown = problems[:10] + ([Text("and {count} more", count=len(problems) - 10)] if len(problems) > 10
                                     else [])
            raise SignUpError(Text("Nobody was signed up to {session}: {problems}.", session=_label(row),
                                   problems=join(shown)))
        for i, pid in enumerate(new):
            s.add(SignUp(session_id=row.id, participant_id=pid, waitlisted=i >= free))
        s.flush()
        placed, waitlisted = len(new) - overflow, overflow
        message = Text(BULK_TEMPLATES[(bool(waitlisted), bool(len(ids) - len(new)))], placed=placed,
                       session=_label(row), waitlisted=waitlisted, capacity=capacity, already=len(ids) - len(new))
        record(s, actor, "programme bulk sign-up", "programme_session", row.id, message[:300],
               {"placed": placed, "waitlisted": waitlisted, "participant_ids": new})
        return BulkSignUpResult(row.id, row.code, placed, waitlisted, len(ids) - len(new), capacity, message)


# (some on the waiting list, some signed up already)
BULK_TEMPLATES = {
    (False, False): "{placed} signed up to {session}.",
    (True, False): "{placed} signed up to {session}, {waitlisted} on the waiting list (full: {capacity} places).",
    (False, True): "{placed} signed up to {session}, {already} already signed up.",
    (True, True): "{placed} signed up to {session}, {waitlisted} on the waiting list (full: {capacity} places),"
                  " {already} already signed up.",
}


def sessions_of_participant(db: Database, participant_id: int) -> list[AgendaItem]:
    """A participant's sessions in time order: roles they have and forums they signed up to."""
    with db.session() as s:
        if s.get(Participant, participant_id) is None:
            raise ProgrammeError(Text("No participant with id {id}.", id=str(participant_id)))
        roles: dict[int, list[str]] = {}
        for sid, role in s.execute(select(SessionPerson.session_id, SessionPerson.role)
                                   .where(SessionPerson.participant_id == participant_id)
                                   .order_by(SessionPerson.id)):
            roles.setdefault(sid, []).append(role.value)
        signs = {su.session_id: su for su in s.scalars(select(SignUp).where(SignUp.participant_id == participant_id))}
        ids = set(roles) | set(signs)
        if not ids:
            return []
        items = []
        for row in s.scalars(select(ProgrammeSession).where(ProgrammeSession.id.in_(ids))):
            su = signs.get(row.id)
            position = None
            if su is not None and su.waitlisted:
                position = [w.id for w in _waiting(s, row.id)].index(su.id) + 1
            room = s.get(VenueRoom, row.venue_room_id) if row.venue_room_id is not None else None
            items.append(AgendaItem(
                session_id=row.id, code=row.code, type=row.type.value,
                titles={lang: getattr(row, f"title_{lang}") or "" for lang in LANGUAGES},
                starts_at=row.starts_at, ends_at=row.ends_at, room_id=row.venue_room_id,
                room_name=room.name if room else "", roles=tuple(roles.get(row.id, ())),
                signed_up=su is not None, waitlisted=bool(su and su.waitlisted), waitlist_position=position,
            ))
        items.sort(key=lambda i: (i.starts_at or dt.datetime.max, i.code))
        return items


@dataclass(frozen=True)
class SignUpEntry:
    """One person on a forum's list: placed, or waiting at ``position`` (1 = next to move up)."""

    participant_id: int
    name: str
    waitlisted: bool
    position: int | None
    signed_up_at: dt.datetime


def sign_up_lists(db: Database, session_id: int) -> tuple[list[SignUpEntry], list[SignUpEntry]]:
    """Who holds a place (sorted by name) and who waits (in waiting-list order) for one session."""
    with db.session() as s:
        if s.get(ProgrammeSession, session_id) is None:
            raise ProgrammeError(Text("No programme session with id {id}.", id=str(session_id)))
        rows = s.execute(
            select(SignUp, Participant.given_name, Participant.family_name, Participant.given_name_latin,
                   Participant.family_name_latin, Participant.sort_name)
            .join(Participant, Participant.id == SignUp.participant_id)
            .where(SignUp.session_id == session_id)
            .order_by(SignUp.created_at, SignUp.id)
        ).all()
        placed: list[tuple[str, SignUpEntry]] = []
        waiting: list[SignUpEntry] = []
        for su, given, family, given_latin, family_latin, sort_name in rows:
            name = " ".join(part for part in (given, family) if part)
            latin = " ".join(part for part in (given_latin, family_latin) if part)
            if latin and latin != name:
                name += f" ({latin})"
            if su.waitlisted:
                waiting.append(SignUpEntry(su.participant_id, name, True, len(waiting) + 1, su.created_at))
            else:
                placed.append((sort_name or name.lower(), SignUpEntry(su.participant_id, name, False, None,
                                                                      su.created_at)))
        placed.sort(key=lambda pair: pair[0])
        return [entry for _key, entry in placed], waiting


def delegations_for_sign_up(db: Database, lang: str = "en") -> list[tuple[int, str, int]]:
    """(delegation id, name, members) of every delegation with members, by name (for a bulk sign-up)."""
    from ..people.registration import list_delegations

    with db.session() as s:
        return [(d.id, d.name, d.members) for d in list_delegations(s, lang) if d.members]


def sign_up_delegation(db: Database, session_id: int, delegation_id: int, actor: Actor | None = None,
                       waitlist_if_full: bool = True) -> BulkSignUpResult:
    """Sign every member of a delegation (not cancelled) up to one forum: all of them, or nobody."""
    with db.session() as s:
        ids = list(s.scalars(select(Participant.id).where(Participant.delegation_id == delegation_id,
                                                          Participant.status != ParticipantStatus.CANCELLED)
                            .order_by(Participant.id)))
    if not ids:
        raise SignUpError(Text("This delegation has nobody to sign up."))
    return bulk_sign_up(db, session_id, ids, actor, waitlist_if_full)
