"""A plausible interpreter pool for the demo (sized for the shipped ICLC 2015 programme).

34 conference interpreters for the three working languages: 12 English, 11 French and
11 Spanish A; mixed B/C profiles (some work retour into their B); Mexico City locals
(mostly Spanish A) and non-locals from Geneva, Paris, Montreal, New York, London;
freelance and a few UNESCO staff; daily rates in USD.  Three are unavailable for part of
the conference.  The shipped programme needs at most 10 interpreters into one language
at the same half-day (29 Sep morning: P3 and four regional forums), and 24 different
interpreters on each of the first two afternoons (a plenary then three forums 30 min
later), so this pool staffs it with every rule kept.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..foundation.models import (
    Conference,
    Interpreter,
    InterpreterAvailability,
    InterpreterContract,
    InterpreterLanguage,
    LanguageClass,
)

_NAMES = {
    "en": [("Sarah", "Whitfield"), ("James", "Holloway"), ("Emily", "Carter"), ("Michael", "Brennan"),
           ("Laura", "Fitzgerald"), ("David", "Ashworth"), ("Rachel", "Goldberg"), ("Thomas", "Pryce"),
           ("Catherine", "Moore"), ("Daniel", "Okafor"), ("Helen", "Stewart"), ("Peter", "Lindqvist"),
           ("Anne", "McAllister"), ("Robert", "Keane")],
    "fr": [("Claire", "Dubois"), ("Julien", "Marchand"), ("Sophie", "Lefèvre"), ("Étienne", "Roussel"),
           ("Camille", "Girard"), ("Mathieu", "Tremblay"), ("Isabelle", "Gauthier"), ("Nicolas", "Fournier"),
           ("Aurélie", "Bonnet"), ("Amadou", "Diallo"), ("Hélène", "Perrin"), ("François", "Lemaire"),
           ("Nathalie", "Côté")],
    "es": [("María Fernanda", "López"), ("Alejandro", "Ramírez"), ("Gabriela", "Hernández"),
           ("Javier", "Castañeda"), ("Lucía", "Mendoza"), ("Ricardo", "Ortega"), ("Verónica", "Salinas"),
           ("Andrés", "Villaseñor"), ("Paola", "Treviño"), ("Santiago", "Aguilar"), ("Daniela", "Ibáñez"),
           ("Carlos", "Núñez"), ("Mariana", "Quiroga")],
}

# (A, [(language, class, retour)], local, contract, rate range, count)
_PROFILES: list[tuple[str, list[tuple[str, str, bool]], bool, str, tuple[int, int], int]] = [
    ("en", [("fr", "B", False), ("es", "C", False)], False, "freelance", (780, 900), 3),
    ("en", [("fr", "C", False), ("es", "C", False)], False, "freelance", (760, 860), 2),
    ("en", [("es", "B", False), ("fr", "C", False)], True, "freelance", (520, 620), 4),
    ("en", [("fr", "B", True), ("es", "C", False)], True, "freelance", (540, 640), 1),
    ("en", [("fr", "C", False), ("es", "C", False)], True, "staff", (380, 420), 2),
    ("fr", [("en", "B", False), ("es", "C", False)], False, "freelance", (780, 900), 4),
    ("fr", [("en", "C", False), ("es", "C", False)], False, "freelance", (760, 860), 2),
    ("fr", [("en", "B", True), ("es", "C", False)], False, "freelance", (800, 900), 1),
    ("fr", [("es", "B", False), ("en", "C", False)], True, "freelance", (540, 640), 2),
    ("fr", [("en", "C", False), ("es", "C", False)], True, "staff", (380, 420), 2),
    ("es", [("en", "B", False), ("fr", "C", False)], True, "freelance", (480, 580), 5),
    ("es", [("en", "C", False), ("fr", "C", False)], True, "freelance", (450, 540), 2),
    ("es", [("en", "B", True), ("fr", "C", False)], True, "freelance", (500, 600), 2),
    ("es", [("fr", "B", False), ("en", "C", False)], False, "freelance", (760, 860), 1),
    ("es", [("en", "C", False), ("fr", "C", False)], True, "staff", (380, 420), 1),
]

_CITIES = {"en": ["London", "New York", "Geneva"], "fr": ["Paris", "Geneva", "Montreal"],
           "es": ["Madrid", "Buenos Aires"]}


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def populate_interpreter_pool(session: Session, conference: Conference, rng: random.Random) -> int:
    """Add the demo pool to ``session`` (the caller commits); returns how many were added.

    Adds nothing when the conference already has interpreters.
    """
    if session.scalar(select(func.count()).select_from(Interpreter)):
        return 0
    names = {k: list(v) for k, v in _NAMES.items()}
    for pool in names.values():
        rng.shuffle(pool)
    people: list[Interpreter] = []
    for a_lang, others, local, contract, (low, high), count in _PROFILES:
        for _n in range(count):
            given, family = names[a_lang].pop()
            where = "Mexico City" if local else rng.choice(_CITIES[a_lang])
            row = Interpreter(
                given_name=given, family_name=family,
                email=f"{_ascii(given).split()[0]}.{_ascii(family).replace(' ', '')}@interpreters.example.org",
                phone=("+52 55 " if local else "+1 212 " if where == "New York" else "+41 22 " if where == "Geneva"
                       else "+44 20 " if where == "London" else "+33 1 " if where == "Paris" else "+1 514 "
                       if where == "Montreal" else "+34 91 " if where == "Madrid" else "+54 11 ")
                + f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                contract=InterpreterContract(contract), is_local=local,
                daily_rate=rng.randrange(low, high + 1, 10), currency="USD",
                notes=f"Based in {where}; AIIC member." if contract == "freelance" and rng.random() < 0.6
                else f"Based in {where}.")
            row.languages.append(InterpreterLanguage(language=a_lang, language_class=LanguageClass.A, retour=False))
            for lang, cls, retour in others:
                row.languages.append(InterpreterLanguage(language=lang, language_class=LanguageClass(cls),
                                                         retour=retour))
            people.append(row)
    session.add_all(people)
    session.flush()
    # A few half-days off, chosen so that the programme stays fully staffable.
    days = _conference_days(conference)
    off: list[tuple[Interpreter, dt.date, str]] = []
    by_a: dict[str, list[Interpreter]] = {}
    for p in people:
        a = next(lang.language for lang in p.languages if lang.language_class == LanguageClass.A)
        by_a.setdefault(a, []).append(p)
    if len(days) >= 3:
        off.append((by_a["en"][0], days[2], "am"))
        off.append((by_a["en"][0], days[2], "pm"))
        off.append((by_a["fr"][-1], days[0], "am"))
        off.append((by_a["es"][-1], days[1], "pm"))
    for p, day, half in off:
        session.add(InterpreterAvailability(interpreter_id=p.id, day=day, half=half, available=False))
    session.flush()
    return len(people)


def _conference_days(conference: Conference) -> list[dt.date]:
    out = []
    day = conference.start_date
    while day <= conference.end_date:
        out.append(day)
        day += dt.timedelta(days=1)
    return out


def pool_summary(session: Session) -> dict[str, Any]:
    return {"interpreters": session.scalar(select(func.count()).select_from(Interpreter)) or 0}
