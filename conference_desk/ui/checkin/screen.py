"""Check-in at the desk: scan or type, see at once who it is and what to do.

The scan input owns the keyboard: every button leaves the focus where it is,
focus that strays to another widget of the window comes back, and desk, point,
day and operator are chosen in a desk set-up dialog, never in fields beside the
input.  What the input holds is recognised by its form (``core/scanner``); every
action ends in one state of the big panel (``widgets/outcome_panel``), which
fades back to "Ready" after a few seconds or as soon as typing starts.  Several
matches for a typed name hand the keyboard to the list until one person (or no
one) is chosen.  The last admission, or any from today's list, can be undone.

Every check-in goes through ``core/desk.Desk``: the server when it answers,
the desk's local copy when it does not (a banner says so; a timer uploads the
queue off the GUI thread when the server returns).  The counters are read
again every few seconds while the screen is shown, so desks agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dataclasses import replace

from PySide6.QtCore import QDate, QEvent, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation import audit
from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks import cache as desk_cache_module
from conference_desk.core.badges import service as badge_service
from conference_desk.core.foundation.db import Database
from conference_desk.core.desks.desk import Desk
from conference_desk.core.desks.cache import DeskCache, SyncResult
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.info import get_conference
from conference_desk.core.people.registration import load_participant, save_participant

from conference_desk.core.foundation.messages import message_of

from ..common import session_state
from ..common.badge_printing import BadgePrinting
from ..common.core_messages import translate_core
from .attendance_dialog import AttendanceDialog, UndoReasonDialog
from .desk_setup_dialog import MAX_DESK, MAX_OPERATOR, DeskSetup, DeskSetupDialog, name_problem
from ..common.tasks import run_task
from .outcome_panel import OutcomePanel
from .scan_input import ScanInput
from .walk_in import WalkInDialog

# On or off must be visible at a glance (a muted desk, a camera left running).
TOGGLE_STYLE = (
    "QPushButton { padding: 4px 14px; border: 1px solid #9aa0a6; border-radius: 4px; background: #f1f3f4; }"
    " QPushButton:checked { background: #1a73e8; color: white; border-color: #1558b0; }"
)
RESET_SECONDS = 8  # the panel goes back to "Ready" after this long (setting checkin/reset_seconds)
UNREADABLE = ("unreadable", "malformed")


class MatchList(QTableWidget):
    """The people a typed name matches.  It takes the keyboard only while the clerk chooses.

    While choosing: arrows move, Enter picks, Escape picks no one; any printable key
    (more typing, or a badge scan) goes back to the scan input, so nothing is lost.
    """

    chosen = Signal(int)
    dismissed = Signal()
    handback = Signal(object)  # the QKeyEvent to replay in the input

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("matchTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(190)

    def set_choosing(self, on: bool) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("QTableWidget#matchTable { border: 3px solid #0d47a1; }" if on else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(self.currentRow())
            return
        if key == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                   Qt.Key.Key_End):
            super().keyPressEvent(event)
            return
        if event.text() and event.text().isprintable() or key == Qt.Key.Key_Backspace:
            self.handback.emit(QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                         event.isAutoRepeat(), event.count()))
            return
        event.accept()  # Tab and the rest: the choice stays open

    def focusNextPrevChild(self, _next: bool) -> bool:  # noqa: N802 - Tab never leaves the choice
        return False


class CheckInScreen(QWidget):
    """Always ready for the next badge: the scan input owns the keyboard on this screen."""

    checked_in = Signal(object)  # CheckInOutcome, or UndoOutcome after an undo
    state_changed = Signal(str)  # the panel's new state
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
        self.last_undo: checkin.UndoOutcome | None = None
        self.last_admission: checkin.CheckInOutcome | None = None  # what "Undo last check-in" takes back
        self.last_dialog: Any = None
        self._counts: dict[str, Any] | None = None
        self.matches: list[checkin.SearchMatch] = []
        self.choosing = False
        self._picked_text = ""  # the typed text for which the clerk moved through the list with the arrows
        self.printing = BadgePrinting(db, self)
        self.printing.message.connect(lambda text: self.status.setText(text))
        self.printing.finished.connect(self._badge_printed)
        self.printing.failed.connect(lambda _text: self.refocus())

        with db.session() as session:
            conference = get_conference(session)
            self.days = _days(conference.arrival_date, conference.departure_date)
        self.sessions = checkin.checkin_sessions(db, language)
        self.setup = self._initial_setup()

        # -- where and who: chosen in the desk set-up, shown here read-only ------------------
        self.setup_label = QLabel()
        self.setup_label.setObjectName("deskSetupSummary")
        self.setup_label.setWordWrap(True)
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("deskSetupButton")
        self.setup_button.clicked.connect(self.open_setup)
        top = QHBoxLayout()
        top.addWidget(self.setup_label, 1)
        top.addWidget(self.setup_button)

        self.counter = QLabel()
        self.counter.setObjectName("checkinCounter")
        font = QFont(self.counter.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.counter.setFont(font)

        # -- webcam, sound, today's list: buttons that never take the focus from the input ----
        self.attendance_button = QPushButton()
        self.attendance_button.setObjectName("attendanceButton")
        self.attendance_button.clicked.connect(self.open_attendance)
        self.camera_button = QPushButton()
        self.camera_button.setObjectName("cameraButton")
        self.camera_button.setCheckable(True)
        self.sound_button = QPushButton()
        self.sound_button.setObjectName("soundButton")
        self.sound_button.setCheckable(True)
        for button in (self.camera_button, self.sound_button):
            button.setStyleSheet(TOGGLE_STYLE)
        # The sounds and the webcam panel (Qt Multimedia, the QR decoder) are made when first needed:
        # the sounds just after the screen first shows (ready before the first scan), the panel when
        # the camera is switched on (see the ``sounds`` and ``camera_panel`` properties).
        self._sounds: Any = None
        self._camera_panel: Any = None
        self.sound_button.setChecked(_truthy(self._setting("checkin/sound", "true")))
        self.sound_button.toggled.connect(self._sound_toggled)
        self.camera_button.toggled.connect(self._camera_toggled)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.counter, 1)
        counter_row.addWidget(self.attendance_button)
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
        self.input.typing_started.connect(self._typing_started)
        self.input.cancelled.connect(self._input_cancelled)
        self.input.installEventFilter(self)

        self.match_table = MatchList()
        self.match_table.cellDoubleClicked.connect(lambda row, _col: self.check_in_match(row))
        self.match_table.chosen.connect(self.check_in_match)
        self.match_table.dismissed.connect(self._choice_dismissed)
        self.match_table.handback.connect(self._hand_back)

        # -- the outcome and what to do next -----------------------------------------
        self.panel = OutcomePanel()
        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.timeout.connect(self.show_ready)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_last)
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
        for button in (self.undo_button, self.print_button, self.badge_name_button, self.note_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.walk_in_button)
        for button in (self.setup_button, self.attendance_button, self.camera_button, self.sound_button,
                       self.undo_button, self.print_button, self.badge_name_button, self.note_button,
                       self.walk_in_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        self._outcome_row = outcome_row  # the camera panel goes beside the outcome when made
        layout.addLayout(outcome_row, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

        self.retranslate()
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
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- settings and the desk set-up ---------------------------------------------------

    def _setting(self, key: str, default: str) -> str:
        return self._setting_of(self.settings, key, default)

    @staticmethod
    def _setting_of(settings: QSettings | None, key: str, default: str) -> str:
        return str(settings.value(key, default)) if settings is not None else default

    def _initial_setup(self) -> DeskSetup:
        """Desk and operator from the settings (a value a stray scan wrote there is dropped)."""
        desk = self._setting("checkin/desk", "").strip()
        if name_problem(desk, MAX_DESK):
            desk = session_state.desk_name(self.settings)
        operator_info = session_state.current_operator()
        if operator_info is not None:
            operator = operator_info.name
        else:
            operator = self._setting("checkin/operator", "").strip()
            if name_problem(operator, MAX_OPERATOR):
                operator = ""
        return DeskSetup(session_id=None, day=self._default_day(), desk=desk, operator=operator)

    def _default_day(self) -> dt.date:
        zone = checkin.conference_zone(self.db)
        today = dt.datetime.now(zone).date()
        if today in self.days:
            return today
        return self.days[min(1, len(self.days) - 1)]  # outside the event (training, demo): the first conference day

    def apply_setup(self, setup: DeskSetup) -> None:
        """Use ``setup`` from now on (and remember desk and operator for the next start)."""
        changed_point = (setup.session_id, setup.day) != (self.setup.session_id, self.setup.day)
        self.setup = setup
        if self.settings is not None:
            self.settings.setValue("checkin/desk", setup.desk)
            if session_state.current_operator() is None:
                self.settings.setValue("checkin/operator", setup.operator)
        self._show_setup()
        if changed_point:
            self._end_choosing(clear_matches=True)
            self.update_counter()
        self.refocus()

    def apply_operator(self, operator: str, desk: str) -> None:
        """The main window signed someone in: check-ins are theirs."""
        self.apply_setup(replace(self.setup, operator=operator, desk=desk or self.setup.desk))

    def open_setup(self) -> DeskSetupDialog:
        dialog = DeskSetupDialog(self.setup, self.sessions, self.days,
                                 operator_fixed=session_state.current_operator() is not None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_setup(dialog.result_setup or self.setup))
        dialog.finished.connect(lambda _result: self.refocus_soon())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _point_name(self) -> str:
        if self.setup.session_id is None:
            return self.tr("Venue entry")
        for session_id, _code, title, starts_at in self.sessions:
            if session_id == self.setup.session_id:
                return f"{starts_at:%H:%M} · {title}"
        return self.tr("Venue entry")

    def _show_setup(self) -> None:
        day = self.setup.day
        when = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        operator = self.setup.operator or self.tr("not set — choose “Change desk set-up…”")
        self.setup_label.setText(
            self.tr("Checking in at: %1 · %2 · Desk: %3 · Operator: %4")
            .replace("%1", self._point_name()).replace("%2", when).replace("%3", self.setup.desk)
            .replace("%4", operator))
        self.setup_label.setStyleSheet("" if self.setup.operator else "color: #8a5a00; font-weight: bold;")

    def _desk(self) -> Desk:
        """The desk service, pointed at the current check-in point."""
        self.desk_service.point = self.point()
        return self.desk_service

    @property
    def sounds(self) -> Any:
        """The outcome sounds (an OutcomeSounds), made on first use."""
        if self._sounds is None:
            from ..common.sounds import OutcomeSounds

            self._sounds = OutcomeSounds(self)
            self._sounds.enabled = self.sound_button.isChecked()
        return self._sounds

    @property
    def camera_panel(self) -> Any:
        """The webcam panel (a CameraScanner), made when first needed (hidden until the camera is on)."""
        if self._camera_panel is None:
            from .camera_scanner import CameraScanner

            panel = CameraScanner(self.settings)
            panel.setMaximumWidth(420)
            panel.decoded.connect(self.scan_from_camera)
            panel.setVisible(False)
            self._outcome_row.addWidget(panel)
            self._camera_panel = panel
        return self._camera_panel

    def _sound_toggled(self, on: bool) -> None:
        self.sounds.enabled = on
        if self.settings is not None:
            self.settings.setValue("checkin/sound", on)
        self.refocus()

    def _camera_toggled(self, on: bool) -> None:
        if on or self._camera_panel is not None:
            self.camera_panel.setVisible(on)  # shown: the camera starts; hidden: it is released
        if self.settings is not None:
            self.settings.setValue("checkin/camera", on)
        self.refocus()

    def point(self) -> checkin.CheckInPoint:
        session_id = self.setup.session_id
        return checkin.CheckInPoint(
            place="session" if session_id else "venue", session_id=session_id,
            desk=self.setup.desk or session_state.default_desk_name(), operator=self.setup.operator,
            lang=self.language,
        )

    def actor(self) -> audit.Actor:
        return audit.Actor(operator=self.setup.operator, desk=self.setup.desk)

    def now(self) -> dt.datetime:
        """The chosen day at the current time of day (today during the event)."""
        day = self.setup.day
        local_now = dt.datetime.now(self.desk_service.zone())
        return local_now.replace(year=day.year, month=day.month, day=day.day).astimezone(dt.timezone.utc)

    def reset_seconds(self) -> int:
        try:
            return max(2, min(120, int(float(self._setting("checkin/reset_seconds", str(RESET_SECONDS))))))
        except ValueError:
            return RESET_SECONDS

    # -- the keyboard belongs to the input ----------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Focus that moves to another widget of this window while the screen is shown comes back."""
        if new is None or new is self.input or not self.isVisible():
            return
        if self.choosing and new is self.match_table:
            return
        if new.window() is not self.window():
            return  # a dialog or another window: the keyboard is theirs
        QTimer.singleShot(0, self._reclaim_focus)

    def _reclaim_focus(self) -> None:
        if not self.isVisible() or QApplication.activeModalWidget() is not None \
                or QApplication.activePopupWidget() is not None:
            return
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is not self.window():
            return
        if self.choosing:
            self.match_table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.refocus()

    def refocus_soon(self) -> None:
        """After a dialog closes: once the window system has handed activation back."""
        QTimer.singleShot(0, self.refocus)
        QTimer.singleShot(150, self.refocus)

    def refocus(self) -> None:
        if self.isVisible() and QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
            self.window().activateWindow()  # a dialog just closed and nothing took its place
        if self.choosing:
            self.match_table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refocus()
        if self._sounds is None:  # loaded once the screen is on show, before the first scan
            QTimer.singleShot(0, self, self._make_sounds)

    def _make_sounds(self) -> None:
        self.sounds  # noqa: B018 - made on first use

    # -- scanning and searching -------------------------------------------------------

    def scan(self, code: str) -> checkin.CheckInOutcome | None:
        self._end_choosing(clear_matches=True)
        try:
            outcome = self._desk().scan(code, self.now())
        except ConferenceDeskError as exc:
            self._show_failure(translate_core(message_of(exc)))
            self._update_banner()
            return None
        self.show_outcome(outcome)
        return outcome

    def scan_from_camera(self, code: str) -> checkin.CheckInOutcome | None:
        """A code read by the webcam: the same check-in as a scanner burst."""
        return self.scan(code)

    def _find(self, text: str) -> list[checkin.SearchMatch]:
        if not text.strip():
            return []
        try:
            return self._desk().search(text, self.now())
        except ConferenceDeskError as exc:
            self.status.setText(translate_core(message_of(exc)))
            return []

    def search(self, text: str) -> None:
        """As the clerk types: the matches below the input (nobody is admitted by this)."""
        if self.choosing:
            self._end_choosing(clear_matches=False)
        self._picked_text = ""
        self._show_matches(self._find(text))

    def _show_matches(self, matches: list[checkin.SearchMatch]) -> None:
        self.matches = matches
        self.match_table.setRowCount(len(matches))
        for row, match in enumerate(matches):
            values = (match.name, match.delegation, match.category_label or match.category,
                      self.tr("checked in") if match.checked_in else "")
            for column, value in enumerate(values):
                self.match_table.setItem(row, column, QTableWidgetItem(value))
        if matches:
            self.match_table.selectRow(0)

    def submit_typed(self, text: str) -> None:
        """Enter after a typed name: one match is admitted; several are offered; none is said so."""
        row = self.match_table.currentRow()
        if self._picked_text and self._picked_text == text.strip() and 0 <= row < len(self.matches):
            self.check_in_match(row)  # the clerk chose this row with the arrows
            return
        matches = self._find(text)  # the text as it is now, not as the last search saw it
        self._show_matches(matches)
        if not matches:
            self._show_state("no_match", self.tr("NO ONE FOUND"), f"“{text.strip()}”", "",
                             self.tr("Check the spelling, scan the badge, or register a walk-in."))
            self.sounds.play("rejected")
        elif len(matches) == 1:
            self.check_in_match(0)
        else:
            self._start_choosing(text.strip(), len(matches))

    def _start_choosing(self, text: str, count: int) -> None:
        self.choosing = True
        self.match_table.set_choosing(True)
        self.match_table.selectRow(0)
        self.match_table.setFocus(Qt.FocusReason.OtherFocusReason)
        more = count >= 20
        self._show_state("choose", self.tr("SEVERAL PEOPLE MATCH"),
                         (self.tr("“%1”: more than %2 people") if more else self.tr("“%1”: %2 people"))
                         .replace("%1", text).replace("%2", str(count)), "",
                         self.tr("Choose with ↑ ↓ and Enter, or type more of the name. Esc: no one."),
                         fade=False)

    def _end_choosing(self, clear_matches: bool) -> None:
        was_choosing = self.choosing
        self.choosing = False
        self.match_table.set_choosing(False)
        if clear_matches:
            self._show_matches([])
            self._picked_text = ""
        if was_choosing:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choice_dismissed(self) -> None:
        self._end_choosing(clear_matches=True)
        self.show_ready()

    def _hand_back(self, event: QKeyEvent) -> None:
        """A key pressed while choosing: more typing (or a scan) — it goes to the input."""
        self._end_choosing(clear_matches=False)
        self.show_ready()
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(self.input, event)

    def check_in_match(self, row: int) -> checkin.CheckInOutcome | None:
        if not 0 <= row < len(self.matches):
            return None
        person = self.matches[row]
        self._end_choosing(clear_matches=True)
        self.input.clear_all(announce=False)
        try:
            outcome = self._desk().check_in_participant(person.id, self.now())
        except ConferenceDeskError as exc:
            self._show_failure(translate_core(message_of(exc)))
            return None
        self.show_outcome(outcome)
        return outcome

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up and Down in the input move through the matches (an explicit choice for Enter)."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches:
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(len(self.matches) - 1, self.match_table.currentRow() + step))
                self.match_table.selectRow(row)
                self._picked_text = self.input.text().strip()
                return True
        return super().eventFilter(watched, event)

    def _typing_started(self) -> None:
        if not self.panel.is_ready:
            self.show_ready()

    def _input_cancelled(self) -> None:
        self._end_choosing(clear_matches=True)
        self.show_ready()

    # -- the panel ---------------------------------------------------------------------

    def _stamp(self, offline: bool = False) -> str:
        now = dt.datetime.now(self._zone())
        text = self.tr("%1 · desk %2").replace("%1", now.strftime("%H:%M:%S")).replace("%2", self.setup.desk)
        if offline:
            text += " · " + self.tr("decided offline")
        return text

    def _show_state(self, state: str, headline: str, name: str = "", details: str = "", reason: str = "",
                    fade: bool = True, offline: bool = False) -> None:
        self.panel.show_state(state, headline, name, details, reason, self._stamp(offline))
        if fade:
            self.reset_timer.start(self.reset_seconds() * 1000)
        else:
            self.reset_timer.stop()
        self._update_actions()
        self.state_changed.emit(state)

    def show_ready(self) -> None:
        self.reset_timer.stop()
        if self.choosing:
            return
        self.panel.show_state("ready", self.tr("Ready — scan a badge"), "", "",
                              self.tr("or type a name and press Enter"))
        self._update_actions()
        self.state_changed.emit("ready")

    def _show_failure(self, message: str) -> None:
        """The desk could not decide (no server and no copy, a bad session): say so in the panel."""
        self.status.setText(message)
        self._show_state("rejected", self.tr("NOT CHECKED IN"), "", "", message)
        self.sounds.play("rejected")

    def show_outcome(self, outcome: checkin.CheckInOutcome) -> None:
        """Show a new decision: colours, sound, counters."""
        self.last = outcome
        self.last_undo = None
        if outcome.outcome == "admitted" and outcome.event_id is not None and not outcome.offline:
            self.last_admission = outcome
        self._render_outcome(outcome)
        self.sounds.play(outcome.outcome)  # asynchronous: never holds up the next scan
        self._update_actions()
        self.update_counter(outcome)
        self._update_banner()
        self.checked_in.emit(outcome)
        self.refocus()

    def _rejection_headline(self, reason: str) -> str:
        return {
            "revoked": self.tr("BADGE REVOKED"), "other_conference": self.tr("BADGE OF ANOTHER CONFERENCE"),
            "cancelled": self.tr("REGISTRATION CANCELLED"), "forged": self.tr("FORGED OR ALTERED CODE"),
            "unknown_code": self.tr("UNKNOWN BADGE"), "not_in_session": self.tr("NOT SIGNED UP FOR THIS SESSION"),
            "unknown_participant": self.tr("NO SUCH PARTICIPANT"),
        }.get(reason, self.tr("REJECTED"))

    def _render_outcome(self, outcome: checkin.CheckInOutcome, fade: bool = True) -> None:
        person = outcome.participant
        name = person.name if person else ""
        details = ""
        if person is not None:
            parts = [person.delegation, person.category_label]
            if person.hotel:
                parts.append(self.tr("Hotel: %1").replace("%1", person.hotel))
            parts.append(self._badge_text(person.badge_status, person.badge_version))
            details = " · ".join(part for part in parts if part)
        reason = ""
        state = outcome.outcome
        headline = {"admitted": self.tr("ADMITTED"), "already": self.tr("ALREADY CHECKED IN")}.get(outcome.outcome, "")
        if outcome.outcome == "already" and outcome.first_checkin is not None:
            first = outcome.first_checkin
            reason = self.tr("First checked in at %1 at %2").replace("%1", first.at_local.strftime("%H:%M")).replace(
                "%2", first.desk)
            if first.operator:
                reason += " " + self.tr("by %1").replace("%1", first.operator)
        elif outcome.outcome == "rejected" and outcome.reason in UNREADABLE:
            state = "unreadable"
            headline = self.tr("COULD NOT READ THE CODE")
            reason = (self.tr("Scan it again, or type the name.") if outcome.reason == "unreadable" else
                      self.tr("This is not a badge of this conference's kind: scan the QR code on the badge, "
                              "or type the name."))
        elif outcome.outcome == "rejected":
            headline = self._rejection_headline(outcome.reason)
            reason = translate_core(outcome.message)
        elif outcome.reason == "not_in_local_copy":
            name = self.tr("Valid badge (version %1)").replace("%1", str(outcome.badge_version or 1))
            reason = self.tr("Not in this desk's copy yet: checked when the server returns.")
        self._show_state(state, headline, name, details, reason, fade=fade, offline=outcome.offline)

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
                data = self._desk().counters(self.setup.day)
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
        desk, day = self._desk(), self.setup.day
        point = desk.point

        def loaded(data: dict[str, Any]) -> None:
            self._polling = False
            if point == self.point() and day == self.setup.day:
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
            if result is not None and (result.uploaded or result.duplicates or result.review):
                text = self.tr("Server back: %n check-in(s) from this desk uploaded.", "", result.uploaded)
                if result.duplicates:
                    text += " " + self.tr("%n person(s) admitted at two desks meanwhile (cross-desk duplicates).",
                                          "", len(result.duplicates))
                if result.review:
                    text += " " + self.tr("%n offline admission(s) to review (see “Checked in today…”).", "",
                                          len(result.review))
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
        # Badge, name and note act on the person the panel shows — never on someone no longer shown.
        has_person = self.last is not None and self.last.participant is not None \
            and self.panel.outcome in ("admitted", "already", "rejected")
        for button in (self.print_button, self.badge_name_button, self.note_button):
            button.setEnabled(has_person)
        self.undo_button.setEnabled(self.last_admission is not None)

    # -- undo ------------------------------------------------------------------------

    def undo_last(self) -> UndoReasonDialog | None:
        """Undo the last admission of this desk (asks for a reason first)."""
        last = self.last_admission
        if last is None or last.event_id is None:
            return None
        name = last.participant.name if last.participant else ""
        return self.ask_undo(last.event_id, name)

    def ask_undo(self, event_id: int, name: str, after: Any = None, parent: QWidget | None = None) -> UndoReasonDialog:
        dialog = UndoReasonDialog(name, parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self.undo_event(event_id, dialog.text())
            if after is not None:
                after()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self.refocus_soon())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def undo_event(self, event_id: int, reason: str) -> checkin.UndoOutcome | None:
        """Take back admission ``event_id``: the operator who made it or a supervisor; the panel says so."""
        try:
            result = self._desk().undo(event_id, reason, self.actor(), session_state.current_role(), self.now())
        except ConferenceDeskError as exc:
            message = translate_core(message_of(exc))
            self.status.setText(message)
            self._show_state("rejected", self.tr("NOT UNDONE"), "", "", message)
            self.refocus()
            return None
        self.last_undo = result
        if self.last is not None and self.last.event_id == result.undone_event_id:
            self.last = replace(self.last, outcome="undone")
        if self.last_admission is not None and self.last_admission.event_id == result.undone_event_id:
            self.last_admission = None
        person = result.participant
        self._show_state(
            "undone", self.tr("CHECK-IN UNDONE"), person.name if person else "",
            self.tr("Admitted at %1 at %2").replace("%1", result.admitted_at.astimezone(self._zone()).strftime("%H:%M"))
            .replace("%2", result.admitted_desk),
            self.tr("Reason: %1").replace("%1", result.reason))
        self.status.setText(self.tr("Check-in undone; the person can be checked in again."))
        self._update_actions()
        self.update_counter()
        self.checked_in.emit(result)
        self.refocus()
        return result

    def open_attendance(self) -> AttendanceDialog:
        """Today's admissions at this point, with undo."""
        day = self.setup.day

        def load(text: str) -> list[checkin.AdmissionRow]:
            try:
                return self._desk().admissions(day, text)
            except ConferenceDeskError as exc:
                self.status.setText(translate_core(message_of(exc)))
                return []

        title = self.tr("Checked in — %1").replace("%1", self._point_name())
        dialog = AttendanceDialog(load, lambda row: None, title, self)

        def undo(row: checkin.AdmissionRow) -> None:
            self.ask_undo(row.event_id, row.name, after=dialog.refresh, parent=dialog)

        dialog.undo = undo
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refocus_soon())
        dialog.open()
        self.attendance_dialog = dialog
        return dialog

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

    def _badge_printed(self, result: Any) -> None:
        """The panel tells the badge state that is true now (a walk-in's badge just came out)."""
        last = self.last
        codes = getattr(result, "codes", {}) or {}
        if last is not None and last.participant is not None and last.participant.id in codes:
            info = checkin.participant_info(self.db, last.participant.id, self.language)
            if info is not None:
                self.last = replace(last, participant=info)
                if self.panel.outcome in ("admitted", "already", "rejected") and self.last_undo is None:
                    self._render_outcome(self.last)
        self.refocus()

    def correct_badge_name(self) -> QInputDialog | None:
        participant_id = self.current_person_id()
        if participant_id is None or self._not_on_server(participant_id):
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Name on the badge"))
        dialog.setLabelText(self.tr("Name as it should be printed on the badge:"))
        dialog.setTextValue(self.last.participant.name)  # type: ignore[union-attr]
        dialog.textValueSelected.connect(lambda text: self._save_field(participant_id, "badge_name", text))
        dialog.finished.connect(lambda _result: self.refocus_soon())
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
        dialog.finished.connect(lambda _result: self.refocus_soon())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _add_note(self, participant_id: int, text: str) -> None:
        if not text.strip():
            return
        notes = load_participant(self.db, participant_id).get("notes") or ""
        stamp = f"[{self.setup.desk}] {text.strip()}"
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
        dialog.finished.connect(lambda _result: self.refocus_soon())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _register_walk_in(self, values: dict[str, Any], print_badge: bool) -> None:
        dialog = self.last_dialog
        try:
            participant_id, outcome = self._desk().register_walk_in(values, self.now(), self.actor())
        except ConferenceDeskError as exc:
            problems = getattr(exc, "problems", None)
            if isinstance(dialog, WalkInDialog):
                dialog.show_problems(problems, translate_core(message_of(exc)))
            return
        if isinstance(dialog, WalkInDialog):
            dialog.saved = True
            dialog.accept()
        self.show_outcome(outcome)
        if print_badge and outcome.offline:
            self.status.setText(self.tr("Registered on this desk's copy: the badge can be printed when the "
                                        "server returns."))
        elif print_badge:
            self.status.setText(self.tr("Printing the badge…"))
            self.printing.print_single(participant_id)

    # -- language ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.sessions = checkin.checkin_sessions(self.db, language)

    def retranslate(self) -> None:
        self._show_setup()
        self.setup_button.setText(self.tr("Change desk set-up…"))
        self.input.setPlaceholderText(self.tr("Scan a badge, or type a name and press Enter"))
        self.match_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Delegation"), self.tr("Category"),
                                                    self.tr("Today")])
        self.undo_button.setText(self.tr("Undo last check-in…"))
        self.print_button.setText(self.tr("Print badge"))
        self.badge_name_button.setText(self.tr("Correct badge name"))
        self.note_button.setText(self.tr("Add note"))
        self.walk_in_button.setText(self.tr("Walk-in registration…"))
        self.attendance_button.setText(self.tr("Checked in today…"))
        self.attendance_button.setToolTip(self.tr("Everyone checked in here today; undo a check-in"))
        self.camera_button.setText(self.tr("Camera"))
        self.camera_button.setToolTip(self.tr("Show or hide webcam scanning"))
        self.sound_button.setText(self.tr("Sound"))
        self.sound_button.setToolTip(self.tr("Play a sound for every outcome"))
        if self.panel.is_ready or self.last is None:
            self.show_ready()
        elif self.last_undo is None and self.panel.outcome in ("admitted", "already", "rejected", "unreadable"):
            self._render_outcome(self.last, fade=self.reset_timer.isActive())
        if hasattr(self, "counter"):
            self.update_counter()


def _truthy(value: object) -> bool:
    """A QSettings boolean: INI files give back the strings "true" and "false"."""
    return value is True or str(value).strip().lower() in ("true", "1", "yes", "on")


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
