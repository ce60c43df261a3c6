"""A realistic, reproducible demo population for a conference.

``populate_demo(db, participants=650, seed=2015)`` fills a conference that has
no participants yet with Member State delegations (the host country's the
largest, the host region strongly present), international organisations,
NGOs, private-sector partners, UNESCO, the host's staff and the press: names
that fit each country (accents, apostrophes, compound names; some in Cyrillic,
Chinese, Japanese, Korean, Greek and Arabic script, each with its Latin form),
real cities, plausible positions, e-mail addresses and phone numbers, travel
dates around the conference's dates, hotel requests against the hotels and
room types in the database, accessibility and dietary needs.

Everything is written in one transaction: an error, or a ``progress`` callback
that returns ``False``, leaves the database as it was.  The same seed and
number of participants give the same data (timestamps aside): all randomness
comes from one ``random.Random(seed)``; Faker is used only as a source of name
lists (its provider data), never as a random generator.

The data behind it lives in ``resources/demo/``: ``countries.json`` (per
Member State: propensity to attend, name pools, language, calling code, real
cities), ``names.json`` (name pools with conventional Latin forms, e.g. Arabic
and Persian) and ``organisations.json`` (organisations and media outlets).
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
import itertools
import json
import math
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace
from typing import Any, Callable, Generic, Sequence, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from unidecode import unidecode

from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError, NotInitialisedError
from ..foundation.models import (
    Category,
    Conference,
    Delegation,
    DelegationKind,
    Gender,
    Hotel,
    Language,
    MemberState,
    Participant,
    ParticipantStatus,
    index_missing_search_words,
    participant_search_text,
    participant_sort_name,
)
from ..foundation.paths import RESOURCES_DIR
from ..foundation.text import fold, is_latin

DEMO_DIR = RESOURCES_DIR / "demo"
MAX_PARTICIPANTS = 200_000
DEFAULT_PARTICIPANTS = 650
DEFAULT_SEED = 2015
BATCH_SIZE = 500

# Shares of the population (the rest are organisations, UNESCO, host staff, press).
MEMBER_STATE_SHARE = 0.70
HOST_STATE_SHARE = 0.10  # of the Member State delegates
HOST_CITY_SHARE = 0.45  # of the host delegation (besides its head): local officials
ORGANISATION_SHARES = {
    "unesco": 0.18,
    "host": 0.24,
    "igo": 0.18,
    "ngo": 0.20,
    "private": 0.08,
    "press": 0.12,
}
# Distinct Member States for 650 participants; grows with the square root of N.
STATES_AT_650 = 100

ProgressCallback = Callable[[int, int], "bool | None"]


@dataclass
class DemoResult:
    participants: int
    delegations: int  # delegations that received demo participants (states + organisations)
    member_states: int  # distinct Member States with a delegation
    seed: int


class DemoCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


def populate_demo(
    db: Database,
    participants: int = DEFAULT_PARTICIPANTS,
    seed: int = DEFAULT_SEED,
    progress: ProgressCallback | None = None,
) -> DemoResult:
    """Add a demo population of ``participants`` people to a conference that has none.

    ``progress(done, total)`` is called before the first row and after every
    batch of rows written; returning ``False`` (not merely a falsy value)
    cancels: :class:`DemoCancelled` is raised and nothing is kept.
    """
    if isinstance(participants, bool) or not isinstance(participants, int):
        raise ConferenceDeskError("The number of demo participants must be a whole number.")
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise ConferenceDeskError(
            f"The number of demo participants must be between 1 and {MAX_PARTICIPANTS:,}"
            f" (got {participants:,})."
        )
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ConferenceDeskError("The demo seed must be a whole number.")
    with db.session() as session:
        conference = session.scalar(select(Conference).limit(1))
        if conference is None:
            raise NotInitialisedError(
                "This database has no conference yet; initialise it first"
                " (conference-desk init) before adding the demo population."
            )
        existing = session.scalar(select(func.count()).select_from(Participant)) or 0
        if existing:
            raise ConferenceDeskError(
                f"The conference already has {existing:,} participants; the demo population"
                " is added only to a conference with none."
            )
        generator = _Generator(session, conference, participants, seed, progress)
        return generator.run()


# --------------------------------------------------------------------------
# Weighted choice
# --------------------------------------------------------------------------

T = TypeVar("T")


class _Pool(Generic[T]):
    """Items to pick from, uniformly or by weight, with a given ``random.Random``."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, items: Sequence[T], weights: Sequence[float] | None = None) -> None:
        if not items:
            raise ValueError("empty pool")
        self.items = tuple(items)
        if weights is None:
            self.cum: list[float] | None = None
            self.total = float(len(self.items))
        else:
            self.cum = list(itertools.accumulate(max(float(w), 0.0) for w in weights))
            self.total = self.cum[-1]
            if self.total <= 0:
                self.cum = None
                self.total = float(len(self.items))

    def pick(self, rng: random.Random) -> T:
        if self.cum is None:
            return self.items[int(rng.random() * len(self.items))]
        index = bisect.bisect_right(self.cum, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]

    @classmethod
    def weighted(cls, pairs: Sequence[tuple[T, float]]) -> "_Pool[T]":
        return cls([item for item, _ in pairs], [weight for _, weight in pairs])


