"""What a scan is and what the desk answers: points, outcomes, reasons, limits,
the conference's time zone and the participant's card.  Shared by the ORM path
(:mod:`.service`) and the lean scan path (:mod:`.lean`).
"""

from __future__ import annotations

import datetime as dt
import functools
import time
import weakref
from dataclasses import asdict, dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, bindparam, func, select
from sqlalchemy.orm import aliased

from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError, NotInitialisedError
from ..foundation.messages import Text
from ..foundation.models import (
    Badge,
    Category,
    CheckInPlace,
    Conference,
    Delegation,
    Hotel,
    MemberState,
    Participant,
    ParticipantStatus,
)
from ..foundation.models import CheckInOutcome as EventOutcome
from ..foundation.names import latin_name, native_name
from ..foundation.text import bidi_problem

# Outcomes as the desk shows them.
ADMITTED = "admitted"


ALREADY = "already"


REJECTED = "rejected"


# Reason codes (the contract) and their English texts (stable: the GUI translates them).
REASONS: dict[str, str] = {
    "": "Admitted.",
    "already_in": "Already checked in.",
    "unknown_code": "Unknown code: no badge was issued with this code.",
    "forged": "Forged or altered code.",
    "revoked": "Revoked badge: it was replaced by a reprint.",
    "other_conference": "Badge of another conference.",
    "cancelled": "Registration cancelled.",
    "malformed": "Not a badge code.",
    # A code of our shape whose check character is wrong: a misread or a mistyped character.
    "unreadable": "Could not read this code: scan it again, or type the name.",
    "not_in_session": "Not signed up for this session.",
    "unknown_participant": "No such participant.",
    # Offline desks (core/desks/cache.py): admitted from the desk's copy / merged on upload.
    "not_in_local_copy": "Valid badge, not in this desk's copy: admitted; checked when the server returns.",
    "cross_desk_duplicate": "Cross-desk duplicate: admitted at another desk too while the server was out of reach.",
    # Offline admissions the server's truth contradicts (core/desk_cache.upload): admitted, to review.
    "offline_revoked": "Admitted offline with a badge revoked before the scan: to review.",
    "offline_cancelled": "Admitted offline although the registration was cancelled: to review.",
}


# verify_code outcome -> reason code of a rejection.
_CODE_REJECTIONS = {
    "revoked": "revoked",
    "forged": "forged",
    "other_conference": "other_conference",
    "malformed": "malformed",
    "unknown": "unknown_code",
    "cancelled": "cancelled",
}


_EVENT_OUTCOME = {ADMITTED: EventOutcome.ADMITTED, ALREADY: EventOutcome.ALREADY_IN,
                  REJECTED: EventOutcome.REJECTED}


_DESK_OUTCOME = {value.value: key for key, value in _EVENT_OUTCOME.items()}


MAX_SCANNED = 200  # CheckInEvent.scanned_code


MAX_DESK = 40  # CheckInEvent.desk, AuditEntry.desk


MAX_OPERATOR = 80  # CheckInEvent.operator, AuditEntry.operator


_RETRIES = 3


class CheckInError(ConferenceDeskError):
    """Check-in could not decide (nothing scanned, unknown session, no conference)."""


@dataclass(frozen=True)
class CheckInPoint:
    """Where and by whom: venue entry or one session, at a desk, by an operator.

    ``require_sign_up``: at a session point, reject people neither signed up
    (off the waiting list) nor on the session's speakers/moderators list —
    only for sessions that have sign-ups at all.  ``lang``: language of the
    delegation and category names in outcomes.
    """

    place: str = "venue"
    session_id: int | None = None
    desk: str = "Desk 1"
    operator: str = ""
    require_sign_up: bool = False
    lang: str = "en"

    def __post_init__(self) -> None:
        # The same limits on every path (screen, CLI, walk-in, offline copy): the columns' sizes.
        checks = ((self.desk, MAX_DESK, "The desk name is too long ({length} characters; at most {limit}).",
                   "The desk name contains control characters."),
                  (self.operator, MAX_OPERATOR,
                   "The operator name is too long ({length} characters; at most {limit}).",
                   "The operator name contains control characters."))
        for value, limit, too_long, control in checks:
            if not isinstance(value, str) or any(not ch.isprintable() for ch in value) or bidi_problem(value):
                raise CheckInError(control)
            if len(value) > limit:
                raise CheckInError(Text(too_long, length=len(value), limit=limit))
        if self.place not in (CheckInPlace.VENUE.value, CheckInPlace.SESSION.value):
            raise CheckInError(f"Unknown check-in place {self.place!r}: venue or session.")
        if self.place == CheckInPlace.SESSION.value and self.session_id is None:
            raise CheckInError("A session check-in point needs a session.")
        if self.place == CheckInPlace.VENUE.value and self.session_id is not None:
            raise CheckInError("A venue check-in point has no session.")


