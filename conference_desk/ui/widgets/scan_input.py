"""One input for both a USB badge scanner and a clerk typing a name."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from conference_desk.core.scanner import ScanDetector


class ScanInput(QLineEdit):
    """Emits ``scanned`` for a scanner burst (with Enter, Tab or no suffix),
    ``search_changed`` as a person types, and ``submitted`` on Enter after typing."""

    scanned = Signal(str)
    search_changed = Signal(str)
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detector = ScanDetector()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.silence = QTimer(self)
        self.silence.setSingleShot(True)
        self.silence.setInterval(int(self.detector.silence_ms) + 10)
        self.silence.timeout.connect(self._silence_elapsed)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(self._emit_search)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self._finish(suffix=True)
            return
        if key == Qt.Key.Key_Escape:
            self.clear_all()
            return
        if key == Qt.Key.Key_Backspace:
            super().keyPressEvent(event)
            self.detector.backspace()
            self.detector.text = self.text()
            self.search_timer.start()
            return
        text = event.text()
        if text and text.isprintable():
            if self.selectedText() or self.cursorPosition() != len(self.text()):
                # Typing over a selection or in the middle: start afresh as typing.
                super().keyPressEvent(event)
                self.detector.reset()
                self.detector.text = self.text()
                self.detector._times = []
            else:
                super().keyPressEvent(event)
                self.detector.feed(text, float(self.clock.elapsed()))
            self.silence.start()
            self.search_timer.start()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:  # noqa: N802 - Tab is a scanner suffix here
        return False

    def _silence_elapsed(self) -> None:
        if self.detector.finished_by_silence(float(self.clock.elapsed())):
            self._finish(suffix=False)

    def _finish(self, suffix: bool) -> None:
        self.silence.stop()
        text = self.text().strip()
        if not text:
            return
        if self.detector.is_burst():
            self.search_timer.stop()
            self.clear_all()
            self.scanned.emit(text)
        elif suffix:
            self.search_timer.stop()
            self.submitted.emit(text)

    def _emit_search(self) -> None:
        if not self.detector.is_burst():
            self.search_changed.emit(self.text())

    def clear_all(self) -> None:
        self.detector.reset()
        self.silence.stop()
        self.search_timer.stop()
        self.clear()
        self.search_changed.emit("")
