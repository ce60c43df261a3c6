"""One day's runs in departure order (the timeline): a row per vehicle, a drop target for passengers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from conference_desk.core.transport import service as transport

from ..common.i18n import locale_for
from .drag_drop import PASSENGER_MIME, dragged_passenger
from .shared import (
    FULL,
    KIND_COLOURS,
    clock,
    colour_item,
    kind_text,
    make_item,
    padlock_icon,
    read_only,
    route_text,
    vehicle_text,
)

TIME, KIND, VEHICLE, SEATS, ROUTE, LOCKED = range(6)


class RunTable(QTableWidget):
    """The runs of the chosen day by departure time.  Drop a passenger on an airport run of the same
    kind to move them there (``move_handler(participant_id, kind, run_id)``; the core checks the rest)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        read_only(self)
        self.setObjectName("transportRuns")
        self.runs: list[transport.RunRow] = []
        self.language = "en"
        self.move_handler: Callable[[int, str, int], bool] | None = None
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROUTE, QHeaderView.ResizeMode.Stretch)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDragDropOverwriteMode(True)  # a drop lands on a run, never between two
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.retranslate()

    def fill(self, runs: list[transport.RunRow], language: str) -> None:
        self.language = language
        self.runs = list(runs)
        number = locale_for(language).toString
        self.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            seats = make_item(f"{number(run.riders)}/{number(run.seats)}", run.id, align_right=True)
            seats.setToolTip(self.tr("%1 of %2 seats taken, %3 bags in the hold")
                             .replace("%1", number(run.riders)).replace("%2", number(run.seats))
                             .replace("%3", number(run.luggage)))
            if run.riders >= run.seats:
                colour_item(seats, FULL)
            kind = make_item(kind_text(run.kind), run.id)
            colour_item(kind, KIND_COLOURS.get(run.kind, ("#000000", "#ffffff")))
            locked = make_item("", run.id)
            if run.locked:
                locked.setIcon(padlock_icon())
                locked.setToolTip(self.tr("Locked: a new plan keeps this run as it is"))
            items = (make_item(clock(run.departs_at, language), run.id), kind,
                     make_item(vehicle_text(run.vehicle), run.id), seats,
                     make_item(route_text(run.from_place, run.to_place), run.id), locked)
            for column, item in enumerate(items):
                if column not in (SEATS, LOCKED):
                    item.setToolTip(self.tr("Run %1").replace("%1", run.code))
                self.setItem(row, column, item)

    def run_at(self, row: int) -> transport.RunRow | None:
        return self.runs[row] if 0 <= row < len(self.runs) else None

    def selected_run(self) -> transport.RunRow | None:
        rows = self.selectionModel().selectedRows()
        return self.run_at(rows[0].row()) if rows else None

    def select_run(self, run_id: int) -> bool:
        for row, run in enumerate(self.runs):
            if run.id == run_id:
                self.selectRow(row)
                self.scrollToItem(self.item(row, TIME))
                return True
        return False

    def row_of(self, run_id: int) -> int:
        return next((row for row, run in enumerate(self.runs) if run.id == run_id), -1)

    # -- dropping a passenger -----------------------------------------------------------

    def target_at(self, row: int, data: QMimeData | None) -> transport.RunRow | None:
        """The run on ``row`` if the dragged passenger may be dropped there (same leg, another airport run)."""
        passenger = dragged_passenger(data)
        run = self.run_at(row)
        if passenger is None or run is None or run.kind == "shuttle":
            return None
        return run if run.kind == passenger.kind and run.id != passenger.run_id else None

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [PASSENGER_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if dragged_passenger(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        super().dragMoveEvent(event)  # auto-scroll near the edges
        row = self.indexAt(event.position().toPoint()).row()
        if self.target_at(row, event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        # Not QTableWidget.dropEvent: it would copy cells about.
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
        run = self.target_at(row, data)
        passenger = dragged_passenger(data)
        if run is None or passenger is None or self.move_handler is None:
            return False
        return self.move_handler(passenger.participant_id, passenger.kind, run.id)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Vehicle"), self.tr("Seats"),
                                        self.tr("From → to"), self.tr("Locked")])
        if self.runs:
            self.fill(self.runs, self.language)

