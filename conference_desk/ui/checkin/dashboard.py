"""The arrivals dashboard: who has come to the venue, drawn as charts, refreshing on its own.

Reads ``core.reports.arrivals_dashboard`` off the GUI thread every
``REFRESH_MS`` while the screen is visible (never two reads at once: a refresh
asked for while one runs is done right after it), and when it is shown.
Hidden, it reads nothing, so a desk on the check-in screen is not slowed down.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QMargins, QPointF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.db import Database
from conference_desk.core.checkin.figures import COMPLETENESS, arrivals_dashboard

from ..common import labels
from ..common.core_messages import translate_core
from ..common.i18n import locale_for, long_date as long_date_text
from ..common.tasks import run_task
from ..common.charts import set_nice_range

ARRIVED = "#2e7d32"
AWAITED = "#d7dee3"
HOUR_BAR = "#3b78b5"
CUMULATIVE = "#e07b00"
GENDER_COLOURS = {"F": "#8e44ad", "M": "#16a085", "X": "#e67e22", "U": "#95a5a6"}
COMPLETENESS_COLOURS = {"complete": ("#1b5e20", "#e8f5e9"), "partial": ("#8a5a00", "#fff4d6"),
                        "not_arrived": ("#455a64", "#eceff1")}


def bold_font(font: QFont) -> QFont:
    font = QFont(font)
    font.setBold(True)
    return font


class BigNumber(QFrame):
    """A large figure with a caption, on a tinted card."""

    def __init__(self, colours: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text, background = colours
        self.setStyleSheet(f"BigNumber {{ background: {background}; border: 1px solid {text}; border-radius: 6px; }}"
                           f" QLabel {{ color: {text}; background: transparent; border: none; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        self.number = QLabel("–")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setMinimumWidth(96)


class ChartView(QChartView):
    """A chart view that says when its size changed (axis labels are fitted to it)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.resized.emit()


def _chart_view(chart: QChart, min_height: int = 250) -> ChartView:
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # 25,000 / 25 000 on the axes and bars, in the chart's locale
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
    chart.setTitleFont(title_font)
    view = ChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


