"""Who rides the selected run: a row per guest, dragged onto another run to move them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QColor, QDrag, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from conference_desk.core.transport import service as transport

from ..common.i18n import locale_for
from .drag_drop import PASSENGER_MIME, DraggedPassenger, passenger_mime
from .shared import KIND_COLOURS, clock, make_item, read_only

NAME, DELEGATION, FLIGHT, TIME, TERMINAL, LUGGAGE = range(6)


class PassengerTable(QTableWidget):
    """The passengers of one run.  A row dragged onto another run of the runs table moves that guest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        read_only(self)
        self.setObjectName("transportPassengers")
        self.run: transport.RunRow | None = None
        self.passengers: list[transport.PassengerRow] = []
        self.language = "en"
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.retranslate()

    def fill(self, run: transport.RunRow | None, language: str) -> None:
        self.language = language
        self.run = run
        self.passengers = list(run.passengers) if run is not None else []
        self._headers()
        number = locale_for(language).toString
        self.setRowCount(len(self.passengers))
        for row, p in enumerate(self.passengers):
            name = make_item(p.name, p.participant_id)
            if p.by_car:
                name.setToolTip(self.tr("A car of their own: head of delegation or protocol guest"))
            items = (name, make_item(p.delegation, p.participant_id), make_item(p.flight, p.participant_id),
                     make_item(clock(p.flight_at, language), p.participant_id),
                     make_item(p.terminal, p.participant_id),
                     make_item(number(p.luggage), p.participant_id, align_right=True))
            for column, item in enumerate(items):
                self.setItem(row, column, item)

    def selected_passenger(self) -> transport.PassengerRow | None:
        rows = self.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.passengers):
            return None
        return self.passengers[rows[0].row()]

    def select_passenger(self, participant_id: int) -> bool:
        for row, p in enumerate(self.passengers):
            if p.participant_id == participant_id:
                self.selectRow(row)
                return True
        return False

    # -- dragging ------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [PASSENGER_MIME]

    def mimeData(self, items: Sequence[QTableWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        rows = sorted({item.row() for item in items})
        if self.run is None or not rows or not 0 <= rows[0] < len(self.passengers):
            return QMimeData()
        p = self.passengers[rows[0]]
        return passenger_mime(DraggedPassenger(p.participant_id, self.run.kind, self.run.id), p.name)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802, N803 - Qt API
        # Our own QDrag: the base class would clear the dragged cells after a MoveAction.
        p = self.selected_passenger()
        if p is None or self.run is None or self.run.kind == "shuttle":
            return
        drag = QDrag(self)
        drag.setMimeData(passenger_mime(DraggedPassenger(p.participant_id, self.run.kind, self.run.id), p.name))
        drag.setPixmap(self._badge(p.name))
        drag.exec(Qt.DropAction.MoveAction)

    def _badge(self, text: str) -> QPixmap:
        metrics = self.fontMetrics()
        pixmap = QPixmap(metrics.horizontalAdvance(text) + 20, metrics.height() + 10)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(KIND_COLOURS["arrival"][0]))
        painter.drawRoundedRect(pixmap.rect(), 6, 6)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pixmap

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _headers(self) -> None:
        kind = self.run.kind if self.run is not None else ""
        when = self.tr("Takes off") if kind == "departure" else self.tr("Lands")
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Delegation"), self.tr("Flight"), when,
                                        self.tr("Terminal"), self.tr("Bags")])

    def retranslate(self) -> None:
        self._headers()
        if self.run is not None:
            self.fill(self.run, self.language)
