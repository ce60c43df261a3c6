"""Right-to-left names that copy and search as the letters they are.

reportlab has no shaping engine, so Arabic is shaped with arabic-reshaper into presentation
forms (U+FB50–U+FDFF, U+FE70–U+FEFC) and put in visual order before it is drawn
(``fonts.visual``).  The glyphs themselves are right; what a reader copies is decided by the
font's ``/ToUnicode`` map, which reportlab fills with the characters it was given: read back,
"هالة" came out as "ﻫﺎﻟﺔ", equal only after NFKC folding, so a search for the name as typed found
nothing and a copied name was not the registered one.

``install()`` makes reportlab map each presentation form (Arabic and Hebrew) to the letters it
stands for, as fonts shaped by HarfBuzz are mapped by LibreOffice or Chrome: a lam-alef
ligature maps to its two letters.  Readers (poppler's ``pdftotext`` and Evince, pdfium in
Chrome) put right-to-left runs back in logical order themselves, character by character, so the
name then copies and searches exactly as it was registered; since they reverse a ligature's
letters too, those are given in visual order (pypdf keeps a glyph's letters as given, so with
pypdf a lam-alef comes out as alef-lam).  The glyph stream is unchanged.

Evaluated and not used (issue 16): reportlab's HarfBuzz shaping (uharfbuzz) mis-orders lines
mixing directions, and a ``/Span /ActualText`` around each run is read by poppler in visual
order (it reverses the replacement text again).
"""

from __future__ import annotations

import threading
import unicodedata

_FORMS = ((0xFB1D, 0xFB4F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC))  # Hebrew, Arabic A, Arabic B
_lock = threading.Lock()
_installed = False


def is_presentation_form(codepoint: int) -> bool:
    return any(lo <= codepoint <= hi for lo, hi in _FORMS)


def letters(codepoint: int) -> str:
    """What a glyph drawn for ``codepoint`` stands for: a presentation form's letters, else itself.

    The glyphs are drawn in visual order, so a ligature's letters are given in visual order too
    (lam-alef "ﻻ" → alef, lam): readers reverse a right-to-left run character by character."""
    char = chr(codepoint)
    if not is_presentation_form(codepoint):
        return char
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) > 1 and all(unicodedata.bidirectional(c) in ("R", "AL", "NSM") for c in folded):
        return folded[::-1]
    return folded


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for a font subset, with presentation forms mapped to their
    letters (and characters beyond the BMP as surrogate pairs)."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(letters(v))}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])


def install() -> None:
    """Use ``to_unicode_cmap`` for every TrueType font reportlab embeds (once per process)."""
    global _installed
    with _lock:
        if _installed:
            return
        from reportlab.pdfbase import ttfonts

        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        _installed = True
