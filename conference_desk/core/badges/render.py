"""Badges to PDF (and PNG for the live preview) with reportlab's canvas (no Qt).

Layouts (:data:`LAYOUTS`):

* ``a6-4up`` - A6 badges (105 × 148 mm), four to an A4 portrait sheet.  Printers
  cannot print to the edge of a sheet, so each badge's artwork sits 5 mm inside
  its A6 cell; the optional cut marks are thin lines on the cut lines in that
  white margin (at the sheet's edges and a cross in the middle), never over a
  badge's artwork.
* ``id1`` - one ID-1/CR80 card (85.6 × 53.98 mm, landscape) per page, full
  bleed, for card printers.

Each badge: a header band (conference short name as the logo area, conference
name, dates), the name big and auto-fitted (:func:`fit_text`: shrink to a
minimum size, then wrap to two lines, then shrink more, and only then cut with
an ellipsis: it never runs past the inner width), delegation, position and city,
the category's colour band and label, and the QR code.

QR codes are drawn as vector rectangles (runs of dark modules merged, see
:mod:`.qr_matrix`) on a white square that includes the 4-module quiet zone.
Module size (:func:`qr_module_mm`) is at least 0.4 mm and snapped to whole
1/300-inch printer dots, so a 300 dpi printer puts the same number of dots in
every module.

Scripts: every text goes through a font chain (:mod:`..documents.fonts`):
DejaVu Sans for Latin, Greek and Cyrillic; the shipped Droid Sans Fallback for
Chinese/Japanese; Arabic shaped and reordered (arabic-reshaper, python-bidi) and
drawn with DejaVu's presentation forms; system TrueType fonts for anything
else.  A name with a character no font can draw is reported
(:class:`MissingGlyphs`) and the Latin form is printed instead; delegation,
position and city fall back to a transliteration.

Speed: widths are measured once per text at 1 pt and scaled; QR codes are
pre-formatted integer operators placed with one ``cm``.  For large batches a
helper process (:mod:`.qr_matrix` run as a program) computes QR codes on the
second core, working from the end of the batch while this process works from
the start, so the two meet in the middle and no output needs merging.
"""

from __future__ import annotations

import io
import math
import os
import re
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.pdfgen import canvas as rl_canvas
from unidecode import unidecode

from ..foundation.colours import readable_pair
from ..foundation.documents import fonts
from ..foundation.documents.fonts import FontChain, Run
from ..foundation.errors import ConferenceDeskError
from ..foundation.files import ExportCancelled, atomic_output
from ..foundation.text import is_latin
from .qr_matrix import qr_ops
from .types import LAYOUTS, BadgeData, BadgeStyle, MissingGlyphs, RenderResult

if TYPE_CHECKING:
    from PIL import Image

ProgressCallback = Callable[[int, int], "bool | None"]

MM = 72 / 25.4
A4_W, A4_H = 210 * MM, 297 * MM
A6_W, A6_H = 105 * MM, 148 * MM
ID1_W, ID1_H = 85.6 * MM, 53.98 * MM
A6_INSET = 5 * MM  # white margin inside each A6 cell (printers' unprintable edge, cut marks)
MIN_MODULE_MM = 0.4
DOT = 72 / 300  # one 300 dpi printer dot, in points
A6_QR_MM = 33.0  # the QR square, quiet zone included
A6_QR_MAX_MM = 40.0
ID1_QR_MM = 20.5
ID1_QR_MAX_MM = 24.0
_PAYLOAD = re.compile(r"[A-Za-z0-9]+")
PARALLEL_MIN_BADGES = 40  # below this a helper process costs more than it saves

_INK = "#1b1f24"
_MUTED = "#4a5058"
_SOFT = "#6b737c"
_RULE = "#d5dae0"


class BadgeRenderCancelled(ExportCancelled):
    """The progress callback asked to stop; no file was written."""


# --------------------------------------------------------------------------
# Text fitting
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float  # advance at 1 pt

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Fitted:
    """Lines of a text and the size they are set at; ``width`` ≤ the width asked for."""

    size: float
    lines: tuple[Line, ...]
    bold: bool = False  # set with the bold chain: fallback fonts without a bold face are emboldened

    @property
    def width(self) -> float:
        return max((line.width for line in self.lines), default=0.0) * self.size

    def height(self, leading: float = 1.18) -> float:
        return len(self.lines) * self.size * leading if self.lines else 0.0


