"""Importing a registration spreadsheet: choose the file, check the columns, preview, import.

A clerk goes through three pages without a manual:

1. **File** — "Choose file…" opens a file dialog (``open()``, never ``exec()``);
   the file is read off the GUI thread.
2. **Columns** — each header of the file with an example value and a combo of
   the participant columns (pre-filled by :func:`guess_mapping`; "Ignore" to
   skip a column).  Columns that were not recognised are highlighted.
3. **Preview** — what the import will do (new, updated, unchanged, rejected),
   every problem by row, column and value, the warnings (preferences that could
   not be resolved: those people are imported, the text kept in their notes)
   apart from the problems, a date column whose day and month look swapped with
   one button to read it the other way, and likely duplicates.  Nothing is
   written until **Import**; planning and importing run with a progress dialog
   whose Cancel leaves the database untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.db import Database
from conference_desk.core.people.importing import (
    FULL_NAME,
    DateSwap,
    ImportPlan,
    ImportResult,
    MappingGuess,
    RawTable,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from conference_desk.core.people.columns import COLUMNS, COLUMNS_BY_KEY

from ..common.tasks import make_progress_dialog, run_task
from ..common.core_messages import translate_core

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = range(3)
EXAMPLE_ROWS = 3


def _ui_language() -> str:
    code = QLocale().name()[:2]
    return code if code in ("en", "fr", "es") else "en"


class ImportDialog(QDialog):
    """Import participants from a CSV or XLSX file, with a column mapping and a preview."""

    imported = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path: str = ""
        self.table: RawTable | None = None
        self.guess: MappingGuess | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.swap_keys: set[str] = set()  # date columns read with day and month exchanged
        self.swap_buttons: dict[str, QPushButton] = {}
        self._file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(1000, 660)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_preview_page())

        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Check the file"))
        self.import_button = QPushButton(self.tr("Import"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self.check_file)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(FILE_PAGE)

    # ------------------------------------------------------------ pages

    def _build_file_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose the registration spreadsheet to import (Excel .xlsx or CSV). Headers in English, "
                "French or Spanish are recognised; you can check every column on the next page. "
                "Nothing is written before you press Import."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.file_message = QLabel()
        self.file_message.setWordWrap(True)
        self.file_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.file_message)
        layout.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_message = QLabel()
        self.mapping_message.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_intro)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.mapping_message)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        font = QFont(self.summary_label.font())
        font.setBold(True)
        self.summary_label.setFont(font)
        counts = QFormLayout()
        self.new_label, self.updated_label = QLabel("0"), QLabel("0")
        self.unchanged_label, self.rejected_label = QLabel("0"), QLabel("0")
        counts.addRow(self.tr("New participants:"), self.new_label)
        counts.addRow(self.tr("Updated participants:"), self.updated_label)
        counts.addRow(self.tr("Unchanged:"), self.unchanged_label)
        counts.addRow(self.tr("Rejected rows:"), self.rejected_label)
        self.warnings_label = QLabel("0")
        counts.addRow(self.tr("Imported with a warning:"), self.warnings_label)

        # Date columns whose day and month look swapped: said once per column, fixed in one step.
        self.swaps_box = QGroupBox(self.tr("Dates"))
        self.swaps_layout = QVBoxLayout(self.swaps_box)
        top = QHBoxLayout()
        top.addLayout(counts)
        top.addWidget(self.swaps_box, 1)

        self.problems_box = QGroupBox(self.tr("Problems (these rows will not be imported)"))
        self.problems_table = QTableWidget(0, 4)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self._setup_result_table(self.problems_table)
        box_layout = QVBoxLayout(self.problems_box)
        box_layout.addWidget(self.problems_table)

        self.warnings_box = QGroupBox(
            self.tr("Warnings (these people are imported; the text is kept in their notes: "
                    "see the filter Unresolved preferences)")
        )
        self.warnings_table = QTableWidget(0, 4)
        self.warnings_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Warning")]
        )
        self._setup_result_table(self.warnings_table)
        warnings_layout = QVBoxLayout(self.warnings_box)
        warnings_layout.addWidget(self.warnings_table)

        self.duplicates_box = QGroupBox(self.tr("Likely duplicates (imported; check them afterwards)"))
        self.duplicates_table = QTableWidget(0, 4)
        self.duplicates_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name in the file"), self.tr("Looks like"), self.tr("Score")]
        )
        self._setup_result_table(self.duplicates_table)
        dup_layout = QVBoxLayout(self.duplicates_box)
        dup_layout.addWidget(self.duplicates_table)

        layout = QVBoxLayout(page)
        self.preview_layout = layout
        layout.addWidget(self.summary_label)
        layout.addLayout(top)
        layout.addWidget(self.problems_box, 2)
        layout.addWidget(self.warnings_box, 1)
        layout.addWidget(self.duplicates_box, 1)
        return page

    @staticmethod
    def _setup_result_table(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(False)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setEnabled(page != FILE_PAGE)
        self.next_button.setVisible(page == MAPPING_PAGE)
        done = self.result is not None
        self.import_button.setVisible(page == PREVIEW_PAGE and not done)
        self.import_button.setEnabled(bool(self.plan and self.plan.rows))
        self.back_button.setVisible(not done)
        # Enter does the step the page is for (never Close): check the file, import; Close once done.
        primary = {MAPPING_PAGE: self.next_button, PREVIEW_PAGE: self.close_button if done else self.import_button}
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(button is primary.get(page))
            button.setDefault(button is primary.get(page))

    def _back(self) -> None:
        self._show_page(max(FILE_PAGE, self.pages.currentIndex() - 1))

    # ------------------------------------------------------------ step 1: the file

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a registration spreadsheet"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"), self.tr("All files (*)")]
        )
        dialog.fileSelected.connect(self.load_file)
        self._file_dialog = dialog
        dialog.open()

    def load_file(self, path: str) -> None:
        """Read the file's headers and guess the mapping (off the GUI thread)."""
        if not path:
            return
        self.path = path
        self.path_edit.setText(path)
        self.result = None
        self.plan = None
        self.swap_keys = set()
        self.file_message.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self.choose_button.setEnabled(False)
        db = self.db

        def work(progress: Any) -> tuple[RawTable, MappingGuess]:
            table = read_table(path, progress)
            return table, guess_mapping(table.headers, db)

        run_task(work, self._file_read, self._file_failed, owner=self)

    def _file_read(self, result: tuple[RawTable, MappingGuess]) -> None:
        self.choose_button.setEnabled(True)
        self.table, self.guess = result
        self.file_message.setText("")
        self._fill_mapping()
        self._show_page(MAPPING_PAGE)

    def _file_failed(self, message: str) -> None:
        self.choose_button.setEnabled(True)
        self.file_message.setText(self.tr("This file cannot be imported: %1").replace("%1", translate_core(message)))
        self.file_message.setStyleSheet("color: #b00020;")
        self._show_page(FILE_PAGE)

    # ------------------------------------------------------------ step 2: the columns

    def _column_choices(self) -> list[tuple[str | None, str]]:
        lang = _ui_language()
        choices: list[tuple[str | None, str]] = [(None, self.tr("Ignore this column"))]
        choices += [(column.key, column.header(lang)) for column in COLUMNS]
        choices.append((FULL_NAME, self.tr("Whole name (given and family name)")))
        return choices

    def _fill_mapping(self) -> None:
        assert self.table is not None and self.guess is not None
        table, guess = self.table, self.guess
        name = Path(self.path).name
        rows = len(table.rows)
        intro = self.tr("%1: %n row(s). Check what each column of the file holds, then press Check the file.", "",
                        rows)
        self.mapping_intro.setText(intro.replace("%1", name))
        choices = self._column_choices()
        self.mapping_table.setRowCount(len(table.headers))
        self.combos: list[QComboBox] = []
        unknown = 0
        for index, header in enumerate(table.headers):
            header_item = QTableWidgetItem(header)
            examples = [
                str(row[index]) for row in table.rows[:20]
                if index < len(row) and row[index] not in (None, "")
            ][:EXAMPLE_ROWS]
            example_item = QTableWidgetItem(" | ".join(e[:40] for e in examples))
            combo = QComboBox()
            for key, label in choices:
                combo.addItem(label, key)
            key = guess.mapping.get(index)
            combo.setCurrentIndex(max(0, combo.findData(key)) if key is not None else 0)
            if key is None:
                unknown += 1
                header_item.setBackground(QColor("#fff3cd"))
                header_item.setToolTip(self.tr("Not recognised: choose a column or leave it ignored."))
            combo.currentIndexChanged.connect(self._check_mapping)
            self.mapping_table.setItem(index, 0, header_item)
            self.mapping_table.setItem(index, 1, example_item)
            self.mapping_table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self._check_mapping()

    def mapping(self) -> dict[int, str | None]:
        """The mapping chosen on the columns page (column index -> key or None)."""
        return {index: combo.currentData() for index, combo in enumerate(getattr(self, "combos", []))}

    def _check_mapping(self) -> None:
        chosen = [key for key in self.mapping().values() if key is not None]
        doubled = sorted({key for key in chosen if chosen.count(key) > 1})
        messages = []
        if doubled:
            labels = dict(self._column_choices())
            messages.append(
                self.tr("Two columns of the file are imported as the same field: %1. Choose one.")
                .replace("%1", ", ".join(labels.get(k, k) for k in doubled))
            )
        if "family_name" not in chosen and FULL_NAME not in chosen:
            messages.append(self.tr("No column holds the family name: every row would be rejected."))
        self.mapping_message.setText("\n".join(messages))
        self.mapping_message.setStyleSheet("color: #b00020;" if messages else "")
        self.next_button.setEnabled(not doubled)

    # ------------------------------------------------------------ step 3: preview

    def check_file(self) -> None:
        """Plan the import with the chosen mapping (nothing is written)."""
        if self.table is None:
            return
        db, path, table, mapping = self.db, self.path, self.table, self.mapping()
        swaps = sorted(self.swap_keys)
        progress = make_progress_dialog(self, self.tr("Checking every row…"), self.tr("Import participants"))
        self.next_button.setEnabled(False)
        for button in self.swap_buttons.values():
            button.setEnabled(False)
        self.progress_dialog = progress

        def work(report: Any) -> ImportPlan:
            return plan_import(db, path, mapping=mapping, progress=report, table=table, swap_day_month=swaps)

        self._task = run_task(work, self._planned, self._plan_failed, owner=self, progress_dialog=progress)
        progress.canceled.connect(self._plan_cancelled)

    def _plan_cancelled(self) -> None:
        self.next_button.setEnabled(True)
        for button in self.swap_buttons.values():
            button.setEnabled(True)

    def toggle_swap(self, key: str) -> None:
        """Read a date column with day and month exchanged (or as written again), and check the file again."""
        if key in self.swap_keys:
            self.swap_keys.discard(key)
        else:
            self.swap_keys.add(key)
        self.check_file()

    def _planned(self, plan: ImportPlan) -> None:
        self.next_button.setEnabled(True)
        self.plan = plan
        self.result = None
        self._fill_preview()
        self._show_page(PREVIEW_PAGE)

    def _plan_failed(self, message: str) -> None:
        self.next_button.setEnabled(True)
        for button in self.swap_buttons.values():
            button.setEnabled(True)
        self.mapping_message.setText(translate_core(message))
        self.mapping_message.setStyleSheet("color: #b00020;")

    def _fill_preview(self) -> None:
        plan = self.plan
        assert plan is not None
        self.new_label.setText(f"{plan.new:,}")
        self.updated_label.setText(f"{plan.updated:,}")
        self.unchanged_label.setText(f"{plan.unchanged:,}")
        self.rejected_label.setText(f"{plan.rejected:,}")
        if plan.rows:
            text = self.tr("Ready to import %1 of %n row(s). Nothing has been written yet.", "", plan.total_rows)
            self.summary_label.setText(text.replace("%1", QLocale().toString(len(plan.rows))))
        else:
            self.summary_label.setText(self.tr("No row can be imported: see the problems below."))
        self.problems_box.setTitle(self.tr("Problems (these rows will not be imported)"))
        self.problems_box.setVisible(bool(plan.problems))
        self.problems_table.setRowCount(len(plan.problems))
        for i, problem in enumerate(plan.problems):
            for j, value in enumerate((str(problem.row), problem.column, problem.value, translate_core(problem.message))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.problems_table.setItem(i, j, item)
        self.problems_table.resizeColumnsToContents()
        self.warnings_label.setText(f"{len({w.row for w in plan.warnings}):,}")
        self.warnings_box.setVisible(bool(plan.warnings))
        self.warnings_table.setRowCount(len(plan.warnings))
        for i, warning in enumerate(plan.warnings):
            for j, value in enumerate((str(warning.row), warning.column, warning.value, translate_core(warning.message))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.warnings_table.setItem(i, j, item)
        self.warnings_table.resizeColumnsToContents()
        self._fill_swaps(plan.date_swaps)
        # The longer list gets the room: one problem should not crowd out a page of warnings.
        self.preview_layout.setStretchFactor(self.problems_box, 2 if len(plan.problems) >= len(plan.warnings) else 1)
        self.preview_layout.setStretchFactor(self.warnings_box, 2 if len(plan.warnings) > len(plan.problems) else 1)
        self.duplicates_box.setVisible(bool(plan.duplicates))
        self.duplicates_table.setRowCount(len(plan.duplicates))
        for i, dup in enumerate(plan.duplicates):
            if dup.participant_id is not None:
                other = self.tr("%1 (already registered)").replace("%1", dup.name)
                if dup.details:
                    other += f" — {dup.details}"
            else:
                other = self.tr("%1 (row %2 of this file)").replace("%1", dup.name).replace("%2", str(dup.other_row))
            for j, value in enumerate((str(dup.row), dup.row_name, other, str(dup.score))):
                self.duplicates_table.setItem(i, j, QTableWidgetItem(value))
        self.duplicates_table.resizeColumnsToContents()

    def _date_text(self, date: dt.date) -> str:
        return QLocale().toString(QDate(date.year, date.month, date.day), "d MMM yyyy")

    def swap_text(self, swap: DateSwap) -> str:
        """What the preview says about a date column whose day and month look swapped."""
        field = COLUMNS_BY_KEY[swap.key].header(_ui_language())
        if swap.applied:
            text = self.tr("%1 (column “%2”): day and month exchanged (%3 → %4) in %n row(s).", "", swap.count)
        else:
            text = self.tr("%1 dates (column “%2”) look like day and month swapped (%3 → %4) in %n row(s).", "",
                           swap.count)
        return (text.replace("%1", field).replace("%2", swap.column).replace("%3", self._date_text(swap.before))
                .replace("%4", self._date_text(swap.after)))

    def _fill_swaps(self, swaps: list[DateSwap]) -> None:
        while self.swaps_layout.count():
            item = self.swaps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.swap_buttons = {}
        self.swap_labels: dict[str, QLabel] = {}
        for swap in swaps:
            label = QLabel(self.swap_text(swap))
            label.setWordWrap(True)
            if not swap.applied:
                label.setStyleSheet("background: #fff3cd; padding: 4px;")
                button = QPushButton(self.tr("Swap day and month in “%1”").replace("%1", swap.column))
                button.setToolTip(self.tr("Only the dates outside the conference period that the swap puts "
                                          "inside it are changed; the file itself is not."))
            else:
                label.setStyleSheet("background: #e3f2e1; padding: 4px;")
                button = QPushButton(self.tr("Read “%1” as written").replace("%1", swap.column))
            button.clicked.connect(lambda _checked=False, key=swap.key: self.toggle_swap(key))
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(label, 1)
            row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.swaps_layout.addWidget(row)
            self.swap_buttons[swap.key] = button
            self.swap_labels[swap.key] = label
        self.swaps_box.setVisible(bool(swaps))

    # ------------------------------------------------------------ import

    def start_import(self) -> None:
        plan, db = self.plan, self.db
        if plan is None or not plan.rows:
            return
        progress = make_progress_dialog(self, self.tr("Importing participants…"), self.tr("Import participants"))
        self.progress_dialog = progress
        self.import_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self._task = run_task(
            lambda report: apply_import(db, plan, progress=report),
            self._imported, self._import_failed, owner=self, progress_dialog=progress,
        )
        progress.canceled.connect(self._import_cancelled)

    def _import_cancelled(self) -> None:
        self.summary_label.setText(self.tr("Import cancelled: nothing was written."))
        self.import_button.setEnabled(True)
        self.back_button.setEnabled(True)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        for button in self.swap_buttons.values():
            button.setEnabled(False)  # imported: the file is not checked again
        text = self.tr("Imported: %1 new, %2 updated, %3 unchanged, %n row(s) rejected.", "",
                       len(result.rejected_rows))
        number = QLocale().toString
        self.summary_label.setText(
            text.replace("%1", number(result.imported)).replace("%2", number(result.updated))
            .replace("%3", number(result.unchanged))
        )
        self.problems_box.setTitle(self.tr("Problems (these rows were not imported)"))
        self.new_label.setText(f"{result.imported:,}")
        self.updated_label.setText(f"{result.updated:,}")
        self.unchanged_label.setText(f"{result.unchanged:,}")
        self._show_page(PREVIEW_PAGE)
        self.imported.emit()

    def _import_failed(self, message: str) -> None:
        self.summary_label.setText(self.tr("The import failed and nothing was written: %1").replace("%1", translate_core(message)))
        self.import_button.setEnabled(True)
        self.back_button.setEnabled(True)
