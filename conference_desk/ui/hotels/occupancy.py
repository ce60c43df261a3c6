"""The occupancy tab: the grid of rooms taken against the block per night (a drop target) and its chart."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QLineSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QDate, QEvent, QMargins, QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from conference_desk.core.foundation.terms import room_type_name
from conference_desk.core.hotels import service as hotels

from ..common.charts import set_nice_range
from ..common.i18n import locale_for
from .drag_drop import RoomTypeDropTarget
from .shared import BLOCK_LINE, HOTEL_COLOURS, THRESHOLD_LINE, UNDER, cell_colours, make_item


class OccupancyGrid(RoomTypeDropTarget, QTableWidget):
    """The occupancy grid; its hotel × room-type rows take dropped guests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 1, parent)
        self.targets: dict[int, tuple[int, int]] = {}  # row -> (hotel id, room type id)
        self.rows: dict[tuple[int, int | str], int] = {}  # (hotel id, room type id | "total" | "threshold") -> row
        self._setup_drops()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def target_at(self, index: QModelIndex) -> tuple[int, int] | None:
        return self.targets.get(index.row()) if index.isValid() else None

    def dropMimeData(self, row: int, column: int, data: QMimeData, action: Qt.DropAction) -> bool:  # noqa: N802
        return self.drop(self.targets.get(row), data)

    def night_text(self, night: dt.date, language: str) -> str:
        # Translators: a Qt date format for a night in the occupancy grid (ddd = weekday, d MMM = 27 Sep).
        return locale_for(language).toString(QDate(night.year, night.month, night.day), self.tr("ddd d MMM"))

    def fill(self, grid: hotels.Occupancy, language: str) -> None:
        number = locale_for(language).toString
        table = self
        table.clear()
        table.setColumnCount(1 + len(grid.nights))
        table.setHorizontalHeaderLabels([self.tr("Hotel / room type")] +
                                        [self.night_text(n, language) for n in grid.nights])
        rows = sum(len(h.room_types) + 2 for h in grid.hotels)
        table.setRowCount(rows)
        self.rows = {}
        table.targets = {}
        bold = QFont(table.font())
        bold.setBold(True)
        row = 0
        for h in grid.hotels:
            for t in h.room_types:
                self.rows[(h.hotel_id, t.room_type_id)] = row
                table.targets[row] = (h.hotel_id, t.room_type_id)
                table.setItem(row, 0, make_item(f"{h.name} · {room_type_name(t.name, language)}"))
                for column, cell in enumerate(t.cells, start=1):
                    table.setItem(row, column, self._cell(cell.allocated, cell.block, number))
                row += 1
            self.rows[(h.hotel_id, "total")] = row
            total = make_item(self.tr("%1: all rooms").replace("%1", h.name))
            total.setFont(bold)
            table.setItem(row, 0, total)
            for column, night in enumerate(h.nights, start=1):
                item = self._cell(night.used, night.block, number)
                item.setFont(bold)
                table.setItem(row, column, item)
            row += 1
            self.rows[(h.hotel_id, "threshold")] = row
            label = self.tr("%1: attrition threshold (%2 % of the block paid anyway)")
            table.setItem(row, 0, make_item(label.replace("%1", h.name).replace("%2", number(h.attrition_percent))))
            for column, night in enumerate(h.nights, start=1):
                text = number(night.threshold)
                if night.shortfall:
                    text = self.tr("%1 (%2 unused)").replace("%1", text).replace("%2", number(night.shortfall))
                item = make_item(text, align_right=True)
                item.setForeground(QBrush(QColor(THRESHOLD_LINE if night.shortfall else UNDER[0])))
                table.setItem(row, column, item)
            row += 1
        for r in range(table.rowCount()):  # only the room-type rows take dropped guests
            if r not in table.targets:
                for c in range(table.columnCount()):
                    item = table.item(r, c)
                    if item is not None:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def _cell(allocated: int, block: int, number: Any) -> QTableWidgetItem:
        item = make_item(f"{number(allocated)} / {number(block)}", align_right=True)
        text, background = cell_colours(allocated, block)
        item.setForeground(QBrush(QColor(text)))
        item.setBackground(QBrush(QColor(background)))
        item.setData(Qt.ItemDataRole.UserRole, (allocated, block))
        return item

    def text(self, hotel_id: int, key: int | str, night_index: int) -> str:
        """What the grid shows for a room type (or "total"/"threshold") of a hotel on a night."""
        item = self.item(self.rows[(hotel_id, key)], night_index + 1)
        return item.text() if item else ""


class OccupancyChart(QChartView):
    """Rooms occupied per night, stacked by hotel, against the block and the attrition threshold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        self.bars = QStackedBarSeries()
        self.bar_sets: dict[int, QBarSet] = {}
        self.block_line = QLineSeries()
        self.block_line.setPen(QPen(QColor(BLOCK_LINE), 2))
        self.block_line.setPointsVisible(True)
        self.threshold_line = QLineSeries()
        pen = QPen(QColor(THRESHOLD_LINE), 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.threshold_line.setPen(pen)
        for series in (self.bars, self.block_line, self.threshold_line):
            chart.addSeries(series)
        self.night_axis = QBarCategoryAxis()
        self.rooms_axis = QValueAxis()
        self.rooms_axis.setLabelFormat("%.0f")
        chart.addAxis(self.night_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.rooms_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.bars, self.block_line, self.threshold_line):
            series.attachAxis(self.night_axis)
            series.attachAxis(self.rooms_axis)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.retranslate()

    def fill(self, grid: hotels.Occupancy, language: str, nights: list[str]) -> None:
        """Draw ``grid``; ``nights`` are the nights' labels, as the grid writes them."""
        locale = locale_for(language)
        self.chart().setLocale(locale)
        self.chart().setLocalizeNumbers(True)
        if list(self.bar_sets) != [h.hotel_id for h in grid.hotels]:
            # Rebuilt only when the hotels change: QtCharts drops the legend markers of sets re-added later.
            self.bars.clear()
            self.bar_sets = {}
            for index, h in enumerate(grid.hotels):
                bar = QBarSet(h.name)
                colour = QColor(HOTEL_COLOURS[index % len(HOTEL_COLOURS)])
                bar.setColor(colour)
                bar.setBorderColor(colour)
                self.bars.append(bar)
                self.bar_sets[h.hotel_id] = bar
        for h in grid.hotels:
            bar = self.bar_sets[h.hotel_id]
            bar.setLabel(h.name)
            if bar.count():
                bar.remove(0, bar.count())
            bar.append([float(n.used) for n in h.nights])
        blocks = [sum(h.nights[i].block for h in grid.hotels) for i in range(len(grid.nights))]
        thresholds = [sum(h.nights[i].threshold for h in grid.hotels) for i in range(len(grid.nights))]
        self.block_line.replace([QPointF(i, v) for i, v in enumerate(blocks)])
        self.threshold_line.replace([QPointF(i, v) for i, v in enumerate(thresholds)])
        self.night_axis.clear()
        self.night_axis.append(nights)
        used = [sum(h.nights[i].used for h in grid.hotels) for i in range(len(grid.nights))]
        set_nice_range(self.rooms_axis, max(blocks + used + [1]) * 1.05)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.chart().setTitle(self.tr("Rooms occupied per night against the block"))
        self.block_line.setName(self.tr("Block"))
        self.threshold_line.setName(self.tr("Attrition threshold (paid anyway)"))
