"""Webcam and sound on the check-in screen: two toggles, and what they switch, made when first needed.

On or off must be visible at a glance (a muted desk, a camera left running),
and neither button takes the keyboard from the scan input.  Both choices are
remembered in the settings.  Qt Multimedia and the QR decoder load slowly, so
the sounds are made just after the screen first shows (ready before the first
scan) and the webcam panel when the camera is switched on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from .setup_bar import setting_of

TOGGLE_STYLE = (
    "QPushButton { padding: 4px 14px; border: 1px solid #9aa0a6; border-radius: 4px; background: #f1f3f4; }"
    " QPushButton:checked { background: #1a73e8; color: white; border-color: #1558b0; }"
)


def truthy(value: object) -> bool:
    """A QSettings boolean: INI files give back the strings "true" and "false"."""
    return value is True or str(value).strip().lower() in ("true", "1", "yes", "on")


class CameraSoundToggles(QWidget):
    """The Camera and Sound toggles; ``place_camera`` puts the webcam panel where the screen wants it."""

    decoded = Signal(str)  # a code read by the webcam
    switched = Signal()  # a toggle was clicked: the keyboard goes back to the scan input

    def __init__(self, settings: QSettings | None, place_camera: Callable[[QWidget], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.place_camera = place_camera
        self.camera_button = QPushButton()
        self.camera_button.setObjectName("cameraButton")
        self.camera_button.setCheckable(True)
        self.sound_button = QPushButton()
        self.sound_button.setObjectName("soundButton")
        self.sound_button.setCheckable(True)
        for button in (self.camera_button, self.sound_button):
            button.setStyleSheet(TOGGLE_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Made when first needed (see the ``sounds`` and ``camera_panel`` properties).
        self._sounds: Any = None
        self._camera_panel: Any = None
        self.sound_button.setChecked(truthy(setting_of(settings, "checkin/sound", "true")))
        self.sound_button.toggled.connect(self._sound_toggled)
        self.camera_button.toggled.connect(self._camera_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.camera_button)
        layout.addWidget(self.sound_button)
        self.retranslate()

    def restore_camera(self) -> None:
        """Switch the camera on if it was on last time (once the screen is built)."""
        self.camera_button.setChecked(truthy(setting_of(self.settings, "checkin/camera", "false")))

    @property
    def sounds(self) -> Any:
        """The outcome sounds (an OutcomeSounds), made on first use."""
        if self._sounds is None:
            from ..common.sounds import OutcomeSounds

            self._sounds = OutcomeSounds(self)
            self._sounds.enabled = self.sound_button.isChecked()
        return self._sounds

    def make_sounds_soon(self) -> None:
        """Load the sounds once the screen is on show, before the first scan."""
        if self._sounds is None:
            QTimer.singleShot(0, self, self._make_sounds)

    def _make_sounds(self) -> None:
        self.sounds  # noqa: B018 - made on first use

    @property
    def camera_panel(self) -> Any:
        """The webcam panel (a CameraScanner), made when first needed (hidden until the camera is on)."""
        if self._camera_panel is None:
            from .camera_scanner import CameraScanner

            panel = CameraScanner(self.settings)
            panel.setMaximumWidth(420)
            panel.decoded.connect(self.decoded)
            panel.setVisible(False)
            self.place_camera(panel)
            self._camera_panel = panel
        return self._camera_panel

    def _sound_toggled(self, on: bool) -> None:
        self.sounds.enabled = on
        if self.settings is not None:
            self.settings.setValue("checkin/sound", on)
        self.switched.emit()

    def _camera_toggled(self, on: bool) -> None:
        if on or self._camera_panel is not None:
            self.camera_panel.setVisible(on)  # shown: the camera starts; hidden: it is released
        if self.settings is not None:
            self.settings.setValue("checkin/camera", on)
        self.switched.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.camera_button.setText(self.tr("Camera"))
        self.camera_button.setToolTip(self.tr("Show or hide webcam scanning"))
        self.sound_button.setText(self.tr("Sound"))
        self.sound_button.setToolTip(self.tr("Play a sound for every outcome"))
