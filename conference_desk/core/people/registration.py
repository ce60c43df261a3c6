"""Registration: delegations and participants — validation, search, lists, saving.

Everything here returns plain data (dataclasses, dicts), never live ORM objects,
so the GUI's worker threads, the CLI and the exporters share it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ARRAY, Integer, any_, func, literal, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from ..foundation import audit
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.models import (
    AuditEntry,
    Category,
    Conference,
    Delegation,
    DelegationKind,
    Gender,
    Language,
    MemberState,
    Participant,
    ParticipantStatus,
    Region,
)
from ..foundation.messages import Text
from ..foundation.names import with_original
from ..foundation.search_index import (
    PG_PREFIX_LENGTHS,
    PG_PREFIX_TABLE,
    capped_match_count,
    match_text,
    pg_tsquery,
    sqlite_matches_by_name,
    words_match,
)
from ..foundation.terms import organisation_name
from ..foundation.text import bidi_problem, fold, words
from .travel import TRAVEL_FIELDS, clock_time, flight_number, terminal, travel_problems

EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]{2,}$")

# Fields a form or an import may set on a participant (column name -> kind).
PARTICIPANT_FIELDS: dict[str, str] = {
    "external_id": "text",
    "title": "text",
    "given_name": "text",
    "family_name": "text",
    "given_name_latin": "text",
    "family_name_latin": "text",
    "badge_name": "text",
    "gender": "gender",
    "position": "text",
    "organisation": "text",
    "city": "text",
    "email": "email",
    "phone": "text",
    "passport_number": "passport",
    "date_of_birth": "birthdate",
    "preferred_language": "language",
    "arrival_date": "date",
    "departure_date": "date",
    # Flights (core/people/travel.py): on the arrival and departure dates above.
    "arrival_flight": "flight",
    "arrival_time": "time",
    "arrival_terminal": "terminal",
    "departure_flight": "flight",
    "departure_time": "time",
    "departure_terminal": "terminal",
    "own_transport": "bool",
    "needs_hotel": "bool",
    "room_type_request": "text",
    "sharer_note": "text",
    "hotel_funded": "bool",
    "accessibility_needs": "text",
    "dietary_needs": "text",
    "notes": "text",
    "status": "status",
    "category_id": "id",
    "delegation_id": "id",
    "preferred_hotel_id": "id",
}

# Free-text fields where a line break is allowed; other control characters are refused everywhere.
MULTILINE_FIELDS = frozenset({"notes", "accessibility_needs", "dietary_needs", "special_requests"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

MAX_TEXT = {
    "external_id": 80, "title": 40, "given_name": 120, "family_name": 120, "given_name_latin": 120,
    "family_name_latin": 120, "badge_name": 160, "position": 200, "organisation": 200, "city": 120,
    "email": 254, "phone": 40, "room_type_request": 20, "sharer_note": 200, "dietary_needs": 200,
}


# A preference an import could not resolve (hotel, room type, diet, language) is kept,
# as the file wrote it, on a line of the participant's notes that begins with this
# mark; the "Unresolved preferences" filter lists everyone whose notes hold one.
# Deleting the line (or setting the preference in the form) settles it.
UNRESOLVED_MARK = "Unresolved preference (import)"


def unresolved_line(column: str, text: str) -> str:
    """The notes line that keeps an unresolved preference: "<mark> - Preferred hotel: Hilton Reforma"."""
    return f"{UNRESOLVED_MARK} - {column}: {text}"


def unresolved_preferences(notes: str | None) -> list[str]:
    """The unresolved-preference lines of a participant's notes."""
    return [line for line in (notes or "").splitlines() if line.startswith(UNRESOLVED_MARK)]


# The field each unresolved line is about (its column name in English, as the importer writes it).
PREFERENCE_LABELS = {
    "preferred_hotel_id": "Preferred hotel", "room_type_request": "Room type",
    "dietary_needs": "Dietary needs", "preferred_language": "Language",
}


def settle_preferences(notes: str, fields: list[str]) -> str:
    """``notes`` without the unresolved lines of ``fields`` (preferences someone has now set)."""
    prefixes = tuple(unresolved_line(PREFERENCE_LABELS[f], "") for f in fields if f in PREFERENCE_LABELS)
    if not prefixes:
        return notes
    return "\n".join(line for line in notes.splitlines() if not line.startswith(prefixes))


