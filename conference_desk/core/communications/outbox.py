"""The outbox: messages queued in the database, sent one by one, never twice.

State machine of ``mail_message.state``::

    queued ──claim──▶ sending ──server accepted──▶ sent
       ▲                 │ 4xx ──▶ retry (next_attempt_at = now + base·2^(attempts-1), ≤ 1 h) ──claim──▶ sending
       │                 │ 5xx, or 4xx after max_attempts ──▶ failed (server_answer kept)
       │                 └ process killed / connection lost mid-message ──▶ (still sending) ──next start──▶ unknown
       └──── resend (a person decides) ◀── unknown, failed          unknown ──mark sent──▶ sent

Crash safety: a message is claimed (``sending``, attempts + 1) in its own committed
transaction *before* the server is spoken to, and marked ``sent`` in another after the
server accepted it.  A sender that starts finds rows still ``sending`` from an interrupted
run and makes them ``unknown``: they are never resent automatically (the server may or may
not have them); everything else resumes.  The Message-ID is made at queue time and stays
the same across retries, so a recipient's mail program can tell a resent copy.

One sender at a time per database (the GUI's outbox or ``mail send``).
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import smtplib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select, update

from ..foundation.audit import Actor, record
from ..badges import codes as badge_codes
from ..foundation.db import Database
from ..foundation.models import (
    Badge,
    Category,
    Conference,
    Delegation,
    MailMessage,
    MailState,
    MemberState,
    Participant,
    ParticipantStatus,
    utcnow,
)
from . import people, smtp, templates
from .settings import MailSettings

ProgressCallback = Callable[[int, int], bool]


@dataclass
class Recipients:
    """Whom to write to (combined with AND; ``everyone`` alone means all). Cancelled people and people
    without an e-mail address are never written to (they are listed as skipped)."""

    everyone: bool = False
    delegation_iso3: str | None = None
    category_code: str | None = None
    not_confirmed: bool = False
    participant_ids: list[int] | None = None
    # The filters of the registration screen (core/registration.ParticipantQuery): search words,
    # delegation, category, region, arrival day, status.
    query: Any = None


@dataclass
class QueueResult:
    queued: list[int] = field(default_factory=list)  # mail_message ids
    participants: list[int] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    badges_issued: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"queued": len(self.queued), "message_ids": self.queued, "participants": self.participants,
                "skipped": self.skipped, "badges_issued": self.badges_issued}


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    retry_later: int = 0
    unknown: int = 0
    cancelled: bool = False
    error: str = ""

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"sent": self.sent, "failed": self.failed, "retry_later": self.retry_later,
                                "unknown": self.unknown}
        if self.cancelled:
            data["cancelled"] = True
        if self.error:
            data["error"] = self.error
        return data


# --------------------------------------------------------------------------
# Choosing recipients, previewing, queueing
# --------------------------------------------------------------------------


def select_recipients(db: Database, who: Recipients) -> list[int]:
    q = select(Participant.id).where(Participant.status != ParticipantStatus.CANCELLED)
    if who.delegation_iso3:
        q = (q.join(Delegation, Delegation.id == Participant.delegation_id)
             .join(MemberState, MemberState.id == Delegation.member_state_id)
             .where(MemberState.iso3 == who.delegation_iso3.strip().upper()))
    if who.category_code:
        q = q.join(Category, Category.id == Participant.category_id).where(Category.code == who.category_code)
    if who.not_confirmed:
        q = q.where(Participant.status == ParticipantStatus.REGISTERED)
    if who.query is not None:
        from ..people.registration import filter_conditions

        q = q.where(*filter_conditions(who.query))
    if who.participant_ids is not None:
        q = q.where(Participant.id.in_(list(who.participant_ids)))
    elif not (who.everyone or who.delegation_iso3 or who.category_code or who.not_confirmed
              or who.query is not None):
        return []
    with db.session() as s:
        return list(s.scalars(q.order_by(Participant.sort_name, Participant.id)))


def _badge_code_for_preview(person: people.PersonFacts) -> str:
    return person.badge_code or ""


# What a preview shows in place of a badge code that queueing will issue, in the message's language.
CODE_WHEN_QUEUED = {"en": "(issued when the message is queued)",
                    "fr": "(attribué quand le message est mis en file d'attente)",
                    "es": "(se asigna al poner el mensaje en cola)"}


def preview(db: Database, template: str, participant_id: int, lang: str | None = None, *,
            custom_subject: str = "", custom_body: str = "") -> templates.Rendered:
    """The message ``participant_id`` would get, exactly as it would be queued (no writes).

    Someone without a badge shows ``CODE_WHEN_QUEUED`` in place of the code in a confirmation: queueing issues it."""
    with db.session() as s:
        person = people.person_facts(s, participant_id, lang)
        conf = people.conference_facts(s, person.lang)
    cert_code = ""
    if template == "certificate":
        from .certificates import certificate

        cert_code = certificate(db, participant_id, person.lang).code
    return templates.render(template, conf, person, badge_code=person.badge_code or CODE_WHEN_QUEUED[person.lang],
                            certificate_code=cert_code, custom_subject=custom_subject, custom_body=custom_body)


def _issue_badge(s: Any, participant_id: int, key: badge_codes.CodeVerifier) -> str:
    last = s.scalar(select(func.max(Badge.version)).where(Badge.participant_id == participant_id)) or 0
    while True:
        code = key.make(badge_codes.new_serial(), last + 1)
        if s.scalar(select(Badge.id).where(Badge.code == code)) is None:
            break
    s.add(Badge(participant_id=participant_id, version=last + 1, code=code, layout="e-badge"))
    return code


def _domain(settings: MailSettings | None) -> str:
    if settings is not None and "@" in settings.sender:
        return settings.sender.rpartition("@")[2].strip() or "conference-desk.invalid"
    return "conference-desk.invalid"


def new_message_id(domain: str) -> str:
    return f"<{dt.datetime.now(dt.timezone.utc):%Y%m%d%H%M%S}.{secrets.token_hex(10)}@{domain}>"


def queue(db: Database, template: str, who: Recipients | Sequence[int], lang: str | None = None, *,
          custom_subject: str = "", custom_body: str = "", settings: MailSettings | None = None,
          actor: Actor | None = None) -> QueueResult:
    """Render and queue ``template`` for every recipient, in one transaction with its audit entry.

    A confirmation issues a badge (not printed) to whoever has none, so the e-badge carries the
    code the desk will scan; a certificate is queued only for people who attended or were allowed one."""
    if template not in templates.TEMPLATES:
        raise people.CommunicationsError(f"Unknown template {template!r}: one of {', '.join(templates.TEMPLATES)}.")
    if template == "message" and not (custom_subject.strip() and custom_body.strip()):
        raise people.CommunicationsError("A free message needs a subject and a text.")
    if settings is None:
        from .settings import load_settings

        settings = load_settings(db)
    actor = actor or Actor()
    ids = select_recipients(db, who) if isinstance(who, Recipients) else list(who)
    result = QueueResult()
    domain = _domain(settings)
    cert_codes: dict[int, str] = {}
    if template == "certificate":
        from .certificates import certificate

        keep = []
        for pid in ids:
            try:
                cert_codes[pid] = certificate(db, pid, lang).code
                keep.append(pid)
            except people.CommunicationsError as exc:
                result.skipped.append({"participant_id": pid, "reason": str(exc)})
        ids = keep
    with db.session() as s:
        conf_row = s.scalar(select(Conference).limit(1))
        if conf_row is None:
            raise people.CommunicationsError("The database has no conference.")
        key = badge_codes.CodeVerifier(bytes(conf_row.badge_secret), conf_row.code)
        for pid in ids:
            person = people.person_facts(s, pid, lang)
            if person.status == ParticipantStatus.CANCELLED.value:
                result.skipped.append({"participant_id": pid, "reason": "cancelled"})
                continue
            if "@" not in person.email:
                result.skipped.append({"participant_id": pid, "reason": "no e-mail address"})
                continue
            badge_code = person.badge_code or ""
            if template == "confirmation" and not badge_code:
                badge_code = _issue_badge(s, pid, key)
                s.flush()
                result.badges_issued += 1
            conf = people.conference_facts(s, person.lang)
            r = templates.render(template, conf, person, badge_code=badge_code,
                                 certificate_code=cert_codes.get(pid, ""), custom_subject=custom_subject,
                                 custom_body=custom_body)
            row = MailMessage(message_id=new_message_id(domain), template=template, lang=r.lang,
                              participant_id=pid, to_address=r.to_address, to_name=r.to_name[:250],
                              subject=r.subject[:300], body_text=r.text, body_html=r.html,
                              attachments=json.dumps(r.attachments), state=MailState.QUEUED, attempts=0,
                              server_answer="", queued_by=actor.operator)
            s.add(row)
            s.flush()
            result.queued.append(row.id)
            result.participants.append(pid)
        if result.queued:
            record(s, actor, "mail queue", "mail_message", None,
                   summary=f"Queued {len(result.queued)} '{template}' message(s)",
                   changes={"template": template, "messages": len(result.queued),
                            "participant_ids": result.participants, "badges_issued": result.badges_issued,
                            "skipped": len(result.skipped)})
    return result


# --------------------------------------------------------------------------
# Building the MIME message (attachments drawn now, from the current data)
# --------------------------------------------------------------------------


def _attachment(db: Database, kind: str, participant_id: int, lang: str,
                cache: dict[str, bytes] | None = None) -> tuple[bytes, str, str]:
    cache = {} if cache is None else cache
    if kind in ("badge_pdf", "badge_png"):
        if "badge_pdf" not in cache:
            from dataclasses import replace

            from ..badges import render as badge_render, service as badge_service

            style = replace(badge_service.load_style(db), layout="a6", language=lang)
            (data,) = badge_service.badge_data(db, [participant_id], style)
            cache["badge_pdf"] = badge_render.render_badge_pdf_bytes(data, style)
        if kind == "badge_pdf":
            return cache["badge_pdf"], "application", "pdf"
        return _png_of(cache["badge_pdf"]), "image", "png"
    if kind == "letter":
        from .letters import invitation_letter_bytes

        return invitation_letter_bytes(db, participant_id, lang), "application", "pdf"
    if kind == "certificate":
        from .certificates import certificate_bytes

        return certificate_bytes(db, participant_id, lang), "application", "pdf"
    if kind == "agenda":
        import os
        import tempfile

        from ..programme.agenda import write_personal_agenda
        from ..transport.service import transfers_of

        fd, name = tempfile.mkstemp(suffix=".pdf")
        os.close(fd)
        try:
            write_personal_agenda(db, participant_id, Path(name), lang, transfers_of(db, participant_id, lang))
            return Path(name).read_bytes(), "application", "pdf"
        finally:
            Path(name).unlink(missing_ok=True)
    raise people.CommunicationsError(f"Unknown attachment kind {kind!r}.")


def _png_of(pdf: bytes, dpi: int = 150) -> bytes:
    """The badge page as PNG (the same PDF rasterised: what a phone shows is what prints)."""
    import io

    from ..badges.render import _rasterise

    (image,) = _rasterise(pdf, dpi)
    try:
        out = io.BytesIO()
        image.save(out, format="PNG", dpi=(dpi, dpi))
        return out.getvalue()
    finally:
        image.close()


def build_message(db: Database, row: MailMessage | Any, settings: MailSettings, sender_name: str = "") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((sender_name, settings.sender)) if sender_name else settings.sender
    msg["To"] = formataddr((row.to_name, row.to_address)) if row.to_name else row.to_address
    if settings.reply_to:
        msg["Reply-To"] = settings.reply_to
    msg["Subject"] = row.subject
    msg["Message-ID"] = row.message_id
    msg["Date"] = format_datetime(dt.datetime.now(dt.timezone.utc))
    msg.set_content(row.body_text)
    if row.body_html:
        msg.add_alternative(row.body_html, subtype="html")
    cache: dict[str, bytes] = {}
    for item in json.loads(row.attachments or "[]"):
        if row.participant_id is None:
            raise people.CommunicationsError("The participant of this message no longer exists.")
        data, maintype, subtype = _attachment(db, item["kind"], row.participant_id, row.lang, cache)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=item["filename"])
    msg["Content-Language"] = row.lang  # after the parts: set_content moves Content-* headers
    return msg


# --------------------------------------------------------------------------
# Sending
# --------------------------------------------------------------------------


def recover_interrupted(db: Database, actor: Actor | None = None, older_than: dt.timedelta | None = None) -> int:
    """Messages left ``sending`` by an interrupted run become ``unknown`` (a person decides).

    ``older_than``: only those claimed that long ago (the screen, which must not take the message
    a running sender is transmitting; a sender itself takes them all before it starts)."""
    with db.session() as s:
        q = select(MailMessage.id).where(MailMessage.state == MailState.SENDING)
        if older_than is not None:
            q = q.where(MailMessage.sending_at < utcnow() - older_than)
        ids = list(s.scalars(q))
        if not ids:
            return 0
        s.execute(update(MailMessage).where(MailMessage.id.in_(ids), MailMessage.state == MailState.SENDING)
                  .values(state=MailState.UNKNOWN, updated_at=utcnow(),
                          server_answer="sending was interrupted: the server may or may not have it")
                  .execution_options(synchronize_session=False))
        record(s, actor or Actor(), "mail unknown", "mail_message", None,
               summary=f"{len(ids)} message(s) whose sending was interrupted are now 'unknown'",
               changes={"message_ids": ids})
    return len(ids)


def _due(s: Any, now: dt.datetime) -> Any:
    return (select(MailMessage.id)
            .where(or_(MailMessage.state == MailState.QUEUED,
                       (MailMessage.state == MailState.RETRY) & (or_(MailMessage.next_attempt_at.is_(None),
                                                                     MailMessage.next_attempt_at <= now))))
            .order_by(MailMessage.id))


def due_count(db: Database, now: dt.datetime | None = None) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(_due(s, now or utcnow()).subquery())) or 0)


def _claim(db: Database, message_id: int) -> bool:
    with db.session() as s:
        changed = s.execute(
            update(MailMessage)
            .where(MailMessage.id == message_id, MailMessage.state.in_([MailState.QUEUED, MailState.RETRY]))
            .values(state=MailState.SENDING, attempts=MailMessage.attempts + 1, sending_at=utcnow(),
                    updated_at=utcnow())
            .execution_options(synchronize_session=False)).rowcount
        return changed == 1


def _finish(db: Database, message_id: int, state: MailState, answer: str, actor: Actor,
            next_at: dt.datetime | None = None) -> None:
    with db.session() as s:
        row = s.get(MailMessage, message_id)
        assert row is not None
        row.state = state
        row.server_answer = answer[:2000]
        row.next_attempt_at = next_at
        if state == MailState.SENT:
            row.sent_at = utcnow()
        action = {MailState.SENT: "mail sent", MailState.FAILED: "mail failed", MailState.RETRY: "mail retry",
                  MailState.UNKNOWN: "mail unknown"}[state]
        record(s, actor, action, "participant", row.participant_id,
               summary=f"{action.split()[1].capitalize()}: '{row.subject}' to {row.to_address}"[:300],
               changes={"mail_message_id": row.id, "message_id": row.message_id, "template": row.template,
                        "to": row.to_address, "subject": row.subject, "attempt": row.attempts,
                        "answer": answer[:500]})


def backoff(settings: MailSettings, attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=min(3600, max(1, settings.retry_base_seconds) * 2 ** max(0, attempts - 1)))


def send_pending(db: Database, settings: MailSettings, password: str | None = None, *, limit: int | None = None,
                 progress: ProgressCallback | None = None, actor: Actor | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> SendReport:
    """Send the messages that are due, one at a time (see the module's state machine).

    ``progress(done, total)`` returning False stops after the current message (Cancel)."""
    actor = actor or Actor()
    report = SendReport()
    recover_interrupted(db, actor)
    problems = settings.problems()
    if problems:
        report.error = "Mail settings incomplete: " + "; ".join(problems) + "."
        report.retry_later, report.unknown = _open_counts(db)
        return report
    with db.session() as s:
        ids = list(s.scalars(_due(s, utcnow())))
        sender_name = s.scalar(select(Conference.short_name).limit(1)) or ""
    if limit is not None:
        ids = ids[:limit]
    total = len(ids)
    server: smtplib.SMTP | None = None
    pause = 60.0 / settings.throttle_per_minute if settings.throttle_per_minute > 0 else 0.0
    try:
        for done, message_id in enumerate(ids):
            if progress is not None and progress(done, total) is False:
                report.cancelled = True
                break
            if done and pause:
                sleep(pause)
            if server is None:
                try:
                    server = smtp.connect(settings, password)
                except smtp.SmtpUnavailable as exc:
                    report.error = str(exc)
                    break
            with db.session() as s:
                row = s.get(MailMessage, message_id)
                s.expunge(row)
            try:
                message = build_message(db, row, settings, sender_name)
            except Exception as exc:  # noqa: BLE001 - a message that cannot be built fails alone
                if _claim(db, message_id):
                    _finish(db, message_id, MailState.FAILED, f"could not build the message: {exc}", actor)
                    report.failed += 1
                continue
            if not _claim(db, message_id):
                continue  # taken by another sender meanwhile
            try:
                server.send_message(message, from_addr=settings.sender, to_addrs=[row.to_address])
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError,
                    smtplib.SMTPResponseException) as exc:
                text = smtp.answer(exc)
                attempts = row.attempts + 1
                if smtp.is_temporary(exc) and attempts < settings.max_attempts:
                    _finish(db, message_id, MailState.RETRY, text, actor, utcnow() + backoff(settings, attempts))
                else:
                    _finish(db, message_id, MailState.FAILED, text, actor)
                    report.failed += 1
                _reset(server)
                continue
            except (OSError, smtplib.SMTPException) as exc:
                # The connection broke during the message: the server may or may not have it.
                _finish(db, message_id, MailState.UNKNOWN, f"connection lost while sending: {exc}", actor)
                server = None
                continue
            _finish(db, message_id, MailState.SENT, "250 accepted", actor)
            report.sent += 1
        else:
            if progress is not None:
                progress(total, total)
    finally:
        if server is not None:
            try:
                server.quit()
            except (OSError, smtplib.SMTPException):
                pass
    report.retry_later, report.unknown = _open_counts(db)
    return report


def _reset(server: smtplib.SMTP) -> None:
    try:
        server.rset()
    except (OSError, smtplib.SMTPException):
        pass


def _open_counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        counts = dict(s.execute(select(MailMessage.state, func.count()).group_by(MailMessage.state)).all())
    return int(counts.get(MailState.RETRY, 0)), int(counts.get(MailState.UNKNOWN, 0))


# --------------------------------------------------------------------------
# Reading the outbox, and a person's decisions
# --------------------------------------------------------------------------


def _as_dict(row: Any) -> dict[str, Any]:
    def when(value: dt.datetime | None) -> str | None:
        return value.isoformat(timespec="seconds") if value else None

    return {"id": row.id, "message_id": row.message_id, "template": row.template, "lang": row.lang,
            "participant_id": row.participant_id, "to": row.to_address, "name": row.to_name,
            "subject": row.subject, "state": getattr(row.state, "value", row.state), "attempts": row.attempts,
            "next_attempt_at": when(row.next_attempt_at), "server_answer": row.server_answer,
            "created_at": when(row.created_at), "sent_at": when(row.sent_at)}


def outbox(db: Database, state: str | None = None, participant_id: int | None = None,
           limit: int = 5000) -> list[dict[str, Any]]:
    q = select(MailMessage).order_by(MailMessage.id.desc()).limit(limit)
    if state:
        q = q.where(MailMessage.state == MailState(state))
    if participant_id is not None:
        q = q.where(MailMessage.participant_id == participant_id)
    with db.session() as s:
        return [_as_dict(r) for r in s.scalars(q)]


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        found = dict(s.execute(select(MailMessage.state, func.count()).group_by(MailMessage.state)).all())
    return {state.value: int(found.get(state, 0)) for state in MailState}


def message_detail(db: Database, mail_message_id: int) -> MailMessage | None:
    with db.session() as s:
        row = s.get(MailMessage, mail_message_id)
        if row is not None:
            s.expunge(row)
        return row


def _decide(db: Database, ids: Sequence[int], from_states: tuple[MailState, ...], to: MailState, action: str,
            actor: Actor | None) -> int:
    actor = actor or Actor()
    with db.session() as s:
        rows = list(s.scalars(select(MailMessage).where(MailMessage.id.in_(list(ids)),
                                                        MailMessage.state.in_(from_states))))
        for row in rows:
            row.state = to
            row.next_attempt_at = None
            if to == MailState.SENT:
                row.sent_at = utcnow()
            record(s, actor, action, "participant", row.participant_id,
                   summary=f"{action}: '{row.subject}' to {row.to_address}"[:300],
                   changes={"mail_message_id": row.id, "message_id": row.message_id})
        return len(rows)


def resend(db: Database, ids: Sequence[int], actor: Actor | None = None) -> int:
    """Queue again messages that failed or whose fate is unknown (same Message-ID)."""
    return _decide(db, ids, (MailState.UNKNOWN, MailState.FAILED, MailState.SENT), MailState.QUEUED,
                   "mail resend", actor)


def mark_sent(db: Database, ids: Sequence[int], actor: Actor | None = None) -> int:
    """A person confirmed that an 'unknown' message did arrive."""
    return _decide(db, ids, (MailState.UNKNOWN,), MailState.SENT, "mail marked sent", actor)
