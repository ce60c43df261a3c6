"""The main window: navigation to every area of the event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QSettings,
    QSize,
    Qt,
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

from conference_desk.core.db import Database, open_database
from conference_desk.core.errors import ConferenceDeskError
from conference_desk.core.info import get_conference

from . import session_state
from .about import AboutDialog
from .i18n import LANGUAGE_NAMES, LANGUAGES, LanguageManager
from .screens.overview import OverviewScreen
from .screens.placeholder import PlaceholderScreen
from .screens.registration import RegistrationScreen
from .core_messages import translate_core
from conference_desk.core.messages import message_of

AREAS_CONTEXT = "Areas"


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # source text, translated in AREAS_CONTEXT
    purpose: str
    icon: QStyle.StandardPixmap
    built: bool = False


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
    "programme": "programme",
    "interpreters": "interpreters",
    "badges": "badges.print",
    "checkin": "checkin",
    "reports": "reports",
}


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
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 800])
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
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

    # -- construction ------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        self.connect_action = QAction(self)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.area_actions: list[QAction] = []
        for index, _area in enumerate(AREAS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
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
        self.screens: dict[str, QWidget] = {}
        for area in AREAS:
            if area.key == "overview":
                screen: QWidget = OverviewScreen(self.db, self.languages.language)
            elif area.key == "registration":
                screen = RegistrationScreen(self.db, self.languages.language)
                screen.data_changed.connect(lambda: self.overview.reload())
            elif area.key == "hotels":
                from .screens.hotels import HotelsScreen

                screen = HotelsScreen(self.db, self.languages.language)
                screen.data_changed.connect(lambda: self.overview.reload())
            elif area.key == "programme":
                from .screens.programme import ProgrammeScreen

                screen = ProgrammeScreen(self.db, self.languages.language)
            elif area.key == "interpreters":
                from .screens.interpreters import InterpretersScreen

                screen = InterpretersScreen(self.db, self.languages.language)
                screen.data_changed.connect(lambda: self.overview.reload())
            elif area.key == "badges":
                from .screens.badges import BadgesScreen

                screen = BadgesScreen(self.db, self.languages.language)
                screen.data_changed.connect(lambda: self.overview.reload())
            elif area.key == "checkin":
                from .screens.checkin import CheckInScreen

                screen = CheckInScreen(self.db, self.languages.language, self.settings)
            elif area.key == "reports":
                from .screens.dashboard import DashboardScreen

                screen = DashboardScreen(self.db, self.languages.language)
            else:
                screen = PlaceholderScreen(AREAS_CONTEXT, area.title, area.purpose)
            screen.setObjectName(f"screen_{area.key}")
            self.screens[area.key] = screen
            self.stack.addWidget(screen)
        self.overview.loaded.connect(self._update_area_facts)
        self.overview.reload()
        self._read_conference_name()
        self.apply_role()

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
        registration = self.screens.get("registration")
        set_read_only = getattr(registration, "set_read_only", None)
        if callable(set_read_only):
            set_read_only(not session_state.may("participants.edit"))
        checkin = self.screens.get("checkin")
        if operator is not None and checkin is not None and hasattr(checkin, "operator"):
            checkin.operator.setText(operator.name)  # type: ignore[attr-defined]
            checkin.operator.setReadOnly(True)  # type: ignore[attr-defined]
            checkin.desk.setText(session_state.desk_name(self.settings))  # type: ignore[attr-defined]
        item = self.nav.currentItem()
        if item is None or item.isHidden():
            for index in range(self.nav.count()):
                if not self.nav.item(index).isHidden():
                    self.show_area(index)
                    break
        self._show_operator()

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
        from conference_desk.core.operators import has_operators

        from .dialogs.sign_in_dialog import SignInDialog

        try:
            needed = has_operators(self.db)
        except ConferenceDeskError:
            needed = False
        if not needed:
            session_state.sign_out()
            self.apply_role()
            return None
        dialog = SignInDialog(self.db, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.apply_role)
        dialog.rejected.connect(self.close)
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Sign out: nothing of the previous operator stays usable; the next one signs in."""
        session_state.sign_out()
        for index in range(self.nav.count()):
            self.nav.item(index).setHidden(True)
        self._show_operator()
        self.require_sign_in()

    def connect_to_server(self) -> "QDialog":  # noqa: F821 - imported lazily
        from .dialogs.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.switch_database(dialog.url()))
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    @property
    def overview(self) -> OverviewScreen:
        screen = self.screens["overview"]
        assert isinstance(screen, OverviewScreen)
        return screen

    @property
    def registration(self) -> RegistrationScreen:
        screen = self.screens["registration"]
        assert isinstance(screen, RegistrationScreen)
        return screen

    @property
    def badges(self) -> "BadgesScreen":  # noqa: F821 - imported lazily with the screen
        return self.screens["badges"]  # type: ignore[return-value]

    def _read_conference_name(self) -> None:
        try:
            with self.db.session() as session:
                conference = get_conference(session)
                self.conference_name = conference.short_name or conference.name(self.languages.language)
        except ConferenceDeskError:
            self.conference_name = ""

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
        self.overview.set_language(code)
        self.registration.set_language(code)
        self.badges.set_language(code)
        self.screens["checkin"].set_language(code)  # type: ignore[attr-defined]
        self.screens["reports"].set_language(code)  # type: ignore[attr-defined]
        self.screens["hotels"].set_language(code)  # type: ignore[attr-defined]
        self.screens["programme"].set_language(code)  # type: ignore[attr-defined]
        self.screens["interpreters"].set_language(code)  # type: ignore[attr-defined]
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
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Conference Desk"))
        for index, area in enumerate(AREAS):
            title = area_title(area)
            label = title if area.built else self.tr("%1 (not built yet)").replace("%1", title)
            self.nav.item(index).setText(title)
            self.nav.item(index).setToolTip(label)
            self.area_actions[index].setText(title)
        self.language_actions[self.languages.language].setChecked(True)
        self._update_area_facts()
        self._show_operator()

    # -- state ---------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        key = self.settings.value("window/area", "overview")
        keys = [area.key for area in AREAS]
        self.show_area(keys.index(key) if key in keys else 0)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/area", self.current_area())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_state()
        super().closeEvent(event)
