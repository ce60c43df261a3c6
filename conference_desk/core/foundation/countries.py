"""Which Member State does a piece of free text name?

Registration spreadsheets name countries in every way people write them:
ISO codes ("MX", "MEX"), UN short names in English, French or Spanish
("Bolivia (Plurinational State of)"), ISO names ("Bolivia, Plurinational State
of") and their French/Spanish translations shipped with pycountry, and common
aliases ("Ivory Coast", "EE. UU.", "South Korea") from
``resources/country_aliases.json``.  :class:`CountryResolver` turns any of
these into the ISO alpha-3 code of a Member State in the database, or ``None``;
:meth:`CountryResolver.suggest` offers the closest names for an error message.

Matching is on :func:`~conference_desk.core.foundation.text.fold`\\ ed text with
punctuation, articles and "of/de" removed, in the given word order and with
the words sorted (so "Korea, Republic of" = "Republic of Korea").
"""

from __future__ import annotations

import gettext
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import MemberState
from .paths import RESOURCES_DIR
from .text import fold

ALIASES_JSON = RESOURCES_DIR / "country_aliases.json"

# Words that carry no meaning for telling countries apart.
_NOISE = frozenset(
    "the of and la le les l el los las de del des du d y et da do dos".split()
)
_NON_WORD = re.compile(r"[^a-z0-9]+")

# Priorities: a lower number wins when two sources give the same key.
_PRIO_UN = 0
_PRIO_ALIAS = 1
_PRIO_ISO = 2


def normalise(text: str) -> str:
    """Accent-free, lower-case words without punctuation or articles."""
    folded = fold(text).replace("&", " and ")
    words = [w for w in _NON_WORD.sub(" ", folded).split() if w not in _NOISE]
    return " ".join(words)


def _keys(text: str) -> list[str]:
    """The lookup keys of a name: its words, its sorted words, and for "U.S.A." "usa"."""
    words = normalise(text).split()
    if not words:
        return []
    keys = [" ".join(words), " ".join(sorted(words))]
    if len(words) > 1 and all(len(w) <= 2 for w in words):
        keys.append("".join(words))  # "u s a" -> "usa", "ee uu" -> "eeuu"
    return list(dict.fromkeys(keys))


@dataclass(frozen=True)
class StateNames:
    iso3: str
    iso2: str
    name_en: str
    name_fr: str
    name_es: str

    def name(self, lang: str = "en") -> str:
        return getattr(self, f"name_{lang}", "") or self.name_en


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, ...]]:
    try:
        with ALIASES_JSON.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    raw: Any = data.get("aliases", {}) if isinstance(data, dict) else {}
    return {
        str(iso3).upper(): tuple(str(a) for a in names if isinstance(a, str))
        for iso3, names in raw.items()
        if isinstance(names, list)
    }


