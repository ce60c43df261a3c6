"""Interpreters: the roster grid (sessions × booths), per interpreter per day, the pool, documents.

Everything is read off the GUI thread (``core.interpreters.roster``: the grid, the
problem and the pool) and handed back as plain data.  "Build roster…" runs the
CP-SAT solver off the GUI thread with a progress dialog and Cancel, then shows
a review (changes, booths that cannot be staffed with the reason and what would
fix it, optimal or not, cost); nothing is written until "Apply".  A manual edit
(assign, remove, lock) is written at once by the core, which refuses an
assignment that would make the interpreter break a rule; after each edit the
roster is read again on the spot, so the status of every booth and the rules
broken follow every edit.  The core writes its messages in English: rule and
status names are translated here, the detailed messages are shown as the core
wrote them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.info import get_conference
from conference_desk.core.interpreters import roster as core
from conference_desk.core.interpreters import rules
from conference_desk.core.foundation.messages import Text, message_of

from ..common import labels
from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from ..common.safe_dialogs import UnsavedChanges, primary_of
from ..common.tasks import make_progress_dialog, run_task

CONTEXT = "InterpreterLabels"
BOOTH_ROLE = Qt.ItemDataRole.UserRole            # (session id, booth language) of a roster cell
TEAM_ROLE = Qt.ItemDataRole.UserRole + 1         # [(interpreter id, name, locked)] of a roster cell
ID_ROLE = Qt.ItemDataRole.UserRole

# Roster grid columns before the booths.
COL_DAY, COL_TIME, COL_SESSION, COL_ROOM = range(4)
FIRST_BOOTH = 4
BOOTH_ORDER = ("en", "fr", "es")

# (text, background) of a booth cell per status.
STATUS_COLOURS = {
    "empty": ("#546e7a", "#eceff1"),
    "short": ("#8a5a00", "#fff1cc"),
    "ok": ("#1b5e20", "#e3f3e4"),
    "violation": ("#b71c1c", "#fde2e2"),
}
NO_BOOTH = "#f7f7f7"
ERROR_COLOUR = "#b71c1c"
LOCK_SIGN = "\U0001F512"  # in the cell's text (copy, accessibility); the grid draws a lock instead

STATUS_LABELS = {
    "empty": QT_TRANSLATE_NOOP("InterpreterLabels", "No one yet"),
    "short": QT_TRANSLATE_NOOP("InterpreterLabels", "Team too small"),
    "ok": QT_TRANSLATE_NOOP("InterpreterLabels", "Staffed"),
    "violation": QT_TRANSLATE_NOOP("InterpreterLabels", "Rule broken"),
}

RULE_LABELS = {
    "unknown": QT_TRANSLATE_NOOP("InterpreterLabels", "No such session, booth or interpreter"),
    "two_booths": QT_TRANSLATE_NOOP("InterpreterLabels", "In two booths of one session"),
    "direction": QT_TRANSLATE_NOOP("InterpreterLabels", "Works into an A, or a B with retour, only"),
    "c_into_b": QT_TRANSLATE_NOOP("InterpreterLabels", "Never from a C into a B"),
    "no_source": QT_TRANSLATE_NOOP("InterpreterLabels", "Understands none of the languages spoken"),
    "coverage": QT_TRANSLATE_NOOP("InterpreterLabels", "A language spoken is not covered (nor relayed)"),
    "team_size": QT_TRANSLATE_NOOP("InterpreterLabels", "Team too small for the session's length"),
    "overlap": QT_TRANSLATE_NOOP("InterpreterLabels", "In two places at once"),
    "rest": QT_TRANSLATE_NOOP("InterpreterLabels", "Too little rest between two sessions"),
    "daily_limit": QT_TRANSLATE_NOOP("InterpreterLabels", "Too many sessions in one day"),
    "availability": QT_TRANSLATE_NOOP("InterpreterLabels", "Not available then"),
}

CONTRACT_LABELS = {
    "freelance": QT_TRANSLATE_NOOP("InterpreterLabels", "Freelance"),
    "staff": QT_TRANSLATE_NOOP("InterpreterLabels", "Staff"),
}

HALF_LABELS = {
    "am": QT_TRANSLATE_NOOP("InterpreterLabels", "Morning"),
    "pm": QT_TRANSLATE_NOOP("InterpreterLabels", "Afternoon"),
}

CHANGE_LABELS = {
    "added": QT_TRANSLATE_NOOP("InterpreterLabels", "Added"),
    "removed": QT_TRANSLATE_NOOP("InterpreterLabels", "Removed"),
}

LANGUAGE_CODES = ("en", "fr", "es", "ar", "zh", "ru", "pt", "de")


def tr_label(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def status_label(status: str) -> str:
    return tr_label(STATUS_LABELS.get(status, status))


def rule_label(rule: str) -> str:
    source = RULE_LABELS.get(rule)
    return tr_label(source) if source else rule


def language_label(code: str) -> str:
    text = labels.label("language", code)
    return text if text != code else rules.language_name(code)


def violation_text(v: rules.Violation) -> str:
    """A rule broken, as shown: the rule's name (translated) and the core's message."""
    return f"{rule_label(v.rule)}: {translate_core(v.message)}"


def error_text(exc: BaseException) -> str:
    return translate_core(message_of(exc)) if isinstance(exc, ConferenceDeskError) else str(exc)


def _item(text: str, data: Any = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(ID_ROLE, data)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: int, name: str = "") -> QTableWidget:
    table = QTableWidget(0, columns)
    if name:
        table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def lock_pixmap(size: int, colour: str = "#37474f") -> QPixmap:
    """A small padlock (no font on every desk has the lock sign)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_lock(painter, QRectF(0, 0, size, size), QColor(colour))
    painter.end()
    return pixmap


