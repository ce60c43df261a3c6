"""One name policy for every document and screen (issue 16).

* The **registered Latin name** (``given_name_latin``/``family_name_latin``, else the
  name itself when it is written in Latin letters) is what sorting, footers, file
  metadata and titles use: never a machine transliteration when the person gave one.
* Wherever names are **listed** (programme, door sheets, List of Participants, agenda),
  a name written in another script is printed as the Latin name followed by the
  original in brackets: "Asuka Hashimoto (橋本あすか)", "Hala Al-Haddad (هالة الحداد)",
  "Ivan Stoyanov (Иван Стоянов)".  The same rule for every script.
* Chinese, Japanese and Korean names in their own script are written **family name
  first without a space** ("林峰", "橋本あすか", "박준혁").
* Only when no Latin form was registered is a transliteration used (unidecode).
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

from .text import is_latin

_CJK_RANGES = (
    (0x1100, 0x11FF), (0x3040, 0x30FF), (0x3130, 0x318F), (0x31F0, 0x31FF), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF), (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
)


# One character class of the ranges: a list names 100,000 people, and testing each letter against
# each range in Python took 0.1 ms a name (9 s of the Transport screen's 100,000-guest read).
_CJK = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES) + "]")


def is_cjk(text: str) -> bool:
    """True when ``text`` has Chinese, Japanese (kana) or Korean (Hangul) letters."""
    return bool(text) and not text.isascii() and _CJK.search(text) is not None


def native_name(given: str, family: str) -> str:
    """The name as written in its own script: CJK family name first without a space, else given family."""
    given, family = (given or "").strip(), (family or "").strip()
    if is_cjk(given + family):
        return f"{family}{given}"
    return " ".join(p for p in (given, family) if p)


def _transliterate(value: str) -> str:
    return " ".join(unidecode(unicodedata.normalize("NFKC", value)).split())


def latin_parts(given: str, family: str, given_latin: str = "", family_latin: str = "") -> tuple[str, str]:
    """(given, family) in Latin letters: the registered Latin form, else the name if Latin, else transliterated."""
    def one(native: str, registered: str) -> str:
        registered = (registered or "").strip()
        if registered:
            return registered
        native = (native or "").strip()
        return native if is_latin(native) else _transliterate(native)

    return one(given, given_latin), one(family, family_latin)


def latin_name(given: str, family: str, given_latin: str = "", family_latin: str = "") -> str:
    """The registered Latin name, "Given Family" (footers, titles, metadata)."""
    g, f = latin_parts(given, family, given_latin, family_latin)
    return " ".join(p for p in (g, f) if p)


def listed_name(given: str, family: str, given_latin: str = "", family_latin: str = "",
                upper_family: bool = False) -> tuple[str, str]:
    """(Latin name, original-script name or "") as names are listed: "Asuka Hashimoto", "橋本あすか"."""
    g, f = latin_parts(given, family, given_latin, family_latin)
    latin = " ".join(p for p in (g, f.upper() if upper_family else f) if p)
    native = native_name(given, family)
    if not native or is_latin(native) or native == latin:
        return latin, ""
    return latin, native


def with_original(given: str, family: str, given_latin: str = "", family_latin: str = "") -> str:
    """"Asuka Hashimoto (橋本あすか)"; a Latin-script name alone."""
    latin, native = listed_name(given, family, given_latin, family_latin)
    return f"{latin} ({native})" if native else latin


def beside(latin: str, native: str) -> str:
    """"Latin (original)" from the two forms already made; one of them when they agree, and the
    name as written when it is itself in Latin letters."""
    latin, native = (latin or "").strip(), (native or "").strip()
    if not native or native == latin:
        return latin or native
    if is_latin(native):
        return native
    return f"{latin} ({native})" if latin else native


def listed_part(native: str, registered_latin: str = "") -> str:
    """One part of a name (given or family) as a table column lists it: "Hashimoto (橋本)"."""
    g, _ = latin_parts(native, "", registered_latin, "")
    return beside(g, native)
