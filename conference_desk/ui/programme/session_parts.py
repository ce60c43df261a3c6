"""What the tabs of the session dialog share: colours, a note, a read-only table, a message line.

The People and Sign-ups tabs write at once, to the session the dialog edits;
``SessionHost`` is what they need of the dialog (the session, saved first when
it is new, and word that something was written).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget

from conference_desk.core.programme.timetable import SessionInfo

ERROR_COLOUR = "#c62828"
ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"
NOTE_STYLE = "color: #555;"


class SessionHost(Protocol):
    """The dialog, as the People and Sign-ups tabs see it."""

    session_id: int | None  # None until a new session is saved
    info: SessionInfo | None  # as last read

    def ensure_saved(self) -> bool:
        """A new session is saved before people or sign-ups are added to it; False if it could not be."""
        ...

    def written(self) -> None:
        """Something was written: the caller must reload, and ``info`` is read again."""
        ...


def note_label() -> QLabel:
    """A grey explanation under a field or a list."""
    note = QLabel()
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    return note


def read_only_table(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)


def say(label: QLabel, text: str, error: bool = False, warning: bool = False) -> None:
    """The outcome of a click, in red (refused), amber (done, with a catch) or green (done)."""
    colour = ERROR_COLOUR if error else "#8a5a00" if warning else "#2e7d32"
    label.setStyleSheet(f"color: {colour};")
    label.setText(text)