class DashboardScreen(QWidget):
    """Live arrivals: headline, per hour, by region, category and gender, delegations."""

    REFRESH_MS = 5000
    refreshed = Signal()  # new figures are on screen

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.day: dt.date | None = None  # None: the default day (today during the conference)
        # The current time (None: the clock); tests and demonstrations set a day of the conference.
        self.now: Callable[[], dt.datetime] | None = None
        self.data: dict[str, Any] | None = None
        self.error = ""
        self.loading = False
        self._again = False
        self._started = 0.0
        self.last_duration_ms = 0.0
        self._days: list[str] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)

        # -- headline: "Arrived today: N of M expected", the day, the delegations ---------
        self.headline = QLabel()
        self.headline.setObjectName("dashboardHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.day_label = QLabel()
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("dashboardDay")
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_label.setBuddy(self.day_combo)
        self.day_combo.activated.connect(self._day_chosen)
        first = QHBoxLayout()
        first.addWidget(self.headline, 1)
        first.addWidget(self.day_label)
        first.addWidget(self.day_combo)
        layout.addLayout(first)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.progress.setStyleSheet(f"QProgressBar::chunk {{ background: {ARRIVED}; border-radius: 3px; }}"
                                    f" QProgressBar {{ background: {AWAITED}; border: none; border-radius: 3px; }}")
        self.share = QLabel()
        self.share.setObjectName("dashboardShare")
        self.share.setFont(bold_font(self.share.font()))
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.share)
        self.subline = QLabel()
        self.subline.setObjectName("dashboardSubline")
        self.updated = QLabel()
        self.updated.setObjectName("dashboardUpdated")
        self.updated.setStyleSheet("color: #607d8b;")
        head = QVBoxLayout()
        head.addLayout(bar)
        head.addWidget(self.subline)
        head.addWidget(self.updated)
        head.addStretch(1)

        numbers = QVBoxLayout()
        numbers.setSpacing(2)
        self.delegations_title = QLabel()
        self.delegations_title.setFont(bold_font(self.delegations_title.font()))
        numbers.addWidget(self.delegations_title)
        cards = QHBoxLayout()
        self.delegation_numbers: dict[str, BigNumber] = {}
        for key in COMPLETENESS:
            card = BigNumber(COMPLETENESS_COLOURS[key])
            self.delegation_numbers[key] = card
            cards.addWidget(card)
        numbers.addLayout(cards)
        second = QHBoxLayout()
        second.addLayout(head, 1)
        second.addSpacing(12)
        second.addLayout(numbers)
        layout.addLayout(second)

        # -- charts ---------------------------------------------------------
        grid = QGridLayout()
        grid.setSpacing(8)

        self.hour_chart = QChart()
        self.hour_series = QBarSeries()
        self.hour_series.setLabelsVisible(True)
        self.hour_series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.hour_set = QBarSet("")
        self.hour_set.setColor(QColor(HOUR_BAR))
        self.hour_set.setBorderColor(QColor(HOUR_BAR))
        self.hour_set.setLabelColor(QColor("#1d3d5c"))
        self.hour_series.append(self.hour_set)
        self.cumulative = QLineSeries()
        self.cumulative.setPen(QPen(QColor(CUMULATIVE), 3))
        self.cumulative.setPointsVisible(True)
        self.hour_chart.addSeries(self.hour_series)
        self.hour_chart.addSeries(self.cumulative)
        self.hour_axis = QBarCategoryAxis()
        self.per_hour_axis = QValueAxis()
        self.per_hour_axis.setLabelFormat("%.0f")
        self.total_axis = QValueAxis()
        self.total_axis.setLabelFormat("%.0f")
        self.total_axis.setLabelsColor(QColor(CUMULATIVE))
        self.per_hour_axis.setLabelsColor(QColor(HOUR_BAR))
        self.hour_chart.addAxis(self.hour_axis, Qt.AlignmentFlag.AlignBottom)
        self.hour_chart.addAxis(self.per_hour_axis, Qt.AlignmentFlag.AlignLeft)
        self.hour_chart.addAxis(self.total_axis, Qt.AlignmentFlag.AlignRight)
        for axis in (self.hour_axis, self.per_hour_axis):
            self.hour_series.attachAxis(axis)
        for axis in (self.hour_axis, self.total_axis):
            self.cumulative.attachAxis(axis)
        self.hour_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.hour_view = _chart_view(self.hour_chart, 280)

        self.gender_chart = QChart()
        self.gender_series = QPieSeries()
        self.gender_series.setHoleSize(0.38)
        self.gender_series.setPieSize(0.78)
        self.gender_chart.addSeries(self.gender_series)
        self.gender_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.gender_view = _chart_view(self.gender_chart, 280)

        self.region_chart, self.region_series, self.region_axis, self.region_values = self._stacked_chart()
        self.region_arrived = QBarSet("")
        self.region_awaited = QBarSet("")
        self.region_view = _chart_view(self.region_chart, 300)

        self.category_chart, self.category_series, self.category_axis, self.category_values = self._stacked_chart()
        self.category_sets: dict[str, QBarSet] = {}
        self.category_awaited = QBarSet("")
        self.category_view = _chart_view(self.category_chart, 300)
        self._axis_texts: dict[ChartView, tuple[QBarCategoryAxis, list[tuple[str, str]]]] = {}
        for view in (self.region_view, self.category_view):
            view.resized.connect(lambda view=view: self._fit_axis_labels(view))

        self.delegation_tabs = QTabWidget()
        self.delegation_tabs.setObjectName("delegationTabs")
        self.delegation_tables: dict[str, QTableWidget] = {}
        self._table_rows: dict[str, list[tuple[str, str]]] = {}
        for key in ("partial", "not_arrived", "complete"):
            table = QTableWidget(0, 2)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            table.setAlternatingRowColors(True)
            self.delegation_tables[key] = table
            self.delegation_tabs.addTab(table, "")
        self.delegation_tabs.setMinimumHeight(300)
        self.grid = grid
        self.columns = 0
        self._arrange(2)
        layout.addLayout(grid, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.retranslate()

    WIDE = 1350  # from this width on, three columns of charts

    def _arrange(self, columns: int) -> None:
        """Two columns of charts on a narrow screen, three on a wide one."""
        if columns == self.columns:
            return
        self.columns = columns
        for widget in (self.hour_view, self.gender_view, self.region_view, self.category_view,
                       self.delegation_tabs):
            self.grid.removeWidget(widget)
        if columns == 3:
            places = [(self.hour_view, 0, 0, 1, 2), (self.gender_view, 0, 2, 1, 1),
                      (self.region_view, 1, 0, 1, 1), (self.category_view, 1, 1, 1, 1),
                      (self.delegation_tabs, 1, 2, 1, 1)]
        else:
            places = [(self.hour_view, 0, 0, 1, 2), (self.region_view, 1, 0, 1, 1),
                      (self.category_view, 1, 1, 1, 1), (self.gender_view, 2, 0, 1, 1),
                      (self.delegation_tabs, 2, 1, 1, 1)]
        for widget, row, column, rows, span in places:
            self.grid.addWidget(widget, row, column, rows, span)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange(3 if self.width() >= self.WIDE else 2)

    @staticmethod
    def _stacked_chart() -> tuple[QChart, QHorizontalStackedBarSeries, QBarCategoryAxis, QValueAxis]:
        chart = QChart()
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        small = QFont(names.labelsFont())
        small.setPointSizeF(small.pointSizeF() * 0.92)
        names.setLabelsFont(small)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart, series, names, values

    # -- data -----------------------------------------------------------------

    def refresh(self) -> bool:
        """Read the figures again off the GUI thread; False when a read is running (it is redone after)."""
        if self.loading:
            self._again = True
            return False
        self.loading = True
        self._started = time.perf_counter()
        db, day, language = self.db, self.day, self.language
        now = self.now() if self.now is not None else None
        run_task(lambda _progress: arrivals_dashboard(db, day, language, now=now), self._loaded, self._failed,
                 owner=self)
        return True

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def _loaded(self, data: dict[str, Any]) -> None:
        self.loading = False
        self.last_duration_ms = (time.perf_counter() - self._started) * 1000
        if self._again:  # the day or language changed meanwhile: these figures are stale
            self._again = False
            self.refresh()
            return
        self.data = data
        self.error = ""
        self._render()
        self.refreshed.emit()

    def _failed(self, message: str) -> None:
        self.loading = False
        self.error = message
        if self._again:
            self._again = False
            self.refresh()
            return
        self.updated.setText(self.tr("Could not read the arrivals: %1").replace("%1", translate_core(message)))

    def set_language(self, language: str) -> None:
        """Names from the database (categories, delegations) in this language; read now if shown."""
        if language != self.language:
            self.language = language
            if self.isVisible():
                self.refresh()

    def set_day(self, day: dt.date | None) -> None:
        """Show another conference day (None: the default day)."""
        self.day = day
        self.refresh()

    def _day_chosen(self, index: int) -> None:
        iso = self.day_combo.itemData(index)
        if iso:
            self.set_day(dt.date.fromisoformat(iso))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    # -- text -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day:"))
        self.delegations_title.setText(self.tr("Delegations"))
        captions = {"complete": self.tr("complete"), "partial": self.tr("partial"),
                    "not_arrived": self.tr("not arrived")}
        for key, card in self.delegation_numbers.items():
            card.caption.setText(captions[key])
        self.hour_chart.setTitle(self.tr("Arrivals by hour"))
        self.hour_set.setLabel(self.tr("Arrivals in the hour"))
        self.cumulative.setName(self.tr("Arrived so far"))
        self.gender_chart.setTitle(self.tr("Arrived by gender"))
        self.region_chart.setTitle(self.tr("By UNESCO region: arrived of expected"))
        self.category_chart.setTitle(self.tr("By category: arrived of expected"))
        for table in self.delegation_tables.values():
            table.setHorizontalHeaderLabels([self.tr("Delegation"), self.tr("Arrived")])
        if self.data is None:
            self.headline.setText(self.tr("Loading the arrivals…") if not self.error else "")
            self._tab_titles({})
            return
        self._render()

    def _tab_titles(self, counts: dict[str, int]) -> None:
        titles = {"partial": self.tr("Partial (%1)"), "not_arrived": self.tr("Not arrived (%1)"),
                  "complete": self.tr("Complete (%1)")}
        locale = locale_for(self.language)
        for index, key in enumerate(("partial", "not_arrived", "complete")):
            self.delegation_tabs.setTabText(index, titles[key].replace("%1", locale.toString(counts.get(key, 0))))

    # -- drawing ----------------------------------------------------------------

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        locale = locale_for(self.language)
        for chart in (self.hour_chart, self.gender_chart, self.region_chart, self.category_chart):
            chart.setLocale(locale)
        number = locale.toString
        totals = data["totals"]
        day = dt.date.fromisoformat(data["day"])
        qday = QDate(day.year, day.month, day.day)

        # Day selector.
        days = [item["day"] for item in data["days"]]
        if days != self._days or self.day_combo.count() != len(days):
            self._days = days
            self.day_combo.blockSignals(True)
            self.day_combo.clear()
            for item in data["days"]:
                d = dt.date.fromisoformat(item["day"])
                # Translators: a Qt date format for the day selector (ddd = weekday, d MMM = 28 Sep).
                text = long_date_text(locale, d, self.tr("ddd d MMM yyyy"))
                self.day_combo.addItem(text, item["day"])
            self.day_combo.blockSignals(False)
        for index in range(self.day_combo.count()):
            iso = self.day_combo.itemData(index)
            d = dt.date.fromisoformat(iso)
            text = long_date_text(locale, d, self.tr("ddd d MMM yyyy"))
            if iso == data["today"]:
                text = self.tr("%1 (today)").replace("%1", text)
            self.day_combo.setItemText(index, text)
        self.day_combo.setCurrentIndex(max(0, days.index(data["day"]) if data["day"] in days else -1))

        # Headline.
        admitted, expected = totals["admitted"], totals["expected"]
        if data["is_today"]:
            headline = self.tr("Arrived today: %1 of %2 expected")
            headline = headline.replace("%1", number(admitted)).replace("%2", number(expected))
        else:
            headline = self.tr("Arrived on %1: %2 of %3 expected")
            headline = (headline.replace("%1", long_date_text(locale, day, self.tr("d MMMM")))
                        .replace("%2", number(admitted)).replace("%3", number(expected)))
        self.headline.setText(headline)
        self.progress.setRange(0, max(expected, 1))
        self.progress.setValue(min(totals["admitted_expected"], max(expected, 1)))
        share = round(100 * totals["admitted_expected"] / expected) if expected else 0
        self.share.setText(self.tr("%1% of those expected are in").replace("%1", number(share)))
        last = self._clock(totals["last_at"]) or "–"
        self.subline.setText(
            self.tr("Last arrival: %1 · Repeat scans: %2 · Rejected scans: %3")
            .replace("%1", last).replace("%2", number(totals["already"])).replace("%3", number(totals["rejected"]))
        )
        self.updated.setText(self.tr("Updated at %1").replace("%1", self._clock(data["generated_at"], seconds=True)))

        self._render_hours(data["hours"])
        self._render_gender(data["genders"], admitted)
        self._render_regions(data["regions"])
        self._render_categories([c for c in data["categories"] if c["expected"] or c["admitted"]])
        self._render_delegations(data["delegations"])

    def _clock(self, iso: str | None, seconds: bool = False) -> str:
        if not iso:
            return ""
        at = dt.datetime.fromisoformat(iso)
        return locale_for(self.language).toString(QTime(at.hour, at.minute, at.second),
                                                  "HH:mm:ss" if seconds else "HH:mm")

    def _render_hours(self, hours: list[dict[str, Any]]) -> None:
        compact = len(hours) > 14
        self.hour_axis.clear()
        self.hour_axis.append([f"{row['hour']:02d}" if compact else f"{row['hour']:02d}:00" for row in hours])
        if self.hour_set.count():
            self.hour_set.remove(0, self.hour_set.count())
        self.hour_set.append([float(row["admitted"]) for row in hours])
        # The running total stops at the current hour (nothing is known of the hours to come).
        self.cumulative.replace([QPointF(index, row["cumulative"]) for index, row in enumerate(hours)
                                 if not row.get("future")])
        peak = max((row["admitted"] for row in hours), default=0)
        total = max((row["cumulative"] for row in hours), default=0)
        set_nice_range(self.per_hour_axis, peak * 1.12)
        set_nice_range(self.total_axis, total)
        if hours:
            self.hour_axis.setRange(self.hour_axis.at(0), self.hour_axis.at(len(hours) - 1))

    def _render_gender(self, genders: list[dict[str, Any]], admitted: int) -> None:
        self.gender_series.clear()
        number = locale_for(self.language).toString
        counted = sum(row["admitted"] for row in genders)
        if not counted:
            empty = self.gender_series.append(self.tr("No arrivals yet"), 1)
            empty.setColor(QColor(AWAITED))
            empty.setBorderColor(QColor("#ffffff"))
            empty.setProperty("code", "")
            return
        for row in genders:
            if not row["admitted"]:
                continue
            share = round(100 * row["admitted"] / counted)
            text = (self.tr("%1: %2 (%3%)").replace("%1", labels.label("gender", row["code"]))
                    .replace("%2", number(row["admitted"])).replace("%3", number(share)))
            slice_ = self.gender_series.append(text, row["admitted"])
            slice_.setColor(QColor(GENDER_COLOURS.get(row["code"], "#95a5a6")))
            slice_.setBorderColor(QColor("#ffffff"))
            slice_.setProperty("code", row["code"])

    def _stacked(self, view: ChartView, names: QBarCategoryAxis, values: QValueAxis,
                 rows: list[dict[str, Any]], label_of: Any) -> None:
        """Rows top to bottom in the given order, each named "name  arrived / expected"."""
        number = locale_for(self.language).toString
        self._axis_texts[view] = (names, [(label_of(row), f"{number(row['admitted'])} / {number(row['expected'])}")
                                          for row in rows])
        self._fit_axis_labels(view)
        set_nice_range(values, max((row["admitted"] + row["awaited"] for row in rows), default=0))

    LABEL_SHARE = 0.35  # QtCharts elides a vertical axis's labels wider than about 40 % of the chart

    def _fit_axis_labels(self, view: ChartView) -> None:
        """Shorten the names (never the figures) so that QtCharts does not elide the whole label."""
        if view not in self._axis_texts:
            return
        names, texts = self._axis_texts[view]
        metrics = QFontMetrics(names.labelsFont())
        budget = max(60, int(view.width() * self.LABEL_SHARE))
        labels_ = []
        for name, figures in texts:
            figures = "  " + figures
            room = budget - metrics.horizontalAdvance(figures)
            labels_.append(metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(room, 20)) + figures)
        # A horizontal chart lists its categories from the bottom up.
        labels_.reverse()
        if labels_ != names.categories():
            names.clear()
            names.append(labels_)

    def _render_regions(self, regions: list[dict[str, Any]]) -> None:
        self.region_series.clear()
        rows = list(reversed(regions))
        self.region_arrived = QBarSet(self.tr("Arrived"))
        self.region_arrived.setColor(QColor(ARRIVED))
        self.region_arrived.setBorderColor(QColor(ARRIVED))
        self.region_arrived.append([float(row["admitted"]) for row in rows])
        self.region_awaited = QBarSet(self.tr("Expected, not arrived"))
        self.region_awaited.setColor(QColor(AWAITED))
        self.region_awaited.setBorderColor(QColor(AWAITED))
        self.region_awaited.append([float(row["awaited"]) for row in rows])
        self.region_series.append(self.region_arrived)
        self.region_series.append(self.region_awaited)
        self._stacked(self.region_view, self.region_axis, self.region_values, regions, self._region_label)
        self.region_view.setMinimumHeight(max(300, 28 * len(rows) + 130))

    def _region_label(self, row: dict[str, Any]) -> str:
        """Short names of the regional groups: the chart's axis has little room."""
        short = {
            "AFR": self.tr("Africa"),
            "ARB": self.tr("Arab States"),
            "APA": self.tr("Asia-Pacific"),
            "EUR": self.tr("Europe & N. America"),
            "LAC": self.tr("Latin Am. & Caribbean"),
            "organisations": self.tr("Organisations"),
            "individual": self.tr("No delegation"),
        }
        return short.get(row["key"]) or labels.label("region", row["key"])

    def _render_categories(self, categories: list[dict[str, Any]]) -> None:
        """One bar set per category (its badge colour), holding a value only at its own row."""
        self.category_series.clear()
        rows = list(reversed(categories))
        self.category_sets = {}
        for index, row in enumerate(rows):
            bar = QBarSet(row["label"])
            bar.setColor(QColor(row["colour"]))
            bar.setBorderColor(QColor(row["colour"]))
            bar.append([float(row["admitted"]) if i == index else 0.0 for i in range(len(rows))])
            self.category_series.append(bar)
            self.category_sets[row["code"]] = bar
        self.category_awaited = QBarSet(self.tr("Expected, not arrived"))
        self.category_awaited.setColor(QColor(AWAITED))
        self.category_awaited.setBorderColor(QColor(AWAITED))
        self.category_awaited.append([float(row["awaited"]) for row in rows])
        self.category_series.append(self.category_awaited)
        legend = self.category_chart.legend()
        for marker in legend.markers(self.category_series):
            marker.setVisible(marker.barset() is self.category_awaited)
        self._stacked(self.category_view, self.category_axis, self.category_values, categories,
                      lambda row: row["label"])
        # Room for every row's label (the axis elides them all when they do not fit).
        self.category_view.setMinimumHeight(max(300, 28 * len(rows) + 130))

    def category_value(self, code: str) -> float:
        """The arrived figure drawn for a category (its set's value on its own row)."""
        bar = self.category_sets[code]
        return max((bar.at(i) for i in range(bar.count())), default=0.0)

    def _render_delegations(self, delegations: dict[str, Any]) -> None:
        number = locale_for(self.language).toString
        for key, card in self.delegation_numbers.items():
            card.number.setText(number(delegations[key]))
        self._tab_titles(delegations)
        for key, table in self.delegation_tables.items():
            rows = [(item["name"], self.tr("%1 of %2").replace("%1", number(item["arrived"]))
                     .replace("%2", number(item["members"]))) for item in delegations["lists"][key]]
            if rows == self._table_rows.get(key):
                continue  # unchanged: keep the selection and the scroll position
            self._table_rows[key] = rows
            # Filling with a resize-to-contents column re-measures on every cell: fix it meanwhile.
            header = table.horizontalHeader()
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
            table.setUpdatesEnabled(False)
            table.setRowCount(len(rows))
            for row, (name, arrived) in enumerate(rows):
                table.setItem(row, 0, QTableWidgetItem(name))
                figure = QTableWidgetItem(arrived)
                figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, 1, figure)
            table.setUpdatesEnabled(True)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
