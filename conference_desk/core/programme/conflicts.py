"""Programme conflicts: what a planner must fix (errors) or should look at (warnings).

:func:`detect` is pure: it takes a :class:`~.timetable.Timetable` (e.g. one with a
session moved in memory) and returns the conflicts, so the GUI can re-check
while dragging.  :func:`find_conflicts` reads the database and marks the ones
an organiser has acknowledged.

Rules (kind, severity):

- ``room_double_booked`` (error): two sessions in one room at the same time.
- ``person_double_booked`` (error): someone with a role in two sessions at once.
- ``person_turnover`` (warning): someone's next session starts less than the
  turnover gap after the previous one ends.
- ``over_capacity``: sign-ups above the room's capacity (error); expected
  attendance above it, or a sign-up cap larger than the room (warning).
- ``booths_missing`` (error): interpretation into languages the room has no
  (or too few) booths for.
- ``outside_days`` (error): a session not within the conference days.
- ``outside_hours`` (warning): a session outside the venue's opening hours.
- ``plenary_overlap`` (warning): a plenary or ceremony (all participants)
  overlapping any other session that is not a break (in another room).

Cost: sorting per room, per person and per day, then linear sweeps —
O(n log n) plus the number of overlapping pairs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.messages import Text, join
from ..foundation.models import ConflictAcknowledgement
from .errors import ProgrammeError
from .timetable import ProgrammeSettings, RoomInfo, SessionInfo, Timetable, load_timetable

KINDS = ("room_double_booked", "person_double_booked", "person_turnover", "over_capacity", "booths_missing",
         "outside_days", "outside_hours", "plenary_overlap")
ERROR, WARNING = "error", "warning"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FINGERPRINT_MAX = 300


@dataclass(frozen=True)
class Conflict:
    kind: str
    severity: str  # "error" or "warning"
    session_ids: tuple[int, ...]
    session_codes: tuple[str, ...]
    people: tuple[tuple[int, str], ...]  # (participant id, name)
    starts_at: dt.datetime | None  # the overlap (or the session's time for single-session conflicts)
    ends_at: dt.datetime | None
    message: str
    fingerprint: str
    acknowledged: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind, "severity": self.severity, "sessions": list(self.session_codes),
            "session_ids": list(self.session_ids),
            "people": [{"participant_id": pid, "name": name} for pid, name in self.people],
            "starts_at": self.starts_at.isoformat(timespec="minutes") if self.starts_at else None,
            "ends_at": self.ends_at.isoformat(timespec="minutes") if self.ends_at else None,
            "message": self.message, "acknowledged": self.acknowledged, "fingerprint": self.fingerprint,
        }


def fingerprint(kind: str, session_ids: Iterable[int], participant_ids: Iterable[int] = ()) -> str:
    """Stable identity of a conflict: kind + sorted session ids (+ sorted people), at most 300 characters."""
    text = f"{kind}:s={','.join(str(i) for i in sorted(set(session_ids)))}"
    people = sorted(set(participant_ids))
    if people:
        text += f":p={','.join(str(i) for i in people)}"
    if len(text) > FINGERPRINT_MAX:
        text = f"{kind}:sha1={hashlib.sha1(text.encode()).hexdigest()}"
    return text


def day_month(day: dt.date) -> Text:
    """'28 Sep' (the month translatable)."""
    return Text("{day} {month}", day=day.day, month=Text(MONTHS[day.month - 1]))


def when(start: dt.datetime, end: dt.datetime) -> Text:
    """'28 Sep 14:30–16:00' (or '28 Sep 23:00–29 Sep 01:00')."""
    if end.date() == start.date():
        return Text("{day} {start}\u2013{end}", day=day_month(start), start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    return Text("{day} {start}\u2013{end_day} {end}", day=day_month(start), start=f"{start:%H:%M}",
                end_day=day_month(end), end=f"{end:%H:%M}")


def _make(kind: str, severity: str, sessions: list[SessionInfo], message: str,
          start: dt.datetime | None, end: dt.datetime | None, people: tuple[tuple[int, str], ...] = ()) -> Conflict:
    ordered = sorted(sessions, key=lambda s: (s.starts_at or dt.datetime.max, s.code))
    return Conflict(kind, severity, tuple(s.id for s in ordered), tuple(s.code for s in ordered), people,
                    start, end, message, fingerprint(kind, (s.id for s in ordered), (p for p, _ in people)))


def _overlap(a: SessionInfo, b: SessionInfo) -> tuple[dt.datetime, dt.datetime]:
    assert a.starts_at and a.ends_at and b.starts_at and b.ends_at
    return max(a.starts_at, b.starts_at), min(a.ends_at, b.ends_at)


def _overlapping_pairs(items: list[SessionInfo]) -> Iterable[tuple[SessionInfo, SessionInfo]]:
    """Pairs of timed sessions that overlap (half-open intervals), by a sweep over start times."""
    ordered = sorted(items, key=lambda s: (s.starts_at, s.ends_at, s.id))
    active: list[SessionInfo] = []
    for s in ordered:
        assert s.starts_at is not None
        active = [a for a in active if a.ends_at > s.starts_at]  # type: ignore[operator]
        for a in active:
            yield a, s
        active.append(s)


def _room_conflicts(sessions: list[SessionInfo], rooms: dict[int, RoomInfo]) -> list[Conflict]:
    by_room: dict[int, list[SessionInfo]] = defaultdict(list)
    for s in sessions:
        if s.room_id is not None:
            by_room[s.room_id].append(s)
    out = []
    for room_id, items in by_room.items():
        room = rooms.get(room_id)
        room_name = room.name if room else f"#{room_id}"
        for a, b in _overlapping_pairs(items):
            start, end = _overlap(a, b)
            out.append(_make("room_double_booked", ERROR, [a, b],
                             Text("{room} is booked twice: {a} and {b} ({when}).", room=room_name, a=a.label(),
                                  b=b.label(), when=when(start, end)),
                             start, end))
    return out


def _people_conflicts(sessions: list[SessionInfo], turnover: dt.timedelta) -> list[Conflict]:
    by_person: dict[int, dict[int, SessionInfo]] = defaultdict(dict)
    names: dict[int, str] = {}
    for s in sessions:
        for p in s.people:
            by_person[p.participant_id][s.id] = s
            names[p.participant_id] = p.name
    out = []
    for pid, mine in by_person.items():
        if len(mine) < 2:
            continue
        name = names[pid]
        ordered = sorted(mine.values(), key=lambda s: (s.starts_at, s.ends_at, s.id))
        for i, a in enumerate(ordered):
            assert a.starts_at and a.ends_at
            for b in ordered[i + 1:]:
                assert b.starts_at and b.ends_at
                if b.starts_at >= a.ends_at + turnover:
                    break
                if b.starts_at < a.ends_at:
                    start, end = _overlap(a, b)
                    out.append(_make("person_double_booked", ERROR, [a, b],
                                     Text("{person} is in {a} and {b} at the same time ({when}).", person=name,
                                          a=a.label(), b=b.label(), when=when(start, end)),
                                     start, end, ((pid, name),)))
                else:
                    gap = int((b.starts_at - a.ends_at).total_seconds() // 60)
                    out.append(_make("person_turnover", WARNING, [a, b],
                                     Text("{person} has {gap} min between {a} (ends {a_end}) and {b} (starts"
                                          " {b_start}); the turnover gap is {turnover} min.", person=name, gap=gap,
                                          a=a.label(), a_end=f"{a.ends_at:%H:%M}", b=b.label(),
                                          b_start=f"{b.starts_at:%H:%M}",
                                          turnover=int(turnover.total_seconds() // 60)),
                                     a.ends_at, b.starts_at, ((pid, name),)))
    return out


def _capacity_conflicts(sessions: list[SessionInfo], rooms: dict[int, RoomInfo]) -> list[Conflict]:
    out = []
    for s in sessions:
        room = rooms.get(s.room_id) if s.room_id is not None else None
        if room is None:
            continue
        if s.sign_ups > room.capacity:
            out.append(_make("over_capacity", ERROR, [s],
                             Text("{session} has {sign_ups} sign-ups but {room} holds {capacity}.",
                                  session=s.label(), sign_ups=s.sign_ups, room=room.name, capacity=room.capacity),
                             s.starts_at, s.ends_at))
        elif s.expected_attendance > room.capacity:
            out.append(_make("over_capacity", WARNING, [s],
                             Text("{session} expects {expected} people but {room} holds {capacity}.",
                                  session=s.label(), expected=s.expected_attendance, room=room.name,
                                  capacity=room.capacity), s.starts_at, s.ends_at))
        elif s.max_sign_ups is not None and s.max_sign_ups > room.capacity:
            out.append(_make("over_capacity", WARNING, [s],
                             Text("{session} accepts up to {cap} sign-ups but {room} holds {capacity}.",
                                  session=s.label(), cap=s.max_sign_ups, room=room.name, capacity=room.capacity),
                             s.starts_at, s.ends_at))
    return out


def _booth_conflicts(sessions: list[SessionInfo], rooms: dict[int, RoomInfo]) -> list[Conflict]:
    out = []
    for s in sessions:
        room = rooms.get(s.room_id) if s.room_id is not None else None
        if room is None or not s.interpretation:
            continue
        wanted = s.interpretation
        problems = []
        if room.booths < len(wanted):
            problems.append(Text("{booths} booths for {wanted} target languages" if room.booths != 1 else
                                 "{booths} booth for {wanted} target languages",
                                 booths=room.booths, wanted=len(wanted)))
        # A room with booths but no languages listed is taken to serve any language.
        if room.booths and room.booth_languages:
            missing = [lang for lang in wanted if lang not in room.booth_languages]
            if missing:
                problems.append(Text("no booth for {languages}", languages=", ".join(missing)))
        if problems:
            out.append(_make("booths_missing", ERROR, [s],
                             Text("{session} needs interpretation into {languages} but {room} has {problems}.",
                                  session=s.label(), languages=", ".join(wanted), room=room.name,
                                  problems=join(problems)), s.starts_at, s.ends_at))
    return out


def _time_conflicts(sessions: list[SessionInfo], days: tuple[dt.date, ...],
                    settings: ProgrammeSettings) -> list[Conflict]:
    out = []
    first, last = (days[0], days[-1]) if days else (None, None)
    for s in sessions:
        assert s.starts_at and s.ends_at
        end_day = (s.ends_at - dt.timedelta(microseconds=1)).date()
        if first is None or s.starts_at.date() < first or end_day > last:  # type: ignore[operator]
            span = Text("{first}\u2013{last} {year}", first=day_month(first), last=day_month(last),
                        year=str(last.year)) if first and last else Text("none set")
            out.append(_make("outside_days", ERROR, [s],
                             Text("{session} ({when}) is not within the conference days ({span}).",
                                  session=s.label(), when=when(s.starts_at, s.ends_at), span=span),
                             s.starts_at, s.ends_at))
            continue
        opens = dt.datetime.combine(s.starts_at.date(), settings.venue_opens)
        closes = dt.datetime.combine(s.starts_at.date(), settings.venue_closes)
        if s.starts_at < opens or s.ends_at > closes:
            out.append(_make("outside_hours", WARNING, [s],
                             Text("{session} ({when}) is outside the venue's opening hours ({opens}\u2013{closes}).",
                                  session=s.label(), when=when(s.starts_at, s.ends_at),
                                  opens=f"{settings.venue_opens:%H:%M}", closes=f"{settings.venue_closes:%H:%M}"),
                             s.starts_at, s.ends_at))
    return out


def _plenary_conflicts(sessions: list[SessionInfo]) -> list[Conflict]:
    out = []
    plenaries = [s for s in sessions if s.for_all_participants]
    if not plenaries:
        return out
    others = sorted((s for s in sessions if not s.is_break), key=lambda s: (s.starts_at, s.id))
    starts = [s.starts_at for s in others]
    # Longest session: bounds how far back an overlapping session can start.
    longest = max((s.ends_at - s.starts_at for s in others), default=dt.timedelta())  # type: ignore[operator]
    seen: set[tuple[int, int]] = set()
    for p in plenaries:
        assert p.starts_at and p.ends_at
        lo = bisect_left(starts, p.starts_at - longest)
        hi = bisect_left(starts, p.ends_at)
        for other in others[lo:hi]:
            if other.id == p.id or other.ends_at <= p.starts_at:  # type: ignore[operator]
                continue
            if other.room_id == p.room_id:
                continue  # already a room double booking
            pair = (min(p.id, other.id), max(p.id, other.id))
            if pair in seen:
                continue
            seen.add(pair)
            start, end = _overlap(p, other)
            out.append(_make("plenary_overlap", WARNING, [p, other],
                             Text("{session} overlaps {plenary}, which all participants are expected at ({when}).",
                                  session=other.label(), plenary=p.label(), when=when(start, end)), start, end))
    return out


def detect(timetable: Timetable, settings: ProgrammeSettings | None = None,
           acknowledged: Iterable[str] = ()) -> list[Conflict]:
    """Every conflict of a timetable (pure: no database), errors first, then by time.

    ``settings`` defaults to the timetable's own; conflicts whose fingerprint is
    in ``acknowledged`` come back with ``acknowledged=True``.
    """
    settings = settings or timetable.settings
    rooms = {r.id: r for r in timetable.rooms}
    timed = [s for s in timetable.all_sessions() if s.timed]
    scheduled = [s for s in timed if s.room_id is not None]
    found: list[Conflict] = []
    found += _room_conflicts(scheduled, rooms)
    found += _people_conflicts(timed, dt.timedelta(minutes=settings.turnover_minutes))
    found += _capacity_conflicts(timetable.all_sessions(), rooms)
    found += _booth_conflicts(scheduled, rooms)
    found += _time_conflicts(timed, timetable.days, settings)
    found += _plenary_conflicts(timed)
    acks = set(acknowledged)
    if acks:
        found = [replace(c, acknowledged=True) if c.fingerprint in acks else c for c in found]
    found.sort(key=lambda c: (c.severity != ERROR, c.starts_at or dt.datetime.max, KINDS.index(c.kind),
                              c.session_codes))
    return found


def acknowledged_fingerprints(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(ConflictAcknowledgement.fingerprint)))


def find_conflicts(db: Database, *, include_acknowledged: bool = True) -> list[Conflict]:
    """The conflicts of the programme in the database, acknowledged ones marked (or left out)."""
    timetable = load_timetable(db)
    found = detect(timetable, acknowledged=acknowledged_fingerprints(db))
    return found if include_acknowledged else [c for c in found if not c.acknowledged]


def acknowledge(db: Database, fingerprint_: str, note: str = "", actor: Actor | None = None) -> None:
    """Accept a conflict deliberately (its fingerprint); a second call updates the note."""
    text = (fingerprint_ or "").strip()
    if not text or len(text) > FINGERPRINT_MAX:
        raise ProgrammeError(Text("A conflict fingerprint is 1 to 300 characters long."))
    actor = actor or Actor()
    with db.session() as s:
        row = s.scalar(select(ConflictAcknowledgement).where(ConflictAcknowledgement.fingerprint == text))
        if row is None:
            s.add(ConflictAcknowledgement(fingerprint=text, note=note or "", operator=actor.operator))
        else:
            row.note, row.operator = note or "", actor.operator
        record(s, actor, "programme acknowledge", "conflict_acknowledgement", None,
               f"Acknowledged {text}", {"fingerprint": text, "note": note})


def unacknowledge(db: Database, fingerprint_: str, actor: Actor | None = None) -> bool:
    """Withdraw an acknowledgement; False when there was none."""
    with db.session() as s:
        row = s.scalar(select(ConflictAcknowledgement).where(ConflictAcknowledgement.fingerprint == fingerprint_))
        if row is None:
            return False
        s.delete(row)
        record(s, actor or Actor(), "programme unacknowledge", "conflict_acknowledgement", row.id,
               f"Withdrew acknowledgement of {fingerprint_}", {"fingerprint": fingerprint_, "note": row.note})
        return True
