"""Certificates of attendance, built from the check-in records, each with a signed code.

A person gets a certificate for the days (and sessions) they were admitted to.  Someone who
never checked in gets none, unless an organiser allows it (``allow_certificate``: a
``certificate_override`` row and an audit entry, in one transaction).  The code on the
certificate (codes.py) verifies offline with the conference's secret.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.documents import layout
from ..foundation.documents.strings import city_name, long_date
from ..foundation.models import CertificateOverride, CheckInEvent, CheckInOutcome, Participant
from . import codes, people
from .doc_text import text
from .letters import _letterhead_story, signature_story, styles
from .settings import load_letterhead


class NoAttendance(people.CommunicationsError):
    """The person never checked in and no organiser allowed a certificate."""


@dataclass
class Certificate:
    participant_id: int
    lang: str
    name: str
    latin_name: str
    delegation: str
    days: list[dt.date]
    sessions: list[str]
    overridden: bool
    code: str


def certificate(db: Database, participant_id: int, lang: str | None = None) -> Certificate:
    """What ``participant_id``'s certificate says (raises NoAttendance when there is none to give)."""
    with db.session() as s:
        person = people.person_facts(s, participant_id, lang)
        conf = people.conference_facts(s, person.lang)
        seen = people.attendance(s, participant_id, person.lang)
        overridden = s.scalar(select(CertificateOverride.id)
                              .where(CertificateOverride.participant_id == participant_id)) is not None
    if not seen.days and not overridden:
        raise NoAttendance(f"Participant {participant_id} never checked in: no certificate (an organiser may "
                           "allow one with `certificates allow`).")
    code = codes.make_code(conf.secret, conf.code, participant_id, seen.days, conf.start)
    return Certificate(participant_id, person.lang, person.name, person.latin_name, person.delegation, seen.days,
                       seen.sessions, overridden and not seen.days, code)


def attended_ids(db: Database) -> list[int]:
    """Everyone with an admission or an override, by id."""
    with db.session() as s:
        ids = set(s.scalars(select(CheckInEvent.participant_id).where(
            CheckInEvent.outcome == CheckInOutcome.ADMITTED, CheckInEvent.participant_id.is_not(None)).distinct()))
        ids |= set(s.scalars(select(CertificateOverride.participant_id)))
    return sorted(ids)


def allow_certificate(db: Database, participant_id: int, reason: str, actor: Actor | None = None) -> None:
    """An organiser's decision: ``participant_id`` gets a certificate without a check-in (audited)."""
    reason = (reason or "").strip()
    if not reason:
        raise people.CommunicationsError("Say why this person gets a certificate without a check-in (--reason).")
    actor = actor or Actor()
    try:
        with db.session() as s:
            if s.get(Participant, participant_id) is None:
                raise people.CommunicationsError(f"No participant with id {participant_id}.")
            s.add(CertificateOverride(participant_id=participant_id, reason=reason[:300], operator=actor.operator))
            record(s, actor, "certificate override", "participant", participant_id,
                   summary=f"Allowed a certificate of attendance without a check-in: {reason}"[:300],
                   changes={"reason": reason})
    except IntegrityError:
        raise people.CommunicationsError(f"Participant {participant_id} is already allowed a certificate.") from None


def _story(db: Database, cert: Certificate) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer

    lang = cert.lang
    with db.session() as s:
        conf = people.conference_facts(s, lang)
    st = styles()
    story = _letterhead_story(load_letterhead(db), st)
    story += [Spacer(1, 10 * mm), layout.para(text("certificate_title", lang), st["doc_title"]), Spacer(1, 6 * mm)]
    of = text("of_delegation", lang, delegation=cert.delegation) if cert.delegation else ""
    story.append(layout.para(text("certify", lang, name=cert.name, of_delegation=of, conference=conf.name,
                                  venue=conf.venue, city=conf.city), st["letter"]))
    for day in cert.days:
        story.append(layout.para(f"•  {long_date(day, lang)}", st["letter"]))
    if cert.overridden:
        story.append(layout.para(text("no_attendance_override", lang), st["letter"]))
    if cert.sessions:
        story.append(layout.para(text("sessions_attended", lang), st["h2"]))
        for title in cert.sessions:
            story.append(layout.para(f"•  {title}", st["body"]))
    head = load_letterhead(db)
    story.append(layout.para(text("place_date", lang, place=city_name(head.place, lang) if head.place else conf.city,
                                  date=long_date(max(cert.days) if cert.days else conf.end, lang)), st["letter"]))
    story += signature_story(head, st)
    story += [Spacer(1, 12 * mm), layout.para(text("verification", lang, code=cert.code), st["body"], bold=True),
              layout.para(text("verification_hint", lang, code=cert.code), st["small"]), PageBreak()]
    return story


