"""Build roster…: the CP-SAT solver runs off the GUI thread with a progress dialog and Cancel, then a
review shows the proposal (changes, booths that cannot be staffed with the reason and what would fix
it, optimal or not, cost); nothing is written until Apply."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.interpreters import roster as core

from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from ..common.tasks import make_progress_dialog, run_task
from .roster_data import RosterState
from .shared import (
    CHANGE_LABELS,
    cell_item,
    language_label,
    make_table,
    rule_label,
    tr_label,
)


class RosterReviewDialog(QDialog):
    """The roster the solver proposes, before anything is written: Apply or Discard."""

    def __init__(self, result: core.RosterResult, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.language = language
        self.setObjectName("rosterReview")
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("rosterReviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.changes = make_table(4, "rosterChanges")
        self.unstaffed = make_table(4, "rosterUnstaffed")
        self.violations = make_table(3, "rosterViolations")
        for table in (self.unstaffed, self.changes, self.violations):
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons.addWidget(self.note, 1)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("rosterApply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("rosterDiscard")
        self.discard_button.clicked.connect(self.reject)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.discard_button)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.retranslate()
        if not result.unstaffed:
            self.tabs.setCurrentWidget(self.changes)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        r = self.result
        locale = locale_for(self.language)
        number = locale.toString
        self.setWindowTitle(self.tr("Proposed roster (not applied yet)"))
        staffed = sum(1 for b in r.booths if b.staffed)
        lines = [self.tr("<b>%1 of %2 booths staffed</b> by %3 interpreters; %4 cannot be staffed.")
                 .replace("%1", number(staffed)).replace("%2", number(len(r.booths)))
                 .replace("%3", number(len({a.interpreter_id for a in r.assignments})))
                 .replace("%4", number(len(r.unstaffed))),
                 self.tr("Cost: %1 %2. Rules broken: %3. Changes to the current roster: %4.")
                 .replace("%1", locale.toString(float(r.cost), "f", 2)).replace("%2", r.currency)
                 .replace("%3", number(len(r.violations))).replace("%4", number(len(r.changes))),
                 self.tr("The best possible roster (proven optimal).") if r.optimal else
                 self.tr("The best roster found within the time limit (not proven optimal: allow more time"
                         " for a cheaper or fairer one).")]
        self.summary.setText("<br>".join(lines))
        self.note.setText(self.tr("Nothing is written until you apply."))
        self.apply_button.setText(self.tr("&Apply"))
        self.discard_button.setText(self.tr("&Discard"))
        self.tabs.setTabText(0, self.tr("Cannot be staffed (%1)").replace("%1", number(len(r.unstaffed))))
        self.tabs.setTabText(1, self.tr("Changes (%1)").replace("%1", number(len(r.changes))))
        self.tabs.setTabText(2, self.tr("Rules broken (%1)").replace("%1", number(len(r.violations))))
        self.changes.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Interpreter"), self.tr("Session"),
                                                self.tr("Booth")])
        self.changes.setRowCount(len(r.changes))
        for row, c in enumerate(r.changes):
            for column, value in enumerate((tr_label(CHANGE_LABELS.get(c.kind, c.kind)), c.interpreter_name,
                                            c.session_code, language_label(c.booth_language))):
                self.changes.setItem(row, column, cell_item(value))
        self.unstaffed.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Booth"), self.tr("Why"),
                                                  self.tr("What would fix it")])
        self.unstaffed.setRowCount(len(r.unstaffed))
        for row, u in enumerate(r.unstaffed):
            for column, value in enumerate((u.session_code, language_label(u.booth_language),
                                            translate_core(u.reason), translate_core(u.fix))):
                item = cell_item(value)
                item.setToolTip(value)
                self.unstaffed.setItem(row, column, item)
        self.violations.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Rule"), self.tr("What is wrong")])
        self.violations.setRowCount(len(r.violations))
        for row, v in enumerate(r.violations):
            for column, value in enumerate((v.session_code, rule_label(v.rule), translate_core(v.message))):
                self.violations.setItem(row, column, cell_item(value))
        for table in (self.changes, self.unstaffed, self.violations):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
            table.resizeRowsToContents()


class RosterBuilder(QObject):
    """Builds a roster, shows it for review, writes it on Apply; the shared state is busy meanwhile."""

    ready = Signal()            # a roster was computed and is shown for review
    applied = Signal()          # the roster under review was written
    busy_changed = Signal()     # started or stopped building or applying
    message = Signal(str)       # what happened
    failed = Signal(str)        # what went wrong (nothing was changed)

    def __init__(self, state: RosterState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.owner = parent  # the progress and review dialogs open over it
        self.result: core.RosterResult | None = None
        self.review: RosterReviewDialog | None = None
        self.progress_dialog: Any = None

    def build(self, keep_locks: bool, time_limit: float) -> None:
        """Compute a roster off the GUI thread (progress and Cancel), then show it for review."""
        if self.state.busy:
            return
        self.state.busy = True
        self.close_review()
        self.busy_changed.emit()
        db, keep, limit = self.state.db, keep_locks, time_limit
        self.progress_dialog = make_progress_dialog(self.owner, self.tr("Building the interpreters' roster…"),
                                                    self.tr("Build roster"))
        self.progress_dialog.canceled.connect(self._build_cancelled)

        def work(progress: Callable[[int, int], bool]) -> core.RosterResult:
            return core.solve(core.load_problem(db), time_limit=limit, progress=progress, keep_locks=keep)

        run_task(work, self._roster_ready, self._build_failed, owner=self, progress_dialog=self.progress_dialog)

    def _build_cancelled(self) -> None:
        self.state.busy = False
        self.busy_changed.emit()
        self.message.emit(self.tr("Roster cancelled; nothing was changed."))

    def _build_failed(self, message: str) -> None:
        self.state.busy = False
        self.busy_changed.emit()
        self.failed.emit(translate_core(message))

    def _roster_ready(self, result: core.RosterResult) -> None:
        self.state.busy = False
        self.result = result
        self.busy_changed.emit()
        dialog = RosterReviewDialog(result, self.state.language, self.owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.apply)
        dialog.rejected.connect(self.discard)
        self.review = dialog
        self.message.emit(self.tr("Review the proposed roster, then Apply or Discard. Nothing is written yet."))
        dialog.open()
        self.ready.emit()

    def close_review(self) -> None:
        """Drop the roster under review (closing its dialog): an edit made it stale."""
        dialog, self.review = self.review, None
        self.result = None
        if dialog is not None:
            try:
                dialog.blockSignals(True)
                dialog.close()
            except RuntimeError:  # already deleted
                pass

    def apply(self) -> None:
        """Write the roster under review (one transaction); ``applied`` asks for everything to be read again."""
        result = self.result
        self.review = None
        if result is None or self.state.busy:
            return
        self.state.busy = True
        self.busy_changed.emit()
        db = self.state.db
        run_task(lambda _p: core.apply(db, result, Actor()), self._applied, self._apply_failed, owner=self)

    def _applied(self, changes: int) -> None:
        self.state.busy = False
        self.result = None
        self.message.emit(self.tr("Roster applied: %n change(s) written.", "", changes))
        self.applied.emit()

    def _apply_failed(self, message: str) -> None:
        self.state.busy = False
        self.result = None
        self.busy_changed.emit()
        self.failed.emit(translate_core(message))

    def discard(self) -> None:
        self.review = None
        if self.result is not None:
            self.result = None
            self.message.emit(self.tr("Proposed roster discarded; nothing was changed."))