def _apportion(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into integer parts proportional to ``weights`` (largest remainder)."""
    if total <= 0 or not weights:
        return [0] * len(weights)
    weight_sum = sum(weights)
    if weight_sum <= 0:
        weights = [1.0] * len(weights)
        weight_sum = float(len(weights))
    quotas = [total * w / weight_sum for w in weights]
    parts = [math.floor(q) for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


# --------------------------------------------------------------------------
# Latin forms of names written in other scripts
# --------------------------------------------------------------------------


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


def _korean_given(text: str) -> str:
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


_TRANSLIT: dict[str, Callable[[str], str]] = {
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


# --------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------

NamePair = tuple[str, str]  # (as written, Latin form or "" when already Latin)


@dataclass
class _Names:
    """Where one kind of names comes from (a Faker locale or a pack in names.json)."""

    key: str
    female: _Pool[NamePair]
    male: _Pool[NamePair]
    family_female: _Pool[NamePair]
    family_male: _Pool[NamePair]
    lang: str | None = None
    latin: bool = True
    native_share: float = 0.0
    double_surname: float = 0.0
    compound_female: _Pool[str] | None = None
    compound_male: _Pool[str] | None = None
    compound_share: float = 0.0
    extra_family: _Pool[str] | None = None
    extra_family_share: float = 0.0


@dataclass
class _Name:
    given: str
    family: str
    given_latin: str  # "" for names written in Latin letters
    family_latin: str
    email_given: str  # Latin, for e-mail addresses
    email_family: str

    @property
    def latin_full(self) -> str:
        given = self.given_latin or self.given
        family = self.family_latin or self.family
        return f"{given} {family}".strip()


def _pick_name(names: _Names, rng: random.Random, female: bool, native_share: float) -> _Name:
    given, given_latin = (names.female if female else names.male).pick(rng)
    compound = names.compound_female if female else names.compound_male
    if compound is not None and rng.random() < names.compound_share:
        given, given_latin = compound.pick(rng), ""
    family_pool = names.family_female if female else names.family_male
    if names.extra_family is not None and rng.random() < names.extra_family_share:
        family, family_latin = names.extra_family.pick(rng), ""
    else:
        family, family_latin = family_pool.pick(rng)
    email_family = family_latin or family
    if names.double_surname and rng.random() < names.double_surname:
        second, second_latin = family_pool.pick(rng)
        if second != family:
            family = f"{family} {second}"
            family_latin = f"{family_latin} {second_latin}" if family_latin else ""
    email_given = given_latin or given
    if names.latin or rng.random() >= native_share:
        # Written in Latin letters (the only form, or the form registered).
        if given_latin or family_latin:
            given, family = given_latin or given, family_latin or family
        return _Name(given, family, "", "", email_given, email_family)
    return _Name(given, family, given_latin, family_latin, email_given, email_family)


_BAD_NAME = re.compile(r"[\d,()/\[\]?]|\b[IVX]+\b")


def _clean(values: Any) -> tuple[list[str], list[float] | None]:
    """Names (and weights, for Faker's weighted OrderedDicts), junk removed."""
    excluded = set(_load("names.json").get("exclude", []))
    if isinstance(values, dict):
        items = list(values.items())
    else:
        items = [(v, None) for v in values]
    names: list[str] = []
    weights: list[float] = []
    for name, weight in items:
        if not isinstance(name, str):
            continue
        name = " ".join(name.split())
        if not name or len(name) > 40 or len(name.split()) > 3 or _BAD_NAME.search(name):
            continue
        if name in excluded:
            continue
        names.append(name)
        weights.append(float(weight) if weight is not None else 1.0)
    return names, (weights if isinstance(values, dict) else None)


def _pairs_pool(
    names: list[str], weights: list[float] | None, translit: Callable[[str], str] | None
) -> _Pool[NamePair]:
    pairs: list[NamePair] = []
    kept: list[float] = []
    for i, name in enumerate(names):
        if translit is None:
            if not is_latin(name):
                continue
            pairs.append((name, ""))
        else:
            latin = translit(name)
            if not latin or not is_latin(latin) or not re.search(r"[A-Za-z]", latin):
                continue
            pairs.append((name, latin))
        kept.append(weights[i] if weights else 1.0)
    return _Pool(pairs, kept if weights else None)


def _feminine_polish(surname: str) -> str:
    for male, female in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def _faker_names(locale: str, options: dict[str, Any], compounds: dict[str, Any]) -> _Names:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    translit_key = options.get("translit")

    def attr(*names: str) -> Any:
        for name in names:
            value = getattr(provider, name, None)
            if value and not (isinstance(value, (list, tuple)) and list(value) == ["Doe"]):
                return value
        return None

    if translit_key == "ja":
        female = _Pool([(k, r) for k, _, r in provider.first_name_female_pairs])
        male = _Pool([(k, r) for k, _, r in provider.first_name_male_pairs])
        family = _Pool.weighted([((k, r), w) for (k, _, r), w in provider.last_name_pairs.items()])
        family_female = family_male = family
    elif translit_key == "ko":
        korean_family = _load("names.json")["korean_family"]
        female = _pairs_pool(*_clean(provider.first_names_female), _korean_given)
        male = _pairs_pool(*_clean(provider.first_names_male), _korean_given)
        surnames, weights = _clean(provider.last_names)
        family = _pairs_pool(
            surnames, weights, lambda s: korean_family.get(s) or _korean_given(s).replace("-", "")
        )
        family_female = family_male = family
    else:
        translit = _TRANSLIT[translit_key] if translit_key else None
        female = _pairs_pool(*_clean(attr("first_names_female", "first_names")), translit)
        male = _pairs_pool(*_clean(attr("first_names_male", "first_names")), translit)
        if locale == "pl_PL":
            male_surnames = list(provider.male_last_names) + list(provider.unisex_last_names)
            female_surnames = [_feminine_polish(s) for s in provider.male_last_names]
            female_surnames += list(provider.unisex_last_names)
            family_male = _pairs_pool(*_clean(male_surnames), None)
            family_female = _pairs_pool(*_clean(female_surnames), None)
        elif attr("last_names") is None:  # e.g. is_IS: patronymics come from names.json
            fallback = _names_for("en_US")
            family_female, family_male = fallback.family_female, fallback.family_male
        else:
            family_female = _pairs_pool(
                *_clean(attr("last_names_female", "last_names")), translit
            )
            family_male = _pairs_pool(*_clean(attr("last_names_male", "last_names")), translit)
    names = _Names(
        key=locale,
        female=female,
        male=male,
        family_female=family_female,
        family_male=family_male,
        lang=options.get("lang") or _language_of_locale(locale),
        latin=translit_key is None,
        native_share=float(options.get("native", 0.0)),
        double_surname=float(options.get("double_surname", 0.0)),
    )
    _add_options(names, options, compounds)
    return names


def _add_options(names: _Names, options: dict[str, Any], compounds: dict[str, Any]) -> None:
    compound = options.get("compound")
    if compound:
        names.compound_female = _Pool(compounds[compound]["female"])
        names.compound_male = _Pool(compounds[compound]["male"])
        names.compound_share = float(options.get("compound_p", 0.1))
    if options.get("extra_family"):
        names.extra_family = _Pool(options["extra_family"])
        names.extra_family_share = float(options.get("extra_family_share", 0.02))


def _language_of_locale(locale: str) -> str | None:
    prefix = locale.split("_")[0]
    return prefix if prefix in ("es", "fr") else None


def _pack_pool(entries: list[Any]) -> _Pool[NamePair]:
    pairs: list[NamePair] = []
    for entry in entries:
        if isinstance(entry, str):
            pairs.append((entry, ""))
        else:
            pairs.append((entry[0], entry[1]))
    return _Pool(pairs)


def _pack_names(key: str, pack: dict[str, Any], compounds: dict[str, Any]) -> _Names:
    if "given_from" in pack:
        base = _names_for(pack["given_from"])
        female, male = base.female, base.male
    else:
        female, male = _pack_pool(pack["female"]), _pack_pool(pack["male"])
    family_female = _pack_pool(pack.get("family_female") or pack["family"])
    family_male = _pack_pool(pack.get("family_male") or pack["family"])
    latin = pack.get("script", "Latin") == "Latin"
    names = _Names(
        key=key,
        female=female,
        male=male,
        family_female=family_female,
        family_male=family_male,
        lang=pack.get("lang"),
        latin=latin,
        native_share=float(pack.get("native", 0.0)),
        double_surname=float(pack.get("double_surname", 0.0)),
    )
    _add_options(names, pack, compounds)
    return names


@lru_cache(maxsize=None)
def _load(filename: str) -> dict[str, Any]:
    path = DEMO_DIR / filename
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        raise ConferenceDeskError(f"Cannot read the demo data file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConferenceDeskError(f"{path}: expected a JSON object.")
    return data


@lru_cache(maxsize=None)
def _names_for(key: str) -> _Names:
    data = _load("names.json")
    compounds = data.get("compound_given", {})
    if key in data["packs"]:
        return _pack_names(key, data["packs"][key], compounds)
    try:
        return _faker_names(key, data.get("faker", {}).get(key, {}), compounds)
    except ModuleNotFoundError:
        return _names_for("en_US")


def _name_mix(spec: Any) -> _Pool[str]:
    """A pool of name-source keys from 'key', [[key, weight], ...]; 'intl' expands."""
    pairs: list[tuple[str, float]] = []
    items = [[spec, 1.0]] if isinstance(spec, str) else spec
    intl = _load("organisations.json").get("international_mix", [["en_US", 1.0]])
    intl_total = sum(float(w) for _, w in intl)
    for key, weight in items:
        if key == "intl":
            pairs += [(k, float(weight) * float(w) / intl_total) for k, w in intl]
        else:
            pairs.append((key, float(weight)))
    return _Pool.weighted(pairs)


# --------------------------------------------------------------------------
# Countries and organisations
# --------------------------------------------------------------------------

_REGION_NAMES = {"AFR": "en_KE", "ARB": "ar_mashriq", "APA": "en_IN", "EUR": "en_GB", "LAC": "es_MX"}


@dataclass
class _Country:
    iso3: str
    iso2: str
    name: str
    state_id: int
    weight: float
    names: _Pool[str]
    lang: str | None
    native: float | None
    calling_code: str
    phone: str
    mail: str
    cities: list[str]
    ministry: str = ""
    city_mail: dict[str, str] = field(default_factory=dict)
    city_phone: dict[str, str] = field(default_factory=dict)
    city_government: dict[str, str] = field(default_factory=dict)
    districts: dict[str, list[str]] = field(default_factory=dict)

    def government(self, city: str) -> str:
        if not city:
            return "Ministry of Education"
        if city in self.city_government:
            return self.city_government[city]
        if city.endswith(" City"):  # not "City of Panama City"
            return f"Municipality of {city}"
        return f"City of {city}"

    def domain(self, city: str) -> str:
        if city in self.city_mail:
            return self.city_mail[city]
        slug = _slug(city)
        tld = self.iso2.lower()
        template = self.mail or (f"{{city}}.gov.{tld}" if slug else f"gov.{tld}")
        if "{city}" in template:
            if not slug:
                return "education.gov." + self.iso2.lower()
            return template.replace("{city}", slug)
        return template

    def national_domain(self) -> str:
        return self.ministry or f"education.gov.{self.iso2.lower()}"

    def phone_template(self, city: str) -> str:
        return self.city_phone.get(city) or self.phone or f"{self.calling_code} ## ### ####".strip()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


# Anguilla (an Associate Member since 2013) replaced Montserrat (admitted on 3 November 2015, after ICLC 2015)
# in the 2015 list; in the demo it takes Montserrat's place in the draw, so a seed gives the same population
# as before with Anguillans where Montserratians were.
_DEMO_ORDER = {"AIA": "MSR"}


def _countries(states: list[MemberState]) -> list[_Country]:
    data = _load("countries.json")["countries"]
    countries = []
    for state in states:
        entry = data.get(state.iso3, {})
        region = state.region.value if state.region is not None else "EUR"
        countries.append(
            _Country(
                iso3=state.iso3,
                iso2=state.iso2,
                name=state.name_en,
                state_id=state.id,
                weight=max(float(entry.get("w", 1.0)), 0.01),
                names=_name_mix(entry.get("names") or _REGION_NAMES.get(region, "en_US")),
                lang=entry.get("lang"),
                native=entry.get("native"),
                calling_code=entry.get("cc", ""),
                phone=entry.get("phone", ""),
                mail=entry.get("mail", ""),
                cities=list(entry.get("cities", [])),
                ministry=entry.get("ministry", ""),
                city_mail=dict(entry.get("city_mail", {})),
                city_phone=dict(entry.get("city_phone", {})),
                city_government=dict(entry.get("city_government", {})),
                districts={k: list(v) for k, v in entry.get("districts", {}).items()},
            )
        )
    return countries


# --------------------------------------------------------------------------
# Roles (positions in English, the conference's common language)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Role:
    position: str  # may use {city}, {gov}, {district}
    organisation: str = "{gov}"
    excellency: bool = False  # addressed as H.E.
    unique: str = ""  # key that at most one person per delegation may hold
    in_paris: bool = False  # at the Permanent Delegation to UNESCO

    @property
    def national(self) -> bool:
        """A national body rather than a city: the ministry's e-mail domain."""
        return self.organisation not in ("{gov}", "") and "{" not in self.organisation


_HEAD_ROLES = _Pool.weighted(
    [
        (_Role("Mayor of {city}", unique="mayor:{city}"), 45),
        (_Role("Deputy Mayor of {city}"), 10),
        (_Role("Secretary of Education, {gov}", unique="education:{city}"), 15),
        (_Role("Minister of Education", "Ministry of Education", True, "minister"), 8),
        (_Role("Vice-Minister of Education", "Ministry of Education", True, "vice-minister"), 5),
        (
            _Role(
                "Ambassador, Permanent Delegate to UNESCO",
                "Permanent Delegation to UNESCO",
                True,
                "ambassador",
                in_paris=True,
            ),
            8,
        ),
        (
            _Role(
                "Secretary-General, National Commission for UNESCO",
                "National Commission for UNESCO",
                unique="natcom",
            ),
            9,
        ),
    ]
)
_MAYOR_ROLES = _Pool.weighted(
    [(_Role("Mayor of {city}", unique="mayor:{city}"), 75), (_Role("Deputy Mayor of {city}"), 25)]
)
_DISTRICT_MAYOR = _Role(
    "Borough Mayor of {district}", "Borough of {district}", unique="mayor:{district}"
)
_FALLBACK_MAYOR_ROLES = _Pool([_Role("Deputy Mayor of {city}"), _Role("City Councillor, {gov}")])
_DISTRICT_COUNCILLOR = _Role("Councillor, Borough of {district}", "Borough of {district}")
_DELEGATE_ROLES = _Pool(
    [
        _Role("Director of Education, {gov}"),
        _Role("Head of Lifelong Learning, {gov}"),
        _Role("Adviser to the Mayor of {city}"),
        _Role("Coordinator, Learning City Programme, {gov}"),
        _Role("Director of Adult Education, {gov}"),
        _Role("Head of International Relations, {gov}"),
        _Role("Director of Public Libraries, {gov}"),
        _Role("Head of Community Education, {gov}"),
        _Role("Councillor for Education, {gov}"),
        _Role("Programme Officer, National Commission for UNESCO", "National Commission for UNESCO"),
        _Role("Senior Adviser, Ministry of Education", "Ministry of Education"),
        _Role("Director of Lifelong Learning, Ministry of Education", "Ministry of Education"),
    ]
)
_EXPERT_ROLES = _Pool(
    [
        _Role("Professor of Adult Education", ""),
        _Role("Researcher in Lifelong Learning", ""),
        _Role("Lecturer in Education Policy", ""),
        _Role("Consultant in Urban Development", ""),
        _Role("Expert in Community Learning Centres", ""),
        _Role("Adviser on Learning Cities", ""),
        _Role("Professor of Urban Studies", ""),
        _Role("Director, Centre for Lifelong Learning Research", ""),
    ]
)
_ORGANISATION_ROLES = {
    "igo_ngo": [
        "Senior Policy Analyst",
        "Education Specialist",
        "Programme Officer",
        "Programme Specialist",
        "Senior Adviser",
        "Regional Coordinator for Latin America and the Caribbean",
        "Research Officer",
        "Project Manager",
        "Communications Officer",
        "Board Member",
    ],
    "unesco": [
        "Programme Specialist",
        "Senior Programme Specialist",
        "Team Leader, Learning Cities",
        "Associate Programme Specialist",
        "Research Assistant",
        "Programme Assistant",
        "Communications Officer",
        "Conference Officer",
        "Documentalist",
        "Consultant",
    ],
    "staff": [
        "Registration Desk Officer",
        "Protocol Officer",
        "Logistics Coordinator",
        "Liaison Officer",
        "Transport Coordinator",
        "IT Support",
        "Volunteer",
        "Volunteer",
        "Volunteer",
        "Hospitality Officer",
        "Press Officer",
        "Security Coordinator",
    ],
    "private": [
        "Director of Corporate Affairs",
        "Education Partnerships Manager",
        "Head of Public Sector",
        "Corporate Social Responsibility Manager",
        "Account Manager, Government and Education",
        "Regional Director for Latin America",
    ],
    "press": [
        "Journalist",
        "Correspondent",
        "Reporter",
        "Photographer",
        "Camera Operator",
        "Editor",
        "Producer",
    ],
}

# Category of the members of a Member State delegation besides its head.
_STATE_CATEGORIES = _Pool.weighted(
    [("mayor", 15), ("delegate", 52), ("expert", 20), ("speaker", 13)]
)
_FEMALE_SHARE = {
    "head": 0.35,
    "mayor": 0.30,
    "delegate": 0.52,
    "expert": 0.50,
    "speaker": 0.45,
    "igo_ngo": 0.55,
    "private": 0.40,
    "unesco": 0.60,
    "press": 0.50,
    "staff": 0.62,
}
_CATEGORY_OF_KIND = {
    "igo": "igo_ngo",
    "ngo": "igo_ngo",
    "private": "private",
    "unesco": "unesco",
    "host": "staff",
}
_KIND = {
    "igo": DelegationKind.IGO,
    "ngo": DelegationKind.NGO,
    "private": DelegationKind.PRIVATE_SECTOR,
    "unesco": DelegationKind.UNESCO,
    "host": DelegationKind.HOST,
}
_ACCESSIBILITY = _Pool.weighted(
    [
        (("Wheelchair user", True), 35),
        (("Reduced mobility: step-free access needed", True), 20),
        (("Visual impairment: large-print documents", False), 25),
        (("Hearing impairment: hearing loop or captioning", False), 20),
    ]
)
_DIETARY = _Pool.weighted(
    [
        ("Vegetarian", 40),
        ("Gluten-free", 12),
        ("Vegan", 12),
        ("Halal", 12),
        ("Lactose-free", 8),
        ("Kosher", 1),
        ("Nut allergy", 5),
    ]
)
_MUSLIM_NAMES = {"ar_mashriq", "ar_maghreb", "fa", "ur"}


# --------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------


@dataclass
class _Group:
    """A delegation (or the press) being filled: where its people come from."""

    delegation: Delegation | None
    kind: str  # member_state, igo, ngo, private, unesco, host, press
    size: int
    names: _Pool[str]
    lang: str | None
    native: float | None
    country: _Country | None = None
    organisation: dict[str, Any] | None = None
    used_roles: set[str] = field(default_factory=set)


@dataclass
class _Hotel:
    id: int
    codes: tuple[str, ...]


class _Generator:
    def __init__(
        self,
        session: Session,
        conference: Conference,
        total: int,
        seed: int,
        progress: ProgressCallback | None,
    ) -> None:
        self.session = session
        self.conference = conference
        self.total = total
        self.seed = seed
        self.progress = progress
        self.rng = random.Random(seed)
        self.done = 0
        self.buffer: list[dict[str, Any]] = []
        self.emails: dict[str, int] = {}
        self.heads: dict[str, Delegation] = {}  # external id of the head -> delegation
        self.city_pools: dict[str, _Pool[str]] = {}
        self.host_names: _Pool[str] | None = None
        self.host_city_key = fold(conference.city or "")
        self.host_iso3 = (conference.country_iso3 or "").upper()
        self.external_prefix = _external_prefix(conference)
        width = max(5, len(str(total)))
        numbers = list(range(1, total + 1))
        random.Random(seed * 7919 + 1).shuffle(numbers)  # ids not grouped by delegation
        self.external_ids = iter(f"{self.external_prefix}-{n:0{width}d}" for n in numbers)

        categories = list(
            session.scalars(select(Category).order_by(Category.sort_order, Category.id))
        )
        if not categories:
            raise ConferenceDeskError(
                "The conference has no participant categories; add some before the demo population."
            )
        self.category_ids = {c.code: c.id for c in categories}
        self.fallback_category = self.category_ids.get("delegate", categories[0].id)
        hotels = session.scalars(
            select(Hotel).options(selectinload(Hotel.room_types)).order_by(Hotel.id)
        ).all()
        self.hotels = [_Hotel(h.id, tuple(rt.code for rt in h.room_types)) for h in hotels]
        self.arrival = conference.arrival_date
        self.start = conference.start_date
        self.end = conference.end_date
        self.departure = conference.departure_date

    # ---------------------------------------------------------------- plan

    def run(self) -> DemoResult:
        self._report()
        groups = self._plan()
        self._create_delegations(groups)
        for group in groups:
            self._fill(group)
        self._flush()
        self._set_heads()
        from ..interpreters.demo import populate_interpreter_pool  # the interpreters' pool (issue 8)

        populate_interpreter_pool(self.session, self.conference, random.Random(self.seed * 31 + 8))
        index_missing_search_words(self.session.connection())
        from ..programme.demo import populate_programme_demo

        # Own generator: the programme never changes who the participants are.
        populate_programme_demo(self.session, self.conference, random.Random(self.seed * 104_729 + 7))
        delegations = sum(1 for g in groups if g.delegation is not None and g.size > 0)
        states = sum(1 for g in groups if g.kind == "member_state" and g.size > 0)
        return DemoResult(
            participants=self.total, delegations=delegations, member_states=states, seed=self.seed
        )

    def _plan(self) -> list[_Group]:
        n_org = round(self.total * (1 - MEMBER_STATE_SHARE))
        n_states = self.total - n_org
        member_states = sorted(self.session.scalars(select(MemberState)), key=lambda m: _DEMO_ORDER.get(m.iso3, m.iso3))
        countries = _countries(member_states)
        if not countries:
            n_states, n_org = 0, self.total
        groups = self._plan_states(countries, n_states) if n_states else []
        groups += self._plan_organisations(n_org)
        return groups

    def _plan_states(self, countries: list[_Country], n_states: int) -> list[_Group]:
        rng = self.rng
        by_iso = {c.iso3: c for c in countries}
        wanted = round(STATES_AT_650 * math.sqrt(self.total / 650))
        k = max(1, min(len(countries), n_states, wanted))
        chosen: list[_Country] = []
        for iso3 in [self.host_iso3, *_load("countries.json").get("core", [])]:
            country = by_iso.get(iso3)
            if country is not None and country not in chosen and len(chosen) < k:
                chosen.append(country)
        rest = [c for c in countries if c not in chosen]
        # Weighted sampling without replacement (Efraimidis–Spirakis).
        keyed = sorted(
            ((rng.random() ** (1.0 / c.weight), c.iso3) for c in rest), reverse=True
        )
        chosen += [by_iso[iso3] for _, iso3 in keyed[: k - len(chosen)]]

        sizes = {c.iso3: 1 for c in chosen}
        extra = n_states - len(chosen)
        host = by_iso.get(self.host_iso3)
        if host is not None and host in chosen and extra > 0:
            wanted_host = max(0, round(HOST_STATE_SHARE * n_states) - 1)
            host_extra = extra if len(chosen) == 1 else min(extra, wanted_host)
            sizes[host.iso3] += host_extra
            extra -= host_extra
        others = [c for c in chosen if c is not host] or chosen
        if extra > 0:
            pool = _Pool(list(range(len(others))), [c.weight for c in others])
            for index, count in sorted(Counter(pool.pick(rng) for _ in range(extra)).items()):
                sizes[others[index].iso3] += count

        ordered = sorted(chosen, key=lambda c: (c is not host, c.iso3))
        return [
            _Group(
                delegation=None,
                kind="member_state",
                size=sizes[c.iso3],
                names=c.names,
                lang=c.lang,
                native=c.native,
                country=c,
            )
            for c in ordered
        ]

    def _plan_organisations(self, n_org: int) -> list[_Group]:
        data = _load("organisations.json")
        kinds = list(ORGANISATION_SHARES)
        per_kind = dict(zip(kinds, _apportion(n_org, [ORGANISATION_SHARES[k] for k in kinds])))
        groups: list[_Group] = []
        for kind in kinds:
            entries = data["media"] if kind == "press" else [
                o for o in data["organisations"] if o["kind"] == kind
            ]
            budget = per_kind[kind]
            if not entries or budget <= 0:
                continue
            sizes = self._spread(budget, [float(e.get("w", 1.0)) for e in entries])
            for entry, size in zip(entries, sizes):
                if size <= 0:
                    continue
                groups.append(
                    _Group(
                        delegation=None,
                        kind=kind,
                        size=size,
                        names=_name_mix(entry.get("names") or self._media_names(entry)),
                        lang=entry.get("lang"),
                        native=None,
                        organisation=entry,
                    )
                )
        return groups

    def _spread(self, budget: int, weights: list[float]) -> list[int]:
        """One each for the heaviest entries, the rest at random by weight."""
        order = sorted(range(len(weights)), key=lambda i: (-weights[i], i))
        sizes = [0] * len(weights)
        for i in order[:budget]:
            sizes[i] = 1
        rest = budget - min(budget, len(weights))
        if rest > 0:
            pool = _Pool(list(range(len(weights))), weights)
            for i in (pool.pick(self.rng) for _ in range(rest)):
                sizes[i] += 1
        return sizes

    def _media_names(self, outlet: dict[str, Any]) -> Any:
        entry = _load("countries.json")["countries"].get(outlet.get("country", ""), {})
        return entry.get("names") or "en_US"

    def _create_delegations(self, groups: list[_Group]) -> None:
        existing = list(self.session.scalars(select(Delegation).order_by(Delegation.id)))
        by_state = {d.member_state_id: d for d in existing if d.member_state_id is not None}
        by_name = {(d.kind, d.organisation_name): d for d in existing if d.member_state_id is None}
        for group in groups:
            if group.kind == "press":
                continue
            if group.country is not None:
                delegation = by_state.get(group.country.state_id)
                if delegation is None:
                    delegation = Delegation(
                        kind=DelegationKind.MEMBER_STATE, member_state_id=group.country.state_id
                    )
                    self.session.add(delegation)
            else:
                assert group.organisation is not None
                kind = _KIND[group.kind]
                name = group.organisation["name"]
                delegation = by_name.get((kind, name))
                if delegation is None:
                    delegation = Delegation(kind=kind, organisation_name=name)
                    self.session.add(delegation)
                    by_name[(kind, name)] = delegation
            group.delegation = delegation
        self.session.flush()

    # ---------------------------------------------------------------- people

    def _fill(self, group: _Group) -> None:
        members = [self._member(group, i) for i in range(group.size)]
        self._pair_sharers(members)
        head = members[0] if members and group.delegation is not None else None
        if head is not None and group.delegation is not None:
            self.heads[head["external_id"]] = group.delegation
        for row in members:
            row.pop("_name", None)
            row.pop("_share", None)
            # What the model's before_insert event would compute (bulk inserts skip it).
            row["search_text"] = participant_search_text(SimpleNamespace(**row))  # type: ignore[arg-type]
            row["sort_name"] = participant_sort_name(SimpleNamespace(**row))  # type: ignore[arg-type]
            self.buffer.append(row)
            if len(self.buffer) >= BATCH_SIZE:
                self._flush()

    def _member(self, group: _Group, index: int) -> dict[str, Any]:
        rng = self.rng
        if group.kind == "member_state":
            category = "head" if index == 0 else _STATE_CATEGORIES.pick(rng)
        elif group.kind == "press":
            category = "press"
        else:
            category = _CATEGORY_OF_KIND[group.kind]
            if index > 0 and category in ("igo_ngo", "unesco") and rng.random() < 0.1:
                category = "speaker"

        gender = self._gender(category)
        female = gender is Gender.FEMALE or (gender is Gender.OTHER and rng.random() < 0.5)

        # Where the person comes from: a city, and for organisations a name source.
        names_key = group.names.pick(rng)
        native = group.native
        city = ""
        local = False
        organisation = ""
        position = ""
        excellency = False
        domain = ""
        phone_template = ""
        country = group.country
        if country is not None:
            city = self._state_city(country, index)
            role = self._state_role(group, category, city)
            gov = country.government(city)
            district = ""
            if "{district}" in role.position:
                district = self._district(group, country, city, reserve=bool(role.unique))
            position = role.position.format(city=city, gov=gov, district=district)
            organisation = role.organisation.format(city=city, gov=gov, district=district)
            excellency = role.excellency
            domain = country.national_domain() if role.national else country.domain(city)
            phone_template = country.phone_template(city)
            if role.in_paris:  # UNESCO Headquarters, where Permanent Delegations sit
                city, phone_template = "Paris", "+33 1 45 68 ## ##"
            local = self._is_host_city(city) and country.iso3 == self.host_iso3
        else:
            entry = group.organisation or {}
            organisation = entry.get("name", "")
            city = entry.get("city", "")
            domain = entry.get("domain", "example.org")
            if group.kind == "press":
                correspondent = entry.get("country") != self.host_iso3 and rng.random() < float(
                    entry.get("correspondents", 0.0)
                )
                if correspondent:  # the outlet's correspondent in the host city
                    names_key = self._host_names_key()
                    city = self.conference.city or city
                position = _Pool(_ORGANISATION_ROLES["press"]).pick(rng)
            elif index == 0:
                position = entry.get("lead", "")
            else:
                roles = _ORGANISATION_ROLES.get(category, _ORGANISATION_ROLES["igo_ngo"])
                position = roles[int(rng.random() * len(roles))]
            local = self._is_host_city(city)
            host_country = _load("countries.json")["countries"].get(
                self.host_iso3 if local else entry.get("country", ""), {}
            )
            phone_template = (host_country.get("city_phone") or {}).get(city) or host_country.get(
                "phone", "+1 ### ### ####"
            )

        names = _names_for(names_key)
        native_share = names.native_share if native is None else float(native)
        name = _pick_name(names, rng, female, native_share)
        lang = group.lang or names.lang or "en"

        title = self._title(gender, category, excellency)
        status = self._status(category)
        arrival, departure, late = self._dates(local, category)
        needs_hotel = not local
        hotel_id, room, funded = None, "", False
        accessibility, accessible_room = "", False
        if rng.random() < 0.02:
            accessibility, accessible_room = _ACCESSIBILITY.pick(rng)
        if needs_hotel:
            hotel_id, room = self._hotel_request(category, accessible_room)
            funded = self._funded(category)
        dietary = ""
        if rng.random() < 0.15:
            dietary = _DIETARY.pick(rng)
            if names_key in _MUSLIM_NAMES and rng.random() < 0.7:
                dietary = "Halal"
            elif names_key == "he" and rng.random() < 0.5:
                dietary = "Kosher"
        notes = "Late arrival (after 22:00)" if late else ""

        email = self._email(name, domain)
        phone = self._phone(phone_template)
        badge_name = name.latin_full
        return {
            "external_id": next(self.external_ids),
            "delegation_id": group.delegation.id if group.delegation is not None else None,
            "category_id": self.category_ids.get(category, self.fallback_category),
            "title": title,
            "given_name": name.given,
            "family_name": name.family,
            "given_name_latin": name.given_latin,
            "family_name_latin": name.family_latin,
            "badge_name": badge_name,
            "search_text": "",
            "gender": gender,
            "position": position,
            "organisation": organisation,
            "city": city,
            "email": email,
            "phone": phone,
            "preferred_language": Language(lang) if lang in ("en", "fr", "es") else Language.EN,
            "arrival_date": arrival,
            "departure_date": departure,
            "needs_hotel": needs_hotel,
            "preferred_hotel_id": hotel_id,
            "room_type_request": room,
            "sharer_note": "",
            "hotel_funded": funded,
            "accessibility_needs": accessibility,
            "dietary_needs": dietary,
            "notes": notes,
            "status": status,
            "row_version": 1,
            "_name": name,
            "_share": needs_hotel and not accessibility and category != "head",
        }

    def _host_names_key(self) -> str:
        if self.host_names is None:
            entry = _load("countries.json")["countries"].get(self.host_iso3, {})
            self.host_names = _name_mix(entry.get("names") or "en_US")
        return self.host_names.pick(self.rng)

    def _is_host_city(self, city: str) -> bool:
        return bool(city) and bool(self.host_city_key) and fold(city) == self.host_city_key

    def _state_city(self, country: _Country, index: int) -> str:
        if not country.cities:
            return ""
        host_city = next((c for c in country.cities if self._is_host_city(c)), None)
        if country.iso3 == self.host_iso3 and host_city is not None and index > 0:
            if self.rng.random() < HOST_CITY_SHARE:
                return host_city
            others = [c for c in country.cities if c != host_city] or [host_city]
            return others[int(self.rng.random() * len(others))]
        pool = self.city_pools.get(country.iso3)
        if pool is None:
            # The first cities of the list are the likelier ones.
            weights = [1.0 / (1 + 0.25 * i) for i in range(len(country.cities))]
            pool = self.city_pools[country.iso3] = _Pool(country.cities, weights)
        return pool.pick(self.rng)

    def _state_role(self, group: _Group, category: str, city: str) -> _Role:
        rng = self.rng
        country = group.country
        assert country is not None
        if category == "expert" or (category == "speaker" and rng.random() < 0.5):
            return _EXPERT_ROLES.pick(rng)
        if category in ("delegate", "speaker"):
            return _DELEGATE_ROLES.pick(rng)
        pool = _HEAD_ROLES if category == "head" else _MAYOR_ROLES
        for _ in range(4):
            role = pool.pick(rng)
            if city in country.districts and role.position.endswith("Mayor of {city}"):
                # A city of boroughs (Mexico City): its mayors are borough mayors.
                districts = country.districts[city]
                if any(f"mayor:{d}" not in group.used_roles for d in districts):
                    return _DISTRICT_MAYOR  # _district() reserves the borough
                continue
            if not city and "{city}" in role.position:
                continue
            key = role.unique.format(city=city)
            if key and key in group.used_roles:
                continue
            if key:
                group.used_roles.add(key)
            return role
        if city in country.districts:
            return _DISTRICT_COUNCILLOR
        return _FALLBACK_MAYOR_ROLES.pick(rng) if city else _DELEGATE_ROLES.pick(rng)

    def _district(self, group: _Group, country: _Country, city: str, reserve: bool) -> str:
        """A borough of ``city``; with ``reserve``, one whose mayor is not taken yet."""
        districts = country.districts.get(city, [])
        free = [d for d in districts if f"mayor:{d}" not in group.used_roles] if reserve else []
        if not free:
            return districts[int(self.rng.random() * len(districts))] if districts else city
        district = free[int(self.rng.random() * len(free))]
        group.used_roles.add(f"mayor:{district}")
        return district

    def _gender(self, category: str) -> Gender:
        r = self.rng.random()
        if r < 0.003:
            return Gender.OTHER
        female = 0.003 + _FEMALE_SHARE.get(category, 0.5) * 0.997
        return Gender.FEMALE if r < female else Gender.MALE

    def _title(self, gender: Gender, category: str, excellency: bool) -> str:
        if excellency:
            return "H.E."
        r = self.rng.random()
        professor, doctor = {
            "expert": (0.30, 0.35),
            "speaker": (0.15, 0.30),
            "head": (0.03, 0.15),
            "mayor": (0.0, 0.12),
            "igo_ngo": (0.05, 0.25),
            "unesco": (0.03, 0.25),
            "delegate": (0.02, 0.10),
            "private": (0.0, 0.08),
        }.get(category, (0.0, 0.02))
        if r < professor:
            return "Prof."
        if r < professor + doctor:
            return "Dr"
        if gender is Gender.FEMALE:
            return "Ms"
        if gender is Gender.MALE:
            return "Mr"
        return "Mx" if r > 0.5 else ""

    def _status(self, category: str) -> ParticipantStatus:
        r = self.rng.random()
        if category == "head":
            return ParticipantStatus.CONFIRMED if r < 0.95 else ParticipantStatus.REGISTERED
        if r < 0.02:
            return ParticipantStatus.CANCELLED
        if r < 0.20:
            return ParticipantStatus.REGISTERED
        return ParticipantStatus.CONFIRMED

    def _dates(self, local: bool, category: str) -> tuple[dt.date, dt.date, bool]:
        rng = self.rng
        day = dt.timedelta(days=1)
        if local:
            arrival = self.arrival if category in ("staff", "unesco") else self.start
            return arrival, self.end, False
        r = rng.random()
        if r < 0.75:
            arrival = self.arrival
        elif r < 0.85:
            arrival = self.arrival - day
        else:
            arrival = min(self.arrival + day, self.end)
        r = rng.random()
        if r < 0.72:
            departure = self.departure
        elif r < 0.88:
            departure = self.end
        else:
            departure = self.departure + day
        if departure < arrival:
            departure = self.departure
        late = arrival == self.arrival and rng.random() < 0.04
        return arrival, departure, late

    def _hotel_request(self, category: str, accessible: bool) -> tuple[int | None, str]:
        rng = self.rng
        if not self.hotels:
            return None, ""
        r = rng.random()
        if r < 0.05:
            hotel: _Hotel | None = None
        elif category in ("head", "mayor") and (r < 0.80 or len(self.hotels) == 1):
            hotel = self.hotels[0]
        elif rng.random() < 0.5 or len(self.hotels) == 1:
            hotel = self.hotels[0]
        else:
            hotel = self.hotels[1 + int(rng.random() * (len(self.hotels) - 1))]
        codes = (hotel or self.hotels[0]).codes
        if accessible and "accessible" in codes:
            room = "accessible"
        elif category == "head" and "suite" in codes and rng.random() < 0.35:
            room = "suite"
        elif "single" in codes:
            room = "single"
        else:
            room = codes[0] if codes else ""
        return (hotel.id if hotel else None), room

    def _funded(self, category: str) -> bool:
        if category in ("head", "speaker"):
            return True
        share = {
            "mayor": 0.5,
            "unesco": 0.8,
            "staff": 1.0,
            "igo_ngo": 0.1,
            "private": 0.0,
            "press": 0.0,
        }.get(category, 0.25)
        return self.rng.random() < share

    def _pair_sharers(self, members: list[dict[str, Any]]) -> None:
        """Some colleagues of a delegation share a twin or double room."""
        rng = self.rng
        for gender in (Gender.FEMALE, Gender.MALE):
            candidates = [m for m in members if m["_share"] and m["gender"] is gender]
            rng.shuffle(candidates)
            pairs = int(len(candidates) * 0.12 / 2 + rng.random())
            for i in range(min(pairs, len(candidates) // 2)):
                first, second = candidates[2 * i], candidates[2 * i + 1]
                hotel_id = first["preferred_hotel_id"]
                hotel = next((h for h in self.hotels if h.id == hotel_id), None)
                codes = hotel.codes if hotel else (self.hotels[0].codes if self.hotels else ())
                room = "twin" if rng.random() < 0.75 else "double"
                if room not in codes:
                    room = "twin" if "twin" in codes else ("double" if "double" in codes else "")
                if not room:
                    return
                for me, other in ((first, second), (second, first)):
                    me["preferred_hotel_id"] = hotel_id
                    me["room_type_request"] = room
                    me["sharer_note"] = f"Sharing with {other['_name'].latin_full}"

    def _phone(self, template: str) -> str:
        """'#' is a digit; the first of a group is never 0 or 1."""
        rng = self.rng
        out = []
        previous = " "
        for char in template:
            if char == "#":
                low = 2 if previous == " " else 0
                out.append(str(low + int(rng.random() * (10 - low))))
            else:
                out.append(char)
            previous = char
        return "".join(out)

    def _email(self, name: _Name, domain: str) -> str:
        given = [re.sub(r"[^a-z0-9-]", "", w) for w in fold(name.email_given).split()]
        given = [t for t in given if t]
        family = "".join(re.sub(r"[^a-z0-9-]", "", w) for w in fold(name.email_family).split())
        first = given[0].strip("-") if given else "info"
        family = family.strip("-") or "delegate"
        r = self.rng.random()
        if r < 0.55:
            local = f"{first}.{family}"
        elif r < 0.75:
            local = f"{first[0]}.{family}"
        elif r < 0.90:
            local = f"{first}{family}"
        else:
            local = f"{family}.{first}"
        address = f"{local}@{domain}"
        count = self.emails.get(address)
        if count is None:
            self.emails[address] = 1
            return address
        while True:
            count += 1
            candidate = f"{local}{count}@{domain}"
            if candidate not in self.emails:
                self.emails[address] = count
                self.emails[candidate] = 1
                return candidate

    # ---------------------------------------------------------------- writing

    def _flush(self) -> None:
        if not self.buffer:
            return
        self.session.execute(Participant.__table__.insert(), self.buffer)
        self.done += len(self.buffer)
        self.buffer = []
        self._report()

    def _report(self) -> None:
        if self.progress is None:
            return
        if self.progress(self.done, self.total) is False:
            raise DemoCancelled(
                f"Demo population cancelled after {self.done:,} of {self.total:,} participants;"
                " nothing was saved."
            )

    def _set_heads(self) -> None:
        ids = list(self.heads)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.session.execute(
                select(Participant.external_id, Participant.id).where(
                    Participant.external_id.in_(chunk)
                )
            )
            for external_id, participant_id in rows:
                self.heads[external_id].head_id = participant_id
        self.session.flush()


def _external_prefix(conference: Conference) -> str:
    """'iclc2015' -> 'ICLC15': letters of the code and the year's last two digits."""
    code = conference.code or conference.short_name or "DEMO"
    letters = "".join(ch for ch in code.upper() if "A" <= ch <= "Z") or "DEMO"
    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) == 4:
        digits = digits[2:]
    return f"{letters}{digits}"
