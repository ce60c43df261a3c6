"""Today's admissions at this check-in point, and the reason asked before an undo.

The dialogs live in ``attendance_dialog``; this opens them for the check-in
screen.  The undo itself is the screen's (``undo`` is emitted with the event
and the reason), so the rules and the panel are the same whether the clerk
undoes the last check-in or one from today's list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks.desk import Desk
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of

from ..common.core_messages import translate_core
from .attendance_dialog import AttendanceDialog, UndoReasonDialog


class Admissions(QObject):
    """Opens the list of today's admissions and the undo-reason dialog over ``widget``."""

    undo = Signal(object, str)  # event id, reason: take this admission back
    said = Signal(str)  # a line for the status bar
    dialog_opened = Signal(object)  # the dialog just opened
    dialog_closed = Signal()  # the keyboard goes back once the window system hands activation back

    def __init__(self, desk: Callable[[], Desk], widget: QWidget) -> None:
        """``desk()`` gives the desk service pointed at the current check-in point."""
        super().__init__(widget)
        self.desk = desk
        self.widget = widget

    def ask_undo(self, event_id: int, name: str, after: Any = None, parent: QWidget | None = None) -> UndoReasonDialog:
        dialog = UndoReasonDialog(name, parent or self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self.undo.emit(event_id, dialog.text())
            if after is not None:
                after()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self.dialog_closed.emit())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def open_attendance(self, day: dt.date, point_name: str) -> AttendanceDialog:
        """Today's admissions at this point, with undo."""

        def load(text: str) -> list[checkin.AdmissionRow]:
            try:
                return self.desk().admissions(day, text)
            except ConferenceDeskError as exc:
                self.said.emit(translate_core(message_of(exc)))
                return []

        title = self.tr("Checked in — %1").replace("%1", point_name)
        dialog = AttendanceDialog(load, lambda row: None, title, self.widget)

        def undo(row: checkin.AdmissionRow) -> None:
            self.ask_undo(row.event_id, row.name, after=dialog.refresh, parent=dialog)

        dialog.undo = undo
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.dialog_closed.emit())
        dialog.open()
        return dialog
