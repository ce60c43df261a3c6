"""Walk-in registration at the desk: a short form, under a minute.

Enter registers (the primary action is the default button); Escape or closing a
form with something typed in it asks before throwing it away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.db import Database
from conference_desk.core.people.registration import Choice, category_choices, delegation_choices
from conference_desk.core.foundation.text import fold

from ..common.core_messages import translate_core

ERROR_STYLE = "border: 1px solid #c62828; background: #fff3f3;"


class WalkInDialog(QDialog):
    """Names, country or organisation, category, e-mail; the screen registers and checks in."""

    submitted_values = Signal(dict, bool)  # values, print the badge too

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WalkInDialog")
        with db.session() as session:
            self.choices = delegation_choices(session, language)
            self.categories = category_choices(session, language)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.where = QComboBox()
        self.where.setEditable(True)
        self.where.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.where.addItem("", None)
        for choice in self.choices:
            self.where.addItem(choice.label, choice)
        completer = QCompleter([c.label for c in self.choices], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.where.setCompleter(completer)
        # Enter in the country field registers too, unless it just picked a country from the list.
        self._completed = False
        completer.activated.connect(self._country_picked)
        self.where.lineEdit().returnPressed.connect(self._where_enter)
        self.where.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.where.setMinimumContentsLength(24)
        self.category = QComboBox()
        for choice in self.categories:
            self.category.addItem(choice.label, choice.extra)
        delegate = self.category.findData("delegate")
        self.category.setCurrentIndex(max(delegate, 0))
        self.email = QLineEdit()
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.given, self.family, self.where, self.category, self.email)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.problems = QLabel()
        self.problems.setObjectName("walkInProblems")
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_print = QPushButton()
        self.register_print.setObjectName("walkInRegisterPrint")
        self.register_only = QPushButton()
        self.register_only.setObjectName("walkInRegisterOnly")
        self.buttons.addButton(self.register_print, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.register_only, QDialogButtonBox.ButtonRole.ApplyRole)
        # The primary action is the default; no other button becomes default by taking the focus.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.register_print.setDefault(True)
        self.register_print.clicked.connect(lambda: self.submit(True))
        self.register_only.clicked.connect(lambda: self.submit(False))
        self.buttons.rejected.connect(self.reject)
        self.saved = False  # set by the screen once registered: closing then asks nothing
        self.discard_question: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.given.setFocus()

    def has_input(self) -> bool:
        return any(w.text().strip() for w in (self.given, self.family, self.email)) \
            or bool(self.where.currentText().strip())

    def _country_picked(self, _text: str) -> None:
        self._completed = True

    def _where_enter(self) -> None:
        popup = self.where.completer().popup() if self.where.completer() else None
        if self._completed or (popup is not None and popup.isVisible()) or self.where.view().isVisible():
            self._completed = False
            return
        self.submit(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.where.completer().popup() if self.where.completer() else None
            if popup is not None and popup.isVisible():
                return  # Enter picks from the country list first
            self.submit(True)
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: ask first when something was typed."""
        if self.saved or not self.has_input():
            super().reject()
            return
        if self.discard_question is not None and self.discard_question.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Walk-in registration"),
                          self.tr("Discard this walk-in registration? Nothing has been registered yet."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._discard_answered(box))
        self.discard_question = box
        box.open()

    def _discard_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            self.saved = True  # nothing to keep: close without asking again
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.saved or not self.has_input():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def selected(self) -> Choice | None:
        text = fold(self.where.currentText())
        if not text:
            return None
        for index in range(1, self.where.count()):
            choice: Choice = self.where.itemData(index)
            if fold(choice.label) == text or fold(choice.extra) == text:
                return choice
        return None

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "given_name": self.given.text().strip(), "family_name": self.family.text().strip(),
            "category": self.category.currentData(), "email": self.email.text().strip(),
        }
        choice = self.selected()
        if choice is not None and choice.kind == "state":
            values["country"] = choice.extra
        elif choice is not None:
            values["organisation"] = choice.label
        elif self.where.currentText().strip():
            values["organisation"] = self.where.currentText().strip()  # a new organisation
        return values

    def submit(self, print_badge: bool) -> None:
        if self.saved or not self.isVisible():
            return  # one Enter reaches the field, the dialog and its default button: register once
        self.problems.setText("")
        for widget in (self.given, self.family, self.where, self.email):
            widget.setStyleSheet("")
        self.submitted_values.emit(self.values(), print_badge)

    def show_problems(self, problems: list[Any] | None, message: str) -> None:
        widgets = {"given_name": self.given, "family_name": self.family, "badge_name": self.family,
                   "country": self.where,
                   "organisation": self.where, "email": self.email}
        lines = []
        for problem in problems or []:
            widget = widgets.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
            lines.append(translate_core(problem.message))
        self.problems.setText("\n".join(lines) or message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Walk-in registration"))
        for label, text in zip(self.labels, (self.tr("Given name:"), self.tr("Family name:"),
                                             self.tr("Country or organisation:"), self.tr("Category:"),
                                             self.tr("E-mail:"))):
            label.setText(text)
        self.register_print.setText(self.tr("Register, check in and print badge"))
        self.register_only.setText(self.tr("Register and check in"))
