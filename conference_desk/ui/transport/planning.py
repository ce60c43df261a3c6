"""Making a plan and storing it: the planner off the GUI thread with progress and Cancel, then Apply or Discard.

Kept apart from the screen, which only says when (the button) and what follows (a
new read once a plan is stored); this object knows whether a plan is being made or
stored (``busy``), which the screen's moves and locks wait for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.transport import service as transport

from ..common.tasks import make_progress_dialog, run_task
from .message_line import MessageLine
from .plan_review import TransportPlanReview


class TransportPlanning(QObject):
    """Plan (progress, Cancel), show the plan in ``box``, Apply (one transaction) or Discard; news in ``message``."""

    busy_changed = Signal()
    plan_ready = Signal()  # a plan is shown for review
    applied = Signal(int)  # the plan was stored: this many runs

    def __init__(self, db: Database, box: TransportPlanReview, message: MessageLine, widget: QWidget) -> None:
        super().__init__(widget)
        self.db = db
        self.box = box
        self.message = message
        self.widget = widget  # the progress dialog's parent
        self.busy = False
        self.progress_dialog: Any = None
        box.apply_button.clicked.connect(self.apply)
        box.discard_button.clicked.connect(self.discard)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit()

    def make(self, time_limit: float) -> None:
        """Plan the runs off the GUI thread (progress and Cancel), then show the plan for review."""
        if self.busy:
            return
        self._set_busy(True)
        db = self.db
        self.progress_dialog = make_progress_dialog(self.widget, self.tr("Planning airport runs and shuttles…"),
                                                    self.tr("Plan transport"))
        self.progress_dialog.canceled.connect(self._cancelled)
        run_task(lambda progress: transport.make_plan(db, time_limit=time_limit, progress=progress),
                 self._ready, self._failed, owner=self.widget, progress_dialog=self.progress_dialog)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.message.show_message(self.tr("Planning cancelled; nothing was changed."))

    def _failed(self, message: str) -> None:
        self.box.apply_button.setEnabled(True)
        self._set_busy(False)
        self.message.show_error(message)

    def _ready(self, plan: transport.TransportPlan) -> None:
        self._set_busy(False)
        self.box.show_plan(plan)
        self.message.show_message(self.tr("Review the proposed plan, then Apply or Discard. Nothing is written yet."))
        self.plan_ready.emit()

    def apply(self) -> None:
        """Store the plan under review (one transaction: the runs that are not locked are replaced)."""
        plan = self.box.plan
        if plan is None or self.busy:
            return
        self._set_busy(True)
        self.box.apply_button.setEnabled(False)
        db = self.db
        run_task(lambda _progress: transport.apply_plan(db, plan, Actor()), self._applied, self._failed,
                 owner=self.widget)

    def _applied(self, stored: int) -> None:
        self.box.clear()
        self.box.apply_button.setEnabled(True)
        self._set_busy(False)
        self.message.show_message(self.tr("Plan applied: %n run(s) stored.", "", stored))
        self.applied.emit(stored)

    def discard(self) -> None:
        self.box.clear()
        self.message.show_message(self.tr("Proposed plan discarded; nothing was changed."))
