"""The participant detail form: validates as you type, saves in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.info import get_conference
from conference_desk.core.foundation.models import Gender, ParticipantStatus
from conference_desk.core.people.registration import (
    Choice,
    ConcurrentEditError,
    ValidationError,
    category_choices,
    delegation_choices,
    delegation_of_participant,
    hotel_choices,
    load_participant,
    save_participant,
    validate_participant,
)
from conference_desk.core.foundation.text import fold

from conference_desk.core.people.sensitive import SENSITIVE_FIELDS, SENSITIVE_PERMISSION, mask_sensitive
from conference_desk.core.people.travel import (
    FLIGHT_FIELDS,
    LEAVES_BEFORE_LANDING,
    NOT_A_FLIGHT,
    TERMINAL_FIELDS,
    TERMINALS,
    TIME_FIELDS,
    clock_time,
    flight_number,
    time_text,
)

from ..common import labels, session_state
from ..common.i18n import DATE_FORMAT, date_text, parse_date
from ..common.core_messages import translate_core
from conference_desk.core.foundation.messages import message_of
from ..common.safe_dialogs import UnsavedChanges, primary_of
from ..common.combos import refill_combo

ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"


RecordSection = Callable[[Database, "int | None", str], QWidget]
"""Builds one part of a person's record owned by another capability: (database, participant id or
None for a new person, interface language) -> a widget placed in the form's right column."""


