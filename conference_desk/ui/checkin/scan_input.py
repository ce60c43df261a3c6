"""One input for both a USB badge scanner and a clerk typing a name."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from conference_desk.core.checkin.scanner import ScanDetector


class ScanInput(QLineEdit):
    """What the field holds decides, not how fast it came (``core/scanner``).

    Signals: ``scanned`` a badge code (the whole text or a code at its end, typed
    at any speed, ended by Enter/Tab or by silence after a scanner burst);
    ``submitted`` a name ended by Enter; ``search_changed`` as a person types;
    ``typing_started`` on the first key into an empty field; ``cancelled`` on
    Escape.  Every Enter empties the field, so a scan never lands behind stale text.
    """

    scanned = Signal(str)
    search_changed = Signal(str)
    submitted = Signal(str)
    typing_started = Signal()
    cancelled = Signal()

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
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(suffix=True, enter=True)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._finish(suffix=True, enter=False)
            return
        if key == Qt.Key.Key_Escape:
            self.clear_all()
            self.cancelled.emit()
            return
        was_empty = not self.text()
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
            else:
                super().keyPressEvent(event)
                self.detector.feed(text, float(self.clock.elapsed()))
            if was_empty:
                self.typing_started.emit()
            self.silence.start()
            self.search_timer.start()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:  # noqa: N802 - Tab is a scanner suffix here
        return False

    def _silence_elapsed(self) -> None:
        if self.detector.finished_by_silence(float(self.clock.elapsed())):
            kind, text = self.detector.entry(suffix=False)
            if kind == "scan":
                self.clear_all(announce=False)
                self.scanned.emit(text)

    def _finish(self, suffix: bool, enter: bool) -> None:
        self.silence.stop()
        self.detector.text = self.text()
        kind, text = self.detector.entry(suffix=suffix)
        if kind == "scan":
            self.clear_all(announce=False)
            self.scanned.emit(text)
        elif kind == "search" and enter:
            self.clear_all(announce=False)
            self.submitted.emit(text)
        # Tab after a typed name: a scanner suffix with nothing of a scan in front, so nothing happens.

    def _emit_search(self) -> None:
        if not self.detector.burst_tail():
            self.search_changed.emit(self.text())

    def clear_all(self, announce: bool = True) -> None:
        """Empty the field; ``announce``: also tell the screen the search is gone."""
        self.detector.reset()
        self.silence.stop()
        self.search_timer.stop()
        self.clear()
        if announce:
            self.search_changed.emit("")
