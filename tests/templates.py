"""Prepared SQLite databases, copied per test instead of built per test.

Migrating a new database, loading a set-up and adding a demo population take
from a fraction of a second to several seconds; hundreds of tests start from
the same few states.  Each state is built once per test process (once per
pytest-xdist worker), with the application's own code, into a session folder;
a test gets a byte copy of it in its own ``tmp_path``, so what the test does to
its database touches nothing else.

What differs from building the database in the test itself: nothing a test can
see, except that timestamps written while building the state (the set-up's
audit entry, the demo's registration times) are those of the first test that
needed the state.  Each copy of a set-up gets a new random badge secret, as a
new conference does.
"""

from __future__ import annotations

import copy
import secrets
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.demo.generator import DEFAULT_SEED, DemoResult, populate_demo
from conference_desk.core.foundation.setup_data import initialise

_SIDE_FILES = ("-wal", "-shm", "-journal")


def copy_sqlite(source: Path, target: Path) -> None:
    """A byte copy of a closed SQLite database (no log left beside either file)."""
    for suffix in _SIDE_FILES:
        assert not Path(f"{source}{suffix}").exists() or Path(f"{source}{suffix}").stat().st_size == 0, \
            f"{source} is still open"
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)


def _signature(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _untouched(path: Path, signature: tuple[int, int]) -> bool:
    """Nothing was written to the copy since it was made (a write goes to the WAL, or was checkpointed)."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    return path.exists() and _signature(path) == signature


@dataclass
class _Demo:
    path: Path
    result: DemoResult


class Templates:
    """The prepared states of one test process, built on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._migrated: Path | None = None
        self._setups: dict[str, Path] = {}
        self._demos: dict[tuple[str, int, int], _Demo] = {}
        # Copies handed out as a fresh set-up: path -> (set-up, file signature when handed out).
        self._fresh: dict[Path, tuple[str, tuple[int, int]]] = {}

    def migrated(self) -> Path:
        if self._migrated is None:
            path = self.folder / "migrated.sqlite"
            open_database(str(path)).dispose()
            self._migrated = path
        return self._migrated

    def setup(self, name: str) -> Path:
        if name not in self._setups:
            path = self.folder / f"setup-{name}.sqlite"
            copy_sqlite(self.migrated(), path)
            database = open_database(str(path))
            try:
                initialise(database, name)
            finally:
                database.dispose()
            self._setups[name] = path
        return self._setups[name]

    def open_migrated(self, target: Path) -> Database:
        copy_sqlite(self.migrated(), target)
        return open_database(str(target))

    def open_setup(self, target: Path, name: str = "iclc2015") -> Database:
        copy_sqlite(self.setup(name), target)
        conn = sqlite3.connect(target)
        try:
            with conn:  # a new conference has a new secret (setup_data.initialise)
                conn.execute("UPDATE conference SET badge_secret = ?", (secrets.token_bytes(32),))
        finally:
            conn.close()
        database = open_database(str(target))
        self._fresh[target.resolve()] = (name, _signature(target))
        return database

    def populate_demo(self, db: Database, participants: int, seed: int = DEFAULT_SEED) -> DemoResult:
        """``populate_demo(db, participants, seed)``, from a prepared copy when ``db`` is a fresh set-up.

        A database that is not one handed out by :meth:`open_setup`, or that was
        written to since, gets the real ``populate_demo``.
        """
        from conference_desk.core.foundation.db import _sqlite_path  # the file behind a SQLite URL

        path = _sqlite_path(db.url) if db.is_sqlite else None
        fresh = self._fresh.get(Path(path).resolve()) if path is not None else None
        in_use = getattr(db.engine.pool, "checkedout", lambda: 0)()  # a connection someone still holds
        if path is None or fresh is None or in_use or not _untouched(Path(path), fresh[1]):
            return populate_demo(db, participants, seed=seed)
        key = (fresh[0], participants, seed)
        if key not in self._demos:
            demo_path = self.folder / f"demo-{fresh[0]}-{participants}-{seed}.sqlite"
            copy_sqlite(self.setup(fresh[0]), demo_path)
            database = open_database(str(demo_path))
            try:
                result = populate_demo(database, participants, seed=seed)
            finally:
                database.dispose()
            self._demos[key] = _Demo(demo_path, result)
        demo = self._demos[key]
        db.dispose()  # connections are opened again, on the new content, when next needed
        replacement = Path(f"{path}.demo")
        copy_sqlite(demo.path, replacement)
        for suffix in _SIDE_FILES:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        replacement.replace(path)  # a new file: nothing still open can see it half-written
        del self._fresh[Path(path).resolve()]
        return copy.deepcopy(demo.result)
