"""The booth selected in the roster grid, beside it: when and where, its status and the rules it
breaks, who is in it; and the manual edits of that booth (assign, remove, lock).

An edit is written at once by the core, which refuses an assignment that would make the
interpreter break a rule; ``edited`` then asks the screen to read the roster again on the spot, so
the marks follow every edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.interpreters import roster as core

from .assign_dialog import AssignDialog
from .roster_data import RosterState
from .roster_grid import RosterGrid, lock_pixmap
from .shared import (
    ERROR_COLOUR,
    ID_ROLE,
    STATUS_COLOURS,
    day_text,
    error_text,
    html_escape,
    language_label,
    status_label,
    violation_text,
)


class BoothPanel(QWidget):
    """The selected booth and its team, with Assign, Remove and Lock."""

    edited = Signal(int, str)   # (session id, booth or "") written: read the roster again, then select it
    message = Signal(str)       # what was done
    failed = Signal(str)        # what went wrong (nothing was changed)

    def __init__(self, state: RosterState, grid: RosterGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.grid = grid
        self.assign_dialog: AssignDialog | None = None

        booth_layout = QVBoxLayout(self)
        booth_layout.setContentsMargins(6, 0, 0, 0)
        self.booth_title = QLabel()
        self.booth_title.setObjectName("boothTitle")
        self.booth_title.setWordWrap(True)
        bold = QFont(self.booth_title.font())
        bold.setBold(True)
        self.booth_title.setFont(bold)
        booth_layout.addWidget(self.booth_title)
        self.booth_status = QLabel()
        self.booth_status.setObjectName("boothStatus")
        self.booth_status.setWordWrap(True)
        booth_layout.addWidget(self.booth_status)
        self.booth_messages = QLabel()
        self.booth_messages.setObjectName("boothMessages")
        self.booth_messages.setWordWrap(True)
        self.booth_messages.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.booth_messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        booth_layout.addWidget(self.booth_messages)
        self.team_label = QLabel()
        booth_layout.addWidget(self.team_label)
        self.team_list = QListWidget()
        self.team_list.setObjectName("boothTeam")
        self.team_list.currentItemChanged.connect(lambda *_: self.update_actions())
        booth_layout.addWidget(self.team_list, 1)
        booth_buttons = QGridLayout()
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("boothAssign")
        self.assign_button.clicked.connect(self.open_assign_dialog)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("boothRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("boothLock")
        self.lock_button.clicked.connect(self.toggle_lock)
        booth_buttons.addWidget(self.assign_button, 0, 0, 1, 2)
        booth_buttons.addWidget(self.remove_button, 1, 0)
        booth_buttons.addWidget(self.lock_button, 1, 1)
        booth_layout.addLayout(booth_buttons)
        self.legend = QLabel()
        self.legend.setObjectName("rosterLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        booth_layout.addWidget(self.legend)
        self.setMinimumWidth(260)

    @property
    def selected_booth(self) -> tuple[int, str] | None:
        return self.grid.selected_booth

    # -- drawing ------------------------------------------------------------------

    def show_data(self) -> None:
        """The booth selected in the grid (or what to do when none is)."""
        found = self.grid.booth_cell(*self.selected_booth) if self.selected_booth else None
        self.team_list.clear()
        if found is None:
            self.booth_title.setText(self.tr("Select a booth in the grid."))
            self.booth_status.clear()
            self.booth_messages.clear()
            self.team_label.clear()
            return
        s, cell = found
        self.booth_title.setText(self.tr("%1 — %2 booth").replace("%1", f"{s.code} {s.title}")
                                 .replace("%2", language_label(cell.language)))
        colour = STATUS_COLOURS.get(cell.status, STATUS_COLOURS["empty"])[0]
        when = f"{day_text(s.day, self.state.language)} {s.starts_at:%H:%M}–{s.ends_at:%H:%M}"
        self.booth_status.setText(f"{when} · {s.room}\n{self.grid.status_text(cell)}")
        self.booth_status.setStyleSheet(f"color: {colour};")
        self.booth_messages.setText("\n".join(self.grid.cell_violations(s.session_id, cell.language)))
        self.team_label.setText(self.tr("In the booth:"))
        icon = lock_pixmap(16)
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        for pid, name, locked in cell.interpreters:
            item = QListWidgetItem(name + (" " + self.tr("(locked)") if locked else ""))
            item.setData(ID_ROLE, pid)
            item.setData(Qt.ItemDataRole.UserRole + 1, bool(locked))
            item.setIcon(icon if locked else blank)
            self.team_list.addItem(item)
        if cell.interpreters:
            self.team_list.setCurrentRow(0)

    def selected_member(self) -> tuple[int, bool] | None:
        item = self.team_list.currentItem()
        return (item.data(ID_ROLE), bool(item.data(Qt.ItemDataRole.UserRole + 1))) if item else None

    def select_member(self, interpreter_id: int) -> bool:
        for i in range(self.team_list.count()):
            if self.team_list.item(i).data(ID_ROLE) == interpreter_id:
                self.team_list.setCurrentRow(i)
                return True
        return False

    def update_actions(self) -> None:
        has_booth = self.selected_booth is not None and self.state.data is not None
        member = self.selected_member()
        busy = self.state.busy
        self.assign_button.setEnabled(has_booth and not busy)
        self.remove_button.setEnabled(member is not None and not busy)
        self.lock_button.setEnabled(member is not None and not busy)
        self.lock_button.setText(self.tr("&Unlock") if member and member[1] else self.tr("&Lock"))

    # -- manual edits ------------------------------------------------------------------

    def open_assign_dialog(self) -> AssignDialog | None:
        data = self.state.data
        if self.selected_booth is None or data is None or self.state.busy:
            return None
        session = data.problem.session(self.selected_booth[0])
        if session is None:
            return None
        booth = self.selected_booth[1]
        dialog = AssignDialog(data.problem, session, booth, self.state.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._assign_chosen(session.id, booth, dialog.chosen(), dialog.lock.isChecked()))
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def _assign_chosen(self, session_id: int, booth: str, interpreter_id: int | None, lock: bool) -> None:
        if interpreter_id is not None:
            self.assign(session_id, booth, interpreter_id, lock)

    def assign(self, session_id: int, booth: str, interpreter_id: int, lock: bool = True) -> bool:
        """Put an interpreter in a booth; a refusal shows the rules it would break and changes nothing."""
        try:
            core.assign(self.state.db, session_id, booth, interpreter_id, Actor(), lock=lock)
        except core.AssignmentRefused as exc:
            self.failed.emit(self.tr("Not assigned: %1")
                             .replace("%1", " ".join(violation_text(v) for v in exc.violations)))
            return False
        except ConferenceDeskError as exc:
            self.failed.emit(error_text(exc))
            return False
        self.edited.emit(session_id, booth)
        name = self.state.interpreter_name(interpreter_id)
        self.message.emit(self.tr("%1 assigned to the %2 booth of %3.").replace("%1", name)
                          .replace("%2", language_label(booth)).replace("%3", self.state.session_code(session_id)))
        return True

    def remove_selected(self) -> bool:
        member = self.selected_member()
        if member is None or self.selected_booth is None:
            return False
        return self.remove(self.selected_booth[0], member[0])

    def remove(self, session_id: int, interpreter_id: int) -> bool:
        booth = self.selected_booth[1] if self.selected_booth and self.selected_booth[0] == session_id else ""
        name = self.state.interpreter_name(interpreter_id)
        try:
            core.unassign(self.state.db, session_id, interpreter_id, Actor())
        except ConferenceDeskError as exc:
            self.failed.emit(error_text(exc))
            return False
        self.edited.emit(session_id, booth)
        self.message.emit(self.tr("%1 taken out of %2.").replace("%1", name)
                          .replace("%2", self.state.session_code(session_id)))
        return True

    def toggle_lock(self) -> bool:
        member = self.selected_member()
        if member is None or self.selected_booth is None:
            return False
        return self.set_locked(self.selected_booth[0], member[0], not member[1])

    def set_locked(self, session_id: int, interpreter_id: int, locked: bool) -> bool:
        booth = self.selected_booth[1] if self.selected_booth and self.selected_booth[0] == session_id else ""
        try:
            core.set_locked(self.state.db, session_id, interpreter_id, locked, Actor())
        except ConferenceDeskError as exc:
            self.failed.emit(error_text(exc))
            return False
        self.edited.emit(session_id, booth)
        self.select_member(interpreter_id)
        text = self.tr("%1: locked (a new roster keeps it).") if locked else self.tr("%1: unlocked.")
        self.message.emit(text.replace("%1", self.state.interpreter_name(interpreter_id)))
        return True

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.assign_button.setText(self.tr("&Assign…"))
        self.assign_button.setToolTip(self.tr("Choose who works in the selected booth (double-click a booth"
                                              " does the same)."))
        self.remove_button.setText(self.tr("Re&move"))
        swatch = "<span style='background:{bg}; color:{fg}'>&nbsp;{text}&nbsp;</span>"
        self.legend.setText(self.tr("Colours:") + " " + " ".join(
            swatch.format(bg=bg, fg=fg, text=html_escape(status_label(status)))
            for status, (fg, bg) in STATUS_COLOURS.items())
            + "<br>" + self.tr("A padlock marks a locked assignment: a new roster keeps it."))
