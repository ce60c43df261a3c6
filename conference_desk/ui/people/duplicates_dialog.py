"""Likely duplicate participants, and merging the two records of one person.

The list shows each pair with its score and why it looks like one person; the
clerk selects a pair, presses **Merge…**, chooses which record to keep, and
confirms.  The merge keeps the dropped record's values in the audit log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from conference_desk.ui.common.session_state import current_actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.people.duplicates import (
    DEFAULT_THRESHOLD,
    SAME_CITY,
    SAME_DELEGATION,
    SAME_EMAIL,
    SAME_NAME,
    SIMILAR_NAME,
    SWAPPED_NAMES,
    DuplicatePair,
    MergeResult,
    find_duplicates,
    merge_participants,
)

from ..common.tasks import make_progress_dialog, run_task
from ..common.core_messages import translate_core


class MergeConfirmDialog(QDialog):
    """Which of the two records to keep; the other is merged into it and removed."""

    def __init__(self, pair: DuplicatePair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair = pair
        self.setWindowTitle(self.tr("Merge two records"))
        intro = QLabel(
            self.tr(
                "Keep one record. Its empty fields are filled from the other; badges, check-ins, "
                "sessions and sign-ups move to it; the other record is removed (its values stay in the history)."
            )
        )
        intro.setWordWrap(True)
        self.keep_a = QRadioButton(self._describe(pair.a_id, pair.a_name, pair.a_details))
        self.keep_b = QRadioButton(self._describe(pair.b_id, pair.b_name, pair.b_details))
        self.keep_a.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Keep:")))
        layout.addWidget(self.keep_a)
        layout.addWidget(self.keep_b)
        layout.addWidget(self.buttons)

    def _describe(self, pid: int, name: str, details: str) -> str:
        text = self.tr("%1 (no. %2)").replace("%1", name).replace("%2", str(pid))
        return f"{text} — {details}" if details else text

    def kept_and_dropped(self) -> tuple[int, int]:
        if self.keep_a.isChecked():
            return self.pair.a_id, self.pair.b_id
        return self.pair.b_id, self.pair.a_id


class DuplicatesDialog(QDialog):
    """Pairs of participants that are probably the same person, with a Merge action."""

    merged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pairs: list[DuplicatePair] = []
        self.confirm: MergeConfirmDialog | None = None
        self._notice = ""
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.resize(1000, 560)

        self.threshold = QSpinBox()
        self.threshold.setRange(50, 100)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setSuffix(" %")
        self.refresh_button = QPushButton(self.tr("Search again"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Lowest score shown:")))
        top.addWidget(self.threshold)
        top.addWidget(self.refresh_button)
        top.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        # The search takes seconds on a large conference: show how far it is.
        self.progress = QProgressBar()
        self.progress.setObjectName("duplicatesProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("Participant"), self.tr("Possibly the same as"), self.tr("Why")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The two people side by side, each half of the width: both always on screen to compare;
        # name on the first line, what tells them apart on the second.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.ask_merge())

        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.ask_merge)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.merge_button)
        bottom.addStretch(1)
        bottom.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    def _reason_text(self, code: str) -> str:
        return {
            SAME_NAME: self.tr("same name"),
            SWAPPED_NAMES: self.tr("given and family names swapped"),
            SIMILAR_NAME: self.tr("similar name"),
            SAME_EMAIL: self.tr("same e-mail"),
            SAME_DELEGATION: self.tr("same delegation"),
            SAME_CITY: self.tr("same city"),
        }.get(code, code)

    def refresh(self) -> None:
        db, threshold = self.db, self.threshold.value()
        self.status_label.setText(self.tr("Searching…"))
        self.refresh_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        task = run_task(lambda progress: find_duplicates(db, threshold, progress), self._show, self._failed,
                        owner=self)
        task.signals.progress.connect(self._searching, Qt.ConnectionType.QueuedConnection)

    def _searching(self, done: int, total: int) -> None:
        if not isValid(self) or not self.progress.isVisible():
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _show(self, pairs: list[DuplicatePair]) -> None:
        self.refresh_button.setEnabled(True)
        self.progress.hide()
        self.pairs = pairs
        if pairs:
            status = self.tr("%n pair(s) look like the same person.", "", len(pairs))
        else:
            status = self.tr("No likely duplicates.")
        self.status_label.setText(f"{self._notice} {status}".strip())
        self._notice = ""
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            values = (
                str(pair.score),
                f"{pair.a_name}\n{pair.a_details}" if pair.a_details else pair.a_name,
                f"{pair.b_name}\n{pair.b_details}" if pair.b_details else pair.b_name,
                ", ".join(self._reason_text(r) for r in pair.reasons),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._selection_changed()

    def _failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.progress.hide()
        self.status_label.setText(translate_core(message))

    def _selected_pair(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        index = rows[0].row()
        return self.pairs[index] if 0 <= index < len(self.pairs) else None

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self._selected_pair() is not None)

    def ask_merge(self) -> None:
        pair = self._selected_pair()
        if pair is None:
            return
        self.confirm = MergeConfirmDialog(pair, self)
        self.confirm.accepted.connect(self._confirmed)
        self.confirm.open()

    def _confirmed(self) -> None:
        if self.confirm is None:
            return
        keep_id, drop_id = self.confirm.kept_and_dropped()
        db = self.db
        self.merge_button.setEnabled(False)
        progress = make_progress_dialog(self, self.tr("Merging…"), self.tr("Likely duplicates"))

        def work(_report: Any) -> MergeResult:
            return merge_participants(db, keep_id, drop_id, current_actor())

        run_task(work, self._merged, self._failed, owner=self, progress_dialog=progress)

    def _merged(self, result: MergeResult) -> None:
        self._notice = (
            self.tr("Merged record no. %1 into no. %2.").replace("%1", str(result.drop_id)).replace("%2", str(result.keep_id))
        )
        self.merged.emit()
        self.refresh()
