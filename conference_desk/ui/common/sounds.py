"""A distinct sound for every check-in outcome.

``resources/sounds/{admitted,already,rejected}.wav`` (made by ``scripts/make_sounds.py``) are
loaded once into QSoundEffects, which play asynchronously: a sound never delays a scan.  Where
Qt Multimedia is missing, a file cannot be decoded or the machine has no audio output, the
desk falls back to the system beep for the outcomes that need attention (already, rejected).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from conference_desk.core.foundation.paths import RESOURCES_DIR

SOUNDS_DIR = RESOURCES_DIR / "sounds"
OUTCOMES = ("admitted", "already", "rejected")

try:  # PySide6-Addons; the desk still works (with beeps) without it
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
except ImportError:  # pragma: no cover - depends on the installation
    QMediaDevices = None  # type: ignore[assignment,misc]
    QSoundEffect = None  # type: ignore[assignment,misc]


_backend_loaded = False


def load_media_backend() -> None:
    """Load Qt Multimedia's backend plugin now, on the GUI thread (once per process).

    The plugin is loaded (dlopen) the first time anything of Qt Multimedia is used, and its start-up
    may log a Qt message.  Were that to happen while a background task imports a compiled module
    (also a dlopen) and a Python message handler is installed (pytest-qt installs one), each thread
    would hold what the other waits for — the dynamic loader's lock and Python's GIL.  The main
    window calls this before it starts any background warm-up, so the plugin is loaded by then."""
    global _backend_loaded
    if _backend_loaded or QMediaDevices is None:
        return
    _backend_loaded = True
    QMediaDevices.audioOutputs()


def sound_path(outcome: str) -> Any:
    return SOUNDS_DIR / f"{outcome}.wav"


class OutcomeSounds(QObject):
    """``play(outcome)`` returns what it did: "sound", "beep" or "" (muted or nothing to do)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self.effects: dict[str, Any] = {}
        self.has_output = False
        self.devices: Any = None
        if QSoundEffect is None or QMediaDevices is None:
            return
        self.devices = QMediaDevices(self)
        self.devices.audioOutputsChanged.connect(self._outputs_changed)
        self._outputs_changed()

    def _outputs_changed(self) -> None:
        self.has_output = bool(QMediaDevices.audioOutputs()) if QMediaDevices is not None else False
        if self.has_output and not self.effects:
            self.load_effects()

    def load_effects(self) -> None:
        """Load the three sounds (once there is an audio output to play them on).

        A QSoundEffect opens the default output when it is made; one made with no output
        stays in error, so on a machine without sound they are not made until one appears.
        """
        if QSoundEffect is None:
            return
        for outcome in OUTCOMES:
            path = sound_path(outcome)
            if outcome in self.effects or not path.is_file():
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))  # decoded asynchronously
            effect.setVolume(0.8)
            self.effects[outcome] = effect

    def ready(self, outcome: str) -> bool:
        effect = self.effects.get(outcome)
        return effect is not None and effect.status() == QSoundEffect.Status.Ready

    def play(self, outcome: str) -> str:
        if not self.enabled:
            return ""
        effect = self.effects.get(outcome)
        if self.has_output and effect is not None and self.ready(outcome):
            for other in self.effects.values():  # a new scan cuts the previous sound short
                if other is not effect and other.isPlaying():
                    other.stop()
            effect.play()
            return "sound"
        if outcome != "admitted":
            QApplication.beep()
            return "beep"
        return ""
