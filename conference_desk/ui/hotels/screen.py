"""Hotels: occupancy per night against the blocks, automatic allocation with a preview, guests, moves, locks.

Everything is read off the GUI thread (``core.hotels.occupancy``, one screenful of
guests and of unplaced guests, and the unplaced count, cut and counted in SQL) and
handed back as plain data; the search reads its screenful of matches in SQL too.  "Allocate…" runs the CP-SAT allocation
with a progress dialog and Cancel, then shows the plan's differences; nothing
is written until "Apply".  A move is refused by the core when a night would go
over the block; its message is shown translated (``translate_core``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QLineSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QMargins,
    QMimeData,
    QModelIndex,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QPainter,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from conference_desk.core.hotels import service as hotels
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.foundation.terms import room_type_name
from conference_desk.core.foundation.text import fold

from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from ..common.safe_dialogs import primary_of
from ..common.tasks import make_progress_dialog, run_task
from ..common.charts import set_nice_range

UNDER = ("#1b5e20", "#e8f5e9")  # text, background: rooms left in the block
FULL = ("#8a5a00", "#fff4d6")
OVER = ("#b71c1c", "#ffebee")
EMPTY = ("#78909c", "#f5f7f8")  # no block that night
HOTEL_COLOURS = ("#3b78b5", "#e07b00", "#2e7d32", "#8e44ad", "#16a085")
BLOCK_LINE = "#37474f"
THRESHOLD_LINE = "#c62828"
ID_ROLE = Qt.ItemDataRole.UserRole
GUEST_ROWS_SHOWN = 3_000  # rows of the guest and unplaced tables; the search narrows down beyond
ROWS_PER_BATCH = 200  # table rows made at a time: the first at once, the next as the table is scrolled to its end


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, participant_id: int | None = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if participant_id is not None:
        item.setData(ID_ROLE, participant_id)
    if align_right:
        item.setTextAlignment(_RIGHT)
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def cell_colours(allocated: int, block: int) -> tuple[str, str]:
    """(text, background) of an occupancy cell: green under the block, amber full, red over."""
    if allocated > block:
        return OVER
    if block <= 0:
        return EMPTY
    return FULL if allocated == block else UNDER


PARTICIPANTS_MIME = "application/x-conference-desk-participant-ids"


def participants_mime(ids: list[int]) -> QMimeData:
    """What a drag of guests carries: their participant ids (JSON), and their ids as text for other apps."""
    mime = QMimeData()
    mime.setData(PARTICIPANTS_MIME, QByteArray(json.dumps(ids).encode()))
    mime.setText(" ".join(str(i) for i in ids))
    return mime


def participant_ids(mime: QMimeData | None) -> list[int]:
    if mime is None or not mime.hasFormat(PARTICIPANTS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(PARTICIPANTS_MIME).data()).decode())
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


def _accepts_participants(view: QAbstractItemView, event: QDragMoveEvent, ok: bool) -> None:
    if ok and event.mimeData().hasFormat(PARTICIPANTS_MIME):
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
    else:
        event.ignore()
    view.viewport().update()


class GuestTable(QTableWidget):
    """The guests.  Drag one or several (their participant ids travel in the mime data) onto a room type to
    move them, or onto another guest who has a room to share it (``share_handler(ids, with_id)``)."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)  # a drop lands on a guest, never between two
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.share_handler: Callable[[list[int], int], bool] | None = None
        self.with_room: set[int] = set()  # the listed guests who have a room (share targets)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [PARTICIPANTS_MIME]

    def mimeData(self, items: Sequence[QTableWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        ids: dict[int, None] = {}
        for item in sorted(items, key=lambda i: i.row()):
            pid = item.data(ID_ROLE)
            if isinstance(pid, int):
                ids[pid] = None
        return participants_mime(list(ids))

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802, N803 - Qt API
        # Our own QDrag: the base class would clear the dragged cells after a MoveAction.
        rows = self.selectionModel().selectedRows()
        mime = self.model().mimeData(rows)
        ids = participant_ids(mime)
        if not ids:
            return
        name = self.item(rows[0].row(), 0).text() if len(ids) == 1 else \
            QCoreApplication.translate("HotelsScreen", "%1 guests").replace("%1", QLocale().toString(len(ids)))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self._badge(name))
        drag.exec(Qt.DropAction.MoveAction)

    def _badge(self, text: str) -> QPixmap:
        metrics = self.fontMetrics()
        pixmap = QPixmap(metrics.horizontalAdvance(text) + 20, metrics.height() + 10)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(HOTEL_COLOURS[0]))
        painter.drawRoundedRect(pixmap.rect(), 6, 6)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pixmap

    def target_at(self, row: int) -> int | None:
        """The participant id of the guest on ``row`` if they have a room (a share target)."""
        item = self.item(row, 0) if 0 <= row < self.rowCount() else None
        pid = item.data(ID_ROLE) if item is not None else None
        return pid if isinstance(pid, int) and pid in self.with_room else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        super().dragEnterEvent(event)
        _accepts_participants(self, event, True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        super().dragMoveEvent(event)
        target = self.target_at(self.indexAt(event.position().toPoint()).row())
        _accepts_participants(self, event, target is not None and target not in participant_ids(event.mimeData()))

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        # Not QTableWidget.dropEvent: from this very table it would move the cells about.
        row = self.indexAt(event.position().toPoint()).row()
        if self.dropMimeData(row, 0, event.mimeData(), Qt.DropAction.MoveAction):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def dropMimeData(self, row: int, column: int, data: QMimeData, action: Qt.DropAction) -> bool:  # noqa: N802
        target = self.target_at(row)
        ids = [i for i in participant_ids(data) if i != target]
        if target is None or not ids or self.share_handler is None:
            return False
        return self.share_handler(ids, target)


class RoomTypeDropTarget:
    """Rows of a view that stand for a (hotel, room type): dropping guests there moves them
    (``move_handler(ids, hotel_id, room_type_id)``).  Mixed into the occupancy grid and the room tree."""

    move_handler: Callable[[list[int], int, int], bool] | None = None

    def _setup_drops(self: Any) -> None:
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragEnabled(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def target_at(self, index: QModelIndex) -> tuple[int, int] | None:
        raise NotImplementedError

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [PARTICIPANTS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self: Any, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        super().dragEnterEvent(event)  # type: ignore[misc]
        _accepts_participants(self, event, True)

    def dragMoveEvent(self: Any, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        super().dragMoveEvent(event)  # type: ignore[misc]
        _accepts_participants(self, event, self.target_at(self.indexAt(event.position().toPoint())) is not None)

    def drop(self, target: tuple[int, int] | None, data: QMimeData) -> bool:
        ids = participant_ids(data)
        if target is None or not ids or self.move_handler is None:
            return False
        return self.move_handler(ids, *target)


class OccupancyGrid(RoomTypeDropTarget, QTableWidget):
    """The occupancy grid; its hotel × room-type rows take dropped guests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 1, parent)
        self.targets: dict[int, tuple[int, int]] = {}  # row -> (hotel id, room type id)
        self._setup_drops()

    def target_at(self, index: QModelIndex) -> tuple[int, int] | None:
        return self.targets.get(index.row()) if index.isValid() else None

    def dropMimeData(self, row: int, column: int, data: QMimeData, action: Qt.DropAction) -> bool:  # noqa: N802
        return self.drop(self.targets.get(row), data)


class RoomTypeTree(RoomTypeDropTarget, QTreeWidget):
    """Hotels and their room types beside the guests, with the fewest rooms free on a night: a drop target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._setup_drops()

    @staticmethod
    def _target(item: QTreeWidgetItem | None) -> tuple[int, int] | None:
        value = item.data(0, ID_ROLE) if item is not None else None
        return (value[0], value[1]) if isinstance(value, (tuple, list)) and len(value) == 2 else None

    def target_at(self, index: QModelIndex) -> tuple[int, int] | None:
        return self._target(self.itemFromIndex(index)) if index.isValid() else None

    def item_for(self, hotel_id: int, room_type_id: int) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount()):
                if self._target(top.child(j)) == (hotel_id, room_type_id):
                    return top.child(j)
        return None

    def dropMimeData(self, parent: QTreeWidgetItem | None, index: int, data: QMimeData,  # noqa: N802 - Qt API
                     action: Qt.DropAction) -> bool:
        return self.drop(self._target(parent), data)


class ShareDialog(QDialog):
    """Choose the guest whose room the selected guests will share (the keyboard way to drop onto a guest)."""

    def __init__(self, movers: list[hotels.GuestRow], guests: list[hotels.GuestRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.movers = movers
        mover_ids = {g.participant_id for g in movers}
        self.candidates = [g for g in guests if g.hotel_id is not None and g.participant_id not in mover_ids]
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.search = QLineEdit()
        self.search.setObjectName("shareSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("shareWith")
        for g in self.candidates:
            item = QListWidgetItem(f"{g.name} — {g.hotel} · {g.room_type} · {g.room_label}")
            item.setData(ID_ROLE, g.participant_id)
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        primary_of(self.buttons)  # Enter does what the dialog is for
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._update_ok)
        self.resize(520, 420)
        self.retranslate()
        self._update_ok()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and not item.isHidden() else None

    def choose(self, participant_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == participant_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _filter(self) -> None:
        wanted = fold(self.search.text()).split()
        for item, g in zip((self.list.item(i) for i in range(self.list.count())), self.candidates):
            item.setHidden(not all(w in g.search for w in wanted))
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share a room"))
        if len(self.movers) == 1:
            self.intro.setText(self.tr("Put %1 in the room of:").replace("%1", self.movers[0].name))
        else:
            self.intro.setText(self.tr("Put %1 guests in the room of:")
                               .replace("%1", QLocale().toString(len(self.movers))))
        self.search.setPlaceholderText(self.tr("Find a guest, delegation, hotel or room…"))


class MoveDialog(QDialog):
    """Hotel, room type and lock for one guest (the screen does the move when accepted)."""

    def __init__(self, guest: hotels.GuestRow, grid: hotels.Occupancy, parent: QWidget | None = None,
                 count: int = 1, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language  # room types in the interface language (core.terms)
        self.guest = guest
        self.count = count  # guests selected (the first one's room is proposed)
        self.grid = grid
        self.hotel = QComboBox()
        self.hotel.setObjectName("moveHotel")
        self.room_type = QComboBox()
        self.room_type.setObjectName("moveRoomType")
        self.lock = QCheckBox()
        self.lock.setChecked(True)
        for h in grid.hotels:
            self.hotel.addItem(h.name, h.hotel_id)
        self.hotel.currentIndexChanged.connect(self._fill_types)
        form = QFormLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.hotel_label = QLabel()
        self.type_label = QLabel()
        form.addRow(self.hotel_label, self.hotel)
        form.addRow(self.type_label, self.room_type)
        form.addRow(self.lock)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        primary_of(self.buttons)  # Enter does what the dialog is for
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        if guest.hotel_id is not None:
            self.hotel.setCurrentIndex(max(self.hotel.findData(guest.hotel_id), 0))
        self._fill_types()
        if guest.room_type_id is not None:
            self.room_type.setCurrentIndex(max(self.room_type.findData(guest.room_type_id), 0))
        self.retranslate()

    def _fill_types(self) -> None:
        self.room_type.clear()
        for h in self.grid.hotels:
            if h.hotel_id == self.hotel.currentData():
                for t in h.room_types:
                    self.room_type.addItem(f"{room_type_name(t.name, self.language)} ({t.code})", t.room_type_id)

    def select(self, hotel_id: int, room_type_id: int) -> None:
        self.hotel.setCurrentIndex(self.hotel.findData(hotel_id))
        self.room_type.setCurrentIndex(self.room_type.findData(room_type_id))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move a guest"))
        if self.count > 1:
            self.intro.setText(self.tr("Move %1 guests (and the sharers of their rooms) to:")
                               .replace("%1", QLocale().toString(self.count)))
        else:
            self.intro.setText(self.tr("Move %1 (and the sharers of the room) to:").replace("%1", self.guest.name))
        self.hotel_label.setText(self.tr("&Hotel:"))
        self.type_label.setText(self.tr("&Room type:"))
        self.hotel_label.setBuddy(self.hotel)
        self.type_label.setBuddy(self.room_type)
        self.lock.setText(self.tr("&Lock the assignment (a re-run keeps it)"))


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
        # The guest table's rows: the guests matching the search, at most GUEST_ROWS_SHOWN, read in SQL
        # (a table cell is a Qt object, and 80,000 guests read into Python took seconds and 100 MB).
        self.guests: list[hotels.GuestRow] = []
        self.shown = self.guests
        self.guests_capped = False  # more guests match than the table shows
        self.unplaced: list[hotels.GuestRow] = []  # the unplaced table's rows (at most GUEST_ROWS_SHOWN)
        self.unplaced_count = 0  # of them all
        self._search_read = 0  # the latest search read (older ones are dropped)
        self._search_timer = QTimer(self)  # the search is read once typing pauses
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._read_search)
        self.plan: hotels.AllocationPlan | None = None
        self.last_unplaced: dict[int, str] = {}  # participant id -> reason of the last allocation
        self.loading = False
        self._again = False
        self.busy = False
        self.move_dialog: MoveDialog | None = None
        self.share_dialog: ShareDialog | None = None
        self.context_menu: QMenu | None = None
        self.file_dialog: QFileDialog | None = None
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
        self.export_hotel = QComboBox()
        self.export_hotel.setObjectName("hotelsExportHotel")
        self.export_hotel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export_file)
        bar.addWidget(self.allocate_button)
        bar.addWidget(self.keep_locks)
        bar.addWidget(self.time_label)
        bar.addWidget(self.time_limit)
        bar.addStretch(1)
        bar.addWidget(self.export_hotel)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setObjectName("hotelsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        # -- the plan under review ---------------------------------------------
        self.plan_box = QGroupBox()
        self.plan_box.setObjectName("hotelsPlan")
        plan_layout = QVBoxLayout(self.plan_box)
        self.plan_summary = QLabel()
        self.plan_summary.setObjectName("hotelsPlanSummary")
        self.plan_summary.setWordWrap(True)
        plan_layout.addWidget(self.plan_summary)
        self.plan_tabs = QTabWidget()
        self.changes_table = _table(4)
        self.changes_table.setObjectName("hotelsChanges")
        self.plan_unplaced = _table(3)
        self.plan_splits = _table(3)
        for table in (self.changes_table, self.plan_unplaced, self.plan_splits):
            self.plan_tabs.addTab(table, "")
        plan_layout.addWidget(self.plan_tabs)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("hotelsApply")
        self.apply_button.clicked.connect(self.apply_plan)
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard_plan)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.discard_button)
        plan_layout.addLayout(buttons)
        self.plan_box.hide()

        # -- tabs: occupancy, guests, unplaced -----------------------------------
        self.tabs = QTabWidget()
        occupancy_page = QSplitter(Qt.Orientation.Vertical)
        self.grid_table = OccupancyGrid()
        self.grid_table.setObjectName("hotelsGrid")
        self.grid_table.move_handler = self.move_guests
        self.grid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_table.verticalHeader().setVisible(False)
        self.grid_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        occupancy_page.addWidget(self.grid_table)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        title_font = QFont(self.chart.titleFont())
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)
        self.bars = QStackedBarSeries()
        self.bar_sets: dict[int, QBarSet] = {}
        self.block_line = QLineSeries()
        self.block_line.setPen(QPen(QColor(BLOCK_LINE), 2))
        self.block_line.setPointsVisible(True)
        self.threshold_line = QLineSeries()
        pen = QPen(QColor(THRESHOLD_LINE), 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.threshold_line.setPen(pen)
        for series in (self.bars, self.block_line, self.threshold_line):
            self.chart.addSeries(series)
        self.night_axis = QBarCategoryAxis()
        self.rooms_axis = QValueAxis()
        self.rooms_axis.setLabelFormat("%.0f")
        self.chart.addAxis(self.night_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.rooms_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.bars, self.block_line, self.threshold_line):
            series.attachAxis(self.night_axis)
            series.attachAxis(self.rooms_axis)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        occupancy_page.addWidget(self.chart_view)
        occupancy_page.setStretchFactor(0, 1)
        occupancy_page.setStretchFactor(1, 1)
        self.tabs.addTab(occupancy_page, "")

        guests_page = QSplitter(Qt.Orientation.Horizontal)
        guests_panel = QWidget()
        guests_layout = QVBoxLayout(guests_panel)
        guests_layout.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("hotelsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_guests)
        guests_layout.addWidget(self.search)
        self.guests_more = QLabel()  # "more than …: keep typing" when the rows are capped
        self.guests_more.setObjectName("hotelsGuestsMore")
        self.guests_more.setVisible(False)
        guests_layout.addWidget(self.guests_more)
        self.guest_table = GuestTable(10)
        self.guest_table.setObjectName("hotelsGuests")
        self.guest_table.itemSelectionChanged.connect(self._update_actions)
        self.guest_table.share_handler = self.share
        self.guest_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.guest_table.customContextMenuRequested.connect(self.open_context_menu)
        guests_layout.addWidget(self.guest_table)
        actions = QHBoxLayout()
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.open_move_dialog)
        self.share_button = QPushButton()
        self.share_button.setObjectName("hotelsShare")
        self.share_button.clicked.connect(self.open_share_dialog)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(lambda: self.set_locked(True))
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(lambda: self.set_locked(False))
        for button in (self.move_button, self.share_button, self.lock_button, self.unlock_button):
            actions.addWidget(button)
        actions.addStretch(1)
        guests_layout.addLayout(actions)
        guests_page.addWidget(guests_panel)
        targets_panel = QWidget()
        targets_layout = QVBoxLayout(targets_panel)
        targets_layout.setContentsMargins(0, 4, 0, 0)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hotelsDropHint")
        self.drop_hint.setWordWrap(True)
        targets_layout.addWidget(self.drop_hint)
        self.room_tree = RoomTypeTree()
        self.room_tree.setObjectName("hotelsRoomTypes")
        self.room_tree.move_handler = self.move_guests
        targets_layout.addWidget(self.room_tree)
        guests_page.addWidget(targets_panel)
        guests_page.setStretchFactor(0, 3)
        guests_page.setStretchFactor(1, 1)
        targets_panel.setMinimumWidth(340)
        guests_page.setChildrenCollapsible(False)
        self.tabs.addTab(guests_page, "")
        # Dragging guests over the "Occupancy" tab opens it, so they can be dropped on the grid's rows.
        self.tabs.tabBar().setChangeCurrentOnDrag(True)
        self.tabs.tabBar().setAcceptDrops(True)

        self.unplaced_table = _table(3)
        self.unplaced_table.setObjectName("hotelsUnplaced")
        for table in (self.guest_table, self.unplaced_table):
            table.verticalScrollBar().valueChanged.connect(lambda value, t=table: self._scrolled(t, value))
        self.tabs.addTab(self.unplaced_table, "")

        layout.addWidget(self.plan_box, 2)
        layout.addWidget(self.tabs, 3)
        self.retranslate()
        self._update_actions()

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
        self.grid, guests, self.unplaced, self.unplaced_count, search = result
        self._set_guests(guests)
        self._render()
        if search != self.search.text():  # typed while reading
            self._read_search()
        self.refreshed.emit()

    def _set_guests(self, rows: list[hotels.GuestRow]) -> None:
        self.guests_capped = len(rows) > GUEST_ROWS_SHOWN
        self.guests = self.shown = rows[:GUEST_ROWS_SHOWN]

    def _read_failed(self, message: str) -> None:
        self.loading = False
        self._show_error(message)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    # -- drawing ----------------------------------------------------------------

    def _night_text(self, night: dt.date) -> str:
        # Translators: a Qt date format for a night in the occupancy grid (ddd = weekday, d MMM = 27 Sep).
        return locale_for(self.language).toString(QDate(night.year, night.month, night.day), self.tr("ddd d MMM"))

    def _render(self) -> None:
        if self.grid is None:
            return
        self._render_grid(self.grid)
        self._render_room_tree(self.grid)
        self._render_chart(self.grid)
        self._render_guests()
        self._render_unplaced()
        current = self.export_hotel.currentData()
        self.export_hotel.clear()
        for h in self.grid.hotels:
            self.export_hotel.addItem(h.name, h.hotel_id)
        if current is not None and self.export_hotel.findData(current) >= 0:
            self.export_hotel.setCurrentIndex(self.export_hotel.findData(current))
        self.export_button.setEnabled(self.export_hotel.count() > 0)  # a rooming list needs no selected guest

    def _render_grid(self, grid: hotels.Occupancy) -> None:
        number = locale_for(self.language).toString
        table = self.grid_table
        table.clear()
        table.setColumnCount(1 + len(grid.nights))
        table.setHorizontalHeaderLabels([self.tr("Hotel / room type")] + [self._night_text(n) for n in grid.nights])
        rows = sum(len(h.room_types) + 2 for h in grid.hotels)
        table.setRowCount(rows)
        self.grid_rows: dict[tuple[int, int | str], int] = {}  # (hotel id, room type id | "total" | "threshold")
        table.targets = {}
        bold = QFont(table.font())
        bold.setBold(True)
        row = 0
        for h in grid.hotels:
            for t in h.room_types:
                self.grid_rows[(h.hotel_id, t.room_type_id)] = row
                table.targets[row] = (h.hotel_id, t.room_type_id)
                table.setItem(row, 0, _item(f"{h.name} · {room_type_name(t.name, self.language)}"))
                for column, cell in enumerate(t.cells, start=1):
                    table.setItem(row, column, self._cell(cell.allocated, cell.block, number))
                row += 1
            self.grid_rows[(h.hotel_id, "total")] = row
            total = _item(self.tr("%1: all rooms").replace("%1", h.name))
            total.setFont(bold)
            table.setItem(row, 0, total)
            for column, night in enumerate(h.nights, start=1):
                item = self._cell(night.used, night.block, number)
                item.setFont(bold)
                table.setItem(row, column, item)
            row += 1
            self.grid_rows[(h.hotel_id, "threshold")] = row
            label = self.tr("%1: attrition threshold (%2 % of the block paid anyway)")
            table.setItem(row, 0, _item(label.replace("%1", h.name).replace("%2", number(h.attrition_percent))))
            for column, night in enumerate(h.nights, start=1):
                text = number(night.threshold)
                if night.shortfall:
                    text = self.tr("%1 (%2 unused)").replace("%1", text).replace("%2", number(night.shortfall))
                item = _item(text, align_right=True)
                item.setForeground(QBrush(QColor(THRESHOLD_LINE if night.shortfall else UNDER[0])))
                table.setItem(row, column, item)
            row += 1
        for r in range(table.rowCount()):  # only the room-type rows take dropped guests
            if r not in table.targets:
                for c in range(table.columnCount()):
                    item = table.item(r, c)
                    if item is not None:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def _cell(allocated: int, block: int, number: Any) -> QTableWidgetItem:
        item = _item(f"{number(allocated)} / {number(block)}", align_right=True)
        text, background = cell_colours(allocated, block)
        item.setForeground(QBrush(QColor(text)))
        item.setBackground(QBrush(QColor(background)))
        item.setData(Qt.ItemDataRole.UserRole, (allocated, block))
        return item

    def grid_text(self, hotel_id: int, key: int | str, night_index: int) -> str:
        """What the grid shows for a room type (or "total"/"threshold") of a hotel on a night."""
        item = self.grid_table.item(self.grid_rows[(hotel_id, key)], night_index + 1)
        return item.text() if item else ""

    def _render_room_tree(self, grid: hotels.Occupancy) -> None:
        """Hotels and room types to drop guests on, with the fewest rooms free on any night of the block."""
        number = locale_for(self.language).toString
        tree = self.room_tree
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        for h in grid.hotels:
            top = QTreeWidgetItem([h.name, "", ""])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(top)
            for t in h.room_types:
                free = [c.block - c.allocated for c in t.cells if c.block > 0]
                fewest = min(free) if free else 0
                child = QTreeWidgetItem([room_type_name(t.name, self.language), number(t.capacity), number(fewest)])
                child.setData(0, ID_ROLE, (h.hotel_id, t.room_type_id))
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
                for column in (1, 2):
                    child.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                colours = OVER if fewest < 0 else FULL if fewest == 0 else UNDER
                child.setForeground(2, QBrush(QColor(colours[0])))
                child.setToolTip(0, self.tr("Drop guests here to move them to %1, %2 (locked).")
                                 .replace("%1", h.name).replace("%2", room_type_name(t.name, self.language)))
                top.addChild(child)
        tree.expandAll()

    def _render_chart(self, grid: hotels.Occupancy) -> None:
        locale = locale_for(self.language)
        self.chart.setLocale(locale)
        self.chart.setLocalizeNumbers(True)
        if list(self.bar_sets) != [h.hotel_id for h in grid.hotels]:
            # Rebuilt only when the hotels change: QtCharts drops the legend markers of sets re-added later.
            self.bars.clear()
            self.bar_sets = {}
            for index, h in enumerate(grid.hotels):
                bar = QBarSet(h.name)
                colour = QColor(HOTEL_COLOURS[index % len(HOTEL_COLOURS)])
                bar.setColor(colour)
                bar.setBorderColor(colour)
                self.bars.append(bar)
                self.bar_sets[h.hotel_id] = bar
        for h in grid.hotels:
            bar = self.bar_sets[h.hotel_id]
            bar.setLabel(h.name)
            if bar.count():
                bar.remove(0, bar.count())
            bar.append([float(n.used) for n in h.nights])
        blocks = [sum(h.nights[i].block for h in grid.hotels) for i in range(len(grid.nights))]
        thresholds = [sum(h.nights[i].threshold for h in grid.hotels) for i in range(len(grid.nights))]
        self.block_line.replace([QPointF(i, v) for i, v in enumerate(blocks)])
        self.threshold_line.replace([QPointF(i, v) for i, v in enumerate(thresholds)])
        self.night_axis.clear()
        self.night_axis.append([self._night_text(n) for n in grid.nights])
        used = [sum(h.nights[i].used for h in grid.hotels) for i in range(len(grid.nights))]
        set_nice_range(self.rooms_axis, max(blocks + used + [1]) * 1.05)

    def _render_guests(self) -> None:
        locale = locale_for(self.language)
        number = locale.toString
        selected = [g.participant_id for g in self.selected_guests()]
        table = self.guest_table
        table.setSortingEnabled(False)
        capped = self.guests_capped
        self.guests_more.setVisible(capped)
        if capped:  # the registration screen's words (translated there)
            self.guests_more.setText(QCoreApplication.translate(
                "RegistrationScreen", "More than %1 participants: keep typing").replace(
                "%1", number(GUEST_ROWS_SHOWN)))
        table.clearContents()
        table.setRowCount(0)
        table.with_room = {g.participant_id for g in self.shown if g.hotel_id is not None}
        self._more_guests(ROWS_PER_BATCH)
        table.resizeColumnsToContents()
        if selected:
            self.select_guests(selected)
        self._update_actions()

    def _more_guests(self, rows: int) -> None:
        """Make the guest table's rows up to ``rows`` (of the guests read): a screenful at first, the next
        batch when the table is scrolled to its end (3,000 rows of cells took seconds to make)."""
        table = self.guest_table
        start, end = table.rowCount(), min(rows, len(self.shown))
        if end <= start:
            return
        locale = locale_for(self.language)
        number = locale.toString
        no_room, locked, tip = self.tr("(no room)"), self.tr("locked"), self.tr(
            "Nights asked for outside the room block: the rooming list tells the "
            "hotel; the organiser's block does not cover them.")

        def date(d: dt.date | None) -> str:
            return locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat) if d else ""

        table.setRowCount(end)
        for row in range(start, end):
            g = self.shown[row]
            outside = ", ".join(locale.toString(QDate(n.year, n.month, n.day), "d MMM") for n in g.outside_block)
            values = [g.name, g.delegation, g.hotel or no_room, g.room_type, g.room_label,
                      date(g.arrival), date(g.departure), number(g.nights) if g.nights else "",
                      locked if g.locked else "", outside]
            for column, value in enumerate(values):
                item = _item(value, g.participant_id, column == 7)
                if column == 9 and outside:
                    item.setBackground(QColor("#fff4d6"))
                    item.setForeground(QColor("#5f3b00"))
                    item.setToolTip(tip)
                table.setItem(row, column, item)

    def _scrolled(self, table: QTableWidget, value: int) -> None:
        if value >= table.verticalScrollBar().maximum() - 2:  # at the end: the next batch
            if table is self.guest_table:
                self._more_guests(table.rowCount() + ROWS_PER_BATCH)
            else:
                self._more_unplaced(table.rowCount() + ROWS_PER_BATCH)

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
            self._set_guests(rows)
            self._render_guests()
            self.searched.emit()

        run_task(lambda _p: hotels.guest_rows(db, language, search, limit=GUEST_ROWS_SHOWN + 1), done,
                 self._read_failed_quietly, owner=self)

    def _read_failed_quietly(self, message: str) -> None:
        self._show_error(message)

    def _more_unplaced(self, rows: int) -> None:
        """The unplaced table's rows up to ``rows`` (made in batches like the guests')."""
        table = self.unplaced_table
        start, end = table.rowCount(), min(rows, len(self.unplaced))
        if end <= start:
            return
        table.setRowCount(end)
        not_yet = self.tr("Not allocated yet: run Allocate.")
        for row in range(start, end):
            g = self.unplaced[row]
            reason = self.last_unplaced.get(g.participant_id)
            reason = translate_core(reason) if reason else not_yet
            for column, value in enumerate((g.name, g.delegation, reason)):
                table.setItem(row, column, _item(value, g.participant_id))

    def _render_unplaced(self) -> None:
        # the count in the tab is of them all
        table = self.unplaced_table
        table.clearContents()
        table.setRowCount(0)
        self._more_unplaced(ROWS_PER_BATCH)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.tabs.setTabText(2, self.tr("Unplaced (%1)").replace("%1", locale_for(self.language).toString(
            self.unplaced_count)))

    # -- guests -------------------------------------------------------------------

    def selected_guests(self) -> list[hotels.GuestRow]:
        model = self.guest_table.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model else []
        by_id = {g.participant_id: g for g in self.guests}
        items = (self.guest_table.item(row, 0) for row in rows)
        return [by_id[pid] for pid in (item.data(ID_ROLE) for item in items if item) if pid in by_id]

    def selected_guest(self) -> hotels.GuestRow | None:
        selected = self.selected_guests()
        return selected[0] if selected else None

    def select_guest(self, participant_id: int) -> bool:
        for row, g in enumerate(self.shown):
            if g.participant_id == participant_id:
                self._more_guests(row + 1)
                self.guest_table.selectRow(row)
                return True
        return False

    def select_guests(self, participant_ids: Sequence[int]) -> int:
        """Select these guests' rows (and only them); returns how many were found."""
        wanted = set(participant_ids)
        table = self.guest_table
        table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        found = 0
        last = max((row for row, g in enumerate(self.shown) if g.participant_id in wanted), default=-1)
        self._more_guests(last + 1)
        for row, g in enumerate(self.shown):
            if g.participant_id in wanted:
                table.selectionModel().select(table.model().index(row, 0), flags)
                found += 1
        return found

    def guest_row(self, participant_id: int) -> int:
        """The guest table's row of a guest (-1 if not listed)."""
        row = next((row for row, g in enumerate(self.shown) if g.participant_id == participant_id), -1)
        self._more_guests(row + 1)
        return row

    def guest(self, participant_id: int) -> hotels.GuestRow | None:
        """A guest as listed, or read from the database when the table does not show them."""
        return self.guests_by_id([participant_id]).get(participant_id)

    def guests_by_id(self, participant_ids: Sequence[int]) -> dict[int, hotels.GuestRow]:
        listed = {g.participant_id: g for g in self.guests}
        found = {pid: listed[pid] for pid in participant_ids if pid in listed}
        missing = [pid for pid in participant_ids if pid not in found]
        if missing:
            found.update((g.participant_id, g) for g in hotels.guest_rows(self.db, self.language, ids=missing))
        return found

    def _update_actions(self) -> None:
        selected = self.selected_guests()
        self.move_button.setEnabled(bool(selected) and self.grid is not None and not self.busy)
        self.share_button.setEnabled(bool(selected) and not self.busy)
        self.lock_button.setEnabled(any(g.hotel_id is not None and not g.locked for g in selected) and not self.busy)
        self.unlock_button.setEnabled(any(g.hotel_id is not None and g.locked for g in selected) and not self.busy)
        self.allocate_button.setEnabled(not self.busy)
        self.export_button.setEnabled(self.export_hotel.count() > 0)

    def open_move_dialog(self) -> MoveDialog | None:
        selected = self.selected_guests()
        if not selected or self.grid is None:
            return None
        g = selected[0]
        dialog = MoveDialog(g, self.grid, self, count=len(selected), language=self.language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if len(selected) == 1:
            dialog.accepted.connect(lambda: self.move(g.participant_id, dialog.hotel.currentData(),
                                                      dialog.room_type.currentData(), dialog.lock.isChecked()))
        else:
            ids = [x.participant_id for x in selected]
            dialog.accepted.connect(lambda: self.move_guests(ids, dialog.hotel.currentData(),
                                                             dialog.room_type.currentData(), dialog.lock.isChecked()))
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def open_share_dialog(self) -> ShareDialog | None:
        """"Share room with…": the keyboard way to drop the selected guests onto another guest."""
        selected = self.selected_guests()
        if not selected:
            return None
        # Every guest with a room is a candidate, not only those the table shows.
        dialog = ShareDialog(selected, hotels.guest_rows(self.db, self.language, placed=True), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [g.participant_id for g in selected]
        dialog.accepted.connect(lambda: self._share_chosen(ids, dialog.chosen()))
        self.share_dialog = dialog
        dialog.open()
        return dialog

    def _share_chosen(self, ids: list[int], with_id: int | None) -> None:
        if with_id is not None:
            self.share(ids, with_id)

    def open_context_menu(self, pos: QPoint) -> QMenu | None:
        """Right click on a guest: Move…, Share room with…, Lock, Unlock (for the selected guests)."""
        row = self.guest_table.indexAt(pos).row()
        if row < 0:
            return None
        item = self.guest_table.item(row, 0)
        if item is not None and item.data(ID_ROLE) not in {g.participant_id for g in self.selected_guests()}:
            self.guest_table.selectRow(row)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for text, slot, enabled in (
            (self.tr("&Move…"), self.open_move_dialog, self.move_button.isEnabled()),
            (self.tr("&Share room with…"), self.open_share_dialog, self.share_button.isEnabled()),
            (self.tr("&Lock"), lambda: self.set_locked(True), self.lock_button.isEnabled()),
            (self.tr("&Unlock"), lambda: self.set_locked(False), self.unlock_button.isEnabled()),
        ):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, f=slot: f())
        self.context_menu = menu
        menu.popup(self.guest_table.viewport().mapToGlobal(pos))
        return menu

    def move_guests(self, participant_ids: list[int], hotel_id: int, room_type_id: int, lock: bool = True) -> bool:
        """Move guests dropped on a room type (each with their room's sharers), all or none: a refusal is
        shown with the core's message and nothing changes.  Guests already in that room type stay put."""
        if self.busy:
            return False
        known = self.guests_by_id(list(dict.fromkeys(participant_ids)))
        ids = [pid for pid in dict.fromkeys(participant_ids)
               if not ((g := known.get(pid)) and g.hotel_id == hotel_id and g.room_type_id == room_type_id)]
        if not ids:
            self._show_message(self.tr("Already in that hotel and room type; nothing was changed."))
            return False
        if len(ids) == 1:
            return self.move(ids[0], hotel_id, room_type_id, lock)
        try:
            results = hotels.move_guests(self.db, ids, hotel_id, room_type_id, lock=lock, actor=Actor())
        except ConferenceDeskError as exc:
            self._show_refusal(exc)
            return False
        moved = sum(len(r["participants"]) for r in results)
        self._show_message(self.tr("%1 guests moved to %2, %3.")
                           .replace("%1", locale_for(self.language).toString(moved))
                           .replace("%2", results[0]["hotel"]).replace("%3", results[0]["room_type"]))
        self._written()
        return True

    def share(self, participant_ids: list[int], with_participant_id: int, lock: bool = True) -> bool:
        """Put guests into another guest's room (all or none); a refusal is shown and nothing changes."""
        if self.busy:
            return False
        ids = [pid for pid in dict.fromkeys(participant_ids) if pid != with_participant_id]
        if not ids:
            return False
        try:
            results = hotels.share_rooms(self.db, ids, with_participant_id, Actor(), lock=lock)
        except ConferenceDeskError as exc:
            self._show_refusal(exc)
            return False
        other = self.guest(with_participant_id)
        first = results[0]
        if len(ids) == 1:
            mover = self.guest(ids[0])
            text = self.tr("%1 now shares %2's room %3 (%4, %5).").replace("%1", mover.name if mover else "")
        else:
            text = self.tr("%1 guests now share %2's room %3 (%4, %5).").replace(
                "%1", locale_for(self.language).toString(len(ids)))
        self._show_message(text.replace("%2", other.name if other else "").replace("%3", first["room_label"])
                           .replace("%4", first["hotel"]).replace("%5", first["room_type"]))
        self._written()
        return True

    def move(self, participant_id: int, hotel_id: int, room_type_id: int, lock: bool = True) -> bool:
        """Move a guest (with their room's sharers); a refusal is shown and nothing changes."""
        try:
            result = hotels.move_guest(self.db, participant_id, hotel_id, room_type_id, lock=lock, actor=Actor())
        except ConferenceDeskError as exc:
            self._show_refusal(exc)
            return False
        self._show_message(self.tr("Moved to %1, %2, room %3.").replace("%1", result["hotel"])
                           .replace("%2", result["room_type"]).replace("%3", result["room_label"]))
        self._written()
        return True

    def set_locked(self, locked: bool) -> bool:
        """Lock (or unlock) the assignments of the selected guests who have a room."""
        selected = [g for g in self.selected_guests() if g.hotel_id is not None and g.locked != locked]
        if not selected:
            return False
        try:
            for g in selected:
                (hotels.lock_guest if locked else hotels.unlock_guest)(self.db, g.participant_id, Actor())
        except ConferenceDeskError as exc:
            self._show_refusal(exc)
            self._written()
            return False
        if len(selected) == 1:
            text = self.tr("%1: assignment locked.") if locked else self.tr("%1: assignment unlocked.")
            text = text.replace("%1", selected[0].name)
        else:
            count = len(selected)
            text = (self.tr("%n assignment(s) locked.", "", count) if locked
                    else self.tr("%n assignment(s) unlocked.", "", count))
        self._show_message(text)
        self._written()
        return True

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
        self._show_message(self.tr("Allocation cancelled; nothing was changed."))

    def _allocation_failed(self, message: str) -> None:
        self.busy = False
        self._update_actions()
        self._show_error(message)

    def _plan_ready(self, plan: hotels.AllocationPlan) -> None:
        self.busy = False
        self.plan = plan
        self.last_unplaced = {u.participant_id: u.reason for u in plan.unplaced}
        self._render_plan()
        self.plan_box.show()
        self._update_actions()
        self._render_unplaced()
        self._show_message(self.tr("Review the proposed allocation, then Apply or Discard. Nothing is written yet."))
        self.plan_ready.emit()

    def _kind(self, kind: str) -> str:
        return {"new": self.tr("new"), "moved": self.tr("moved"), "dates": self.tr("dates"),
                "room": self.tr("room"), "removed": self.tr("removed")}.get(kind, kind)

    @staticmethod
    def _where(d: dict[str, Any] | None) -> str:
        if not d:
            return "–"
        return f"{d['hotel']} · {d['room_type']} · {d['arrival']} → {d['departure']} · {d['room_label']}"

    def _render_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        number = locale_for(self.language).toString
        quality = self.tr("optimal") if plan.optimal else self.tr("best found in the time limit")
        self.plan_summary.setText(
            self.tr("%1 guests: %2 placed, %3 unplaced, %4 delegations split, %5 changes. Objective %6 (%7).")
            .replace("%1", number(plan.guests)).replace("%2", number(plan.placed))
            .replace("%3", number(len(plan.unplaced))).replace("%4", number(len(plan.split_delegations)))
            .replace("%5", number(len(plan.changes))).replace("%6", number(plan.objective)).replace("%7", quality))
        self.changes_table.setRowCount(len(plan.changes))
        for row, c in enumerate(plan.changes):
            values = (c.participant, self._kind(c.kind), self._where(c.before), self._where(c.after))
            for column, value in enumerate(values):
                self.changes_table.setItem(row, column, _item(value, c.participant_id))
        self.plan_unplaced.setRowCount(len(plan.unplaced))
        for row, u in enumerate(plan.unplaced):
            for column, value in enumerate((u.participant, u.delegation, translate_core(u.reason))):
                self.plan_unplaced.setItem(row, column, _item(value, u.participant_id))
        self.plan_splits.setRowCount(len(plan.split_delegations))
        for row, s in enumerate(plan.split_delegations):
            where = ", ".join(f"{h}: {number(n)}" for h, n in s.hotels.items())
            for column, value in enumerate((s.delegation, where, translate_core(s.reason))):
                self.plan_splits.setItem(row, column, _item(value))
        for table in (self.changes_table, self.plan_unplaced, self.plan_splits):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
        self._plan_tab_titles()

    def _plan_tab_titles(self) -> None:
        plan = self.plan
        number = locale_for(self.language).toString
        counts = (len(plan.changes), len(plan.unplaced), len(plan.split_delegations)) if plan else (0, 0, 0)
        titles = (self.tr("Changes (%1)"), self.tr("Unplaced (%1)"), self.tr("Split delegations (%1)"))
        for index, (title, count) in enumerate(zip(titles, counts)):
            self.plan_tabs.setTabText(index, title.replace("%1", number(count)))

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
        self.plan = None
        self.plan_box.hide()
        self.apply_button.setEnabled(True)
        self._show_message(self.tr("Allocation applied: %n change(s) written.", "", changes))
        self.data_changed.emit()
        self.refresh()

    def _apply_failed(self, message: str) -> None:
        self.busy = False
        self.apply_button.setEnabled(True)
        self._update_actions()
        self._show_error(message)

    def discard_plan(self) -> None:
        self.plan = None
        self.plan_box.hide()
        self._show_message(self.tr("Proposed allocation discarded; nothing was changed."))

    # -- rooming lists -------------------------------------------------------------

    def choose_export_file(self) -> QFileDialog | None:
        hotel_id = self.export_hotel.currentData()
        if hotel_id is None:
            return None
        dialog = QFileDialog(self, self.tr("Export the rooming list of %1").replace("%1", self.export_hotel.currentText()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("PDF document (*.pdf)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(lambda text: dialog.setDefaultSuffix("pdf" if "pdf" in text else "xlsx"))
        dialog.fileSelected.connect(lambda path: self.export_rooming_list(hotel_id, path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_rooming_list(self, hotel_id: int, path: str) -> None:
        """Write one hotel's rooming list (XLSX or PDF from the file's suffix) off the GUI thread."""
        db, language = self.db, self.language
        fmt = "pdf" if Path(path).suffix.lower() == ".pdf" else "xlsx"

        def done(result: dict[str, Any]) -> None:
            self._show_message(self.tr("Rooming list of %1 written (%2 guests): %3")
                               .replace("%1", result["hotel"])
                               .replace("%2", locale_for(self.language).toString(result["rows"]))
                               .replace("%3", result["file"]))
            self.exported.emit(result["file"])

        run_task(lambda _p: hotels.export_rooming_list(db, hotel_id, fmt, path, language), done, self._show_error,
                 owner=self)

    # -- messages and language -------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _show_error(self, message: str) -> None:
        self.message.setStyleSheet(f"color: {OVER[0]};")
        self.message.setText(translate_core(message))

    def _show_refusal(self, exc: BaseException) -> None:
        self.message.setStyleSheet(f"color: {OVER[0]};")
        self.message.setText(translate_core(message_of(exc)))

    def set_language(self, language: str) -> None:
        """Names from the database (delegations) and dates in this language; read again if shown."""
        if language != self.language:
            self.language = language
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
        self.export_button.setText(self.tr("&Export rooming list…"))
        self.plan_box.setTitle(self.tr("Proposed allocation (not applied yet)"))
        self.apply_button.setText(self.tr("A&pply"))
        self.discard_button.setText(self.tr("&Discard"))
        self.changes_table.setHorizontalHeaderLabels([self.tr("Guest"), self.tr("Change"), self.tr("Before"),
                                                      self.tr("After")])
        self.plan_unplaced.setHorizontalHeaderLabels([self.tr("Guest"), self.tr("Delegation"), self.tr("Reason")])
        self.plan_splits.setHorizontalHeaderLabels([self.tr("Delegation"), self.tr("Hotels"), self.tr("Reason")])
        self.tabs.setTabText(0, self.tr("Occupancy"))
        self.tabs.setTabText(1, self.tr("Guests"))
        self.tabs.setTabText(2, self.tr("Unplaced"))
        self.search.setPlaceholderText(self.tr("Find a guest, delegation, hotel or room…"))
        self.guest_table.setHorizontalHeaderLabels([
            self.tr("Guest"), self.tr("Delegation"), self.tr("Hotel"), self.tr("Room type"), self.tr("Room"),
            self.tr("Arrival"), self.tr("Departure"), self.tr("Nights"), self.tr("Locked"),
            self.tr("Outside the block")])
        self.unplaced_table.setHorizontalHeaderLabels([self.tr("Guest"), self.tr("Delegation"), self.tr("Reason")])
        self.move_button.setText(self.tr("&Move…"))
        self.share_button.setText(self.tr("&Share room with…"))
        self.drop_hint.setText(self.tr("Drag guests onto a room type here or onto a row of the occupancy grid to"
                                       " move them (locked), or onto another guest to share that guest's room."))
        # The hint above the tree says what to drop here; the column title stays short enough for
        # the panel in every language.
        self.room_tree.setHeaderLabels([self.tr("Room type"), self.tr("Sleeps"), self.tr("Fewest free")])
        self.room_tree.headerItem().setToolTip(2, self.tr("Rooms still free in the block on its fullest night"))
        self.lock_button.setText(self.tr("&Lock"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.chart.setTitle(self.tr("Rooms occupied per night against the block"))
        self.block_line.setName(self.tr("Block"))
        self.threshold_line.setName(self.tr("Attrition threshold (paid anyway)"))
        self._plan_tab_titles()
        if self.grid is not None:
            self._render()
        if self.plan is not None:
            self._render_plan()
