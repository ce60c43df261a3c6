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
from typing import Any

from sqlalchemy import select

from ..foundation.db import Database
from ..foundation.documents import layout
from ..foundation.documents.strings import long_date, text
from ..foundation.models import Conference
from ..foundation.terms import session_code
from .roster import (
    BoothSheetDay,
    CostSummary,
    InterpreterSchedule,
    booth_sheets,
    cost_summary,
    interpreter_schedules,
)

_LANG_NAMES = {
    "en": {"en": "English", "fr": "French", "es": "Spanish"},
    "fr": {"en": "anglais", "fr": "français", "es": "espagnol"},
    "es": {"en": "inglés", "fr": "francés", "es": "español"},
}


def _lang_name(code: str, lang: str) -> str:
    return _LANG_NAMES.get(lang, _LANG_NAMES["en"]).get(code, code.upper())


class _Doc:
    """The interpreters' documents on the shared layout (:mod:`.layout`)."""

    def __init__(self, lang: str, landscape_page: bool = False, author: str = "") -> None:
        from reportlab.lib.pagesizes import A4, landscape

        self.lang = lang
        self.author = author
        self.page = landscape(A4) if landscape_page else A4
        self.styles = layout.paragraph_styles()
        self.width = layout.frame_width(self.page)

    def para(self, value: str, style: str = "body") -> Any:
        return layout.para(value or "", self.styles[style], bold=style in ("title", "h2"))

    def table(self, columns: list[layout.Column], body: list[list[str]]) -> Any:
        return layout.data_table(columns, body, self.width, size=8.0, min_size=6.5)

    def build(self, path: Path, title: str, story: list[Any], footer: str = "") -> None:
        layout.build_pdf(path, story, layout.DocInfo(title=title, lang=self.lang, author=self.author,
                                                     footer=footer), pagesize=self.page)


# Receiver channels: 0 is the floor (original sound), then one channel per booth language.
CHANNELS = {"en": 1, "fr": 2, "es": 3, "ru": 4, "zh": 5, "ar": 6, "pt": 7, "de": 8}


def channel(language: str) -> int:
    return CHANNELS.get(language, 9)


def channel_legend(lang: str) -> str:
    """"Channels: 0 floor · 1 English · 2 French · 3 Spanish" in ``lang``."""
    word = {"en": "Channels:", "fr": "Canaux\u00a0:", "es": "Canales:"}.get(lang, "Channels:")
    parts = [f"0 {text('channel_floor', lang)}"] + [f"{n} {_lang_name(code, lang)}" for code, n in CHANNELS.items()
                                                    if code in ("en", "fr", "es")]
    return f"{word} " + " \u00b7 ".join(parts)


def _money(value: float, lang: str) -> str:
    return layout.format_money(value, lang)


def _time(start: dt.datetime, end: dt.datetime) -> str:
    return f"{start:%H:%M}\u2013{end:%H:%M}"


def write_schedules_pdf(data: list[InterpreterSchedule], path: Path, lang: str = "en", conference: str = "",
                        venue: str = "", author: str = "") -> None:
    from reportlab.platypus import PageBreak, Spacer

    doc = _Doc(lang, author=author)
    title = text("interp_schedule_title", lang)
    story: list[Any] = []
    head = [layout.Column(text("interp_col_day", lang), layout.NOWRAP),
            layout.Column(text("interp_col_time", lang), layout.NOWRAP),
            layout.Column(text("interp_col_session", lang)), layout.Column(text("interp_col_room", lang)),
            layout.Column(text("interp_col_booth", lang), layout.NOWRAP),
            layout.Column(text("interp_col_partners", lang), layout.LIST)]
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
                         f"{session_code(e.session_code, lang)} \u2014 {e.title}", e.room, _lang_name(e.booth_language, lang),
                         ", ".join(e.partners)])
            last_day = day
        story.append(doc.table(head, rows))
    if not data:
        story.append(doc.para(title, "title"))
        story.append(doc.para(text("interp_no_sessions", lang)))
    doc.build(path, f"{title} \u2014 {conference}" if conference else title, story)


def _cost_story(doc: _Doc, cost: CostSummary, lang: str, heading: bool = True) -> list[Any]:
    N = layout.NUMBER
    head = [layout.Column(text("interp_col_interpreter", lang)),
            layout.Column(text("interp_col_local", lang), layout.NOWRAP),
            layout.Column(text("interp_col_days", lang)),
            layout.Column(text("interp_col_sessions", lang), N, short=text("interp_col_sessions_short", lang)),
            layout.Column(f"{text('interp_col_rate', lang)} ({cost.currency})", N),
            layout.Column(f"{text('interp_col_extra', lang)} ({cost.currency})", N),
            layout.Column(f"{text('interp_col_total', lang)} ({cost.currency})", N)]
    yes, no = {"en": ("yes", "no"), "fr": ("oui", "non"), "es": ("sí", "no")}.get(lang, ("yes", "no"))
    rows = [[r.name, yes if r.is_local else no, ", ".join(f"{d.day}/{d.month}" for d in r.days),
             layout.format_number(r.sessions, lang), _money(r.daily_rate, lang), _money(r.extra_per_day, lang),
             _money(r.total, lang)] for r in cost.rows]
    story = [doc.para(text("interp_cost_title", lang), "h2")] if heading else []
    return story + [doc.table(head, rows),
                    doc.para(text("interp_total", lang, amount=_money(cost.total, lang), currency=cost.currency,
                                  local=_money(cost.local_total, lang),
                                  non_local=_money(cost.non_local_total, lang)), "h2")]


