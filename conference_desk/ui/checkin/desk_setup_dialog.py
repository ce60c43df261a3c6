"""Where and who, chosen once per shift: check-in point, day, desk name and operator.

These used to be fields beside the scan input, where a scan could land in them.
Now they are set here and shown read-only on the check-in screen.  A name that
looks like a badge code (a scan caught by the wrong field) is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.checkin.decisions import MAX_DESK, MAX_OPERATOR
from conference_desk.core.checkin.scanner import code_in
from conference_desk.core.foundation.text import bidi_problem

from ..common.combos import refill_combo


@dataclass(frozen=True)
class DeskSetup:
    session_id: int | None  # None: the venue entry
    day: dt.date
    desk: str
    operator: str


def name_problem(value: str, limit: int) -> str:
    """Why ``value`` cannot be a desk or operator name ("" when it can); English key for tr()."""
    if not value.strip():
        return "empty"
    if len(value.strip()) > limit:
        return "long"
    if code_in(value):  # a badge code, whole or after stray letters: a scan went into the field
        return "code"
    if any(not ch.isprintable() for ch in value) or bidi_problem(value):
        return "control"
    return ""


class DeskSetupDialog(QDialog):
    """Check-in point, day, desk, operator (fixed to the signed-in operator when operators exist)."""

    def __init__(self, setup: DeskSetup, sessions: list[tuple[int, str, str, dt.datetime]], days: list[dt.date],
                 operator_fixed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskSetupDialog")
        self.result_setup: DeskSetup | None = None
        self.point = QComboBox()
        self.point.setObjectName("setupPoint")
        self.point.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.point.setMinimumContentsLength(36)
        refill_combo(self.point, [(None, self.tr("Venue entry"))] + [
            (session_id, f"{starts_at:%d/%m %H:%M} · {title}") for session_id, _code, title, starts_at in sessions])
        self.point.setCurrentIndex(max(0, self.point.findData(setup.session_id)))
        self.day = QComboBox()
        self.day.setObjectName("setupDay")
        refill_combo(self.day, [(day, QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy"))
                                for day in days])
        self.day.setCurrentIndex(max(0, self.day.findData(setup.day)))
        self.desk = QLineEdit(setup.desk)
        self.desk.setObjectName("setupDesk")
        self.desk.setMaxLength(MAX_DESK)
        self.operator = QLineEdit(setup.operator)
        self.operator.setObjectName("setupOperator")
        self.operator.setMaxLength(MAX_OPERATOR)
        self.operator.setReadOnly(operator_fixed)
        self.operator_fixed = operator_fixed
        form = QFormLayout()
        form.addRow(self.tr("Checking in at:"), self.point)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Desk name:"), self.desk)
        form.addRow(self.tr("Operator:"), self.operator)
        self.hint = QLabel(self.tr("The signed-in operator; sign out from the File menu to change it.")
                           if operator_fixed else
                           self.tr("Your name, as it is recorded with every check-in you make."))
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("setupProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start checking in"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Desk set-up"))
        (self.desk if not setup.desk else self.operator if not operator_fixed and not setup.operator
         else self.point).setFocus(Qt.FocusReason.OtherFocusReason)

    def _problem_text(self, what: str, key: str, limit: int) -> str:
        return {
            "empty": self.tr("%1 is required.").replace("%1", what),
            "long": self.tr("%1 is too long (at most %2 characters).").replace("%1", what).replace("%2", str(limit)),
            "code": self.tr("%1 looks like a badge code: a scan went into this field. Type the name.")
            .replace("%1", what),
            "control": self.tr("%1 contains control characters.").replace("%1", what),
        }[key]

    def try_accept(self) -> bool:
        if not self.isVisible():
            return False
        desk, operator = self.desk.text().strip(), self.operator.text().strip()
        checks: list[tuple[str, QLineEdit, str, int]] = [(self.tr("The desk name"), self.desk, desk, MAX_DESK)]
        if not self.operator_fixed:
            checks.append((self.tr("The operator's name"), self.operator, operator, MAX_OPERATOR))
        for what, widget, value, limit in checks:
            key = name_problem(value, limit)
            if key:
                self.problem.setText(self._problem_text(what, key, limit))
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                widget.selectAll()
                return False
        day: Any = self.day.currentData()
        self.result_setup = DeskSetup(session_id=self.point.currentData(), day=day, desk=desk, operator=operator)
        self.accept()
        return True
