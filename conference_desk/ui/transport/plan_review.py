"""A transport plan under review: how good it is, in the coordinator's terms, then Apply or Discard.

Nothing is written until "Apply" (the screen writes the plan; this box only shows it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.transport import service as transport

from ..common.i18n import locale_for


class TransportPlanReview(QGroupBox):
    """The proposed plan's figures: vehicle runs against first come, first served, the longest wait,
    whether it is proven optimal (else the gap), the guests it leaves uncovered; Apply and Discard."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.plan: transport.TransportPlan | None = None
        self.setObjectName("transportPlan")
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("transportPlanSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("transportApply")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("transportDiscard")
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.discard_button)
        layout.addLayout(buttons)
        self.hide()
        self.retranslate()

    def show_plan(self, plan: transport.TransportPlan) -> None:
        self.plan = plan
        self._render()
        self.show()

    def clear(self) -> None:
        """No plan under review any more (applied or discarded)."""
        self.plan = None
        self.summary.clear()
        self.hide()

    def summary_text(self) -> str:
        """What the box says of the plan, one sentence a line."""
        if self.plan is None:
            return ""
        plan = self.plan.plan
        locale = locale_for(self.language)
        number = locale.toString
        kinds = {kind: sum(1 for r in plan.runs if r.kind == kind) for kind in ("arrival", "departure", "shuttle")}
        lines = [
            self.tr("Vehicle runs: %1 (airport pick-ups: %2, to the airport: %3, shuttles: %4); "
                    "first come, first served would need %5.")
            .replace("%1", number(plan.vehicle_runs)).replace("%2", number(kinds["arrival"]))
            .replace("%3", number(kinds["departure"])).replace("%4", number(kinds["shuttle"]))
            .replace("%5", number(plan.greedy_vehicle_runs)),
            self.tr("Longest wait: %1 min.").replace("%1", number(plan.longest_wait_minutes)),
            self.tr("Proven optimal.") if plan.optimal else
            self.tr("Best plan found in the time limit: within %1% of the optimum.")
            .replace("%1", locale.toString(plan.gap * 100, "f", 1)),
            self.tr("%n guest(s) with a flight not covered.", "", len(self.plan.uncovered))
            if self.plan.uncovered else self.tr("Every guest with a flight is covered."),
        ]
        return "\n".join(lines)

    def _render(self) -> None:
        self.summary.setText(self.summary_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Proposed transport plan (not applied yet)"))
        self.apply_button.setText(self.tr("&Apply"))
        self.discard_button.setText(self.tr("D&iscard"))
        if self.plan is not None:
            self._render()
