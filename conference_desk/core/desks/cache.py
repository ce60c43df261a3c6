"""A desk's local copy: decide scans while the server is out of reach, upload them later (no Qt).

Each desk keeps a small SQLite file of its own (default ``desk-cache.sqlite``
in the user data folder, next to the settings; any path can be given).  It is
*not* an Alembic-managed conference database: its simple schema is created
with SQLAlchemy Core metadata, and a refresh replaces its contents.

What it holds
-------------
* ``meta``: conference code, **badge secret** (the verification key), time
  zone, where it was copied from and when.
* ``participant`` (names, delegation in en/fr/es, category, hotel, status,
  stay dates; no photo), ``category``, ``session`` (room capacity), ``badge``
  (code, serial, version, printed, revoked).
* ``checkin``: the admissions the server had for the refreshed day (every place).
* ``queue``: every decision this desk made offline (nonce, code, participant,
  point, day, time, desk, operator, outcome) until it is uploaded; uploaded
  rows stay, marked, with what the server made of them.
* ``walkin``: walk-ins registered offline (their form values), merged on upload.

**Sensitive.** The file holds the conference's badge secret and the
participant list: it is as sensitive as the database itself.  It is created
readable by its owner only (mode 600 on POSIX); keep it on the desk's own
account, and delete it (``DeskCache.erase``) when the event is over.

Decisions offline (:func:`decide_offline`)
------------------------------------------
The same outcomes as ``core/checkin`` (admitted / already / rejected with the
same reason codes), from the copy:

* the signature is checked with the cached secret (``codes.CodeVerifier``),
  so forged, altered and other-conference codes are refused without the server;
* a genuine code is looked up by its serial: revoked → rejected, participant
  cancelled → rejected, admitted before at this place and day (server copy or
  this desk's queue) → already, naming desk and time;
* a genuine code **not in the copy** (a badge printed at another desk after the
  last refresh) is *admitted* with reason ``not_in_local_copy`` and queued: the
  signature proves that a desk holding the secret issued it, and the server
  settles who it is on upload (a code the server does not know either is then
  recorded as rejected ``unknown_code`` and reported in ``problems``).

Sign-up lists of sessions are not in the copy: ``require_sign_up`` is not
applied offline.

Upload (:func:`upload`)
-----------------------
Queued decisions are inserted with their own nonces through the core's
``INSERT ... ON CONFLICT DO NOTHING``, so a re-upload (or a scan whose first
attempt reached the server before the connection broke) is recognised and
skipped.  When the server already holds an admission of the same person at the
same place and day (another desk, online or offline), the queued admission is
stored as ``already_in`` with reason ``cross_desk_duplicate`` and listed in
``SyncResult.duplicates`` (who, which desks, both times): not lost, not counted
twice.  Walk-ins: a walk-in whose check-in nonce is on the server was merged
before; one the duplicate finder (``core/duplicates.score_pair``) matches to a
registered participant is checked in as that person; anyone else is registered
(``checkin.register_walk_in`` with the walk-in's nonce).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text as SqlText,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from ..checkin import service as checkin
from ..badges import codes
from ..checkin.decisions import (
    ADMITTED,
    ALREADY,
    REASONS,
    REJECTED,
    CheckInError,
    CheckInOutcome,
    CheckInPoint,
    FirstCheckIn,
    ParticipantInfo,
)
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text
from ..foundation.names import beside, latin_name, native_name
from ..foundation.paths import user_data_dir
from ..foundation.text import fold

CACHE_FILE = "desk-cache.sqlite"
SCHEMA_VERSION = "1"


class DeskCacheError(ConferenceDeskError):
    """The desk's copy cannot decide (never refreshed, unreadable file)."""


def default_cache_path() -> Path:
    """The desk's copy in the user data folder (next to the settings)."""
    return user_data_dir() / CACHE_FILE


# --------------------------------------------------------------------------
# Schema (SQLAlchemy Core, not Alembic: the file is a disposable copy)
# --------------------------------------------------------------------------

metadata = MetaData()

meta_table = Table("meta", metadata, Column("key", String, primary_key=True), Column("value", SqlText))

category_table = Table(
    "category", metadata,
    Column("code", String, primary_key=True),
    Column("label_en", String), Column("label_fr", String), Column("label_es", String),
    Column("colour", String), Column("text_colour", String), Column("sort_order", Integer),
)

participant_table = Table(
    "participant", metadata,
    Column("id", Integer, primary_key=True),  # server id; < 0: a walk-in registered offline
    Column("name", String), Column("full_name", String), Column("latin_name", String),
    Column("delegation_en", String), Column("delegation_fr", String), Column("delegation_es", String),
    Column("category_code", String), Column("hotel", String), Column("status", String),
    Column("arrival_date", String), Column("departure_date", String),
    Column("search", SqlText),  # folded words of the names, for typed search
)

session_table = Table(
    "session", metadata,
    Column("id", Integer, primary_key=True), Column("code", String), Column("room", String),
    Column("capacity", Integer), Column("expected", Integer),
)

badge_table = Table(
    "badge", metadata,
    Column("code", String, primary_key=True),
    Column("serial", String, index=True),  # hex of the 56-bit serial
    Column("badge_id", Integer), Column("participant_id", Integer, index=True),
    Column("version", Integer), Column("printed", Integer), Column("revoked", Integer),
)

checkin_table = Table(
    "checkin", metadata,
    Column("event_id", Integer, primary_key=True),
    Column("participant_id", Integer), Column("place", String), Column("session_id", Integer),
    Column("day", String), Column("desk", String), Column("operator", String), Column("at", String),
)

queue_table = Table(
    "queue", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("nonce", String, nullable=False, unique=True),
    Column("kind", String, nullable=False),  # scan / participant / walkin
    Column("code", String, default=""),
    Column("participant_id", Integer),  # None: genuine badge not in the copy
    Column("walkin_id", Integer),
    Column("badge_id", Integer), Column("badge_version", Integer),
    Column("place", String, nullable=False), Column("session_id", Integer),
    Column("day", String, nullable=False), Column("desk", String), Column("operator", String),
    Column("at", String, nullable=False),  # ISO, UTC
    Column("outcome", String, nullable=False), Column("reason", String, default=""),
    Column("uploaded_at", String),
    Column("server_event_id", Integer), Column("server_outcome", String), Column("server_reason", String),
)

