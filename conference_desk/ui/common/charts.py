"""Helpers shared by the QtCharts screens (dashboard, hotels)."""

from __future__ import annotations

from PySide6.QtCharts import QValueAxis


def set_nice_range(axis: QValueAxis, value: float, ticks: int = 4) -> None:
    """0 to a round bound above ``value``, in ``ticks`` round steps (1, 2, 2.5 or 5 × 10ⁿ)."""
    step = 1.0
    magnitude = 1.0
    while True:
        for factor in (1, 2, 2.5, 5):
            step = factor * magnitude
            if step * ticks >= value and (factor != 2.5 or magnitude >= 10):
                axis.setRange(0, step * ticks)
                axis.setTickCount(ticks + 1)
                return
        magnitude *= 10
