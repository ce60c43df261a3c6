"""The audit screen (filters, pages, before/after values, export) and what a clerk sees of sensitive fields."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conference_desk.core.foundation import audit
from conference_desk.core.desks import operators
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import AuditEntry, Category
from conference_desk.core.people.registration import save_participant
from conference_desk.ui.common import session_state
from conference_desk.ui.people.participant_form import ParticipantForm
from conference_desk.ui.safety.audit_screen import AuditScreen
from conference_desk.ui.people.screen import RegistrationScreen
from conference_desk.ui.common.tasks import wait_for_tasks


@pytest.fixture(autouse=True)
def _signed_out(languages) -> Iterator[None]:  # type: ignore[no-untyped-def]  # English, with its plural forms
    session_state.sign_out()
    yield
    session_state.sign_out()


@pytest.fixture
def logged(db: Database) -> Database:
    with db.session() as s:
        for n in range(520):
            entry = audit.record(s, audit.Actor(("Ana", "Luis")[n % 2], "Desk 1"), "update", "participant", n + 1,
                                 summary=f"Edited person {n}", changes={"city": [f"Lyon{n}", f"Paris{n}"]})
            entry.at = dt.datetime(2015, 9, 28, 9, 0) + dt.timedelta(minutes=n)
    return db


def _screen(qtbot: QtBot, db: Database) -> AuditScreen:
    screen = AuditScreen(db)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_filters_pages_and_the_detail_pane(qtbot: QtBot, logged: Database) -> None:
    screen = _screen(qtbot, logged)
    model = screen.model
    assert model.total == 521 and model.rowCount() == 200  # one page read, not the whole log
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    screen.operator.setCurrentText("Luis")
    screen.apply_filters()
    assert model.total == 260 and {model.row_at(i).operator for i in range(model.rowCount())} == {"Luis"}
    assert screen.count_label.text() == "260 entries"
    screen.search.setText("Paris519")
    qtbot.waitUntil(lambda: model.total == 1, timeout=3000)
    screen.table.selectRow(0)
    assert "Edited person 519" in screen.detail_title.text()
    cells = [screen.detail.item(0, c).text() for c in range(3)]
    assert cells == ["city", "Lyon519", "Paris519"]
    screen.operator.setCurrentText("")
    screen.search.setText("")
    screen.since.setDate(screen.since.minimumDate().addDays(0))
    screen.apply_filters()
    assert model.total == 521


def test_export_of_the_filtered_entries(qtbot: QtBot, logged: Database, tmp_path: Path) -> None:
    screen = _screen(qtbot, logged)
    screen.operator.setCurrentText("Ana")
    screen.apply_filters()
    out = tmp_path / "audit.csv"
    screen.export_to(str(out))
    wait_for_tasks()
    qtbot.waitUntil(lambda: "Exported 260 entries" in screen.message.text(), timeout=5000)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 261 and {r[2] for r in rows[1:]} == {"Ana"}


def _person(db: Database) -> int:
    with db.session() as s:
        category = s.scalar(select(Category.id).limit(1))
    return save_participant(db, {"family_name": "Secreta", "category_id": category, "passport_number": "PA1234567",
                                 "date_of_birth": dt.date(1970, 1, 2), "phone": "+52 55 9876 5432"})


def test_a_clerk_sees_masked_sensitive_fields_and_cannot_save(qtbot: QtBot, db: Database) -> None:
    pid = _person(db)
    operators.create_operator(db, "Ana", "administrator", "4321")
    operators.create_operator(db, "Lupita", "clerk", "1234")
    session_state.sign_in(operators.sign_in(db, "Lupita", "1234"), "Desk 4")
    screen = RegistrationScreen(db)
    qtbot.addWidget(screen)
    screen.set_read_only(True)
    form = screen.open_participant(pid)
    assert isinstance(form, ParticipantForm)
    assert form.edits["passport_number"].text() == "•••• 567"
    assert form.edits["date_of_birth"].text() == "••••"
    assert form.edits["phone"].text() == "•••• 32"
    assert form.edits["passport_number"].isReadOnly() and form.edits["family_name"].isReadOnly()
    assert "passport_number" not in form.values() and "PA1234567" not in str(form.values())
    assert not form.buttons.button(form.buttons.StandardButton.Save).isVisible()
    screen._update_sensitive_action()
    assert not screen.include_sensitive_action.isVisible() and not screen.include_sensitive()
    form.close()


def test_an_organiser_sees_and_edits_them(qtbot: QtBot, db: Database) -> None:
    pid = _person(db)
    operators.create_operator(db, "Ana", "administrator", "4321")
    operators.create_operator(db, "Olga", "organiser", "5678")
    session_state.sign_in(operators.sign_in(db, "Olga", "5678"), "Desk 1")
    form = ParticipantForm(db, pid)
    qtbot.addWidget(form)
    assert form.edits["passport_number"].text() == "PA1234567"
    assert form.edits["date_of_birth"].text() == "02/01/1970"  # as the date pickers show dates
    form.edits["passport_number"].setText("x1")
    assert "Passport number" in form.problem_label.text()
    form.edits["passport_number"].setText("pb 7654321")
    form.edits["date_of_birth"].setText("2999-01-01")
    assert "Date of birth" in form.problem_label.text()
    form.edits["date_of_birth"].setText("31/02/1971")
    assert "Date of birth" in form.problem_label.text()  # no 31 February
    form.edits["date_of_birth"].setText("03/02/1971")
    assert form.problems == {}
    assert form.values()["date_of_birth"] == dt.date(1971, 2, 3)
    form.save()
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update").order_by(AuditEntry.id.desc())).first()
    assert entry.operator == "Olga" and "PB7654321" not in entry.changes and "•••• 321" in entry.changes
