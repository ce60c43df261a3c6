"""The About dialog."""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from conference_desk import __version__


class AboutDialog(QDialog):
    def __init__(self, database: str, conference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Conference Desk"))
        layout = QVBoxLayout(self)
        text = QLabel()
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setText(
            "<h2>Conference Desk</h2>"
            + "<p>" + self.tr("Version %1").replace("%1", __version__) + "</p>"
            + "<p>" + self.tr(
                "Logistics of an international conference, from registration to the "
                "last badge scan: delegations, hotels, programme, interpreters, badges "
                "and check-in."
            ) + "</p>"
            + "<p>" + self.tr("Conference: %1").replace("%1", _escape(conference)) + "<br>"
            + self.tr("Database: %1").replace("%1", _escape(database)) + "</p>"
        )
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.text = text

