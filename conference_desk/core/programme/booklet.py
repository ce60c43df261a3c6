"""The programme booklet and the door sheets (PDF, EN/FR/ES).

Booklet: a cover (conference name, theme, dates, venue), then day by day the
sessions in time order with room, type, title and description in the chosen
language and the people with their roles.  Door sheets: one page per room and
day, what happens in that room that day (for the door of the room).

Names and titles are drawn with the document font chain (DejaVu Sans, then the
CJK and Korean fallbacks, then system fonts; Arabic shaped), so every script
prints; a character no font can draw falls back to the Latin form.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from ..foundation.db import Database
from .timetable import SessionInfo, Timetable, load_timetable
from ..foundation.terms import session_code
from ..foundation.documents import fonts, layout
from ..foundation.terms import organisation_name
from ..foundation.documents.strings import TEXT, city_name, date_range, gendered, long_date, text

ACCENT = "#1f4e79"
ROLE_ORDER = ("moderator", "speaker", "panellist", "rapporteur")


def markup(value: str, bold: bool = False) -> str:
    """Paragraph markup drawing ``value`` with the font chain (Latin form when some character cannot be drawn)."""
    if not value:
        return ""
    chain = fonts.font_chain(fonts.BOLD if bold else fonts.REGULAR)
    shown = fonts.visual(value)
    runs, missing = chain.runs(shown)
    if missing:
        return escape(fonts.printable(value, fonts.BOLD if bold else fonts.REGULAR))
    return "".join(f'<font name="{run.font}">{escape(run.text)}</font>' for run in runs)


def day_heading(day: dt.date, lang: str) -> str:
    weekday = text(f"weekday_{day.weekday()}", lang)
    if lang != "en":
        weekday = weekday[:1].upper() + weekday[1:]
    return f"{weekday} {long_date(day, lang)}"


def colon(lang: str) -> str:
    """':' as each language writes it after a label ('Salle :' in French)."""
    return "\u00a0:" if lang == "fr" else ":"


def hours(s: Any) -> str:
    if s.starts_at is None or s.ends_at is None:
        return ""
    return f"{s.starts_at:%H:%M}\u2013{s.ends_at:%H:%M}"


def type_label(kind: str, lang: str) -> str:
    key = f"session_type_{kind}"
    try:
        return text(key, lang)
    except KeyError:
        return kind.replace("_", " ")


def languages_label(codes: tuple[str, ...], lang: str) -> str:
    out = []
    for code in codes:
        try:
            out.append(text(f"language_{code}", lang))
        except KeyError:
            out.append(code)
    return ", ".join(out)


def styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = fonts.register_fonts()
    accent = colors.HexColor(ACCENT)
    grey = colors.HexColor("#555555")
    made = {
        "cover_title": ParagraphStyle("cover_title", fontName=bold, fontSize=24, leading=30, textColor=accent,
                                      spaceAfter=10),
        "cover_theme": ParagraphStyle("cover_theme", fontName=regular, fontSize=16, leading=21, spaceAfter=18),
        "cover_line": ParagraphStyle("cover_line", fontName=regular, fontSize=12, leading=16, textColor=grey),
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, textColor=accent, spaceAfter=4),
        "day": ParagraphStyle("day", fontName=bold, fontSize=14, leading=18, textColor=accent, spaceBefore=4,
                              spaceAfter=6),
        "time": ParagraphStyle("time", fontName=bold, fontSize=10, leading=13),
        "kind": ParagraphStyle("kind", fontName=regular, fontSize=8, leading=10, textColor=grey),
        "session": ParagraphStyle("session", fontName=bold, fontSize=11, leading=14),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9, leading=12),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10.5, textColor=grey),
        "big_room": ParagraphStyle("big_room", fontName=bold, fontSize=26, leading=32, textColor=accent),
        "big_time": ParagraphStyle("big_time", fontName=bold, fontSize=16, leading=20),
        "big_session": ParagraphStyle("big_session", fontName=bold, fontSize=16, leading=20),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11.5),
        "head": ParagraphStyle("head", fontName=bold, fontSize=9, leading=11.5, textColor=colors.white),
        "time_light": ParagraphStyle("time_light", fontName=regular, fontSize=10, leading=13, textColor=grey),
        "interlude": ParagraphStyle("interlude", fontName=regular, fontSize=10, leading=13, textColor=grey),
        "toc": ParagraphStyle("toc", fontName=regular, fontSize=11, leading=16, leftIndent=0),
    }
    for style in made.values():
        style.splitLongWords = 0  # a word, time or date never breaks (see layout.py)
    return made


def build(path: Path, story: list[Any], title: str, footer: str, lang: str = "en", author: str = "") -> None:
    """Write a programme document on the shared page frame (footer with title and "Page x of y", metadata)."""
    layout.build_pdf(path, story, layout.DocInfo(title=title, lang=lang, author=author, footer=footer),
                     margins_mm=(18, 18, 16, 18))


TIME_SAMPLE = "00:00\u201300:00"


def time_width(style: Any, padding: float) -> float:
    """Width of a column of times ("09:00–10:30") in ``style``, so that a time never breaks."""
    bold = style.fontName == fonts.BOLD
    return layout.text_width(TIME_SAMPLE, style.fontSize, bold) + padding + 1


def person_text(p: Any, lang: str, details: bool = False) -> str:
    """Markup of one person: the registered Latin name with the original script beside it (names.py);
    with ``details``, their affiliation and country ("Hala Al-Haddad (هالة الحداد), Ministry of Education,
    Bahrain")."""
    listed = p.listed() if hasattr(p, "listed") else p.name
    out = markup(listed)
    if details:
        extra = [organisation_name(p.affiliation, lang)] if getattr(p, "affiliation", "") else []
        country = p.country_name(lang) if hasattr(p, "country_name") else ""
        if country and all(country not in e for e in extra):
            extra.append(country)
        if extra:
            out += f'<font color="#555555"> \u2014 {markup(", ".join(extra))}</font>'
    return out


def _people_lines(s: SessionInfo, lang: str, details: bool = False) -> list[str]:
    """One line per role; a single person's role in their gender ("Modératrice", "Moderadora")."""
    lines = []
    for role in ROLE_ORDER:
        people = [p for p in s.people if p.role == role]
        if not people:
            continue
        if len(people) == 1:
            label = gendered(text(f"role_{role}", lang), lang, getattr(people[0], "gender", "U"))
        else:
            genders = {getattr(p, "gender", "U") for p in people}
            label = text(f"roles_{role}", lang)
            if genders == {"F"}:
                label = gendered(text(f"roles_{role}_f", lang), lang, "F") if f"roles_{role}_f" in TEXT else label
        sep = "<br/>" if details else ", "
        lead = "<br/>" if details else " "
        lines.append(f"<b>{escape(label)}{colon(lang)}</b>{lead}" + sep.join(person_text(p, lang, details)
                                                                           for p in people))
    return lines


def _session_block(s: SessionInfo, t: Timetable, lang: str, st: dict[str, Any]) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    room = t.room(s.room_id)
    left = [Paragraph(escape(hours(s)), st["time"])]
    right = [Paragraph(escape(f"{type_label(s.type, lang)} · {session_code(s.code, lang)}"), st["kind"]),
             Paragraph(markup(s.title(lang), bold=True), st["session"])]
    where = []
    if room is not None:
        where.append(f"{text('room', lang)}{colon(lang)} {room.name}")
    if s.interpretation:
        where.append(text("interpretation_into", lang, languages=languages_label(s.interpretation, lang)))
    if where:
        right.append(Paragraph(markup(" · ".join(where)), st["small"]))
    if s.description(lang):
        right.append(Paragraph(markup(s.description(lang)), st["body"]))
    right += [Paragraph(line, st["body"]) for line in _people_lines(s, lang, details=True)]
    time_w = time_width(st["time"], 4)
    table = Table([[left, right]], colWidths=[time_w, 174 * mm - time_w])
    table.setStyle(TableStyle([
        *layout.embedded_font_style(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c7d0db")),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def booklet_story(t: Timetable, lang: str) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    st = styles()
    c = t.conference
    story: list[Any] = [Spacer(1, 50 * mm), Paragraph(markup(c.name(lang), bold=True), st["cover_title"])]
    if c.theme(lang):
        story.append(Paragraph(markup(c.theme(lang)), st["cover_theme"]))
    story.append(Paragraph(escape(date_range(c.start_date, c.end_date, lang)), st["cover_line"]))
    venue = ", ".join(x for x in (c.venue_name, city_name(c.city, lang)) if x)
    if venue:
        story.append(Paragraph(markup(venue), st["cover_line"]))
    if c.venue_address:
        story.append(Paragraph(markup(c.venue_address), st["cover_line"]))
    story.append(Spacer(1, 20 * mm))
    story.append(Paragraph(escape(text("programme", lang)), st["title"]))
    story.append(PageBreak())
    if not t.sessions:
        story.append(Paragraph(escape(text("no_sessions", lang)), st["body"]))
    days = sorted({s.day for s in t.sessions if s.day is not None})
    if days:
        story.append(Paragraph(escape(text("contents", lang)), st["day"]))
        story.append(layout.table_of_contents(st["day"], st["toc"]))
        story.append(PageBreak())
    opens = t.settings.venue_opens
    closes = t.settings.venue_closes
    if days and c.arrival_date is not None and c.arrival_date < days[0]:
        # The arrival day: registration and badge collection at the venue.
        heading = Paragraph(escape(day_heading(c.arrival_date, lang)), st["day"])
        heading._toc_text = f"{day_heading(c.arrival_date, lang)} \u2014 {text('arrival_day', lang)}"
        story.append(heading)
        story.append(_interlude(opens, closes, text("registration", lang), c.venue_name, st, kind="registration"))
        story.append(PageBreak())
    for i, day in enumerate(days):
        if i:
            story.append(PageBreak())
        heading = Paragraph(escape(day_heading(day, lang)), st["day"])
        heading._toc_text = day_heading(day, lang)
        story.append(heading)
        todays = [s for s in t.sessions if s.day == day]
        first = min((s.starts_at for s in todays if s.starts_at), default=None)
        if i == 0 and first is not None and opens < first.time():
            story.append(_interlude(opens, first.time(), text("registration_continues", lang), c.venue_name, st,
                                    kind="registration"))
        for item in _with_breaks(todays):
            if isinstance(item, tuple):
                start, end = item
                label = text("lunch" if _is_lunch(start, end) else "coffee_break", lang)
                story.append(_interlude(start, end, label, "", st))
            else:
                story.append(_session_block(item, t, lang, st))
    return story


def _with_breaks(sessions: list[SessionInfo]) -> list[Any]:
    """The day's sessions with the gaps between them as (start, end) times (breaks and meals)."""
    out: list[Any] = []
    latest: dt.datetime | None = None
    for s in sessions:
        if s.starts_at is not None and latest is not None and (s.starts_at - latest).total_seconds() >= 15 * 60:
            out.append((latest.time(), s.starts_at.time()))
        out.append(s)
        if s.ends_at is not None:
            latest = max(latest, s.ends_at) if latest is not None else s.ends_at
    return out


def _is_lunch(start: dt.time, end: dt.time) -> bool:
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return minutes >= 60 and dt.time(11, 45) <= start <= dt.time(14, 30)


def _interlude(start: dt.time, end: dt.time, label: str, where: str, st: dict[str, Any], kind: str = "break") -> Any:
    """A line of the programme that is no session: registration, a coffee break, lunch."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    when = f"{start:%H:%M}\u2013{end:%H:%M}"
    right = [Paragraph(markup(label, bold=kind == "registration"), st["interlude"])]
    if where:
        right.append(Paragraph(markup(where), st["small"]))
    time_w = time_width(st["time"], 4)
    table = Table([[Paragraph(escape(when), st["time_light"]), right]], colWidths=[time_w, 174 * mm - time_w])
    table.setStyle(TableStyle([
        *layout.embedded_font_style(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f4f8")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c7d0db")),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def write_booklet(db: Database, path: Path, lang: str = "en") -> dict[str, Any]:
    """Write the programme booklet in ``lang``; returns what was written."""
    t = load_timetable(db)
    title = f"{text('programme', lang)} — {t.conference.name(lang)}"
    build(Path(path), booklet_story(t, lang), title, title, lang, layout.organisers(db))
    return {"file": str(path), "format": "pdf", "language": lang, "sessions": len(t.sessions)}


def door_sheets_story(t: Timetable, lang: str, day: dt.date | None = None) -> tuple[list[Any], int]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    st = styles()
    story: list[Any] = []
    pages = 0
    days = [day] if day is not None else list(t.days)
    for d in days:
        for room in t.rooms:
            sessions = t.sessions_on(d, room.id)
            if not sessions and day is None:
                continue
            if pages:
                story.append(PageBreak())
            pages += 1
            story.append(Paragraph(markup(room.name, bold=True), st["big_room"]))
            story.append(Paragraph(escape(day_heading(d, lang)), st["title"]))
            story.append(Paragraph(markup(f"{text('room_schedule', lang)} · {t.conference.name(lang)}"),
                                   st["small"]))
            story.append(Spacer(1, 8 * mm))
            if not sessions:
                story.append(Paragraph(escape(text("no_session_in_room", lang)), st["body"]))
                continue
            rows = []
            for s in sessions:
                right = [Paragraph(escape(f"{type_label(s.type, lang)} · {session_code(s.code, lang)}"), st["kind"]),
                         Paragraph(markup(s.title(lang), bold=True), st["big_session"])]
                if s.interpretation:
                    right.append(Paragraph(escape(text("interpretation_into", lang, languages=languages_label(
                        s.interpretation, lang))), st["body"]))
                right += [Paragraph(line, st["body"]) for line in _people_lines(s, lang)]
                rows.append([Paragraph(escape(hours(s)), st["big_time"]), right])
            time_w = time_width(st["big_time"], 12)
            table = Table(rows, colWidths=[time_w, 174 * mm - time_w])
            table.setStyle(TableStyle([
                *layout.embedded_font_style(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa9bb")),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]))
            story.append(table)
    if not story:
        story.append(Paragraph(escape(text("no_sessions", lang)), st["body"]))
    return story, pages


def write_door_sheets(db: Database, path: Path, lang: str = "en", day: dt.date | None = None) -> dict[str, Any]:
    """One page per room and day with sessions (with ``day``: every room that day, empty ones too)."""
    t = load_timetable(db)
    if day is not None and day not in t.days:
        from .errors import ProgrammeError

        raise ProgrammeError(f"{day.isoformat()} is not a conference day ({t.days[0].isoformat()} to"
                             f" {t.days[-1].isoformat()}).")
    story, pages = door_sheets_story(t, lang, day)
    title = f"{text('room_schedule', lang)} — {t.conference.name(lang)}"
    build(Path(path), story, title, title, lang, layout.organisers(db))
    return {"file": str(path), "format": "pdf", "language": lang, "pages": pages,
            "day": day.isoformat() if day else None}
