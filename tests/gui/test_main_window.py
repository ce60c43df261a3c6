"""The main window as a user meets it: areas, languages, title, state, About."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from conference_desk.core.foundation.db import Database
from conference_desk.ui.common.i18n import LanguageManager
from conference_desk.ui.shell.main_window import AREAS, MainWindow
from conference_desk.ui.shell.placeholder import PlaceholderScreen


def nav_texts(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def menu_titles(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def test_every_area_is_reachable_and_built(qtbot: QtBot, window: MainWindow) -> None:
    assert nav_texts(window) == [
        "Conference", "Delegations & participants", "Hotels", "Transport", "Programme",
        "Interpreters", "Badges", "Check-in", "Reports", "Audit log", "Communications",
    ]
    for index, area in enumerate(AREAS):
        qtbot.mouseClick(
            window.nav.viewport(), Qt.MouseButton.LeftButton,
            pos=window.nav.visualItemRect(window.nav.item(index)).center(),
        )
        assert window.stack.currentWidget() is window.screens[area.key]
        assert area.built
        assert not isinstance(window.screens[area.key], PlaceholderScreen)


def test_keyboard_shortcuts_switch_areas(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "hotels"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "checkin"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "programme"  # Transport came later: the ten digits kept their areas
    transport = [area.key for area in AREAS].index("transport")
    assert window.area_actions[transport].shortcut().isEmpty()


def test_title_and_status_bar_name_the_conference_and_database(window: MainWindow, db: Database) -> None:
    assert window.windowTitle() == "ICLC 2015 — Conference Desk"
    assert db.describe() in window.db_label.text()


def test_overview_shows_the_conference_and_counts(qtbot: QtBot, window: MainWindow) -> None:
    overview = window.overview
    assert overview.title.text() == "2nd International Conference on Learning Cities"
    assert "Building Sustainable Learning Cities" in overview.theme.text()
    assert "Palacio de Minería" in overview.facts.text()
    assert "28 September 2015" in overview.facts.text()
    assert overview.cards["member_states"].number.text() == "195"
    assert overview.cards["sessions"].number.text() == "18"
    programme = window.screens["programme"]
    qtbot.waitUntil(lambda: programme.timetable is not None, timeout=10_000)  # type: ignore[attr-defined]
    assert len(programme.timetable.all_sessions()) == 18  # type: ignore[attr-defined]


def test_language_menu_switches_to_french_and_spanish_at_runtime(
    qtbot: QtBot, window: MainWindow, languages: LanguageManager
) -> None:
    window.show_area(2)
    window.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.overview.title.text().startswith("2e Conférence"), timeout=10_000)
    assert menu_titles(window) == ["&Fichier", "&Aller à", "&Langue", "&Aide"]
    assert nav_texts(window)[1] == "Délégations et participants"
    assert window.screens["programme"].new_button.text() == "Nouvelle séance…"  # type: ignore[attr-defined]
    assert window.overview.cards["participants"].caption.text() == "Participants"
    assert "28 septembre 2015" in window.overview.facts.text()
    assert window.windowTitle() == "ICLC 2015 — Conference Desk"

    window.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: window.overview.title.text().startswith("2ª Conferencia"), timeout=10_000)
    assert menu_titles(window) == ["&Archivo", "&Ir a", "&Idioma", "&Ayuda"]
    assert nav_texts(window)[2] == "Hoteles"
    assert window.overview.cards["member_states"].caption.text() == "Estados Miembros de la UNESCO"
    assert "28 de septiembre de 2015" in window.overview.facts.text()
    assert window.language_actions["es"].isChecked()
    assert window.settings.value("ui/language") == "es"

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.overview.title.text().startswith("2nd International"), timeout=10_000)
    assert menu_titles(window)[0] == "&File"


def test_qt_own_dialogs_are_translated_too(qtbot: QtBot, window: MainWindow, languages: LanguageManager) -> None:
    languages.set_language("fr")
    box = QMessageBox(QMessageBox.Icon.Information, "t", "x", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuler"


def test_window_state_and_area_are_remembered(
    qtbot: QtBot, db: Database, languages: LanguageManager, settings: QSettings, window: MainWindow
) -> None:
    window.resize(760, 540)
    size_at_close = window.size()
    window.show_area([area.key for area in AREAS].index("programme"))
    window.close()
    again = MainWindow(db, languages, settings)
    qtbot.addWidget(again)
    assert again.current_area() == "programme"
    assert again.size() == size_at_close
    assert again.height() == 540


def test_about_dialog_names_version_conference_and_database(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    dialog = window.show_about()
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.findChild(QLabel).text()
    assert "Conference Desk" in text and "ICLC 2015" in text and db.describe() in text
    dialog.close()


def test_opening_a_file_that_is_not_a_database_warns_and_keeps_the_current_one(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "minutes.sqlite"
    bad.write_text("not a database")
    assert window.switch_database(str(bad)) is False
    qtbot.waitUntil(lambda: window.last_message.isVisible())
    assert "not a Conference Desk database" in window.last_message.text()
    assert window.db is db
    assert db.describe() in window.db_label.text()
    window.last_message.close()


def test_opening_another_conference_database_shows_it(qtbot: QtBot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conference_desk.core.foundation.db import open_database
    from conference_desk.core.foundation.setup_data import initialise

    other_path = tmp_path / "other.sqlite"
    other = open_database(str(other_path))
    initialise(other, "empty")
    other.dispose()
    assert window.switch_database(str(other_path)) is True
    qtbot.waitUntil(lambda: window.overview.summary is not None and window.overview.title.text() == "New conference", timeout=10_000)
    assert str(other_path) in window.db_label.text()
    assert window.overview.cards["sessions"].number.text() == "0"


def test_names_in_hangul_and_han_have_a_font_once_the_window_is_up(qtbot: QtBot, window: MainWindow) -> None:
    """A desk laptop without Korean or Chinese fonts still shows "Hwang (황)" and "Liu (刘文)", not boxes:
    once the first screen is up, every writing system of the demo's names has a font."""
    from PySide6.QtGui import QFontDatabase

    qtbot.waitUntil(lambda: MainWindow._warmed_up, timeout=10_000)
    for system in (QFontDatabase.WritingSystem.Korean, QFontDatabase.WritingSystem.SimplifiedChinese,
                   QFontDatabase.WritingSystem.Japanese, QFontDatabase.WritingSystem.Arabic,
                   QFontDatabase.WritingSystem.Cyrillic):
        assert QFontDatabase.families(system), system
