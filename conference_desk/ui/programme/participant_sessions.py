"""A participant's sessions on their detail form: roles, forum sign-ups, signing up and cancelling.

Sign-ups are written at once (one audited transaction each), apart from the
form's Save: the forum's places are shared with every other desk.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.programme import signups
from conference_desk.core.programme import timetable as tt
from conference_desk.core.programme.signups import AgendaItem

from ..common import labels
from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from ..common.tasks import run_task

COL_WHEN, COL_SESSION, COL_ROOM, COL_WHAT = range(4)


class ParticipantSessionsBox(QGroupBox):
    """The sessions of one participant (None: a new participant, who must be saved first)."""

    def __init__(self, db: Database, participant_id: int | None, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantSessions")
        self.db = db
        self.participant_id = participant_id
        self.language = language
        self.items: list[AgendaItem] = []

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("sessionsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column in (COL_WHEN, COL_ROOM, COL_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SESSION, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(150)
        self.table.itemSelectionChanged.connect(self._selection)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelSignUp")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.forum = QComboBox()
        self.forum.setObjectName("forum")
        self.forum.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.forum.setMinimumContentsLength(24)
        self.sign_up_button = QPushButton()
        self.sign_up_button.setObjectName("signUp")
        self.sign_up_button.clicked.connect(self.sign_up)
        self.message = QLabel()
        self.message.setObjectName("sessionsMessage")
        self.message.setWordWrap(True)

        add = QHBoxLayout()
        add.addWidget(self.forum, 1)
        add.addWidget(self.sign_up_button)
        under = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        under.addWidget(self.note, 1)
        self.agenda_button = QPushButton()
        self.agenda_button.setObjectName("personalAgenda")
        self.agenda_button.clicked.connect(self.export_agenda)
        under.addWidget(self.agenda_button, 0, Qt.AlignmentFlag.AlignTop)
        under.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(under)
        layout.addLayout(add)
        layout.addWidget(self.message)

        self.retranslate()
        self.reload()

    # -- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the participant's sessions and the forums open to them."""
        if self.participant_id is None:
            self.items = []
            self._show()
            return
        try:
            self.items = signups.sessions_of_participant(self.db, self.participant_id)
            timetable = tt.load_timetable(self.db)
        except ConferenceDeskError as exc:
            self._say(translate_core(message_of(exc)), error=True)
            return
        signed = {item.session_id for item in self.items if item.signed_up}
        current = self.forum.currentData()
        self.forum.clear()
        self.forum.addItem(self.tr("Choose a forum…"), None)
        for s in timetable.all_sessions():
            if s.is_forum and s.id not in signed:
                self.forum.addItem(self._forum_text(s), s.id)
        self.forum.setCurrentIndex(max(0, self.forum.findData(current)))
        self._show()

    def _when(self, starts_at: dt.datetime | None, ends_at: dt.datetime | None, short: bool = False) -> str:
        if starts_at is None or ends_at is None:
            return self.tr("no time yet")
        day = locale_for(self.language).toString(QDate(starts_at.year, starts_at.month, starts_at.day),
                                                 "ddd d" if short else "ddd d MMM")
        return f"{day} {starts_at:%H:%M}–{ends_at:%H:%M}"

    def _forum_text(self, s: tt.SessionInfo) -> str:
        text = f"{s.code} — {tt.shorten(s.title(self.language), 44)} — {self._when(s.starts_at, s.ends_at)}"
        if s.capacity is None:
            places = self.tr("no limit")
        elif s.sign_ups >= s.capacity:
            places = self.tr("full, %1 waiting").replace("%1", str(s.waitlist))
        else:
            places = self.tr("%1 free").replace("%1", str(s.capacity - s.sign_ups))
        return f"{text} ({places})"

    def _show(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            what = [labels.label("session_role", role) for role in item.roles]
            if item.waitlisted:
                what.append(self.tr("waiting list, position %1").replace("%1", str(item.waitlist_position)))
            elif item.signed_up:
                what.append(self.tr("signed up"))
            cells = (self._when(item.starts_at, item.ends_at, short=True), f"{item.code} {item.title(self.language)}",
                     item.room_name, ", ".join(what))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.session_id)
                self.table.setItem(row, column, cell)
        new = self.participant_id is None
        for widget in (self.table, self.forum, self.sign_up_button):
            widget.setEnabled(not new)
        self._selection()

    # -- actions -----------------------------------------------------------------------

    def selected_item(self) -> AgendaItem | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.items[rows.pop()] if len(rows) == 1 else None

    def _selection(self) -> None:
        item = self.selected_item()
        self.cancel_button.setEnabled(item is not None and item.signed_up)

    def sign_up(self) -> None:
        session_id = self.forum.currentData()
        if self.participant_id is None:
            return
        if session_id is None:
            self._say(self.tr("Choose a forum first."), error=True)
            return
        try:
            result = signups.sign_up(self.db, session_id, self.participant_id, Actor())
        except ConferenceDeskError as exc:
            self._say(translate_core(message_of(exc)), error=True)
            return
        self.forum.setCurrentIndex(0)
        self.reload()
        self._say(translate_core(result.message), warning=result.waitlisted)

    def cancel_selected(self) -> None:
        item = self.selected_item()
        if item is None or not item.signed_up or self.participant_id is None:
            return
        try:
            result = signups.cancel_sign_up(self.db, item.session_id, self.participant_id, Actor())
        except ConferenceDeskError as exc:
            self._say(translate_core(message_of(exc)), error=True)
            return
        self.reload()
        self._say(translate_core(result.message))

    def export_agenda(self) -> None:
        """The participant's personal agenda as a PDF, in the interface language."""
        if self.participant_id is None:
            return
        folder = QSettings().value("programme/export_folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Personal agenda"),
                                              str(Path(str(folder)) / f"agenda-{self.participant_id}.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            QSettings().setValue("programme/export_folder", str(Path(path).parent))
            self.write_agenda(Path(path))

    def write_agenda(self, path: Path) -> None:
        from conference_desk.core.programme.agenda import write_personal_agenda
        from conference_desk.core.transport.service import transfers_of

        db, participant_id, language = self.db, self.participant_id, self.language
        assert participant_id is not None
        self._say(self.tr("Writing %1…").replace("%1", path.name))
        run_task(lambda _progress: write_personal_agenda(db, participant_id, path, language,
                                                          transfers_of(db, participant_id, language)),
                 lambda _result: self._say(self.tr("Agenda written: %1").replace("%1", str(path))),
                 lambda message: self._say(translate_core(message), error=True), owner=self)

    def _say(self, text: str, error: bool = False, warning: bool = False) -> None:
        colour = "#c62828" if error else "#8a5a00" if warning else "#2e7d32"
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)

    # -- text ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sessions"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Session"), self.tr("Room"),
                                              self.tr("Role or sign-up")])
        self.cancel_button.setText(self.tr("Cancel sign-up"))
        self.sign_up_button.setText(self.tr("Sign up"))
        self.agenda_button.setText(self.tr("Agenda (PDF)…"))
        self.agenda_button.setToolTip(self.tr("This participant's sessions, roles and rooms, to print or send"))
        self.agenda_button.setEnabled(self.participant_id is not None)
        if self.participant_id is None:
            self.note.setText(self.tr("Save the participant first to sign them up to forums."))
        else:
            self.note.setText(self.tr("Sign-ups are saved at once; a full forum puts them on its waiting list."))
        if self.forum.count():
            self.forum.setItemText(0, self.tr("Choose a forum…"))
        if hasattr(self, "items") and self.items:
            self._show()
