"""The timetable: rooms, days and sessions as plain data, and the edits a planner makes.

Everything read here is a frozen dataclass, so the GUI can keep a
:class:`Timetable`, try a move in memory (:meth:`Timetable.moved`) and re-check
it with :func:`conflicts.detect` before writing anything.  Every write is one
transaction with its audit entry.

Times are naive local times of the conference (``Conference.timezone``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session as OrmSession

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.errors import NotInitialisedError
from ..foundation.models import (
    Conference,
    Participant,
    ParticipantStatus,
    ProgrammeSession,
    Region,
    SessionPerson,
    SessionRole,
    SessionType,
    Setting,
    SignUp,
    VenueRoom,
    utcnow,
)
from ..foundation.messages import Text
from .errors import FieldProblem, ProgrammeError, SessionValidationError

LANGUAGES = ("en", "fr", "es")
SETTINGS_KEY = "programme.settings"
DEFAULT_TURNOVER_MINUTES = 15
DEFAULT_OPENS = dt.time(8, 0)
DEFAULT_CLOSES = dt.time(20, 0)

# Sessions every participant is expected at (nothing else should run meanwhile).
ALL_PARTICIPANT_TYPES = frozenset({SessionType.PLENARY.value, SessionType.CEREMONY.value})
# Sessions participants sign up to (capacity = max_sign_ups or the room's).
FORUM_TYPES = frozenset(
    {SessionType.THEMATIC_FORUM.value, SessionType.REGIONAL_FORUM.value, SessionType.MAYORS_FORUM.value}
)
BREAK_TYPES = frozenset({SessionType.BREAK.value})


def split_languages(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """'en, fr,es' or ['en', 'fr'] -> ('en', 'fr', 'es'): lower-case, no blanks, no repeats, order kept."""
    if value is None:
        return ()
    parts = value.split(",") if isinstance(value, str) else list(value)
    seen: list[str] = []
    for part in parts:
        code = str(part).strip().lower()
        if code and code not in seen:
            seen.append(code)
    return tuple(seen)


def join_languages(codes: Iterable[str]) -> str:
    return ",".join(codes)


# Session types and roles as words in messages ("is a plenary, not a forum"; "cannot be moderator in TF1").
TYPE_WORDS = {"ceremony": "ceremony", "plenary": "plenary", "thematic_forum": "thematic forum",
              "regional_forum": "regional forum", "mayors_forum": "mayors forum", "break": "break"}
ROLE_WORDS = {"speaker": "speaker", "moderator": "moderator", "rapporteur": "rapporteur", "panellist": "panellist"}


def type_word(value: str) -> str:
    """A session type as a (translatable) word: 'plenary', 'thematic forum'."""
    word = TYPE_WORDS.get(value)
    return Text(word) if word else value.replace("_", " ")


def role_word(value: str) -> str:
    """A role as a (translatable) word: 'speaker', 'moderator'."""
    word = ROLE_WORDS.get(value)
    return Text(word) if word else value


# --------------------------------------------------------------------------
# Plain data
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgrammeSettings:
    """Organiser's settings: minimum gap between two sessions of one person, venue hours."""

    turnover_minutes: int = DEFAULT_TURNOVER_MINUTES
    venue_opens: dt.time = DEFAULT_OPENS
    venue_closes: dt.time = DEFAULT_CLOSES


@dataclass(frozen=True)
class ConferenceInfo:
    code: str
    names: Mapping[str, str]
    themes: Mapping[str, str]
    start_date: dt.date
    end_date: dt.date
    timezone: str
    venue_name: str
    venue_address: str
    city: str
    arrival_date: dt.date | None = None  # arrival and registration day (27 Sep 2015), before start_date

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en", "")

    def theme(self, lang: str) -> str:
        return self.themes.get(lang) or self.themes.get("en", "")


@dataclass(frozen=True)
class RoomInfo:
    id: int
    name: str
    capacity: int
    booths: int
    booth_languages: tuple[str, ...]
    sort_order: int = 0
    location: str = ""
    layout: str = ""


