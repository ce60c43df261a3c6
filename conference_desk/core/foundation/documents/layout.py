"""One table layout and one page frame for every PDF the application writes.

* :func:`data_table` sets a table whose column widths come from its content:
  each column gets at least the width of its widest unbreakable piece (a word of
  a heading or cell; the whole cell for numbers, times, dates and codes), so a
  line never breaks inside a word, number, time or date.  When the page is too
  narrow the font is made smaller (within limits), then headings are
  abbreviated; the space left is shared in proportion to what each column would
  need to print on one line.  Numbers are right-aligned.
* :func:`format_number` writes numbers as each language does ("1,560.00",
  "1 560,00", "1.560,00").
* :func:`build_pdf` writes a document with the document title and "Page x of y"
  in every footer, the PDF metadata (title, author = the organisers, creator =
  Conference Desk and its version, language) and only embedded fonts (the
  canvas starts in DejaVu Sans, so no Helvetica is declared).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .... import __version__
from ..files import atomic_output
from . import fonts
from .strings import text

CREATOR = f"Conference Desk {__version__}"
PDF_LANG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}
ACCENT = "#1f4e79"
MUTED = "#555555"
GRID = "#9aa9bb"
STRIPE = "#f1f4f8"

# Column kinds: TEXT wraps between words; NOWRAP (times, dates, codes, short labels) and NUMBER never wrap;
# NUMBER is right-aligned.
TEXT, NOWRAP, NUMBER = "text", "nowrap", "number"
# LIST: items separated by ", " (names of people): a line breaks between items, never inside one.
LIST = "list"


# --------------------------------------------------------------------------
# Numbers and dates as each language writes them
# --------------------------------------------------------------------------

_SEPARATORS = {"en": (",", "."), "fr": ("\u202f", ","), "es": (".", ",")}


def format_number(value: float | int, lang: str = "en", decimals: int = 0) -> str:
    """``1560`` -> "1,560" (en), "1 560" (fr, narrow no-break space), "1.560" (es); with decimals too."""
    group, point = _SEPARATORS.get(lang, _SEPARATORS["en"])
    formatted = f"{value:,.{decimals}f}"
    return formatted.replace(",", "\0").replace(".", point).replace("\0", group)


def format_money(value: float, lang: str = "en") -> str:
    return format_number(value, lang, 2)


def short_date(day: dt.date | None, lang: str = "en") -> str:
    """A date in a table cell: "27 Sep 2015", "27 sept. 2015", "27 sep. 2015" (no break inside)."""
    if day is None:
        return ""
    months = _SHORT_MONTHS.get(lang, _SHORT_MONTHS["en"])
    return f"{day.day}\u00a0{months[day.month - 1]}\u00a0{day.year}"


_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "es": ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."),
}


# --------------------------------------------------------------------------
# Measuring and marking up text with the font chain
# --------------------------------------------------------------------------


def markup(value: str, bold: bool = False) -> str:
    """Paragraph markup drawing ``value`` with the font chain (Latin form when a character cannot be drawn)."""
    if not value:
        return ""
    chain = fonts.font_chain(fonts.BOLD if bold else fonts.REGULAR)
    shown = fonts.visual(value)
    runs, missing = chain.runs(shown)
    if missing:
        return escape(fonts.printable(value, fonts.BOLD if bold else fonts.REGULAR))
    if len(runs) == 1 and runs[0].font in (fonts.REGULAR, fonts.BOLD):
        return escape(runs[0].text)
    return "".join(f'<font name="{run.font}">{escape(run.text)}</font>' for run in runs)


def text_width(value: str, size: float, bold: bool = False) -> float:
    """Width in points of ``value`` as :func:`markup` draws it at ``size``."""
    if not value:
        return 0.0
    chain = fonts.font_chain(fonts.BOLD if bold else fonts.REGULAR)
    runs, missing = chain.runs(fonts.visual(value))
    if missing:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(fonts.printable(value), fonts.BOLD if bold else fonts.REGULAR, size)
    return sum(run.width for run in runs) * size


_BREAKS = re.compile(r"[ \t\n]+")


def _pieces(value: str, kind: str) -> list[str]:
    if kind == LIST:
        return [p.strip() + "," for p in value.split(",") if p.strip()]
    if kind != TEXT:
        return [value]
    return [p for p in _BREAKS.split(value) if p]


# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A table column: its heading (and a shorter one for narrow pages), kind and minimum width (mm)."""

    heading: str
    kind: str = TEXT
    short: str = ""
    min_mm: float = 0.0
    bold: bool = False


