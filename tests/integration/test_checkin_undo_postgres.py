"""Undo a check-in on a shared PostgreSQL server: core, CLI and the desk screen (issue 14)."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from conference_desk.core.checkin import service as checkin
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.badges import service
from conference_desk.core.badges.types import BadgeSelection
from conference_desk.core.foundation.db import open_database, upgrade
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import CheckInEvent
from conference_desk.core.foundation.setup_data import initialise
from tests.integration.test_cli import run

pytestmark = pytest.mark.postgres
MORNING = dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc)


def _admitted(db) -> list[int]:  # noqa: ANN001
    with db.session() as s:
        return list(s.scalars(select(CheckInEvent.participant_id).where(CheckInEvent.outcome == "admitted")))


def test_undo_then_readmit_exactly_once_and_two_desks_undo_once(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        initialise(db, "iclc2015")
        populate_demo(db, 20, seed=4)
        codes = service.print_badges(db, BadgeSelection(), tmp_path / "b.pdf").codes
        pid, code = next(iter(codes.items()))
        point = checkin.CheckInPoint(desk="Desk 1", operator="ana")
        first = checkin.check_in_code(db, code, point, MORNING)
        # Two desks undo the same admission at the same instant: one succeeds, the other is told.
        results: list[object] = []

        def undo(desk: str) -> None:
            try:
                results.append(checkin.undo_checkin(db, first.event_id, "mistake", Actor("ana", desk), "clerk",
                                                    MORNING))
            except checkin.UndoRefused as exc:
                results.append(exc.reason)

        threads = [threading.Thread(target=undo, args=(f"Desk {n}",)) for n in (1, 2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(type(r).__name__ for r in results) == ["UndoOutcome", "str"]
        assert "already_undone" in results
        assert _admitted(db) == []
        again = checkin.check_in_code(db, code, point, MORNING + dt.timedelta(minutes=5))
        assert again.outcome == "admitted" and _admitted(db) == [pid]
        # Exactly once still holds after an undo: two desks at once admit once.
        checkin.undo_checkin(db, again.event_id, "wrong badge", Actor("ana", "Desk 1"), "clerk", MORNING)
        outcomes: list[str] = []

        def scan(desk: str) -> None:
            outcomes.append(checkin.check_in_code(db, code, checkin.CheckInPoint(desk=desk), MORNING).outcome)

        threads = [threading.Thread(target=scan, args=(f"Desk {n}",)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcomes) == ["admitted", "already", "already", "already"]
        assert _admitted(db) == [pid]
    finally:
        db.dispose()
    # The CLI on the same server.
    listed = run("--db", pg_url, "checkin", "--search", "a", "--json")
    assert listed.returncode == 0
    db = open_database(pg_url)
    try:
        with db.session() as s:
            event_id = s.scalar(select(CheckInEvent.id).where(CheckInEvent.outcome == "admitted"))
    finally:
        db.dispose()
    undone = run("--db", pg_url, "checkin", "undo", str(event_id), "--reason", "left early", "--operator", "ana",
                 "--json")
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["outcome"] == "undone"
    readmitted = run("--db", pg_url, "checkin", code, "--desk", "Desk 9", "--json")
    assert json.loads(readmitted.stdout)["outcome"] == "admitted"


def test_a_postgresql_database_of_the_previous_version_with_check_ins_upgrades(pg_url: str) -> None:
    engine = create_engine(pg_url)
    upgrade(engine, "0007")
    with engine.begin() as conn:  # a check-in as version 0007 wrote it
        conn.execute(text(
            "INSERT INTO checkin_event (place, day, desk, operator, scanned_at, nonce, outcome, reason, scanned_code)"
            " VALUES ('venue', '2015-09-28', 'Desk 1', 'ana', '2015-09-28 15:00', 'n-1', 'admitted', '', '')"))
    engine.dispose()
    db = open_database(pg_url)  # migrates to the newest revision, in place (grants are kept)
    try:
        with db.engine.begin() as conn:
            check = conn.execute(text(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'ck_checkin_event_checkin_outcome'"
            )).scalar()
            kept = conn.execute(text("SELECT outcome, desk FROM checkin_event WHERE nonce = 'n-1'")).one()
            conn.execute(text("UPDATE checkin_event SET outcome = 'undone' WHERE nonce = 'n-1'"))
        assert "'undone'" in check and "'undo'" in check
        assert tuple(kept) == ("admitted", "Desk 1")
    finally:
        db.dispose()


def test_the_desk_screen_undoes_on_postgresql(pg_url: str, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings, Qt

    from conference_desk.core.desks import cache as desk_cache
    from conference_desk.ui.checkin.screen import CheckInScreen
    from conference_desk.ui.common.tasks import wait_for_tasks

    db = open_database(pg_url)
    try:
        initialise(db, "iclc2015")
        populate_demo(db, 20, seed=4)
        codes = service.print_badges(db, BadgeSelection(), tmp_path / "b.pdf").codes
        pid, code = next(iter(codes.items()))
        settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
        settings.setValue("checkin/desk", "Desk 4")
        settings.setValue("checkin/operator", "Rosa")
        settings.setValue("checkin/sound", "false")
        cache = desk_cache.open_cache(tmp_path / "cache.sqlite")
        screen = CheckInScreen(db, "en", settings, cache=cache)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(lambda: cache.has_copy and not screen._syncing, timeout=20_000)
        with qtbot.waitSignal(screen.checked_in, timeout=5000):
            qtbot.keyClicks(screen.input, code, delay=4)
            qtbot.keyClick(screen.input, Qt.Key.Key_Return)
        assert screen.panel.outcome == "admitted" and _admitted(db) == [pid]
        dialog = screen.undo_last()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert screen.panel.outcome == "undone" and _admitted(db) == []
        with qtbot.waitSignal(screen.checked_in, timeout=5000):
            qtbot.keyClicks(screen.input, code, delay=4)
            qtbot.keyClick(screen.input, Qt.Key.Key_Return)
        assert screen.panel.outcome == "admitted" and _admitted(db) == [pid]
        wait_for_tasks()
        cache.close()
    finally:
        db.dispose()


def test_walk_in_limits_and_direction_controls_are_field_errors_on_postgresql(pg_url: str) -> None:
    from conference_desk.core.people.registration import ValidationError

    db = open_database(pg_url)
    try:
        initialise(db, "iclc2015")
        point = checkin.CheckInPoint(desk="Desk 1", operator="ana")
        form = {"given_name": "A" * 80, "family_name": "B" * 80, "country": "MEX", "category": "delegate"}
        with pytest.raises(ValidationError) as caught:
            checkin.register_walk_in(db, form, point)
        assert [p.field for p in caught.value.problems] == ["badge_name"]
        with pytest.raises(ValidationError) as caught:
            checkin.register_walk_in(db, {**form, "given_name": "Ana", "family_name": "Ruiz\u202e"}, point)
        assert [p.field for p in caught.value.problems] == ["family_name"]
        pid, outcome = checkin.register_walk_in(db, {**form, "family_name": "B" * 79}, point)
        assert outcome.outcome == "admitted"
    finally:
        db.dispose()
    long_desk = run("--db", pg_url, "walkin", "--family", "Ruiz", "--country", "MEX", "--category", "delegate",
                    "--desk", "D" * 41)
    assert long_desk.returncode == 1
    assert "The desk name is too long (41 characters; at most 40)." in long_desk.stderr
    assert "Traceback" not in long_desk.stderr and "value too long" not in long_desk.stderr
