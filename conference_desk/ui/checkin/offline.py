"""Going on without the server: the banner that says so, and the upload of the queue when it returns.

Every check-in goes through ``core/desks/desk.Desk``: the server when it
answers, the desk's local copy when it does not.  The banner is plain, not an
error: since when the server is out of reach, and how many check-ins wait.  A
timer uploads the queue and refreshes the copy off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from conference_desk.core.desks.cache import DeskCache, SyncResult
from conference_desk.core.desks.desk import Desk
from conference_desk.core.foundation.errors import ConferenceDeskError

from ..common.core_messages import translate_core
from ..common.tasks import run_task


def desk_zone(desk: Desk) -> dt.tzinfo:
    """The conference's time zone, or UTC when neither the server nor a copy can tell it."""
    try:
        return desk.zone()
    except ConferenceDeskError:
        return dt.timezone.utc


class OfflineBanner(QLabel):
    """Hidden while the server answers; otherwise since when it does not, and what the desk does meanwhile."""

    def __init__(self, desk: Desk, cache: DeskCache | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.cache = cache
        self.setObjectName("offlineBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#offlineBanner { background: #fff4d6; color: #5f3b00; border: 2px solid #8a5a00;"
            " border-radius: 6px; padding: 8px; font-weight: bold; }")
        self.setVisible(False)

    def update_state(self) -> None:
        desk = self.desk
        if not desk.offline:
            self.setVisible(False)
            return
        since = desk.offline_since.astimezone(desk_zone(desk)).strftime("%H:%M") if desk.offline_since else "?"
        refreshed = desk.refreshed_at
        refreshed_text = refreshed.astimezone(desk_zone(desk)).strftime("%H:%M") if refreshed else "—"
        if self.cache is None or not self.cache.has_copy:
            text = self.tr("Server out of reach since %1 — this desk has no copy to decide scans from. "
                           "Check the network; scans resume when the server answers.").replace("%1", since)
        else:
            text = self.tr("Server out of reach since %1 — scans are decided from this desk's copy (refreshed %2) "
                           "and will be uploaded when it returns. %n waiting.", "", desk.pending) \
                .replace("%1", since).replace("%2", refreshed_text)
        self.setText(text)
        self.setVisible(True)


class DeskSync(QObject):
    """Uploads this desk's queue and refreshes its copy, off the GUI thread, while there is a copy to keep.

    ``pointed()`` gives the desk service pointed at the current check-in point, ``now()`` the
    moment whose day's admissions are copied (it may raise ConferenceDeskError).
    """

    said = Signal(str)  # a line for the status bar
    finished = Signal(object)  # SyncResult, or None when the server is still out of reach

    SYNC_MS = 10_000  # upload / refresh attempts
    REFRESH_EVERY_S = 60  # refresh the desk's copy while online

    def __init__(self, desk: Desk, cache: DeskCache | None, pointed: Callable[[], Desk],
                 now: Callable[[], dt.datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.cache = cache
        self.pointed = pointed
        self.now = now
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.SYNC_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Sync every few seconds from now on, and make a first copy at once (off the GUI thread)."""
        if self.cache is not None:
            self.timer.start()
            self.sync_now()

    def _tick(self) -> None:
        desk = self.desk
        refreshed = desk.refreshed_at
        stale = refreshed is None or (dt.datetime.now(dt.timezone.utc) - refreshed).total_seconds() \
            >= self.REFRESH_EVERY_S
        if desk.offline or stale or desk.pending:
            self.sync_now()

    def sync_now(self) -> bool:
        """Upload this desk's queue and refresh its copy, off the GUI thread."""
        if self.cache is None or self.busy:
            return False
        self.busy = True
        desk = self.pointed()
        try:
            now: dt.datetime | None = self.now()  # the chosen day's admissions are copied
        except ConferenceDeskError:
            now = None

        def done(result: SyncResult | None) -> None:
            self.busy = False
            if result is not None and (result.uploaded or result.duplicates or result.review):
                text = self.tr("Server back: %n check-in(s) from this desk uploaded.", "", result.uploaded)
                if result.duplicates:
                    text += " " + self.tr("%n person(s) admitted at two desks meanwhile (cross-desk duplicates).",
                                          "", len(result.duplicates))
                if result.review:
                    text += " " + self.tr("%n offline admission(s) to review (see “Checked in today…”).", "",
                                          len(result.review))
                self.said.emit(text)
            self.finished.emit(result)

        def failed(message: str) -> None:
            self.busy = False
            self.said.emit(translate_core(message))
            self.finished.emit(None)

        run_task(lambda _progress: desk.sync(now), done, failed, owner=self)
        return True
