"""What every interpreters widget uses: item roles, status colours, the translated labels of rules,
statuses, contracts and half-days, day and money formats, and the read-only table they all show.

The labels live in one Qt context (``InterpreterLabels``) so that a rule or a status reads the
same in the grid, the booth panel, the review and the dialogs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.interpreters import rules

from ..common import labels
from ..common.core_messages import translate_core
from ..common.i18n import locale_for

CONTEXT = "InterpreterLabels"
ID_ROLE = Qt.ItemDataRole.UserRole

# (text, background) of a booth cell per status.
STATUS_COLOURS = {
    "empty": ("#546e7a", "#eceff1"),
    "short": ("#8a5a00", "#fff1cc"),
    "ok": ("#1b5e20", "#e3f3e4"),
    "violation": ("#b71c1c", "#fde2e2"),
}
ERROR_COLOUR = "#b71c1c"

STATUS_LABELS = {
    "empty": QT_TRANSLATE_NOOP("InterpreterLabels", "No one yet"),
    "short": QT_TRANSLATE_NOOP("InterpreterLabels", "Team too small"),
    "ok": QT_TRANSLATE_NOOP("InterpreterLabels", "Staffed"),
    "violation": QT_TRANSLATE_NOOP("InterpreterLabels", "Rule broken"),
}

RULE_LABELS = {
    "unknown": QT_TRANSLATE_NOOP("InterpreterLabels", "No such session, booth or interpreter"),
    "two_booths": QT_TRANSLATE_NOOP("InterpreterLabels", "In two booths of one session"),
    "direction": QT_TRANSLATE_NOOP("InterpreterLabels", "Works into an A, or a B with retour, only"),
    "c_into_b": QT_TRANSLATE_NOOP("InterpreterLabels", "Never from a C into a B"),
    "no_source": QT_TRANSLATE_NOOP("InterpreterLabels", "Understands none of the languages spoken"),
    "coverage": QT_TRANSLATE_NOOP("InterpreterLabels", "A language spoken is not covered (nor relayed)"),
    "team_size": QT_TRANSLATE_NOOP("InterpreterLabels", "Team too small for the session's length"),
    "overlap": QT_TRANSLATE_NOOP("InterpreterLabels", "In two places at once"),
    "rest": QT_TRANSLATE_NOOP("InterpreterLabels", "Too little rest between two sessions"),
    "daily_limit": QT_TRANSLATE_NOOP("InterpreterLabels", "Too many sessions in one day"),
    "availability": QT_TRANSLATE_NOOP("InterpreterLabels", "Not available then"),
}

CONTRACT_LABELS = {
    "freelance": QT_TRANSLATE_NOOP("InterpreterLabels", "Freelance"),
    "staff": QT_TRANSLATE_NOOP("InterpreterLabels", "Staff"),
}

HALF_LABELS = {
    "am": QT_TRANSLATE_NOOP("InterpreterLabels", "Morning"),
    "pm": QT_TRANSLATE_NOOP("InterpreterLabels", "Afternoon"),
}

CHANGE_LABELS = {
    "added": QT_TRANSLATE_NOOP("InterpreterLabels", "Added"),
    "removed": QT_TRANSLATE_NOOP("InterpreterLabels", "Removed"),
}


def tr_label(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def status_label(status: str) -> str:
    return tr_label(STATUS_LABELS.get(status, status))


def rule_label(rule: str) -> str:
    source = RULE_LABELS.get(rule)
    return tr_label(source) if source else rule


def language_label(code: str) -> str:
    text = labels.label("language", code)
    return text if text != code else rules.language_name(code)


def violation_text(v: rules.Violation) -> str:
    """A rule broken, as shown: the rule's name (translated) and the core's message."""
    return f"{rule_label(v.rule)}: {translate_core(v.message)}"


def error_text(exc: BaseException) -> str:
    return translate_core(message_of(exc)) if isinstance(exc, ConferenceDeskError) else str(exc)


def day_text(day: dt.date, language: str) -> str:
    return locale_for(language).toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def money(value: float, language: str) -> str:
    return locale_for(language).toString(float(value), "f", 2)


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell_item(text: str, data: Any = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(ID_ROLE, data)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def setup_table(table: QTableWidget, name: str = "") -> QTableWidget:
    """A read-only list: whole rows selected, one at a time, no row numbers."""
    if name:
        table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def make_table(columns: int, name: str = "") -> QTableWidget:
    return setup_table(QTableWidget(0, columns), name)
