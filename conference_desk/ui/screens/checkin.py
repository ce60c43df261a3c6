"""Check-in at the desk: scan or type, see at once who it is and what to do.

Every check-in goes through ``core/desk.Desk``: the server when it answers,
the desk's local copy when it does not (a banner says so; a timer uploads the
queue off the GUI thread when the server returns).  The counters are read
again every few seconds while the screen is shown, so desks agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core import checkin
from conference_desk.core import desk_cache as desk_cache_module
from conference_desk.core.badges import service as badge_service
from conference_desk.core.db import Database
from conference_desk.core.desk import Desk
from conference_desk.core.desk_cache import DeskCache, SyncResult
from conference_desk.core.errors import ConferenceDeskError
from conference_desk.core.info import get_conference
from conference_desk.core.registration import load_participant, save_participant

from ..badge_printing import BadgePrinting
from ..core_messages import translate_core
from conference_desk.core.messages import message_of
from ..widgets.combos import refill_combo
from ..sounds import OutcomeSounds
from ..tasks import run_task
from ..widgets.camera_scanner import CameraScanner
from ..widgets.scan_input import ScanInput
from .walk_in import WalkInDialog

COLOURS = {
    "admitted": ("#1b5e20", "#e8f5e9"),
    "already": ("#8a5a00", "#fff4d6"),
    "rejected": ("#b71c1c", "#fdecea"),
}

# On or off must be visible at a glance (a muted desk, a camera left running).
TOGGLE_STYLE = (
    "QPushButton { padding: 4px 14px; border: 1px solid #9aa0a6; border-radius: 4px; background: #f1f3f4; }"
    " QPushButton:checked { background: #1a73e8; color: white; border-color: #1558b0; }"
)


class OutcomePanel(QFrame):
    """The large, unmistakable result of the last scan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(230)
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setObjectName("outcomeHeadline")
        self.name = QLabel()
        self.name.setObjectName("outcomeName")
        self.details = QLabel()
        self.details.setObjectName("outcomeDetails")
        self.reason = QLabel()
        self.reason.setObjectName("outcomeReason")
        for label, size, bold in ((self.headline, 2.4, True), (self.name, 2.0, True),
                                  (self.details, 1.2, False), (self.reason, 1.3, True)):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * size)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        self.outcome = ""

    def show_outcome(self, outcome: str, headline: str, name: str, details: str, reason: str) -> None:
        self.outcome = outcome
        text, background = COLOURS.get(outcome, ("#333333", "#f0f0f0"))
        self.setStyleSheet(
            f"QFrame#outcomePanel {{ background: {background}; border: 4px solid {text}; border-radius: 8px; }}"
            f" QLabel {{ color: {text}; background: transparent; border: none; }}"
        )
        self.headline.setText(headline)
        self.name.setText(name)
        self.details.setText(details)
        self.reason.setText(reason)

    def clear_outcome(self, prompt: str) -> None:
        self.outcome = ""
        self.setStyleSheet("")
        self.headline.setText(prompt)
        for label in (self.name, self.details, self.reason):
            label.setText("")


