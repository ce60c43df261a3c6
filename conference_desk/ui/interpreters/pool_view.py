"""The pool of interpreters: who they are (languages, based, contract, rate, load, days off), with
New, Edit and Delete; the interpreter dialog saves through the core, a deletion asks first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.interpreters import roster as core

from ..common.i18n import locale_for
from .interpreter_dialog import InterpreterDialog
from .roster_data import RosterState, conference_days
from .shared import (
    CONTRACT_LABELS,
    HALF_LABELS,
    ID_ROLE,
    cell_item,
    day_text,
    error_text,
    make_table,
    money,
    tr_label,
)


class PoolView(QWidget):
    """The pool table and its buttons; ``selected`` says which interpreter the screen has selected."""

    written = Signal()          # an interpreter was saved or deleted: read the roster again
    message = Signal(str)       # what was done
    failed = Signal(str)        # what went wrong (nothing was changed)

    def __init__(self, state: RosterState, selected: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.selected = selected
        self.interpreter_dialog: InterpreterDialog | None = None
        self.confirm_box: QMessageBox | None = None

        pool_layout = QVBoxLayout(self)
        pool_layout.setContentsMargins(0, 4, 0, 0)
        self.pool_table = make_table(8, "interpreterPool")
        self.pool_table.cellDoubleClicked.connect(lambda _r, _c: self.open_interpreter_dialog(self.selected()))
        pool_layout.addWidget(self.pool_table)
        pool_buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("interpreterNew")
        self.new_button.clicked.connect(lambda: self.open_interpreter_dialog(None))
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("interpreterEdit")
        self.edit_button.clicked.connect(lambda: self.open_interpreter_dialog(self.selected()))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("interpreterDelete")
        self.delete_button.clicked.connect(self.confirm_delete)
        for button in (self.new_button, self.edit_button, self.delete_button):
            pool_buttons.addWidget(button)
        pool_buttons.addStretch(1)
        pool_layout.addLayout(pool_buttons)

    # -- drawing ------------------------------------------------------------------

    def show_data(self) -> None:
        """The pool from the shared state's last read, the selected interpreter selected again."""
        assert self.state.data is not None
        selected = self.selected()
        language = self.state.language
        number = locale_for(language).toString
        table = self.pool_table
        table.setRowCount(len(self.state.data.pool))
        for row, p in enumerate(self.state.data.pool):
            off = []
            for text in p.unavailable:
                day, _sep, half = text.partition(" ")
                try:
                    d = dt.date.fromisoformat(day)
                except ValueError:
                    off.append(text)
                    continue
                off.append(f"{day_text(d, language)} {tr_label(HALF_LABELS.get(half, half))}")
            values = (p.name, p.profile, self.tr("local") if p.is_local else self.tr("non-local"),
                      tr_label(CONTRACT_LABELS.get(p.contract, p.contract)),
                      f"{money(p.daily_rate, language)} {p.currency}",
                      number(p.sessions), number(p.days), ", ".join(off))
            for column, value in enumerate(values):
                table.setItem(row, column, cell_item(value, p.id, align_right=column in (4, 5, 6)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        if selected is not None:
            self.select_interpreter(selected)

    def update_actions(self) -> None:
        selected = self.selected()
        self.edit_button.setEnabled(selected is not None)
        self.delete_button.setEnabled(selected is not None and not self.state.busy)

    def select_interpreter(self, interpreter_id: int) -> bool:
        for row in range(self.pool_table.rowCount()):
            item = self.pool_table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == interpreter_id:
                self.pool_table.selectRow(row)
                return True
        return False

    def pool_row(self, interpreter_id: int) -> list[str]:
        """The pool table's texts for an interpreter (empty if not listed)."""
        for row in range(self.pool_table.rowCount()):
            item = self.pool_table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == interpreter_id:
                return [self.pool_table.item(row, c).text() for c in range(self.pool_table.columnCount())]
        return []

    # -- editing the pool -------------------------------------------------------------------

    def open_interpreter_dialog(self, interpreter_id: int | None) -> InterpreterDialog | None:
        db = self.state.db
        try:
            data = core.get_interpreter(db, interpreter_id) if interpreter_id is not None else None
        except ConferenceDeskError as exc:
            self.failed.emit(error_text(exc))
            return None
        days = self.state.data.days if self.state.data else conference_days(db)
        dialog = InterpreterDialog(db, data, days, self.state.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._interpreter_saved)
        self.interpreter_dialog = dialog
        dialog.open()
        return dialog

    def _interpreter_saved(self, interpreter_id: int) -> None:
        self.written.emit()
        self.select_interpreter(interpreter_id)
        self.message.emit(self.tr("%1 saved.").replace("%1", self.state.interpreter_name(interpreter_id)))

    def confirm_delete(self) -> QMessageBox | None:
        interpreter_id = self.selected()
        if interpreter_id is None:
            return None
        data = self.state.data
        name = self.state.interpreter_name(interpreter_id)
        summary = next((p for p in data.pool if p.id == interpreter_id), None) if data else None
        text = self.tr("Delete %1 from the pool?").replace("%1", name)
        if summary and summary.sessions:
            text += "\n" + self.tr("They are in %n booth(s) of the roster; those booths will be short.", "",
                                   summary.sessions)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete an interpreter"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.delete_interpreter(interpreter_id))
        self.confirm_box = box
        box.open()
        return box

    def delete_interpreter(self, interpreter_id: int) -> bool:
        name = self.state.interpreter_name(interpreter_id)
        try:
            removed = core.delete_interpreter(self.state.db, interpreter_id, Actor())
        except ConferenceDeskError as exc:
            self.failed.emit(error_text(exc))
            return False
        self.written.emit()
        self.message.emit(self.tr("%1 deleted (%n assignment(s) removed).", "", removed).replace("%1", name))
        return True

    def retranslate(self) -> None:
        self.pool_table.setHorizontalHeaderLabels([self.tr("Interpreter"), self.tr("Languages"), self.tr("Based"),
                                                   self.tr("Contract"), self.tr("Daily rate"), self.tr("Sessions"),
                                                   self.tr("Days"), self.tr("Not available")])
        self.new_button.setText(self.tr("&New…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("De&lete…"))
