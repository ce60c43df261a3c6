"""Hotels: occupancy per night against the blocks, automatic allocation with a preview, guests, moves, locks.

Everything is read off the GUI thread (``core.hotels.occupancy``, one screenful of
guests and of unplaced guests, and the unplaced count, cut and counted in SQL) and
handed back as plain data; the search reads its screenful of matches in SQL too.  "Allocate…" runs the CP-SAT allocation
with a progress dialog and Cancel, then shows the plan's differences; nothing
is written until "Apply".  A move is refused by the core when a night would go
over the block; its message is shown translated (``translate_core``).

The screen composes the widgets of this package (see its docstring) and keeps
what they share: the database, the language, the figures read, and whether an
allocation is busy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import QBarSet
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.hotels import service as hotels

from ..common.i18n import locale_for
from ..common.tasks import make_progress_dialog, run_task
from .dialogs import MoveDialog, ShareDialog
from .drag_drop import PARTICIPANTS_MIME, participant_ids
from .drop_panel import DropPanel
from .guest_list import GuestList
from .guest_moves import GuestMoves
from .message_line import MessageLine
from .occupancy import OccupancyChart, OccupancyGrid
from .plan_review import PlanReview
from .rooming_export import RoomingListExport
from .shared import FULL, GUEST_ROWS_SHOWN, OVER, UNDER, cell_colours
from .unplaced import UnplacedTable

# The screen's module still answers for the names the tests have always imported from it.
__all__ = ["FULL", "OVER", "PARTICIPANTS_MIME", "UNDER", "HotelsScreen", "cell_colours", "participant_ids"]


class HotelsScreen(QWidget):
    """Occupancy grid and chart, allocation with a preview, guests with moves and locks, unplaced, rooming lists."""

    refreshed = Signal()  # new figures are on screen
    searched = Signal()  # the guests matching the search are on screen
    plan_ready = Signal()  # an allocation was computed and is shown for review
    data_changed = Signal()  # something was written
    exported = Signal(str)  # a rooming list was written to this file

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.grid: hotels.Occupancy | None = None
        self.unplaced_count = 0  # of them all (the unplaced table shows at most GUEST_ROWS_SHOWN)
        self._search_read = 0  # the latest search read (older ones are dropped)
        self._search_timer = QTimer(self)  # the search is read once typing pauses
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._read_search)
        self.loading = False
        self._again = False
        self.busy = False
        self.progress_dialog: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        # -- actions ------------------------------------------------------------
        bar = QHBoxLayout()
        self.allocate_button = QPushButton()
        self.allocate_button.setObjectName("hotelsAllocate")
        self.allocate_button.clicked.connect(self.allocate)
        self.keep_locks = QCheckBox()
        self.keep_locks.setChecked(True)
        self.time_label = QLabel()
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setRange(0.5, 600)
        self.time_limit.setDecimals(1)
        self.time_limit.setValue(10)
        self.time_label.setBuddy(self.time_limit)
        self.rooming_export = RoomingListExport(db, language)
        self.rooming_export.done.connect(self._exported)
        self.export_hotel = self.rooming_export.export_hotel
        self.export_button = self.rooming_export.export_button
        bar.addWidget(self.allocate_button)
        bar.addWidget(self.keep_locks)
        bar.addWidget(self.time_label)
        bar.addWidget(self.time_limit)
        bar.addStretch(1)
        bar.addWidget(self.rooming_export)
        layout.addLayout(bar)
        self.message = MessageLine()
        self.rooming_export.failed.connect(self.message.show_error)
        layout.addWidget(self.message)

        # -- the plan under review ---------------------------------------------
        self.plan_box = PlanReview(language)
        self.plan_box.apply_button.clicked.connect(self.apply_plan)
        self.plan_box.discard_button.clicked.connect(self.discard_plan)
        self.plan_summary, self.changes_table = self.plan_box.plan_summary, self.plan_box.changes_table
        self.apply_button, self.discard_button = self.plan_box.apply_button, self.plan_box.discard_button

        # -- tabs: occupancy, guests, unplaced -----------------------------------
        self.tabs = QTabWidget()
        occupancy_page = QSplitter(Qt.Orientation.Vertical)
        self.grid_table = OccupancyGrid()
        self.grid_table.setObjectName("hotelsGrid")
        self.grid_table.move_handler = self.move_guests
        occupancy_page.addWidget(self.grid_table)
        self.chart_view = OccupancyChart()
        self.chart, self.block_line = self.chart_view.chart(), self.chart_view.block_line
        self.threshold_line = self.chart_view.threshold_line
        occupancy_page.addWidget(self.chart_view)
        occupancy_page.setStretchFactor(0, 1)
        occupancy_page.setStretchFactor(1, 1)
        self.tabs.addTab(occupancy_page, "")

        guests_page = QSplitter(Qt.Orientation.Horizontal)
        self.guest_list = GuestList(language)
        self.search, self.guest_table = self.guest_list.search, self.guest_list.guest_table
        self.move_button, self.share_button = self.guest_list.move_button, self.guest_list.share_button
        self.lock_button, self.unlock_button = self.guest_list.lock_button, self.guest_list.unlock_button
        self.guest_moves = GuestMoves(db, language, self.guest_list, self.message, lambda: self.busy,
                                      lambda: self.grid, self)
        self.guest_moves.written.connect(self._written)
        self.search.textChanged.connect(self._filter_guests)
        self.guest_table.itemSelectionChanged.connect(self._update_actions)
        self.guest_table.share_handler = self.share
        self.guest_table.customContextMenuRequested.connect(self.open_context_menu)
        self.move_button.clicked.connect(self.open_move_dialog)
        self.share_button.clicked.connect(self.open_share_dialog)
        self.lock_button.clicked.connect(lambda: self.set_locked(True))
        self.unlock_button.clicked.connect(lambda: self.set_locked(False))
        guests_page.addWidget(self.guest_list)
        self.drop_panel = DropPanel()
        self.drop_hint, self.room_tree = self.drop_panel.drop_hint, self.drop_panel.room_tree
        self.room_tree.move_handler = self.move_guests
        guests_page.addWidget(self.drop_panel)
        guests_page.setStretchFactor(0, 3)
        guests_page.setStretchFactor(1, 1)
        guests_page.setChildrenCollapsible(False)
        self.tabs.addTab(guests_page, "")
        # Dragging guests over the "Occupancy" tab opens it, so they can be dropped on the grid's rows.
        self.tabs.tabBar().setChangeCurrentOnDrag(True)
        self.tabs.tabBar().setAcceptDrops(True)

        self.unplaced_table = UnplacedTable()
        self.tabs.addTab(self.unplaced_table, "")

        layout.addWidget(self.plan_box, 2)
        layout.addWidget(self.tabs, 3)
        self.retranslate()
        self._update_actions()

    # -- what the widgets hold, under the screen's names ----------------------------

    @property
    def guests(self) -> list[hotels.GuestRow]:
        """The guest table's rows: the guests matching the search, at most GUEST_ROWS_SHOWN, read in SQL."""
        return self.guest_list.guests

    @property
    def plan(self) -> hotels.AllocationPlan | None:
        """The allocation under review (nothing written until Apply)."""
        return self.plan_box.plan

    @property
    def grid_rows(self) -> dict[tuple[int, int | str], int]:
        return self.grid_table.rows

    @property
    def bar_sets(self) -> dict[int, QBarSet]:
        return self.chart_view.bar_sets

    @property
    def move_dialog(self) -> MoveDialog | None:
        return self.guest_moves.move_dialog

    @property
    def share_dialog(self) -> ShareDialog | None:
        return self.guest_moves.share_dialog

    # -- reading --------------------------------------------------------------

    def refresh(self) -> bool:
        """Read occupancy and guests off the GUI thread; False when a read is running (redone after)."""
        if self.loading:
            self._again = True
            return False
        self.loading = True
        db, language, search = self.db, self.language, self.search.text()

        def read(_progress: Any) -> tuple[Any, ...]:
            return (hotels.occupancy(db), hotels.guest_rows(db, language, search, limit=GUEST_ROWS_SHOWN + 1),
                    hotels.guest_rows(db, language, placed=False, limit=GUEST_ROWS_SHOWN),
                    hotels.unplaced_count(db), search)

        run_task(read, self._loaded, self._read_failed, owner=self)
        return True

    def _loaded(self, result: tuple[Any, ...]) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.grid, guests, self.unplaced_table.unplaced, self.unplaced_count, search = result
        self.guest_list.set_guests(guests)
        self._render()
        if search != self.search.text():  # typed while reading
            self._read_search()
        self.refreshed.emit()

    def _read_failed(self, message: str) -> None:
        self.loading = False
        self.message.show_error(message)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    def _filter_guests(self) -> None:
        """The matches of the search are read once typing pauses (see _read_search)."""
        self._search_timer.start()

    def _read_search(self) -> None:
        """The matches of the search, read in SQL off the GUI thread (a screenful: see GUEST_ROWS_SHOWN)."""
        self._search_timer.stop()
        if self.grid is None or self.loading:
            return  # the read under way (or the first one) takes the search
        self._search_read += 1
        number, db, language, search = self._search_read, self.db, self.language, self.search.text()

        def done(rows: list[hotels.GuestRow]) -> None:
            if number != self._search_read or self.loading:
                return  # a newer search, or a read of everything, comes after
            self.guest_list.set_guests(rows)
            self._render_guests()
            self.searched.emit()

        run_task(lambda _p: hotels.guest_rows(db, language, search, limit=GUEST_ROWS_SHOWN + 1), done,
                 self.message.show_error, owner=self)

    # -- drawing ----------------------------------------------------------------

    def _render(self) -> None:
        if self.grid is None:
            return
        self.grid_table.fill(self.grid, self.language)
        self.room_tree.fill(self.grid, self.language)
        self.chart_view.fill(self.grid, self.language,
                             [self.grid_table.night_text(n, self.language) for n in self.grid.nights])
        self._render_guests()
        self._render_unplaced()
        self.rooming_export.set_hotels(self.grid.hotels)

    def grid_text(self, hotel_id: int, key: int | str, night_index: int) -> str:
        """What the grid shows for a room type (or "total"/"threshold") of a hotel on a night."""
        return self.grid_table.text(hotel_id, key, night_index)

    def _render_guests(self) -> None:
        self.guest_list.render_rows()
        self._update_actions()

    def _render_unplaced(self) -> None:
        self.unplaced_table.render_rows()  # the count in the tab is of them all
        self.tabs.setTabText(2, self.tr("Unplaced (%1)").replace("%1", locale_for(self.language).toString(
            self.unplaced_count)))

    # -- guests (the list selects, GuestMoves writes) ------------------------------

    def selected_guests(self) -> list[hotels.GuestRow]:
        return self.guest_list.selected_guests()

    def selected_guest(self) -> hotels.GuestRow | None:
        return self.guest_list.selected_guest()

    def select_guest(self, participant_id: int) -> bool:
        return self.guest_list.select_guest(participant_id)

    def select_guests(self, participant_ids: Sequence[int]) -> int:
        """Select these guests' rows (and only them); returns how many were found."""
        return self.guest_list.select_guests(participant_ids)

    def guest_row(self, participant_id: int) -> int:
        """The guest table's row of a guest (-1 if not listed)."""
        return self.guest_list.guest_row(participant_id)

    def guest(self, participant_id: int) -> hotels.GuestRow | None:
        """A guest as listed, or read from the database when the table does not show them."""
        return self.guest_moves.guest(participant_id)

    def _update_actions(self) -> None:
        selected = self.selected_guests()
        self.move_button.setEnabled(bool(selected) and self.grid is not None and not self.busy)
        self.share_button.setEnabled(bool(selected) and not self.busy)
        self.lock_button.setEnabled(any(g.hotel_id is not None and not g.locked for g in selected) and not self.busy)
        self.unlock_button.setEnabled(any(g.hotel_id is not None and g.locked for g in selected) and not self.busy)
        self.allocate_button.setEnabled(not self.busy)
        self.export_button.setEnabled(self.export_hotel.count() > 0)

    def open_move_dialog(self) -> MoveDialog | None:
        return self.guest_moves.open_move_dialog()

    def open_share_dialog(self) -> ShareDialog | None:
        """"Share room with…": the keyboard way to drop the selected guests onto another guest."""
        return self.guest_moves.open_share_dialog()

    def open_context_menu(self, pos: QPoint) -> QMenu | None:
        """Right click on a guest: Move…, Share room with…, Lock, Unlock (for the selected guests)."""
        return self.guest_moves.open_context_menu(pos)

    def move_guests(self, participant_ids: list[int], hotel_id: int, room_type_id: int, lock: bool = True) -> bool:
        """Move guests dropped on a room type, all or none (see GuestMoves.move_guests)."""
        return self.guest_moves.move_guests(participant_ids, hotel_id, room_type_id, lock)

    def share(self, participant_ids: list[int], with_participant_id: int, lock: bool = True) -> bool:
        """Put guests into another guest's room (all or none); a refusal is shown and nothing changes."""
        return self.guest_moves.share(participant_ids, with_participant_id, lock)

    def move(self, participant_id: int, hotel_id: int, room_type_id: int, lock: bool = True) -> bool:
        """Move a guest (with their room's sharers); a refusal is shown and nothing changes."""
        return self.guest_moves.move(participant_id, hotel_id, room_type_id, lock)

    def set_locked(self, locked: bool) -> bool:
        """Lock (or unlock) the assignments of the selected guests who have a room."""
        return self.guest_moves.set_locked(locked)

    def _written(self) -> None:
        if self.plan is not None:  # computed against the old assignments: it would be refused as stale
            self.discard_plan()
        self.data_changed.emit()
        self.refresh()

    # -- allocation ----------------------------------------------------------------

    def allocate(self) -> None:
        """Compute an allocation off the GUI thread (progress and Cancel), then show it for review."""
        if self.busy:
            return
        self.busy = True
        self._update_actions()
        db, keep, limit, language = self.db, self.keep_locks.isChecked(), self.time_limit.value(), self.language
        self.progress_dialog = make_progress_dialog(self, self.tr("Allocating the guests to rooms…"),
                                                    self.tr("Allocate rooms"))
        self.progress_dialog.canceled.connect(self._allocation_cancelled)
        run_task(lambda progress: hotels.allocate(db, keep_locks=keep, time_limit=limit, progress=progress,
                                                  lang=language),
                 self._plan_ready, self._allocation_failed, owner=self, progress_dialog=self.progress_dialog)

    def _allocation_cancelled(self) -> None:
        self.busy = False
        self._update_actions()
        self.message.show_message(self.tr("Allocation cancelled; nothing was changed."))

    def _allocation_failed(self, message: str) -> None:
        self.busy = False
        self._update_actions()
        self.message.show_error(message)

    def _plan_ready(self, plan: hotels.AllocationPlan) -> None:
        self.busy = False
        self.unplaced_table.last_unplaced = {u.participant_id: u.reason for u in plan.unplaced}
        self.plan_box.show_plan(plan)
        self._update_actions()
        self._render_unplaced()
        self.message.show_message(
            self.tr("Review the proposed allocation, then Apply or Discard. Nothing is written yet."))
        self.plan_ready.emit()

    def apply_plan(self) -> None:
        """Write the plan under review (one transaction), then read everything again."""
        plan = self.plan
        if plan is None or self.busy:
            return
        self.busy = True
        self._update_actions()
        self.apply_button.setEnabled(False)
        db = self.db
        run_task(lambda progress: hotels.apply_allocation(db, plan, Actor(), progress), self._applied,
                 self._apply_failed, owner=self)

    def _applied(self, changes: int) -> None:
        self.busy = False
        self.plan_box.clear()
        self.apply_button.setEnabled(True)
        self.message.show_message(self.tr("Allocation applied: %n change(s) written.", "", changes))
        self.data_changed.emit()
        self.refresh()

    def _apply_failed(self, message: str) -> None:
        self.busy = False
        self.apply_button.setEnabled(True)
        self._update_actions()
        self.message.show_error(message)

    def discard_plan(self) -> None:
        self.plan_box.clear()
        self.message.show_message(self.tr("Proposed allocation discarded; nothing was changed."))

    # -- rooming lists -------------------------------------------------------------

    def choose_export_file(self) -> QFileDialog | None:
        return self.rooming_export.choose_export_file()

    def export_rooming_list(self, hotel_id: int, path: str) -> None:
        """Write one hotel's rooming list (XLSX or PDF from the file's suffix) off the GUI thread."""
        self.rooming_export.export_rooming_list(hotel_id, path)

    def _exported(self, text: str, file: str) -> None:
        self.message.show_message(text)
        self.exported.emit(file)

    # -- language -------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Names from the database (delegations) and dates in this language; read again if shown."""
        if language != self.language:
            self.language = language
            for widget in (self.rooming_export, self.plan_box, self.guest_list, self.guest_moves):
                widget.language = language
            if self.isVisible():
                self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.allocate_button.setText(self.tr("&Allocate…"))
        self.keep_locks.setText(self.tr("&Keep locks"))
        self.time_label.setText(self.tr("&Time limit (s):"))
        self.tabs.setTabText(0, self.tr("Occupancy"))
        self.tabs.setTabText(1, self.tr("Guests"))
        self.tabs.setTabText(2, self.tr("Unplaced"))
        if self.grid is not None:
            self._render()
