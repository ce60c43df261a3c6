"""Communications: template and recipients, a preview of the exact message, queue, outbox, send, resend."""

from __future__ import annotations

from collections.abc import Callable
import datetime as dt

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from conference_desk.core.communications import outbox, settings as mail_settings
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError

from ..common.tasks import make_progress_dialog, run_task
from ..common.participant_picker import ParticipantPicker
from .settings_dialog import MailSettingsDialog


class CommunicationsScreen(QWidget):
    data_changed = Signal()

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None,
                 registration_query: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # The registration screen's current filters (None when that screen was never opened).
        self.registration_query = registration_query or (lambda: None)
        self.language = language
        self.template = QComboBox()
        for key in ("confirmation", "invitation", "hotel", "agenda", "certificate", "message"):
            self.template.addItem("", key)
        self.recipients = QComboBox()
        for key in ("all", "delegation", "category", "not_confirmed", "participants", "registration"):
            self.recipients.addItem("", key)
        self.recipient_value = QLineEdit()
        self.lang = QComboBox()
        for code in (None, "en", "fr", "es"):
            self.lang.addItem("", code)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMaximumHeight(90)
        # Whom to preview: found by name, as everywhere else (the preview follows the choice).
        self.preview_person = ParticipantPicker(db, language)
        self.preview_person.setObjectName("previewParticipant")
        self.preview_person.chosen.connect(lambda pid: self.show_preview() if pid else None)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.show_preview)
        self.queue_button = QPushButton()
        self.queue_button.clicked.connect(self.queue_messages)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.edit_settings)
        self.labels = {key: QLabel() for key in ("template", "recipients", "language", "subject", "text", "preview",
                                                 "only")}
        form = QFormLayout()
        form.addRow(self.labels["template"], self.template)
        form.addRow(self.labels["recipients"], self.recipients)
        form.addRow("", self.recipient_value)
        form.addRow(self.labels["language"], self.lang)
        form.addRow(self.labels["subject"], self.subject)
        form.addRow(self.labels["text"], self.body)
        form.addRow(self.labels["preview"], self.preview_person)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(self.queue_button)
        row.addWidget(self.settings_button)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_tabs = QTabWidget()
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_html = QTextBrowser()
        self.preview_tabs.addTab(self.preview_html, "")
        self.preview_tabs.addTab(self.preview_text, "")
        self.preview_attachments = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addLayout(row)
        left_layout.addWidget(self.preview_subject)
        left_layout.addWidget(self.preview_tabs, 1)
        left_layout.addWidget(self.preview_attachments)

        self.counts = QLabel()
        # The messages of one person, found by name (an empty search: everyone's).
        self.only_person = ParticipantPicker(db, language)
        self.only_person.setObjectName("outboxParticipant")
        self.only_person.chosen.connect(lambda _pid: self.reload())
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send)
        self.resend_button = QPushButton()
        self.resend_button.clicked.connect(lambda: self._decide(outbox.resend))
        self.mark_button = QPushButton()
        self.mark_button.clicked.connect(lambda: self._decide(outbox.mark_sent))
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        for b in (self.send_button, self.resend_button, self.mark_button, self.refresh_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.counts)
        only = QHBoxLayout()
        only.addWidget(self.labels["only"])
        only.addWidget(self.only_person, 1)
        right_layout.addLayout(only)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("communications_tabs")
        self.tabs.addTab(left, "")
        self.tabs.addTab(right, "")
        self.tabs.currentChanged.connect(lambda index: self.reload() if index == 1 else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Confirmation with e-badge"), self.tr("Visa invitation letter"),
                                  self.tr("Hotel details"), self.tr("Personal agenda"),
                                  self.tr("Certificate of attendance"), self.tr("Free message"))):
            self.template.setItemText(i, text)
        for i, text in enumerate((self.tr("Everyone"), self.tr("A delegation (ISO3 code)"), self.tr("A category (code)"),
                                  self.tr("Not yet confirmed"), self.tr("Participants (ids)"),
                                  self.tr("The filter of the registration screen"))):
            self.recipients.setItemText(i, text)
        for i, text in enumerate((self.tr("Each participant's language"), self.tr("English"), self.tr("French"),
                                  self.tr("Spanish"))):
            self.lang.setItemText(i, text)
        self.recipient_value.setPlaceholderText(self.tr("e.g. MEX, delegate, or 12 15 40"))
        self.preview_button.setText(self.tr("Preview"))
        self.queue_button.setText(self.tr("Queue"))
        self.settings_button.setText(self.tr("Mail settings…"))
        self.labels["template"].setText(self.tr("Template:"))
        self.labels["recipients"].setText(self.tr("Recipients:"))
        self.labels["language"].setText(self.tr("Language:"))
        self.labels["subject"].setText(self.tr("Subject (free message):"))
        self.labels["text"].setText(self.tr("Text (free message):"))
        self.labels["preview"].setText(self.tr("Preview for:"))
        self.labels["only"].setText(self.tr("Messages to participant:"))
        self.preview_tabs.setTabText(0, self.tr("HTML"))
        self.preview_tabs.setTabText(1, self.tr("Plain text"))
        self.preview_person.search.setPlaceholderText(self.tr("Type a name to preview that person's message"))
        self.only_person.search.setPlaceholderText(self.tr("Everyone's messages; type a name for one person's"))
        self.table.setHorizontalHeaderLabels([self.tr("Id"), self.tr("State"), self.tr("Template"), self.tr("To"),
                                              self.tr("Subject"), self.tr("Server's answer")])
        self.send_button.setText(self.tr("Send queued messages"))
        self.resend_button.setText(self.tr("Resend selected"))
        self.mark_button.setText(self.tr("Mark selected as sent"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("Write"))
        self.tabs.setTabText(1, self.tr("Outbox"))
        self.reload()

    def set_language(self, language: str) -> None:
        self.language = language
        for picker in (self.preview_person, self.only_person):
            picker.language = language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choices -------------------------------------------------------------

    def recipients_choice(self) -> outbox.Recipients:
        kind = self.recipients.currentData()
        value = self.recipient_value.text().strip()
        if kind == "all":
            return outbox.Recipients(everyone=True)
        if kind == "delegation":
            return outbox.Recipients(delegation_iso3=value.upper() or None)
        if kind == "category":
            return outbox.Recipients(category_code=value or None)
        if kind == "not_confirmed":
            return outbox.Recipients(not_confirmed=True)
        if kind == "registration":
            query = self.registration_query()
            if query is None:
                return outbox.Recipients(participant_ids=[])
            return outbox.Recipients(query=query)
        ids = [int(x) for x in value.replace(",", " ").split() if x.isdigit()]
        return outbox.Recipients(participant_ids=ids)

    # -- actions -------------------------------------------------------------

    def show_preview(self) -> None:
        try:
            pid = self.preview_person.participant_id
            if pid is None:
                QMessageBox.information(self, self.tr("Preview"), self.tr(
                    "Type a name in \"Preview for\" and choose the person whose message you want to see."))
                return
            r = outbox.preview(self.db, str(self.template.currentData()), pid,
                               self.lang.currentData(), custom_subject=self.subject.text(),
                               custom_body=self.body.toPlainText())
        except ConferenceDeskError as exc:
            QMessageBox.warning(self, self.tr("Preview"), str(exc))
            return
        self.preview_subject.setText(self.tr("To: %1 — Subject: %2").replace("%1", f"{r.to_name} <{r.to_address}>")
                                     .replace("%2", r.subject))
        self.preview_text.setPlainText(r.text)
        self.preview_html.setHtml(r.html)
        names = ", ".join(a["filename"] for a in r.attachments) or "—"
        self.preview_attachments.setText(self.tr("Attachments: %1").replace("%1", names))

    def queue_messages(self) -> None:
        try:
            result = outbox.queue(self.db, str(self.template.currentData()), self.recipients_choice(),
                                  self.lang.currentData(), custom_subject=self.subject.text(),
                                  custom_body=self.body.toPlainText())
        except ConferenceDeskError as exc:
            QMessageBox.warning(self, self.tr("Queue"), str(exc))
            return
        self.status.setText(self.tr("%n message(s) queued.", "", len(result.queued)))
        self.reload()
        self.tabs.setCurrentIndex(1)

    def send(self) -> None:
        settings = mail_settings.load_settings(self.db)
        password = mail_settings.get_password(settings)
        if settings.user and password is None:
            text, ok = QInputDialog.getText(self, self.tr("SMTP password"),
                                            self.tr("Password for %1:").replace("%1", settings.keyring_name),
                                            QLineEdit.EchoMode.Password)
            if not ok:
                return
            password = text
        dialog = make_progress_dialog(self, self.tr("Sending messages…"), self.tr("Outbox"))
        db = self.db
        run_task(lambda progress: outbox.send_pending(db, settings, password, progress=progress), self._sent,
                 self._failed, owner=self, progress_dialog=dialog)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.reload)
        self._poll.start(2000)

    def _sent(self, report: outbox.SendReport) -> None:
        self._stop_poll()
        self.status.setText(self.tr("Sent %1, failed %2, to retry later %3, unknown %4.")
                            .replace("%1", str(report.sent)).replace("%2", str(report.failed))
                            .replace("%3", str(report.retry_later)).replace("%4", str(report.unknown))
                            + (" " + report.error if report.error else ""))
        self.reload()

    def _failed(self, message: object) -> None:
        self._stop_poll()
        QMessageBox.warning(self, self.tr("Outbox"), str(message))
        self.reload()

    def _stop_poll(self) -> None:
        poll = getattr(self, "_poll", None)
        if poll is not None:
            poll.stop()

    def _selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [int(self.table.item(r, 0).text()) for r in sorted(rows)]

    def _decide(self, fn: object) -> None:
        ids = self._selected_ids()
        if ids:
            fn(self.db, ids)  # type: ignore[operator]
            self.reload()

    def edit_settings(self) -> None:
        MailSettingsDialog(self.db, self).exec()

    def reload(self) -> None:
        # Messages a killed sender left "sending" are shown as "unknown" for a person to decide (not the
        # one a running sender is transmitting: that is claimed less than a server timeout ago).
        timeout = mail_settings.load_settings(self.db).timeout_seconds
        outbox.recover_interrupted(self.db, older_than=dt.timedelta(seconds=2 * timeout + 30))
        counts = outbox.counts(self.db)
        self.counts.setText(self.tr("Queued %1 · sending %2 · sent %3 · to retry %4 · failed %5 · unknown %6")
                            .replace("%1", str(counts["queued"])).replace("%2", str(counts["sending"]))
                            .replace("%3", str(counts["sent"])).replace("%4", str(counts["retry"]))
                            .replace("%5", str(counts["failed"])).replace("%6", str(counts["unknown"])))
        rows = outbox.outbox(self.db, participant_id=self.only_person.participant_id, limit=2000)
        states = {"queued": self.tr("queued"), "sending": self.tr("sending"), "sent": self.tr("sent"),
                  "failed": self.tr("failed"), "retry": self.tr("retry"), "unknown": self.tr("unknown")}
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            template = self.template.itemText(self.template.findData(r["template"])) or r["template"]
            for j, value in enumerate((r["id"], states.get(r["state"], r["state"]), template, r["to"],
                                       r["subject"], r["server_answer"])):
                self.table.setItem(i, j, QTableWidgetItem(str(value)))
