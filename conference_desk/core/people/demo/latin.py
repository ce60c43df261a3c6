"""Latin forms of names written in other scripts (Cyrillic, Georgian, Greek, Korean, Chinese, Armenian).

The conventional romanisations a registration desk sees on passports, which a
generic ``unidecode`` gets wrong (Григорьев -> Grigoryev, not Grigor'ev).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from unidecode import unidecode


def _capitalise(text: str) -> str:
    """'abdul-karim ben ali' -> 'Abdul-Karim Ben Ali'."""
    return re.sub(r"(^|[\s\-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
    )
)
_UK = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia".split(),
    )
)
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_BG = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюя",
        "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya".split(),
    )
)
_MK = dict(
    zip(
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
        "a b v g d gj e zh z dz i j k l lj m n nj o p r s t kj u f h c ch dzh sh".split(),
    )
)
_KA = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split(),
    )
)
_EL = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
    )
)
_EL_VOICELESS = set("θκξπσςτφχψ")


def _cyrillic(text: str, table: dict[str, str], initial: dict[str, str] | None = None) -> str:
    lower = text.lower()
    out: list[str] = []
    for i, char in enumerate(lower):
        previous = lower[i - 1] if i else " "
        following = lower[i + 1] if i + 1 < len(lower) else " "
        if initial and char in initial and not previous.isalpha():
            out.append(initial[char])
        elif table is _RU and char in "ьъ" and following == "е":
            out.append("y")  # Григорьев -> Grigoryev
        elif table is _BG and char == "я" and previous == "и" and not following.isalpha():
            out.append("a")  # Мария -> Maria
        elif char in table:
            out.append(table[char].replace("_", ""))
        elif char in "'’ʼ":
            continue
        else:
            out.append(unidecode(char))
    return _capitalise("".join(out))


def _greek(text: str) -> str:
    letters: list[str] = []
    diaeresis: list[bool] = []
    for char in unicodedata.normalize("NFD", text.lower()):
        if char == "\u0308" and letters:
            diaeresis[-1] = True
        elif not unicodedata.combining(char):
            letters.append(char)
            diaeresis.append(False)
    out: list[str] = []
    i = 0
    while i < len(letters):
        char = letters[i]
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        start = i == 0 or not letters[i - 1].isalpha()
        pair = char + nxt
        if char in "αε" and nxt == "υ" and not diaeresis[i + 1]:
            after = letters[i + 2] if i + 2 < len(letters) else ""
            voiceless = not after.isalpha() or after in _EL_VOICELESS
            out.append(("a" if char == "α" else "e") + ("f" if voiceless else "v"))
            i += 2
            continue
        digraph = {
            "ου": "ou",
            "γγ": "ng",
            "γξ": "nx",
            "γχ": "nch",
            "γκ": "g" if start else "gk",
            "μπ": "b" if start else "mp",
            "ντ": "d" if start else "nt",
        }.get(pair)
        if digraph is not None and not (pair == "ου" and diaeresis[i + 1]):
            out.append(digraph)
            i += 2
            continue
        out.append(_EL.get(char, unidecode(char)))
        i += 1
    return _capitalise("".join(out))


_KO_INITIAL = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split()
_KO_MEDIAL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_KO_FINAL = "_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def _hangul(syllable: str) -> str:
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return unidecode(syllable).strip().lower()
    parts = (_KO_INITIAL[code // 588], _KO_MEDIAL[(code % 588) // 28], _KO_FINAL[code % 28])
    return "".join(parts).replace("_", "")


def korean_given(text: str) -> str:
    return "-".join(_hangul(s) for s in text if not s.isspace()).capitalize()


def _pinyin(text: str) -> str:
    return "".join(unidecode(char).strip().lower() for char in text).capitalize()


def _generic(text: str) -> str:
    return _capitalise(re.sub(r"['`’]", "", unidecode(text)).strip().lower())


def _armenian(text: str) -> str:
    # unidecode writes ու, և, ռ as "ow", "ew", "rh"; the usual Latin forms are "u", "ev", "r".
    for armenian, latin in (("ու", "u"), ("Ու", "U"), ("և", "ev"), ("ռ", "r"), ("Ռ", "R")):
        text = text.replace(armenian, latin)
    return _generic(text)


TRANSLIT: dict[str, Callable[[str], str]] = {
    "ru": lambda t: _cyrillic(t, _RU),
    "uk": lambda t: _cyrillic(t, _UK, _UK_INITIAL),
    "bg": lambda t: _cyrillic(t, _BG),
    "mk": lambda t: _cyrillic(t, _MK),
    "ka": lambda t: _cyrillic(t, _KA),
    "el": _greek,
    "hy": _armenian,
    "pinyin": _pinyin,
    "unidecode": _generic,
}

