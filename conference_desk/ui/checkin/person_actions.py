"""The buttons under the check-in panel: what the clerk does for the person it shows, and walk-ins.

Undo, badge, badge name and note on the left, walk-in registration on the
right; none of them takes the keyboard from the scan input.  Badge, name and
note act on the person the panel shows (``person()``), never on someone no
longer shown, and wait for the server: a walk-in registered offline (a negative
local id) exists there only after the upload.  A walk-in is registered and
checked in through the desk in one step; the screen shows the outcome.  Undo
changes what the screen shows, so the screen connects that button itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QWidget

from conference_desk.core.badges import service as badge_service
from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks.desk import Desk
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.people.registration import load_participant, save_participant

from ..common.badge_printing import BadgePrinting
from ..common.core_messages import translate_core
from .walk_in import WalkInDialog


class PersonActions(QWidget):
    """Undo, print badge, correct badge name, add note | walk-in registration."""

    said = Signal(str)  # a line for the status bar
    done = Signal()  # an action ended here: the keyboard goes back to the scan input
    dialog_opened = Signal(object)  # the dialog just opened
    dialog_closed = Signal()  # the keyboard goes back once the window system hands activation back
    name_saved = Signal(str)  # the badge name as saved, for the panel
    registered = Signal(object)  # the CheckInOutcome of a walk-in just registered

    def __init__(self, db: Database, language: str, printing: BadgePrinting,
                 person: Callable[[], checkin.ParticipantInfo | None], desk: Callable[[], Desk],
                 now: Callable[[], dt.datetime], actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        """``person()``: who the panel shows; ``desk()``: the desk service pointed at the current point;
        ``now()`` and ``actor()``: when and by whom a walk-in is checked in."""
        super().__init__(parent)
        self.db = db
        self.language = language
        self.printing = printing
        self.person = person
        self.desk = desk
        self.now = now
        self.actor = actor
        self.walk_in_dialog: WalkInDialog | None = None
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printBadgeButton")
        self.print_button.clicked.connect(self.print_badge)
        self.badge_name_button = QPushButton()
        self.badge_name_button.clicked.connect(self.correct_badge_name)
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self.add_note)
        self.walk_in_button = QPushButton()
        self.walk_in_button.setObjectName("walkInButton")
        self.walk_in_button.clicked.connect(self.open_walk_in)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.undo_button, self.print_button, self.badge_name_button, self.note_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.walk_in_button)
        for button in (self.undo_button, self.print_button, self.badge_name_button, self.note_button,
                       self.walk_in_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retranslate()

    def set_enabled(self, has_person: bool, can_undo: bool) -> None:
        for button in (self.print_button, self.badge_name_button, self.note_button):
            button.setEnabled(has_person)
        self.undo_button.setEnabled(can_undo)

    def person_id(self) -> int | None:
        person = self.person()
        return None if person is None else person.id

    def _not_on_server(self, participant_id: int) -> bool:
        """A walk-in registered offline (negative local id) exists on the server only after the upload."""
        if participant_id < 0 or self.desk().offline:
            self.said.emit(self.tr("Not possible while the server is out of reach: "
                                   "try again when it returns."))
            self.done.emit()
            return True
        return False

    def print_badge(self) -> None:
        participant_id = self.person_id()
        if participant_id is None or self._not_on_server(participant_id):
            return
        if badge_service.has_printed_badge(self.db, participant_id):
            self.printing.ask_reprint(participant_id, self.person().name)  # type: ignore[union-attr]
        else:
            self.printing.print_single(participant_id)

    def correct_badge_name(self) -> QInputDialog | None:
        participant_id = self.person_id()
        if participant_id is None or self._not_on_server(participant_id):
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Name on the badge"))
        dialog.setLabelText(self.tr("Name as it should be printed on the badge:"))
        dialog.setTextValue(self.person().name)  # type: ignore[union-attr]
        dialog.textValueSelected.connect(lambda text: self._save_field(participant_id, "badge_name", text))
        dialog.finished.connect(lambda _result: self.dialog_closed.emit())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def add_note(self) -> QInputDialog | None:
        participant_id = self.person_id()
        if participant_id is None or self._not_on_server(participant_id):
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add a note"))
        dialog.setLabelText(self.tr("Note (kept with the participant's record):"))
        dialog.textValueSelected.connect(lambda text: self._add_note(participant_id, text))
        dialog.finished.connect(lambda _result: self.dialog_closed.emit())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _add_note(self, participant_id: int, text: str) -> None:
        if not text.strip():
            return
        notes = load_participant(self.db, participant_id).get("notes") or ""
        stamp = f"[{self.actor().desk}] {text.strip()}"
        self._save_field(participant_id, "notes", f"{notes}\n{stamp}".strip())

    def _save_field(self, participant_id: int, field: str, value: str) -> None:
        try:
            save_participant(self.db, {field: value.strip()}, participant_id)
        except ConferenceDeskError as exc:
            self.said.emit(translate_core(message_of(exc)))
        else:
            self.said.emit(self.tr("Saved."))
            if field == "badge_name":
                self.name_saved.emit(value.strip())
        self.done.emit()

    # -- walk-ins ---------------------------------------------------------------------------

    def open_walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self.db, self.language, self)
        dialog.submitted_values.connect(self._register_walk_in)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.dialog_closed.emit())
        dialog.open()
        self.walk_in_dialog = dialog
        self.dialog_opened.emit(dialog)
        return dialog

    def _register_walk_in(self, values: dict[str, Any], print_badge: bool) -> None:
        dialog = self.walk_in_dialog
        try:
            participant_id, outcome = self.desk().register_walk_in(values, self.now(), self.actor())
        except ConferenceDeskError as exc:
            problems = getattr(exc, "problems", None)
            if isinstance(dialog, WalkInDialog):
                dialog.show_problems(problems, translate_core(message_of(exc)))
            return
        if isinstance(dialog, WalkInDialog):
            dialog.saved = True
            dialog.accept()
        self.registered.emit(outcome)
        if print_badge and outcome.offline:
            self.said.emit(self.tr("Registered on this desk's copy: the badge can be printed when the "
                                   "server returns."))
        elif print_badge:
            self.said.emit(self.tr("Printing the badge…"))
            self.printing.print_single(participant_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo last check-in…"))
        self.print_button.setText(self.tr("Print badge"))
        self.badge_name_button.setText(self.tr("Correct badge name"))
        self.note_button.setText(self.tr("Add note"))
        self.walk_in_button.setText(self.tr("Walk-in registration…"))
