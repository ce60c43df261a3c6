"""The "Session" tab of the session dialog: what the session is, when and where, languages, attendance.

A form saved with the dialog's Save button: the core checks it and names each
bad field; the message appears under that field (``show_problems``) and editing
the field clears it.  The notes under the room and the cap say at once what the
timetable will make of a choice (too few booths, no room, a cap only for forums).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.programme import timetable as tt
from conference_desk.core.programme.timetable import FORUM_TYPES, LANGUAGES, RoomInfo, SessionData, SessionInfo

from ..common import labels
from ..common.combos import refill_combo
from ..common.core_messages import translate_core
from ..common.i18n import locale_for, long_date as long_date_text
from .session_parts import ERROR_COLOUR, ERROR_STYLE, NOTE_STYLE, note_label

DEFAULT_START = dt.time(9, 0)
DEFAULT_MINUTES = 90


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


class SessionForm(QWidget):
    """Code, type, titles and descriptions; day, times and room; languages; attendance and cap.

    The dialog calls ``retranslate`` (at the start and on a language change) and ``fill``.
    """

    kind_changed = Signal(bool)  # the type changed: True for a forum (only forums take sign-ups)

    def __init__(self, days: list[dt.date], rooms: list[RoomInfo], settings: tt.ProgrammeSettings,
                 language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = days
        self.rooms = rooms
        self.settings = settings
        self.language = language
        self.field_errors: dict[str, QLabel] = {}
        self.field_widgets: dict[str, list[QWidget]] = {}
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setMaxLength(40)
        self.code.setMaximumWidth(160)
        self.type = QComboBox()
        self.type.setObjectName("type")
        self.type.currentIndexChanged.connect(self.type_changed)

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
        self.room_note = note_label()
        self.room_note.setObjectName("roomNote")

        self.interpretation = {lang: QCheckBox() for lang in LANGUAGES}
        self.floor = {lang: QCheckBox() for lang in LANGUAGES}
        for lang in LANGUAGES:
            self.interpretation[lang].setObjectName(f"interpretation_{lang}")
            self.interpretation[lang].toggled.connect(self._room_changed)
            self.floor[lang].setObjectName(f"floor_{lang}")
        self.floor_note = note_label()

        self.expected = QSpinBox()
        self.expected.setObjectName("expected_attendance")
        self.expected.setRange(0, 100_000)
        self.expected.setSingleStep(10)
        self.cap = QSpinBox()
        self.cap.setObjectName("max_sign_ups")
        self.cap.setRange(0, 100_000)
        self.cap.setSingleStep(10)
        self.cap.setMinimumWidth(180)
        self.cap_note = note_label()
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

        grid = QGridLayout(self)
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

    # -- building blocks -----------------------------------------------------------

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

    # -- filling the form ----------------------------------------------------------

    def fill(self, info: SessionInfo | None, default_day: dt.date | None) -> None:
        """Show ``info`` (None: a new session, on ``default_day`` if it is a conference day)."""
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

    def type_changed(self, *_args: object) -> None:
        """The cap, the notes and (through ``kind_changed``) the sign-ups tab follow the type."""
        forum = self.is_forum
        self.cap.setEnabled(forum)
        self.kind_changed.emit(forum)
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

    def session_data(self, session_id: int | None) -> SessionData:
        """The form's values as the core takes them, for session ``session_id`` (None: a new one)."""
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
            id=session_id,
        )

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        """Each (field, message) under its field; returns the others (and a summary) for under the tabs."""
        self.clear_problems()
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
        return general

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

    def clear_problems(self) -> None:
        for field in self.field_errors:
            self._clear_problem(field)

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

    def retranslate(self) -> None:
        self.what_box.setTitle(self.tr("What"))
        self.when_box.setTitle(self.tr("When and where"))
        # Words translated several ways across the application keep the session dialog's translation.
        self.lang_box.setTitle(QCoreApplication.translate("SessionDialog", "Languages"))
        self.numbers_box.setTitle(self.tr("Attendance"))
        self.code_label.setText(self.tr("Code *:"))
        self.code.setPlaceholderText(self.tr("e.g. TF1"))
        self.type_label.setText(self.tr("Type:"))
        language_names = {"en": QCoreApplication.translate("SessionDialog", "English"),
                          "fr": QCoreApplication.translate("SessionDialog", "French"),
                          "es": QCoreApplication.translate("SessionDialog", "Spanish")}
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
                             (self.region, regions)):
            refill_combo(combo, items)
        self._times_changed()
        self._room_changed()

