"""Create or edit an interpreter of the pool: identity and contact, contract and daily rate, language
combination (A, B with or without retour, C) and the half-days they can work."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.interpreters import roster as core
from conference_desk.core.interpreters import rules

from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from ..common.safe_dialogs import UnsavedChanges, primary_of
from .shared import (
    CONTRACT_LABELS,
    ERROR_COLOUR,
    HALF_LABELS,
    day_text,
    error_text,
    language_label,
    tr_label,
)

LANGUAGE_CODES = ("en", "fr", "es", "ar", "zh", "ru", "pt", "de")


class InterpreterDialog(QDialog):
    """Create or edit an interpreter: identity and contact, contract and rate, languages, availability.

    Saving goes through the core, whose message for each field is shown next to that field; the
    dialog stays open until the data is accepted."""

    saved = Signal(int)

    FIELDS = ("given_name", "family_name", "email", "phone", "contract", "daily_rate", "currency", "languages")

    def __init__(self, db: Database, data: core.InterpreterData | None, days: list[dt.date],
                 language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data = data or core.InterpreterData(family_name="")
        self.days = days
        self.language = language
        self.saved_id: int | None = None
        self.setObjectName("interpreterDialog")

        self.given_name = QLineEdit(self.data.given_name)
        self.given_name.setObjectName("interpreterGivenName")
        self.given_name.setMaxLength(120)
        self.family_name = QLineEdit(self.data.family_name)
        self.family_name.setObjectName("interpreterFamilyName")
        self.family_name.setMaxLength(120)
        self.email = QLineEdit(self.data.email)
        self.email.setObjectName("interpreterEmail")
        self.phone = QLineEdit(self.data.phone)
        self.phone.setMaxLength(40)
        self.contract = QComboBox()
        for value, source in CONTRACT_LABELS.items():
            self.contract.addItem(tr_label(source), value)
        self.contract.setCurrentIndex(max(self.contract.findData(self.data.contract), 0))
        self.local = QCheckBox()
        self.local.setChecked(bool(self.data.is_local))
        self.daily_rate = QDoubleSpinBox()
        self.daily_rate.setObjectName("interpreterRate")
        self.daily_rate.setRange(0, 99_999_999)
        self.daily_rate.setDecimals(2)
        self.daily_rate.setLocale(locale_for(language))
        self.daily_rate.setValue(float(self.data.daily_rate or 0))
        self.currency = QLineEdit(self.data.currency)
        self.currency.setObjectName("interpreterCurrency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.notes = QPlainTextEdit(self.data.notes)
        self.notes.setMaximumHeight(60)

        self.errors: dict[str, QLabel] = {}
        for key in self.FIELDS:
            label = QLabel()
            label.setObjectName(f"error_{key}")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {ERROR_COLOUR};")
            label.hide()
            self.errors[key] = label

        def with_error(widget: QWidget, key: str) -> QWidget:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            return box

        identity = QGroupBox()
        self.identity_box = identity
        form = QFormLayout(identity)
        self.labels: dict[str, QLabel] = {k: QLabel() for k in
                                          ("given_name", "family_name", "email", "phone", "contract", "local",
                                           "daily_rate", "notes")}
        rate_row = QWidget()
        rate_layout = QHBoxLayout(rate_row)
        rate_layout.setContentsMargins(0, 0, 0, 0)
        rate_layout.addWidget(self.daily_rate, 1)
        rate_layout.addWidget(self.currency)
        rate_box = QWidget()
        rate_column = QVBoxLayout(rate_box)
        rate_column.setContentsMargins(0, 0, 0, 0)
        rate_column.setSpacing(1)
        rate_column.addWidget(rate_row)
        rate_column.addWidget(self.errors["daily_rate"])
        rate_column.addWidget(self.errors["currency"])
        form.addRow(self.labels["given_name"], with_error(self.given_name, "given_name"))
        form.addRow(self.labels["family_name"], with_error(self.family_name, "family_name"))
        form.addRow(self.labels["email"], with_error(self.email, "email"))
        form.addRow(self.labels["phone"], with_error(self.phone, "phone"))
        form.addRow(self.labels["contract"], with_error(self.contract, "contract"))
        form.addRow(self.labels["local"], self.local)
        form.addRow(self.labels["daily_rate"], rate_box)
        form.addRow(self.labels["notes"], self.notes)
        for key, widget in (("given_name", self.given_name), ("family_name", self.family_name),
                            ("email", self.email), ("phone", self.phone), ("contract", self.contract),
                            ("daily_rate", self.daily_rate), ("notes", self.notes), ("local", self.local)):
            self.labels[key].setBuddy(widget)

        self.language_box = QGroupBox()
        lang_layout = QVBoxLayout(self.language_box)
        self.language_help = QLabel()
        self.language_help.setWordWrap(True)
        lang_layout.addWidget(self.language_help)
        self.language_table = QTableWidget(0, 3)
        self.language_table.setObjectName("interpreterLanguages")
        self.language_table.verticalHeader().setVisible(False)
        self.language_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.language_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.language_table.setMinimumHeight(130)
        lang_layout.addWidget(self.language_table)
        lang_layout.addWidget(self.errors["languages"])
        lang_buttons = QHBoxLayout()
        self.add_language_button = QPushButton()
        self.add_language_button.clicked.connect(lambda: self.add_language("", "C", False))
        self.remove_language_button = QPushButton()
        self.remove_language_button.clicked.connect(self.remove_language)
        lang_buttons.addWidget(self.add_language_button)
        lang_buttons.addWidget(self.remove_language_button)
        lang_buttons.addStretch(1)
        lang_layout.addLayout(lang_buttons)

        self.availability_box = QGroupBox()
        grid = QGridLayout(self.availability_box)
        self.availability_help = QLabel()
        self.availability_help.setWordWrap(True)
        grid.addWidget(self.availability_help, 0, 0, 1, 3)
        self.half_headers = {half: QLabel() for half in ("am", "pm")}
        grid.addWidget(self.half_headers["am"], 1, 1)
        grid.addWidget(self.half_headers["pm"], 1, 2)
        self.available: dict[tuple[dt.date, str], QCheckBox] = {}
        off = set(self.data.unavailable)
        for row, day in enumerate(days, start=2):
            grid.addWidget(QLabel(day_text(day, language)), row, 0)
            for column, half in enumerate(("am", "pm"), start=1):
                box = QCheckBox()
                box.setChecked((day, half) not in off)
                box.setObjectName(f"available_{day.isoformat()}_{half}")
                self.available[(day, half)] = box
                grid.addWidget(box, row, column)
        self.availability_other = QLabel()
        self.availability_other.setWordWrap(True)
        grid.addWidget(self.availability_other, len(days) + 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)

        self.message = QLabel()
        self.message.setObjectName("interpreterDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(identity)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.language_box, 1)
        right.addWidget(self.availability_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        skills = list(self.data.languages) or [rules.LanguageSkill("", "A", False)]
        for skill in skills:
            self.add_language(skill.language, skill.language_class, skill.retour)
        self.retranslate()
        self.resize(900, 560)
        primary_of(self.buttons)  # Enter saves
        self.changes = UnsavedChanges(self)  # Escape or closing with changes asks first

    def reject(self) -> None:
        self.changes.confirm(lambda: QDialog.reject(self))

    # -- languages ----------------------------------------------------------------

    def add_language(self, code: str, language_class: str, retour: bool) -> int:
        table = self.language_table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        combo.setObjectName(f"languageCode_{row}")
        for c in LANGUAGE_CODES:
            combo.addItem(f"{c.upper()} — {language_label(c)}", c)
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(code)
        cls = QComboBox()
        cls.setObjectName(f"languageClass_{row}")
        for value in ("A", "B", "C"):
            cls.addItem(value, value)
        cls.setCurrentIndex(max(cls.findData(language_class), 0))
        retour_box = QCheckBox()
        retour_box.setObjectName(f"languageRetour_{row}")
        retour_box.setChecked(bool(retour))
        cell = QWidget()
        cell_layout = QHBoxLayout(cell)
        cell_layout.setContentsMargins(6, 0, 0, 0)
        cell_layout.addWidget(retour_box)
        table.setCellWidget(row, 0, combo)
        table.setCellWidget(row, 1, cls)
        table.setCellWidget(row, 2, cell)
        cls.currentIndexChanged.connect(self._classes_changed)
        self._classes_changed()
        table.resizeRowsToContents()
        return row

    def remove_language(self) -> None:
        row = self.language_table.currentRow()
        if row < 0:
            row = self.language_table.rowCount() - 1
        if row >= 0:
            self.language_table.removeRow(row)

    def language_widgets(self, row: int) -> tuple[QComboBox, QComboBox, QCheckBox]:
        code = self.language_table.cellWidget(row, 0)
        cls = self.language_table.cellWidget(row, 1)
        retour = self.language_table.cellWidget(row, 2).findChild(QCheckBox)
        assert isinstance(code, QComboBox) and isinstance(cls, QComboBox) and retour is not None
        return code, cls, retour

    def set_language_row(self, row: int, code: str, language_class: str, retour: bool = False) -> None:
        combo, cls, box = self.language_widgets(row)
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(code)
        cls.setCurrentIndex(max(cls.findData(language_class), 0))
        box.setChecked(retour)

    def _classes_changed(self) -> None:
        # Retour (working into a B) is a choice only for a B language.
        for row in range(self.language_table.rowCount()):
            _combo, cls, box = self.language_widgets(row)
            is_b = cls.currentData() == "B"
            box.setEnabled(is_b)
            if not is_b:
                box.setChecked(False)

    def skills(self) -> list[rules.LanguageSkill]:
        out = []
        for row in range(self.language_table.rowCount()):
            combo, cls, box = self.language_widgets(row)
            index = combo.findText(combo.currentText())
            code = combo.itemData(index) if index >= 0 else combo.currentText().strip().split(" ")[0].lower()
            out.append(rules.LanguageSkill(code or "", cls.currentData(), box.isChecked()))
        return out

    # -- saving -------------------------------------------------------------------

    def values(self) -> core.InterpreterData:
        return core.InterpreterData(
            id=self.data.id, family_name=self.family_name.text(), given_name=self.given_name.text(),
            email=self.email.text(), phone=self.phone.text(), contract=self.contract.currentData(),
            is_local=self.local.isChecked(), daily_rate=round(self.daily_rate.value(), 2),
            currency=self.currency.text().strip().upper(), notes=self.notes.toPlainText(), languages=self.skills())

    def unavailable(self) -> dict[tuple[dt.date, str], bool]:
        """The half-days unticked (the interpreter is available whenever nothing says otherwise)."""
        kept = {k: False for k in self.data.unavailable if k not in self.available}
        return kept | {k: False for k, box in self.available.items() if not box.isChecked()}

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in self.errors.values():
            label.hide()
            label.clear()
        rows: dict[int, list[str]] = {}
        for key, message in errors.items():
            text = translate_core(message)
            if key.startswith("languages["):
                row = int(key[len("languages["):key.index("]")])
                rows.setdefault(row, []).append(text)
                continue
            label = self.errors.get(key)
            if label is None:
                label = self.errors["languages"] if key.startswith("languages") else self.errors["family_name"]
            label.setText((label.text() + "\n" if label.text() else "") + text)
            label.show()
        for row in range(self.language_table.rowCount()):
            combo, cls, _box = self.language_widgets(row)
            style = f"border: 1px solid {ERROR_COLOUR};" if row in rows else ""
            combo.setStyleSheet(style)
            cls.setStyleSheet(style)
        if rows:
            label = self.errors["languages"]
            lines = [self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", " ".join(msgs))
                     for row, msgs in sorted(rows.items())]
            label.setText("\n".join(([label.text()] if label.text() else []) + lines))
            label.show()
        self.message.setText(self.tr("Please correct the fields marked in red.") if errors else "")

    def save(self) -> bool:
        """Save through the core (errors shown next to their fields), then the availability; closes on success."""
        data = self.values()
        try:
            interpreter_id = core.save_interpreter(self.db, data, Actor())
        except core.InterpreterValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except ConferenceDeskError as exc:
            self.show_errors({})
            self.message.setText(error_text(exc))
            return False
        self.data.id = interpreter_id
        try:
            core.set_availability(self.db, interpreter_id, self.unavailable(), Actor())
        except ConferenceDeskError as exc:
            self.show_errors({})
            self.message.setText(error_text(exc))
            return False
        self.saved_id = interpreter_id
        self.show_errors({})
        self.saved.emit(interpreter_id)
        self.accept()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = f"{self.data.given_name} {self.data.family_name}".strip()
        self.setWindowTitle(self.tr("Edit interpreter %1").replace("%1", name) if self.data.id
                            else self.tr("New interpreter"))
        self.identity_box.setTitle(self.tr("Interpreter"))
        for key, text in (("given_name", self.tr("&Given name:")), ("family_name", self.tr("&Family name:")),
                          ("email", self.tr("&E-mail:")), ("phone", self.tr("&Phone:")),
                          ("contract", self.tr("&Contract:")), ("local", self.tr("&Local:")),
                          ("daily_rate", self.tr("Daily &rate:")), ("notes", self.tr("&Notes:"))):
            self.labels[key].setText(text)
        self.local.setText(self.tr("Lives in the conference city (no travel or per diem)"))
        self.currency.setToolTip(self.tr("Currency: a three-letter code such as USD, EUR or MXN"))
        for index, value in enumerate(CONTRACT_LABELS):
            self.contract.setItemText(index, tr_label(CONTRACT_LABELS[value]))
        self.language_box.setTitle(self.tr("Languages"))
        self.language_help.setText(self.tr("A: mother tongue, works into it. B: active, works into it only with"
                                           " retour. C: passive, works only from it."))
        self.language_table.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Class"),
                                                       self.tr("Retour (into this B)")])
        self.language_table.resizeColumnsToContents()
        self.language_table.setColumnWidth(1, 64)
        self.language_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_language_button.setText(self.tr("&Add a language"))
        self.remove_language_button.setText(self.tr("Re&move the language"))
        self.availability_box.setTitle(self.tr("Available"))
        self.availability_help.setText(self.tr("Untick the half-days the interpreter cannot work."))
        for half, header in self.half_headers.items():
            header.setText(tr_label(HALF_LABELS[half]))
        other = [f"{day_text(d, self.language)} {tr_label(HALF_LABELS[h])}" for d, h in self.data.unavailable
                 if (d, h) not in self.available]
        self.availability_other.setText(self.tr("Also not available: %1").replace("%1", ", ".join(other))
                                        if other else "")
