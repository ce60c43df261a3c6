"""Importing participants from the spreadsheets organisers receive (CSV, XLSX).

Three steps, each usable on its own:

* :func:`read_table` reads a CSV (UTF-8 with or without BOM, UTF-16, Windows-1252;
  ``,`` ``;`` or tab) or an XLSX (first sheet with data) into a :class:`RawTable`:
  a header row (a title row above it is skipped) and the non-empty rows with
  their spreadsheet row numbers.  A file that cannot be read at all raises
  :class:`ImportFileError`.
* :func:`guess_mapping` maps each header to a column of
  :data:`~conference_desk.core.people.columns.COLUMNS` (headers in
  English, French or Spanish and common synonyms), or reuses the mapping the
  user chose last time for the same headers.
* :func:`plan_import` parses and validates every row **without writing
  anything**: what each valid row will do (new / update / unchanged), every
  problem by row, column and value, and the likely duplicates.
  :func:`apply_import` then writes all valid rows in one transaction.

Rows are matched to registered participants by external registration id, then
by e-mail (case-insensitive), so importing the same file twice changes nothing
and a corrected version updates people instead of duplicating them.  An empty
cell never erases what is already registered.  Spreadsheet formulas are never
evaluated: an XLSX gives the value Excel saved with it; a CSV's ``=...`` is text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..foundation import audit
from ..foundation.countries import CountryResolver
from ..foundation.db import Database
from .duplicates import PersonRecord, existing_records, match_records
from ..foundation.errors import ConferenceDeskError
from ..foundation.models import (
    Category,
    RoomType,
    Conference,
    Delegation,
    DelegationKind,
    Gender,
    Hotel,
    Language,
    MemberState,
    Participant,
    ParticipantStatus,
    Setting,
    index_search_words,
    participant_search_text,
    participant_sort_name,
    utcnow,
)
from .import_files import (  # noqa: F401 - the import's face: reading and headers live beside it
    ImportCancelled,
    ImportFileError,
    Progress,
    RawTable,
    _BLANK,
    _CONTROL,
    _DELIMITERS,
    _OLE_MAGIC,
    _SPACES,
    _XLSX_MAGIC,
    _cell_text,
    _clean_text,
    _column_letter,
    _decode,
    _find_header,
    _is_blank,
    _looks_binary,
    _pick_delimiter,
    _read_csv,
    _read_xlsx,
    _reason,
    _table_from_cells,
    read_table,
)
from .import_headers import (  # noqa: F401 - the import's face: reading and headers live beside it
    FULL_NAME,
    IMPORT_KEYS,
    MappingGuess,
    SETTING_PREFIX,
    _HEADER_CHOICES,
    _HEADER_INDEX,
    _HEADER_NOISE,
    _SYNONYMS,
    _automatic_mapping,
    _build_header_index,
    _column_label,
    _header_key,
    _headers_digest,
    _parse_stored_mapping,
    guess_mapping,
    mapping_setting_key,
    match_header,
    resolve_mapping,
)
from .columns import COLUMNS_BY_KEY
from ..foundation.messages import Localised, Text
from .sensitive import mask_changes, normalise_passport
from .registration import (
    MAX_TEXT,
    PARTICIPANT_FIELDS,
    conference_period,
    unresolved_line,
    validate_participant,
)
from ..foundation.text import fold, names_matching, words
from .travel import (
    FLIGHT_FIELDS,
    NOT_A_FLIGHT,
    NOT_A_TERMINAL,
    NOT_A_TIME,
    TERMINAL_FIELDS,
    TIME_FIELDS,
    clock_time,
    flight_number,
    terminal,
)


# Longest text accepted for the free-text fields the database stores as TEXT.
MAX_LONG_TEXT = 4000
# A cell longer than this is not read further (a problem is reported).
MAX_CELL = 20_000
_SHOWN_VALUE = 80  # characters of a bad value shown in a problem


# --------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Cell values
# --------------------------------------------------------------------------


def _show(value: Any) -> str:
    text = _cell_text(value)
    return text if len(text) <= _SHOWN_VALUE else text[:_SHOWN_VALUE] + "…"


class _CellProblem(Exception):
    pass


class _Unresolved(Exception):
    """A preference the importer cannot resolve: the person is imported, the text kept, a warning listed."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)
        self.message = message


