"""The official List of Participants (PDF, A4, English, French or Spanish).

Layout, as UN conference lists are set:

* a title block on the first page: the conference's name and theme in the
  chosen language, venue, city and dates, "List of Participants", the date of
  the list and the number of participants;
* sections, each in two columns: Member States, Associate Members,
  intergovernmental organizations, NGOs, private sector, UNESCO Secretariat,
  host organizers, then participants with no delegation (grouped by category);
* Member States sorted by their name in the chosen language with accent-blind
  collation (:func:`collation_key`: "Égypte" sorts with E, Spanish "Ñ" after
  "N"); organisations by name;
* within a delegation the head of delegation first, then by family name;
  each entry: title, given name, FAMILY NAME, position, organisation and city;
* cancelled participants are left out;
* running header, and "Page 3 of 12" in the chosen language on every page.

Names follow the one name policy (``core/foundation/names.py``): the registered Latin name
(sorting, footers), followed by the name in its own script in brackets for every
script the font chain can draw (Cyrillic, Greek, Arabic, Chinese, Japanese,
Korean...), CJK names family name first without a space.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select

from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError, NotInitialisedError
from ..foundation.files import ExportCancelled, ExportResult, atomic_output
from ..foundation.models import (
    Category,
    Conference,
    Delegation,
    DelegationKind,
    MemberState,
    MembershipStatus,
    Participant,
    ParticipantStatus,
)
from ..foundation import names
from ..foundation.text import fold, is_latin
from ..foundation.documents import fonts, layout
from ..foundation.terms import organisation_name
from ..foundation.documents.strings import city_name, courtesy_title, date_range, long_date, text

ProgressCallback = Callable[[int, int], "bool | None"]

_NON_ALNUM = re.compile(r"[^a-z0-9{]+")
# Words that do not make an organisation's name say more than the position does
# ("Mayor of Rosario" already says "City of Rosario").
_GENERIC_WORDS = frozenset(
    "city of the municipality municipal town government ville de la du des municipalite ciudad "
    "del municipio alcaldia gobierno".split()
)


def _words(value: str) -> set[str]:
    return set(_NON_ALNUM.sub(" ", fold(value)).split())

# Order of the organisation sections after the Member States.
ORGANISATION_KINDS = (
    DelegationKind.IGO,
    DelegationKind.NGO,
    DelegationKind.PRIVATE_SECTOR,
    DelegationKind.UNESCO,
    DelegationKind.HOST,
)
_SECTION_KEYS = {
    DelegationKind.IGO: "section_igo",
    DelegationKind.NGO: "section_ngo",
    DelegationKind.PRIVATE_SECTOR: "section_private",
    DelegationKind.UNESCO: "section_unesco",
    DelegationKind.HOST: "section_host",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def collation_key(name: str, lang: str = "en") -> tuple[str, str, str]:
    """Sort key for names in ``lang``: accent- and case-blind, punctuation as a space.

    "Égypte" sorts as "egypte", "États-Unis d'Amérique" as "etats unis d amerique";
    in Spanish "Ñ" sorts after every other "N".  Ties are broken by the folded,
    then the original text, so the order is total and stable.
    """
    marked = name.replace("ñ", "n{").replace("Ñ", "N{") if lang == "es" else name
    primary = _NON_ALNUM.sub(" ", fold(marked)).strip()
    return primary, fold(name), name


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


@dataclass
class Entry:
    participant_id: int
    name: str  # as printed: "Ms Nikoleta IVANOVA" (the registered Latin name)
    latin: str  # the name in its own script in brackets, "(Николета ИВАНОВА)", "(刘建平)"; "" for Latin names
    lines: list[str]
    is_head: bool
    gender: str
    sort_key: tuple[Any, ...]


@dataclass
class Group:
    title: str
    sort_key: tuple[Any, ...]
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Section:
    key: str
    groups: list[Group]


@dataclass
class ListData:
    conference_name: str
    short_name: str
    theme: str
    place: str
    dates: str
    sections: list[Section]
    author: str = ""

    @property
    def participants(self) -> int:
        return sum(len(g.entries) for s in self.sections for g in s.groups)


_GREEK_CAPS_DROP = {"\u0301", "\u0342", "\u0313", "\u0314", "\u0345"}  # tonos, breathings... not dialytika


def upper(value: str) -> str:
    """Upper case as printed: Greek capitals lose their accents ("Μπακλάβας" -> "ΜΠΑΚΛΑΒΑΣ")."""
    result = value.upper()
    if not any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in result):
        return result
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", result):
        if ch in _GREEK_CAPS_DROP and out and "GREEK" in unicodedata.name(out[-1], ""):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _full_name(title: str, given: str, family: str) -> str:
    return " ".join(part for part in (title, given, upper(family)) if part)


def _entry(r: Any, lang: str, group_title: str, is_head: bool) -> Entry:
    """One person as the name policy lists them (core/foundation/names.py): the registered Latin name, then the name in
    its own script in brackets ("Ms Hala HASSAN (هالة حسن)", "Mr Jianping LIU (刘建平)"), whatever the script."""
    title = fonts.printable(courtesy_title(r.title or "", lang, r.gender.value if r.gender else "U"))
    given, family = r.given_name or "", r.family_name or ""
    given_latin, family_latin = names.latin_parts(given, family, r.given_name_latin or "", r.family_name_latin or "")
    name = _full_name(title, given_latin, family_latin)
    native = names.native_name(given, family) if names.is_cjk(given + family) else _full_name("", given, family)
    latin = ""
    if native and not is_latin(native) and not fonts.font_chain(fonts.REGULAR).missing(native):
        latin = f"({native})"
    position = fonts.printable((r.position or "").strip())
    organisation = fonts.printable(organisation_name((r.organisation or "").strip(), lang))
    city = fonts.printable(city_name((r.city or "").strip(), lang))
    lines = []
    if position:
        lines.append(position)
    seen = fold(position)
    place = []
    said_by_position = _words(organisation) - _GENERIC_WORDS <= _words(position)
    if organisation and not said_by_position and fold(organisation) not in seen \
            and fold(organisation) != fold(group_title):
        place.append(organisation)
        seen += " " + fold(organisation)
    if city and fold(city) not in seen:
        place.append(city)
    if place:
        lines.append(", ".join(place))
    sort_family = family_latin
    sort_given = given_latin
    return Entry(
        participant_id=r.id, name=name, latin=latin, lines=lines, is_head=is_head,
        gender=r.gender.value if r.gender else "U",
        sort_key=(not is_head, collation_key(sort_family, lang), collation_key(sort_given, lang), r.id),
    )


def collect(db: Database, lang: str = "en") -> ListData:
    """Everything the List of Participants prints, grouped and sorted (no reportlab)."""
    if lang not in ("en", "fr", "es"):
        raise ConferenceDeskError(f"Unknown language {lang!r}: use en, fr or es.")
    state_name = getattr(MemberState, f"name_{lang}")
    category_label = getattr(Category, f"label_{lang}")
    with db.session() as session:
        conference = session.scalar(select(Conference).limit(1))
        if conference is None:
            raise NotInitialisedError("This database has no conference yet; initialise it first.")
        stmt = (
            select(
                Participant.id, Participant.title, Participant.given_name, Participant.family_name,
                Participant.given_name_latin, Participant.family_name_latin, Participant.gender,
                Participant.position, Participant.organisation, Participant.city,
                Participant.delegation_id, Delegation.kind, Delegation.organisation_name,
                Delegation.head_id, state_name.label("state_name"), MemberState.name_en.label("state_en"),
                MemberState.status.label("membership"), Category.code.label("category_code"),
                category_label.label("category_label"), Category.sort_order.label("category_order"),
            )
            .select_from(Participant)
            .join(Category, Participant.category_id == Category.id)
            .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
            .outerjoin(MemberState, Delegation.member_state_id == MemberState.id)
            .where(Participant.status != ParticipantStatus.CANCELLED)
        )
        rows = session.execute(stmt).all()
        conference_name = conference.name(lang)
        theme = getattr(conference, f"theme_{lang}", "") or conference.theme_en
        place = ", ".join(p for p in (conference.venue_name, city_name(conference.city, lang)) if p)
        dates = date_range(conference.start_date, conference.end_date, lang)
        short_name = conference.short_name or conference.code
        author = (conference.organisers or "").strip()

    # Delegations whose recorded head is cancelled or missing: the 'head' category leads.
    present = {r.id for r in rows}
    groups: dict[tuple[str, Any], Group] = {}
    section_of: dict[tuple[str, Any], str] = {}
    for r in rows:
        if r.delegation_id is None:
            key = ("category", r.category_label)
            title, section = r.category_label or "", "section_other"
            sort_key: tuple[Any, ...] = (r.category_order, collation_key(title, lang))
        elif r.kind == DelegationKind.MEMBER_STATE:
            key = ("delegation", r.delegation_id)
            title = r.state_name or r.state_en or ""
            associate = r.membership == MembershipStatus.ASSOCIATE
            section = "section_associate_members" if associate else "section_member_states"
            sort_key = collation_key(title, lang)
        else:
            key = ("delegation", r.delegation_id)
            title = organisation_name(r.organisation_name or "", lang)
            section = _SECTION_KEYS.get(r.kind, "section_other")
            sort_key = collation_key(title, lang)
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(title=title, sort_key=sort_key)
            section_of[key] = section
        if r.delegation_id is None:
            is_head = False
        elif r.head_id is not None and r.head_id in present:
            is_head = r.id == r.head_id
        else:
            is_head = r.category_code == "head"
        group.entries.append(_entry(r, lang, title, is_head and r.delegation_id is not None))
    order = ["section_member_states", "section_associate_members",
             *(_SECTION_KEYS[k] for k in ORGANISATION_KINDS), "section_other"]
    sections = []
    for section_key in order:
        members = [g for k, g in groups.items() if section_of[k] == section_key]
        if not members:
            continue
        members.sort(key=lambda g: g.sort_key)
        for group in members:
            group.entries.sort(key=lambda e: e.sort_key)
        sections.append(Section(key=section_key, groups=members))
    return ListData(conference_name=conference_name, short_name=short_name, theme=theme, place=place,
                    dates=dates, sections=sections, author=author)


# --------------------------------------------------------------------------
# The PDF
# --------------------------------------------------------------------------


def build_participant_list(
    db: Database,
    path: Path | str,
    lang: str = "en",
    progress: ProgressCallback | None = None,
    today: dt.date | None = None,
) -> ExportResult:
    """Write the List of Participants to ``path`` (PDF); returns the number of people listed.

    ``progress(done, total)`` is called as entries are laid out; returning
    ``False`` cancels (:class:`ExportCancelled`) and leaves no file.
    """
    data = collect(db, lang)
    path = Path(path)
    with atomic_output(path) as tmp:
        _render(data, tmp, lang, progress, today or dt.date.today())
    return ExportResult(path=path, rows=data.participants, format="pdf", columns=0)


def _render(data: ListData, out: Path, lang: str, progress: ProgressCallback | None, today: dt.date) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        FrameBreak,
        KeepTogether,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import HRFlowable

    regular, bold = fonts.register_fonts()
    ink = colors.HexColor("#1a1a1a")
    muted = colors.HexColor("#555555")
    accent = colors.HexColor("#1f4e79")
    band = colors.HexColor("#e3eaf3")

    page_w, page_h = A4
    left = right = 18 * mm
    top, bottom = 22 * mm, 20 * mm
    gap = 8 * mm
    col_w = (page_w - left - right - gap) / 2
    body_h = page_h - top - bottom
    title_h = 64 * mm

    styles = {
        "conf": ParagraphStyle("conf", fontName=bold, fontSize=14.5, leading=18, alignment=TA_CENTER,
                               textColor=accent),
        "theme": ParagraphStyle("theme", fontName=regular, fontSize=10.5, leading=14, alignment=TA_CENTER,
                                textColor=muted, spaceBefore=3),
        "place": ParagraphStyle("place", fontName=regular, fontSize=9.5, leading=13, alignment=TA_CENTER,
                                textColor=ink, spaceBefore=5),
        "title": ParagraphStyle("title", fontName=bold, fontSize=17, leading=22, alignment=TA_CENTER,
                                textColor=ink, spaceBefore=0),
        "asof": ParagraphStyle("asof", fontName=regular, fontSize=8, leading=11, alignment=TA_CENTER,
                               textColor=muted),
        "section": ParagraphStyle("section", fontName=bold, fontSize=9.5, leading=12, textColor=accent),
        "group": ParagraphStyle("group", fontName=bold, fontSize=9, leading=11.5, textColor=ink,
                                spaceBefore=7, spaceAfter=1.5),
        "continued": ParagraphStyle("continued", fontName=bold, fontSize=9, leading=11.5, textColor=muted,
                                    spaceBefore=0, spaceAfter=4),
        "entry": ParagraphStyle("entry", fontName=regular, fontSize=8, leading=10, textColor=ink,
                                leftIndent=8, firstLineIndent=-8, spaceBefore=0, spaceAfter=4.2),
    }

    total = data.participants
    counter = {"done": 0}
    if progress is not None and progress(0, total) is False:
        raise ExportCancelled("List of Participants cancelled; no file was written.")


    list_title = text("list_of_participants", lang)
    info = layout.DocInfo(title=f"{list_title} \u2013 {data.conference_name}", lang=lang, author=data.author,
                          subject=list_title)
    NumberedCanvas = layout.numbered_canvas(info, left, right, bottom - 10 * mm)  # noqa: N806

    def later_pages(canv: Any, _doc: Any) -> None:
        canv.saveState()
        y = page_h - top + 7 * mm
        canv.setFont(regular, 7.5)
        canv.setFillColor(muted)
        canv.drawString(left, y, data.short_name or data.conference_name)
        canv.drawRightString(page_w - right, y, list_title)
        canv.setStrokeColor(colors.HexColor("#9aa9bb"))
        canv.setLineWidth(0.5)
        canv.line(left, y - 2.5 * mm, page_w - right, y - 2.5 * mm)
        canv.restoreState()

    def first_page(canv: Any, _doc: Any) -> None:
        canv.saveState()
        canv.setFillColor(accent)
        canv.rect(0, page_h - 8 * mm, page_w, 8 * mm, stroke=0, fill=1)
        canv.restoreState()

    def footer_rule(canv: Any) -> None:
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#9aa9bb"))
        canv.setLineWidth(0.5)
        canv.line(left, bottom - 5 * mm, page_w - right, bottom - 5 * mm)
        canv.restoreState()

    def on_first(canv: Any, doc: Any) -> None:
        first_page(canv, doc)
        footer_rule(canv)

    def on_later(canv: Any, doc: Any) -> None:
        later_pages(canv, doc)
        footer_rule(canv)

    first_frames = [
        Frame(left, page_h - top - title_h, page_w - left - right, title_h, id="title",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(left, bottom, col_w, body_h - title_h, id="c1", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0),
        Frame(left + col_w + gap, bottom, col_w, body_h - title_h, id="c2", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0),
    ]
    later_frames = [
        Frame(left, bottom, col_w, body_h, id="l1", leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0),
        Frame(left + col_w + gap, bottom, col_w, body_h, id="l2", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0),
    ]

    continued_label = text("continued", lang)

    class ListDocTemplate(BaseDocTemplate):
        # The delegation whose entries run on into the next column, if any.
        _running_group: str | None = None

        def handle_frameBegin(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802 (reportlab's name)
            super().handle_frameBegin(*args, **kwargs)
            if self._running_group:
                heading = Paragraph(f"{escape(self._running_group)} <font name='{regular}' size='7.5' "
                                    f"color='#555555'>{escape(continued_label)}</font>", styles["continued"])
                self.frame.add(heading, self.canv, trySplit=0)

        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab's name)
            group = getattr(flowable, "_lop_group", None)
            if group is not None:
                self._running_group = None if flowable._lop_last else group
            n = getattr(flowable, "_lop_entries", 0)
            if n:
                counter["done"] += n
                if progress is not None and counter["done"] % 50 == 0 and progress(counter["done"], total) is False:
                    raise ExportCancelled("List of Participants cancelled; no file was written.")

    doc = ListDocTemplate(
        str(out), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        **layout.metadata(info),
    )
    doc.addPageTemplates([
        PageTemplate(id="first", frames=first_frames, onPage=on_first),
        PageTemplate(id="later", frames=later_frames, onPage=on_later),
    ])

    def para(value: str, style: str) -> Paragraph:
        return Paragraph(escape(value), styles[style])

    rule = colors.HexColor("#9aa9bb")
    story: list[Any] = [
        NextPageTemplate("later"),
        Spacer(1, 6 * mm),
        para(data.conference_name, "conf"),
    ]
    if data.theme:
        story.append(para(data.theme, "theme"))
    story.append(para(" \u00b7 ".join(p for p in (data.place, data.dates) if p), "place"))
    story += [
        Spacer(1, 5 * mm),
        HRFlowable(width="30%", thickness=0.8, color=accent, spaceBefore=0, spaceAfter=4 * mm),
        para(list_title.upper(), "title"),
        Spacer(1, 2.5 * mm),
        para(text("as_of", lang, date=long_date(today, lang)) + " \u00b7 "
             + text("participants_count", lang, n=f"{total:,}".replace(",", "\u202f")), "asof"),
        FrameBreak(),
    ]

    def section_band(label: str) -> Table:
        table = Table([[Paragraph(escape(label), styles["section"])]], colWidths=[col_w])
        table.setStyle(TableStyle([
            *layout.embedded_font_style(),
            ("BACKGROUND", (0, 0), (-1, -1), band),
            ("LINEBELOW", (0, 0), (-1, -1), 0.8, accent),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]))
        return table

    class EntryParagraph(Paragraph):
        """One person: never split between two columns."""

        def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
            return []

    head_labels = {g: text(f"head_of_delegation_{g}", lang) for g in ("F", "M")}
    head_label = text("head_of_delegation", lang)
    for number, section in enumerate(data.sections):
        label = f"{_ROMAN[number]}. {text(section.key, lang).upper()}"
        first_block = True
        for group in section.groups:
            heading = [
                Paragraph(escape(upper(group.title)), styles["group"]),
                HRFlowable(width="100%", thickness=0.4, color=rule, spaceBefore=0, spaceAfter=3),
            ]
            flowables: list[Any] = []
            for entry in group.entries:
                markup = f"<b>{escape(entry.name)}</b>"
                if entry.latin:
                    markup += f" <font color='#555555'>{layout.markup(entry.latin)}</font>"
                if entry.is_head:
                    markup += f"<br/><font size='7' color='#1f4e79'>{escape(head_labels.get(entry.gender, head_label))}</font>"
                for line in entry.lines:
                    markup += f"<br/>{escape(line)}"
                paragraph = EntryParagraph(markup, styles["entry"])
                paragraph._lop_entries = 1  # type: ignore[attr-defined]
                paragraph._lop_group = upper(group.title)  # type: ignore[attr-defined]
                paragraph._lop_last = entry is group.entries[-1]  # type: ignore[attr-defined]
                flowables.append(paragraph)
            # A group's heading never ends a column: keep it with its first entry.
            lead = heading + flowables[:1]
            if first_block:
                story.append(CondPageBreak(40 * mm) if number else Spacer(1, 0))
                lead = [section_band(label), Spacer(1, 1 * mm), *lead]
                first_block = False
            story.append(KeepTogether(lead))
            story.extend(flowables[1:])
    if not data.sections:
        story.append(Spacer(1, 1))
    doc.build(story, canvasmaker=NumberedCanvas)
    if progress is not None and progress(counter["done"], total) is False:
        raise ExportCancelled("List of Participants cancelled; no file was written.")
