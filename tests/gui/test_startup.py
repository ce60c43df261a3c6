"""Starting the application (issue 17): the first window comes up on what it needs, nothing more —
and a database of an earlier version is still brought up to date when the application opens it.

The start-up processes are real (``main.py … gui``, offscreen, fresh settings): what is imported
before the window is usable depends on everything the process imported before.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from pytestqt.qtbot import QtBot

from conference_desk.core.foundation.db import Database, alembic_config, head_revision
from conference_desk.ui.shell.main_window import AREAS, MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _start(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_a_database_of_an_earlier_version_opened_by_the_application_is_upgraded(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    from alembic import command

    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    db.dispose()
    assert _revision(db_path) == "0009"

    done = _start([str(ROOT / "main.py"), "--db", str(db_path), "gui", "--benchmark-startup"], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["area"] == "overview"  # the window came up on its first screen
    assert _revision(db_path) == head_revision()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT code FROM conference").fetchall() == [("iclc2015",)]
    finally:
        conn.close()


STARTUP_PROBE = """
import sys
from PySide6.QtCore import QTimer
from conference_desk.ui.shell import app

def probe(qapp, window):
    def check():
        if window.isVisible() and window.overview.summary is not None:
            qapp.processEvents()
            print("AREAS", window.nav.count(), [type(window.screens.get(a)).__name__ for a in KEYS])
            print("COUNTS", window.overview.cards["participants"].number.text())
            print("LOADED", sorted(m for m in HEAVY if m in sys.modules))
            qapp.quit()
        else:
            QTimer.singleShot(1, check)
    QTimer.singleShot(0, check)

KEYS = sys.argv[2].split(",")
HEAVY = ("sqlalchemy", "sqlalchemy.orm", "alembic", "asyncio", "conference_desk.core.foundation.models",
         "reportlab", "qrcode", "ortools", "openpyxl", "xlsxwriter", "PIL", "email.mime.multipart",
         "PySide6.QtMultimedia", "conference_desk.ui.people.screen")
app._report_when_usable = probe
sys.exit(app.run_gui(sys.argv[1], lang="en", benchmark_startup=True))
"""


def test_the_first_window_is_usable_before_the_heavy_libraries_are_imported(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    """The overview's counts are shown, every area is listed, and only the overview's screen is made;
    SQLAlchemy, Alembic, the ORM models, the document and image libraries and the other screens are
    not imported by then (they come with the warm-up a moment later, or with the area that needs them)."""
    db.dispose()
    keys = [area.key for area in AREAS]
    done = _start(["-c", STARTUP_PROBE, str(db_path), ",".join(keys)], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in done.stdout.splitlines() if " " in line}
    assert lines["AREAS"] == f"{len(AREAS)} {['OverviewScreen'] + ['NoneType'] * (len(AREAS) - 1)}"
    assert lines["COUNTS"] == "0"  # the ICLC set-up has no participant yet: the count is read, not "…"
    assert lines["LOADED"] == "[]"


def test_an_area_opened_before_the_warm_up_is_ready_at_once(
        qtbot: QtBot, db: Database, languages, settings, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The warm-up waits a moment after the first screen is shown; an area chosen sooner does it first
    (fonts for every script of the names, sound plugin), then shows."""
    monkeypatch.setattr(MainWindow, "_warmed_up", False)
    monkeypatch.setattr(MainWindow, "WARM_UP_DELAY_MS", 60_000)
    window = MainWindow(db, languages, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview.summary is not None, timeout=10_000)
    assert not MainWindow._warmed_up
    window.show_area([area.key for area in AREAS].index("registration"))
    assert MainWindow._warmed_up
    assert window.current_area() == "registration"
    assert window.stack.currentWidget() is window.screens["registration"]
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
