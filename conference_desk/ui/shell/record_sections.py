"""The parts of a person's record that other capabilities own, given to the participant form.

People (the form) sits below Programme and Communications, so it cannot import
their widgets; the shell, which knows every capability, hands them in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from conference_desk.core.foundation.db import Database

from ..people.participant_form import RecordSection


def _sessions(db: Database, participant_id: int | None, language: str) -> QWidget:
    """Forum sign-ups and roles: written at once, not with Save (a forum's places are shared)."""
    from ..programme.participant_sessions import ParticipantSessionsBox

    return ParticipantSessionsBox(db, participant_id, language)


def _messages(db: Database, participant_id: int | None, language: str) -> QWidget:
    """What has been written to the person (Communications): read-only, only once they exist."""
    from ..communications.participant_messages import ParticipantMessagesBox

    box = ParticipantMessagesBox(db, participant_id)
    box.setVisible(participant_id is not None)
    return box


def record_sections() -> dict[str, RecordSection]:
    return {"sessions": _sessions, "messages": _messages}
