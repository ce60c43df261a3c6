"""What the desk's one input holds: a badge code, or a name being typed.

A badge code is recognised by its **form** (prefix, alphabet, length; the check
character then tells a misread), however fast it was typed: a clerk copying a
code from a damaged badge, or a scanner set to a slow inter-character delay, is
still a scan.  A code at the end of stray typing ("zzqx" + a scan) is the scan.

Timing only helps where the form cannot: a scanner types a whole code as a
burst of keystrokes, well under ~30 ms apart, then Enter or Tab — or nothing at
all.  ``ScanDetector`` is fed each character with its time; it says when a
burst with no suffix is complete (after a short silence), and a burst of
something that is not our code (another barcode, a badly misread one) still
goes to the desk as a scan, to be refused with "could not read", never searched
as a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..badges.codes import CODE_LENGTH, PREFIX, looks_like_code, parse_code

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

    def burst_tail(self) -> str:
        """The end of the field that arrived as one machine-fast burst ("" when shorter than a scan).

        Letters typed by hand before a scan are not part of it.
        """
        times = self._times
        if not times or len(times) > len(self.text):
            return ""
        run = 1
        for a, b in zip(reversed(times[:-1]), reversed(times[1:])):
            if 0 <= b - a <= self.max_gap_ms:
                run += 1
            else:
                break
        return self.text[-run:] if run >= self.min_length else ""

    def entry(self, suffix: bool) -> tuple[str, str]:
        """What the field holds when it ends (Enter/Tab, or silence after a burst).

        ``("scan", code)``: a badge code (the whole text, or at its end), or what a scanner
        sent in one burst; ``("search", text)``: a name typed and ended with a suffix;
        ``("none", "")``: nothing to act on yet.
        """
        code = code_in(self.text)
        if code:
            return ("scan", code)
        tail = self.burst_tail().strip()
        if tail:
            return ("scan", tail)
        if suffix and self.text.strip():
            return ("search", self.text.strip())
        return ("none", "")

    def is_burst(self) -> bool:
        """Was everything in the field typed as one machine-fast burst?"""
        if len(self.text) < self.min_length or len(self._times) != len(self.text):
            return False
        gaps = [b - a for a, b in zip(self._times, self._times[1:])]
        return all(0 <= gap <= self.max_gap_ms for gap in gaps)

    def finished_by_silence(self, now_ms: float) -> bool:
        """A burst with no suffix: complete once the keys have stopped for ``silence_ms``."""
        return bool(self._times) and bool(self.burst_tail()) and now_ms - self._times[-1] >= self.silence_ms


def code_in(text: str) -> str:
    """The badge code in ``text``: all of it, or a code at its end after stray typing ("" if none).

    Recognised by form alone: a valid code, or one of our shape with a misread
    character (the desk then says "could not read this code").
    """
    compact = "".join(ch for ch in text if not ch.isspace())
    if not compact:
        return ""
    if looks_like_code(compact):
        return compact
    if len(compact) > CODE_LENGTH and parse_code(compact[-CODE_LENGTH:]) is not None:
        return compact[-CODE_LENGTH:]
    upper = compact.upper()
    start = upper.rfind(PREFIX)
    while start > 0:
        if looks_like_code(compact[start:]):
            return compact[start:]
        start = upper.rfind(PREFIX, 0, start)
    return ""