@lru_cache(maxsize=1)
def _iso_names() -> dict[str, tuple[str, ...]]:
    """ISO 3166 names (name, official and common names) in EN, FR and ES, by alpha-3."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return {}
    translators = []
    for lang in ("fr", "es"):
        try:
            translators.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:  # pragma: no cover - catalogue missing
            continue
    names: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        english = [
            value
            for value in (
                getattr(country, "name", None),
                getattr(country, "official_name", None),
                getattr(country, "common_name", None),
            )
            if value
        ]
        translated = [t.gettext(value) for t in translators for value in english]
        names[country.alpha_3] = tuple(dict.fromkeys(english + translated))
    return names


class CountryResolver:
    """Resolves free text to the alpha-3 code of a Member State in the database."""

    def __init__(self, states: Iterable[StateNames]) -> None:
        self.states: dict[str, StateNames] = {s.iso3.upper(): s for s in states}
        self._by_iso2 = {s.iso2.upper(): s.iso3.upper() for s in self.states.values()}
        self._index: dict[str, tuple[int, str | None]] = {}
        for state in self.states.values():
            for name in (state.name_en, state.name_fr, state.name_es):
                self._add(name, state.iso3, _PRIO_UN)
        aliases = _aliases()
        iso_names = _iso_names()
        for iso3 in self.states:
            for name in aliases.get(iso3, ()):
                self._add(name, iso3, _PRIO_ALIAS)
            for name in iso_names.get(iso3, ()):
                self._add(name, iso3, _PRIO_ISO)
        self._choices = sorted(k for k, (_p, iso3) in self._index.items() if iso3 is not None)

    def _add(self, name: str, iso3: str, prio: int) -> None:
        for key in _keys(name):
            current = self._index.get(key)
            if current is None or prio < current[0]:
                self._index[key] = (prio, iso3)
            elif prio == current[0] and current[1] not in (None, iso3):
                self._index[key] = (prio, None)  # two countries share this name: ambiguous

    @classmethod
    def from_session(cls, session: Session) -> "CountryResolver":
        rows = tuple(
            tuple(row)
            for row in session.execute(
                select(
                    MemberState.iso3, MemberState.iso2, MemberState.name_en,
                    MemberState.name_fr, MemberState.name_es,
                ).order_by(MemberState.iso3)
            )
        )
        return _cached_resolver(rows)

    def resolve(self, text: str | None) -> str | None:
        """The alpha-3 code of the Member State ``text`` names, or None."""
        if text is None:
            return None
        raw = str(text).strip()
        if not raw or len(raw) > 200:
            return None
        code = raw.upper()
        if len(code) == 3 and code.isalpha() and code in self.states:
            return code
        if len(code) == 2 and code.isalpha() and code in self._by_iso2:
            return self._by_iso2[code]
        for key in _keys(raw):
            found = self._index.get(key)
            if found is not None and found[1] is not None:
                return found[1]
        return None

    def name(self, iso3: str, lang: str = "en") -> str:
        state = self.states.get(iso3.upper())
        return state.name(lang) if state else iso3

    def not_member(self, text: str | None, lang: str = "en") -> str | None:
        """Why ``text`` cannot be chosen when it names a country that was no Member State or Associate
        Member at the time of the conference (``resources/not_members.json``: Montserrat, admitted on
        3 November 2015), else None."""
        raw = str(text or "").strip()
        if not raw or len(raw) > 200:
            return None
        for entry in _not_members():
            names = {entry["iso3"], entry["iso2"], *(entry.get(f"name_{x}", "") for x in ("en", "fr", "es"))}
            if entry["iso3"] in self.states:
                continue
            if raw.upper() in (entry["iso3"], entry["iso2"]) or \
                    set(_keys(raw)) & {k for n in names if n for k in _keys(n)}:
                return f"{entry.get('name_' + lang) or entry['name_en']}: {entry.get('note_' + lang) or entry['note_en']}"
        return None

    def suggest(self, text: str, limit: int = 3, lang: str = "en") -> list[str]:
        """The names of the Member States closest to ``text`` (best first)."""
        query = normalise(str(text)[:200])
        if not query or not self._choices:
            return []
        found: list[str] = []
        for key, score, _i in process.extract(query, self._choices, scorer=fuzz.WRatio, limit=limit * 6):
            if score < 75:
                break
            iso3 = self._index[key][1]
            if iso3 is not None and iso3 not in found:
                found.append(iso3)
            if len(found) == limit:
                break
        return [self.name(iso3, lang) for iso3 in found]


@lru_cache(maxsize=1)
def _not_members() -> tuple[dict[str, str], ...]:
    path = RESOURCES_DIR / "not_members.json"
    if not path.exists():
        return ()
    return tuple(json.loads(path.read_text(encoding="utf-8")).get("countries", ()))


@lru_cache(maxsize=8)
def _cached_resolver(rows: Sequence[tuple[str, str, str, str, str]]) -> CountryResolver:
    return CountryResolver(StateNames(*row) for row in rows)
