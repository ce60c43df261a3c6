"""Printing badges from any screen: to a PDF file or through Qt's print system.

The core writes the PDF (issuing codes and recording the print in one
transaction) off the GUI thread; for a printer, its pages are rasterised off
the GUI thread too and painted on the QPrinter here.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from conference_desk.core.badges import service
from conference_desk.core.badges.types import SINGLE_LAYOUT, BadgePrintResult, BadgeSelection, BadgeStyle
from conference_desk.core.foundation.db import Database

from .core_messages import translate_core
from .tasks import make_progress_dialog, run_task

PRINT_DPI = 300


def pil_to_qimage(image: Any) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    qimage = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return qimage.copy()  # own the pixels: ``data`` goes away


class BadgePrinting(QObject):
    """Runs badge prints for a screen and reports what happened."""

    finished = Signal(object)  # BadgePrintResult
    failed = Signal(str)
    message = Signal(str)

    def __init__(self, db: Database, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.db = db
        self.widget = parent_widget
        self.printer_factory = self._default_printer  # tests replace it
        self.last_dialog: Any = None

    # -- choosing where -------------------------------------------------------

    def save_pdf(self, selection: BadgeSelection, style: BadgeStyle | None = None,
                 suggested: str = "badges.pdf") -> QFileDialog:
        dialog = QFileDialog(self.widget, self.tr("Save badges as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.selectFile(suggested)
        dialog.fileSelected.connect(lambda path: self.print_to_file(selection, path, style))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def choose_printer(self, selection: BadgeSelection, style: BadgeStyle | None = None) -> QPrintDialog:
        printer = self.printer_factory()
        dialog = QPrintDialog(printer, self.widget)
        dialog.accepted.connect(lambda: self.print_to_printer(selection, printer, style))
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def print_single(self, participant_id: int, style: BadgeStyle | None = None) -> None:
        """The desk's one click: to the default printer, or to a PDF if there is none.

        One badge on its own page (the badge style's single layout: one A6, or one ID-1
        card), never a four-up sheet with three empty places.
        """
        style = style or service.load_style(self.db)
        style = replace(style, layout=SINGLE_LAYOUT.get(style.layout, style.layout))
        selection = BadgeSelection(participant_ids=[participant_id], include_cancelled=False)
        if QPrinterInfo.defaultPrinter().isNull() and self.printer_factory == self._default_printer:
            self.save_pdf(selection, style, f"badge-{participant_id}.pdf")
        else:
            self.print_to_printer(selection, self.printer_factory(), style)

    def ask_reprint(self, participant_id: int, name: str, style: BadgeStyle | None = None,
                    path: str | None = None) -> QInputDialog:
        """A reprint revokes the old badge: ask why first (not blocking)."""
        dialog = QInputDialog(self.widget)
        dialog.setWindowTitle(self.tr("Reprint badge"))
        dialog.setLabelText(self.tr("Why is the badge of %1 reprinted? The old badge will no longer be accepted.")
                            .replace("%1", name))
        dialog.setTextValue("")
        dialog.textValueSelected.connect(lambda reason: self.reprint(participant_id, reason, style, path))
        dialog.open()
        self.last_dialog = dialog
        return dialog

    # -- doing it ---------------------------------------------------------------

    def print_to_file(self, selection: BadgeSelection, path: str, style: BadgeStyle | None = None) -> None:
        db = self.db
        dialog = make_progress_dialog(self.widget, self.tr("Printing badges to %1…").replace("%1", path),
                                      self.tr("Badges"))
        self._watch_cancel(dialog)
        run_task(lambda progress: service.print_badges(db, selection, Path(path), style, progress=progress),
                 self._done, self._failed, owner=self, progress_dialog=dialog)

    def print_to_printer(self, selection: BadgeSelection, printer: QPrinter,
                         style: BadgeStyle | None = None) -> None:
        db = self.db
        pdf = Path(tempfile.mkdtemp(prefix="cdesk-badges-")) / "badges.pdf"

        def work(progress: Any) -> tuple[BadgePrintResult, list[Any]]:
            from conference_desk.core.badges.render import rasterise_pdf

            result = service.print_badges(db, selection, pdf, style, progress=progress)
            return result, rasterise_pdf(pdf, PRINT_DPI)

        dialog = make_progress_dialog(self.widget, self.tr("Preparing badges for the printer…"), self.tr("Badges"))
        self._watch_cancel(dialog)
        run_task(work, lambda out: self._paint(printer, *out), self._failed, owner=self, progress_dialog=dialog)

    def reprint(self, participant_id: int, reason: str, style: BadgeStyle | None = None,
                path: str | None = None) -> None:
        if not reason.strip():
            self.failed.emit(self.tr("A reprint needs a reason."))
            return
        db = self.db
        target = Path(path) if path else Path(tempfile.mkdtemp(prefix="cdesk-badge-")) / "badge.pdf"

        def work(_progress: Any) -> BadgePrintResult:
            return service.reprint_badge(db, participant_id, reason.strip(), target, style)

        if path is None and not QPrinterInfo.defaultPrinter().isNull():
            printer = self.printer_factory()

            def work_and_raster(progress: Any) -> tuple[BadgePrintResult, list[Any]]:
                from conference_desk.core.badges.render import rasterise_pdf

                result = work(progress)
                return result, rasterise_pdf(target, PRINT_DPI)

            run_task(work_and_raster, lambda out: self._paint(printer, *out), self._failed, owner=self)
            return
        run_task(work, self._done, self._failed, owner=self)

    def _paint(self, printer: QPrinter, result: BadgePrintResult, pages: list[Any]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self._failed(self.tr("The printer cannot be used."))
            return
        try:
            for number, image in enumerate(pages):
                if number:
                    printer.newPage()
                target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                target.moveTo(0, 0)
                qimage = pil_to_qimage(image)
                scaled = qimage.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), qimage)
                image.close()
        finally:
            painter.end()
        self._done(result)

    def _watch_cancel(self, dialog: Any) -> None:
        """The status line never keeps the last batch's count once a new one starts or is cancelled."""
        self.message.emit(self.tr("Printing…"))
        dialog.canceled.connect(
            lambda: self.message.emit(self.tr("Printing cancelled: no badge was printed or recorded.")))

    def _done(self, result: BadgePrintResult) -> None:
        text = self.tr("%n badge(s) printed", "", result.badges)
        if result.missing_glyphs:
            names = ", ".join(m.name for m in result.missing_glyphs[:5])
            text += " " + self.tr("— printed in Latin script because no font can draw them: %1").replace("%1", names)
        self.message.emit(text)
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        text = translate_core(message)
        self.message.emit(self.tr("Printing failed: %1").replace("%1", text))
        self.failed.emit(text)

    @staticmethod
    def _default_printer() -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)
