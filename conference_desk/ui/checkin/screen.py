"""Check-in at the desk: scan or type, see at once who it is and what to do.

The scan input owns the keyboard: every button leaves the focus where it is,
focus that strays to another widget of the window comes back, and desk, point,
day and operator are chosen in a desk set-up dialog, never in fields beside the
input.  What the input holds is recognised by its form (``core/scanner``); every
action ends in one state of the big panel (``outcome_panel``), which fades back
to "Ready" after a few seconds or as soon as typing starts.  Several matches for
a typed name hand the keyboard to the list until one person (or no one) is
chosen.  The last admission, or any from today's list, can be undone.

Every check-in goes through ``core/desks/desk.Desk``: the server when it answers,
the desk's local copy when it does not (a banner says so; a timer uploads the
queue off the GUI thread when the server returns).  The counters are read
again every few seconds while the screen is shown, so desks agree.

This screen is the composition: the parts live in their own modules (set-up bar,
search panel, counters, toggles, outcome panel, person actions, admissions, offline banner);
here they are wired to the desk, and the last decision is kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks import cache as desk_cache_module
from conference_desk.core.foundation.db import Database
from conference_desk.core.desks.desk import Desk
from conference_desk.core.desks.cache import DeskCache, SyncResult
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of

from ..common import session_state
from ..common.badge_printing import BadgePrinting
from ..common.core_messages import translate_core
from .admissions import Admissions
from .attendance_dialog import AttendanceDialog, UndoReasonDialog
from .counters import CheckInCounter
from .desk_setup_dialog import DeskSetup, DeskSetupDialog
from .offline import DeskSync, OfflineBanner, desk_zone
from .outcome_panel import OutcomePanel
from .person_actions import PersonActions
from .search_panel import SearchPanel
from .setup_bar import DeskSetupBar, setting_of
from .toggles import CameraSoundToggles
from .walk_in import WalkInDialog

RESET_SECONDS = 8  # the panel goes back to "Ready" after this long (setting checkin/reset_seconds)


class CheckInScreen(QWidget):
    """Always ready for the next badge: the scan input owns the keyboard on this screen."""

    checked_in = Signal(object)  # CheckInOutcome, or UndoOutcome after an undo
    state_changed = Signal(str)  # the panel's new state
    counters_refreshed = Signal()
    synced = Signal(object)  # SyncResult, or None when the server is still out of reach

    def __init__(self, db: Database, language: str = "en", settings: QSettings | None = None,
                 parent: QWidget | None = None, *, cache: DeskCache | None = None) -> None:
        super().__init__(parent)
        self.db = db
        if cache is None and not db.is_sqlite:
            # Shared server: keep a local copy to continue from when the network drops.
            path = setting_of(settings, "checkin/cache", "")
            try:
                cache = desk_cache_module.open_cache(path or None)
            except ConferenceDeskError:
                cache = None
        self.cache = cache
        self.desk_service = Desk(db, cache)
        self.language = language
        self.settings = settings
        self.last: checkin.CheckInOutcome | None = None
        self.last_undo: checkin.UndoOutcome | None = None
        self.last_admission: checkin.CheckInOutcome | None = None  # what "Undo last check-in" takes back
        self.last_dialog: Any = None
        self.status = QLabel()
        self.status.setObjectName("checkinStatus")
        self.status.setWordWrap(True)
        self.printing = BadgePrinting(db, self)
        self.printing.message.connect(lambda text: self.status.setText(text))
        self.printing.finished.connect(self._badge_printed)
        self.printing.failed.connect(lambda _text: self.refocus())

        # -- where and who: chosen in the desk set-up, shown here read-only ------------------
        self.setup_bar = DeskSetupBar(db, language, settings)
        self.setup_bar.chosen.connect(self.apply_setup)
        self.setup_bar.dialog_opened.connect(self._dialog_opened)
        self.setup_bar.dialog_closed.connect(self.refocus_soon)
        self.setup_label, self.setup_button = self.setup_bar.label, self.setup_bar.button

        # -- counters; webcam, sound, today's list: buttons that never take the focus from the input ----
        self.counter = CheckInCounter(lambda: (self._desk(), self.setup.day))
        self.counter.refreshed.connect(self._counters_read)
        self.poll_timer = self.counter.poll_timer
        self.attendance_button = QPushButton()
        self.attendance_button.setObjectName("attendanceButton")
        self.attendance_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attendance_button.clicked.connect(self.open_attendance)
        self.toggles = CameraSoundToggles(settings, lambda panel: self._outcome_row.addWidget(panel))
        self.toggles.decoded.connect(self.scan_from_camera)
        self.toggles.switched.connect(self.refocus)
        self.camera_button, self.sound_button = self.toggles.camera_button, self.toggles.sound_button
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.counter, 1)
        counter_row.addWidget(self.attendance_button)
        counter_row.addWidget(self.toggles)

        # -- the input and the matches -------------------------------------------------
        self.search_panel = SearchPanel(self._find)
        self.input, self.match_table = self.search_panel.input, self.search_panel.match_table
        self.input.scanned.connect(self.scan)
        self.input.typing_started.connect(self._typing_started)
        self.search_panel.chosen.connect(self.check_in_match)
        self.search_panel.no_match.connect(self._no_match)
        self.search_panel.several.connect(self._several_match)
        self.search_panel.dismissed.connect(self.show_ready)

        # -- the outcome and what to do next -----------------------------------------
        self.panel = OutcomePanel()
        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.timeout.connect(self.show_ready)
        self.actions = PersonActions(db, language, self.printing,
                                     lambda: self.last.participant if self.last is not None else None,
                                     self._desk, self.now, self.setup_bar.actor)
        self.actions.undo_button.clicked.connect(self.undo_last)
        self.actions.said.connect(self.status.setText)
        self.actions.done.connect(self.refocus)
        self.actions.dialog_opened.connect(self._dialog_opened)
        self.actions.dialog_closed.connect(self.refocus_soon)
        self.actions.name_saved.connect(self._badge_name_saved)
        self.actions.registered.connect(self.show_outcome)
        self.admissions = Admissions(self._desk, self)
        self.admissions.undo.connect(self.undo_event)
        self.admissions.said.connect(self.status.setText)
        self.admissions.dialog_opened.connect(self._dialog_opened)
        self.admissions.dialog_closed.connect(self.refocus_soon)
        self.undo_button = self.actions.undo_button

        # -- offline: a plain banner, not an error ---------------------------------------
        self.offline_banner = OfflineBanner(self.desk_service, cache)
        self.sync = DeskSync(self.desk_service, cache, self._desk, self.now, self)
        self.sync.said.connect(self.status.setText)
        self.sync.finished.connect(self._synced)

        layout = QVBoxLayout(self)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.setup_bar)
        layout.addLayout(counter_row)
        layout.addWidget(self.search_panel)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.panel, 1)
        self._outcome_row = outcome_row  # the camera panel goes beside the outcome when made
        layout.addLayout(outcome_row, 1)
        layout.addWidget(self.actions)
        layout.addWidget(self.status)

        self.retranslate()
        self._update_actions()
        self.update_counter()
        self.toggles.restore_camera()
        self.sync.start()  # with a desk copy: a first copy, off the GUI thread
        self.search_panel.keep_focus()

    # -- settings and the desk set-up ---------------------------------------------------

    @property
    def setup(self) -> DeskSetup:
        return self.setup_bar.setup

    def apply_setup(self, setup: DeskSetup) -> None:
        """Use ``setup`` from now on (and remember desk and operator for the next start)."""
        if self.setup_bar.apply(setup):  # another point or day
            self._end_choosing(clear_matches=True)
            self.update_counter()
        self.refocus()

    def apply_operator(self, operator: str, desk: str) -> None:
        """The main window signed someone in: check-ins are theirs."""
        self.apply_setup(replace(self.setup, operator=operator, desk=desk or self.setup.desk))

    def open_setup(self) -> DeskSetupDialog:
        return self.setup_bar.open_dialog()

    def _dialog_opened(self, dialog: Any) -> None:
        self.last_dialog = dialog

    def _desk(self) -> Desk:
        """The desk service, pointed at the current check-in point."""
        self.desk_service.point = self.setup_bar.point()
        return self.desk_service

    @property
    def sounds(self) -> Any:
        """The outcome sounds (an OutcomeSounds), made on first use."""
        return self.toggles.sounds

    @property
    def camera_panel(self) -> Any:
        """The webcam panel (a CameraScanner), made when first needed (hidden until the camera is on)."""
        return self.toggles.camera_panel

    def now(self) -> dt.datetime:
        """The chosen day at the current time of day (today during the event)."""
        day = self.setup.day
        local_now = dt.datetime.now(self.desk_service.zone())
        return local_now.replace(year=day.year, month=day.month, day=day.day).astimezone(dt.timezone.utc)

    def reset_seconds(self) -> int:
        try:
            return max(2, min(120, int(float(setting_of(self.settings, "checkin/reset_seconds",
                                                        str(RESET_SECONDS))))))
        except ValueError:
            return RESET_SECONDS

    # -- the keyboard belongs to the input ----------------------------------------------

    def refocus_soon(self) -> None:
        """After a dialog closes: once the window system has handed activation back."""
        self.search_panel.refocus_soon()

    def refocus(self) -> None:
        self.search_panel.refocus()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refocus()
        self.toggles.make_sounds_soon()  # loaded once the screen is on show, before the first scan

    # -- scanning and searching -------------------------------------------------------

    @property
    def matches(self) -> list[checkin.SearchMatch]:
        return self.search_panel.matches

    @property
    def choosing(self) -> bool:
        return self.search_panel.choosing

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

    def _no_match(self, text: str) -> None:
        self._show_state("no_match", self.tr("NO ONE FOUND"), f"“{text}”", "",
                         self.tr("Check the spelling, scan the badge, or register a walk-in."))
        self.sounds.play("rejected")

    def _several_match(self, text: str, count: int) -> None:
        """The list has the keyboard now: the panel says how to choose."""
        more = count >= 20
        self._show_state("choose", self.tr("SEVERAL PEOPLE MATCH"),
                         (self.tr("“%1”: more than %2 people") if more else self.tr("“%1”: %2 people"))
                         .replace("%1", text).replace("%2", str(count)), "",
                         self.tr("Choose with ↑ ↓ and Enter, or type more of the name. Esc: no one."),
                         fade=False)

    def _end_choosing(self, clear_matches: bool) -> None:
        self.search_panel.end_choosing(clear_matches)

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

    def _typing_started(self) -> None:
        if not self.panel.is_ready:
            self.show_ready()

    # -- the panel ---------------------------------------------------------------------

    def _stamp(self, offline: bool = False) -> str:
        now = dt.datetime.now(desk_zone(self.desk_service))
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

    def _render_outcome(self, outcome: checkin.CheckInOutcome, fade: bool = True) -> None:
        state, headline, name, details, reason = self.panel.describe(outcome)
        self._show_state(state, headline, name, details, reason, fade=fade, offline=outcome.offline)

    def _update_actions(self) -> None:
        # Badge, name and note act on the person the panel shows — never on someone no longer shown.
        has_person = self.last is not None and self.last.participant is not None \
            and self.panel.outcome in ("admitted", "already", "rejected")
        self.actions.set_enabled(has_person, self.last_admission is not None)

    # -- counters, and going on without the server ------------------------------------

    @property
    def _counts(self) -> dict[str, Any] | None:
        return self.counter.counts

    def update_counter(self, outcome: checkin.CheckInOutcome | None = None) -> None:
        """Counters for this point and day; after a scan, only its fresh counts are read."""
        try:
            self.counter.update_counts(outcome)
        except ConferenceDeskError as exc:
            self.status.setText(translate_core(message_of(exc)))
        self._update_banner()

    def _poll(self) -> None:
        self.counter.poll()

    def _counters_read(self, read: bool) -> None:
        self._update_banner()
        if read:
            self.counters_refreshed.emit()

    @property
    def _syncing(self) -> bool:
        return self.sync.busy

    def sync_now(self) -> bool:
        """Upload this desk's queue and refresh its copy, off the GUI thread."""
        return self.sync.sync_now()

    def _synced(self, result: SyncResult | None) -> None:
        self._update_banner()
        if result is not None:
            self.counter.refresh()
        self.synced.emit(result)

    def _update_banner(self) -> None:
        self.offline_banner.update_state()

    # -- undo ------------------------------------------------------------------------

    def undo_last(self) -> UndoReasonDialog | None:
        """Undo the last admission of this desk (asks for a reason first)."""
        last = self.last_admission
        if last is None or last.event_id is None:
            return None
        name = last.participant.name if last.participant else ""
        return self.ask_undo(last.event_id, name)

    def ask_undo(self, event_id: int, name: str, after: Any = None, parent: QWidget | None = None) -> UndoReasonDialog:
        return self.admissions.ask_undo(event_id, name, after, parent)

    def undo_event(self, event_id: int, reason: str) -> checkin.UndoOutcome | None:
        """Take back admission ``event_id``: the operator who made it or a supervisor; the panel says so."""
        try:
            result = self._desk().undo(event_id, reason, self.setup_bar.actor(), session_state.current_role(),
                                       self.now())
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
            self.tr("Admitted at %1 at %2")
            .replace("%1", result.admitted_at.astimezone(desk_zone(self.desk_service)).strftime("%H:%M"))
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
        self.attendance_dialog = self.admissions.open_attendance(self.setup.day, self.setup_bar.point_name())
        return self.attendance_dialog

    # -- actions for the person shown, and walk-ins -----------------------------------------

    def correct_badge_name(self) -> Any:
        return self.actions.correct_badge_name()

    def add_note(self) -> Any:
        return self.actions.add_note()

    def _badge_name_saved(self, name: str) -> None:
        if self.last is not None and self.last.participant is not None:
            self.panel.name.setText(name)

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

    def open_walk_in(self) -> WalkInDialog:
        return self.actions.open_walk_in()

    # -- language ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.actions.language = language
        self.setup_bar.set_language(language)

    def retranslate(self) -> None:
        self.attendance_button.setText(self.tr("Checked in today…"))
        self.attendance_button.setToolTip(self.tr("Everyone checked in here today; undo a check-in"))
        if self.panel.is_ready or self.last is None:
            self.show_ready()
        elif self.last_undo is None and self.panel.outcome in ("admitted", "already", "rejected", "unreadable"):
            self._render_outcome(self.last, fade=self.reset_timer.isActive())
        self.update_counter()