# Preferences: a value that cannot be resolved never rejects the person.
PREFERENCE_KEYS = ("preferred_hotel", "room_type_request", "dietary_needs", "preferred_language")
_KEPT_IN_NOTES = 500  # characters of an unresolved preference kept in the notes


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan january janvier janv enero ene",
        "feb february fevrier fevr fev febrero",
        "mar march mars marzo",
        "apr april avril avr abril abr",
        "may mai mayo",
        "jun june juin junio",
        "jul july juillet juil julio",
        "aug august aout agosto ago",
        "sep sept september septembre septiembre setiembre set",
        "oct october octobre octubre",
        "nov november novembre noviembre",
        "dec december decembre diciembre dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_WEEKDAYS = set(
    "mon monday tue tues tuesday wed wednesday thu thurs thursday fri friday sat saturday sun sunday "
    "lun lundi mar mardi mer mercredi jeu jeudi ven vendredi sam samedi dim dimanche "
    "lunes martes miercoles jueves viernes sabado domingo".split()
)
_DATE_NUMERIC = re.compile(r"^(\d{1,4})[./\-\s](\d{1,2})[./\-\s](\d{1,4})$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _checked_date(year: int, month: int, day: int) -> dt.date:
    if not 1900 <= year <= 2200:
        raise _CellProblem("Not a date (the year is out of range).")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _CellProblem("Not a date (no such day).") from None


def parse_date(value: Any) -> dt.date:
    """A date from a cell: date/datetime, Excel serial, or text in EN/FR/ES formats."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise _CellProblem("Not a date.")
    if isinstance(value, (int, float)):
        if value != value or not 1 <= value < 73051:  # 1900-01-01 .. 2099-12-31
            raise _CellProblem("Not a date.")
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = _clean_text(str(value))
    if not text or len(text) > 60:
        raise _CellProblem("Not a date (use YYYY-MM-DD, DD/MM/YYYY or 27 September 2015).")
    iso = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+)?$", text)
    if iso:
        return _checked_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return parse_date(float(text))
    numeric = _DATE_NUMERIC.match(re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?$", "", text))
    if numeric:
        a, b, c = numeric.groups()
        if len(a) == 4:  # 2015/09/27
            return _checked_date(int(a), int(b), int(c))
        first, second = int(a), int(b)
        if first <= 12 < second:  # 09/27/2015: only American order makes sense
            return _checked_date(_year(c), first, second)
        return _checked_date(_year(c), second, first)  # day first, as everywhere but the US
    words = [w for w in re.split(r"[\s,./\-]+", fold(text).replace("1er", "1")) if w]
    # "mar" is both March and mardi: a weekday only when it is not the month.
    words = [w for w in words if (w not in _WEEKDAYS or w in _MONTHS) and w not in ("de", "del", "of", "the", "le")]
    if sum(1 for w in words if w in _MONTHS) > 1:
        words = [w for w in words if w not in _WEEKDAYS]
    month = day = year = None
    for word in words:
        if word in _MONTHS and month is None:
            month = _MONTHS[word]
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th|o|er)?", word) and day is None:
            day = int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
        elif re.fullmatch(r"\d{4}", word) and year is None:
            year = int(word)
        else:
            raise _CellProblem("Not a date (use YYYY-MM-DD, DD/MM/YYYY or 27 September 2015).")
    if month is None or day is None or year is None:
        raise _CellProblem("Not a date (use YYYY-MM-DD, DD/MM/YYYY or 27 September 2015).")
    return _checked_date(year, month, day)


_TRUE = {"yes", "y", "oui", "o", "si", "s", "x", "1", "true", "vrai", "verdadero", "ok", "required",
         "requis", "needed", "v"}
_FALSE = {"no", "n", "non", "0", "false", "faux", "falso", "-", "none", "aucun", "ninguno", "not needed"}


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = fold(_cell_text(value)).strip(" .!")
    if text in _TRUE or text.startswith(("yes ", "oui ", "si ")):
        return True
    if text in _FALSE or text.startswith(("no ", "non ")):
        return False
    raise _CellProblem("Not yes or no (yes/no, oui/non, sí/no, x, 1/0).")


def _lookup(words: dict[Any, tuple[str, ...]]) -> dict[str, Any]:
    return {_header_key(w): value for value, names in words.items() for w in names}


_GENDERS = _lookup({
    Gender.FEMALE: ("f", "female", "woman", "w", "femme", "feminin", "feminine", "mujer", "femenino",
                    "fem", "mme", "ms", "mrs", "miss", "madame", "sra", "senora", "srta"),
    Gender.MALE: ("m", "male", "man", "homme", "masculin", "hombre", "masculino", "h", "mr", "monsieur",
                  "sr", "senor", "masc"),
    Gender.OTHER: ("x", "other", "autre", "otro", "otra", "non binary", "non binaire", "no binario", "diverse"),
    Gender.UNSPECIFIED: ("u", "unspecified", "not specified", "unknown", "prefer not to say", "non precise",
                         "non specifie", "inconnu", "no especificado", "sin especificar", "desconocido",
                         "n a", "na", "not stated", "non indique", "no indicado", "no consta"),
})
_LANGUAGES = _lookup({
    Language.EN: ("en", "eng", "english", "anglais", "ingles", "e"),
    Language.FR: ("fr", "fre", "fra", "french", "francais", "frances", "f"),
    Language.ES: ("es", "spa", "esp", "spanish", "espagnol", "espanol", "castellano", "s"),
})
_STATUSES = _lookup({
    ParticipantStatus.REGISTERED: ("registered", "inscrit", "inscrite", "inscrit e", "inscrito", "inscrita",
                                   "registrado", "registrada", "pending", "en attente", "pendiente", "new"),
    ParticipantStatus.CONFIRMED: ("confirmed", "confirme", "confirmee", "confirme e", "confirmado",
                                  "confirmada", "accepted", "approved"),
    ParticipantStatus.CANCELLED: ("cancelled", "canceled", "annule", "annulee", "annule e", "cancelado",
                                  "cancelada", "anulado", "anulada", "withdrawn", "desiste"),
})
_DELEGATION_KINDS = _lookup({
    DelegationKind.MEMBER_STATE: ("member state", "member_state", "etat membre", "estado miembro", "state",
                                  "government", "gouvernement", "gobierno", "member states",
                                  "associate member", "membre associe", "miembro asociado"),
    DelegationKind.IGO: ("igo", "intergovernmental organisation", "intergovernmental organization",
                         "organisation intergouvernementale", "oig", "organizacion intergubernamental",
                         "international organisation", "international organization", "un agency",
                         "intergovernmental organisations", "intergovernmental organizations",
                         "organisations intergouvernementales", "organizaciones intergubernamentales"),
    DelegationKind.NGO: ("ngo", "non governmental organisation", "non governmental organization",
                         "organisation non gouvernementale", "ong", "organizacion no gubernamental",
                         "civil society", "societe civile", "sociedad civil", "non governmental organisations",
                         "non governmental organizations", "organisations non gouvernementales",
                         "organizaciones no gubernamentales"),
    DelegationKind.PRIVATE_SECTOR: ("private", "private sector", "secteur prive", "sector privado",
                                    "company", "entreprise", "empresa", "business"),
    DelegationKind.UNESCO: ("unesco", "unesco secretariat", "secretariat de l unesco", "secretaria de la unesco"),
    DelegationKind.HOST: ("host", "hote", "host country", "pays hote", "anfitrion", "pais anfitrion",
                          "organizer", "organiser", "organisateur", "organizador", "local organiser"),
})


def _enum_lookup(table: dict[str, Any], value: Any, message: str) -> Any:
    key = _header_key(_cell_text(value))
    if key in table:
        return table[key]
    raise _CellProblem(message)


def _split_full_name(text: str) -> tuple[str, str]:
    """("given", "family") of a whole name: "GARCÍA LÓPEZ, José" or "José GARCÍA LÓPEZ" or "José García"."""
    if "," in text:
        family, given = (p.strip() for p in text.split(",", 1))
        return given, family
    words = text.split()
    if len(words) == 1:
        return "", words[0]
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        return " ".join(w for w in words if w not in capitals), " ".join(capitals)
    return " ".join(words[:-1]), words[-1]


# --------------------------------------------------------------------------
# Planning an import (nothing written)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportProblem:
    row: int  # spreadsheet row number
    column: str  # the header as it appears in the file
    value: str
    message: str


@dataclass(frozen=True)
class DelegationRef:
    kind: DelegationKind
    iso3: str | None = None
    name: str = ""  # organisation name for other kinds

    def key(self) -> tuple[str, str]:
        return (self.kind.value, self.iso3 or fold(self.name))


@dataclass
class PlannedRow:
    row: int
    values: dict[str, Any]  # participant fields (only those the file gives)
    delegation: DelegationRef | None
    action: str  # "new", "update" or "unchanged"
    participant_id: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.values.get("given_name"), self.values.get("family_name")) if p)


@dataclass(frozen=True)
class ImportDuplicate:
    row: int
    score: int
    reasons: tuple[str, ...]
    row_name: str
    participant_id: int | None = None  # a registered participant ...
    other_row: int | None = None  # ... or an earlier row of the same file
    name: str = ""  # the other person's name
    details: str = ""


_MONTH_ABBREVIATIONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _day_month(date: dt.date) -> str:
    """"10 Jan 2015": which number is the day is plain (strftime would follow the process locale)."""
    return f"{date.day} {_MONTH_ABBREVIATIONS[date.month - 1]} {date.year}"


@dataclass(frozen=True)
class DateSwap:
    """A date column whose dates look like day and month swapped (a US-locale spreadsheet)."""

    key: str  # "arrival_date" or "departure_date"
    column: str  # the header in the file
    rows: tuple[int, ...]  # spreadsheet rows whose date the swap changes
    before: dt.date  # the first such date as read ...
    after: dt.date  # ... and with day and month exchanged
    applied: bool = False

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def message(self) -> Text:
        values = dict(field=_column_label(self.key), column=self.column, before=_day_month(self.before),
                      after=_day_month(self.after), count=self.count)
        if self.applied:
            return Text("{field} (column {column}): day and month exchanged ({before} → {after}) in {count} "
                        "rows.", **values)
        return Text("{field} dates (column {column}) look like day and month swapped ({before} → {after}) in "
                    "{count} rows.", **values)


@dataclass
class ImportPlan:
    source: str
    headers: list[str]
    mapping: dict[int, str | None]
    rows: list[PlannedRow]
    problems: list[ImportProblem]
    rejected_rows: list[int]
    duplicates: list[ImportDuplicate]
    total_rows: int
    remember_mapping: dict[str, str | None] | None = None
    file_type: str = ""
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    # Preferences that could not be resolved: the person is imported, the text kept in the notes.
    warnings: list[ImportProblem] = field(default_factory=list)
    # Date columns that look like day and month swapped, and those swapped on request.
    date_swaps: list[DateSwap] = field(default_factory=list)
    swap_day_month: tuple[str, ...] = ()  # column keys whose swap was applied

    @property
    def new(self) -> int:
        return sum(1 for r in self.rows if r.action == "new")

    @property
    def updated(self) -> int:
        return sum(1 for r in self.rows if r.action == "update")

    @property
    def unchanged(self) -> int:
        return sum(1 for r in self.rows if r.action == "unchanged")

    @property
    def rejected(self) -> int:
        return len(self.rejected_rows)

    @property
    def unmapped_headers(self) -> list[str]:
        return [h for i, h in enumerate(self.headers) if self.mapping.get(i) is None]


class _Reference:
    """Reference data a plan needs, read once (no per-row queries)."""

    def __init__(self, session: Session) -> None:
        self.conference = session.scalar(select(Conference).limit(1))
        self.resolver = CountryResolver.from_session(session)
        self.categories: dict[str, int] = {}
        self.category_labels: dict[str, list[str]] = {"en": [], "fr": [], "es": []}
        default_id = None
        first_id = None
        for category in session.scalars(select(Category).order_by(Category.sort_order, Category.id)):
            first_id = first_id or category.id
            if category.code == "delegate":
                default_id = category.id
            for lang in ("en", "fr", "es"):
                self.category_labels[lang].append(getattr(category, f"label_{lang}") or category.label_en)
            for text in (category.code, category.label_en, category.label_fr, category.label_es):
                for variant in (text, re.sub(r"/s?a\b", "", text)):
                    self.categories.setdefault(_header_key(variant), category.id)
        self.default_category = default_id or first_id
        self.hotels: dict[str, int] = {}
        self.hotel_names: dict[int, str] = {}
        self.hotel_words: dict[int, list[str]] = {}
        for hotel_id, name in session.execute(select(Hotel.id, Hotel.name).order_by(Hotel.name)):
            self.hotels[_header_key(name)] = hotel_id
            self.hotel_names[hotel_id] = name
            self.hotel_words[hotel_id] = words(name)
        self.room_types: dict[str, str] = {}  # folded code or name -> code
        self.room_codes: list[str] = []
        for code, name in session.execute(select(RoomType.code, RoomType.name).order_by(RoomType.id)):
            if code not in self.room_codes:
                self.room_codes.append(code)
            self.room_types.setdefault(_header_key(code), code)
            self.room_types.setdefault(_header_key(name), code)
        self.period = conference_period(self.conference) if self.conference is not None else None

    def category(self, value: Any) -> int:
        key = _header_key(_cell_text(value))
        if key in self.categories:
            return self.categories[key]
        raise _CellProblem(Text("Unknown category; use one of: {categories}.", categories=Localised(
            {lang: ", ".join(labels) for lang, labels in self.category_labels.items()})))

    def hotel(self, value: Any) -> int:
        """The hotel any unambiguous set of words of its name names ("Hilton Reforma", "Fiesta")."""
        key = _header_key(_cell_text(value))
        if key in self.hotels:
            return self.hotels[key]
        matches = hotels_matching(_cell_text(value), self.hotel_words)
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise _Unresolved(Text(
                "Matches several hotels ({hotels}): imported without a preferred hotel; the text is kept in "
                "the notes.", hotels="; ".join(self.hotel_names[h] for h in matches)))
        raise _Unresolved(Text(
            "No hotel has this name: imported without a preferred hotel; the text is kept in the notes."))

    def room_type(self, value: Any) -> str:
        text = _clean_text(_cell_text(value))
        if not self.room_codes:  # no hotels set up yet: the request is kept as written
            if len(text) > MAX_TEXT["room_type_request"]:
                raise _Unresolved(Text(
                    "Too long for a room type (at most {limit} characters): the text is kept in the notes.",
                    limit=MAX_TEXT["room_type_request"]))
            return text
        code = _room_type_code(text, self.room_types, self.room_codes)
        if code is not None:
            return code
        raise _Unresolved(Text(
            "Unknown room type (known: {types}): imported without a room type; the text is kept in the notes.",
            types=", ".join(self.room_codes)))

    def country(self, value: Any) -> str:
        text = _clean_text(_cell_text(value))
        iso3 = self.resolver.resolve(text)
        if iso3 is not None:
            return iso3
        why = self.resolver.not_member(text)
        if why:
            raise _CellProblem(f"Not a Member State or Associate Member at the time of the conference ({why}).")
        suggestions = self.resolver.suggest(text)
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        raise _CellProblem("Unknown country or not a Member State." + hint)


def hotels_matching(text: str, hotel_words: Mapping[int, list[str]]) -> list[int]:
    """The hotels any unambiguous set of words of whose name ``text`` gives (see ``text.names_matching``)."""
    return names_matching(text, hotel_words)


_ROOM_SYNONYMS = {
    word: code
    for code, names in (
        ("single", "single sgl sencilla sencillo individual individuelle simple"),
        ("double", "double dbl doble matrimonial king queen"),
        ("twin", "twin twins jumeaux gemelas gemelos"),
        ("suite", "suite"),
        ("accessible", "accessible accesible adaptada adaptado adaptee pmr wheelchair"),
    )
    for word in names.split()
}


def _room_type_code(text: str, by_name: Mapping[str, str], codes: list[str]) -> str | None:
    """The room type code a request names: a code or name of the database, or a word for one (EN/FR/ES)."""
    key = _header_key(text)
    if not key:
        return None
    if key in by_name:
        return by_name[key]
    found = []
    for word in words(text):
        code = by_name.get(word) or _ROOM_SYNONYMS.get(word)
        if code in codes and code not in found:
            found.append(code)
    if "accessible" in found:  # "double accessible": the accessible room is what matters
        return "accessible"
    return found[0] if len(found) == 1 else None


_TEXT_KEYS = {
    key for key, kind in PARTICIPANT_FIELDS.items() if kind == "text"
} | {FULL_NAME, "email"}
_MULTILINE = {"notes", "accessibility_needs"}


def _parse_cell(key: str, value: Any, ref: _Reference) -> Any:
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        value = value[1:]  # an exporter's guard against formulas ("'+52 55 ...")
    if key == "room_type_request":
        return ref.room_type(value)
    if key == "dietary_needs":
        text = _clean_text(_cell_text(value)[:MAX_CELL])
        limit = MAX_TEXT["dietary_needs"]
        if len(text) > limit:
            raise _Unresolved(Text(
                "Too long for dietary needs (at most {limit} characters): the text is kept in the notes.",
                limit=limit))
        return text
    if key in _TEXT_KEYS:
        text = _cell_text(value)
        if len(text) > MAX_CELL:
            raise _CellProblem(f"Too long: {len(text):,} characters.")
        text = _clean_text(text, multiline=key in _MULTILINE)
        limit = MAX_TEXT.get(key, MAX_LONG_TEXT if key in _MULTILINE else 240)
        if len(text) > limit:
            raise _CellProblem(f"Too long: at most {limit} characters ({len(text):,} given).")
        if key == "email":
            text = text.removeprefix("mailto:").strip()
        return text
    if key in ("arrival_date", "departure_date", "date_of_birth"):
        return parse_date(value)
    if key == "passport_number":
        # cut after upper-casing: "ß" becomes "SS", so the stored text could double (hypothesis found it)
        return normalise_passport(_clean_text(_cell_text(value))[:200])[:200]
    if key in ("needs_hotel", "hotel_funded", "own_transport"):
        return parse_bool(value)
    if key in _TRAVEL_READERS:
        parsed = _TRAVEL_READERS[key](value if isinstance(value, (int, float, dt.date, dt.time)) else
                                      _clean_text(_cell_text(value)[:200]))
        if parsed is None:
            raise _CellProblem(Text(_TRAVEL_PROBLEMS[key]))
        return parsed
    if key == "gender":
        return _enum_lookup(_GENDERS, value, "Unknown gender (F, M, X or female/male/other).")
    if key == "preferred_language":
        try:
            return _enum_lookup(_LANGUAGES, value, "")
        except _CellProblem:
            raise _Unresolved(Text(
                "Not a working language (English, French or Spanish): the preferred language is left as it "
                "is; the text is kept in the notes.")) from None
    if key == "status":
        return _enum_lookup(_STATUSES, value, "Unknown status (registered, confirmed or cancelled).")
    if key == "delegation_type":
        return _enum_lookup(
            _DELEGATION_KINDS, value,
            "Unknown delegation type (Member State, IGO, NGO, private sector, UNESCO or host).",
        )
    if key == "category":
        return ref.category(value)
    if key == "preferred_hotel":
        return ref.hotel(value)
    if key == "country":
        if len(_cell_text(value)) > 200:
            raise _CellProblem("Unknown country or not a Member State.")
        return _clean_text(_cell_text(value))  # resolved with the delegation type, below
    raise _CellProblem("Unknown column.")  # pragma: no cover - keys come from IMPORT_KEYS


# Flights (core/people/travel.py): read as people write them, or the cell's problem.
_TRAVEL_READERS: dict[str, Callable[[Any], Any]] = {
    **dict.fromkeys(FLIGHT_FIELDS, flight_number), **dict.fromkeys(TIME_FIELDS, clock_time),
    **dict.fromkeys(TERMINAL_FIELDS, terminal),
}
_TRAVEL_PROBLEMS = {
    **dict.fromkeys(FLIGHT_FIELDS, NOT_A_FLIGHT), **dict.fromkeys(TIME_FIELDS, NOT_A_TIME),
    **dict.fromkeys(TERMINAL_FIELDS, NOT_A_TERMINAL),
}


# Fields whose values an import compares with what is registered.
_FIELD_OF_KEY = {"category": "category_id", "preferred_hotel": "preferred_hotel_id"}
_KEY_OF_FIELD = {v: k for k, v in _FIELD_OF_KEY.items()}


@dataclass
class _Index:
    """Registered participants' identities: external ids, e-mails, and names for rows with neither."""

    by_external: dict[str, int]
    by_email: dict[str, int]
    external_of: dict[int, str | None]
    by_name: dict[tuple[str, str, int | None], list[int]]

    @classmethod
    def load(cls, session: Session) -> "_Index":
        by_external: dict[str, int] = {}
        by_email: dict[str, int] = {}
        external_of: dict[int, str | None] = {}
        by_name: dict[tuple[str, str, int | None], list[int]] = {}
        for pid, external_id, email, given, family, delegation_id in session.execute(
            select(
                Participant.id, Participant.external_id, Participant.email, Participant.given_name,
                Participant.family_name, Participant.delegation_id,
            ).order_by(Participant.id)
        ):
            external_of[pid] = external_id
            if external_id:
                by_external[external_id] = pid
            if email:
                by_email.setdefault(email.strip().lower(), pid)
            else:
                by_name.setdefault((fold(given), fold(family), delegation_id), []).append(pid)
        return cls(by_external, by_email, external_of, by_name)

    def match(self, values: Mapping[str, Any], delegation_id: int | None = None) -> int | None:
        external = values.get("external_id") or None
        email = (values.get("email") or "").lower()
        if external and external in self.by_external:
            return self.by_external[external]
        if email and email in self.by_email:
            candidate = self.by_email[email]
            registered = self.external_of.get(candidate)
            if not external or not registered or registered == external:
                return candidate
        if not external and not email:
            # No identity at all: the same name in the same delegation, if only one.
            key = (fold(values.get("given_name", "")), fold(values.get("family_name", "")), delegation_id)
            found = [pid for pid in self.by_name.get(key, []) if not self.external_of.get(pid)]
            if len(found) == 1:
                return found[0]
        return None


_COMPARED = tuple(PARTICIPANT_FIELDS) + ("delegation_id",)


def _registered_values(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    columns = [getattr(Participant, name) for name in dict.fromkeys(_COMPARED)]
    found: dict[int, dict[str, Any]] = {}
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start:start + 500]
        for row in session.execute(select(Participant.id, *columns).where(Participant.id.in_(chunk))):
            data = row._asdict()
            found[data.pop("id")] = data
    return found


def _delegation_index(session: Session) -> tuple[dict[str, int], dict[tuple[str, str], int], dict[str, int]]:
    by_state: dict[str, int] = {}
    by_name: dict[tuple[str, str], int] = {}
    for delegation_id, kind, org_name, iso3 in session.execute(
        select(Delegation.id, Delegation.kind, Delegation.organisation_name, MemberState.iso3).outerjoin(
            MemberState, Delegation.member_state_id == MemberState.id
        )
    ):
        if iso3:
            by_state[iso3] = delegation_id
        else:
            by_name.setdefault((kind.value, fold(org_name)), delegation_id)
    state_ids = {iso3: state_id for iso3, state_id in session.execute(select(MemberState.iso3, MemberState.id))}
    return by_state, by_name, state_ids


def _existing_delegation(ref: DelegationRef, by_state: dict[str, int], by_name: dict[tuple[str, str], int]) -> int | None:
    if ref.kind is DelegationKind.MEMBER_STATE:
        return by_state.get(ref.iso3 or "")
    return by_name.get(ref.key())


def plan_import(
    db: Database,
    path: str | Path,
    mapping: Mapping[Any, Any] | None = None,
    progress: Progress | None = None,
    table: RawTable | None = None,
    swap_day_month: Iterable[str] = (),
) -> ImportPlan:
    """Read, parse and check a file; say what importing it would do. Nothing is written.

    ``swap_day_month`` names date columns (header in the file, column key or
    name) whose dates outside the conference period are read with day and month
    exchanged, when that puts them inside it (see :class:`DateSwap`).
    """
    if table is None:
        table = read_table(path, progress)
    headers = table.headers
    resolved = resolve_mapping(headers, mapping, db)
    swap_keys = _swap_keys(swap_day_month, headers, resolved)
    remember: dict[str, str | None] | None = None
    if mapping:
        automatic = _automatic_mapping(headers).mapping
        if resolved != automatic:
            remember = {h: resolved.get(i) for i, h in enumerate(headers)}
    active = [(i, key) for i, key in sorted(resolved.items()) if key is not None]
    header_of_key = {key: headers[i] for i, key in active}
    total = len(table.rows)

    def column_of(field_name: str) -> str:
        key = _KEY_OF_FIELD.get(field_name, field_name)
        if key in header_of_key:
            return header_of_key[key]
        if key in ("given_name", "family_name") and FULL_NAME in header_of_key:
            return header_of_key[FULL_NAME]
        column = COLUMNS_BY_KEY.get(key)
        return column.en if column else key

    with db.session() as session:
        ref = _Reference(session)
        index = _Index.load(session)
        by_state, by_name, _state_ids = _delegation_index(session)

        problems: list[ImportProblem] = []
        parsed_rows: list[tuple[int, dict[str, Any], DelegationRef | None, bool]] = []
        claimed: dict[Any, int] = {}  # identity -> first row giving it
        warnings_of: dict[int, list[ImportProblem]] = {}
        kept_of: dict[int, list[str]] = {}  # notes lines keeping unresolved preferences
        swappable: dict[str, list[tuple[int, dt.date, dt.date]]] = {}
        for n, (row_number, cells) in enumerate(zip(table.row_numbers, table.rows)):
            if progress is not None and n % 250 == 0 and progress(n, total) is False:
                raise ImportCancelled("Import cancelled; nothing was written.")
            row_problems: list[ImportProblem] = []
            parsed: dict[str, Any] = {}
            for col, key in active:
                cell = cells[col] if col < len(cells) else None
                if _is_blank(cell):
                    continue
                try:
                    value = _parse_cell(key, cell, ref)
                except _CellProblem as problem:
                    message = problem.args[0] if problem.args and isinstance(problem.args[0], str) else str(problem)
                    row_problems.append(ImportProblem(row_number, headers[col], _show(cell), message))
                    continue
                except _Unresolved as unresolved:
                    warnings_of.setdefault(row_number, []).append(
                        ImportProblem(row_number, headers[col], _show(cell), unresolved.message))
                    kept_of.setdefault(row_number, []).append(unresolved_line(
                        _column_label(key), _clean_text(_cell_text(cell))[:_KEPT_IN_NOTES]))
                    continue
                if value != "":
                    parsed[key] = value
            for key in ("arrival_date", "departure_date"):
                date = parsed.get(key)
                swapped = _swapped_into_period(date, ref.period)
                if swapped is not None:
                    swappable.setdefault(key, []).append((row_number, date, swapped))
                    if key in swap_keys:
                        parsed[key] = swapped
            values: dict[str, Any] = {}
            for key, value in parsed.items():
                target = _FIELD_OF_KEY.get(key, key)
                if target in PARTICIPANT_FIELDS:
                    values[target] = value
            if FULL_NAME in parsed and not (values.get("given_name") or values.get("family_name")):
                given, family = _split_full_name(parsed[FULL_NAME])
                if given:
                    values["given_name"] = given
                if family:
                    values["family_name"] = family
            delegation = None
            kind = parsed.get("delegation_type")
            country = parsed.get("country")
            if kind is None and country:
                kind = DelegationKind.MEMBER_STATE
            if kind is DelegationKind.MEMBER_STATE:
                if not country:
                    row_problems.append(ImportProblem(
                        row_number, column_of("country"), "", "A Member State delegation needs its country."
                    ))
                else:
                    try:
                        delegation = DelegationRef(kind, iso3=ref.country(country))
                    except _CellProblem as problem:
                        row_problems.append(ImportProblem(row_number, column_of("country"), _show(country), str(problem)))
            elif kind is not None:
                org_name = values.get("organisation", "")
                if not org_name:
                    row_problems.append(ImportProblem(
                        row_number, column_of("organisation"), "",
                        "An organisation's delegation needs the organisation's name.",
                    ))
                else:
                    delegation = DelegationRef(kind, name=org_name)
            # The same person twice in one file: reject the later row.
            identities = []
            if values.get("external_id"):
                identities.append(("id", values["external_id"]))
            elif values.get("email"):
                identities.append(("email", values["email"].lower()))
            for identity in identities:
                if identity in claimed:
                    what = "registration ID" if identity[0] == "id" else "e-mail"
                    column = column_of("external_id" if identity[0] == "id" else "email")
                    row_problems.append(ImportProblem(
                        row_number, column, _show(identity[1]),
                        f"Same {what} as row {claimed[identity]}: the same person twice in this file.",
                    ))
                else:
                    claimed[identity] = row_number
            parsed_rows.append((row_number, values, delegation, bool(row_problems)))
            problems.extend(row_problems)

        # Match with the registered participants, compare, validate.
        matches = {
            rn: index.match(values, _existing_delegation(d, by_state, by_name) if d else None)
            for rn, values, d, _bad in parsed_rows
        }
        registered = _registered_values(session, (pid for pid in matches.values() if pid is not None))
        planned: list[PlannedRow] = []
        claimed_ids: dict[int, int] = {}
        rejected: set[int] = {p.row for p in problems}
        for row_number, values, delegation, bad in parsed_rows:
            pid = matches[row_number]
            row_problems = []
            if pid is not None and pid in claimed_ids:
                row_problems.append(ImportProblem(
                    row_number, column_of("email"), _show(values.get("email", "")),
                    f"Refers to the same registered participant as row {claimed_ids[pid]}.",
                ))
            elif pid is not None:
                claimed_ids[pid] = row_number
            before = registered.get(pid, {}) if pid is not None else {}
            merged = dict(before)
            merged.update(values)
            if pid is None:
                merged.setdefault("family_name", "")
            if row_number in kept_of:
                # Keep each unresolved preference, as written, on a line of the notes (once).
                notes = values.get("notes", before.get("notes") or "")
                lines = notes.splitlines()
                added = [line for line in kept_of[row_number] if line not in lines]
                if added:
                    values["notes"] = "\n".join([notes] + added if notes else added)
            for problem in validate_participant(merged, ref.conference):
                row_problems.append(ImportProblem(row_number, column_of(problem.field), problem.value, problem.message))
            if pid is None and "category_id" not in values and ref.default_category is None:
                row_problems.append(ImportProblem(row_number, column_of("category_id"), "", "Category is required."))
            if row_problems or bad:
                problems.extend(row_problems)
                rejected.add(row_number)
                continue
            changes: dict[str, tuple[Any, Any]] = {}
            if pid is None:
                action = "new"
            else:
                for name, value in values.items():
                    if before.get(name) != value:
                        changes[name] = (before.get(name), value)
                if delegation is not None:
                    delegation_id = _existing_delegation(delegation, by_state, by_name)
                    if delegation_id is None or delegation_id != before.get("delegation_id"):
                        changes["delegation_id"] = (before.get("delegation_id"), delegation_id)
                action = "update" if changes else "unchanged"
            planned.append(PlannedRow(row_number, values, delegation, action, pid, changes))

        duplicates = _import_duplicates(session, planned, by_state, by_name)
    if progress is not None:
        progress(total, total)
    order = {h: i for i, h in enumerate(headers)}
    problems.sort(key=lambda p: (p.row, order.get(p.column, 999)))
    # Warnings only for the people imported (a rejected row's problems come first).
    warnings = [w for row in planned for w in warnings_of.get(row.row, [])]
    date_swaps = [
        DateSwap(key, header_of_key[key], tuple(r for r, _d, _s in found), found[0][1], found[0][2],
                 applied=key in swap_keys)
        for key, found in swappable.items()
    ]
    return ImportPlan(
        source=str(path), headers=headers, mapping=resolved, rows=planned, problems=problems,
        rejected_rows=sorted(rejected), duplicates=duplicates, total_rows=total,
        remember_mapping=remember, file_type=table.file_type, encoding=table.encoding,
        delimiter=table.delimiter, sheet=table.sheet, warnings=warnings, date_swaps=date_swaps,
        swap_day_month=tuple(sorted(swap_keys)),
    )


_DATE_KEYS = ("arrival_date", "departure_date")


def _swapped_into_period(date: Any, period: tuple[dt.date, dt.date] | None) -> dt.date | None:
    """``date`` with day and month exchanged, when only that puts it inside the conference period."""
    if not isinstance(date, dt.date) or period is None or date.day > 12:
        return None
    earliest, latest = period
    if earliest <= date <= latest:
        return None
    try:
        swapped = date.replace(month=date.day, day=date.month)
    except ValueError:
        return None
    return swapped if earliest <= swapped <= latest else None


def _swap_keys(names: Iterable[str], headers: list[str], mapping: Mapping[int, str | None]) -> set[str]:
    """The date columns (keys) that ``names`` give: a header of the file, a column key or a column name."""
    keys: set[str] = set()
    for name in names:
        wanted = _header_key(str(name))
        key = next((mapping.get(i) for i, h in enumerate(headers) if _header_key(h) == wanted), None)
        if key is None:
            key = name if name in _DATE_KEYS else match_header(str(name))[0]
        if key not in _DATE_KEYS:
            raise ConferenceDeskError(Text(
                "{name} is not a date column whose day and month can be swapped (arrival or departure).",
                name=repr(str(name))))
        keys.add(key)
    return keys


def _import_duplicates(
    session: Session,
    planned: list[PlannedRow],
    by_state: dict[str, int],
    by_name: dict[tuple[str, str], int],
) -> list[ImportDuplicate]:
    new_rows = [r for r in planned if r.action == "new"]
    if not new_rows:
        return []
    records, display = existing_records(session)
    by_row: dict[int, PlannedRow] = {}
    for row in new_rows:
        delegation = ""
        if row.delegation is not None:
            existing = _existing_delegation(row.delegation, by_state, by_name)
            delegation = f"d{existing}" if existing is not None else "n:" + ":".join(row.delegation.key())
        gender = row.values.get("gender")
        records.append(
            PersonRecord(
                key=("row", row.row),
                given_name=row.values.get("given_name_latin") or row.values.get("given_name", ""),
                family_name=row.values.get("family_name_latin") or row.values.get("family_name", ""),
                email=row.values.get("email", ""),
                delegation=delegation,
                city=row.values.get("city", ""),
                gender=gender.value if isinstance(gender, Gender) and gender.value in ("F", "M") else "",
            )
        )
        by_row[row.row] = row
    found: list[ImportDuplicate] = []
    for a, b, score, reasons in match_records(records, is_new=lambda r: isinstance(r.key, tuple)):
        if isinstance(a.key, tuple) and isinstance(b.key, tuple):
            first, later = sorted((a.key[1], b.key[1]))
            found.append(ImportDuplicate(
                row=later, score=score, reasons=reasons, row_name=by_row[later].name,
                other_row=first, name=by_row[first].name,
            ))
        else:
            new, old = (a, b) if isinstance(a.key, tuple) else (b, a)
            name, details = display[int(old.key)]  # type: ignore[call-overload]
            found.append(ImportDuplicate(
                row=new.key[1], score=score, reasons=reasons, row_name=by_row[new.key[1]].name,  # type: ignore[index]
                participant_id=int(old.key), name=name, details=details,  # type: ignore[call-overload]
            ))
    found.sort(key=lambda d: (d.row, -d.score))
    return found


# --------------------------------------------------------------------------
# Applying a plan (one transaction)
# --------------------------------------------------------------------------


@dataclass
class ImportResult:
    imported: int
    updated: int
    unchanged: int
    rejected: list[ImportProblem]
    duplicates: list[ImportDuplicate]
    rejected_rows: list[int] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)
    date_swaps: list[DateSwap] = field(default_factory=list)


