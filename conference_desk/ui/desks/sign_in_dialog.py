"""Signing in at a desk: operator name and PIN (shown at start when operators exist)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.desks import operators
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of

from ..common.safe_dialogs import primary_of
from ..common import session_state
from ..common.core_messages import translate_core


class SignInDialog(QDialog):
    """Name (editable list of active operators) + PIN; refusals shown in the dialog."""

    def __init__(self, db: Database, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.db = db
        self.settings = settings
        self.operator: operators.OperatorInfo | None = None
        self.name = QComboBox()
        self.name.setObjectName("operatorName")
        self.name.setEditable(True)
        try:
            names = [o.name for o in operators.list_operators(db, include_inactive=False)]
        except ConferenceDeskError:
            names = []
        self.name.addItems(names)
        last = str(settings.value("desk/last_operator", "") or "") if settings is not None else ""
        self.name.setCurrentText(last if last in names else "")
        self.pin = QLineEdit()
        self.pin.setObjectName("operatorPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(operators.PIN_MAX)
        self.desk = QLineEdit(session_state.desk_name(settings))
        self.desk.setObjectName("deskName")
        self.desk.setMaxLength(40)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")
        self.intro = QLabel(self.tr("Sign in to work at this desk."))
        self.intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Operator:"), self.name)
        form.addRow(self.tr("&PIN:"), self.pin)
        form.addRow(self.tr("&Desk:"), self.desk)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        primary_of(self.buttons)  # Enter does what the dialog is for
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Sign in — Conference Desk"))
        (self.pin if self.name.currentText() else self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def try_sign_in(self) -> bool:
        name = self.name.currentText().strip()
        if not name:
            self.message.setText(self.tr("Type or choose your name."))
            return False
        try:
            info = operators.sign_in(self.db, name, self.pin.text())
        except operators.SignInRefused as exc:
            self.pin.clear()
            self.pin.setFocus()
            if exc.reason == "locked":
                self.message.setText(self.tr("Locked out after too many wrong PINs. Try again in %n second(s).", "",
                                             int(exc.seconds_left or 60)))
            elif exc.reason == "wrong_pin":
                self.message.setText(self.tr("Wrong PIN. %n more wrong PIN(s) lock this name for a minute.", "",
                                             int(exc.tries_left or 0)))
            else:
                self.message.setText(translate_core(message_of(exc)))
            return False
        except ConferenceDeskError as exc:
            self.message.setText(translate_core(message_of(exc)))
            return False
        desk = self.desk.text().strip() or session_state.default_desk_name()
        if self.settings is not None:
            self.settings.setValue("desk/name", desk)
            self.settings.setValue("desk/last_operator", info.name)
        session_state.sign_in(info, desk)
        self.operator = info
        self.accept()
        return True
