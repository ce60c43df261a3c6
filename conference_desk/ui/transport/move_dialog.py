"""The keyboard way to move a passenger: choose another run on the same route, near their flight."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.transport import service as transport

from ..common.i18n import locale_for
from ..common.safe_dialogs import primary_of
from .shared import ID_ROLE, route_text, vehicle_text, when_text

NEAR = dt.timedelta(hours=12)  # runs further from the flight than this are never the right one


def compatible_runs(runs: list[transport.RunRow], current: transport.RunRow,
                    passenger: transport.PassengerRow) -> list[transport.RunRow]:
    """The other runs that could take ``passenger`` off ``current``: same leg and route, near the flight.

    Seats, hold and waiting limits are the core's to check (a full run is listed and refused with
    its reason), so the coordinator sees every run they might think of."""
    reference = passenger.flight_at or current.departs_at
    return sorted((r for r in runs if r.id != current.id and r.kind == current.kind and r.kind != "shuttle"
                   and (r.from_place, r.to_place) == (current.from_place, current.to_place)
                   and abs(r.departs_at - reference) <= NEAR), key=lambda r: (r.departs_at, r.code))


class MoveToRunDialog(QDialog):
    """Lists the compatible runs; OK moves the passenger to the chosen one (the screen does the move)."""

    def __init__(self, passenger: transport.PassengerRow, current: transport.RunRow,
                 candidates: list[transport.RunRow], language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transportMoveDialog")
        self.passenger, self.current, self.candidates, self.language = passenger, current, candidates, language
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("transportMoveRuns")
        for run in candidates:
            item = QListWidgetItem()
            item.setData(ID_ROLE, run.id)
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(self._update_ok)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = primary_of(self.buttons)  # Enter does what the dialog is for
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 400)  # a run on one line, in French too
        self.retranslate()
        if candidates:
            self.list.setCurrentRow(0)
        self._update_ok()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def choose(self, run_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == run_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _update_ok(self) -> None:
        if self.ok_button is not None:
            self.ok_button.setEnabled(self.chosen() is not None)

    def _run_text(self, run: transport.RunRow) -> str:
        number = locale_for(self.language).toString
        text = (self.tr("%1 · %2 · %3 of %4 seats taken · run %5")
                .replace("%1", when_text(run.departs_at, self.language)).replace("%2", vehicle_text(run.vehicle))
                .replace("%3", number(run.riders)).replace("%4", number(run.seats)).replace("%5", run.code))
        if run.locked:
            text += " · " + self.tr("locked")
        return text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move to another run"))
        p, run = self.passenger, self.current
        flight = when_text(p.flight_at, self.language)
        if self.candidates:
            self.intro.setText(self.tr("Move %1 (flight %2, %3) from run %4 to another run %5:")
                               .replace("%1", p.name).replace("%2", p.flight or "–").replace("%3", flight or "–")
                               .replace("%4", run.code).replace("%5", route_text(run.from_place, run.to_place)))
        else:
            self.intro.setText(self.tr("No other run %1 within 12 hours of %2's flight. Plan transport again, "
                                       "or drive them separately.")
                               .replace("%1", route_text(run.from_place, run.to_place)).replace("%2", p.name))
        for i, candidate in enumerate(self.candidates):
            self.list.item(i).setText(self._run_text(candidate))
