"""Personal data: sensitive fields, masks for desk clerks, erasure after the event.

* **Sensitive fields** (:data:`SENSITIVE_FIELDS`): passport number, date of
  birth and phone.  All optional.  A desk clerk sees them masked
  (:func:`mask_sensitive`: ``•••• 123`` for a passport, ``•••• 78`` for a phone,
  the date of birth not at all); only roles with the permission
  :data:`SENSITIVE_PERMISSION` (organisers, administrators) see them in full.
  Exports leave them out unless asked for (``core/people/exporting.py``,
  ``include_sensitive``), and the audit log keeps them masked.
* **Erasure** (:func:`erase_personal_data`): after the event, a participant's
  (or everyone's) personal data is replaced or cleared in one transaction,
  keeping what the statistics need (category, delegation and so country and
  region, gender, arrival and departure days, check-in events without their
  codes), so the dashboard still adds up.  Badges are revoked, the search words
  rewritten, and the audit log is scrubbed of the erased values (entries about
  the person lose their text values, and names, e-mails, phones and passport
  numbers are blanked wherever else they appear).  On SQLite the erasure runs
  with ``secure_delete`` and checkpoints the WAL, so the old values do not
  linger in free pages of the file.

A backup or a copy of the database taken *before* the erasure still holds
everything: erase those files too (see ARCHITECTURE.md, "Privacy").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import String, bindparam, cast, func, literal, select, update
from sqlalchemy.orm import Session

from ..foundation import audit
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text
from ..foundation.models import (
    MailMessage,
    AuditEntry,
    Badge,
    CheckInEvent,
    Gender,
    Participant,
    RoomAssignment,
    index_search_words,
    utcnow,
)
from ..people.sensitive import (  # noqa: F401 - re-exported for the privacy commands
    SENSITIVE_FIELDS,
    SENSITIVE_PERMISSION,
    mask_sensitive,
)

ERASED = "[erased]"
ERASED_NAME = "Erased participant #{id}"


class PrivacyError(ConferenceDeskError):
    """An erasure could not be done (message for the user); nothing was changed."""


# --------------------------------------------------------------------------
# Masks and who may see what
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Validation of the sensitive fields (used by registration and import)
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Erasure
# --------------------------------------------------------------------------

# Participant columns cleared by an erasure (text to "", the others to NULL).
_CLEARED_TEXT = (
    "title", "given_name", "given_name_latin", "family_name_latin", "position", "organisation", "city",
    "email", "phone", "passport_number", "sharer_note", "accessibility_needs", "dietary_needs", "notes",
    # a flight and its date say where a person was: personal data (migration 0012)
    "arrival_flight", "arrival_terminal", "departure_flight", "departure_terminal",
)
_CLEARED_NULL = ("external_id", "date_of_birth", "arrival_time", "departure_time")
# Cleared as well when the statistics need not be kept.
_STATISTICS = {"gender": Gender.UNSPECIFIED, "arrival_date": None, "departure_date": None}

_TOKEN = re.compile(r"\w(?:[\w.@+'’-]*\w)?")
_CHUNK = 500


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


class _Scrubber:
    """Blanks the erased people's names, e-mails, phones and passport numbers in free text.

    Texts are cut into words; a term (one or more words) matches a run of words.
    Linear in the length of the text, whatever the number of people erased.
    """

    def __init__(self) -> None:
        self.terms: dict[str, set[tuple[str, ...]]] = {}

    def add(self, text: str | None, single_word: bool = True) -> None:
        words = tuple(_tokens(text or ""))
        if not words:
            return
        if len(words) == 1:
            word = words[0]
            if not single_word or len(word) < 3 or (word.isdigit() and len(word) < 5):
                return  # too short or too common to blank on its own
        self.terms.setdefault(words[0], set()).add(words)

    def add_person(self, row: Mapping[str, Any]) -> None:
        given, family = row["given_name"] or "", row["family_name"] or ""
        given_l, family_l = row["given_name_latin"] or "", row["family_name_latin"] or ""
        for text in (f"{given} {family}", f"{family} {given}", f"{given_l} {family_l}",
                     f"{family_l} {given_l}", row["badge_name"], row["email"], row["phone"],
                     row["passport_number"], row["external_id"]):
            self.add(text)
        for text in (family, family_l):
            self.add(text)  # a family name alone ("Ñúñez: moved to …")
        if row["email"] and "@" in row["email"]:
            self.add(row["email"].split("@")[0])  # the e-mail's local part

    def scrub(self, text: str) -> str:
        if not text or not self.terms:
            return text
        matches = list(_TOKEN.finditer(text))
        words = [m.group().casefold() for m in matches]
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            best = 0
            for term in self.terms.get(words[i], ()):
                n = len(term)
                if n > best and tuple(words[i:i + n]) == term:
                    best = n
            if best:
                spans.append((matches[i].start(), matches[i + best - 1].end()))
                i += best
            else:
                i += 1
        if not spans:
            return text
        out, last = [], 0
        for start, end in spans:
            out.append(text[last:start])
            out.append(ERASED)
            last = end
        out.append(text[last:])
        return "".join(out)


def _blank_strings(value: Any) -> Any:
    """Every text inside a JSON value replaced by :data:`ERASED` (numbers, booleans, keys kept)."""
    if isinstance(value, str):
        return ERASED if value else value
    if isinstance(value, list):
        return [_blank_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: _blank_strings(v) for k, v in value.items()}
    return value


def _redact_audit(session: Session, ids: set[int] | None, scrubber: _Scrubber) -> int:
    """Scrub the audit log (in pages by id); returns how many entries changed."""
    changed = 0
    last = 0
    table = AuditEntry.__table__
    stmt = update(table).where(table.c.id == bindparam("b_id")).values(
        summary=bindparam("b_summary"), changes=bindparam("b_changes"))
    while True:
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                   AuditEntry.summary, AuditEntry.changes)
            .where(AuditEntry.id > last).order_by(AuditEntry.id).limit(2000)
        ).all()
        if not rows:
            break
        last = rows[-1].id
        batch = []
        for row in rows:
            summary, changes = row.summary or "", row.changes or "{}"
            about_erased = row.entity == "participant" and row.entity_id is not None and (
                ids is None or row.entity_id in ids)
            if about_erased:
                summary = f"{row.action}: participant #{row.entity_id} (personal data erased)"
                try:
                    changes = json.dumps(_blank_strings(json.loads(changes)), ensure_ascii=False, sort_keys=True)
                except ValueError:
                    changes = "{}"
            else:
                try:
                    data = json.loads(changes)
                except ValueError:
                    data = None
                # An import's per-person changes ({"updated": {"12": {...}}}) name erased people by id.
                updated = data.get("updated") if isinstance(data, dict) else None
                if isinstance(updated, dict):
                    for key in list(updated):
                        if key.isdigit() and (ids is None or int(key) in ids):
                            updated[key] = _blank_strings(updated[key])
                    changes = json.dumps(data, ensure_ascii=False, sort_keys=True)
            summary, changes = scrubber.scrub(summary), scrubber.scrub(changes)
            if summary != row.summary or changes != row.changes:
                batch.append({"b_id": row.id, "b_summary": summary[:300], "b_changes": changes})
        if batch:
            session.execute(stmt, batch)
            changed += len(batch)
    return changed


def erase_personal_data(
    db: Database,
    participant_ids: Iterable[int] | str,
    actor: audit.Actor | None = None,
    keep_statistics: bool = True,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """Erase the personal data of participants (``"all"``: everyone) in one transaction.

    Names become "Erased participant #id"; contact details, passport, date of
    birth, phone, e-mail, position, organisation, city, notes, sharer notes,
    accessibility and dietary text, the external registration id and the search
    words are cleared; badges are revoked; check-in events lose their scanned
    codes; room assignments their special requests and confirmation numbers;
    the audit log is scrubbed.  With ``keep_statistics`` (the default) category,
    delegation (country, region), gender, arrival and departure days, status and
    check-in events stay, so reports still add up; without it gender and the
    travel days are cleared too.  Returns counts (no erased value).
    """
    actor = actor or audit.Actor()
    now = now or utcnow()
    everyone = isinstance(participant_ids, str)
    if everyone and participant_ids != "all":
        raise PrivacyError(Text("Say which participants to erase, or all of them."))
    wanted: list[int] = [] if everyone else sorted({int(i) for i in participant_ids})  # type: ignore[union-attr]
    if not everyone and not wanted:
        raise PrivacyError(Text("Say which participants to erase, or all of them."))
    sqlite = db.engine.dialect.name == "sqlite"
    with db.session() as session:
        if sqlite:
            session.execute(select(literal(1)))  # the transaction is open: SQLite's pragma applies to it
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        if everyone:
            wanted = list(session.scalars(select(Participant.id).order_by(Participant.id)))
        else:
            found: set[int] = set()
            for start in range(0, len(wanted), _CHUNK):
                found.update(session.scalars(select(Participant.id).where(
                    Participant.id.in_(wanted[start:start + _CHUNK]))))
            missing = [i for i in wanted if i not in found]
            if missing:
                raise PrivacyError(Text("No participant #{id}: nothing was erased.", id=missing[0]))
        scrubber = _Scrubber()
        badges = checkins = assignments = 0
        name_expr = literal("Erased participant #") + cast(Participant.id, String)
        search_expr = literal("erased participant ") + cast(Participant.id, String)
        values: dict[str, Any] = {name: "" for name in _CLEARED_TEXT}
        values.update({name: None for name in _CLEARED_NULL})
        if not keep_statistics:
            values.update(_STATISTICS)
        values.update(family_name=name_expr, badge_name=name_expr, search_text=search_expr,
                      sort_name=search_expr, updated_at=now, row_version=Participant.row_version + 1)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            for row in session.execute(
                select(Participant.given_name, Participant.family_name, Participant.given_name_latin,
                       Participant.family_name_latin, Participant.badge_name, Participant.email,
                       Participant.phone, Participant.passport_number, Participant.external_id)
                .where(Participant.id.in_(chunk))
            ).mappings():
                if not str(row["family_name"]).startswith("Erased participant #"):
                    scrubber.add_person(row)
            session.execute(update(Participant).where(Participant.id.in_(chunk)).values(**values)
                            .execution_options(synchronize_session=False))
            index_search_words(session.connection(), [(pid, f"erased participant {pid}") for pid in chunk])
            badges += session.execute(
                update(Badge).where(Badge.participant_id.in_(chunk), Badge.revoked_at.is_(None))
                .values(revoked_at=now, revoke_reason="personal data erased")
                .execution_options(synchronize_session=False)).rowcount or 0
            checkins += session.execute(
                update(CheckInEvent).where(CheckInEvent.participant_id.in_(chunk), CheckInEvent.scanned_code != "")
                .values(scanned_code="").execution_options(synchronize_session=False)).rowcount or 0
            assignments += session.execute(
                update(RoomAssignment).where(RoomAssignment.participant_id.in_(chunk))
                .values(special_requests="", confirmation="").execution_options(synchronize_session=False)
            ).rowcount or 0
            # Messages written to them (issue 19): state, template, Message-ID and times stay; address,
            # name and the rendered text go.
            session.execute(
                update(MailMessage).where(MailMessage.participant_id.in_(chunk))
                .values(to_address="", to_name="", subject="", body_text="", body_html="")
                .execution_options(synchronize_session=False))
        redacted = _redact_audit(session, None if everyone else set(wanted), scrubber)
        audit.record(
            session, actor, "erase personal data", "participant", wanted[0] if len(wanted) == 1 else None,
            summary=f"Erased the personal data of {len(wanted)} participant(s)"
                    + (" (everyone)" if everyone else ""),
            changes={"participants": wanted if len(wanted) <= 1000 else len(wanted), "everyone": everyone,
                     "keep_statistics": keep_statistics, "badges_revoked": badges,
                     "audit_entries_scrubbed": redacted},
        )
        total = session.scalar(select(func.count()).select_from(Participant)) or 0
    if sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {
        "erased": len(wanted),
        "everyone": everyone,
        "keep_statistics": keep_statistics,
        "badges_revoked": badges,
        "checkins_scrubbed": checkins,
        "room_assignments_scrubbed": assignments,
        "audit_entries_scrubbed": redacted,
        "participants_total": int(total),
    }
