"""Shared test set-up: offscreen Qt, a fresh conference database per test.

Fresh databases are copies of states prepared once per test process
(tests/templates.py): a migrated empty database, a loaded set-up, demo
populations (``demo_templates.populate_demo``).
"""

from __future__ import annotations

import os

# Before anything imports Qt: GUI tests run without a screen, and never read
# or write the developer's own settings or data directory.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Never the machine's own keyring (mail passwords): tests that need one set an in-memory backend;
# everything else, including CLI subprocesses, sees "no keyring" as on a bare machine.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from conference_desk.core.foundation.setup_data import initialise  # noqa: E402
from tests.templates import Templates  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first: spread over several workers (scripts/test), the longest start at once
    instead of being left for last (the order of the others is kept)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CONFERENCE_DESK_DB", raising=False)


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """Prepared databases of this test process; ``demo_templates.populate_demo(db, n, seed=...)``
    gives a fresh ``db`` the same demo population as ``populate_demo`` would, from a copy."""
    return Templates(tmp_path_factory.mktemp("db-templates"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "conference.sqlite"


@pytest.fixture
def empty_db(db_path: Path, demo_templates: Templates):
    """A migrated database file with no conference in it."""
    database = demo_templates.open_migrated(db_path)
    yield database
    database.dispose()


@pytest.fixture
def db(request: pytest.FixtureRequest, db_path: Path, demo_templates: Templates):
    """A database file with the ICLC 2015 set-up loaded (no participants)."""
    if "empty_db" in request.fixturenames:  # the same database as the test's empty_db
        database = request.getfixturevalue("empty_db")
        initialise(database, "iclc2015")
        yield database
        return
    database = demo_templates.open_setup(db_path, "iclc2015")
    yield database
    database.dispose()
