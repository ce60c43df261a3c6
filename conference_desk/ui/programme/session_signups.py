"""The "Sign-ups" tab of the session dialog: who has a place in a forum, and who waits for one.

Only forums take sign-ups.  Every click writes at once, one audited transaction
(signing someone up to a new session saves the session first): when the forum
is full a sign-up goes on the waiting list, and a cancelled place goes to the
first person waiting.  A whole delegation is signed up, or nobody.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
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

from ..common.core_messages import translate_core
from ..common.participant_picker import ParticipantPicker
from .session_parts import SessionHost, note_label, read_only_table, say


class SessionSignUps(QWidget):
    """Places taken and the waiting list, and signing people up (the dialog calls ``retranslate``)."""

    def __init__(self, db: Database, language: str, host: SessionHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.host = host
        self.capacity_label = QLabel()
        self.capacity_label.setObjectName("capacityLine")
        font = self.capacity_label.font()
        font.setBold(True)
        self.capacity_label.setFont(font)
        self.placed_table = QTableWidget(0, 1)
        self.placed_table.setObjectName("placedTable")
        self.waiting_table = QTableWidget(0, 2)
        self.waiting_table.setObjectName("waitingTable")
        for table in (self.placed_table, self.waiting_table):
            read_only_table(table)
            table.itemSelectionChanged.connect(self._signup_selection)
        self.cancel_placed_button = QPushButton()
        self.cancel_placed_button.setObjectName("cancelPlaced")
        self.cancel_placed_button.clicked.connect(lambda: self.cancel_selected_sign_up(self.placed_table))
        self.cancel_waiting_button = QPushButton()
        self.cancel_waiting_button.setObjectName("cancelWaiting")
        self.cancel_waiting_button.clicked.connect(lambda: self.cancel_selected_sign_up(self.waiting_table))
        self.placed_box, self.waiting_box = QGroupBox(), QGroupBox()
        for box, table, button in ((self.placed_box, self.placed_table, self.cancel_placed_button),
                                   (self.waiting_box, self.waiting_table, self.cancel_waiting_button)):
            column = QVBoxLayout(box)
            column.addWidget(table, 1)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        lists = QHBoxLayout()
        lists.addWidget(self.placed_box, 3)
        lists.addWidget(self.waiting_box, 2)

        self.signup_picker = ParticipantPicker(self.db, self.language)
        self.signup_picker.setObjectName("signUpPicker")
        self.signup_picker.chosen.connect(lambda _pid: self._signup_selection())
        self.signup_picker.activated.connect(lambda _pid: self.add_sign_up())
        self.add_signup_button = QPushButton()
        self.add_signup_button.setObjectName("addSignUp")
        self.add_signup_button.clicked.connect(self.add_sign_up)
        self.add_signup_box = QGroupBox()
        self.add_delegation_button = QPushButton()
        self.add_delegation_button.setObjectName("addDelegation")
        self.add_delegation_button.clicked.connect(self.choose_delegation)
        add = QHBoxLayout(self.add_signup_box)
        add.addWidget(self.signup_picker, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_signup_button)
        buttons.addWidget(self.add_delegation_button)
        buttons.addStretch(1)
        add.addLayout(buttons)
        self.signup_message = QLabel()
        self.signup_message.setObjectName("signUpMessage")
        self.signup_message.setWordWrap(True)
        self.signup_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signup_note = note_label()

        layout = QVBoxLayout(self)
        layout.addWidget(self.capacity_label)
        layout.addLayout(lists, 1)
        layout.addWidget(self.add_signup_box)
        layout.addWidget(self.signup_message)
        layout.addWidget(self.signup_note)

    def show_signups(self, highlight: int | None = None) -> None:
        placed: list[signups.SignUpEntry] = []
        waiting: list[signups.SignUpEntry] = []
        if self.host.session_id is not None:
            placed, waiting = signups.sign_up_lists(self.db, self.host.session_id)
        self.placed_table.setRowCount(len(placed))
        for row, entry in enumerate(placed):
            item = QTableWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.participant_id)
            self.placed_table.setItem(row, 0, item)
            if entry.participant_id == highlight:
                self.placed_table.selectRow(row)
                self.placed_table.scrollToItem(item)
        self.waiting_table.setRowCount(len(waiting))
        for row, entry in enumerate(waiting):
            position = QTableWidgetItem(str(entry.position))
            position.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.waiting_table.setItem(row, 0, position)
            item = QTableWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.participant_id)
            self.waiting_table.setItem(row, 1, item)
        self.waiting_table.resizeColumnToContents(0)
        self._show_capacity(len(placed), len(waiting))
        self._signup_selection()

    def _show_capacity(self, placed: int, waiting: int) -> None:
        info = self.host.info
        capacity = info.capacity if info is not None else None
        if self.host.session_id is None:
            text = self.tr("Nobody signed up yet.")
        elif capacity is None:
            text = self.tr("%1 signed up (no limit: the session has no room and no cap)").replace("%1", str(placed))
        else:
            text = self.tr("%1 of %2 places taken").replace("%1", str(placed)).replace("%2", str(capacity))
        if waiting:
            text += ", " + self.tr("%n waiting", "", waiting)
        elif capacity is not None and placed >= capacity:
            text += " — " + self.tr("full: the next sign-up goes on the waiting list")
        self.capacity_label.setText(text)

    def _signup_selection(self) -> None:
        sender = self.sender()
        # One selection at a time across the two lists.
        if sender is self.placed_table and self.placed_table.selectedItems():
            self.waiting_table.clearSelection()
        elif sender is self.waiting_table and self.waiting_table.selectedItems():
            self.placed_table.clearSelection()
        self.cancel_placed_button.setEnabled(bool(self.placed_table.selectedItems()))
        self.cancel_waiting_button.setEnabled(bool(self.waiting_table.selectedItems()))
        self.add_signup_button.setEnabled(self.signup_picker.participant_id is not None)

    def add_sign_up(self) -> None:
        participant_id = self.signup_picker.participant_id
        if participant_id is None or not self.host.ensure_saved():
            return
        assert self.host.session_id is not None
        try:
            result = signups.sign_up(self.db, self.host.session_id, participant_id, Actor())
        except ConferenceDeskError as exc:
            say(self.signup_message, translate_core(message_of(exc)), error=True)
            return
        self.host.written()
        self.show_signups(highlight=participant_id)
        self.signup_picker.clear()
        say(self.signup_message, translate_core(result.message), warning=result.waitlisted)

    def choose_delegation(self) -> None:
        """Ask which delegation, then sign all its members up at once."""
        try:
            choices = signups.delegations_for_sign_up(self.db, self.language)
        except ConferenceDeskError as exc:
            say(self.signup_message, translate_core(message_of(exc)), error=True)
            return
        labels_ = [self.tr("%1 (%n people)", "", members).replace("%1", name) for _id, name, members in choices]
        label, ok = QInputDialog.getItem(self, self.tr("Sign up a delegation"),
                                         self.tr("Every member of this delegation is signed up, or nobody:"),
                                         labels_, 0, False)
        if ok and label in labels_:
            self.sign_up_delegation(choices[labels_.index(label)][0])

    def sign_up_delegation(self, delegation_id: int) -> None:
        if not self.host.ensure_saved():
            return
        assert self.host.session_id is not None
        try:
            result = signups.sign_up_delegation(self.db, self.host.session_id, delegation_id, Actor())
        except ConferenceDeskError as exc:
            say(self.signup_message, translate_core(message_of(exc)), error=True)
            return
        self.host.written()
        self.show_signups()
        say(self.signup_message, translate_core(result.message), warning=bool(result.waitlisted))

    def cancel_selected_sign_up(self, table: QTableWidget) -> None:
        items = table.selectedItems()
        if not items or self.host.session_id is None:
            return
        name_column = table.columnCount() - 1
        participant_id = table.item(items[0].row(), name_column).data(Qt.ItemDataRole.UserRole)
        try:
            result = signups.cancel_sign_up(self.db, self.host.session_id, participant_id, Actor())
        except ConferenceDeskError as exc:
            say(self.signup_message, translate_core(message_of(exc)), error=True)
            return
        self.host.written()
        self.show_signups(highlight=result.promoted_id)
        say(self.signup_message, translate_core(result.message))

    def retranslate(self) -> None:
        self.placed_box.setTitle(self.tr("Signed up"))
        self.waiting_box.setTitle(self.tr("Waiting list"))
        self.placed_table.setHorizontalHeaderLabels([self.tr("Name")])
        self.waiting_table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Name")])
        self.cancel_placed_button.setText(self.tr("Cancel sign-up"))
        self.cancel_waiting_button.setText(self.tr("Remove from the waiting list"))
        self.add_signup_box.setTitle(self.tr("Sign someone up"))
        self.add_signup_button.setText(self.tr("Sign up"))
        self.add_delegation_button.setText(self.tr("A whole delegation…"))
        self.add_delegation_button.setToolTip(self.tr("Sign up every member of a delegation at once: all of them, or nobody"))
        rule = self.tr("When the forum is full, a sign-up goes on the waiting list; a cancelled place goes to"
                       " the first person waiting.")
        new = self.host.session_id is None
        self.signup_note.setText((self.tr("Adding someone saves the new session first.") + " " + rule) if new
                                 else rule)
        info = self.host.info
        if self.host.session_id is not None and info is not None:
            self._show_capacity(info.sign_ups, info.waitlist)
