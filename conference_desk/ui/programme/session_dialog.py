"""Create or edit one programme session: what it is, when and where, who speaks, who signed up.

The "Session" tab is a form saved with Save (the core checks it and names each
bad field; the message appears under that field and the dialog stays open).
The "People" and "Sign-ups" tabs write at once, one audited transaction per
click (adding someone to a new session saves the session first).  ``exec()``
returns Accepted whenever anything was written, so the caller reloads.

The tabs are widgets of their own (``session_form``, ``session_people``,
``session_signups``); the dialog holds the session, saves, deletes and closes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.programme import timetable as tt
from conference_desk.core.programme.errors import SessionValidationError
from conference_desk.core.programme.timetable import RoomInfo, SessionInfo

from ..common.core_messages import translate_core
from ..common.safe_dialogs import UnsavedChanges, primary_of
from .session_form import SessionForm
from .session_parts import ERROR_COLOUR
from .session_people import SessionPeople
from .session_signups import SessionSignUps


class SessionDialog(QDialog):
    """Create (``session_id`` None) or edit one session of the programme."""

    def __init__(self, db: Database, session_id: int | None, language: str = "en", parent: QWidget | None = None,
                 default_day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionDialog")
        self.db = db
        self.session_id = session_id
        self.language = language
        self.saved_something = False
        self.deleted = False
        timetable = tt.load_timetable(db)
        self.days = list(timetable.days)
        self.rooms: list[RoomInfo] = sorted(timetable.rooms, key=lambda r: (r.sort_order, r.name))
        self.settings = timetable.settings
        self.info: SessionInfo | None = tt.session_info(db, session_id) if session_id is not None else None
        if self.info is not None and self.info.day is not None and self.info.day not in self.days:
            self.days.append(self.info.day)
            self.days.sort()

        self.form = SessionForm(self.days, self.rooms, self.settings, language)
        self.form.kind_changed.connect(self._kind_changed)
        self.people = SessionPeople(db, language, self)
        self.signups = SessionSignUps(db, language, self)
        # The tabs' fields and lists, reachable here as before.
        form, people, signups = self.form, self.people, self.signups
        self.code, self.type, self.titles, self.descriptions = form.code, form.type, form.titles, form.descriptions
        self.starts, self.ends, self.duration, self.cap = form.starts, form.ends, form.duration, form.cap
        self.field_errors = form.field_errors
        self.people_table, self.person_picker, self.role = people.people_table, people.person_picker, people.role
        self.add_person_button, self.remove_person_button = people.add_person_button, people.remove_person_button
        self.people_message = people.people_message
        self.placed_table, self.waiting_table = signups.placed_table, signups.waiting_table
        self.cancel_placed_button, self.cancel_waiting_button = (signups.cancel_placed_button,
                                                                 signups.cancel_waiting_button)
        self.signup_picker, self.add_signup_button = signups.signup_picker, signups.add_signup_button
        self.add_delegation_button = signups.add_delegation_button
        self.capacity_label, self.signup_message = signups.capacity_label, signups.signup_message

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.people, "")
        self.tabs.addTab(self.signups, "")

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.delete_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setObjectName("deleteSession")
        self.delete_button.clicked.connect(self.delete)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

        self.retranslate()
        self.form.fill(self.info, default_day)
        primary_of(self.buttons)  # Enter saves
        # Escape or closing with changes asks first; people and sign-ups are written at once.
        self.changes = UnsavedChanges(self, self.tabs.widget(0))
        self.form.type_changed()
        self.people.show_people()
        self.signups.show_signups()

    def _kind_changed(self, forum: bool) -> None:
        self.tabs.setTabEnabled(2, forum)
        self.tabs.setTabToolTip(2, "" if forum else self.tr("Only forums take sign-ups."))

    def selected_day(self) -> dt.date | None:
        return self.form.selected_day()

    # -- saving -----------------------------------------------------------------------

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Each (field, message) under its field; others (and a summary) under the tabs."""
        self.problem_label.clear()
        self.problem_label.hide()
        general = self.form.show_problems(problems)
        self.problem_label.setText("\n".join(general))
        self.problem_label.setVisible(bool(general))
        self.tabs.setCurrentIndex(0)

    def _clear_problems(self) -> None:
        self.form.clear_problems()
        self.problem_label.clear()
        self.problem_label.hide()

    def save_form(self) -> bool:
        """Write the "Session" tab; False (problems shown, nothing written) if the core refuses."""
        try:
            info = tt.save_session(self.db, self.form.session_data(self.session_id), Actor())
        except SessionValidationError as exc:
            self.show_problems([(p.field, p.message) for p in exc.problems])
            return False
        except ConferenceDeskError as exc:
            self._clear_problems()
            self.problem_label.setText(translate_core(message_of(exc)))
            self.problem_label.show()
            return False
        self._clear_problems()
        self.session_id, self.info = info.id, info
        self.saved_something = True
        self.retranslate()
        self.changes.mark_clean()
        return True

    def save(self) -> None:
        if self.save_form():
            self.accept()

    def reject(self) -> None:
        # People and sign-ups are written at once: the caller must reload even on Cancel.
        def close() -> None:
            if self.saved_something:
                self.done(QDialog.DialogCode.Accepted)
            else:
                QDialog.reject(self)

        self.changes.confirm(close)

    def ensure_saved(self) -> bool:
        """A new session is saved before people or sign-ups are added to it."""
        if self.session_id is not None:
            return True
        return self.save_form()

    def written(self) -> None:
        """The People or Sign-ups tab wrote: the caller must reload; the session is read again."""
        self.saved_something = True
        if self.session_id is not None:
            self.info = tt.session_info(self.db, self.session_id)

    # -- deleting ------------------------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        if self.session_id is None:
            return
        try:
            info = tt.session_info(self.db, self.session_id)
        except ConferenceDeskError as exc:
            self.problem_label.setText(translate_core(message_of(exc)))
            self.problem_label.show()
            return
        lines = [self.tr("Delete the session %1 “%2”?").replace("%1", info.code)
                 .replace("%2", info.title(self.language))]
        removed = []
        if info.people:
            removed.append(self.tr("%n person(s) with a role in it", "", len(info.people)))
        if info.sign_ups:
            removed.append(self.tr("%n sign-up(s)", "", info.sign_ups))
        if info.waitlist:
            removed.append(self.tr("%n on the waiting list", "", info.waitlist))
        if removed:
            lines.append(self.tr("This also removes: %1.").replace("%1", ", ".join(removed)))
        lines.append(self.tr("This cannot be undone."))
        if not self._confirm(self.tr("Delete session"), "\n\n".join(lines)):
            return
        try:
            tt.delete_session(self.db, self.session_id, Actor(), force=True)
        except ConferenceDeskError as exc:
            self.problem_label.setText(translate_core(message_of(exc)))
            self.problem_label.show()
            return
        self.deleted = True
        self.saved_something = True
        self.accept()


    # -- text ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.session_id is None:
            self.setWindowTitle(self.tr("New session"))
        else:
            code = self.info.code if self.info is not None else ""
            self.setWindowTitle(self.tr("Session %1").replace("%1", code))
        self.tabs.setTabText(0, self.tr("Session"))
        self.tabs.setTabText(1, self.tr("People"))
        self.tabs.setTabText(2, self.tr("Sign-ups"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setVisible(self.session_id is not None)
        self.form.retranslate()
        self.people.retranslate()
        self.signups.retranslate()
