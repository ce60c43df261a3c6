"""Interpreters: the roster grid (sessions × booths), per interpreter per day, the pool, documents.

The screen puts together the widgets of this package and the state they share
(:class:`.roster_data.RosterState`).  Everything is read off the GUI thread
(``core.interpreters.roster``: the grid, the problem and the pool) and handed back
as plain data.  "Build roster…" runs the CP-SAT solver off the GUI thread with a
progress dialog and Cancel, then shows a review (changes, booths that cannot be
staffed with the reason and what would fix it, optimal or not, cost); nothing is
written until "Apply" (:mod:`.roster_review`).  A manual edit (assign, remove,
lock) is written at once by the core, which refuses an assignment that would make
the interpreter break a rule (:mod:`.booth_panel`); after each edit the roster is
read again on the spot, so the status of every booth and the rules broken follow
every edit.  The core writes its messages in English: rule and status names are
translated here, the detailed messages are shown as the core wrote them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.interpreters import roster as core
from conference_desk.core.interpreters import rules

from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from ..common.tasks import run_task
from .assign_dialog import AssignDialog
from .booth_panel import BoothPanel
from .documents import DocumentsButton
from .interpreter_days import InterpreterDaysTable
from .interpreter_dialog import InterpreterDialog
from .pool_view import PoolView
from .roster_data import RosterData, RosterState, read_roster
from .roster_grid import RosterGrid
from .roster_review import RosterBuilder, RosterReviewDialog
from .rules_dialog import RulesDialog
from .shared import ERROR_COLOUR, ID_ROLE, STATUS_COLOURS, error_text, money

__all__ = ["AssignDialog", "InterpreterDialog", "InterpretersScreen", "RosterData", "RosterReviewDialog",
           "RulesDialog", "read_roster"]


class InterpretersScreen(QWidget):
    """Roster grid with live rule marks, per interpreter per day, the pool, documents and rules."""

    refreshed = Signal()       # new data is on screen
    roster_ready = Signal()    # a roster was computed and is shown for review
    data_changed = Signal()    # something was written
    exported = Signal(str)     # a document was written to this file

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = RosterState(db, language)
        self.loading = False
        self._again = False
        self.rules_dialog: RulesDialog | None = None
        self.builder = RosterBuilder(self.state, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        # -- actions ----------------------------------------------------------------
        bar = QHBoxLayout()
        self.build_button = QPushButton()
        self.build_button.setObjectName("rosterBuild")
        self.build_button.clicked.connect(self.build_roster)
        self.keep_locks = QCheckBox()
        self.keep_locks.setChecked(True)
        self.time_label = QLabel()
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setObjectName("rosterTimeLimit")
        self.time_limit.setRange(1, 600)
        self.time_limit.setDecimals(0)
        self.time_limit.setValue(10)
        self.time_label.setBuddy(self.time_limit)
        self.documents_button = DocumentsButton(self.state, self.selected_interpreter)
        self.rules_button = QPushButton()
        self.rules_button.setObjectName("interpreterRulesButton")
        self.rules_button.clicked.connect(self.open_rules_dialog)
        bar.addWidget(self.build_button)
        bar.addWidget(self.keep_locks)
        bar.addWidget(self.time_label)
        bar.addWidget(self.time_limit)
        bar.addStretch(1)
        bar.addWidget(self.documents_button)
        bar.addWidget(self.rules_button)
        layout.addLayout(bar)

        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.message = QLabel()
        self.message.setObjectName("interpretersMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        # -- tab 1: the roster grid and the selected booth ----------------------------
        self.tabs = QTabWidget()
        roster_page = QSplitter(Qt.Orientation.Horizontal)
        self.roster_grid = RosterGrid(self.state)
        roster_page.addWidget(self.roster_grid)
        self.booth_panel = BoothPanel(self.state, self.roster_grid)
        roster_page.addWidget(self.booth_panel)
        roster_page.setStretchFactor(0, 4)
        roster_page.setStretchFactor(1, 1)
        roster_page.setChildrenCollapsible(False)
        self.tabs.addTab(roster_page, "")

        # -- tab 2: per interpreter per day ----------------------------------------------
        self.days_table = InterpreterDaysTable(self.state)
        self.days_table.itemSelectionChanged.connect(self._update_actions)
        self.tabs.addTab(self.days_table, "")

        # -- tab 3: the pool -------------------------------------------------------------
        self.pool_view = PoolView(self.state, self.selected_interpreter)
        self.pool_view.pool_table.itemSelectionChanged.connect(self._update_actions)
        self.tabs.addTab(self.pool_view, "")
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        layout.addWidget(self.tabs, 1)

        # -- what the widgets report ----------------------------------------------------------
        self.roster_grid.booth_changed.connect(self._booth_changed)
        self.roster_grid.booth_activated.connect(self.open_assign_dialog)
        self.booth_panel.edited.connect(self._written)
        self.pool_view.written.connect(self._written)
        self.builder.busy_changed.connect(self._update_actions)
        self.builder.ready.connect(self.roster_ready)
        self.builder.applied.connect(self._applied)
        self.documents_button.exported.connect(self.exported)
        for part in (self.booth_panel, self.pool_view, self.builder, self.documents_button):
            part.message.connect(self._show_message)
            part.failed.connect(self._show_error)

        # The widgets by the names the screen has always given them (tests reach them here).
        grid, booth, pool = self.roster_grid, self.booth_panel, self.pool_view
        self.grid_table, self.violations_label, self.violations_list = (
            grid.grid_table, grid.violations_label, grid.violations_list)
        self.booth_title, self.booth_status, self.booth_messages, self.team_list = (
            booth.booth_title, booth.booth_status, booth.booth_messages, booth.team_list)
        self.assign_button, self.remove_button, self.lock_button = (
            booth.assign_button, booth.remove_button, booth.lock_button)
        self.pool_table, self.new_button, self.edit_button, self.delete_button = (
            pool.pool_table, pool.new_button, pool.edit_button, pool.delete_button)
        self.schedule_action = self.documents_button.schedule_action

        self.retranslate()
        self._update_actions()

    # -- the shared state, by the names the screen has always had ------------------------

    @property
    def db(self) -> Database:
        return self.state.db

    @property
    def language(self) -> str:
        return self.state.language

    @property
    def data(self) -> RosterData | None:
        return self.state.data

    @property
    def busy(self) -> bool:
        return self.state.busy

    @property
    def selected_booth(self) -> tuple[int, str] | None:
        return self.roster_grid.selected_booth

    @property
    def result(self) -> core.RosterResult | None:
        return self.builder.result

    @property
    def review(self) -> RosterReviewDialog | None:
        return self.builder.review

    @property
    def progress_dialog(self) -> Any:
        return self.builder.progress_dialog

    @property
    def assign_dialog(self) -> AssignDialog | None:
        return self.booth_panel.assign_dialog

    @property
    def interpreter_dialog(self) -> InterpreterDialog | None:
        return self.pool_view.interpreter_dialog

    @property
    def confirm_box(self) -> QMessageBox | None:
        return self.pool_view.confirm_box

    @property
    def file_dialog(self) -> QFileDialog | None:
        return self.documents_button.file_dialog

    # -- reading ------------------------------------------------------------------

    def refresh(self) -> bool:
        """Read the roster, the problem and the pool off the GUI thread; False if a read is running (redone after)."""
        if self.loading:
            self._again = True
            return False
        self.loading = True
        db, language = self.db, self.language
        run_task(lambda _p: read_roster(db, language), self._loaded, self._read_failed, owner=self)
        return True

    def reload_now(self) -> None:
        """Read everything on the GUI thread: after a manual edit, so the marks follow at once."""
        try:
            data = read_roster(self.db, self.language)
        except ConferenceDeskError as exc:
            self._show_error(error_text(exc))
            return
        self._show_data(data)

    def _loaded(self, data: RosterData) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self._show_data(data)

    def _show_data(self, data: RosterData) -> None:
        self.state.data = data
        self._render()
        self.refreshed.emit()

    def _read_failed(self, message: str) -> None:
        self.loading = False
        self._show_error(translate_core(message))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    # -- drawing ------------------------------------------------------------------

    def _render(self) -> None:
        if self.data is None:
            return
        self._render_summary()
        self.roster_grid.show_data()
        self.days_table.show_data()
        self.pool_view.show_data()
        self.booth_panel.show_data()
        self.documents_button.show_data()
        self._update_actions()

    def _money(self, value: float) -> str:
        return money(value, self.language)

    def _render_summary(self) -> None:
        assert self.data is not None
        grid = self.data.grid
        number = locale_for(self.language).toString
        cells = [c for row in grid.sessions for c in row.booths]
        staffed = sum(1 for c in cells if c.status == "ok")
        violations = len(grid.violations)
        colour = ERROR_COLOUR if violations else STATUS_COLOURS["ok"][0]
        self.summary.setText(
            self.tr("Booths staffed: <b>%1 of %2</b> · Rules broken: <b style='color:%5'>%3</b> · Cost: <b>%4</b>"
                    " · Interpreters in the pool: %6")
            .replace("%1", number(staffed)).replace("%2", number(len(cells))).replace("%3", number(violations))
            .replace("%4", f"{self._money(grid.cost)} {grid.currency}").replace("%5", colour)
            .replace("%6", number(len(self.data.pool))))

    def _update_actions(self) -> None:
        self.build_button.setEnabled(not self.busy)
        self.booth_panel.update_actions()
        self.pool_view.update_actions()
        self.schedule_action.setEnabled(self.selected_interpreter() is not None)

    # -- the roster grid and the selected booth (see roster_grid, booth_panel) ------------

    def select_booth(self, session_id: int, booth: str) -> bool:
        return self.roster_grid.select_booth(session_id, booth)

    def _booth_changed(self) -> None:
        self.booth_panel.show_data()
        self._update_actions()

    def booth_cell(self, session_id: int, booth: str) -> tuple[core.SessionRow, core.BoothCell] | None:
        return self.roster_grid.booth_cell(session_id, booth)

    def cell_text(self, session_id: int, booth: str) -> str:
        """What the grid shows in a booth (names, one a line; locked ones after a lock sign)."""
        return self.roster_grid.cell_text(session_id, booth)

    def cell_status(self, session_id: int, booth: str) -> str:
        """The status the grid shows for a booth, read from the cell's colour."""
        return self.roster_grid.cell_status(session_id, booth)

    def cell_tooltip(self, session_id: int, booth: str) -> str:
        return self.roster_grid.cell_tooltip(session_id, booth)

    def selected_member(self) -> tuple[int, bool] | None:
        return self.booth_panel.selected_member()

    def select_member(self, interpreter_id: int) -> bool:
        return self.booth_panel.select_member(interpreter_id)

    def open_assign_dialog(self) -> AssignDialog | None:
        return self.booth_panel.open_assign_dialog()

    def assign(self, session_id: int, booth: str, interpreter_id: int, lock: bool = True) -> bool:
        return self.booth_panel.assign(session_id, booth, interpreter_id, lock)

    def remove(self, session_id: int, interpreter_id: int) -> bool:
        return self.booth_panel.remove(session_id, interpreter_id)

    def set_locked(self, session_id: int, interpreter_id: int, locked: bool) -> bool:
        return self.booth_panel.set_locked(session_id, interpreter_id, locked)

    def _written(self, session_id: int | None = None, booth: str = "") -> None:
        """After an edit: the roster read again on the spot, so the marks follow at once."""
        if self.result is not None:  # computed against the old roster: it would be refused as stale
            self._close_review()
        self.reload_now()
        if session_id is not None and booth:
            self.select_booth(session_id, booth)
        self.data_changed.emit()

    # -- building a roster (see roster_review) ----------------------------------------------

    def build_roster(self) -> None:
        """Compute a roster off the GUI thread (progress and Cancel), then show it for review."""
        self.builder.build(self.keep_locks.isChecked(), float(self.time_limit.value()))

    def apply_roster(self) -> None:
        self.builder.apply()

    def discard_roster(self) -> None:
        self.builder.discard()

    def _close_review(self) -> None:
        self.builder.close_review()

    def _applied(self) -> None:
        self.reload_now()
        self.data_changed.emit()

    # -- the pool (see pool_view) ------------------------------------------------------------

    def selected_interpreter(self) -> int | None:
        table = self.days_table if self.tabs.currentIndex() == 1 else self.pool_table
        for candidate in (table, self.pool_table):
            rows = candidate.selectionModel().selectedRows() if candidate.selectionModel() else []
            if rows:
                item = candidate.item(rows[0].row(), 0)
                if item is not None and isinstance(item.data(ID_ROLE), int):
                    return item.data(ID_ROLE)
        return None

    def select_interpreter(self, interpreter_id: int) -> bool:
        return self.pool_view.select_interpreter(interpreter_id)

    def pool_row(self, interpreter_id: int) -> list[str]:
        """The pool table's texts for an interpreter (empty if not listed)."""
        return self.pool_view.pool_row(interpreter_id)

    def open_interpreter_dialog(self, interpreter_id: int | None) -> InterpreterDialog | None:
        return self.pool_view.open_interpreter_dialog(interpreter_id)

    def confirm_delete(self) -> QMessageBox | None:
        return self.pool_view.confirm_delete()

    def delete_interpreter(self, interpreter_id: int) -> bool:
        return self.pool_view.delete_interpreter(interpreter_id)

    # -- rules ----------------------------------------------------------------------------

    def open_rules_dialog(self) -> RulesDialog:
        settings = self.data.problem.settings if self.data else rules.load_settings(self.db)
        currency = self.data.problem.currency if self.data else "USD"
        dialog = RulesDialog(self.db, settings, currency, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._rules_saved)
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def _rules_saved(self) -> None:
        self._written()
        self._show_message(self.tr("Interpreting rules saved; the roster was checked against them again."))

    # -- documents (see documents) ------------------------------------------------------------

    def choose_document_file(self, kind: str, day: dt.date | None = None) -> QFileDialog | None:
        return self.documents_button.choose_document_file(kind, day)

    def write_document(self, kind: str, path: str | Path, interpreter_id: int | None = None,
                       day: dt.date | None = None) -> None:
        """Write a document in the interface language off the GUI thread (``exported`` when done)."""
        self.documents_button.write_document(kind, path, interpreter_id, day)

    # -- messages and language --------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(text)

    def set_language(self, language: str) -> None:
        """Session titles and dates in this language; read again if shown."""
        if language != self.language:
            self.state.language = language
            if self.isVisible():
                self.refresh()
            elif self.data is not None:
                self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.build_button.setText(self.tr("&Build roster…"))
        self.build_button.setToolTip(self.tr("Staff every booth within the rules at the lowest cost, changing"
                                             " as little as possible; you review the result before it is applied."))
        self.keep_locks.setText(self.tr("&Keep locks"))
        self.keep_locks.setToolTip(self.tr("Locked assignments stay where they are in the new roster."))
        self.time_label.setText(self.tr("&Time limit (s):"))
        self.rules_button.setText(self.tr("&Rules…"))
        self.tabs.setTabText(0, self.tr("Roster"))
        self.tabs.setTabText(1, self.tr("By interpreter"))
        self.tabs.setTabText(2, self.tr("Interpreters"))
        for part in (self.documents_button, self.roster_grid, self.booth_panel, self.days_table, self.pool_view):
            part.retranslate()
        self._update_actions()
        if self.data is not None:
            self._render()
        else:
            self.booth_panel.show_data()
