"""The guest table: drag guests from it (their participant ids travel), drop them onto a guest to share a room."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, Qt
from PySide6.QtGui import QColor, QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from .drag_drop import PARTICIPANTS_MIME, accepts_participants, participant_ids, participants_mime
from .shared import HOTEL_COLOURS, ID_ROLE


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
        accepts_participants(self, event, True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        super().dragMoveEvent(event)
        target = self.target_at(self.indexAt(event.position().toPoint()).row())
        accepts_participants(self, event, target is not None and target not in participant_ids(event.mimeData()))

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

