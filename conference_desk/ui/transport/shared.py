"""What the transport widgets share: colours per kind of run, the id role, table helpers, the padlock,
the words for kinds and vehicles, and times and days written in the interface language."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from ..common.i18n import locale_for
from ..common.tables import make_item  # noqa: F401 - the transport widgets import it from here
from ..common.tables import read_only as common_read_only

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_COLOURS = {  # text, background of the "kind" cell: a day's runs read at a glance
    "arrival": ("#0d47a1", "#e3f2fd"),
    "departure": ("#8a4b00", "#fff3e0"),
    "shuttle": ("#1b5e20", "#e8f5e9"),
}
FULL = ("#8a5a00", "#fff4d6")  # every seat (or the hold) taken
ERROR = "#b71c1c"
LANDING_BAR = "#3b78b5"
RUNS_LINE = "#e07b00"



def kind_text(kind: str) -> str:
    """"arrival" -> "Arrival" in the interface language (an unknown kind as it is)."""
    return {
        "arrival": QCoreApplication.translate("TransportTerms", "Arrival"),
        "departure": QCoreApplication.translate("TransportTerms", "Departure"),
        "shuttle": QCoreApplication.translate("TransportTerms", "Shuttle"),
    }.get(kind, kind)


def vehicle_text(code: str) -> str:
    """"van" -> "Van" in the interface language (a vehicle type the company added later as it is)."""
    return {
        "car": QCoreApplication.translate("TransportTerms", "Car"),
        "van": QCoreApplication.translate("TransportTerms", "Van"),
        "coach": QCoreApplication.translate("TransportTerms", "Coach"),
    }.get(code, code)


def clock(at: dt.datetime | None, language: str) -> str:
    """A local time as drivers read it (10:40); "" when unknown."""
    if at is None:
        return ""
    return locale_for(language).toString(QTime(at.hour, at.minute), "HH:mm")


def day_text(day: dt.date, language: str) -> str:
    """A day of the travel window, short: "Sun 27 Sep 2015"."""
    # Translators: a Qt date format for a day in the Transport screen (ddd = weekday, d MMM yyyy = 27 Sep 2015).
    pattern = QCoreApplication.translate("TransportTerms", "ddd d MMM yyyy")
    return locale_for(language).toString(QDate(day.year, day.month, day.day), pattern)


def when_text(at: dt.datetime | None, language: str) -> str:
    """A day and a time: "Sun 27 Sep 2015, 10:40"."""
    if at is None:
        return ""
    return f"{day_text(at.date(), language)}, {clock(at, language)}"


def route_text(from_place: str, to_place: str) -> str:
    return f"{from_place} → {to_place}"


def read_only(table: QTableWidget) -> QTableWidget:
    """A table of whole rows, one selected at a time, that nobody edits (one line per row)."""
    return common_read_only(table, word_wrap=False)


def colour_item(item: QTableWidgetItem, colours: tuple[str, str]) -> None:
    item.setForeground(QColor(colours[0]))
    item.setBackground(QColor(colours[1]))


@cache
def padlock_icon() -> QIcon:
    """A padlock drawn at run time: no icon theme or emoji font is needed on a desk laptop."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 16
        painter.setPen(QPen(QColor("#455a64"), 1.8 * s))
        shackle = QPainterPath(QPointF(5 * s, 8 * s))
        shackle.lineTo(5 * s, 5.5 * s)
        shackle.arcTo(QRectF(5 * s, 2 * s, 6 * s, 7 * s), 180, -180)
        shackle.lineTo(11 * s, 8 * s)
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c28f00"))
        painter.drawRoundedRect(QRectF(3 * s, 7.5 * s, 10 * s, 7.5 * s), 1.5 * s, 1.5 * s)
        painter.setBrush(QColor("#5d4200"))
        painter.drawEllipse(QRectF(7 * s, 9.8 * s, 2 * s, 2 * s))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