def write_booths_pdf(data: list[BoothSheetDay], cost: CostSummary, path: Path, lang: str = "en",
                     conference: str = "", venue: str = "", author: str = "") -> None:
    from reportlab.platypus import PageBreak

    doc = _Doc(lang, landscape_page=True, author=author)
    title = text("interp_booths_title", lang)
    story: list[Any] = [doc.para(title, "title")]
    story += [doc.para(line, "sub") for line in (conference, venue) if line]
    head = [layout.Column(text("interp_col_time", lang), layout.NOWRAP),
            layout.Column(text("interp_col_session", lang)), layout.Column(text("interp_col_room", lang)),
            layout.Column(text("interp_col_booth", lang), layout.NOWRAP),
            layout.Column(text("interp_col_channel", lang), layout.NUMBER),
            layout.Column(text("interp_col_floor", lang), layout.NOWRAP),
            layout.Column(text("interp_col_team", lang), layout.LIST), layout.Column(text("interp_col_relay", lang)),
            layout.Column(text("interp_col_status", lang))]
    story.append(doc.para(channel_legend(lang), "sub"))
    for day in data:
        story.append(doc.para(long_date(day.day, lang), "h2"))
        rows = [[_time(r.starts_at, r.ends_at), f"{session_code(r.session_code, lang)} \u2014 {r.title}", r.room,
                 _lang_name(r.booth_language, lang), str(channel(r.booth_language)),
                 ", ".join(x.upper() for x in r.floor),
                 ", ".join(r.interpreters) + (f" ({len(r.interpreters)}/{r.required})" if r.interpreters else ""),
                 ", ".join(r.relay) or text("relay_direct", lang), text(f"interp_status_{r.status}", lang)]
                for r in day.rows]
        story.append(doc.table(head, rows))
    story.append(PageBreak())
    story += _cost_story(doc, cost, lang)
    doc.build(path, f"{title} \u2014 {conference}" if conference else title, story)


def write_cost_pdf(cost: CostSummary, path: Path, lang: str = "en", conference: str = "",
                   author: str = "") -> None:
    doc = _Doc(lang, author=author)
    title = text("interp_cost_title", lang)
    story: list[Any] = [doc.para(title, "title")]
    if conference:
        story.append(doc.para(conference, "sub"))
    story += _cost_story(doc, cost, lang, heading=False)
    doc.build(path, f"{title} \u2014 {conference}" if conference else title, story)


def _conference(db: Database, lang: str) -> tuple[str, str]:
    with db.session() as s:
        conf = s.scalar(select(Conference).limit(1))
        if conf is None:
            return "", ""
        name = getattr(conf, f"name_{lang}", "") or conf.name_en
        return name, conf.venue_name or ""


def export_schedule(db: Database, out: Path | str, interpreter_id: int | None = None, lang: str = "en") -> dict[str, Any]:
    """Write the interpreters' schedules (all, or one) to a PDF."""
    from ..foundation.documents.layout import organisers

    data = interpreter_schedules(db, interpreter_id, lang)
    without_work = 0
    if interpreter_id is None:  # a schedule only for those with work (one asked for by id is always written)
        without_work = sum(1 for d in data if not d.entries)
        data = [d for d in data if d.entries]
    conference, venue = _conference(db, lang)
    path = Path(out)
    write_schedules_pdf(data, path, lang, conference, venue, author=organisers(db))
    return {"file": str(path), "format": "pdf", "interpreters": len(data),
            "sessions": sum(len(d.entries) for d in data), "without_work": without_work}


def export_booths(db: Database, out: Path | str, day: dt.date | None = None, lang: str = "en") -> dict[str, Any]:
    """Write the per-day booth sheets (for the chief interpreter and technicians) and the cost summary."""
    from ..foundation.documents.layout import organisers

    data = booth_sheets(db, day, lang)
    cost = cost_summary(db)
    conference, venue = _conference(db, lang)
    path = Path(out)
    write_booths_pdf(data, cost, path, lang, conference, venue, author=organisers(db))
    return {"file": str(path), "format": "pdf", "days": [d.day.isoformat() for d in data],
            "booths": sum(len(d.rows) for d in data)}


def export_cost(db: Database, out: Path | str, lang: str = "en") -> dict[str, Any]:
    from ..foundation.documents.layout import organisers

    cost = cost_summary(db)
    conference, venue = _conference(db, lang)
    path = Path(out)
    write_cost_pdf(cost, path, lang, conference, author=organisers(db))
    return {"file": str(path), "format": "pdf", "total": cost.total, "currency": cost.currency}
