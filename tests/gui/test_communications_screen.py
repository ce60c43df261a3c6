"""The Communications area: preview of the exact message, queue, outbox shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from conference_desk.core.foundation.db import Database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import MailMessage, Participant
from conference_desk.ui.communications import CommunicationsScreen

pytestmark = pytest.mark.gui


def pick(qtbot, picker, name: str, pid: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """Type a name in a participant picker and choose the person (the first match, or ``pid``)."""
    picker.search.setText(name)
    picker.search_now()
    rows = [picker.results.item(i) for i in range(picker.results.count())]
    wanted = next(item for item in rows if pid is None or item.data(Qt.ItemDataRole.UserRole) == pid)
    picker.results.setCurrentItem(wanted)


def test_preview_then_queue_for_a_delegation(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    populate_demo(db, participants=60, seed=3)
    with db.session() as s:
        first = s.scalars(select(Participant).order_by(Participant.id)).first()
        pid, email, family = first.id, first.email, first.family_name
    screen = CommunicationsScreen(db, "en")
    qtbot.addWidget(screen)
    screen.template.setCurrentIndex(screen.template.findData("hotel"))
    pick(qtbot, screen.preview_person, family, pid)  # typed by name; choosing shows the preview
    qtbot.waitUntil(lambda: email in screen.preview_subject.text(), timeout=5000)
    assert email in screen.preview_subject.text()
    assert screen.preview_text.toPlainText().strip()
    screen.recipients.setCurrentIndex(screen.recipients.findData("participants"))
    screen.recipient_value.setText(str(pid))
    screen.queue_messages()
    with db.session() as s:
        (row,) = s.scalars(select(MailMessage))
        assert row.participant_id == pid and row.state.value == "queued"
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 3).text() == email
    assert "Queued 1" in screen.counts.text()
    # The message is on the person's record: their form lists it, in the interface language.
    from conference_desk.ui.people.participant_form import ParticipantForm
    from conference_desk.ui.shell.record_sections import record_sections

    form = ParticipantForm(db, pid, "en", sections=record_sections())
    qtbot.addWidget(form)
    box = form.sections["messages"]
    assert box.table.rowCount() == 1 and not box.empty.isVisibleTo(form)
    assert box.table.item(0, 1).text().startswith("Hotel details — ")
    assert (box.table.item(0, 2).text(), box.table.item(0, 3).text()) == ("queued", email)
    other = ParticipantForm(db, pid + 1, "en", sections=record_sections())
    qtbot.addWidget(other)
    assert other.sections["messages"].table.rowCount() == 0 and other.sections["messages"].empty.isVisibleTo(other)


def test_main_window_has_a_communications_area(window) -> None:  # type: ignore[no-untyped-def]
    screen = window.screens["communications"]
    assert isinstance(screen, CommunicationsScreen)


def test_recipients_from_the_registration_screens_filter_and_interrupted_sends_shown_unknown(
        qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sqlalchemy import update

    from conference_desk.core.communications import outbox
    from conference_desk.core.foundation.models import MailState
    from conference_desk.core.people.registration import ParticipantQuery

    populate_demo(db, participants=60, seed=3)
    with db.session() as s:
        first = s.scalars(select(Participant).order_by(Participant.id)).first()
        family = first.family_name_latin or first.family_name
        delegation_id = first.delegation_id
    query = ParticipantQuery(delegation_id=delegation_id)
    screen = CommunicationsScreen(db, "en", registration_query=lambda: query)
    qtbot.addWidget(screen)
    screen.template.setCurrentIndex(screen.template.findData("agenda"))
    screen.recipients.setCurrentIndex(screen.recipients.findData("registration"))
    screen.queue_messages()
    expected = outbox.select_recipients(db, outbox.Recipients(query=query))
    assert family and expected
    with db.session() as s:
        queued = sorted(s.scalars(select(MailMessage.participant_id)))
    assert queued == sorted(expected)
    # A sender killed mid-message left one row "sending" long ago: the screen shows it as unknown.
    with db.session() as s:
        s.execute(update(MailMessage).where(MailMessage.participant_id == expected[0])
                  .values(state=MailState.SENDING, sending_at=dt.datetime(2015, 9, 1)))
    screen.reload()
    states = [screen.table.item(r, 1).text() for r in range(screen.table.rowCount())]
    assert states.count("unknown") == 1
    with db.session() as s:
        unknown = s.get(Participant, expected[0])
    pick(qtbot, screen.only_person, unknown.family_name, unknown.id)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1, timeout=5000)
    assert screen.table.rowCount() == 1 and screen.table.item(0, 1).text() == "unknown"


def test_the_screen_follows_a_language_change(qtbot, db: Database, languages) -> None:  # type: ignore[no-untyped-def]
    screen = CommunicationsScreen(db, "en")
    qtbot.addWidget(screen)
    assert screen.tabs.tabText(1) == "Outbox"
    languages.set_language("es")
    qtbot.waitUntil(lambda: screen.tabs.tabText(1) == "Bandeja de salida")
    assert screen.send_button.text() == "Enviar los mensajes en cola"
    languages.set_language("en")
