"""Check-in at the desks: scan or type, decide, record — exactly once (no Qt).

One service for the Check-in screen and the CLI:

* :func:`check_in_code` — a scanned (or typed) badge code: the code is verified
  by ``badges.service.verify_code`` (signature, conference, badge version),
  the outcome decided and **one** ``checkin_event`` row written for every
  decision — admitted, already in, or rejected (with the scanned code).
* :func:`check_in_participant` — the same for a person found by name
  (:func:`search` uses the registration search).
* :func:`register_walk_in` — a short form: registers, checks in, in one
  transaction (the caller prints the badge with ``badges.service.print_badges``).
* :func:`counters` and :func:`attendance` — what the desk and the dashboard show.

Exactly once
------------
Two desks scanning the same badge at the same instant admit it once.  The
database enforces it, not the application: partial unique indexes (migration
0003) allow at most one *admitted* event per participant and day at the venue,
and per participant, session and day.  A check-in inserts its event with
``INSERT ... ON CONFLICT DO NOTHING``; when the insert does nothing, another
desk admitted that person first, and an ``already_in`` event is written in the
same transaction, naming the first desk and time.  The insert is the first
statement of its (short) write transaction, so on SQLite it takes the write
lock before anything is read (no stale snapshot; other desks wait for the busy
timeout) and on PostgreSQL the unique index makes a concurrent insert wait for
the first to commit.  Re-entry on another day is a new admission.

Every event has a unique ``nonce``: a desk that replays a scan it already sent
(offline queue, retry after a network error) passes the same nonce and gets
the recorded decision back instead of a second event.

Messages are English and stable (the GUI translates them by exact text); the
reason *codes* are the contract.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from ..foundation import audit
from ..badges.codes import looks_like_code
from ..foundation.db import Database
from ..foundation.errors import NotInitialisedError
from ..foundation.messages import Text
from ..foundation.models import (
    Category,
    CheckInEvent,
    Conference,
    Delegation,
    DelegationKind,
    MemberState,
    Participant,
    ParticipantStatus,
    Session,
    SessionPerson,
    SignUp,
    VenueRoom,
)
from ..foundation.models import CheckInOutcome as EventOutcome
from ..foundation.models import CheckInPlace
from ..foundation.names import native_name
from ..foundation.text import fold
from . import lean as checkin_lean
from .decisions import (  # noqa: F401 - the check-in face re-exports the decision types
    ADMITTED,
    ALREADY,
    CheckInError,
    CheckInOutcome,
    CheckInPoint,
    FirstCheckIn,
    MAX_DESK,
    MAX_OPERATOR,
    MAX_SCANNED,
    ParticipantInfo,
    REASONS,
    REJECTED,
    ZONE_TTL,
    _ASCII_NOT_SCANNED,
    _CODE_REJECTIONS,
    _DESK_OUTCOME,
    _EVENT_OUTCOME,
    _PID,
    _RETRIES,
    _TIMEZONE,
    _ZONES,
    _as_utc,
    _info_from_row,
    _info_select,
    _info_statement,
    _participant_info,
    _timezone_name,
    _zone,
    conference_zone,
    local_day,
    normalise_scan,
    participant_info,
)


_DAY = bindparam("day")
_SID = bindparam("sid")


# --------------------------------------------------------------------------
# Plain data
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _signed_up(conn: Connection, session_id: int, participant_id: int) -> bool:
    """Whether the session has no sign-ups at all, or this person is on it (or speaks in it)."""
    has_sign_ups = conn.execute(select(SignUp.id).where(SignUp.session_id == session_id).limit(1)).first()
    if has_sign_ups is None:
        return True
    on_list = conn.execute(
        select(SignUp.id).where(SignUp.session_id == session_id, SignUp.participant_id == participant_id,
                                SignUp.waitlisted.is_(False)).limit(1)
    ).first()
    if on_list is not None:
        return True
    return conn.execute(
        select(SessionPerson.id).where(SessionPerson.session_id == session_id,
                                       SessionPerson.participant_id == participant_id).limit(1)
    ).first() is not None


def _admitted_conditions(place: str) -> list[Any]:
    """WHERE of the admitted events of a place on :day (and at :sid) — the terms of the partial indexes."""
    conditions = [CheckInEvent.day == _DAY, CheckInEvent.outcome == EventOutcome.ADMITTED,
                  CheckInEvent.place == CheckInPlace(place)]
    if place == CheckInPlace.SESSION.value:
        conditions.append(CheckInEvent.session_id == _SID)
    return conditions


def _point_params(point: CheckInPoint, day: dt.date) -> dict[str, Any]:
    params: dict[str, Any] = {"day": day}
    if point.place == CheckInPlace.SESSION.value:
        params["sid"] = point.session_id
    return params


# Statements of the hot path, built once (SQLAlchemy then reuses their compiled form).
_COUNT = {place.value: select(func.count()).select_from(CheckInEvent).where(*_admitted_conditions(place.value))
          for place in CheckInPlace}
_FIRST = {
    place.value: select(CheckInEvent.id, CheckInEvent.scanned_at, CheckInEvent.desk, CheckInEvent.operator)
    .where(*_admitted_conditions(place.value), CheckInEvent.participant_id == _PID)
    .order_by(CheckInEvent.id).limit(1)
    for place in CheckInPlace
}
_BY_NONCE = select(CheckInEvent.id, CheckInEvent.outcome, CheckInEvent.reason, CheckInEvent.participant_id).where(
    CheckInEvent.nonce == bindparam("nonce"))
_SESSION_EXISTS = select(Session.id).where(Session.id == _SID)


@functools.lru_cache(maxsize=4)
def _insert_statement(dialect: str) -> Any:
    table = CheckInEvent.__table__
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    return dialect_insert(table).on_conflict_do_nothing().returning(table.c.id)


def _insert_event(conn: Connection, values: dict[str, Any]) -> int | None:
    """Insert one event; None when a unique index refused it (admitted already, or nonce replayed)."""
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        return conn.execute(_insert_statement(dialect), values).scalar()
    table = CheckInEvent.__table__
    try:  # any other database: a savepoint around a plain insert
        with conn.begin_nested():
            return conn.execute(insert(table).returning(table.c.id), values).scalar()
    except IntegrityError:
        return None


def demote_admission(conn: Connection, event_id: int, reason: str) -> bool:
    """An earlier admission of the same person arrived (an offline desk's upload): this one becomes a repeat.

    Only ``admitted`` → ``already_in``; True when the row was changed.  Used by the
    upload of an offline desk's queue, in its transaction, just before the earlier
    admission is inserted.
    """
    from sqlalchemy.exc import DBAPIError

    table = CheckInEvent.__table__
    try:
        with conn.begin_nested():  # a desk's role on a shared server may not: then the later one stays
            return conn.execute(update(table).where(table.c.id == event_id,
                                                    table.c.outcome == EventOutcome.ADMITTED)
                                .values(outcome=EventOutcome.ALREADY_IN, reason=reason)).rowcount == 1
    except DBAPIError as exc:
        if "permission denied" in str(exc) or "row-level security" in str(exc):
            return False
        raise


def _first_admission(conn: Connection, point: CheckInPoint, day: dt.date, participant_id: int) -> Any:
    return conn.execute(_FIRST[point.place], {**_point_params(point, day), "pid": participant_id}).first()


def _first(row: Any, zone: dt.tzinfo) -> FirstCheckIn:
    at = row.scanned_at.replace(tzinfo=dt.timezone.utc)
    return FirstCheckIn(event_id=row.id, at=at, at_local=at.astimezone(zone), desk=row.desk,
                        operator=row.operator)


def _counts(conn: Connection, point: CheckInPoint, day: dt.date) -> dict[str, int]:
    here = conn.execute(_COUNT[point.place], _point_params(point, day)).scalar() or 0
    counts = {"checked_in": int(here)}
    if point.place == CheckInPlace.VENUE.value:
        counts["venue_today"] = int(here)
    else:
        counts["venue_today"] = int(conn.execute(_COUNT[CheckInPlace.VENUE.value], {"day": day}).scalar() or 0)
    return counts


@dataclass
class _Scan:
    """What is known before the write: who, which badge, and a rejection if any."""

    participant_id: int | None
    badge_id: int | None = None
    badge_version: int | None = None
    scanned_code: str = ""
    rejection: str = ""  # reason code, "" = may be admitted


def _check_session(conn: Connection, point: CheckInPoint) -> None:
    if point.place == CheckInPlace.SESSION.value:
        if conn.execute(_SESSION_EXISTS, {"sid": point.session_id}).first() is None:
            raise CheckInError(f"No session with id {point.session_id}.")


def _decide(conn: Connection, scan: _Scan, point: CheckInPoint, at: dt.datetime, nonce: str,
            info: ParticipantInfo | None, zone: dt.tzinfo, with_counts: bool,
            commit: bool) -> CheckInOutcome:
    """The write: one event row for the decision (the caller has done the reads)."""
    day = at.astimezone(zone).date()
    reason = scan.rejection
    if not reason:
        if info is None:
            reason = "unknown_participant" if not scan.scanned_code else "unknown_code"
        elif info.status == ParticipantStatus.CANCELLED.value:
            reason = "cancelled"
        elif (point.require_sign_up and point.place == CheckInPlace.SESSION.value
              and not _signed_up(conn, point.session_id, info.id)):  # type: ignore[arg-type]
            reason = "not_in_session"
    if commit:
        conn.commit()  # end the read transaction: the write below starts with its insert
    values = {
        "participant_id": info.id if info is not None else None,
        "badge_id": scan.badge_id,
        "place": CheckInPlace(point.place),
        "session_id": point.session_id,
        "day": day,
        "desk": point.desk[:40],
        "operator": point.operator[:80],
        "scanned_at": at.replace(tzinfo=None),
        "nonce": nonce,
        "scanned_code": scan.scanned_code[:MAX_SCANNED],
    }
    first = None
    outcome = REJECTED if reason else ADMITTED
    event_id = None
    for _attempt in range(_RETRIES):
        event_id = _insert_event(conn, {**values, "outcome": _EVENT_OUTCOME[outcome], "reason": reason})
        if event_id is not None:
            break
        replay = conn.execute(_BY_NONCE, {"nonce": nonce}).first()
        if replay is not None:  # this scan was recorded before: that decision stands
            if replay.participant_id != values["participant_id"]:
                raise CheckInError("This scan's id was already used for another check-in.")
            if commit:
                conn.commit()
            return _replayed(conn, replay, scan, point, day, info, zone, at)
        # Another desk admitted this person first (the partial unique index refused ours).
        first_row = _first_admission(conn, point, day, info.id)  # type: ignore[union-attr]
        if first_row is None:
            continue  # that admission is gone meanwhile: try again
        first = _first(first_row, zone)
        outcome, reason = ALREADY, "already_in"
        event_id = _insert_event(conn, {**values, "outcome": EventOutcome.ALREADY_IN, "reason": reason})
        break
    if event_id is None:
        raise CheckInError("The check-in could not be recorded; scan again.")
    if commit:
        conn.commit()
    counts = _counts(conn, point, day) if with_counts else {}
    if commit and with_counts:
        conn.commit()
    return CheckInOutcome(
        outcome=outcome, reason=reason, message=REASONS.get(reason, reason), participant=info,
        first_checkin=first, event_id=event_id, day=day, place=point.place, session_id=point.session_id,
        scanned_code=scan.scanned_code, badge_version=scan.badge_version, at=at, counts=counts,
    )


def _replayed(conn: Connection, row: Any, scan: _Scan, point: CheckInPoint, day: dt.date,
              info: ParticipantInfo | None, zone: dt.tzinfo, at: dt.datetime) -> CheckInOutcome:
    outcome = _DESK_OUTCOME[row.outcome.value if hasattr(row.outcome, "value") else row.outcome]
    first = None
    if outcome == ALREADY and info is not None:
        first_row = _first_admission(conn, point, day, info.id)
        first = _first(first_row, zone) if first_row is not None else None
    return CheckInOutcome(
        outcome=outcome, reason=row.reason, message=REASONS.get(row.reason, row.reason), participant=info,
        first_checkin=first, event_id=row.id, day=day, place=point.place, session_id=point.session_id,
        scanned_code=scan.scanned_code, badge_version=scan.badge_version, at=at, replayed=True,
    )


def _check_in(db: Database, scan: _Scan, point: CheckInPoint, now: dt.datetime | None,
              nonce: str | None, with_counts: bool) -> CheckInOutcome:
    at = _as_utc(now)
    nonce = nonce or uuid.uuid4().hex
    with db.engine.connect() as conn:
        # 1. Read (its own short transaction): the zone, the session, the person.
        zone = _zone(_timezone_name(conn))
        _check_session(conn, point)
        info = _participant_info(conn, scan.participant_id, point.lang) if scan.participant_id else None
        # 2. Decide and write (the insert first), commit.
        return _decide(conn, scan, point, at, nonce, info, zone, with_counts, commit=True)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def check_in_code(db: Database, text: str, point: CheckInPoint, now: dt.datetime | None = None, *,
                  nonce: str | None = None, with_counts: bool = True) -> CheckInOutcome:
    """Decide on a scanned or typed badge code and record the decision (one event row).

    ``now``: time of the scan (default now; naive = UTC).  ``nonce``: the
    scan's unique id when a desk replays it (default: a fresh one).
    ``with_counts``: also count the admitted at this point today.
    Raises CheckInError when nothing was scanned or the session is unknown.

    On SQLite and PostgreSQL the decision takes the lean path
    (core/checkin/lean.py: one lookup, one write transaction, no ORM); any other
    database the general one — the same rules and outcomes.
    """
    scanned = normalise_scan(text)
    if not scanned:
        raise CheckInError("Nothing was scanned.")
    if db.engine.dialect.name in _LEAN_DIALECTS:


        return checkin_lean.check_in_code(db, scanned, point, now, nonce, with_counts)
    return _check_in_code_general(db, scanned, point, now, nonce, with_counts)


_LEAN_DIALECTS = frozenset({"sqlite", "postgresql"})


def _check_in_code_general(db: Database, scanned: str, point: CheckInPoint, now: dt.datetime | None,
                           nonce: str | None, with_counts: bool) -> CheckInOutcome:
    """check_in_code through badges.service.verify_code and SQLAlchemy statements (any database).

    The reference for the lean path (tests compare the two outcome for outcome).
    """
    from ..badges.service import verify_code

    check = verify_code(db, scanned)
    code = getattr(check, "code", "") or scanned
    rejection = "" if check.outcome == "valid" else _CODE_REJECTIONS.get(check.outcome, check.outcome)
    if rejection in ("forged", "malformed") and not getattr(check, "code", "") and looks_like_code(scanned):
        # Our prefix and length but a wrong check character (or a stray character): a misread, not a forgery.
        rejection = "unreadable"
    scan = _Scan(participant_id=check.participant_id, badge_id=check.badge_id, badge_version=check.version,
                 scanned_code=code, rejection=rejection)
    return _check_in(db, scan, point, now, nonce, with_counts)


def check_in_participant(db: Database, participant_id: int, point: CheckInPoint,
                         now: dt.datetime | None = None, *, nonce: str | None = None,
                         with_counts: bool = True) -> CheckInOutcome:
    """Check in a person found by name (same rules as a scan; no badge involved)."""
    scan = _Scan(participant_id=int(participant_id))
    return _check_in(db, scan, point, now, nonce, with_counts)


@dataclass(frozen=True)
class SearchMatch:
    id: int
    name: str
    latin_name: str
    delegation: str
    category: str  # code
    status: str
    checked_in: bool  # admitted at this point today
    category_label: str = ""  # in the point's language


def search(db: Database, text: str, point: CheckInPoint | None = None, now: dt.datetime | None = None,
           limit: int = 20) -> list[SearchMatch]:
    """People matching a typed text (as in registration), with whether they are in today."""
    from ..people.registration import ParticipantQuery, first_page

    point = point or CheckInPoint()
    if not text.strip():
        return []
    with db.session() as session:
        page = first_page(session, ParticipantQuery(search=text), limit=limit, lang=point.lang)
        ids = [row.id for row in page.rows]
        zone = _zone(_timezone_name(session.connection()))
        day = _as_utc(now).astimezone(zone).date()
        inside: set[int] = set()
        if ids:
            inside = set(session.scalars(
                select(CheckInEvent.participant_id)
                .where(*_admitted_conditions(point.place), CheckInEvent.participant_id.in_(ids)),
                _point_params(point, day),
            ))
    return [
        SearchMatch(id=row.id, name=row.listed_name, latin_name=row.latin_name,
                    delegation=row.delegation or row.organisation, category=row.category_code,
                    status=row.status, checked_in=row.id in inside, category_label=row.category or row.category_code)
        for row in page.rows
    ]


# --------------------------------------------------------------------------
# Walk-in registration
# --------------------------------------------------------------------------

WALK_IN_FIELDS = ("given_name", "family_name", "country", "organisation", "category", "email")


def _walk_in_values(session: Any, values: Mapping[str, Any]) -> tuple[dict[str, Any], list[Any], int | None]:
    """(participant values, problems, member state id) of a walk-in form."""
    from ..people.registration import PARTICIPANT_FIELDS, FieldProblem, validate_participant

    def text(name: str) -> str:
        value = values.get(name)
        return "" if value is None else str(value).strip()

    conference = session.scalar(select(Conference).limit(1))
    if conference is None:
        raise NotInitialisedError("This database holds no conference yet: run init first.")
    pvalues: dict[str, Any] = {name: values[name] for name in values
                               if name in PARTICIPANT_FIELDS and name not in ("category_id", "delegation_id",
                                                                               "status")}
    pvalues["given_name"] = text("given_name")
    pvalues["family_name"] = text("family_name")
    pvalues["email"] = text("email")
    pvalues["organisation"] = text("organisation")
    problems = list(validate_participant(pvalues, conference))
    state_id = None
    country = text("country").upper()
    if country:
        state_id = session.scalar(select(MemberState.id).where(MemberState.iso3 == country))
        if state_id is None:
            problems.append(FieldProblem("country", country, "Unknown country: give its ISO 3-letter code."))
    elif not pvalues["organisation"]:
        problems.append(FieldProblem("country", "", "Country or organisation is required."))
    category = text("category")
    if not category:
        problems.append(FieldProblem("category", "", "Category is required."))
    else:
        category_id = session.scalar(select(Category.id).where(Category.code == category))
        if category_id is None:
            known = ", ".join(session.scalars(select(Category.code).order_by(Category.sort_order, Category.id)))
            problems.append(FieldProblem("category", category, f"Unknown category (known: {known})."))
        else:
            pvalues["category_id"] = category_id
    return pvalues, problems, state_id


def register_walk_in(db: Database, values: Mapping[str, Any], point: CheckInPoint,
                     actor: audit.Actor | None = None, now: dt.datetime | None = None, *,
                     nonce: str | None = None) -> tuple[int, CheckInOutcome]:
    """Register a walk-in from a short form and check them in, in one transaction.

    ``values``: given_name, family_name, country (ISO alpha-3) and/or
    organisation, category (code), email; other participant fields pass
    through.  Raises registration.ValidationError naming each bad field;
    nothing is written then.  The badge is printed by the caller
    (``badges.service.print_badges``).  ``nonce``: the check-in event's id
    (an offline desk passes the walk-in's own, so a re-upload finds it).
    """
    from ..people.registration import ValidationError, _coerce, state_delegation_id

    actor = actor or audit.Actor(operator=point.operator, desk=point.desk)
    at = _as_utc(now)
    with db.session() as session:
        _pvalues, problems, _state = _walk_in_values(session, values)
        if problems:
            raise ValidationError(problems)
    nonce = nonce or uuid.uuid4().hex
    with db.session() as session:
        conn = session.connection()
        if conn.dialect.name == "sqlite":
            # Take SQLite's write lock up front (as BEGIN IMMEDIATE would): the reads
            # below then see the newest data and the writes cannot hit a stale snapshot.
            conn.execute(update(Conference).where(literal(False)).values(id=Conference.id))
        pvalues, problems, state_id = _walk_in_values(session, values)
        if problems:
            raise ValidationError(problems)
        zone = _zone(_timezone_name(conn))
        conference = session.scalar(select(Conference).limit(1))
        day = at.astimezone(zone).date()
        if conference is not None and conference.arrival_date <= day <= conference.departure_date:
            pvalues.setdefault("arrival_date", day)
        pvalues.setdefault("status", ParticipantStatus.CONFIRMED)
        if state_id is not None:
            pvalues["delegation_id"] = state_delegation_id(session, state_id)
        elif pvalues.get("organisation"):
            wanted = fold(pvalues["organisation"])
            for delegation_id, name in session.execute(
                select(Delegation.id, Delegation.organisation_name)
                .where(Delegation.kind != DelegationKind.MEMBER_STATE)
            ):
                if fold(name) == wanted:
                    pvalues["delegation_id"] = delegation_id
                    break
        clean = _coerce(pvalues)
        participant = Participant(**clean)
        session.add(participant)
        session.flush()
        audit.record(session, actor, "create", "participant", participant.id,
                     summary=f"Registered walk-in {participant.full_name} at {point.desk}",
                     changes={k: [None, v] for k, v in clean.items() if v not in (None, "", False)})
        _check_session(conn, point)
        info = _participant_info(conn, participant.id, point.lang)
        outcome = _decide(conn, _Scan(participant_id=participant.id), point, at, nonce, info, zone,
                          with_counts=False, commit=False)
        participant_id = participant.id
    if outcome.outcome == ADMITTED:
        with db.engine.connect() as conn:
            counts = _counts(conn, point, outcome.day)
        outcome = CheckInOutcome(**{**{f: getattr(outcome, f) for f in outcome.__dataclass_fields__},
                                    "counts": counts})
    return participant_id, outcome


# --------------------------------------------------------------------------
# Counters and attendance
# --------------------------------------------------------------------------


def counters(db: Database, point: CheckInPoint, day: dt.date | None = None) -> dict[str, Any]:
    """What the desk shows: checked in today / expected; for a session, against its room's capacity.

    Venue: ``checked_in`` (admitted at the venue that day) and ``expected``
    (participants not cancelled whose stay covers that day; unknown dates
    count as covering it).  Session: ``checked_in`` (admitted to the session
    that day), ``capacity`` (its room's), ``expected`` (sign-ups off the waiting
    list, else the session's expected attendance), plus ``venue_checked_in``.
    """
    with db.engine.connect() as conn:
        if day is None:
            day = dt.datetime.now(dt.timezone.utc).astimezone(_zone(_timezone_name(conn))).date()
        here = _counts(conn, point, day)
        result: dict[str, Any] = {"day": day.isoformat(), "place": point.place, "session_id": point.session_id,
                                  "checked_in": here["checked_in"]}
        if point.place == CheckInPlace.VENUE.value:
            expected = conn.execute(
                select(func.count()).select_from(Participant).where(
                    Participant.status != ParticipantStatus.CANCELLED,
                    (Participant.arrival_date.is_(None)) | (Participant.arrival_date <= day),
                    (Participant.departure_date.is_(None)) | (Participant.departure_date >= day),
                )
            ).scalar() or 0
            result.update(expected=int(expected), capacity=None)
        else:
            row = conn.execute(
                select(Session.code, Session.title_en, Session.expected_attendance, VenueRoom.name,
                       VenueRoom.capacity)
                .outerjoin(VenueRoom, Session.venue_room_id == VenueRoom.id)
                .where(Session.id == point.session_id)
            ).first()
            if row is None:
                raise CheckInError(f"No session with id {point.session_id}.")
            sign_ups = conn.execute(
                select(func.count()).select_from(SignUp)
                .where(SignUp.session_id == point.session_id, SignUp.waitlisted.is_(False))
            ).scalar() or 0
            result.update(
                expected=int(sign_ups or row.expected_attendance or 0), capacity=row.capacity,
                room=row.name or "", session_code=row.code, venue_checked_in=here["venue_today"],
            )
    return result


def attendance(db: Database, lang: str = "en") -> list[dict[str, Any]]:
    """Per day, the venue then each session: admitted, already (repeat scans), rejected, capacity."""
    title = getattr(Session, f"title_{lang}", Session.title_en)
    admitted = func.sum(case((CheckInEvent.outcome == EventOutcome.ADMITTED, 1), else_=0))
    already = func.sum(case((CheckInEvent.outcome == EventOutcome.ALREADY_IN, 1), else_=0))
    rejected = func.sum(case((CheckInEvent.outcome == EventOutcome.REJECTED, 1), else_=0))
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(CheckInEvent.day, CheckInEvent.place, CheckInEvent.session_id, admitted, already, rejected)
            .group_by(CheckInEvent.day, CheckInEvent.place, CheckInEvent.session_id)
        ).all()
        session_ids = {row.session_id for row in rows if row.session_id is not None}
        sessions = {
            s.id: s for s in conn.execute(
                select(Session.id, Session.code, title.label("title"), Session.starts_at, Session.sort_order,
                       VenueRoom.name.label("room"), VenueRoom.capacity)
                .outerjoin(VenueRoom, Session.venue_room_id == VenueRoom.id)
                .where(Session.id.in_(session_ids))
            )
        } if session_ids else {}
    out = []
    for row in rows:
        place = row.place.value if hasattr(row.place, "value") else row.place
        item: dict[str, Any] = {
            "day": row.day.isoformat(), "place": place, "session_id": row.session_id,
            "admitted": int(row[3] or 0), "already": int(row[4] or 0), "rejected": int(row[5] or 0),
            "session_code": None, "title": None, "room": None, "capacity": None,
        }
        info = sessions.get(row.session_id) if row.session_id is not None else None
        if info is not None:
            item.update(session_code=info.code, title=info.title, room=info.room, capacity=info.capacity)
        item["_order"] = (row.day, place != "venue", info.starts_at or dt.datetime.min if info else dt.datetime.min,
                          info.sort_order if info else 0, row.session_id or 0)
        out.append(item)
    out.sort(key=lambda item: item["_order"])
    for item in out:
        del item["_order"]
    return out


# --------------------------------------------------------------------------
# Undo a check-in
# --------------------------------------------------------------------------


class UndoRefused(CheckInError):
    """An undo that may not be done: ``reason`` is the code (the contract)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class UndoOutcome:
    """An admission taken back: the compensating event and what the desk shows."""

    event_id: int  # the new ``undo`` event
    undone_event_id: int  # the admission it took back (now ``undone``)
    participant: ParticipantInfo | None
    day: dt.date
    place: str
    session_id: int | None
    at: dt.datetime  # aware UTC
    admitted_at: dt.datetime  # aware UTC, of the admission taken back
    admitted_desk: str
    admitted_operator: str
    reason: str
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self, zone: dt.tzinfo | None = None) -> dict[str, Any]:
        zone = zone or dt.timezone.utc
        participant = None
        if self.participant is not None:
            participant = asdict(self.participant)
            participant.pop("photo", None)
        return {
            "outcome": "undone", "event_id": self.event_id, "undone_event_id": self.undone_event_id,
            "participant": participant, "day": self.day.isoformat(), "place": self.place,
            "session_id": self.session_id, "at": self.at.astimezone(zone).isoformat(timespec="seconds"),
            "admitted_at": self.admitted_at.astimezone(zone).isoformat(timespec="seconds"),
            "admitted_desk": self.admitted_desk, "admitted_operator": self.admitted_operator,
            "reason": self.reason, "counts": dict(self.counts),
        }


MAX_UNDO_REASON = 200


def may_undo(event_operator: str, actor: audit.Actor, role: str) -> bool:
    """The operator who admitted, or a supervisor (organiser, administrator), may undo."""
    from ..foundation.permissions import may

    if may(role, "checkin.undo_any"):
        return True
    return bool(event_operator) and event_operator.strip().casefold() == (actor.operator or "").strip().casefold()


def undo_checkin(db: Database, event_id: int, reason: str, actor: audit.Actor, role: str,
                 now: dt.datetime | None = None, lang: str = "en") -> UndoOutcome:
    """Take back an admission: one transaction marks it ``undone``, adds an ``undo`` event and an audit entry.

    Nothing is deleted.  The person may then be admitted again, exactly once (the
    partial unique indexes count only ``admitted`` rows).  Two desks undoing the
    same admission at once: the conditional update lets one through, the other is
    told it was already undone.
    """
    reason = " ".join((reason or "").split())
    if not reason:
        raise UndoRefused("Give a reason for undoing the check-in.", "reason_required")
    if len(reason) > MAX_UNDO_REASON:
        raise UndoRefused(Text("The reason is too long ({length} characters; at most {limit}).",
                               length=len(reason), limit=MAX_UNDO_REASON), "reason_too_long")
    at = _as_utc(now)
    table = CheckInEvent.__table__
    with db.session() as s:
        row = s.execute(select(table).where(table.c.id == int(event_id))).first()
        if row is None:
            raise UndoRefused(Text("No check-in {event} was recorded.", event=event_id), "not_found")
        outcome = row.outcome.value if hasattr(row.outcome, "value") else row.outcome
        if outcome == EventOutcome.UNDONE.value:
            raise UndoRefused(Text("Check-in {event} was already undone.", event=event_id), "already_undone")
        if outcome != EventOutcome.ADMITTED.value:
            raise UndoRefused(Text("Check-in {event} did not admit anyone: there is nothing to undo.",
                                   event=event_id), "not_admitted")
        if not may_undo(row.operator, actor, role):
            raise UndoRefused(Text("Only {operator}, who made this check-in, or a supervisor may undo it.",
                                   operator=row.operator or "?"), "not_allowed")
        # The first write: whoever gets here first takes it back; a second desk finds it done.
        taken = s.execute(update(table).where(table.c.id == row.id, table.c.outcome == EventOutcome.ADMITTED)
                          .values(outcome=EventOutcome.UNDONE)).rowcount
        if taken != 1:
            raise UndoRefused(Text("Check-in {event} was already undone.", event=event_id), "already_undone")
        undo_id = s.execute(insert(table).returning(table.c.id).values(
            participant_id=row.participant_id, badge_id=row.badge_id, place=row.place,
            session_id=row.session_id, day=row.day, desk=(actor.desk or "")[:40],
            operator=(actor.operator or "")[:80], scanned_at=at.replace(tzinfo=None), nonce=uuid.uuid4().hex,
            outcome=EventOutcome.UNDO, reason=reason, scanned_code="", reverses_event_id=row.id,
        )).scalar_one()
        conn = s.connection()
        zone = _zone(_timezone_name(conn))
        info = _participant_info(conn, row.participant_id, lang) if row.participant_id else None
        place = row.place.value if hasattr(row.place, "value") else row.place
        admitted_at = row.scanned_at.replace(tzinfo=dt.timezone.utc)
        audit.record(
            s, actor, "checkin.undo", "checkin_event", row.id,
            f"Check-in of {info.name if info else '?'} on {row.day.isoformat()} undone: {reason}",
            {"undone_event_id": row.id, "undo_event_id": undo_id, "participant_id": row.participant_id,
             "admitted_at": admitted_at.astimezone(zone).isoformat(timespec="seconds"),
             "admitted_desk": row.desk, "admitted_operator": row.operator, "reason": reason},
        )
        s.flush()
        point = CheckInPoint(place=place, session_id=row.session_id, desk=actor.desk or "", lang=lang)
        counts = _counts(conn, point, row.day)
    return UndoOutcome(
        event_id=int(undo_id), undone_event_id=int(row.id), participant=info, day=row.day, place=place,
        session_id=row.session_id, at=at, admitted_at=admitted_at, admitted_desk=row.desk,
        admitted_operator=row.operator, reason=reason, counts=counts,
    )


@dataclass(frozen=True)
class AdmissionRow:
    """One admission at a point and day, as the desk's attendance list shows it."""

    event_id: int
    participant_id: int | None
    name: str
    delegation: str
    category: str
    at_local: dt.datetime
    desk: str
    operator: str
    undone: bool
    undo_reason: str
    review: str = ""  # an offline admission to review: "offline_revoked" / "offline_cancelled"


def admissions(db: Database, point: CheckInPoint, day: dt.date, search_text: str = "",
               limit: int = 500) -> list[AdmissionRow]:
    """Admissions (and undone ones) at this point on ``day``, newest first, for the attendance list."""
    from ..people.registration import ParticipantQuery, first_page

    state = aliased(MemberState)
    delegation = getattr(state, f"name_{point.lang}", state.name_en)
    label = getattr(Category, f"label_{point.lang}", Category.label_en)
    undo = aliased(CheckInEvent)
    place_terms = [CheckInEvent.day == day, CheckInEvent.place == CheckInPlace(point.place),
                   CheckInEvent.outcome.in_([EventOutcome.ADMITTED, EventOutcome.UNDONE])]
    if point.place == CheckInPlace.SESSION.value:
        place_terms.append(CheckInEvent.session_id == point.session_id)
    with db.session() as s:
        if search_text.strip():
            ids = [r.id for r in first_page(s, ParticipantQuery(search=search_text), limit=limit).rows]
            place_terms.append(CheckInEvent.participant_id.in_(ids))
        zone = _zone(_timezone_name(s.connection()))
        rows = s.execute(
            select(CheckInEvent.id, CheckInEvent.participant_id, Participant.badge_name, Participant.given_name,
                   Participant.family_name, delegation.label("delegation"),
                   func.coalesce(Delegation.organisation_name, Participant.organisation).label("organisation"),
                   label.label("category"), CheckInEvent.scanned_at, CheckInEvent.desk, CheckInEvent.operator,
                   CheckInEvent.outcome, undo.reason.label("undo_reason"), CheckInEvent.reason)
            .outerjoin(Participant, Participant.id == CheckInEvent.participant_id)
            .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
            .outerjoin(state, Delegation.member_state_id == state.id)
            .outerjoin(Category, Category.id == Participant.category_id)
            .outerjoin(undo, and_(undo.reverses_event_id == CheckInEvent.id, undo.outcome == EventOutcome.UNDO))
            .where(*place_terms).order_by(CheckInEvent.scanned_at.desc(), CheckInEvent.id.desc()).limit(limit)
        ).all()
    out = []
    for r in rows:
        outcome = r.outcome.value if hasattr(r.outcome, "value") else r.outcome
        out.append(AdmissionRow(
            event_id=r.id, participant_id=r.participant_id,
            name=r.badge_name or native_name(r.given_name or "", r.family_name or ""),
            delegation=r.delegation or r.organisation or "", category=r.category or "",
            at_local=r.scanned_at.replace(tzinfo=dt.timezone.utc).astimezone(zone), desk=r.desk,
            operator=r.operator, undone=outcome == EventOutcome.UNDONE.value, undo_reason=r.undo_reason or "",
            review=r.reason if (r.reason or "").startswith("offline_") else ""))
    return out


__all__ = [
    "ADMITTED", "ALREADY", "REJECTED", "REASONS", "CheckInError", "CheckInOutcome", "CheckInPoint",
    "FirstCheckIn", "ParticipantInfo", "SearchMatch", "attendance", "check_in_code", "check_in_participant",
    "conference_zone", "counters", "local_day", "normalise_scan", "register_walk_in", "search",
    "AdmissionRow", "participant_info", "UndoOutcome", "UndoRefused", "admissions", "may_undo", "undo_checkin",
]


def checkin_sessions(db: Database, lang: str = "en") -> list[tuple[int, str, str, dt.datetime]]:
    """(id, code, title in ``lang``, start) of every scheduled session a desk or door can admit to."""
    title = getattr(Session, f"title_{lang}", Session.title_en)
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(  # type: ignore[misc]
            select(Session.id, Session.code, title, Session.starts_at)
            .where(Session.starts_at.is_not(None)).order_by(Session.starts_at)
        )]