walkin_table = Table(
    "walkin", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("nonce", String, nullable=False, unique=True),  # = its check-in's nonce
    Column("form", SqlText, nullable=False),  # JSON of the walk-in form
    Column("place", String), Column("session_id", Integer), Column("desk", String), Column("operator", String),
    Column("at", String, nullable=False),
    Column("participant_id", Integer),  # on the server, once merged
    Column("matched", Integer, default=0),  # merged into an existing participant (duplicate finder)
    Column("uploaded_at", String), Column("problem", SqlText, default=""),
)

# One admission per person, place and day in this desk's own queue (as on the server).
Index("uq_queue_admitted", queue_table.c.day, queue_table.c.place,
      func.coalesce(queue_table.c.session_id, 0), func.coalesce(queue_table.c.participant_id, queue_table.c.code),
      unique=True, sqlite_where=queue_table.c.outcome == ADMITTED)
Index("ix_checkin_person", checkin_table.c.day, checkin_table.c.place, checkin_table.c.participant_id)


def _iso(at: dt.datetime) -> str:
    return checkin._as_utc(at).isoformat(timespec="microseconds")


def _from_iso(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.timezone.utc)


class DeskCache:
    """One desk's local copy (an SQLite file)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                self.path.touch(mode=0o600)
            os.chmod(self.path, 0o600)
        except OSError as exc:
            raise DeskCacheError(Text("Cannot use the desk's copy {path}: {reason}.", path=str(self.path),
                                      reason=exc.strerror or str(exc))) from exc
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", future=True)

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout = 10000")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.close()

        @event.listens_for(self.engine, "begin")
        def _on_begin(connection: Any) -> None:
            # Take the write lock up front: a decision reads then writes, atomically.
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        metadata.create_all(self.engine)
        self._verifier: codes.CodeVerifier | None = None

    # -- meta --------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        with self.engine.begin() as conn:
            return {row.key: row.value for row in conn.execute(select(meta_table))}

    def _key(self) -> tuple[codes.CodeVerifier, Any]:
        meta = self.meta()
        if "badge_secret" not in meta:
            raise DeskCacheError(Text("This desk has no copy of the conference yet: connect to the server once."))
        verifier = self._verifier
        if verifier is None or verifier.conference_code != meta["conference_code"]:
            verifier = codes.CodeVerifier(bytes.fromhex(meta["badge_secret"]), meta["conference_code"])
            self._verifier = verifier
        return verifier, checkin._zone(meta.get("timezone", "UTC"))

    @property
    def refreshed_at(self) -> dt.datetime | None:
        value = self.meta().get("refreshed_at")
        return _from_iso(value) if value else None

    @property
    def has_copy(self) -> bool:
        return "badge_secret" in self.meta()

    def zone(self) -> dt.tzinfo:
        return checkin._zone(self.meta().get("timezone", "UTC"))

    def pending(self) -> int:
        """Decisions and walk-ins waiting for upload."""
        with self.engine.begin() as conn:
            scans = conn.execute(select(func.count()).select_from(queue_table)
                                 .where(queue_table.c.uploaded_at.is_(None))).scalar() or 0
        return int(scans)

    def close(self) -> None:
        self.engine.dispose()

    def erase(self) -> None:
        """Delete the copy (after the event: it holds the badge secret)."""
        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def open_cache(path: str | os.PathLike[str] | None = None) -> DeskCache:
    return DeskCache(path or default_cache_path())


# --------------------------------------------------------------------------
# Refresh: server -> copy
# --------------------------------------------------------------------------


def refresh(db: Database, cache: DeskCache, point: CheckInPoint | None = None,
            now: dt.datetime | None = None) -> dict[str, int]:
    """Copy what a desk needs from the server (bulk reads; one transaction on the copy).

    Admissions are copied for the conference's local day of ``now`` (default
    today), at every place.  Returns counts per kind.  Walk-ins registered
    offline and not uploaded yet are kept.
    """
    from sqlalchemy.orm import aliased

    from ..foundation.models import (
        Badge,
        Category,
        CheckInEvent,
        Conference,
        Delegation,
        Hotel,
        MemberState,
        Participant,
        Session,
        VenueRoom,
    )
    from ..foundation.models import CheckInOutcome as EventOutcome

    del point  # every place of the day is copied: the desk may switch points offline
    with db.engine.connect() as conn:
        conference = conn.execute(select(Conference.code, Conference.badge_secret, Conference.timezone)
                                  .limit(1)).first()
        if conference is None:
            raise CheckInError("This database holds no conference yet: run init first.")
        zone = checkin._zone(conference.timezone or "UTC")
        day = checkin._as_utc(now).astimezone(zone).date()
        state = aliased(MemberState)
        people = conn.execute(
            select(Participant.id, Participant.given_name, Participant.family_name, Participant.given_name_latin,
                   Participant.family_name_latin, Participant.badge_name, Participant.organisation,
                   Participant.status, Participant.arrival_date, Participant.departure_date,
                   Category.code.label("category_code"), state.name_en, state.name_fr, state.name_es,
                   Delegation.organisation_name, Hotel.name.label("hotel"))
            .join(Category, Participant.category_id == Category.id)
            .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
            .outerjoin(state, Delegation.member_state_id == state.id)
            .outerjoin(Hotel, Participant.preferred_hotel_id == Hotel.id)
        ).all()
        categories = conn.execute(select(Category.code, Category.label_en, Category.label_fr, Category.label_es,
                                         Category.colour, Category.text_colour, Category.sort_order)).all()
        sessions = conn.execute(select(Session.id, Session.code, VenueRoom.name, VenueRoom.capacity,
                                       Session.expected_attendance)
                                .outerjoin(VenueRoom, Session.venue_room_id == VenueRoom.id)).all()
        badges = conn.execute(select(Badge.id, Badge.participant_id, Badge.version, Badge.code, Badge.printed_at,
                                     Badge.revoked_at)).all()
        events = conn.execute(
            select(CheckInEvent.id, CheckInEvent.participant_id, CheckInEvent.place, CheckInEvent.session_id,
                   CheckInEvent.day, CheckInEvent.desk, CheckInEvent.operator, CheckInEvent.scanned_at)
            .where(CheckInEvent.day == day, CheckInEvent.outcome == EventOutcome.ADMITTED)
        ).all()

    participant_rows = []
    for row in people:
        full = native_name(row.given_name or "", row.family_name or "")  # CJK: family name first, no space
        latin = latin_name(row.given_name or "", row.family_name or "", row.given_name_latin or "",
                           row.family_name_latin or "")
        other = row.organisation_name or row.organisation or ""
        status = row.status.value if hasattr(row.status, "value") else str(row.status)
        participant_rows.append({
            "id": row.id, "name": row.badge_name or full, "full_name": full, "latin_name": latin,
            "delegation_en": row.name_en or other, "delegation_fr": row.name_fr or other,
            "delegation_es": row.name_es or other, "category_code": row.category_code, "hotel": row.hotel or "",
            "status": status, "arrival_date": row.arrival_date.isoformat() if row.arrival_date else None,
            "departure_date": row.departure_date.isoformat() if row.departure_date else None,
            "search": " ".join(sorted(set(fold(f"{full} {latin} {row.badge_name or ''}").split()))),
        })
    badge_rows = []
    for row in badges:
        parsed = codes.parse_code(row.code)
        badge_rows.append({"code": row.code, "serial": parsed.serial.hex() if parsed else "", "badge_id": row.id,
                           "participant_id": row.participant_id, "version": row.version,
                           "printed": int(row.printed_at is not None), "revoked": int(row.revoked_at is not None)})
    event_rows = [{
        "event_id": row.id, "participant_id": row.participant_id,
        "place": row.place.value if hasattr(row.place, "value") else str(row.place), "session_id": row.session_id,
        "day": row.day.isoformat(), "desk": row.desk, "operator": row.operator,
        "at": row.scanned_at.replace(tzinfo=dt.timezone.utc).isoformat(timespec="microseconds"),
    } for row in events]
    meta = {
        "schema": SCHEMA_VERSION, "conference_code": conference.code,
        "badge_secret": bytes(conference.badge_secret).hex(), "timezone": conference.timezone or "UTC",
        "source": db.describe(), "refreshed_at": _iso(dt.datetime.now(dt.timezone.utc)), "day": day.isoformat(),
    }
    with cache.engine.begin() as conn:
        previous = conn.execute(select(meta_table.c.value).where(meta_table.c.key == "conference_code")).scalar()
        if previous is not None and previous != conference.code:
            # Another conference: nothing of the old copy applies (its queue must have been uploaded).
            for table in (queue_table, walkin_table):
                conn.execute(delete(table))
        conn.execute(delete(meta_table))
        conn.execute(insert(meta_table), [{"key": k, "value": v} for k, v in meta.items()])
        conn.execute(delete(category_table))
        if categories:
            conn.execute(insert(category_table), [dict(row._mapping) for row in categories])
        conn.execute(delete(session_table))
        if sessions:
            conn.execute(insert(session_table), [
                {"id": r.id, "code": r.code, "room": r.name or "", "capacity": r.capacity,
                 "expected": r.expected_attendance} for r in sessions])
        conn.execute(delete(participant_table).where(participant_table.c.id > 0))
        if participant_rows:
            conn.execute(insert(participant_table), participant_rows)
        conn.execute(delete(badge_table))
        if badge_rows:
            conn.execute(insert(badge_table), badge_rows)
        conn.execute(delete(checkin_table))
        if event_rows:
            conn.execute(insert(checkin_table), event_rows)
    return {"participants": len(participant_rows), "badges": len(badge_rows), "checkins": len(event_rows),
            "sessions": len(sessions), "categories": len(categories)}


def forget_admission(cache: DeskCache, event_id: int) -> None:
    """An admission undone on the server: the copy must not call that person "already in"."""
    with cache.engine.begin() as conn:
        conn.execute(delete(checkin_table).where(checkin_table.c.event_id == event_id))


def remember_online(cache: DeskCache, outcome: CheckInOutcome, point: CheckInPoint) -> None:
    """Note a decision the server made (online) in the copy, so a desk going offline next knows it."""
    if outcome.participant is None or outcome.outcome == REJECTED:
        return
    if outcome.outcome == ADMITTED and outcome.event_id is not None and outcome.at is not None:
        row = {"event_id": outcome.event_id, "participant_id": outcome.participant.id, "place": point.place,
               "session_id": point.session_id, "day": outcome.day.isoformat(), "desk": point.desk,
               "operator": point.operator, "at": _iso(outcome.at)}
    elif outcome.outcome == ALREADY and outcome.first_checkin is not None:
        first = outcome.first_checkin
        row = {"event_id": first.event_id, "participant_id": outcome.participant.id, "place": point.place,
               "session_id": point.session_id, "day": outcome.day.isoformat(), "desk": first.desk,
               "operator": first.operator, "at": _iso(first.at)}
    else:
        return
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    with cache.engine.begin() as conn:
        conn.execute(sqlite_insert(checkin_table).on_conflict_do_nothing(), row)


# --------------------------------------------------------------------------
# Deciding offline
# --------------------------------------------------------------------------


def _info(conn: Any, participant_id: int, lang: str) -> ParticipantInfo | None:
    p = participant_table
    row = conn.execute(
        select(p, category_table.c.label_en, category_table.c.label_fr, category_table.c.label_es,
               category_table.c.colour, category_table.c.text_colour)
        .outerjoin(category_table, category_table.c.code == p.c.category_code).where(p.c.id == participant_id)
    ).first()
    if row is None:
        return None
    lang = lang if lang in ("en", "fr", "es") else "en"
    newest = conn.execute(select(badge_table.c.version, badge_table.c.printed, badge_table.c.revoked)
                          .where(badge_table.c.participant_id == participant_id)
                          .order_by(badge_table.c.version.desc()).limit(1)).first()
    if newest is None:
        version, badge_status = None, "none"
    else:
        version = newest.version
        badge_status = "revoked" if newest.revoked else "printed" if newest.printed else "not_printed"
    return ParticipantInfo(
        id=row.id, name=row.name, full_name=row.full_name, latin_name=row.latin_name,
        delegation=getattr(row, f"delegation_{lang}") or "", category_code=row.category_code or "",
        category_label=getattr(row, f"label_{lang}") or row.category_code or "",
        category_colour=row.colour or "#1f4e79", category_text_colour=row.text_colour or "#ffffff",
        hotel=row.hotel or "", status=row.status or "", badge_version=version, badge_status=badge_status,
    )


def _place_terms(table: Table, point: CheckInPoint, day: dt.date) -> list[Any]:
    terms = [table.c.day == day.isoformat(), table.c.place == point.place]
    if point.session_id is not None:
        terms.append(table.c.session_id == point.session_id)
    return terms


def _first_admission(conn: Any, point: CheckInPoint, day: dt.date, participant_id: int | None,
                     code: str, zone: dt.tzinfo) -> FirstCheckIn | None:
    """The earliest admission of this person (or of this unknown code) here today: server copy or queue."""
    found: list[tuple[dt.datetime, int, str, str]] = []
    if participant_id is not None:
        row = conn.execute(select(checkin_table).where(*_place_terms(checkin_table, point, day),
                                                       checkin_table.c.participant_id == participant_id)
                           .order_by(checkin_table.c.at).limit(1)).first()
        if row is not None:
            found.append((_from_iso(row.at), row.event_id, row.desk, row.operator))
    who = (queue_table.c.participant_id == participant_id) if participant_id is not None else and_(
        queue_table.c.participant_id.is_(None), queue_table.c.code == code)
    row = conn.execute(select(queue_table).where(*_place_terms(queue_table, point, day), who,
                                                 queue_table.c.outcome == ADMITTED)
                       .order_by(queue_table.c.at).limit(1)).first()
    if row is not None:
        found.append((_from_iso(row.at), row.server_event_id or 0, row.desk, row.operator))
    if not found:
        return None
    at, event_id, desk, operator = min(found, key=lambda item: item[0])
    return FirstCheckIn(event_id=event_id, at=at, at_local=at.astimezone(zone), desk=desk, operator=operator)


def _counts(conn: Any, point: CheckInPoint, day: dt.date) -> dict[str, int]:
    def admitted(place_point: CheckInPoint) -> int:
        server = select(checkin_table.c.participant_id.label("who")).where(
            *_place_terms(checkin_table, place_point, day))
        local = select(func.coalesce(queue_table.c.participant_id, queue_table.c.code).label("who")).where(
            *_place_terms(queue_table, place_point, day), queue_table.c.outcome == ADMITTED)
        union = server.union(local).subquery()
        return int(conn.execute(select(func.count()).select_from(union)).scalar() or 0)

    here = admitted(point)
    venue = here if point.place == "venue" else admitted(CheckInPoint())
    return {"checked_in": here, "venue_today": venue}


def _decide(cache: DeskCache, point: CheckInPoint, now: dt.datetime | None, nonce: str | None, *,
            kind: str, code: str = "", participant_id: int | None = None, rejection: str = "",
            badge_id: int | None = None, badge_version: int | None = None, walkin_id: int | None = None,
            lookup_code: bool = False) -> CheckInOutcome:
    verifier_zone = cache._key()
    zone = verifier_zone[1]
    at = checkin._as_utc(now)
    day = at.astimezone(zone).date()
    nonce = nonce or uuid.uuid4().hex
    with cache.engine.begin() as conn:
        replay = conn.execute(select(queue_table).where(queue_table.c.nonce == nonce)).first()
        if replay is not None:  # this scan was decided before: that decision stands
            info = _info(conn, replay.participant_id, point.lang) if replay.participant_id is not None else None
            return CheckInOutcome(
                outcome=replay.outcome, reason=replay.reason, message=REASONS.get(replay.reason, replay.reason),
                participant=info, first_checkin=None, event_id=None, day=day, place=point.place,
                session_id=point.session_id, scanned_code=replay.code or "", badge_version=replay.badge_version,
                at=at, replayed=True, counts=_counts(conn, point, day), offline=True)
        reason = rejection
        if lookup_code and not reason:
            parsed = codes.parse_code(code)
            badge = conn.execute(select(badge_table).where(
                or_(badge_table.c.code == code, badge_table.c.serial == (parsed.serial.hex() if parsed else "-")))
            ).first()
            if badge is None:
                reason = "not_in_local_copy"  # genuine (signed) but printed after the last refresh: admitted
            else:
                participant_id, badge_id, badge_version = badge.participant_id, badge.badge_id, badge.version
                if badge.revoked:
                    reason = "revoked"
        info = _info(conn, participant_id, point.lang) if participant_id is not None else None
        if not reason:
            if info is None:
                reason = "unknown_participant" if not code else "unknown_code"
            elif info.status == "cancelled":
                reason = "cancelled"
        outcome = REJECTED if reason and reason != "not_in_local_copy" else ADMITTED
        first = None
        if outcome == ADMITTED:
            first = _first_admission(conn, point, day, participant_id, code, zone)
            if first is not None:
                outcome, reason = ALREADY, "already_in"
        conn.execute(insert(queue_table), {
            "nonce": nonce, "kind": kind, "code": code[: checkin.MAX_SCANNED], "participant_id": participant_id,
            "walkin_id": walkin_id, "badge_id": badge_id, "badge_version": badge_version, "place": point.place,
            "session_id": point.session_id, "day": day.isoformat(), "desk": point.desk[:40],
            "operator": point.operator[:80], "at": _iso(at), "outcome": outcome, "reason": reason,
        })
        counts = _counts(conn, point, day)
    return CheckInOutcome(
        outcome=outcome, reason=reason, message=REASONS.get(reason, reason), participant=info,
        first_checkin=first, event_id=None, day=day, place=point.place, session_id=point.session_id,
        scanned_code=code, badge_version=badge_version, at=at, counts=counts, offline=True,
    )


def decide_offline(cache: DeskCache, text: str, point: CheckInPoint, now: dt.datetime | None = None, *,
                   nonce: str | None = None) -> CheckInOutcome:
    """Decide on a scanned code from the copy and queue the decision (see the module's notes)."""
    scanned = checkin.normalise_scan(text)
    if not scanned:
        raise CheckInError("Nothing was scanned.")
    verifier, _zone = cache._key()
    outcome, parsed = verifier.check(scanned)
    code = parsed.code if parsed is not None else scanned
    rejection = "" if outcome == codes.OUTCOME_OK else checkin._CODE_REJECTIONS.get(outcome, outcome)
    version = parsed.version if parsed is not None else None
    for _attempt in range(3):
        try:
            return _decide(cache, point, now, nonce, kind="scan", code=code, rejection=rejection,
                           badge_version=version, lookup_code=not rejection)
        except IntegrityError:  # another window of this desk admitted the same person at this instant
            continue
    raise CheckInError("The check-in could not be recorded; scan again.")


def check_in_participant_offline(cache: DeskCache, participant_id: int, point: CheckInPoint,
                                 now: dt.datetime | None = None, *, nonce: str | None = None) -> CheckInOutcome:
    """A person found by name, decided from the copy."""
    for _attempt in range(3):
        try:
            return _decide(cache, point, now, nonce, kind="participant", participant_id=int(participant_id))
        except IntegrityError:
            continue
    raise CheckInError("The check-in could not be recorded; scan again.")


def register_walk_in_offline(cache: DeskCache, values: Mapping[str, Any], point: CheckInPoint,
                             now: dt.datetime | None = None) -> tuple[int, CheckInOutcome]:
    """Queue a walk-in (validated as far as the copy allows) and admit them.

    Returns (local id, outcome); the local id is negative until the upload
    gives the walk-in a server id.  The server validates again on upload.
    """
    from ..people.registration import FieldProblem, ValidationError

    def text(name: str) -> str:
        value = values.get(name)
        return "" if value is None else str(value).strip()

    problems = []
    if not text("family_name"):
        problems.append(FieldProblem("family_name", "", "Family name is required."))
    if not text("country") and not text("organisation"):
        problems.append(FieldProblem("country", "", "Country or organisation is required."))
    category = text("category")
    with cache.engine.begin() as conn:
        known = list(conn.execute(select(category_table.c.code).order_by(category_table.c.sort_order)).scalars())
    if not category:
        problems.append(FieldProblem("category", "", "Category is required."))
    elif known and category not in known:
        problems.append(FieldProblem("category", category, f"Unknown category (known: {', '.join(known)})."))
    if problems:
        raise ValidationError(problems)
    cache._key()
    at = checkin._as_utc(now)
    nonce = uuid.uuid4().hex
    form = {key: (value if isinstance(value, (str, int, float, bool)) or value is None else str(value))
            for key, value in values.items()}
    full = " ".join(part for part in (text("given_name"), text("family_name")) if part)
    with cache.engine.begin() as conn:
        walkin_id = conn.execute(insert(walkin_table).returning(walkin_table.c.id), {
            "nonce": nonce, "form": json.dumps(form, ensure_ascii=False), "place": point.place,
            "session_id": point.session_id, "desk": point.desk[:40], "operator": point.operator[:80], "at": _iso(at),
        }).scalar_one()
        conn.execute(insert(participant_table), {
            "id": -walkin_id, "name": full, "full_name": full, "latin_name": full,
            "delegation_en": text("country") or text("organisation"),
            "delegation_fr": text("country") or text("organisation"),
            "delegation_es": text("country") or text("organisation"), "category_code": category, "hotel": "",
            "status": "confirmed", "search": " ".join(sorted(set(fold(full).split()))),
        })
    outcome = _decide(cache, point, at, nonce, kind="walkin", participant_id=-walkin_id, walkin_id=walkin_id)
    return -walkin_id, outcome


def counters(cache: DeskCache, point: CheckInPoint, day: dt.date | None = None) -> dict[str, Any]:
    """What the desk shows, from the copy: the server's admissions plus this desk's queue."""
    zone = cache.zone()
    if day is None:
        day = dt.datetime.now(dt.timezone.utc).astimezone(zone).date()
    with cache.engine.begin() as conn:
        here = _counts(conn, point, day)
        result: dict[str, Any] = {"day": day.isoformat(), "place": point.place, "session_id": point.session_id,
                                  "checked_in": here["checked_in"], "offline": True}
        if point.place == "venue":
            iso = day.isoformat()
            p = participant_table
            expected = conn.execute(select(func.count()).select_from(p).where(
                p.c.status != "cancelled", or_(p.c.arrival_date.is_(None), p.c.arrival_date <= iso),
                or_(p.c.departure_date.is_(None), p.c.departure_date >= iso))).scalar() or 0
            result.update(expected=int(expected), capacity=None)
        else:
            row = conn.execute(select(session_table).where(session_table.c.id == point.session_id)).first()
            result.update(expected=int(row.expected or 0) if row else 0, capacity=row.capacity if row else None,
                          room=row.room if row else "", session_code=row.code if row else "",
                          venue_checked_in=here["venue_today"])
    return result


def search(cache: DeskCache, text: str, point: CheckInPoint, now: dt.datetime | None = None,
           limit: int = 20) -> list[checkin.SearchMatch]:
    """People in the copy whose name words begin with every typed word."""
    wanted = fold(text).split()
    if not wanted:
        return []
    zone = cache.zone()
    day = checkin._as_utc(now).astimezone(zone).date()
    lang = point.lang if point.lang in ("en", "fr", "es") else "en"
    matches = []
    with cache.engine.begin() as conn:
        rows = conn.execute(select(participant_table).order_by(participant_table.c.full_name)).all()
        for row in rows:
            words = (row.search or "").split()
            if all(any(word.startswith(part) for word in words) for part in wanted):
                matches.append(row)
                if len(matches) >= limit:
                    break
        inside = {m.id for m in matches
                  if _first_admission(conn, point, day, m.id, "", zone) is not None}
        labels = {row.code: getattr(row, f"label_{lang}") or row.code
                  for row in conn.execute(select(category_table))}
    return [checkin.SearchMatch(id=m.id, name=beside(m.latin_name, m.full_name), latin_name=m.latin_name,
                                delegation=getattr(m, f"delegation_{lang}") or "", category=m.category_code or "",
                                status=m.status or "", checked_in=m.id in inside,
                                category_label=labels.get(m.category_code or "", m.category_code or ""))
            for m in matches]


# --------------------------------------------------------------------------
# Upload: copy -> server, exactly once
# --------------------------------------------------------------------------


@dataclass
class SyncResult:
    uploaded: int = 0  # queued decisions recorded on the server by this upload
    duplicates: list[dict[str, Any]] = field(default_factory=list)  # cross-desk duplicates
    refreshed: int = 0  # rows copied into the desk's copy by the refresh (participants + badges + check-ins)
    replayed: int = 0  # queued decisions the server already had (same nonce): skipped
    walk_ins: list[dict[str, Any]] = field(default_factory=list)  # merged walk-ins: local id -> participant
    problems: list[str] = field(default_factory=list)
    pending: int = 0  # still waiting after this sync
    refresh_counts: dict[str, int] = field(default_factory=dict)
    # Offline admissions the server's truth contradicts (badge revoked before the scan, registration
    # cancelled): recorded as admitted with a review reason, for a supervisor.
    review: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"uploaded": self.uploaded, "duplicates": self.duplicates, "refreshed": self.refreshed,
                "replayed": self.replayed, "walk_ins": self.walk_ins, "problems": list(self.problems),
                "review": list(self.review), "pending": self.pending, "refresh_counts": dict(self.refresh_counts)}


