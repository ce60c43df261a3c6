"""One participant's agenda (PDF, EN/FR/ES): their sessions day by day with room, role or sign-up.

Plenaries and ceremonies (for everyone) are listed too, so the page is the
person's whole day; their own roles and forum sign-ups are marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select

from ..foundation.db import Database
from ..foundation.models import Delegation, Participant
from .errors import ProgrammeError
from .signups import sessions_of_participant
from .timetable import load_timetable
from ..foundation import names
from ..foundation.terms import session_code
from ..foundation.documents import layout
from .booklet import build, time_width, day_heading, hours, markup, styles, type_label
from ..foundation.documents.strings import courtesy_title, gendered, text


def write_personal_agenda(db: Database, participant_id: int, path: Path, lang: str = "en",
                          transfers: Sequence[str] = ()) -> dict[str, Any]:
    """Write ``participant_id``'s agenda in ``lang``; returns what was written.

    ``transfers``: the guest's airport transfers as sentences, printed after the sessions (the
    caller gets them from :func:`conference_desk.core.transport.service.transfers_of`: transport
    sits above the programme, so the agenda is handed them rather than reading them).
    """
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    with db.session() as s:
        p = s.get(Participant, participant_id)
        if p is None:
            raise ProgrammeError(f"No participant with id {participant_id}.")
        gender = p.gender.value if p.gender else "U"
        courtesy = courtesy_title(p.title or "", lang, gender)
        # The name policy (core/foundation/names.py): the name as written (CJK family name first, no space), the
        # registered Latin name beside it, and the Latin name alone in the title and footer.
        native = names.native_name(p.given_name or "", p.family_name or "")
        registered_latin = names.latin_name(p.given_name or "", p.family_name or "", p.given_name_latin or "",
                                            p.family_name_latin or "")
        name = " ".join(x for x in (courtesy, native) if x)
        latin = registered_latin if registered_latin != native else ""
        registered = " ".join(x for x in (courtesy, registered_latin) if x)
        delegation = ""
        if p.delegation_id is not None:
            d = s.scalar(select(Delegation).where(Delegation.id == p.delegation_id))
            if d is not None:
                delegation = _delegation_name(d, lang)
    t = load_timetable(db)
    mine = {item.session_id: item for item in sessions_of_participant(db, participant_id)}
    shown = [x for x in t.sessions if x.id in mine or x.for_all_participants]
    shown += [x for x in t.unscheduled if x.id in mine]

    st = styles()
    story: list[Any] = [Paragraph(escape(text("personal_agenda", lang)), st["kind"]),
                        Paragraph(markup(name, bold=True), st["title"])]
    if latin:
        story.append(Paragraph(markup(f"({latin})"), st["body"]))
    if delegation:
        story.append(Paragraph(markup(delegation), st["body"]))
    story.append(Paragraph(markup(t.conference.name(lang)), st["small"]))
    story.append(Spacer(1, 6 * mm))
    if not shown:
        story.append(Paragraph(escape(text("no_sessions", lang)), st["body"]))
    header = [Paragraph(escape(text(k, lang)), st["head"]) for k in ("time", "session", "room", "role")]
    days = sorted({x.day for x in shown if x.day is not None})
    for day in days:
        story.append(Paragraph(escape(day_heading(day, lang)), st["day"]))
        rows: list[list[Any]] = [header]
        for x in shown:
            if x.day != day:
                continue
            item = mine.get(x.id)
            status = []
            if item is not None:
                status += [gendered(text(f"role_{role}", lang), lang, gender) for role in item.roles]
                if item.waitlisted:
                    status.append(text("waiting_list_position", lang, n=item.waitlist_position))
                elif item.signed_up:
                    status.append(gendered(text("signed_up", lang), lang, gender))
            room = t.room(x.room_id)
            rows.append([
                Paragraph(escape(hours(x)), st["cell"]),
                [Paragraph(escape(f"{type_label(x.type, lang)} · {session_code(x.code, lang)}"), st["kind"]),
                 Paragraph(markup(x.title(lang), bold=item is not None), st["cell"])],
                Paragraph(markup(room.name if room else ""), st["cell"]),
                Paragraph(markup(", ".join(status)), st["cell"]),
            ])
        time_w = time_width(st["cell"], 12)
        table = Table(rows, colWidths=[time_w, 108 * mm - time_w, 38 * mm, 28 * mm], repeatRows=1)
        table.setStyle(TableStyle([
            *layout.embedded_font_style(),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa9bb")),
        ]))
        story.append(table)
    if transfers:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(escape(text("tr_transfers", lang)), st["day"]))
        story.extend(Paragraph(markup(line), st["body"]) for line in transfers)
    title = f"{text('personal_agenda', lang)} — {registered}"
    build(Path(path), story, title, f"{title} · {t.conference.name(lang)}", lang, layout.organisers(db))
    return {"file": str(path), "format": "pdf", "language": lang, "participant_id": participant_id,
            "sessions": len(mine)}


def _delegation_name(d: Delegation, lang: str) -> str:
    if d.member_state is not None:
        return getattr(d.member_state, f"name_{lang}", "") or d.member_state.name_en
    return d.display_name(lang)
