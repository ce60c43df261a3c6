"""The conference overview: what the event is and what the database holds."""

from __future__ import annotations

from html import escape as _escape

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.info import conference_summary

from ..common.i18n import locale_for, long_date as long_date_text
from ..common.tasks import run_task
from ..common.core_messages import translate_core


class CountCard(QFrame):
    """A big number with a caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.number = QLabel("…")
        self.number.setObjectName("countNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.number.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class OverviewScreen(QWidget):
    """Conference facts and counts; reloads on demand and on language change."""

    loaded = Signal()

    COUNT_KEYS = (
        "member_states",
        "member_state_delegations",
        "participants",
        "venue_rooms",
        "sessions",
        "hotels",
        "interpreters",
        "badges",
    )

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.summary: dict[str, Any] | None = None
        self.error = ""

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = QLabel()
        self.title.setObjectName("conferenceTitle")
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSize(int(title_font.pointSize() * 1.6))
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.theme = QLabel()
        self.theme.setWordWrap(True)
        theme_font = self.theme.font()
        theme_font.setItalic(True)
        theme_font.setPointSize(int(theme_font.pointSize() * 1.2))
        self.theme.setFont(theme_font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.theme)
        layout.addSpacing(8)
        layout.addWidget(self.facts)
        layout.addSpacing(12)

        grid = QGridLayout()
        self.cards: dict[str, CountCard] = {}
        for index, key in enumerate(self.COUNT_KEYS):
            card = CountCard()
            self.cards[key] = card
            grid.addWidget(card, index // 4, index % 4)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    # -- data -----------------------------------------------------------------

    def reload(self) -> None:
        db, language = self.db, self.language
        run_task(lambda _progress: conference_summary(db, language), self._show, self._fail, owner=self)

    def _show(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        self.error = ""
        self.retranslate()
        self.loaded.emit()

    def _fail(self, message: str) -> None:
        self.error = message
        self.facts.setText(self.tr("Could not read the conference: %1").replace("%1", translate_core(message)))
        self.loaded.emit()

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.reload()

    # -- text -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _captions(self) -> dict[str, str]:
        return {
            "member_states": self.tr("UNESCO Member States"),
            "member_state_delegations": self.tr("Member State delegations"),
            "participants": self.tr("Participants"),
            "venue_rooms": self.tr("Venue rooms"),
            "sessions": self.tr("Programme sessions"),
            "hotels": self.tr("Hotels"),
            "interpreters": self.tr("Interpreters"),
            "badges": self.tr("Badges issued"),
        }

    def _language_names(self) -> dict[str, str]:
        return {"en": self.tr("English"), "fr": self.tr("French"), "es": self.tr("Spanish")}

    def retranslate(self) -> None:
        for key, caption in self._captions().items():
            self.cards[key].caption.setText(caption)
        if self.summary is None:
            if not self.error:
                self.title.setText(self.tr("Loading the conference…"))
            return
        conf = self.summary["conference"]
        counts = self.summary["counts"]
        locale = locale_for(self.language)

        def long_date(iso: str) -> str:
            day = dt.date.fromisoformat(iso)
            # Translators: a Qt date format (d, MMMM, yyyy; literal words in quotes).
            return long_date_text(locale, day, self.tr("d MMMM yyyy"))  # "1er octobre 2015"

        self.title.setText(conf["name"])
        self.theme.setText(conf["theme"])
        rows = [
            (self.tr("Dates"), self.tr("%1 to %2").replace("%1", long_date(conf["start_date"])).replace(
                "%2", long_date(conf["end_date"]))),
            (self.tr("Arrival and registration"), long_date(conf["arrival_date"])),
            (self.tr("Departure"), long_date(conf["departure_date"])),
            (self.tr("Venue"), f"{conf['venue']}, {conf['venue_address']}"),
            (self.tr("Working languages"), ", ".join(
                self._language_names().get(code, code) for code in conf["working_languages"]
            )),
            (self.tr("Organisers"), conf["organisers"]),
            (self.tr("Hosts"), conf["hosts"]),
            (self.tr("Database"), self.summary["database"]),
        ]
        html = "<table cellspacing='4'>" + "".join(
            f"<tr><td><b>{_escape(label)}</b></td><td>{_escape(value)}</td></tr>" for label, value in rows
        ) + "</table>"
        self.facts.setText(html)
        for key in self.COUNT_KEYS:
            self.cards[key].number.setText(locale.toString(int(counts[key])))

