"""Name pools: Faker's provider data (never its random generator) and the packs of ``names.json``.

A pool gives a name as written and its Latin form; ``pick_name`` draws a
person's given and family names, compound and double names included.
"""

from __future__ import annotations

import importlib
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from ...foundation.text import is_latin
from .choice import Pool
from .data import load
from .latin import TRANSLIT, korean_given

NamePair = tuple[str, str]  # (as written, Latin form or "" when already Latin)


@dataclass
class Names:
    """Where one kind of names comes from (a Faker locale or a pack in names.json)."""

    key: str
    female: Pool[NamePair]
    male: Pool[NamePair]
    family_female: Pool[NamePair]
    family_male: Pool[NamePair]
    lang: str | None = None
    latin: bool = True
    native_share: float = 0.0
    double_surname: float = 0.0
    compound_female: Pool[str] | None = None
    compound_male: Pool[str] | None = None
    compound_share: float = 0.0
    extra_family: Pool[str] | None = None
    extra_family_share: float = 0.0


@dataclass
class Name:
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


def pick_name(names: Names, rng: random.Random, female: bool, native_share: float) -> Name:
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
        return Name(given, family, "", "", email_given, email_family)
    return Name(given, family, given_latin, family_latin, email_given, email_family)


_BAD_NAME = re.compile(r"[\d,()/\[\]?]|\b[IVX]+\b")


def _clean(values: Any) -> tuple[list[str], list[float] | None]:
    """Names (and weights, for Faker's weighted OrderedDicts), junk removed."""
    excluded = set(load("names.json").get("exclude", []))
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
) -> Pool[NamePair]:
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
    return Pool(pairs, kept if weights else None)


def _feminine_polish(surname: str) -> str:
    for male, female in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def _faker_names(locale: str, options: dict[str, Any], compounds: dict[str, Any]) -> Names:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    translit_key = options.get("translit")

    def attr(*names: str) -> Any:
        for name in names:
            value = getattr(provider, name, None)
            if value and not (isinstance(value, (list, tuple)) and list(value) == ["Doe"]):
                return value
        return None

    if translit_key == "ja":
        female = Pool([(k, r) for k, _, r in provider.first_name_female_pairs])
        male = Pool([(k, r) for k, _, r in provider.first_name_male_pairs])
        family = Pool.weighted([((k, r), w) for (k, _, r), w in provider.last_name_pairs.items()])
        family_female = family_male = family
    elif translit_key == "ko":
        korean_family = load("names.json")["korean_family"]
        female = _pairs_pool(*_clean(provider.first_names_female), korean_given)
        male = _pairs_pool(*_clean(provider.first_names_male), korean_given)
        surnames, weights = _clean(provider.last_names)
        family = _pairs_pool(
            surnames, weights, lambda s: korean_family.get(s) or korean_given(s).replace("-", "")
        )
        family_female = family_male = family
    else:
        translit = TRANSLIT[translit_key] if translit_key else None
        female = _pairs_pool(*_clean(attr("first_names_female", "first_names")), translit)
        male = _pairs_pool(*_clean(attr("first_names_male", "first_names")), translit)
        if locale == "pl_PL":
            male_surnames = list(provider.male_last_names) + list(provider.unisex_last_names)
            female_surnames = [_feminine_polish(s) for s in provider.male_last_names]
            female_surnames += list(provider.unisex_last_names)
            family_male = _pairs_pool(*_clean(male_surnames), None)
            family_female = _pairs_pool(*_clean(female_surnames), None)
        elif attr("last_names") is None:  # e.g. is_IS: patronymics come from names.json
            fallback = names_for("en_US")
            family_female, family_male = fallback.family_female, fallback.family_male
        else:
            family_female = _pairs_pool(
                *_clean(attr("last_names_female", "last_names")), translit
            )
            family_male = _pairs_pool(*_clean(attr("last_names_male", "last_names")), translit)
    names = Names(
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


def _add_options(names: Names, options: dict[str, Any], compounds: dict[str, Any]) -> None:
    compound = options.get("compound")
    if compound:
        names.compound_female = Pool(compounds[compound]["female"])
        names.compound_male = Pool(compounds[compound]["male"])
        names.compound_share = float(options.get("compound_p", 0.1))
    if options.get("extra_family"):
        names.extra_family = Pool(options["extra_family"])
        names.extra_family_share = float(options.get("extra_family_share", 0.02))


def _language_of_locale(locale: str) -> str | None:
    prefix = locale.split("_")[0]
    return prefix if prefix in ("es", "fr") else None


def _pack_pool(entries: list[Any]) -> Pool[NamePair]:
    pairs: list[NamePair] = []
    for entry in entries:
        if isinstance(entry, str):
            pairs.append((entry, ""))
        else:
            pairs.append((entry[0], entry[1]))
    return Pool(pairs)


def _pack_names(key: str, pack: dict[str, Any], compounds: dict[str, Any]) -> Names:
    if "given_from" in pack:
        base = names_for(pack["given_from"])
        female, male = base.female, base.male
    else:
        female, male = _pack_pool(pack["female"]), _pack_pool(pack["male"])
    family_female = _pack_pool(pack.get("family_female") or pack["family"])
    family_male = _pack_pool(pack.get("family_male") or pack["family"])
    latin = pack.get("script", "Latin") == "Latin"
    names = Names(
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
def names_for(key: str) -> Names:
    data = load("names.json")
    compounds = data.get("compound_given", {})
    if key in data["packs"]:
        return _pack_names(key, data["packs"][key], compounds)
    try:
        return _faker_names(key, data.get("faker", {}).get(key, {}), compounds)
    except ModuleNotFoundError:
        return names_for("en_US")


def name_mix(spec: Any) -> Pool[str]:
    """A pool of name-source keys from 'key', [[key, weight], ...]; 'intl' expands."""
    pairs: list[tuple[str, float]] = []
    items = [[spec, 1.0]] if isinstance(spec, str) else spec
    intl = load("organisations.json").get("international_mix", [["en_US", 1.0]])
    intl_total = sum(float(w) for _, w in intl)
    for key, weight in items:
        if key == "intl":
            pairs += [(k, float(weight) * float(w) / intl_total) for k, w in intl]
        else:
            pairs.append((key, float(weight)))
    return Pool.weighted(pairs)

