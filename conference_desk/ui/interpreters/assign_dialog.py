"""Assign an interpreter to a booth by hand: the candidates whose languages fit and who are available,
greyed with the reason when they would break a rule (busy elsewhere, rest, daily limit)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.interpreters import roster as core
from conference_desk.core.interpreters import rules

from ..common.core_messages import translate_core
from ..common.safe_dialogs import primary_of
from .shared import (
    ERROR_COLOUR,
    ID_ROLE,
    day_text,
    language_label,
    rule_label,
    violation_text,
)


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
                           .replace("%3", day_text(s.day, self.language))
                           .replace("%4", f"{s.starts_at:%H:%M}").replace("%5", f"{s.ends_at:%H:%M}"))
        self.lock.setText(self.tr("&Lock the assignment (a new roster keeps it)"))
        self._fill()
