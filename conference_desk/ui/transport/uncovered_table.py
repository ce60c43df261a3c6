"""Guests with a flight who are on no run, and why: the coordinator's list of people to call or to drive.

Before the first plan every guest with a flight is on it (167,200 flights on 100,000
participants): the tab lists the first :data:`~conference_desk.core.transport.coverage.UNCOVERED_PAGE`
by flight time with the exact count in its title, says how many are not listed, and finds
anyone by name (the search is read by the screen, off the GUI thread, once typing pauses).
``transport uncovered`` still prints every one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableWidget, QVBoxLayout, QWidget

from conference_desk.core.transport import service as transport

from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from .shared import kind_text, make_item, read_only, when_text

NAME, FLIGHT, REASON = range(3)


class UncoveredTable(QTableWidget):
    """Every guest with a flight on no stored run: name, the leg and its flight, and the reason (translated).

    Three columns, the flight on two lines and the reason wrapped (the whole text in the tooltip too):
    the list sits beside the runs and its sentences must be read whole, not cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        read_only(self)
        self.setWordWrap(True)
        self.setObjectName("transportUncovered")
        self.rows: list[transport.UncoveredRow] = []
        self.language = "en"
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FLIGHT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(NAME, 150)
        # Three lines a row, the same for all: a reason wraps within them, and a page of rows (before
        # the first plan every guest is uncovered) needs no measuring.
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(3 * self.fontMetrics().lineSpacing() + 8)
        self.retranslate()

    def fill(self, rows: list[transport.UncoveredRow], language: str) -> None:
        self.language = language
        self.rows = sorted(rows, key=lambda u: (u.flight_at is None, u.flight_at or 0, u.name))
        self.setRowCount(len(self.rows))
        for row, u in enumerate(self.rows):
            leg = f"{kind_text(u.kind)} {u.flight}".strip()
            when = when_text(u.flight_at, language)
            items = (make_item(u.name, u.participant_id), make_item(f"{leg}\n{when}" if when else leg,
                                                                    u.participant_id),
                     make_item(translate_core(u.reason), u.participant_id))
            for column, item in enumerate(items):
                item.setToolTip(item.text())
                self.setItem(row, column, item)

    def text_at(self, row: int) -> list[str]:
        """What a row says, column by column."""
        return [self.item(row, column).text() for column in range(self.columnCount())]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Flight"), self.tr("Reason")])
        if self.rows:
            self.fill(self.rows, self.language)


class UncoveredPanel(QWidget):
    """The "Not covered" tab: a name search, the list (the first rows of a long one), and what it leaves out."""

    search_changed = Signal(str)  # the search text, once typing pauses

    SEARCH_PAUSE_MS = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: transport.UncoveredPage | None = None
        self.language = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("transportUncoveredSearch")
        self.search.setClearButtonEnabled(True)
        self.note = QLabel()
        self.note.setObjectName("transportUncoveredNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.table = UncoveredTable()
        layout.addWidget(self.search)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_PAUSE_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.search_text()))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.retranslate()

    def search_text(self) -> str:
        return self.search.text().strip()

    def show_page(self, page: transport.UncoveredPage, language: str) -> None:
        """List ``page``'s rows and say what the list leaves out."""
        self.page, self.language = page, language
        self.table.fill(page.rows, language)
        self._note()

    def _note(self) -> None:
        page = self.page
        text = ""
        if page is not None:
            number = locale_for(self.language).toString
            if page.search and not page.matches:
                text = self.tr("No flight without a run matches “%1”.").replace("%1", page.search)
            elif page.more and page.search:
                text = (self.tr("The first %1 of %2 matching flights are listed: type more of the name.")
                        .replace("%1", number(len(page.rows))).replace("%2", number(page.matches)))
            elif page.more:
                text = (self.tr("The first %1 of %2 flights without a run are listed, by flight time: "
                                "type a name to find a guest.")
                        .replace("%1", number(len(page.rows))).replace("%2", number(page.matches)))
            elif page.search:
                text = (self.tr("%1 found for “%2”.").replace("%1", number(page.matches))
                        .replace("%2", page.search))
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a guest by name…"))
        self._note()
