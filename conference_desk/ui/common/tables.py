"""Small table helpers every capability's screen uses: read-only tables of whole rows, items with a key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

KEY_ROLE = Qt.ItemDataRole.UserRole  # the id an item stands for (a participant, a run)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def make_item(text: str, key: int | None = None, align_right: bool = False) -> QTableWidgetItem:
    """A table item showing ``text``, carrying ``key`` in :data:`KEY_ROLE`, numbers aligned right."""
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(KEY_ROLE, key)
    if align_right:
        item.setTextAlignment(_RIGHT)
    return item


def read_only(table: QTableWidget, word_wrap: bool = True) -> QTableWidget:
    """A table of whole rows, one selected at a time, that nobody edits."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    if not word_wrap:
        table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table
