"""Find one participant by typing part of a name: a search line and a short result list.

The search is the registration screen's (``core.registration.first_page``):
accent- and case-insensitive, every typed word begins a word of the person.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.documents.strings import courtesy_title
from conference_desk.core.foundation.models import ParticipantStatus
from conference_desk.core.people.registration import ParticipantQuery, first_page

RESULTS = 12
DELAY_MS = 200


class ParticipantPicker(QWidget):
    """A search line; the matches below it; ``participant_id`` is the chosen one (None: nobody)."""

    chosen = Signal(object)  # participant id or None
    activated = Signal(int)  # Enter or double-click on a match

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("participantResults")
        self.results.setMaximumHeight(110)
        self.results.setAlternatingRowColors(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._enter)
        self.search.installEventFilter(self)
        self.results.currentItemChanged.connect(lambda *_: self.chosen.emit(self.participant_id))
        self.results.itemActivated.connect(lambda _item: self._activate())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.retranslate()

    @property
    def participant_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @property
    def participant_name(self) -> str:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else ""

    def search_now(self) -> None:
        """Show the first matches of the typed text (the first one chosen)."""
        self.timer.stop()
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            self.chosen.emit(None)
            return
        with self.db.session() as s:
            page = first_page(s, ParticipantQuery(search=text), limit=RESULTS, lang=self.language)
        for row in page.rows:
            title = courtesy_title(row.title or "", self.language)  # "Ms" -> "Mme" / "Sra."
            name = " ".join(part for part in (title, row.listed_name) if part)
            text_shown = f"{name} — {row.delegation}" if row.delegation else name
            if row.status == ParticipantStatus.CANCELLED.value:
                text_shown += "  " + self.tr("[cancelled]")
            item = QListWidgetItem(text_shown)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, " ".join(p for p in (row.given_name, row.family_name) if p))
            self.results.addItem(item)
        if page.total > len(page.rows):
            more = QListWidgetItem(self.tr("… %n more: type more of the name", "", page.total - len(page.rows)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(more)
        elif not page.rows:
            nobody = QListWidgetItem(self.tr("Nobody found"))
            nobody.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(nobody)
        if page.rows:
            self.results.setCurrentRow(0)
        else:
            self.chosen.emit(None)

    def choose(self, text: str) -> int | None:
        """Type ``text`` and search at once (for code and tests); the chosen id."""
        self.search.setText(text)
        self.search_now()
        return self.participant_id

    def clear(self) -> None:
        self.search.clear()
        self.results.clear()
        self.chosen.emit(None)

    def _enter(self) -> None:
        if self.timer.isActive():
            self.search_now()
        self._activate()

    def _activate(self) -> None:
        if self.participant_id is not None:
            self.activated.emit(self.participant_id)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Up and Down in the search line move through the matches.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.currentRow() + step, self.results.count() - 1))
                if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a participant: type part of the name"))
