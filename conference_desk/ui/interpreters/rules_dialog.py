"""The interpreting rules (AIIC / UN working conditions) and the roster solver's weights, saved
through the core, which checks them (its message shown next to the field concerned)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import Text, message_of
from conference_desk.core.interpreters import rules

from ..common.core_messages import translate_core
from ..common.safe_dialogs import UnsavedChanges, primary_of
from .shared import ERROR_COLOUR, error_text

SETTING_FIELDS = ("solo_max_minutes", "pair_max_minutes", "retour_team_size", "max_sessions_per_day",
                  "max_session_minutes", "min_rest_minutes", "relay_min_givers", "half_day_split",
                  "non_local_daily_extra", "fairness_weight", "change_weight", "unstaffed_weight")


class RulesDialog(QDialog):
    """The interpreting rules (AIIC/UN working conditions) and the solver's weights, checked by the core."""

    def __init__(self, db: Database, settings: rules.InterpreterSettings, currency: str = "USD",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.currency = currency
        self.setObjectName("interpreterRules")
        self.inputs: dict[str, QWidget] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        limits = rules._INT_LIMITS
        for key in SETTING_FIELDS:
            value = getattr(settings, key)
            if key == "half_day_split":
                t = settings.split_time()
                widget: QWidget = QTimeEdit(QTime(t.hour, t.minute))
                widget.setDisplayFormat("HH:mm")
            elif key == "non_local_daily_extra":
                widget = QDoubleSpinBox()
                widget.setRange(0, 100_000)
                widget.setDecimals(2)
                widget.setValue(float(value))
            else:
                widget = QSpinBox()
                widget.setRange(*limits[key])
                widget.setValue(int(value))
                if key.endswith("_minutes"):
                    widget.setSingleStep(5)
            widget.setObjectName(f"rule_{key}")
            self.inputs[key] = widget
            self.field_labels[key] = QLabel()
            self.field_labels[key].setBuddy(widget)
            error = QLabel()
            error.setObjectName(f"ruleError_{key}")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOUR};")
            error.hide()
            self.errors[key] = error

        def rows(box: QGroupBox, keys: tuple[str, ...]) -> None:
            form = QFormLayout(box)
            for key in keys:
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(1)
                column.addWidget(self.inputs[key])
                column.addWidget(self.errors[key])
                form.addRow(self.field_labels[key], cell)

        self.rules_box = QGroupBox()
        rows(self.rules_box, SETTING_FIELDS[:9])
        self.solver_box = QGroupBox()
        rows(self.solver_box, SETTING_FIELDS[9:])
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.solver_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(560)
        primary_of(self.buttons)  # Enter saves
        self.changes = UnsavedChanges(self)  # Escape or closing with changes asks first

    def reject(self) -> None:
        self.changes.confirm(lambda: QDialog.reject(self))

    def set_values(self, settings: rules.InterpreterSettings) -> None:
        for key in SETTING_FIELDS:
            widget, value = self.inputs[key], getattr(settings, key)
            if isinstance(widget, QTimeEdit):
                t = settings.split_time()
                widget.setTime(QTime(t.hour, t.minute))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))

    def restore_defaults(self) -> None:
        self.set_values(rules.DEFAULT_SETTINGS)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QTimeEdit):
                out[key] = widget.time().toString("HH:mm")
            elif isinstance(widget, QDoubleSpinBox):
                out[key] = float(widget.value())
            elif isinstance(widget, QSpinBox):
                out[key] = int(widget.value())
        return out

    def save(self) -> bool:
        for label in self.errors.values():
            label.hide()
        self.message.clear()
        try:
            rules.save_settings(self.db, self.values(), Actor())
        except rules.SettingsError as exc:
            text = message_of(exc)
            if isinstance(text, Text) and text.template == "{field}: {problem}":
                key, problem = str(text.values["field"]), text.values["problem"]
            else:
                key, _sep, problem = str(text).partition(": ")
            if key == "pair_max_minutes" and "solo_max_minutes" in problem:
                rest = self.tr("Must be more than the time one interpreter may work alone.")
            else:
                rest = translate_core(problem)
            label = self.errors.get(key)
            if label is not None:
                label.setText(rest)
                label.show()
            else:
                self.message.setText(translate_core(text))
            return False
        except ConferenceDeskError as exc:
            self.message.setText(error_text(exc))
            return False
        self.accept()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Interpreting rules"))
        self.rules_box.setTitle(self.tr("Working conditions (AIIC / UN)"))
        self.solver_box.setTitle(self.tr("Roster priorities (solver weights)"))
        texts = {
            "solo_max_minutes": self.tr("One interpreter alone for a session of up to (min):"),
            "pair_max_minutes": self.tr("Two per booth up to (min), three beyond:"),
            "retour_team_size": self.tr("Team of a booth where someone works retour:"),
            "max_sessions_per_day": self.tr("Sessions a day per interpreter, at most:"),
            "max_session_minutes": self.tr("A session longer than this counts as two (min):"),
            "min_rest_minutes": self.tr("Rest between two sessions, at least (min):"),
            "relay_min_givers": self.tr("Interpreters able to give relay from a language, at least:"),
            "half_day_split": self.tr("The afternoon starts at:"),
            "non_local_daily_extra": self.tr("Extra per working day of a non-local interpreter (%1):")
            .replace("%1", self.currency),
            "fairness_weight": self.tr("Spread the load fairly (weight):"),
            "change_weight": self.tr("Keep the current roster (weight per change):"),
            "unstaffed_weight": self.tr("Staff every booth (weight per empty booth):"),
        }
        for key, text in texts.items():
            self.field_labels[key].setText(text)
