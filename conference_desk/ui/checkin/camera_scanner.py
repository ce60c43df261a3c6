"""Webcam scanning: a live preview whose frames are decoded for QR codes off the GUI thread.

Frames reach :meth:`CameraScanner.handle_frame` from the preview's QVideoSink.  At most one
decode runs at a time and a new one starts at most every ``min_interval_ms`` (about 6–7 frames
a second); every other frame is dropped at once, so a slow machine never builds a queue.
The frame is converted to an image and decoded with zxing-cpp (QR codes only) on the global
thread pool (``ui.tasks.run_task``).  :class:`SightingDebouncer` turns the stream of
sightings into scans: a code is emitted once, and again only after it has been out of sight
for ``hold_seconds`` — a badge held in front of the camera is one scan.

With no camera (or no zxing-cpp) the widget says so, Start is disabled and nothing else
happens; plugging a camera in updates the list (QMediaDevices.videoInputsChanged).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.tasks import run_task

try:  # PySide6-Addons
    from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoFrame
except ImportError:  # pragma: no cover - depends on the installation
    QCamera = QMediaCaptureSession = QMediaDevices = QVideoFrame = None  # type: ignore[misc,assignment]

try:
    import zxingcpp
except ImportError:  # pragma: no cover - depends on the installation
    zxingcpp = None

PREFERRED_SIZE = QSize(1280, 720)  # enough for a badge at arm's length; bounds the decode cost


def decoding_available() -> bool:
    return zxingcpp is not None


def decode_qr(image: QImage) -> list[str]:
    """The texts of the QR codes in an image, in the order found, without repeats.

    Pure and thread-safe (QImage is reentrant): called on worker threads.  The image is
    reduced to 8-bit luminance and handed to zxing-cpp through PIL, which every zxing-cpp
    release accepts.
    """
    if zxingcpp is None or image.isNull():
        return []
    from PIL import Image  # reportlab's dependency; imported here to keep widget start-up light

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = Image.frombuffer("L", (gray.width(), gray.height()), bytes(gray.constBits()), "raw", "L",
                              gray.bytesPerLine(), 1)
    texts: list[str] = []
    for barcode in zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode):
        text = barcode.text.strip()
        if text and text not in texts:
            texts.append(text)
    return texts


class SightingDebouncer:
    """Which of the codes seen now are new scans: not seen within the last ``hold_seconds``.

    Every sighting renews the hold, so a code that stays in view is never repeated.
    """

    def __init__(self, hold_seconds: float = 3.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.hold_seconds = hold_seconds
        self.clock = clock
        self.last_seen: dict[str, float] = {}

    def accept(self, codes: Iterable[str]) -> list[str]:
        now = self.clock()
        for code, seen in list(self.last_seen.items()):
            if now - seen >= self.hold_seconds:
                del self.last_seen[code]
        new = []
        for code in codes:
            if code not in self.last_seen and code not in new:
                new.append(code)
            self.last_seen[code] = now
        return new

    def reset(self) -> None:
        self.last_seen.clear()


class CameraScanner(QWidget):
    """Camera chooser, Start/Stop and preview; emits ``decoded`` once per badge shown."""

    decoded = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraScanner")
        self.settings = settings
        self.min_interval_ms = 150
        self.debouncer = SightingDebouncer()
        self.busy = False
        self.frames_seen = 0
        self.frames_decoded = 0
        self.wanted = True  # start when shown, unless the clerk pressed Stop
        self.camera: Any = None
        self.session: Any = None
        self.video: Any = None  # QVideoWidget, made on the first start
        self._since_last = QElapsedTimer()
        self._message: tuple[str, str] = ("", "")  # (key, argument) of the placeholder text

        self.camera_combo = QComboBox()
        self.camera_combo.setObjectName("cameraChooser")
        self.camera_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan input keeps the focus
        self.camera_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.camera_combo.setMinimumContentsLength(12)
        self.camera_combo.activated.connect(self._camera_chosen)
        self.start_button = QPushButton()
        self.start_button.setObjectName("cameraStart")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("cameraStop")
        for button in (self.start_button, self.stop_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(self._start_clicked)
        self.stop_button.clicked.connect(self._stop_clicked)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("cameraPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("QLabel#cameraPlaceholder { background: #202124; color: #e8eaed;"
                                       " border-radius: 6px; padding: 12px; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.setMinimumSize(320, 180)
        self.stack.setMaximumHeight(300)  # a 4:3 or 16:9 picture, not a tall letterbox
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status = QLabel()
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(self.camera_combo, 1)
        controls.addWidget(self.start_button)
        controls.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.stack)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.devices: Any = None
        if QMediaDevices is not None:
            self.devices = QMediaDevices(self)
            self.devices.videoInputsChanged.connect(self.refresh_cameras)
        self.retranslate()
        self.refresh_cameras()

    # -- cameras ----------------------------------------------------------------------

    def cameras(self) -> list[Any]:
        if QMediaDevices is None:
            return []
        return list(QMediaDevices.videoInputs())

    def refresh_cameras(self) -> None:
        """Fill the chooser from the cameras present now; keep the choice if it is still there."""
        cameras = self.cameras()
        wanted_id = self._remembered_id()
        if self.camera is not None:
            wanted_id = _device_id(self.camera.cameraDevice())
        self.camera_combo.clear()
        for device in cameras:
            self.camera_combo.addItem(device.description(), device)
        ids = [_device_id(device) for device in cameras]
        if wanted_id in ids:
            self.camera_combo.setCurrentIndex(ids.index(wanted_id))
        elif cameras:
            default_id = _device_id(QMediaDevices.defaultVideoInput())
            self.camera_combo.setCurrentIndex(ids.index(default_id) if default_id in ids else 0)
        if self.camera is not None and _device_id(self.camera.cameraDevice()) not in ids:
            self._stop_camera()
            self._show_message("disconnected")
        self._update_controls()
        if self.camera is None and self.isVisible() and self.wanted and cameras:
            self.start()  # a camera was plugged in while the panel is open

    def _remembered_id(self) -> bytes:
        if self.settings is None:
            return b""
        value = self.settings.value("checkin/camera_id", "")
        try:
            return bytes.fromhex(str(value))
        except ValueError:
            return b""

    def _camera_chosen(self, _index: int) -> None:
        device = self.camera_combo.currentData()
        if device is not None and self.settings is not None:
            self.settings.setValue("checkin/camera_id", _device_id(device).hex())
        if self.camera is not None:
            self._stop_camera()
            self.start()

    def is_running(self) -> bool:
        return self.camera is not None

    # -- start and stop ---------------------------------------------------------------

    def _start_clicked(self) -> None:
        self.wanted = True
        self.start()

    def _stop_clicked(self) -> None:
        self.wanted = False
        self._stop_camera()
        self._show_message("stopped")

    def start(self) -> bool:
        """Open the chosen camera and show its picture; False (with a message) if it cannot."""
        if self.camera is not None:
            return True
        if not decoding_available():
            self._show_message("no_decoder")
            return False
        device = self.camera_combo.currentData()
        if device is None or QCamera is None:
            self._update_controls()
            return False
        if not self._permission_granted():
            return False
        if self.video is None:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget()
            self.video.setObjectName("cameraPreview")
            self.video.videoSink().videoFrameChanged.connect(self.handle_frame)
            self.stack.addWidget(self.video)
        self.session = QMediaCaptureSession(self)
        self.camera = QCamera(device, self)
        best = _best_format(device)
        if best is not None:
            self.camera.setCameraFormat(best)
        self.camera.errorOccurred.connect(self._camera_error)
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.video)
        self.debouncer.reset()
        self.busy = False
        self._since_last.invalidate()
        self._message = ("", "")
        self.camera.start()
        self.stack.setCurrentWidget(self.video)
        self.status.setText(self.tr("Hold the badge's QR code up to the camera."))
        self._update_controls()
        return True

    def _permission_granted(self) -> bool:
        """Camera permission (macOS, Windows, sandboxes); always granted on ordinary Linux."""
        try:
            from PySide6.QtCore import QCameraPermission
        except ImportError:
            return True
        app = QApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission)  # type: ignore[union-attr]
        if status == Qt.PermissionStatus.Granted:
            return True
        if status == Qt.PermissionStatus.Undetermined:
            self._show_message("asking")
            app.requestPermission(permission, self, lambda _p: self.start())  # type: ignore[union-attr]
            return False
        self._show_message("denied")
        return False

    def stop(self) -> None:
        self._stop_camera()
        self._update_controls()

    def _stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)
            self.camera.deleteLater()
            self.session.deleteLater()
        self.camera = None
        self.session = None
        self._update_controls()

    def _camera_error(self, _error: Any, text: str) -> None:
        self._stop_camera()
        self._show_message("error", text)

    def _message_text(self, key: str, argument: str = "") -> str:
        texts = {
            "none": self.tr("No camera found"),
            "ready": self.tr("Press Start to scan badges with the camera."),
            "stopped": self.tr("Camera stopped. Press Start to scan badges with the camera."),
            "disconnected": self.tr("The camera was disconnected."),
            "no_decoder": self.tr("Camera scanning needs the zxing-cpp package, which is not installed."),
            "asking": self.tr("Waiting for permission to use the camera…"),
            "denied": self.tr("This computer does not allow Conference Desk to use the camera. "
                              "Allow it in the system's privacy settings."),
            "error": self.tr("The camera stopped: %1").replace("%1", argument),
        }
        return texts.get(key, "")

    def message(self) -> str:
        """What the preview area says when there is no picture ("" while the camera runs)."""
        return self._message_text(*self._message) if self._message[0] else ""

    def _show_message(self, key: str, argument: str = "") -> None:
        self._message = (key, argument)
        self.placeholder.setText(self._message_text(key, argument))
        self.stack.setCurrentWidget(self.placeholder)
        self.status.setText("")

    def _update_controls(self) -> None:
        has_cameras = self.camera_combo.count() > 0
        running = self.camera is not None
        self.camera_combo.setEnabled(has_cameras)
        self.start_button.setEnabled(has_cameras and not running and decoding_available())
        self.stop_button.setEnabled(running)
        if running:
            return
        if not has_cameras:
            self._show_message("none")
        elif self._message[0] in ("", "none"):
            self._show_message("ready")

    # -- frames -------------------------------------------------------------------------

    def handle_frame(self, frame: Any) -> bool:
        """A frame from the camera (or a test): decode it unless a decode is running or one
        started less than ``min_interval_ms`` ago.  True if a decode was started."""
        return self._submit(frame)

    def handle_image(self, image: QImage) -> bool:
        """The same for a plain image (still pictures, tests)."""
        return self._submit(image)

    def _submit(self, picture: Any) -> bool:
        self.frames_seen += 1
        if self.busy or not decoding_available():
            return False
        if self._since_last.isValid() and self._since_last.elapsed() < self.min_interval_ms:
            return False
        if QVideoFrame is not None and isinstance(picture, QVideoFrame):
            if not picture.isValid():
                return False
            frame = QVideoFrame(picture)  # a shallow copy the worker owns

            def work(_progress: Any) -> list[str]:
                return decode_qr(frame.toImage())  # the conversion is thread-safe (thread-local RHI)
        else:
            image = QImage(picture)

            def work(_progress: Any) -> list[str]:
                return decode_qr(image)

        self.busy = True
        self._since_last.start()
        run_task(work, self._decoded, self._decode_failed, owner=self)
        return True

    def _decoded(self, codes: list[str]) -> None:
        self.busy = False
        self.frames_decoded += 1
        for code in self.debouncer.accept(codes):
            self.status.setText(self.tr("Read a badge."))
            self.decoded.emit(code)

    def _decode_failed(self, message: str) -> None:
        self.busy = False
        self.status.setText(message)

    # -- showing and hiding ---------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.wanted and self.camera is None and self.camera_combo.count() > 0:
            self.start()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        # Hidden (panel closed, another screen chosen): free the camera for other programs.
        self._stop_camera()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.camera_combo.setToolTip(self.tr("Camera"))
        self.camera_combo.setPlaceholderText(self.tr("No camera"))
        if self.camera is None:
            self._update_controls()
            if self._message[0]:
                self._show_message(*self._message)
        else:
            self.status.setText(self.tr("Hold the badge's QR code up to the camera."))


def _device_id(device: Any) -> bytes:
    return b"" if device is None or device.isNull() else bytes(device.id().data())


def _best_format(device: Any) -> Any:
    """The camera format closest to 1280×720 without exceeding it (then the highest frame rate)."""
    formats = list(device.videoFormats())
    if not formats:
        return None
    limit = PREFERRED_SIZE.width() * PREFERRED_SIZE.height()

    def key(fmt: Any) -> tuple[int, int, float]:
        size = fmt.resolution()
        area = size.width() * size.height()
        fits = 1 if area <= limit else 0
        return (fits, area if fits else -area, fmt.maxFrameRate())

    return max(formats, key=key)
