"""Setting up a shared PostgreSQL server for an event (no Qt).

:func:`server_setup` connects with the URL of a PostgreSQL superuser or of the
database's owner and

1. creates the database if it does not exist;
2. brings its schema to the newest revision (``open_database``: the owner runs
   the migrations and owns the tables);
3. creates three LOGIN roles named after the database, so two conferences on
   one server do not collide — ``<db>_clerk``, ``<db>_organiser``,
   ``<db>_admin`` — with passwords from :mod:`secrets` unless given;
4. grants each role exactly what it needs (table :data:`GRANTS` below) and
   nothing to PUBLIC.

Each desk is configured with the URL of its role (a clerk's laptop gets the
clerk URL).  A desk cannot widen its rights from a SQL client: ``SET ROLE`` to a
stronger role is impossible because the roles are not members of each other.
Operators still sign in inside the application on top of that (the menus and
the audit log); every audit entry names operator and desk.

Running it again is safe: it migrates a database made by an older version and
re-applies the grants (also to tables new migrations added).  Existing roles
keep their passwords unless new ones are given or ``new_passwords`` is set.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from sqlalchemy.engine import URL, make_url

from .db import database_url, head_revision, open_database
from .errors import ConferenceDeskError
from .messages import Text

ROLE_KEYS = ("clerk", "organiser", "admin")

# Tables a desk clerk writes (check-in, walk-in, badges) and the columns it may update.
CLERK_INSERT = ("checkin_event", "participant", "participant_word", "badge", "audit_log", "delegation")
CLERK_DELETE = ("participant_word",)  # a walk-in's search words are rewritten as a whole
CLERK_UPDATE: dict[str, tuple[str, ...]] = {
    # print / reprint: printed, revoked with a reason
    "badge": ("printed_at", "revoked_at", "revoke_reason"),
    # a desk may record the day someone arrived; any update bumps the optimistic-lock version
    "participant": ("arrival_date", "updated_at", "row_version"),
    # undo a check-in: the admission is marked "undone" (core/checkin.undo_checkin; who may is checked there)
    "checkin_event": ("outcome",),
}
# Every role signs in through the operator table: the count of wrong PINs and the lock-out.
SIGN_IN_COLUMNS = ("failed_attempts", "locked_until", "last_sign_in_at")
# Tables an organiser may read but not change.
ORGANISER_READ_ONLY = ("operator", "alembic_version")

GRANTS = """\
role       tables                                   rights
clerk      every table                              SELECT
clerk      checkin_event participant participant_word badge audit_log delegation   INSERT
clerk      participant_word                         DELETE
clerk      badge (printed_at revoked_at revoke_reason)   UPDATE
clerk      participant (arrival_date updated_at row_version)   UPDATE
clerk      checkin_event (outcome)                  UPDATE
clerk      operator (failed_attempts locked_until last_sign_in_at)   UPDATE
organiser  every table but operator, alembic_version   SELECT INSERT UPDATE DELETE
organiser  operator, alembic_version                SELECT (+ operator sign-in columns UPDATE)
admin      every table                              ALL
all three  every sequence                           USAGE SELECT
"""


class ServerSetupError(ConferenceDeskError):
    """The server cannot be set up (message for the user)."""


def role_prefix(database: str) -> str:
    """Role names start with the database's name, made a plain identifier."""
    base = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_") or "conference"
    if base[0].isdigit():
        base = f"cd_{base}"
    return base[:48]


def role_names(database: str) -> dict[str, str]:
    prefix = role_prefix(database)
    return {key: f"{prefix}_{key}" for key in ROLE_KEYS}


def _connect_args(url: URL, database: str) -> dict[str, Any]:
    args: dict[str, Any] = {"dbname": database}
    if url.host:
        args["host"] = url.host
    if url.port:
        args["port"] = url.port
    if url.username:
        args["user"] = url.username
    if url.password is not None:
        args["password"] = url.password
    args.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    return args


def _server_url(value: str) -> URL:
    url = make_url(database_url(value))
    if url.get_backend_name() != "postgresql":
        raise ServerSetupError(Text("server-setup needs a PostgreSQL URL (postgresql+psycopg://…), not {url}.",
                                    url=url.render_as_string(hide_password=True)))
    if not url.database:
        raise ServerSetupError("The URL names no database (…/DATABASE at its end).")
    return url


def _create_database(url: URL) -> bool:
    import psycopg
    from psycopg import sql

    last_error: Exception | None = None
    for maintenance in ("postgres", "template1"):
        try:
            with psycopg.connect(**_connect_args(url, maintenance), autocommit=True) as conn:
                exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (url.database,)).fetchone()
                if exists:
                    return False
                conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(url.database)))
                return True
        except psycopg.OperationalError as exc:  # cannot connect to that maintenance database
            last_error = exc
            continue
        except psycopg.Error as exc:
            raise ServerSetupError(Text("Cannot create the database {database}: {reason}",
                                        database=url.database, reason=_reason(exc))) from exc
    raise ServerSetupError(Text("Cannot connect to the server: {reason}", reason=_reason(last_error)))