@dataclass(frozen=True)
class ParticipantInfo:
    """Who was scanned, as the desk shows them."""

    id: int
    name: str  # as on the badge
    full_name: str
    latin_name: str
    delegation: str  # Member State name, else organisation
    category_code: str
    category_label: str
    category_colour: str
    category_text_colour: str
    hotel: str  # preferred hotel ("" when none)
    status: str  # registered / confirmed / cancelled
    badge_version: int | None  # newest badge issued (None: none yet)
    badge_status: str  # none / not_printed / printed / revoked (newest revoked, no replacement)
    photo: bytes | None = None  # no photos stored yet


@dataclass(frozen=True)
class FirstCheckIn:
    """The admission an "already" outcome refers to."""

    event_id: int
    at: dt.datetime  # aware, UTC
    at_local: dt.datetime  # aware, in the conference's time zone
    desk: str
    operator: str


@dataclass(frozen=True)
class CheckInOutcome:
    """The decision on one scan or typed check-in (one event row was written for it)."""

    outcome: str  # admitted / already / rejected
    reason: str  # reason code: "" when admitted, "already_in", "forged", ...
    message: str  # REASONS[reason], English
    participant: ParticipantInfo | None
    first_checkin: FirstCheckIn | None
    event_id: int | None
    day: dt.date
    place: str
    session_id: int | None
    scanned_code: str = ""
    badge_version: int | None = None  # version of the scanned badge
    at: dt.datetime | None = None  # aware UTC time of this decision
    replayed: bool = False  # the nonce was already recorded: this is that decision
    counts: dict[str, int] = field(default_factory=dict)  # checked_in (this point, today), venue_today
    offline: bool = False  # decided from the desk's local copy (core/desks/cache.py), queued for upload

    @property
    def admitted(self) -> bool:
        return self.outcome == ADMITTED

    def as_json(self) -> dict[str, Any]:
        participant = None
        if self.participant is not None:
            participant = asdict(self.participant)
            participant.pop("photo", None)
        first = None
        if self.first_checkin is not None:
            first = {
                "at": self.first_checkin.at_local.isoformat(timespec="seconds"),
                "at_utc": self.first_checkin.at.isoformat(timespec="seconds"),
                "desk": self.first_checkin.desk,
                "operator": self.first_checkin.operator,
            }
        return {
            "outcome": self.outcome,
            "reason": self.reason,
            "message": self.message,
            "participant": participant,
            "first_checkin": first,
            "event_id": self.event_id,
            "day": self.day.isoformat(),
            "place": self.place,
            "session_id": self.session_id,
            "badge_version": self.badge_version,
            "replayed": self.replayed,
            "counts": dict(self.counts),
            "offline": self.offline,
        }


def normalise_scan(text: str) -> str:
    """What a scanner or a clerk typed, without CR/LF/TAB suffixes, spaces or control characters."""
    if not isinstance(text, str):
        return ""
    text = text[: MAX_SCANNED * 2]
    if text.isascii():  # a scanner's burst: one C-level pass, the same result as the loop below
        return text.translate(_ASCII_NOT_SCANNED)
    return "".join(ch for ch in text if not ch.isspace() and ch.isprintable())


# ASCII characters normalise_scan drops: whitespace and control characters.
_ASCII_NOT_SCANNED = {i: None for i in range(128) if chr(i).isspace() or not chr(i).isprintable()}


@functools.lru_cache(maxsize=16)
def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name or "UTC")
    except Exception:  # noqa: BLE001 - unknown zone or no tz data: UTC
        return dt.timezone.utc


def _as_utc(now: dt.datetime | None) -> dt.datetime:
    """Aware UTC time; a naive ``now`` is taken as UTC (as stored)."""
    if now is None:
        return dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        return now.replace(tzinfo=dt.timezone.utc)
    return now.astimezone(dt.timezone.utc)


