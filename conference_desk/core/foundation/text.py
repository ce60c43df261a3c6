"""Text helpers shared by search, import and badges (no Qt)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Mapping
from typing import TypeVar

from unidecode import unidecode

K = TypeVar("K", bound=Hashable)

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accent-free ASCII form of ``text`` for matching.

    "José" → "jose", "Müller" → "muller", "Øster" → "oster"; names written in
    other scripts are transliterated ("Иван" → "ivan", "王芳" → "wang fang").
    """
    if not text:
        return ""
    if text.isascii():  # NFKC and unidecode leave ASCII as it is (most names): 10× faster
        return _SPACES.sub(" ", text).strip().lower()
    normal = unicodedata.normalize("NFKC", text)
    ascii_text = unidecode(normal)
    return _SPACES.sub(" ", ascii_text).strip().lower()


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is in the Latin script."""
    if text.isascii():  # every ASCII letter is Latin (most names): no look-up of each letter's name
        return True
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


_NAME_NOISE = {"hotel", "hoteles", "the", "el", "le", "la", "l"}


def names_matching(text: str, name_words: Mapping[K, list[str]]) -> list[K]:
    """The keys whose name (given as its ``words``) holds every word of ``text``.

    A word of three letters or more may be shortened ("Amer." for Americana); word
    order does not matter and "hotel"/"the" are ignored.  So "Hilton Reforma",
    "Fiesta" and "Hotel Fiesta Americana" each name one hotel of ICLC 2015, and
    "Reforma" names both.
    """
    typed = [w for w in words(text) if w not in _NAME_NOISE]
    if not typed:
        return []
    return [
        key for key, name in name_words.items()
        if all(any(w == n or (len(w) >= 3 and n.startswith(w)) for n in name) for w in typed)
    ]


# Bidirectional formatting characters (Unicode UAX #9).  Embeddings and overrides
# (LRE RLE PDF LRO RLO) can make a name read as something else ("Trojan Source"):
# a name may not hold them.  Isolates (LRI RLI FSI … PDI) may stay when balanced.
BIDI_EMBEDDINGS_AND_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e"
BIDI_ISOLATE_OPENERS = "\u2066\u2067\u2068"
BIDI_ISOLATE_CLOSER = "\u2069"


def bidi_problem(value: str) -> str:
    """The first bidirectional control ``value`` may not hold, as "U+202E" ("" when none)."""
    depth = 0
    for ch in value:
        if ch in BIDI_EMBEDDINGS_AND_OVERRIDES:
            return f"U+{ord(ch):04X}"
        if ch in BIDI_ISOLATE_OPENERS:
            depth += 1
        elif ch == BIDI_ISOLATE_CLOSER:
            if depth == 0:
                return f"U+{ord(ch):04X}"
            depth -= 1
    if depth:
        opener = next(ch for ch in reversed(value) if ch in BIDI_ISOLATE_OPENERS)
        return f"U+{ord(opener):04X}"
    return ""
