"""Opening a conference database: SQLite file (default) or an SQLAlchemy URL.

Opening brings the schema to the newest Alembic revision (when it is not there
already), so a database made by an earlier version of Conference Desk opens in a
later one.  A desk connecting with a PostgreSQL role that may not change the
schema (``core/desks/server.py``) opens a database at the newest revision without
trying; one that is behind is refused with "ask the administrator to run
server-setup".  A database
made by a *newer* version, or a file that is not a Conference Desk database, is
refused with a clear message and left untouched.

A SQLite file already at the newest revision is opened without SQLAlchemy (start-up
time): ``sqlite3`` reads its revision, and the engine is made when first asked for.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
from collections.abc import Callable
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from .errors import DatabaseError
from .messages import Text
from .paths import MIGRATIONS_DIR

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

# SQLAlchemy (≈ 0.2 s to import, asyncio with it) is imported where it is used: a SQLite file
# at the newest schema opens without it, and the main window's first screen reads through
# ``Database.plain_reads`` (start-up time, issue 17).  Everything else makes the engine.


def sa_make_url(value: str) -> URL:
    from sqlalchemy.engine import make_url

    return make_url(value)


SQLITE_BUSY_TIMEOUT_MS = 10_000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def database_url(value: str) -> str:
    """Turn a ``--db`` value (file path or SQLAlchemy URL) into a URL string."""
    if "://" in value:
        from sqlalchemy.exc import ArgumentError

        try:
            sa_make_url(value)
        except ArgumentError as exc:
            raise DatabaseError(f"Not a valid database URL: {value!r}") from exc
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def _sqlite_path(url: str) -> Path | None:
    parsed = sa_make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    if path.exists():
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise DatabaseError(f"Cannot read {path}: {exc.strerror}.") from exc
        if head and head != _SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not a Conference Desk database (not an SQLite file).")
        return
    if not create:
        raise DatabaseError(f"No database at {path}.")
    if not path.parent.exists():
        raise DatabaseError(f"Cannot create {path}: the folder {path.parent} does not exist.")


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    """Every connection to a SQLite file, the engine's and the plain reads' alike."""
    # Let SQLAlchemy, not the driver, decide when transactions begin, so
    # that every unit of work is one real transaction (and SAVEPOINT works).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _install_sqlite_pragmas(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        _sqlite_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic (≈ 0.2 s to import) only when a migration runs

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


# ``revision = '0012'`` / ``down_revision: str | None = ('0010', '0011')`` at the start of a line.
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.*?)\s*(?:#.*)?$", re.MULTILINE)
_QUOTED = re.compile(r"'([^'\\]*)'" + r'|"([^"\\]*)"')


def _literal(text: str) -> object:
    """``None``, a quoted string, or a tuple/list of quoted strings; anything else: ValueError."""
    if text == "None":
        return None
    strings = [single or double for single, double in _QUOTED.findall(text)]
    if _QUOTED.fullmatch(text):
        return strings[0]
    if text[:1] + text[-1:] in ("()", "[]") and _QUOTED.sub("", text[1:-1]).replace(",", "").strip() == "":
        return tuple(strings)
    raise ValueError(text)


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, tuple[str, ...]] | None:
    """revision → its down revisions, read from the literal ``revision = "…"`` and
    ``down_revision = …`` lines of the migration files, without importing Alembic (start-up;
    a regular expression, not ``ast.parse``: the first schema's file is long and parsing it took
    30 ms).  None when a file does not say them plainly (once each): then Alembic reads the scripts."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name == "__init__.py":
            continue
        values: dict[str, object] = {}
        try:
            for match in _REVISION_LINE.finditer(path.read_text(encoding="utf-8")):
                if match.group(1) in values:
                    return None
                values[match.group(1)] = _literal(match.group(2))
        except (OSError, ValueError):
            return None
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str) or "down_revision" not in values:
            return None
        downs = (down,) if isinstance(down, str) else tuple(down) if isinstance(down, (tuple, list)) else ()
        if down is not None and not downs:
            return None
        graph[revision] = downs
    return graph or None


def head_revision() -> str:
    graph = _revision_graph()
    if graph is not None:
        heads = set(graph) - {down for downs in graph.values() for down in downs}
        if len(heads) == 1:
            return heads.pop()
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    graph = _revision_graph()
    if graph is not None:
        return set(graph)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _current_revision(conn: Connection) -> str | None:
    """The revision in ``alembic_version`` (one row; more, a branched history: Alembic decides)."""
    from sqlalchemy import inspect, text

    if "alembic_version" not in set(inspect(conn).get_table_names()):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) <= 1:
        return rows[0] if rows else None
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def is_sqlalchemy_error(exc: BaseException) -> bool:
    """Whether ``exc`` is one of SQLAlchemy's errors, without importing SQLAlchemy to ask
    (none can have been raised before it was imported)."""
    module = sys.modules.get("sqlalchemy.exc")
    return module is not None and isinstance(exc, module.SQLAlchemyError)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _current_revision(conn)


