"""Opening a conference database: SQLite file (default) or an SQLAlchemy URL.

Opening brings the schema to the newest Alembic revision (when it is not there
already), so a database made by an earlier version of Conference Desk opens in a
later one.  A desk connecting with a PostgreSQL role that may not change the
schema (``core/desks/server.py``) opens a database at the newest revision without
trying; one that is behind is refused with "ask the administrator to run
server-setup".  A database
made by a *newer* version, or a file that is not a Conference Desk database, is
refused with a clear message and left untouched.
"""

from __future__ import annotations

import ast
import sqlite3
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url as sa_make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from .errors import DatabaseError
from .messages import Text
from .paths import MIGRATIONS_DIR

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

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
    from alembic.config import Config  # Alembic (≈ 0.2 s to import) only when a migration runs

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, tuple[str, ...]] | None:
    """revision → its down revisions, read from the literal ``revision = "…"`` and
    ``down_revision = …`` lines of the migration files, without importing Alembic (start-up).
    None when a file does not say them plainly: then Alembic reads the scripts."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name == "__init__.py":
            continue
        values: dict[str, object] = {}
        try:
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    if node.targets[0].id in ("revision", "down_revision"):
                        values[node.targets[0].id] = ast.literal_eval(node.value)
        except (OSError, SyntaxError, ValueError):
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
    if "alembic_version" not in set(inspect(conn).get_table_names()):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) <= 1:
        return rows[0] if rows else None
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _current_revision(conn)


class Database:
    """An open conference database: an engine and a session factory.

    The session factory (``sqlalchemy.orm``) is made the first time a session is asked for:
    opening a database for the main window's first screen imports no ORM (start-up time)."""

    def __init__(self, url: str, engine: Engine, session_factory: sessionmaker[Session] | None = None) -> None:
        self.url = url
        self.engine = engine
        self._session_factory = session_factory

    def __repr__(self) -> str:
        return f"Database(url={self.url!r})"

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
    return Database(url=url, engine=engine)  # its sessionmaker (sqlalchemy.orm) made on the first session


def _check_schema_is_ours(engine: Engine, label: str) -> str | None:
    """The schema revision of the database (None: empty), refusing what is not ours."""
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
