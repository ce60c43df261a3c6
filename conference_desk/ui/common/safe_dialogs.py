"""Safe defaults for every dialog: the primary action is the default button (Enter), and
Escape or closing a form with changes asks before throwing them away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)


class _DefaultWhenShown(QObject):
    """Makes the button the default each time it is shown: a dialog picks its first button as
    the default when it opens unless one is set by then, and a button set as the default
    before it was put into its dialog does not count."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QPushButton):
            watched.setDefault(False)  # setDefault(True) on a button already marked does nothing:
            watched.setDefault(True)   # unmark first, so the dialog itself hears of it
        return False


def make_primary(button: QPushButton | None) -> None:
    """``button`` is what Enter presses in its dialog (not whichever button came first)."""
    if button is None:
        return
    button.setAutoDefault(True)
    button.setDefault(True)
    if not any(isinstance(f, _DefaultWhenShown) for f in button.children()):
        button.installEventFilter(_DefaultWhenShown(button))


def primary_of(buttons: QDialogButtonBox) -> QPushButton | None:
    """The accepting button of a button box (Save, OK, Apply…), made the default."""
    for button in buttons.buttons():
        if buttons.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                          QDialogButtonBox.ButtonRole.YesRole,
                                          QDialogButtonBox.ButtonRole.ApplyRole):
            assert isinstance(button, QPushButton)
            make_primary(button)
            return button
    return None


def form_state(root: QWidget) -> list[Any]:
    """What the user can change in ``root``: texts, choices, ticks and numbers, in widget order."""
    state: list[Any] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            state.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText() if widget.isEditable() else ""))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return state


class UnsavedChanges(QObject):
    """Remembers a dialog's form as loaded; ``confirm(proceed)`` asks before closing a changed form."""

    def __init__(self, dialog: QDialog, fields: QWidget | None = None) -> None:
        """``fields``: the part of the dialog saved by its Save button (default: all of it)."""
        super().__init__(dialog)
        self.dialog = dialog
        self.fields = fields or dialog
        self.question: QMessageBox | None = None
        self.mark_clean()

    def mark_clean(self) -> None:
        self.baseline = form_state(self.fields)

    def is_dirty(self) -> bool:
        return form_state(self.fields) != self.baseline

    def confirm(self, proceed: Callable[[], None]) -> None:
        """``proceed()`` at once when nothing changed; else ask, and proceed only on "Discard"."""
        if not self.is_dirty() or QCoreApplication.closingDown() or not self.dialog.isVisible():
            proceed()
            return
        if self.question is not None and self.question.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Close without saving? The changes made in this window will be lost."),
                          QMessageBox.StandardButton.NoButton, self.dialog)
        discard = box.addButton(self.tr("&Discard the changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter or Escape keep the work
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda clicked: proceed() if clicked is discard else None)
        self.question = box
        box.open()
