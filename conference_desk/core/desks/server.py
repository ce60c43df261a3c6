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

5. creates the schema ``desk_auth`` (:data:`SECURITY_SQL`): operator sessions
   opened by ``desk_auth.sign_in`` (the server checks the PIN's hash, which no
   desk role can read), the narrow changes a desk needs as SECURITY DEFINER
   functions, and (:data:`POLICY_SQL`) row-level policies so that a clerk's
   role writes audit entries and check-in events only in the name of the
   operator signed in on its connection, undoes only admitted → undone, and
   adds participants only as walk-ins checked in at the desk (issue 22).

Running it again is safe: it migrates a database made by an older version and
re-applies the grants (also to tables new migrations added).  Existing roles
keep their passwords unless new ones are given or ``new_passwords`` is set.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from sqlalchemy.engine import URL, make_url

from ..foundation.db import database_url, head_revision, open_database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text

ROLE_KEYS = ("clerk", "organiser", "admin")

# Tables a desk clerk writes (check-in, walk-in, badges) and the columns it may update.
# Everything else a desk changes goes through the SECURITY DEFINER functions of the
# schema ``desk_auth`` (:data:`SECURITY_SQL`): signing in, revoking a badge for a reprint.
CLERK_INSERT = ("checkin_event", "participant", "participant_word", "badge", "audit_log", "delegation")
CLERK_UPDATE: dict[str, tuple[str, ...]] = {
    # print: the badge is marked printed (revoking is desk_auth.revoke_badge: never un-revoked)
    "badge": ("printed_at", "layout"),
    # a desk may record the day someone arrived; any update bumps the optimistic-lock version
    "participant": ("arrival_date", "updated_at", "row_version"),
    # undo a check-in: only admitted -> undone, by its operator or a supervisor (row-level policy)
    "checkin_event": ("outcome",),
}
# Columns of ``operator`` a clerk or an organiser may read (never the PIN's hash or salt).
OPERATOR_PUBLIC_COLUMNS = ("id", "name", "role", "pin_iterations", "active", "failed_attempts", "locked_until",
                           "last_sign_in_at", "created_at")
# Tables an organiser may read but not change.
ORGANISER_READ_ONLY = ("operator", "alembic_version")
SESSION_HOURS = 16  # an operator's session (CLI token, GUI sign-in) lasts one working day

GRANTS = """\
role       tables                                   rights
clerk      every table but operator                 SELECT
clerk      operator (all but pin_hash, pin_salt)    SELECT
clerk      checkin_event participant participant_word badge audit_log delegation   INSERT
             audit_log, checkin_event: only in the signed-in operator's name (row-level security)
             participant: only a walk-in checked in in the same transaction (deferred trigger)
clerk      badge (printed_at layout)                UPDATE
clerk      participant (arrival_date updated_at row_version)   UPDATE
clerk      checkin_event (outcome)                  UPDATE admitted -> undone, own or as supervisor (RLS)
organiser  every table but operator, alembic_version   SELECT INSERT UPDATE DELETE
organiser  operator (all but pin_hash, pin_salt), alembic_version   SELECT
admin      every table                              ALL
all three  every sequence                           USAGE SELECT
all three  desk_auth functions                      EXECUTE (sign in, session operator, revoke a badge)
"""

