"""GUI fixtures: a main window on a fresh database, settings in a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from conference_desk.core.foundation.db import Database
from conference_desk.ui.common.i18n import LanguageManager
from conference_desk.ui.shell.main_window import MainWindow
from conference_desk.ui.common.sounds import load_media_backend
from conference_desk.ui.common.tasks import wait_for_tasks


@pytest.fixture(scope="session", autouse=True)
def _media_backend_loaded(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt Multimedia's plugin loaded once, before any test's background task imports compiled modules:
    its start-up logs a message that pytest-qt's Python handler must take (see load_media_backend)."""
    load_media_backend()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")  # leave the application in English for the next test


@pytest.fixture
def window(qtbot: QtBot, db: Database, languages: LanguageManager, settings: QSettings) -> Iterator[MainWindow]:
    win = MainWindow(db, languages, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.overview.summary is not None, timeout=10_000)
    yield win
    wait_for_tasks()
