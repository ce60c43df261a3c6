"""The allocation under review: what it would change, whom it leaves unplaced, which delegations it splits.

Nothing is written until "Apply" (the screen writes the plan; this box only shows it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from conference_desk.core.hotels import service as hotels

from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from .shared import make_item, make_table


class PlanReview(QGroupBox):
    """The proposed allocation's summary, its changes, unplaced guests and split delegations; Apply and Discard."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.plan: hotels.AllocationPlan | None = None
        self.setObjectName("hotelsPlan")
        plan_layout = QVBoxLayout(self)
        self.plan_summary = QLabel()
        self.plan_summary.setObjectName("hotelsPlanSummary")
        self.plan_summary.setWordWrap(True)
        plan_layout.addWidget(self.plan_summary)
        self.plan_tabs = QTabWidget()
        self.changes_table = make_table(4)
        self.changes_table.setObjectName("hotelsChanges")
        self.plan_unplaced = make_table(3)
        self.plan_splits = make_table(3)
        for table in (self.changes_table, self.plan_unplaced, self.plan_splits):
            self.plan_tabs.addTab(table, "")
        plan_layout.addWidget(self.plan_tabs)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("hotelsApply")
        self.discard_button = QPushButton()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.discard_button)
        plan_layout.addLayout(buttons)
        self.hide()
        self.retranslate()

    def show_plan(self, plan: hotels.AllocationPlan) -> None:
        self.plan = plan
        self._render_plan()
        self.show()

    def clear(self) -> None:
        """No plan under review any more (applied or discarded)."""
        self.plan = None
        self.hide()

    def _kind(self, kind: str) -> str:
        return {"new": self.tr("new"), "moved": self.tr("moved"), "dates": self.tr("dates"),
                "room": self.tr("room"), "removed": self.tr("removed")}.get(kind, kind)

    @staticmethod
    def _where(d: dict[str, Any] | None) -> str:
        if not d:
            return "–"
        return f"{d['hotel']} · {d['room_type']} · {d['arrival']} → {d['departure']} · {d['room_label']}"

    def _render_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        number = locale_for(self.language).toString
        quality = self.tr("optimal") if plan.optimal else self.tr("best found in the time limit")
        self.plan_summary.setText(
            self.tr("%1 guests: %2 placed, %3 unplaced, %4 delegations split, %5 changes. Objective %6 (%7).")
            .replace("%1", number(plan.guests)).replace("%2", number(plan.placed))
            .replace("%3", number(len(plan.unplaced))).replace("%4", number(len(plan.split_delegations)))
            .replace("%5", number(len(plan.changes))).replace("%6", number(plan.objective)).replace("%7", quality))
        self.changes_table.setRowCount(len(plan.changes))
        for row, c in enumerate(plan.changes):
            values = (c.participant, self._kind(c.kind), self._where(c.before), self._where(c.after))
            for column, value in enumerate(values):
                self.changes_table.setItem(row, column, make_item(value, c.participant_id))
        self.plan_unplaced.setRowCount(len(plan.unplaced))
        for row, u in enumerate(plan.unplaced):
            for column, value in enumerate((u.participant, u.delegation, translate_core(u.reason))):
                self.plan_unplaced.setItem(row, column, make_item(value, u.participant_id))
        self.plan_splits.setRowCount(len(plan.split_delegations))
        for row, s in enumerate(plan.split_delegations):
            where = ", ".join(f"{h}: {number(n)}" for h, n in s.hotels.items())
            for column, value in enumerate((s.delegation, where, translate_core(s.reason))):
                self.plan_splits.setItem(row, column, make_item(value))
        for table in (self.changes_table, self.plan_unplaced, self.plan_splits):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
        self._plan_tab_titles()

    def _plan_tab_titles(self) -> None:
        plan = self.plan
        number = locale_for(self.language).toString
        counts = (len(plan.changes), len(plan.unplaced), len(plan.split_delegations)) if plan else (0, 0, 0)
        titles = (self.tr("Changes (%1)"), self.tr("Unplaced (%1)"), self.tr("Split delegations (%1)"))
        for index, (title, count) in enumerate(zip(titles, counts)):
            self.plan_tabs.setTabText(index, title.replace("%1", number(count)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Proposed allocation (not applied yet)"))
        self.apply_button.setText(self.tr("A&pply"))
        # In the screen's context, as translated there: its accelerator keeps clear of Apply's.
        self.discard_button.setText(QCoreApplication.translate("HotelsScreen", "&Discard"))
        self.changes_table.setHorizontalHeaderLabels([self.tr("Guest"), self.tr("Change"), self.tr("Before"),
                                                      self.tr("After")])
        self.plan_unplaced.setHorizontalHeaderLabels([self.tr("Guest"), self.tr("Delegation"), self.tr("Reason")])
        self.plan_splits.setHorizontalHeaderLabels([self.tr("Delegation"), self.tr("Hotels"), self.tr("Reason")])
        self._plan_tab_titles()
        if self.plan is not None:
            self._render_plan()