def _review_reason(conn: Any, participant_id: int | None, badge_id: int | None,
                   scanned_at: dt.datetime) -> tuple[str, dict[str, Any]]:
    """Why the server would not have admitted this offline admission ("" when it would have)."""
    from ..foundation.models import Badge, Participant, ParticipantStatus

    if badge_id is not None:
        badge = conn.execute(select(Badge.version, Badge.revoked_at, Badge.revoke_reason)
                             .where(Badge.id == badge_id)).first()
        if badge is not None and badge.revoked_at is not None \
                and badge.revoked_at.replace(tzinfo=dt.timezone.utc) <= scanned_at:
            return "offline_revoked", {"badge_version": badge.version,
                                       "revoked_at": badge.revoked_at.replace(tzinfo=dt.timezone.utc),
                                       "revoke_reason": badge.revoke_reason or ""}
    if participant_id is not None:
        status = conn.execute(select(Participant.status).where(Participant.id == participant_id)).scalar()
        if status is not None and (getattr(status, "value", status) == ParticipantStatus.CANCELLED.value):
            return "offline_cancelled", {}
    return "", {}


def _server_zone(conn: Any) -> dt.tzinfo:
    return checkin._zone(checkin._timezone_name(conn))


def _merge_walk_ins(db: Database, cache: DeskCache, result: SyncResult, only: str | None = None) -> None:
    from ..foundation.audit import Actor
    from ..people.duplicates import DEFAULT_THRESHOLD, PersonRecord, existing_records, score_pair
    from ..foundation.models import CheckInEvent, Delegation, MemberState
    from ..people.registration import ValidationError

    with cache.engine.begin() as conn:
        walk_ins = conn.execute(select(walkin_table).where(walkin_table.c.uploaded_at.is_(None))
                                .order_by(walkin_table.c.id)).all()
    if only is not None:  # registered in that operator's name: only they may upload it (see upload)
        walk_ins = [w for w in walk_ins if (w.operator or "").lower() == only]
    if not walk_ins:
        return
    with db.session() as session:
        records, display = existing_records(session)
        states = {iso3: delegation_id for iso3, delegation_id in session.execute(
            select(MemberState.iso3, Delegation.id).join(Delegation, Delegation.member_state_id == MemberState.id))}
    for walk_in in walk_ins:
        form = json.loads(walk_in.form)
        point = CheckInPoint(place=walk_in.place or "venue", session_id=walk_in.session_id,
                             desk=walk_in.desk or "", operator=walk_in.operator or "")
        with db.engine.connect() as conn:
            merged = conn.execute(select(CheckInEvent.participant_id)
                                  .where(CheckInEvent.nonce == walk_in.nonce)).first()
        participant_id: int | None = None
        matched = False
        if merged is not None and merged.participant_id is not None:
            participant_id = merged.participant_id  # uploaded before (the local mark was lost)
            result.replayed += 1
        else:
            country = str(form.get("country") or "").upper()
            record = PersonRecord(key="walk-in", given_name=str(form.get("given_name") or ""),
                                  family_name=str(form.get("family_name") or ""), email=str(form.get("email") or ""),
                                  delegation=f"d{states[country]}" if country in states else "")
            best = max(((score_pair(record, other)[0], other.key) for other in records), default=(0, None))
            if best[0] >= DEFAULT_THRESHOLD and best[1] is not None:
                participant_id, matched = int(best[1]), True  # the queued check-in is uploaded as this person
            else:
                try:
                    participant_id, outcome = checkin.register_walk_in(
                        db, form, point, Actor(operator=point.operator, desk=point.desk),
                        now=_from_iso(walk_in.at), nonce=walk_in.nonce)
                except ValidationError as exc:
                    problem = "; ".join(f"{p.field}: {p.message}" for p in exc.problems)
                    result.problems.append(str(Text("Walk-in {name} was not registered: {problem}",
                                                    name=record.given_name + " " + record.family_name,
                                                    problem=problem)))
                    with cache.engine.begin() as conn:
                        conn.execute(update(walkin_table).where(walkin_table.c.id == walk_in.id)
                                     .values(problem=problem))
                    continue
                result.uploaded += 1
                records.append(PersonRecord(key=participant_id, given_name=record.given_name,
                                            family_name=record.family_name, email=record.email,
                                            delegation=record.delegation))
                display[participant_id] = (f"{record.given_name} {record.family_name}".strip(), "")
        stamp = _iso(dt.datetime.now(dt.timezone.utc))
        with cache.engine.begin() as conn:
            conn.execute(update(walkin_table).where(walkin_table.c.id == walk_in.id)
                         .values(participant_id=participant_id, matched=int(matched), uploaded_at=stamp, problem=""))
            # Every queued decision about this walk-in now names the server's participant.
            mine = queue_table.c.participant_id == -walk_in.id
            try:
                with conn.begin_nested():
                    conn.execute(update(queue_table).where(mine).values(participant_id=participant_id))
            except IntegrityError:  # this desk admitted the matched person too: the walk-in's is a repeat
                conn.execute(update(queue_table).where(mine, queue_table.c.outcome == ADMITTED)
                             .values(outcome=ALREADY, reason="already_in"))
                conn.execute(update(queue_table).where(mine).values(participant_id=participant_id))
            if not matched:  # registered with the walk-in's own nonce: its check-in is on the server
                conn.execute(update(queue_table).where(queue_table.c.nonce == walk_in.nonce,
                                                       queue_table.c.uploaded_at.is_(None))
                             .values(uploaded_at=stamp, server_outcome=ADMITTED))
            conn.execute(delete(participant_table).where(participant_table.c.id == -walk_in.id))
        result.walk_ins.append({"local_id": -walk_in.id, "participant_id": participant_id, "matched": matched,
                                "name": display.get(participant_id, ("", ""))[0]})


