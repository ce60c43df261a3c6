"""File → Connect to a server…: a shared PostgreSQL database for several desks.

Host, port, database, user and password (or a pasted URL); "Test" tries the
connection.  Host, port, database and user are remembered in QSettings
("server/…"); the password only when "Remember the password" is ticked — it
is then stored *in plain text* in the settings file (the dialog says so).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from conference_desk.core.foundation.db import database_url

from ..common.safe_dialogs import primary_of


class ConnectDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.settings = settings
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("serverUrl")
        self.url_edit.setPlaceholderText("postgresql+psycopg://iclc2015_clerk:…@192.168.1.10:5432/iclc2015")
        self.url_edit.editingFinished.connect(self._url_pasted)
        self.host = QLineEdit(str(settings.value("server/host", "") or ""))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.value("server/port", 5432) or 5432))
        self.database = QLineEdit(str(settings.value("server/database", "") or ""))
        self.user = QLineEdit(str(settings.value("server/user", "") or ""))
        self.password = QLineEdit(str(settings.value("server/password", "") or ""))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password"))
        self.remember.setChecked(bool(settings.value("server/password", "")))
        self.remember_note = QLabel(self.tr(
            "The password is then stored in plain text in this computer's settings file."))
        self.remember_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.clicked.connect(self.test_connection)
        form = QFormLayout()
        form.addRow(self.tr("Paste a &URL:"), self.url_edit)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        primary_of(buttons)  # Enter connects
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Connect to a server"))

    def _url_pasted(self) -> None:
        text = self.url_edit.text().strip()
        if not text:
            return
        try:
            url = make_url(text)
        except Exception:  # noqa: BLE001 - any parse error: say so
            self.status.setText(self.tr("Not a database URL."))
            return
        self.host.setText(url.host or "")
        if url.port:
            self.port.setValue(int(url.port))
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        if url.password is not None:
            self.password.setText(str(url.password))

    def url(self) -> str:
        """The connection URL the fields describe (password included)."""
        return URL.create(
            "postgresql+psycopg", username=self.user.text().strip() or None,
            password=self.password.text() or None, host=self.host.text().strip() or None,
            port=self.port.value(), database=self.database.text().strip() or None,
        ).render_as_string(hide_password=False)

    def test_connection(self) -> bool:
        from sqlalchemy import create_engine, text

        try:
            engine = create_engine(database_url(self.url()), connect_args={"connect_timeout": 5})
            try:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
            finally:
                engine.dispose()
        except Exception as exc:  # noqa: BLE001 - the driver's reason, shown to the user
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            self.status.setText(self.tr("Cannot connect: %1").replace("%1", reason))
            return False
        self.status.setText(self.tr("Connected."))
        return True

    def remember_fields(self) -> None:
        self.settings.setValue("server/host", self.host.text().strip())
        self.settings.setValue("server/port", self.port.value())
        self.settings.setValue("server/database", self.database.text().strip())
        self.settings.setValue("server/user", self.user.text().strip())
        if self.remember.isChecked():
            self.settings.setValue("server/password", self.password.text())
        else:
            self.settings.remove("server/password")

    def _accept(self) -> None:
        if not self.host.text().strip() or not self.database.text().strip():
            self.status.setText(self.tr("Give the server's host and the database."))
            return
        self.remember_fields()
        self.accept()
