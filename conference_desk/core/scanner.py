"""Telling a USB scanner (keyboard wedge) from a person typing, by timing.

A scanner types a whole code as a burst of keystrokes, well under ~30 ms
apart, then Enter or Tab — or nothing at all.  A person types slower and
unevenly.  ``ScanDetector`` is fed each character with its time; it says when
the text in the field is a complete scan (on Enter/Tab, or after a short
silence following a burst), so the desk can act at once and never mistake a
scan for a search, nor a search for a scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_GAP_MS = 40.0  # between two keystrokes of one burst
MIN_SCAN_LENGTH = 8  # shorter bursts are a fast typist, not a badge
SILENCE_MS = 80.0  # a burst followed by this much silence ends without a suffix


@dataclass
class ScanDetector:
    max_gap_ms: float = MAX_GAP_MS
    min_length: int = MIN_SCAN_LENGTH
    silence_ms: float = SILENCE_MS
    text: str = ""
    _times: list[float] = field(default_factory=list)

    def reset(self) -> None:
        self.text = ""
        self._times.clear()

    def feed(self, char: str, at_ms: float) -> None:
        """A printable character arrived at ``at_ms`` (a monotonic clock in milliseconds)."""
        self.text += char
        self._times.append(at_ms)

    def backspace(self) -> None:
        self.text = self.text[:-1]
        if self._times:
            self._times.pop()
        self._times = []  # an edited field is typing, never a scan

    def is_burst(self) -> bool:
        """Was everything in the field typed as one machine-fast burst?"""
        if len(self.text) < self.min_length or len(self._times) != len(self.text):
            return False
        gaps = [b - a for a, b in zip(self._times, self._times[1:])]
        return all(0 <= gap <= self.max_gap_ms for gap in gaps)

    def finished_by_silence(self, now_ms: float) -> bool:
        """A burst with no suffix: complete once the keys have stopped for ``silence_ms``."""
        return bool(self._times) and self.is_burst() and now_ms - self._times[-1] >= self.silence_ms
