"""Badges: design with a live preview, who has a badge, batch and single printing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.badges import service
from conference_desk.core.badges.types import BadgeSelection, BadgeStyle
from conference_desk.core.foundation.db import Database
from conference_desk.core.people.registration import category_choices, list_delegations

from ..common.badge_printing import BadgePrinting
from ..common.core_messages import translate_core
from ..common.panels import fit_panel_width, vertical_panel
from ..common.combos import refill_combo
from .status_model import ID_ROLE, BadgeStatusModel
from ..common.tasks import run_task

PREVIEW_DELAY_MS = 150
SEARCH_DELAY_MS = 200
SCOPES = ("all", "delegation", "category", "selected")


class ColourButton(QPushButton):
    """A button showing a colour; clicking opens Qt's colour dialog."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(64)
        self.set_colour(colour)
        self.clicked.connect(self._choose)
        self.dialog: QColorDialog | None = None

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.setStyleSheet(f"background-color: {colour}; border: 1px solid #555;")
        self.setToolTip(colour)

    def _choose(self) -> None:
        self.dialog = QColorDialog(QColor(self.colour), self)
        self.dialog.colorSelected.connect(lambda c: (self.set_colour(c.name()), self.colour_changed.emit(c.name())))
        self.dialog.open()


class BadgesScreen(QWidget):
    data_changed = Signal()
    preview_updated = Signal()
    _renderer_ready = False  # the badge renderer's imports and fonts prepared once per process

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.style_ = service.load_style(db)
        self.preview_png: bytes | None = None
        self.printing = BadgePrinting(db, self)
        self.printing.message.connect(self._show_message)
        self.printing.finished.connect(lambda _r: (self.reload(), self.data_changed.emit()))

        # -- who has a badge ---------------------------------------------------
        # Paged, searched, sorted and counted in SQL; read off the GUI thread (100,000 participants).
        self.status_model = BadgeStatusModel(db, language, self)
        self.status_model.loaded.connect(self._rows_loaded)
        self.status_model.failed.connect(self._show_error)
        self.proxy = self.status_model  # the table's model (once a sorting proxy; the name stays)
        self._reselect: int | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)  # one query when typing pauses, not one per keystroke
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self.status_model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.only_missing = QCheckBox()
        self.only_missing.toggled.connect(self._only_missing_toggled)
        self.counts = QLabel()
        self.counts.setObjectName("badgeCounts")
        self.table = QTableView()
        self.table.setObjectName("badgeStatusTable")
        self.table.setModel(self.status_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.schedule_preview())
        self.print_one = QPushButton()
        self.print_one.setObjectName("printBadgeButton")
        self.print_one.clicked.connect(self.print_selected)
        self.reprint_one = QPushButton()
        self.reprint_one.clicked.connect(self.reprint_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.only_missing)
        row.addStretch(1)
        row.addWidget(self.counts)
        left_layout.addLayout(row)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_one)
        buttons.addWidget(self.reprint_one)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        # -- preview ----------------------------------------------------------
        self.preview = QLabel()
        self.preview.setObjectName("badgePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(200, 280)
        self.preview.setStyleSheet("QLabel#badgePreview { background: #d9d9d9; }")
        self.preview_caption = QLabel()
        self.preview_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_caption.setWordWrap(True)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.preview, 1)
        middle_layout.addWidget(self.preview_caption)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)

        # -- design -------------------------------------------------------------
        self.design_box = QGroupBox()
        design = QFormLayout(self.design_box)
        self.layout_combo = QComboBox()
        self.cut_marks = QCheckBox()
        self.field_boxes = {name: QCheckBox() for name in
                            ("show_logo", "show_delegation", "show_position", "show_city", "show_category_label")}
        self.header_colour = ColourButton(self.style_.header_colour)
        self.header_colour.colour_changed.connect(lambda _c: self.style_changed())
        self.design_labels = [QLabel() for _ in range(3)]
        design.addRow(self.design_labels[0], self.layout_combo)
        # Language of the printed badges (batch and desk alike): one of the three, each holder's, or two.
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("badgeLanguage")
        design.addRow(self.design_labels[2], self.language_combo)
        design.addRow(self.cut_marks)  # tick boxes span the row: their labels are never squeezed
        for box in self.field_boxes.values():
            design.addRow(box)
        design.addRow(self.design_labels[1], self.header_colour)
        self.category_box = QGroupBox()
        self.category_form = QFormLayout(self.category_box)
        self.category_buttons: dict[str, ColourButton] = {}
        self.category_labels: dict[str, QLabel] = {}

        # -- batch --------------------------------------------------------------
        self.batch_box = QGroupBox()
        batch = QFormLayout(self.batch_box)
        self.scope = QComboBox()
        self.scope.setObjectName("batchScope")
        self.delegation_combo = QComboBox()
        self.delegation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.delegation_combo.setMinimumContentsLength(18)
        self.category_combo = QComboBox()
        self.only_unprinted = QCheckBox()
        self.only_unprinted.setChecked(True)
        self.save_pdf_button = QPushButton()
        self.save_pdf_button.setObjectName("saveBadgesPdf")
        self.save_pdf_button.clicked.connect(lambda: self.printing.save_pdf(self.batch_selection(), self.style_))
        self.printer_button = QPushButton()
        self.printer_button.clicked.connect(lambda: self.printing.choose_printer(self.batch_selection(), self.style_))
        self.batch_labels = [QLabel() for _ in range(3)]
        batch.addRow(self.batch_labels[0], self.scope)
        batch.addRow(self.batch_labels[1], self.delegation_combo)
        batch.addRow(self.batch_labels[2], self.category_combo)
        batch.addRow(self.only_unprinted)
        batch_buttons = QHBoxLayout()
        batch_buttons.addWidget(self.save_pdf_button)
        batch_buttons.addWidget(self.printer_button)
        batch.addRow(batch_buttons)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.message = QLabel()
        self.message.setObjectName("badgeMessage")
        self.message.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.design_box)
        right_layout.addWidget(self.category_box)
        right_layout.addWidget(self.batch_box)
        right_layout.addWidget(self.message)
        right_layout.addStretch(1)
        self.right_panel = right_scroll = vertical_panel(right)
        right_scroll.setObjectName("badgeDesignPanel")

        splitter = self.splitter = QSplitter()
        splitter.setObjectName("badgesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right_scroll)
        splitter.setSizes([520, 380, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._apply_style_to_widgets()
        for widget in (self.cut_marks, *self.field_boxes.values()):
            widget.toggled.connect(lambda _on: self.style_changed())
        self.layout_combo.currentIndexChanged.connect(lambda _i: self.style_changed())
        self.language_combo.currentIndexChanged.connect(lambda _i: self.style_changed())
        self.retranslate()
        self.reload()

    # -- data ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the choices and the status table again, off the GUI thread (the screen shows at once)."""
        db, language = self.db, self.language
        self._reselect = self.selected_participant()

        def work(_progress: Any) -> tuple[Any, Any]:
            with db.session() as session:
                # the filter needs names alone: not the member counts and arrivals (0.4 s on 100,000)
                return list_delegations(session, language, counts=False), category_choices(session, language)

        run_task(work, lambda result: self._fill_choices(*result), self._show_error, owner=self)
        self.status_model.language = language
        self.status_model.refresh()
        if not BadgesScreen._renderer_ready:  # the preview's fixed cost, beside the table's reads
            BadgesScreen._renderer_ready = True
            from ..common.sounds import load_media_backend

            load_media_backend()  # never while the task below imports compiled modules (see there)
            run_task(lambda _p: service.prepare_rendering(), lambda _r: None)

    def _rows_loaded(self) -> None:
        self._update_counts()
        current, self._reselect = self._reselect, None
        if current is not None:
            self.select_participant(current)
        elif self.status_model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.preview_timer.stop()
        self.update_preview()  # the first row's badge at once, not after the typing delay

    def _fill_choices(self, delegations: list[Any], categories: list[Any]) -> None:
        refill_combo(self.delegation_combo,
                     [(d.id, d.name) for d in sorted(delegations, key=lambda d: d.name.casefold())])
        refill_combo(self.category_combo, [(c.extra, c.label) for c in categories])
        if not self.category_buttons:
            for category in categories:
                button = ColourButton(self.style_.category_colours.get(category.extra, "#1f4e79"))
                button.colour_changed.connect(lambda colour, code=category.extra: self._category_colour(code, colour))
                label = QLabel(category.label)
                self.category_buttons[category.extra] = button
                self.category_labels[category.extra] = label
                self.category_form.addRow(label, button)
            self._load_category_colours()
        else:
            for category in categories:
                if category.extra in self.category_labels:
                    self.category_labels[category.extra].setText(category.label)
        fit_panel_width(self.right_panel)

    def _load_category_colours(self) -> None:
        defaults = service.category_colours(self.db)
        for code, button in self.category_buttons.items():
            button.set_colour(self.style_.category_colours.get(code, defaults.get(code, "#1f4e79")))

    def _update_counts(self) -> None:
        if not self.status_model.is_loaded:
            self.counts.setText(self.tr("Reading the badges…"))
            return
        total, printed = self.status_model.counts()
        self.counts.setText(self.tr("%1 of %2 have a printed badge").replace("%1", str(printed))
                            .replace("%2", str(total)))

    def _only_missing_toggled(self, on: bool) -> None:
        self.status_model.set_only_without_badge(on)

    def selected_participant(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_participants(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def select_participant(self, participant_id: int) -> None:
        row = self.status_model.row_of_id(participant_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.status_model.index(row, 0))

    # -- style and preview ---------------------------------------------------------

    def _apply_style_to_widgets(self) -> None:
        style = self.style_
        self.cut_marks.setChecked(style.cut_marks)
        for name, box in self.field_boxes.items():
            box.setChecked(bool(getattr(style, name)))
        self.header_colour.set_colour(style.header_colour)

    def current_style(self) -> BadgeStyle:
        layout = self.layout_combo.currentData() or self.style_.layout
        language = self.language_combo.currentData() or self.style_.language
        colours = {code: button.colour for code, button in self.category_buttons.items()}
        return replace(
            self.style_, layout=layout, language=language, cut_marks=self.cut_marks.isChecked(),
            header_colour=self.header_colour.colour,
            category_colours=colours or self.style_.category_colours,
            **{name: box.isChecked() for name, box in self.field_boxes.items()},
        )

    def style_changed(self) -> None:
        self.style_ = self.current_style()
        self.cut_marks.setEnabled(self.style_.layout == "a6-4up")
        service.save_style(self.db, self.style_)
        self.schedule_preview()

    def _category_colour(self, _code: str, _colour: str) -> None:
        self.style_changed()

    def schedule_preview(self) -> None:
        self.preview_timer.start()

    def update_preview(self) -> None:
        participant_id = self.selected_participant()
        if participant_id is None:
            self.preview.clear()
            self.preview_caption.setText(self.tr("Choose a participant to see their badge."))
            return
        db, style = self.db, self.current_style()
        run_task(lambda _p: service.render_preview(db, participant_id, style, dpi=110),
                 self._show_preview, self._show_error, owner=self)

    def _show_preview(self, png: bytes) -> None:
        self.preview_png = png
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        layout = self.tr("A6 badge") if self.current_style().layout == "a6-4up" else self.tr("ID-1 card")
        self.preview_caption.setText(self.tr("Preview: %1, as it will print.").replace("%1", layout))
        self.preview_updated.emit()

    # -- printing --------------------------------------------------------------------

    def batch_selection(self) -> BadgeSelection:
        scope = self.scope.currentData()
        selection = BadgeSelection(only_unprinted=self.only_unprinted.isChecked())
        if scope == "delegation":
            selection.delegation_id = self.delegation_combo.currentData()
        elif scope == "category":
            selection.category_code = self.category_combo.currentData()
        elif scope == "selected":
            selection.participant_ids = self.selected_participants()
            selection.only_unprinted = False
        return selection

    def _scope_changed(self) -> None:
        scope = self.scope.currentData()
        self.delegation_combo.setEnabled(scope == "delegation")
        self.category_combo.setEnabled(scope == "category")
        self.only_unprinted.setEnabled(scope != "selected")

    def print_selected(self) -> None:
        participant_id = self.selected_participant()
        if participant_id is None:
            return
        row = self.status_model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        if row.printed_at is not None:
            self.printing.ask_reprint(participant_id, row.name, self.current_style())
        else:
            self.printing.print_single(participant_id, self.current_style())

    def reprint_selected(self) -> None:
        participant_id = self.selected_participant()
        if participant_id is None:
            return
        row = self.status_model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        self.printing.ask_reprint(participant_id, row.name, self.current_style())

    def _show_message(self, text: str) -> None:
        self.message.setText(text)

    def _show_error(self, message: str) -> None:
        self.message.setText(translate_core(message))

    # -- language --------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a participant…"))
        self.only_missing.setText(self.tr("Only people without a printed badge"))
        self.print_one.setText(self.tr("&Print badge"))
        self.reprint_one.setText(self.tr("&Reprint…"))
        self.design_box.setTitle(self.tr("Design"))
        self.category_box.setTitle(self.tr("Category colours"))
        self.batch_box.setTitle(self.tr("Batch printing"))
        self.design_labels[0].setText(self.tr("Layout:"))
        self.design_labels[1].setText(self.tr("Header colour:"))
        self.design_labels[2].setText(self.tr("Language:"))
        refill_combo(self.language_combo, [("participant", self.tr("Each holder's own")),
                                           ("en", self.tr("English")), ("fr", self.tr("French")),
                                           ("es", self.tr("Spanish")),
                                           ("bilingual", self.tr("Two: the holder's, then English"))], self.style_.language)
        self.cut_marks.setText(self.tr("Cut marks on A4 sheets"))
        texts = {"show_logo": self.tr("Show the logo area"), "show_delegation": self.tr("Show the delegation"),
                 "show_position": self.tr("Show the position"), "show_city": self.tr("Show the city"),
                 "show_category_label": self.tr("Show the category label")}
        for name, box in self.field_boxes.items():
            box.setText(texts[name])
        refill_combo(self.layout_combo, [("a6-4up", self.tr("A6, four to an A4 sheet")),
                                    ("id1", self.tr("ID-1 card (85.6 × 54 mm)"))], self.style_.layout)
        refill_combo(self.scope, [("all", self.tr("All participants")), ("delegation", self.tr("One delegation")),
                             ("category", self.tr("One category")), ("selected", self.tr("Selected participants"))])
        self.batch_labels[0].setText(self.tr("Print:"))
        self.batch_labels[1].setText(self.tr("Delegation:"))
        self.batch_labels[2].setText(self.tr("Category:"))
        self.only_unprinted.setText(self.tr("Only badges not printed yet"))
        self.save_pdf_button.setText(self.tr("Save as &PDF…"))
        self.printer_button.setText(self.tr("Print &to printer…"))
        self._update_counts()
        self._scope_changed()
        fit_panel_width(self.right_panel)