@dataclass(frozen=True)
class PersonInfo:
    """Someone with a role in a session (speaker, moderator, rapporteur, panellist)."""

    participant_id: int
    name: str
    role: str
    gender: str = "U"  # F, M or unknown: roles are printed in the person's gender
    latin: str = ""  # registered Latin name (names.py); "" when ``name`` is already Latin
    original: str = ""  # the name in its own script (CJK family name first), "" for Latin names
    affiliation: str = ""  # organisation (or the delegation's organisation)
    country: tuple[str, str, str] = ("", "", "")  # Member State name in en, fr, es

    def listed(self) -> str:
        """"Asuka Hashimoto (橋本あすか)" (see names.py)."""
        latin = self.latin or self.name
        return f"{latin} ({self.original})" if self.original else latin

    def country_name(self, lang: str) -> str:
        en, fr, es = self.country
        return {"fr": fr, "es": es}.get(lang) or en


@dataclass(frozen=True)
class SessionInfo:
    id: int
    code: str
    type: str  # SessionType value
    titles: Mapping[str, str]
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    room_id: int | None
    interpretation: tuple[str, ...] = ()  # target languages
    floor_languages: tuple[str, ...] = ()  # "" in the database: same as interpretation
    expected_attendance: int = 0
    sign_ups: int = 0  # placed (not waitlisted)
    waitlist: int = 0
    max_sign_ups: int | None = None
    capacity: int | None = None  # max_sign_ups, else the room's capacity, else None (no room)
    people: tuple[PersonInfo, ...] = ()
    descriptions: Mapping[str, str] = field(default_factory=dict)
    region: str | None = None
    sort_order: int = 0

    def title(self, lang: str = "en") -> str:
        return self.titles.get(lang) or self.titles.get("en", "")

    def description(self, lang: str = "en") -> str:
        return self.descriptions.get(lang) or self.descriptions.get("en", "")

    @property
    def timed(self) -> bool:
        return self.starts_at is not None and self.ends_at is not None

    @property
    def scheduled(self) -> bool:
        """Has a time and a room (else it is listed among the unscheduled)."""
        return self.timed and self.room_id is not None

    @property
    def day(self) -> dt.date | None:
        return self.starts_at.date() if self.starts_at is not None else None

    @property
    def is_forum(self) -> bool:
        return self.type in FORUM_TYPES

    @property
    def for_all_participants(self) -> bool:
        return self.type in ALL_PARTICIPANT_TYPES

    @property
    def is_break(self) -> bool:
        return self.type in BREAK_TYPES

    def label(self, width: int = 48) -> str:
        """"TF3 'Thematic forum: Effective learning…'" (English title, shortened)."""
        return f"{self.code} '{shorten(self.title('en'), width)}'"


@dataclass(frozen=True)
class Timetable:
    conference: ConferenceInfo
    days: tuple[dt.date, ...]
    rooms: tuple[RoomInfo, ...]
    sessions: tuple[SessionInfo, ...]  # scheduled: time and room, in time then room order
    unscheduled: tuple[SessionInfo, ...]  # no time or no room, in programme order
    settings: ProgrammeSettings = ProgrammeSettings()

    def all_sessions(self) -> tuple[SessionInfo, ...]:
        return self.sessions + self.unscheduled

    def session(self, session_id: int) -> SessionInfo:
        for s in self.all_sessions():
            if s.id == session_id:
                return s
        raise KeyError(session_id)

    def room(self, room_id: int | None) -> RoomInfo | None:
        for r in self.rooms:
            if r.id == room_id:
                return r
        return None

    def sessions_on(self, day: dt.date, room_id: int | None = None) -> list[SessionInfo]:
        return [s for s in self.sessions if s.day == day and (room_id is None or s.room_id == room_id)]

    def replaced(self, updated: SessionInfo) -> Timetable:
        """This timetable with ``updated`` in place of the session of the same id (in memory only)."""
        everything = [updated if s.id == updated.id else s for s in self.all_sessions()]
        if all(s.id != updated.id for s in self.all_sessions()):
            everything.append(updated)
        return _arrange(self.conference, self.days, self.rooms, everything, self.settings)

    def moved(self, session_id: int, room_id: int | None, starts_at: dt.datetime | None,
              ends_at: dt.datetime | None) -> Timetable:
        """This timetable with one session moved (in memory: for a live re-check while dragging)."""
        old = self.session(session_id)
        room = self.room(room_id)
        capacity = old.max_sign_ups if old.max_sign_ups is not None else (room.capacity if room else None)
        return self.replaced(replace(old, room_id=room_id, starts_at=starts_at, ends_at=ends_at, capacity=capacity))


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def _session_sort_key(rooms: Mapping[int, RoomInfo]) -> Any:
    def key(s: SessionInfo) -> tuple[Any, ...]:
        room = rooms.get(s.room_id) if s.room_id is not None else None
        return (s.starts_at or dt.datetime.max, room.sort_order if room else 1 << 30, s.sort_order, s.code)

    return key


