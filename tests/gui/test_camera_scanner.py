"""Webcam scanning and outcome sounds: real printed badges decoded from camera-like frames."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtMultimedia import QSoundEffect, QVideoFrame
from pytestqt.qtbot import QtBot

from conference_desk.core.badges import service
from conference_desk.core.badges.render import rasterise_pdf
from conference_desk.core.foundation.db import Database
from conference_desk.ui.common import sounds as sounds_module
from conference_desk.ui.common.badge_printing import pil_to_qimage
from conference_desk.ui.checkin.screen import CheckInScreen
from conference_desk.ui.common.sounds import OUTCOMES, sound_path
from conference_desk.ui.common.tasks import wait_for_tasks
from conference_desk.ui.checkin.camera_scanner import CameraScanner, SightingDebouncer, decode_qr
from tests.templates import Templates

pytestmark = pytest.mark.gui


# -- real badges, seen as a webcam sees them ------------------------------------------------

@pytest.fixture
def printed(db: Database, demo_templates: Templates, tmp_path: Path) -> tuple[dict[int, str], QImage]:
    """Four badges printed by the badge service (one A6 4-up sheet) and the sheet at 150 dpi."""
    demo_templates.populate_demo(db, 12, seed=5)
    with db.session() as s:
        from sqlalchemy import select

        from conference_desk.core.foundation.models import Participant, ParticipantStatus

        ids = list(s.scalars(select(Participant.id).where(Participant.status != ParticipantStatus.CANCELLED)
                             .order_by(Participant.id).limit(4)))
    result = service.print_badges(db, ids, tmp_path / "badges.pdf")
    (page,) = rasterise_pdf(tmp_path / "badges.pdf", dpi=150)
    try:
        return result.codes, pil_to_qimage(page)
    finally:
        page.close()


def webcam_frame(sheet: QImage, quarter: int = 0, angle: float = 7.0) -> QImage:
    """A 1280×720 camera frame: one badge of the sheet, held slightly tilted against a grey background."""
    half_w, half_h = sheet.width() // 2, sheet.height() // 2
    badge = sheet.copy((quarter % 2) * half_w, (quarter // 2) * half_h, half_w, half_h)
    badge = badge.scaledToHeight(640, Qt.TransformationMode.SmoothTransformation)
    badge = badge.transformed(QTransform().rotate(angle), Qt.TransformationMode.SmoothTransformation)
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor("#5f6368"))
    painter = QPainter(frame)
    painter.drawImage((1280 - badge.width()) // 2, (720 - badge.height()) // 2, badge)
    painter.end()
    return frame


def test_decode_qr_reads_every_code_on_a_printed_sheet(printed: tuple[dict[int, str], QImage]) -> None:
    codes, sheet = printed
    assert sorted(decode_qr(sheet)) == sorted(codes.values())
    assert decode_qr(QImage()) == []
    blank = QImage(1280, 720, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert decode_qr(blank) == []


def test_decode_qr_reads_a_tilted_badge_in_a_webcam_frame(printed: tuple[dict[int, str], QImage]) -> None:
    codes, sheet = printed
    seen = [decode_qr(webcam_frame(sheet, quarter)) for quarter in range(4)]
    assert all(len(found) == 1 for found in seen), seen
    assert sorted(found[0] for found in seen) == sorted(codes.values())


# -- the widget: throttling and debouncing -----------------------------------------------------

@pytest.fixture
def scanner(qtbot: QtBot) -> Iterator[CameraScanner]:
    widget = CameraScanner()
    qtbot.addWidget(widget)
    yield widget
    wait_for_tasks()


def feed(qtbot: QtBot, scanner: CameraScanner, picture: QImage | QVideoFrame) -> None:
    """One frame, decoded to the end (as if the previous decode had finished in time)."""
    before = scanner.frames_decoded
    assert scanner.handle_frame(picture)
    qtbot.waitUntil(lambda: scanner.frames_decoded == before + 1 and not scanner.busy, timeout=5000)


def test_a_badge_held_in_front_of_the_camera_is_one_scan(qtbot: QtBot, scanner: CameraScanner,
                                                          printed: tuple[dict[int, str], QImage]) -> None:
    codes, sheet = printed
    clock = [100.0]
    scanner.debouncer = SightingDebouncer(3.0, clock=lambda: clock[0])
    scanner.min_interval_ms = 0
    frame = webcam_frame(sheet, 0)
    (expected,) = decode_qr(frame)
    emitted: list[str] = []
    scanner.decoded.connect(emitted.append)
    for _ in range(10):  # ten frames of the same badge over 2 s, as real QVideoFrames
        feed(qtbot, scanner, QVideoFrame(frame))
        clock[0] += 0.2
    assert emitted == [expected]
    assert scanner.frames_decoded == 10
    other = webcam_frame(sheet, 3, angle=-5)
    feed(qtbot, scanner, other)
    assert len(emitted) == 2 and emitted[1] in codes.values() and emitted[1] != expected
    clock[0] += 3.5  # the first badge was put away, then shown again: a new scan
    feed(qtbot, scanner, frame)
    assert emitted[2] == expected


def test_frames_arriving_during_a_decode_are_dropped(qtbot: QtBot, scanner: CameraScanner,
                                                     printed: tuple[dict[int, str], QImage]) -> None:
    _codes, sheet = printed
    frame = webcam_frame(sheet, 1)
    started = [scanner.handle_image(frame) for _ in range(10)]  # a burst at camera speed
    assert started == [True] + [False] * 9
    qtbot.waitUntil(lambda: not scanner.busy, timeout=5000)
    assert scanner.frames_decoded == 1 and scanner.frames_seen == 10
    assert not scanner.handle_image(frame)  # less than min_interval_ms after the last start
    qtbot.wait(scanner.min_interval_ms + 20)
    assert scanner.handle_image(frame)
    qtbot.waitUntil(lambda: not scanner.busy, timeout=5000)


def test_debouncer_renews_the_hold_while_a_code_stays_in_view() -> None:
    now = [0.0]
    debouncer = SightingDebouncer(3.0, clock=lambda: now[0])
    assert debouncer.accept(["A"]) == ["A"]
    for _ in range(20):  # 10 s in view, seen every half second
        now[0] += 0.5
        assert debouncer.accept(["A"]) == []
    assert debouncer.accept(["A", "B", "B"]) == ["B"]
    now[0] += 3.0
    assert debouncer.accept(["A"]) == ["A"]


def test_without_a_camera_the_widget_says_so_and_start_is_disabled(
        qtbot: QtBot, scanner: CameraScanner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CameraScanner, "cameras", lambda self: [])
    scanner.refresh_cameras()
    scanner.show()
    assert scanner.message() == "No camera found"
    assert scanner.placeholder.text() == "No camera found" and scanner.placeholder.isVisible()
    assert not scanner.start_button.isEnabled() and not scanner.stop_button.isEnabled()
    assert not scanner.camera_combo.isEnabled()
    assert scanner.start() is False and not scanner.is_running()


def test_the_camera_list_follows_devices_plugged_in_and_out(
        qtbot: QtBot, scanner: CameraScanner, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtMultimedia import QCameraDevice

    present: list[QCameraDevice] = [QCameraDevice()]
    monkeypatch.setattr(CameraScanner, "cameras", lambda self: list(present))
    scanner.wanted = False  # hidden and not wanted: nothing starts by itself
    scanner.devices.videoInputsChanged.emit()
    assert scanner.camera_combo.count() == 1 and scanner.start_button.isEnabled()
    assert scanner.message() == "Press Start to scan badges with the camera."
    present.clear()
    scanner.devices.videoInputsChanged.emit()
    assert scanner.camera_combo.count() == 0 and not scanner.start_button.isEnabled()
    assert scanner.message() == "No camera found"


# -- the check-in screen with the camera panel -----------------------------------------------------

@pytest.fixture
def screen(qtbot: QtBot, db: Database, printed: tuple[dict[int, str], QImage],
           tmp_path: Path) -> Iterator[CheckInScreen]:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("checkin/desk", "Desk 2")
    widget = CheckInScreen(db, "en", settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.activateWindow()
    widget.refocus()
    yield widget
    wait_for_tasks()


def test_a_badge_shown_to_the_camera_is_checked_in(qtbot: QtBot, screen: CheckInScreen,
                                                   printed: tuple[dict[int, str], QImage]) -> None:
    codes, sheet = printed
    assert not screen.camera_panel.isVisible()
    screen.camera_button.click()
    assert screen.camera_panel.isVisible() and screen.camera_button.isChecked()
    assert screen.settings.value("checkin/camera") in (True, "true")
    assert screen.input.hasFocus()  # the toggle never takes the focus from the scan input
    screen.camera_panel.min_interval_ms = 0
    frame = webcam_frame(sheet, 2)
    (code,) = decode_qr(frame)
    with qtbot.waitSignal(screen.checked_in, timeout=5000):
        screen.camera_panel.handle_image(frame)
    assert screen.panel.outcome == "admitted"
    assert screen.last is not None and screen.last.participant is not None
    assert screen.last.participant.id == next(pid for pid, c in codes.items() if c == code)
    assert "Checked in today: 1 of" in screen.counter.text()
    outcomes: list[object] = []
    screen.checked_in.connect(outcomes.append)
    for _ in range(5):  # still in front of the camera: no second check-in
        qtbot.waitUntil(lambda: not screen.camera_panel.busy, timeout=5000)
        screen.camera_panel.handle_image(frame)
    qtbot.waitUntil(lambda: not screen.camera_panel.busy, timeout=5000)
    assert outcomes == [] and screen.panel.outcome == "admitted"
    assert screen.input.hasFocus()
    screen.camera_button.click()
    assert not screen.camera_panel.isVisible()


def test_the_screen_opens_with_the_camera_panel_on_a_machine_without_camera(
        qtbot: QtBot, db: Database, printed: tuple[dict[int, str], QImage], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CameraScanner, "cameras", lambda self: [])
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("checkin/camera", True)
    settings.setValue("checkin/sound", False)
    widget = CheckInScreen(db, "en", settings)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.camera_button.isChecked() and widget.camera_panel.isVisible()
    assert widget.camera_panel.message() == "No camera found"
    assert not widget.camera_panel.start_button.isEnabled()
    assert not widget.sound_button.isChecked() and not widget.sounds.enabled
    codes, _sheet = printed
    assert widget.scan(next(iter(codes.values()))).outcome == "admitted"  # type: ignore[union-attr]


# -- sounds ---------------------------------------------------------------------------------------

class FakeEffect:
    def __init__(self, name: str, played: list[str]) -> None:
        self.name = name
        self.played = played

    def status(self) -> QSoundEffect.Status:
        return QSoundEffect.Status.Ready

    def isPlaying(self) -> bool:  # noqa: N802 - Qt API
        return False

    def stop(self) -> None:
        pass

    def play(self) -> None:
        self.played.append(self.name)


def test_each_outcome_plays_its_own_sound_and_mute_silences_them(
        qtbot: QtBot, screen: CheckInScreen, printed: tuple[dict[int, str], QImage],
        monkeypatch: pytest.MonkeyPatch) -> None:
    codes, _sheet = printed
    assert screen.sounds.effects == {}  # no audio output on the test machine: nothing loaded, nothing in error
    screen.sounds.load_effects()  # what happens when an output appears
    real = screen.sounds.effects
    assert {name: Path(effect.source().toLocalFile()) for name, effect in real.items()} == {
        name: sound_path(name) for name in OUTCOMES}
    played: list[str] = []
    beeps: list[int] = []
    monkeypatch.setattr(sounds_module.QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    screen.sounds.effects = {name: FakeEffect(name, played) for name in OUTCOMES}
    screen.sounds.has_output = True
    code = next(iter(codes.values()))
    screen.scan(code)
    screen.scan(code)
    screen.scan(code[:-2] + ("00" if code[-2:] != "00" else "11"))
    assert played == ["admitted", "already", "rejected"] and beeps == []

    screen.sound_button.click()  # mute
    assert not screen.sound_button.isChecked() and screen.input.hasFocus()
    assert screen.settings.value("checkin/sound") in (False, "false")
    screen.scan(code)
    screen.scan("NOT-A-BADGE")
    assert played == ["admitted", "already", "rejected"] and beeps == []

    screen.sound_button.click()  # sound on again, but no audio device: the beep for problems only
    screen.sounds.has_output = False
    screen.scan(code)
    assert beeps == [1]
    screen.scan(list(codes.values())[1])
    assert beeps == [1] and played == ["admitted", "already", "rejected"]


def _dominant_hz(path: Path) -> tuple[float, float, float]:
    """(zero-crossing frequency, duration in s, share of near-silent samples) of a mono 16-bit WAV."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        rate = wav.getframerate()
        raw = wav.readframes(wav.getnframes())
    import struct

    samples = struct.unpack(f"<{len(raw) // 2}h", raw)
    loud = [s for s in samples if abs(s) > 300]
    crossings = sum(1 for a, b in zip(loud, loud[1:]) if (a < 0) != (b < 0))
    duration = len(samples) / rate
    return crossings / 2 / (len(loud) / rate), duration, 1 - len(loud) / len(samples)


def test_the_three_sounds_are_short_small_and_clearly_different() -> None:
    admitted, already, rejected = (_dominant_hz(sound_path(name)) for name in OUTCOMES)
    for _hz, duration, _quiet in (admitted, already, rejected):
        assert 0.15 <= duration <= 0.6
    for name in OUTCOMES:
        assert sound_path(name).stat().st_size < 25_000
    assert admitted[0] > already[0] > rejected[0]  # high chime, mid beep, low buzz
    assert already[2] > 0.2  # the double beep has a gap of silence
