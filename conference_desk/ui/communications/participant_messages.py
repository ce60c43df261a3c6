"""The messages written to one participant, on their record (the participant form)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from conference_desk.core.checkin.decisions import conference_zone
from conference_desk.core.communications import outbox
from conference_desk.core.foundation.db import Database


class ParticipantMessagesBox(QGroupBox):
    """When each message to the person was queued and sent, what it was and where it stands."""

    def __init__(self, db: Database, participant_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantMessages")
        self.db = db
        self.participant_id = participant_id
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("participantMessagesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(140)
        self.empty = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Messages"))
        self.table.setHorizontalHeaderLabels([self.tr("Sent"), self.tr("Message"), self.tr("State"), self.tr("To")])
        self.empty.setText(self.tr("Nothing has been written to this person yet."))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        rows = outbox.outbox(self.db, participant_id=self.participant_id) if self.participant_id else []
        templates = {"confirmation": self.tr("Confirmation with e-badge"),
                     "invitation": self.tr("Visa invitation letter"),
                     "hotel": self.tr("Hotel details"), "agenda": self.tr("Personal agenda"),
                     "certificate": self.tr("Certificate of attendance"), "message": self.tr("Free message")}
        states = {"queued": self.tr("queued"), "sending": self.tr("sending"), "sent": self.tr("sent"),
                  "failed": self.tr("failed"), "retry": self.tr("to retry"), "unknown": self.tr("unknown")}
        zone = conference_zone(self.db) if rows else dt.timezone.utc  # times at the venue, as everywhere
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            when = row["sent_at"] or row["created_at"] or ""
            shown = (dt.datetime.fromisoformat(when).replace(tzinfo=dt.timezone.utc).astimezone(zone)
                     .strftime("%Y-%m-%d %H:%M")) if when else ""
            values = (shown, templates.get(row["template"], row["template"]) + f" — {row['subject']}",
                      states.get(row["state"], row["state"]), row["to"] or "")
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
