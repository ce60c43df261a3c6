"""The lean path of a scan at the desk: a badge code decided and recorded with a few prepared statements.

``checkin.check_in_code`` runs this on SQLite and PostgreSQL (any other
database takes the general path, ``checkin._check_in_code_general``).  The
rules are the general path's, statement for statement; what a scan does not
need is left out (issue 17, see ARCHITECTURE.md "Check-in"):

* no ORM session and no SQLAlchemy statement execution per scan: one pooled
  DBAPI connection (``engine.raw_connection()``: the pool's checkout hooks run,
  so a shared server's operator session and its row-level security apply as
  before), SQL text prepared once per dialect (the driver's statement cache
  then reuses the prepared statements);
* the code is verified once (normalised once, one HMAC with the conference's
  key material computed once per engine) and the badge, its participant and
  everything the desk shows about them are read by **one** indexed SELECT by
  badge code (the general path: one for the badge, one for the person);
* one write transaction (SQLite: ``BEGIN`` … ``INSERT … ON CONFLICT DO
  NOTHING RETURNING id`` … ``COMMIT``; the insert is its first statement, as
  before), no flushes; the counters are read after the commit on SQLite (the
  write lock is not held for them) and before it on PostgreSQL (one round trip
  fewer, READ COMMITTED sees the same rows).

Exactly once is the database's, as on the general path: the partial unique
indexes refuse a second admission, the insert does nothing, and an
``already_in`` event naming the first admission is written in the same
transaction; a replayed nonce gets the recorded decision back.

Driver errors are raised as SQLAlchemy's ``DBAPIError`` subclasses (a lost
server invalidates the pooled connection and sets ``connection_invalidated``),
so the desk tells "server out of reach" from a refusal exactly as before.
"""

from __future__ import annotations

import datetime as dt
import uuid
import weakref
from collections import namedtuple
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased

from . import decisions as ck
from ..badges import codes
from ..foundation.db import Database
from ..foundation.errors import NotInitialisedError
from ..foundation.search_index import CHECKIN_COUNTER_TABLE
from ..foundation.models import (
    Badge,
    CheckInEvent,
    Conference,
    ParticipantStatus,
    Session,
    SessionPerson,
    SignUp,
)

SUPPORTED = frozenset({"sqlite", "postgresql"})
_CANCELLED = ParticipantStatus.CANCELLED.value
_EVENTS = CheckInEvent.__table__.name


class _Statements:
    """The SQL of the lean path for one dialect (built once per engine)."""

    def __init__(self, dialect: Any) -> None:
        self.dialect = dialect
        self.sqlite = dialect.name == "sqlite"
        self.lookups: dict[str, tuple[str, tuple[str, ...] | None, Any]] = {}
        p = "?" if self.sqlite else "%s"
        admitted = "outcome = 'admitted'"  # the partial unique indexes' own terms (migration 0003)
        self.insert = (
            f"INSERT INTO {_EVENTS} (participant_id, badge_id, place, session_id, day, desk, operator,"
            f" scanned_at, nonce, outcome, reason, scanned_code) VALUES ({', '.join([p] * 12)})"
            " ON CONFLICT DO NOTHING RETURNING id"
        )
        self.by_nonce = f"SELECT id, outcome, reason, participant_id FROM {_EVENTS} WHERE nonce = {p}"
        first = f"SELECT id, scanned_at, desk, operator FROM {_EVENTS} WHERE day = {p} AND {admitted}"
        self.first = {
            "venue": f"{first} AND place = 'venue' AND participant_id = {p} ORDER BY id LIMIT 1",
            "session": f"{first} AND place = 'session' AND session_id = {p} AND participant_id = {p}"
                       " ORDER BY id LIMIT 1",
        }
        if self.sqlite:  # the counters kept by triggers with the events (migration 0015): one row each
            count = f"SELECT coalesce(sum(admitted), 0) FROM {CHECKIN_COUNTER_TABLE} WHERE day = {p}"
            self.count = {"venue": f"{count} AND place = 'venue' AND session_id = 0",
                          "session": f"{count} AND place = 'session' AND session_id = {p}"}
        else:  # answered from the covering index (day, place, outcome, session_id) alone (migration 0011)
            count = f"SELECT count(*) FROM {_EVENTS} WHERE day = {p} AND {admitted}"
            self.count = {"venue": f"{count} AND place = 'venue'",
                          "session": f"{count} AND place = 'session' AND session_id = {p}"}
        self.timezone = f"SELECT timezone FROM {Conference.__table__.name} LIMIT 1"
        self.session_exists = f"SELECT id FROM {Session.__table__.name} WHERE id = {p}"
        sign_up, person = SignUp.__table__.name, SessionPerson.__table__.name
        self.has_sign_ups = f"SELECT id FROM {sign_up} WHERE session_id = {p} LIMIT 1"
        self.on_list = (f"SELECT id FROM {sign_up} WHERE session_id = {p} AND participant_id = {p}"
                        f" AND waitlisted = {p} LIMIT 1")
        self.speaks = f"SELECT id FROM {person} WHERE session_id = {p} AND participant_id = {p} LIMIT 1"

    # Values as the general path stores them (SQLAlchemy's SQLite Date/DateTime text; PostgreSQL: native).
    def day(self, value: dt.date) -> Any:
        return value.isoformat() if self.sqlite else value

    def timestamp(self, value: dt.datetime) -> Any:
        return value.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else value

    def read_timestamp(self, value: Any) -> dt.datetime:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


