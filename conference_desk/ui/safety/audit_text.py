"""The audit log in the interface language.

The core writes each entry's action ("badge print") and summary ("Printed 664 badge(s) …")
in English, once, in the database: that is the record, and it must not change with the
reader's language. The audit screen shows them translated: actions and record kinds by
name, summaries by recognising the sentence the core wrote and translating it with its
values (names, codes, files stay as written). A summary no pattern knows is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditActions", "create"),
    "update": QT_TRANSLATE_NOOP("AuditActions", "update"),
    "merge": QT_TRANSLATE_NOOP("AuditActions", "merge"),
    "init": QT_TRANSLATE_NOOP("AuditActions", "set-up"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "import"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "export"),
    "badge print": QT_TRANSLATE_NOOP("AuditActions", "badge print"),
    "badge reprint": QT_TRANSLATE_NOOP("AuditActions", "badge reprint"),
    "erase personal data": QT_TRANSLATE_NOOP("AuditActions", "erase personal data"),
    "hotel allocate": QT_TRANSLATE_NOOP("AuditActions", "hotel allocation"),
    "hotel move": QT_TRANSLATE_NOOP("AuditActions", "hotel move"),
    "hotel share": QT_TRANSLATE_NOOP("AuditActions", "hotel room share"),
    "hotel lock": QT_TRANSLATE_NOOP("AuditActions", "hotel lock"),
    "hotel unlock": QT_TRANSLATE_NOOP("AuditActions", "hotel unlock"),
    "hotel edit": QT_TRANSLATE_NOOP("AuditActions", "hotel edit"),
    "programme acknowledge": QT_TRANSLATE_NOOP("AuditActions", "programme: conflict accepted"),
    "programme unacknowledge": QT_TRANSLATE_NOOP("AuditActions", "programme: acceptance withdrawn"),
    "programme settings": QT_TRANSLATE_NOOP("AuditActions", "programme settings"),
    "programme move": QT_TRANSLATE_NOOP("AuditActions", "programme move"),
    "programme create": QT_TRANSLATE_NOOP("AuditActions", "programme: session created"),
    "programme edit": QT_TRANSLATE_NOOP("AuditActions", "programme: session edited"),
    "programme delete": QT_TRANSLATE_NOOP("AuditActions", "programme: session deleted"),
    "programme person add": QT_TRANSLATE_NOOP("AuditActions", "programme: person added"),
    "programme person remove": QT_TRANSLATE_NOOP("AuditActions", "programme: person removed"),
    "interpreter roster": QT_TRANSLATE_NOOP("AuditActions", "interpreter roster"),
    "interpreter assign": QT_TRANSLATE_NOOP("AuditActions", "interpreter assigned"),
    "interpreter unassign": QT_TRANSLATE_NOOP("AuditActions", "interpreter unassigned"),
    "interpreter lock": QT_TRANSLATE_NOOP("AuditActions", "interpreter lock"),
    "interpreter unlock": QT_TRANSLATE_NOOP("AuditActions", "interpreter unlock"),
    "interpreter create": QT_TRANSLATE_NOOP("AuditActions", "interpreter created"),
    "interpreter edit": QT_TRANSLATE_NOOP("AuditActions", "interpreter edited"),
    "interpreter delete": QT_TRANSLATE_NOOP("AuditActions", "interpreter deleted"),
    "interpreter availability": QT_TRANSLATE_NOOP("AuditActions", "interpreter availability"),
    "interpreter settings": QT_TRANSLATE_NOOP("AuditActions", "interpreting rules"),
    "operator create": QT_TRANSLATE_NOOP("AuditActions", "operator added"),
    "operator deactivate": QT_TRANSLATE_NOOP("AuditActions", "operator deactivated"),
    "operator activate": QT_TRANSLATE_NOOP("AuditActions", "operator reactivated"),
    "operator pin": QT_TRANSLATE_NOOP("AuditActions", "operator PIN"),
    "operator role": QT_TRANSLATE_NOOP("AuditActions", "operator role"),
    "export audit": QT_TRANSLATE_NOOP("AuditActions", "export"),
}

ENTITIES = {
    "participant": QT_TRANSLATE_NOOP("AuditEntities", "participant"),
    "participants": QT_TRANSLATE_NOOP("AuditEntities", "participants"),
    "delegation": QT_TRANSLATE_NOOP("AuditEntities", "delegation"),
    "delegations": QT_TRANSLATE_NOOP("AuditEntities", "delegations"),
    "conference": QT_TRANSLATE_NOOP("AuditEntities", "conference"),
    "room_assignment": QT_TRANSLATE_NOOP("AuditEntities", "room assignment"),
    "conflict_acknowledgement": QT_TRANSLATE_NOOP("AuditEntities", "accepted conflict"),
    "setting": QT_TRANSLATE_NOOP("AuditEntities", "setting"),
    "programme_session": QT_TRANSLATE_NOOP("AuditEntities", "programme session"),
    "interpreter_assignment": QT_TRANSLATE_NOOP("AuditEntities", "interpreter assignment"),
    "interpreter": QT_TRANSLATE_NOOP("AuditEntities", "interpreter"),
    "operator": QT_TRANSLATE_NOOP("AuditEntities", "operator"),
    "audit": QT_TRANSLATE_NOOP("AuditEntities", "audit log"),
    "audit_log": QT_TRANSLATE_NOOP("AuditEntities", "audit log"),
    "list_of_participants": QT_TRANSLATE_NOOP("AuditEntities", "List of Participants"),
    "rooming_list": QT_TRANSLATE_NOOP("AuditEntities", "rooming list"),
}

_WORDS = {  # single words the core writes inside summaries
    "speaker": QT_TRANSLATE_NOOP("AuditWords", "speaker"),
    "moderator": QT_TRANSLATE_NOOP("AuditWords", "moderator"),
    "rapporteur": QT_TRANSLATE_NOOP("AuditWords", "rapporteur"),
    "panellist": QT_TRANSLATE_NOOP("AuditWords", "panellist"),
    "no change": QT_TRANSLATE_NOOP("AuditWords", "no change"),
}


def action_text(action: str) -> str:
    source = ACTIONS.get(action)
    return QCoreApplication.translate("AuditActions", source) if source else action


def entity_text(entity: str) -> str:
    source = ENTITIES.get(entity)
    return QCoreApplication.translate("AuditEntities", source) if source else entity


def _word(value: str) -> str:
    source = _WORDS.get(value)
    return QCoreApplication.translate("AuditWords", source) if source else value


def _role(value: str) -> str:
    return QCoreApplication.translate("Roles", value) if value in ("clerk", "organiser", "administrator") else value


def count(match: re.Match[str]) -> int:
    return int(match["n"])


def _fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


class AuditSummaries(QObject):
    """Recognises the summaries the core writes; its name is the translation context."""

    def rules(self) -> list[Rule]:
        def r(pattern: str, make: Callable[[re.Match[str]], str]) -> Rule:
            return re.compile(pattern + r"\Z", re.DOTALL), make

        return [
            r(r"Registered walk-in (?P<name>.+) at (?P<desk>.+)",
              lambda m: _fill(self.tr("Registered walk-in {name} at {desk}"), **m.groupdict())),
            r(r"Registered (?P<name>.+)", lambda m: _fill(self.tr("Registered {name}"), **m.groupdict())),
            r(r"Created session (?P<code>.+)", lambda m: _fill(self.tr("Created session {code}"), **m.groupdict())),
            r(r"Edited session (?P<code>.+)", lambda m: _fill(self.tr("Edited session {code}"), **m.groupdict())),
            r(r"Edited (?P<name>.+)", lambda m: _fill(self.tr("Edited {name}"), **m.groupdict())),
            r(r"Head of delegation changed", lambda m: self.tr("Head of delegation changed")),
            r(r"Merged (?P<dropped>.+) \(#(?P<drop>\d+)\) into (?P<keep>.+) \(#(?P<kept>\d+)\)",
              lambda m: _fill(self.tr("Merged {dropped} (#{drop}) into {keep} (#{kept})"), **m.groupdict())),
            r(r"Printed (?P<n>\d+) badge\(s\) \((?P<issued>\d+) newly issued, layout (?P<layout>[^)]+)\) to (?P<file>.+)",
              self._plural_0),
            r(r"Badge reprinted as version (?P<version>\d+): (?P<reason>.*)",
              lambda m: _fill(self.tr("Badge reprinted as version {version}: {reason}"), **m.groupdict())),
            r(r"Erased the personal data of (?P<n>\d+) participant\(s\) \(everyone\)",
              self._plural_1),
            r(r"Erased the personal data of (?P<n>\d+) participant\(s\)",
              self._plural_2),
            r(r"Set up conference (?P<code>.+) from (?P<setup>.+)",
              lambda m: _fill(self.tr("Set up conference {code} from {setup}"), **m.groupdict())),
            r(r"Imported (?P<file>.+): (?P<new>\d+) new, (?P<updated>\d+) updated, (?P<unchanged>\d+) unchanged, "
              r"(?P<rejected>\d+) rejected",
              lambda m: _fill(self.tr("Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected"),
                              **m.groupdict())),
            r(r"Hotel allocation applied: (?P<placed>\d+) placed, (?P<unplaced>\d+) unplaced, (?P<changes>\d+) changes",
              lambda m: _fill(self.tr("Hotel allocation applied: {placed} placed, {unplaced} unplaced, {changes} changes"),
                              **m.groupdict())),
            r(r"(?P<name>.+): moved to (?P<where>.+) \(locked\)",
              lambda m: _fill(self.tr("{name}: moved to {where} (locked)"), **m.groupdict())),
            r(r"(?P<name>.+): moved to (?P<where>.+)", lambda m: _fill(self.tr("{name}: moved to {where}"), **m.groupdict())),
            r(r"(?P<name>.+): now shares room (?P<room>.+?) with (?P<others>.+) \(locked\)",
              lambda m: _fill(self.tr("{name}: now shares room {room} with {others} (locked)"), **m.groupdict())),
            r(r"(?P<name>.+): now shares room (?P<room>.+?) with (?P<others>.+)",
              lambda m: _fill(self.tr("{name}: now shares room {room} with {others}"), **m.groupdict())),
            r(r"(?P<name>.+): room assignment locked", lambda m: _fill(self.tr("{name}: room assignment locked"), **m.groupdict())),
            r(r"(?P<name>.+): room assignment unlocked",
              lambda m: _fill(self.tr("{name}: room assignment unlocked"), **m.groupdict())),
            r(r"(?P<name>.+): room assignment edited", lambda m: _fill(self.tr("{name}: room assignment edited"), **m.groupdict())),
            r(r"Exported (?P<n>\d+) (?P<what>\S+) to (?P<file>.+) \((?P<format>\w+)\), with sensitive data",
              self._plural_3),
            r(r"Exported (?P<n>\d+) (?P<what>\S+) to (?P<file>.+) \((?P<format>\w+)\)",
              self._plural_4),
            r(r"Interpreter roster applied: (?P<assigned>\d+) assignments, (?P<unstaffed>\d+) booths unstaffed, "
              r"(?P<changes>\d+) changes",
              lambda m: _fill(self.tr("Interpreter roster applied: {assigned} assignments, {unstaffed} booths unstaffed, {changes} changes"), **m.groupdict())),
            r(r"(?P<name>.+) assigned to the (?P<booth>[A-Z]+) booth of (?P<session>\S+) \(was (?P<was>[A-Z]+)\)",
              lambda m: _fill(self.tr("{name} assigned to the {booth} booth of {session} (was {was})"), **m.groupdict())),
            r(r"(?P<name>.+) assigned to the (?P<booth>[A-Z]+) booth of (?P<session>\S+)",
              lambda m: _fill(self.tr("{name} assigned to the {booth} booth of {session}"), **m.groupdict())),
            r(r"(?P<name>.+) taken out of the (?P<booth>[A-Z]+) booth of (?P<session>\S+)",
              lambda m: _fill(self.tr("{name} taken out of the {booth} booth of {session}"), **m.groupdict())),
            r(r"Assignment to (?P<session>\S+) (?P<booth>[A-Z]+) locked",
              lambda m: _fill(self.tr("Assignment to {session} {booth} locked"), **m.groupdict())),
            r(r"Assignment to (?P<session>\S+) (?P<booth>[A-Z]+) unlocked",
              lambda m: _fill(self.tr("Assignment to {session} {booth} unlocked"), **m.groupdict())),
            r(r"Interpreter (?P<name>.+) deleted \((?P<n>\d+) assignments removed\)",
              self._plural_5),
            r(r"Interpreter (?P<name>.+) created", lambda m: _fill(self.tr("Interpreter {name} created"), **m.groupdict())),
            r(r"Interpreter (?P<name>.+) edited", lambda m: _fill(self.tr("Interpreter {name} edited"), **m.groupdict())),
            r(r"Availability of (?P<name>.+): available always",
              lambda m: _fill(self.tr("Availability of {name}: available always"), **m.groupdict())),
            r(r"Availability of (?P<name>.+): not available (?P<when>.+)",
              lambda m: _fill(self.tr("Availability of {name}: not available {when}"), **m.groupdict())),
            r(r"Interpreting rules changed \((?P<what>.*)\)",
              lambda m: _fill(self.tr("Interpreting rules changed ({what})"), what=_word(m["what"]))),
            r(r"Acknowledged (?P<what>.+)", lambda m: _fill(self.tr("Accepted {what}"), **m.groupdict())),
            r(r"Withdrew acknowledgement of (?P<what>.+)",
              lambda m: _fill(self.tr("Withdrew the acceptance of {what}"), **m.groupdict())),
            r(r"Programme settings: turnover (?P<minutes>\d+) min, venue (?P<opens>\S+)–(?P<closes>\S+)",
              lambda m: _fill(self.tr("Programme settings: turnover {minutes} min, venue {opens}–{closes}"), **m.groupdict())),
            r(r"Moved (?P<code>\S+) to unscheduled", lambda m: _fill(self.tr("Moved {code} to unscheduled"), **m.groupdict())),
            r(r"Moved (?P<code>\S+) to (?P<where>.+)", lambda m: _fill(self.tr("Moved {code} to {where}"), **m.groupdict())),
            r(r"Deleted session (?P<code>\S+) \((?P<signups>\d+) sign-ups, (?P<waiting>\d+) waiting\)",
              lambda m: _fill(self.tr("Deleted session {code} ({signups} sign-ups, {waiting} waiting)"), **m.groupdict())),
            r(r"(?P<name>.+) no longer (?P<roles>.+) in (?P<code>\S+)",
              lambda m: _fill(self.tr("{name} no longer {roles} in {code}"), name=m["name"], code=m["code"],
                              roles=", ".join(_word(x) for x in m["roles"].split(", ")))),
            r(r"(?P<name>.+) (?P<role>speaker|moderator|rapporteur|panellist) in (?P<code>\S+)",
              lambda m: _fill(self.tr("{name} {role} in {code}"), name=m["name"], role=_word(m["role"]), code=m["code"])),
            r(r"Added operator (?P<name>.+) \((?P<role>clerk|organiser|administrator)\)",
              lambda m: _fill(self.tr("Added operator {name} ({role})"), name=m["name"], role=_role(m["role"]))),
            r(r"Deactivated operator (?P<name>.+)", lambda m: _fill(self.tr("Deactivated operator {name}"), **m.groupdict())),
            r(r"Reactivated operator (?P<name>.+)", lambda m: _fill(self.tr("Reactivated operator {name}"), **m.groupdict())),
            r(r"Changed the PIN of (?P<name>.+)", lambda m: _fill(self.tr("Changed the PIN of {name}"), **m.groupdict())),
            r(r"(?P<name>.+): (?P<before>clerk|organiser|administrator) → (?P<after>clerk|organiser|administrator)",
              lambda m: _fill(self.tr("{name}: {before} → {after}"), name=m["name"], before=_role(m["before"]),
                              after=_role(m["after"]))),
        ]

    def _plural_0(self, m: re.Match[str]) -> str:
        n = count(m)
        return _fill(self.tr("Printed %n badge(s) ({issued} newly issued, layout {layout}) to {file}", "", n),
                          issued=m["issued"], layout=m["layout"], file=m["file"])

    def _plural_1(self, m: re.Match[str]) -> str:
        n = count(m)
        return self.tr("Erased the personal data of %n participant(s) (everyone)", "", n)

    def _plural_2(self, m: re.Match[str]) -> str:
        n = count(m)
        return self.tr("Erased the personal data of %n participant(s)", "", n)

    def _plural_3(self, m: re.Match[str]) -> str:
        n = count(m)
        return _fill(self.tr("Exported %n row(s) ({what}) to {file} ({format}), with sensitive data", "", n),
                          what=entity_text(m["what"]), file=m["file"], format=m["format"])

    def _plural_4(self, m: re.Match[str]) -> str:
        n = count(m)
        return _fill(self.tr("Exported %n row(s) ({what}) to {file} ({format})", "", n),
                          what=entity_text(m["what"]), file=m["file"], format=m["format"])

    def _plural_5(self, m: re.Match[str]) -> str:
        n = count(m)
        return _fill(self.tr("Interpreter {name} deleted (%n assignment(s) removed)", "", n), name=m["name"])


_SUMMARIES: AuditSummaries | None = None
_RULES: list[Rule] = []


def summary_text(summary: str) -> str:
    """The summary in the interface language (as written when no rule knows it)."""
    global _SUMMARIES, _RULES
    if _SUMMARIES is None:
        _SUMMARIES = AuditSummaries()
        _RULES = _SUMMARIES.rules()
    for pattern, make in _RULES:
        match = pattern.match(summary)
        if match:
            return make(match)
    return summary
