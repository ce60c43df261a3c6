"""Who has a badge: one row per participant with the state of their badge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from conference_desk.core.badges.types import BadgeStatusRow

COL_NAME = 0
COL_DELEGATION = 1
COL_CATEGORY = 2
COL_BADGE = 3
COL_PRINTED = 4
COLUMN_COUNT = 5

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class SourceSortingProxy(QSortFilterProxyModel):
    """Filters like its base class but lets the source model sort (in Python, with one sort key per row):
    the base class compares rows through ``data()``, millions of Python calls at 100,000 participants."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class BadgeStatusModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BadgeStatusRow] = []
        self.only_without_badge = False
        self._all: list[BadgeStatusRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[BadgeStatusRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self.rows = [r for r in rows if not (self.only_without_badge and r.printed_at is not None)]
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.rows[i.row()].participant_id if 0 <= i.row() < len(self.rows) else None for i in persistent]
        self._sort_rows(column, order)
        where = {r.participant_id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(persistent, [
            self.index(where[pid], i.column()) if pid in where else QModelIndex()
            for i, pid in zip(persistent, ids)])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        def key(row: BadgeStatusRow) -> Any:
            if column == COL_PRINTED:
                return (row.printed_at is None, row.printed_at or 0)
            if column == COL_BADGE:
                return (row.version is None, row.version or 0, row.reprints)
            text = row.name if column == COL_NAME else row.delegation if column == COL_DELEGATION else row.category
            return collator.sortKey(text or "")

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def set_only_without_badge(self, value: bool) -> None:
        self.only_without_badge = value
        self.set_rows(self._all)

    def counts(self) -> tuple[int, int]:
        """(participants, of whom with a printed badge)."""
        return len(self._all), sum(1 for r in self._all if r.printed_at is not None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

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
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
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
