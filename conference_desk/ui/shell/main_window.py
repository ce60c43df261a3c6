"""The main window: navigation to every area of the event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from conference_desk.core.foundation.db import Database, is_sqlalchemy_error, open_database
from conference_desk.core.foundation.errors import ConferenceDeskError

from ..common import session_state
from .about import AboutDialog
from ..common.i18n import LANGUAGE_NAMES, LANGUAGES, LanguageManager
from .overview import OverviewScreen
from .placeholder import PlaceholderScreen
from ..common.combos import install_wheel_guard
from ..common.core_messages import translate_core
from conference_desk.core.foundation.messages import message_of

AREAS_CONTEXT = "Areas"


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # source text, translated in AREAS_CONTEXT
    purpose: str
    icon: QStyle.StandardPixmap
    built: bool = False
    shortcut: bool = True  # numbered Ctrl+1 … Ctrl+0 in order; the ten digits are taken, a later area gets none


AREAS: tuple[Area, ...] = (
    Area(
        "overview",
        QT_TRANSLATE_NOOP("Areas", "Conference"),
        QT_TRANSLATE_NOOP("Areas", "The conference at a glance: dates, venue, organisers and counts."),
        QStyle.StandardPixmap.SP_ComputerIcon,
        built=True,
    ),
    Area(
        "registration",
        QT_TRANSLATE_NOOP("Areas", "Delegations & participants"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Delegations of the Member States and organisations, every participant, "
            "registration imports, search and duplicate detection.",
        ),
        QStyle.StandardPixmap.SP_DirHomeIcon,
        built=True,
    ),
    Area(
        "hotels",
        QT_TRANSLATE_NOOP("Areas", "Hotels"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Room blocks per night, automatic allocation of guests to rooms, and "
            "rooming lists for the hotels.",
        ),
        QStyle.StandardPixmap.SP_DriveHDIcon,
        built=True,
    ),
    Area(
        "transport",
        QT_TRANSLATE_NOOP("Areas", "Transport"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Arrivals per hour, airport pick-ups, runs to the airport and shuttles: who rides which "
            "vehicle, who is not covered and why.",
        ),
        QStyle.StandardPixmap.SP_DriveNetIcon,
        built=True,
        shortcut=False,  # Ctrl+1 … Ctrl+0 keep the areas they always opened
    ),
    Area(
        "programme",
        QT_TRANSLATE_NOOP("Areas", "Programme"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Plenaries and parallel forums in the halls of the venue, speakers, "
            "sign-ups and conflict detection.",
        ),
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        built=True,
    ),
    Area(
        "interpreters",
        QT_TRANSLATE_NOOP("Areas", "Interpreters"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Interpreters, their language combinations, booths and a roster that "
            "respects the profession's working conditions.",
        ),
        QStyle.StandardPixmap.SP_MediaVolume,
        built=True,
    ),
    Area(
        "badges",
        QT_TRANSLATE_NOOP("Areas", "Badges"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Badge design, signed QR codes, batch printing before the event and "
            "single badges at the desk.",
        ),
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        built=True,
    ),
    Area(
        "checkin",
        QT_TRANSLATE_NOOP("Areas", "Check-in"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Scan a badge or type a name, see at once who it is, admit, and print "
            "badges for walk-ins.",
        ),
        QStyle.StandardPixmap.SP_DialogApplyButton,
        built=True,
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("Areas", "Reports"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Lists for hotels, interpreters and the press; attendance and "
            "occupancy figures.",
        ),
        QStyle.StandardPixmap.SP_FileIcon,
        built=True,
    ),
    Area(
        "audit",
        QT_TRANSLATE_NOOP("Areas", "Audit log"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Who changed what, when and at which desk: filter the log, see the values "
            "before and after, export it.",
        ),
        QStyle.StandardPixmap.SP_FileDialogInfoView,
        built=True,
    ),
    Area(
        "communications",
        QT_TRANSLATE_NOOP("Areas", "Communications"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Write to participants: confirmations with e-badges, visa letters, hotel details, agendas and "
            "certificates; preview, queue and watch the outbox.",
        ),
        QStyle.StandardPixmap.SP_DialogYesButton,
        built=True,
    ),
)


ROLE_NAMES = (
    QT_TRANSLATE_NOOP("Roles", "clerk"),
    QT_TRANSLATE_NOOP("Roles", "organiser"),
    QT_TRANSLATE_NOOP("Roles", "administrator"),
)

# What a role must be allowed (core/operators.PERMISSIONS) to see each area.
AREA_PERMISSIONS = {
    "overview": "conference.view",
    "registration": "participants.view",
    "hotels": "hotels",
    "transport": "hotels",  # the organisers who place guests in hotels also drive them there
    "programme": "programme",
    "interpreters": "interpreters",
    "badges": "badges.print",
    "checkin": "checkin",
    "reports": "reports",
    "communications": "mail",
    "audit": "audit",
}


class _LazyScreens(dict):  # type: ignore[type-arg]
    """Area key → screen; a screen is made the first time it is asked for (``screens[key]``).

    ``get`` and iteration see only the screens made so far."""

    def __init__(self, make: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> QWidget:
        return self._make(key)


def area_title(area: Area) -> str:
    return QCoreApplication.translate(AREAS_CONTEXT, area.title)


class MainWindow(QMainWindow):
    """Navigation list on the left, the current area's screen on the right."""

    def __init__(
        self,
        db: Database,
        languages: LanguageManager,
        settings: QSettings,
        open_database_fn: Callable[[str], Database] = open_database,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        install_wheel_guard()
        self.db = db
        self.languages = languages
        self.settings = settings
        self._open_database_fn = open_database_fn
        self.conference_name = ""

        self.nav = QListWidget()
        self.nav.setObjectName("areaNavigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        splitter = self.main_splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 800])
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._show_stack_index)
        self.stack.currentChanged.connect(self._area_shown)
        for area in AREAS:
            item = QListWidgetItem(self.style().standardIcon(area.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)

        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operatorLabel")
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_actions()
        self._build_menus()
        self._build_screens()
        self.languages.language_changed.connect(self._language_changed)
        self.retranslate()
        self._restore_state()
        self._start_backup_schedule()

    # -- construction ------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        self.connect_action = QAction(self)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.backup_action = QAction(self)  # backups (core/foundation/backups.py)
        self.backup_action.triggered.connect(lambda: self.backup_now())
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(lambda: self.restore_from_backup())
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.area_actions: list[QAction] = []
        digits = 0
        for index, area in enumerate(AREAS):
            action = QAction(self)
            if area.shortcut and digits < 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth area
                digits += 1
                action.setShortcut(QKeySequence(f"Ctrl+{digits % 10}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_area(i))
            self.area_actions.append(action)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.languages.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.connect_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for action in self.area_actions:
            self.view_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _build_screens(self) -> None:
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        # Start-up reads nothing proportional to the data for areas nobody opened yet: each
        # area's screen is made when first shown (an empty stand-in holds its place until then).
        self.screens: dict[str, QWidget] = _LazyScreens(self._make_screen)
        for area in AREAS:
            stand_in = QWidget()
            stand_in.setObjectName(f"pending_{area.key}")
            self.stack.addWidget(stand_in)
        self.screens["overview"]  # the area facts and counts come from it
        self.overview.loaded.connect(self._update_area_facts)
        self.overview.loaded.connect(self._warm_up_soon)
        self.overview.reload()
        self._read_conference_name()
        self.apply_role()

    _warmed_up = False
    WARM_UP_DELAY_MS = 300

    def _warm_up_soon(self) -> None:
        """The first screen's data is shown: warm up a moment later, once it is painted and the
        desk is idle (the warm-up holds the GIL for ≈ 0.5 s and loads plugins on the GUI thread,
        which would otherwise delay that first paint).  An area opened sooner warms up at once."""
        if not MainWindow._warmed_up:
            QTimer.singleShot(self.WARM_UP_DELAY_MS, self, self._warm_up_once)

    def _warm_up_once(self, background: bool = True) -> None:
        """Once the first screen is usable: import SQLAlchemy and configure the ORM off the GUI thread,
        which start-up left out (≈ 0.5 s), so that the first area the user opens does not pay for it;
        on the GUI thread, Qt Multimedia's backend and fonts for every script of the names.

        ``background=False`` (an area opened before the timer): only the GUI thread's part; the
        area's screen imports what it needs itself, not at the same time as a background import."""
        if MainWindow._warmed_up:
            return
        MainWindow._warmed_up = True
        from ..common.sounds import load_media_backend

        load_media_backend()  # before any background import: see its docstring
        from ..common.script_fonts import add_missing_script_fonts

        add_missing_script_fonts()  # names in Hangul, Han and kana readable on any desk laptop
        if not background:
            return

        def warm_up(_progress: object) -> None:
            from sqlalchemy.orm import configure_mappers

            import conference_desk.core.foundation.models  # noqa: F401 - the mappers need every model

            configure_mappers()

        from ..common.tasks import run_task

        run_task(warm_up, lambda _result: None)

    def _show_stack_index(self, index: int) -> None:
        if 0 <= index < len(AREAS):
            self.screens[AREAS[index].key]  # made on first show
        self.stack.setCurrentIndex(index)

    def _make_screen(self, key: str) -> QWidget:
        if key != "overview":
            self._warm_up_once(background=False)  # opened before the warm-up's timer: fonts and plugins first
        for area in AREAS:
            if area.key != key:
                continue
            if area.key == "overview":
                screen: QWidget = OverviewScreen(self.db, self.languages.language)
            elif area.key == "registration":
                from ..people.screen import RegistrationScreen
                from .record_sections import record_sections

                screen = RegistrationScreen(self.db, self.languages.language, record_sections=record_sections())
                screen.data_changed.connect(lambda: self.overview.reload())
            elif area.key == "hotels":
                from ..hotels.screen import HotelsScreen

                screen = HotelsScreen(self.db, self.languages.language)
                screen.data_changed.connect(lambda: self.overview.reload())
            elif area.key == "transport":
                from ..transport.screen import TransportScreen

                screen = TransportScreen(self.db, self.languages.language)
            elif area.key == "programme":
                from ..programme.screen import ProgrammeScreen

                screen = ProgrammeScreen(self.db, self.languages.language)
            elif area.key == "interpreters":
                from ..interpreters.screen import InterpretersScreen

                screen = InterpretersScreen(self.db, self.languages.language)
                screen.data_changed.connect(lambda: self.overview.reload())
            elif area.key == "badges":
                from ..badges.screen import BadgesScreen

                screen = BadgesScreen(self.db, self.languages.language)
                screen.data_changed.connect(lambda: self.overview.reload())
            elif area.key == "checkin":
                from ..checkin.screen import CheckInScreen

                screen = CheckInScreen(self.db, self.languages.language, self.settings)
            elif area.key == "reports":
                from ..reports.screen import ReportsScreen

                screen = ReportsScreen(self.db, self.languages.language)
            elif area.key == "communications":
                from ..communications import CommunicationsScreen

                def registration_query() -> object:
                    registration = self.screens.get("registration")  # only if that screen was made
                    return registration.current_query() if registration is not None else None

                screen = CommunicationsScreen(self.db, self.languages.language,
                                              registration_query=registration_query)
            elif area.key == "audit":
                from ..safety.audit_screen import AuditScreen

                screen = AuditScreen(self.db, self.languages.language)
            else:
                screen = PlaceholderScreen(AREAS_CONTEXT, area.title, area.purpose)
            screen.setObjectName(f"screen_{area.key}")
            self.screens[area.key] = screen
            self._restore_splitters(area.key, screen)
            index = AREAS.index(area)
            stand_in = self.stack.widget(index)
            was_current = self.stack.currentIndex() == index
            self.stack.blockSignals(True)
            self.stack.insertWidget(index, screen)
            self.stack.removeWidget(stand_in)
            self.stack.blockSignals(False)
            stand_in.deleteLater()
            if was_current:
                self.stack.setCurrentIndex(index)
                self._area_shown(index)
            self._apply_role_to_screens()
            return screen
        raise KeyError(key)

    # -- operators and roles -------------------------------------------------

    def area_allowed(self, key: str) -> bool:
        return session_state.may(AREA_PERMISSIONS.get(key, "setup"))

    def apply_role(self) -> None:
        """Show only the areas and actions the signed-in operator's role may use."""
        for index, area in enumerate(AREAS):
            allowed = self.area_allowed(area.key)
            self.nav.item(index).setHidden(not allowed)
            self.area_actions[index].setVisible(allowed)
            self.area_actions[index].setEnabled(allowed)
        operator = session_state.current_operator()
        self.sign_out_action.setVisible(operator is not None)
        self.connect_action.setVisible(session_state.may("server") or operator is None)
        self._apply_role_to_screens()
        item = self.nav.currentItem()
        if item is None or item.isHidden():
            for index in range(self.nav.count()):
                if not self.nav.item(index).isHidden():
                    self.show_area(index)
                    break
        self._show_operator()

    def _apply_role_to_screens(self) -> None:
        """What the role changes inside the screens made so far (the others get it when made)."""
        operator = session_state.current_operator()
        registration = self.screens.get("registration")
        set_read_only = getattr(registration, "set_read_only", None)
        if callable(set_read_only):
            set_read_only(not session_state.may("participants.edit"))
        checkin = self.screens.get("checkin")
        if operator is not None and checkin is not None and hasattr(checkin, "apply_operator"):
            checkin.apply_operator(operator.name, session_state.desk_name(self.settings))  # type: ignore[attr-defined]

    def _show_operator(self) -> None:
        operator = session_state.current_operator()
        if operator is None:
            self.operator_label.setText("")
            self.operator_label.setVisible(False)
            return
        role = QCoreApplication.translate("Roles", {"clerk": "clerk", "organiser": "organiser",
                                                    "administrator": "administrator"}[operator.role])
        self.operator_label.setVisible(True)
        self.operator_label.setText(
            self.tr("Signed in: %1 (%2) · %3").replace("%1", operator.name).replace("%2", role)
            .replace("%3", session_state.desk_name(self.settings)))

    def require_sign_in(self) -> "QDialog | None":  # noqa: F821 - imported lazily
        """If the database has operators, ask who works here (non-blocking); None when no one signs in."""
        from conference_desk.core.foundation.permissions import has_operators

        try:
            needed = has_operators(self.db)
        except ConferenceDeskError:
            needed = False
        if not needed:
            session_state.sign_out()
            self.apply_role()
            return None
        from ..desks.sign_in_dialog import SignInDialog  # (core.operators and the ORM: only when needed)

        dialog = SignInDialog(self.db, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.apply_role)
        dialog.rejected.connect(self.close)
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Sign out: nothing of the previous operator stays usable; the next one signs in."""
        from sqlalchemy.exc import SQLAlchemyError

        from conference_desk.core.desks import operators

        try:
            operators.sign_out(self.db)  # a shared server ends the operator's session (issue 22)
        except (SQLAlchemyError, ConferenceDeskError):
            pass  # out of reach: the session is forgotten here and expires on the server
        session_state.sign_out()
        for index in range(self.nav.count()):
            self.nav.item(index).setHidden(True)
        self._show_operator()
        self.require_sign_in()

    def connect_to_server(self) -> "QDialog":  # noqa: F821 - imported lazily
        from ..desks.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.switch_database(dialog.url()))
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    # -- backups (core/foundation/backups.py) -------------------------------------------

    def _start_backup_schedule(self) -> None:
        """Every N minutes (setting backup/interval_minutes, default 30; 0: never) back up off the GUI thread."""
        from conference_desk.core.foundation.backups import SCHEDULE_MINUTES

        try:
            minutes = int(self.settings.value("backup/interval_minutes", SCHEDULE_MINUTES))
        except (TypeError, ValueError):
            minutes = SCHEDULE_MINUTES
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.scheduled_backup)
        if minutes > 0:
            self.backup_timer.start(minutes * 60_000)

    def scheduled_backup(self) -> None:
        from conference_desk.core.foundation.backups import auto_backup

        from ..common.tasks import run_task

        db = self.db
        run_task(lambda _p: auto_backup(db, "scheduled", only_if_changed=True), lambda _path: None, owner=self)

    def backup_now(self, path: str | None = None) -> None:
        """Back up to a file the user chooses (off the GUI thread)."""
        if path is None:
            dialog = QFileDialog(self, self.tr("Back up the conference"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilters([self.tr("Conference databases (*.sqlite *.db)"), self.tr("All files (*)")])
            dialog.setDefaultSuffix("sqlite")
            dialog.fileSelected.connect(self.backup_now)
            self.backup_dialog = dialog
            dialog.open()
            return
        from conference_desk.core.foundation.backups import backup

        from ..common.tasks import make_progress_dialog, run_task

        db = self.db
        progress = make_progress_dialog(self, self.tr("Backing up to %1…").replace("%1", path), self.tr("Back up"))
        run_task(lambda _p: backup(db, path), self._backed_up,
                 lambda message: self._warn(self.tr("Backup failed"), translate_core(message)),
                 owner=self, progress_dialog=progress)

    def _backed_up(self, result: dict) -> None:  # type: ignore[type-arg]
        text = self.tr("Backup saved to %1 (%2 MB).").replace("%1", result["file"]).replace(
            "%2", QLocale().toString(result["bytes"] / 1_000_000, "f", 1))
        self.statusBar().showMessage(text, 10_000)
        self.last_backup = result

    def restore_from_backup(self, path: str | None = None) -> None:
        """Choose a backup, confirm, replace the database with it and reopen it."""
        if path is None:
            dialog = QFileDialog(self, self.tr("Restore from a backup"))
            dialog.setNameFilters([self.tr("Conference databases (*.sqlite *.db)"), self.tr("All files (*)")])
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.fileSelected.connect(self.restore_from_backup)
            self.restore_dialog = dialog
            dialog.open()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from a backup"),
                          self.tr("Replace the conference in %1 by the backup %2? The current database is kept "
                                  "as a safety copy in its backups folder.")
                          .replace("%1", self.db.describe()).replace("%2", path),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.restore_file(path))
        self.restore_question = box
        box.open()

    def restore_file(self, path: str) -> bool:
        from conference_desk.core.foundation.backups import database_file, restore

        target = database_file(self.db)
        if target is None:
            self._warn(self.tr("Cannot restore"),
                       self.tr("A shared database is restored on the server with pg_restore (see the README)."))
            return False
        self.db.dispose()  # close this window's connections to the file before it is replaced
        try:
            result = restore(target, path)
        except ConferenceDeskError as exc:
            self._warn(self.tr("Cannot restore"), translate_core(message_of(exc)))
            return False
        if not self.switch_database(str(target)):
            return False
        kept = result["safety_copy"]
        self.statusBar().showMessage(
            self.tr("Restored from %1. The previous database was kept as %2.").replace("%1", path)
            .replace("%2", kept or "—"), 15_000)
        self.last_restore = result
        return True

    @property
    def overview(self) -> OverviewScreen:
        screen = self.screens["overview"]
        assert isinstance(screen, OverviewScreen)
        return screen

    @property
    def registration(self) -> "RegistrationScreen":  # noqa: F821 - imported lazily with the screen
        from ..people.screen import RegistrationScreen

        screen = self.screens["registration"]
        assert isinstance(screen, RegistrationScreen)
        return screen

    @property
    def badges(self) -> "BadgesScreen":  # noqa: F821 - imported lazily with the screen
        return self.screens["badges"]  # type: ignore[return-value]

    def _read_conference_name(self) -> None:
        """The window title's name: one plain SELECT (no ORM, and no SQLAlchemy on a SQLite file, at
        start-up; core.info.get_conference's rule)."""
        language = self.languages.language if self.languages.language in ("en", "fr", "es") else "en"
        try:
            with self.db.plain_reads() as reads:
                rows = reads.rows(f"SELECT short_name, name_en, name_{language} FROM conference LIMIT 1")
        except Exception as exc:  # noqa: BLE001 - a database error only (SQLAlchemy's, raised by the reads)
            if not (isinstance(exc, ConferenceDeskError) or is_sqlalchemy_error(exc)):
                raise
            rows = []
        row = rows[0] if rows else None
        self.conference_name = "" if row is None else (row[0] or row[2] or row[1] or "")

    def _update_area_facts(self) -> None:
        summary = self.overview.summary
        if summary is None:
            return
        counts = {key: str(value) for key, value in summary["counts"].items()}

        def fill(text: str, *keys: str) -> str:
            for number, key in enumerate(keys, start=1):
                text = text.replace(f"%{number}", counts[key])
            return text

        facts = {
            "registration": fill(self.tr("Already in the database: %1 delegations, %2 participants."),
                                 "delegations", "participants"),
            "hotels": fill(self.tr("Already in the database: %1 hotels, %2 room types, %3 room-nights blocked."),
                           "hotels", "room_types", "room_nights_blocked"),
            "programme": fill(self.tr("Already in the database: %1 sessions in %2 venue rooms."),
                              "sessions", "venue_rooms"),
            "interpreters": fill(self.tr("Already in the database: %1 interpreters."), "interpreters"),
            "badges": fill(self.tr("Already in the database: %1 badges."), "badges"),
            "checkin": fill(self.tr("Already in the database: %1 check-in events."), "checkin_events"),
        }
        for key, text in facts.items():
            screen = self.screens.get(key)
            if isinstance(screen, PlaceholderScreen):
                screen.set_facts(text)

    # -- behaviour -----------------------------------------------------------

    def _area_shown(self, _index: int) -> None:
        refocus = getattr(self.stack.currentWidget(), "refocus", None)
        if callable(refocus):  # the check-in desk: ready for a scan at once
            refocus()

    def show_area(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_area(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def choose_database(self) -> None:
        dialog = QFileDialog(self, self.tr("Open a conference database"))
        dialog.setNameFilters([self.tr("Conference databases (*.sqlite *.db)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.switch_database)
        dialog.open()

    def switch_database(self, path: str) -> bool:
        try:
            new_db = self._open_database_fn(path)
        except ConferenceDeskError as exc:
            self._warn(self.tr("Cannot open the database"), translate_core(message_of(exc)))
            return False
        old = self.db
        self.db = new_db
        session_state.sign_out()  # another database: its own operators sign in
        self._build_screens()
        self.retranslate()
        self.settings.setValue("database/last", new_db.describe())  # never a password
        old.dispose()
        self.require_sign_in()
        return True

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.db.describe(), self.conference_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box

    def _language_changed(self, code: str) -> None:
        self.settings.setValue("ui/language", code)
        for screen in list(self.screens.values()):  # the screens made so far; later ones start in `code`
            set_language = getattr(screen, "set_language", None)
            if callable(set_language):
                set_language(code)
        self._read_conference_name()
        self.retranslate()

    # -- text ----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = self.conference_name or self.tr("no conference")
        self.setWindowTitle(self.tr("%1 — Conference Desk").replace("%1", name))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.db.describe()))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&Go"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open database…"))
        self.connect_action.setText(self.tr("&Connect to a server…"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Conference Desk"))
        for index, area in enumerate(AREAS):
            title = area_title(area)
            label = title if area.built else self.tr("%1 (not built yet)").replace("%1", title)
            self.nav.item(index).setText(title)
            self.nav.item(index).setToolTip(label)
            self.area_actions[index].setText(title.replace("&", "&&"))  # "&" is not a mnemonic here
        self.language_actions[self.languages.language].setChecked(True)
        self._update_area_facts()
        self._show_operator()

    # -- state ---------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first launch: the whole of a desk laptop's screen (1366×768), a comfortable size on larger ones
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            if screen is not None and screen.width() > 0:
                self.resize(min(screen.width(), 1440), min(screen.height(), 900))
                self.move(screen.topLeft())
            else:
                self.resize(1100, 720)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        main = self.settings.value("window/splitter")
        if isinstance(main, QByteArray) and not main.isEmpty():
            self.main_splitter.restoreState(main)
        key = self.settings.value("window/area", "overview")
        keys = [area.key for area in AREAS]
        self.show_area(keys.index(key) if key in keys else 0)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/area", self.current_area())
        self.settings.setValue("window/splitter", self.main_splitter.saveState())
        for key, screen in list(self.screens.items()):  # the panels as the user left them, per screen
            for number, splitter in enumerate(screen.findChildren(QSplitter)):
                self.settings.setValue(f"splitters/{key}/{number}", splitter.saveState())
        self.settings.sync()

    def _restore_splitters(self, key: str, screen: QWidget) -> None:
        for number, splitter in enumerate(screen.findChildren(QSplitter)):
            state = self.settings.value(f"splitters/{key}/{number}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_state()
        super().closeEvent(event)
