"""The audit log: who changed what, when, at which desk — filter, read the before/after values, export.

The table reads the log a page at a time in SQL (``core.audit.list_entries``,
newest first; ``fetchMore`` asks for the next page while scrolling) and counts
the matches with one COUNT query, so a log of any size opens at once.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.safety import audit
from conference_desk.core.safety.audit import AuditFilter, AuditRow
from conference_desk.core.checkin.decisions import conference_zone
from conference_desk.core.foundation.db import Database

from ..common import session_state
from ..common.core_messages import translate_core
from .audit_text import action_text, entity_text, summary_text
from ..common.i18n import DATE_FORMAT
from ..common.tasks import make_progress_dialog, run_task

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum: "no limit", shown as a dash


def _local(at: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A stored UTC time in the conference's (venue's) time zone: what the desks' clocks said,
    whatever this computer's own zone."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone(zone) if zone is not None else aware.astimezone()


def _when(at: dt.datetime, zone: dt.tzinfo | None) -> str:
    local = _local(at, zone)
    return f"{local.strftime('%d/%m/%Y %H:%M:%S')}"


class AuditTableModel(QAbstractTableModel):
    """Audit entries matching a filter, read page by page (never the whole log)."""

    COLUMNS = 6

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0
        self.page_size = audit.PAGE
        self.zone: dt.tzinfo | None = None
        self.zone_name = ""
        try:
            self.zone = conference_zone(db)
            self.zone_name = str(getattr(self.zone, "key", "") or self.zone)
        except Exception:  # noqa: BLE001 - no conference yet: this computer's zone
            self.zone = None

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        with self.db.session() as s:
            self.total = audit.count_entries(s, flt)
            self.rows = audit.list_entries(s, flt, 0, self.page_size)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = audit.list_entries(self.db, self.filter, len(self.rows), self.page_size)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        when = self.tr("When (%1)").replace("%1", self.zone_name) if self.zone_name else self.tr("When")
        return (when, self.tr("Operator"), self.tr("Desk"), self.tr("Action"), self.tr("Record"),
                self.tr("Summary"))[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return _when(row.at, self.zone)
        if column == 1:
            return row.operator
        if column == 2:
            return row.desk
        if column == 3:
            return action_text(row.action)
        if column == 4:
            kind = entity_text(row.entity)
            return f"{kind} #{row.entity_id}" if row.entity_id is not None else kind
        return summary_text(row.summary)

    def row_at(self, row: int) -> AuditRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


class AuditScreen(QWidget):
    """Filters above, the entries in the middle, the selected entry's values below."""

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.model = AuditTableModel(db, self)

        self.operator = self._combo("operator")
        self.desk = self._combo("desk")
        self.action = self._combo("action")
        self.entity = self._combo("entity")
        self.since = self._date("since")
        self.until = self._date("until")
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule)
        self.export_button = QPushButton()
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.choose_export_file)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.filter_labels: dict[str, QLabel] = {}
        filters = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for form, items in ((left, (("operator", self.operator), ("desk", self.desk), ("action", self.action),
                                    ("entity", self.entity))),
                            (right, (("since", self.since), ("until", self.until), ("search", self.search)))):
            for key, widget in items:
                label = QLabel()
                label.setBuddy(widget)
                self.filter_labels[key] = label
                form.addRow(label, widget)
        filters.addLayout(left, 1)
        filters.addLayout(right, 1)

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in range(AuditTableModel.COLUMNS - 1):  # the summary takes what is left
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_detail(current.row()))

        self.detail_title = QLabel()
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("auditDetail")
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().setVisible(False)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.apply_filters)
        self.retranslate()
        self.reload()

    # -- construction helpers ------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"audit_{name}")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.currentTextChanged.connect(self._schedule)
        return combo

    @staticmethod
    def _chosen(combo: QComboBox) -> str | None:
        """The stored value of the choice shown (actions are shown translated), or the text typed."""
        text = combo.currentText().strip()
        index = combo.findText(text)
        value = combo.itemData(index) if index > 0 else None
        return str(value) if value else (text or None)

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setObjectName(f"audit_{name}")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._schedule)
        return edit

    # -- data -------------------------------------------------------------------------

    def reload(self) -> None:
        """Refill the filter choices (distinct values, bounded) and re-read the first page."""
        choices = audit.filter_choices(self.db)
        shown = {"action": action_text, "entity": entity_text}
        for name, combo in (("operator", self.operator), ("desk", self.desk), ("action", self.action),
                            ("entity", self.entity)):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            for value in choices.get(name, []):  # actions and record kinds in the interface language
                combo.addItem(shown[name](value) if name in shown else value, value)
            combo.setCurrentText(text)
            combo.blockSignals(False)
        self.apply_filters()

    def _schedule(self, *_args: Any) -> None:
        self._timer.start()

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit, add: int = 0) -> dt.datetime | None:
            if edit.date() == edit.minimumDate():
                return None
            midnight = dt.datetime.combine(edit.date().toPython() + dt.timedelta(days=add), dt.time())
            zone = self.model.zone
            local = midnight.replace(tzinfo=zone) if zone is not None else midnight.astimezone()
            return local.astimezone(dt.timezone.utc)  # the venue's midnight, as UTC

        return AuditFilter(
            operator=self.operator.currentText().strip() or None, desk=self.desk.currentText().strip() or None,
            action=self._chosen(self.action), entity=self._chosen(self.entity),
            since=day(self.since), until=day(self.until, 1), search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_count()
        self.show_detail(-1)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.model.total))

    def show_detail(self, row: int) -> None:
        """The entry's before/after values (its JSON details), field by field."""
        entry = self.model.row_at(row)
        self.detail.setRowCount(0)
        if entry is None:
            self.detail_title.setText(self.tr("Select an entry to see what changed."))
            return
        detail = audit.entry_detail(self.db, entry.id)
        if detail is None:
            self.detail_title.setText(self.tr("This entry no longer exists."))
            return
        self.detail_title.setText(
            self.tr("%1 by %2 at %3, %4: %5").replace("%1", action_text(entry.action))
            .replace("%2", entry.operator or "—").replace("%3", entry.desk or "—")
            .replace("%4", _when(entry.at, self.model.zone)).replace("%5", summary_text(entry.summary)))
        self.detail.setRowCount(len(detail.values))
        for n, value in enumerate(detail.values):
            before = _shown(value.before) if value.has_before else ""
            for column, text in enumerate((value.field, before, _shown(value.after))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.detail.setItem(n, column, item)

    # -- export -------------------------------------------------------------------------

    def choose_export_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export the audit log"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setNameFilters([self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.selectFile("audit-log.xlsx")
        dialog.fileSelected.connect(self.export_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def export_to(self, path: str) -> None:
        """Write the entries the filters select (all pages) off the GUI thread."""
        db, flt, actor = self.db, self.current_filter(), session_state.current_actor()
        dialog = make_progress_dialog(self, self.tr("Exporting to %1…").replace("%1", path), self.tr("Export"))
        self.message.setText("")
        run_task(lambda progress: audit.export_entries(db, path, None, flt, progress, actor),
                 self._exported, self._export_failed, owner=self, progress_dialog=dialog)

    def _exported(self, result: object) -> None:
        rows = int(getattr(result, "rows", 0))
        self.message.setText(self.tr("Exported %n entry(ies) to %2.", "", rows)
                             .replace("%2", str(getattr(result, "path", ""))))
        self.model.refresh()  # the export is itself an entry
        self._show_count()

    def _export_failed(self, message: str) -> None:
        self.message.setText(self.tr("Export failed: %1").replace("%1", translate_core(message)))

    # -- language -------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()  # actions, record kinds and summaries in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit log"))
        texts = {"operator": self.tr("Operator"), "desk": self.tr("Desk"), "action": self.tr("Action"),
                 "entity": self.tr("Record kind"), "since": self.tr("From"), "until": self.tr("Until"),
                 "search": self.tr("Text")}
        for key, text in texts.items():
            self.filter_labels[key].setText(text + ":")
        for combo in (self.operator, self.desk, self.action, self.entity):
            combo.lineEdit().setPlaceholderText(self.tr("All"))
        self.search.setPlaceholderText(self.tr("Words in the summary or the values"))
        self.export_button.setText(self.tr("Export…"))
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, AuditTableModel.COLUMNS - 1)
        self._show_count()
        if self.detail.rowCount() == 0:
            self.detail_title.setText(self.tr("Select an entry to see what changed."))
