"""The participant detail form: validates as you type, saves in one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.db import Database
from conference_desk.core.errors import ConferenceDeskError
from conference_desk.core.info import get_conference
from conference_desk.core.models import Gender, ParticipantStatus
from conference_desk.core.registration import (
    Choice,
    ValidationError,
    category_choices,
    delegation_choices,
    delegation_of_participant,
    hotel_choices,
    load_participant,
    save_participant,
    validate_participant,
)
from conference_desk.core.text import fold

from .. import labels
from ..core_messages import translate_core
from conference_desk.core.messages import message_of
from ..widgets.combos import refill_combo
from .participant_sessions import ParticipantSessionsBox

ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"


class ParticipantForm(QDialog):
    """Create (participant_id None) or edit one participant."""

    saved = Signal(int)

    TEXT_FIELDS = (
        "title", "given_name", "family_name", "given_name_latin", "family_name_latin", "badge_name",
        "position", "organisation", "city", "email", "phone", "room_type_request", "sharer_note",
        "dietary_needs",
    )

    def __init__(self, db: Database, participant_id: int | None = None, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ParticipantForm")
        self.db = db
        self.participant_id = participant_id
        self.language = language
        self.row_version: int | None = None
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
        self._row(self.travel_form, "departure_date", self.departure)
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
        # Forum sign-ups and roles: written at once, not with Save (a forum's places
        # are shared with every other desk).
        self.sessions_box = ParticipantSessionsBox(db, participant_id, language)
        right.addWidget(self.sessions_box)
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
        self.revalidate()

    # -- construction helpers ----------------------------------------------------

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        label = QLabel()
        self.labels[name] = label
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
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
            edit.setText(values.get(name) or "")
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
        self.needs_hotel.setChecked(bool(values["needs_hotel"]))
        self.hotel_funded.setChecked(bool(values["hotel_funded"]))
        self.preferred_hotel.setCurrentIndex(max(0, self.preferred_hotel.findData(values["preferred_hotel_id"])))
        self.accessibility.setPlainText(values.get("accessibility_needs") or "")
        self.notes.setPlainText(values.get("notes") or "")

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
        values["gender"] = self.gender.currentData()
        values["category_id"] = self.category.currentData()
        values["preferred_language"] = self.preferred_language.currentData()
        values["status"] = self.status.currentData()
        for edit, name in ((self.arrival, "arrival_date"), (self.departure, "departure_date")):
            values[name] = None if edit.date() == edit.minimumDate() else edit.date().toPython()
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
                                       "arrival_date": self.arrival, "departure_date": self.departure}
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
        if field in ("arrival_date", "departure_date"):
            return self.tr("%1: outside the conference period.").replace("%1", self.labels[field].text().rstrip(":"))
        label = self.labels.get(field)
        return self.tr("%1: too long.").replace("%1", label.text().rstrip(":") if label else field)

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
        except ConferenceDeskError as exc:
            self.problem_label.setText(translate_core(message_of(exc)))
            return
        self.saved.emit(self.saved_id)
        self.accept()

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
            "notes": self.tr("Notes"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text + ":")
        self.edits["badge_name"].setPlaceholderText(self.tr("Given and family name if empty"))
        self.edits["email"].setPlaceholderText("name@domain.org")
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
