"""Transport: arrivals per hour, the runs of a day and who rides them, who is not covered and why, planning.

Everything is read off the GUI thread (``core.transport.service``: the stored runs, the first
guests on no run and how many there are, the landings per hour counted in SQL) and handed back
as plain data, so the area shows at once; the passengers of the run chosen and the "Not covered"
tab's name search are read the same way when asked for (a plan of 100,000 guests seats 143,000:
the screen reads the ones it shows).  "Plan transport…" runs the planner with a progress
dialog and Cancel, then shows what the plan is worth; nothing is written until "Apply".
A move (a passenger dragged onto another run, or "Move to run…") and a lock are checked by
the core; a refusal is shown translated in the message line and nothing changes.

The screen composes the widgets of this package (see its docstring) and keeps what they
share: the database, the language, the figures read, the chosen day, and whether a plan is busy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.transport import service as transport
from conference_desk.core.transport.types import hour_slot

from ..common.i18n import locale_for
from ..common.tasks import run_task
from .arrivals_chart import ArrivalsChart
from .message_line import MessageLine
from .move_dialog import MoveToRunDialog, compatible_runs
from .passenger_table import PassengerTable
from .plan_review import TransportPlanReview
from .planning import TransportPlanning
from .run_table import RunTable
from .shared import clock, day_text, route_text, vehicle_text
from .uncovered_table import UncoveredPanel

KINDS = (None, "arrival", "departure", "shuttle")  # the "Show" filter's choices, in order


class TransportScreen(QWidget):
    """Arrivals chart, the day's runs and their passengers, the uncovered guests; plan, apply, move, lock."""

    refreshed = Signal()  # new figures are on screen
    uncovered_shown = Signal()  # the "Not covered" list was read again (after a refresh or a search)
    passengers_shown = Signal()  # the chosen run's passengers are on show
    plan_ready = Signal()  # a plan was made and is shown for review
    data_changed = Signal()  # something was written

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.runs: list[transport.RunRow] | None = None  # every stored run, without passengers (None until read)
        self.riders: dict[int, list[transport.PassengerRow]] = {}  # run -> its passengers, as read when chosen
        self.passengers_of: int | None = None  # the run whose passengers are on show (None: none, or being read)
        self.uncovered: list[transport.UncoveredRow] = []  # those listed: the first of a long list
        self.uncovered_total = 0  # every flight without a run
        self.arrivals: list[tuple[dt.datetime, int]] = []
        self.days: list[dt.date] = []
        self.loading = False
        self._again = False
        self.searching = False  # the "Not covered" search is being read
        self._reads = 0  # refreshes started: a search read before the last one is stale
        self.move_dialog: MoveToRunDialog | None = None
        self._keep_run: int | None = None  # the run to select again once read

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        # -- actions and the day ------------------------------------------------------
        bar = QHBoxLayout()
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("transportPlanButton")
        self.plan_button.clicked.connect(self.plan_transport)
        self.time_label = QLabel()
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setRange(0.5, 600)
        self.time_limit.setDecimals(1)
        self.time_limit.setValue(10)
        self.time_label.setBuddy(self.time_limit)
        self.day_label = QLabel()
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("transportDay")
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_label.setBuddy(self.day_combo)
        self.day_combo.currentIndexChanged.connect(self._render_day)
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("transportKind")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_label.setBuddy(self.kind_combo)
        for _ in KINDS:
            self.kind_combo.addItem("")
        self.kind_combo.currentIndexChanged.connect(self._render_day)
        for widget in (self.plan_button, self.time_label, self.time_limit):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.day_label, self.day_combo, self.kind_label, self.kind_combo):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.message = MessageLine()
        layout.addWidget(self.message)

        # -- the plan under review ------------------------------------------------------
        self.plan_box = TransportPlanReview(language)
        self.apply_button, self.discard_button = self.plan_box.apply_button, self.plan_box.discard_button
        self.planning = TransportPlanning(db, self.plan_box, self.message, self)
        self.planning.busy_changed.connect(self._update_actions)
        self.planning.plan_ready.connect(self.plan_ready)
        self.planning.applied.connect(self._applied)
        layout.addWidget(self.plan_box)

        # -- runs and passengers (left), chart and uncovered guests (right) ---------------
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QSplitter(Qt.Orientation.Vertical)
        runs_panel = QWidget()
        runs_layout = QVBoxLayout(runs_panel)
        runs_layout.setContentsMargins(0, 0, 0, 0)
        self.runs_caption = QLabel()
        self.runs_caption.setObjectName("transportRunsCaption")
        self.runs_caption.setWordWrap(True)
        self.run_table = RunTable()
        self.run_table.move_handler = self.move
        self.run_table.itemSelectionChanged.connect(self._run_selected)
        run_buttons = QHBoxLayout()
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("transportLock")
        self.lock_button.clicked.connect(lambda: self.set_locked(True))
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("transportUnlock")
        self.unlock_button.clicked.connect(lambda: self.set_locked(False))
        run_buttons.addWidget(self.lock_button)
        run_buttons.addWidget(self.unlock_button)
        run_buttons.addStretch(1)
        runs_layout.addWidget(self.runs_caption)
        runs_layout.addWidget(self.run_table, 1)
        runs_layout.addLayout(run_buttons)
        left.addWidget(runs_panel)

        passengers_panel = QWidget()
        passengers_layout = QVBoxLayout(passengers_panel)
        passengers_layout.setContentsMargins(0, 0, 0, 0)
        self.passengers_caption = QLabel()
        self.passengers_caption.setObjectName("transportPassengersCaption")
        self.passengers_caption.setWordWrap(True)
        self.passenger_table = PassengerTable()
        self.passenger_table.itemSelectionChanged.connect(self._update_actions)
        self.passenger_table.doubleClicked.connect(lambda _index: self.open_move_dialog())
        passenger_buttons = QHBoxLayout()
        self.move_button = QPushButton()
        self.move_button.setObjectName("transportMove")
        self.move_button.clicked.connect(self.open_move_dialog)
        self.drag_hint = QLabel()
        self.drag_hint.setWordWrap(True)
        self.drag_hint.setEnabled(False)  # a hint, greyed
        passenger_buttons.addWidget(self.move_button)
        passenger_buttons.addWidget(self.drag_hint, 1)
        passengers_layout.addWidget(self.passengers_caption)
        passengers_layout.addWidget(self.passenger_table, 1)
        passengers_layout.addLayout(passenger_buttons)
        left.addWidget(passengers_panel)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        self.splitter.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("transportTabs")
        self.chart_view = ArrivalsChart()
        self.tabs.addTab(self.chart_view, "")
        self.uncovered_panel = UncoveredPanel()
        self.uncovered_panel.search_changed.connect(lambda _text: self.search_uncovered())
        self.uncovered_table = self.uncovered_panel.table
        self.tabs.addTab(self.uncovered_panel, "")
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self._update_actions()

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Read the runs, the uncovered guests and the landings off the GUI thread; False when a read
        is running (it is done again after)."""
        if self.loading:
            self._again = True
            return False
        self.loading = True
        self._reads += 1
        db, language, search = self.db, self.language, self.uncovered_panel.search_text()

        def read(_progress: Any) -> tuple[Any, ...]:
            return (transport.stored_runs(db, lang=language, passengers=False),
                    transport.uncovered_page(db, lang=language, search=search), transport.arrivals_per_hour(db))

        run_task(read, self._loaded, self._read_failed, owner=self)
        return True

    def _loaded(self, result: tuple[Any, ...]) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        runs, page, self.arrivals = result
        self.runs = sorted(runs, key=lambda r: (r.departs_at, r.code))
        self.riders = {}
        self._set_uncovered(page)
        self._render()
        self.refreshed.emit()
        self.uncovered_shown.emit()
        if page.search != self.uncovered_panel.search_text():  # typed while it was read
            self.search_uncovered()

    def _set_uncovered(self, page: transport.UncoveredPage) -> None:
        self.uncovered = page.rows
        if page.total is not None:
            self.uncovered_total = page.total
        self.uncovered_panel.page = page

    def search_uncovered(self) -> bool:
        """Read the "Not covered" list again for the text in its search field, off the GUI thread;
        False when a read is running (its result is checked against the text when it ends)."""
        if self.loading or self.searching:
            return False
        self.searching = True
        db, language, search, reads = self.db, self.language, self.uncovered_panel.search_text(), self._reads

        def read(_progress: Any) -> transport.UncoveredPage:  # the total is on the tab already
            return transport.uncovered_page(db, lang=language, search=search, total=False)

        run_task(read, lambda page: self._searched(page, reads), self._search_failed, owner=self)
        return True

    def _searched(self, page: transport.UncoveredPage, reads: int) -> None:
        self.searching = False
        if reads != self._reads or self.runs is None:  # a refresh started meanwhile: its list is the newer
            return
        self._set_uncovered(page)
        self.uncovered_panel.show_page(page, self.language)
        self._tab_titles()
        self.uncovered_shown.emit()
        if page.search != self.uncovered_panel.search_text():
            self.search_uncovered()

    def _search_failed(self, message: str) -> None:
        self.searching = False
        self.message.show_error(message)

    def _read_failed(self, message: str) -> None:
        self.loading = False
        self.message.show_error(message)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    # -- drawing --------------------------------------------------------------------------

    def _render(self) -> None:
        if self.runs is None:
            return
        wanted = self.current_day()
        days = {at.date() for at, count in self.arrivals if count} | {r.departs_at.date() for r in self.runs}
        self.days = sorted(days)
        if wanted not in self.days:  # the first time, or the day has nothing any more: today, else the first day
            today = dt.date.today()
            wanted = today if today in self.days else (self.days[0] if self.days else None)
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in self.days:
            self.day_combo.addItem(day_text(day, self.language))
        self.day_combo.setCurrentIndex(self.days.index(wanted) if wanted in self.days else -1)
        self.day_combo.setEnabled(bool(self.days))
        self.day_combo.blockSignals(False)
        if self.uncovered_panel.page is not None:
            self.uncovered_panel.show_page(self.uncovered_panel.page, self.language)
        self._tab_titles()
        self._render_day()

    def current_day(self) -> dt.date | None:
        index = self.day_combo.currentIndex()
        return self.days[index] if 0 <= index < len(self.days) and self.day_combo.count() == len(self.days) else None

    def set_day(self, day: dt.date) -> bool:
        if day not in self.days:
            return False
        self.day_combo.setCurrentIndex(self.days.index(day))
        return True

    def set_kind(self, kind: str | None) -> None:
        """Show only the runs of one kind ("arrival", "departure", "shuttle"), or all of them (None)."""
        self.kind_combo.setCurrentIndex(KINDS.index(kind))

    def day_runs(self) -> list[transport.RunRow]:
        """The runs the table shows: of the chosen day and kind, by departure time."""
        day, kind = self.current_day(), KINDS[max(self.kind_combo.currentIndex(), 0)]
        return [r for r in self.runs or [] if r.departs_at.date() == day and (kind is None or r.kind == kind)]

    def _render_day(self) -> None:
        if self.runs is None:
            return
        keep = self._keep_run if self._keep_run is not None else getattr(self.selected_run(), "id", None)
        self._keep_run = None
        shown = self.day_runs()
        self.run_table.blockSignals(True)
        self.run_table.clearSelection()
        self.run_table.fill(shown, self.language)
        self.run_table.blockSignals(False)
        if keep is not None:
            self.run_table.select_run(keep)
        self._runs_caption(shown)
        day = self.current_day()
        landed = {at: count for at, count in self.arrivals if at.date() == day and count}
        leaving = Counter(hour_slot(r.departs_at) for r in self.runs
                          if r.kind == "arrival" and r.departs_at.date() == day)
        self.chart_view.fill(landed, dict(leaving), self.language)
        self._run_selected()

    def _runs_caption(self, shown: list[transport.RunRow]) -> None:
        day = self.current_day()
        if not self.runs:
            self.runs_caption.setText(self.tr("No runs stored yet: “Plan transport…” proposes them from the "
                                              "participants’ flights."))
        elif day is None:
            self.runs_caption.setText("")
        else:
            locked = sum(1 for r in shown if r.locked)
            text = self.tr("%n run(s) on %1", "", len(shown)).replace("%1", day_text(day, self.language))
            if locked:
                text += " · " + self.tr("%n locked", "", locked)
            self.runs_caption.setText(text)

    def _tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Arrivals per hour"))
        self.tabs.setTabText(1, self.tr("Not covered (%1)").replace(
            "%1", locale_for(self.language).toString(self.uncovered_total)))

    # -- the selected run and passenger --------------------------------------------------------

    def selected_run(self) -> transport.RunRow | None:
        return self.run_table.selected_run()

    def select_run(self, run_id: int) -> bool:
        """Select a run (on another day or kind too: the day and the filter follow)."""
        run = next((r for r in self.runs or [] if r.id == run_id), None)
        if run is None:
            return False
        if run.departs_at.date() != self.current_day():
            self.set_day(run.departs_at.date())
        if self.run_table.row_of(run_id) < 0:
            self.set_kind(None)
        return self.run_table.select_run(run_id)

    def selected_passenger(self) -> transport.PassengerRow | None:
        return self.passenger_table.selected_passenger()

    def select_passenger(self, participant_id: int) -> bool:
        return self.passenger_table.select_passenger(participant_id)

    def _run_selected(self) -> None:
        run = self.selected_run()
        self._show_passengers(run)
        if run is None:
            self.passengers_caption.setText(self.tr("Select a run to see who rides it."))
        elif run.kind == "shuttle":
            self.passengers_caption.setText(
                self.tr("Shuttle %1 (%2, %3): %4 riders counted from the hotels’ guests, no names.")
                .replace("%1", run.code).replace("%2", clock(run.departs_at, self.language))
                .replace("%3", route_text(run.from_place, run.to_place)).replace("%4", str(run.riders)))
        else:
            self.passengers_caption.setText(
                self.tr("Passengers of run %1: %2, %3, %4").replace("%1", run.code)
                .replace("%2", clock(run.departs_at, self.language)).replace("%3", vehicle_text(run.vehicle))
                .replace("%4", route_text(run.from_place, run.to_place)))
        self._update_actions()

    def _show_passengers(self, run: transport.RunRow | None) -> None:
        """The run's passengers in the table: as read before, else read now off the GUI thread (the
        table is empty meanwhile).  A shuttle has none (head counts)."""
        if run is None or run.kind == "shuttle" or run.id in self.riders:
            passengers = self.riders.get(run.id, []) if run is not None else []
            self.passenger_table.fill(dataclasses.replace(run, passengers=passengers) if run is not None else None,
                                      self.language)
            self.passengers_of = run.id if run is not None else None
            self.passengers_shown.emit()
            return
        self.passenger_table.fill(run, self.language)  # the run without its passengers, until they are read
        self.passengers_of = None
        db, language, reads, run_id = self.db, self.language, self._reads, run.id

        def read(_progress: Any) -> transport.RunRow:
            return transport.stored_run(db, run_id, lang=language)

        run_task(read, lambda row: self._passengers_read(row, reads), self.message.show_error, owner=self)

    def _passengers_read(self, row: transport.RunRow, reads: int) -> None:
        if reads != self._reads:  # the runs were read again meanwhile: the new read asks again
            return
        self.riders[row.id] = list(row.passengers)
        chosen = self.selected_run()
        if chosen is not None and chosen.id == row.id and self.passengers_of != row.id:
            self._show_passengers(chosen)
            self._update_actions()

    def _update_actions(self) -> None:
        run = self.selected_run()
        passenger = self.selected_passenger()
        self.plan_button.setEnabled(not self.busy)
        self.lock_button.setEnabled(run is not None and not run.locked and not self.busy)
        self.unlock_button.setEnabled(run is not None and run.locked and not self.busy)
        self.move_button.setEnabled(passenger is not None and run is not None and run.kind != "shuttle"
                                    and not self.busy)

    # -- writing: moves and locks (checked by the core; a refusal changes nothing) -------------

    def open_move_dialog(self) -> MoveToRunDialog | None:
        """"Move to run…": the runs on the same route near the passenger's flight; OK moves them."""
        run, passenger = self.selected_run(), self.selected_passenger()
        if run is None or passenger is None or run.kind == "shuttle" or self.busy:
            return None
        dialog = MoveToRunDialog(passenger, run, compatible_runs(self.runs or [], run, passenger), self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._move_chosen(passenger.participant_id, run.kind, dialog.chosen()))
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def _move_chosen(self, participant_id: int, kind: str, run_id: int | None) -> None:
        if run_id is not None:
            self.move(participant_id, kind, run_id)

    def move(self, participant_id: int, kind: str, run_id: int) -> bool:
        """Put a guest's ``kind`` leg on run ``run_id``; a refusal is shown and nothing changes."""
        if self.busy:
            return False
        target = next((r for r in self.runs or [] if r.id == run_id), None)
        try:
            name = transport.move_passenger(self.db, participant_id, kind, run_id, Actor()) or str(participant_id)
        except ConferenceDeskError as exc:
            self.message.show_refusal(exc)
            return False
        self._keep_run = run_id
        self._written(self.tr("%1 moved to run %2.").replace("%1", name)
                      .replace("%2", target.code if target is not None else str(run_id)))
        return True

    def set_locked(self, locked: bool) -> bool:
        """Lock (a new plan keeps it as it is) or unlock the selected run."""
        run = self.selected_run()
        if run is None or self.busy or run.locked == locked:
            return False
        try:
            transport.lock_run(self.db, run.id, locked, Actor())
        except ConferenceDeskError as exc:
            self.message.show_refusal(exc)
            return False
        self._keep_run = run.id
        self._written((self.tr("Run %1 locked: a new plan keeps it as it is.") if locked else
                       self.tr("Run %1 unlocked: a new plan may change it.")).replace("%1", run.code))
        return True

    def _written(self, text: str) -> None:
        if self.plan is not None:  # made from the runs as they were: Apply would be refused as stale
            self.plan_box.clear()
            text += " " + self.tr("The proposed plan was discarded: it was made before this change.")
        self.message.show_message(text)
        self.data_changed.emit()
        self.refresh()

    # -- planning -----------------------------------------------------------------------------

    @property
    def plan(self) -> transport.TransportPlan | None:
        """The plan under review (nothing written until Apply)."""
        return self.plan_box.plan

    @property
    def busy(self) -> bool:
        """A plan is being made or stored: moves, locks and another plan wait."""
        return self.planning.busy

    @property
    def progress_dialog(self) -> Any:
        return self.planning.progress_dialog

    def plan_transport(self) -> None:
        """Plan the runs off the GUI thread (progress and Cancel), then show the plan for review."""
        self.planning.make(self.time_limit.value())

    def apply_plan(self) -> None:
        """Store the plan under review (one transaction), then read everything again."""
        self.planning.apply()

    def discard_plan(self) -> None:
        self.planning.discard()

    def _applied(self, _stored: int) -> None:
        self.data_changed.emit()
        self.refresh()

    # -- language -------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Delegations and dates in this language; read again if shown."""
        if language != self.language:
            self.language = language
            self.plan_box.language = language  # the plan's figures: numbers in this language
            if self.isVisible():
                self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.plan_button.setText(self.tr("&Plan transport…"))
        self.time_label.setText(self.tr("&Time limit (s):"))
        self.day_label.setText(self.tr("&Day:"))
        self.kind_label.setText(self.tr("&Show:"))
        for index, text in enumerate((self.tr("All runs"), self.tr("Airport pick-ups"),
                                      self.tr("Runs to the airport"), self.tr("Shuttles"))):
            self.kind_combo.setItemText(index, text)
        self.lock_button.setText(self.tr("&Lock"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.move_button.setText(self.tr("&Move to run…"))
        self.drag_hint.setText(self.tr("or drag a passenger onto another run."))
        self._tab_titles()
        if self.runs is not None:
            self._render()
        else:
            self._run_selected()
