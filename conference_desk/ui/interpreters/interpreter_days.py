"""The roster per interpreter per day: each day's sessions (booth, time), minutes and cost, then a
total line per interpreter (days worked, minutes, what they cost in all)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWidget

from ..common.i18n import locale_for
from .roster_data import RosterState
from .shared import cell_item, day_text, language_label, money, setup_table


class InterpreterDaysTable(QTableWidget):
    """One row per interpreter and working day, a bold total after each interpreter's days."""

    def __init__(self, state: RosterState, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        setup_table(self, "interpreterDays")
        self.roster_state = state  # not ``state``: QAbstractItemView.state() is Qt's

    def show_data(self) -> None:
        assert self.roster_state.data is not None
        language = self.roster_state.language
        rows = self.roster_state.data.grid.interpreter_days
        number = locale_for(language).toString
        currency = self.roster_state.data.grid.currency
        table = self
        # Each interpreter's days, then a total line: days worked, minutes, what they cost in all
        # (the cost of a day is the daily rate, plus any extra, for that day).
        shown: list[tuple[Any, tuple[str, ...], bool]] = []
        by_person: dict[int, list[Any]] = {}
        for d in rows:
            by_person.setdefault(d.interpreter_id, []).append(d)
        for days in by_person.values():
            for index, d in enumerate(days):
                sessions = "\n".join(f"{code} · {language_label(booth)} · {start:%H:%M}–{end:%H:%M}"
                                     for code, booth, start, end in d.sessions)
                shown.append((d, (d.name if index == 0 else "", day_text(d.day, language), sessions,
                                  number(d.minutes), f"{money(d.cost, language)} {currency}"), False))
            first = days[0]
            total = (self.tr("Total for %1").replace("%1", first.name),
                     self.tr("%n day(s)", "", len(days)), "",
                     number(sum(d.minutes for d in days)), f"{money(sum(d.cost for d in days), language)} {currency}")
            shown.append((first, total, True))
        table.setRowCount(len(shown))
        for row, (d, values, is_total) in enumerate(shown):
            for column, value in enumerate(values):
                item = cell_item(value, d.interpreter_id, align_right=column in (3, 4))
                if column in (0, 1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 0:
                    item.setToolTip(d.name)
                if is_total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Interpreter"), self.tr("Day"), self.tr("Sessions (booth, time)"),
                                        self.tr("Minutes"), self.tr("Cost of the day")])
