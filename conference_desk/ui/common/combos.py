"""Combo boxes refilled in place (on reload and on language change)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QTreeView,
    QWidget,
)

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


class WheelGuard(QObject):
    """Application-wide (also fits the columns of Qt's own file dialog): the mouse wheel over a combo box or spin box that does not have the
    keyboard focus scrolls the page under it instead of changing the choice (scrolling a
    panel must never turn "All participants" into "Selected participants")."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Polish and isinstance(watched, (QComboBox, QAbstractSpinBox)):
            _guard_focus(watched)  # a wheel must not give them the focus either
        elif event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            # Qt's own file dialog: its column titles ("Última modificación") fit in every language.
            for view in watched.findChildren(QTreeView):
                view.header().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        elif (event.type() == QEvent.Type.Wheel and isinstance(watched, (QComboBox, QAbstractSpinBox))
                and not watched.hasFocus()):
            event.ignore()  # Qt then offers the wheel to the parents (a scroll area scrolls)
            return True
        return False


_guard: WheelGuard | None = None


def install_wheel_guard() -> WheelGuard | None:
    """Install the guard once on the running application (idempotent)."""
    global _guard
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
        for widget in QApplication.allWidgets():
            _guard_focus(widget)
    return _guard


def _guard_focus(widget: QWidget) -> None:
    if isinstance(widget, (QComboBox, QAbstractSpinBox)) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
