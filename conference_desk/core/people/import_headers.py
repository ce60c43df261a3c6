"""Headers to columns: a file's headers matched to the columns an import understands (any of
EN/FR/ES, synonyms, noise words), a mapping guessed and remembered per set of headers."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.models import (
    Setting,
)
from ..foundation.text import fold
from .columns import COLUMNS, COLUMNS_BY_KEY

# Column keys an import understands: the shared spreadsheet columns, plus a
# whole name in one cell ("Name", "Nom complet", "Nombre completo").
FULL_NAME = "full_name"


IMPORT_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS) + (FULL_NAME,)


SETTING_PREFIX = "import.mapping."


_HEADER_NOISE = re.compile(r"[^a-z0-9]+")


def _header_key(text: str) -> str:
    return " ".join(_HEADER_NOISE.sub(" ", fold(text)).split())


_SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": (
        "id", "registration id", "registration number", "registration no", "reg id", "reg no",
        "registration", "reference", "ref", "participant id", "participant number", "badge id",
        "n d inscription", "no d inscription", "numero d inscription", "n inscription",
        "numero de inscripcion", "n o de inscripcion", "no de inscripcion", "n de inscripcion",
        "id de inscripcion", "folio", "identifiant", "identificador",
    ),
    "title": ("title", "salutation", "honorific", "titre", "civilite", "tratamiento", "titulo", "mr mrs"),
    "given_name": (
        "given name", "given names", "first name", "firstname", "first names", "forename", "forenames",
        "name first", "prenom", "prenoms", "nombre", "nombres", "nombre s", "nombre de pila",
    ),
    "family_name": (
        "family name", "last name", "lastname", "surname", "surnames", "name last", "nom",
        "nom de famille", "apellido", "apellidos", "apellido s", "apellido paterno",
    ),
    "given_name_latin": ("given name latin", "prenom latin", "nombre latino", "first name latin"),
    "family_name_latin": ("family name latin", "nom latin", "apellido latino", "last name latin"),
    "badge_name": (
        "badge name", "name on badge", "name for badge", "nom sur le badge", "nom badge",
        "nombre en el gafete", "nombre en gafete", "nombre para gafete", "gafete",
    ),
    "gender": ("gender", "sex", "genre", "sexe", "genero", "sexo"),
    "category": (
        "category", "categorie", "categoria", "participant type", "type of participant",
        "participant category", "type de participant", "tipo de participante", "participant category",
    ),
    "country": (
        "country", "pays", "pais", "country pays", "country pays pais", "pays pais", "nationality",
        "nationalite", "nacionalidad", "member state", "etat membre", "estado miembro",
        "country of origin", "delegation", "delegacion", "state",
    ),
    "delegation_type": ("delegation type", "type de delegation", "tipo de delegacion", "type of delegation"),
    "organisation": (
        "organisation", "organization", "organizacion", "organisme", "institution", "institucion",
        "company", "entreprise", "empresa", "affiliation", "organisation organization",
    ),
    "position": ("position", "job title", "function", "fonction", "poste", "cargo", "puesto", "titre du poste"),
    "city": ("city", "ville", "ciudad", "town", "municipality", "municipalite", "municipio", "localidad"),
    "email": (
        "email", "e mail", "mail", "courriel", "correo", "correo electronico", "email address",
        "e mail address", "adresse electronique", "adresse e mail", "adresse mail", "adresse courriel",
        "direccion de correo", "direccion de correo electronico", "correo e",
    ),
    "phone": (
        "phone", "telephone", "tel", "phone number", "mobile", "mobile phone", "cell", "cell phone",
        "telefono", "celular", "movil", "portable", "numero de telephone", "numero de telefono",
    ),
    "passport_number": (
        "passport", "passport no", "passport number", "passport nr", "passeport", "numero de passeport",
        "pasaporte", "numero de pasaporte", "no de pasaporte", "travel document",
    ),
    "date_of_birth": (
        "dob", "birth date", "birthdate", "date of birth", "birthday", "born", "date de naissance",
        "ne le", "nee le", "fecha de nacimiento", "nacimiento",
    ),
    "preferred_language": (
        "language", "langue", "idioma", "lengua", "preferred language", "langue preferee",
        "idioma preferido", "working language", "langue de travail", "idioma de trabajo",
    ),
    "arrival_date": (
        "arrival", "arrival date", "arrivee", "date d arrivee", "date arrivee", "llegada",
        "fecha de llegada", "check in", "date of arrival",
    ),
    "departure_date": (
        "departure", "departure date", "depart", "date de depart", "date depart", "salida",
        "fecha de salida", "check out", "date of departure",
    ),
    # Flights: a file with one flight, time or terminal column gives the arrival's.
    "arrival_flight": (
        "flight", "flight no", "flight number", "flight nr", "arrival flight", "arrival flight no",
        "arrival flight number", "inbound flight", "incoming flight", "vol", "n de vol", "numero de vol",
        "vol arrivee", "vol aller", "vuelo", "no de vuelo", "numero de vuelo", "vuelo llegada",
        "vuelo de ida",
    ),
    "arrival_time": (
        "arrival time", "time of arrival", "eta", "landing time", "flight time", "heure arrivee",
        "heure d atterrissage", "hora llegada", "hora de arribo",
    ),
    "arrival_terminal": (
        "terminal", "arrival terminal", "terminal arrivee", "aerogare", "terminal llegada",
    ),
    "departure_flight": (
        "departure flight", "departure flight no", "departure flight number", "outbound flight",
        "return flight", "vol depart", "vol retour", "vol de retour", "vuelo salida", "vuelo de regreso",
        "vuelo de vuelta",
    ),
    "departure_time": (
        "departure time", "time of departure", "etd", "heure depart", "hora salida", "hora de regreso",
    ),
    "departure_terminal": ("departure terminal", "terminal depart", "terminal salida"),
    "own_transport": (
        "own transport", "own arrangement", "own arrangements", "no pick up", "no pickup", "no transfer",
        "propres moyens", "par ses propres moyens", "transport propre", "pas de navette",
        "transporte propio", "por su cuenta", "medios propios", "sin traslado",
    ),
    "needs_hotel": (
        "hotel needed", "needs hotel", "hotel required", "accommodation", "accommodation needed",
        "hebergement", "hotel requis", "requiere hotel", "hospedaje", "alojamiento",
    ),
    "preferred_hotel": ("preferred hotel", "hotel", "hotel souhaite", "hotel preferido"),
    "room_type_request": ("room type", "room", "type de chambre", "chambre", "tipo de habitacion", "habitacion"),
    "sharer_note": ("sharing with", "sharer", "room sharer", "shares with", "partage avec", "comparte con"),
    "hotel_funded": ("hotel funded", "funded", "hotel paid", "pris en charge", "hotel pris en charge", "hotel financiado"),
    "accessibility_needs": (
        "accessibility", "accessibility needs", "special needs", "disability", "accessibilite",
        "besoins particuliers", "accesibilidad", "necesidades especiales",
    ),
    "dietary_needs": (
        "dietary needs", "dietary requirements", "diet", "dietary", "regime alimentaire", "regime",
        "dieta", "alimentacion", "restricciones alimentarias",
    ),
    "status": ("status", "statut", "estado", "registration status"),
    "notes": ("notes", "note", "remarks", "comments", "remarques", "commentaires", "notas", "observaciones", "comentarios"),
    FULL_NAME: ("name", "full name", "participant", "participant name", "nom complet", "nom et prenom",
                "nombre completo", "nombre y apellido", "nombre y apellidos", "nom prenom"),
}


def _build_header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for column in COLUMNS:  # the exporter's own headers come first
        for text in (column.key, column.en, column.fr, column.es):
            index.setdefault(_header_key(text), column.key)
    for key, words in _SYNONYMS.items():
        for text in words:
            index.setdefault(_header_key(text), key)
    return index


_HEADER_INDEX = _build_header_index()


_HEADER_CHOICES = sorted(_HEADER_INDEX)


def match_header(header: str) -> tuple[str | None, list[str]]:
    """The column key a header names (or None), and the candidates when it is ambiguous."""
    key = _header_key(header)
    if not key or len(key) > 80:
        return None, []
    if key in _HEADER_INDEX:
        return _HEADER_INDEX[key], []
    # "E-mail (work)", "Country / Pays / País", "First name*"
    stripped = _header_key(re.sub(r"\(.*?\)|\[.*?\]", " ", header))
    if stripped in _HEADER_INDEX:
        return _HEADER_INDEX[stripped], []
    parts = [_header_key(p) for p in re.split(r"[/|]", header) if _header_key(p)]
    if len(parts) > 1:
        keys = {_HEADER_INDEX.get(p) for p in parts} - {None}
        if len(keys) == 1:
            return keys.pop(), []
        if len(keys) > 1:
            return None, sorted(k for k in keys if k)
    found = process.extract(key, _HEADER_CHOICES, scorer=fuzz.ratio, limit=5, score_cutoff=88)
    keys = list(dict.fromkeys(_HEADER_INDEX[choice] for choice, _score, _i in found))
    if len(keys) == 1:
        return keys[0], []
    return None, keys


@dataclass
class MappingGuess:
    headers: list[str]
    mapping: dict[int, str | None]  # column index -> column key (None: ignored)
    unmapped: list[str] = field(default_factory=list)  # headers no column matched
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # header -> candidate keys
    remembered: bool = False


def _headers_digest(headers: Iterable[str]) -> str:
    joined = "\x1f".join(_header_key(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:20]


def mapping_setting_key(headers: Iterable[str]) -> str:
    return SETTING_PREFIX + _headers_digest(headers)


def _automatic_mapping(headers: list[str]) -> MappingGuess:
    guess = MappingGuess(headers=list(headers), mapping={})
    used: dict[str, str] = {}
    for index, header in enumerate(headers):
        key, candidates = match_header(header)
        if key is not None and key in used:
            guess.ambiguous[header] = [key]  # a second column for the same field
            key = None
        elif key is None and candidates:
            guess.ambiguous[header] = candidates
        elif key is None:
            guess.unmapped.append(header)
        if key is not None:
            used[key] = header
        guess.mapping[index] = key
    return guess


def guess_mapping(headers: list[str], db: Database | None = None) -> MappingGuess:
    """The mapping of a file's headers: remembered from the last import, or guessed."""
    if db is not None:
        with db.session() as session:
            stored = session.get(Setting, mapping_setting_key(headers))
            remembered = _parse_stored_mapping(stored.value if stored else None)
        if remembered is not None:
            guess = MappingGuess(headers=list(headers), mapping={}, remembered=True)
            for index, header in enumerate(headers):
                guess.mapping[index] = remembered.get(header)
            return guess
    return _automatic_mapping(list(headers))


