"""The check-in counters, in large type: how many are in at this point today, of how many.

After a scan only that scan's fresh counts are used; the full count (with
"expected", a scan of every participant) runs when the point or the day
changes, never between two badges.  While shown, the counters are read again
every few seconds off the GUI thread, so desks that share a server agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks.desk import Desk

from ..common.tasks import run_task


class CheckInCounter(QLabel):
    """The counters of the current point and day; ``where()`` gives the desk (pointed there) and the day."""

    refreshed = Signal(bool)  # a read off the GUI thread ended: True if it gave counts
    POLL_MS = 3_000  # counters, while the screen is shown

    def __init__(self, where: Callable[[], tuple[Desk, dt.date]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinCounter")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.setFont(font)
        self.where = where
        self.counts: dict[str, Any] | None = None
        self._polling = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(self.POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()

    def update_counts(self, outcome: checkin.CheckInOutcome | None = None) -> None:
        """Counters for this point and day; after a scan, only its fresh counts are read.

        Raises ConferenceDeskError when the counts cannot be read (the old ones stay).
        """
        if outcome is not None and self.counts is not None and "checked_in" in outcome.counts:
            data = dict(self.counts)
            data["checked_in"] = outcome.counts["checked_in"]
            data["venue_checked_in"] = outcome.counts.get("venue_today", data.get("venue_checked_in", 0))
        else:
            desk, day = self.where()
            data = desk.counters(day)
        self.show_counts(data)

    def show_counts(self, data: dict[str, Any]) -> None:
        self.counts = data
        desk, _day = self.where()
        if desk.point.place == "venue":
            text = self.tr("Checked in today: %1 of %2 expected").replace("%1", str(data.get("checked_in", 0))) \
                .replace("%2", str(data.get("expected", 0)))
        else:
            text = self.tr("In this session: %1 (room capacity %2) · at the venue today: %3") \
                .replace("%1", str(data.get("checked_in", 0))).replace("%2", str(data.get("capacity", 0))) \
                .replace("%3", str(data.get("venue_checked_in", 0)))
        self.setText(text)

    # -- agreeing with the other desks ----------------------------------------------------

    def poll(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> bool:
        """Read the counters again off the GUI thread (another desk may have admitted people)."""
        if self._polling:
            return False
        self._polling = True
        desk, day = self.where()
        point = desk.point

        def loaded(data: dict[str, Any]) -> None:
            self._polling = False
            now_desk, now_day = self.where()
            if point == now_desk.point and day == now_day:
                self.show_counts(data)
            self.refreshed.emit(True)

        def failed(_message: str) -> None:
            self._polling = False
            self.refreshed.emit(False)

        run_task(lambda _progress: desk.counters(day), loaded, failed, owner=self)
        return True
