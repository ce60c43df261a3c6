"""The scan input and the people a typed name matches: where the keyboard lives on the check-in screen.

The input owns the keyboard: focus that strays to another widget of the window
comes back to it.  Up and Down in the input move through the matches below it
(an explicit choice for Enter).  Several matches for a typed name hand the
keyboard to the list until one person (or no one) is chosen; any printable key
pressed meanwhile goes back to the input, so nothing is lost.  Finding people
(``find``) and checking the chosen one in are the screen's job, not this panel's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.checkin import service as checkin

from .scan_input import ScanInput


class MatchList(QTableWidget):
    """The people a typed name matches.  It takes the keyboard only while the clerk chooses.

    While choosing: arrows move, Enter picks, Escape picks no one; any printable key
    (more typing, or a badge scan) goes back to the scan input, so nothing is lost.
    """

    chosen = Signal(int)
    dismissed = Signal()
    handback = Signal(object)  # the QKeyEvent to replay in the input

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("matchTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(190)

    def set_choosing(self, on: bool) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("QTableWidget#matchTable { border: 3px solid #0d47a1; }" if on else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(self.currentRow())
            return
        if key == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                   Qt.Key.Key_End):
            super().keyPressEvent(event)
            return
        if event.text() and event.text().isprintable() or key == Qt.Key.Key_Backspace:
            self.handback.emit(QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                         event.isAutoRepeat(), event.count()))
            return
        event.accept()  # Tab and the rest: the choice stays open

    def focusNextPrevChild(self, _next: bool) -> bool:  # noqa: N802 - Tab never leaves the choice
        return False


class SearchPanel(QWidget):
    """The scan input over the matches; which of the two has the keyboard, and keeping it there."""

    chosen = Signal(int)  # the row of ``matches`` to check in
    no_match = Signal(str)  # Enter on a name nobody has (the text, stripped)
    several = Signal(str, int)  # Enter on a name several people have: the text and how many (now choosing)
    dismissed = Signal()  # the input or the choice was left (Escape, more typing): the panel goes back to Ready

    def __init__(self, find: Callable[[str], list[checkin.SearchMatch]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find = find
        self.matches: list[checkin.SearchMatch] = []
        self.choosing = False
        self.picked_text = ""  # the typed text for which the clerk moved through the list with the arrows

        self.input = ScanInput()
        self.input.setObjectName("scanInput")
        input_font = QFont(self.input.font())
        input_font.setPointSizeF(input_font.pointSizeF() * 1.8)
        self.input.setFont(input_font)
        self.input.installEventFilter(self)
        self.input.search_changed.connect(self.search)
        self.input.submitted.connect(self.submit)
        self.input.cancelled.connect(self._cancelled)
        self.match_table = MatchList()
        self.match_table.cellDoubleClicked.connect(lambda row, _col: self.chosen.emit(row))
        self.match_table.chosen.connect(self.chosen)
        self.match_table.dismissed.connect(self._cancelled)
        self.match_table.handback.connect(self._hand_back)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addWidget(self.match_table)
        self.retranslate()

    # -- the matches ---------------------------------------------------------------------

    def search(self, text: str) -> None:
        """As the clerk types: the matches below the input (nobody is admitted by this)."""
        if self.choosing:
            self.end_choosing(clear_matches=False)
        self.picked_text = ""
        self.show_matches(self.find(text))

    def submit(self, text: str) -> None:
        """Enter after a typed name: one match is chosen; several are offered; none is said so."""
        row = self.picked_row(text)
        if row is not None:
            self.chosen.emit(row)  # the clerk chose this row with the arrows
            return
        matches = self.find(text)  # the text as it is now, not as the last search saw it
        self.show_matches(matches)
        if not matches:
            self.no_match.emit(text.strip())
        elif len(matches) == 1:
            self.chosen.emit(0)
        else:
            self.start_choosing()
            self.several.emit(text.strip(), len(matches))

    def show_matches(self, matches: list[checkin.SearchMatch]) -> None:
        self.matches = matches
        self.match_table.setRowCount(len(matches))
        for row, match in enumerate(matches):
            values = (match.name, match.delegation, match.category_label or match.category,
                      self.tr("checked in") if match.checked_in else "")
            for column, value in enumerate(values):
                self.match_table.setItem(row, column, QTableWidgetItem(value))
        if matches:
            self.match_table.selectRow(0)

    def picked_row(self, text: str) -> int | None:
        """The row the clerk chose with the arrows for ``text`` as it is now, if they did."""
        row = self.match_table.currentRow()
        if self.picked_text and self.picked_text == text.strip() and 0 <= row < len(self.matches):
            return row
        return None

    def start_choosing(self) -> None:
        """Several people match: the list takes the keyboard."""
        self.choosing = True
        self.match_table.set_choosing(True)
        self.match_table.selectRow(0)
        self.match_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def end_choosing(self, clear_matches: bool) -> None:
        was_choosing = self.choosing
        self.choosing = False
        self.match_table.set_choosing(False)
        if clear_matches:
            self.show_matches([])
            self.picked_text = ""
        if was_choosing:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancelled(self) -> None:
        self.end_choosing(clear_matches=True)
        self.dismissed.emit()

    def _hand_back(self, event: QKeyEvent) -> None:
        """A key pressed while choosing: more typing (or a scan) — it goes to the input."""
        self.end_choosing(clear_matches=False)
        self.dismissed.emit()
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(self.input, event)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up and Down in the input move through the matches (an explicit choice for Enter)."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches:
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(len(self.matches) - 1, self.match_table.currentRow() + step))
                self.match_table.selectRow(row)
                self.picked_text = self.input.text().strip()
                return True
        return super().eventFilter(watched, event)

    # -- the keyboard belongs to the input ----------------------------------------------

    def keep_focus(self) -> None:
        """From now on, focus that strays to another widget of this window comes back."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Focus that moves to another widget of this window while the screen is shown comes back."""
        if new is None or new is self.input or not self.isVisible():
            return
        if self.choosing and new is self.match_table:
            return
        if new.window() is not self.window():
            return  # a dialog or another window: the keyboard is theirs
        QTimer.singleShot(0, self._reclaim_focus)

    def _reclaim_focus(self) -> None:
        if not self.isVisible() or QApplication.activeModalWidget() is not None \
                or QApplication.activePopupWidget() is not None:
            return
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is not self.window():
            return
        if self.choosing:
            self.match_table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.refocus()

    def refocus_soon(self) -> None:
        """After a dialog closes: once the window system has handed activation back."""
        QTimer.singleShot(0, self.refocus)
        QTimer.singleShot(150, self.refocus)

    def refocus(self) -> None:
        if self.isVisible() and QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
            self.window().activateWindow()  # a dialog just closed and nothing took its place
        if self.choosing:
            self.match_table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.input.setPlaceholderText(self.tr("Scan a badge, or type a name and press Enter"))
        self.match_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Delegation"), self.tr("Category"),
                                                    self.tr("Today")])
