"""Side panels that are never cut off at the side, whatever the language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget
from shiboken6 import isValid


def vertical_panel(content: QWidget) -> QScrollArea:
    """A scroll area that scrolls ``content`` up and down only: call :func:`fit_panel_width`
    after the texts change (language) so the area is as wide as the content needs."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.installEventFilter(_FitWhenShown(scroll))  # texts changed while hidden (language)
    fit_panel_width(scroll)
    return scroll


class _FitWhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QScrollArea):
            fit_panel_width(watched)
        return False


def fit_panel_width(scroll: QScrollArea, again: bool = True) -> None:
    """The area's minimum width: its content's minimum width, the vertical scroll bar and the frame
    (again once pending events are handled: new texts reach the size hints late)."""
    if again:
        QTimer.singleShot(0, lambda: isValid(scroll) and fit_panel_width(scroll, again=False))
    content = scroll.widget()
    if content is None:
        return
    if content.layout() is not None:
        content.layout().activate()
    bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, scroll)
    scroll.setMinimumWidth(content.minimumSizeHint().width() + bar + 2 * scroll.frameWidth() + 2)