def plan_widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], avail: float, size: float,
                min_size: float, padding: float) -> tuple[list[float], float, list[str]]:
    """(column widths in points, font size, headings) so that no piece of text has to break."""
    from reportlab.lib.units import mm

    def measure(cur_size: float, headings: list[str]) -> tuple[list[float], list[float]]:
        mins, naturals = [], []
        for i, col in enumerate(columns):
            head_pieces = _pieces(headings[i], TEXT)
            lo = max([text_width(p, cur_size, True) for p in head_pieces] or [0.0])
            hi = text_width(headings[i], cur_size, True)
            for row in rows:
                value = row[i] if i < len(row) else ""
                if not value:
                    continue
                for p in _pieces(value, col.kind):
                    lo = max(lo, text_width(p, cur_size, col.bold))
                for line in value.split("\n"):
                    hi = max(hi, text_width(line, cur_size, col.bold))
            lo = max(lo + padding, col.min_mm * mm)
            mins.append(lo)
            naturals.append(max(hi + padding, lo))
        return mins, naturals

    headings = [c.heading for c in columns]
    cur = size
    mins, naturals = measure(cur, headings)
    while sum(mins) > avail and cur - 0.5 >= min_size:
        cur -= 0.5
        mins, naturals = measure(cur, headings)
    if sum(mins) > avail and any(c.short for c in columns):
        headings = [c.short or c.heading for c in columns]
        mins, naturals = measure(cur, headings)
    if sum(naturals) <= avail:
        widths = list(naturals)
        spare = avail - sum(widths)
        growable = [i for i, c in enumerate(columns) if c.kind in (TEXT, LIST)] or list(range(len(columns)))
        weight = sum(naturals[i] for i in growable) or 1.0
        for i in growable:
            widths[i] += spare * naturals[i] / weight
        return widths, cur, headings
    # As browsers lay out automatic tables: every column gets its minimum, and the space left is shared in
    # proportion to what each column would need more to print on one line.
    extra = max(avail - sum(mins), 0.0)
    want = [n - m for n, m in zip(naturals, mins)]
    total_want = sum(want) or 1.0
    widths = [m + extra * w / total_want for m, w in zip(mins, want)]
    return widths, cur, headings


def data_table(columns: Sequence[Column], rows: Sequence[Sequence[str]], avail: float, size: float = 8.0,
               min_size: float = 6.0, head_background: str = ACCENT, stripes: bool = True,
               extra_style: Sequence[tuple[Any, ...]] = (), repeat_header: bool = True) -> Any:
    """A reportlab Table laid out by :func:`plan_widths` (cells are plain text; names in any script)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    regular, bold = fonts.register_fonts()
    pad = 2.5
    widths, cur, headings = plan_widths(columns, rows, avail, size, min_size, 2 * pad + 0.5)
    leading = round(cur * 1.22, 2)
    base = dict(fontSize=cur, leading=leading, splitLongWords=0)
    head_styles = [ParagraphStyle(f"h{i}", fontName=bold, textColor=colors.white,
                                  alignment=TA_RIGHT if c.kind == NUMBER else TA_LEFT, **base)
                   for i, c in enumerate(columns)]
    cell_styles = [ParagraphStyle(f"c{i}", fontName=bold if c.bold else regular,
                                  alignment=TA_RIGHT if c.kind == NUMBER else TA_LEFT, **base)
                   for i, c in enumerate(columns)]

    def cell(value: str, i: int, head: bool = False) -> Any:
        col = columns[i]
        lines = (value or "").split("\n")
        if head:
            pass  # a heading wraps between its words (columns are at least as wide as its longest word)
        elif col.kind == LIST:
            lines = [", ".join(item.strip().replace(" ", "\u00a0") for item in line.split(",")) for line in lines]
        elif col.kind != TEXT:
            lines = [line.replace(" ", "\u00a0") for line in lines]
        html = "<br/>".join(markup(line, bold=head or col.bold) for line in lines)
        return Paragraph(html, head_styles[i] if head else cell_styles[i])

    data = [[cell(h, i, True) for i, h in enumerate(headings)]]
    data += [[cell(row[i] if i < len(row) else "", i) for i in range(len(columns))] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1 if repeat_header else 0)
    style: list[tuple[Any, ...]] = [
        *embedded_font_style(),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_background)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor(GRID)),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if stripes:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(STRIPE)]))
    style.extend(extra_style)
    table.setStyle(TableStyle(style))
    return table


def embedded_font_style() -> list[tuple[Any, ...]]:
    """TableStyle commands that make a table's own cell font an embedded one (reportlab's default is
    Helvetica, which it then declares unembedded in the PDF even when every cell holds a Paragraph)."""
    regular, _bold = fonts.register_fonts()
    return [("FONTNAME", (0, 0), (-1, -1), regular)]


# --------------------------------------------------------------------------
# Paragraph styles with the embedded fonts
# --------------------------------------------------------------------------


def paragraph_styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = fonts.register_fonts()
    accent = colors.HexColor(ACCENT)
    grey = colors.HexColor("#444444")
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, textColor=accent,
                                splitLongWords=0),
        "sub": ParagraphStyle("sub", fontName=regular, fontSize=9, leading=12, textColor=grey, splitLongWords=0),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                             splitLongWords=0),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9, leading=12, splitLongWords=0),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10.5, textColor=grey,
                                splitLongWords=0),
    }


def para(value: str, style: Any, bold: bool = False) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup(value, bold=bold), style)


# --------------------------------------------------------------------------
# Documents: footer with title and "Page x of y", metadata, embedded fonts only
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class DocInfo:
    """What every PDF says about itself."""

    title: str
    lang: str = "en"
    author: str = ""
    subject: str = ""
    footer: str = ""  # defaults to the title


def organisers(db: Any) -> str:
    """The organisers of the conference (the PDF author), e.g. "UNESCO; Government of Mexico City"."""
    from sqlalchemy import select

    from ..models import Conference

    with db.session() as s:
        conf = s.scalar(select(Conference).limit(1))
        return (conf.organisers or "").strip() if conf is not None else ""


def numbered_canvas(info: DocInfo, left: float, right: float, y: float,
                    extra: Callable[[Any, int, int], None] | None = None) -> type:
    """A canvas class that draws the footer of every page once the number of pages is known."""
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas as rl_canvas

    regular, _bold = fonts.register_fonts()
    label = info.footer or info.title

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", regular)
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.saveState()
                self.setFillColor(colors.HexColor(MUTED))
                page_label = text("page_of", info.lang, page=self._pageNumber, pages=count)
                self.setFont(regular, 7)
                room = width - left - right - text_width(page_label, 7) - 12
                self._draw_label(label, left, y, room)
                self.drawRightString(width - right, y, page_label)
                if extra is not None:
                    extra(self, self._pageNumber, count)
                self.restoreState()
                super().showPage()
            super().save()

        def _draw_label(self, value: str, x: float, y0: float, room: float) -> None:
            size = 7.0
            while size > 5 and text_width(value, size) > room:
                size -= 0.5
            chain = fonts.font_chain(fonts.REGULAR)
            runs, missing = chain.runs(fonts.visual(value))
            if missing:
                self.setFont(regular, size)
                self.drawString(x, y0, fonts.printable(value))
                return
            for run in runs:
                self.setFont(run.font, size)
                self.drawString(x, y0, run.text)
                x += run.width * size

    return NumberedCanvas


def metadata(info: DocInfo) -> dict[str, Any]:
    """Keyword arguments of reportlab's doc templates for the PDF metadata."""
    return {"title": info.title, "author": info.author or "", "subject": info.subject or info.title,
            "creator": CREATOR, "lang": PDF_LANG.get(info.lang, info.lang),
            "initialFontName": fonts.register_fonts()[0]}