class CheckInScreen(QWidget):
    """Always ready for the next badge: the input keeps the focus."""

    checked_in = Signal(object)  # CheckInOutcome
    counters_refreshed = Signal()
    synced = Signal(object)  # SyncResult, or None when the server is still out of reach

    POLL_MS = 3_000  # counters, while the screen is shown
    SYNC_MS = 10_000  # upload / refresh attempts
    REFRESH_EVERY_S = 60  # refresh the desk's copy while online

    def __init__(self, db: Database, language: str = "en", settings: QSettings | None = None,
                 parent: QWidget | None = None, *, cache: DeskCache | None = None) -> None:
        super().__init__(parent)
        self.db = db
        if cache is None and not db.is_sqlite:
            # Shared server: keep a local copy to continue from when the network drops.
            path = self._setting_of(settings, "checkin/cache", "")
            try:
                cache = desk_cache_module.open_cache(path or None)
            except ConferenceDeskError:
                cache = None
        self.cache = cache
        self.desk_service = Desk(db, cache)
        self._polling = False
        self._syncing = False
        self.language = language
        self.settings = settings
        self.last: checkin.CheckInOutcome | None = None
        self._counts: dict[str, Any] | None = None
        self.matches: list[checkin.SearchMatch] = []
        self.printing = BadgePrinting(db, self)
        self.printing.message.connect(lambda text: self.status.setText(text))
        self.printing.finished.connect(lambda _r: self.refocus())

        with db.session() as session:
            conference = get_conference(session)
            self.days = _days(conference.arrival_date, conference.departure_date)
        self.sessions = checkin.checkin_sessions(db, language)

        # -- where and who ------------------------------------------------------
        self.point_combo = QComboBox()
        self.point_combo.setObjectName("checkinPoint")
        self.point_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.point_combo.setMinimumContentsLength(16)
        self.day_combo = QComboBox()
        self.desk = QLineEdit(self._setting("checkin/desk", "Desk 1"))
        self.desk.setMaximumWidth(110)
        self.operator = QLineEdit(self._setting("checkin/operator", ""))
        self.operator.setMaximumWidth(130)
        self.labels = [QLabel() for _ in range(4)]
        top = QHBoxLayout()
        for label, widget in zip(self.labels, (self.point_combo, self.day_combo, self.desk, self.operator)):
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        self.point_combo.currentIndexChanged.connect(self._point_changed)
        self.day_combo.currentIndexChanged.connect(self._point_changed)
        self.desk.editingFinished.connect(self._remember_desk)
        self.operator.editingFinished.connect(self._remember_desk)

        self.counter = QLabel()
        self.counter.setObjectName("checkinCounter")
        font = QFont(self.counter.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.counter.setFont(font)

        # -- webcam and sound: toggles that never take the focus from the input ----------
        self.camera_button = QPushButton()
        self.camera_button.setObjectName("cameraButton")
        self.camera_button.setCheckable(True)
        self.sound_button = QPushButton()
        self.sound_button.setObjectName("soundButton")
        self.sound_button.setCheckable(True)
        for button in (self.camera_button, self.sound_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(TOGGLE_STYLE)
        self.sounds = OutcomeSounds(self)
        self.sound_button.setChecked(_truthy(self._setting("checkin/sound", "true")))
        self.sounds.enabled = self.sound_button.isChecked()
        self.sound_button.toggled.connect(self._sound_toggled)
        self.camera_panel = CameraScanner(settings)
        self.camera_panel.setMaximumWidth(420)
        self.camera_panel.decoded.connect(self.scan_from_camera)
        self.camera_panel.setVisible(False)
        self.camera_button.toggled.connect(self._camera_toggled)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.counter, 1)
        counter_row.addWidget(self.camera_button)
        counter_row.addWidget(self.sound_button)

        # -- the input --------------------------------------------------------------
        self.input = ScanInput()
        self.input.setObjectName("scanInput")
        input_font = QFont(self.input.font())
        input_font.setPointSizeF(input_font.pointSizeF() * 1.8)
        self.input.setFont(input_font)
        self.input.scanned.connect(self.scan)
        self.input.search_changed.connect(self.search)
        self.input.submitted.connect(self.submit_typed)
        self.input.installEventFilter(self)

        self.match_table = QTableWidget(0, 4)
        self.match_table.setObjectName("matchTable")
        self.match_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.match_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.match_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.match_table.verticalHeader().setVisible(False)
        self.match_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.match_table.setMaximumHeight(200)
        self.match_table.cellDoubleClicked.connect(lambda row, _col: self.check_in_match(row))

        # -- the outcome and what to do next -----------------------------------------
        self.panel = OutcomePanel()
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
        actions = QHBoxLayout()
        for button in (self.print_button, self.badge_name_button, self.note_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            actions.addWidget(button)
        actions.addStretch(1)
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        actions.addWidget(self.walk_in_button)
        self.status = QLabel()
        self.status.setObjectName("checkinStatus")
        self.status.setWordWrap(True)

        # -- offline: a plain banner, not an error ---------------------------------------
        self.offline_banner = QLabel()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet(
            "QLabel#offlineBanner { background: #fff4d6; color: #5f3b00; border: 2px solid #8a5a00;"
            " border-radius: 6px; padding: 8px; font-weight: bold; }")
        self.offline_banner.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.offline_banner)
        layout.addLayout(top)
        layout.addLayout(counter_row)
        layout.addWidget(self.input)
        layout.addWidget(self.match_table)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.panel, 1)
        outcome_row.addWidget(self.camera_panel)
        layout.addLayout(outcome_row, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

        self.retranslate()
        self._select_default_day()
        self._update_actions()
        self.update_counter()
        self.camera_button.setChecked(_truthy(self._setting("checkin/camera", "false")))

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(self.POLL_MS)
        self.poll_timer.timeout.connect(self._poll)
        self.poll_timer.start()
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(self.SYNC_MS)
        self.sync_timer.timeout.connect(self._sync_tick)
        if self.cache is not None:
            self.sync_timer.start()
            self.sync_now()  # a first copy, off the GUI thread

    # -- settings -----------------------------------------------------------------

    def _setting(self, key: str, default: str) -> str:
        return self._setting_of(self.settings, key, default)

    @staticmethod
    def _setting_of(settings: QSettings | None, key: str, default: str) -> str:
        return str(settings.value(key, default)) if settings is not None else default

    def _desk(self) -> Desk:
        """The desk service, pointed at the current check-in point."""
        self.desk_service.point = self.point()
        return self.desk_service

    def _remember_desk(self) -> None:
        if self.settings is not None:
            self.settings.setValue("checkin/desk", self.desk.text().strip())
            self.settings.setValue("checkin/operator", self.operator.text().strip())
        self.refocus()

    def _sound_toggled(self, on: bool) -> None:
        self.sounds.enabled = on
        if self.settings is not None:
            self.settings.setValue("checkin/sound", on)
        self.refocus()

    def _camera_toggled(self, on: bool) -> None:
        self.camera_panel.setVisible(on)  # shown: the camera starts; hidden: it is released
        if self.settings is not None:
            self.settings.setValue("checkin/camera", on)
        self.refocus()

    def point(self) -> checkin.CheckInPoint:
        session_id = self.point_combo.currentData()
        return checkin.CheckInPoint(
            place="session" if session_id else "venue", session_id=session_id,
            desk=self.desk.text().strip() or "Desk", operator=self.operator.text().strip(), lang=self.language,
        )

    def now(self) -> dt.datetime:
        """The chosen day at the current time of day (today during the event)."""
        day: dt.date = self.day_combo.currentData() or dt.date.today()
        local_now = dt.datetime.now(self.desk_service.zone())
        return local_now.replace(year=day.year, month=day.month, day=day.day).astimezone(dt.timezone.utc)

    def _select_default_day(self) -> None:
        zone = checkin.conference_zone(self.db)
        today = dt.datetime.now(zone).date()
        index = self.day_combo.findData(today)
        if index < 0:  # outside the event (training, demo): the first conference day
            index = min(1, self.day_combo.count() - 1)
        self.day_combo.setCurrentIndex(index)

    def _point_changed(self) -> None:
        self.update_counter()
        self.search(self.input.text())
        self.refocus()

    # -- scanning and searching -------------------------------------------------------

    def scan(self, code: str) -> checkin.CheckInOutcome | None:
        try:
            outcome = self._desk().scan(code, self.now())
        except ConferenceDeskError as exc:
            self.status.setText(translate_core(message_of(exc)))
            self._update_banner()
            return None
        self.show_outcome(outcome)
        return outcome

    def scan_from_camera(self, code: str) -> checkin.CheckInOutcome | None:
        """A code read by the webcam: the same check-in as a scanner burst."""
        return self.scan(code)

    def search(self, text: str) -> None:
        self.matches = []
        if text.strip():
            try:
                self.matches = self._desk().search(text, self.now())
            except ConferenceDeskError as exc:
                self.status.setText(translate_core(message_of(exc)))
        self.match_table.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            values = (match.name, match.delegation, match.category,
                      self.tr("checked in") if match.checked_in else "")
            for column, value in enumerate(values):
                self.match_table.setItem(row, column, QTableWidgetItem(value))
        if self.matches:
            self.match_table.selectRow(0)

    def submit_typed(self, _text: str) -> None:
        row = self.match_table.currentRow()
        if self.matches and row >= 0:
            self.check_in_match(row)
        elif not self.matches:
            self.status.setText(self.tr("No one matches. Type more of the name, or register a walk-in."))

    def check_in_match(self, row: int) -> checkin.CheckInOutcome | None:
        if not 0 <= row < len(self.matches):
            return None
        try:
            outcome = self._desk().check_in_participant(self.matches[row].id, self.now())
        except ConferenceDeskError as exc:
            self.status.setText(translate_core(message_of(exc)))
            return None
        self.input.clear_all()
        self.show_outcome(outcome)
        return outcome

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up and Down in the input move through the matches; the focus stays in the input."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches:
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(len(self.matches) - 1, self.match_table.currentRow() + step))
                self.match_table.selectRow(row)
                return True
        return super().eventFilter(watched, event)

    # -- outcome -----------------------------------------------------------------------

    def show_outcome(self, outcome: checkin.CheckInOutcome) -> None:
        """Show a new decision: colours, sound, counters."""
        self.last = outcome
        self._render_outcome(outcome)
        self.sounds.play(outcome.outcome)  # asynchronous: never holds up the next scan
        self._update_actions()
        self.update_counter(outcome)
        self._update_banner()
        self.checked_in.emit(outcome)
        self.refocus()

    def _render_outcome(self, outcome: checkin.CheckInOutcome) -> None:
        person = outcome.participant
        headline = {"admitted": self.tr("ADMITTED"), "already": self.tr("ALREADY CHECKED IN"),
                    "rejected": self.tr("REJECTED")}[outcome.outcome]
        name = person.name if person else ""
        details = ""
        if person is not None:
            parts = [person.delegation, person.category_label]
            if person.hotel:
                parts.append(self.tr("Hotel: %1").replace("%1", person.hotel))
            parts.append(self._badge_text(person.badge_status, person.badge_version))
            details = " · ".join(part for part in parts if part)
        reason = ""
        if outcome.outcome == "already" and outcome.first_checkin is not None:
            first = outcome.first_checkin
            reason = self.tr("First checked in at %1 at %2").replace("%1", first.at_local.strftime("%H:%M")).replace(
                "%2", first.desk)
            if first.operator:
                reason += " " + self.tr("by %1").replace("%1", first.operator)
        elif outcome.outcome == "rejected":
            reason = translate_core(outcome.message)
        elif outcome.reason == "not_in_local_copy":
            name = self.tr("Valid badge (version %1)").replace("%1", str(outcome.badge_version or 1))
            reason = self.tr("Not in this desk's copy yet: checked when the server returns.")
        self.panel.show_outcome(outcome.outcome, headline, name, details, reason)

    def _badge_text(self, status: str, version: int | None) -> str:
        return {
            "none": self.tr("no badge yet"), "not_printed": self.tr("badge not printed"),
            "printed": self.tr("badge printed (version %1)").replace("%1", str(version or 1)),
            "revoked": self.tr("badge revoked"),
        }.get(status, status)

    def update_counter(self, outcome: checkin.CheckInOutcome | None = None) -> None:
        """Counters for this point and day; after a scan, only its fresh counts are read.

        The full count (with "expected", a scan of every participant) runs when the
        point or the day changes, never between two badges.
        """
        if outcome is not None and self._counts is not None and "checked_in" in outcome.counts:
            data = dict(self._counts)
            data["checked_in"] = outcome.counts["checked_in"]
            data["venue_checked_in"] = outcome.counts.get("venue_today", data.get("venue_checked_in", 0))
        else:
            try:
                data = self._desk().counters(self.day_combo.currentData())
            except ConferenceDeskError as exc:
                self.status.setText(translate_core(message_of(exc)))
                self._update_banner()
                return
        self._show_counts(data)
        self._update_banner()

    def _show_counts(self, data: dict[str, Any]) -> None:
        self._counts = data
        if self.point().place == "venue":
            text = self.tr("Checked in today: %1 of %2 expected").replace("%1", str(data.get("checked_in", 0))) \
                .replace("%2", str(data.get("expected", 0)))
        else:
            text = self.tr("In this session: %1 (room capacity %2) · at the venue today: %3") \
                .replace("%1", str(data.get("checked_in", 0))).replace("%2", str(data.get("capacity", 0))) \
                .replace("%3", str(data.get("venue_checked_in", 0)))
        self.counter.setText(text)

    # -- agreeing with the other desks, and going on without the server ---------------

    def refresh_counters(self) -> bool:
        """Read the counters again off the GUI thread (another desk may have admitted people)."""
        if self._polling:
            return False
        self._polling = True
        desk, day = self._desk(), self.day_combo.currentData()
        point = desk.point

        def loaded(data: dict[str, Any]) -> None:
            self._polling = False
            if point == self.point() and day == self.day_combo.currentData():
                self._show_counts(data)
            self._update_banner()
            self.counters_refreshed.emit()

        def failed(_message: str) -> None:
            self._polling = False
            self._update_banner()

        run_task(lambda _progress: desk.counters(day), loaded, failed, owner=self)
        return True

    def _poll(self) -> None:
        if self.isVisible():
            self.refresh_counters()

    def _sync_tick(self) -> None:
        desk = self.desk_service
        refreshed = desk.refreshed_at
        stale = refreshed is None or (dt.datetime.now(dt.timezone.utc) - refreshed).total_seconds() \
            >= self.REFRESH_EVERY_S
        if desk.offline or stale or desk.pending:
            self.sync_now()

    def sync_now(self) -> bool:
        """Upload this desk's queue and refresh its copy, off the GUI thread."""
        if self.cache is None or self._syncing:
            return False
        self._syncing = True
        desk = self._desk()
        try:
            now: dt.datetime | None = self.now()  # the chosen day's admissions are copied
        except ConferenceDeskError:
            now = None

        def done(result: SyncResult | None) -> None:
            self._syncing = False
            if result is not None and (result.uploaded or result.duplicates):
                text = self.tr("Server back: %n check-in(s) from this desk uploaded.", "", result.uploaded)
                if result.duplicates:
                    text += " " + self.tr("%n person(s) admitted at two desks meanwhile (cross-desk duplicates).",
                                          "", len(result.duplicates))
                self.status.setText(text)
            self._update_banner()
            if result is not None:
                self.refresh_counters()
            self.synced.emit(result)

        def failed(message: str) -> None:
            self._syncing = False
            self.status.setText(translate_core(message))
            self._update_banner()
            self.synced.emit(None)

        run_task(lambda _progress: desk.sync(now), done, failed, owner=self)
        return True

    def _update_banner(self) -> None:
        desk = self.desk_service
        if not desk.offline:
            self.offline_banner.setVisible(False)
            return
        since = desk.offline_since.astimezone(self._zone()).strftime("%H:%M") if desk.offline_since else "?"
        refreshed = desk.refreshed_at
        refreshed_text = refreshed.astimezone(self._zone()).strftime("%H:%M") if refreshed else "—"
        if self.cache is None or not self.cache.has_copy:
            text = self.tr("Server out of reach since %1 — this desk has no copy to decide scans from. "
                           "Check the network; scans resume when the server answers.").replace("%1", since)
        else:
            text = self.tr("Server out of reach since %1 — scans are decided from this desk's copy (refreshed %2) "
                           "and will be uploaded when it returns. %n waiting.", "", desk.pending) \
                .replace("%1", since).replace("%2", refreshed_text)
        self.offline_banner.setText(text)
        self.offline_banner.setVisible(True)

    def _zone(self) -> dt.tzinfo:
        try:
            return self.desk_service.zone()
        except ConferenceDeskError:
            return dt.timezone.utc

    def _update_actions(self) -> None:
        has_person = self.last is not None and self.last.participant is not None
        for button in (self.print_button, self.badge_name_button, self.note_button):
            button.setEnabled(has_person)

    def refocus(self) -> None:
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -----------------------------------------------------------------------

    def current_person_id(self) -> int | None:
        if self.last is None or self.last.participant is None:
            return None
        return self.last.participant.id

    def _not_on_server(self, participant_id: int) -> bool:
        """A walk-in registered offline (negative local id) exists on the server only after the upload."""
        if participant_id < 0 or self.desk_service.offline:
            self.status.setText(self.tr("Not possible while the server is out of reach: "
                                        "try again when it returns."))
            self.refocus()
            return True
        return False

    def print_badge(self) -> None:
        participant_id = self.current_person_id()
        if participant_id is None or self._not_on_server(participant_id):
            return
        if badge_service.has_printed_badge(self.db, participant_id):
            self.printing.ask_reprint(participant_id, self.last.participant.name)  # type: ignore[union-attr]
        else:
            self.printing.print_single(participant_id)

    def correct_badge_name(self) -> QInputDialog | None:
        participant_id = self.current_person_id()
        if participant_id is None or self._not_on_server(participant_id):
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Name on the badge"))
        dialog.setLabelText(self.tr("Name as it should be printed on the badge:"))
        dialog.setTextValue(self.last.participant.name)  # type: ignore[union-attr]
        dialog.textValueSelected.connect(lambda text: self._save_field(participant_id, "badge_name", text))
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def add_note(self) -> QInputDialog | None:
        participant_id = self.current_person_id()
        if participant_id is None or self._not_on_server(participant_id):
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add a note"))
        dialog.setLabelText(self.tr("Note (kept with the participant's record):"))
        dialog.textValueSelected.connect(lambda text: self._add_note(participant_id, text))
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _add_note(self, participant_id: int, text: str) -> None:
        if not text.strip():
            return
        notes = load_participant(self.db, participant_id).get("notes") or ""
        stamp = f"[{self.desk.text().strip()}] {text.strip()}"
        self._save_field(participant_id, "notes", f"{notes}\n{stamp}".strip())

    def _save_field(self, participant_id: int, field: str, value: str) -> None:
        try:
            save_participant(self.db, {field: value.strip()}, participant_id)
        except ConferenceDeskError as exc:
            self.status.setText(translate_core(message_of(exc)))
        else:
            self.status.setText(self.tr("Saved."))
            if field == "badge_name" and self.last is not None and self.last.participant is not None:
                self.panel.name.setText(value.strip())
        self.refocus()

    def open_walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self.db, self.language, self)
        dialog.submitted_values.connect(self._register_walk_in)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _register_walk_in(self, values: dict[str, Any], print_badge: bool) -> None:
        dialog = self.last_dialog
        try:
            participant_id, outcome = self._desk().register_walk_in(values, self.now())
        except ConferenceDeskError as exc:
            problems = getattr(exc, "problems", None)
            if isinstance(dialog, WalkInDialog):
                dialog.show_problems(problems, translate_core(message_of(exc)))
            return
        if isinstance(dialog, WalkInDialog):
            dialog.accept()
        self.show_outcome(outcome)
        if print_badge and outcome.offline:
            self.status.setText(self.tr("Registered on this desk's copy: the badge can be printed when the "
                                        "server returns."))
        elif print_badge:
            self.printing.print_single(participant_id)

    # -- language ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("Checking in at:"), self.tr("Day:"), self.tr("Desk:"),
                                             self.tr("Operator:"))):
            label.setText(text)
        refill_combo(self.point_combo, [(None, self.tr("Venue entry"))] + [
            (session_id, f"{starts_at:%d/%m %H:%M} · {title}") for session_id, _code, title, starts_at in self.sessions])
        refill_combo(self.day_combo, [
            (day, QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")) for day in self.days])
        self.input.setPlaceholderText(self.tr("Scan a badge, or type a name and press Enter"))
        self.match_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Delegation"), self.tr("Category"),
                                                    self.tr("Today")])
        self.print_button.setText(self.tr("Print badge"))
        self.badge_name_button.setText(self.tr("Correct badge name"))
        self.note_button.setText(self.tr("Add note"))
        self.walk_in_button.setText(self.tr("Walk-in registration…"))
        self.camera_button.setText(self.tr("Camera"))
        self.camera_button.setToolTip(self.tr("Show or hide webcam scanning"))
        self.sound_button.setText(self.tr("Sound"))
        self.sound_button.setToolTip(self.tr("Play a sound for every outcome"))
        if self.last is None:
            self.panel.clear_outcome(self.tr("Ready for the next badge"))
        else:
            self._render_outcome(self.last)
        if hasattr(self, "counter"):
            self.update_counter()


def _truthy(value: object) -> bool:
    """A QSettings boolean: INI files give back the strings "true" and "false"."""
    return value is True or str(value).strip().lower() in ("true", "1", "yes", "on")


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
