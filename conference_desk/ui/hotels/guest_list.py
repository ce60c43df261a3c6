"""The guests tab's list: the search, the guests it matches, their selection, and the buttons that act on it.

The rows are a screenful read in SQL by the screen (at most GUEST_ROWS_SHOWN: a table
cell is a Qt object, and 80,000 guests read into Python took seconds and 100 MB); the
table's rows are made in batches as it is scrolled to its end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from conference_desk.core.hotels import service as hotels

from ..common.i18n import locale_for
from .guest_table import GuestTable
from .shared import GUEST_ROWS_SHOWN, ID_ROLE, ROWS_PER_BATCH, make_item


class GuestList(QWidget):
    """The search over the guest table (a drag source and share target), Move…, Share room with…, Lock, Unlock."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.guests: list[hotels.GuestRow] = []  # the guests matching the search (at most GUEST_ROWS_SHOWN)
        self.shown = self.guests
        self.guests_capped = False  # more guests match than the table shows
        guests_layout = QVBoxLayout(self)
        guests_layout.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("hotelsSearch")
        self.search.setClearButtonEnabled(True)
        guests_layout.addWidget(self.search)
        self.guests_more = QLabel()  # "more than …: keep typing" when the rows are capped
        self.guests_more.setObjectName("hotelsGuestsMore")
        self.guests_more.setVisible(False)
        guests_layout.addWidget(self.guests_more)
        self.guest_table = GuestTable(10)
        self.guest_table.setObjectName("hotelsGuests")
        self.guest_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.guest_table.verticalScrollBar().valueChanged.connect(self._scrolled)
        guests_layout.addWidget(self.guest_table)
        actions = QHBoxLayout()
        self.move_button = QPushButton()
        self.share_button = QPushButton()
        self.share_button.setObjectName("hotelsShare")
        self.lock_button = QPushButton()
        self.unlock_button = QPushButton()
        for button in (self.move_button, self.share_button, self.lock_button, self.unlock_button):
            actions.addWidget(button)
        actions.addStretch(1)
        guests_layout.addLayout(actions)
        self.retranslate()

    # -- rows ---------------------------------------------------------------------

    def set_guests(self, rows: list[hotels.GuestRow]) -> None:
        """The guests read (one more than shown tells that more match)."""
        self.guests_capped = len(rows) > GUEST_ROWS_SHOWN
        self.guests = self.shown = rows[:GUEST_ROWS_SHOWN]

    def render_rows(self) -> None:
        """The table's first batch of rows, the selection kept."""
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
                item = make_item(value, g.participant_id, column == 7)
                if column == 9 and outside:
                    item.setBackground(QColor("#fff4d6"))
                    item.setForeground(QColor("#5f3b00"))
                    item.setToolTip(tip)
                table.setItem(row, column, item)

    def _scrolled(self, value: int) -> None:
        if value >= self.guest_table.verticalScrollBar().maximum() - 2:  # at the end: the next batch
            self._more_guests(self.guest_table.rowCount() + ROWS_PER_BATCH)

    # -- selection ----------------------------------------------------------------

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

    # -- language -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # Two texts in the screen's context, as translated there: elsewhere "Room" is a meeting room, and
        # the share dialog words its search differently.
        find = QCoreApplication.translate("HotelsScreen", "Find a guest, delegation, hotel or room…")
        room = QCoreApplication.translate("HotelsScreen", "Room")
        self.search.setPlaceholderText(find)
        self.guest_table.setHorizontalHeaderLabels([
            self.tr("Guest"), self.tr("Delegation"), self.tr("Hotel"), self.tr("Room type"), room,
            self.tr("Arrival"), self.tr("Departure"), self.tr("Nights"), self.tr("Locked"),
            self.tr("Outside the block")])
        self.move_button.setText(self.tr("&Move…"))
        self.share_button.setText(self.tr("&Share room with…"))
        self.lock_button.setText(self.tr("&Lock"))
        self.unlock_button.setText(self.tr("&Unlock"))
