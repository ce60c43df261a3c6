"""The session dialog (create/edit a programme session, its people and sign-ups) and the
Sessions section of the participant form, driven through their widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import MemberState, ProgrammeSession, SessionPerson, SignUp
from conference_desk.core.people.registration import category_choices, save_participant
from conference_desk.ui.programme.session_dialog import SessionDialog
from conference_desk.ui.people.participant_form import ParticipantForm
from conference_desk.ui.shell.record_sections import record_sections


def _session(db: Database, code: str) -> ProgrammeSession:
    with db.session() as s:
        row = s.scalar(select(ProgrammeSession).where(ProgrammeSession.code == code))
        assert row is not None
        s.expunge(row)
        return row


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Three participants (the ``db`` fixture has none)."""
    with db.session() as s:
        cats = {c.extra: c.id for c in category_choices(s)}
        states = dict(s.execute(select(MemberState.iso3, MemberState.id)).all())
    return {
        "anna": save_participant(db, {"given_name": "Anna", "family_name": "Müller", "category_id": cats["delegate"],
                                      "member_state_id": states["DEU"]}),
        "jose": save_participant(db, {"given_name": "José", "family_name": "García López",
                                      "category_id": cats["head"], "member_state_id": states["MEX"]}),
        "amina": save_participant(db, {"given_name": "Amina", "family_name": "Diallo",
                                       "category_id": cats["mayor"], "member_state_id": states["SEN"]}),
    }


@pytest.fixture
def open_dialog(qtbot: QtBot, db: Database, languages) -> Iterator:  # type: ignore[no-untyped-def]
    def make(code: str | None) -> SessionDialog:
        session_id = _session(db, code).id if code else None
        dialog = SessionDialog(db, session_id, "en", None, default_day=dt.date(2015, 9, 28))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield make


def _find(qtbot: QtBot, picker, text: str) -> None:  # type: ignore[no-untyped-def]
    picker.search.clear()
    qtbot.keyClicks(picker.search, text)
    qtbot.waitUntil(lambda: picker.participant_id is not None, timeout=3000)


