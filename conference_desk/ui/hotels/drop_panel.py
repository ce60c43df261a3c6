"""The panel beside the guests: the hotels and room types to drop guests on, with the fewest rooms free."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from conference_desk.core.foundation.terms import room_type_name
from conference_desk.core.hotels import service as hotels

from ..common.i18n import locale_for
from .drag_drop import RoomTypeDropTarget
from .shared import FULL, ID_ROLE, OVER, UNDER


class RoomTypeTree(RoomTypeDropTarget, QTreeWidget):
    """Hotels and their room types beside the guests, with the fewest rooms free on a night: a drop target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._setup_drops()

    @staticmethod
    def _target(item: QTreeWidgetItem | None) -> tuple[int, int] | None:
        value = item.data(0, ID_ROLE) if item is not None else None
        return (value[0], value[1]) if isinstance(value, (tuple, list)) and len(value) == 2 else None

    def target_at(self, index: QModelIndex) -> tuple[int, int] | None:
        return self._target(self.itemFromIndex(index)) if index.isValid() else None

    def item_for(self, hotel_id: int, room_type_id: int) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount()):
                if self._target(top.child(j)) == (hotel_id, room_type_id):
                    return top.child(j)
        return None

    def dropMimeData(self, parent: QTreeWidgetItem | None, index: int, data: QMimeData,  # noqa: N802 - Qt API
                     action: Qt.DropAction) -> bool:
        return self.drop(self._target(parent), data)

    def fill(self, grid: hotels.Occupancy, language: str) -> None:
        """Hotels and room types to drop guests on, with the fewest rooms free on any night of the block."""
        number = locale_for(language).toString
        tree = self
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        for h in grid.hotels:
            top = QTreeWidgetItem([h.name, "", ""])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(top)
            for t in h.room_types:
                free = [c.block - c.allocated for c in t.cells if c.block > 0]
                fewest = min(free) if free else 0
                child = QTreeWidgetItem([room_type_name(t.name, language), number(t.capacity), number(fewest)])
                child.setData(0, ID_ROLE, (h.hotel_id, t.room_type_id))
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
                for column in (1, 2):
                    child.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                colours = OVER if fewest < 0 else FULL if fewest == 0 else UNDER
                child.setForeground(2, QBrush(QColor(colours[0])))
                child.setToolTip(0, self.tr("Drop guests here to move them to %1, %2 (locked).")
                                 .replace("%1", h.name).replace("%2", room_type_name(t.name, language)))
                top.addChild(child)
        tree.expandAll()


class DropPanel(QWidget):
    """What to drop where (a hint), over the room-type tree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hotelsDropHint")
        self.drop_hint.setWordWrap(True)
        layout.addWidget(self.drop_hint)
        self.room_tree = RoomTypeTree()
        self.room_tree.setObjectName("hotelsRoomTypes")
        layout.addWidget(self.room_tree)
        self.setMinimumWidth(340)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.drop_hint.setText(self.tr("Drag guests onto a room type here or onto a row of the occupancy grid to"
                                       " move them (locked), or onto another guest to share that guest's room."))
        # The hint above the tree says what to drop here; the column title stays short enough for
        # the panel in every language.
        self.room_tree.setHeaderLabels([self.tr("Room type"), self.tr("Sleeps"), self.tr("Fewest free")])
        self.room_tree.headerItem().setToolTip(2, self.tr("Rooms still free in the block on its fullest night"))
