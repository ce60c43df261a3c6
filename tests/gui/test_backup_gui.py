"""File → Back up now… / Restore from a backup…, and the scheduled backup of the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from conference_desk.core.foundation.backups import database_file, list_backups
from conference_desk.core.desks.copy import content_hash
from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.ui.shell.main_window import MainWindow
from conference_desk.ui.common.tasks import wait_for_tasks


def _hash_of(path: Path) -> str:
    database = open_database(str(path), create=False)
    try:
        return content_hash(database)
    finally:
        database.dispose()


def test_file_menu_offers_backup_and_restore(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Back up now…" in texts and "&Restore from a backup…" in texts
    assert window.backup_timer.isActive() and window.backup_timer.interval() == 30 * 60_000


def test_back_up_now_writes_the_chosen_file_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    populate_demo(db, participants=20)
    window.backup_action.trigger()  # asks where, without blocking
    dialog = window.backup_dialog
    assert dialog.isVisible()
    out = tmp_path / "saved.sqlite"
    dialog.fileSelected.emit(str(out))
    dialog.reject()
    qtbot.waitUntil(lambda: getattr(window, "last_backup", None) is not None, timeout=10_000)
    assert window.last_backup["file"] == str(out) and window.last_backup["integrity"] == "ok"
    assert "Backup saved to" in window.statusBar().currentMessage()
    assert _hash_of(out) == content_hash(db)


def test_restore_asks_then_reopens_the_database_with_the_backup(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    populate_demo(db, participants=20)
    saved = content_hash(db)
    out = tmp_path / "saved.sqlite"
    window.backup_now(str(out))
    qtbot.waitUntil(lambda: getattr(window, "last_backup", None) is not None, timeout=10_000)
    wait_for_tasks()
    from conference_desk.core.people.duplicates import merge_participants

    merge_participants(db, 1, 2)  # work done after the backup

    window.restore_from_backup(str(out))
    box = window.restore_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(out) in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()

    qtbot.waitUntil(lambda: getattr(window, "last_restore", None) is not None, timeout=10_000)
    assert window.db is not db  # reopened through the window's open-database path
    assert content_hash(window.db) == saved
    kept = window.last_restore["safety_copy"]
    assert kept and Path(kept).is_file()
    assert "The previous database was kept as" in window.statusBar().currentMessage()


def test_restore_of_a_file_that_is_not_a_backup_warns_and_keeps_the_database(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    before = content_hash(db)
    assert window.restore_file(str(bad)) is False
    assert "is not a Conference Desk database" in window.last_message.text()
    assert content_hash(window.db) == before


def test_scheduled_backup_runs_off_the_gui_thread(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    path = database_file(db)
    assert path is not None
    window.scheduled_backup()
    qtbot.waitUntil(lambda: bool(list_backups(path)), timeout=10_000)
    wait_for_tasks()
    assert list_backups(path)[0].reason == "scheduled"
