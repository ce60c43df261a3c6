"""A check-in desk that survives a dropped network (no Qt).

``Desk(db, cache, point)`` is what the check-in screen and the CLI call: each
scan goes to the server (``core/checkin``); when the server cannot be reached
(connection refused, timed out, dropped), the desk switches to *offline*: the
scan — with the same nonce — is decided from the desk's copy
(``core/desk_cache.decide_offline``) and queued.  While offline, scans go
straight to the copy (no connect timeout per badge); :meth:`Desk.sync`, run in
the background every few seconds, uploads the queue and refreshes the copy as
soon as the server answers, and only then is the desk online again (so the
server sees this desk's offline admissions before its next online scan).

A scan whose request reached the server before the connection broke is decided
twice (server, then copy) under one nonce; the upload recognises the nonce and
keeps the server's decision.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from ..checkin import service as checkin
from . import cache as desk_cache
from ..checkin.decisions import CheckInOutcome, CheckInPoint
from ..foundation.db import Database
from .cache import DeskCache, SyncResult
from ..foundation.errors import ConferenceDeskError, DatabaseError
from ..foundation.messages import Text

T = TypeVar("T")


class ServerUnreachable(ConferenceDeskError):
    """The server cannot be reached and this desk has no copy to continue from."""


def is_connection_error(exc: BaseException) -> bool:
    """Whether ``exc`` means "the server is out of reach" (not a refusal or a bug)."""
    if isinstance(exc, PoolTimeoutError):
        return True
    if isinstance(exc, DatabaseError):  # open_database's own message for an unreachable server
        return "Cannot open database" in str(exc)
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        if isinstance(exc, (OperationalError, InterfaceError)):
            text = str(exc.orig or exc).lower()
            # SQLite's busy/locked file is contention, not a lost server.
            return not any(word in text for word in ("locked", "busy", "no such table", "syntax error"))
    return False


class Desk:
    """One desk's check-in: the server when it answers, the copy when it does not."""

    def __init__(self, db: Database, cache: DeskCache | None, point: CheckInPoint | None = None, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.db = db
        self.cache = cache
        self.point = point or CheckInPoint()
        self.clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self.offline = False
        self.offline_since: dt.datetime | None = None
        self.last_error = ""
        self.last_sync: SyncResult | None = None
        self._sync_lock = threading.Lock()
        # Held while deciding from the copy and while the last of the queue goes up before going
        # online again, so no offline decision is left behind by the switch.
        self._offline_lock = threading.Lock()

    # -- state -------------------------------------------------------------------

    def _go_offline(self, exc: BaseException) -> None:
        if not self.offline:
            self.offline = True
            self.offline_since = self.clock()
        orig = getattr(exc, "orig", None)
        self.last_error = (str(orig or exc).strip().splitlines() or [""])[0]

    def _need_cache(self, exc: BaseException) -> DeskCache:
        if self.cache is None or not self.cache.has_copy:
            raise ServerUnreachable(Text("The server is out of reach ({reason}) and this desk has no copy "
                                         "to continue from.", reason=self.last_error or str(exc))) from exc
        return self.cache

    def _server_or_copy(self, online: Callable[[], T], offline: Callable[[DeskCache], T]) -> T:
        if self.offline and self.cache is not None and self.cache.has_copy:
            with self._offline_lock:
                if self.offline:
                    return offline(self.cache)
        try:
            return online()
        except Exception as exc:  # noqa: BLE001 - only connection losses fall back
            if not is_connection_error(exc):
                raise
            self._go_offline(exc)
            cache = self._need_cache(exc)
            with self._offline_lock:
                return offline(cache)

    @property
    def pending(self) -> int:
        return self.cache.pending() if self.cache is not None else 0

    @property
    def refreshed_at(self) -> dt.datetime | None:
        return self.cache.refreshed_at if self.cache is not None else None

    def zone(self) -> dt.tzinfo:
        """The conference's time zone (from the copy when the server is out of reach)."""
        return self._server_or_copy(lambda: checkin.conference_zone(self.db), lambda cache: cache.zone())

    # -- check-in ------------------------------------------------------------------

    def _upload_queue_first(self) -> None:
        """Back online, this desk's offline decisions reach the server before any new one is made.

        Otherwise a person admitted offline here would be admitted again online (the server
        would not know yet).  A connection error propagates: the caller decides from the copy.
        """
        cache = self.cache
        if cache is None or not cache.has_copy or not cache.pending():
            return
        with self._offline_lock:
            if cache.pending():
                self.last_sync = desk_cache.upload(self.db, cache)

    def scan(self, text: str, now: dt.datetime | None = None) -> CheckInOutcome:
        nonce = uuid.uuid4().hex
        point = self.point

        def online() -> CheckInOutcome:
            self._upload_queue_first()
            outcome = checkin.check_in_code(self.db, text, point, now, nonce=nonce)
            self._remember(outcome, point)
            return outcome

        return self._server_or_copy(online, lambda cache: desk_cache.decide_offline(cache, text, point, now,
                                                                                    nonce=nonce))

    def check_in_participant(self, participant_id: int, now: dt.datetime | None = None) -> CheckInOutcome:
        nonce = uuid.uuid4().hex
        point = self.point

        def online() -> CheckInOutcome:
            self._upload_queue_first()
            outcome = checkin.check_in_participant(self.db, participant_id, point, now, nonce=nonce)
            self._remember(outcome, point)
            return outcome

        return self._server_or_copy(online, lambda cache: desk_cache.check_in_participant_offline(
            cache, participant_id, point, now, nonce=nonce))

    def register_walk_in(self, values: Mapping[str, Any], now: dt.datetime | None = None,
                         actor: Any = None) -> tuple[int, CheckInOutcome]:
        """Register and check in a walk-in; offline, queued (a negative local id until uploaded)."""
        point = self.point

        def online() -> tuple[int, CheckInOutcome]:
            self._upload_queue_first()
            return checkin.register_walk_in(self.db, values, point, actor, now)

        return self._server_or_copy(
            online,
            lambda cache: desk_cache.register_walk_in_offline(cache, values, point, now))

    def search(self, text: str, now: dt.datetime | None = None, limit: int = 20) -> list[checkin.SearchMatch]:
        point = self.point
        return self._server_or_copy(lambda: checkin.search(self.db, text, point, now, limit),
                                    lambda cache: desk_cache.search(cache, text, point, now, limit))

    def counters(self, day: dt.date | None = None) -> dict[str, Any]:
        point = self.point

        def offline(cache: DeskCache) -> dict[str, Any]:
            return desk_cache.counters(cache, point, day)

        return self._server_or_copy(lambda: checkin.counters(self.db, point, day), offline)

    def undo(self, event_id: int, reason: str, actor: Any, role: str,
             now: dt.datetime | None = None) -> checkin.UndoOutcome:
        """Take back an admission (on the server only: an undo is never decided from the copy)."""
        if self.offline:
            raise ServerUnreachable(Text("A check-in can be undone only while the server answers: "
                                         "try again when it returns."))
        try:
            result = checkin.undo_checkin(self.db, event_id, reason, actor, role, now, self.point.lang)
        except Exception as exc:  # noqa: BLE001
            if is_connection_error(exc):
                self._go_offline(exc)
                raise ServerUnreachable(Text("A check-in can be undone only while the server answers: "
                                             "try again when it returns.")) from exc
            raise
        if self.cache is not None and self.cache.has_copy:
            try:
                desk_cache.forget_admission(self.cache, result.undone_event_id)
            except Exception:  # noqa: BLE001 - the copy is refreshed from the server anyway
                pass
        return result

    def admissions(self, day: dt.date, search_text: str = "") -> list[checkin.AdmissionRow]:
        point = self.point
        return self._server_or_copy(lambda: checkin.admissions(self.db, point, day, search_text),
                                    lambda _cache: [])

    def _remember(self, outcome: CheckInOutcome, point: CheckInPoint) -> None:
        if self.cache is not None and self.cache.has_copy:
            try:
                desk_cache.remember_online(self.cache, outcome, point)
            except Exception:  # noqa: BLE001 - the copy is a help, never a reason to fail a scan
                pass

    # -- sync ----------------------------------------------------------------------

    def sync(self, now: dt.datetime | None = None) -> SyncResult | None:
        """Upload the queue and refresh the copy; back online when it worked.

        Returns None when the server is still out of reach (or another sync is
        running).  Safe to call from a worker thread.
        """
        if self.cache is None:
            return None
        if not self._sync_lock.acquire(blocking=False):
            return None
        try:
            result = desk_cache.sync(self.db, self.cache, self.point, now)
            with self._offline_lock:  # scans decided meanwhile go up before the desk is online again
                if self.cache.pending():
                    more = desk_cache.upload(self.db, self.cache)
                    result.uploaded += more.uploaded
                    result.replayed += more.replayed
                    result.duplicates += more.duplicates
                    result.walk_ins += more.walk_ins
                    result.problems += more.problems
                    result.pending = more.pending
                self.offline = False
                self.offline_since = None
                self.last_error = ""
        except Exception as exc:  # noqa: BLE001
            if not is_connection_error(exc):
                raise
            self._go_offline(exc)
            return None
        finally:
            self._sync_lock.release()
        self.last_sync = result
        return result


__all__ = ["Desk", "ServerUnreachable", "is_connection_error"]