def upload(db: Database, cache: DeskCache, *, batch: int = 200) -> SyncResult:
    """Insert the queue into the server exactly once (see the module's notes)."""
    from ..foundation.models import Badge, Participant
    from ..foundation.models import CheckInOutcome as EventOutcome
    from ..foundation.models import CheckInPlace

    result = SyncResult()
    only = _uploading_operator(db)
    mine = [] if only is None else [func.lower(func.coalesce(queue_table.c.operator, "")) == only]
    _merge_walk_ins(db, cache, result, only)
    while True:
        with cache.engine.begin() as conn:
            rows = conn.execute(select(queue_table).where(queue_table.c.uploaded_at.is_(None),
                                                          or_(queue_table.c.participant_id.is_(None),
                                                              queue_table.c.participant_id > 0), *mine)
                                .order_by(queue_table.c.id).limit(batch)).all()
        if not rows:
            break
        marks: list[dict[str, Any]] = []
        with db.engine.connect() as conn:
            zone = _server_zone(conn)
            conn.commit()
            for row in rows:
                participant_id, badge_id, reason = row.participant_id, row.badge_id, row.reason
                outcome = row.outcome
                if row.code and (participant_id is None or badge_id is None) and outcome != REJECTED:
                    badge = conn.execute(select(Badge.id, Badge.participant_id)
                                         .where(Badge.code == row.code)).first()
                    if badge is not None:
                        participant_id, badge_id = badge.participant_id, badge.id
                    elif participant_id is None:  # genuine signature, but the server knows no such badge
                        outcome, reason = REJECTED, "unknown_code"
                        result.problems.append(str(Text(
                            "{desk} admitted the code {code} at {time} while offline, but no such badge was "
                            "issued.", desk=row.desk, code=row.code,
                            time=_from_iso(row.at).astimezone(zone).strftime("%H:%M"))))
                if outcome == ADMITTED and reason == "not_in_local_copy":
                    reason = ""
                scanned_at = _from_iso(row.at).astimezone(dt.timezone.utc)
                if outcome == ADMITTED:
                    # The copy could not know of a reprint or a cancellation made after it was refreshed:
                    # the admission stands (the person is in) but is flagged for a supervisor.
                    review, facts = _review_reason(conn, participant_id, badge_id, scanned_at)
                    if review:
                        reason = review
                        name = conn.execute(select(Participant.given_name, Participant.family_name)
                                            .where(Participant.id == participant_id)).first()
                        who = " ".join(p for p in (name or ("", ""))[:2] if p) or (row.code or "")
                        when = scanned_at.astimezone(zone).strftime("%H:%M")
                        if review == "offline_revoked":
                            result.problems.append(str(Text(
                                "{desk} admitted {name} at {time} while offline with badge version {version}, "
                                "revoked at {revoked} ({why}): to review.", desk=row.desk, name=who, time=when,
                                version=facts["badge_version"], why=facts["revoke_reason"] or "-",
                                revoked=facts["revoked_at"].astimezone(zone).strftime("%Y-%m-%d %H:%M"))))
                        else:
                            result.problems.append(str(Text(
                                "{desk} admitted {name} at {time} while offline, but the registration is "
                                "cancelled: to review.", desk=row.desk, name=who, time=when)))
                        result.review.append({"participant_id": participant_id, "name": who, "reason": review,
                                              "desk": row.desk, "operator": row.operator or "",
                                              "at": scanned_at.astimezone(zone).isoformat(timespec="seconds"),
                                              "code": row.code or "", "nonce": row.nonce,
                                              **({"revoked_at": facts["revoked_at"].astimezone(zone)
                                                  .isoformat(timespec="seconds"),
                                                  "badge_version": facts["badge_version"]} if facts else {})})
                day = dt.date.fromisoformat(row.day)
                point = CheckInPoint(place=row.place, session_id=row.session_id, desk=row.desk or "",
                                     operator=row.operator or "")
                values = {
                    "participant_id": participant_id, "badge_id": badge_id, "place": CheckInPlace(row.place),
                    "session_id": row.session_id, "day": day, "desk": (row.desk or "")[:40],
                    "operator": (row.operator or "")[:80],
                    "scanned_at": _from_iso(row.at).astimezone(dt.timezone.utc).replace(tzinfo=None),
                    "nonce": row.nonce, "scanned_code": (row.code or "")[: checkin.MAX_SCANNED],
                }
                server_outcome = {ADMITTED: EventOutcome.ADMITTED, ALREADY: EventOutcome.ALREADY_IN,
                                  REJECTED: EventOutcome.REJECTED}[outcome]
                event_id = checkin._insert_event(conn, {**values, "outcome": server_outcome, "reason": reason})
                mark = {"id": row.id, "participant_id": participant_id, "server_event_id": event_id,
                        "server_outcome": outcome, "server_reason": reason}
                if event_id is not None:
                    result.uploaded += 1
                else:
                    replay = conn.execute(checkin._BY_NONCE, {"nonce": row.nonce}).first()
                    if replay is not None:  # recorded before (re-upload, or the server took it before the break)
                        result.replayed += 1
                        value = replay.outcome.value if hasattr(replay.outcome, "value") else str(replay.outcome)
                        mark.update(server_event_id=replay.id, server_outcome=checkin._DESK_OUTCOME.get(value, value),
                                    server_reason=replay.reason)
                    else:  # the server holds another admission of this person here today
                        first = checkin._first_admission(conn, point, day, participant_id)
                        first_at = first.scanned_at.replace(tzinfo=dt.timezone.utc) if first is not None else None
                        same_desk = first is not None and (first.desk or "") == values["desk"]
                        repeat_reason = "already_in" if same_desk else "cross_desk_duplicate"
                        if first is not None and first_at is not None and scanned_at < first_at \
                                and checkin.demote_admission(conn, first.id, repeat_reason):
                            # This offline admission came first: it is the admission, the later one the repeat.
                            event_id = checkin._insert_event(conn, {**values, "outcome": server_outcome,
                                                                    "reason": reason})
                            kept_id, repeat_id = event_id, first.id
                            mark.update(server_event_id=event_id, server_outcome=ADMITTED, server_reason=reason)
                            earliest = (row.desk, scanned_at, event_id)
                            later = (first.desk, first_at, first.id)
                        else:
                            event_id = checkin._insert_event(conn, {**values, "outcome": EventOutcome.ALREADY_IN,
                                                                    "reason": repeat_reason})
                            kept_id, repeat_id = (first.id if first is not None else None), event_id
                            mark.update(server_event_id=event_id, server_outcome=ALREADY, server_reason=repeat_reason)
                            earliest = (first.desk if first is not None else "", first_at, kept_id)
                            later = (row.desk, scanned_at, event_id)
                        result.uploaded += 1
                        if not same_desk:  # a true cross-desk duplicate (a desk's own repeat is not one)
                            name = conn.execute(select(Participant.given_name, Participant.family_name)
                                                .where(Participant.id == participant_id)).first()
                            result.duplicates.append({
                                "participant_id": participant_id,
                                "name": " ".join(p for p in (name or ("", ""))[:2] if p),
                                "place": row.place, "session_id": row.session_id, "day": row.day,
                                "desks": [earliest[0], later[0]],
                                "times": [t.astimezone(zone).isoformat(timespec="seconds") if t else ""
                                          for t in (earliest[1], later[1])],
                                "admission_event_id": kept_id, "repeat_event_id": repeat_id,
                                "first_event_id": kept_id, "event_id": event_id, "nonce": row.nonce,
                            })
                marks.append(mark)
            conn.commit()  # one server transaction per batch: all of it, or none (then re-sent)
        stamp = _iso(dt.datetime.now(dt.timezone.utc))
        with cache.engine.begin() as conn:
            for mark in marks:
                row_id = mark.pop("id")
                values = {**mark, "uploaded_at": stamp}
                try:
                    with conn.begin_nested():
                        conn.execute(update(queue_table).where(queue_table.c.id == row_id).values(**values))
                except IntegrityError:  # the person is in this desk's queue twice now: keep the code only
                    values.pop("participant_id")
                    conn.execute(update(queue_table).where(queue_table.c.id == row_id).values(**values))
    result.pending = cache.pending()
    if only is not None and result.pending:
        result.problems.append(str(Text(
            "{count} offline decision(s) of other operators wait until one of them signs in at this desk "
            "(a desk's role writes check-ins only in the signed-in operator's name).", count=result.pending)))
    return result


