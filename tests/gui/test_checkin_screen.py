"""The check-in desk as a clerk uses it: scanner bursts, typed names, outcomes, walk-ins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from conference_desk.core.badges import service
from conference_desk.core.badges.types import BadgeSelection
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import CheckInEvent, Participant, ParticipantStatus
from conference_desk.ui.checkin.screen import CheckInScreen
from conference_desk.ui.common.tasks import wait_for_tasks
from tests.templates import Templates


@pytest.fixture
def codes(db: Database, demo_templates: Templates, tmp_path: Path) -> dict[int, str]:
    demo_templates.populate_demo(db, 30, seed=11)
    result = service.print_badges(db, BadgeSelection(), tmp_path / "badges.pdf")
    return result.codes


@pytest.fixture
def screen(qtbot: QtBot, db: Database, codes: dict[int, str], tmp_path: Path,
           languages) -> Iterator[CheckInScreen]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("checkin/desk", "Desk 3")
    settings.setValue("checkin/operator", "Lupita")
    widget = CheckInScreen(db, "en", settings)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activateWindow()
    widget.refocus()
    yield widget
    wait_for_tasks()


def scan(qtbot: QtBot, screen: CheckInScreen, code: str, suffix: Qt.Key | None = Qt.Key.Key_Return) -> None:
    with qtbot.waitSignal(screen.checked_in, timeout=3000):
        qtbot.keyClicks(screen.input, code, delay=2)
        if suffix is not None:
            qtbot.keyClick(screen.input, suffix)


def name_of(db: Database, participant_id: int) -> str:
    with db.session() as s:
        return s.get(Participant, participant_id).badge_name


def test_scan_admits_then_says_already_with_desk_and_time(qtbot: QtBot, screen: CheckInScreen, db: Database,
                                                          codes: dict[int, str]) -> None:
    participant_id, code = next(iter(codes.items()))
    assert screen.input.hasFocus()
    scan(qtbot, screen, code)
    assert screen.panel.outcome == "admitted"
    assert screen.panel.headline.text() == "ADMITTED"
    assert screen.panel.name.text() == name_of(db, participant_id)
    assert "Checked in today: 1 of" in screen.counter.text()
    scan(qtbot, screen, code, suffix=None)  # a scanner that sends no suffix
    assert screen.panel.outcome == "already"
    assert "at Desk 3 by Lupita" in screen.panel.reason.text()
    assert screen.input.hasFocus() and screen.input.text() == ""
    with db.session() as s:
        outcomes = [e.outcome.value for e in s.scalars(select(CheckInEvent).order_by(CheckInEvent.id))]
    assert outcomes == ["admitted", "already_in"]


def test_misread_forged_and_revoked_codes_each_say_what_they_are(qtbot: QtBot, screen: CheckInScreen,
                                                                  db: Database, codes: dict[int, str],
                                                                  tmp_path: Path) -> None:
    from conference_desk.core.badges import codes as badge_codes

    participant_id, code = next(iter(codes.items()))
    misread = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    scan(qtbot, screen, misread)
    assert screen.panel.outcome == "unreadable"
    assert screen.panel.headline.text() == "COULD NOT READ THE CODE"
    assert screen.panel.reason.text() == "Scan it again, or type the name."
    # A code whose check character is right but whose signature is not: forged.
    body = code[:-1]
    changed = body[:20] + ("Z" if body[20] != "Z" else "Y") + body[21:]
    forged = changed + badge_codes.check_char(changed)
    scan(qtbot, screen, forged)
    assert screen.panel.outcome == "rejected"
    assert screen.panel.headline.text() == "FORGED OR ALTERED CODE"
    service.reprint_badge(db, participant_id, "lost", tmp_path / "again.pdf")
    scan(qtbot, screen, code, suffix=Qt.Key.Key_Tab)
    assert screen.panel.outcome == "rejected"
    assert screen.panel.headline.text() == "BADGE REVOKED"
    assert "Revoked badge" in screen.panel.reason.text()
    assert screen.panel.name.text() == name_of(db, participant_id)


def test_typed_name_shows_matches_and_enter_checks_in(qtbot: QtBot, screen: CheckInScreen, db: Database) -> None:
    with db.session() as s:
        person = s.scalars(select(Participant).where(Participant.status != ParticipantStatus.CANCELLED)
                           .order_by(Participant.id)).first()
        family = person.family_name_latin or person.family_name
    qtbot.keyClicks(screen.input, family[:5].lower(), delay=80)
    qtbot.waitUntil(lambda: screen.match_table.rowCount() > 0, timeout=3000)
    names = [screen.match_table.item(r, 0).text() for r in range(screen.match_table.rowCount())]
    row = next(r for r, m in enumerate(screen.matches) if m.id == person.id)
    # Moving through the list with the arrows is a choice: Enter admits the row chosen.
    qtbot.keyClick(screen.input, Qt.Key.Key_Down)
    for _ in range(row):
        qtbot.keyClick(screen.input, Qt.Key.Key_Down)
    for _ in range(len(screen.matches)):
        qtbot.keyClick(screen.input, Qt.Key.Key_Up)
    for _ in range(row):
        qtbot.keyClick(screen.input, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.checked_in, timeout=3000):
        qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.panel.outcome == "admitted", names
    assert screen.last.participant.id == person.id


def test_walk_in_registers_checks_in_and_refuses_bad_input(qtbot: QtBot, screen: CheckInScreen,
                                                           db: Database) -> None:
    dialog = screen.open_walk_in()
    qtbot.keyClicks(dialog.given, "Aroha")
    dialog.where.setEditText("New Zealand")
    dialog.email.setText("aroha@")
    dialog.register_only.click()
    assert dialog.isVisible()
    assert "Family name is required." in dialog.problems.text()
    qtbot.keyClicks(dialog.family, "Ngata")
    dialog.email.setText("aroha.ngata@wellington.govt.nz")
    with qtbot.waitSignal(screen.checked_in, timeout=3000):
        dialog.register_only.click()
    assert screen.panel.outcome == "admitted" and screen.panel.name.text() == "Aroha Ngata"
    with db.session() as s:
        ngata = s.scalars(select(Participant).where(Participant.family_name == "Ngata")).one()
        assert ngata.delegation.member_state.iso3 == "NZL"
        assert s.scalar(select(func.count()).select_from(CheckInEvent)
                        .where(CheckInEvent.participant_id == ngata.id)) == 1


def test_correcting_the_badge_name_and_adding_a_note_are_saved(qtbot: QtBot, screen: CheckInScreen,
                                                               db: Database, codes: dict[int, str]) -> None:
    participant_id, code = next(iter(codes.items()))
    scan(qtbot, screen, code)
    dialog = screen.correct_badge_name()
    dialog.textValueSelected.emit("Dr. Ana Ruiz")
    dialog = screen.add_note()
    dialog.textValueSelected.emit("Needs a wheelchair at the plenary")
    with db.session() as s:
        person = s.get(Participant, participant_id)
        assert person.badge_name == "Dr. Ana Ruiz"
        assert person.notes.endswith("[Desk 3] Needs a wheelchair at the plenary")
    assert screen.panel.name.text() == "Dr. Ana Ruiz"


def test_session_check_in_counts_against_the_room(qtbot: QtBot, screen: CheckInScreen, codes: dict[int, str]) -> None:
    dialog = screen.open_setup()
    index = next(i for i in range(dialog.point.count()) if "Plenary 1" in dialog.point.itemText(i))
    dialog.point.setCurrentIndex(index)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert "Plenary 1" in screen.setup_label.text()
    code = next(iter(codes.values()))
    scan(qtbot, screen, code)
    assert screen.panel.outcome == "admitted"
    assert "In this session: 1 (room capacity 800)" in screen.counter.text()
    qtbot.waitUntil(screen.input.hasFocus, timeout=2000)


# -- desks that agree, and a desk that goes on without its server ---------------------------------


def test_two_screens_on_one_database_show_the_same_counters(qtbot: QtBot, screen: CheckInScreen, db: Database,
                                                            codes: dict[int, str], tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "desk4.ini"), QSettings.Format.IniFormat)
    settings.setValue("checkin/desk", "Desk 4")
    other = CheckInScreen(db, "en", settings)
    qtbot.addWidget(other)
    other.show()
    assert "Checked in today: 0 of" in other.counter.text()
    scan(qtbot, screen, next(iter(codes.values())))
    assert "Checked in today: 1 of" in screen.counter.text()
    # The other desk's poll (every few seconds while shown) reads the counters off the GUI thread.
    with qtbot.waitSignal(other.counters_refreshed, timeout=10_000):
        other._poll()
    assert "Checked in today: 1 of" in other.counter.text()
    assert other.counter.text() == screen.counter.text()
    assert other.poll_timer.isActive() and other.poll_timer.interval() <= 5_000


def test_a_desk_whose_server_fails_shows_a_banner_and_keeps_admitting(qtbot: QtBot, db: Database,
                                                                      codes: dict[int, str], tmp_path: Path,
                                                                      languages) -> None:  # type: ignore[no-untyped-def]
    from conference_desk.core.desks import cache as desk_cache
    from tests.unit.test_desk_cache import closed_port_database

    cache = desk_cache.open_cache(tmp_path / "desk-cache.sqlite")
    settings = QSettings(str(tmp_path / "desk5.ini"), QSettings.Format.IniFormat)
    settings.setValue("checkin/desk", "Desk 5")
    widget = CheckInScreen(db, "en", settings, cache=cache)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: cache.has_copy and not widget._syncing, timeout=10_000)  # first copy made
    items = list(codes.items())
    scan(qtbot, widget, items[0][1])
    assert widget.panel.outcome == "admitted" and not widget.offline_banner.isVisible()
    # The server goes away: the desk's engine now raises OperationalError (closed port, 1 s timeout).
    working = widget.desk_service.db
    widget.desk_service.db = closed_port_database()
    scan(qtbot, widget, items[1][1])
    assert widget.panel.outcome == "admitted" and widget.last.offline
    assert widget.offline_banner.isVisible()
    banner = widget.offline_banner.text()
    assert banner.startswith("Server out of reach since ") and "decided from this desk's copy (refreshed " in banner
    assert banner.endswith("1 waiting.")
    assert "Checked in today: 2 of" in widget.counter.text()  # the server's admission + the queued one
    scan(qtbot, widget, items[0][1])  # admitted online before the failure: "already", from the copy
    assert widget.panel.outcome == "already" and "at Desk 5" in widget.panel.reason.text()
    assert widget.offline_banner.text().endswith("2 waiting.")
    # Still out of reach: the timer's sync changes nothing.
    with qtbot.waitSignal(widget.synced, timeout=10_000) as blocker:
        assert widget.sync_now()
    assert blocker.args == [None] and widget.offline_banner.isVisible()
    # The server returns: the next sync uploads, the banner goes.
    widget.desk_service.db.dispose()
    widget.desk_service.db = working
    with qtbot.waitSignal(widget.synced, timeout=10_000) as blocker:
        assert widget.sync_now()
    assert blocker.args[0].uploaded == 2 and not widget.offline_banner.isVisible()
    assert "Server back: 2 check-ins from this desk uploaded." in widget.status.text()
    with db.session() as s:
        admitted = s.scalar(select(func.count()).select_from(CheckInEvent).where(CheckInEvent.outcome == "admitted"))
    assert admitted == 2
    wait_for_tasks()
    cache.close()