_STATEMENTS: "weakref.WeakKeyDictionary[Any, _Statements]" = weakref.WeakKeyDictionary()


def _statements(engine: Any) -> _Statements:
    found = _STATEMENTS.get(engine)
    if found is None:
        found = _STATEMENTS[engine] = _Statements(engine.dialect)
    return found


def _lookup(statements: _Statements, lang: str) -> tuple[str, tuple[str, ...] | None, Any]:
    """(SQL, positional parameter names or None for named, row type) of the badge-by-code lookup.

    One statement: the scanned badge, its participant and what the desk shows
    (``checkin._info_select``: delegation, category, hotel, newest badge).
    Compiled once per engine and language by the engine's own dialect.
    """
    found = statements.lookups.get(lang)
    if found is not None:
        return found
    scanned = aliased(Badge, name="scanned")
    statement = (
        ck._info_select(lang)
        .add_columns(scanned.id.label("scanned_id"), scanned.version.label("scanned_version"),
                     scanned.revoked_at.label("scanned_revoked_at"))
        .join(scanned, scanned.participant_id == ck.Participant.id)
        .where(scanned.code == bindparam("code"))
    )
    compiled = statement.compile(dialect=statements.dialect)
    names = tuple(compiled.positiontup or ()) if compiled.positional else None
    row_type = namedtuple("LookupRow", list(statement.selected_columns.keys()))  # type: ignore[misc]
    found = statements.lookups[lang] = (compiled.string, names, row_type)
    return found


class _Cursor:
    """A DBAPI cursor whose errors are SQLAlchemy's (as the general path raises them)."""

    def __init__(self, raw: Any, statements: _Statements, engine: Any) -> None:
        self.raw = raw
        self.engine = engine
        self.cursor = raw.cursor()
        self.dialect = statements.dialect

    def wrap(self, exc: Exception, statement: str, params: Any) -> BaseException:
        dialect = self.dialect
        if not isinstance(exc, dialect.loaded_dbapi.Error):
            return exc
        try:
            lost = bool(dialect.is_disconnect(exc, self.raw.dbapi_connection, self.cursor))
        except Exception:  # noqa: BLE001 - deciding whether it was a disconnect must not hide the error
            lost = False
        if lost:  # as SQLAlchemy's Connection does: the whole pool (a restarted server dropped them all)
            invalidate = getattr(self.engine.pool, "_invalidate", None)
            if invalidate is not None:
                invalidate(self.raw, exc)
            else:
                self.raw.invalidate(exc)
        return DBAPIError.instance(statement, params, exc, dialect.loaded_dbapi.Error,
                                   connection_invalidated=lost, dialect=dialect)

    def one(self, statement: str, params: Any = ()) -> Any:
        try:
            self.cursor.execute(statement, params)
            rows = self.cursor.fetchall()  # to the end: no statement left in progress at COMMIT
            return rows[0] if rows else None
        except Exception as exc:  # noqa: BLE001
            raise self.wrap(exc, statement, params) from exc

    def run(self, statement: str) -> None:
        try:
            self.cursor.execute(statement)
        except Exception as exc:  # noqa: BLE001
            raise self.wrap(exc, statement, ()) from exc

    def commit(self) -> None:
        try:
            self.raw.commit()
        except Exception as exc:  # noqa: BLE001
            raise self.wrap(exc, "COMMIT", ()) from exc


