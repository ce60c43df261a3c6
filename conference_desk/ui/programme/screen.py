"""The programme: a timetable per day (rooms as columns, time as rows), live conflicts.

Sessions are blocks an organiser drags to another room or time (snapped to
``SNAP_MINUTES``) or resizes by their lower edge; sessions without a time or
room wait in the list on the left and are dragged onto the grid.  Every change
is written through ``core.programme.timetable.move_session`` (one transaction,
audited) and the conflicts are recomputed at once with the core's pure
``conflicts.detect`` on the timetable in memory, so the marks on the blocks and
the list below follow every move; the database is then re-read off the GUI
thread.  Double-click a block to edit the session.

The grid itself (scene, blocks, view, the list to drag from) is ``timetable_grid``;
this screen puts it beside the unscheduled sessions, over the conflicts, and writes
what the organiser does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.programme import conflicts as conflict_rules
from conference_desk.core.programme import timetable as tt
from conference_desk.core.programme.conflicts import Conflict
from conference_desk.core.programme.timetable import Timetable

from ..common import labels
from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from ..common.tasks import run_task
from .settings_dialog import ProgrammeSettingsDialog
from .timetable_grid import (
    ERROR_COLOUR,
    HEADER_H,
    MIME,
    TYPE_COLOURS,
    SessionBlock,
    TimetableScene,
    TimetableView,
    UnscheduledList,
)

# The grid's pieces stay importable from here (tests and the desk laptop checks use them).
__all__ = ["HEADER_H", "MIME", "ProgrammeScreen", "ProgrammeSettingsDialog", "SessionBlock"]

DEFAULT_MINUTES = 90


def _problem_text(exc: BaseException) -> str:
    problems = getattr(exc, "problems", None)
    if problems:
        return "\n".join(translate_core(p.message) for p in problems)
    return translate_core(message_of(exc))



class ProgrammeScreen(QWidget):
    """Timetable per day, unscheduled sessions, conflicts; documents of the programme."""

    data_changed = Signal()
    loaded = Signal()  # a timetable (re)read from the database is on screen

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.timetable: Timetable | None = None
        self.conflicts: list[Conflict] = []
        self.acknowledged: set[str] = set()
        self.days: list[dt.date] = []
        self.day: dt.date | None = None
        self.error = ""

        self.day_tabs = QTabBar()
        self.day_tabs.setObjectName("dayTabs")
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._day_chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_session)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.booklet_action = QAction(self)
        self.booklet_action.triggered.connect(lambda: self.export("booklet"))
        self.ics_action = QAction(self)
        self.ics_action.triggered.connect(lambda: self.export("ics"))
        self.door_action = QAction(self)
        self.door_action.triggered.connect(lambda: self.export("door"))
        for action in (self.booklet_action, self.ics_action, self.door_action):
            self.export_menu.addAction(action)
        self.export_button.setMenu(self.export_menu)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.edit_settings)
        top = QHBoxLayout()
        top.addWidget(self.day_tabs, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        top.addWidget(self.settings_button)

        self.unscheduled_label = QLabel()
        self.unscheduled = UnscheduledList()
        self.unscheduled.setObjectName("unscheduledSessions")
        self.unscheduled.itemDoubleClicked.connect(
            lambda item: self.edit_session(int(item.data(Qt.ItemDataRole.UserRole))))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.unscheduled_label)
        left_layout.addWidget(self.unscheduled, 1)

        self.scene = TimetableScene(self)
        self.scene.session_moved.connect(self.move_session)
        self.scene.session_activated.connect(self.edit_session)
        self.scene.context_menu_requested.connect(self._block_menu)
        self.view = TimetableView(self.scene)
        self.view.setObjectName("timetable")
        self.view.session_dropped.connect(self._dropped)

        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("conflictSummary")
        self.conflict_list = QTreeWidget()
        self.conflict_list.setObjectName("conflicts")
        self.conflict_list.setRootIsDecorated(False)
        self.conflict_list.setColumnCount(3)
        self.conflict_list.setWordWrap(True)
        self.conflict_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_list.header().setStretchLastSection(True)
        self.conflict_list.itemSelectionChanged.connect(self._conflict_selected)
        self.conflict_list.itemDoubleClicked.connect(lambda *_: self._show_conflict_sessions())
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self.toggle_acknowledgement)
        self.ack_button.setEnabled(False)
        conflict_head = QHBoxLayout()
        conflict_head.addWidget(self.conflict_label, 1)
        conflict_head.addWidget(self.ack_button)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(conflict_head)
        bottom_layout.addWidget(self.conflict_list, 1)

        across = QSplitter(Qt.Orientation.Horizontal)
        across.addWidget(left)
        across.addWidget(self.view)
        across.setStretchFactor(1, 1)
        across.setSizes([170, 700])
        down = QSplitter(Qt.Orientation.Vertical)
        down.addWidget(across)
        down.addWidget(bottom)
        down.setStretchFactor(0, 1)
        down.setSizes([560, 110])

        self.message = QLabel()
        self.message.setObjectName("programmeMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(down, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.reload()

    # -- reading -------------------------------------------------------------------

    def reload(self) -> None:
        db = self.db

        def read(_progress: Any) -> tuple[Timetable, set[str]]:
            return tt.load_timetable(db), conflict_rules.acknowledged_fingerprints(db)

        run_task(read, self._loaded, self._failed, owner=self)

    def reload_now(self) -> None:
        """Read the timetable on the GUI thread (after a write, and in tests)."""
        try:
            self._loaded((tt.load_timetable(self.db), conflict_rules.acknowledged_fingerprints(self.db)))
        except ConferenceDeskError as exc:
            self._failed(message_of(exc))

    def _failed(self, message: str) -> None:
        self.error = message
        self.message.setText(self.tr("Could not read the programme: %1").replace("%1", translate_core(message)))

    def _loaded(self, result: tuple[Timetable, set[str]]) -> None:
        self.timetable, self.acknowledged = result
        self.error = ""
        self._recheck()
        days = list(self.timetable.days)
        for s in self.timetable.sessions:
            if s.day is not None and s.day not in days:
                days.append(s.day)
        days.sort()
        if days != self.days:
            self.days = days
            self.day_tabs.blockSignals(True)
            while self.day_tabs.count():
                self.day_tabs.removeTab(0)
            for day in days:
                self.day_tabs.addTab(self._day_label(day))
            self.day_tabs.blockSignals(False)
        if self.day not in self.days:
            self.day = self.days[0] if self.days else None
        if self.day is not None:
            self.day_tabs.setCurrentIndex(self.days.index(self.day))
        self._show()
        self.loaded.emit()

    def _recheck(self) -> None:
        assert self.timetable is not None
        self.conflicts = conflict_rules.detect(self.timetable, acknowledged=self.acknowledged)

    def _day_label(self, day: dt.date) -> str:
        locale = locale_for(self.language)
        return locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")

    def _day_chosen(self, index: int) -> None:
        if 0 <= index < len(self.days):
            self.day = self.days[index]
            self._show_grid()

    def _show(self) -> None:
        self._show_grid()
        self._show_unscheduled()
        self._show_conflicts()

    def _show_grid(self) -> None:
        if self.timetable is None or self.day is None:
            self.scene.clear()
            return
        selected = {item.session_id for item in self.scene.selectedItems() if isinstance(item, SessionBlock)}
        self.scene.show_day(self.timetable, self.day, self.language, self.conflicts, self.timetable.settings)
        for sid in selected:
            if sid in self.scene.blocks:
                self.scene.blocks[sid].setSelected(True)

    def _show_unscheduled(self) -> None:
        assert self.timetable is not None
        self.unscheduled.clear()
        for s in self.timetable.unscheduled:
            item = QListWidgetItem(f"{s.code} — {s.title(self.language)}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(labels.label("session_type", s.type))
            item.setForeground(QBrush(QColor(TYPE_COLOURS.get(s.type, "#333"))))
            self.unscheduled.addItem(item)
        count = len(self.timetable.unscheduled)
        self.unscheduled_label.setText(self.tr("Not scheduled (%n)", "", count) + "\n"
                                       + self.tr("Drag onto the grid."))

    def _show_conflicts(self) -> None:
        self.conflict_list.clear()
        for c in self.conflicts:
            severity = self.tr("Error") if c.severity == "error" else self.tr("Warning")
            if c.acknowledged:
                severity = self.tr("Accepted")
            item = QTreeWidgetItem([severity, labels.label("conflict_kind", c.kind), translate_core(c.message)])
            item.setData(0, Qt.ItemDataRole.UserRole, c.fingerprint)
            item.setToolTip(2, translate_core(c.message))
            colour = "#9e9e9e" if c.acknowledged else (ERROR_COLOUR if c.severity == "error" else "#8a6d00")
            for column in range(3):
                item.setForeground(column, QBrush(QColor(colour)))
            self.conflict_list.addTopLevelItem(item)
        open_ = [c for c in self.conflicts if not c.acknowledged]
        accepted = len(self.conflicts) - len(open_)
        if not self.conflicts:
            text = self.tr("No conflicts: every room, person and booth is where it can be.")
        else:
            text = self.tr("%n conflict(s)", "", len(open_))
            if accepted:
                text += " " + self.tr("(%n accepted)", "", accepted)
        self.conflict_label.setText(text)
        self._conflict_selected()

    # -- conflicts --------------------------------------------------------------------

    def selected_conflict(self) -> Conflict | None:
        items = self.conflict_list.selectedItems()
        if not items:
            return None
        fingerprint = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.conflicts if c.fingerprint == fingerprint), None)

    def _conflict_selected(self) -> None:
        c = self.selected_conflict()
        self.ack_button.setEnabled(c is not None and (c.severity == "warning" or c.acknowledged))
        if c is not None and c.acknowledged:
            self.ack_button.setText(self.tr("Withdraw acceptance"))
        else:
            self.ack_button.setText(self.tr("Accept this warning"))
        if c is not None:
            self.ack_button.setToolTip(self.tr("Errors must be solved; a warning can be accepted deliberately."))
            self._show_conflict_sessions()

    def _show_conflict_sessions(self) -> None:
        c = self.selected_conflict()
        if c is None or self.timetable is None:
            return
        days = [self.timetable.session(sid).day for sid in c.session_ids]
        day = next((d for d in days if d is not None), None)
        if day is not None and day in self.days and day != self.day:
            self.day_tabs.setCurrentIndex(self.days.index(day))
        self.scene.clearSelection()
        for sid in c.session_ids:
            block = self.scene.blocks.get(sid)
            if block is not None:
                block.setSelected(True)
                self.view.ensureVisible(block)

    def toggle_acknowledgement(self) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        try:
            if c.acknowledged:
                conflict_rules.unacknowledge(self.db, c.fingerprint, Actor())
                self.acknowledged.discard(c.fingerprint)
            elif c.severity == "warning":
                conflict_rules.acknowledge(self.db, c.fingerprint, "", Actor())
                self.acknowledged.add(c.fingerprint)
        except ConferenceDeskError as exc:
            self.message.setText(_problem_text(exc))
            return
        self._recheck()
        self._show_grid()
        self._show_conflicts()

    # -- changes -----------------------------------------------------------------

    def move_session(self, session_id: int, room_id: int | None, starts_at: dt.datetime | None,
                     ends_at: dt.datetime | None) -> bool:
        """Write a move; the conflicts follow at once.  False (and a message) if refused."""
        try:
            info = tt.move_session(self.db, session_id, room_id=room_id, starts_at=starts_at, ends_at=ends_at,
                                   actor=Actor())
        except ConferenceDeskError as exc:
            self.message.setText(self.tr("Not moved: %1").replace("%1", _problem_text(exc)))
            self._show_grid()  # the block goes back where it was
            return False
        if self.timetable is not None:
            self.timetable = self.timetable.replaced(info)
            if info.day is not None and info.day not in self.days:
                self.reload_now()
            else:
                self._recheck()
                self._show()
        where = self.tr("not scheduled")
        if info.starts_at and info.ends_at and self.timetable is not None:
            room = self.timetable.room(info.room_id)
            where = f"{room.name if room else ''}, {self._day_label(info.starts_at.date())}" \
                    f" {info.starts_at:%H:%M}–{info.ends_at:%H:%M}"
        self.message.setText(self.tr("%1 moved: %2.").replace("%1", info.code).replace("%2", where))
        self.data_changed.emit()
        return True

    def _dropped(self, session_id: int, room_id: int, starts_at: dt.datetime) -> None:
        if self.timetable is None:
            return
        info = self.timetable.session(session_id)
        minutes = DEFAULT_MINUTES if info.type != "break" else 30
        if info.starts_at and info.ends_at:
            minutes = int((info.ends_at - info.starts_at).total_seconds() // 60)
        self.move_session(session_id, room_id, starts_at, starts_at + dt.timedelta(minutes=minutes))

    def unschedule(self, session_id: int) -> None:
        self.move_session(session_id, None, None, None)

    def _block_menu(self, session_id: int, screen_pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_session(session_id))
        menu.addAction(self.tr("Remove from the timetable"), lambda: self.unschedule(session_id))
        menu.exec(screen_pos)

    def new_session(self) -> None:
        self.edit_session(None)

    def edit_session(self, session_id: int | None) -> None:
        from .session_dialog import SessionDialog

        dialog = SessionDialog(self.db, session_id, self.language, self, default_day=self.day)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_now()
            self.data_changed.emit()

    def edit_settings(self) -> None:
        if self.timetable is None:
            return
        dialog = ProgrammeSettingsDialog(self.timetable.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            tt.save_programme_settings(self.db, **dialog.values(), actor=Actor())
        except ConferenceDeskError as exc:
            self.message.setText(_problem_text(exc))
            return
        self.reload_now()

    # -- documents ---------------------------------------------------------------------

    def export(self, kind: str) -> None:
        suggestions = {"booklet": (f"programme-{self.language}.pdf", self.tr("PDF (*.pdf)")),
                       "ics": ("programme.ics", self.tr("Calendar (*.ics)")),
                       "door": (f"door-sheets-{self.day or 'all'}.pdf", self.tr("PDF (*.pdf)"))}
        name, filters = suggestions[kind]
        folder = QSettings().value("programme/export_folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(Path(str(folder)) / name), filters)
        if not path:
            return
        QSettings().setValue("programme/export_folder", str(Path(path).parent))
        self.write_document(kind, Path(path))

    def write_document(self, kind: str, path: Path) -> None:
        """Write the booklet, calendar or door sheets off the GUI thread."""
        from conference_desk.core.programme import booklet as programme_booklet, ics as programme_ics

        db, language, day = self.db, self.language, self.day

        def write(_progress: Any) -> Path:
            if kind == "booklet":
                programme_booklet.write_booklet(db, path, language)
            elif kind == "ics":
                programme_ics.write_ics(db, path, language)
            else:
                programme_booklet.write_door_sheets(db, path, language, day=day)
            return path

        self.message.setText(self.tr("Writing %1…").replace("%1", path.name))
        run_task(write, lambda p: self.message.setText(self.tr("Written: %1").replace("%1", str(p))),
                 lambda m: self.message.setText(self.tr("Export failed: %1").replace("%1", translate_core(m))),
                 owner=self)

    # -- language ---------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        if self.timetable is not None:
            for i, day in enumerate(self.days):
                self.day_tabs.setTabText(i, self._day_label(day))
            self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New session…"))
        self.export_button.setText(self.tr("Documents"))
        self.booklet_action.setText(self.tr("Programme booklet (PDF)…"))
        self.ics_action.setText(self.tr("Calendar for phones and Outlook (.ics)…"))
        self.door_action.setText(self.tr("Door sheets for this day (PDF)…"))
        self.settings_button.setText(self.tr("Settings…"))
        self.conflict_list.setHeaderLabels([self.tr("Severity"), self.tr("Kind"), self.tr("What is wrong")])
        if self.timetable is not None:
            self._show_unscheduled()
            self._show_conflicts()
