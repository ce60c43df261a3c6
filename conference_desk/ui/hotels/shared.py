"""What the hotels widgets share: the colours of the occupancy, the item role of ids, table helpers, row limits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from ..common.tables import make_item, read_only  # noqa: F401 - the hotels widgets import them from here

UNDER = ("#1b5e20", "#e8f5e9")  # text, background: rooms left in the block
FULL = ("#8a5a00", "#fff4d6")
OVER = ("#b71c1c", "#ffebee")
EMPTY = ("#78909c", "#f5f7f8")  # no block that night
HOTEL_COLOURS = ("#3b78b5", "#e07b00", "#2e7d32", "#8e44ad", "#16a085")
BLOCK_LINE = "#37474f"
THRESHOLD_LINE = "#c62828"
ID_ROLE = Qt.ItemDataRole.UserRole
GUEST_ROWS_SHOWN = 3_000  # rows of the guest and unplaced tables; the search narrows down beyond
ROWS_PER_BATCH = 200  # table rows made at a time: the first at once, the next as the table is scrolled to its end


def make_table(columns: int) -> QTableWidget:
    return read_only(QTableWidget(0, columns))


def cell_colours(allocated: int, block: int) -> tuple[str, str]:
    """(text, background) of an occupancy cell: green under the block, amber full, red over."""
    if allocated > block:
        return OVER
    if block <= 0:
        return EMPTY
    return FULL if allocated == block else UNDER
