"""Combo boxes refilled in place (on reload and on language change)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

_KEEP = object()


def refill_combo(combo: QComboBox, items: Sequence[tuple[object, str]], current: object = _KEEP) -> None:
    """Replace the (data, text) items, keeping the current choice (or selecting ``current``),
    without emitting change signals; the first item when the choice is gone."""
    wanted = combo.currentData() if current is _KEEP else current
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(wanted), 0))
    combo.blockSignals(False)