class ParticipantForm(QDialog):
    """Create (participant_id None) or edit one participant."""

    saved = Signal(int)

    TEXT_FIELDS = (
        "title", "given_name", "family_name", "given_name_latin", "family_name_latin", "badge_name",
        "position", "organisation", "city", "email", "phone", "room_type_request", "sharer_note",
        "dietary_needs", "passport_number", "date_of_birth",
    )

    def __init__(self, db: Database, participant_id: int | None = None, language: str = "en",
                 parent: QWidget | None = None, read_only: bool = False,
                 sections: Mapping[str, RecordSection] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ParticipantForm")
        self.read_only = read_only
        # A desk clerk sees passport, date of birth and phone masked (core/safety/privacy.py).
        self.sensitive_hidden = not session_state.may(SENSITIVE_PERMISSION)
        self.db = db
        self.participant_id = participant_id
        self.language = language
        self.row_version: int | None = None
        self.conflict_dialog: EditConflictDialog | None = None
        # How the conflict dialog is answered: exec() for people; tests put a function here.
        self.conflict_answer: Callable[[EditConflictDialog], int] = lambda dialog: dialog.exec()
        self.loaded_values: dict[str, Any] = {}
        self.problems: dict[str, str] = {}
        self.saved_id: int | None = None

        with db.session() as session:
            self.conference_period = _period(session)
            self.delegations = delegation_choices(session, language)
            self.categories = category_choices(session, language)
            self.hotels = hotel_choices(session)
            current_delegation = (None, None)
            if participant_id is not None:
                current_delegation = delegation_of_participant(session, participant_id)

        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in self.TEXT_FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(name)
            edit.textChanged.connect(self.revalidate)
        self.gender = QComboBox()
        self.category = QComboBox()
        for choice in self.categories:
            self.category.addItem(choice.label, choice.id)
        self.preferred_hotel = QComboBox()
        self.delegation = QComboBox()
        self.delegation.setObjectName("delegation")
        self.delegation.setEditable(True)
        self.delegation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.delegation.addItem("", None)
        for choice in self.delegations:
            self.delegation.addItem(choice.label, choice)
        completer = QCompleter([c.label for c in self.delegations], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.delegation.setCompleter(completer)
        self.delegation.currentTextChanged.connect(self.revalidate)
        for combo in (self.delegation, self.category, self.preferred_hotel):
            # Member State names can be very long: do not size the form by the longest.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.preferred_language = QComboBox()
        self.status = QComboBox()
        self.arrival = self._date_edit("arrival_date")
        self.departure = self._date_edit("departure_date")
        # Flights (issue 20): number, local time and terminal on the dates above.
        self.flights: dict[str, QLineEdit] = {name: self._flight_edit(name) for name in FLIGHT_FIELDS}
        self.times: dict[str, QLineEdit] = {name: self._time_edit(name) for name in TIME_FIELDS}
        self.terminals: dict[str, QComboBox] = {name: self._terminal_combo(name) for name in TERMINAL_FIELDS}
        self.own_transport = QCheckBox()
        self.own_transport.setObjectName("own_transport")
        self.field_names: dict[str, str] = {}  # fields without a label of their own (time, terminal)
        self.needs_hotel = QCheckBox()
        self.hotel_funded = QCheckBox()
        self.preferred_hotel.addItem("", None)
        for choice in self.hotels:
            self.preferred_hotel.addItem(choice.label, choice.id)
        self.accessibility = QPlainTextEdit()
        self.accessibility.setFixedHeight(48)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        self.labels: dict[str, QLabel] = {}
        self.identity = QGroupBox()
        self.identity_form = QFormLayout(self.identity)
        self._row(self.identity_form, "title", self.edits["title"])
        self._row(self.identity_form, "given_name", self.edits["given_name"])
        self._row(self.identity_form, "family_name", self.edits["family_name"])
        self._row(self.identity_form, "given_name_latin", self.edits["given_name_latin"])
        self._row(self.identity_form, "family_name_latin", self.edits["family_name_latin"])
        self._row(self.identity_form, "badge_name", self.edits["badge_name"])
        self._row(self.identity_form, "gender", self.gender)
        self._row(self.identity_form, "date_of_birth", self.edits["date_of_birth"])
        self._row(self.identity_form, "passport_number", self.edits["passport_number"])
        self.role_box = QGroupBox()
        self.role_form = QFormLayout(self.role_box)
        self._row(self.role_form, "delegation", self.delegation)
        self._row(self.role_form, "category_id", self.category)
        self._row(self.role_form, "position", self.edits["position"])
        self._row(self.role_form, "organisation", self.edits["organisation"])
        self._row(self.role_form, "city", self.edits["city"])
        self._row(self.role_form, "email", self.edits["email"])
        self._row(self.role_form, "phone", self.edits["phone"])
        self._row(self.role_form, "preferred_language", self.preferred_language)
        self._row(self.role_form, "status", self.status)
        self.travel_box = QGroupBox()
        self.travel_form = QFormLayout(self.travel_box)
        self._row(self.travel_form, "arrival_date", self.arrival)
        self._row(self.travel_form, "arrival_flight", self._flight_row("arrival"), self.flights["arrival_flight"])
        self._row(self.travel_form, "departure_date", self.departure)
        self._row(self.travel_form, "departure_flight", self._flight_row("departure"),
                  self.flights["departure_flight"])
        self._row(self.travel_form, "own_transport", self.own_transport)
        self._row(self.travel_form, "needs_hotel", self.needs_hotel)
        self._row(self.travel_form, "preferred_hotel_id", self.preferred_hotel)
        self._row(self.travel_form, "room_type_request", self.edits["room_type_request"])
        self._row(self.travel_form, "sharer_note", self.edits["sharer_note"])
        self._row(self.travel_form, "hotel_funded", self.hotel_funded)
        self._row(self.travel_form, "accessibility_needs", self.accessibility)
        self._row(self.travel_form, "dietary_needs", self.edits["dietary_needs"])
        self._row(self.travel_form, "notes", self.notes)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.identity)
        left.addWidget(self.role_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self.travel_box)
        # Parts of the record that belong to other capabilities (the person's sessions, what was
        # written to them): the shell passes them in, so this form knows none of them.
        self.sections: dict[str, QWidget] = {}
        for key, make in (sections or {}).items():
            self.sections[key] = make(db, participant_id, language)
            right.addWidget(self.sections[key])
        right.addStretch(1)
        columns.addLayout(right, 1)
        for form in (self.identity_form, self.role_form, self.travel_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        primary_of(self.buttons)  # Enter saves
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(1080, 700)

        self.retranslate()
        if participant_id is not None:
            self._load(participant_id, current_delegation[1], current_delegation[0])
        else:
            self.status.setCurrentIndex(self.status.findData(ParticipantStatus.REGISTERED.value))
            self.preferred_language.setCurrentIndex(self.preferred_language.findData(language))
            self.gender.setCurrentIndex(self.gender.findData(Gender.UNSPECIFIED.value))
            self.category.setCurrentIndex(max(0, self.category.findText(self._default_category())))
        if self.sensitive_hidden:
            for name in SENSITIVE_FIELDS:
                self.edits[name].setReadOnly(True)
        if read_only:
            self._make_read_only()
        self.revalidate()
        self.changes = UnsavedChanges(self)  # Escape or closing with changes asks first

    def reject(self) -> None:  # Escape, Cancel, the window's close button
        self.changes.confirm(lambda: QDialog.reject(self))

    def _make_read_only(self) -> None:
        """Look, do not touch: every field read-only, no Save (a desk clerk's view)."""
        for edit in self.edits.values():
            edit.setReadOnly(True)
        for text in (self.accessibility, self.notes):
            text.setReadOnly(True)
        for edit in (*self.flights.values(), *self.times.values()):
            edit.setReadOnly(True)
        for widget in (self.gender, self.category, self.preferred_hotel, self.delegation, self.preferred_language,
                       self.status, self.arrival, self.departure, self.needs_hotel, self.hotel_funded,
                       *self.terminals.values(), self.own_transport):
            widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(False)

    # -- construction helpers ----------------------------------------------------

    def _row(self, form: QFormLayout, name: str, widget: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel()
        self.labels[name] = label
        label.setBuddy(buddy or widget)
        form.addRow(label, widget)

    def _flight_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(20)
        edit.textChanged.connect(self.revalidate)
        # Written as stored once typed: "af179" -> "AF 179".
        edit.editingFinished.connect(lambda: edit.setText(flight_number(edit.text()) or edit.text()))
        return edit

    def _time_edit(self, name: str) -> QLineEdit:
        """A line edit, not a QTimeEdit: empty means "not known", and 14:35, 2:35 PM or 1435 all do."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(12)
        edit.textChanged.connect(self.revalidate)
        edit.editingFinished.connect(lambda: edit.setText(time_text(clock_time(edit.text())) or edit.text()))
        return edit

    def _terminal_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem("—", "")
        for code in TERMINALS:
            combo.addItem(code, code)
        combo.setCurrentIndex(-1)  # the placeholder ("Terminal") until one is chosen
        combo.currentIndexChanged.connect(self.revalidate)
        return combo

    def _flight_row(self, leg: str) -> QWidget:
        """Flight number, time and terminal side by side: one line of the travel box per flight."""
        row = QWidget()
        row.setObjectName(f"{leg}_flight_row")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.flights[f"{leg}_flight"], 1)
        line.addWidget(self.times[f"{leg}_time"])
        line.addWidget(self.terminals[f"{leg}_terminal"])
        return row

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        earliest, latest = self.conference_period
        # The minimum date stands for "not given" and shows as a dash.
        edit.setMinimumDate(_qdate(earliest - dt.timedelta(days=15)))
        edit.setMaximumDate(_qdate(latest + dt.timedelta(days=15)))
        edit.setSpecialValueText("—")
        edit.setDate(edit.minimumDate())
        edit.dateChanged.connect(self.revalidate)
        return edit

    def _default_category(self) -> str:
        for choice in self.categories:
            if choice.extra == "delegate":
                return choice.label
        return self.categories[0].label if self.categories else ""

    def _load(self, participant_id: int, member_state_id: int | None, delegation_id: int | None) -> None:
        values = load_participant(self.db, participant_id)
        self.row_version = values["row_version"]
        for name, edit in self.edits.items():
            value = values.get(name)
            if name in SENSITIVE_FIELDS and self.sensitive_hidden:
                edit.setText(mask_sensitive(value, name))
            elif isinstance(value, dt.date):
                edit.setText(date_text(value))  # as the date pickers show dates
            else:
                edit.setText(value or "")
        self.gender.setCurrentIndex(max(0, self.gender.findData(values["gender"].value)))
        self.category.setCurrentIndex(max(0, self.category.findData(values["category_id"])))
        self.preferred_language.setCurrentIndex(max(0, self.preferred_language.findData(values["preferred_language"].value)))
        self.status.setCurrentIndex(max(0, self.status.findData(values["status"].value)))
        for choice_index in range(1, self.delegation.count()):
            choice: Choice = self.delegation.itemData(choice_index)
            if (choice.kind == "state" and choice.id == member_state_id) or (
                choice.kind == "delegation" and choice.id == delegation_id
            ):
                self.delegation.setCurrentIndex(choice_index)
                break
        for edit, name in ((self.arrival, "arrival_date"), (self.departure, "departure_date")):
            day = values.get(name)
            edit.setDate(_qdate(day) if day else edit.minimumDate())
        for name, flight in self.flights.items():
            flight.setText(values.get(name) or "")
        for name, clock in self.times.items():
            clock.setText(time_text(values.get(name)))
        for name, combo in self.terminals.items():
            combo.setCurrentIndex(combo.findData(values[name]) if values.get(name) else -1)
        self.own_transport.setChecked(bool(values.get("own_transport")))
        self.needs_hotel.setChecked(bool(values["needs_hotel"]))
        self.hotel_funded.setChecked(bool(values["hotel_funded"]))
        self.preferred_hotel.setCurrentIndex(max(0, self.preferred_hotel.findData(values["preferred_hotel_id"])))
        self.accessibility.setPlainText(values.get("accessibility_needs") or "")
        self.notes.setPlainText(values.get("notes") or "")
        self.loaded_values = self.values()  # what the user started from (for a later conflict)

    # -- values and validation -----------------------------------------------------

    def selected_delegation(self) -> Choice | None:
        """The Member State or organisation typed or chosen (None if empty or unknown)."""
        text = fold(self.delegation.currentText())
        if not text:
            return None
        for index in range(1, self.delegation.count()):
            choice: Choice = self.delegation.itemData(index)
            if fold(choice.label) == text or fold(choice.extra) == text:
                return choice
        return None

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.edits.items()}
        if self.sensitive_hidden:
            for name in SENSITIVE_FIELDS:  # masked: never saved back
                values.pop(name, None)
        elif values.get("date_of_birth"):
            # Typed as the pickers show dates (31/12/1970) or as ISO; else left as text and
            # validation says "not a date".
            values["date_of_birth"] = parse_date(values["date_of_birth"]) or values["date_of_birth"]
        else:
            values["date_of_birth"] = None
        values["gender"] = self.gender.currentData()
        values["category_id"] = self.category.currentData()
        values["preferred_language"] = self.preferred_language.currentData()
        values["status"] = self.status.currentData()
        for edit, name in ((self.arrival, "arrival_date"), (self.departure, "departure_date")):
            values[name] = None if edit.date() == edit.minimumDate() else edit.date().toPython()
        for name, flight in self.flights.items():
            values[name] = flight.text().strip()
        for name, clock in self.times.items():
            # A time as typed (14:35, 2:35 PM, 1435); text that is none stays, for validation to name.
            typed = clock.text().strip()
            values[name] = (clock_time(typed) or typed) if typed else None
        for name, combo in self.terminals.items():
            values[name] = combo.currentData() or ""
        values["own_transport"] = self.own_transport.isChecked()
        values["needs_hotel"] = self.needs_hotel.isChecked()
        values["hotel_funded"] = self.hotel_funded.isChecked()
        values["preferred_hotel_id"] = self.preferred_hotel.currentData()
        values["accessibility_needs"] = self.accessibility.toPlainText().strip()
        values["notes"] = self.notes.toPlainText().strip()
        choice = self.selected_delegation()
        values["delegation_id"] = choice.id if choice and choice.kind == "delegation" else None
        if choice and choice.kind == "state":
            values["member_state_id"] = choice.id
        return values

    def revalidate(self) -> None:
        values = self.values()
        problems = {p.field: self._message(p.field, p.message) for p in validate_participant(values)}
        if self.delegation.currentText().strip() and self.selected_delegation() is None:
            problems["delegation"] = self.tr("Unknown country or organisation: choose one from the list.")
        self.problems = problems
        widgets: dict[str, QWidget] = {**self.edits, "delegation": self.delegation,
                                       "arrival_date": self.arrival, "departure_date": self.departure,
                                       **self.flights, **self.times, **self.terminals}
        for name, widget in widgets.items():
            widget.setStyleSheet(ERROR_STYLE if name in problems else "")
            widget.setToolTip(problems.get(name, ""))
        self.problem_label.setText("\n".join(problems.values()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def _message(self, field: str, core_message: str) -> str:
        """Translated message for a core validation problem."""
        if field == "family_name":
            return self.tr("Family name is required.")
        if field == "email":
            return self.tr("E-mail: not an e-mail address (name@domain.org).")
        if field == "departure_date" and "before arrival" in core_message:
            return self.tr("Departure is before arrival.")
        if field == "passport_number":
            return self.tr("Passport number: 5 to 20 letters or digits.")
        if field == "date_of_birth":
            return self.tr("Date of birth: a date (DD/MM/YYYY) in the past, less than 120 years ago.")
        if field in ("arrival_date", "departure_date"):
            return self.tr("%1: outside the conference period.").replace("%1", self.labels[field].text().rstrip(":"))
        template = getattr(core_message, "template", core_message)
        if field in FLIGHT_FIELDS and template == NOT_A_FLIGHT:
            return self.tr("%1: not a flight number (AM 401, AF179).").replace("%1", self._field_name(field))
        if field in FLIGHT_FIELDS:
            return self.tr("%1: give the date of the flight.").replace("%1", self._field_name(field))
        if field in TIME_FIELDS and template == LEAVES_BEFORE_LANDING:
            return self.tr("The departure flight leaves before the arrival flight lands.")
        if field in TIME_FIELDS:
            return self.tr("%1: not a time (14:35, 2:35 PM or 1435).").replace("%1", self._field_name(field))
        if field in TERMINAL_FIELDS:
            return self.tr("%1: T1 or T2.").replace("%1", self._field_name(field))
        label = self.labels.get(field)
        return self.tr("%1: too long.").replace("%1", label.text().rstrip(":") if label else field)

    def _field_name(self, field: str) -> str:
        """What the form calls a field: its label, or its name when it has none (a flight's time, terminal)."""
        if field in self.field_names:
            return self.field_names[field]
        return self.labels[field].text().rstrip(":* ") if field in self.labels else field

    def save(self) -> None:
        self.revalidate()
        if self.problems:
            return
        try:
            self.saved_id = save_participant(
                self.db, self.values(), self.participant_id, expected_version=self.row_version
            )
        except ValidationError as exc:
            self.problem_label.setText("\n".join(translate_core(p.message) for p in exc.problems))
            return
        except ConcurrentEditError as exc:
            self.resolve_conflict(exc)
            return
        except ConferenceDeskError as exc:
            self.problem_label.setText(translate_core(message_of(exc)))
            return
        self.saved.emit(self.saved_id)
        self.accept()

    # -- two people edited the same participant ---------------------------------

    def differences(self, theirs: dict[str, Any]) -> list[tuple[str, str, str]]:
        """(field label, your value, their value) where this form and the saved record differ."""
        mine = self.values()
        rows = []
        for name, value in mine.items():
            if name not in theirs:
                continue
            label = self._field_name(name)
            yours, saved = _shown(value), _shown(theirs[name])
            if yours != saved:
                rows.append((label, yours, saved))
        return rows

    def resolve_conflict(self, exc: ConcurrentEditError) -> None:
        """Someone saved in between: show both versions; keep theirs (reload) or save mine over theirs."""
        dialog = EditConflictDialog(self.differences(exc.theirs), exc.saved_by, self)
        self.conflict_dialog = dialog
        choice = self.conflict_answer(dialog)
        if choice == EditConflictDialog.KEEP_MINE:
            # Only what this user changed goes over the saved version; their other edits stay.
            mine = {k: v for k, v in self.values().items() if self.loaded_values.get(k) != v}
            try:
                self.saved_id = save_participant(self.db, mine, self.participant_id,
                                                 expected_version=exc.theirs.get("row_version"))
            except ValidationError as again:
                self.problem_label.setText("\n".join(translate_core(p.message) for p in again.problems))
                return
            except ConcurrentEditError as again:
                self.resolve_conflict(again)
                return
            except ConferenceDeskError as again:
                self.problem_label.setText(translate_core(message_of(again)))
                return
            self.saved.emit(self.saved_id)
            self.accept()
        elif choice == EditConflictDialog.KEEP_THEIRS:
            assert self.participant_id is not None
            with self.db.session() as session:
                delegation_id, member_state_id = delegation_of_participant(session, self.participant_id)
            self._load(self.participant_id, member_state_id, delegation_id)
            self.changes.mark_clean()
            self.problem_label.setText(self.tr("The form now shows the version saved by the other person."))
        else:
            self.problem_label.setText(translate_core(message_of(exc)))

    # -- text -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New participant") if self.participant_id is None else self.tr("Participant"))
        self.identity.setTitle(self.tr("Identity"))
        self.role_box.setTitle(self.tr("Delegation and role"))
        self.travel_box.setTitle(self.tr("Travel and hotel"))
        texts = {
            "title": self.tr("Title"), "given_name": self.tr("Given name"), "family_name": self.tr("Family name *"),
            "given_name_latin": self.tr("Given name (Latin script)"),
            "family_name_latin": self.tr("Family name (Latin script)"), "badge_name": self.tr("Name on badge"),
            "gender": self.tr("Gender"), "delegation": self.tr("Country or organisation"),
            "category_id": self.tr("Category"), "position": self.tr("Position"),
            "organisation": self.tr("Organisation"), "city": self.tr("City"), "email": self.tr("E-mail"),
            "phone": self.tr("Phone"), "preferred_language": self.tr("Language"), "status": self.tr("Status"),
            "arrival_date": self.tr("Arrival"), "departure_date": self.tr("Departure"),
            "needs_hotel": self.tr("Needs a hotel room"), "preferred_hotel_id": self.tr("Preferred hotel"),
            "room_type_request": self.tr("Room type"), "sharer_note": self.tr("Sharing with"),
            "hotel_funded": self.tr("Hotel paid by the organisers"),
            "accessibility_needs": self.tr("Accessibility needs"), "dietary_needs": self.tr("Dietary needs"),
            "notes": self.tr("Notes"), "passport_number": self.tr("Passport number"),
            "date_of_birth": self.tr("Date of birth"),
            "arrival_flight": self.tr("Arrival flight"), "departure_flight": self.tr("Departure flight"),
            "own_transport": self.tr("Own transport (no pick-up)"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text + ":")
        self.field_names = {
            "arrival_time": self.tr("Arrival time"), "arrival_terminal": self.tr("Arrival terminal"),
            "departure_time": self.tr("Departure time"), "departure_terminal": self.tr("Departure terminal"),
        }
        for name, widget in (*self.times.items(), *self.terminals.items()):
            widget.setAccessibleName(self.field_names[name])
        for name, flight in self.flights.items():
            flight.setPlaceholderText("AM 401")  # an example, the same in every language
            flight.setAccessibleName(self._field_name(name))
        for clock in self.times.values():
            clock.setPlaceholderText(self.tr("HH:MM"))
            metrics = clock.fontMetrics()  # wide enough for "00:00" and the placeholder, no wider
            clock.setFixedWidth(max(metrics.horizontalAdvance(text) for text in ("00:00", clock.placeholderText()))
                                + 2 * metrics.averageCharWidth() + 4)
        for combo in self.terminals.values():
            combo.setPlaceholderText(self.tr("Terminal"))
        self.edits["badge_name"].setPlaceholderText(self.tr("Given and family name if empty"))
        self.edits["email"].setPlaceholderText("name@domain.org")
        self.edits["date_of_birth"].setPlaceholderText(self.tr("DD/MM/YYYY"))
        for name in SENSITIVE_FIELDS:
            self.edits[name].setToolTip(self.tr("Hidden: your role does not show this field.")
                                        if self.sensitive_hidden else "")
        refill_combo(self.gender, labels.items("gender"))
        refill_combo(self.preferred_language, labels.items("language"))
        refill_combo(self.status, labels.items("status"))
        if hasattr(self, "buttons"):
            self.revalidate()



def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _period(session: Any) -> tuple[dt.date, dt.date]:
    conference = get_conference(session)
    return conference.arrival_date, conference.departure_date


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "✓" if value else "–"
    if isinstance(value, dt.time):
        return time_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value"):
        return str(value.value)
    return "" if value is None else str(value).strip()


class EditConflictDialog(QDialog):
    """Both versions side by side: the user's unsaved one and the one saved meanwhile."""

    KEEP_THEIRS, KEEP_MINE, DECIDE_LATER = 1, 2, 0

    def __init__(self, rows: list[tuple[str, str, str]], saved_by: tuple[str, str, dt.datetime] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else saved this participant"))
        who = self.tr("Someone else saved this participant while you were editing it.")
        if saved_by is not None:
            operator, desk, at = saved_by
            when = QLocale().toString(QDateTime(QDate(at.year, at.month, at.day),
                                                QTime(at.hour, at.minute)), QLocale.FormatType.ShortFormat)
            who = self.tr("%1 at desk %2 saved this participant at %3 (UTC) while you were editing it.") \
                .replace("%1", operator or "?").replace("%2", desk or "?").replace("%3", when)
        self.intro = QLabel(who + " " + self.tr("Here are both versions where they differ:"))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"), self.tr("Saved version")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox()
        self.theirs_button = buttons.addButton(self.tr("Keep the saved version"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button = buttons.addButton(self.tr("Save my version over it"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button.clicked.connect(lambda: self.done(self.KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self.done(self.KEEP_MINE))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 320)
