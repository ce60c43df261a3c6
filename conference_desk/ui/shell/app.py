"""Starting the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from conference_desk import APP_NAME, ORG_NAME, __version__
from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.paths import RESOURCES_DIR, default_database_path

from ..common.i18n import LANGUAGES, LanguageManager
from .main_window import MainWindow
from ..common.tasks import make_progress_dialog, run_task, wait_for_tasks


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "conference-desk", "conference-desk"
    )


def _ensure_conference(db: Database) -> bool:
    """Load the shipped ICLC 2015 set-up into a new database; whether it has no participant yet.

    A database that has its conference is only looked at with two plain SELECTs (no SQLAlchemy
    on a SQLite file): the set-up code (and the ORM models it needs) is imported only for a new
    database (start-up time)."""
    with db.plain_reads() as reads:
        has_conference = bool(reads.rows("SELECT 1 FROM conference LIMIT 1"))
    if not has_conference:
        from conference_desk.core.foundation.setup_data import initialise

        initialise(db, "iclc2015")
    with db.plain_reads() as reads:
        return not reads.rows("SELECT 1 FROM participant LIMIT 1")


def _report_when_usable(app: QApplication, window: MainWindow) -> None:
    """Benchmark mode: once the window is shown and its first screen's data is loaded,
    print a JSON line (wall-clock time, peak RSS) and quit."""
    import json
    import resource
    import time

    from PySide6.QtCore import QTimer

    def report() -> None:
        app.processEvents()  # the first paint of what was loaded
        print(json.dumps({"usable_at": time.time(), "area": window.current_area(),
                          "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
        app.quit()

    def check() -> None:
        if window.isVisible() and window.overview.summary is not None:
            report()
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)


def run_gui(database: str, lang: str | None = None, demo_participants: int | None = None,
            benchmark_startup: bool = False) -> int:
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "conference-desk.svg")))
    settings = app_settings()

    languages = LanguageManager(app)
    saved = str(settings.value("ui/language", "en"))
    languages.set_language(lang or (saved if saved in LANGUAGES else "en"))

    if database == str(default_database_path()):
        default_database_path().parent.mkdir(parents=True, exist_ok=True)
    try:
        db = open_database(database)
        no_participants = _ensure_conference(db)
    except ConferenceDeskError as exc:
        QMessageBox.critical(
            None, QApplication.translate("Startup", "Conference Desk cannot start"), str(exc)
        )
        return 1

    window = MainWindow(db, languages, settings)

    if demo_participants and no_participants:
        from conference_desk.core.demo.generator import populate_demo

        dialog = make_progress_dialog(
            window,
            QApplication.translate("Startup", "Creating the demo conference…"),
            QApplication.translate("Startup", "Demo conference"),
        )

        def created(_result: object) -> None:
            window.overview.reload()

        def failed(message: str) -> None:
            QMessageBox.warning(
                window, QApplication.translate("Startup", "Demo conference"), message
            )

        run_task(
            lambda progress: populate_demo(db, demo_participants, progress=progress),
            created,
            failed,
            owner=window,
            progress_dialog=dialog,
        )

    window.show()
    window.require_sign_in()  # when the database has operators: who works at this desk?
    if benchmark_startup:
        _report_when_usable(app, window)
    try:
        return app.exec()
    finally:
        wait_for_tasks()
        db.dispose()