def _checkout(engine: Any) -> Any:
    """A pooled DBAPI connection; a server out of reach is SQLAlchemy's error, as ``engine.connect()`` raises it."""
    dialect = engine.dialect
    try:
        return engine.raw_connection()
    except dialect.loaded_dbapi.Error as exc:
        try:
            lost = bool(dialect.is_disconnect(exc, None, None))
        except Exception:  # noqa: BLE001
            lost = False
        raise DBAPIError.instance(None, None, exc, dialect.loaded_dbapi.Error, connection_invalidated=lost,
                                  dialect=dialect) from exc


def _zone(cur: _Cursor, engine: Any, statements: _Statements) -> dt.tzinfo:
    """The conference's time zone, from the general path's per-engine cache (read at most every ZONE_TTL s)."""
    import time

    cached = ck._ZONES.get(engine)
    if cached is not None and time.monotonic() - cached[1] < ck.ZONE_TTL:
        return ck._zone(cached[0])
    row = cur.one(statements.timezone)
    if row is None:
        raise NotInitialisedError("This database holds no conference yet: run init first.")
    name = row[0] or "UTC"
    ck._ZONES[engine] = (name, time.monotonic())
    return ck._zone(name)


def _signed_up(cur: _Cursor, statements: _Statements, session_id: int, participant_id: int) -> bool:
    """As checkin._signed_up: the session has no sign-ups, or this person is on it (or speaks in it)."""
    if cur.one(statements.has_sign_ups, (session_id,)) is None:
        return True
    if cur.one(statements.on_list, (session_id, participant_id, False)) is not None:
        return True
    return cur.one(statements.speaks, (session_id, participant_id)) is not None


def _first(cur: _Cursor, statements: _Statements, point: ck.CheckInPoint, day_value: Any,
           participant_id: int, zone: dt.tzinfo) -> ck.FirstCheckIn | None:
    if point.place == "venue":
        row = cur.one(statements.first["venue"], (day_value, participant_id))
    else:
        row = cur.one(statements.first["session"], (day_value, point.session_id, participant_id))
    if row is None:
        return None
    at = statements.read_timestamp(row[1]).replace(tzinfo=dt.timezone.utc)
    return ck.FirstCheckIn(event_id=row[0], at=at, at_local=at.astimezone(zone), desk=row[2], operator=row[3])


def _counts(cur: _Cursor, statements: _Statements, point: ck.CheckInPoint, day_value: Any) -> dict[str, int]:
    if point.place == "venue":
        here = int(cur.one(statements.count["venue"], (day_value,))[0] or 0)
        return {"checked_in": here, "venue_today": here}
    here = int(cur.one(statements.count["session"], (day_value, point.session_id))[0] or 0)
    venue = int(cur.one(statements.count["venue"], (day_value,))[0] or 0)
    return {"checked_in": here, "venue_today": venue}


def check_in_code(db: Database, scanned: str, point: ck.CheckInPoint, now: dt.datetime | None,
                  nonce: str | None, with_counts: bool) -> ck.CheckInOutcome:
    """checkin.check_in_code on SQLite or PostgreSQL: ``scanned`` is already normalise_scan()'d, not empty."""
    from ..badges.service import verifier

    engine = db.engine
    result, parsed = verifier(db).check(scanned)
    at = ck._as_utc(now)
    nonce = nonce or uuid.uuid4().hex
    statements = _statements(engine)
    raw = _checkout(engine)
    try:
        cur = _Cursor(raw, statements, engine)
        try:
            outcome = _decide(cur, engine, statements, scanned, result, parsed, point, at, nonce, with_counts)
        except BaseException:
            try:
                raw.rollback()
            except Exception:  # noqa: BLE001 - the first error is the one to report
                pass
            raise
    finally:
        raw.close()
    return outcome


