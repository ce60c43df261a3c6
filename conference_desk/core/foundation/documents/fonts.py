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
from typing import Any
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
            from .extractable import install

            install()  # right-to-left names copy and search as the letters they are
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


# --------------------------------------------------------------------------
# Every script: fallback fonts, shaping and coverage (badges)
# --------------------------------------------------------------------------
#
# Badges print names in the participant's own script.  A *font chain* is an
# ordered list of TrueType fonts: the DejaVu face first (Latin, Greek,
# Cyrillic, and the Arabic presentation forms), then the shipped Droid Sans
# Fallback (Chinese, Japanese; Apache 2.0, ``DroidSansFallback-LICENSE.txt``) and
# Nanum Square Regular and Bold (Korean Hangul, weights matching DejaVu Sans; SIL OFL, ``Nanum-LICENSE.txt``),
# then - only for a character none of those has - a TrueType font found on the
# system (``fc-list``, else the usual font folders).  reportlab reads TrueType
# (``glyf``) outlines only, so CFF/OpenType-PostScript fonts are skipped.
# Arabic is shaped with arabic-reshaper and put in visual order with
# python-bidi before it is measured or drawn; scripts that need a shaping
# engine reportlab does not have (Indic, Khmer, Myanmar, Syriac...) count as
# not drawable, so the caller prints the Latin form instead of broken glyphs.

import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

CJK = "DroidSansFallback"
KOREAN_LIGHT = "Eunjin"  # Hangul in a light weight; Artistic licence, ``Eunjin-LICENSE.txt`` (no longer in the chains)
# Hangul (Droid Sans Fallback has none) in two weights matching DejaVu Sans and DejaVu Sans Bold:
# Nanum Square Regular and Bold (SIL Open Font License 1.1, ``Nanum-LICENSE.txt``).
KOREAN = "NanumSquareR"
KOREAN_BOLD = "NanumSquareB"
_EXTRA_FILES = {CJK: "DroidSansFallbackFull.ttf", KOREAN: "NanumSquareR.ttf", KOREAN_BOLD: "NanumSquareB.ttf",
                KOREAN_LIGHT: "Eunjin.ttf"}
_extra_registered: set[str] = set()
_system_fonts: dict[tuple[str, int], str | None] = {}  # (path, subfont) -> registered name or None
_system_for_char: dict[int, str | None] = {}
_folder_fonts: list[tuple[str, int]] | None = None
# Set to False to use the shipped fonts only (tests that need a fixed result).
USE_SYSTEM_FONTS = os.environ.get("CONFERENCE_DESK_SYSTEM_FONTS", "1") != "0"

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
# Scripts whose letters reportlab would draw in the wrong shape or order.
_COMPLEX_RANGES = (
    (0x0700, 0x074F),  # Syriac
    (0x0780, 0x07FF),  # Thaana, N'Ko
    (0x0800, 0x089F),  # Samaritan, Mandaic, Syriac supplement
    (0x0900, 0x0DFF),  # Indic scripts, Sinhala
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x18AF),  # Khmer, Mongolian
    (0xA8E0, 0xA8FF),  # Devanagari extended
    (0xAA60, 0xAA7F),  # Myanmar extended
)
_GENERIC_MARKS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))


def _in(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def register_extra_font(name: str) -> str:
    """Register a shipped fallback font (e.g. :data:`CJK`) once; return its name."""
    register_fonts()
    with _lock:
        if name not in _extra_registered:
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / _EXTRA_FILES[name])))
            _extra_registered.add(name)
    return name


def register_ttf(path: str | Path, subfont_index: int = 0) -> str | None:
    """Register a TrueType font file (or one face of a .ttc); None if reportlab cannot use it."""
    key = (str(path), subfont_index)
    with _lock:
        if key in _system_fonts:
            return _system_fonts[key]
        stem = "".join(ch for ch in Path(path).stem if ch.isalnum())[:40]
        name = f"Sys-{stem}-{subfont_index}-{len(_system_fonts)}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=subfont_index))
        except Exception:  # noqa: BLE001 - CFF outlines, broken or unreadable files
            _system_fonts[key] = None
            return None
        _system_fonts[key] = name
        return name


