"""Side panels that are never cut off at the side, whatever the language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget


def vertical_panel(content: QWidget) -> QScrollArea:
    """A scroll area that scrolls ``content`` up and down only: call :func:`fit_panel_width`
    after the texts change (language) so the area is as wide as the content needs."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    fit_panel_width(scroll)
    return scroll


def fit_panel_width(scroll: QScrollArea) -> None:
    """The area's minimum width: its content's minimum width, the vertical scroll bar and the frame."""
    content = scroll.widget()
    if content is None:
        return
    if content.layout() is not None:
        content.layout().activate()
    bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, scroll)
    scroll.setMinimumWidth(content.minimumSizeHint().width() + bar + 2 * scroll.frameWidth() + 2)