def write_certificates(db: Database, participant_ids: Sequence[int] | None, out: Path | str,
                       lang: str | None = None, actor: Actor | None = None) -> dict[str, Any]:
    """Certificates of ``participant_ids`` (None: everyone who attended) in one PDF, a page each.

    People without attendance or override are left out and listed in ``skipped``."""
    out = Path(out)
    ids = list(participant_ids) if participant_ids else attended_ids(db)
    story: list[Any] = []
    made: list[Certificate] = []
    skipped: list[dict[str, Any]] = []
    for pid in ids:
        try:
            cert = certificate(db, pid, lang)
        except people.CommunicationsError as exc:
            skipped.append({"participant_id": pid, "reason": str(exc)})
            continue
        made.append(cert)
        story += _story(db, cert)
    if not made:
        raise NoAttendance("No certificate to print: " + (skipped[0]["reason"] if skipped else "nobody attended."))
    story.pop()  # the last page break
    langs = sorted({c.lang for c in made})
    first = made[0]
    title = text("certificate_title", first.lang) + (f" — {first.latin_name}" if len(made) == 1 else "")
    with db.session() as s:
        conf = people.conference_facts(s, first.lang)
    layout.build_pdf(out, story, layout.DocInfo(title=title, lang=first.lang, author=conf.organisers,
                                                footer=f"{title} · {conf.name}"), margins_mm=(22, 22, 18, 18))
    with db.session() as s:
        record(s, actor or Actor(), "certificates", "participant", first.participant_id if len(made) == 1 else None,
               summary=f"Printed {len(made)} certificate(s) of attendance to {out.name}",
               changes={"file": str(out), "participant_ids": [c.participant_id for c in made], "languages": langs,
                        "codes": {str(c.participant_id): c.code for c in made}})
    return {"file": str(out), "certificates": len(made), "skipped": skipped,
            "codes": {str(c.participant_id): c.code for c in made}}


def certificate_bytes(db: Database, participant_id: int, lang: str | None = None) -> bytes:
    cert = certificate(db, participant_id, lang)
    fd, name = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        story = _story(db, cert)
        story.pop()
        with db.session() as s:
            conf = people.conference_facts(s, cert.lang)
        title = f"{text('certificate_title', cert.lang)} — {cert.latin_name}"
        layout.build_pdf(name, story, layout.DocInfo(title=title, lang=cert.lang, author=conf.organisers,
                                                     footer=f"{title} · {conf.name}"), margins_mm=(22, 22, 18, 18))
        return Path(name).read_bytes()
    finally:
        Path(name).unlink(missing_ok=True)


def verify(db: Database, code: str, lang: str = "en") -> dict[str, Any]:
    """``{"valid", "reason", "participant", "days"}``: the code checked with the conference's secret alone;
    the database then names the participant when it still holds them."""
    with db.session() as s:
        conf = people.conference_facts(s, lang)
        check = codes.check_code(conf.secret, conf.code, code, conf.start)
        participant = None
        if check.valid and check.participant_id is not None:
            p = s.get(Participant, check.participant_id)
            participant = {"id": check.participant_id, "name": p.latin_name if p is not None else None}
    reasons = {"ok": "genuine certificate of this conference",
               "malformed": "not a certificate code", "altered": "a character was changed or misread",
               "forged": "not signed by this conference (forged or altered)"}
    return {"valid": check.valid, "reason": reasons.get(check.reason, check.reason), "participant": participant,
            "days": [d.isoformat() for d in check.days]}