def _uploading_operator(db: Database) -> str | None:
    """On a server with ``desk_auth`` and a desk (clerk) role: the signed-in operator, lower case.

    Row-level security lets that role write check-in events only in the signed-in
    operator's name, so only their queued decisions go up; the others wait (reported).
    None: everything may go up (SQLite, or a role the policies do not restrict).
    """
    from sqlalchemy import text as sql_text

    from ..foundation import guarded

    if not guarded.uses_desk_auth(db.engine):
        return None
    with db.engine.connect() as conn:
        row = conn.execute(sql_text("SELECT current_user, desk_auth.session_name()")).one()
    if not str(row[0]).endswith("_clerk"):
        return None
    return str(row[1] or "").lower()


def sync(db: Database, cache: DeskCache, point: CheckInPoint | None = None,
         now: dt.datetime | None = None) -> SyncResult:
    """Upload the queue, then refresh the copy."""
    result = upload(db, cache)
    result.refresh_counts = refresh(db, cache, point, now)
    result.refreshed = sum(result.refresh_counts.get(k, 0) for k in ("participants", "badges", "checkins"))
    result.pending = cache.pending()
    return result


def queued(cache: DeskCache, *, pending_only: bool = True) -> list[dict[str, Any]]:
    """The queue as plain data (CLI, tests)."""
    with cache.engine.begin() as conn:
        query = select(queue_table).order_by(queue_table.c.id)
        if pending_only:
            query = query.where(queue_table.c.uploaded_at.is_(None))
        return [dict(row._mapping) for row in conn.execute(query)]


__all__ = [
    "CACHE_FILE", "DeskCache", "DeskCacheError", "SyncResult", "check_in_participant_offline", "counters",
    "decide_offline", "default_cache_path", "open_cache", "queued", "refresh", "register_walk_in_offline",
    "remember_online", "search", "sync", "upload",
]