def draw_lock(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = rect.width(), rect.height()
    body = QRectF(rect.left() + w * 0.18, rect.top() + h * 0.45, w * 0.64, h * 0.48)
    pen = QPen(colour, max(1.2, w * 0.11))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(QPointF(body.left() + w * 0.12, body.top()))
    shackle.lineTo(QPointF(body.left() + w * 0.12, rect.top() + h * 0.32))
    shackle.arcTo(QRectF(body.left() + w * 0.12, rect.top() + h * 0.1, body.width() - w * 0.24, h * 0.44), 180, -180)
    shackle.lineTo(QPointF(body.right() - w * 0.12, body.top()))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawRoundedRect(body, w * 0.08, w * 0.08)
    painter.restore()


class BoothDelegate(QStyledItemDelegate):
    """Draws a booth cell: its status colour, then one line per interpreter, a padlock before locked ones."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        team = index.data(TEAM_ROLE)
        if team is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        painter.save()
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(opt.rect, background)
        if opt.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(opt.palette.highlight().color(), 2))
            painter.drawRect(QRectF(opt.rect).adjusted(1, 1, -1, -1))
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = foreground.color() if isinstance(foreground, QBrush) else opt.palette.text().color()
        metrics = opt.fontMetrics
        line = metrics.height()
        x, y = opt.rect.left() + 5, opt.rect.top() + 3
        lock = line * 0.8
        painter.setFont(opt.font)
        if not team:
            painter.setPen(colour)
            painter.drawText(QRectF(x, y, opt.rect.width() - 8, line), Qt.AlignmentFlag.AlignVCenter,
                             str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        for _pid, name, locked in team:
            painter.setPen(QColor("#1a1a1a"))
            text_x = x + lock + 4
            if locked:
                draw_lock(painter, QRectF(x, y + (line - lock) / 2, lock, lock), QColor("#37474f"))
            painter.setPen(colour if colour.isValid() else QColor("#1a1a1a"))
            painter.drawText(QRectF(text_x, y, opt.rect.right() - text_x - 3, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(opt.rect.right() - text_x - 3)))
            y += line
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        team = index.data(TEAM_ROLE)
        if team is None:
            return super().sizeHint(option, index)
        metrics = option.fontMetrics
        lines = max(len(team), 1)
        width = max([metrics.horizontalAdvance(name) for _i, name, _l in team] + [80])
        return QSize(width + metrics.height() + 14, lines * metrics.height() + 8)


# --------------------------------------------------------------------------
# Dialogs
# --------------------------------------------------------------------------


class AssignDialog(QDialog):
    """Who may work in a booth: the candidates (languages and availability), those who would break a
    rule (busy elsewhere, rest, daily limit) greyed with the reason; the screen assigns when accepted."""

    def __init__(self, problem: rules.RosterProblem, session: rules.BoothSession, booth: str,
                 language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.booth = booth
        self.language = language
        existing = list(problem.existing)
        in_booth = {a.interpreter_id for a in existing if a.session_id == session.id and a.booth_language == booth}
        elsewhere = {a.interpreter_id: a.booth_language for a in existing
                     if a.session_id == session.id and a.booth_language != booth}
        self.options: list[tuple[rules.InterpreterProfile, list[rules.Violation], str | None]] = []
        for p in rules.candidates(problem, session, booth):
            if p.id in in_booth:
                continue
            others = [a for a in existing if not (a.session_id == session.id and a.interpreter_id == p.id)]
            before = {(v.rule, v.message) for v in rules.check_roster(problem, others)}
            after = rules.check_roster(problem, others + [rules.Assignment(session.id, booth, p.id)])
            broken = [v for v in after if (v.rule, v.message) not in before and v.rule in core.PERSONAL_RULES
                      and p.id in v.interpreter_ids]
            self.options.append((p, broken, elsewhere.get(p.id)))
        self.options.sort(key=lambda o: (bool(o[1]), o[0].family_name, o[0].given_name))

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("assignCandidates")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        self.reason = QLabel()
        self.reason.setObjectName("assignReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {ERROR_COLOUR};")
        layout.addWidget(self.reason)
        self.lock = QCheckBox()
        self.lock.setChecked(True)
        layout.addWidget(self.lock)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        primary_of(self.buttons)  # Enter does what the dialog is for
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._update)
        self.resize(560, 460)
        self.retranslate()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def choose(self, interpreter_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == interpreter_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _update(self) -> None:
        pid = self.chosen()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(pid is not None)
        broken = next((o[1] for o in self.options if o[0].id == pid), [])
        self.reason.setText("\n".join(violation_text(v) for v in broken))

    def _fill(self) -> None:
        current = self.chosen()
        self.list.clear()
        for p, broken, other_booth in self.options:
            text = f"{p.name} — {p.profile_text()}"
            if other_booth:
                text += "\n    → " + self.tr("Now in the %1 booth of this session: moves from there.") \
                    .replace("%1", language_label(other_booth))
            if broken:
                text += "\n    → " + self.tr("Would break: %1").replace("%1", "; ".join(rule_label(v.rule) for v in broken))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, p.id)
            if broken:
                item.setForeground(QBrush(QColor("#8a8a8a")))
                item.setToolTip("\n".join(translate_core(v.message) for v in broken))
            self.list.addItem(item)
        if current is not None:
            self.choose(current)
        if not self.options:
            self.reason.setText(self.tr("No interpreter in the pool can work in this booth at that time"
                                        " (languages and availability)."))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        s = self.session
        self.setWindowTitle(self.tr("Assign an interpreter"))
        self.intro.setText(self.tr("Who works in the %1 booth of %2 (%3, %4–%5)? Listed: everyone whose languages"
                                   " fit and who is available then; greyed: would break a rule.")
                           .replace("%1", language_label(self.booth)).replace("%2", s.code)
                           .replace("%3", _day_text(s.day, self.language))
                           .replace("%4", f"{s.starts_at:%H:%M}").replace("%5", f"{s.ends_at:%H:%M}"))
        self.lock.setText(self.tr("&Lock the assignment (a new roster keeps it)"))
        self._fill()


class RosterReviewDialog(QDialog):
    """The roster the solver proposes, before anything is written: Apply or Discard."""

    def __init__(self, result: core.RosterResult, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.language = language
        self.setObjectName("rosterReview")
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("rosterReviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.changes = _table(4, "rosterChanges")
        self.unstaffed = _table(4, "rosterUnstaffed")
        self.violations = _table(3, "rosterViolations")
        for table in (self.unstaffed, self.changes, self.violations):
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons.addWidget(self.note, 1)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("rosterApply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("rosterDiscard")
        self.discard_button.clicked.connect(self.reject)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.discard_button)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.retranslate()
        if not result.unstaffed:
            self.tabs.setCurrentWidget(self.changes)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        r = self.result
        locale = locale_for(self.language)
        number = locale.toString
        self.setWindowTitle(self.tr("Proposed roster (not applied yet)"))
        staffed = sum(1 for b in r.booths if b.staffed)
        lines = [self.tr("<b>%1 of %2 booths staffed</b> by %3 interpreters; %4 cannot be staffed.")
                 .replace("%1", number(staffed)).replace("%2", number(len(r.booths)))
                 .replace("%3", number(len({a.interpreter_id for a in r.assignments})))
                 .replace("%4", number(len(r.unstaffed))),
                 self.tr("Cost: %1 %2. Rules broken: %3. Changes to the current roster: %4.")
                 .replace("%1", locale.toString(float(r.cost), "f", 2)).replace("%2", r.currency)
                 .replace("%3", number(len(r.violations))).replace("%4", number(len(r.changes))),
                 self.tr("The best possible roster (proven optimal).") if r.optimal else
                 self.tr("The best roster found within the time limit (not proven optimal: allow more time"
                         " for a cheaper or fairer one).")]
        self.summary.setText("<br>".join(lines))
        self.note.setText(self.tr("Nothing is written until you apply."))
        self.apply_button.setText(self.tr("&Apply"))
        self.discard_button.setText(self.tr("&Discard"))
        self.tabs.setTabText(0, self.tr("Cannot be staffed (%1)").replace("%1", number(len(r.unstaffed))))
        self.tabs.setTabText(1, self.tr("Changes (%1)").replace("%1", number(len(r.changes))))
        self.tabs.setTabText(2, self.tr("Rules broken (%1)").replace("%1", number(len(r.violations))))
        self.changes.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Interpreter"), self.tr("Session"),
                                                self.tr("Booth")])
        self.changes.setRowCount(len(r.changes))
        for row, c in enumerate(r.changes):
            for column, value in enumerate((tr_label(CHANGE_LABELS.get(c.kind, c.kind)), c.interpreter_name,
                                            c.session_code, language_label(c.booth_language))):
                self.changes.setItem(row, column, _item(value))
        self.unstaffed.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Booth"), self.tr("Why"),
                                                  self.tr("What would fix it")])
        self.unstaffed.setRowCount(len(r.unstaffed))
        for row, u in enumerate(r.unstaffed):
            for column, value in enumerate((u.session_code, language_label(u.booth_language),
                                            translate_core(u.reason), translate_core(u.fix))):
                item = _item(value)
                item.setToolTip(value)
                self.unstaffed.setItem(row, column, item)
        self.violations.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Rule"), self.tr("What is wrong")])
        self.violations.setRowCount(len(r.violations))
        for row, v in enumerate(r.violations):
            for column, value in enumerate((v.session_code, rule_label(v.rule), translate_core(v.message))):
                self.violations.setItem(row, column, _item(value))
        for table in (self.changes, self.unstaffed, self.violations):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
            table.resizeRowsToContents()


class InterpreterDialog(QDialog):
    """Create or edit an interpreter: identity and contact, contract and rate, languages, availability.

    Saving goes through the core, whose message for each field is shown next to that field; the
    dialog stays open until the data is accepted."""

    saved = Signal(int)

    FIELDS = ("given_name", "family_name", "email", "phone", "contract", "daily_rate", "currency", "languages")

    def __init__(self, db: Database, data: core.InterpreterData | None, days: list[dt.date],
                 language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data = data or core.InterpreterData(family_name="")
        self.days = days
        self.language = language
        self.saved_id: int | None = None
        self.setObjectName("interpreterDialog")

        self.given_name = QLineEdit(self.data.given_name)
        self.given_name.setObjectName("interpreterGivenName")
        self.given_name.setMaxLength(120)
        self.family_name = QLineEdit(self.data.family_name)
        self.family_name.setObjectName("interpreterFamilyName")
        self.family_name.setMaxLength(120)
        self.email = QLineEdit(self.data.email)
        self.email.setObjectName("interpreterEmail")
        self.phone = QLineEdit(self.data.phone)
        self.phone.setMaxLength(40)
        self.contract = QComboBox()
        for value, source in CONTRACT_LABELS.items():
            self.contract.addItem(tr_label(source), value)
        self.contract.setCurrentIndex(max(self.contract.findData(self.data.contract), 0))
        self.local = QCheckBox()
        self.local.setChecked(bool(self.data.is_local))
        self.daily_rate = QDoubleSpinBox()
        self.daily_rate.setObjectName("interpreterRate")
        self.daily_rate.setRange(0, 99_999_999)
        self.daily_rate.setDecimals(2)
        self.daily_rate.setLocale(locale_for(language))
        self.daily_rate.setValue(float(self.data.daily_rate or 0))
        self.currency = QLineEdit(self.data.currency)
        self.currency.setObjectName("interpreterCurrency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.notes = QPlainTextEdit(self.data.notes)
        self.notes.setMaximumHeight(60)

        self.errors: dict[str, QLabel] = {}
        for key in self.FIELDS:
            label = QLabel()
            label.setObjectName(f"error_{key}")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {ERROR_COLOUR};")
            label.hide()
            self.errors[key] = label

        def with_error(widget: QWidget, key: str) -> QWidget:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            return box

        identity = QGroupBox()
        self.identity_box = identity
        form = QFormLayout(identity)
        self.labels: dict[str, QLabel] = {k: QLabel() for k in
                                          ("given_name", "family_name", "email", "phone", "contract", "local",
                                           "daily_rate", "notes")}
        rate_row = QWidget()
        rate_layout = QHBoxLayout(rate_row)
        rate_layout.setContentsMargins(0, 0, 0, 0)
        rate_layout.addWidget(self.daily_rate, 1)
        rate_layout.addWidget(self.currency)
        rate_box = QWidget()
        rate_column = QVBoxLayout(rate_box)
        rate_column.setContentsMargins(0, 0, 0, 0)
        rate_column.setSpacing(1)
        rate_column.addWidget(rate_row)
        rate_column.addWidget(self.errors["daily_rate"])
        rate_column.addWidget(self.errors["currency"])
        form.addRow(self.labels["given_name"], with_error(self.given_name, "given_name"))
        form.addRow(self.labels["family_name"], with_error(self.family_name, "family_name"))
        form.addRow(self.labels["email"], with_error(self.email, "email"))
        form.addRow(self.labels["phone"], with_error(self.phone, "phone"))
        form.addRow(self.labels["contract"], with_error(self.contract, "contract"))
        form.addRow(self.labels["local"], self.local)
        form.addRow(self.labels["daily_rate"], rate_box)
        form.addRow(self.labels["notes"], self.notes)
        for key, widget in (("given_name", self.given_name), ("family_name", self.family_name),
                            ("email", self.email), ("phone", self.phone), ("contract", self.contract),
                            ("daily_rate", self.daily_rate), ("notes", self.notes), ("local", self.local)):
            self.labels[key].setBuddy(widget)

        self.language_box = QGroupBox()
        lang_layout = QVBoxLayout(self.language_box)
        self.language_help = QLabel()
        self.language_help.setWordWrap(True)
        lang_layout.addWidget(self.language_help)
        self.language_table = QTableWidget(0, 3)
        self.language_table.setObjectName("interpreterLanguages")
        self.language_table.verticalHeader().setVisible(False)
        self.language_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.language_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.language_table.setMinimumHeight(130)
        lang_layout.addWidget(self.language_table)
        lang_layout.addWidget(self.errors["languages"])
        lang_buttons = QHBoxLayout()
        self.add_language_button = QPushButton()
        self.add_language_button.clicked.connect(lambda: self.add_language("", "C", False))
        self.remove_language_button = QPushButton()
        self.remove_language_button.clicked.connect(self.remove_language)
        lang_buttons.addWidget(self.add_language_button)
        lang_buttons.addWidget(self.remove_language_button)
        lang_buttons.addStretch(1)
        lang_layout.addLayout(lang_buttons)

        self.availability_box = QGroupBox()
        grid = QGridLayout(self.availability_box)
        self.availability_help = QLabel()
        self.availability_help.setWordWrap(True)
        grid.addWidget(self.availability_help, 0, 0, 1, 3)
        self.half_headers = {half: QLabel() for half in ("am", "pm")}
        grid.addWidget(self.half_headers["am"], 1, 1)
        grid.addWidget(self.half_headers["pm"], 1, 2)
        self.available: dict[tuple[dt.date, str], QCheckBox] = {}
        off = set(self.data.unavailable)
        for row, day in enumerate(days, start=2):
            grid.addWidget(QLabel(_day_text(day, language)), row, 0)
            for column, half in enumerate(("am", "pm"), start=1):
                box = QCheckBox()
                box.setChecked((day, half) not in off)
                box.setObjectName(f"available_{day.isoformat()}_{half}")
                self.available[(day, half)] = box
                grid.addWidget(box, row, column)
        self.availability_other = QLabel()
        self.availability_other.setWordWrap(True)
        grid.addWidget(self.availability_other, len(days) + 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)

        self.message = QLabel()
        self.message.setObjectName("interpreterDialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(identity)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.language_box, 1)
        right.addWidget(self.availability_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        skills = list(self.data.languages) or [rules.LanguageSkill("", "A", False)]
        for skill in skills:
            self.add_language(skill.language, skill.language_class, skill.retour)
        self.retranslate()
        self.resize(900, 560)
        primary_of(self.buttons)  # Enter saves
        self.changes = UnsavedChanges(self)  # Escape or closing with changes asks first

    def reject(self) -> None:
        self.changes.confirm(lambda: QDialog.reject(self))

    # -- languages ----------------------------------------------------------------

    def add_language(self, code: str, language_class: str, retour: bool) -> int:
        table = self.language_table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        combo.setObjectName(f"languageCode_{row}")
        for c in LANGUAGE_CODES:
            combo.addItem(f"{c.upper()} — {language_label(c)}", c)
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(code)
        cls = QComboBox()
        cls.setObjectName(f"languageClass_{row}")
        for value in ("A", "B", "C"):
            cls.addItem(value, value)
        cls.setCurrentIndex(max(cls.findData(language_class), 0))
        retour_box = QCheckBox()
        retour_box.setObjectName(f"languageRetour_{row}")
        retour_box.setChecked(bool(retour))
        cell = QWidget()
        cell_layout = QHBoxLayout(cell)
        cell_layout.setContentsMargins(6, 0, 0, 0)
        cell_layout.addWidget(retour_box)
        table.setCellWidget(row, 0, combo)
        table.setCellWidget(row, 1, cls)
        table.setCellWidget(row, 2, cell)
        cls.currentIndexChanged.connect(self._classes_changed)
        self._classes_changed()
        table.resizeRowsToContents()
        return row

    def remove_language(self) -> None:
        row = self.language_table.currentRow()
        if row < 0:
            row = self.language_table.rowCount() - 1
        if row >= 0:
            self.language_table.removeRow(row)

    def language_widgets(self, row: int) -> tuple[QComboBox, QComboBox, QCheckBox]:
        code = self.language_table.cellWidget(row, 0)
        cls = self.language_table.cellWidget(row, 1)
        retour = self.language_table.cellWidget(row, 2).findChild(QCheckBox)
        assert isinstance(code, QComboBox) and isinstance(cls, QComboBox) and retour is not None
        return code, cls, retour

    def set_language_row(self, row: int, code: str, language_class: str, retour: bool = False) -> None:
        combo, cls, box = self.language_widgets(row)
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(code)
        cls.setCurrentIndex(max(cls.findData(language_class), 0))
        box.setChecked(retour)

    def _classes_changed(self) -> None:
        # Retour (working into a B) is a choice only for a B language.
        for row in range(self.language_table.rowCount()):
            _combo, cls, box = self.language_widgets(row)
            is_b = cls.currentData() == "B"
            box.setEnabled(is_b)
            if not is_b:
                box.setChecked(False)

    def skills(self) -> list[rules.LanguageSkill]:
        out = []
        for row in range(self.language_table.rowCount()):
            combo, cls, box = self.language_widgets(row)
            index = combo.findText(combo.currentText())
            code = combo.itemData(index) if index >= 0 else combo.currentText().strip().split(" ")[0].lower()
            out.append(rules.LanguageSkill(code or "", cls.currentData(), box.isChecked()))
        return out

    # -- saving -------------------------------------------------------------------

    def values(self) -> core.InterpreterData:
        return core.InterpreterData(
            id=self.data.id, family_name=self.family_name.text(), given_name=self.given_name.text(),
            email=self.email.text(), phone=self.phone.text(), contract=self.contract.currentData(),
            is_local=self.local.isChecked(), daily_rate=round(self.daily_rate.value(), 2),
            currency=self.currency.text().strip().upper(), notes=self.notes.toPlainText(), languages=self.skills())

    def unavailable(self) -> dict[tuple[dt.date, str], bool]:
        """The half-days unticked (the interpreter is available whenever nothing says otherwise)."""
        kept = {k: False for k in self.data.unavailable if k not in self.available}
        return kept | {k: False for k, box in self.available.items() if not box.isChecked()}

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in self.errors.values():
            label.hide()
            label.clear()
        rows: dict[int, list[str]] = {}
        for key, message in errors.items():
            text = translate_core(message)
            if key.startswith("languages["):
                row = int(key[len("languages["):key.index("]")])
                rows.setdefault(row, []).append(text)
                continue
            label = self.errors.get(key)
            if label is None:
                label = self.errors["languages"] if key.startswith("languages") else self.errors["family_name"]
            label.setText((label.text() + "\n" if label.text() else "") + text)
            label.show()
        for row in range(self.language_table.rowCount()):
            combo, cls, _box = self.language_widgets(row)
            style = f"border: 1px solid {ERROR_COLOUR};" if row in rows else ""
            combo.setStyleSheet(style)
            cls.setStyleSheet(style)
        if rows:
            label = self.errors["languages"]
            lines = [self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", " ".join(msgs))
                     for row, msgs in sorted(rows.items())]
            label.setText("\n".join(([label.text()] if label.text() else []) + lines))
            label.show()
        self.message.setText(self.tr("Please correct the fields marked in red.") if errors else "")

    def save(self) -> bool:
        """Save through the core (errors shown next to their fields), then the availability; closes on success."""
        data = self.values()
        try:
            interpreter_id = core.save_interpreter(self.db, data, Actor())
        except core.InterpreterValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except ConferenceDeskError as exc:
            self.show_errors({})
            self.message.setText(error_text(exc))
            return False
        self.data.id = interpreter_id
        try:
            core.set_availability(self.db, interpreter_id, self.unavailable(), Actor())
        except ConferenceDeskError as exc:
            self.show_errors({})
            self.message.setText(error_text(exc))
            return False
        self.saved_id = interpreter_id
        self.show_errors({})
        self.saved.emit(interpreter_id)
        self.accept()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = f"{self.data.given_name} {self.data.family_name}".strip()
        self.setWindowTitle(self.tr("Edit interpreter %1").replace("%1", name) if self.data.id
                            else self.tr("New interpreter"))
        self.identity_box.setTitle(self.tr("Interpreter"))
        for key, text in (("given_name", self.tr("&Given name:")), ("family_name", self.tr("&Family name:")),
                          ("email", self.tr("&E-mail:")), ("phone", self.tr("&Phone:")),
                          ("contract", self.tr("&Contract:")), ("local", self.tr("&Local:")),
                          ("daily_rate", self.tr("Daily &rate:")), ("notes", self.tr("&Notes:"))):
            self.labels[key].setText(text)
        self.local.setText(self.tr("Lives in the conference city (no travel or per diem)"))
        self.currency.setToolTip(self.tr("Currency: a three-letter code such as USD, EUR or MXN"))
        for index, value in enumerate(CONTRACT_LABELS):
            self.contract.setItemText(index, tr_label(CONTRACT_LABELS[value]))
        self.language_box.setTitle(self.tr("Languages"))
        self.language_help.setText(self.tr("A: mother tongue, works into it. B: active, works into it only with"
                                           " retour. C: passive, works only from it."))
        self.language_table.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Class"),
                                                       self.tr("Retour (into this B)")])
        self.language_table.resizeColumnsToContents()
        self.language_table.setColumnWidth(1, 64)
        self.language_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_language_button.setText(self.tr("&Add a language"))
        self.remove_language_button.setText(self.tr("Re&move the language"))
        self.availability_box.setTitle(self.tr("Available"))
        self.availability_help.setText(self.tr("Untick the half-days the interpreter cannot work."))
        for half, header in self.half_headers.items():
            header.setText(tr_label(HALF_LABELS[half]))
        other = [f"{_day_text(d, self.language)} {tr_label(HALF_LABELS[h])}" for d, h in self.data.unavailable
                 if (d, h) not in self.available]
        self.availability_other.setText(self.tr("Also not available: %1").replace("%1", ", ".join(other))
                                        if other else "")


SETTING_FIELDS = ("solo_max_minutes", "pair_max_minutes", "retour_team_size", "max_sessions_per_day",
                  "max_session_minutes", "min_rest_minutes", "relay_min_givers", "half_day_split",
                  "non_local_daily_extra", "fairness_weight", "change_weight", "unstaffed_weight")


class RulesDialog(QDialog):
    """The interpreting rules (AIIC/UN working conditions) and the solver's weights, checked by the core."""

    def __init__(self, db: Database, settings: rules.InterpreterSettings, currency: str = "USD",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.currency = currency
        self.setObjectName("interpreterRules")
        self.inputs: dict[str, QWidget] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        limits = rules._INT_LIMITS
        for key in SETTING_FIELDS:
            value = getattr(settings, key)
            if key == "half_day_split":
                t = settings.split_time()
                widget: QWidget = QTimeEdit(QTime(t.hour, t.minute))
                widget.setDisplayFormat("HH:mm")
            elif key == "non_local_daily_extra":
                widget = QDoubleSpinBox()
                widget.setRange(0, 100_000)
                widget.setDecimals(2)
                widget.setValue(float(value))
            else:
                widget = QSpinBox()
                widget.setRange(*limits[key])
                widget.setValue(int(value))
                if key.endswith("_minutes"):
                    widget.setSingleStep(5)
            widget.setObjectName(f"rule_{key}")
            self.inputs[key] = widget
            self.field_labels[key] = QLabel()
            self.field_labels[key].setBuddy(widget)
            error = QLabel()
            error.setObjectName(f"ruleError_{key}")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOUR};")
            error.hide()
            self.errors[key] = error

        def rows(box: QGroupBox, keys: tuple[str, ...]) -> None:
            form = QFormLayout(box)
            for key in keys:
                cell = QWidget()
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(1)
                column.addWidget(self.inputs[key])
                column.addWidget(self.errors[key])
                form.addRow(self.field_labels[key], cell)

        self.rules_box = QGroupBox()
        rows(self.rules_box, SETTING_FIELDS[:9])
        self.solver_box = QGroupBox()
        rows(self.solver_box, SETTING_FIELDS[9:])
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.solver_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(560)
        primary_of(self.buttons)  # Enter saves
        self.changes = UnsavedChanges(self)  # Escape or closing with changes asks first

    def reject(self) -> None:
        self.changes.confirm(lambda: QDialog.reject(self))

    def set_values(self, settings: rules.InterpreterSettings) -> None:
        for key in SETTING_FIELDS:
            widget, value = self.inputs[key], getattr(settings, key)
            if isinstance(widget, QTimeEdit):
                t = settings.split_time()
                widget.setTime(QTime(t.hour, t.minute))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))

    def restore_defaults(self) -> None:
        self.set_values(rules.DEFAULT_SETTINGS)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QTimeEdit):
                out[key] = widget.time().toString("HH:mm")
            elif isinstance(widget, QDoubleSpinBox):
                out[key] = float(widget.value())
            elif isinstance(widget, QSpinBox):
                out[key] = int(widget.value())
        return out

    def save(self) -> bool:
        for label in self.errors.values():
            label.hide()
        self.message.clear()
        try:
            rules.save_settings(self.db, self.values(), Actor())
        except rules.SettingsError as exc:
            text = message_of(exc)
            if isinstance(text, Text) and text.template == "{field}: {problem}":
                key, problem = str(text.values["field"]), text.values["problem"]
            else:
                key, _sep, problem = str(text).partition(": ")
            if key == "pair_max_minutes" and "solo_max_minutes" in problem:
                rest = self.tr("Must be more than the time one interpreter may work alone.")
            else:
                rest = translate_core(problem)
            label = self.errors.get(key)
            if label is not None:
                label.setText(rest)
                label.show()
            else:
                self.message.setText(translate_core(text))
            return False
        except ConferenceDeskError as exc:
            self.message.setText(error_text(exc))
            return False
        self.accept()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Interpreting rules"))
        self.rules_box.setTitle(self.tr("Working conditions (AIIC / UN)"))
        self.solver_box.setTitle(self.tr("Roster priorities (solver weights)"))
        texts = {
            "solo_max_minutes": self.tr("One interpreter alone for a session of up to (min):"),
            "pair_max_minutes": self.tr("Two per booth up to (min), three beyond:"),
            "retour_team_size": self.tr("Team of a booth where someone works retour:"),
            "max_sessions_per_day": self.tr("Sessions a day per interpreter, at most:"),
            "max_session_minutes": self.tr("A session longer than this counts as two (min):"),
            "min_rest_minutes": self.tr("Rest between two sessions, at least (min):"),
            "relay_min_givers": self.tr("Interpreters able to give relay from a language, at least:"),
            "half_day_split": self.tr("The afternoon starts at:"),
            "non_local_daily_extra": self.tr("Extra per working day of a non-local interpreter (%1):")
            .replace("%1", self.currency),
            "fairness_weight": self.tr("Spread the load fairly (weight):"),
            "change_weight": self.tr("Keep the current roster (weight per change):"),
            "unstaffed_weight": self.tr("Staff every booth (weight per empty booth):"),
        }
        for key, text in texts.items():
            self.field_labels[key].setText(text)


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _day_text(day: dt.date, language: str) -> str:
    return locale_for(language).toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def _conference_days(db: Database) -> list[dt.date]:
    try:
        with db.session() as s:
            conf = get_conference(s)
            start, end = conf.start_date, conf.end_date
    except ConferenceDeskError:
        return []
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


