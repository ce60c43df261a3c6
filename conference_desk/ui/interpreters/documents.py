"""The interpreters' documents: the Documents button and its menu (schedules of all or of the selected
interpreter, booth sheets for all days or one, the cost summary), each written as a PDF in the
interface language off the GUI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from conference_desk.core.interpreters import schedule

from ..common.core_messages import translate_core
from ..common.tasks import run_task
from .roster_data import RosterState
from .shared import day_text


class DocumentsButton(QToolButton):
    """Documents ▾: choose a file, then write; ``selected`` says which interpreter the screen has selected."""

    exported = Signal(str)      # a document was written to this file
    message = Signal(str)       # what is being done or was done
    failed = Signal(str)        # what went wrong

    def __init__(self, state: RosterState, selected: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.selected = selected
        self.file_dialog: QFileDialog | None = None
        self.setObjectName("interpreterDocuments")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.documents_menu = QMenu(self)
        self.setMenu(self.documents_menu)
        self.schedules_action = self.documents_menu.addAction("")
        self.schedules_action.triggered.connect(lambda: self.choose_document_file("schedules"))
        self.schedule_action = self.documents_menu.addAction("")
        self.schedule_action.triggered.connect(lambda: self.choose_document_file("schedule"))
        self.documents_menu.addSeparator()
        self.booths_action = self.documents_menu.addAction("")
        self.booths_action.triggered.connect(lambda: self.choose_document_file("booths"))
        self.booth_day_menu = self.documents_menu.addMenu("")
        self.documents_menu.addSeparator()
        self.cost_action = self.documents_menu.addAction("")
        self.cost_action.triggered.connect(lambda: self.choose_document_file("cost"))

    def show_data(self) -> None:
        """One "booth sheets for one day" entry per day of the roster."""
        self.booth_day_menu.clear()
        days = self.state.data.grid.days if self.state.data else []
        for day in days:
            action = self.booth_day_menu.addAction(day_text(day, self.state.language))
            action.triggered.connect(lambda _checked=False, d=day: self.choose_document_file("booths", day=d))
        self.booth_day_menu.setEnabled(bool(days))

    def choose_document_file(self, kind: str, day: dt.date | None = None) -> QFileDialog | None:
        interpreter_id = self.selected() if kind == "schedule" else None
        if kind == "schedule" and interpreter_id is None:
            return None
        names = {"schedules": self.tr("interpreter-schedules"), "schedule": self.tr("interpreter-schedule"),
                 "booths": self.tr("booth-sheets"), "cost": self.tr("interpreting-cost")}
        stem = names[kind]
        if kind == "schedule":
            stem += "-" + self.state.interpreter_name(interpreter_id or 0).replace(" ", "-")
        if day is not None:
            stem += f"-{day.isoformat()}"
        dialog = QFileDialog(self, self.tr("Save the document"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF document (*.pdf)")])
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{stem}-{self.state.language}.pdf")
        dialog.fileSelected.connect(lambda path: self.write_document(kind, path, interpreter_id=interpreter_id,
                                                                      day=day))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def write_document(self, kind: str, path: str | Path, interpreter_id: int | None = None,
                       day: dt.date | None = None) -> None:
        """Write a document in the interface language off the GUI thread (``exported`` when done)."""
        db, language, out = self.state.db, self.state.language, Path(path)

        def write(_progress: Any) -> dict[str, Any]:
            if kind in ("schedules", "schedule"):
                return schedule.export_schedule(db, out, interpreter_id, language)
            if kind == "booths":
                return schedule.export_booths(db, out, day, language)
            return schedule.export_cost(db, out, language)

        def done(result: dict[str, Any]) -> None:
            self.message.emit(self.tr("Written: %1").replace("%1", result["file"]))
            self.exported.emit(result["file"])

        self.message.emit(self.tr("Writing %1…").replace("%1", out.name))
        run_task(write, done, lambda m: self.failed.emit(self.tr("Not written: %1").replace("%1", translate_core(m))),
                 owner=self)

    def retranslate(self) -> None:
        self.setText(self.tr("&Documents"))
        self.schedules_action.setText(self.tr("Schedules of all interpreters (PDF)…"))
        self.schedule_action.setText(self.tr("Schedule of the selected interpreter (PDF)…"))
        self.booths_action.setText(self.tr("Booth sheets, all days (PDF)…"))
        self.booth_day_menu.setTitle(self.tr("Booth sheets for one day (PDF)"))
        self.cost_action.setText(self.tr("Cost summary (PDF)…"))
