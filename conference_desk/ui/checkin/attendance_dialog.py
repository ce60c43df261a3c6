"""Who was admitted here today, newest first, and undoing one of those admissions.

An undo asks for a reason (kept in the audit log and on the undo event); the
check-in screen does the undo, so the rules and the panel are the same as for
"Undo last check-in".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.checkin.service import MAX_UNDO_REASON, AdmissionRow


class UndoReasonDialog(QDialog):
    """Why an admission is taken back: a common reason or one's own words."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoReasonDialog")
        self.setWindowTitle(self.tr("Undo check-in"))
        self.question = QLabel(self.tr("Undo the check-in of %1? The admission stays in the history, "
                                       "marked as undone, with your reason.").replace("%1", name))
        self.question.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("undoReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems([self.tr("Admitted by mistake (wrong person)"), self.tr("Wrong badge scanned"),
                              self.tr("Scanned twice by mistake"), self.tr("Left before entering")])
        self.reason.setCurrentIndex(0)
        self.reason.lineEdit().setMaxLength(MAX_UNDO_REASON)
        # Enter in the reason's own field undoes (an editable combo box keeps Enter to itself).
        self.reason.lineEdit().returnPressed.connect(self._enter)
        self.reason.lineEdit().selectAll()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Undo check-in"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter(self) -> None:
        if not self.reason.view().isVisible():
            self.try_accept()

    def text(self) -> str:
        return self.reason.currentText().strip()

    def try_accept(self) -> bool:
        if not self.isVisible():
            return False  # Enter reaches both the field and the default button: one undo only
        if not self.text():
            self.problem.setText(self.tr("Give a reason."))
            return False
        self.accept()
        return True


class AttendanceDialog(QDialog):
    """Admissions at this point and day; "Undo…" on the selected one."""

    COLUMNS = 6

    def __init__(self, load: Callable[[str], list[AdmissionRow]], undo: Callable[[AdmissionRow], None],
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.load = load
        self.undo = undo
        self.rows: list[AdmissionRow] = []
        self.setWindowTitle(title)
        self.search = QLineEdit()
        self.search.setObjectName("attendanceSearch")
        self.search.setPlaceholderText(self.tr("Filter by name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("attendanceTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Name"), self.tr("Delegation"),
                                              self.tr("Desk"), self.tr("Operator"), self.tr("State")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.count = QLabel()
        self.undo_button = QPushButton(self.tr("Undo check-in…"))
        self.undo_button.setObjectName("attendanceUndo")
        self.undo_button.clicked.connect(self.undo_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(960, 560)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again; the selected admission stays selected (never another person's)."""
        kept = self.selected()
        self.rows = self.load(self.search.text())
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            if row.undone:
                state = self.tr("undone: %1").replace("%1", row.undo_reason)
            elif row.review == "offline_revoked":
                state = self.tr("admitted offline — to review: badge revoked before the scan")
            elif row.review == "offline_cancelled":
                state = self.tr("admitted offline — to review: registration cancelled")
            else:
                state = self.tr("admitted")
            values = (row.at_local.strftime("%H:%M:%S"), row.name, row.delegation, row.desk, row.operator, state)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.undone:
                    font = item.font()
                    font.setStrikeOut(c == 1)
                    item.setFont(font)
                elif row.review:
                    item.setBackground(QColor("#fff4d6"))
                    item.setForeground(QColor("#5f3b00"))
                self.table.setItem(r, c, item)
        admitted = sum(1 for row in self.rows if not row.undone)
        self.count.setText(self.tr("%n admitted", "", admitted))
        again = next((r for r, row in enumerate(self.rows) if kept is not None and row.event_id == kept.event_id),
                     0 if self.rows else -1)
        if again >= 0:
            self.table.selectRow(again)
        self._update_buttons()

    def selected(self) -> AdmissionRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.undo_button.setEnabled(row is not None and not row.undone)

    def undo_selected(self) -> None:
        row = self.selected()
        if row is not None and not row.undone:
            self.undo(row)
