#!/usr/bin/env python3
"""Generate the check-in outcome sounds in ``resources/sounds/`` (reproducible, standard library only).

- ``admitted.wav``: a pleasant rising two-note chime (G5 then C6, soft bell decay);
- ``already.wav``: a neutral double beep (two short 660 Hz tones);
- ``rejected.wav``: a low buzz (a 130 Hz tone rich in odd harmonics, pulsing).

16-bit mono PCM at 22 050 Hz (10–21 KB each), a plain format for QSoundEffect.
Run ``python scripts/make_sounds.py`` after changing a tone; the output is byte-identical
from run to run.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Callable, Iterable
from pathlib import Path

RATE = 22_050
OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq: float, seconds: float, envelope: Callable[[float, float], float],
         harmonics: Iterable[tuple[int, float]] = ((1, 1.0),)) -> list[float]:
    """Samples in [-1, 1]: a sum of harmonics (number, weight) below Nyquist, shaped by ``envelope(t, length)``."""
    parts = [(n, w) for n, w in harmonics if freq * n < RATE / 2]
    norm = sum(w for _n, w in parts) or 1.0
    count = int(RATE * seconds)
    out = []
    for i in range(count):
        t = i / RATE
        value = sum(w * math.sin(2 * math.pi * freq * n * t) for n, w in parts) / norm
        out.append(value * envelope(t, seconds))
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def bell(t: float, length: float) -> float:
    """Quick attack, exponential decay, a short fade at the very end (no click)."""
    attack = min(1.0, t / 0.005)
    tail = min(1.0, (length - t) / 0.01)
    return attack * math.exp(-t * 9.0) * tail


def flat(t: float, length: float) -> float:
    """Full level with 8 ms ramps at both ends."""
    return min(1.0, t / 0.008, (length - t) / 0.008)


def pulsing(t: float, length: float) -> float:
    """A buzz that throbs at 20 Hz: unmistakably 'wrong'."""
    return flat(t, length) * (0.75 + 0.25 * math.sin(2 * math.pi * 20 * t))


def mix(*tracks: tuple[float, list[float]]) -> list[float]:
    """Overlay tracks that start at given offsets (seconds)."""
    length = max(int(start * RATE) + len(samples) for start, samples in tracks)
    out = [0.0] * length
    for start, samples in tracks:
        offset = int(start * RATE)
        for i, value in enumerate(samples):
            out[offset + i] += value
    return out


def admitted() -> list[float]:
    chime = ((1, 1.0), (2, 0.25), (3, 0.08))
    return mix((0.0, tone(783.99, 0.30, bell, chime)), (0.12, tone(1046.50, 0.36, bell, chime)))


def already() -> list[float]:
    beep = tone(660.0, 0.09, flat, ((1, 1.0), (3, 0.1)))
    return beep + silence(0.07) + beep


def rejected() -> list[float]:
    buzz = ((1, 1.0), (3, 0.6), (5, 0.4), (7, 0.3), (9, 0.2), (11, 0.15), (13, 0.1))
    return tone(130.0, 0.42, pulsing, buzz)


SOUNDS: dict[str, Callable[[], list[float]]] = {"admitted": admitted, "already": already, "rejected": rejected}


def write_wav(path: Path, samples: list[float], level: float = 0.7) -> None:
    peak = max((abs(s) for s in samples), default=1.0) or 1.0
    frames = b"".join(struct.pack("<h", round(s / peak * level * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        path = OUT_DIR / f"{name}.wav"
        write_wav(path, make())
        print(f"{path.relative_to(OUT_DIR.parent.parent)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