_DEFAULTS: dict[str, Any] = {
    "gender": Gender.UNSPECIFIED,
    "preferred_language": Language.EN,
    "status": ParticipantStatus.REGISTERED,
    "passport_number": "",
}


def _new_participant_row(values: Mapping[str, Any], delegation_id: int | None, default_category: int | None,
                         now: dt.datetime) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, kind in PARTICIPANT_FIELDS.items():
        if name in values:
            row[name] = values[name]
        elif kind in ("text", "email", "flight", "terminal"):
            row[name] = ""
        elif kind == "bool":
            row[name] = False
        else:
            row[name] = _DEFAULTS.get(name)
    row["external_id"] = values.get("external_id") or None
    row["delegation_id"] = delegation_id
    if row["category_id"] is None:
        row["category_id"] = default_category
    if not row["badge_name"]:
        row["badge_name"] = " ".join(p for p in (row["given_name"], row["family_name"]) if p)
    row["search_text"] = participant_search_text(SimpleNamespace(**row))  # type: ignore[arg-type]
    row["sort_name"] = participant_sort_name(SimpleNamespace(**row))  # type: ignore[arg-type]
    row["row_version"] = 1
    row["created_at"] = now
    row["updated_at"] = now
    return row


def apply_import(
    db: Database,
    plan: ImportPlan,
    actor: audit.Actor | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write every valid row of ``plan`` in one transaction (all or nothing)."""
    actor = actor or audit.Actor()
    rows = plan.rows
    total = max(len(rows), 1)
    step = 0

    def tick(done: int) -> None:
        if progress is not None and progress(min(done, total), total) is False:
            raise ImportCancelled("Import cancelled; nothing was written.")

    from ..foundation.backups import auto_backup

    auto_backup(db, "import")  # a bulk write: keep the conference as it was (core/foundation/backups.py)
    now = utcnow()
    with db.session() as session:
        tick(0)
        index = _Index.load(session)  # again: someone may have registered people since the preview
        by_state, by_name, state_ids = _delegation_index(session)
        default_category = _default_category_id(session)

        def delegation_for(ref: DelegationRef | None) -> int | None:
            if ref is None:
                return None
            existing = _existing_delegation(ref, by_state, by_name)
            if existing is not None:
                return existing
            if ref.kind is DelegationKind.MEMBER_STATE:
                delegation = Delegation(kind=ref.kind, member_state_id=state_ids[ref.iso3 or ""])
            else:
                delegation = Delegation(kind=ref.kind, organisation_name=ref.name[:200])
            session.add(delegation)
            session.flush()
            if ref.kind is DelegationKind.MEMBER_STATE:
                by_state[ref.iso3 or ""] = delegation.id
            else:
                by_name[ref.key()] = delegation.id
            return delegation.id

        inserts: list[dict[str, Any]] = []
        updates: dict[int, PlannedRow] = {}
        new_delegations_before = len(by_state) + len(by_name)
        for row in rows:
            pid = index.match(
                row.values, _existing_delegation(row.delegation, by_state, by_name) if row.delegation else None
            )
            if pid is None:
                inserts.append(_new_participant_row(row.values, delegation_for(row.delegation), default_category, now))
            elif pid in updates:  # registered meanwhile under the same identity: later values win
                earlier = updates[pid]
                updates[pid] = PlannedRow(row.row, {**earlier.values, **row.values},
                                          row.delegation or earlier.delegation, "update", pid)
            else:
                updates[pid] = row
        created_delegations = len(by_state) + len(by_name) - new_delegations_before

        created_ids: list[int] = []
        for start in range(0, len(inserts), 1000):
            chunk = inserts[start:start + 1000]
            created_ids.extend(
                session.scalars(
                    insert(Participant).returning(Participant.id, sort_by_parameter_order=True), chunk
                )
            )
            step += len(chunk)
            tick(step)
        # Bulk inserts bypass the ORM events: index the new people for search here.
        index_search_words(session.connection(),
                           [(pid, row["search_text"]) for pid, row in zip(created_ids, inserts)])

        changed: dict[int, dict[str, list[Any]]] = {}
        ids = sorted(updates)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for participant in session.scalars(select(Participant).where(Participant.id.in_(chunk))):
                row = updates[participant.id]
                wanted = dict(row.values)
                if row.delegation is not None:
                    wanted["delegation_id"] = delegation_for(row.delegation)
                diff = {}
                for name, value in wanted.items():
                    before = getattr(participant, name)
                    if before != value:
                        diff[name] = [before, value]
                        setattr(participant, name, value)
                if diff:
                    changed[participant.id] = diff
            session.flush()
            step += len(chunk)
            tick(step)

        if plan.remember_mapping is not None:
            key = mapping_setting_key(plan.headers)
            setting = session.get(Setting, key)
            text = json.dumps(plan.remember_mapping, ensure_ascii=False)
            if setting is None:
                session.add(Setting(key=key, value=text, updated_at=now))
            else:
                setting.value, setting.updated_at = text, now

        name = Path(plan.source).name
        audit.record(
            session, actor, "import", "participant", None,
            summary=f"Imported {name}: {len(created_ids)} new, {len(changed)} updated, "
            f"{len(updates) - len(changed)} unchanged, {plan.rejected} rejected",
            changes={
                "file": name,
                "created": created_ids,
                "updated": {str(k): mask_changes(v) for k, v in changed.items()},
                "rejected_rows": plan.rejected_rows,
                "delegations_created": created_delegations,
                "unresolved_preferences": sorted({w.row for w in plan.warnings}),
                "day_month_swapped": {s.column: list(s.rows) for s in plan.date_swaps if s.applied},
            },
        )
        tick(total)
    return ImportResult(
        imported=len(created_ids),
        updated=len(changed),
        unchanged=len(updates) - len(changed),
        rejected=list(plan.problems),
        duplicates=list(plan.duplicates),
        rejected_rows=list(plan.rejected_rows),
        warnings=list(plan.warnings),
        date_swaps=list(plan.date_swaps),
    )


def _default_category_id(session: Session) -> int | None:
    delegate = session.scalar(select(Category.id).where(Category.code == "delegate"))
    if delegate is not None:
        return delegate
    return session.scalar(select(Category.id).order_by(Category.sort_order, Category.id).limit(1))


def import_file(
    db: Database,
    path: str | Path,
    mapping: Mapping[Any, Any] | None = None,
    dry_run: bool = False,
    actor: audit.Actor | None = None,
    progress: Progress | None = None,
    swap_day_month: Iterable[str] = (),
) -> tuple[ImportPlan, ImportResult]:
    """Plan and (unless ``dry_run``) apply: what the CLI runs."""
    plan = plan_import(db, path, mapping, progress, swap_day_month=swap_day_month)
    if dry_run:
        return plan, ImportResult(
            imported=plan.new, updated=plan.updated, unchanged=plan.unchanged,
            rejected=list(plan.problems), duplicates=list(plan.duplicates),
            rejected_rows=list(plan.rejected_rows), warnings=list(plan.warnings),
            date_swaps=list(plan.date_swaps),
        )
    return plan, apply_import(db, plan, actor, progress)


def count_participants(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


__all__ = [
    "DateSwap", "ImportCancelled", "ImportDuplicate", "ImportFileError", "ImportPlan", "ImportProblem", "ImportResult",
    "MappingGuess", "PlannedRow", "RawTable", "apply_import", "guess_mapping", "import_file", "match_header",
    "hotels_matching", "parse_bool", "parse_date", "plan_import", "read_table", "resolve_mapping",
]
