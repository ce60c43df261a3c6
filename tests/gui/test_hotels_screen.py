"""The hotels screen as an organiser uses it: occupancy grid, allocation preview, apply, moves, locks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from conference_desk.core.hotels import service as hotels
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import AuditEntry, RoomAssignment, RoomBlock
from conference_desk.ui.hotels.screen import FULL, OVER, PARTICIPANTS_MIME, UNDER, HotelsScreen, cell_colours
from conference_desk.ui.hotels.screen import participant_ids as participant_ids_of
from conference_desk.ui.common.tasks import wait_for_tasks
from tests.templates import Templates

SHOTS = Path(__file__).resolve().parents[2] / "shots"


@pytest.fixture
def screen(qtbot: QtBot, db: Database, demo_templates: Templates) -> Iterator[HotelsScreen]:
    demo_templates.populate_demo(db, 80, seed=5)
    widget = HotelsScreen(db, "en")
    widget.time_limit.setValue(2)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.show()
    yield widget
    wait_for_tasks()


def assignments(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(RoomAssignment)) or 0)


def allocate_and_apply(qtbot: QtBot, screen: HotelsScreen) -> hotels.AllocationPlan:
    with qtbot.waitSignal(screen.plan_ready, timeout=30_000):
        screen.allocate_button.click()
    plan = screen.plan
    assert plan is not None
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.apply_button.click()
    return plan


def check_grid_matches_core(screen: HotelsScreen, db: Database) -> None:
    grid = hotels.occupancy(db)
    for h in grid.hotels:
        for t in h.room_types:
            for i, cell in enumerate(t.cells):
                assert screen.grid_text(h.hotel_id, t.room_type_id, i) == f"{cell.allocated} / {cell.block}"
        for i, night in enumerate(h.nights):
            assert screen.grid_text(h.hotel_id, "total", i) == f"{night.used} / {night.block}"
            assert screen.grid_text(h.hotel_id, "threshold", i).startswith(str(night.threshold))


def test_cell_colours_say_under_full_and_over() -> None:
    assert cell_colours(3, 5) == UNDER
    assert cell_colours(5, 5) == FULL
    assert cell_colours(6, 5) == OVER


def test_grid_shows_allocated_of_block_as_the_core_counts(qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    grid = hotels.occupancy(db)
    assert screen.grid_table.columnCount() == 1 + len(grid.nights)
    check_grid_matches_core(screen, db)  # before any allocation: 0 / block
    assert screen.bar_sets and all(screen.bar_sets[h.hotel_id].sum() == 0 for h in grid.hotels)
    allocate_and_apply(qtbot, screen)
    check_grid_matches_core(screen, db)
    grid = hotels.occupancy(db)
    for h in grid.hotels:
        bar = screen.bar_sets[h.hotel_id]
        assert [bar.at(i) for i in range(bar.count())] == [n.used for n in h.nights]
    assert screen.block_line.count() == len(grid.nights)
    assert screen.block_line.at(1).y() == sum(h.nights[1].block for h in grid.hotels)
    assert screen.threshold_line.at(1).y() == sum(h.nights[1].threshold for h in grid.hotels)
    SHOTS.mkdir(exist_ok=True)
    screen.grab().save(str(SHOTS / "hotels_occupancy.png"))


def test_allocation_is_shown_before_anything_is_written(qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    assert assignments(db) == 0
    assert screen.keep_locks.isChecked()
    with qtbot.waitSignal(screen.plan_ready, timeout=30_000):
        screen.allocate_button.click()
    plan = screen.plan
    assert plan is not None and plan.changes
    assert screen.plan_box.isVisible()
    assert screen.changes_table.rowCount() == len(plan.changes)
    first = plan.changes[0]
    assert screen.changes_table.item(0, 0).text() == first.participant
    assert screen.changes_table.item(0, 1).text() == "new"
    assert first.after is not None and first.after["hotel"] in screen.changes_table.item(0, 3).text()
    assert "optimal" in screen.plan_summary.text() or "best found" in screen.plan_summary.text()
    assert assignments(db) == 0  # nothing written until Apply
    SHOTS.mkdir(exist_ok=True)
    screen.grab().save(str(SHOTS / "hotels_plan.png"))

    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.apply_button.click()
    assert assignments(db) == plan.placed > 0
    assert not screen.plan_box.isVisible()
    assert "applied" in screen.message.text()


def test_discard_writes_nothing(qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    with qtbot.waitSignal(screen.plan_ready, timeout=30_000):
        screen.allocate()
    screen.discard_button.click()
    assert screen.plan is None and not screen.plan_box.isVisible()
    assert assignments(db) == 0


def test_move_to_another_hotel_updates_grid_and_guest(qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    allocate_and_apply(qtbot, screen)
    grid = hotels.occupancy(db)
    hilton, fiesta = grid.hotels[0], grid.hotels[1]
    guest = next(g for g in screen.guests if g.hotel_id == hilton.hotel_id and g.room_type == "single")
    target = next(t for t in fiesta.room_types if t.code == "single")
    assert screen.select_guest(guest.participant_id)
    dialog = screen.open_move_dialog()
    assert dialog is not None and dialog.lock.isChecked()
    dialog.select(fiesta.hotel_id, target.room_type_id)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        dialog.accept()

    moved = screen.guest(guest.participant_id)
    assert moved is not None and moved.hotel == fiesta.name and moved.room_type == "single" and moved.locked
    row = next(r for r in range(screen.guest_table.rowCount())
               if screen.guest_table.item(r, 0).data(256) == guest.participant_id)
    assert screen.guest_table.item(row, 2).text() == fiesta.name
    assert screen.guest_table.item(row, 8).text() == "locked"
    assert guest.arrival is not None and guest.departure is not None
    night = next(i for i, n in enumerate(grid.nights) if guest.arrival <= n < guest.departure)
    before = target.cells[night].allocated
    assert screen.grid_text(fiesta.hotel_id, target.room_type_id, night).startswith(f"{before + 1} / ")
    check_grid_matches_core(screen, db)


def test_a_move_over_the_block_is_refused_and_changes_nothing(qtbot: QtBot, screen: HotelsScreen,
                                                              db: Database) -> None:
    allocate_and_apply(qtbot, screen)
    grid = hotels.occupancy(db)
    fiesta = grid.hotels[1]
    target = next(t for t in fiesta.room_types if t.code == "double")
    with db.session() as s:  # a block of one room on every night, taken by the first mover
        for block in s.scalars(select(RoomBlock).where(RoomBlock.room_type_id == target.room_type_id)):
            block.rooms = 1
    movers = [g for g in screen.guests if g.hotel_id is not None and g.hotel_id != fiesta.hotel_id
              and not g.room_label.startswith("F")][:2]
    assert screen.move(movers[0].participant_id, fiesta.hotel_id, target.room_type_id)
    qtbot.waitUntil(lambda: not screen.loading, timeout=10_000)
    count = assignments(db)
    with db.session() as s:
        row_before = s.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == movers[1].participant_id))
        where_before = (row_before.hotel_id, row_before.room_type_id, row_before.room_label)

    assert not screen.move(movers[1].participant_id, fiesta.hotel_id, target.room_type_id)
    assert "is full on the night of" in screen.message.text()
    assert movers[1].latin_name in screen.message.text()
    with db.session() as s:
        row_after = s.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == movers[1].participant_id))
        assert (row_after.hotel_id, row_after.room_type_id, row_after.room_label) == where_before
    assert assignments(db) == count


def test_lock_and_unlock_persist(qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    allocate_and_apply(qtbot, screen)
    guest = next(g for g in screen.guests if g.hotel_id is not None and not g.locked)
    screen.select_guest(guest.participant_id)
    assert screen.lock_button.isEnabled() and not screen.unlock_button.isEnabled()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.lock_button.click()
    with db.session() as s:
        assert s.scalar(select(RoomAssignment.locked).where(RoomAssignment.participant_id == guest.participant_id))
    assert screen.guest(guest.participant_id).locked  # type: ignore[union-attr]
    assert screen.selected_guest().participant_id == guest.participant_id  # type: ignore[union-attr]
    assert screen.unlock_button.isEnabled()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.unlock_button.click()
    with db.session() as s:
        assert not s.scalar(select(RoomAssignment.locked)
                            .where(RoomAssignment.participant_id == guest.participant_id))


def test_search_filters_the_guests(qtbot: QtBot, screen: HotelsScreen) -> None:
    target = screen.guests[0]
    everyone = screen.guest_table.rowCount()  # the rows before the search (the guests read in SQL)
    with qtbot.waitSignal(screen.searched, timeout=10_000):  # the matches are read in SQL, off the GUI thread
        # the Latin family name (a name in another script is listed "Latin (original)"; keys are Latin-1)
        qtbot.keyClicks(screen.search, next(w for w in reversed(target.name.split()) if w.isascii()))
    visible = [r for r in range(screen.guest_table.rowCount()) if not screen.guest_table.isRowHidden(r)]
    assert visible and len(visible) < everyone
    assert any(screen.guest_table.item(r, 0).text() == target.name for r in visible)


def test_unplaced_guests_are_listed_and_rooming_list_exported(qtbot: QtBot, screen: HotelsScreen, db: Database,
                                                              tmp_path: Path) -> None:
    assert screen.unplaced_table.rowCount() == len(screen.guests)  # nobody has a room yet
    assert "Not allocated yet" in screen.unplaced_table.item(0, 2).text()
    allocate_and_apply(qtbot, screen)
    assert screen.unplaced_table.rowCount() == sum(1 for g in screen.guests if g.hotel_id is None)
    out = tmp_path / "hilton.xlsx"
    hotel_id = screen.grid.hotels[0].hotel_id  # type: ignore[union-attr]
    with qtbot.waitSignal(screen.exported, timeout=10_000):
        screen.export_rooming_list(hotel_id, str(out))
    assert out.exists() and "written" in screen.message.text()
    dialog = screen.choose_export_file()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


# --------------------------------------------------------------------------
# Drag and drop: guests onto a room type (move) or onto another guest (share)
# --------------------------------------------------------------------------


def dragged(screen: HotelsScreen, *participant_ids: int) -> QMimeData:
    """The mime data the guest list produces when these guests are dragged."""
    model = screen.guest_table.model()
    mime = model.mimeData([model.index(screen.guest_row(pid), 0) for pid in participant_ids])
    assert participant_ids_of(mime) == list(participant_ids)
    return mime


def where(db: Database, participant_id: int) -> tuple[int, int, str, bool] | None:
    with db.session() as s:
        row = s.scalar(select(RoomAssignment).where(RoomAssignment.participant_id == participant_id))
        return (row.hotel_id, row.room_type_id, row.room_label, row.locked) if row else None


def drop_on_grid(screen: HotelsScreen, mime: QMimeData, hotel_id: int, room_type_id: int) -> bool:
    model = screen.grid_table.model()
    index = model.index(screen.grid_rows[(hotel_id, room_type_id)], 2)
    return model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, index)


def test_dropping_a_guest_on_a_grid_row_moves_them(qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    allocate_and_apply(qtbot, screen)
    grid = hotels.occupancy(db)
    hilton, fiesta = grid.hotels[0], grid.hotels[1]
    guest = next(g for g in screen.guests if g.hotel_id == hilton.hotel_id and g.room_type == "single"
                 and not g.locked)
    target = next(t for t in fiesta.room_types if t.code == "single")
    assert guest.arrival is not None
    night = next(i for i, n in enumerate(grid.nights) if n == guest.arrival)
    before = target.cells[night].allocated
    mime = dragged(screen, guest.participant_id)
    assert mime.hasFormat(PARTICIPANTS_MIME)
    # Only the room-type rows take guests: not a hotel's total or threshold row.
    total = screen.grid_table.model().index(screen.grid_rows[(fiesta.hotel_id, "total")], 1)
    assert not screen.grid_table.model().flags(total) & Qt.ItemFlag.ItemIsDropEnabled
    assert not screen.grid_table.model().dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, total)
    assert where(db, guest.participant_id)[0] == hilton.hotel_id  # type: ignore[index]

    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        assert drop_on_grid(screen, mime, fiesta.hotel_id, target.room_type_id)
    hotel_id, room_type_id, label, locked = where(db, guest.participant_id)  # type: ignore[misc]
    assert (hotel_id, room_type_id, locked) == (fiesta.hotel_id, target.room_type_id, True)
    assert label.startswith("F-SGL-")
    assert screen.grid_text(fiesta.hotel_id, target.room_type_id, night).startswith(f"{before + 1} / ")
    check_grid_matches_core(screen, db)
    assert "Moved to " + fiesta.name in screen.message.text()
    row = screen.guest_row(guest.participant_id)
    assert screen.guest_table.item(row, 2).text() == fiesta.name
    assert screen.guest_table.item(row, 8).text() == "locked"


def test_a_drop_over_the_block_is_refused_with_the_message_and_changes_nothing(
        qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    allocate_and_apply(qtbot, screen)
    fiesta = hotels.occupancy(db).hotels[1]
    target = next(t for t in fiesta.room_types if t.code == "double")
    with db.session() as s:  # a block of one room on every night, taken by the first mover
        for block in s.scalars(select(RoomBlock).where(RoomBlock.room_type_id == target.room_type_id)):
            block.rooms = 1
    movers = [g for g in screen.guests if g.hotel_id is not None and g.hotel_id != fiesta.hotel_id
              and not g.room_label.startswith("F")][:3]
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        assert drop_on_grid(screen, dragged(screen, movers[0].participant_id), fiesta.hotel_id,
                            target.room_type_id)
    count = assignments(db)
    before = {g.participant_id: where(db, g.participant_id) for g in movers[1:]}
    # Two guests at once: all or nothing.
    assert not drop_on_grid(screen, dragged(screen, movers[1].participant_id, movers[2].participant_id),
                            fiesta.hotel_id, target.room_type_id)
    assert "is full on the night of" in screen.message.text() and movers[1].latin_name in screen.message.text()
    assert {g.participant_id: where(db, g.participant_id) for g in movers[1:]} == before
    assert assignments(db) == count
    check_grid_matches_core(screen, db)


def test_a_real_drop_event_on_the_room_type_tree_moves_several_guests(qtbot: QtBot, screen: HotelsScreen,
                                                                      db: Database) -> None:
    allocate_and_apply(qtbot, screen)
    screen.tabs.setCurrentIndex(1)
    fiesta = hotels.occupancy(db).hotels[1]
    target = next(t for t in fiesta.room_types if t.code == "double")
    movers = [g for g in screen.guests if g.hotel_id is not None and g.hotel_id != fiesta.hotel_id
              and not g.room_label.startswith("F") and not g.locked][:2]
    assert screen.select_guests([g.participant_id for g in movers]) == 2
    assert [g.participant_id for g in screen.selected_guests()] == sorted(
        (g.participant_id for g in movers), key=screen.guest_row)
    mime = screen.guest_table.model().mimeData(screen.guest_table.selectionModel().selectedRows())
    item = screen.room_tree.item_for(fiesta.hotel_id, target.room_type_id)
    assert item is not None and item.text(2)  # the fewest rooms free on a night
    pos = QPointF(screen.room_tree.visualItemRect(item).center())
    viewport = screen.room_tree.viewport()
    # As Qt delivers a drag: enter (which makes the tree the drag's target), move, then drop.
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    hotel_row = QPointF(screen.room_tree.visualItemRect(item.parent()).center()).toPoint()
    over_hotel = QDragMoveEvent(hotel_row, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, over_hotel)
    assert not over_hotel.isAccepted()  # a hotel's own row is not a room type
    move = QDragMoveEvent(pos.toPoint(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        QApplication.sendEvent(viewport, drop)
    for g in movers:
        assert where(db, g.participant_id)[:2] == (fiesta.hotel_id, target.room_type_id)  # type: ignore[index]
    assert "guests moved to " + fiesta.name in screen.message.text()
    check_grid_matches_core(screen, db)
    SHOTS.mkdir(exist_ok=True)
    screen.grab().save(str(SHOTS / "hotels_drag_and_drop.png"))


def alone_in_a_double(qtbot: QtBot, screen: HotelsScreen) -> hotels.GuestRow:
    """A guest moved (by the dialog's core function) alone into a new double room."""
    assert screen.grid is not None
    guest = next(g for g in reversed(screen.guests) if g.hotel_id is not None and g.room_type == "single")
    double = next((h.hotel_id, t.room_type_id) for h in screen.grid.hotels for t in h.room_types
                  if t.code == "double")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        assert screen.move(guest.participant_id, *double)
    moved = screen.guest(guest.participant_id)
    assert moved is not None and moved.room_type == "double"
    assert sum(1 for o in screen.guests if o.room_label == moved.room_label
               and o.room_type_id == moved.room_type_id) == 1
    return moved


def test_dropping_a_guest_on_another_guest_shares_the_room(qtbot: QtBot, screen: HotelsScreen,
                                                           db: Database) -> None:
    allocate_and_apply(qtbot, screen)
    host = alone_in_a_double(qtbot, screen)
    mover = next(g for g in screen.guests if g.hotel_id is not None and g.room_type == "single")
    single = next(g for g in screen.guests if g.hotel_id is not None and g.room_type == "single"
                  and g.participant_id != mover.participant_id)
    model = screen.guest_table.model()
    # Onto a guest in a single room: refused with the core's message naming both, nothing changes.
    before = where(db, mover.participant_id)
    assert not model.dropMimeData(dragged(screen, mover.participant_id), Qt.DropAction.MoveAction, -1, -1,
                                  model.index(screen.guest_row(single.participant_id), 1))
    assert "is for one guest only" in screen.message.text()
    assert mover.latin_name in screen.message.text() and single.latin_name in screen.message.text()
    assert where(db, mover.participant_id) == before
    # Onto a guest alone in a double: shared.
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        assert model.dropMimeData(dragged(screen, mover.participant_id), Qt.DropAction.MoveAction, -1, -1,
                                  model.index(screen.guest_row(host.participant_id), 3))
    assert where(db, mover.participant_id)[:3] == where(db, host.participant_id)[:3]  # type: ignore[index]
    assert "now shares" in screen.message.text() and host.latin_name in screen.message.text()
    assert screen.guest_table.item(screen.guest_row(mover.participant_id), 4).text() == host.room_label
    check_grid_matches_core(screen, db)
    # The room is full now: a third guest is refused.
    third = next(g for g in screen.guests if g.hotel_id is not None and g.participant_id not in
                 (mover.participant_id, host.participant_id) and g.room_type == "single")
    assert not screen.share([third.participant_id], host.participant_id)
    assert "is full on the night of" in screen.message.text()


def test_share_room_with_from_the_context_menu(qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    allocate_and_apply(qtbot, screen)
    screen.tabs.setCurrentIndex(1)
    host = alone_in_a_double(qtbot, screen)
    mover = next(g for g in screen.guests if g.hotel_id is not None and g.room_type == "single")
    row = screen.guest_row(mover.participant_id)
    screen.guest_table.scrollToItem(screen.guest_table.item(row, 0))
    pos = screen.guest_table.visualItemRect(screen.guest_table.item(row, 0)).center()
    menu = screen.open_context_menu(pos)
    assert menu is not None and screen.selected_guest().participant_id == mover.participant_id  # type: ignore[union-attr]
    share_action = next(a for a in menu.actions() if "Share room" in a.text())
    assert share_action.isEnabled()
    share_action.trigger()
    menu.close()
    dialog = screen.share_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.search, host.name.split(" (")[0])  # the Latin form, as a clerk types it
    assert dialog.choose(host.participant_id)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert where(db, mover.participant_id)[2] == host.room_label  # type: ignore[index]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "hotel share")) == 1


def test_rooming_list_export_needs_no_selected_guest(screen: HotelsScreen) -> None:
    """Issue 15: "Export rooming list…" was disabled until a guest was selected."""
    assert not screen.selected_guests()
    assert screen.export_hotel.count() == 2
    assert screen.export_button.isEnabled()


def test_nights_asked_for_outside_the_block_are_shown(qtbot: QtBot, screen: HotelsScreen, db: Database) -> None:
    """Issue 16: a guest arriving on 26 September, before the block, is not silently cut to it."""
    import datetime as dt

    from conference_desk.core.foundation.models import Participant

    allocate_and_apply(qtbot, screen)
    placed = next(g for g in hotels.guest_rows(db) if g.hotel_id is not None)
    with db.session() as s:
        s.get(Participant, placed.participant_id).arrival_date = dt.date(2015, 9, 26)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.refresh()
    screen.search.setText(placed.name)
    screen._render_guests()
    row = next(r for r in range(screen.guest_table.rowCount())
               if screen.guest_table.item(r, 0).text() == placed.name)
    assert screen.guest_table.horizontalHeaderItem(9).text() == "Outside the block"
    assert "26 Sep" in screen.guest_table.item(row, 9).text()
    assert screen.guest_table.item(row, 5).text() != ""  # the assigned arrival stays the block's first night


def test_room_types_in_the_interface_language(qtbot: QtBot, screen: HotelsScreen) -> None:
    """A Spanish screen names the room types in Spanish: grid and drop panel (the core's UN terminology)."""
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.set_language("es")
    rows = [screen.grid_table.item(r, 0).text() for r in range(screen.grid_table.rowCount())
            if screen.grid_table.item(r, 0) is not None]
    assert any(text.endswith("· Sencilla (cama king size)") for text in rows), rows
    assert not any("Single (king bed)" in text for text in rows)
