"""The participants table: pages rows from SQL so 100,000 participants stay fluid."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.names import listed_part
from conference_desk.core.people.registration import (
    ParticipantQuery,
    SEARCH_PAGE,
    ParticipantRow,
    first_page,
    list_participants,
)

COL_NAME = 0
COL_GIVEN = 1
COL_DELEGATION = 2
COL_CATEGORY = 3
COL_POSITION = 4
COL_CITY = 5
COL_EMAIL = 6
COL_ARRIVAL = 7
COL_DEPARTURE = 8
COL_STATUS = 9
COLUMN_COUNT = 10

# Sort key in the core for each sortable column.
SORT_KEYS = {
    COL_NAME: "name", COL_GIVEN: "given_name", COL_DELEGATION: "delegation", COL_CATEGORY: "category",
    COL_CITY: "city", COL_EMAIL: "email", COL_ARRIVAL: "arrival_date", COL_STATUS: "status",
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = SEARCH_PAGE
_SERVED_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), int(ID_ROLE),
                           int(ROW_ROLE)})
Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    """Rows come from core.registration.list_participants, one page at a time."""

    count_changed = Signal(int)

    def __init__(self, db: Database, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.query = ParticipantQuery()
        self._count = 0
        self.exact = True  # False: more than _count match (a broad search)
        self._matching_ids: list[int] | None = None
        self._sorted_ids = False
        self._pages: dict[int, list[ParticipantRow]] = {}
        self._dates: dict[dt.date, str] = {}  # dates as shown in the current locale
        self.status_labels: dict[str, str] = {}
        self.refresh()

    # -- data source ----------------------------------------------------------

    def set_query(self, query: ParticipantQuery) -> None:
        self.query = query
        self.refresh()

    def update_query(self, **changes: Any) -> None:
        self.set_query(replace(self.query, **changes))

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._dates.clear()  # the locale may have changed with the language
        with self.db.session() as session:
            page = first_page(session, self.query, PAGE_SIZE, self.language)
        self._count, self.exact = page.total, page.exact
        self._matching_ids, self._sorted_ids = page.matching_ids, page.sorted_ids
        self._pages[0] = page.rows
        self.endResetModel()
        self.count_changed.emit(self._count)

    def row_at(self, row: int) -> ParticipantRow | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            with self.db.session() as session:
                if self._matching_ids is not None and self._sorted_ids:
                    ids = self._matching_ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
                    self._pages[page] = list_participants(
                        session, self.query, 0, PAGE_SIZE, self.language, matching_ids=ids)
                else:
                    self._pages[page] = list_participants(
                        session, self.query, page * PAGE_SIZE, PAGE_SIZE, self.language,
                        matching_ids=self._matching_ids)
        rows = self._pages[page]
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def row_of_id(self, participant_id: int) -> int | None:
        """Row of a participant among the loaded pages (None if not loaded)."""
        for page, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.id == participant_id:
                    return page * PAGE_SIZE + offset
        return None

    # -- Qt model API -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers().get(section)

    def _headers(self) -> dict[int, str]:
        return {
            COL_NAME: self.tr("Family name"), COL_GIVEN: self.tr("Given name"),
            COL_DELEGATION: self.tr("Delegation"), COL_CATEGORY: self.tr("Category"),
            COL_POSITION: self.tr("Position"), COL_CITY: self.tr("City"), COL_EMAIL: self.tr("E-mail"),
            COL_ARRIVAL: self.tr("Arrival"), COL_DEPARTURE: self.tr("Departure"), COL_STATUS: self.tr("Status"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for a dozen roles per cell on every paint: answer the ones not served at once.
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_NAME, COL_GIVEN):
            listed = item.listed_name
            return listed if listed != f"{item.given_name} {item.family_name}".strip() else None
        return None

    def _display(self, item: ParticipantRow, column: int) -> Any:
        if column == COL_NAME:  # the name policy (core.names): Latin form, the original beside it
            return listed_part(item.family_name, item.family_name_latin)
        if column == COL_GIVEN:
            return listed_part(item.given_name, item.given_name_latin)
        if column == COL_DELEGATION:
            return item.delegation
        if column == COL_CATEGORY:
            return item.category
        if column == COL_POSITION:
            return item.position
        if column == COL_CITY:
            return item.city
        if column == COL_EMAIL:
            return item.email
        if column in (COL_ARRIVAL, COL_DEPARTURE):
            day: dt.date | None = item.arrival_date if column == COL_ARRIVAL else item.departure_date
            if day is None:
                return None
            shown = self._dates.get(day)  # a few distinct days, painted over and over
            if shown is None:
                shown = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
                self._dates[day] = shown
            return shown
        if column == COL_STATUS:
            return self.status_labels.get(item.status, item.status)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.update_query(order_by=key, descending=order == Qt.SortOrder.DescendingOrder)