# The tables of a SQLite file as ``inspect(conn).get_table_names()`` lists them (not sqlite_*).
_SQLITE_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"


class PlainReads:
    """Parameterless SELECTs in one read transaction, answered as tuples.

    What the main window reads before its first screen is up (the overview's counts, the
    conference's name, whether anyone signs in) goes through here: on a SQLite file opened
    without SQLAlchemy (:func:`open_database`'s quick path) a ``sqlite3`` connection answers,
    elsewhere the engine does, with the same SQL."""

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def revision(self) -> str | None:
        """The schema revision (``alembic_version``), None in an empty database."""
        raise NotImplementedError


class _SqliteReads(PlainReads):
    def __init__(self, conn: sqlite3.Connection, branched: Callable[[], str | None]) -> None:
        self.conn = conn
        self._branched = branched  # the revision when alembic_version has several rows

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql).fetchall()
        except sqlite3.Error as exc:
            raise _as_engine_error(exc, sql) from exc

    def revision(self) -> str | None:
        if ("alembic_version",) not in self.rows(_SQLITE_TABLES):
            return None
        rows = self.rows("SELECT version_num FROM alembic_version")
        if len(rows) > 1:  # a branched history: Alembic decides (as _current_revision)
            return self._branched()
        return rows[0][0] if rows else None


class _EngineReads(PlainReads):
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        return [tuple(row) for row in self.conn.execute(text(sql))]

    def revision(self) -> str | None:
        return _current_revision(self.conn)


class _NeedsEngine(Exception):
    """The quick SQLite path cannot answer: the engine (SQLAlchemy, Alembic) must."""


def _as_engine_error(exc: sqlite3.Error, sql: str) -> Exception:
    """A ``sqlite3`` error as the engine raises it (callers catch SQLAlchemy's errors)."""
    from sqlalchemy.exc import DBAPIError

    return DBAPIError.instance(sql, None, exc, sqlite3.Error)


def _needs_engine() -> str | None:
    raise _NeedsEngine


