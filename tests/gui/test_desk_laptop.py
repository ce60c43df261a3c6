"""Issue 15: every screen on a 1366×768 desk laptop, in English, French and Spanish — nothing
cut off, nothing left in English, no trap (safe defaults, no wheel-driven changes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from conference_desk.core import audit
from conference_desk.core.db import Database
from conference_desk.ui import session_state
from conference_desk.ui.i18n import LanguageManager
from conference_desk.ui.main_window import MainWindow
from conference_desk.ui.screens.audit import AuditScreen
from conference_desk.ui.widgets.combos import install_wheel_guard

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
