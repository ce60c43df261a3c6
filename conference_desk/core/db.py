"""Opening a conference database: SQLite file (default) or an SQLAlchemy URL.

Opening brings the schema to the newest Alembic revision (when it is not there
already), so a database made by an earlier version of Conference Desk opens in a
later one.  A desk connecting with a PostgreSQL role that may not change the
schema (``core/server.py``) opens a database at the newest revision without
trying; one that is behind is refused with "ask the administrator to run
server-setup".  A database
made by a *newer* version, or a file that is not a Conference Desk database, is
refused with a clear message and left untouched.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url as sa_make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import DatabaseError
from .messages import Text
from .paths import MIGRATIONS_DIR

SQLITE_BUSY_TIMEOUT_MS = 10_000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def database_url(value: str) -> str:
    """Turn a ``--db`` value (file path or SQLAlchemy URL) into a URL string."""
    if "://" in value:
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


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin, so
        # that every unit of work is one real transaction (and SAVEPOINT works).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass
class Database:
    """An open conference database: an engine and a session factory."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """What to show in a status bar: a file path, or a URL without password."""
        path = _sqlite_path(self.url)
        if path is not None:
            return str(path)
        return sa_make_url(self.url).render_as_string(hide_password=True)

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
        self.engine.dispose()


# A dead PostgreSQL server must fail in seconds, not minutes (desks then continue
# from their local copy, core/desk.py): connect timeout, TCP keepalives and a
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


def open_database(value: str, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (and by default create and migrate) the database at a path or URL."""
    url = database_url(value)
    path = _sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
    try:
        engine = create_engine(url, future=True, **_engine_options(url))
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"Cannot use database {value!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
    else:  # never show a password in a message
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
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory)


def _check_schema_is_ours(engine: Engine, label: str) -> str | None:
    """The schema revision of the database (None: empty), refusing what is not ours."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseError(f"{label} is not a Conference Desk database (unknown tables).")
        revision = MigrationContext.configure(conn).get_current_revision()
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
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
