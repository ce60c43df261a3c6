"""The Reports area: the arrivals dashboard and the lists it promises (hotel occupancy and
arrivals per day, interpreters' schedules, press and VIP lists), each exportable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.reports import lists as report_lists
from conference_desk.core.foundation.db import Database
from conference_desk.core.reports.lists import LIST_KEYS, ReportTable

from ..common import session_state
from ..common.core_messages import translate_core
from ..common.i18n import date_text, locale_for
from ..common.tasks import make_progress_dialog, run_task
from ..checkin.dashboard import DashboardScreen


class ListsScreen(QWidget):
    """Choose a list on the left; it is read off the GUI thread, shown, and exported on request."""

    shown_list = Signal(str)

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.table_data: ReportTable | None = None
        self.choice = QListWidget()
        self.choice.setObjectName("reportLists")
        for key in LIST_KEYS:
            item = QListWidgetItem("")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.choice.addItem(item)
        self.title = QLabel()
        self.title.setObjectName("reportListTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSize(int(font.pointSize() * 1.2))
        self.title.setFont(font)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("reportListTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportReportList")
        self.export_button.clicked.connect(self.choose_export_file)
        self.message = QLabel()
        self.message.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        right_layout.addLayout(top)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.message)
        self.splitter = QSplitter()
        self.splitter.setObjectName("reportListsSplitter")
        self.splitter.addWidget(self.choice)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslate()
        self.choice.setCurrentRow(0)
        self._shown_once = False  # the first list is read when the tab is first shown, not with the dashboard
        self.choice.currentRowChanged.connect(lambda _row: self.reload())

    # -- texts --------------------------------------------------------------------------

    def list_names(self) -> dict[str, str]:
        return {
            "hotel_occupancy": self.tr("Hotel occupancy per night"),
            "arrivals": self.tr("Arrivals and departures per day"),
            "interpreter_schedules": self.tr("Interpreters' schedules"),
            "press": self.tr("Press list"),
            "vip": self.tr("VIP list"),
        }

    def descriptions(self) -> dict[str, str]:
        return {
            "hotel_occupancy": self.tr("Rooms allocated against each hotel's block, night by night, with the "
                                       "attrition threshold: below it the organiser pays for empty rooms."),
            "arrivals": self.tr("Participants arriving and leaving each day (cancelled registrations left out), "
                                "and how many of those arriving need a hotel room."),
            "interpreter_schedules": self.tr("Every interpreter's sessions in order: day, time, room, booth and "
                                             "booth partners, as in the roster."),
            "press": self.tr("Accredited journalists: media, position, e-mail and arrival day."),
            "vip": self.tr("Heads of delegation, mayors and speakers, by delegation, with their arrival and "
                           "departure days."),
        }

    def column_titles(self) -> dict[str, str]:
        return {
            "hotel": self.tr("Hotel"), "night": self.tr("Night"), "rooms_used": self.tr("Rooms used"),
            "rooms_blocked": self.tr("Rooms blocked"), "percent": self.tr("% used"),
            "threshold": self.tr("Attrition threshold"), "shortfall": self.tr("Shortfall"),
            "day": self.tr("Day"), "arriving": self.tr("Arriving"), "arriving_hotel": self.tr("Arriving, need a hotel"),
            "leaving": self.tr("Leaving"), "interpreter": self.tr("Interpreter"), "time": self.tr("Time"),
            "session": self.tr("Session"), "title": self.tr("Title"), "room": self.tr("Room"),
            "booth": self.tr("Booth"), "partners": self.tr("Booth partners"), "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"), "media": self.tr("Media"), "delegation": self.tr("Delegation"),
            "position": self.tr("Position"), "email": self.tr("E-mail"), "arrival": self.tr("Arrival"),
            "departure": self.tr("Departure"), "category": self.tr("Category"),
        }

    def current_key(self) -> str:
        item = self.choice.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else LIST_KEYS[0]

    def headers(self, table: ReportTable) -> list[str]:
        titles = self.column_titles()
        return [titles.get(column, column) for column in table.columns]

    # -- data ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.reload()

    def reload(self) -> None:
        key, db, language = self.current_key(), self.db, self.language
        self._show_texts()
        run_task(lambda _p: report_lists.build_list(db, key, language), self._show, self._failed, owner=self)

    def _show(self, table: ReportTable) -> None:
        if table.key != self.current_key():
            return
        self.table_data = table
        number = locale_for(self.language).toString
        self.table.clear()
        self.table.setColumnCount(len(table.columns))
        self.table.setHorizontalHeaderLabels(self.headers(table))
        self.table.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    text = date_text(value)
                elif isinstance(value, int):
                    text = number(value)
                else:
                    text = "" if value is None else str(value)
                item = QTableWidgetItem(text)
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        for c in range(len(table.columns)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message.setText(self.tr("%n row(s)", "", len(table.rows)) if table.rows else self.tr("Nothing to list yet."))
        self.export_button.setEnabled(True)
        self.shown_list.emit(table.key)

    def _failed(self, message: str) -> None:
        self.message.setText(translate_core(message))

    # -- export -------------------------------------------------------------------------

    def choose_export_file(self) -> QFileDialog:
        key = self.current_key()
        dialog = QFileDialog(self, self.tr("Export: %1").replace("%1", self.list_names()[key]))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(lambda text: dialog.setDefaultSuffix("csv" if "csv" in text else "xlsx"))
        dialog.selectFile(f"{key.replace('_', '-')}.xlsx")
        dialog.fileSelected.connect(self.export_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def export_to(self, path: str) -> None:
        table = self.table_data
        if table is None:
            return
        db, headers, actor = self.db, self.headers(table), session_state.current_actor()
        title = self.list_names()[table.key]
        progress = make_progress_dialog(self, self.tr("Exporting to %1…").replace("%1", path), self.tr("Export"))
        run_task(lambda _p: report_lists.export_list(db, table, headers, path, sheet_title=title, actor=actor),
                 self._exported, lambda m: self.message.setText(self.tr("Export failed: %1").replace(
                     "%1", translate_core(m))), owner=self, progress_dialog=progress)

    def _exported(self, result: Any) -> None:
        self.message.setText(self.tr("Exported %n row(s) to %1.", "", result.rows).replace("%1", str(result.path)))

    # -- language -----------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            if self._shown_once:  # else read in this language when first shown
                self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = self.list_names()
        for row in range(self.choice.count()):
            item = self.choice.item(row)
            item.setText(names[str(item.data(Qt.ItemDataRole.UserRole))])
        # The list of lists as wide as its longest name: the table gets the rest.
        self.choice.setFixedWidth(self.choice.sizeHintForColumn(0) + 2 * self.choice.frameWidth() + 12)
        self.export_button.setText(self.tr("&Export…"))
        self._show_texts()
        if self.table_data is not None:
            self.table.setHorizontalHeaderLabels(self.headers(self.table_data))

    def _show_texts(self) -> None:
        key = self.current_key()
        self.title.setText(self.list_names()[key])
        self.description.setText(self.descriptions()[key])


class ReportsScreen(QWidget):
    """Two tabs: the arrivals dashboard and the lists."""

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard = DashboardScreen(db, language)
        self.lists = ListsScreen(db, language)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportsTabs")
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.lists, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self.dashboard.set_language(language)
        self.lists.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Arrivals dashboard"))
        self.tabs.setTabText(1, self.tr("Lists"))
