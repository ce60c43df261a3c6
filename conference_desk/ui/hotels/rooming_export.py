"""One hotel's rooming list to a file: the hotel, "Export rooming list…", the file dialog, the writing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from conference_desk.core.foundation.db import Database
from conference_desk.core.hotels import service as hotels

from ..common.i18n import locale_for
from ..common.tasks import run_task


class RoomingListExport(QWidget):
    """The hotel to export and its button; the list is written (XLSX or PDF) off the GUI thread.

    A rooming list needs no selected guest: the button is enabled as soon as there is a hotel.
    """

    done = Signal(str, str)  # what to tell the user, the file written
    failed = Signal(str)  # the core's message

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.file_dialog: QFileDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.export_hotel = QComboBox()
        self.export_hotel.setObjectName("hotelsExportHotel")
        self.export_hotel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export_file)
        layout.addWidget(self.export_hotel)
        layout.addWidget(self.export_button)
        self.retranslate()

    def set_hotels(self, hotel_list: Sequence[hotels.HotelOccupancy]) -> None:
        """The hotels on offer (the one chosen stays chosen)."""
        current = self.export_hotel.currentData()
        self.export_hotel.clear()
        for h in hotel_list:
            self.export_hotel.addItem(h.name, h.hotel_id)
        if current is not None and self.export_hotel.findData(current) >= 0:
            self.export_hotel.setCurrentIndex(self.export_hotel.findData(current))
        self.export_button.setEnabled(self.export_hotel.count() > 0)  # a rooming list needs no selected guest

    def choose_export_file(self) -> QFileDialog | None:
        hotel_id = self.export_hotel.currentData()
        if hotel_id is None:
            return None
        dialog = QFileDialog(self, self.tr("Export the rooming list of %1").replace("%1", self.export_hotel.currentText()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("PDF document (*.pdf)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(lambda text: dialog.setDefaultSuffix("pdf" if "pdf" in text else "xlsx"))
        dialog.fileSelected.connect(lambda path: self.export_rooming_list(hotel_id, path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_rooming_list(self, hotel_id: int, path: str) -> None:
        """Write one hotel's rooming list (XLSX or PDF from the file's suffix) off the GUI thread."""
        db, language = self.db, self.language
        fmt = "pdf" if Path(path).suffix.lower() == ".pdf" else "xlsx"

        def done(result: dict[str, Any]) -> None:
            self.done.emit(self.tr("Rooming list of %1 written (%2 guests): %3")
                           .replace("%1", result["hotel"])
                           .replace("%2", locale_for(self.language).toString(result["rows"]))
                           .replace("%3", result["file"]), result["file"])

        run_task(lambda _p: hotels.export_rooming_list(db, hotel_id, fmt, path, language), done, self.failed.emit,
                 owner=self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("&Export rooming list…"))
