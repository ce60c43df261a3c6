"""Issue 15: every screen on a 1366×768 desk laptop, in English, French and Spanish — nothing
cut off, nothing left in English, no trap (safe defaults, no wheel-driven changes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from conference_desk.core.foundation import audit
from conference_desk.core.foundation.db import Database
from conference_desk.ui.common import session_state
from conference_desk.ui.common.i18n import LanguageManager
from conference_desk.ui.shell.main_window import MainWindow
from conference_desk.ui.safety.audit_screen import AuditScreen
from conference_desk.ui.common.combos import install_wheel_guard
from tests.templates import Templates

SHOTS = Path("/tmp/issue15-shots")


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    session_state.sign_out()
    yield
    session_state.sign_out()


def test_qt_own_file_dialog_is_in_french(qtbot: QtBot, languages: LanguageManager) -> None:
    languages.set_language("fr")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Voir dans :" in texts and "Fichiers de &type :" in texts
    assert not any("Look in" in t or "Files of" in t for t in texts)
    languages.set_language("es")
    dialog = QFileDialog(None, "x")  # the application makes its file dialogs when asked for
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Buscar en:" in texts and "Archivos de &tipo:" in texts


def test_english_counts_use_plural_forms(qtbot: QtBot, languages: LanguageManager) -> None:
    languages.set_language("en")
    assert QApplication.translate("RegistrationScreen", "%n participant(s)", "", 1) == "1 participant"
    assert QApplication.translate("RegistrationScreen", "%n participant(s)", "", 650) == "650 participants"
    assert QApplication.translate("BadgePrinting", "%n badge(s) printed", "", 664) == "664 badges printed"
    languages.set_language("fr")
    assert QApplication.translate("BadgePrinting", "%n badge(s) printed", "", 1) == "1 badge imprimé"


def test_go_menu_shows_the_ampersand(window: MainWindow) -> None:
    titles = [action.text() for action in window.view_menu.actions()]
    assert "Delegations && participants" in titles  # drawn as "Delegations & participants"


def test_first_of_october_in_french(qtbot: QtBot, window: MainWindow, languages: LanguageManager) -> None:
    languages.set_language("fr")
    qtbot.waitUntil(lambda: "1er octobre 2015" in window.overview.facts.text(), timeout=5000)
    languages.set_language("en")
    qtbot.waitUntil(lambda: "1 October 2015" in window.overview.facts.text(), timeout=5000)


def test_wheel_over_an_unfocused_combo_box_changes_nothing(qtbot: QtBot, languages: LanguageManager) -> None:
    install_wheel_guard()
    page = QWidget()
    inner = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["All participants", "One delegation", "One category", "Selected participants"])
    inner.addWidget(combo)
    for _ in range(30):
        inner.addWidget(QLabel("filler"))
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.resize(300, 200)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel does not give it the focus

    def wheel(delta: int) -> None:
        pos = QPointF(combo.rect().center())
        event = QWheelEvent(pos, QPointF(combo.mapToGlobal(QPoint(int(pos.x()), int(pos.y())))), QPoint(0, 0),
                            QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(combo, event)

    wheel(-120)
    wheel(-120)
    assert combo.currentText() == "All participants"
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    wheel(-120)  # once the user clicked into it, the wheel is theirs
    assert combo.currentText() == "One delegation"


def test_audit_log_in_french_with_venue_times(qtbot: QtBot, db: Database, languages: LanguageManager) -> None:
    with db.session() as s:
        entry = audit.record(s, audit.Actor("Ana", "Desk 2"), "badge print", "participant", None,
                             summary="Printed 3 badge(s) (3 newly issued, layout a6-4up) to batch.pdf")
        entry.at = dt.datetime(2015, 9, 28, 15, 0)  # UTC: 10:00 in Mexico City (CDT, UTC−5)
        entry = audit.record(s, audit.Actor("Ana", "Desk 2"), "hotel lock", "participant", 7,
                             summary="Ana Pérez: room assignment locked")
        entry.at = dt.datetime(2015, 9, 28, 16, 30)
    languages.set_language("fr")
    screen = AuditScreen(db, "fr")
    qtbot.addWidget(screen)
    screen.show()
    model = screen.model
    rows = {model.data(model.index(r, 3)): [model.data(model.index(r, c)) for c in range(6)]
            for r in range(model.rowCount())}
    printed = rows["impression de badges"]
    assert printed[0] == "28/09/2015 10:00:00"
    assert printed[5] == "3 badges imprimés (3 nouvellement émis, format a6-4up) dans batch.pdf"
    locked = rows["hôtel : verrouillage"]
    assert locked[0] == "28/09/2015 11:30:00"
    assert locked[4] == "participant #7"
    assert locked[5] == "Ana Pérez : attribution de chambre verrouillée"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Quand (America/Mexico_City)"
    # The action filter lists actions in French and filters on the stored action.
    index = screen.action.findText("hôtel : verrouillage")
    assert index > 0
    screen.action.setCurrentIndex(index)
    screen.apply_filters()
    assert model.total == 1


# -- safe defaults ---------------------------------------------------------------------


def test_enter_on_the_mapping_page_checks_the_file_and_never_closes(
        qtbot: QtBot, db: Database, languages: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.ui.people.import_dialog import MAPPING_PAGE, PREVIEW_PAGE, ImportDialog
    from conference_desk.ui.common.tasks import wait_for_tasks

    path = tmp_path / "inscriptions.csv"
    path.write_text("Prénom;Nom;Pays\nJosé;García;Mexique\nAnne;;Atlantis\n", encoding="utf-8")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "open", lambda self, *args: self.fileSelected.emit(str(path)))
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    assert dialog.next_button.isDefault() and not dialog.close_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW_PAGE, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.import_button.isDefault()
    assert dialog.problems_box.title() == "Problems (these rows will not be imported)"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.problems_box.title() == "Problems (these rows were not imported)"
    assert dialog.close_button.isDefault()
    wait_for_tasks()


def _participant_form(qtbot: QtBot, db: Database):  # type: ignore[no-untyped-def]
    from conference_desk.ui.people.participant_form import ParticipantForm
    from conference_desk.ui.shell.record_sections import record_sections

    form = ParticipantForm(db, None, sections=record_sections())
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_participant_form_saves_on_enter_and_asks_before_dropping_changes(
        qtbot: QtBot, db: Database, languages: LanguageManager) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    form = _participant_form(qtbot, db)
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save).isDefault()
    # Unchanged: Escape closes at once.
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()

    form = _participant_form(qtbot, db)
    form.edits["family_name"].setText("Pérez")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = form.changes.question
    assert box is not None and box.isVisible() and form.isVisible()  # asked, not closed
    assert box.defaultButton().text() == "&Keep editing"
    box.defaultButton().click()  # keep editing
    assert form.isVisible() and form.edits["family_name"].text() == "Pérez"
    form.close()  # the window's close button asks too
    box = form.changes.question
    assert box is not None and box.isVisible() and form.isVisible()
    discard = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    discard.click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=2000)


def test_the_question_is_in_french(qtbot: QtBot, db: Database, languages: LanguageManager) -> None:
    languages.set_language("fr")
    form = _participant_form(qtbot, db)
    form.edits["family_name"].setText("Pérez")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = form.changes.question
    assert box.windowTitle() == "Modifications non enregistrées"
    assert [b.text() for b in box.buttons()] == ["&Abandonner les modifications", "&Continuer la saisie"] or \
        sorted(b.text() for b in box.buttons()) == ["&Abandonner les modifications", "&Continuer la saisie"]
    box.defaultButton().click()
    form.changes.mark_clean()


# -- every area and every dialog at 1366×768, in each language ---------------------------

DESK = (1366, 768)


def _settle(qtbot: QtBot, ms: int = 50) -> None:
    from conference_desk.ui.common.tasks import wait_for_tasks

    for _ in range(3):
        wait_for_tasks()
        qtbot.wait(ms)


def _look(widget: QWidget, lang: str, name: str, found: list[str]) -> None:
    """Save what the user sees, then list what is cut off or left in English."""
    from tests.gui.layout_audit import clipped, untranslated

    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{lang}-{name}.png"))
    if widget.isWindow() and (widget.width() > DESK[0] or widget.height() > DESK[1]):
        found.append(f"{lang} {name}: window {widget.width()}×{widget.height()} larger than the screen")
    found.extend(f"{lang} {name}: {problem}" for problem in clipped(widget))
    if lang != "en":
        found.extend(f"{lang} {name}: untranslated {problem}" for problem in untranslated(widget, lang))


@pytest.fixture
def demo_db(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, 60, seed=15)
    return db


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_area_and_tab_at_1366x768(qtbot: QtBot, demo_db: Database, languages: LanguageManager,
                                        settings: QSettings, lang: str) -> None:
    from PySide6.QtWidgets import QTabWidget

    from conference_desk.ui.shell.main_window import AREAS

    languages.set_language(lang)
    window = MainWindow(demo_db, languages, settings)
    qtbot.addWidget(window)
    window.resize(*DESK)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    for index, area in enumerate(AREAS):
        window.show_area(index)
        _settle(qtbot)
        _look(window, lang, area.key, found)
        screen = window.screens[area.key]
        for number, tabs in enumerate(t for t in screen.findChildren(QTabWidget) if t.isVisible()):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                _settle(qtbot, 20)
                _look(window, lang, f"{area.key}-{tabs.objectName() or number}-tab{tab}", found)
            tabs.setCurrentIndex(0)
    assert window.width() <= DESK[0] and window.height() <= DESK[1]
    assert found == []


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_dialog_at_1366x768(qtbot: QtBot, demo_db: Database, languages: LanguageManager,
                                  settings: QSettings, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.core.programme import timetable as tt
    from conference_desk.ui.shell.about import AboutDialog
    from conference_desk.ui.desks.connect_dialog import ConnectDialog
    from conference_desk.ui.people.duplicates_dialog import DuplicatesDialog
    from conference_desk.ui.people.import_dialog import ImportDialog
    from conference_desk.ui.programme.session_dialog import SessionDialog
    from conference_desk.ui.people.participant_form import ParticipantForm
    from conference_desk.ui.shell.record_sections import record_sections
    from conference_desk.ui.interpreters.screen import InterpretersScreen
    from conference_desk.ui.programme.screen import ProgrammeSettingsDialog

    languages.set_language(lang)
    monkeypatch.setattr(QFileDialog, "open", QFileDialog.show)  # no native dialog, no blocking
    found: list[str] = []
    timetable = tt.load_timetable(demo_db)
    first_session = timetable.sessions[0].id if timetable.sessions else None
    interpreters = InterpretersScreen(demo_db, lang)
    qtbot.addWidget(interpreters)
    _settle(qtbot)
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("participant-new", lambda: ParticipantForm(demo_db, None, lang, sections=record_sections())),
        ("participant-existing", lambda: ParticipantForm(demo_db, 1, lang, sections=record_sections())),
        ("import", lambda: ImportDialog(demo_db)),
        ("duplicates", lambda: DuplicatesDialog(demo_db)),
        ("session", lambda: SessionDialog(demo_db, first_session, lang)),
        ("programme-settings", lambda: ProgrammeSettingsDialog(timetable.settings)),
        ("connect", lambda: ConnectDialog(settings)),
        ("about", lambda: AboutDialog(demo_db.describe(), "ICLC 2015")),
        ("interpreter", lambda: interpreters.open_interpreter_dialog(None)),
        ("interpreting-rules", lambda: interpreters.open_rules_dialog()),
    ]
    for name, make in dialogs:
        dialog = make()
        assert dialog is not None, name
        if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        _look(dialog, lang, name, found)
        if isinstance(dialog, (ParticipantForm,)):
            dialog.edits["family_name"].setText(dialog.edits["family_name"].text() + "x")
            dialog.reject()
            box = dialog.changes.question
            assert box is not None
            _look(box, lang, f"{name}-unsaved-question", found)
            box.defaultButton().click()
            dialog.changes.mark_clean()
        dialog.close()
    # Moving a hotel guest, sharing a room.
    from conference_desk.ui.hotels.screen import HotelsScreen

    hotels_screen = HotelsScreen(demo_db, lang)
    qtbot.addWidget(hotels_screen)
    with qtbot.waitSignal(hotels_screen.refreshed, timeout=15_000):
        hotels_screen.show()
    hotels_screen.tabs.setCurrentIndex(1)
    hotels_screen.guest_table.selectRow(0)
    for name, open_dialog in (("hotel-move", hotels_screen.open_move_dialog),
                              ("hotel-share", hotels_screen.open_share_dialog)):
        picker = open_dialog()
        assert picker is not None, name
        qtbot.waitExposed(picker)
        _settle(qtbot)
        _look(picker, lang, name, found)
        picker.close()
    hotels_screen.close()

    # The import dialog's three pages, with a French file that has a problem row.
    from conference_desk.ui.people.import_dialog import MAPPING_PAGE, PREVIEW_PAGE

    sheet = SHOTS / f"import-{lang}.csv"
    sheet.write_text("Prénom;Nom;Pays;Courriel\nJosé;García;Mexique;jose@cdmx.mx\nAnne;;Atlantis;anne@\n",
                     encoding="utf-8")
    importer = ImportDialog(demo_db)
    qtbot.addWidget(importer)
    importer.show()
    monkeypatch.setattr(QFileDialog, "open", lambda self, *args: self.fileSelected.emit(str(sheet)))
    importer.choose_button.click()
    qtbot.waitUntil(lambda: importer.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    _settle(qtbot)
    _look(importer, lang, "import-mapping", found)
    importer.next_button.click()
    qtbot.waitUntil(lambda: importer.pages.currentIndex() == PREVIEW_PAGE, timeout=10_000)
    _settle(qtbot)
    _look(importer, lang, "import-preview", found)
    importer.close()
    monkeypatch.setattr(QFileDialog, "open", QFileDialog.show)

    window = MainWindow(demo_db, languages, settings)
    qtbot.addWidget(window)
    window.resize(*DESK)
    window.show()
    file_dialog = window.registration.choose_export_file("participants_xlsx")
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    _settle(qtbot)
    _look(file_dialog, lang, "file-dialog", found)
    file_dialog.close()
    # Signing in at a desk.
    from conference_desk.core.desks import operators
    from conference_desk.ui.desks.sign_in_dialog import SignInDialog

    operators.create_operator(demo_db, "Ana", "administrator", "1234")
    sign_in = SignInDialog(demo_db, settings)
    qtbot.addWidget(sign_in)
    sign_in.show()
    _settle(qtbot)
    _look(sign_in, lang, "sign-in", found)
    sign_in.close()
    # The check-in desk's dialogs (issue 14): set-up, today's list, the undo question, the walk-in form.
    from conference_desk.ui.checkin.screen import CheckInScreen

    desk = CheckInScreen(demo_db, lang, settings)
    qtbot.addWidget(desk)
    desk.resize(*DESK)
    desk.show()
    _settle(qtbot)
    _look(desk, lang, "checkin", found)
    for name, open_dialog in (("desk-setup", desk.open_setup), ("attendance", desk.open_attendance),
                              ("undo-reason", lambda: desk.ask_undo(1, "Ana Ruiz")),
                              ("walk-in", desk.open_walk_in)):
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        _look(dialog, lang, name, found)
        dialog.close()
    desk.close()
    assert found == []


# -- the Reports area's lists ----------------------------------------------------------------


def test_reports_area_has_the_lists_it_promises_each_exportable(
        qtbot: QtBot, demo_db: Database, languages: LanguageManager, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from conference_desk.ui.reports.screen import ListsScreen, ReportsScreen

    languages.set_language("fr")
    screen = ReportsScreen(demo_db, "fr")
    qtbot.addWidget(screen)
    screen.resize(*DESK)
    screen.show()
    assert [screen.tabs.tabText(i) for i in range(2)] == ["Tableau de bord des arrivées", "Listes"]
    screen.tabs.setCurrentIndex(1)
    lists: ListsScreen = screen.lists
    names = [lists.choice.item(i).text() for i in range(lists.choice.count())]
    assert names == ["Occupation des hôtels par nuit", "Arrivées et départs par jour", "Plannings des interprètes",
                     "Liste de la presse", "Liste des personnalités (VIP)"]
    for row, key in enumerate(("hotel_occupancy", "arrivals", "interpreter_schedules", "press", "vip")):
        with qtbot.waitSignal(lists.shown_list, timeout=10_000, check_params_cb=lambda k, key=key: k == key):
            lists.choice.setCurrentRow(row)
        assert lists.title.text() == names[row]
        if key != "interpreter_schedules":  # no roster built in this demo
            assert lists.table.rowCount() > 0, key
    # The VIP list: heads of delegation, mayors and speakers only, with French titles.
    headers = [lists.table.horizontalHeaderItem(c).text() for c in range(lists.table.columnCount())]
    assert headers == ["Nom", "Prénom", "Catégorie", "Délégation", "Fonction", "Arrivée", "Départ"]
    categories = {lists.table.item(r, 2).text() for r in range(lists.table.rowCount())}
    assert categories <= {"Chef de délégation", "Maire", "Intervenant", "Intervenante"}
    out = tmp_path / "vip.xlsx"
    lists.export_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and "exportée" in lists.message.text(), timeout=10_000)
    sheet = load_workbook(out).active
    assert [c.value for c in next(sheet.iter_rows(max_row=1))] == headers
    assert sheet.max_row == lists.table.rowCount() + 1


def test_panels_keep_the_width_the_user_gave_them(qtbot: QtBot, db: Database, languages: LanguageManager,
                                                 settings: QSettings) -> None:
    from PySide6.QtWidgets import QSplitter

    window = MainWindow(db, languages, settings)
    qtbot.addWidget(window)
    window.resize(*DESK)
    window.show()
    from conference_desk.ui.shell.main_window import AREAS

    window.show_area([area.key for area in AREAS].index("audit"))  # the audit log: a table above, the selected entry's values below
    splitter = window.screens["audit"].findChildren(QSplitter)[0]
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > 0, timeout=5000)
    total = sum(splitter.sizes())
    splitter.setSizes([total - 150, 150])
    window.main_splitter.setSizes([300, DESK[0] - 300])
    wanted, nav = splitter.sizes(), window.main_splitter.sizes()[0]
    window.save_state()
    window.close()
    again = MainWindow(db, languages, settings)
    qtbot.addWidget(again)
    again.resize(*DESK)
    again.show()
    restored = again.screens["audit"].findChildren(QSplitter)[0]
    assert restored.sizes() == wanted
    assert abs(again.main_splitter.sizes()[0] - nav) <= 2


def test_a_room_name_cut_short_in_the_timetable_shows_in_full_on_hover(
        qtbot: QtBot, db: Database, languages: LanguageManager) -> None:
    from conference_desk.ui.programme.screen import HEADER_H, ProgrammeScreen

    screen = ProgrammeScreen(db, "en")
    qtbot.addWidget(screen)
    screen.resize(*DESK)
    screen.show()
    qtbot.waitUntil(lambda: screen.timetable is not None, timeout=10_000)
    view = screen.view
    rooms = view.timetable_scene.rooms
    long_room = next(i for i, r in enumerate(rooms) if "(" in r.name)  # "Auditorium 1 (Continuing Education…)"
    view.horizontalScrollBar().setValue(0)
    x = int(view.mapFromScene(view.timetable_scene.column_x(long_room) + 20, 0).x())
    found = view.room_at_header(QPoint(x, HEADER_H // 2))
    assert found is not None and found.name == rooms[long_room].name


def test_core_messages_with_a_count_use_plural_forms(languages: LanguageManager) -> None:
    from conference_desk.core.foundation.messages import Text
    from conference_desk.ui.common.core_messages import translate_core

    one = Text("Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.", name="Ana", left=1)
    two = Text("Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.", name="Ana", left=2)
    languages.set_language("en")
    assert translate_core(one) == "Wrong PIN for Ana: 1 more wrong PIN locks it for a minute."
    assert translate_core(two) == "Wrong PIN for Ana: 2 more wrong PINs lock it for a minute."
    languages.set_language("fr")
    assert translate_core(one) == "Code PIN erroné pour Ana : encore 1 erreur et ce nom est bloqué une minute."
    languages.set_language("es")
    assert translate_core(two) == "PIN incorrecto para Ana: 2 errores más lo bloquean durante un minuto."