def _decide(cur: _Cursor, engine: Any, statements: _Statements, scanned: str, result: str,
            parsed: codes.ParsedCode | None, point: ck.CheckInPoint, at: dt.datetime, nonce: str,
            with_counts: bool) -> ck.CheckInOutcome:
    # 1. Read: the zone (cached), the session, the badge with its person — one SELECT.
    zone = _zone(cur, engine, statements)
    if point.place == "session" and cur.one(statements.session_exists, (point.session_id,)) is None:
        raise ck.CheckInError(f"No session with id {point.session_id}.")
    info: ck.ParticipantInfo | None = None
    badge_id = version = None
    code = parsed.code if parsed is not None else ""
    if result == codes.OUTCOME_OK and parsed is not None:
        sql, names, row_type = _lookup(statements, point.lang)
        values = {"code": parsed.code}
        row = cur.one(sql, tuple(values[name] for name in names) if names is not None else values)
        if row is None:
            reason, version = "unknown_code", parsed.version
        else:
            found = row_type(*row)
            info = ck._info_from_row(found)
            badge_id, version = found.scanned_id, found.scanned_version
            reason = ("revoked" if found.scanned_revoked_at is not None
                      else "cancelled" if info.status == _CANCELLED else "")
    else:
        reason = ck._CODE_REJECTIONS.get(result, result)
        if reason in ("forged", "malformed") and not code and codes.looks_like_code(scanned):
            reason = "unreadable"  # our prefix and length, a wrong check character: a misread
    code = code or scanned
    if (not reason and point.require_sign_up and point.place == "session"
            and not _signed_up(cur, statements, point.session_id, info.id)):  # type: ignore[arg-type, union-attr]
        reason = "not_in_session"

    # 2. Write: one event, the insert first in its transaction; commit.
    day = at.astimezone(zone).date()
    day_value = statements.day(day)
    participant_id = info.id if info is not None else None
    if statements.sqlite:
        cur.run("BEGIN")  # PostgreSQL: the driver's transaction is open since the first read
    head = (participant_id, badge_id, point.place, point.session_id, day_value, point.desk[:ck.MAX_DESK],
            point.operator[:ck.MAX_OPERATOR], statements.timestamp(at.replace(tzinfo=None)), nonce)
    tail = code[:ck.MAX_SCANNED]
    outcome = ck.REJECTED if reason else ck.ADMITTED
    first = None
    event_id = None
    for _attempt in range(ck._RETRIES):
        inserted = cur.one(statements.insert, (*head, ck._EVENT_OUTCOME[outcome].value, reason, tail))
        if inserted is not None:
            event_id = inserted[0]
            break
        replay = cur.one(statements.by_nonce, (nonce,))
        if replay is not None:  # this scan was recorded before: that decision stands
            if replay[3] != participant_id:
                raise ck.CheckInError("This scan's id was already used for another check-in.")
            recorded = ck._DESK_OUTCOME[replay[1]]
            replay_first = None
            if recorded == ck.ALREADY and info is not None:
                replay_first = _first(cur, statements, point, day_value, info.id, zone)
            cur.commit()
            return ck.CheckInOutcome(
                outcome=recorded, reason=replay[2], message=ck.REASONS.get(replay[2], replay[2]),
                participant=info, first_checkin=replay_first, event_id=replay[0], day=day, place=point.place,
                session_id=point.session_id, scanned_code=code, badge_version=version, at=at, replayed=True,
            )
        # Another desk admitted this person first (the partial unique index refused ours).
        first = _first(cur, statements, point, day_value, participant_id, zone)  # type: ignore[arg-type]
        if first is None:
            continue  # that admission is gone meanwhile: try again
        outcome, reason = ck.ALREADY, "already_in"
        inserted = cur.one(statements.insert, (*head, ck._EVENT_OUTCOME[outcome].value, reason, tail))
        event_id = inserted[0] if inserted is not None else None
        break
    if event_id is None:
        raise ck.CheckInError("The check-in could not be recorded; scan again.")
    counts: dict[str, int] = {}
    if with_counts and not statements.sqlite:
        counts = _counts(cur, statements, point, day_value)  # READ COMMITTED: the same rows as after
    cur.commit()
    if with_counts and statements.sqlite:
        counts = _counts(cur, statements, point, day_value)  # autocommit reads: no write lock held
    return ck.CheckInOutcome(
        outcome=outcome, reason=reason, message=ck.REASONS.get(reason, reason), participant=info,
        first_checkin=first, event_id=event_id, day=day, place=point.place, session_id=point.session_id,
        scanned_code=code, badge_version=version, at=at, counts=counts,
    )
