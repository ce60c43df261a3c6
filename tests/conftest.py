"""Shared test set-up: offscreen Qt, a fresh conference database per test."""

from __future__ import annotations

import os

# Before anything imports Qt: GUI tests run without a screen, and never read
# or write the developer's own settings or data directory.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from conference_desk.core.db import Database, open_database  # noqa: E402
from conference_desk.core.setup_data import initialise  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CONFERENCE_DESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "conference.sqlite"


@pytest.fixture
def empty_db(db_path: Path):
    """A migrated database file with no conference in it."""
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A database file with the ICLC 2015 set-up loaded (no participants)."""
    initialise(empty_db, "iclc2015")
    return empty_db
