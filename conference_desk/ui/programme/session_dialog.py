"""Create or edit one programme session: what it is, when and where, who speaks, who signed up.

The "Session" tab is a form saved with Save (the core checks it and names each
bad field; the message appears under that field and the dialog stays open).
The "People" and "Sign-ups" tabs write at once, one audited transaction per
click (adding someone to a new session saves the session first).  ``exec()``
returns Accepted whenever anything was written, so the caller reloads.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.programme import signups
from conference_desk.core.programme import timetable as tt
from conference_desk.core.programme.errors import SessionValidationError
from conference_desk.core.programme.timetable import FORUM_TYPES, LANGUAGES, RoomInfo, SessionData, SessionInfo

from ..common import labels
from ..common.core_messages import translate_core
from ..common.safe_dialogs import UnsavedChanges, primary_of
from ..common.i18n import locale_for, long_date as long_date_text
from ..common.participant_picker import ParticipantPicker

ERROR_COLOUR = "#c62828"
ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"
NOTE_STYLE = "color: #555;"
DEFAULT_START = dt.time(9, 0)
DEFAULT_MINUTES = 90



def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


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
        self.field_errors: dict[str, QLabel] = {}
        self.field_widgets: dict[str, list[QWidget]] = {}
        timetable = tt.load_timetable(db)
        self.days = list(timetable.days)
        self.rooms: list[RoomInfo] = sorted(timetable.rooms, key=lambda r: (r.sort_order, r.name))
        self.settings = timetable.settings
        self.info: SessionInfo | None = tt.session_info(db, session_id) if session_id is not None else None
        if self.info is not None and self.info.day is not None and self.info.day not in self.days:
            self.days.append(self.info.day)
            self.days.sort()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(self._build_session_tab(), "")
        self.tabs.addTab(self._build_people_tab(), "")
        self.tabs.addTab(self._build_signups_tab(), "")

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
        self._fill(self.info, default_day)
        primary_of(self.buttons)  # Enter saves
        # Escape or closing with changes asks first; people and sign-ups are written at once.
        self.changes = UnsavedChanges(self, self.tabs.widget(0))
        self._type_changed()
        self._show_people()
        self._show_signups()

    # -- construction ------------------------------------------------------------

    def _field(self, name: str, *widgets: QWidget, extra: QWidget | None = None) -> QWidget:
        """The widgets of one field in a row, its (hidden) red message under them."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        if len(widgets) > 1 or isinstance(widgets[0], (QCheckBox, QSpinBox, QTimeEdit)):
            row.addStretch(1)
        column.addLayout(row)
        if extra is not None:
            column.addWidget(extra)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.hide()
        column.addWidget(error)
        self.field_errors[name] = error
        self.field_widgets.setdefault(name, []).extend(widgets)
        return box

    def _note(self) -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        return note

    def _build_session_tab(self) -> QWidget:
        page = QWidget()
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setMaxLength(40)
        self.code.setMaximumWidth(160)
        self.type = QComboBox()
        self.type.setObjectName("type")
        self.type.currentIndexChanged.connect(self._type_changed)

        self.titles = {lang: QLineEdit() for lang in LANGUAGES}
        self.descriptions = {lang: QPlainTextEdit() for lang in LANGUAGES}
        for lang in LANGUAGES:
            self.titles[lang].setObjectName(f"title_{lang}")
            self.titles[lang].setMaxLength(300)
            self.descriptions[lang].setObjectName(f"description_{lang}")
            self.descriptions[lang].setTabChangesFocus(True)
        self.text_tabs = QTabWidget()
        self.text_tabs.setObjectName("languageTabs")
        self.title_labels: dict[str, QLabel] = {}
        self.description_labels: dict[str, QLabel] = {}
        for lang in LANGUAGES:
            tab = QWidget()
            form = QFormLayout(tab)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.title_labels[lang] = QLabel()
            self.title_labels[lang].setBuddy(self.titles[lang])
            self.description_labels[lang] = QLabel()
            self.description_labels[lang].setBuddy(self.descriptions[lang])
            form.addRow(self.title_labels[lang], self._field(f"title_{lang}", self.titles[lang]))
            form.addRow(self.description_labels[lang],
                        self._field(f"description_{lang}", self.descriptions[lang]))
            self.text_tabs.addTab(tab, "")

        self.day = QComboBox()
        self.day.setObjectName("day")
        self.day.currentIndexChanged.connect(self._day_changed)
        self.starts = QTimeEdit()
        self.starts.setObjectName("starts_at")
        self.ends = QTimeEdit()
        self.ends.setObjectName("ends_at")
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._times_changed)
        self.to_label = QLabel("–")
        self.duration = QLabel()
        self.duration.setStyleSheet(NOTE_STYLE)

        self.room = QComboBox()
        self.room.setObjectName("room_id")
        self.room.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.room.setMinimumContentsLength(30)
        self.room.currentIndexChanged.connect(self._room_changed)
        self.room_note = self._note()
        self.room_note.setObjectName("roomNote")

        self.interpretation = {lang: QCheckBox() for lang in LANGUAGES}
        self.floor = {lang: QCheckBox() for lang in LANGUAGES}
        for lang in LANGUAGES:
            self.interpretation[lang].setObjectName(f"interpretation_{lang}")
            self.interpretation[lang].toggled.connect(self._room_changed)
            self.floor[lang].setObjectName(f"floor_{lang}")
        self.floor_note = self._note()

        self.expected = QSpinBox()
        self.expected.setObjectName("expected_attendance")
        self.expected.setRange(0, 100_000)
        self.expected.setSingleStep(10)
        self.cap = QSpinBox()
        self.cap.setObjectName("max_sign_ups")
        self.cap.setRange(0, 100_000)
        self.cap.setSingleStep(10)
        self.cap.setMinimumWidth(180)
        self.cap_note = self._note()
        self.region = QComboBox()
        self.region.setObjectName("region")

        self.what_box = QGroupBox()
        what = QFormLayout(self.what_box)
        what.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code_label, self.type_label = QLabel(), QLabel()
        self.code_label.setBuddy(self.code)
        self.type_label.setBuddy(self.type)
        what.addRow(self.code_label, self._field("code", self.code, self.type_label, self.type))
        self.field_errors["type"] = self.field_errors["code"]
        self.field_widgets["code"] = [self.code]
        self.field_widgets["type"] = [self.type]
        what.addRow(self.text_tabs)
        self.region_label = QLabel()
        self.region_label.setBuddy(self.region)
        what.addRow(self.region_label, self._field("region", self.region))

        self.when_box = QGroupBox()
        when = QFormLayout(self.when_box)
        when.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.day_label, self.time_label, self.room_label = QLabel(), QLabel(), QLabel()
        self.day_label.setBuddy(self.day)
        self.time_label.setBuddy(self.starts)
        self.room_label.setBuddy(self.room)
        when.addRow(self.day_label, self._field("day", self.day))
        times = self._field("starts_at", self.starts, self.to_label, self.ends, self.duration)
        # One message line serves both times (the core names either).
        self.field_errors["ends_at"] = self.field_errors["starts_at"]
        self.field_widgets["ends_at"] = [self.ends]
        self.field_widgets["starts_at"] = [self.starts]
        when.addRow(self.time_label, times)
        when.addRow(self.room_label, self._field("room_id", self.room, extra=self.room_note))

        self.lang_box = QGroupBox()
        langs = QFormLayout(self.lang_box)
        self.interpretation_label, self.floor_label = QLabel(), QLabel()
        langs.addRow(self.interpretation_label, self._field("interpretation", *self.interpretation.values()))
        langs.addRow(self.floor_label, self._field("floor_languages", *self.floor.values(), extra=self.floor_note))

        self.numbers_box = QGroupBox()
        numbers = QFormLayout(self.numbers_box)
        self.expected_label, self.cap_label = QLabel(), QLabel()
        self.expected_label.setBuddy(self.expected)
        self.cap_label.setBuddy(self.cap)
        numbers.addRow(self.expected_label, self._field("expected_attendance", self.expected))
        numbers.addRow(self.cap_label, self._field("max_sign_ups", self.cap, extra=self.cap_note))

        grid = QGridLayout(page)
        grid.addWidget(self.what_box, 0, 0, 1, 2)
        grid.addWidget(self.when_box, 1, 0, 1, 2)
        grid.addWidget(self.lang_box, 2, 0)
        grid.addWidget(self.numbers_box, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

        # Editing a field clears its message.
        self.code.textEdited.connect(lambda _t: self._clear_problem("code"))
        self.type.activated.connect(lambda _i: self._clear_problem("type"))
        for lang in LANGUAGES:
            self.titles[lang].textEdited.connect(lambda _t, n=f"title_{lang}": self._clear_problem(n))
            self.interpretation[lang].clicked.connect(lambda _c: self._clear_problem("interpretation"))
            self.floor[lang].clicked.connect(lambda _c: self._clear_problem("floor_languages"))
        self.room.activated.connect(lambda _i: self._clear_problem("room_id"))
        self.cap.valueChanged.connect(lambda _v: self._clear_problem("max_sign_ups"))
        self.expected.valueChanged.connect(lambda _v: self._clear_problem("expected_attendance"))
        self.region.activated.connect(lambda _i: self._clear_problem("region"))
        return page

    def _build_people_tab(self) -> QWidget:
        page = QWidget()
        self.people_table = QTableWidget(0, 2)
        self.people_table.setObjectName("peopleTable")
        self._read_only_table(self.people_table)
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
        self.people_note = self._note()

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
        layout = QVBoxLayout(page)
        layout.addWidget(self.people_table, 1)
        layout.addLayout(row)
        layout.addWidget(self.add_person_box)
        layout.addWidget(self.people_message)
        return page

    def _build_signups_tab(self) -> QWidget:
        page = QWidget()
        self.capacity_label = QLabel()
        self.capacity_label.setObjectName("capacityLine")
        font = self.capacity_label.font()
        font.setBold(True)
        self.capacity_label.setFont(font)
        self.placed_table = QTableWidget(0, 1)
        self.placed_table.setObjectName("placedTable")
        self.waiting_table = QTableWidget(0, 2)
        self.waiting_table.setObjectName("waitingTable")
        for table in (self.placed_table, self.waiting_table):
            self._read_only_table(table)
            table.itemSelectionChanged.connect(self._signup_selection)
        self.cancel_placed_button = QPushButton()
        self.cancel_placed_button.setObjectName("cancelPlaced")
        self.cancel_placed_button.clicked.connect(lambda: self.cancel_selected_sign_up(self.placed_table))
        self.cancel_waiting_button = QPushButton()
        self.cancel_waiting_button.setObjectName("cancelWaiting")
        self.cancel_waiting_button.clicked.connect(lambda: self.cancel_selected_sign_up(self.waiting_table))
        self.placed_box, self.waiting_box = QGroupBox(), QGroupBox()
        for box, table, button in ((self.placed_box, self.placed_table, self.cancel_placed_button),
                                   (self.waiting_box, self.waiting_table, self.cancel_waiting_button)):
            column = QVBoxLayout(box)
            column.addWidget(table, 1)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        lists = QHBoxLayout()
        lists.addWidget(self.placed_box, 3)
        lists.addWidget(self.waiting_box, 2)

        self.signup_picker = ParticipantPicker(self.db, self.language)
        self.signup_picker.setObjectName("signUpPicker")
        self.signup_picker.chosen.connect(lambda _pid: self._signup_selection())
        self.signup_picker.activated.connect(lambda _pid: self.add_sign_up())
        self.add_signup_button = QPushButton()
        self.add_signup_button.setObjectName("addSignUp")
        self.add_signup_button.clicked.connect(self.add_sign_up)
        self.add_signup_box = QGroupBox()
        self.add_delegation_button = QPushButton()
        self.add_delegation_button.setObjectName("addDelegation")
        self.add_delegation_button.clicked.connect(self.choose_delegation)
        add = QHBoxLayout(self.add_signup_box)
        add.addWidget(self.signup_picker, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_signup_button)
        buttons.addWidget(self.add_delegation_button)
        buttons.addStretch(1)
        add.addLayout(buttons)
        self.signup_message = QLabel()
        self.signup_message.setObjectName("signUpMessage")
        self.signup_message.setWordWrap(True)
        self.signup_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signup_note = self._note()

        layout = QVBoxLayout(page)
        layout.addWidget(self.capacity_label)
        layout.addLayout(lists, 1)
        layout.addWidget(self.add_signup_box)
        layout.addWidget(self.signup_message)
        layout.addWidget(self.signup_note)
        return page

    @staticmethod
    def _read_only_table(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setStretchLastSection(True)

    # -- filling the form ----------------------------------------------------------

    def _fill(self, info: SessionInfo | None, default_day: dt.date | None) -> None:
        if info is None:
            self.type.setCurrentIndex(max(0, self.type.findData("thematic_forum")))
            day = default_day.isoformat() if default_day in self.days else None
            self.day.setCurrentIndex(max(0, self.day.findData(day)))
            start = max(DEFAULT_START, self.settings.venue_opens)
            self.starts.setTime(_qtime(start))
            end = dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=DEFAULT_MINUTES)
            self.ends.setTime(_qtime(end.time()))
            self.room.setCurrentIndex(0)
            self._day_changed()
            return
        self.code.setText(info.code)
        self.type.setCurrentIndex(max(0, self.type.findData(info.type)))
        for lang in LANGUAGES:
            self.titles[lang].setText(info.titles.get(lang, ""))
            self.descriptions[lang].setPlainText(info.descriptions.get(lang, ""))
        self.day.setCurrentIndex(max(0, self.day.findData(info.day.isoformat() if info.day else None)))
        if info.starts_at is not None and info.ends_at is not None:
            self.starts.setTime(_qtime(info.starts_at.time()))
            self.ends.setTime(_qtime(info.ends_at.time()))
        self.room.setCurrentIndex(max(0, self.room.findData(info.room_id)))
        for lang in LANGUAGES:
            self.interpretation[lang].setChecked(lang in info.interpretation)
            self.floor[lang].setChecked(lang in info.floor_languages)
        self.expected.setValue(info.expected_attendance)
        self.cap.setValue(info.max_sign_ups or 0)
        self.region.setCurrentIndex(max(0, self.region.findData(info.region)))
        self._day_changed()
        self._room_changed()

    # -- reactions -------------------------------------------------------------------

    @property
    def is_forum(self) -> bool:
        return self.type.currentData() in FORUM_TYPES

    def _type_changed(self, *_args: object) -> None:
        forum = self.is_forum
        self.cap.setEnabled(forum)
        self.tabs.setTabEnabled(2, forum)
        self.tabs.setTabToolTip(2, "" if forum else self.tr("Only forums take sign-ups."))
        self._room_changed()

    def _day_changed(self, *_args: object) -> None:
        timed = self.day.currentData() is not None
        self.starts.setEnabled(timed)
        self.ends.setEnabled(timed)
        self._clear_problem("starts_at")
        self._times_changed()

    def _times_changed(self, *_args: object) -> None:
        if self.day.currentData() is None:
            self.duration.setText(self.tr("no time yet: the session is not on the timetable"))
            return
        minutes = self.starts.time().secsTo(self.ends.time()) // 60
        if minutes <= 0:
            self.duration.setText("")
        elif minutes % 60 == 0:
            self.duration.setText(self.tr("(%1 h)").replace("%1", str(minutes // 60)))
        else:
            self.duration.setText(self.tr("(%1 h %2 min)").replace("%1", str(minutes // 60))
                                  .replace("%2", f"{minutes % 60:02d}"))

    def selected_room(self) -> RoomInfo | None:
        room_id = self.room.currentData()
        return next((r for r in self.rooms if r.id == room_id), None)

    def _room_changed(self, *_args: object) -> None:
        room = self.selected_room()
        notes = []
        if room is None:
            notes.append(self.tr("Without a room the session waits in the list of sessions not scheduled."))
        else:
            wanted = [lang for lang in LANGUAGES if self.interpretation[lang].isChecked()]
            missing = [lang for lang in wanted if room.booths and room.booth_languages
                       and lang not in room.booth_languages]
            if wanted and (room.booths < len(wanted) or missing):
                notes.append(self.tr("This room has too few interpretation booths for these languages:"
                                     " the timetable will show a conflict."))
        self.room_note.setStyleSheet(NOTE_STYLE if room is None else "color: #8a5a00;")
        self.room_note.setText("\n".join(notes))
        self.room_note.setVisible(bool(notes))
        if room is not None:
            self.cap.setSpecialValueText(self.tr("Room capacity (%1)").replace("%1", str(room.capacity)))
        else:
            self.cap.setSpecialValueText(self.tr("Room capacity"))
        if self.is_forum:
            self.cap_note.setText(self.tr("Leave at “Room capacity” to offer all the room's places."))
        else:
            self.cap_note.setText(self.tr("Only forums take sign-ups."))

    # -- values and saving -------------------------------------------------------------

    def selected_day(self) -> dt.date | None:
        value = self.day.currentData()
        return dt.date.fromisoformat(value) if value else None

    def session_data(self) -> SessionData:
        """The form's values as the core takes them."""
        day = self.selected_day()
        starts_at = ends_at = None
        if day is not None:
            starts_at = dt.datetime.combine(day, self.starts.time().toPython())
            ends_at = dt.datetime.combine(day, self.ends.time().toPython())
        return SessionData(
            code=self.code.text().strip(),
            type=self.type.currentData(),
            title_en=self.titles["en"].text(), title_fr=self.titles["fr"].text(), title_es=self.titles["es"].text(),
            description_en=self.descriptions["en"].toPlainText(),
            description_fr=self.descriptions["fr"].toPlainText(),
            description_es=self.descriptions["es"].toPlainText(),
            starts_at=starts_at, ends_at=ends_at, room_id=self.room.currentData(),
            interpretation=tuple(lang for lang in LANGUAGES if self.interpretation[lang].isChecked()),
            floor_languages=tuple(lang for lang in LANGUAGES if self.floor[lang].isChecked()),
            expected_attendance=self.expected.value(),
            max_sign_ups=(self.cap.value() or None) if self.is_forum else None,
            region=self.region.currentData() or None,
            id=self.session_id,
        )

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Each (field, message) under its field; others (and a summary) under the tabs."""
        self._clear_problems()
        general = []
        texts: dict[int, tuple[QLabel, list[str]]] = {}
        for field, message in problems:
            text = translate_core(message)
            label = self.field_errors.get(field)
            if label is None:
                general.append(text)
                continue
            texts.setdefault(id(label), (label, []))[1].append(text)
            for widget in self.field_widgets.get(field, []):
                # Spin boxes and combos lose their native arrows under a style sheet: text fields only.
                if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    widget.setStyleSheet(ERROR_STYLE)
        for label, lines in texts.values():
            label.setText("\n".join(lines))
            label.show()
        if any(field.endswith(("_fr", "_es", "_en")) for field, _m in problems):
            first = next(f for f, _m in problems if f.endswith(("_fr", "_es", "_en")))
            self.text_tabs.setCurrentIndex(LANGUAGES.index(first[-2:]))
        if len(problems) > len(general):
            general.insert(0, self.tr("Not saved: correct the fields with a red message."))
        self.problem_label.setText("\n".join(general))
        self.problem_label.setVisible(bool(general))
        self.tabs.setCurrentIndex(0)

    def _clear_problem(self, field: str) -> None:
        label = self.field_errors.get(field)
        if label is not None:
            label.clear()
            label.hide()
        for widget in self.field_widgets.get(field, []):
            widget.setStyleSheet("")
        if field in ("starts_at", "ends_at"):
            for widget in (self.starts, self.ends):
                widget.setStyleSheet("")

    def _clear_problems(self) -> None:
        for field in self.field_errors:
            self._clear_problem(field)
        self.problem_label.clear()
        self.problem_label.hide()

    def save_form(self) -> bool:
        """Write the "Session" tab; False (problems shown, nothing written) if the core refuses."""
        try:
            info = tt.save_session(self.db, self.session_data(), Actor())
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

    def _ensure_saved(self) -> bool:
        """A new session is saved before people or sign-ups are added to it."""
        if self.session_id is not None:
            return True
        return self.save_form()

    def _refresh_info(self) -> None:
        if self.session_id is not None:
            self.info = tt.session_info(self.db, self.session_id)

    # -- people ------------------------------------------------------------------------

    def _show_people(self) -> None:
        people = self.info.people if self.info is not None else ()
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
        if participant_id is None or not self._ensure_saved():
            return
        assert self.session_id is not None
        role = self.role.currentData()
        try:
            person = tt.add_person(self.db, self.session_id, participant_id, role, Actor())
        except ConferenceDeskError as exc:
            self._say(self.people_message, translate_core(message_of(exc)), error=True)
            return
        self.saved_something = True
        self._refresh_info()
        self._show_people()
        self.person_picker.clear()
        self._say(self.people_message, self.tr("%1 added as %2.").replace("%1", person.name)
                  .replace("%2", labels.label("session_role", person.role).lower()))

    def remove_selected_person(self) -> None:
        items = self.people_table.selectedItems()
        if not items or self.session_id is None:
            return
        participant_id, role = self.people_table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        name = self.people_table.item(items[0].row(), 0).text()
        try:
            tt.remove_person(self.db, self.session_id, participant_id, role, Actor())
        except ConferenceDeskError as exc:
            self._say(self.people_message, translate_core(message_of(exc)), error=True)
            return
        self.saved_something = True
        self._refresh_info()
        self._show_people()
        self._say(self.people_message, self.tr("%1 is no longer %2 in this session.").replace("%1", name)
                  .replace("%2", labels.label("session_role", role).lower()))

    # -- sign-ups ----------------------------------------------------------------------

    def _show_signups(self, highlight: int | None = None) -> None:
        placed: list[signups.SignUpEntry] = []
        waiting: list[signups.SignUpEntry] = []
        if self.session_id is not None:
            placed, waiting = signups.sign_up_lists(self.db, self.session_id)
        self.placed_table.setRowCount(len(placed))
        for row, entry in enumerate(placed):
            item = QTableWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.participant_id)
            self.placed_table.setItem(row, 0, item)
            if entry.participant_id == highlight:
                self.placed_table.selectRow(row)
                self.placed_table.scrollToItem(item)
        self.waiting_table.setRowCount(len(waiting))
        for row, entry in enumerate(waiting):
            position = QTableWidgetItem(str(entry.position))
            position.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.waiting_table.setItem(row, 0, position)
            item = QTableWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.participant_id)
            self.waiting_table.setItem(row, 1, item)
        self.waiting_table.resizeColumnToContents(0)
        self._show_capacity(len(placed), len(waiting))
        self._signup_selection()

    def _show_capacity(self, placed: int, waiting: int) -> None:
        capacity = self.info.capacity if self.info is not None else None
        if self.session_id is None:
            text = self.tr("Nobody signed up yet.")
        elif capacity is None:
            text = self.tr("%1 signed up (no limit: the session has no room and no cap)").replace("%1", str(placed))
        else:
            text = self.tr("%1 of %2 places taken").replace("%1", str(placed)).replace("%2", str(capacity))
        if waiting:
            text += ", " + self.tr("%n waiting", "", waiting)
        elif capacity is not None and placed >= capacity:
            text += " — " + self.tr("full: the next sign-up goes on the waiting list")
        self.capacity_label.setText(text)

    def _signup_selection(self) -> None:
        sender = self.sender()
        # One selection at a time across the two lists.
        if sender is self.placed_table and self.placed_table.selectedItems():
            self.waiting_table.clearSelection()
        elif sender is self.waiting_table and self.waiting_table.selectedItems():
            self.placed_table.clearSelection()
        self.cancel_placed_button.setEnabled(bool(self.placed_table.selectedItems()))
        self.cancel_waiting_button.setEnabled(bool(self.waiting_table.selectedItems()))
        self.add_signup_button.setEnabled(self.signup_picker.participant_id is not None)

    def add_sign_up(self) -> None:
        participant_id = self.signup_picker.participant_id
        if participant_id is None or not self._ensure_saved():
            return
        assert self.session_id is not None
        try:
            result = signups.sign_up(self.db, self.session_id, participant_id, Actor())
        except ConferenceDeskError as exc:
            self._say(self.signup_message, translate_core(message_of(exc)), error=True)
            return
        self.saved_something = True
        self._refresh_info()
        self._show_signups(highlight=participant_id)
        self.signup_picker.clear()
        self._say(self.signup_message, translate_core(result.message), warning=result.waitlisted)

    def choose_delegation(self) -> None:
        """Ask which delegation, then sign all its members up at once."""
        try:
            choices = signups.delegations_for_sign_up(self.db, self.language)
        except ConferenceDeskError as exc:
            self._say(self.signup_message, translate_core(message_of(exc)), error=True)
            return
        labels_ = [self.tr("%1 (%n people)", "", members).replace("%1", name) for _id, name, members in choices]
        label, ok = QInputDialog.getItem(self, self.tr("Sign up a delegation"),
                                         self.tr("Every member of this delegation is signed up, or nobody:"),
                                         labels_, 0, False)
        if ok and label in labels_:
            self.sign_up_delegation(choices[labels_.index(label)][0])

    def sign_up_delegation(self, delegation_id: int) -> None:
        if not self._ensure_saved():
            return
        assert self.session_id is not None
        try:
            result = signups.sign_up_delegation(self.db, self.session_id, delegation_id, Actor())
        except ConferenceDeskError as exc:
            self._say(self.signup_message, translate_core(message_of(exc)), error=True)
            return
        self.saved_something = True
        self._refresh_info()
        self._show_signups()
        self._say(self.signup_message, translate_core(result.message), warning=bool(result.waitlisted))

    def cancel_selected_sign_up(self, table: QTableWidget) -> None:
        items = table.selectedItems()
        if not items or self.session_id is None:
            return
        name_column = table.columnCount() - 1
        participant_id = table.item(items[0].row(), name_column).data(Qt.ItemDataRole.UserRole)
        try:
            result = signups.cancel_sign_up(self.db, self.session_id, participant_id, Actor())
        except ConferenceDeskError as exc:
            self._say(self.signup_message, translate_core(message_of(exc)), error=True)
            return
        self.saved_something = True
        self._refresh_info()
        self._show_signups(highlight=result.promoted_id)
        self._say(self.signup_message, translate_core(result.message))

    def _say(self, label: QLabel, text: str, error: bool = False, warning: bool = False) -> None:
        colour = ERROR_COLOUR if error else "#8a5a00" if warning else "#2e7d32"
        label.setStyleSheet(f"color: {colour};")
        label.setText(text)

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

    def _day_text(self, day: dt.date) -> str:
        return long_date_text(locale_for(self.language), day, "dddd d MMMM yyyy")

    def _room_text(self, room: RoomInfo) -> str:
        text = self.tr("%1 — %2 places").replace("%1", room.name).replace("%2", str(room.capacity))
        if room.booths and room.booth_languages:
            booths = "/".join(lang.upper() for lang in room.booth_languages)
            text += ", " + self.tr("booths %1").replace("%1", booths)
        elif room.booths:
            text += ", " + self.tr("%n booth(s)", "", room.booths)
        else:
            text += ", " + self.tr("no booths")
        return text

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

        self.what_box.setTitle(self.tr("What"))
        self.when_box.setTitle(self.tr("When and where"))
        self.lang_box.setTitle(self.tr("Languages"))
        self.numbers_box.setTitle(self.tr("Attendance"))
        self.code_label.setText(self.tr("Code *:"))
        self.code.setPlaceholderText(self.tr("e.g. TF1"))
        self.type_label.setText(self.tr("Type:"))
        language_names = {"en": self.tr("English"), "fr": self.tr("French"), "es": self.tr("Spanish")}
        for i, lang in enumerate(LANGUAGES):
            self.text_tabs.setTabText(i, language_names[lang])
            self.title_labels[lang].setText(self.tr("Title *:") if lang == "en" else self.tr("Title:"))
            self.description_labels[lang].setText(self.tr("Description:"))
        self.titles["fr"].setPlaceholderText(self.tr("The English title is used when empty"))
        self.titles["es"].setPlaceholderText(self.tr("The English title is used when empty"))
        self.region_label.setText(self.tr("Region:"))
        self.day_label.setText(self.tr("Day:"))
        self.time_label.setText(self.tr("Time:"))
        self.room_label.setText(self.tr("Room:"))
        self.interpretation_label.setText(self.tr("Interpretation into:"))
        self.floor_label.setText(self.tr("Spoken from the floor:"))
        self.floor_note.setText(self.tr("None ticked: the same languages as the interpretation."))
        for lang in LANGUAGES:
            self.interpretation[lang].setText(language_names[lang])
            self.floor[lang].setText(language_names[lang])
        self.expected_label.setText(self.tr("Expected attendance:"))
        self.cap_label.setText(self.tr("Sign-up cap:"))

        days = [(None, self.tr("No time yet"))] + [(day.isoformat(), self._day_text(day)) for day in self.days]
        rooms = [(None, self.tr("Not scheduled (no room)"))] + [(r.id, self._room_text(r)) for r in self.rooms]
        regions = [(None, self.tr("— (not a regional forum)"))] + labels.items("region")
        for combo, items in ((self.type, labels.items("session_type")), (self.day, days), (self.room, rooms),
                             (self.region, regions), (self.role, labels.items("session_role"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        self.people_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.remove_person_button.setText(self.tr("Remove"))
        self.add_person_box.setTitle(self.tr("Add a speaker, moderator, rapporteur or panellist"))
        self.role_label.setText(self.tr("Role:"))
        self.add_person_button.setText(self.tr("Add"))
        new = self.session_id is None
        self.people_note.setText(self.tr("Adding someone saves the new session first.") if new
                                 else self.tr("Changes on this tab are saved at once."))
        self.placed_box.setTitle(self.tr("Signed up"))
        self.waiting_box.setTitle(self.tr("Waiting list"))
        self.placed_table.setHorizontalHeaderLabels([self.tr("Name")])
        self.waiting_table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Name")])
        self.cancel_placed_button.setText(self.tr("Cancel sign-up"))
        self.cancel_waiting_button.setText(self.tr("Remove from the waiting list"))
        self.add_signup_box.setTitle(self.tr("Sign someone up"))
        self.add_signup_button.setText(self.tr("Sign up"))
        self.add_delegation_button.setText(self.tr("A whole delegation…"))
        self.add_delegation_button.setToolTip(self.tr("Sign up every member of a delegation at once: all of them, or nobody"))
        rule = self.tr("When the forum is full, a sign-up goes on the waiting list; a cancelled place goes to"
                       " the first person waiting.")
        self.signup_note.setText((self.tr("Adding someone saves the new session first.") + " " + rule) if new
                                 else rule)
        if hasattr(self, "duration"):
            self._times_changed()
            self._room_changed()
        if self.session_id is not None and self.info is not None:
            self._show_capacity(self.info.sign_ups, self.info.waitlist)