# Schema desk_auth (owned by the tables' owner; the desks' roles may only USE it and
# EXECUTE its functions): operator sessions and the narrow state changes a desk needs.
# ``{clerk}``, ``{organiser}``, ``{admin}``, ``{owner}`` are quoted role names.
SECURITY_SQL = """\
CREATE SCHEMA IF NOT EXISTS desk_auth AUTHORIZATION {owner};
REVOKE ALL ON SCHEMA desk_auth FROM PUBLIC;
CREATE TABLE IF NOT EXISTS desk_auth.session (
    token_hash bytea PRIMARY KEY,
    operator_id integer NOT NULL,
    desk text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
ALTER TABLE desk_auth.session OWNER TO {owner};
REVOKE ALL ON desk_auth.session FROM PUBLIC;

-- The salt and round count of an operator's PIN: the desk hashes the PIN it was typed
-- (PBKDF2, slow) and hands only the result to desk_auth.sign_in.  The stored hash is never read
-- by a desk's role.
CREATE OR REPLACE FUNCTION desk_auth.pin_parameters(p_name text)
RETURNS TABLE (salt bytea, iterations integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT o.pin_salt, o.pin_iterations FROM public.operator o
    WHERE o.name = p_name OR lower(o.name) = lower(p_name)
    ORDER BY (o.name = p_name) DESC LIMIT 1
$fn$;

-- Check a PIN's hash; count wrong ones (five in a row lock the name for a minute); on success
-- open a session: a random token whose SHA-256 is kept in desk_auth.session.
CREATE OR REPLACE FUNCTION desk_auth.sign_in(p_name text, p_candidate bytea, p_desk text)
RETURNS TABLE (outcome text, operator_id integer, operator_name text, operator_role text,
               tries_left integer, seconds_left integer, token text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    r public.operator%ROWTYPE;
    at timestamp := now() AT TIME ZONE 'UTC';
    failed integer;
    tok text;
BEGIN
    SELECT * INTO r FROM public.operator o
    WHERE o.name = p_name OR lower(o.name) = lower(p_name)
    ORDER BY (o.name = p_name) DESC LIMIT 1 FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'unknown'::text, NULL::integer, NULL::text, NULL::text, 0, 0, NULL::text;
        RETURN;
    END IF;
    IF NOT r.active THEN
        RETURN QUERY SELECT 'inactive'::text, r.id, r.name::text, r.role::text, 0, 0, NULL::text;
        RETURN;
    END IF;
    IF r.locked_until IS NOT NULL AND r.locked_until > at THEN
        RETURN QUERY SELECT 'locked'::text, r.id, r.name::text, r.role::text, 0,
            greatest(1, ceil(extract(epoch FROM r.locked_until - at)))::integer, NULL::text;
        RETURN;
    END IF;
    IF p_candidate IS NOT NULL AND r.pin_hash = p_candidate THEN
        UPDATE public.operator SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = at
        WHERE id = r.id;
        tok := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
        DELETE FROM desk_auth.session WHERE expires_at < now();
        INSERT INTO desk_auth.session (token_hash, operator_id, desk, expires_at)
        VALUES (sha256(convert_to(tok, 'UTF8')), r.id, left(coalesce(p_desk, ''), 40),
                now() + make_interval(hours => {session_hours}));
        RETURN QUERY SELECT 'ok'::text, r.id, r.name::text, r.role::text, 0, 0, tok;
        RETURN;
    END IF;
    UPDATE public.operator SET failed_attempts = failed_attempts + 1, locked_until = NULL
    WHERE id = r.id RETURNING failed_attempts INTO failed;
    IF failed >= {max_failed} THEN
        UPDATE public.operator SET failed_attempts = 0,
            locked_until = at + make_interval(secs => {lockout_seconds}) WHERE id = r.id;
        RETURN QUERY SELECT 'locked'::text, r.id, r.name::text, r.role::text, 0, {lockout_seconds}, NULL::text;
        RETURN;
    END IF;
    RETURN QUERY SELECT 'wrong_pin'::text, r.id, r.name::text, r.role::text, {max_failed} - failed, 0, NULL::text;
END
$fn$;

-- The operator of this connection's session (the token in the setting conference_desk.session),
-- or nothing: unknown or expired token, operator deactivated since.
CREATE OR REPLACE FUNCTION desk_auth.session_operator()
RETURNS TABLE (operator_id integer, operator_name text, operator_role text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT o.id, o.name::text, o.role::text
    FROM desk_auth.session s JOIN public.operator o ON o.id = s.operator_id
    WHERE s.token_hash = sha256(convert_to(coalesce(current_setting('conference_desk.session', true), ''), 'UTF8'))
      AND s.expires_at > now() AND o.active
$fn$;

CREATE OR REPLACE FUNCTION desk_auth.session_name() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT operator_name FROM desk_auth.session_operator()
$fn$;

CREATE OR REPLACE FUNCTION desk_auth.session_supervises() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT coalesce((SELECT operator_role IN ('organiser', 'administrator') FROM desk_auth.session_operator()), false)
$fn$;

CREATE OR REPLACE FUNCTION desk_auth.sign_out() RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    DELETE FROM desk_auth.session
    WHERE token_hash = sha256(convert_to(coalesce(current_setting('conference_desk.session', true), ''), 'UTF8'))
$fn$;

-- A reprint revokes the badge it replaces: only a badge not revoked yet, never the other way.
CREATE OR REPLACE FUNCTION desk_auth.revoke_badge(p_badge_id integer, p_reason text, p_at timestamp)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE n integer;
BEGIN
    IF session_user = {clerk_literal} AND desk_auth.session_name() IS NULL THEN
        RAISE EXCEPTION 'permission denied: sign in to revoke a badge' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE public.badge SET revoked_at = coalesce(p_at, now() AT TIME ZONE 'UTC'), revoke_reason = left(p_reason, 200)
    WHERE id = p_badge_id AND revoked_at IS NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$fn$;

-- A desk clerk may add a participant only as a walk-in: checked in at the desk in the same
-- transaction (an import needs an organiser's role).  Checked at commit.
CREATE OR REPLACE FUNCTION desk_auth.clerk_adds_walk_ins_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF current_user = {clerk_literal} AND NOT EXISTS (
            SELECT 1 FROM public.checkin_event e WHERE e.participant_id = NEW.id) THEN
        RAISE EXCEPTION 'permission denied for table participant: a desk clerk''s role may register a participant only as a walk-in checked in at the desk (importing needs an organiser''s role)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$fn$;

-- A clerk's undo leaves its trace: the admission marked undone has, by commit, an undo event
-- naming it (core/checkin.undo_checkin writes both, and the audit entry, in one transaction).
CREATE OR REPLACE FUNCTION desk_auth.clerk_undo_leaves_a_trace() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF current_user = {clerk_literal} AND NOT EXISTS (
            SELECT 1 FROM public.checkin_event e WHERE e.reverses_event_id = NEW.id AND e.outcome = 'undo') THEN
        RAISE EXCEPTION 'permission denied for table checkin_event: an admission is undone only together with its undo event'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$fn$;

-- A clerk revokes a badge only to reprint it: by commit the participant has a newer badge in use.
CREATE OR REPLACE FUNCTION desk_auth.clerk_revokes_for_a_reprint() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF session_user = {clerk_literal} AND NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM public.badge b WHERE b.participant_id = NEW.participant_id
                       AND b.version > NEW.version AND b.revoked_at IS NULL) THEN
        RAISE EXCEPTION 'permission denied for table badge: a desk revokes a badge only to reprint it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$fn$;
"""