def _reason(exc: BaseException | None) -> str:
    return str(exc or "").strip().splitlines()[0] if exc else ""


def _grant_statements(names: dict[str, str], database: str) -> list[Any]:
    from psycopg import sql

    ident = sql.Identifier
    clerk, organiser, admin = (ident(names[k]) for k in ROLE_KEYS)
    everyone = sql.SQL(", ").join([clerk, organiser, admin])
    statements: list[Any] = [
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(ident(database)),
        sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(ident(database), everyone),
        sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(everyone),
        # Start from nothing, so a re-run after a change of this table takes rights away too.
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(everyone),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(everyone),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(everyone),
        # administrator: everything
        sql.SQL("GRANT ALL ON ALL TABLES IN SCHEMA public TO {}").format(admin),
        # organiser: everything but operators and the schema version
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(organiser),
        sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {} FROM {}").format(
            sql.SQL(", ").join(ident(t) for t in ORGANISER_READ_ONLY), organiser),
        # clerk: read everything a desk shows; write what check-in, walk-ins and badges write
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(clerk),
        sql.SQL("GRANT INSERT ON {} TO {}").format(sql.SQL(", ").join(ident(t) for t in CLERK_INSERT), clerk),
        sql.SQL("GRANT DELETE ON {} TO {}").format(sql.SQL(", ").join(ident(t) for t in CLERK_DELETE), clerk),
    ]
    for table, columns in CLERK_UPDATE.items():
        statements.append(sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
            sql.SQL(", ").join(ident(c) for c in columns), ident(table), clerk))
    statements.append(sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
        sql.SQL(", ").join(ident(c) for c in SIGN_IN_COLUMNS), ident("operator"),
        sql.SQL(", ").join([clerk, organiser])))
    return statements


def server_setup(admin_url: str, *, passwords: dict[str, str] | None = None,
                 new_passwords: bool = False) -> dict[str, Any]:
    """Create (if needed) and migrate the database, its three roles and their grants.

    ``admin_url``: a PostgreSQL superuser's or the database owner's URL, naming
    the conference's database.  ``passwords``: {"clerk"|"organiser"|"admin":
    password} to set; other new roles get one from :mod:`secrets`.  Existing
    roles keep their password unless given one or ``new_passwords``.

    Returns {"database", "created_database", "schema_revision", "roles":
    {key: role name}, "urls": {key: URL for desks, with the password when it
    was set now}, "passwords_set": [keys]}.
    """
    import psycopg
    from psycopg import sql

    url = _server_url(admin_url)
    passwords = dict(passwords or {})
    unknown = set(passwords) - set(ROLE_KEYS)
    if unknown:
        raise ServerSetupError(Text("Unknown roles {roles}: clerk, organiser or admin.",
                                    roles=", ".join(sorted(unknown))))
    created = _create_database(url)
    db = open_database(url.render_as_string(hide_password=False))  # migrations run as the owner
    db.dispose()
    names = role_names(url.database)
    set_now: dict[str, str] = {}
    try:
        with psycopg.connect(**_connect_args(url, url.database)) as conn:
            with conn.transaction():
                for key in ROLE_KEYS:
                    role = names[key]
                    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
                    password = passwords.get(key)
                    if password is None and (not exists or new_passwords):
                        password = secrets.token_urlsafe(18)
                    if not exists:
                        conn.execute(sql.SQL(
                            "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD {}"
                        ).format(sql.Identifier(role), sql.Literal(password)))
                    elif password is not None:
                        conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
                            sql.Identifier(role), sql.Literal(password)))
                    if password is not None:
                        set_now[key] = password
                for statement in _grant_statements(names, url.database):
                    conn.execute(statement)
    except psycopg.Error as exc:
        raise ServerSetupError(Text("Cannot set up the roles of {database}: {reason}",
                                    database=url.database, reason=_reason(exc))) from exc
    desk_url = url.set(drivername="postgresql+psycopg")
    urls = {}
    for key in ROLE_KEYS:
        role_url = desk_url.set(username=names[key], password=set_now.get(key))
        urls[key] = role_url.render_as_string(hide_password=False)
    return {
        "database": url.database,
        "created_database": created,
        "schema_revision": head_revision(),
        "roles": names,
        "urls": urls,
        "passwords_set": [key for key in ROLE_KEYS if key in set_now],
    }


__all__ = ["GRANTS", "ROLE_KEYS", "ServerSetupError", "role_names", "role_prefix", "server_setup"]
