"""The guests without a room and why: the last allocation's reason, or "not allocated yet"."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTableWidget, QWidget

from conference_desk.core.hotels import service as hotels

from ..common.core_messages import translate_core
from .shared import ROWS_PER_BATCH, make_item, read_only


class UnplacedTable(QTableWidget):
    """The unplaced guests read (at most GUEST_ROWS_SHOWN), their rows made in batches as the table is scrolled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        read_only(self)
        self.setObjectName("hotelsUnplaced")
        self.unplaced: list[hotels.GuestRow] = []  # the rows (at most GUEST_ROWS_SHOWN)
        self.last_unplaced: dict[int, str] = {}  # participant id -> reason of the last allocation
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.retranslate()

    def _scrolled(self, value: int) -> None:
        if value >= self.verticalScrollBar().maximum() - 2:  # at the end: the next batch
            self._more_unplaced(self.rowCount() + ROWS_PER_BATCH)

    def _more_unplaced(self, rows: int) -> None:
        """The unplaced table's rows up to ``rows`` (made in batches like the guests')."""
        table = self
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
                table.setItem(row, column, make_item(value, g.participant_id))

    def render_rows(self) -> None:
        table = self
        table.clearContents()
        table.setRowCount(0)
        self._more_unplaced(ROWS_PER_BATCH)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Guest"), self.tr("Delegation"), self.tr("Reason")])
