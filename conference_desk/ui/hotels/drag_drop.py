"""Guests dragged as their participant ids: the mime data, and the room-type rows that take a drop (a move)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
from PySide6.QtWidgets import QAbstractItemView

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


def accepts_participants(view: QAbstractItemView, event: QDragMoveEvent, ok: bool) -> None:
    if ok and event.mimeData().hasFormat(PARTICIPANTS_MIME):
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
    else:
        event.ignore()
    view.viewport().update()


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
        accepts_participants(self, event, True)

    def dragMoveEvent(self: Any, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        super().dragMoveEvent(event)  # type: ignore[misc]
        accepts_participants(self, event, self.target_at(self.indexAt(event.position().toPoint())) is not None)

    def drop(self, target: tuple[int, int] | None, data: QMimeData) -> bool:
        ids = participant_ids(data)
        if target is None or not ids or self.move_handler is None:
            return False
        return self.move_handler(ids, *target)
