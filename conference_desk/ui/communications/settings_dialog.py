"""Mail settings: SMTP server, security, user, sender, reply-to; password into the OS keyring; a test message."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from conference_desk.core.communications import settings as mail_settings, smtp
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError


class MailSettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Mail settings"))
        current = mail_settings.load_settings(db)
        self.host = QLineEdit(current.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox()
        for key, label in (("none", self.tr("None")), ("starttls", self.tr("STARTTLS")), ("tls", self.tr("TLS"))):
            self.security.addItem(label, key)
        self.security.setCurrentIndex(max(0, self.security.findData(current.security)))
        self.user = QLineEdit(current.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender = QLineEdit(current.sender)
        self.reply_to = QLineEdit(current.reply_to)
        self.throttle = QSpinBox()
        self.throttle.setRange(0, 10000)
        self.throttle.setValue(current.throttle_per_minute)
        form = QFormLayout()
        form.addRow(self.tr("SMTP server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sender:"), self.sender)
        form.addRow(self.tr("Reply-to:"), self.reply_to)
        form.addRow(self.tr("Messages a minute (0: no limit):"), self.throttle)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        if mail_settings.keyring_available():
            self.keyring_note.setText(self.tr("The password is kept in this computer's keyring, never in the "
                                              "database or a file."))
        else:
            self.keyring_note.setText(self.tr("This computer has no keyring: the password cannot be kept and "
                                              "will be asked for when messages are sent."))
        self.test_button = QPushButton(self.tr("Send a test message…"))
        self.test_button.clicked.connect(self._test)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.test_button)
        layout.addWidget(buttons)

    def values(self) -> mail_settings.MailSettings:
        current = mail_settings.load_settings(self.db)
        current.host = self.host.text().strip()
        current.port = self.port.value()
        current.security = str(self.security.currentData())
        current.user = self.user.text().strip()
        current.sender = self.sender.text().strip()
        current.reply_to = self.reply_to.text().strip()
        current.throttle_per_minute = self.throttle.value()
        return current

    def _save(self) -> None:
        values = self.values()
        try:
            mail_settings.save_settings(self.db, values)
            if self.password.text():
                mail_settings.store_password(values, self.password.text())
        except mail_settings.KeyringUnavailable:
            QMessageBox.information(self, self.tr("Mail settings"), self.keyring_note.text())
        except ConferenceDeskError as exc:
            QMessageBox.warning(self, self.tr("Mail settings"), str(exc))
            return
        self.accept()

    def _test(self) -> None:
        to, ok = QInputDialog.getText(self, self.tr("Send a test message"), self.tr("Send the test message to:"))
        if not ok or not to.strip():
            return
        values = self.values()
        password = self.password.text() or mail_settings.get_password(values)
        try:
            smtp.send_test(values, password, to.strip())
        except smtp.SmtpUnavailable as exc:
            QMessageBox.warning(self, self.tr("Send a test message"),
                                self.tr("The test message was not sent: %1").replace("%1", str(exc)))
            return
        QMessageBox.information(self, self.tr("Send a test message"), self.tr("The test message was sent."))
