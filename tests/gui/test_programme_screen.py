"""The Programme screen: the ICLC 2015 timetable, dragging sessions, live conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import (
    ConflictAcknowledgement,
    Participant,
    ProgrammeSession,
    SessionPerson,
    SessionRole,
    VenueRoom,
)
from conference_desk.core.programme import timetable as tt
from conference_desk.ui.programme.screen import MIME, ProgrammeScreen, SessionBlock
from conference_desk.ui.common.tasks import wait_for_tasks

DAY1 = dt.date(2015, 9, 28)


@pytest.fixture
def screen(qtbot: QtBot, db: Database) -> Iterator[ProgrammeScreen]:
    widget = ProgrammeScreen(db, "en")
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.timetable is not None, timeout=10_000)
    yield widget
    wait_for_tasks()


def _session(db: Database, code: str) -> ProgrammeSession:
    with db.session() as s:
        row = s.scalar(select(ProgrammeSession).where(ProgrammeSession.code == code))
        assert row is not None
        s.expunge(row)
        return row


def _room_id(db: Database, name: str) -> int:
    with db.session() as s:
        room_id = s.scalar(select(VenueRoom.id).where(VenueRoom.name == name))
        assert room_id is not None
        return room_id


def _mouse(view, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:  # type: ignore[no-untyped-def]
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _drag(screen: ProgrammeScreen, block: SessionBlock, start_offset: QPointF, delta: QPointF) -> None:
    """Press on the block, move in steps with the button held, release: as a mouse does."""
    view = screen.view
    view.ensureVisible(block)
    start = view.mapFromScene(block.mapToScene(start_offset))
    end = view.mapFromScene(block.mapToScene(start_offset) + delta)
    _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        _mouse(view, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_the_shipped_programme_is_a_clean_timetable(screen: ProgrammeScreen, db: Database) -> None:
    assert screen.day == DAY1
    assert [screen.day_tabs.tabText(i) for i in range(screen.day_tabs.count())] == [
        "Mon 28 Sept", "Tue 29 Sept", "Wed 30 Sept"]
    with db.session() as s:
        day1 = {code for code, starts in s.execute(select(ProgrammeSession.code, ProgrammeSession.starts_at))
                if starts.date() == DAY1}
    assert {block.info.code for block in screen.scene.blocks.values()} == day1
    assert screen.conflicts == []
    assert screen.conflict_list.topLevelItemCount() == 0
    assert screen.conflict_label.text().startswith("No conflicts")
    # Blocks sit in their room's column, in time order.
    open_block = next(b for b in screen.scene.blocks.values() if b.info.code == "OPEN")
    p1 = next(b for b in screen.scene.blocks.values() if b.info.code == "P1")
    assert open_block.pos().x() == p1.pos().x()
    assert open_block.pos().y() + open_block.rect().height() < p1.pos().y()


def test_dragging_a_forum_onto_an_occupied_hall_is_flagged_at_once(screen: ProgrammeScreen, db: Database) -> None:
    tf2 = next(b for b in screen.scene.blocks.values() if b.info.code == "TF2")  # Antigua Capilla 17:00
    tf1 = next(b for b in screen.scene.blocks.values() if b.info.code == "TF1")  # Salón de Actos 17:00
    _drag(screen, tf2, QPointF(40, 30), QPointF(tf1.pos().x() - tf2.pos().x(), 0))

    row = _session(db, "TF2")
    assert row.venue_room_id == _room_id(db, "Salón de Actos")
    assert row.starts_at == dt.datetime(2015, 9, 28, 17, 0)
    assert row.ends_at == dt.datetime(2015, 9, 28, 18, 30)
    kinds = [c.kind for c in screen.conflicts]
    assert "room_double_booked" in kinds
    clash = next(c for c in screen.conflicts if c.kind == "room_double_booked")
    assert set(clash.session_codes) == {"TF1", "TF2"}
    listed = [screen.conflict_list.topLevelItem(i).text(2) for i in range(screen.conflict_list.topLevelItemCount())]
    assert any("TF1" in text and "TF2" in text for text in listed)
    # Both blocks carry the mark (the scene was redrawn: look the blocks up again).
    marked = {b.info.code for b in screen.scene.blocks.values() if b.open_conflicts()}
    assert {"TF1", "TF2"} <= marked
    assert "TF2 moved" in screen.message.text()


def test_dragging_in_time_snaps_and_resizing_changes_the_end(screen: ProgrammeScreen, db: Database) -> None:
    p2 = next(b for b in screen.scene.blocks.values() if b.info.code == "P2")  # 14:30–16:30
    _drag(screen, p2, QPointF(60, 40), QPointF(0, 32))  # ~ half an hour later, snapped to 5 minutes
    row = _session(db, "P2")
    assert row.starts_at.minute % 5 == 0
    assert dt.datetime(2015, 9, 28, 14, 55) <= row.starts_at <= dt.datetime(2015, 9, 28, 15, 5)
    assert row.ends_at - row.starts_at == dt.timedelta(hours=2)

    p2 = next(b for b in screen.scene.blocks.values() if b.info.code == "P2")
    _drag(screen, p2, QPointF(60, p2.rect().height() - 2), QPointF(0, -60))  # lower edge up an hour
    resized = _session(db, "P2")
    assert resized.starts_at == row.starts_at
    assert resized.ends_at == row.ends_at - dt.timedelta(hours=1)


def test_an_unscheduled_session_is_dropped_onto_the_grid(screen: ProgrammeScreen, db: Database) -> None:
    tf3 = _session(db, "TF3")
    tt.move_session(db, tf3.id, room_id=None, starts_at=None, ends_at=None)
    screen.reload_now()
    assert screen.unscheduled.count() == 1
    assert "TF3" in screen.unscheduled.item(0).text()
    assert tf3.id not in screen.scene.blocks

    mime = screen.unscheduled.mimeData([screen.unscheduled.item(0)])
    assert mime.hasFormat(MIME)
    capilla = _room_id(db, "Antigua Capilla")
    column = [r.id for r in screen.scene.rooms].index(_room_id(db, "Galería de Rectores"))
    target = screen.view.mapFromScene(QPointF(screen.scene.column_x(column) + 20,
                                              screen.scene.y_of(dt.datetime(2015, 9, 28, 17, 0)) + 1))
    drop = QDropEvent(QPointF(target), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    screen.view.dropEvent(drop)

    row = _session(db, "TF3")
    assert row.venue_room_id == _room_id(db, "Galería de Rectores") != capilla
    assert row.starts_at == dt.datetime(2015, 9, 28, 17, 0)
    assert row.ends_at == dt.datetime(2015, 9, 28, 18, 30)  # its duration was kept
    assert screen.unscheduled.count() == 0
    assert row.id in screen.scene.blocks


def test_a_speaker_in_two_places_is_flagged_and_a_warning_can_be_accepted(
        screen: ProgrammeScreen, db: Database) -> None:
    with db.session() as s:
        from conference_desk.core.foundation.models import Category

        category = s.scalar(select(Category.id).limit(1))
        person = Participant(family_name="Okafor", given_name="Ngozi", category_id=category)
        s.add(person)
        s.flush()
        for code in ("TF1", "TF2"):
            session_id = s.scalar(select(ProgrammeSession.id).where(ProgrammeSession.code == code))
            s.add(SessionPerson(session_id=session_id, participant_id=person.id, role=SessionRole.SPEAKER))
        person_id = person.id
    screen.reload_now()
    double = [c for c in screen.conflicts if c.kind == "person_double_booked"]
    assert len(double) == 1 and double[0].people[0][0] == person_id
    assert "Okafor" in double[0].message

    # Move TF2 to just after TF1 ends: no longer double-booked, but too little time to change rooms.
    tf2 = _session(db, "TF2")
    assert screen.move_session(tf2.id, tf2.venue_room_id, dt.datetime(2015, 9, 28, 18, 35),
                               dt.datetime(2015, 9, 28, 19, 30))
    kinds = {c.kind for c in screen.conflicts}
    assert "person_double_booked" not in kinds and "person_turnover" in kinds
    warning = next(c for c in screen.conflicts if c.kind == "person_turnover")
    assert warning.severity == "warning"
    row = next(i for i in range(screen.conflict_list.topLevelItemCount())
               if screen.conflict_list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == warning.fingerprint)
    screen.conflict_list.setCurrentItem(screen.conflict_list.topLevelItem(row))
    assert screen.ack_button.isEnabled()
    screen.ack_button.click()
    with db.session() as s:
        assert s.scalar(select(ConflictAcknowledgement.fingerprint)) == warning.fingerprint
    assert "1 accepted" in screen.conflict_label.text()
    assert not any(b.open_conflicts() for b in screen.scene.blocks.values())


def test_errors_cannot_be_accepted(screen: ProgrammeScreen, db: Database) -> None:
    tf2 = _session(db, "TF2")
    screen.move_session(tf2.id, _room_id(db, "Salón de Actos"), tf2.starts_at, tf2.ends_at)
    screen.conflict_list.setCurrentItem(screen.conflict_list.topLevelItem(0))
    assert screen.selected_conflict() is not None and screen.selected_conflict().severity == "error"
    assert not screen.ack_button.isEnabled()


def test_a_move_outside_the_conference_is_refused_and_nothing_changes(
        screen: ProgrammeScreen, db: Database) -> None:
    p1 = _session(db, "P1")
    ok = screen.move_session(p1.id, p1.venue_room_id, dt.datetime(2015, 10, 5, 9, 0), dt.datetime(2015, 10, 5, 10, 0))
    assert not ok
    assert screen.message.text().startswith("Not moved:")
    assert _session(db, "P1").starts_at == p1.starts_at


def test_the_screen_follows_the_language(screen: ProgrammeScreen, languages, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    languages.set_language("fr")
    screen.set_language("fr")
    qtbot.waitUntil(lambda: screen.new_button.text() == "Nouvelle séance…", timeout=5_000)
    assert screen.day_tabs.tabText(0).startswith("lun.")
    p1 = next(b for b in screen.scene.blocks.values() if b.info.code == "P1")
    assert p1.info.title("fr").startswith("Plénière 1")
    languages.set_language("en")
