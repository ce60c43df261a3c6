"""An area that is planned but not built yet says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderScreen(QWidget):
    """Names the area, says what it will do, and that it is not built yet."""

    def __init__(self, context: str, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # ``title`` and ``purpose`` are source texts marked with QT_TRANSLATE_NOOP
        # in ``context``; they are translated each time the language changes.
        self._context, self._title, self._purpose = context, title, purpose
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(int(font.pointSize() * 1.5))
        font.setBold(True)
        self.heading.setFont(font)
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("notBuiltYet")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("QLabel#notBuiltYet { color: #8a5a00; font-weight: bold; }")
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose)
        layout.addSpacing(12)
        layout.addWidget(self.status)
        self.facts = QLabel()
        self.facts.setObjectName("areaFacts")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.retranslate()

    def set_facts(self, text: str) -> None:
        """What the database already holds for this area (shown under the status)."""
        self.facts.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate(self._context, self._title))
        self.purpose.setText(QCoreApplication.translate(self._context, self._purpose))
        self.status.setText(
            self.tr(
                "This area is not built yet. Its data already has a place in the "
                "conference database; the screen comes in a later version."
            )
        )
