"""The "People" tab of the session dialog: speakers, moderators, rapporteurs and panellists.

Every click writes at once, one audited transaction (adding someone to a new
session saves the session first); the line under the tab says what was done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.programme import timetable as tt

from ..common import labels
from ..common.combos import refill_combo
from ..common.core_messages import translate_core
from ..common.participant_picker import ParticipantPicker
from .session_parts import SessionHost, note_label, read_only_table, say


class SessionPeople(QWidget):
    """Who has a role in the session, and adding or removing one (the dialog calls ``retranslate``)."""

    def __init__(self, db: Database, language: str, host: SessionHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.host = host
        self.people_table = QTableWidget(0, 2)
        self.people_table.setObjectName("peopleTable")
        read_only_table(self.people_table)
        self.people_table.itemSelectionChanged.connect(self._people_selection)
        self.remove_person_button = QPushButton()
        self.remove_person_button.setObjectName("removePerson")
        self.remove_person_button.clicked.connect(self.remove_selected_person)
        self.person_picker = ParticipantPicker(self.db, self.language)
        self.person_picker.setObjectName("personPicker")
        self.person_picker.chosen.connect(lambda _pid: self._people_selection())
        self.person_picker.activated.connect(lambda _pid: self.add_person())
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.add_person_button = QPushButton()
        self.add_person_button.setObjectName("addPerson")
        self.add_person_button.clicked.connect(self.add_person)
        self.people_message = QLabel()
        self.people_message.setObjectName("peopleMessage")
        self.people_message.setWordWrap(True)
        self.people_note = note_label()

        self.add_person_box = QGroupBox()
        add = QGridLayout(self.add_person_box)
        add.addWidget(self.person_picker, 0, 0, 2, 1)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        add.addWidget(self.role_label, 0, 1)
        add.addWidget(self.role, 0, 2)
        add.addWidget(self.add_person_button, 1, 1, 1, 2, Qt.AlignmentFlag.AlignTop)
        add.setColumnStretch(0, 1)

        row = QHBoxLayout()
        row.addWidget(self.people_note, 1)
        row.addWidget(self.remove_person_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.people_table, 1)
        layout.addLayout(row)
        layout.addWidget(self.add_person_box)
        layout.addWidget(self.people_message)

    def show_people(self) -> None:
        info = self.host.info
        people = info.people if info is not None else ()
        self.people_table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setData(Qt.ItemDataRole.UserRole, (person.participant_id, person.role))
            self.people_table.setItem(row, 0, name)
            self.people_table.setItem(row, 1, QTableWidgetItem(labels.label("session_role", person.role)))
        self.people_table.resizeColumnToContents(0)
        self._people_selection()

    def _people_selection(self) -> None:
        self.remove_person_button.setEnabled(bool(self.people_table.selectedItems()))
        self.add_person_button.setEnabled(self.person_picker.participant_id is not None)

    def add_person(self) -> None:
        participant_id = self.person_picker.participant_id
        if participant_id is None or not self.host.ensure_saved():
            return
        session_id = self.host.session_id
        assert session_id is not None
        role = self.role.currentData()
        try:
            person = tt.add_person(self.db, session_id, participant_id, role, Actor())
        except ConferenceDeskError as exc:
            say(self.people_message, translate_core(message_of(exc)), error=True)
            return
        self.host.written()
        self.show_people()
        self.person_picker.clear()
        say(self.people_message, self.tr("%1 added as %2.").replace("%1", person.name)
            .replace("%2", labels.label("session_role", person.role).lower()))

    def remove_selected_person(self) -> None:
        items = self.people_table.selectedItems()
        session_id = self.host.session_id
        if not items or session_id is None:
            return
        participant_id, role = self.people_table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        name = self.people_table.item(items[0].row(), 0).text()
        try:
            tt.remove_person(self.db, session_id, participant_id, role, Actor())
        except ConferenceDeskError as exc:
            say(self.people_message, translate_core(message_of(exc)), error=True)
            return
        self.host.written()
        self.show_people()
        say(self.people_message, self.tr("%1 is no longer %2 in this session.").replace("%1", name)
            .replace("%2", labels.label("session_role", role).lower()))

    def retranslate(self) -> None:
        refill_combo(self.role, labels.items("session_role"))
        self.people_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.remove_person_button.setText(self.tr("Remove"))
        self.add_person_box.setTitle(self.tr("Add a speaker, moderator, rapporteur or panellist"))
        self.role_label.setText(self.tr("Role:"))
        self.add_person_button.setText(self.tr("Add"))
        new = self.host.session_id is None
        self.people_note.setText(self.tr("Adding someone saves the new session first.") if new
                                 else self.tr("Changes on this tab are saved at once."))