_SECURITY_FUNCTIONS = ("pin_parameters(text)", "sign_in(text, bytea, text)", "session_operator()",
                       "session_name()", "session_supervises()", "sign_out()",
                       "revoke_badge(integer, text, timestamp)", "clerk_adds_walk_ins_only()",
                       "clerk_undo_leaves_a_trace()", "clerk_revokes_for_a_reprint()")

# Row-level security: audit entries and check-in events are written by a clerk only in the
# name of the operator signed in on that connection; the admitted -> undone change of an undo
# only by that operator or a supervisor.  Organisers and administrators are not restricted.
POLICY_SQL = """\
ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.checkin_event ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS staff_all ON public.audit_log;
DROP POLICY IF EXISTS clerk_read ON public.audit_log;
DROP POLICY IF EXISTS clerk_insert_own ON public.audit_log;
CREATE POLICY staff_all ON public.audit_log FOR ALL TO {organiser}, {admin} USING (true) WITH CHECK (true);
CREATE POLICY clerk_read ON public.audit_log FOR SELECT TO {clerk} USING (true);
CREATE POLICY clerk_insert_own ON public.audit_log FOR INSERT TO {clerk}
    WITH CHECK (lower(operator) = lower(desk_auth.session_name()));
DROP POLICY IF EXISTS staff_all ON public.checkin_event;
DROP POLICY IF EXISTS clerk_read ON public.checkin_event;
DROP POLICY IF EXISTS clerk_insert_own ON public.checkin_event;
DROP POLICY IF EXISTS clerk_undo ON public.checkin_event;
CREATE POLICY staff_all ON public.checkin_event FOR ALL TO {organiser}, {admin} USING (true) WITH CHECK (true);
CREATE POLICY clerk_read ON public.checkin_event FOR SELECT TO {clerk} USING (true);
CREATE POLICY clerk_insert_own ON public.checkin_event FOR INSERT TO {clerk}
    WITH CHECK (lower(operator) = lower(desk_auth.session_name()));
CREATE POLICY clerk_undo ON public.checkin_event FOR UPDATE TO {clerk}
    USING (outcome = 'admitted'
           AND (lower(operator) = lower(desk_auth.session_name()) OR desk_auth.session_supervises()))
    WITH CHECK (outcome = 'undone');
DROP TRIGGER IF EXISTS clerk_adds_walk_ins_only ON public.participant;
CREATE CONSTRAINT TRIGGER clerk_adds_walk_ins_only AFTER INSERT ON public.participant
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION desk_auth.clerk_adds_walk_ins_only();
DROP TRIGGER IF EXISTS clerk_undo_leaves_a_trace ON public.checkin_event;
CREATE CONSTRAINT TRIGGER clerk_undo_leaves_a_trace AFTER UPDATE ON public.checkin_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION desk_auth.clerk_undo_leaves_a_trace();
DROP TRIGGER IF EXISTS clerk_revokes_for_a_reprint ON public.badge;
CREATE CONSTRAINT TRIGGER clerk_revokes_for_a_reprint AFTER UPDATE ON public.badge
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION desk_auth.clerk_revokes_for_a_reprint();
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


def _grant_statements(names: dict[str, str], database: str, owner: str) -> list[Any]:
    from psycopg import sql

    ident = sql.Identifier
    clerk, organiser, admin = (ident(names[k]) for k in ROLE_KEYS)
    everyone = sql.SQL(", ").join([clerk, organiser, admin])
    operator_columns = sql.SQL(", ").join(ident(c) for c in OPERATOR_PUBLIC_COLUMNS)
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
        # nobody but the administrator reads the PINs' hashes and salts (sign-in is desk_auth.sign_in)
        sql.SQL("REVOKE SELECT ON {} FROM {}").format(ident("operator"), sql.SQL(", ").join([clerk, organiser])),
        sql.SQL("GRANT SELECT ({}) ON {} TO {}").format(operator_columns, ident("operator"),
                                                         sql.SQL(", ").join([clerk, organiser])),
    ]
    for table, columns in CLERK_UPDATE.items():
        statements.append(sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
            sql.SQL(", ").join(ident(c) for c in columns), ident(table), clerk))
    quoted = {key: ident(names[key]) for key in ROLE_KEYS}
    literals = {f"{key}_literal": sql.Literal(names[key]) for key in ROLE_KEYS}
    from .operators import LOCKOUT, MAX_FAILED

    security = sql.SQL(SECURITY_SQL).format(
        owner=ident(owner), session_hours=sql.Literal(SESSION_HOURS), max_failed=sql.Literal(MAX_FAILED),
        lockout_seconds=sql.Literal(int(LOCKOUT.total_seconds())), **literals)
    statements.append(security)
    for signature in _SECURITY_FUNCTIONS:
        function = sql.SQL("desk_auth." + signature)
        statements.append(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(function, ident(owner)))
        statements.append(sql.SQL("REVOKE ALL ON FUNCTION {} FROM PUBLIC").format(function))
        if not signature.startswith("clerk_"):  # trigger functions: nobody calls them
            statements.append(sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(function, everyone))
    statements.append(sql.SQL("GRANT USAGE ON SCHEMA desk_auth TO {}").format(everyone))
    statements.append(sql.SQL(POLICY_SQL).format(**quoted))
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
                owner = conn.execute("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
                                     "AND tablename = 'participant'").fetchone()[0]
                for statement in _grant_statements(names, url.database, owner):
                    conn.execute(statement)
                # The administrator's role may dump the whole database (pg_dump, core/foundation/backups.py):
                # it reads the sessions' table, and row-level security (which never limits it) is
                # bypassed — this needs a superuser; without one, pg_dump takes --enable-row-security.
                conn.execute(sql.SQL("GRANT SELECT ON desk_auth.session TO {}").format(
                    sql.Identifier(names["admin"])))
                try:
                    with conn.transaction():
                        conn.execute(sql.SQL("ALTER ROLE {} BYPASSRLS").format(sql.Identifier(names["admin"])))
                except psycopg.errors.InsufficientPrivilege:
                    pass
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