def _arrange(conference: ConferenceInfo, days: tuple[dt.date, ...], rooms: tuple[RoomInfo, ...],
             sessions: Iterable[SessionInfo], settings: ProgrammeSettings) -> Timetable:
    by_id = {r.id: r for r in rooms}
    scheduled = sorted((s for s in sessions if s.scheduled), key=_session_sort_key(by_id))
    unscheduled = sorted((s for s in sessions if not s.scheduled), key=lambda s: (s.sort_order, s.code))
    return Timetable(conference, days, rooms, tuple(scheduled), tuple(unscheduled), settings)


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def _conference(s: OrmSession) -> Conference:
    conference = s.scalar(select(Conference).limit(1))
    if conference is None:
        raise NotInitialisedError(Text("This database has no conference yet; initialise it first"
                                       " (conference-desk init)."))
    return conference


def _conference_info(c: Conference) -> ConferenceInfo:
    return ConferenceInfo(
        code=c.code,
        names={lang: getattr(c, f"name_{lang}") or "" for lang in LANGUAGES},
        themes={lang: getattr(c, f"theme_{lang}") or "" for lang in LANGUAGES},
        start_date=c.start_date, end_date=c.end_date, timezone=c.timezone or "UTC",
        venue_name=c.venue_name or "", venue_address=c.venue_address or "", city=c.city or "",
        arrival_date=c.arrival_date,
    )