class RosterData:
    """What one read gives the screen (plain data, read off the GUI thread)."""

    def __init__(self, grid: core.RosterGrid, problem: rules.RosterProblem,
                 pool: list[core.InterpreterSummary], days: list[dt.date]) -> None:
        self.grid = grid
        self.problem = problem
        self.pool = pool
        self.days = days


def read_roster(db: Database, language: str) -> RosterData:
    grid = core.roster_rows(db, language)
    return RosterData(grid, core.load_problem(db), core.list_interpreters(db), _conference_days(db))


# --------------------------------------------------------------------------
# The screen
# --------------------------------------------------------------------------


class InterpretersScreen(QWidget):
    """Roster grid with live rule marks, per interpreter per day, the pool, documents and rules."""

    refreshed = Signal()       # new data is on screen
    roster_ready = Signal()    # a roster was computed and is shown for review
    data_changed = Signal()    # something was written
    exported = Signal(str)     # a document was written to this file

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.data: RosterData | None = None
        self.result: core.RosterResult | None = None
        self.loading = False
        self._again = False
        self.busy = False
        self.selected_booth: tuple[int, str] | None = None
        self.booth_columns: list[str] = []
        self.cell_rows: dict[int, int] = {}        # session id -> grid row
        self.review: RosterReviewDialog | None = None
        self.assign_dialog: AssignDialog | None = None
        self.interpreter_dialog: InterpreterDialog | None = None
        self.rules_dialog: RulesDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.progress_dialog: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        # -- actions ----------------------------------------------------------------
        bar = QHBoxLayout()
        self.build_button = QPushButton()
        self.build_button.setObjectName("rosterBuild")
        self.build_button.clicked.connect(self.build_roster)
        self.keep_locks = QCheckBox()
        self.keep_locks.setChecked(True)
        self.time_label = QLabel()
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setObjectName("rosterTimeLimit")
        self.time_limit.setRange(1, 600)
        self.time_limit.setDecimals(0)
        self.time_limit.setValue(10)
        self.time_label.setBuddy(self.time_limit)
        self.documents_button = QToolButton()
        self.documents_button.setObjectName("interpreterDocuments")
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.documents_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.documents_menu = QMenu(self)
        self.documents_button.setMenu(self.documents_menu)
        self.schedules_action = self.documents_menu.addAction("")
        self.schedules_action.triggered.connect(lambda: self.choose_document_file("schedules"))
        self.schedule_action = self.documents_menu.addAction("")
        self.schedule_action.triggered.connect(lambda: self.choose_document_file("schedule"))
        self.documents_menu.addSeparator()
        self.booths_action = self.documents_menu.addAction("")
        self.booths_action.triggered.connect(lambda: self.choose_document_file("booths"))
        self.booth_day_menu = self.documents_menu.addMenu("")
        self.documents_menu.addSeparator()
        self.cost_action = self.documents_menu.addAction("")
        self.cost_action.triggered.connect(lambda: self.choose_document_file("cost"))
        self.rules_button = QPushButton()
        self.rules_button.setObjectName("interpreterRulesButton")
        self.rules_button.clicked.connect(self.open_rules_dialog)
        bar.addWidget(self.build_button)
        bar.addWidget(self.keep_locks)
        bar.addWidget(self.time_label)
        bar.addWidget(self.time_limit)
        bar.addStretch(1)
        bar.addWidget(self.documents_button)
        bar.addWidget(self.rules_button)
        layout.addLayout(bar)

        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.message = QLabel()
        self.message.setObjectName("interpretersMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        # -- tab 1: the roster grid and the selected booth ----------------------------
        self.tabs = QTabWidget()
        roster_page = QSplitter(Qt.Orientation.Horizontal)
        grid_panel = QWidget()
        grid_layout = QVBoxLayout(grid_panel)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        self.grid_table = QTableWidget(0, FIRST_BOOTH)
        self.grid_table.setObjectName("rosterGrid")
        self.grid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_table.verticalHeader().setVisible(False)
        self.grid_table.setWordWrap(True)
        self.grid_table.setItemDelegate(BoothDelegate(self.grid_table))
        self.grid_table.currentCellChanged.connect(self._cell_changed)
        self.grid_table.cellDoubleClicked.connect(lambda _r, _c: self.open_assign_dialog())
        grid_layout.addWidget(self.grid_table, 1)
        self.violations_label = QLabel()
        self.violations_label.setObjectName("rosterViolationsLabel")
        grid_layout.addWidget(self.violations_label)
        self.violations_list = QTreeWidget()
        self.violations_list.setObjectName("rosterViolationList")
        self.violations_list.setColumnCount(3)
        self.violations_list.setRootIsDecorated(False)
        self.violations_list.setWordWrap(True)
        self.violations_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.violations_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.violations_list.header().setStretchLastSection(True)
        self.violations_list.itemActivated.connect(self._violation_activated)
        self.violations_list.itemClicked.connect(self._violation_activated)
        grid_layout.addWidget(self.violations_list)
        self.violations_list.setMaximumHeight(150)
        roster_page.addWidget(grid_panel)

        booth_panel = QWidget()
        booth_layout = QVBoxLayout(booth_panel)
        booth_layout.setContentsMargins(6, 0, 0, 0)
        self.booth_title = QLabel()
        self.booth_title.setObjectName("boothTitle")
        self.booth_title.setWordWrap(True)
        bold = QFont(self.booth_title.font())
        bold.setBold(True)
        self.booth_title.setFont(bold)
        booth_layout.addWidget(self.booth_title)
        self.booth_status = QLabel()
        self.booth_status.setObjectName("boothStatus")
        self.booth_status.setWordWrap(True)
        booth_layout.addWidget(self.booth_status)
        self.booth_messages = QLabel()
        self.booth_messages.setObjectName("boothMessages")
        self.booth_messages.setWordWrap(True)
        self.booth_messages.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.booth_messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        booth_layout.addWidget(self.booth_messages)
        self.team_label = QLabel()
        booth_layout.addWidget(self.team_label)
        self.team_list = QListWidget()
        self.team_list.setObjectName("boothTeam")
        self.team_list.currentItemChanged.connect(lambda *_: self._update_actions())
        booth_layout.addWidget(self.team_list, 1)
        booth_buttons = QGridLayout()
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("boothAssign")
        self.assign_button.clicked.connect(self.open_assign_dialog)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("boothRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("boothLock")
        self.lock_button.clicked.connect(self.toggle_lock)
        booth_buttons.addWidget(self.assign_button, 0, 0, 1, 2)
        booth_buttons.addWidget(self.remove_button, 1, 0)
        booth_buttons.addWidget(self.lock_button, 1, 1)
        booth_layout.addLayout(booth_buttons)
        self.legend = QLabel()
        self.legend.setObjectName("rosterLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        booth_layout.addWidget(self.legend)
        booth_panel.setMinimumWidth(260)
        roster_page.addWidget(booth_panel)
        roster_page.setStretchFactor(0, 4)
        roster_page.setStretchFactor(1, 1)
        roster_page.setChildrenCollapsible(False)
        self.tabs.addTab(roster_page, "")

        # -- tab 2: per interpreter per day ----------------------------------------------
        self.days_table = _table(5, "interpreterDays")
        self.days_table.itemSelectionChanged.connect(self._update_actions)
        self.tabs.addTab(self.days_table, "")

        # -- tab 3: the pool -------------------------------------------------------------
        pool_page = QWidget()
        pool_layout = QVBoxLayout(pool_page)
        pool_layout.setContentsMargins(0, 4, 0, 0)
        self.pool_table = _table(8, "interpreterPool")
        self.pool_table.itemSelectionChanged.connect(self._update_actions)
        self.pool_table.cellDoubleClicked.connect(lambda _r, _c: self.open_interpreter_dialog(self.selected_interpreter()))
        pool_layout.addWidget(self.pool_table)
        pool_buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("interpreterNew")
        self.new_button.clicked.connect(lambda: self.open_interpreter_dialog(None))
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("interpreterEdit")
        self.edit_button.clicked.connect(lambda: self.open_interpreter_dialog(self.selected_interpreter()))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("interpreterDelete")
        self.delete_button.clicked.connect(self.confirm_delete)
        for button in (self.new_button, self.edit_button, self.delete_button):
            pool_buttons.addWidget(button)
        pool_buttons.addStretch(1)
        pool_layout.addLayout(pool_buttons)
        self.tabs.addTab(pool_page, "")
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())

        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._update_actions()

    # -- reading ------------------------------------------------------------------

    def refresh(self) -> bool:
        """Read the roster, the problem and the pool off the GUI thread; False if a read is running (redone after)."""
        if self.loading:
            self._again = True
            return False
        self.loading = True
        db, language = self.db, self.language
        run_task(lambda _p: read_roster(db, language), self._loaded, self._read_failed, owner=self)
        return True

    def reload_now(self) -> None:
        """Read everything on the GUI thread: after a manual edit, so the marks follow at once."""
        try:
            data = read_roster(self.db, self.language)
        except ConferenceDeskError as exc:
            self._show_error(error_text(exc))
            return
        self._show_data(data)

    def _loaded(self, data: RosterData) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self._show_data(data)

    def _show_data(self, data: RosterData) -> None:
        self.data = data
        self._render()
        self.refreshed.emit()

    def _read_failed(self, message: str) -> None:
        self.loading = False
        self._show_error(translate_core(message))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    # -- drawing ------------------------------------------------------------------

    def _render(self) -> None:
        if self.data is None:
            return
        self._render_summary()
        self._render_grid()
        self._render_violations()
        self._render_days()
        self._render_pool()
        self._render_booth()
        self._render_day_menu()
        self._update_actions()

    def _money(self, value: float) -> str:
        return locale_for(self.language).toString(float(value), "f", 2)

    def _render_summary(self) -> None:
        assert self.data is not None
        grid = self.data.grid
        number = locale_for(self.language).toString
        cells = [c for row in grid.sessions for c in row.booths]
        staffed = sum(1 for c in cells if c.status == "ok")
        violations = len(grid.violations)
        colour = ERROR_COLOUR if violations else STATUS_COLOURS["ok"][0]
        self.summary.setText(
            self.tr("Booths staffed: <b>%1 of %2</b> · Rules broken: <b style='color:%5'>%3</b> · Cost: <b>%4</b>"
                    " · Interpreters in the pool: %6")
            .replace("%1", number(staffed)).replace("%2", number(len(cells))).replace("%3", number(violations))
            .replace("%4", f"{self._money(grid.cost)} {grid.currency}").replace("%5", colour)
            .replace("%6", number(len(self.data.pool))))

    def _render_grid(self) -> None:
        assert self.data is not None
        grid = self.data.grid
        table = self.grid_table
        present = {c.language for row in grid.sessions for c in row.booths}
        self.booth_columns = [b for b in BOOTH_ORDER if b in present] + sorted(present - set(BOOTH_ORDER))
        current = self.selected_booth
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(FIRST_BOOTH + len(self.booth_columns))
        table.setRowCount(len(grid.sessions))
        table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Session"), self.tr("Room")]
                                        + [self.tr("%1 booth").replace("%1", language_label(b))
                                           for b in self.booth_columns])
        self.cell_rows = {}
        last_day: dt.date | None = None
        for row, s in enumerate(grid.sessions):
            self.cell_rows[s.session_id] = row
            day = _day_text(s.day, self.language) if s.day != last_day else ""
            last_day = s.day
            values = (day, f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}", f"{s.code} — {s.title}", s.room)
            for column, value in enumerate(values):
                item = _item(value, s.session_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column == COL_SESSION:
                    item.setToolTip(f"{s.code} — {s.title}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, column, item)
            cells = {c.language: c for c in s.booths}
            for offset, booth in enumerate(self.booth_columns):
                column = FIRST_BOOTH + offset
                cell = cells.get(booth)
                if cell is None:
                    item = _item("")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(QBrush(QColor(NO_BOOTH)))
                    item.setToolTip(self.tr("No %1 booth for this session.").replace("%1", language_label(booth)))
                else:
                    item = self._booth_item(s, cell)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in (COL_DAY, COL_TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SESSION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROOM, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.setColumnWidth(COL_ROOM, 150)
        for offset in range(len(self.booth_columns)):
            header.setSectionResizeMode(FIRST_BOOTH + offset, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        table.blockSignals(False)
        if current is not None and current[0] in self.cell_rows and current[1] in self.booth_columns:
            self.select_booth(*current)

    def _booth_item(self, s: core.SessionRow, cell: core.BoothCell) -> QTableWidgetItem:
        names = [f"{LOCK_SIGN} {name}" if locked else name for _pid, name, locked in cell.interpreters]
        text = "\n".join(names) if names else "–"
        item = QTableWidgetItem(text)
        item.setData(BOOTH_ROLE, (s.session_id, cell.language))
        item.setData(TEAM_ROLE, [(pid, name, bool(locked)) for pid, name, locked in cell.interpreters])
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, status_label(cell.status))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        foreground, background = STATUS_COLOURS.get(cell.status, STATUS_COLOURS["empty"])
        item.setBackground(QBrush(QColor(background)))
        item.setForeground(QBrush(QColor(foreground if cell.status in ("violation", "empty") else "#1a1a1a")))
        item.setToolTip(self._booth_tooltip(s, cell))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return item

    def _booth_tooltip(self, s: core.SessionRow, cell: core.BoothCell) -> str:
        lines = [f"<b>{_html(s.code)} · {_html(self.tr('%1 booth').replace('%1', language_label(cell.language)))}</b>",
                 _html(self._status_text(cell))]
        for _pid, name, locked in cell.interpreters:
            lines.append(_html(name) + (" " + _html(self.tr("(locked)")) if locked else ""))
        for message in self._cell_violations(s.session_id, cell.language):
            lines.append(f"<span style='color:{ERROR_COLOUR}'>⚠ {_html(message)}</span>")
        return "<br>".join(lines)

    def _status_text(self, cell: core.BoothCell) -> str:
        number = locale_for(self.language).toString
        return (self.tr("%1: %2 of %3 interpreters").replace("%1", status_label(cell.status))
                .replace("%2", number(len(cell.interpreters))).replace("%3", number(cell.required)))

    def _cell_violations(self, session_id: int, booth: str) -> list[str]:
        if self.data is None:
            return []
        return [violation_text(v) for v in self.data.grid.violations
                if v.session_id == session_id and v.booth_language == booth]

    def _render_violations(self) -> None:
        assert self.data is not None
        violations = self.data.grid.violations
        self.violations_list.clear()
        self.violations_list.setVisible(bool(violations))
        for v in violations:
            message = translate_core(v.message)
            item = QTreeWidgetItem([v.session_code, rule_label(v.rule), message])
            item.setData(0, ID_ROLE, (v.session_id, v.booth_language))
            item.setToolTip(2, message)
            for column in range(3):
                item.setForeground(column, QBrush(QColor(ERROR_COLOUR)))
            self.violations_list.addTopLevelItem(item)
        if violations:
            self.violations_label.setText(self.tr("Rules broken (%n):", "", len(violations)))
        else:
            self.violations_label.setText(self.tr("No rule broken."))
        self.violations_label.setStyleSheet(f"color: {ERROR_COLOUR};" if violations else "")

    def _violation_activated(self, item: QTreeWidgetItem) -> None:
        where = item.data(0, ID_ROLE)
        if where and where[0] is not None:
            booth = where[1] or next((c for c in self.booth_columns), "")
            self.select_booth(where[0], booth)

    def _render_days(self) -> None:
        assert self.data is not None
        rows = self.data.grid.interpreter_days
        number = locale_for(self.language).toString
        currency = self.data.grid.currency
        table = self.days_table
        # Each interpreter's days, then a total line: days worked, minutes, what they cost in all
        # (the cost of a day is the daily rate, plus any extra, for that day).
        shown: list[tuple[Any, tuple[str, ...], bool]] = []
        by_person: dict[int, list[Any]] = {}
        for d in rows:
            by_person.setdefault(d.interpreter_id, []).append(d)
        for days in by_person.values():
            for index, d in enumerate(days):
                sessions = "\n".join(f"{code} · {language_label(booth)} · {start:%H:%M}–{end:%H:%M}"
                                     for code, booth, start, end in d.sessions)
                shown.append((d, (d.name if index == 0 else "", _day_text(d.day, self.language), sessions,
                                  number(d.minutes), f"{self._money(d.cost)} {currency}"), False))
            first = days[0]
            total = (self.tr("Total for %1").replace("%1", first.name),
                     self.tr("%n day(s)", "", len(days)), "",
                     number(sum(d.minutes for d in days)), f"{self._money(sum(d.cost for d in days))} {currency}")
            shown.append((first, total, True))
        table.setRowCount(len(shown))
        for row, (d, values, is_total) in enumerate(shown):
            for column, value in enumerate(values):
                item = _item(value, d.interpreter_id, align_right=column in (3, 4))
                if column in (0, 1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 0:
                    item.setToolTip(d.name)
                if is_total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()

    def _render_pool(self) -> None:
        assert self.data is not None
        selected = self.selected_interpreter()
        number = locale_for(self.language).toString
        table = self.pool_table
        table.setRowCount(len(self.data.pool))
        for row, p in enumerate(self.data.pool):
            off = []
            for text in p.unavailable:
                day, _sep, half = text.partition(" ")
                try:
                    d = dt.date.fromisoformat(day)
                except ValueError:
                    off.append(text)
                    continue
                off.append(f"{_day_text(d, self.language)} {tr_label(HALF_LABELS.get(half, half))}")
            values = (p.name, p.profile, self.tr("local") if p.is_local else self.tr("non-local"),
                      tr_label(CONTRACT_LABELS.get(p.contract, p.contract)), f"{self._money(p.daily_rate)} {p.currency}",
                      number(p.sessions), number(p.days), ", ".join(off))
            for column, value in enumerate(values):
                table.setItem(row, column, _item(value, p.id, align_right=column in (4, 5, 6)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        if selected is not None:
            self.select_interpreter(selected)

    def _render_day_menu(self) -> None:
        self.booth_day_menu.clear()
        days = self.data.grid.days if self.data else []
        for day in days:
            action = self.booth_day_menu.addAction(_day_text(day, self.language))
            action.triggered.connect(lambda _checked=False, d=day: self.choose_document_file("booths", day=d))
        self.booth_day_menu.setEnabled(bool(days))

    # -- the selected booth ---------------------------------------------------------

    def select_booth(self, session_id: int, booth: str) -> bool:
        row = self.cell_rows.get(session_id)
        if row is None or booth not in self.booth_columns:
            return False
        self.grid_table.setCurrentCell(row, FIRST_BOOTH + self.booth_columns.index(booth))
        self.selected_booth = (session_id, booth)
        self._render_booth()
        self._update_actions()
        return True

    def _cell_changed(self, row: int, column: int, _prev_row: int, _prev_column: int) -> None:
        item = self.grid_table.item(row, column) if row >= 0 and column >= 0 else None
        where = item.data(BOOTH_ROLE) if item is not None else None
        self.selected_booth = (where[0], where[1]) if where else None
        self._render_booth()
        self._update_actions()

    def booth_cell(self, session_id: int, booth: str) -> tuple[core.SessionRow, core.BoothCell] | None:
        if self.data is None:
            return None
        for s in self.data.grid.sessions:
            if s.session_id == session_id:
                for c in s.booths:
                    if c.language == booth:
                        return s, c
        return None

    def cell_text(self, session_id: int, booth: str) -> str:
        """What the grid shows in a booth (names, one a line; locked ones after a lock sign)."""
        item = self._grid_item(session_id, booth)
        return item.text() if item else ""

    def cell_status(self, session_id: int, booth: str) -> str:
        """The status the grid shows for a booth, read from the cell's colour."""
        item = self._grid_item(session_id, booth)
        if item is None:
            return ""
        colour = item.background().color().name()
        return next((status for status, (_fg, bg) in STATUS_COLOURS.items() if bg == colour), "")

    def cell_tooltip(self, session_id: int, booth: str) -> str:
        item = self._grid_item(session_id, booth)
        return item.toolTip() if item else ""

    def _grid_item(self, session_id: int, booth: str) -> QTableWidgetItem | None:
        row = self.cell_rows.get(session_id)
        if row is None or booth not in self.booth_columns:
            return None
        return self.grid_table.item(row, FIRST_BOOTH + self.booth_columns.index(booth))

    def _render_booth(self) -> None:
        found = self.booth_cell(*self.selected_booth) if self.selected_booth else None
        self.team_list.clear()
        if found is None:
            self.booth_title.setText(self.tr("Select a booth in the grid."))
            self.booth_status.clear()
            self.booth_messages.clear()
            self.team_label.clear()
            return
        s, cell = found
        self.booth_title.setText(self.tr("%1 — %2 booth").replace("%1", f"{s.code} {s.title}")
                                 .replace("%2", language_label(cell.language)))
        colour = STATUS_COLOURS.get(cell.status, STATUS_COLOURS["empty"])[0]
        when = f"{_day_text(s.day, self.language)} {s.starts_at:%H:%M}–{s.ends_at:%H:%M}"
        self.booth_status.setText(f"{when} · {s.room}\n{self._status_text(cell)}")
        self.booth_status.setStyleSheet(f"color: {colour};")
        self.booth_messages.setText("\n".join(self._cell_violations(s.session_id, cell.language)))
        self.team_label.setText(self.tr("In the booth:"))
        icon = lock_pixmap(16)
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        for pid, name, locked in cell.interpreters:
            item = QListWidgetItem(name + (" " + self.tr("(locked)") if locked else ""))
            item.setData(ID_ROLE, pid)
            item.setData(Qt.ItemDataRole.UserRole + 1, bool(locked))
            item.setIcon(icon if locked else blank)
            self.team_list.addItem(item)
        if cell.interpreters:
            self.team_list.setCurrentRow(0)

    def selected_member(self) -> tuple[int, bool] | None:
        item = self.team_list.currentItem()
        return (item.data(ID_ROLE), bool(item.data(Qt.ItemDataRole.UserRole + 1))) if item else None

    def select_member(self, interpreter_id: int) -> bool:
        for i in range(self.team_list.count()):
            if self.team_list.item(i).data(ID_ROLE) == interpreter_id:
                self.team_list.setCurrentRow(i)
                return True
        return False

    def _update_actions(self) -> None:
        has_booth = self.selected_booth is not None and self.data is not None
        member = self.selected_member()
        self.build_button.setEnabled(not self.busy)
        self.assign_button.setEnabled(has_booth and not self.busy)
        self.remove_button.setEnabled(member is not None and not self.busy)
        self.lock_button.setEnabled(member is not None and not self.busy)
        self.lock_button.setText(self.tr("&Unlock") if member and member[1] else self.tr("&Lock"))
        selected = self.selected_interpreter()
        self.edit_button.setEnabled(selected is not None)
        self.delete_button.setEnabled(selected is not None and not self.busy)
        self.schedule_action.setEnabled(selected is not None)

    # -- manual edits ------------------------------------------------------------------

    def open_assign_dialog(self) -> AssignDialog | None:
        if self.selected_booth is None or self.data is None or self.busy:
            return None
        session = self.data.problem.session(self.selected_booth[0])
        if session is None:
            return None
        booth = self.selected_booth[1]
        dialog = AssignDialog(self.data.problem, session, booth, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._assign_chosen(session.id, booth, dialog.chosen(), dialog.lock.isChecked()))
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def _assign_chosen(self, session_id: int, booth: str, interpreter_id: int | None, lock: bool) -> None:
        if interpreter_id is not None:
            self.assign(session_id, booth, interpreter_id, lock)

    def assign(self, session_id: int, booth: str, interpreter_id: int, lock: bool = True) -> bool:
        """Put an interpreter in a booth; a refusal shows the rules it would break and changes nothing."""
        try:
            core.assign(self.db, session_id, booth, interpreter_id, Actor(), lock=lock)
        except core.AssignmentRefused as exc:
            self._show_error(self.tr("Not assigned: %1")
                             .replace("%1", " ".join(violation_text(v) for v in exc.violations)))
            return False
        except ConferenceDeskError as exc:
            self._show_error(error_text(exc))
            return False
        self._written(session_id, booth)
        name = self._name(interpreter_id)
        self._show_message(self.tr("%1 assigned to the %2 booth of %3.").replace("%1", name)
                           .replace("%2", language_label(booth)).replace("%3", self._code(session_id)))
        return True

    def remove_selected(self) -> bool:
        member = self.selected_member()
        if member is None or self.selected_booth is None:
            return False
        return self.remove(self.selected_booth[0], member[0])

    def remove(self, session_id: int, interpreter_id: int) -> bool:
        booth = self.selected_booth[1] if self.selected_booth and self.selected_booth[0] == session_id else ""
        name = self._name(interpreter_id)
        try:
            core.unassign(self.db, session_id, interpreter_id, Actor())
        except ConferenceDeskError as exc:
            self._show_error(error_text(exc))
            return False
        self._written(session_id, booth)
        self._show_message(self.tr("%1 taken out of %2.").replace("%1", name).replace("%2", self._code(session_id)))
        return True

    def toggle_lock(self) -> bool:
        member = self.selected_member()
        if member is None or self.selected_booth is None:
            return False
        return self.set_locked(self.selected_booth[0], member[0], not member[1])

    def set_locked(self, session_id: int, interpreter_id: int, locked: bool) -> bool:
        booth = self.selected_booth[1] if self.selected_booth and self.selected_booth[0] == session_id else ""
        try:
            core.set_locked(self.db, session_id, interpreter_id, locked, Actor())
        except ConferenceDeskError as exc:
            self._show_error(error_text(exc))
            return False
        self._written(session_id, booth)
        self.select_member(interpreter_id)
        text = self.tr("%1: locked (a new roster keeps it).") if locked else self.tr("%1: unlocked.")
        self._show_message(text.replace("%1", self._name(interpreter_id)))
        return True

    def _written(self, session_id: int | None = None, booth: str = "") -> None:
        """After an edit: the roster read again on the spot, so the marks follow at once."""
        if self.result is not None:  # computed against the old roster: it would be refused as stale
            self._close_review()
        self.reload_now()
        if session_id is not None and booth:
            self.select_booth(session_id, booth)
        self.data_changed.emit()

    def _name(self, interpreter_id: int) -> str:
        p = self.data.problem.interpreter(interpreter_id) if self.data else None
        return p.name if p else str(interpreter_id)

    def _code(self, session_id: int) -> str:
        s = self.data.problem.session(session_id) if self.data else None
        return s.code if s else str(session_id)

    # -- building a roster ----------------------------------------------------------------

    def build_roster(self) -> None:
        """Compute a roster off the GUI thread (progress and Cancel), then show it for review."""
        if self.busy:
            return
        self.busy = True
        self._close_review()
        self._update_actions()
        db, keep, limit = self.db, self.keep_locks.isChecked(), float(self.time_limit.value())
        self.progress_dialog = make_progress_dialog(self, self.tr("Building the interpreters' roster…"),
                                                    self.tr("Build roster"))
        self.progress_dialog.canceled.connect(self._build_cancelled)

        def work(progress: Callable[[int, int], bool]) -> core.RosterResult:
            return core.solve(core.load_problem(db), time_limit=limit, progress=progress, keep_locks=keep)

        run_task(work, self._roster_ready, self._build_failed, owner=self, progress_dialog=self.progress_dialog)

    def _build_cancelled(self) -> None:
        self.busy = False
        self._update_actions()
        self._show_message(self.tr("Roster cancelled; nothing was changed."))

    def _build_failed(self, message: str) -> None:
        self.busy = False
        self._update_actions()
        self._show_error(translate_core(message))

    def _roster_ready(self, result: core.RosterResult) -> None:
        self.busy = False
        self.result = result
        self._update_actions()
        dialog = RosterReviewDialog(result, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.apply_roster)
        dialog.rejected.connect(self.discard_roster)
        self.review = dialog
        self._show_message(self.tr("Review the proposed roster, then Apply or Discard. Nothing is written yet."))
        dialog.open()
        self.roster_ready.emit()

    def _close_review(self) -> None:
        dialog, self.review = self.review, None
        self.result = None
        if dialog is not None:
            try:
                dialog.blockSignals(True)
                dialog.close()
            except RuntimeError:  # already deleted
                pass

    def apply_roster(self) -> None:
        """Write the roster under review (one transaction), then read everything again."""
        result = self.result
        self.review = None
        if result is None or self.busy:
            return
        self.busy = True
        self._update_actions()
        db = self.db
        run_task(lambda _p: core.apply(db, result, Actor()), self._applied, self._apply_failed, owner=self)

    def _applied(self, changes: int) -> None:
        self.busy = False
        self.result = None
        self._show_message(self.tr("Roster applied: %n change(s) written.", "", changes))
        self.reload_now()
        self.data_changed.emit()

    def _apply_failed(self, message: str) -> None:
        self.busy = False
        self.result = None
        self._update_actions()
        self._show_error(translate_core(message))

    def discard_roster(self) -> None:
        self.review = None
        if self.result is not None:
            self.result = None
            self._show_message(self.tr("Proposed roster discarded; nothing was changed."))

    # -- the pool -------------------------------------------------------------------------

    def selected_interpreter(self) -> int | None:
        table = self.days_table if self.tabs.currentIndex() == 1 else self.pool_table
        for candidate in (table, self.pool_table):
            rows = candidate.selectionModel().selectedRows() if candidate.selectionModel() else []
            if rows:
                item = candidate.item(rows[0].row(), 0)
                if item is not None and isinstance(item.data(ID_ROLE), int):
                    return item.data(ID_ROLE)
        return None

    def select_interpreter(self, interpreter_id: int) -> bool:
        for row in range(self.pool_table.rowCount()):
            item = self.pool_table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == interpreter_id:
                self.pool_table.selectRow(row)
                return True
        return False

    def pool_row(self, interpreter_id: int) -> list[str]:
        """The pool table's texts for an interpreter (empty if not listed)."""
        for row in range(self.pool_table.rowCount()):
            item = self.pool_table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == interpreter_id:
                return [self.pool_table.item(row, c).text() for c in range(self.pool_table.columnCount())]
        return []

    def open_interpreter_dialog(self, interpreter_id: int | None) -> InterpreterDialog | None:
        try:
            data = core.get_interpreter(self.db, interpreter_id) if interpreter_id is not None else None
        except ConferenceDeskError as exc:
            self._show_error(error_text(exc))
            return None
        days = self.data.days if self.data else _conference_days(self.db)
        dialog = InterpreterDialog(self.db, data, days, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._interpreter_saved)
        self.interpreter_dialog = dialog
        dialog.open()
        return dialog

    def _interpreter_saved(self, interpreter_id: int) -> None:
        self._written()
        self.select_interpreter(interpreter_id)
        self._show_message(self.tr("%1 saved.").replace("%1", self._name(interpreter_id)))

    def confirm_delete(self) -> QMessageBox | None:
        interpreter_id = self.selected_interpreter()
        if interpreter_id is None:
            return None
        name = self._name(interpreter_id)
        summary = next((p for p in self.data.pool if p.id == interpreter_id), None) if self.data else None
        text = self.tr("Delete %1 from the pool?").replace("%1", name)
        if summary and summary.sessions:
            text += "\n" + self.tr("They are in %n booth(s) of the roster; those booths will be short.", "",
                                   summary.sessions)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete an interpreter"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.delete_interpreter(interpreter_id))
        self.confirm_box = box
        box.open()
        return box

    def delete_interpreter(self, interpreter_id: int) -> bool:
        name = self._name(interpreter_id)
        try:
            removed = core.delete_interpreter(self.db, interpreter_id, Actor())
        except ConferenceDeskError as exc:
            self._show_error(error_text(exc))
            return False
        self._written()
        self._show_message(self.tr("%1 deleted (%n assignment(s) removed).", "", removed).replace("%1", name))
        return True

    # -- rules ----------------------------------------------------------------------------

    def open_rules_dialog(self) -> RulesDialog:
        settings = self.data.problem.settings if self.data else rules.load_settings(self.db)
        currency = self.data.problem.currency if self.data else "USD"
        dialog = RulesDialog(self.db, settings, currency, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._rules_saved)
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def _rules_saved(self) -> None:
        self._written()
        self._show_message(self.tr("Interpreting rules saved; the roster was checked against them again."))

    # -- documents ------------------------------------------------------------------------

    def choose_document_file(self, kind: str, day: dt.date | None = None) -> QFileDialog | None:
        interpreter_id = self.selected_interpreter() if kind == "schedule" else None
        if kind == "schedule" and interpreter_id is None:
            return None
        names = {"schedules": self.tr("interpreter-schedules"), "schedule": self.tr("interpreter-schedule"),
                 "booths": self.tr("booth-sheets"), "cost": self.tr("interpreting-cost")}
        stem = names[kind]
        if kind == "schedule":
            stem += "-" + self._name(interpreter_id or 0).replace(" ", "-")
        if day is not None:
            stem += f"-{day.isoformat()}"
        dialog = QFileDialog(self, self.tr("Save the document"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF document (*.pdf)")])
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{stem}-{self.language}.pdf")
        dialog.fileSelected.connect(lambda path: self.write_document(kind, path, interpreter_id=interpreter_id,
                                                                      day=day))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def write_document(self, kind: str, path: str | Path, interpreter_id: int | None = None,
                       day: dt.date | None = None) -> None:
        """Write a document in the interface language off the GUI thread (``exported`` when done)."""
        db, language, out = self.db, self.language, Path(path)

        def write(_progress: Any) -> dict[str, Any]:
            if kind in ("schedules", "schedule"):
                return core.export_schedule(db, out, interpreter_id, language)
            if kind == "booths":
                return core.export_booths(db, out, day, language)
            return core.export_cost(db, out, language)

        def done(result: dict[str, Any]) -> None:
            self._show_message(self.tr("Written: %1").replace("%1", result["file"]))
            self.exported.emit(result["file"])

        self._show_message(self.tr("Writing %1…").replace("%1", out.name))
        run_task(write, done, lambda m: self._show_error(self.tr("Not written: %1").replace("%1", translate_core(m))),
                 owner=self)

    # -- messages and language --------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(text)

    def set_language(self, language: str) -> None:
        """Session titles and dates in this language; read again if shown."""
        if language != self.language:
            self.language = language
            if self.isVisible():
                self.refresh()
            elif self.data is not None:
                self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.build_button.setText(self.tr("&Build roster…"))
        self.build_button.setToolTip(self.tr("Staff every booth within the rules at the lowest cost, changing"
                                             " as little as possible; you review the result before it is applied."))
        self.keep_locks.setText(self.tr("&Keep locks"))
        self.keep_locks.setToolTip(self.tr("Locked assignments stay where they are in the new roster."))
        self.time_label.setText(self.tr("&Time limit (s):"))
        self.documents_button.setText(self.tr("&Documents"))
        self.schedules_action.setText(self.tr("Schedules of all interpreters (PDF)…"))
        self.schedule_action.setText(self.tr("Schedule of the selected interpreter (PDF)…"))
        self.booths_action.setText(self.tr("Booth sheets, all days (PDF)…"))
        self.booth_day_menu.setTitle(self.tr("Booth sheets for one day (PDF)"))
        self.cost_action.setText(self.tr("Cost summary (PDF)…"))
        self.rules_button.setText(self.tr("&Rules…"))
        self.tabs.setTabText(0, self.tr("Roster"))
        self.tabs.setTabText(1, self.tr("By interpreter"))
        self.tabs.setTabText(2, self.tr("Interpreters"))
        self.violations_list.setHeaderLabels([self.tr("Session"), self.tr("Rule"), self.tr("What is wrong")])
        self.assign_button.setText(self.tr("&Assign…"))
        self.assign_button.setToolTip(self.tr("Choose who works in the selected booth (double-click a booth"
                                              " does the same)."))
        self.remove_button.setText(self.tr("Re&move"))
        self.days_table.setHorizontalHeaderLabels([self.tr("Interpreter"), self.tr("Day"),
                                                   self.tr("Sessions (booth, time)"), self.tr("Minutes"),
                                                   self.tr("Cost of the day")])
        self.pool_table.setHorizontalHeaderLabels([self.tr("Interpreter"), self.tr("Languages"), self.tr("Based"),
                                                   self.tr("Contract"), self.tr("Daily rate"), self.tr("Sessions"),
                                                   self.tr("Days"), self.tr("Not available")])
        self.new_button.setText(self.tr("&New…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("De&lete…"))
        swatch = "<span style='background:{bg}; color:{fg}'>&nbsp;{text}&nbsp;</span>"
        self.legend.setText(self.tr("Colours:") + " " + " ".join(
            swatch.format(bg=bg, fg=fg, text=_html(status_label(status)))
            for status, (fg, bg) in STATUS_COLOURS.items())
            + "<br>" + self.tr("A padlock marks a locked assignment: a new roster keeps it."))
        self._update_actions()
        if self.data is not None:
            self._render()
        else:
            self._render_booth()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