def build_pdf(path: Path | str, story: list[Any], info: DocInfo, pagesize: tuple[float, float] | None = None,
              margins_mm: tuple[float, float, float, float] = (12, 12, 12, 16),
              on_page: Callable[[Any, Any], None] | None = None) -> None:
    """Write ``story`` to ``path`` atomically with the shared footer and metadata.

    ``margins_mm`` are (left, right, top, bottom); the footer sits in the bottom margin.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    page = pagesize or A4
    left, right, top, bottom = (m * mm for m in margins_mm)
    canvasmaker = numbered_canvas(info, left, right, bottom - 7 * mm)

    def paint(canv: Any, doc: Any) -> None:
        if on_page is not None:
            on_page(canv, doc)

    class Template(SimpleDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab's name)
            entry = getattr(flowable, "_toc_text", None)
            if entry:
                self.notify("TOCEntry", (0, entry, self.page))

    with atomic_output(Path(path)) as tmp:
        doc = Template(str(tmp), pagesize=page, leftMargin=left, rightMargin=right, topMargin=top,
                       bottomMargin=bottom, **metadata(info))
        if any(type(f).__name__ == "TableOfContents" for f in story):
            doc.multiBuild(story, onFirstPage=paint, onLaterPages=paint, canvasmaker=canvasmaker)
        else:
            doc.build(story, onFirstPage=paint, onLaterPages=paint, canvasmaker=canvasmaker)


def table_of_contents(title_style: Any, entry_style: Any) -> Any:
    """A table of contents filled by :func:`build_pdf` from flowables that carry ``_toc_text``."""
    from reportlab.platypus.tableofcontents import TableOfContents

    from reportlab.platypus import TableStyle

    toc = TableOfContents(levelStyles=[entry_style], dotsMinLevel=0,
                          tableStyle=TableStyle([*embedded_font_style(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return toc


def frame_width(pagesize: tuple[float, float], margins_mm: tuple[float, float, float, float] = (12, 12, 12, 16)
                ) -> float:
    from reportlab.lib.units import mm

    return pagesize[0] - (margins_mm[0] + margins_mm[1]) * mm - 0.5