def conference_days(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    return tuple(start + dt.timedelta(days=i) for i in range((end - start).days + 1))


def room_info(r: VenueRoom) -> RoomInfo:
    return RoomInfo(r.id, r.name, r.capacity, r.booths, split_languages(r.booth_languages), r.sort_order,
                    r.location or "", r.layout or "")


def _read_settings(s: OrmSession, conference: Conference | None) -> ProgrammeSettings:
    opens = (conference.venue_opens if conference is not None else None) or DEFAULT_OPENS
    closes = (conference.venue_closes if conference is not None else None) or DEFAULT_CLOSES
    defaults = ProgrammeSettings(DEFAULT_TURNOVER_MINUTES, opens, closes)
    setting = s.get(Setting, SETTINGS_KEY)
    try:
        data = json.loads(setting.value) if setting is not None else None
    except (TypeError, ValueError):
        data = None
    if not isinstance(data, dict):
        return defaults
    turnover = data.get("turnover_minutes")
    if not isinstance(turnover, int) or isinstance(turnover, bool) or not 0 <= turnover <= 240:
        turnover = defaults.turnover_minutes
    hours = []
    for key, default in (("venue_opens", opens), ("venue_closes", closes)):
        try:
            hours.append(dt.time.fromisoformat(str(data.get(key))))
        except ValueError:
            hours.append(default)
    if hours[0] >= hours[1]:
        hours = [opens, closes]
    return ProgrammeSettings(turnover, hours[0], hours[1])


def programme_settings(db: Database) -> ProgrammeSettings:
    """The turnover gap and venue opening hours (defaults: 15 min; the conference's hours, else 08:00–20:00)."""
    with db.session() as s:
        return _read_settings(s, s.scalar(select(Conference).limit(1)))


def save_programme_settings(db: Database, *, turnover_minutes: int | None = None,
                            venue_opens: dt.time | None = None, venue_closes: dt.time | None = None,
                            actor: Actor | None = None) -> ProgrammeSettings:
    """Change some of the settings (None keeps the current value); returns the saved settings."""
    with db.session() as s:
        current = _read_settings(s, s.scalar(select(Conference).limit(1)))
        new = ProgrammeSettings(
            current.turnover_minutes if turnover_minutes is None else turnover_minutes,
            current.venue_opens if venue_opens is None else venue_opens,
            current.venue_closes if venue_closes is None else venue_closes,
        )
        problems = []
        if isinstance(new.turnover_minutes, bool) or not isinstance(new.turnover_minutes, int) \
                or not 0 <= new.turnover_minutes <= 240:
            problems.append(FieldProblem("turnover_minutes", Text(
                "The turnover gap must be a whole number of minutes between 0 and 240 (got {value}).",
                value=repr(new.turnover_minutes))))
        if not isinstance(new.venue_opens, dt.time) or not isinstance(new.venue_closes, dt.time):
            problems.append(FieldProblem("venue_opens", Text("Opening hours must be times of day.")))
        elif new.venue_opens >= new.venue_closes:
            problems.append(FieldProblem("venue_closes", Text(
                "The venue must close after it opens ({opens} – {closes}).", opens=f"{new.venue_opens:%H:%M}",
                closes=f"{new.venue_closes:%H:%M}")))
        if problems:
            raise SessionValidationError(problems)
        value = json.dumps({"turnover_minutes": new.turnover_minutes,
                            "venue_opens": new.venue_opens.strftime("%H:%M"),
                            "venue_closes": new.venue_closes.strftime("%H:%M")}, sort_keys=True)
        setting = s.get(Setting, SETTINGS_KEY)
        if setting is None:
            s.add(Setting(key=SETTINGS_KEY, value=value, updated_at=utcnow()))
        else:
            setting.value, setting.updated_at = value, utcnow()
        record(s, actor or Actor(), "programme settings", "setting", None,
               f"Programme settings: turnover {new.turnover_minutes} min, venue"
               f" {new.venue_opens:%H:%M}–{new.venue_closes:%H:%M}",
               {"before": _settings_dict(current), "after": _settings_dict(new)})
    return new


def _settings_dict(p: ProgrammeSettings) -> dict[str, Any]:
    return {"turnover_minutes": p.turnover_minutes, "venue_opens": p.venue_opens.strftime("%H:%M"),
            "venue_closes": p.venue_closes.strftime("%H:%M")}


def _counts(s: OrmSession, session_ids: list[int] | None = None) -> dict[int, tuple[int, int]]:
    waitlisted = func.sum(case((SignUp.waitlisted.is_(True), 1), else_=0))
    query = select(SignUp.session_id, func.count(SignUp.id), waitlisted).group_by(SignUp.session_id)
    if session_ids is not None:
        query = query.where(SignUp.session_id.in_(session_ids))
    return {sid: (int(total) - int(wl or 0), int(wl or 0)) for sid, total, wl in s.execute(query)}


def _people(s: OrmSession, session_ids: list[int] | None = None) -> dict[int, list[PersonInfo]]:
    from ..foundation.models import Delegation, MemberState
    from ..foundation.names import listed_name

    query = (
        select(SessionPerson.session_id, SessionPerson.role, Participant.id, Participant.title,
               Participant.given_name, Participant.family_name, Participant.given_name_latin,
               Participant.family_name_latin, Participant.gender, Participant.organisation,
               Delegation.organisation_name, MemberState.name_en, MemberState.name_fr, MemberState.name_es)
        .join(Participant, Participant.id == SessionPerson.participant_id)
        .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
        .outerjoin(MemberState, MemberState.id == Delegation.member_state_id)
        .order_by(SessionPerson.session_id, SessionPerson.id)
    )
    if session_ids is not None:
        query = query.where(SessionPerson.session_id.in_(session_ids))
    people: dict[int, list[PersonInfo]] = defaultdict(list)
    for (sid, role, pid, _title, given, family, given_latin, family_latin, gender, organisation, delegation_org,
         state_en, state_fr, state_es) in s.execute(query):
        name = " ".join(p for p in (given, family) if p)
        latin, original = listed_name(given or "", family or "", given_latin or "", family_latin or "")
        people[sid].append(PersonInfo(
            pid, name, role.value if isinstance(role, SessionRole) else str(role),
            gender=getattr(gender, "value", gender) or "U", latin=latin if latin != name else "",
            original=original, affiliation=(organisation or delegation_org or "").strip(),
            country=(state_en or "", state_fr or "", state_es or "")))
    order = {r.value: i for i, r in enumerate((SessionRole.MODERATOR, SessionRole.SPEAKER,
                                               SessionRole.PANELLIST, SessionRole.RAPPORTEUR))}
    for sid in people:
        people[sid].sort(key=lambda p: order.get(p.role, 9))
    return people


def _info(row: ProgrammeSession, rooms: Mapping[int, RoomInfo], counts: Mapping[int, tuple[int, int]],
          people: Mapping[int, list[PersonInfo]]) -> SessionInfo:
    room = rooms.get(row.venue_room_id) if row.venue_room_id is not None else None
    placed, waiting = counts.get(row.id, (0, 0))
    capacity = row.max_sign_ups if row.max_sign_ups is not None else (room.capacity if room else None)
    return SessionInfo(
        id=row.id, code=row.code, type=row.type.value,
        titles={lang: getattr(row, f"title_{lang}") or "" for lang in LANGUAGES},
        starts_at=row.starts_at, ends_at=row.ends_at, room_id=row.venue_room_id,
        interpretation=split_languages(row.interpretation), floor_languages=split_languages(row.floor_languages),
        expected_attendance=row.expected_attendance or 0, sign_ups=placed, waitlist=waiting,
        max_sign_ups=row.max_sign_ups, capacity=capacity, people=tuple(people.get(row.id, ())),
        descriptions={lang: getattr(row, f"description_{lang}") or "" for lang in LANGUAGES},
        region=row.region.value if row.region is not None else None, sort_order=row.sort_order or 0,
    )


def _read_timetable(s: OrmSession) -> Timetable:
    conference = _conference(s)
    rooms = tuple(room_info(r) for r in s.scalars(select(VenueRoom).order_by(VenueRoom.sort_order, VenueRoom.id)))
    by_id = {r.id: r for r in rooms}
    counts = _counts(s)
    people = _people(s)
    sessions = [_info(row, by_id, counts, people) for row in s.scalars(select(ProgrammeSession))]
    info = _conference_info(conference)
    return _arrange(info, conference_days(info.start_date, info.end_date), rooms, sessions,
                    _read_settings(s, conference))


def load_timetable(db: Database) -> Timetable:
    """Rooms, conference days, scheduled and unscheduled sessions, settings: one read transaction."""
    with db.session() as s:
        return _read_timetable(s)


def session_info(db: Database, session_id: int) -> SessionInfo:
    with db.session() as s:
        return _session_info(s, _get_session(s, session_id))


def _session_info(s: OrmSession, row: ProgrammeSession) -> SessionInfo:
    rooms = {}
    if row.venue_room_id is not None:
        room = s.get(VenueRoom, row.venue_room_id)
        if room is not None:
            rooms[room.id] = room_info(room)
    return _info(row, rooms, _counts(s, [row.id]), _people(s, [row.id]))


def _get_session(s: OrmSession, session_id: int) -> ProgrammeSession:
    row = s.get(ProgrammeSession, session_id)
    if row is None:
        raise ProgrammeError(Text("No programme session with id {id}.", id=str(session_id)))
    return row


def find_session(db: Database, code: str) -> SessionInfo:
    """A session by its code (case-insensitive)."""
    with db.session() as s:
        rows = s.scalars(select(ProgrammeSession).where(func.lower(ProgrammeSession.code) == code.strip().lower())).all()
        if not rows:
            raise ProgrammeError(Text("No programme session with code {code}.", code=repr(code)))
        return _session_info(s, rows[0])


# --------------------------------------------------------------------------
# Validation and writing
# --------------------------------------------------------------------------


def _fmt(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _check_times(problems: list[FieldProblem], starts_at: dt.datetime | None, ends_at: dt.datetime | None,
                 conference: Conference) -> None:
    if (starts_at is None) != (ends_at is None):
        missing = "ends_at" if ends_at is None else "starts_at"
        problems.append(FieldProblem(missing, Text("Give both a start and an end time, or neither (unscheduled).")))
        return
    if starts_at is None or ends_at is None:
        return
    if not isinstance(starts_at, dt.datetime) or not isinstance(ends_at, dt.datetime):
        problems.append(FieldProblem("starts_at", Text("Start and end must be dates with a time of day.")))
        return
    for name, value in (("starts_at", starts_at), ("ends_at", ends_at)):
        if value.tzinfo is not None:
            problems.append(FieldProblem(name, Text("Give the venue's local time, without a time zone.")))
            return
    if ends_at <= starts_at:
        problems.append(FieldProblem("ends_at", Text("The session must end after it starts (starts {start}, ends"
                                                     " {end}).", start=_fmt(starts_at), end=_fmt(ends_at))))
        return
    first, last = conference.start_date, conference.end_date
    if not first <= starts_at.date() <= last:
        problems.append(FieldProblem("starts_at", Text("{start} is not a conference day ({first} to {last}).",
                                                       start=_fmt(starts_at), first=first, last=last)))
    elif ends_at > dt.datetime.combine(last + dt.timedelta(days=1), dt.time()):
        problems.append(FieldProblem("ends_at", Text("{end} is after the last conference day ({last}).",
                                                     end=_fmt(ends_at), last=last)))


def _check_room(s: OrmSession, problems: list[FieldProblem], room_id: int | None) -> VenueRoom | None:
    if room_id is None:
        return None
    room = s.get(VenueRoom, room_id)
    if room is None:
        problems.append(FieldProblem("room_id", Text("No venue room with id {id}.", id=str(room_id))))
    return room


def _actor(actor: Actor | None) -> Actor:
    return actor if actor is not None else Actor()


def move_session(db: Database, session_id: int, *, room_id: int | None, starts_at: dt.datetime | None,
                 ends_at: dt.datetime | None, actor: Actor | None = None) -> SessionInfo:
    """Put a session in a room and time (None for both times and the room: unscheduled).

    Refused (``SessionValidationError``) if it would end before it starts or fall
    outside the conference days.  Clashes are not refused: they are reported by
    :func:`conflicts.find_conflicts`.
    """
    with db.session() as s:
        conference = _conference(s)
        row = _get_session(s, session_id)
        problems: list[FieldProblem] = []
        _check_times(problems, starts_at, ends_at, conference)
        room = _check_room(s, problems, room_id)
        if problems:
            raise SessionValidationError(problems)
        before = {"room": row.venue_room.name if row.venue_room else None,
                  "starts_at": _fmt(row.starts_at), "ends_at": _fmt(row.ends_at)}
        row.venue_room_id, row.starts_at, row.ends_at = room_id, starts_at, ends_at
        s.flush()
        after = {"room": room.name if room else None, "starts_at": _fmt(starts_at), "ends_at": _fmt(ends_at)}
        where = f"{room.name}, {_fmt(starts_at)}–{ends_at:%H:%M}" if room and starts_at and ends_at else "unscheduled"
        record(s, _actor(actor), "programme move", "programme_session", row.id,
               f"Moved {row.code} to {where}", {"before": before, "after": after})
        return _session_info(s, row)


@dataclass
class SessionData:
    """The values of a session form; ``id`` None creates a new session."""

    code: str
    type: str | SessionType
    title_en: str
    title_fr: str = ""
    title_es: str = ""
    description_en: str = ""
    description_fr: str = ""
    description_es: str = ""
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    room_id: int | None = None
    interpretation: str | tuple[str, ...] = ()
    floor_languages: str | tuple[str, ...] = ()
    expected_attendance: int = 0
    max_sign_ups: int | None = None
    region: str | Region | None = None
    id: int | None = None


_TEXT_LIMITS = {"code": 40, "title_en": 300, "title_fr": 300, "title_es": 300}


def validate_session(s: OrmSession, data: SessionData) -> list[FieldProblem]:
    """Problems with a session form's values, field by field (empty: valid)."""
    problems: list[FieldProblem] = []
    conference = _conference(s)
    code = (data.code or "").strip()
    if not code:
        problems.append(FieldProblem("code", Text("A session code is required (e.g. TF1).")))
    elif len(code) > _TEXT_LIMITS["code"]:
        problems.append(FieldProblem("code", Text("The code is {length} characters long; at most {limit}.",
                                                  length=len(code), limit=40)))
    else:
        clash = s.scalar(select(ProgrammeSession).where(func.lower(ProgrammeSession.code) == code.lower()))
        if clash is not None and clash.id != data.id:
            problems.append(FieldProblem("code", Text("The code {code} is already used by '{title}'.",
                                                      code=repr(code), title=shorten(clash.title_en, 60))))
    try:
        SessionType(data.type.value if isinstance(data.type, SessionType) else data.type)
    except ValueError:
        problems.append(FieldProblem("type", Text("Unknown session type {value}; one of {known}.",
                                                  value=repr(data.type), known=", ".join(t.value for t in SessionType))))
    if not (data.title_en or "").strip():
        problems.append(FieldProblem("title_en", Text("The English title is required.")))
    for name in ("title_en", "title_fr", "title_es"):
        value = getattr(data, name) or ""
        if len(value) > _TEXT_LIMITS[name]:
            problems.append(FieldProblem(name, Text("The title is {length} characters long; at most {limit}.",
                                                    length=len(value), limit=300)))
    _check_times(problems, data.starts_at, data.ends_at, conference)
    room = _check_room(s, problems, data.room_id)
    for name in ("interpretation", "floor_languages"):
        codes = split_languages(getattr(data, name))
        wrong = [c for c in codes if c not in LANGUAGES]
        if wrong:
            problems.append(FieldProblem(name, Text("Unknown language {codes}: use en, fr, es.",
                                                    codes=", ".join(wrong))))
    for name in ("expected_attendance", "max_sign_ups"):
        value = getattr(data, name)
        if value is None and name == "max_sign_ups":
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < (0 if name == "expected_attendance" else 1):
            least = 0 if name == "expected_attendance" else 1
            problems.append(FieldProblem(name, Text("Must be a whole number of at least {least} (got {value}).",
                                                    least=least, value=repr(value))))
    if isinstance(data.max_sign_ups, int) and room is not None and data.max_sign_ups > room.capacity:
        problems.append(FieldProblem("max_sign_ups", Text("{count} sign-ups would not fit {room} ({capacity}"
                                                          " places).", count=data.max_sign_ups, room=room.name,
                                                          capacity=room.capacity)))
    if data.region not in (None, ""):
        try:
            Region(data.region.value if isinstance(data.region, Region) else data.region)
        except ValueError:
            problems.append(FieldProblem("region", Text("Unknown region {value}; one of {known}.",
                                                        value=repr(data.region),
                                                        known=", ".join(r.value for r in Region))))
    return problems


_AUDITED = ("code", "type", "title_en", "title_fr", "title_es", "starts_at", "ends_at", "venue_room_id",
            "interpretation", "floor_languages", "expected_attendance", "max_sign_ups", "region")


def _snapshot(row: ProgrammeSession) -> dict[str, Any]:
    out = {}
    for name in _AUDITED:
        value = getattr(row, name)
        out[name] = value.value if hasattr(value, "value") else value
    return out


def save_session(db: Database, data: SessionData, actor: Actor | None = None) -> SessionInfo:
    """Create (``data.id`` None) or edit a session; ``SessionValidationError`` lists every bad field."""
    with db.session() as s:
        problems = validate_session(s, data)
        if problems:
            raise SessionValidationError(problems)
        if data.id is None:
            row = ProgrammeSession()
            order = s.scalar(select(func.max(ProgrammeSession.sort_order))) or 0
            row.sort_order = order + 1
            s.add(row)
            before: dict[str, Any] = {}
        else:
            row = _get_session(s, data.id)
            before = _snapshot(row)
        row.code = data.code.strip()
        row.type = data.type if isinstance(data.type, SessionType) else SessionType(data.type)
        for lang in LANGUAGES:
            setattr(row, f"title_{lang}", (getattr(data, f"title_{lang}") or "").strip())
            setattr(row, f"description_{lang}", (getattr(data, f"description_{lang}") or "").strip())
        row.starts_at, row.ends_at, row.venue_room_id = data.starts_at, data.ends_at, data.room_id
        row.interpretation = join_languages(split_languages(data.interpretation))
        row.floor_languages = join_languages(split_languages(data.floor_languages))
        row.expected_attendance = data.expected_attendance
        row.max_sign_ups = data.max_sign_ups
        row.region = (data.region if isinstance(data.region, Region)
                      else Region(data.region) if data.region else None)
        s.flush()
        after = _snapshot(row)
        changes = {k: {"before": before.get(k), "after": v} for k, v in after.items() if before.get(k) != v}
        record(s, _actor(actor), "programme create" if not before else "programme edit", "programme_session",
               row.id, f"{'Created' if not before else 'Edited'} session {row.code}", changes)
        return _session_info(s, row)


def delete_session(db: Database, session_id: int, actor: Actor | None = None, *, force: bool = False) -> str:
    """Delete a session (with its people and sign-ups); refused if it has sign-ups unless ``force``.

    Returns the deleted session's code.
    """
    with db.session() as s:
        row = _get_session(s, session_id)
        placed, waiting = _counts(s, [row.id]).get(row.id, (0, 0))
        if (placed or waiting) and not force:
            raise ProgrammeError(Text("{session} has {placed} sign-ups and {waiting} on the waiting list; cancel"
                                      " them first, or delete anyway.",
                                      session=f"{row.code} '{shorten(row.title_en, 48)}'", placed=placed,
                                      waiting=waiting))
        snapshot = _snapshot(row)
        code = row.code
        s.delete(row)
        record(s, _actor(actor), "programme delete", "programme_session", session_id,
               f"Deleted session {code} ({placed} sign-ups, {waiting} waiting)", {"before": snapshot})
        return code


def _participant(s: OrmSession, participant_id: int) -> Participant:
    p = s.get(Participant, participant_id)
    if p is None:
        raise ProgrammeError(Text("No participant with id {id}.", id=str(participant_id)))
    return p


def _role(role: str | SessionRole) -> SessionRole:
    try:
        return role if isinstance(role, SessionRole) else SessionRole(str(role).strip().lower())
    except ValueError:
        raise ProgrammeError(Text("Unknown role {value}; one of {known}.", value=repr(role),
                                  known=", ".join(r.value for r in SessionRole))) from None


def add_person(db: Database, session_id: int, participant_id: int, role: str | SessionRole,
               actor: Actor | None = None) -> PersonInfo:
    """Give a participant a role in a session (refused for cancelled participants and repeats)."""
    the_role = _role(role)
    with db.session() as s:
        row = _get_session(s, session_id)
        p = _participant(s, participant_id)
        if p.status == ParticipantStatus.CANCELLED:
            raise ProgrammeError(Text("{name} has cancelled their participation and cannot be {role} in"
                                      " {session}.", name=p.full_name, role=role_word(the_role.value),
                                      session=row.code))
        exists = s.scalar(select(SessionPerson).where(SessionPerson.session_id == row.id,
                                                      SessionPerson.participant_id == p.id,
                                                      SessionPerson.role == the_role))
        if exists is not None:
            raise ProgrammeError(Text("{name} is already {role} in {session}.", name=p.full_name,
                                      role=role_word(the_role.value), session=row.code))
        s.add(SessionPerson(session_id=row.id, participant_id=p.id, role=the_role))
        s.flush()
        record(s, _actor(actor), "programme person add", "programme_session", row.id,
               f"{p.full_name} {the_role.value} in {row.code}",
               {"participant_id": p.id, "role": the_role.value})
        return PersonInfo(p.id, p.full_name, the_role.value)


def remove_person(db: Database, session_id: int, participant_id: int, role: str | SessionRole | None = None,
                  actor: Actor | None = None) -> int:
    """Remove a participant's role (every role of theirs in the session when ``role`` is None).

    Returns how many roles were removed; refused when there is none.
    """
    the_role = _role(role) if role is not None else None
    with db.session() as s:
        row = _get_session(s, session_id)
        p = _participant(s, participant_id)
        query = select(SessionPerson).where(SessionPerson.session_id == row.id, SessionPerson.participant_id == p.id)
        if the_role is not None:
            query = query.where(SessionPerson.role == the_role)
        links = s.scalars(query).all()
        if not links:
            what = role_word(the_role.value) if the_role else Text("a role")
            raise ProgrammeError(Text("{name} is not {role} in {session}.", name=p.full_name, role=what,
                                      session=row.code))
        roles = sorted(link.role.value for link in links)
        for link in links:
            s.delete(link)
        record(s, _actor(actor), "programme person remove", "programme_session", row.id,
               f"{p.full_name} no longer {', '.join(roles)} in {row.code}",
               {"participant_id": p.id, "roles": roles})
        return len(links)
