"""The full-text index participant search reads (migration 0009; issue 17).

SQLite: the FTS5 table ``participant_fts`` over ``participant.search_text``
(external content, kept in step by triggers on ``participant``).  PostgreSQL:
``participant.search_vector``, a stored generated ``tsvector`` of the same text
with a GIN index.  Either way a typed word
matches a participant when it begins one of the words of their search text
(``core.text.words``: runs of [a-z0-9] of the folded text), which is what the
``participant_word`` table of 0002 answered, one indexed lookup instead of one
range scan per typed word.

``words_match(["jose", "mull"])`` is the WHERE condition; it compiles to the
dialect's own syntax, so the same statement runs on both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import NullType

FTS_TABLE = "participant_fts"
# The shadow tables FTS5 keeps for it (never copied, never compared with the models).
FTS_SHADOW_TABLES = tuple(f"{FTS_TABLE}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config"))
# PostgreSQL: the stored generated column of migration 0009 (GIN-indexed; not a model column).
PG_SEARCH_VECTOR = "participant.search_vector"
PG_SEARCH_VECTOR_COLUMN = "search_vector"
# Its indexes: GIN (0009), and the name order with the vector for a broad search's first page (0013).
PG_SEARCH_INDEXES = ("ix_participant_search_vector", "ix_participant_name_search")
# PostgreSQL: every participant's 2- and 3-letter word beginnings in name order, kept by a
# trigger (migration 0014): a short typed word's count and first page from one B-tree.
PG_PREFIX_TABLE = "participant_search_prefix"
PG_PREFIX_LENGTHS = (2, 3)


def is_search_index_table(name: str | None) -> bool:
    """True for the FTS5 table and its shadow tables, and PostgreSQL's prefix table (not models)."""
    return bool(name) and (name in (FTS_TABLE, PG_PREFIX_TABLE) or name in FTS_SHADOW_TABLES)


def match_text(typed: list[str]) -> str:
    """The typed words as prefixes: "jose* mull*" (FTS5 query syntax; made a tsquery on PostgreSQL).

    The words are runs of [a-z0-9] (``core.text.words``): nothing in them is query syntax.
    """
    return " ".join(f"{word}*" for word in typed)


class _WordsMatch(FunctionElement[Any]):
    # Not Boolean: SQLite would get "<condition> = 1", which no index can answer.
    type = NullType()
    inherit_cache = True
    name = "words_match"


class _WordsMatchWalked(_WordsMatch):
    """The same condition for a statement that walks the name index (SQLite: no rowid lookups)."""

    inherit_cache = True
    name = "words_match_walked"


def words_match(typed: list[str], by_name: bool = False) -> Any:
    """Participants having a word that begins with each of ``typed`` (folded words)."""
    cls = _WordsMatchWalked if by_name else _WordsMatch
    return cls(literal(match_text(typed)))


def capped_match_count(connection: Any, typed: list[str], cap: int) -> int:
    """SQLite: how many participants match ``typed``, counted up to ``cap`` (the FTS5 index alone
    answers).  PostgreSQL counts in the search's own statement (``registration._pg_search_page``)."""
    from sqlalchemy import text

    sql = f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :words LIMIT :cap)"
    return int(connection.execute(text(sql), {"words": match_text(typed), "cap": cap}).scalar() or 0)


def sqlite_matches_by_name(connection: Any, typed: list[str], descending: bool, cap: int) -> list[int]:
    """SQLite: the ids of the participants matching ``typed`` in name order (at most ``cap``).

    Sorted by SQLite and read as plain integers through the driver: a search of 1,400 matches
    took 6 ms as (name, id) rows through SQLAlchemy sorted in Python, 3.5 ms this way (issue 17).
    """
    way = "DESC" if descending else "ASC"
    sql = (f"SELECT id FROM participant WHERE id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
           f" ORDER BY sort_name {way}, id {way} LIMIT ?")
    raw = connection.connection.dbapi_connection
    return [row[0] for row in raw.execute(sql, (match_text(typed), cap))]


def pg_tsquery(words: str) -> str:
    """``match_text`` as a PostgreSQL tsquery: "jose* mull*" -> "jose:* & mull:*"."""
    return words.replace("*", ":*").replace(" ", " & ")


def _sqlite(element: _WordsMatch, compiler: Any, id_column: str, **kw: Any) -> str:
    (argument,) = element.clauses
    return (f"{id_column} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH "
            f"{compiler.process(argument, **kw)})")


@compiles(_WordsMatch, "sqlite")
def _sqlite_lookup(element: _WordsMatch, compiler: Any, **kw: Any) -> str:
    # The planner reads the few matches by rowid and sorts them.
    return _sqlite(element, compiler, "participant.id", **kw)


@compiles(_WordsMatchWalked, "sqlite")
def _sqlite_walked(element: _WordsMatch, compiler: Any, **kw: Any) -> str:
    # "+" keeps the planner off the rowid: it walks the sort_name index in order and
    # checks each row against the matches (made once into a list), stopping after a page.
    return _sqlite(element, compiler, "+participant.id", **kw)


@compiles(_WordsMatch, "postgresql")
def _postgresql(element: _WordsMatch, compiler: Any, **kw: Any) -> str:
    (argument,) = element.clauses
    # "jose* mull*" -> 'jose:* & mull:*'
    query = f"replace(replace({compiler.process(argument, **kw)}, '*', ':*'), ' ', ' & ')"
    return f"{PG_SEARCH_VECTOR} @@ to_tsquery('simple'::regconfig, {query})"


@compiles(_WordsMatch)
def _other(element: _WordsMatch, compiler: Any, **kw: Any) -> str:  # pragma: no cover - SQLite and PostgreSQL only
    raise NotImplementedError(f"participant search on {compiler.dialect.name}")


# SQLite: the desk's counters, kept by triggers on checkin_event (migration 0015; not a model).
CHECKIN_COUNTER_TABLE = "checkin_counter"


def include_name(name: str | None, type_: str, parent_names: Any = None) -> bool:
    """Alembic's ``include_name``: the full-text index is made by migrations 0009, 0013 and 0014, the
    check-in counters by 0015, not by the models."""
    if type_ == "table":
        return not is_search_index_table(name) and name != CHECKIN_COUNTER_TABLE
    if type_ == "column" and name == PG_SEARCH_VECTOR_COLUMN:
        return (parent_names or {}).get("table_name") != "participant"
    if type_ == "index" and name in PG_SEARCH_INDEXES:
        return False
    return True
