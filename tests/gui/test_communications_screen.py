"""The Communications area: preview of the exact message, queue, outbox shown."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conference_desk.core.db import Database
from conference_desk.core.demo import populate_demo
from conference_desk.core.models import MailMessage, Participant
from conference_desk.ui.communications import CommunicationsScreen

pytestmark = pytest.mark.gui


def test_preview_then_queue_for_a_delegation(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    populate_demo(db, participants=60, seed=3)
    with db.session() as s:
        first = s.scalars(select(Participant).order_by(Participant.id)).first()
        pid, email = first.id, first.email
    screen = CommunicationsScreen(db, "en")
    qtbot.addWidget(screen)
    screen.template.setCurrentIndex(screen.template.findData("hotel"))
    screen.preview_id.setValue(pid)
    screen.show_preview()
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


def test_main_window_has_a_communications_area(window) -> None:  # type: ignore[no-untyped-def]
    screen = window.screens["communications"]
    assert isinstance(screen, CommunicationsScreen)
