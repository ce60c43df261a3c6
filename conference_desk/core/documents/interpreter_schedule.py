"""Interpreters' documents (PDF, EN/FR/ES): a schedule per interpreter, booth sheets per day, cost.

* Schedules: one page per interpreter with their languages and contact, then each
  working day with time, session, room, booth and booth partners.
* Booth sheets (chief interpreter, technicians): landscape, one section per day,
  every booth with floor languages, team, relay and status; then the cost summary.
* Cost summary: per interpreter days worked, daily rate, non-local per diem and total.

Fonts come from :mod:`.fonts` (the same chains as the other documents); files are
written atomically.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from ..exporting import atomic_output
from . import fonts
from .strings import long_date, text

if TYPE_CHECKING:
    from ..interpreters.roster import BoothSheetDay, CostSummary, InterpreterSchedule

_LANG_NAMES = {
    "en": {"en": "English", "fr": "French", "es": "Spanish"},
    "fr": {"en": "anglais", "fr": "français", "es": "espagnol"},
    "es": {"en": "inglés", "fr": "francés", "es": "español"},
}


def _lang_name(code: str, lang: str) -> str:
    return _LANG_NAMES.get(lang, _LANG_NAMES["en"]).get(code, code.upper())


def _money(value: float) -> str:
    return f"{value:,.2f}"


class _Doc:
    def __init__(self, landscape_page: bool = False) -> None:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import ParagraphStyle

        self.regular, self.bold = fonts.register_fonts()
        self.colors = colors
        self.accent = colors.HexColor("#1f4e79")
        self.page = landscape(A4) if landscape_page else A4
        self.styles = {
            "title": ParagraphStyle("title", fontName=self.bold, fontSize=15, leading=19, textColor=self.accent),
            "sub": ParagraphStyle("sub", fontName=self.regular, fontSize=9, leading=12,
                                  textColor=colors.HexColor("#444444")),
            "h2": ParagraphStyle("h2", fontName=self.bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
            "cell": ParagraphStyle("cell", fontName=self.regular, fontSize=8, leading=9.8),
            "head": ParagraphStyle("head", fontName=self.bold, fontSize=8, leading=9.8, textColor=colors.white),
        }

    def para(self, value: str, style: str = "cell") -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(fonts.printable(value or "")), self.styles[style])

    def table(self, head: list[str], body: list[list[str]], widths_mm: list[float]) -> Any:
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        colors = self.colors
        t = Table([[self.para(h, "head") for h in head]] + [[self.para(v) for v in row] for row in body],
                  colWidths=[w * mm for w in widths_mm], repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), self.accent),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa9bb")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f4f8")]),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return t

    def build(self, path: Path, title: str, story: list[Any]) -> None:
        from reportlab.lib.units import mm
        from reportlab.platypus import SimpleDocTemplate

        page = self.page

        def footer(canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont(self.regular, 7)
            canv.setFillColor(self.colors.HexColor("#555555"))
            canv.drawString(12 * mm, 8 * mm, fonts.printable(title))
            canv.drawRightString(page[0] - 12 * mm, 8 * mm, f"{doc.page}")
            canv.restoreState()

        with atomic_output(path) as tmp:
            doc = SimpleDocTemplate(str(tmp), pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm,
                                    topMargin=12 * mm, bottomMargin=14 * mm, title=fonts.printable(title))
            doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _time(start: dt.datetime, end: dt.datetime) -> str:
    return f"{start:%H:%M}\u2013{end:%H:%M}"


def write_schedules_pdf(data: list[InterpreterSchedule], path: Path, lang: str = "en", conference: str = "",
                        venue: str = "") -> None:
    from reportlab.platypus import PageBreak, Spacer

    doc = _Doc()
    title = text("interp_schedule_title", lang)
    story: list[Any] = []
    head = [text("interp_col_day", lang), text("interp_col_time", lang), text("interp_col_session", lang),
            text("interp_col_room", lang), text("interp_col_booth", lang), text("interp_col_partners", lang)]
    for n, person in enumerate(data):
        if n:
            story.append(PageBreak())
        story.append(doc.para(f"{title} \u2014 {person.name}", "title"))
        for line in (conference, venue, text("interp_languages", lang, profile=person.profile),
                     " \u00b7 ".join(x for x in (person.email, person.phone) if x)):
            if line:
                story.append(doc.para(line, "sub"))
        story.append(Spacer(1, 8))
        if not person.entries:
            story.append(doc.para(text("interp_no_sessions", lang)))
            continue
        rows = []
        last_day: dt.date | None = None
        for e in person.entries:
            day = e.starts_at.date()
            rows.append([long_date(day, lang) if day != last_day else "", _time(e.starts_at, e.ends_at),
                         f"{e.session_code} \u2014 {e.title}", e.room, _lang_name(e.booth_language, lang),
                         ", ".join(e.partners)])
            last_day = day
        story.append(doc.table(head, rows, [30, 20, 62, 30, 18, 26]))
    if not data:
        story.append(doc.para(title, "title"))
        story.append(doc.para(text("interp_no_sessions", lang)))
    doc.build(path, title, story)


def _cost_story(doc: _Doc, cost: CostSummary, lang: str, widths: list[float]) -> list[Any]:
    head = [text("interp_col_interpreter", lang), text("interp_col_local", lang), text("interp_col_days", lang),
            text("interp_col_sessions", lang), text("interp_col_rate", lang), text("interp_col_extra", lang),
            text("interp_col_total", lang)]
    yes, no = {"en": ("yes", "no"), "fr": ("oui", "non"), "es": ("sí", "no")}.get(lang, ("yes", "no"))
    rows = [[r.name, yes if r.is_local else no, ", ".join(f"{d.day}/{d.month}" for d in r.days), str(r.sessions),
             _money(r.daily_rate), _money(r.extra_per_day), _money(r.total)] for r in cost.rows]
    return [doc.para(text("interp_cost_title", lang), "h2"), doc.table(head, rows, widths),
            doc.para(text("interp_total", lang, amount=_money(cost.total), currency=cost.currency,
                          local=_money(cost.local_total), non_local=_money(cost.non_local_total)), "h2")]


def write_booths_pdf(data: list[BoothSheetDay], cost: CostSummary, path: Path, lang: str = "en",
                     conference: str = "", venue: str = "") -> None:
    from reportlab.platypus import PageBreak

    doc = _Doc(landscape_page=True)
    title = text("interp_booths_title", lang)
    story: list[Any] = [doc.para(title, "title")]
    story += [doc.para(line, "sub") for line in (conference, venue) if line]
    head = [text("interp_col_time", lang), text("interp_col_session", lang), text("interp_col_room", lang),
            text("interp_col_booth", lang), text("interp_col_floor", lang), text("interp_col_team", lang),
            text("interp_col_relay", lang), text("interp_col_status", lang)]
    for day in data:
        story.append(doc.para(long_date(day.day, lang), "h2"))
        rows = [[_time(r.starts_at, r.ends_at), f"{r.session_code} \u2014 {r.title}", r.room,
                 _lang_name(r.booth_language, lang), ", ".join(x.upper() for x in r.floor),
                 ", ".join(r.interpreters) + (f" ({len(r.interpreters)}/{r.required})" if r.interpreters else ""),
                 ", ".join(r.relay), text(f"interp_status_{r.status}", lang)] for r in day.rows]
        story.append(doc.table(head, rows, [20, 70, 38, 18, 22, 62, 22, 21]))
    story.append(PageBreak())
    story += _cost_story(doc, cost, lang, [70, 18, 50, 20, 35, 35, 35])
    doc.build(path, title, story)


def write_cost_pdf(cost: CostSummary, path: Path, lang: str = "en", conference: str = "") -> None:
    doc = _Doc()
    title = text("interp_cost_title", lang)
    story: list[Any] = [doc.para(title, "title")]
    if conference:
        story.append(doc.para(conference, "sub"))
    story += _cost_story(doc, cost, lang, [52, 12, 36, 15, 22, 24, 25])
    doc.build(path, title, story)