def test_editing_the_title_and_time_saves_the_row(
        qtbot: QtBot, db: Database, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog("TF1")
    assert dialog.code.text() == "TF1"
    assert dialog.selected_day() == dt.date(2015, 9, 28)
    assert dialog.starts.time() == QTime(17, 0)
    dialog.titles["en"].selectAll()
    qtbot.keyClicks(dialog.titles["en"], "Thematic forum: Inclusive learning for all")
    dialog.starts.setTime(QTime(17, 30))
    dialog.ends.setTime(QTime(19, 0))
    assert dialog.duration.text() == "(1 h 30 min)"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    row = _session(db, "TF1")
    assert row.title_en == "Thematic forum: Inclusive learning for all"
    assert row.starts_at == dt.datetime(2015, 9, 28, 17, 30)
    assert row.ends_at == dt.datetime(2015, 9, 28, 19, 0)


def test_an_end_before_the_start_is_shown_under_the_time_and_nothing_is_saved(
        qtbot: QtBot, db: Database, open_dialog) -> None:  # type: ignore[no-untyped-def]
    before = _session(db, "TF1")
    dialog = open_dialog("TF1")
    dialog.titles["en"].setText("Changed title")
    dialog.ends.setTime(QTime(16, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.field_errors["ends_at"]
    assert error.isVisible()
    assert "must end after it starts" in error.text()
    assert "Not saved" in dialog.problem_label.text()
    assert dialog.tabs.currentIndex() == 0
    after = _session(db, "TF1")
    assert (after.title_en, after.ends_at) == (before.title_en, before.ends_at)
    # Correcting the time clears the message; saving then works.
    dialog.ends.setTime(QTime(18, 45))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _session(db, "TF1").ends_at == dt.datetime(2015, 9, 28, 18, 45)


def test_a_new_session_without_a_code_or_title_names_both_fields(
        qtbot: QtBot, db: Database, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(None)
    assert dialog.windowTitle() == "New session"
    assert not dialog.delete_button.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "code is required" in dialog.field_errors["code"].text()
    assert "English title is required" in dialog.field_errors["title_en"].text()
    qtbot.keyClicks(dialog.code, "WS1")
    assert not dialog.field_errors["code"].isVisible()  # editing a field clears its message
    qtbot.keyClicks(dialog.titles["en"], "Workshop on city learning festivals")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = _session(db, "WS1")
    assert row.starts_at == dt.datetime(2015, 9, 28, 9, 0)  # the screen's day, 09:00–10:30
    assert row.venue_room_id is None


def test_adding_and_removing_a_speaker(
        qtbot: QtBot, db: Database, people: dict[str, int], open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog("P1")
    dialog.tabs.setCurrentIndex(1)
    assert not dialog.add_person_button.isEnabled()
    _find(qtbot, dialog.person_picker, "muller")  # accent-insensitive
    assert "Anna Müller" in dialog.person_picker.results.item(0).text()
    dialog.role.setCurrentIndex(dialog.role.findData("speaker"))
    qtbot.mouseClick(dialog.add_person_button, Qt.MouseButton.LeftButton)

    assert dialog.people_table.rowCount() == 1
    assert dialog.people_table.item(0, 0).text() == "Anna Müller"
    assert dialog.people_table.item(0, 1).text() == "Speaker"
    assert "Anna Müller added as speaker" in dialog.people_message.text()
    with db.session() as s:
        roles = s.execute(select(SessionPerson.participant_id, SessionPerson.role)).all()
    assert [(pid, role.value) for pid, role in roles] == [(people["anna"], "speaker")]

    dialog.people_table.selectRow(0)
    qtbot.mouseClick(dialog.remove_person_button, Qt.MouseButton.LeftButton)
    assert dialog.people_table.rowCount() == 0
    with db.session() as s:
        assert s.scalar(select(SessionPerson)) is None
    # Cancel still reports the change, so the timetable reloads.
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_full_forum_waitlists_and_a_cancellation_promotes(
        qtbot: QtBot, db: Database, people: dict[str, int], open_dialog) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        s.scalar(select(ProgrammeSession).where(ProgrammeSession.code == "TF2")).max_sign_ups = 1
    dialog = open_dialog("TF2")
    assert dialog.tabs.isTabEnabled(2)
    dialog.tabs.setCurrentIndex(2)
    assert dialog.capacity_label.text() == "0 of 1 places taken"

    _find(qtbot, dialog.signup_picker, "Anna")
    qtbot.mouseClick(dialog.add_signup_button, Qt.MouseButton.LeftButton)
    assert dialog.placed_table.rowCount() == 1
    assert "Anna Müller signed up" in dialog.signup_message.text()

    _find(qtbot, dialog.signup_picker, "garcia")
    qtbot.mouseClick(dialog.add_signup_button, Qt.MouseButton.LeftButton)
    assert "is full (1 of 1 places)" in dialog.signup_message.text()
    assert "added to the waiting list, position 1" in dialog.signup_message.text()
    assert dialog.waiting_table.rowCount() == 1
    assert dialog.waiting_table.item(0, 0).text() == "1"
    assert dialog.waiting_table.item(0, 1).text() == "José García López"
    assert dialog.capacity_label.text() == "1 of 1 places taken, 1 waiting"

    dialog.placed_table.selectRow(0)
    qtbot.mouseClick(dialog.cancel_placed_button, Qt.MouseButton.LeftButton)
    assert "José García López moved up from the waiting list" in dialog.signup_message.text()
    assert [dialog.placed_table.item(r, 0).text() for r in range(dialog.placed_table.rowCount())] == [
        "José García López"]
    assert dialog.waiting_table.rowCount() == 0
    with db.session() as s:
        rows = s.execute(select(SignUp.participant_id, SignUp.waitlisted)).all()
    assert rows == [(people["jose"], False)]


def test_sign_ups_are_only_for_forums(open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog("P1")
    assert not dialog.tabs.isTabEnabled(2)
    assert not dialog.cap.isEnabled()
    dialog.type.setCurrentIndex(dialog.type.findData("regional_forum"))
    assert dialog.tabs.isTabEnabled(2)


def test_delete_asks_first_and_says_what_goes_with_it(
        qtbot: QtBot, db: Database, people: dict[str, int], open_dialog,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.core.programme import signups
    from conference_desk.core.programme import timetable as tt

    tf3 = _session(db, "TF3").id
    signups.sign_up(db, tf3, people["anna"])
    tt.add_person(db, tf3, people["amina"], "moderator")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = open_dialog("TF3")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Delete the session TF3" in asked[0]
    assert "1 person with a role in it, 1 sign-up" in asked[0]
    assert dialog.isVisible()
    _session(db, "TF3")  # still there

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.deleted
    with db.session() as s:
        assert s.scalar(select(ProgrammeSession).where(ProgrammeSession.code == "TF3")) is None
        assert s.scalar(select(SignUp).where(SignUp.session_id == tf3)) is None


def test_the_participant_form_signs_up_to_a_forum_and_cancels(
        qtbot: QtBot, db: Database, people: dict[str, int], languages) -> None:  # type: ignore[no-untyped-def]
    form = ParticipantForm(db, people["amina"], "en", sections=record_sections())
    qtbot.addWidget(form)
    form.show()
    box = form.sections["sessions"]
    assert box.table.rowCount() == 0
    tf2 = _session(db, "TF2").id
    index = box.forum.findData(tf2)
    assert index > 0
    assert "TF2" in box.forum.itemText(index) and "180 free" in box.forum.itemText(index)
    box.forum.setCurrentIndex(index)
    qtbot.mouseClick(box.sign_up_button, Qt.MouseButton.LeftButton)

    assert "Amina Diallo signed up" in box.message.text()
    assert box.table.rowCount() == 1
    assert box.table.item(0, 1).text().startswith("TF2 ")
    assert box.table.item(0, 2).text() == "Antigua Capilla"
    assert box.table.item(0, 3).text() == "signed up"
    assert box.forum.findData(tf2) == -1  # no longer offered
    with db.session() as s:
        assert s.execute(select(SignUp.session_id, SignUp.participant_id)).all() == [(tf2, people["amina"])]

    box.table.selectRow(0)
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert "was cancelled" in box.message.text()
    assert box.table.rowCount() == 0
    with db.session() as s:
        assert s.scalar(select(SignUp)) is None
    # The form itself is untouched: Save still saves the participant.
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert form.saved_id == people["amina"]


def test_a_new_participant_must_be_saved_before_signing_up(
        qtbot: QtBot, db: Database, languages) -> None:  # type: ignore[no-untyped-def]
    form = ParticipantForm(db, None, "en", sections=record_sections())
    qtbot.addWidget(form)
    assert not form.sections["sessions"].sign_up_button.isEnabled()
    assert "Save the participant first" in form.sections["sessions"].note.text()


def test_the_participant_form_writes_a_personal_agenda(
        qtbot: QtBot, db: Database, people: dict[str, int], tmp_path, languages) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from conference_desk.ui.common.tasks import wait_for_tasks

    form = ParticipantForm(db, people["amina"], "fr", sections=record_sections())
    qtbot.addWidget(form)
    box = form.sections["sessions"]
    box.forum.setCurrentIndex(box.forum.findData(_session(db, "TF2").id))
    qtbot.mouseClick(box.sign_up_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "agenda.pdf"
    box.write_agenda(out)
    qtbot.waitUntil(lambda: out.exists() and "agenda.pdf" in box.message.text() and "Writing" not in box.message.text(),
                    timeout=20_000)
    wait_for_tasks()
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Diallo" in text
    assert "TF2" in text or "Forum thématique" in text


def test_a_whole_delegation_is_signed_up_at_once_or_not_at_all(
        qtbot: QtBot, db: Database, people: dict[str, int], open_dialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from conference_desk.core.foundation.models import Participant

    with db.session() as s:
        germany = s.get(Participant, people["anna"]).delegation_id
        category = s.get(Participant, people["anna"]).category_id
    save_participant(db, {"given_name": "Jonas", "family_name": "Weber", "category_id": category,
                          "delegation_id": germany})
    dialog = open_dialog("TF2")
    dialog.tabs.setCurrentIndex(2)
    offered: list[str] = []

    def choose(_parent, _title, _label, items, *_args):  # type: ignore[no-untyped-def]
        offered.extend(items)
        return next(i for i in items if i.startswith("Germany")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    qtbot.mouseClick(dialog.add_delegation_button, Qt.MouseButton.LeftButton)
    assert "Germany (2 people)" in offered
    assert dialog.placed_table.rowCount() == 2
    with db.session() as s:
        placed = set(s.scalars(select(SignUp.participant_id).where(SignUp.waitlisted.is_(False))))
    assert len(placed) == 2 and people["anna"] in placed

    # A forum with one free place and no waiting list: the core refuses the whole delegation.
    tf3 = _session(db, "TF3").id
    from conference_desk.core.programme import signups
    from conference_desk.core.programme.errors import SignUpError

    with db.session() as s:
        s.get(ProgrammeSession, tf3).max_sign_ups = 1
    with pytest.raises(SignUpError):
        signups.sign_up_delegation(db, tf3, germany, waitlist_if_full=False)
    with db.session() as s:
        assert s.scalar(select(SignUp).where(SignUp.session_id == tf3)) is None
