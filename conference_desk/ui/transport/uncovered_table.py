"""Guests with a flight who are on no run, and why: the coordinator's list of people to call or to drive."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget

from conference_desk.core.transport import service as transport

from ..common.core_messages import translate_core
from .shared import kind_text, make_item, read_only, when_text

NAME, FLIGHT, REASON = range(3)


class UncoveredTable(QTableWidget):
    """Every guest with a flight on no stored run: name, the leg and its flight, and the reason (translated).

    Three columns, the flight on two lines and the reason wrapped (the whole text in the tooltip too):
    the list sits beside the runs and its sentences must be read whole, not cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        read_only(self)
        self.setWordWrap(True)
        self.setObjectName("transportUncovered")
        self.rows: list[transport.UncoveredRow] = []
        self.language = "en"
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FLIGHT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(NAME, 150)
        # Three lines a row, the same for all: a reason wraps within them, and thousands of rows (before
        # the first plan every guest is uncovered) need no measuring.
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(3 * self.fontMetrics().lineSpacing() + 8)
        self.retranslate()

    def fill(self, rows: list[transport.UncoveredRow], language: str) -> None:
        self.language = language
        self.rows = sorted(rows, key=lambda u: (u.flight_at is None, u.flight_at or 0, u.name))
        self.setRowCount(len(self.rows))
        for row, u in enumerate(self.rows):
            leg = f"{kind_text(u.kind)} {u.flight}".strip()
            when = when_text(u.flight_at, language)
            items = (make_item(u.name, u.participant_id), make_item(f"{leg}\n{when}" if when else leg,
                                                                    u.participant_id),
                     make_item(translate_core(u.reason), u.participant_id))
            for column, item in enumerate(items):
                item.setToolTip(item.text())
                self.setItem(row, column, item)

    def text_at(self, row: int) -> list[str]:
        """What a row says, column by column."""
        return [self.item(row, column).text() for column in range(self.columnCount())]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Flight"), self.tr("Reason")])
        if self.rows:
            self.fill(self.rows, self.language)