def coverage(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for (its cmap)."""
    return _codepoints(font_name)


def complex_script(char: str) -> bool:
    """True for a character reportlab cannot draw correctly even with a glyph for it."""
    cp = ord(char)
    if _in(cp, _ARABIC_RANGES):
        # Shaped by arabic-reshaper; what is left to draw are presentation forms.
        return False
    if _in(cp, _COMPLEX_RANGES):
        return True
    bidi_class = unicodedata.bidirectional(char)
    if bidi_class == "AL":  # right-to-left joining scripts other than Arabic
        return True
    category = unicodedata.category(char)
    if category == "Mc":
        return True
    if category == "Mn" and not _in(cp, _GENERIC_MARKS) and not 0x0591 <= cp <= 0x05C7:  # Hebrew points
        return True
    return False


@lru_cache(maxsize=1)
def _arabic_reshaper():  # noqa: ANN202
    """arabic-reshaper set up for DejaVu Sans: only the ligatures both weights have glyphs
    for (lam-alef yes; the "Allah" ligature U+FDF2 no, so it is spelt out)."""
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    register_fonts()
    covered = _codepoints(REGULAR) & _codepoints(BOLD)
    config: dict[str, str] = {"delete_harakat": "yes", "support_ligatures": "yes"}
    for name, (_match, forms) in LIGATURES:
        ok = all(ord(ch) in covered for form in forms for ch in form)
        config[name] = "yes" if ok else "no"
    return ArabicReshaper(configuration=config)


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual(text: str) -> str:
    """``text`` ready to draw left to right: Arabic shaped, right-to-left runs reordered."""
    if not text or text.isascii() or not _has_rtl(text):
        return text
    if any(_in(ord(ch), _ARABIC_RANGES) for ch in text):
        text = _arabic_reshaper().reshape(text)
    from bidi import get_display

    # Documents are left to right: brackets and punctuation around a right-to-left name stay where they are
    # ("Karimi (نسرين كريمي)"), instead of being reversed with it.
    return get_display(text, base_dir="L")


def _fc_list_fonts(cp: int) -> list[tuple[str, int]]:
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        done = subprocess.run(
            [exe, f":charset={cp:x}", "--format", "%{file}\t%{index}\t%{fontformat}\n"],
            capture_output=True, text=True, timeout=10, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in done.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[2] not in ("TrueType", ""):
            continue
        try:
            index = int(parts[1] or 0)
        except ValueError:
            index = 0
        if parts[0].lower().endswith((".ttf", ".ttc")):
            found.append((parts[0], index))
    return sorted(set(found))


def _font_folders() -> list[Path]:
    folders = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
               Path.home() / ".local/share/fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"),
               Path.home() / "Library/Fonts"]
    windir = os.environ.get("WINDIR")
    if windir:
        folders.append(Path(windir) / "Fonts")
    return [f for f in folders if f.is_dir()]


def _folder_candidates() -> list[tuple[str, int]]:
    """TrueType files in the usual font folders (when fc-list is not there)."""
    global _folder_fonts
    if _folder_fonts is None:
        found: list[tuple[str, int]] = []
        for folder in _font_folders():
            for path in sorted(folder.rglob("*")):
                if path.suffix.lower() in (".ttf", ".ttc") and path.stat().st_size < 64_000_000:
                    found.append((str(path), 0))
                if len(found) >= 400:
                    break
        _folder_fonts = found
    return _folder_fonts


def system_font_for(char: str) -> str | None:
    """A registered system TrueType font with a glyph for ``char``, or None."""
    cp = ord(char)
    if cp in _system_for_char:
        return _system_for_char[cp]
    chosen = None
    if USE_SYSTEM_FONTS:
        candidates = _fc_list_fonts(cp) if shutil.which("fc-list") else _folder_candidates()
        for path, index in candidates:
            name = register_ttf(path, index)
            if name and cp in coverage(name):
                chosen = name
                break
    _system_for_char[cp] = chosen
    return chosen


@dataclass(frozen=True)
class Run:
    """Part of a line drawn with one font; ``width`` is its advance at 1 pt."""

    font: str
    text: str
    width: float


NO_BREAK_SPACES = "\u00a0\u202f\u2007"  # no-break, narrow no-break (French numbers), figure


class FontChain:
    """Fonts tried in order for each character of a text (see the notes above)."""

    def __init__(self, fonts: list[str]) -> None:
        register_fonts()
        self.fonts = list(fonts)
        # A shipped fallback font (CJK, Korean: ≈ 0.3 s each to parse) is registered the first time a
        # character the fonts before it lack is asked for: a Latin-only badge or list never parses it.
        self._cover: list[Any] = [None if name in _EXTRA_FILES else coverage(name) for name in self.fonts]
        self._char_font: dict[str, str | None] = {}
        self._runs: dict[str, tuple[tuple[Run, ...], str]] = {}

    def _coverage(self, index: int) -> Any:
        cover = self._cover[index]
        if cover is None:
            cover = self._cover[index] = coverage(register_extra_font(self.fonts[index]))
        return cover

    def font_for(self, char: str) -> str | None:
        """The font that draws ``char`` (None: no available font can)."""
        try:
            return self._char_font[char]
        except KeyError:
            pass
        cp = ord(char)
        chosen: str | None = None
        if not complex_script(char):
            for index, name in enumerate(self.fonts):
                if cp in self._coverage(index):
                    chosen = name
                    break
            else:
                chosen = system_font_for(char)
        self._char_font[char] = chosen
        return chosen

    def runs(self, text: str) -> tuple[tuple[Run, ...], str]:
        """(runs of ``text`` by font, characters no font can draw) for text already in visual order."""
        cached = self._runs.get(text)
        if cached is not None:
            return cached
        runs: list[Run] = []
        missing: list[str] = []
        current: str | None = None
        chunk: list[str] = []
        for char in text:
            if char.isspace() and current is not None:
                # A no-break space stays one (the layout joins a name's words with it, so a line
                # never breaks inside a name, a time or a number); other white space becomes a space.
                chunk.append(char if char in NO_BREAK_SPACES else " ")
                continue
            font = self.font_for(" " if char.isspace() else char)
            if font is None:
                if char not in missing:
                    missing.append(char)
                continue
            if font != current and chunk:
                joined = "".join(chunk)
                runs.append(Run(current, joined, pdfmetrics.stringWidth(joined, current, 1.0)))
                chunk = []
            current = font
            chunk.append(char)
        if chunk and current is not None:
            joined = "".join(chunk)
            runs.append(Run(current, joined, pdfmetrics.stringWidth(joined, current, 1.0)))
        result = (tuple(runs), "".join(missing))
        if len(self._runs) < 50_000:
            self._runs[text] = result
        return result

    def missing(self, text: str) -> str:
        """The characters of ``text`` (logical order) no font in reach can draw."""
        return self.runs(visual(text))[1]


_chains: dict[tuple[str, ...], FontChain] = {}


def font_chain(primary: str = REGULAR) -> FontChain:
    """The shared chain starting with ``primary`` (REGULAR or BOLD), then the CJK font and the Korean font
    of the same weight (Nanum Square Regular or Bold)."""
    key = (primary, CJK, KOREAN_BOLD if primary == BOLD else KOREAN)
    with _lock:
        chain = _chains.get(key)
    if chain is None:
        chain = FontChain(list(key))
        with _lock:
            chain = _chains.setdefault(key, chain)
    return chain