def conference_zone(db: Database) -> dt.tzinfo:
    """The conference's time zone (days of attendance are local days)."""
    with db.engine.connect() as conn:
        return _zone(_timezone_name(conn))


def local_day(db: Database, now: dt.datetime | None = None) -> dt.date:
    """The conference's local date at ``now`` (default: now)."""
    return _as_utc(now).astimezone(conference_zone(db)).date()


_TIMEZONE = select(Conference.timezone).limit(1)


# Engine -> (time zone name, monotonic time it was read): read at most every ZONE_TTL seconds.
_ZONES: "weakref.WeakKeyDictionary[Any, tuple[str, float]]" = weakref.WeakKeyDictionary()


ZONE_TTL = 30.0


def _timezone_name(conn: Connection) -> str:
    cached = _ZONES.get(conn.engine)
    if cached is not None and time.monotonic() - cached[1] < ZONE_TTL:
        return cached[0]
    row = conn.execute(_TIMEZONE).first()
    if row is None:
        raise NotInitialisedError("This database holds no conference yet: run init first.")
    name = row[0] or "UTC"
    _ZONES[conn.engine] = (name, time.monotonic())
    return name


@functools.lru_cache(maxsize=8)
def _info_statement(lang: str) -> Any:
    """Who a participant is and their newest badge: one statement, built once per language."""
    return _info_select(lang).where(Participant.id == _PID)


def _info_select(lang: str) -> Any:
    """The columns and joins of :func:`_info_statement`, without its WHERE (core/checkin/lean.py adds its own)."""
    state = aliased(MemberState)
    state_name = getattr(state, f"name_{lang}", state.name_en)
    label = getattr(Category, f"label_{lang}", Category.label_en)
    older = aliased(Badge)
    newest = select(func.max(older.version)).where(older.participant_id == Participant.id).scalar_subquery()
    return (
        select(
            Participant.id, Participant.given_name, Participant.family_name, Participant.given_name_latin,
            Participant.family_name_latin, Participant.badge_name, Participant.organisation,
            Participant.status, Category.code, label.label("category_label"), Category.colour,
            Category.text_colour, state_name.label("state_name"), Delegation.organisation_name,
            Hotel.name.label("hotel_name"), Badge.version.label("badge_version"), Badge.printed_at,
            Badge.revoked_at,
        )
        .join(Category, Participant.category_id == Category.id)
        .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
        .outerjoin(state, Delegation.member_state_id == state.id)
        .outerjoin(Hotel, Participant.preferred_hotel_id == Hotel.id)
        .outerjoin(Badge, and_(Badge.participant_id == Participant.id, Badge.version == newest))
    )


def _participant_info(conn: Connection, participant_id: int, lang: str) -> ParticipantInfo | None:
    row = conn.execute(_info_statement(lang), {"pid": participant_id}).first()
    if row is None:
        return None
    return _info_from_row(row)


def _info_from_row(row: Any) -> ParticipantInfo:
    """A row of :func:`_info_select` (attribute access by column name) as the desk shows it."""
    version = row.badge_version
    if version is None:
        badge_status = "none"
    else:
        badge_status = ("revoked" if row.revoked_at is not None
                        else "printed" if row.printed_at is not None else "not_printed")
    full = native_name(row.given_name or "", row.family_name or "")  # CJK: family name first, no space
    latin = latin_name(row.given_name or "", row.family_name or "", row.given_name_latin or "",
                       row.family_name_latin or "")
    status = row.status.value if isinstance(row.status, ParticipantStatus) else str(row.status)
    return ParticipantInfo(
        id=row.id, name=row.badge_name or full, full_name=full, latin_name=latin,
        delegation=row.state_name or row.organisation_name or row.organisation or "",
        category_code=row.code, category_label=row.category_label or "", category_colour=row.colour,
        category_text_colour=row.text_colour, hotel=row.hotel_name or "", status=status,
        badge_version=version, badge_status=badge_status,
    )


def participant_info(db: Database, participant_id: int, lang: str = "en") -> ParticipantInfo | None:
    """Who a participant is, as the desk shows them (badge state as it is now)."""
    with db.engine.connect() as conn:
        return _participant_info(conn, participant_id, lang)


_PID = bindparam("pid")
