"""The check-in input: a scanner burst is a scan; a person typing is a search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conference_desk.ui.checkin.scan_input import ScanInput

CODE = "CD1K7Q2M9XW4HT6RZ0PB3VNA8E"


def make(qtbot: QtBot) -> ScanInput:
    widget = ScanInput()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def test_scanner_burst_ending_in_enter(qtbot: QtBot) -> None:
    widget = make(qtbot)
    with qtbot.waitSignal(widget.scanned, timeout=2000) as scan:
        qtbot.keyClicks(widget, CODE, delay=3)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert scan.args == [CODE]
    assert widget.text() == ""


def test_scanner_burst_ending_in_tab_keeps_the_focus(qtbot: QtBot) -> None:
    widget = make(qtbot)
    with qtbot.waitSignal(widget.scanned, timeout=2000) as scan:
        qtbot.keyClicks(widget, CODE, delay=3)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert scan.args == [CODE]


def test_scanner_burst_without_suffix_ends_by_silence(qtbot: QtBot) -> None:
    widget = make(qtbot)
    with qtbot.waitSignal(widget.scanned, timeout=2000) as scan:
        qtbot.keyClicks(widget, CODE, delay=3)
    assert scan.args == [CODE]


def test_a_person_typing_searches_and_enter_submits(qtbot: QtBot) -> None:
    widget = make(qtbot)
    scans: list[str] = []
    widget.scanned.connect(scans.append)
    with qtbot.waitSignal(widget.search_changed, timeout=3000, check_params_cb=lambda t: t == "garcia"):
        qtbot.keyClicks(widget, "garcia", delay=90)
    with qtbot.waitSignal(widget.submitted, timeout=2000) as submitted:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert submitted.args == ["garcia"]
    assert scans == []


def test_a_long_day_of_scans_does_not_corrupt_the_interpreter(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to None on every call of a base event
    handler from Python; a desk crashed after about a thousand keystrokes."""
    import sys

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget = make(qtbot)
    scans: list[str] = []
    widget.scanned.connect(scans.append)
    before = sys.getrefcount(None)
    for _ in range(60):
        for char in CODE:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key(ord(char)), Qt.KeyboardModifier.NoModifier, char))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier, "\r"))
    assert len(scans) == 60 and set(scans) == {CODE}
    assert sys.getrefcount(None) > before - 200  # 60 × 27 keystrokes: no steady loss
