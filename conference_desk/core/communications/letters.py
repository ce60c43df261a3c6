"""The visa invitation letter (PDF in the participant's language, on the organisers' letterhead).

It names the person, nationality, passport number, purpose, dates and who pays.  The passport
number is sensitive (core/safety/privacy.py): the letter is written only on request (CLI ``letters
invitation``, the invitation message), and the audit entry records that a letter with the
passport was made, never the number itself.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.documents import layout
from ..foundation.documents.strings import city_name, long_date
from ..people.sensitive import mask_sensitive
from . import people
from .doc_text import text
from .settings import Letterhead, load_letterhead


def _letterhead_story(head: Letterhead, st: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Spacer

    story: list[Any] = []
    for i, line in enumerate(x for x in head.organisation.splitlines() if x.strip()):
        story.append(layout.para(line.strip(), st["title"] if i == 0 else st["h2"]))
    for line in (x for x in head.address.splitlines() if x.strip()):
        story.append(layout.para(line.strip(), st["small"]))
    story.append(HRFlowable(width="100%", thickness=0.8, spaceBefore=3 * mm, spaceAfter=6 * mm))
    story.append(Spacer(1, 2 * mm))
    return story


def signature_story(head: Letterhead, st: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    story: list[Any] = [Spacer(1, 16 * mm)]
    if head.signatory_name:
        story.append(layout.para(head.signatory_name, st["body"], bold=True))
    if head.signatory_title:
        story.append(layout.para(head.signatory_title, st["body"]))
    return story


def styles() -> dict[str, Any]:
    st = layout.paragraph_styles()
    from reportlab.lib.styles import ParagraphStyle

    st["letter"] = ParagraphStyle("letter", parent=st["body"], fontSize=10.5, leading=15, spaceAfter=8)
    st["right"] = ParagraphStyle("right", parent=st["body"], fontSize=10.5, leading=15, alignment=2)
    st["doc_title"] = ParagraphStyle("doc_title", parent=st["title"], fontSize=16, leading=20, spaceAfter=10)
    return st


def _write_invitation(db: Database, participant_id: int, out: Path, lang: str | None,
                      today: dt.date | None) -> tuple[people.PersonFacts, str]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    conf, person = people.load(db, participant_id, lang)
    lang = person.lang
    head = load_letterhead(db)
    st = styles()
    story = _letterhead_story(head, st)
    place = city_name(head.place, lang) if head.place else conf.city
    story.append(layout.para(text("place_date", lang, place=place, date=long_date(today or dt.date.today(), lang)),
                             st["right"]))
    story.append(Spacer(1, 6 * mm))
    if conf.country:
        story.append(layout.para(text("to_consulate", lang, country=conf.country), st["letter"]))
    story.append(layout.para(text("invitation_title", lang), st["doc_title"]))
    role = ", ".join(x for x in (person.position, person.organisation or person.delegation) if x) or person.category
    story.append(layout.para(text("invite", lang, conference=conf.name, organisers=conf.organisers or conf.name,
                                  name=person.name, role=role, venue=conf.venue, city=conf.city,
                                  start=long_date(conf.start, lang), end=long_date(conf.end, lang)), st["letter"]))
    rows = [(text("full_name", lang), person.name)]
    if person.nationality:
        rows.append((text("nationality", lang), person.nationality))
    if person.passport:
        rows.append((text("passport", lang), person.passport))
    if person.date_of_birth:
        rows.append((text("date_of_birth", lang), person.date_of_birth))
    if person.position:
        rows.append((text("position", lang), person.position))
    rows.append((text("purpose", lang), text("purpose_text", lang, conference=conf.name,
                                             category=person.category.lower() if lang != "en" else person.category)))
    rows.append((text("dates_of_stay", lang), text(
        "stay_text", lang, arrival=person.arrival or long_date(conf.arrival, lang),
        departure=person.departure or long_date(conf.departure, lang))))
    rows.append((text("costs", lang), text("costs_organiser" if person.hotel_funded else "costs_guest", lang)))
    table = Table([[layout.para(k, st["body"], bold=True), layout.para(v, st["body"])] for k, v in rows],
                  colWidths=[45 * mm, 125 * mm])
    table.setStyle(TableStyle([*layout.embedded_font_style(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [table, Spacer(1, 6 * mm), layout.para(text("request", lang), st["letter"]),
              layout.para(text("closing", lang), st["letter"])]
    story += signature_story(head, st)
    title = f"{text('invitation_title', lang)} — {person.latin_name}"
    layout.build_pdf(out, story, layout.DocInfo(title=title, lang=lang, author=conf.organisers,
                                                footer=f"{title} · {conf.name}"), margins_mm=(22, 22, 18, 18))
    return person, lang


def write_invitation_letter(db: Database, participant_id: int, out: Path | str, lang: str | None = None,
                            actor: Actor | None = None, today: dt.date | None = None) -> dict[str, Any]:
    """Write ``participant_id``'s visa invitation letter to ``out`` (audited; passport masked in the log)."""
    out = Path(out)
    person, lang = _write_invitation(db, participant_id, out, lang, today)
    with db.session() as s:
        record(s, actor or Actor(), "letter invitation", "participant", participant_id,
               summary=f"Wrote the invitation letter of participant {participant_id} ({lang}) to {out.name}",
               changes={"file": str(out), "language": lang,
                        "passport": mask_sensitive(person.passport, "passport_number") if person.passport else ""})
    return {"file": str(out), "participant_id": participant_id, "language": lang,
            "passport_included": bool(person.passport), "nationality": person.nationality}


def invitation_letter_bytes(db: Database, participant_id: int, lang: str | None = None) -> bytes:
    """The letter as PDF bytes (an e-mail attachment; the sending is what gets audited)."""
    fd, name = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        _write_invitation(db, participant_id, Path(name), lang, None)
        return Path(name).read_bytes()
    finally:
        Path(name).unlink(missing_ok=True)
