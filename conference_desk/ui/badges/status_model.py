"""Who has a badge: one row per participant with the state of their badge."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from conference_desk.core.badges import service
from conference_desk.core.badges.service import BadgeStatusQuery
from conference_desk.core.badges.types import BadgeStatusRow
from conference_desk.core.foundation.db import Database

from ..common.tasks import run_task

COL_NAME = 0
COL_DELEGATION = 1
COL_CATEGORY = 2
COL_BADGE = 3
COL_PRINTED = 4
COLUMN_COUNT = 5
SORT_KEYS = {COL_NAME: "name", COL_DELEGATION: "delegation", COL_CATEGORY: "category", COL_BADGE: "badge",
             COL_PRINTED: "printed"}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class BadgeStatusModel(QAbstractTableModel):
    """Who has a badge, paged from SQL (core.badges.service.badge_status_page): the count, the totals
    and the first page are read off the GUI thread (:meth:`refresh`); later pages when scrolled to."""

    loaded = Signal()  # a refresh arrived (the rows, the count and the totals are current)
    failed = Signal(object)

    def __init__(self, db: Database, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.query = BadgeStatusQuery()
        self.is_loaded = False
        self._count = 0
        self._totals = (0, 0)
        self._pages: dict[int, list[BadgeStatusRow]] = {}
        self._generation = 0

    # -- what is shown ---------------------------------------------------------

    def refresh(self) -> None:
        """Read the count, the totals and the first page again, off the GUI thread."""
        self._generation += 1
        generation, db, query, language = self._generation, self.db, self.query, self.language

        def work(_progress: Any) -> tuple[int, int, tuple[int, int], list[BadgeStatusRow]]:
            totals = service.badge_status_totals(db)
            # Unfiltered, the table lists everyone not cancelled: the first total (a count less).
            everyone = not query.search.strip() and not query.only_unprinted
            count = totals[0] if everyone else service.badge_status_count(db, query, language)
            return generation, count, totals, service.badge_status_page(db, query, 0, PAGE_SIZE, language)

        run_task(work, self._arrived, self.failed.emit, owner=self)

    def _arrived(self, result: tuple[int, int, tuple[int, int], list[BadgeStatusRow]]) -> None:
        generation, count, totals, first = result
        if generation != self._generation:  # a newer search or order is on its way
            return
        self.beginResetModel()
        self._count, self._totals, self._pages = count, totals, {0: first}
        self.is_loaded = True
        self.endResetModel()
        self.loaded.emit()

    def set_query(self, **changes: Any) -> None:
        query = replace(self.query, **changes)
        if query != self.query:
            self.query = query
            self.refresh()

    def set_search(self, text: str) -> None:
        self.set_query(search=text)

    def set_only_without_badge(self, value: bool) -> None:
        self.set_query(only_unprinted=value)

    @property
    def only_without_badge(self) -> bool:
        return self.query.only_unprinted

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003
        if column in SORT_KEYS:
            self.set_query(sort=SORT_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder)

    def counts(self) -> tuple[int, int]:
        """(participants not cancelled, of whom with a printed badge): aggregates in SQL."""
        return self._totals

    # -- rows --------------------------------------------------------------------

    def row_at(self, row: int) -> BadgeStatusRow | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._pages[page] = service.badge_status_page(self.db, self.query, page * PAGE_SIZE, PAGE_SIZE,
                                                                 self.language)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def row_of_id(self, participant_id: int) -> int | None:
        for page, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.participant_id == participant_id:
                    return page * PAGE_SIZE + offset
        try:  # not on a page read so far: its place in the order (ids only)
            return service.badge_status_ids(self.db, self.query, self.language).index(participant_id)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NAME: self.tr("Name"), COL_DELEGATION: self.tr("Delegation"), COL_CATEGORY: self.tr("Category"),
            COL_BADGE: self.tr("Badge"), COL_PRINTED: self.tr("Printed"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return row.participant_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return row.name
            if column == COL_DELEGATION:
                return row.delegation
            if column == COL_CATEGORY:
                return row.category
            if column == COL_BADGE:
                if row.version is None:
                    return self.tr("none")
                if row.reprints:
                    return self.tr("version %1 (%2 reprints)").replace("%1", str(row.version)).replace(
                        "%2", str(row.reprints))
                return self.tr("version %1").replace("%1", str(row.version))
            if column == COL_PRINTED:
                if row.printed_at is None:
                    return self.tr("not printed")
                return QLocale().toString(row.printed_at, QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PRINTED and row.printed_at is None:
            return QColor("#b71c1c")
        return None
