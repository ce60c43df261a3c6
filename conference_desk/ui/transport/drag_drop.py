"""A passenger dragged from one run to another: what the drag carries (who, which leg, from which run)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData

PASSENGER_MIME = "application/x-conference-desk-transport-passenger"


@dataclass(frozen=True)
class DraggedPassenger:
    participant_id: int
    kind: str  # the leg: "arrival" | "departure"
    run_id: int  # the run they are on now


def passenger_mime(passenger: DraggedPassenger, name: str) -> QMimeData:
    """The passenger as JSON for our drop targets, their name as text for other applications."""
    mime = QMimeData()
    payload = {"participant_id": passenger.participant_id, "kind": passenger.kind, "run_id": passenger.run_id}
    mime.setData(PASSENGER_MIME, QByteArray(json.dumps(payload).encode()))
    mime.setText(name)
    return mime


def dragged_passenger(mime: QMimeData | None) -> DraggedPassenger | None:
    if mime is None or not mime.hasFormat(PASSENGER_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(PASSENGER_MIME).data()).decode())
        passenger = DraggedPassenger(int(payload["participant_id"]), str(payload["kind"]), int(payload["run_id"]))
    except (ValueError, KeyError, TypeError):
        return None
    return passenger
