"""The check-in desk under a real queue (issue 14): each situation a clerk met, with real key events.

Every test checks two things: the database holds exactly the intended admissions,
and the big panel shows the state of the last action.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conference_desk.core.badges import service
from conference_desk.core.badges.types import BadgeSelection
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import CheckInEvent, Participant, ParticipantStatus
from conference_desk.ui.checkin.screen import CheckInScreen
from conference_desk.ui.common.tasks import wait_for_tasks
from tests.templates import Templates


@pytest.fixture
def codes(db: Database, demo_templates: Templates, tmp_path: Path) -> dict[int, str]:
    demo_templates.populate_demo(db, 40, seed=5)
    return service.print_badges(db, BadgeSelection(), tmp_path / "badges.pdf").codes


def make_screen(qtbot: QtBot, db: Database, tmp_path: Path, name: str = "desk.ini",
                **values: str) -> CheckInScreen:
    settings = QSettings(str(tmp_path / name), QSettings.Format.IniFormat)
    settings.setValue("checkin/desk", "Desk 2")
    settings.setValue("checkin/operator", "Lupita")
    settings.setValue("checkin/sound", "false")
    for key, value in values.items():
        settings.setValue(key.replace("__", "/"), value)
    widget = CheckInScreen(db, "en", settings)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.activateWindow()
    widget.refocus()
    qtbot.waitUntil(widget.input.hasFocus, timeout=2000)
    return widget


@pytest.fixture
def screen(qtbot: QtBot, db: Database, codes: dict[int, str], tmp_path: Path,
           languages) -> Iterator[CheckInScreen]:  # type: ignore[no-untyped-def]
    yield make_screen(qtbot, db, tmp_path)
    wait_for_tasks()


def admissions(db: Database) -> list[int]:
    """Participants admitted now (undone admissions are not), in the order admitted."""
    with db.session() as s:
        return list(s.scalars(select(CheckInEvent.participant_id).where(CheckInEvent.outcome == "admitted")
                              .order_by(CheckInEvent.id)))


def burst(qtbot: QtBot, widget: QWidget, code: str, suffix: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """A keyboard-wedge scanner: 4 ms a character, then its suffix (or none)."""
    qtbot.keyClicks(widget, code, delay=4)
    if suffix is not None:
        qtbot.keyClick(widget, suffix)


def scan(qtbot: QtBot, screen: CheckInScreen, code: str, suffix: Qt.Key | None = Qt.Key.Key_Return) -> None:
    with qtbot.waitSignal(screen.checked_in, timeout=3000):
        burst(qtbot, QApplication.focusWidget() or screen.input, code, suffix)


def people_named(db: Database, prefix: str) -> list[Participant]:
    with db.session() as s:
        return list(s.scalars(select(Participant).where(Participant.family_name.like(f"{prefix}%"),
                                                        Participant.status != ParticipantStatus.CANCELLED)))


# 1. A name that matched nobody, then a scan: the scan wins, the stale name is gone ---------------


def test_a_scan_after_an_unmatched_name_admits_the_scanned_person(qtbot: QtBot, screen: CheckInScreen,
                                                                   db: Database, codes: dict[int, str]) -> None:
    items = list(codes.items())
    scan(qtbot, screen, items[0][1])
    assert screen.panel.outcome == "admitted"
    qtbot.keyClicks(screen.input, "zzqx", delay=90)  # a clerk types a name that matches nobody
    assert screen.panel.outcome == "ready"  # the old green panel went the moment typing started
    qtbot.wait(250)
    assert screen.match_table.rowCount() == 0
    scan(qtbot, screen, items[1][1])  # ... and the next badge is scanned into the same field
    assert screen.panel.outcome == "admitted"
    assert screen.last.participant.id == items[1][0]
    assert admissions(db) == [items[0][0], items[1][0]]
    assert screen.input.text() == ""
    # Enter on a name nobody has: the panel says so, instead of showing the previous person.
    qtbot.keyClicks(screen.input, "zzqx", delay=60)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.panel.outcome == "no_match"
    assert screen.panel.headline.text() == "NO ONE FOUND" and "zzqx" in screen.panel.name.text()
    assert screen.input.text() == ""  # every Enter empties the field
    scan(qtbot, screen, items[2][1], suffix=None)  # a scanner with no suffix, right after
    assert screen.last.participant.id == items[2][0]
    assert admissions(db) == [items[0][0], items[1][0], items[2][0]]


# 2. A code typed by hand, slowly: recognised by its form, not its speed -------------------------


def test_a_code_typed_by_hand_is_a_scan(qtbot: QtBot, screen: CheckInScreen, db: Database,
                                        codes: dict[int, str]) -> None:
    participant_id, code = list(codes.items())[3]
    with qtbot.waitSignal(screen.checked_in, timeout=10_000):
        qtbot.keyClicks(screen.input, code.lower(), delay=70)  # copied from a damaged badge
        qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.panel.outcome == "admitted" and screen.last.participant.id == participant_id
    assert admissions(db) == [participant_id]
    # A slow scanner (60 ms between characters) with no suffix is typing until Enter...
    other_id, other = list(codes.items())[4]
    qtbot.keyClicks(screen.input, other, delay=60)
    qtbot.wait(300)
    assert admissions(db) == [participant_id]
    with qtbot.waitSignal(screen.checked_in, timeout=3000):
        qtbot.keyClick(screen.input, Qt.Key.Key_Tab)  # ... and its Tab suffix makes it a scan
    assert admissions(db) == [participant_id, other_id]


# 3. Focus never strays: set-up in a dialog, other widgets give the keyboard back ---------------


def test_focus_returns_to_the_scan_input_and_scans_are_never_lost(qtbot: QtBot, db: Database,
                                                                  codes: dict[int, str], tmp_path: Path) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    stray = QLineEdit(host)  # another widget of the same window (a search box, a form field)
    stray.setObjectName("stray")
    settings = QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat)
    settings.setValue("checkin/desk", "Desk 7")
    settings.setValue("checkin/operator", "Lupita")
    screen = CheckInScreen(db, "en", settings)
    layout = QVBoxLayout(host)
    layout.addWidget(stray)
    layout.addWidget(screen)
    host.resize(1366, 760)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(screen.input.hasFocus, timeout=2000)
    items = list(codes.items())
    stray.setFocus()  # the clerk clicked elsewhere
    qtbot.waitUntil(screen.input.hasFocus, timeout=2000)
    scan(qtbot, screen, items[0][1])
    assert stray.text() == "" and screen.last.participant.id == items[0][0]
    # The set-up dialog opened and cancelled: later scans still reach the desk.
    dialog = screen.open_setup()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(screen.input.hasFocus, timeout=2000)
    qtbot.wait(200)
    scan(qtbot, screen, items[1][1])
    assert admissions(db) == [items[0][0], items[1][0]]
    assert {e for e in _operators(db)} == {"Lupita"}
    wait_for_tasks()


def _operators(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(CheckInEvent.operator)))


def test_a_scan_in_the_operator_field_is_refused_and_a_corrupted_setting_is_dropped(
        qtbot: QtBot, db: Database, codes: dict[int, str], tmp_path: Path) -> None:
    code = next(iter(codes.values()))
    screen = make_screen(qtbot, db, tmp_path, "bad.ini", checkin__operator="Lupita" + code)
    assert screen.setup.operator == ""  # what a stray scan wrote there is not an operator
    assert "Operator: not set" in screen.setup_label.text()
    dialog = screen.open_setup()
    dialog.operator.clear()
    qtbot.keyClicks(dialog.operator, code, delay=4)
    qtbot.keyClick(dialog.operator, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "looks like a badge code" in dialog.problem.text()
    dialog.operator.setText("Lupita")
    qtbot.keyClick(dialog.operator, Qt.Key.Key_Return)
    assert not dialog.isVisible() and screen.setup.operator == "Lupita"
    assert screen.settings.value("checkin/operator") == "Lupita"
    qtbot.waitUntil(screen.input.hasFocus, timeout=2000)
    scan(qtbot, screen, code)
    assert _operators(db) == ["Lupita"]
    wait_for_tasks()


# 4. Several matches: nobody is admitted until one is chosen; undo ----------------------------


def test_enter_on_a_name_with_several_matches_admits_no_one_until_one_is_chosen(
        qtbot: QtBot, screen: CheckInScreen, db: Database) -> None:
    with db.session() as s:
        rows = s.execute(select(Participant.family_name).where(Participant.status != ParticipantStatus.CANCELLED)).all()
    letters = {}
    for (family,) in rows:
        letters.setdefault(family[:1].lower(), 0)
        letters[family[:1].lower()] += 1
    letter = max(letters, key=letters.get)
    assert letters[letter] >= 2
    qtbot.keyClicks(screen.input, letter, delay=80)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert admissions(db) == []
    assert screen.panel.outcome == "choose" and screen.panel.headline.text() == "SEVERAL PEOPLE MATCH"
    assert screen.match_table.hasFocus() and screen.match_table.rowCount() >= 2
    second = screen.matches[1].id
    qtbot.keyClick(screen.match_table, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.checked_in, timeout=3000):
        qtbot.keyClick(screen.match_table, Qt.Key.Key_Return)
    assert admissions(db) == [second]
    assert screen.panel.outcome == "admitted" and screen.last.participant.id == second
    qtbot.waitUntil(screen.input.hasFocus, timeout=2000)
    # Escape while choosing: no one, and the panel says "Ready".
    qtbot.keyClicks(screen.input, letter, delay=80)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.panel.outcome == "choose"
    qtbot.keyClick(screen.match_table, Qt.Key.Key_Escape)
    assert screen.panel.outcome == "ready" and screen.input.hasFocus()
    assert admissions(db) == [second]


def test_a_scan_while_choosing_goes_to_the_desk_not_to_the_list(qtbot: QtBot, screen: CheckInScreen,
                                                               db: Database, codes: dict[int, str]) -> None:
    qtbot.keyClicks(screen.input, "a", delay=80)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.panel.outcome == "choose" and screen.match_table.hasFocus()
    participant_id, code = next(iter(codes.items()))
    with qtbot.waitSignal(screen.checked_in, timeout=3000):
        burst(qtbot, screen.match_table, code)  # the scanner types into whatever has the focus
    assert admissions(db) == [participant_id]
    assert screen.panel.outcome == "admitted" and not screen.choosing


def test_undo_last_check_in_then_admit_again_exactly_once(qtbot: QtBot, screen: CheckInScreen, db: Database,
                                                          codes: dict[int, str]) -> None:
    participant_id, code = next(iter(codes.items()))
    scan(qtbot, screen, code)
    scan(qtbot, screen, "CD1" + "Q" * 33)  # a misread after the admission: undo still means that admission
    assert screen.panel.outcome == "unreadable" and screen.undo_button.isEnabled()
    dialog = screen.undo_last()
    assert screen.last.participant is None and "Undo the check-in of " + screen.last_admission.participant.name \
        in dialog.question.text()
    dialog.reason.setEditText("Wrong person")
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)  # Enter where the reason is typed
    assert not dialog.isVisible()
    assert screen.panel.outcome == "undone" and screen.panel.headline.text() == "CHECK-IN UNDONE"
    assert "Wrong person" in screen.panel.reason.text()
    assert admissions(db) == [] and not screen.undo_button.isEnabled()
    assert "Checked in today: 0 of" in screen.counter.text()
    with db.session() as s:
        events = s.execute(select(CheckInEvent.outcome, CheckInEvent.reason, CheckInEvent.reverses_event_id,
                                  CheckInEvent.operator).order_by(CheckInEvent.id)).all()
    assert [(e.outcome.value, e.reason) for e in events] == [("undone", ""), ("rejected", "unreadable"),
                                                             ("undo", "Wrong person")]
    assert events[2].reverses_event_id is not None and events[2].operator == "Lupita"
    qtbot.waitUntil(screen.input.hasFocus, timeout=2000)
    scan(qtbot, screen, code)
    assert screen.panel.outcome == "admitted" and admissions(db) == [participant_id]
    scan(qtbot, screen, code)
    assert screen.panel.outcome == "already" and admissions(db) == [participant_id]


def test_a_clerk_may_not_undo_another_clerks_check_in(qtbot: QtBot, db: Database, codes: dict[int, str],
                                                      tmp_path: Path) -> None:
    from conference_desk.core.desks.operators import create_operator, sign_in
    from conference_desk.ui.common import session_state

    create_operator(db, "Admin", "administrator", "0000")
    create_operator(db, "Lupita", "clerk", "1234")
    create_operator(db, "Tomas", "clerk", "5678")
    create_operator(db, "Marta", "organiser", "9012")
    items = list(codes.items())
    try:
        session_state.sign_in(sign_in(db, "Lupita", "1234"), "Desk 2")
        lupita = make_screen(qtbot, db, tmp_path, "l.ini")
        scan(qtbot, lupita, items[0][1])
        session_state.sign_in(sign_in(db, "Tomas", "5678"), "Desk 3")
        tomas = make_screen(qtbot, db, tmp_path, "t.ini")
        assert tomas.setup.operator == "Tomas"
        event_id = lupita.last.event_id
        assert tomas.undo_event(event_id, "mistake") is None
        assert tomas.panel.outcome == "rejected" and tomas.panel.headline.text() == "NOT UNDONE"
        assert "Only Lupita, who made this check-in, or a supervisor may undo it." in tomas.panel.reason.text()
        assert admissions(db) == [items[0][0]]
        session_state.sign_in(sign_in(db, "Marta", "9012"), "Desk 1")
        marta = make_screen(qtbot, db, tmp_path, "m.ini")
        attendance = marta.open_attendance()
        assert attendance.table.rowCount() == 1 and attendance.undo_button.isEnabled()
        attendance.undo_button.click()
        dialog = marta.last_dialog
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # the first common reason
        assert admissions(db) == []
        assert attendance.table.item(0, 5).text().startswith("undone: Admitted by mistake")
        assert not attendance.undo_button.isEnabled()
    finally:
        session_state.sign_out()
    wait_for_tasks()


# 5. Walk-in: Enter registers; Escape on a filled form asks --------------------------------------


def test_walk_in_enter_registers_and_escape_on_a_filled_form_asks(qtbot: QtBot, screen: CheckInScreen,
                                                                  db: Database) -> None:
    dialog = screen.open_walk_in()
    qtbot.keyClicks(dialog.given, "Aroha")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_question
    assert box is not None and box.isVisible() and dialog.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()  # keep editing
    assert dialog.isVisible() and dialog.given.text() == "Aroha"
    qtbot.keyClicks(dialog.family, "Ngata")
    dialog.where.setEditText("New Zealand")
    dialog.where.lineEdit().setFocus()
    with qtbot.waitSignal(screen.checked_in, timeout=3000):
        qtbot.keyClick(dialog.where.lineEdit(), Qt.Key.Key_Return)  # Enter in the country field registers
    assert not dialog.isVisible()
    assert screen.panel.outcome == "admitted" and screen.panel.name.text() == "Aroha Ngata"
    assert len(people_named(db, "Ngata")) == 1 and len(admissions(db)) == 1
    # A filled form discarded on purpose registers no one.
    dialog = screen.open_walk_in()
    qtbot.keyClicks(dialog.family, "Nobody")
    dialog.reject()
    dialog.discard_question.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible() and people_named(db, "Nobody") == []


# 6. The panel: one state, fading back to Ready; two refusals are two panels; it grows ----------


def test_the_panel_fades_to_ready_and_each_decision_is_a_new_panel(qtbot: QtBot, db: Database,
                                                                  codes: dict[int, str], tmp_path: Path) -> None:
    screen = make_screen(qtbot, db, tmp_path, "fade.ini", checkin__reset_seconds="2")
    scan(qtbot, screen, "CD1" + "X" * 33)
    assert screen.panel.outcome == "unreadable"
    first = (screen.panel.serial, screen.panel.stamp.text())
    scan(qtbot, screen, "CD1" + "X" * 33)
    assert screen.panel.outcome == "unreadable" and screen.panel.serial > first[0]
    assert screen.panel.stamp.text().endswith("desk Desk 2")
    qtbot.waitUntil(lambda: screen.panel.outcome == "ready", timeout=4000)
    assert screen.panel.headline.text() == "Ready — scan a badge"
    # Larger window, larger headline.
    small = screen.panel.headline.font().pixelSize()
    screen.resize(1900, 1050)
    qtbot.waitUntil(lambda: screen.panel.headline.font().pixelSize() > small, timeout=2000)
    wait_for_tasks()


# 7. Labels in the interface language; a walk-in's printed badge shows as printed, single layout -


def test_matches_show_category_labels_in_the_interface_language(qtbot: QtBot, screen: CheckInScreen,
                                                               db: Database) -> None:
    from conference_desk.core.foundation.models import Category

    with db.session() as s:
        labels = {c.label_en for c in s.scalars(select(Category))}
        codes_ = {c.code for c in s.scalars(select(Category))}
    qtbot.keyClicks(screen.input, "a", delay=80)
    qtbot.waitUntil(lambda: screen.match_table.rowCount() > 1, timeout=3000)
    shown = {screen.match_table.item(r, 2).text() for r in range(screen.match_table.rowCount())}
    assert shown and shown <= labels and not shown & (codes_ - labels)


def test_a_walk_in_badge_prints_alone_and_the_panel_says_printed(qtbot: QtBot, screen: CheckInScreen,
                                                                 db: Database, monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from conference_desk.ui.common import badge_printing

    layouts: list[str] = []
    real = badge_printing.service.print_badges

    def recording(db_, selection, path, style=None, **kw):
        layouts.append(style.layout)
        return real(db_, selection, path, style, **kw)

    monkeypatch.setattr(badge_printing.service, "print_badges", recording)

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(tmp_path / "printed.pdf"))
        return p

    screen.printing.printer_factory = printer
    dialog = screen.open_walk_in()
    qtbot.keyClicks(dialog.given, "Ana")
    qtbot.keyClicks(dialog.family, "Ruiz")
    dialog.where.setEditText("Mexico")
    with qtbot.waitSignal(screen.printing.finished, timeout=30_000):
        qtbot.keyClick(dialog.given, Qt.Key.Key_Return)  # the default: register, check in and print
    assert layouts == ["a6"]  # one A6 badge on its own page, not a four-up sheet
    assert screen.panel.outcome == "admitted"
    assert "badge printed (version 1)" in screen.panel.details.text()
    assert "printed" in screen.status.text()
    wait_for_tasks()


def test_a_single_a6_badge_is_an_a6_page(db: Database, codes: dict[int, str], tmp_path: Path) -> None:
    from dataclasses import replace as dc_replace

    from pypdf import PdfReader

    participant_id = next(iter(codes))
    style = dc_replace(service.load_style(db), layout="a6")
    service.print_badges(db, BadgeSelection(participant_ids=[participant_id]), tmp_path / "one.pdf", style)
    page = PdfReader(str(tmp_path / "one.pdf")).pages[0]
    width_mm, height_mm = float(page.mediabox.width) / 72 * 25.4, float(page.mediabox.height) / 72 * 25.4
    assert (round(width_mm), round(height_mm)) == (105, 148)


def test_french_desk_says_everything_in_french(qtbot: QtBot, languages, db: Database,  # noqa: ANN001
                                               codes: dict[int, str], tmp_path: Path) -> None:
    languages.set_language("fr")
    screen = make_screen(qtbot, db, tmp_path, "fr.ini")
    screen.set_language("fr")
    assert screen.panel.headline.text() == "Prêt — scannez un badge"
    assert screen.setup_button.text() == "Modifier le poste…"
    scan(qtbot, screen, next(iter(codes.values())))
    assert screen.panel.headline.text() == "ADMIS"
    qtbot.keyClicks(screen.input, "zzqx", delay=60)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.panel.headline.text() == "AUCUNE PERSONNE TROUVÉE"
    qtbot.keyClicks(screen.input, "a", delay=80)
    qtbot.waitUntil(lambda: screen.match_table.rowCount() > 1, timeout=3000)
    assert screen.match_table.horizontalHeaderItem(2).text() == "Catégorie"
    wait_for_tasks()
