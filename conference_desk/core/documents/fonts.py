"""The fonts documents are printed with, and what they can draw.

DejaVu Sans (regular and bold, Bitstream Vera licence: ``resources/fonts/DejaVu-LICENSE.txt``)
covers Latin with every accent, Greek, Cyrillic, Armenian and Georgian.  reportlab
neither shapes nor reorders text, so right-to-left scripts (Arabic, Hebrew...)
and scripts needing shaping are treated as not drawable even where the font has
glyphs; callers then print the Latin form of a name (``printable``), never a
black box.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from unidecode import unidecode

from ..paths import RESOURCES_DIR

FONTS_DIR = RESOURCES_DIR / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register the document fonts with reportlab (once) and return (regular, bold)."""
    global _registered
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
            pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            _registered = True
    return REGULAR, BOLD


@lru_cache(maxsize=None)
def _codepoints(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def _needs_shaping(char: str) -> bool:
    if unicodedata.bidirectional(char) in ("R", "AL", "AN"):
        return True
    # Combining marks other than the generic diacritics need a shaping engine.
    return unicodedata.combining(char) != 0 and not 0x0300 <= ord(char) <= 0x036F


def can_draw(text: str, font_name: str = REGULAR) -> bool:
    """True when every character of ``text`` has a glyph and needs no shaping."""
    if not text:
        return True
    covered = _codepoints(font_name)
    for char in text:
        if char.isspace():
            continue
        if ord(char) not in covered or _needs_shaping(char):
            return False
    return True


def printable(text: str, font_name: str = REGULAR) -> str:
    """``text`` itself when the font can draw it, else a Latin transliteration."""
    if can_draw(text, font_name):
        return text
    return " ".join(unidecode(unicodedata.normalize("NFKC", text)).split())
