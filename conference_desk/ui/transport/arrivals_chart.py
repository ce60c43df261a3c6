"""Arrivals per hour on one day: guests landing (bars) against airport pick-ups leaving (line).

The coordinator sees at once where the peaks are and whether the runs follow them: a
peak of landings with few pick-ups an hour or so later means long waits or full vans.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..common.charts import set_nice_range
from ..common.i18n import locale_for
from .shared import LANDING_BAR, RUNS_LINE, clock


class ArrivalsChart(QChartView):
    """Guests landing per clock hour of the chosen day, and the arrival runs leaving the airport in that hour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setObjectName("transportArrivalsChart")
        self.language = "en"
        self.hours: list[dt.datetime] = []  # the hours on the axis, first to last (hours without landings too)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        chart.setTitleFont(title_font)
        self.landings = QBarSet("")
        self.landings.setColor(QColor(LANDING_BAR))
        self.landings.setBorderColor(QColor(LANDING_BAR))
        self.landings.setLabelColor(QColor("#1d3d5c"))
        self.bars = QBarSeries()
        self.bars.append(self.landings)
        self.bars.setLabelsVisible(True)
        self.bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.pickups = QLineSeries()
        self.pickups.setPen(QPen(QColor(RUNS_LINE), 3))
        self.pickups.setPointsVisible(True)
        chart.addSeries(self.bars)
        chart.addSeries(self.pickups)
        self.hour_axis = QBarCategoryAxis()
        self.guest_axis = QValueAxis()
        self.guest_axis.setLabelFormat("%.0f")
        self.guest_axis.setLabelsColor(QColor(LANDING_BAR))
        self.run_axis = QValueAxis()
        self.run_axis.setLabelFormat("%.0f")
        self.run_axis.setLabelsColor(QColor(RUNS_LINE))
        chart.addAxis(self.hour_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.guest_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.run_axis, Qt.AlignmentFlag.AlignRight)
        for axis in (self.hour_axis, self.guest_axis):
            self.bars.attachAxis(axis)
        for axis in (self.hour_axis, self.run_axis):
            self.pickups.attachAxis(axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._landed: dict[dt.datetime, int] = {}
        self._leaving: dict[dt.datetime, int] = {}
        self.retranslate()

    def fill(self, landed: dict[dt.datetime, int], leaving: dict[dt.datetime, int], language: str) -> None:
        """One day's figures: guests landing per hour, arrival runs leaving per hour (hour start -> count)."""
        self.language = language
        self._landed, self._leaving = dict(landed), dict(leaving)
        known = sorted(set(landed) | set(leaving))
        self.hours = []
        if known:
            hour = known[0]
            while hour <= known[-1]:
                self.hours.append(hour)
                hour += dt.timedelta(hours=1)
        compact = len(self.hours) > 10
        self.hour_axis.clear()
        self.hour_axis.append([str(h.hour) if compact else clock(h, language) for h in self.hours])
        # Many hours in a narrow panel: the bare hour in small type, or Qt elides every label to "…".
        font = QFont(self.hour_axis.labelsFont())
        font.setPointSizeF(max(5.0, self.font().pointSizeF() - 3.5) if compact else self.font().pointSizeF())
        self.hour_axis.setLabelsFont(font)
        if self.landings.count():
            self.landings.remove(0, self.landings.count())
        self.landings.append([float(landed.get(h, 0)) for h in self.hours])
        self.pickups.replace([QPointF(i, leaving.get(h, 0)) for i, h in enumerate(self.hours)])
        set_nice_range(self.guest_axis, max(landed.values(), default=0) * 1.15)
        set_nice_range(self.run_axis, max(leaving.values(), default=0))
        if self.hours:
            self.hour_axis.setRange(self.hour_axis.at(0), self.hour_axis.at(len(self.hours) - 1))
        self.chart().setLocale(locale_for(language))
        self._title()

    def landing_count(self, index: int) -> int:
        """The bar of the ``index``-th hour on the axis (what the user reads above it)."""
        return int(self.landings.at(index))

    def _title(self) -> None:
        if not self._landed:
            self.chart().setTitle(self.tr("No guest lands on this day"))
        else:
            # The tab says "Arrivals per hour": the title only counts (a longer one is cut off in French).
            self.chart().setTitle(self.tr("%n guest(s) land on this day", "", sum(self._landed.values())))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.landings.setLabel(self.tr("Guests landing"))
        self.pickups.setName(self.tr("Airport pick-ups leaving"))
        self._title()