@contextmanager
def _sqlite_reads(path: Path, branched: Callable[[], str | None] = _needs_engine) -> Iterator[_SqliteReads]:
    try:
        conn = sqlite3.connect(str(path), timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _as_engine_error(exc, "") from exc
    try:
        reads = _SqliteReads(conn, branched)
        try:
            _sqlite_pragmas(conn)
        except sqlite3.Error as exc:
            raise _as_engine_error(exc, "PRAGMA") from exc
        reads.rows("BEGIN")  # one snapshot for every read, as the engine's connection gives
        yield reads
    finally:  # nothing was written: closing ends the read transaction
        conn.close()


class Database:
    """An open conference database: an engine and a session factory.

    The session factory (``sqlalchemy.orm``) is made the first time a session is asked for:
    opening a database for the main window's first screen imports no ORM (start-up time).
    A SQLite file opened by :func:`open_database`'s quick path has no engine either until
    something asks for ``engine`` (SQLAlchemy is imported then); ``plain_reads`` does not."""

    def __init__(self, url: str, engine: Engine | None = None, session_factory: sessionmaker[Session] | None = None,
                 *, sqlite_file: Path | None = None, make_engine: Callable[[], Engine] | None = None) -> None:
        if engine is None and make_engine is None:
            raise ValueError("a Database needs an engine or a way to make one")
        self.url = url
        self._engine = engine
        self._make_engine = make_engine
        self._engine_lock = threading.Lock()
        self._sqlite_file = sqlite_file  # only for a quick-path file: the same file the engine opens
        self._session_factory = session_factory

    def __repr__(self) -> str:
        return f"Database(url={self.url!r})"

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._engine_lock:  # the overview's background read and the GUI thread may both ask
                if self._engine is None:
                    assert self._make_engine is not None
                    self._engine = self._make_engine()
        return self._engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            self._session_factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_factory

    @session_factory.setter
    def session_factory(self, factory: sessionmaker[Session]) -> None:
        self._session_factory = factory

    @property
    def is_sqlite(self) -> bool:
        if self._engine is None and self._sqlite_file is not None:
            return True
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """What to show in a status bar: a file path, or a URL without password."""
        if self._sqlite_file is not None:
            return str(self._sqlite_file)
        path = _sqlite_path(self.url)
        if path is not None:
            return str(path)
        return sa_make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def plain_reads(self) -> Iterator[PlainReads]:
        """Plain SELECTs in one read transaction (see :class:`PlainReads`)."""
        if self._engine is None and self._sqlite_file is not None:
            with _sqlite_reads(self._sqlite_file, lambda: current_revision(self.engine)) as reads:
                yield reads
            return
        with self.engine.connect() as conn:
            yield _EngineReads(conn)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


# A dead PostgreSQL server must fail in seconds, not minutes (desks then continue
# from their local copy, core/desks/desk.py): connect timeout, TCP keepalives and a
# user timeout on unacknowledged writes; pooled connections are pinged before use.
# The URL's own query parameters win (``?connect_timeout=10``).
CONNECT_TIMEOUT_S = 3
_PG_CONNECT_ARGS = {"connect_timeout": CONNECT_TIMEOUT_S, "keepalives": 1, "keepalives_idle": 5,
                    "keepalives_interval": 2, "keepalives_count": 3, "tcp_user_timeout": 10_000}


def _engine_options(url: str) -> dict[str, object]:
    parsed = sa_make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return {}
    connect_args = {key: value for key, value in _PG_CONNECT_ARGS.items() if key not in parsed.query}
    return {"pool_pre_ping": True, "connect_args": connect_args}


def _make_engine(url: str) -> Engine:
    """The engine of a database (SQLite: with its pragmas); ArgumentError/ImportError as create_engine."""
    from sqlalchemy import create_engine

    engine = create_engine(url, future=True, **_engine_options(url))
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
    return engine


def _quick_sqlite_file(value: str) -> Path | None:
    """The file behind a ``--db`` path that the quick path may open with ``sqlite3`` alone: a path
    (not a URL) to an existing file, whose name SQLAlchemy's URL reads back unchanged (no ``%``, ``?``)."""
    if "://" in value:
        return None
    try:
        path = Path(value).expanduser().resolve()
    except (OSError, RuntimeError):
        return None
    if "%" in str(path) or "?" in str(path) or not path.is_file():
        return None
    return path


def _open_quickly(value: str, migrate: bool) -> Database | None:
    """A SQLite file whose schema is already where it must be, opened without SQLAlchemy
    or Alembic (start-up time, issue 17): the stored revision read with ``sqlite3``, compared
    with the head read from the migration files.  None whenever anything else is the case (a new,
    older, newer, foreign or unreadable file): then :func:`open_database` does the full work and
    says what is wrong, exactly as before."""
    path = _quick_sqlite_file(value)
    if path is None:
        return None
    try:
        _check_sqlite_file(path, create=False)
        with _sqlite_reads(path) as reads:
            if not reads.rows(_SQLITE_TABLES):
                return None  # empty: made (migrated) the full way
            revision = reads.revision()
    except Exception as exc:  # noqa: BLE001 - whatever it is, the full way meets it again and says it
        if isinstance(exc, (DatabaseError, sqlite3.Error, _NeedsEngine)) or is_sqlalchemy_error(exc):
            return None
        raise
    if revision is None or revision not in known_revisions() or (migrate and revision != head_revision()):
        return None
    url = database_url(str(path))
    return Database(url=url, sqlite_file=path, make_engine=lambda: _make_engine(url))


def open_database(value: str, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (and by default create and migrate) the database at a path or URL."""
    quick = _open_quickly(value, migrate)
    if quick is not None:
        return quick
    from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

    url = database_url(value)
    path = _sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
    try:
        engine = _make_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"Cannot use database {value!r}: {exc}") from exc
    if engine.dialect.name != "sqlite":  # never show a password in a message
        value = engine.url.render_as_string(hide_password=True)
    try:
        revision = _check_schema_is_ours(engine, value)
        if migrate and revision != head_revision():
            _upgrade_or_explain(engine, value)
    except DatabaseError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(f"Cannot open database {value}: {reason}") from exc
    return Database(url=url, engine=engine)  # its sessionmaker (sqlalchemy.orm) made on the first session


def _check_schema_is_ours(engine: Engine, label: str) -> str | None:
    """The schema revision of the database (None: empty), refusing what is not ours."""
    from sqlalchemy import inspect

    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseError(f"{label} is not a Conference Desk database (unknown tables).")
        revision = _current_revision(conn)
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"{label} was made by a newer version of Conference Desk (schema {revision}); "
            "update the application to open it."
        )
    return revision


# SQLSTATE of "permission denied" / "must be owner" in PostgreSQL.
_INSUFFICIENT_PRIVILEGE = "42501"


def _upgrade_or_explain(engine: Engine, label: str) -> None:
    """Migrate; when the connection's role may not (a desk's role URL), say who can."""
    from sqlalchemy.exc import DBAPIError

    try:
        upgrade(engine)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
            raise DatabaseError(Text(
                "The database {database} needs a schema update that this connection may not make: "
                "ask the administrator to run server-setup.",
                database=engine.url.render_as_string(hide_password=True),
            )) from exc
        raise


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply Alembic migrations up to ``revision`` (default: the newest)."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