_EMPTY = Fitted(0.0, ())
_ELLIPSIS = "…"


def _line(text: str, chain: FontChain) -> Line:
    runs, _missing = chain.runs(fonts.visual(text))
    return Line(runs, sum(run.width for run in runs))


def _truncate(text: str, chain: FontChain, width: float, size: float) -> Line:
    """The longest start of ``text`` that fits with an ellipsis (logical order kept)."""
    whole = _line(text, chain)
    if whole.width * size <= width:
        return whole
    lo, hi = 0, len(text)
    best = _line(_ELLIPSIS, chain)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        candidate = _line(text[:mid].rstrip(" ,;-–") + _ELLIPSIS, chain)
        if candidate.width * size <= width:
            best, lo = candidate, mid
        else:
            hi = mid - 1
    return best


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _splits(text: str) -> list[tuple[str, str]]:
    """Places to break ``text`` into two lines: at spaces, else between CJK characters."""
    words = text.split()
    if len(words) >= 2:
        return [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    if any(_wide(ch) for ch in text):
        return [(text[:i], text[i:]) for i in range(1, len(text))]
    return []


def _floor_size(size: float) -> float:
    return math.floor(size * 4) / 4


def fit_text(
    text: str,
    chain: FontChain,
    width: float,
    size: float,
    min_size: float,
    max_lines: int = 1,
    wrap_size: float | None = None,
    wrap_min_size: float | None = None,
) -> Fitted:
    """:func:`_fit_text`, remembering whether the text is set in the bold chain."""
    from dataclasses import replace as _replace

    fitted = _fit_text(text, chain, width, size, min_size, max_lines, wrap_size, wrap_min_size)
    bold = bool(chain.fonts) and chain.fonts[0] == fonts.BOLD
    return _replace(fitted, bold=True) if bold and fitted.lines else fitted


# Fallback fonts with one weight: Droid Sans Fallback (CJK), system fonts (Hangul has Nanum Square Bold).
# In bold text their glyphs are emboldened by stroking the outline in the fill colour, so a Korean or Chinese
# name in a bold heading has the weight of the Latin text around it.
EMBOLDEN = 0.045  # stroke width as a share of the font size


def _fit_text(
    text: str,
    chain: FontChain,
    width: float,
    size: float,
    min_size: float,
    max_lines: int = 1,
    wrap_size: float | None = None,
    wrap_min_size: float | None = None,
) -> Fitted:
    """Set ``text`` within ``width`` points: at ``size``, shrunk down to ``min_size``; then
    (``max_lines`` 2) on two balanced lines from ``wrap_size`` down to ``wrap_min_size``;
    then cut with an ellipsis at the smallest size.  The result never exceeds ``width``."""
    text = " ".join(text.split())
    if not text:
        return _EMPTY
    one = _line(text, chain)
    if one.width <= 0:
        return _EMPTY
    if one.width * size <= width:
        return Fitted(size, (one,))
    shrunk = _floor_size(width / one.width)
    if shrunk >= min_size:
        return Fitted(shrunk, (one,))
    wrap_size = wrap_size or min_size
    wrap_min_size = wrap_min_size or min_size
    if max_lines >= 2:
        best: tuple[float, float, str, str, Line, Line] | None = None
        for first, second in _splits(text):
            a, b = _line(first, chain), _line(second, chain)
            widest = max(a.width, b.width)
            fit = min(wrap_size, _floor_size(width / widest)) if widest > 0 else wrap_size
            # The larger size first, then the more balanced split.
            candidate = (fit, -abs(a.width - b.width), first, second, a, b)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        if best is not None:
            fit, _balance, first, second, a, b = best
            if fit >= wrap_min_size:
                return Fitted(fit, (a, b))
            # Too long even on two lines at the smallest size: fill the first line, cut the
            # second with an ellipsis.
            size = wrap_min_size
            for head, tail in reversed(_splits(text)):
                line = _line(head, chain)
                if line.width * size <= width:
                    return Fitted(size, (line, _truncate(tail, chain, width, size)))
            return Fitted(size, (_truncate(first, chain, width, size), _truncate(second, chain, width, size)))
        return Fitted(wrap_min_size, (_truncate(text, chain, width, wrap_min_size),))
    return Fitted(min_size, (_truncate(text, chain, width, min_size),))


# --------------------------------------------------------------------------
# Scripts: what can be drawn, fallbacks
# --------------------------------------------------------------------------


def _transliterate(text: str) -> str:
    return " ".join(unidecode(unicodedata.normalize("NFKC", text)).split())


def _drawable(text: str, chain: FontChain) -> tuple[str, str]:
    """(text to draw, characters that could not be drawn) for one badge field."""
    if not text:
        return "", ""
    missing = chain.missing(text)
    if not missing:
        return text, ""
    fallback = _transliterate(text)
    if chain.missing(fallback):
        fallback = "".join(ch for ch in fallback if ch.isspace() or not chain.missing(ch))
    return fallback, missing


def _name_to_draw(badge: BadgeData, chain: FontChain) -> tuple[str, MissingGlyphs | None]:
    name = " ".join((badge.name or "").split())
    latin = " ".join((badge.latin_name or "").split())
    if not name:
        name = latin
    missing = chain.missing(name)
    if not missing:
        return name, None
    if not latin or chain.missing(latin):
        latin = _transliterate(latin or name)
        if chain.missing(latin):
            latin = "".join(ch for ch in latin if ch.isspace() or not chain.missing(ch))
    return latin, MissingGlyphs(badge.participant_id, badge.name, missing, latin)


# --------------------------------------------------------------------------
# Colours and QR geometry
# --------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _rgb(colour: str, default: str = "#808080") -> tuple[float, float, float]:
    value = (colour or "").strip().lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    try:
        if len(value) != 6:
            raise ValueError
        return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return _rgb(default) if colour != default else (0.5, 0.5, 0.5)


def _contrast_text(colour: str) -> str:
    r, g, b = _rgb(colour)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#1b1f24" if luminance > 0.6 else "#ffffff"


def qr_module_mm(modules: int, target_mm: float, max_mm: float, min_module_mm: float = MIN_MODULE_MM) -> float:
    """Module size (mm) for a QR ``modules`` wide (quiet zone included) meant to be about
    ``target_mm`` wide: never under ``min_module_mm``, a whole number of 300 dpi dots, and the
    whole code within ``max_mm`` (else ConferenceDeskError: the payload is too long)."""
    dot_mm = 25.4 / 300
    min_dots = math.ceil(min_module_mm / dot_mm - 1e-9)
    dots = max(min_dots, int(target_mm / modules / dot_mm))
    module = dots * dot_mm
    if module * modules > max_mm + 1e-9:
        raise ConferenceDeskError(
            f"The QR code needs {modules} modules: at {min_module_mm} mm each it does not fit "
            f"in {max_mm:g} mm. Use a shorter code."
        )
    return module


def _check_payload(code: str) -> None:
    if not code or not _PAYLOAD.fullmatch(code):
        raise ConferenceDeskError(f"A badge code must be plain ASCII letters and digits, not {code!r}.")


def _snap(value: float) -> float:
    return round(value / DOT) * DOT


def _draw_qr(c: rl_canvas.Canvas, qr: tuple[int, str], x: float, y: float, target_mm: float,
             max_mm: float, centre: bool = True) -> float:
    """Draw the QR with its quiet zone in a ``target_mm`` square at (x, y) (bottom-left);
    returns the side drawn (points)."""
    modules, ops = qr
    module = qr_module_mm(modules, target_mm, max_mm) * MM
    side = module * modules
    if centre:
        x += (target_mm * MM - side) / 2
        y += (target_mm * MM - side) / 2
    x, y = _snap(x), _snap(y)
    top = y + side
    c.addLiteral(
        f"q 1 g {x:.3f} {y:.3f} {side:.3f} {side:.3f} re f 0 g "
        f"{module:.5f} 0 0 {-module:.5f} {x:.3f} {top:.3f} cm {ops} f Q"
    )
    return side


# --------------------------------------------------------------------------
# Drawing
# --------------------------------------------------------------------------


def _draw_line(c: rl_canvas.Canvas, line: Line, size: float, x: float, y: float, align: str = "centre",
               bold: bool = False) -> None:
    width = line.width * size
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    for run in line.runs:
        c.setFont(run.font, size)
        if bold and run.font not in (fonts.BOLD, fonts.REGULAR, fonts.KOREAN_BOLD):
            c.saveState()
            c.setStrokeColor(c._fillColorObj)
            c.setLineWidth(size * EMBOLDEN)
            c.setLineJoin(1)
            c.drawString(x, y, run.text, mode=2)  # fill and stroke: the weight of the bold Latin face
            c.restoreState()
        else:
            c.drawString(x, y, run.text)
        x += run.width * size


def _draw_block(c: rl_canvas.Canvas, fitted: Fitted, x: float, top: float, align: str = "centre",
                leading: float = 1.18) -> float:
    """Draw lines with their first cap height at ``top``; returns the y under the block."""
    y = top
    for line in fitted.lines:
        y -= fitted.size * 0.76
        _draw_line(c, line, fitted.size, x, y, align, fitted.bold)
        y -= fitted.size * (leading - 0.76)
    return y


def _fill(c: rl_canvas.Canvas, colour: str) -> None:
    c.setFillColorRGB(*_rgb(colour))


@dataclass
class _Chains:
    regular: FontChain
    bold: FontChain


@lru_cache(maxsize=1)
def _chains() -> _Chains:
    return _Chains(fonts.font_chain(fonts.REGULAR), fonts.font_chain(fonts.BOLD))


@dataclass
class _Texts:
    name: str
    delegation: str
    position: str
    city: str
    conference: str
    short: str
    dates: str
    category: str
    latin: str  # the Latin form under a name in another script ("" when not needed)


def _texts(badge: BadgeData, style: BadgeStyle, missing: list[MissingGlyphs]) -> _Texts:
    chains = _chains()
    name, problem = _name_to_draw(badge, chains.bold)
    if problem is not None:
        missing.append(problem)

    def field(value: str, chain: FontChain, label: str) -> str:
        drawn, lost = _drawable(value, chain)
        if lost:
            missing.append(MissingGlyphs(badge.participant_id, badge.name, lost, drawn, field=label))
        return drawn

    latin = ""
    if problem is None and not is_latin(name):
        latin = " ".join((badge.latin_name or "").split())
        if latin == name or chains.regular.missing(latin):
            latin = ""
    return _Texts(
        latin=latin,
        name=name,
        delegation=field(badge.delegation, chains.bold, "delegation") if style.show_delegation else "",
        position=field(badge.position, chains.regular, "position") if style.show_position else "",
        city=field(badge.city, chains.regular, "city") if style.show_city else "",
        conference=_drawable(badge.conference_name, chains.regular)[0],
        short=_drawable(badge.conference_short, chains.bold)[0] if style.show_logo else "",
        dates=_drawable(badge.dates, chains.regular)[0],
        category=field(badge.category_label, chains.bold, "category") if style.show_category_label else "",
    )


def _category_colours(badge: BadgeData, style: BadgeStyle) -> tuple[str, str]:
    """Band and text colours with a contrast of at least 4.5:1 (WCAG AA; see core/foundation/colours.py)."""
    override = style.category_colours.get(getattr(badge, "category_code", "") or "")
    if override:
        return readable_pair(override, _contrast_text(override))
    return readable_pair(badge.category_colour, badge.category_text_colour or _contrast_text(badge.category_colour))


def header_colours(style: BadgeStyle) -> tuple[str, str]:
    return readable_pair(style.header_colour, style.header_text_colour)


def _stack(items: list[tuple[Fitted, str, float]]) -> float:
    return sum(f.height() + gap for f, _colour, gap in items if f.lines) - (items[-1][2] if items else 0)


def _draw_a6(c: rl_canvas.Canvas, badge: BadgeData, qr: tuple[int, str], style: BadgeStyle,
             x0: float, y0: float, missing: list[MissingGlyphs]) -> None:
    chains = _chains()
    t = _texts(badge, style, missing)
    ax, ay = x0 + A6_INSET, y0 + A6_INSET
    aw, ah = A6_W - 2 * A6_INSET, A6_H - 2 * A6_INSET
    top = ay + ah
    cx = ax + aw / 2
    pad = 6 * MM
    inner = aw - 2 * pad

    # Header band: the logo area (short name), the conference name, the dates.
    header_h = 27 * MM
    head_band, head_text = header_colours(style)
    _fill(c, head_band)
    c.rect(ax, top - header_h, aw, header_h, stroke=0, fill=1)
    _fill(c, head_text)
    if t.short:
        short = fit_text(t.short, chains.bold, inner, 21, 12)
        y = _draw_block(c, short, cx, top - 5.5 * MM, leading=1.25)
        conf = fit_text(t.conference, chains.regular, inner, 7.6, 6.4, 2)
        y = _draw_block(c, conf, cx, y - 0.6 * MM, leading=1.3)
    else:
        conf = fit_text(t.conference, chains.bold, inner, 10.5, 8, 2, 9.5, 7)
        y = _draw_block(c, conf, cx, top - 6.5 * MM, leading=1.25)
    if t.dates:
        dates = fit_text(t.dates, chains.regular, inner, 7, 6)
        if y - dates.height() > top - header_h + 1.5 * MM:
            _draw_block(c, dates, cx, y - 0.8 * MM)

    # The name, big, in the box under the header.
    box_top, box_bottom = top - header_h - 4.5 * MM, top - 58 * MM
    name = fit_text(t.name, chains.bold, inner, 26, 17, 2, 20, 10)
    latin = fit_text(t.latin, chains.regular, inner, 11, 8)
    block = name.height(1.12) + (latin.height() + 1 * MM if latin.lines else 0)
    _fill(c, _INK)
    y = _draw_block(c, name, cx, box_top - (box_top - box_bottom - block) / 2, leading=1.12)
    if latin.lines:
        _fill(c, _MUTED)
        _draw_block(c, latin, cx, y - 1 * MM)

    # A short rule in the header colour, then delegation, position, city.
    c.setStrokeColorRGB(*_rgb(style.header_colour))
    c.setLineWidth(1.1)
    rule_y = box_bottom - 1.5 * MM
    c.line(cx - 9 * MM, rule_y, cx + 9 * MM, rule_y)

    band_h = 17 * MM
    qr_bottom = ay + band_h + 2.5 * MM
    details_top = rule_y - 4 * MM
    budget = details_top - (qr_bottom + A6_QR_MM * MM) - 1 * MM
    delegation = fit_text(t.delegation, chains.bold, inner, 12.5, 10, 2, 10.5, 8.5)
    position = fit_text(t.position, chains.regular, inner, 9.5, 8, 2, 8.5, 7.5)
    city = fit_text(t.city, chains.regular, inner, 9, 7.5)
    items = [(delegation, _INK, 1.6 * MM), (position, _MUTED, 0.8 * MM), (city, _SOFT, 0)]
    if _stack(items) > budget and len(position.lines) > 1:
        items[1] = (fit_text(t.position, chains.regular, inner, 9.5, 7.5), _MUTED, 0.8 * MM)
    if _stack(items) > budget and len(delegation.lines) > 1:
        items[0] = (fit_text(t.delegation, chains.bold, inner, 12.5, 8), _INK, 1.6 * MM)
    if _stack(items) > budget:
        items[2] = (_EMPTY, _SOFT, 0)
    y = details_top
    for fitted, colour, gap in items:
        if fitted.lines:
            _fill(c, colour)
            y = _draw_block(c, fitted, cx, y) - gap

    # The QR code, centred above the category band.
    _draw_qr(c, qr, cx - A6_QR_MM * MM / 2, qr_bottom, A6_QR_MM, A6_QR_MAX_MM)

    # The category band and label.
    band, band_text = _category_colours(badge, style)
    _fill(c, band)
    c.rect(ax, ay, aw, band_h, stroke=0, fill=1)
    if t.category:
        label = fit_text(t.category.upper(), chains.bold, inner, 17, 9, 2, 12, 8)
        _fill(c, band_text)
        block = label.height(1.1)
        _draw_block(c, label, cx, ay + band_h / 2 + block / 2 - 0.2 * label.size, leading=1.1)


def _draw_id1(c: rl_canvas.Canvas, badge: BadgeData, qr: tuple[int, str], style: BadgeStyle,
              missing: list[MissingGlyphs]) -> None:
    chains = _chains()
    t = _texts(badge, style, missing)
    w, h = ID1_W, ID1_H
    margin = 4 * MM

    header_h = 10.5 * MM
    head_band, head_text = header_colours(style)
    _fill(c, head_band)
    c.rect(0, h - header_h, w, header_h, stroke=0, fill=1)
    _fill(c, head_text)
    x = margin
    available = w - 2 * margin
    if t.short:
        short = fit_text(t.short, chains.bold, available * 0.45, 11, 7)
        _draw_line(c, short.lines[0], short.size, x, h - header_h / 2 - short.size * 0.36, "left")
        x += short.width + 2.5 * MM
        available = w - margin - x
    conf = fit_text(t.conference, chains.regular, available, 6, 5, 2)
    _draw_block(c, conf, x, h - header_h / 2 + conf.height(1.2) / 2 - 0.1 * conf.size, "left", leading=1.2)

    band_h = 8.5 * MM
    band, band_text = _category_colours(badge, style)
    _fill(c, band)
    c.rect(0, 0, w, band_h, stroke=0, fill=1)
    if t.category:
        label = fit_text(t.category.upper(), chains.bold, w - 2 * margin - ID1_QR_MM * MM, 10, 6)
        _fill(c, band_text)
        _draw_line(c, label.lines[0], label.size, margin, band_h / 2 - label.size * 0.36, "left")

    # The QR on the right, between the header and the band.
    qr_x = w - 2.5 * MM - ID1_QR_MM * MM
    region_bottom, region_top = band_h, h - header_h
    _draw_qr(c, qr, qr_x, region_bottom + (region_top - region_bottom - ID1_QR_MM * MM) / 2, ID1_QR_MM,
             ID1_QR_MAX_MM)

    # Name, delegation, position, city on the left, centred vertically.
    col = qr_x - margin - 1.5 * MM
    name = fit_text(t.name, chains.bold, col, 14, 10, 2, 11.5, 6.5)
    delegation = fit_text(t.delegation, chains.bold, col, 8, 6.5, 2, 7, 6)
    position = fit_text(t.position, chains.regular, col, 6.5, 5.5)
    city = fit_text(t.city, chains.regular, col, 6.5, 5.5)
    latin = fit_text(t.latin, chains.regular, col, 7, 5.5)
    items = [(name, _INK, 0.6 * MM if latin.lines else 1.6 * MM, 1.1), (latin, _MUTED, 1.2 * MM, 1.18),
             (delegation, _INK, 0.8 * MM, 1.18),
             (position, _MUTED, 0.3 * MM, 1.18), (city, _SOFT, 0, 1.18)]
    budget = region_top - region_bottom - 3 * MM
    total = sum(f.height(lead) + gap for f, _c, gap, lead in items if f.lines)
    if total > budget and len(delegation.lines) > 1:
        items[2] = (fit_text(t.delegation, chains.bold, col, 8, 6), _INK, 0.8 * MM, 1.18)
        total = sum(f.height(lead) + gap for f, _c, gap, lead in items if f.lines)
    if total > budget:
        items[4] = (_EMPTY, _SOFT, 0, 1.18)
        total = sum(f.height(lead) + gap for f, _c, gap, lead in items if f.lines)
    y = region_bottom + (region_top - region_bottom) / 2 + total / 2
    for fitted, colour, gap, lead in items:
        if fitted.lines:
            _fill(c, colour)
            y = _draw_block(c, fitted, margin, y, "left", leading=lead) - gap


def _cut_marks(c: rl_canvas.Canvas) -> None:
    """Thin marks on the cut lines of an A6 sheet, in the white margins only."""
    c.setStrokeColorRGB(0.35, 0.35, 0.35)
    c.setLineWidth(0.3)
    mid_x, mid_y = A4_W / 2, A4_H / 2
    arm = A6_INSET - 1 * MM
    y_offset = (A4_H - 2 * A6_H) / 2
    segments = [
        (mid_x, y_offset, mid_x, y_offset + arm),  # bottom edge, vertical cut
        (mid_x, A4_H - y_offset, mid_x, A4_H - y_offset - arm),  # top edge
        (0, mid_y, arm, mid_y),  # left edge, horizontal cut
        (A4_W, mid_y, A4_W - arm, mid_y),  # right edge
        (mid_x - arm, mid_y, mid_x + arm, mid_y),  # the cross in the middle
        (mid_x, mid_y - arm, mid_x, mid_y + arm),
    ]
    c.lines(segments)


# --------------------------------------------------------------------------
# QR codes, on a second core for large batches
# --------------------------------------------------------------------------


class _QrSource:
    """QR operators for badge ``i``: from the helper process (which works from the end of the
    batch) when it has done it, else computed here.  Without a helper: all here."""

    def __init__(self, payloads: Sequence[str], helper: bool) -> None:
        self._payloads = payloads
        self._done: dict[int, tuple[int, str]] = {}
        self._proc: subprocess.Popen[str] | None = None
        self._threads: list[threading.Thread] = []
        if helper:
            self._start()

    def _start(self) -> None:
        if getattr(sys, "frozen", False):
            return
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "") if env.get("PYTHONPATH") else root
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "conference_desk.core.badges.qr_matrix"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True, encoding="ascii", bufsize=1, env=env,
            )
        except OSError:
            self._proc = None
            return
        writer = threading.Thread(target=self._feed, daemon=True)
        reader = threading.Thread(target=self._collect, daemon=True)
        self._threads = [writer, reader]
        writer.start()
        reader.start()

    def _feed(self) -> None:
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        try:
            for index in range(len(self._payloads) - 1, -1, -1):
                if index in self._done:
                    break
                proc.stdin.write(f"{index} {self._payloads[index]}\n")
            proc.stdin.close()
        except (OSError, ValueError):
            pass

    def _collect(self) -> None:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        try:
            for line in proc.stdout:
                index, size, ops = line.rstrip("\n").split(" ", 2)
                if int(size) > 0:
                    self._done.setdefault(int(index), (int(size), ops))
        except (OSError, ValueError):
            pass

    def get(self, index: int) -> tuple[int, str]:
        found = self._done.get(index)
        if found is None:
            found = qr_ops(self._payloads[index])
            self._done[index] = found
        return found

    def close(self) -> None:
        proc = self._proc
        if proc is None:
            return
        self._proc = None
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for thread in self._threads:
            thread.join(timeout=5)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except (OSError, ValueError):
                    pass


