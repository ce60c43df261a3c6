"""The programme's settings: the turnover gap a person needs between two sessions, and the venue's hours.

The conflict rules use the gap; the timetable greys the hours the venue is closed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QTimeEdit, QWidget

from conference_desk.core.programme import timetable as tt

from ..common.safe_dialogs import UnsavedChanges, primary_of


class ProgrammeSettingsDialog(QDialog):
    """The turnover gap between a person's sessions and the venue's opening hours."""

    def __init__(self, settings: tt.ProgrammeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme settings"))
        form = QFormLayout(self)
        self.turnover = QSpinBox()
        self.turnover.setRange(0, 240)
        self.turnover.setSuffix(self.tr(" min"))
        self.turnover.setValue(settings.turnover_minutes)
        self.opens = QTimeEdit(QTime(settings.venue_opens.hour, settings.venue_opens.minute))
        self.closes = QTimeEdit(QTime(settings.venue_closes.hour, settings.venue_closes.minute))
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Gap a person needs between two sessions:"), self.turnover)
        form.addRow(self.tr("The venue opens at:"), self.opens)
        form.addRow(self.tr("The venue closes at:"), self.closes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        primary_of(buttons)  # Enter applies
        self.changes = UnsavedChanges(self)  # Escape or closing with changes asks first

    def reject(self) -> None:
        self.changes.confirm(lambda: QDialog.reject(self))

    def values(self) -> dict[str, Any]:
        opens, closes = self.opens.time(), self.closes.time()
        return {"turnover_minutes": self.turnover.value(),
                "venue_opens": dt.time(opens.hour(), opens.minute()),
                "venue_closes": dt.time(closes.hour(), closes.minute())}
