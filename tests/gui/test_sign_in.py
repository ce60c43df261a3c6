"""Signing in at a desk: the dialog, what a clerk sees, who the audit log names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conference_desk.core.checkin import service as checkin
from conference_desk.core.desks import operators
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import AuditEntry, CheckInEvent
from conference_desk.ui.common import session_state
from conference_desk.ui.desks.sign_in_dialog import SignInDialog
from conference_desk.ui.common.i18n import LanguageManager
from conference_desk.ui.shell.main_window import MainWindow
from conference_desk.ui.common.tasks import wait_for_tasks


@pytest.fixture(autouse=True)
def _signed_out() -> Iterator[None]:
    session_state.sign_out()
    yield
    session_state.sign_out()


def _window(qtbot: QtBot, db: Database, languages: LanguageManager, settings: QSettings) -> MainWindow:
    win = MainWindow(db, languages, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.overview.summary is not None, timeout=10_000)
    return win


def visible_areas(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count()) if not win.nav.item(i).isHidden()]


def test_no_operators_no_sign_in(qtbot: QtBot, db: Database, languages: LanguageManager,
                                 settings: QSettings) -> None:
    win = _window(qtbot, db, languages, settings)
    assert win.require_sign_in() is None
    assert session_state.current_role() == "administrator"
    assert "Hotels" in visible_areas(win) and not win.operator_label.isVisible()
    wait_for_tasks()


def test_wrong_pin_refused_then_a_clerk_sees_the_desk_areas_only(
        qtbot: QtBot, db: Database, languages: LanguageManager, settings: QSettings) -> None:
    operators.create_operator(db, "Ana", "administrator", "4321")
    operators.create_operator(db, "Lupita", "clerk", "1234")
    settings.setValue("desk/name", "Desk 4")
    win = _window(qtbot, db, languages, settings)
    dialog = win.require_sign_in()
    assert isinstance(dialog, SignInDialog)
    dialog.name.setCurrentText("Lupita")
    dialog.pin.setText("0000")
    assert dialog.try_sign_in() is False
    assert "Wrong PIN" in dialog.message.text() and "4 more" in dialog.message.text()
    assert session_state.current_operator() is None
    dialog.pin.setText("1234")
    assert dialog.try_sign_in() is True
    assert session_state.current_role() == "clerk"
    assert visible_areas(win) == ["Conference", "Delegations & participants", "Badges", "Check-in"]
    assert win.operator_label.text() == "Signed in: Lupita (clerk) · Desk 4"
    assert win.registration.new_button.isHidden() and win.registration.import_button.isHidden()
    desk_screen = win.screens["checkin"]
    assert (desk_screen.setup.operator, desk_screen.setup.desk) == ("Lupita", "Desk 4")
    assert "Operator: Lupita" in desk_screen.setup_label.text()
    assert desk_screen.open_setup().operator.isReadOnly()  # the signed-in operator, not a free field

    # A check-in at this desk and a change through a core default actor both name the operator.
    point = checkin.CheckInPoint(desk=session_state.desk_name(settings), operator=session_state.current_actor().operator)
    pid, _outcome = checkin.register_walk_in(
        db, {"given_name": "Rosa", "family_name": "Walkin", "country": "MEX", "category": "delegate"}, point,
        now=dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc))
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "participant",
                                                   AuditEntry.entity_id == pid)).one()
        assert (entry.operator, entry.desk) == ("Lupita", "Desk 4")
        event = s.scalars(select(CheckInEvent).where(CheckInEvent.participant_id == pid)).one()
        assert (event.operator, event.desk) == ("Lupita", "Desk 4")
    assert session_state.current_actor().operator == "Lupita"

    win.sign_out_action.trigger()
    assert session_state.current_operator() is None
    assert isinstance(win.sign_in_dialog, SignInDialog)
    win.sign_in_dialog.name.setCurrentText("Ana")
    win.sign_in_dialog.pin.setText("4321")
    assert win.sign_in_dialog.try_sign_in()
    assert "Hotels" in visible_areas(win) and "Interpreters" in visible_areas(win)
    wait_for_tasks()


def test_lock_out_message(qtbot: QtBot, db: Database, settings: QSettings) -> None:
    operators.create_operator(db, "Ana", "administrator", "4321")
    dialog = SignInDialog(db, settings)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Ana")
    for _ in range(operators.MAX_FAILED):
        dialog.pin.setText("0000")
        dialog.try_sign_in()
    assert "Locked out" in dialog.message.text() and "60 second" in dialog.message.text()
    dialog.pin.setText("4321")
    assert dialog.try_sign_in() is False
    assert "Locked out" in dialog.message.text()


def test_connect_dialog_remembers_the_password_only_when_asked(qtbot: QtBot, settings: QSettings) -> None:
    from conference_desk.ui.desks.connect_dialog import ConnectDialog

    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("postgresql+psycopg://iclc_clerk:s3cret@10.0.0.5:5433/iclc")
    dialog._url_pasted()
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == (
        "10.0.0.5", 5433, "iclc", "iclc_clerk")
    assert dialog.url() == "postgresql+psycopg://iclc_clerk:s3cret@10.0.0.5:5433/iclc"
    dialog.remember_fields()
    assert settings.value("server/host") == "10.0.0.5" and settings.value("server/password") is None
    dialog.remember.setChecked(True)
    dialog.remember_fields()
    assert settings.value("server/password") == "s3cret"