def _parse_stored_mapping(value: str | None) -> dict[str, str | None] | None:
    if not value:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {str(h): (k if k in IMPORT_KEYS else None) for h, k in data.items()}


def resolve_mapping(
    headers: list[str], explicit: Mapping[Any, Any] | None, db: Database | None = None
) -> dict[int, str | None]:
    """The mapping to use: the guess, overridden by an explicit {header or index: key or None}."""
    mapping = dict(guess_mapping(headers, db).mapping)
    if explicit:
        for name, key in explicit.items():
            if key in (None, "", "ignore"):
                key = None
            elif key not in IMPORT_KEYS:
                raise ConferenceDeskError(
                    f"Unknown column {key!r} in the mapping; use one of: {', '.join(IMPORT_KEYS)} (or null to ignore)."
                )
            if isinstance(name, int) and not isinstance(name, bool):
                if 0 <= name < len(headers):
                    mapping[name] = key
                continue
            for index, header in enumerate(headers):
                if header == name or _header_key(header) == _header_key(str(name)):
                    mapping[index] = key
    seen: dict[str, int] = {}
    for index, key in sorted(mapping.items()):
        if key is None:
            continue
        if key in seen:
            raise ConferenceDeskError(
                f"Columns {headers[seen[key]]!r} and {headers[index]!r} are both mapped to "
                f"{_column_label(key)!r}; map one of them to another column or ignore it."
            )
        seen[key] = index
    return mapping


def _column_label(key: str) -> str:
    column = COLUMNS_BY_KEY.get(key)
    return column.en if column else "Name"
