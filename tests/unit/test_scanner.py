"""Scanner bursts versus people typing (timing only)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conference_desk.core.checkin.scanner import ScanDetector

CODE = "CD1K7Q2M9XW4HT6RZ0PB3VNA8E"


def feed(detector: ScanDetector, text: str, gaps: list[float], start: float = 1000.0) -> float:
    at = start
    for char, gap in zip(text, gaps):
        at += gap
        detector.feed(char, at)
    return at


def test_a_scanner_burst_is_a_scan() -> None:
    d = ScanDetector()
    end = feed(d, CODE, [8.0] * len(CODE))
    assert d.is_burst()
    assert not d.finished_by_silence(end + 20)
    assert d.finished_by_silence(end + 90)


def test_a_person_typing_a_name_is_not_a_scan() -> None:
    d = ScanDetector()
    end = feed(d, "garcia lopez", [120, 95, 180, 60, 140, 210, 90, 110, 150, 70, 130, 100])
    assert not d.is_burst()
    assert not d.finished_by_silence(end + 1000)


def test_a_fast_typist_with_a_short_word_is_not_a_scan() -> None:
    d = ScanDetector()
    feed(d, "jose", [25, 25, 25, 25])
    assert not d.is_burst()


def test_one_slow_keystroke_inside_breaks_the_burst() -> None:
    d = ScanDetector()
    feed(d, CODE, [8.0] * 10 + [300.0] + [8.0] * (len(CODE) - 11))
    assert not d.is_burst()


def test_editing_the_field_makes_it_typing() -> None:
    d = ScanDetector()
    feed(d, CODE, [8.0] * len(CODE))
    d.backspace()
    assert not d.is_burst()


@given(st.lists(st.floats(min_value=45, max_value=2000), min_size=8, max_size=40))
def test_human_gaps_never_make_a_scan(gaps: list[float]) -> None:
    d = ScanDetector()
    feed(d, "x" * len(gaps), gaps)
    assert not d.is_burst()


@given(st.lists(st.floats(min_value=0, max_value=35), min_size=8, max_size=60))
def test_machine_gaps_always_make_a_scan(gaps: list[float]) -> None:
    d = ScanDetector()
    feed(d, "A" * len(gaps), gaps)
    assert d.is_burst()
