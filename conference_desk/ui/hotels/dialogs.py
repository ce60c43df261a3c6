"""The keyboard ways to place guests: share another guest's room, or move to a hotel and room type (with a lock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.terms import room_type_name
from conference_desk.core.foundation.text import fold
from conference_desk.core.hotels import service as hotels

from ..common.safe_dialogs import primary_of
from .shared import ID_ROLE


class ShareDialog(QDialog):
    """Choose the guest whose room the selected guests will share (the keyboard way to drop onto a guest)."""

    def __init__(self, movers: list[hotels.GuestRow], guests: list[hotels.GuestRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.movers = movers
        mover_ids = {g.participant_id for g in movers}
        self.candidates = [g for g in guests if g.hotel_id is not None and g.participant_id not in mover_ids]
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.search = QLineEdit()
        self.search.setObjectName("shareSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("shareWith")
        for g in self.candidates:
            item = QListWidgetItem(f"{g.name} — {g.hotel} · {g.room_type} · {g.room_label}")
            item.setData(ID_ROLE, g.participant_id)
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        primary_of(self.buttons)  # Enter does what the dialog is for
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._update_ok)
        self.resize(520, 420)
        self.retranslate()
        self._update_ok()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and not item.isHidden() else None

    def choose(self, participant_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == participant_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _filter(self) -> None:
        wanted = fold(self.search.text()).split()
        for item, g in zip((self.list.item(i) for i in range(self.list.count())), self.candidates):
            item.setHidden(not all(w in g.search for w in wanted))
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share a room"))
        if len(self.movers) == 1:
            self.intro.setText(self.tr("Put %1 in the room of:").replace("%1", self.movers[0].name))
        else:
            self.intro.setText(self.tr("Put %1 guests in the room of:")
                               .replace("%1", QLocale().toString(len(self.movers))))
        self.search.setPlaceholderText(self.tr("Find a guest, delegation, hotel or room…"))


class MoveDialog(QDialog):
    """Hotel, room type and lock for one guest (the screen does the move when accepted)."""

    def __init__(self, guest: hotels.GuestRow, grid: hotels.Occupancy, parent: QWidget | None = None,
                 count: int = 1, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language  # room types in the interface language (core.terms)
        self.guest = guest
        self.count = count  # guests selected (the first one's room is proposed)
        self.grid = grid
        self.hotel = QComboBox()
        self.hotel.setObjectName("moveHotel")
        self.room_type = QComboBox()
        self.room_type.setObjectName("moveRoomType")
        self.lock = QCheckBox()
        self.lock.setChecked(True)
        for h in grid.hotels:
            self.hotel.addItem(h.name, h.hotel_id)
        self.hotel.currentIndexChanged.connect(self._fill_types)
        form = QFormLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.hotel_label = QLabel()
        self.type_label = QLabel()
        form.addRow(self.hotel_label, self.hotel)
        form.addRow(self.type_label, self.room_type)
        form.addRow(self.lock)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        primary_of(self.buttons)  # Enter does what the dialog is for
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        if guest.hotel_id is not None:
            self.hotel.setCurrentIndex(max(self.hotel.findData(guest.hotel_id), 0))
        self._fill_types()
        if guest.room_type_id is not None:
            self.room_type.setCurrentIndex(max(self.room_type.findData(guest.room_type_id), 0))
        self.retranslate()

    def _fill_types(self) -> None:
        self.room_type.clear()
        for h in self.grid.hotels:
            if h.hotel_id == self.hotel.currentData():
                for t in h.room_types:
                    self.room_type.addItem(f"{room_type_name(t.name, self.language)} ({t.code})", t.room_type_id)

    def select(self, hotel_id: int, room_type_id: int) -> None:
        self.hotel.setCurrentIndex(self.hotel.findData(hotel_id))
        self.room_type.setCurrentIndex(self.room_type.findData(room_type_id))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move a guest"))
        if self.count > 1:
            self.intro.setText(self.tr("Move %1 guests (and the sharers of their rooms) to:")
                               .replace("%1", QLocale().toString(self.count)))
        else:
            self.intro.setText(self.tr("Move %1 (and the sharers of the room) to:").replace("%1", self.guest.name))
        self.hotel_label.setText(self.tr("&Hotel:"))
        self.type_label.setText(self.tr("&Room type:"))
        self.hotel_label.setBuddy(self.hotel)
        self.type_label.setBuddy(self.room_type)
        self.lock.setText(self.tr("&Lock the assignment (a re-run keeps it)"))
