"""The transport screen's line of news: what was done in plain text, a refusal or a failure in red, translated."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from conference_desk.core.foundation.messages import message_of

from ..common.core_messages import translate_core
from .shared import ERROR


class MessageLine(QLabel):
    """One message at a time; the core's messages (``Text``) are shown in the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transportMessage")
        self.setWordWrap(True)

    def show_message(self, text: str) -> None:
        self.setStyleSheet("")
        self.setText(text)

    def show_error(self, message: str) -> None:
        self.setStyleSheet(f"color: {ERROR};")
        self.setText(translate_core(message))

    def show_refusal(self, exc: BaseException) -> None:
        self.show_error(message_of(exc))