class ValidationError(ConferenceDeskError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


class ConcurrentEditError(ConferenceDeskError):
    """Someone else saved the record since it was opened.

    ``theirs`` holds the record as it is now in the database (the values a form
    shows beside the user's own), ``saved_by`` who saved it last (operator,
    desk, time from the audit log) when known.
    """

    def __init__(self, message: str, theirs: dict[str, Any] | None = None,
                 saved_by: tuple[str, str, dt.datetime] | None = None) -> None:
        super().__init__(message)
        self.theirs = theirs or {}
        self.saved_by = saved_by


STALE_MESSAGE = "Someone else saved this participant after you opened it; reopen it to see their changes."


def _stale(session: Session, participant: Participant) -> ConcurrentEditError:
    last = session.execute(
        select(AuditEntry.operator, AuditEntry.desk, AuditEntry.at)
        .where(AuditEntry.entity == "participant", AuditEntry.entity_id == participant.id)
        .order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return ConcurrentEditError(STALE_MESSAGE, participant_values(participant),
                               (last[0], last[1], last[2]) if last else None)


@dataclass(frozen=True)
class FieldProblem:
    field: str
    value: str
    message: str


def _allowed_controls(value: str, name: str) -> str:
    """``value`` without the control characters a field may hold (tab; line breaks in free text)."""
    value = value.replace("\t", "")
    return value.replace("\n", "").replace("\r", "") if name in MULTILINE_FIELDS else value


def conference_period(conference: Conference) -> tuple[dt.date, dt.date]:
    """The arrival and departure dates a participant may have: the conference's, ±14 days."""
    return (conference.arrival_date - dt.timedelta(days=14), conference.departure_date + dt.timedelta(days=14))


def validate_participant(values: Mapping[str, Any], conference: Conference | None = None) -> list[FieldProblem]:
    """Problems with a participant's values, field by field (empty list: valid)."""
    problems: list[FieldProblem] = []

    def text(name: str) -> str:
        value = values.get(name)
        return "" if value is None else str(value)

    if "family_name" in values or not values:
        if not text("family_name").strip():
            problems.append(FieldProblem("family_name", text("family_name"), "Family name is required."))
    for name, limit in MAX_TEXT.items():
        if len(text(name)) > limit:
            problems.append(
                FieldProblem(name, text(name)[:40] + "…", f"Too long: at most {limit} characters.")
            )
    for name, kind in PARTICIPANT_FIELDS.items():
        value = values.get(name)
        if kind not in ("text", "email") or not isinstance(value, str):
            continue
        if _SURROGATE.search(value):
            # Broken UTF-16 (a lone surrogate): no database can store it.
            problems.append(FieldProblem(name, _SURROGATE.sub("\ufffd", value)[:40], "Contains characters that are not valid text."))
        elif _CONTROL.search(_allowed_controls(value, name)):
            problems.append(FieldProblem(name, value[:40], "Contains control characters."))
        elif (bidi := bidi_problem(value)):
            problems.append(FieldProblem(name, value[:40], Text(
                "Contains a text-direction control ({code}) that can make it read as something else: "
                "remove it.", code=bidi)))
    # The badge name defaults to "given family": it must fit its column too.
    too_long = {p.field for p in problems if p.field in ("given_name", "family_name")}
    if not too_long and not text("badge_name").strip() and ("given_name" in values or "family_name" in values):
        default = " ".join(part for part in (text("given_name").strip(), text("family_name").strip()) if part)
        if len(default) > MAX_TEXT["badge_name"]:
            problems.append(FieldProblem("badge_name", default[:40] + "…", Text(
                "The name on the badge (given and family names) would be {length} characters, more than "
                "{limit}: give a shorter badge name or shorter names.", length=len(default),
                limit=MAX_TEXT["badge_name"])))
    email = text("email").strip()
    if email and not EMAIL_RE.match(email):
        problems.append(FieldProblem("email", email, "Not an e-mail address (name@domain.org)."))
    from .sensitive import date_of_birth_problem, passport_problem

    if (problem := passport_problem(values.get("passport_number"))) is not None:
        problems.append(FieldProblem("passport_number", text("passport_number")[:40], problem))
    if (problem := date_of_birth_problem(values.get("date_of_birth"))) is not None:
        problems.append(FieldProblem("date_of_birth", text("date_of_birth")[:40], problem))
    arrival, departure = values.get("arrival_date"), values.get("departure_date")
    for name, value in (("arrival_date", arrival), ("departure_date", departure)):
        if value is not None and not isinstance(value, dt.date):
            problems.append(FieldProblem(name, str(value), "Not a date."))
    outside = False
    if conference is not None:
        earliest, latest = conference_period(conference)
        for name, value in (("arrival_date", arrival), ("departure_date", departure)):
            if isinstance(value, dt.date) and not earliest <= value <= latest:
                outside = True
                problems.append(
                    FieldProblem(
                        name, value.isoformat(),
                        f"Outside the conference period ({earliest.isoformat()} to {latest.isoformat()}).",
                    )
                )
    # One problem per cell: a date outside the period is the problem, not its consequences.
    if not outside and isinstance(arrival, dt.date) and isinstance(departure, dt.date) and departure < arrival:
        problems.append(
            FieldProblem("departure_date", departure.isoformat(), "Departure is before arrival.")
        )
    # Flights: number, time and terminal as people write them; a flight has a date; nobody leaves
    # before landing on the same day (dates outside the period are the problem there, said above).
    for name, value, message in travel_problems(values, same_day=not outside):
        problems.append(FieldProblem(name, value, message))
    for name, enum_cls in (("gender", Gender), ("preferred_language", Language), ("status", ParticipantStatus)):
        value = values.get(name)
        if value is not None and not isinstance(value, enum_cls):
            try:
                enum_cls(value)
            except ValueError:
                problems.append(FieldProblem(name, str(value), "Unknown value."))
    return problems


# --------------------------------------------------------------------------
# Search and lists
# --------------------------------------------------------------------------


def search_words(text: str) -> list[str]:
    """Folded words of a search text ("José  MÜLLER" -> ["jose", "muller"]), at most 60 letters."""
    return [word[:60] for word in dict.fromkeys(words(text))]


@dataclass
class ParticipantQuery:
    """Filters of the participants table (all optional) and its order."""

    search: str = ""
    delegation_id: int | None = None
    category_id: int | None = None
    region: Region | None = None
    arrival_date: dt.date | None = None
    status: ParticipantStatus | None = None
    member_state_iso3: str | None = None
    # Only participants with a preference an import could not resolve (UNRESOLVED_MARK in the notes).
    unresolved_preferences: bool = False
    order_by: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    title: str
    given_name: str
    family_name: str
    badge_name: str
    latin_name: str
    delegation: str
    delegation_id: int | None
    member_state_iso3: str | None
    region: str | None
    category: str
    category_code: str
    position: str
    organisation: str
    city: str
    email: str
    arrival_date: dt.date | None
    departure_date: dt.date | None
    status: str
    given_name_latin: str = ""  # as registered ("" when none was given)
    family_name_latin: str = ""
    # Flights (core/people/travel.py): on arrival_date / departure_date; "" / None when not given.
    arrival_flight: str = ""
    arrival_time: dt.time | None = None
    arrival_terminal: str = ""
    departure_flight: str = ""
    departure_time: dt.time | None = None
    departure_terminal: str = ""
    own_transport: bool = False

    @property
    def listed_name(self) -> str:
        """The name as lists show it (core.names): "Asuka Hashimoto (橋本あすか)"."""
        return with_original(self.given_name, self.family_name, self.given_name_latin, self.family_name_latin)


# A search names its exact number of matches up to this many; above it the screen
# says "more than 2,000: keep typing" and shows the first page, in name order,
# without counting the rest (counting is what costs on a short prefix).
MATCH_CAP = 2000
DENSE_MATCHES = MATCH_CAP  # the name earlier versions used
# Rows read per page of the participants table: two screens (a screen of 1366x768 shows
# about 25; the next page is read as the table scrolls to it, 1-2 ms).  50 rather than 200:
# every keystroke reads, joins and turns into Python objects only what can be seen (issue 17).
SEARCH_PAGE = 50


def typed_search(text: str) -> tuple[str | None, list[str]]:
    """(initial letter, words) a search text stands for.

    A single letter means "family names beginning with it"; otherwise every
    word of two or more letters must begin a word of the participant
    ("N'Diaye" -> "diaye"; one-letter words are dropped when longer ones exist).
    """
    typed = search_words(text)
    if len(typed) == 1 and len(typed[0]) == 1:
        return typed[0], []
    if any(len(word) > 1 for word in typed):
        typed = [word for word in typed if len(word) > 1]
    return None, typed


def filter_conditions(query: ParticipantQuery, by_name: bool = False) -> list[Any]:
    """WHERE conditions on participant (words and Member State filters as subqueries).

    ``by_name``: the statement walks the name index (first page of a broad search):
    the words are then checked on each row walked, not looked up row by row.
    """
    conditions: list[Any] = []
    letter, typed = typed_search(query.search)
    if letter is not None:
        conditions.append(Participant.sort_name >= letter)
        conditions.append(Participant.sort_name < chr(ord(letter) + 1))
    if typed:
        # Each typed word begins a word of the participant (the full-text index, core/foundation/search_index.py).
        conditions.append(words_match(typed, by_name=by_name))
    if query.delegation_id is not None:
        conditions.append(Participant.delegation_id == query.delegation_id)
    if query.category_id is not None:
        conditions.append(Participant.category_id == query.category_id)
    if query.arrival_date is not None:
        conditions.append(Participant.arrival_date == query.arrival_date)
    if query.status is not None:
        conditions.append(Participant.status == query.status)
    if query.unresolved_preferences:
        conditions.append(Participant.notes.like(f"%{UNRESOLVED_MARK}%"))
    if query.region is not None or query.member_state_iso3:
        states = select(Delegation.id).join(MemberState, Delegation.member_state_id == MemberState.id)
        if query.region is not None:
            states = states.where(MemberState.region == query.region)
        if query.member_state_iso3:
            states = states.where(MemberState.iso3 == query.member_state_iso3.upper())
        conditions.append(Participant.delegation_id.in_(states))
    return conditions


def count_participants(session: Session, query: ParticipantQuery, lang: str = "en") -> int:
    stmt = select(func.count()).select_from(Participant).where(*filter_conditions(query))
    return int(session.scalar(stmt) or 0)


@dataclass(frozen=True)
class SearchPage:
    """The first page of a search and how many match (a lower bound when not exact)."""

    total: int
    exact: bool
    rows: list[ParticipantRow]
    # All matching ids when a selective search found them (in order when sorted by name):
    # later pages are read from these instead of searching again.
    matching_ids: list[int] | None = None
    sorted_ids: bool = False


def first_page(session: Session, query: ParticipantQuery, limit: int = SEARCH_PAGE, lang: str = "en") -> SearchPage:
    """What one keystroke in the search box needs: the matches' number and first page.

    A search counts its matches only up to MATCH_CAP + 1; more is MATCH_CAP, shown as
    "more than 2,000", and the first page is read by walking the name index, so it is
    still in name order.  PostgreSQL: one statement gives the page and the count
    (``_pg_search_page`` for the words alone).  SQLite: the full-text index counts
    without reading the rows; at most MATCH_CAP, the matches are sorted by name (by SQLite
    for the words alone), the page is read by id and the number is exact.
    """
    letter, typed = typed_search(query.search)
    if letter is None and not typed:
        total = count_participants(session, query, lang)
        return SearchPage(total, True, list_participants(session, query, 0, limit, lang))
    connection = session.connection()
    conditions = filter_conditions(query)
    if connection.dialect.name == "postgresql" and limit and replace(
            query, search="", descending=False) == ParticipantQuery():
        return _pg_search_page(connection, typed, query.descending, limit, lang, letter=letter)
    if connection.dialect.name == "postgresql":
        # A server: the page in name order (the planner walks the name index for a broad
        # search, or sorts a few matches) and the matches counted up to MATCH_CAP + 1.
        # Reading every match's name first (up to 2,001) was most of a broad keystroke's
        # time (issue 17).  Later pages are read by offset.
        # Both in one statement: the count is an uncorrelated subquery, evaluated once.
        _plans_for_the_words(connection)
        counted = _capped_count(conditions).scalar_subquery()
        result = connection.execute(_page_select(True, query, 0, limit, lang).add_columns(counted)).all()
        matches = int(result[0][-1]) if result else 0
        return SearchPage(min(matches, MATCH_CAP), matches <= MATCH_CAP, _read_rows(result, lang))
    words_alone = bool(typed) and replace(query, search="", order_by="name", descending=False) == ParticipantQuery()
    if connection.dialect.name == "sqlite":  # counting first is cheap in-process: no rows read for a broad search
        if words_alone:
            counted = capped_match_count(connection, typed, MATCH_CAP + 1)  # the words alone: the index counts
        else:
            counted = int(connection.execute(_capped_count(conditions)).scalar() or 0)
        if counted > MATCH_CAP:
            return SearchPage(MATCH_CAP, False, list_participants(session, query, 0, limit, lang))
    by_name = query.order_by == "name"
    if by_name and words_alone and connection.dialect.name == "sqlite":  # the few matches sorted by SQLite
        ids = sqlite_matches_by_name(connection, typed, query.descending, MATCH_CAP + 1)
    elif by_name:  # sort the few matches here (plain tuples), read one page
        matches = connection.execute(
            select(Participant.sort_name, Participant.id).where(*conditions).limit(MATCH_CAP + 1)).all()
        ids = [pid for _name, pid in sorted(map(tuple, matches), reverse=query.descending)]
    else:
        ids = list(connection.execute(select(Participant.id).where(*conditions).limit(MATCH_CAP + 1)).scalars())
    if len(ids) > MATCH_CAP:  # a broad search (or people added since the count)
        return SearchPage(MATCH_CAP, False, list_participants(session, query, 0, limit, lang))
    rows = list_participants(session, query, 0, limit, lang, matching_ids=ids[:limit] if by_name else ids)
    return SearchPage(len(ids), True, rows, ids, by_name)


def _capped_count(conditions: list[Any]) -> Any:
    """SELECT of how many participants meet ``conditions``, counted up to MATCH_CAP + 1."""
    return select(func.count()).select_from(select(Participant.id).where(*conditions).limit(MATCH_CAP + 1).subquery())


_PG_SEARCH_SQL: dict[tuple[str, bool, int, int, str], tuple[str, dict[str, Any]]] = {}


def _pg_search_page(connection: Any, typed: list[str], descending: bool, limit: int, lang: str,
                    prefixes: bool = True, letter: str | None = None) -> SearchPage:
    """first_page on PostgreSQL for typed words, or one letter, alone (the search box with no other
    filter): one statement, compiled once per language, direction and page size (issue 17).

    One letter (family names beginning with it): the count and the page from the name index.

    One word of 2 or 3 letters (the broad keystrokes: "ma" begins a word of one participant
    in six): the count and the page come from ``participant_search_prefix`` (migration 0014),
    index-only.  The count is its entries for the prefix, up to MATCH_CAP + 1; the page the
    first of them, already in name order.  ``prefixes=False`` takes the GIN path below
    instead (tests compare the two).

    Other words: the matches are read once, through the GIN index, at most MATCH_CAP + 1 of
    them with their sort names (``m``): their number is the count; at most MATCH_CAP, the
    page is the first of them by name (a sort in memory).  More: the page comes from a walk
    of the name index (migration 0013), the words checked on each entry, which stops after
    a page.  Reading the matches twice (once to count, once to sort) was most of a
    1,500-match search's time.  Sequential scans are off for the transaction: "until 2,001
    match" read that way starts where the last scan of the big table stopped (synchronised
    scans), 2 ms or 35 for the same words.

    Either way the page's rows are joined to the columns the table shows.  The GIN path is
    not prepared: the server plans it for the words typed, where psycopg prepares a statement
    run five times and the server may then keep a generic plan made without them (18-21 ms
    instead of 2.4 for a page of "ca").  The letter and prefix statements are index scans
    whatever is typed, so psycopg may prepare them.
    """
    mode = ("letter" if letter is not None
            else "prefix" if prefixes and len(typed) == 1 and len(typed[0]) in PG_PREFIX_LENGTHS else "words")
    key = (lang, descending, limit, MATCH_CAP, mode)
    cached = _PG_SEARCH_SQL.get(key)
    if cached is None:
        from sqlalchemy import column, literal_column, table

        page = table("page", column("id"), column("sort_name"))
        stmt = (_page_statement(lang, "name", descending).join(page, page.c.id == Participant.id)
                .add_columns(literal_column("(SELECT n FROM counted)")))
        compiled = stmt.compile(dialect=connection.dialect)
        order = "sort_name DESC, id DESC" if descending else "sort_name, id"
        if mode != "words":
            entries, pid = ((f"FROM {PG_PREFIX_TABLE} WHERE prefix = %(prefix)s", "participant_id")
                            if mode == "prefix" else
                            ("FROM participant WHERE sort_name >= %(low)s AND sort_name < %(high)s", "id"))
            with_clause = (
                f"WITH counted AS (SELECT count(*) AS n FROM (SELECT 1 {entries} LIMIT {MATCH_CAP + 1}) c),"
                f" page AS (SELECT {pid} AS id, sort_name {entries}"
                f" ORDER BY {order.replace('id', pid)} LIMIT {limit}) "
            )
        else:
            matches = "search_vector @@ to_tsquery('simple'::regconfig, %(tsquery)s)"
            with_clause = (
                f"WITH m AS MATERIALIZED (SELECT id, sort_name FROM participant WHERE {matches}"
                f" LIMIT {MATCH_CAP + 1}),"
                " counted AS (SELECT count(*) AS n FROM m),"
                f" page AS ((SELECT id, sort_name FROM m WHERE (SELECT n FROM counted) <= {MATCH_CAP}"
                f" ORDER BY {order} LIMIT {limit})"
                f" UNION ALL (SELECT id, sort_name FROM participant WHERE (SELECT n FROM counted) > {MATCH_CAP}"
                f" AND {matches} ORDER BY {order} LIMIT {limit})) "
            )
        _PG_SEARCH_SQL[key] = cached = (with_clause + str(compiled), dict(compiled.params))
    sql, params = cached
    raw = connection.connection.dbapi_connection
    with raw.cursor() as cursor:
        if mode == "prefix":  # index scans whatever the word: a plan kept for the statement is as good
            cursor.execute(sql, {**params, "prefix": typed[0]})
        elif mode == "letter":
            cursor.execute(sql, {**params, "low": letter, "high": chr(ord(letter) + 1)})  # type: ignore[arg-type]
        else:
            with raw.cursor() as setting, raw.pipeline():  # one round trip for the three
                setting.execute("SET LOCAL enable_seqscan = off")
                cursor.execute(sql, {**params, "tsquery": pg_tsquery(match_text(typed))}, prepare=False)
                setting.execute("SET LOCAL enable_seqscan TO DEFAULT")
        result = cursor.fetchall()
    if not result:
        return SearchPage(0, True, [])
    matches = int(result[0][-1])
    return SearchPage(min(matches, MATCH_CAP), matches <= MATCH_CAP, _read_rows(result, lang))


def list_participants(
    session: Session,
    query: ParticipantQuery,
    offset: int = 0,
    limit: int | None = 200,
    lang: str = "en",
    matching_ids: list[int] | None = None,
) -> list[ParticipantRow]:
    """One page of participants, filtered and sorted in SQL.

    ``matching_ids``: the matches, when the caller already has them (first_page);
    only those rows are read and sorted.
    """
    connection = session.connection()
    if matching_ids is not None and not matching_ids:
        return []
    postgresql = connection.dialect.name == "postgresql"
    if postgresql:
        _plans_for_the_words(connection)
    stmt = _page_select(postgresql, query, offset, limit, lang, matching_ids)
    return _read_rows(connection.execute(stmt), lang)


def _plans_for_the_words(connection: Any) -> None:
    """PostgreSQL: plan this transaction's statements for the words typed, prepared or not.

    The best plan of a search depends on its words (an index walk in name order for
    "ca", a bitmap of a few matches for "garcía").  psycopg prepares a statement run
    five times, and the server may then keep a generic plan made without the words:
    a page of "ca" took 18-21 ms instead of 2.4 (issue 17).  For this transaction only:
    on the whole connection it slowed each check-in's small statements (1.1 -> 2.8 ms).
    """
    connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")


def _page_select(postgresql: bool, query: ParticipantQuery, offset: int, limit: int | None, lang: str,
                 matching_ids: list[int] | None = None) -> Any:
    """The statement of one page of participants (see list_participants)."""
    # In name order a page is found by walking the name index (broad searches).
    conditions = filter_conditions(query, by_name=query.order_by == "name" and limit is not None)
    stmt = _page_statement(lang, query.order_by, query.descending)
    if (matching_ids is None and limit is not None and query.order_by == "name"
            and postgresql and typed_search(query.search)[1]):
        # PostgreSQL: the page's ids alone in name order (for a broad search an index-only
        # walk of (sort_name, id) INCLUDE (search_vector), migration 0013), joined to the
        # page's columns in the same statement.  The wide joined rows walked one by one were
        # a heap fetch each (issue 17).
        order = [Participant.sort_name.desc(), Participant.id.desc()] if query.descending else \
            [Participant.sort_name, Participant.id]
        page = select(Participant.id).where(*conditions).order_by(*order).limit(limit).offset(offset).subquery()
        stmt = stmt.join(page, page.c.id == Participant.id)
        limit = None  # the page is the walk's
    elif matching_ids is not None:
        # One array parameter on PostgreSQL: the same statement text for every page, where
        # an IN list of 200 parameters was a new statement to parse and plan each time.
        stmt = stmt.where(Participant.id == any_(literal(matching_ids, ARRAY(Integer))) if postgresql
                          else Participant.id.in_(matching_ids))
    else:
        stmt = stmt.where(*conditions)
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return stmt


def _read_rows(result: Any, lang: str) -> list[ParticipantRow]:
    """ParticipantRows of a page statement's result (columns after the page's are ignored)."""
    rows = []
    # Core execution and plain tuples: a page is read on every keystroke.
    for (pid, title, given, family, badge, given_latin, family_latin, delegation, delegation_id, iso3, region,
         category, category_code, position, organisation, city, email, arrival, departure,
         status, arrival_flight, arrival_time, arrival_terminal, departure_flight, departure_time,
         departure_terminal, own_transport, *_more) in result:
        if status.__class__ is str:  # rows read through the driver (PostgreSQL search): the enums' values
            status = ParticipantStatus(status)
            region = Region(region) if region else None
        latin = " ".join(p for p in (given_latin or given, family_latin or family) if p)
        rows.append(
            ParticipantRow(
                id=pid, title=title, given_name=given, family_name=family,
                badge_name=badge, latin_name=latin,
                # an organisation in UN terminology ("World Bank" -> "Banque mondiale"); states come localised
                delegation=(organisation_name(delegation, lang) if iso3 is None and lang != "en"
                            else delegation) if delegation else "",
                delegation_id=delegation_id, member_state_iso3=iso3,
                region=region.value if region else None, category=category, category_code=category_code,
                position=position, organisation=organisation, city=city, email=email,
                arrival_date=arrival, departure_date=departure, status=status.value,
                given_name_latin=given_latin or "", family_name_latin=family_latin or "",
                arrival_flight=arrival_flight, arrival_time=arrival_time, arrival_terminal=arrival_terminal,
                departure_flight=departure_flight, departure_time=departure_time,
                departure_terminal=departure_terminal, own_transport=own_transport,
            )
        )
    return rows


_PAGE_STATEMENTS: dict[tuple[str, str, bool], Any] = {}


def _page_statement(lang: str, order_by: str, descending: bool) -> Any:
    """The columns, joins and order of a page of participants (made once per language and order)."""
    key = (lang, order_by, descending)
    cached = _PAGE_STATEMENTS.get(key)
    if cached is not None:
        return cached
    state = aliased(MemberState)
    delegation_name = func.coalesce(getattr(state, f"name_{lang}", state.name_en), Delegation.organisation_name, "")
    category_label = getattr(Category, f"label_{lang}", Category.label_en)
    order_map: dict[str, list[Any]] = {
        "name": [Participant.sort_name],
        "given_name": [func.lower(Participant.given_name), Participant.sort_name],
        "delegation": [func.lower(delegation_name), Participant.sort_name],
        "category": [Category.sort_order, Participant.sort_name],
        "city": [func.lower(Participant.city), Participant.sort_name],
        "arrival_date": [Participant.arrival_date, Participant.sort_name],
        "status": [Participant.status, Participant.sort_name],
        "email": [func.lower(Participant.email)],
    }
    order = order_map.get(order_by, order_map["name"])
    if descending:
        order = [column.desc() for column in order]
    stmt = (
        select(
            Participant.id, Participant.title, Participant.given_name, Participant.family_name,
            Participant.badge_name, Participant.given_name_latin, Participant.family_name_latin,
            delegation_name, Participant.delegation_id, state.iso3, state.region, category_label,
            Category.code, Participant.position, Participant.organisation, Participant.city,
            Participant.email, Participant.arrival_date, Participant.departure_date, Participant.status,
            *(getattr(Participant, name) for name in TRAVEL_FIELDS),
        )
        .select_from(Participant)
        .join(Category, Participant.category_id == Category.id)
        .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
        .outerjoin(state, Delegation.member_state_id == state.id)
        .order_by(*order, Participant.id.desc() if descending else Participant.id)
    )
    if len(_PAGE_STATEMENTS) < 64:
        _PAGE_STATEMENTS[key] = stmt
    return stmt


@dataclass(frozen=True)
class DelegationRow:
    id: int
    name: str
    kind: str
    member_state_iso3: str | None
    region: str | None
    head_id: int | None
    head_name: str
    members: int
    arrivals: dict[str, int] = field(default_factory=dict)


def list_delegations(session: Session, lang: str = "en", counts: bool = True) -> list[DelegationRow]:
    """Every delegation with its head, member count and arrivals per day.

    ``counts=False``: names and heads only (members 0, no arrivals), without the two
    aggregates over every participant (a delegation filter needs no more; issue 17)."""
    head = aliased(Participant)
    state_name = getattr(MemberState, f"name_{lang}", MemberState.name_en)
    stmt = (
        select(
            Delegation.id, Delegation.kind, Delegation.organisation_name, state_name, MemberState.iso3,
            MemberState.region, Delegation.head_id, head.given_name, head.family_name,
            head.given_name_latin, head.family_name_latin,
        )
        .outerjoin(MemberState, Delegation.member_state_id == MemberState.id)
        .outerjoin(head, Delegation.head_id == head.id)
    )
    members: dict[int, int] = {}
    arrivals: dict[int, dict[str, int]] = {}
    if counts:
        members = {
            delegation_id: n
            for delegation_id, n in session.execute(
                select(Participant.delegation_id, func.count())
                .where(Participant.delegation_id.is_not(None), Participant.status != ParticipantStatus.CANCELLED)
                .group_by(Participant.delegation_id)
            )
        }
        for delegation_id, day, n in session.execute(
            select(Participant.delegation_id, Participant.arrival_date, func.count())
            .where(Participant.delegation_id.is_not(None), Participant.arrival_date.is_not(None),
                   Participant.status != ParticipantStatus.CANCELLED)
            .group_by(Participant.delegation_id, Participant.arrival_date)
        ):
            arrivals.setdefault(delegation_id, {})[day.isoformat()] = n
    rows = [
        DelegationRow(
            id=r.id,
            name=r[3] if r[3] else r.organisation_name,
            kind=r.kind.value,
            member_state_iso3=r.iso3,
            region=r.region.value if r.region else None,
            head_id=r.head_id,
            head_name=with_original(r.given_name or "", r.family_name or "", r.given_name_latin or "",
                                    r.family_name_latin or "") if r.head_id else "",
            members=members.get(r.id, 0),
            arrivals=dict(sorted(arrivals.get(r.id, {}).items())),
        )
        for r in session.execute(stmt)
    ]
    region_order = {region.value: i for i, region in enumerate(Region)}
    rows.sort(key=lambda d: (d.kind != DelegationKind.MEMBER_STATE.value, region_order.get(d.region or "", 9),
                             fold(d.name)))
    return rows


# --------------------------------------------------------------------------
# Reading and saving one participant
# --------------------------------------------------------------------------


def participant_values(participant: Participant) -> dict[str, Any]:
    values = {name: getattr(participant, name) for name in PARTICIPANT_FIELDS}
    values["id"] = participant.id
    values["row_version"] = participant.row_version
    return values


def load_participant(db: Database, participant_id: int) -> dict[str, Any]:
    with db.session() as session:
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise ConferenceDeskError(f"Participant {participant_id} no longer exists.")
        return participant_values(participant)


def _coerce(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        kind = PARTICIPANT_FIELDS.get(name)
        if kind is None:
            continue
        if kind in ("text", "email"):
            value = "" if value is None else str(value).strip()
        elif kind == "passport":
            from .sensitive import normalise_passport

            value = normalise_passport(value)
        elif kind == "birthdate" and value == "":
            value = None
        elif kind == "gender" and value is not None and not isinstance(value, Gender):
            value = Gender(value)
        elif kind == "language" and value is not None and not isinstance(value, Language):
            value = Language(value)
        elif kind == "status" and value is not None and not isinstance(value, ParticipantStatus):
            value = ParticipantStatus(value)
        elif kind == "bool":
            value = bool(value)
        elif kind == "time":
            value = None if value in (None, "") else clock_time(value)
        elif kind in ("flight", "terminal"):
            value = (flight_number if kind == "flight" else terminal)(value) or ""
        if name == "external_id" and value == "":
            value = None
        out[name] = value
    return out


def save_participant(
    db: Database,
    values: Mapping[str, Any],
    participant_id: int | None = None,
    expected_version: int | None = None,
    actor: audit.Actor | None = None,
) -> int:
    """Create or update one participant in one transaction, with an audit entry.

    ``expected_version`` is the ``row_version`` the form was opened with; if
    someone saved in between, ConcurrentEditError is raised and nothing changes.
    """
    from .sensitive import mask_changes

    actor = actor or audit.Actor()
    values = dict(values)
    member_state_id = values.pop("member_state_id", None)
    with db.session() as session:
        if member_state_id is not None:
            values["delegation_id"] = state_delegation_id(session, int(member_state_id))
        conference = session.scalar(select(Conference))
        merged: dict[str, Any] = {}
        participant = None
        if participant_id is not None:
            participant = session.get(Participant, participant_id)
            if participant is None:
                raise ConferenceDeskError(f"Participant {participant_id} no longer exists.")
            if expected_version is not None and participant.row_version != expected_version:
                raise _stale(session, participant)
            merged = participant_values(participant)
        merged.update(values)
        problems = validate_participant(merged, conference)
        if merged.get("category_id") is None:
            problems.append(FieldProblem("category_id", "", "Category is required."))
        if problems:
            raise ValidationError(problems)
        clean = _coerce(values)
        if participant is None:
            participant = Participant(**clean)
            session.add(participant)
            session.flush()
            audit.record(session, actor, "create", "participant", participant.id,
                         summary=f"Registered {participant.full_name}",
                         changes=mask_changes({k: [None, v] for k, v in clean.items() if v not in (None, "", False)}))
        else:
            before = participant_values(participant)
            for name, value in clean.items():
                setattr(participant, name, value)
            changes = {k: [before[k], v] for k, v in clean.items() if before.get(k) != v}
            # A preference an import could not resolve is settled once someone sets it.
            settled = [k for k, (_old, new) in changes.items() if k in PREFERENCE_LABELS and new not in (None, "")]
            notes = settle_preferences(participant.notes or "", settled)
            if notes != (participant.notes or ""):
                changes["notes"] = [before.get("notes"), notes]
                participant.notes = notes
            try:
                session.flush()
            except StaleDataError as exc:
                session.rollback()
                current = session.get(Participant, participant.id)
                raise (_stale(session, current) if current is not None
                       else ConcurrentEditError(STALE_MESSAGE)) from exc
            if changes:
                audit.record(session, actor, "update", "participant", participant.id,
                             summary=f"Edited {participant.full_name}", changes=mask_changes(changes))
        return participant.id


def state_delegation_id(session: Session, member_state_id: int) -> int:
    """The delegation of a Member State, created in the current transaction if missing."""
    existing = session.scalar(select(Delegation.id).where(Delegation.member_state_id == member_state_id))
    if existing is not None:
        return existing
    if session.get(MemberState, member_state_id) is None:
        raise ConferenceDeskError(f"Unknown Member State {member_state_id}.")
    delegation = Delegation(kind=DelegationKind.MEMBER_STATE, member_state_id=member_state_id)
    session.add(delegation)
    session.flush()
    return delegation.id


def set_delegation_head(db: Database, delegation_id: int, participant_id: int | None,
                        actor: audit.Actor | None = None) -> None:
    """Make a member the head of their delegation (None: no head)."""
    with db.session() as session:
        delegation = session.get(Delegation, delegation_id)
        if delegation is None:
            raise ConferenceDeskError(f"Delegation {delegation_id} no longer exists.")
        if participant_id is not None:
            member = session.get(Participant, participant_id)
            if member is None or member.delegation_id != delegation_id:
                raise ConferenceDeskError("The head of a delegation must be one of its members.")
        before = delegation.head_id
        delegation.head_id = participant_id
        audit.record(session, actor or audit.Actor(), "update", "delegation", delegation_id,
                     summary="Head of delegation changed", changes={"head_id": [before, participant_id]})


@dataclass(frozen=True)
class Choice:
    """An entry of a combo box: its label and what it stands for."""

    label: str
    kind: str  # "state", "delegation", "category", "hotel"
    id: int
    extra: str = ""


def delegation_choices(session: Session, lang: str = "en") -> list[Choice]:
    """Every Member State (whether or not it has a delegation yet), then organisations."""
    name = getattr(MemberState, f"name_{lang}", MemberState.name_en)
    states = [
        Choice(label, "state", state_id, iso3)
        for state_id, label, iso3 in session.execute(select(MemberState.id, name, MemberState.iso3))
    ]
    states.sort(key=lambda c: fold(c.label))
    organisations = [
        Choice(label, "delegation", delegation_id, kind.value)
        for delegation_id, label, kind in session.execute(
            select(Delegation.id, Delegation.organisation_name, Delegation.kind)
            .where(Delegation.kind != DelegationKind.MEMBER_STATE)
        )
    ]
    organisations.sort(key=lambda c: fold(c.label))
    return states + organisations


def category_choices(session: Session, lang: str = "en") -> list[Choice]:
    label = getattr(Category, f"label_{lang}", Category.label_en)
    return [
        Choice(text, "category", category_id, code)
        for category_id, text, code in session.execute(
            select(Category.id, label, Category.code).order_by(Category.sort_order, Category.id)
        )
    ]


def hotel_choices(session: Session) -> list[Choice]:
    from ..foundation.models import Hotel

    return [Choice(name, "hotel", hotel_id) for hotel_id, name in session.execute(
        select(Hotel.id, Hotel.name).order_by(Hotel.name))]


def delegation_of_participant(session: Session, participant_id: int) -> tuple[int | None, int | None]:
    """(delegation id, member state id) of a participant."""
    row = session.execute(
        select(Delegation.id, Delegation.member_state_id)
        .join(Participant, Participant.delegation_id == Delegation.id)
        .where(Participant.id == participant_id)
    ).first()
    return (row[0], row[1]) if row else (None, None)
