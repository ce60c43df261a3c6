"""The check-in desk's big panel: the state of the last action, readable from a metre away.

One state at a time — ready, admitted, already in, rejected, could not read,
no match, several matches, undone — each a strongly coloured full panel with an
icon (never colour alone), a headline and a name whose size follows the
panel's, and the time of the decision to the second (two refusals in a row are
two different panels).  A short white pulse of the border marks every new state.
What the panel says about a check-in decision is worked out here too (``describe``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from conference_desk.core.checkin import service as checkin

from ..common.core_messages import translate_core


@dataclass(frozen=True)
class Look:
    background: str
    foreground: str
    icon: str


# Text on its background has a contrast of at least 7:1 (WCAG AAA) in every state.
LOOKS: dict[str, Look] = {
    "ready": Look("#eceff1", "#263238", ""),
    "admitted": Look("#1b5e20", "#ffffff", "✓"),
    "already": Look("#ffc107", "#1a1a1a", "!"),
    "rejected": Look("#b71c1c", "#ffffff", "✕"),
    "unreadable": Look("#4a148c", "#ffffff", "?"),
    "no_match": Look("#37474f", "#ffffff", "?"),
    "choose": Look("#0d47a1", "#ffffff", "☰"),
    "undone": Look("#4e342e", "#ffffff", "↶"),
    "offline_wait": Look("#5f3b00", "#ffffff", "…"),
}
PULSE_MS = 220
UNREADABLE = ("unreadable", "malformed")


class OutcomePanel(QFrame):
    """The large, unmistakable result of the last action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePanel")
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.icon = QLabel()
        self.icon.setObjectName("outcomeIcon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = QLabel()
        self.headline.setObjectName("outcomeHeadline")
        self.name = QLabel()
        self.name.setObjectName("outcomeName")
        self.details = QLabel()
        self.details.setObjectName("outcomeDetails")
        self.reason = QLabel()
        self.reason.setObjectName("outcomeReason")
        self.stamp = QLabel()
        self.stamp.setObjectName("outcomeStamp")
        self.stamp.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        for label in (self.headline, self.name, self.details, self.reason):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        texts = QVBoxLayout()
        texts.addStretch(1)
        for label in (self.headline, self.name, self.details, self.reason):
            texts.addWidget(label)
        texts.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.icon)
        row.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.stamp)
        self.outcome = "ready"  # the state shown now
        self.serial = 0  # how many states were shown: a new decision is always a new number
        self._pulse = QTimer(self)
        self._pulse.setSingleShot(True)
        self._pulse.setInterval(PULSE_MS)
        self._pulse.timeout.connect(lambda: self._apply_style(pulse=False))
        self._scale_fonts()
        self._apply_style(pulse=False)

    # -- states ------------------------------------------------------------------

    def show_state(self, state: str, headline: str, name: str = "", details: str = "", reason: str = "",
                   stamp: str = "") -> None:
        """Show ``state`` (a key of LOOKS) with its words; everything of the previous state goes."""
        self.outcome = state
        self.serial += 1
        self.icon.setText(LOOKS.get(state, LOOKS["ready"]).icon)
        self.headline.setText(headline)
        self.name.setText(name)
        self.details.setText(details)
        self.reason.setText(reason)
        self.stamp.setText(stamp)
        for label in (self.name, self.details, self.reason, self.stamp, self.icon):
            label.setVisible(bool(label.text()))
        self._apply_style(pulse=state != "ready")
        if state != "ready":
            self._pulse.start()
        self._scale_fonts()

    # Compatibility with earlier callers and tests.
    def show_outcome(self, outcome: str, headline: str, name: str, details: str, reason: str) -> None:
        self.show_state(outcome, headline, name, details, reason)

    def clear_outcome(self, prompt: str) -> None:
        self.show_state("ready", prompt)

    @property
    def is_ready(self) -> bool:
        return self.outcome == "ready"

    # -- the words for a decision -------------------------------------------------

    def describe(self, outcome: checkin.CheckInOutcome) -> tuple[str, str, str, str, str]:
        """State, headline, name, details and reason that show ``outcome`` (for ``show_state``)."""
        person = outcome.participant
        name = person.name if person else ""
        details = ""
        if person is not None:
            parts = [person.delegation, person.category_label]
            if person.hotel:
                parts.append(self.tr("Hotel: %1").replace("%1", person.hotel))
            parts.append(self._badge_text(person.badge_status, person.badge_version))
            details = " · ".join(part for part in parts if part)
        reason = ""
        state = outcome.outcome
        headline = {"admitted": self.tr("ADMITTED"), "already": self.tr("ALREADY CHECKED IN")}.get(outcome.outcome, "")
        if outcome.outcome == "already" and outcome.first_checkin is not None:
            first = outcome.first_checkin
            reason = self.tr("First checked in at %1 at %2").replace("%1", first.at_local.strftime("%H:%M")).replace(
                "%2", first.desk)
            if first.operator:
                reason += " " + self.tr("by %1").replace("%1", first.operator)
        elif outcome.outcome == "rejected" and outcome.reason in UNREADABLE:
            state = "unreadable"
            headline = self.tr("COULD NOT READ THE CODE")
            reason = (self.tr("Scan it again, or type the name.") if outcome.reason == "unreadable" else
                      self.tr("This is not a badge of this conference's kind: scan the QR code on the badge, "
                              "or type the name."))
        elif outcome.outcome == "rejected":
            headline = self._rejection_headline(outcome.reason)
            reason = translate_core(outcome.message)
        elif outcome.reason == "not_in_local_copy":
            name = self.tr("Valid badge (version %1)").replace("%1", str(outcome.badge_version or 1))
            reason = self.tr("Not in this desk's copy yet: checked when the server returns.")
        return state, headline, name, details, reason

    def _rejection_headline(self, reason: str) -> str:
        return {
            "revoked": self.tr("BADGE REVOKED"), "other_conference": self.tr("BADGE OF ANOTHER CONFERENCE"),
            "cancelled": self.tr("REGISTRATION CANCELLED"), "forged": self.tr("FORGED OR ALTERED CODE"),
            "unknown_code": self.tr("UNKNOWN BADGE"), "not_in_session": self.tr("NOT SIGNED UP FOR THIS SESSION"),
            "unknown_participant": self.tr("NO SUCH PARTICIPANT"),
        }.get(reason, self.tr("REJECTED"))

    def _badge_text(self, status: str, version: int | None) -> str:
        return {
            "none": self.tr("no badge yet"), "not_printed": self.tr("badge not printed"),
            "printed": self.tr("badge printed (version %1)").replace("%1", str(version or 1)),
            "revoked": self.tr("badge revoked"),
        }.get(status, status)

    # -- looks -------------------------------------------------------------------

    def colours(self) -> Look:
        return LOOKS.get(self.outcome, LOOKS["ready"])

    def _apply_style(self, pulse: bool) -> None:
        look = self.colours()
        border = "#ffffff" if pulse else look.foreground if self.outcome != "ready" else "#b0bec5"
        width = 10 if pulse else 4
        self.setStyleSheet(
            f"QFrame#outcomePanel {{ background: {look.background}; border: {width}px solid {border};"
            f" border-radius: 10px; }}"
            f" QLabel {{ color: {look.foreground}; background: transparent; border: none; }}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Sizes follow the panel: a headline of about a sixth of its height on a desk laptop, more on a big screen."""
        height, width = max(self.height(), 200), max(self.width(), 400)
        headline_px = int(max(26, min(height * 0.17, width * 0.055)))
        sizes = ((self.icon, 2.2, True), (self.headline, 1.0, True), (self.name, 0.85, True),
                 (self.details, 0.42, False), (self.reason, 0.5, True), (self.stamp, 0.34, False))
        for label, factor, bold in sizes:
            font = QFont(label.font())
            font.setPixelSize(max(12, int(headline_px * factor)))
            font.setBold(bold)
            label.setFont(font)
        self.icon.setFixedWidth(int(headline_px * 2.4))
