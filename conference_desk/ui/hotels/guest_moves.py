"""Moving guests, sharing rooms and locking assignments: from the buttons, the context menu, the dialogs or a drop.

Each write is all or none: the core refuses a move that would take a night over the
block, and its message is shown translated while nothing changes.  After a write,
``written`` is emitted (the screen reads everything again).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.hotels import service as hotels

from ..common.i18n import locale_for
from .dialogs import MoveDialog, ShareDialog
from .guest_list import GuestList
from .message_line import MessageLine
from .shared import ID_ROLE


class GuestMoves(QObject):
    """The writes a clerk asks for on the guests of ``guest_list``; dialogs and the menu open over ``parent``.

    ``is_busy()`` says an allocation is being computed or applied (no move then); ``current_grid()``
    is the occupancy on screen, whose hotels and room types the move dialog offers.
    """

    written = Signal()

    def __init__(self, db: Database, language: str, guest_list: GuestList, message: MessageLine,
                 is_busy: Callable[[], bool], current_grid: Callable[[], hotels.Occupancy | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.guest_list = guest_list
        self.message = message
        self.is_busy = is_busy
        self.current_grid = current_grid
        self.widget = parent
        self.move_dialog: MoveDialog | None = None
        self.share_dialog: ShareDialog | None = None
        self.context_menu: QMenu | None = None

    def guest(self, participant_id: int) -> hotels.GuestRow | None:
        """A guest as listed, or read from the database when the table does not show them."""
        return self.guests_by_id([participant_id]).get(participant_id)

    def guests_by_id(self, participant_ids: Sequence[int]) -> dict[int, hotels.GuestRow]:
        listed = {g.participant_id: g for g in self.guest_list.guests}
        found = {pid: listed[pid] for pid in participant_ids if pid in listed}
        missing = [pid for pid in participant_ids if pid not in found]
        if missing:
            found.update((g.participant_id, g) for g in hotels.guest_rows(self.db, self.language, ids=missing))
        return found

    # -- asking ---------------------------------------------------------------------

    def open_move_dialog(self) -> MoveDialog | None:
        selected = self.guest_list.selected_guests()
        grid = self.current_grid()
        if not selected or grid is None:
            return None
        g = selected[0]
        dialog = MoveDialog(g, grid, self.widget, count=len(selected), language=self.language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if len(selected) == 1:
            dialog.accepted.connect(lambda: self.move(g.participant_id, dialog.hotel.currentData(),
                                                      dialog.room_type.currentData(), dialog.lock.isChecked()))
        else:
            ids = [x.participant_id for x in selected]
            dialog.accepted.connect(lambda: self.move_guests(ids, dialog.hotel.currentData(),
                                                             dialog.room_type.currentData(), dialog.lock.isChecked()))
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def open_share_dialog(self) -> ShareDialog | None:
        """"Share room with…": the keyboard way to drop the selected guests onto another guest."""
        selected = self.guest_list.selected_guests()
        if not selected:
            return None
        # Every guest with a room is a candidate, not only those the table shows.
        dialog = ShareDialog(selected, hotels.guest_rows(self.db, self.language, placed=True), self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [g.participant_id for g in selected]
        dialog.accepted.connect(lambda: self._share_chosen(ids, dialog.chosen()))
        self.share_dialog = dialog
        dialog.open()
        return dialog

    def _share_chosen(self, ids: list[int], with_id: int | None) -> None:
        if with_id is not None:
            self.share(ids, with_id)

    def open_context_menu(self, pos: QPoint) -> QMenu | None:
        """Right click on a guest: Move…, Share room with…, Lock, Unlock (for the selected guests)."""
        table, panel = self.guest_list.guest_table, self.guest_list
        row = table.indexAt(pos).row()
        if row < 0:
            return None
        item = table.item(row, 0)
        if item is not None and item.data(ID_ROLE) not in {g.participant_id for g in panel.selected_guests()}:
            table.selectRow(row)
        menu = QMenu(self.widget)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for text, slot, enabled in (
            (self.tr("&Move…"), self.open_move_dialog, panel.move_button.isEnabled()),
            (self.tr("&Share room with…"), self.open_share_dialog, panel.share_button.isEnabled()),
            (self.tr("&Lock"), lambda: self.set_locked(True), panel.lock_button.isEnabled()),
            (self.tr("&Unlock"), lambda: self.set_locked(False), panel.unlock_button.isEnabled()),
        ):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, f=slot: f())
        self.context_menu = menu
        menu.popup(table.viewport().mapToGlobal(pos))
        return menu

    # -- writing --------------------------------------------------------------------

    def move_guests(self, participant_ids: list[int], hotel_id: int, room_type_id: int, lock: bool = True) -> bool:
        """Move guests dropped on a room type (each with their room's sharers), all or none: a refusal is
        shown with the core's message and nothing changes.  Guests already in that room type stay put."""
        if self.is_busy():
            return False
        known = self.guests_by_id(list(dict.fromkeys(participant_ids)))
        ids = [pid for pid in dict.fromkeys(participant_ids)
               if not ((g := known.get(pid)) and g.hotel_id == hotel_id and g.room_type_id == room_type_id)]
        if not ids:
            self.message.show_message(self.tr("Already in that hotel and room type; nothing was changed."))
            return False
        if len(ids) == 1:
            return self.move(ids[0], hotel_id, room_type_id, lock)
        try:
            results = hotels.move_guests(self.db, ids, hotel_id, room_type_id, lock=lock, actor=Actor())
        except ConferenceDeskError as exc:
            self.message.show_refusal(exc)
            return False
        moved = sum(len(r["participants"]) for r in results)
        self.message.show_message(self.tr("%1 guests moved to %2, %3.")
                                  .replace("%1", locale_for(self.language).toString(moved))
                                  .replace("%2", results[0]["hotel"]).replace("%3", results[0]["room_type"]))
        self.written.emit()
        return True

    def share(self, participant_ids: list[int], with_participant_id: int, lock: bool = True) -> bool:
        """Put guests into another guest's room (all or none); a refusal is shown and nothing changes."""
        if self.is_busy():
            return False
        ids = [pid for pid in dict.fromkeys(participant_ids) if pid != with_participant_id]
        if not ids:
            return False
        try:
            results = hotels.share_rooms(self.db, ids, with_participant_id, Actor(), lock=lock)
        except ConferenceDeskError as exc:
            self.message.show_refusal(exc)
            return False
        other = self.guest(with_participant_id)
        first = results[0]
        if len(ids) == 1:
            mover = self.guest(ids[0])
            text = self.tr("%1 now shares %2's room %3 (%4, %5).").replace("%1", mover.name if mover else "")
        else:
            text = self.tr("%1 guests now share %2's room %3 (%4, %5).").replace(
                "%1", locale_for(self.language).toString(len(ids)))
        self.message.show_message(text.replace("%2", other.name if other else "").replace("%3", first["room_label"])
                                  .replace("%4", first["hotel"]).replace("%5", first["room_type"]))
        self.written.emit()
        return True

    def move(self, participant_id: int, hotel_id: int, room_type_id: int, lock: bool = True) -> bool:
        """Move a guest (with their room's sharers); a refusal is shown and nothing changes."""
        try:
            result = hotels.move_guest(self.db, participant_id, hotel_id, room_type_id, lock=lock, actor=Actor())
        except ConferenceDeskError as exc:
            self.message.show_refusal(exc)
            return False
        self.message.show_message(self.tr("Moved to %1, %2, room %3.").replace("%1", result["hotel"])
                                  .replace("%2", result["room_type"]).replace("%3", result["room_label"]))
        self.written.emit()
        return True

    def set_locked(self, locked: bool) -> bool:
        """Lock (or unlock) the assignments of the selected guests who have a room."""
        selected = [g for g in self.guest_list.selected_guests() if g.hotel_id is not None and g.locked != locked]
        if not selected:
            return False
        try:
            for g in selected:
                (hotels.lock_guest if locked else hotels.unlock_guest)(self.db, g.participant_id, Actor())
        except ConferenceDeskError as exc:
            self.message.show_refusal(exc)
            self.written.emit()
            return False
        if len(selected) == 1:
            text = self.tr("%1: assignment locked.") if locked else self.tr("%1: assignment unlocked.")
            text = text.replace("%1", selected[0].name)
        else:
            count = len(selected)
            text = (self.tr("%n assignment(s) locked.", "", count) if locked
                    else self.tr("%n assignment(s) unlocked.", "", count))
        self.message.show_message(text)
        self.written.emit()
        return True
