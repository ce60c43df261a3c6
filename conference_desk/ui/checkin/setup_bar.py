"""Where and who, shown read-only above the scan input: check-in point, day, desk and operator.

They are chosen in the desk set-up dialog (``desk_setup_dialog``), never in
fields beside the input where a scan could land.  Desk and operator are
remembered in the settings for the next start; a value a stray scan wrote there
is dropped.  The operator is the signed-in one when operators exist.  The
check-in point and the actor every check-in is recorded with follow from it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from conference_desk.core.checkin import service as checkin
from conference_desk.core.foundation import audit
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.info import get_conference

from ..common import session_state
from .desk_setup_dialog import MAX_DESK, MAX_OPERATOR, DeskSetup, DeskSetupDialog, name_problem


def setting_of(settings: QSettings | None, key: str, default: str) -> str:
    """A desk setting as text (the default without settings, as in tests and benchmarks)."""
    return str(settings.value(key, default)) if settings is not None else default


class DeskSetupBar(QWidget):
    """The desk set-up in one line, and the button that opens the dialog to change it."""

    chosen = Signal(object)  # the DeskSetup accepted in the dialog
    dialog_opened = Signal(object)  # the DeskSetupDialog, while it is open
    dialog_closed = Signal()  # the keyboard may go back to the scan input

    def __init__(self, db: Database, language: str, settings: QSettings | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.settings = settings
        with db.session() as session:
            conference = get_conference(session)
            self.days = _days(conference.arrival_date, conference.departure_date)
        self.sessions = checkin.checkin_sessions(db, language)
        self.setup = self._initial_setup()

        self.label = QLabel()
        self.label.setObjectName("deskSetupSummary")
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("deskSetupButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the scan input
        self.button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def _initial_setup(self) -> DeskSetup:
        """Desk and operator from the settings (a value a stray scan wrote there is dropped)."""
        desk = setting_of(self.settings, "checkin/desk", "").strip()
        if name_problem(desk, MAX_DESK):
            desk = session_state.desk_name(self.settings)
        operator_info = session_state.current_operator()
        if operator_info is not None:
            operator = operator_info.name
        else:
            operator = setting_of(self.settings, "checkin/operator", "").strip()
            if name_problem(operator, MAX_OPERATOR):
                operator = ""
        return DeskSetup(session_id=None, day=self._default_day(), desk=desk, operator=operator)

    def _default_day(self) -> dt.date:
        zone = checkin.conference_zone(self.db)
        today = dt.datetime.now(zone).date()
        if today in self.days:
            return today
        return self.days[min(1, len(self.days) - 1)]  # outside the event (training, demo): the first conference day

    def apply(self, setup: DeskSetup) -> bool:
        """Use ``setup`` from now on (desk and operator remembered); True if the point or the day changed."""
        changed_point = (setup.session_id, setup.day) != (self.setup.session_id, self.setup.day)
        self.setup = setup
        if self.settings is not None:
            self.settings.setValue("checkin/desk", setup.desk)
            if session_state.current_operator() is None:
                self.settings.setValue("checkin/operator", setup.operator)
        self.show_setup()
        return changed_point

    def open_dialog(self) -> DeskSetupDialog:
        dialog = DeskSetupDialog(self.setup, self.sessions, self.days,
                                 operator_fixed=session_state.current_operator() is not None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.chosen.emit(dialog.result_setup or self.setup))
        dialog.finished.connect(lambda _result: self.dialog_closed.emit())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def set_language(self, language: str) -> None:
        self.language = language
        self.sessions = checkin.checkin_sessions(self.db, language)

    def point(self) -> checkin.CheckInPoint:
        session_id = self.setup.session_id
        return checkin.CheckInPoint(
            place="session" if session_id else "venue", session_id=session_id,
            desk=self.setup.desk or session_state.default_desk_name(), operator=self.setup.operator,
            lang=self.language,
        )

    def actor(self) -> audit.Actor:
        return audit.Actor(operator=self.setup.operator, desk=self.setup.desk)

    def point_name(self) -> str:
        # "Venue entry" keeps the check-in screen's translation (the set-up dialog words it differently).
        if self.setup.session_id is None:
            return QCoreApplication.translate("CheckInScreen", "Venue entry")
        for session_id, _code, title, starts_at in self.sessions:
            if session_id == self.setup.session_id:
                return f"{starts_at:%H:%M} · {title}"
        return QCoreApplication.translate("CheckInScreen", "Venue entry")

    def show_setup(self) -> None:
        day = self.setup.day
        when = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        operator = self.setup.operator or self.tr("not set — choose “Change desk set-up…”")
        self.label.setText(
            self.tr("Checking in at: %1 · %2 · Desk: %3 · Operator: %4")
            .replace("%1", self.point_name()).replace("%2", when).replace("%3", self.setup.desk)
            .replace("%4", operator))
        self.label.setStyleSheet("" if self.setup.operator else "color: #8a5a00; font-weight: bold;")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.show_setup()
        self.button.setText(self.tr("Change desk set-up…"))


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