def _use_helper(count: int, workers: int | None) -> bool:
    if workers is None:
        return count >= PARALLEL_MIN_BADGES and (os.cpu_count() or 1) >= 2
    return workers >= 2 and count >= 2


# --------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------


def prepare() -> None:
    """The first badge's fixed cost, paid ahead (the Badges screen, while its table is read): the
    PDF canvas, the document layout and the fonts of the chains registered."""
    from ..foundation.documents import layout  # noqa: F401

    fonts.register_fonts()
    _chains()


def _new_canvas(target: str | io.BytesIO, size: tuple[float, float], title: str, author: str = "",
                lang: str = "") -> rl_canvas.Canvas:
    """A canvas starting in the embedded DejaVu Sans (no unembedded Helvetica is declared), with metadata."""
    from ..foundation.documents.layout import CREATOR, PDF_LANG

    c = rl_canvas.Canvas(target, pagesize=size, pageCompression=1, initialFontName=fonts.register_fonts()[0],
                         lang=PDF_LANG.get(lang) if lang else None)
    c.setTitle(title)
    c.setCreator(CREATOR)
    if author:
        c.setAuthor(author)
    return c


def render_badges_pdf(
    badges: list[BadgeData],
    out: Path,
    style: BadgeStyle,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    author: str = "",
) -> RenderResult:
    """Write ``badges`` to the PDF ``out`` in ``style.layout`` (atomically); ``author``: the organisers.

    ``progress(done, total)`` is called as badges are drawn; returning False
    cancels (:class:`BadgeRenderCancelled`) and leaves no file.  ``workers``:
    None picks two cores for large batches, 1 keeps everything in this process.
    """
    if style.layout not in LAYOUTS:
        raise ConferenceDeskError(f"Unknown badge layout {style.layout!r}: use one of {', '.join(LAYOUTS)}.")
    for badge in badges:
        _check_payload(badge.code)
    total = len(badges)
    missing: list[MissingGlyphs] = []
    a6 = style.layout == "a6-4up"
    single_a6 = style.layout == "a6"  # one A6 on its own A6 page (the desk's badge printer)
    per_page = 4 if a6 else 1
    pages = max(1, math.ceil(total / per_page))
    _chains()
    source = _QrSource([b.code for b in badges], _use_helper(total, workers))
    try:
        with atomic_output(out) as tmp:
            first = badges[0] if badges else None
            title = f"Badges \u2014 {first.conference_name}" if first is not None else "Badges"
            c = _new_canvas(str(tmp), (A4_W, A4_H) if a6 else (A6_W, A6_H) if single_a6 else (ID1_W, ID1_H),
                            title, author=author,
                            lang=style.language if style.language in ("en", "fr", "es") else "")
            if progress is not None and progress(0, total) is False:
                raise BadgeRenderCancelled("Badge printing cancelled.")
            y_offset = (A4_H - 2 * A6_H) / 2
            cells = [(0, y_offset + A6_H), (A6_W, y_offset + A6_H), (0, y_offset), (A6_W, y_offset)]
            for page in range(pages):
                chunk = badges[page * per_page:(page + 1) * per_page]
                for slot, badge in enumerate(chunk):
                    qr = source.get(page * per_page + slot)
                    if a6:
                        _draw_a6(c, badge, qr, style, cells[slot][0], cells[slot][1], missing)
                    elif single_a6:
                        _draw_a6(c, badge, qr, style, 0, 0, missing)
                    else:
                        _draw_id1(c, badge, qr, style, missing)
                if a6 and style.cut_marks:
                    _cut_marks(c)
                c.showPage()
                if progress is not None and progress(min(total, (page + 1) * per_page), total) is False:
                    raise BadgeRenderCancelled("Badge printing cancelled.")
            c.save()
    finally:
        source.close()
    return RenderResult(pages=pages, missing_glyphs=missing)


