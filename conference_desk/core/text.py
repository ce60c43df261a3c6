"""Text helpers shared by search, import and badges (no Qt)."""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accent-free ASCII form of ``text`` for matching.

    "José" → "jose", "Müller" → "muller", "Øster" → "oster"; names written in
    other scripts are transliterated ("Иван" → "ivan", "王芳" → "wang fang").
    """
    if not text:
        return ""
    normal = unicodedata.normalize("NFKC", text)
    ascii_text = unidecode(normal)
    return _SPACES.sub(" ", ascii_text).strip().lower()


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is in the Latin script."""
    for char in text:
        if char.isalpha() and "LATIN" not in unicodedata.name(char, ""):
            return False
    return True


_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Search words of a text: folded, split on anything not a letter or digit.

    "Müller-O'Brien" → ["muller", "o", "brien"]; "anna@hamburg.de" → ["anna", "hamburg", "de"].
    """
    return _WORD.findall(fold(text))