def _badge_pdf_bytes(badge: BadgeData, style: BadgeStyle) -> tuple[bytes, list[MissingGlyphs]]:
    _check_payload(badge.code)
    buffer = io.BytesIO()
    missing: list[MissingGlyphs] = []
    qr = qr_ops(badge.code)
    if style.layout == "id1":
        c = _new_canvas(buffer, (ID1_W, ID1_H), "Badge")
        _draw_id1(c, badge, qr, style, missing)
    elif style.layout in ("a6-4up", "a6"):
        c = _new_canvas(buffer, (A6_W, A6_H), "Badge")
        _draw_a6(c, badge, qr, style, 0, 0, missing)
    else:
        raise ConferenceDeskError(f"Unknown badge layout {style.layout!r}: use one of {', '.join(LAYOUTS)}.")
    c.showPage()
    c.save()
    return buffer.getvalue(), missing


def render_badge_pdf_bytes(badge: BadgeData, style: BadgeStyle) -> bytes:
    """One badge alone as a PDF (page = the badge's own size: A6 or ID-1)."""
    return _badge_pdf_bytes(badge, style)[0]


_pdfium_lock = threading.Lock()  # pdfium is not thread-safe


def _rasterise(source: bytes | str, dpi: float) -> list[Image.Image]:
    import pypdfium2 as pdfium

    images = []
    with _pdfium_lock:
        document = pdfium.PdfDocument(source)
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    bitmap = page.render(scale=dpi / 72)
                    try:
                        image = bitmap.to_pil()
                        images.append(image.convert("RGB"))
                        image.close()
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return images


def rasterise_pdf(path: Path | str, dpi: float = 150) -> list[Image.Image]:
    """Every page of a PDF as an RGB PIL image (pypdfium2); the caller closes them."""
    return _rasterise(str(path), dpi)


def render_badge_png(badge: BadgeData, style: BadgeStyle, dpi: int = 150) -> bytes:
    """One badge as PNG bytes: the PDF page of :func:`render_badge_pdf_bytes`, rasterised,
    so the preview is exactly what prints."""
    (image,) = _rasterise(render_badge_pdf_bytes(badge, style), dpi)
    try:
        out = io.BytesIO()
        image.save(out, format="PNG", dpi=(dpi, dpi))
        return out.getvalue()
    finally:
        image.close()
