"""Operators, roles and signing in at a desk (no Qt).

An operator is a person who signs in at a desk with a name and a PIN and has a
role: ``clerk`` (check-in, walk-ins, badges, looking people up), ``organiser``
(everything except set-up, users and the server) or ``administrator``
(everything).  :data:`PERMISSIONS` is the one table of what each role may do;
the GUI hides what a role may not use, and in shared mode the database role a
desk connects with enforces it (``core/desks/server.py``).

While the database has no operator at all, the application works as it always
did on a single laptop: no sign-in, an implicit administrator.  As soon as one
operator exists, signing in is required.

PINs are 4 to 12 digits, kept as PBKDF2-HMAC-SHA256 with a salt of their own
(:data:`PIN_ITERATIONS` rounds, stored per operator so the count can grow
later).  Five wrong PINs in a row lock the operator out for a minute; the count
and the lock-out are in the database, so every desk agrees.

On a shared server set up by ``server-setup`` the desks' roles cannot read the
PINs' hashes: :func:`sign_in` hashes the typed PIN with the operator's salt and
hands the result to the SECURITY DEFINER function ``desk_auth.sign_in``, which
counts wrong PINs and, on success, opens a session (a random token).  The token
is set on every connection of the :class:`Database` (``conference_desk.session``)
and the server's row-level policies let a clerk's role write audit entries and
check-in events only in that operator's name (``core/desks/server.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

import weakref

from sqlalchemy import Engine, event, func, select, text, update

from ..foundation import audit, guarded
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text
from ..foundation.models import Operator, OperatorRole, utcnow

from ..foundation.permissions import (
    ADMINISTRATOR,
    CLERK,
    ORGANISER,
    PERMISSIONS,
    ROLES,
    has_operators,
    may,
    permissions,
)

assert ROLES == tuple(role.value for role in OperatorRole), "core/foundation/permissions.py ROLES must follow OperatorRole"

PIN_ITERATIONS = 300_000  # ≈ 0.12 s on a 2020 laptop core: sign-in stays well under 0.3 s
MAX_FAILED = 5
LOCKOUT = dt.timedelta(minutes=1)
PIN_MIN, PIN_MAX = 4, 12


class OperatorError(ConferenceDeskError):
    """An operator cannot be created or changed (message for the user)."""


class SignInRefused(ConferenceDeskError):
    """Signing in was refused: unknown name, wrong PIN, deactivated, locked out.

    ``reason``: ``unknown``, ``wrong_pin``, ``inactive``, ``locked``;
    ``tries_left`` (wrong PIN) and ``seconds_left`` (locked) for the GUI.
    """

    def __init__(self, message: str, reason: str, *, tries_left: int | None = None,
                 seconds_left: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.tries_left = tries_left
        self.seconds_left = seconds_left


@dataclass(frozen=True)
class OperatorInfo:
    """An operator as the screens and the CLI show them (never the PIN)."""

    id: int
    name: str
    role: str
    active: bool
    created_at: dt.datetime
    last_sign_in_at: dt.datetime | None
    locked_until: dt.datetime | None

    @property
    def permissions(self) -> frozenset[str]:
        return permissions(self.role)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "role": self.role, "active": self.active,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "last_sign_in_at": self.last_sign_in_at.isoformat(timespec="seconds") if self.last_sign_in_at else None,
            "locked_until": self.locked_until.isoformat(timespec="seconds") if self.locked_until else None,
        }


# --------------------------------------------------------------------------
# Roles and permissions
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# PINs
# --------------------------------------------------------------------------


def _hash_pin(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


def check_pin_rules(pin: str) -> None:
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit() or not PIN_MIN <= len(pin) <= PIN_MAX:
        raise OperatorError(Text("A PIN is {low} to {high} digits.", low=PIN_MIN, high=PIN_MAX))


def _new_pin(pin: str) -> dict[str, Any]:
    check_pin_rules(pin)
    salt = secrets.token_bytes(16)
    return {"pin_salt": salt, "pin_iterations": PIN_ITERATIONS, "pin_hash": _hash_pin(pin, salt, PIN_ITERATIONS)}


def _check_name(name: str) -> str:
    clean = " ".join(str(name or "").split())
    if not clean:
        raise OperatorError("An operator needs a name.")
    if len(clean) > 80:
        raise OperatorError(Text("Too long: at most {n} characters.", n=80))
    return clean


def _check_role(role: str) -> str:
    value = str(getattr(role, "value", role)).strip().lower()
    if value not in ROLES:
        raise OperatorError(Text("Unknown role {role}: clerk, organiser or administrator.", role=role))
    return value


# What a desk's role may read of an operator (never the PIN's hash or salt).
_PUBLIC_COLUMNS = (Operator.id, Operator.name, Operator.role, Operator.active, Operator.created_at,
                   Operator.last_sign_in_at, Operator.locked_until)


def _info(row: Any) -> OperatorInfo:
    role = row.role.value if hasattr(row.role, "value") else str(row.role)
    return OperatorInfo(id=row.id, name=row.name, role=role, active=row.active,
                        created_at=row.created_at, last_sign_in_at=row.last_sign_in_at,
                        locked_until=row.locked_until)


def _find(session: Any, name: str) -> Operator | None:
    clean = " ".join(str(name or "").split())
    found = session.scalar(select(Operator).where(Operator.name == clean))
    if found is None and clean:
        found = session.scalar(select(Operator).where(func.lower(Operator.name) == clean.lower()))
    return found


# --------------------------------------------------------------------------
# Managing operators
# --------------------------------------------------------------------------


def list_operators(db: Database, *, include_inactive: bool = True) -> list[OperatorInfo]:
    with db.session() as session:
        query = select(*_PUBLIC_COLUMNS).order_by(func.lower(Operator.name))
        if not include_inactive:
            query = query.where(Operator.active.is_(True))
        return [_info(row) for row in session.execute(query)]


def create_operator(db: Database, name: str, role: str, pin: str,
                    actor: audit.Actor | None = None) -> OperatorInfo:
    """Add an operator.  The first one must be an administrator (who adds the others)."""
    clean, role_value = _check_name(name), _check_role(role)
    pin_values = _new_pin(pin)
    with db.session() as session:
        if _find(session, clean) is not None:
            raise OperatorError(Text("There is already an operator named {name}.", name=clean))
        any_active = session.scalar(select(Operator.id).where(Operator.active.is_(True)).limit(1))
        if any_active is None and role_value != ADMINISTRATOR:
            raise OperatorError("The first operator must be an administrator (who can then add the others).")
        row = Operator(name=clean, role=OperatorRole(role_value), active=True, failed_attempts=0, **pin_values)
        session.add(row)
        session.flush()
        audit.record(session, actor or audit.Actor(), "operator create", "operator", row.id,
                     summary=f"Added operator {clean} ({role_value})",
                     changes={"name": [None, clean], "role": [None, role_value]})
        return _info(row)


def _get(session: Any, name: str) -> Operator:
    row = _find(session, name)
    if row is None:
        raise OperatorError(Text("No operator named {name}.", name=" ".join(str(name or "").split())))
    return row


def _last_active_administrator(session: Any, row: Operator) -> bool:
    if row.role != OperatorRole.ADMINISTRATOR or not row.active:
        return False
    others = session.scalar(
        select(func.count()).select_from(Operator).where(
            Operator.role == OperatorRole.ADMINISTRATOR, Operator.active.is_(True), Operator.id != row.id))
    return not others


def deactivate_operator(db: Database, name: str, actor: audit.Actor | None = None) -> OperatorInfo:
    """Deactivate an operator (they can no longer sign in; their history stays)."""
    with db.session() as session:
        row = _get(session, name)
        if _last_active_administrator(session, row) and session.scalar(
                select(func.count()).select_from(Operator).where(Operator.active.is_(True))) > 1:
            raise OperatorError(Text("{name} is the last active administrator: add another one first.",
                                     name=row.name))
        if row.active:
            row.active = False
            audit.record(session, actor or audit.Actor(), "operator deactivate", "operator", row.id,
                         summary=f"Deactivated operator {row.name}", changes={"active": [True, False]})
        return _info(row)


def activate_operator(db: Database, name: str, actor: audit.Actor | None = None) -> OperatorInfo:
    with db.session() as session:
        row = _get(session, name)
        if not row.active:
            row.active = True
            row.failed_attempts = 0
            row.locked_until = None
            audit.record(session, actor or audit.Actor(), "operator activate", "operator", row.id,
                         summary=f"Reactivated operator {row.name}", changes={"active": [False, True]})
        return _info(row)


def change_pin(db: Database, name: str, new_pin: str, actor: audit.Actor | None = None) -> OperatorInfo:
    """Set a new PIN (also lifts a lock-out)."""
    pin_values = _new_pin(new_pin)
    with db.session() as session:
        row = _get(session, name)
        for key, value in pin_values.items():
            setattr(row, key, value)
        row.failed_attempts = 0
        row.locked_until = None
        audit.record(session, actor or audit.Actor(), "operator pin", "operator", row.id,
                     summary=f"Changed the PIN of {row.name}")
        return _info(row)


def set_role(db: Database, name: str, role: str, actor: audit.Actor | None = None) -> OperatorInfo:
    role_value = _check_role(role)
    with db.session() as session:
        row = _get(session, name)
        if row.role.value != role_value:
            if _last_active_administrator(session, row):
                raise OperatorError(Text("{name} is the last active administrator: add another one first.",
                                         name=row.name))
            before = row.role.value
            row.role = OperatorRole(role_value)
            audit.record(session, actor or audit.Actor(), "operator role", "operator", row.id,
                         summary=f"{row.name}: {before} → {role_value}", changes={"role": [before, role_value]})
        return _info(row)


# --------------------------------------------------------------------------
# Signing in
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Sessions on a shared server (desk_auth, core/desks/server.py)
# --------------------------------------------------------------------------

SESSION_SETTING = "conference_desk.session"
_tokens: "weakref.WeakKeyDictionary[Engine, str]" = weakref.WeakKeyDictionary()


_hooked: "weakref.WeakSet[Engine]" = weakref.WeakSet()


def _hook(engine: Engine) -> None:
    """At each checkout, a connection whose session setting is not the engine's token gets it."""
    if engine in _hooked:
        return
    ref = weakref.ref(engine)

    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        current = ref()
        token = _tokens.get(current, "") if current is not None else ""
        if record.info.get("cd_session", "") == token:
            return
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT set_config(%s, %s, false)", (SESSION_SETTING, token))
        finally:
            cursor.close()
        dbapi_connection.commit()  # a session-level setting survives only a committed transaction
        record.info["cd_session"] = token

    event.listen(engine, "checkout", _on_checkout)
    _hooked.add(engine)


def attach_session(db: Database, token: str | None) -> None:
    """Use this operator session (token) on every connection of ``db`` from now on (None: none)."""
    engine = db.engine
    if token:
        _tokens[engine] = token
    else:
        _tokens.pop(engine, None)
    if engine.dialect.name == "postgresql":
        _hook(engine)


def session_token(db: Database) -> str | None:
    """The session token of the operator signed in on ``db`` (shared server), else None."""
    return _tokens.get(db.engine)


def resume_session(db: Database, token: str) -> OperatorInfo:
    """Sign in with a session token from ``operators sign-in`` (shared server only)."""
    if not guarded.uses_desk_auth(db.engine):
        raise SignInRefused("Session tokens are for a shared server; here give --operator NAME --pin-stdin.",
                            "no_sessions")
    attach_session(db, token)
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT operator_id FROM desk_auth.session_operator()")).first()
    if row is None:
        attach_session(db, None)
        raise SignInRefused("The session is unknown or has expired: sign in again (operators sign-in).",
                            "session")
    return _info_by_id(db, int(row.operator_id))


def sign_out(db: Database) -> None:
    """End the operator's session on the server (if any) and forget it here."""
    try:
        if session_token(db) and guarded.uses_desk_auth(db.engine):
            with db.engine.begin() as conn:
                conn.execute(text("SELECT desk_auth.sign_out()"))
    finally:
        attach_session(db, None)  # this Database writes nothing more in that name, server reachable or not


def _info_by_id(db: Database, operator_id: int) -> OperatorInfo:
    with db.engine.connect() as conn:
        return _info(conn.execute(select(*_PUBLIC_COLUMNS).where(Operator.id == operator_id)).one())


def _sign_in_on_server(db: Database, name: str, pin: str, desk: str | None) -> OperatorInfo:
    clean = " ".join(str(name or "").split())
    with db.engine.connect() as conn:
        params = conn.execute(text("SELECT salt, iterations FROM desk_auth.pin_parameters(:name)"),
                              {"name": clean}).first()
        conn.commit()
    if params is None:
        raise SignInRefused(Text("No operator named {name}.", name=clean), "unknown")
    candidate = _hash_pin(str(pin or ""), bytes(params.salt), int(params.iterations))
    with db.engine.begin() as conn:
        row = conn.execute(text("SELECT * FROM desk_auth.sign_in(:name, :candidate, :desk)"),
                           {"name": clean, "candidate": candidate, "desk": desk or ""}).one()
    shown = row.operator_name or clean
    if row.outcome == "ok":
        attach_session(db, row.token)
        return _info_by_id(db, int(row.operator_id))
    if row.outcome == "unknown":
        raise SignInRefused(Text("No operator named {name}.", name=clean), "unknown")
    if row.outcome == "inactive":
        raise SignInRefused(Text("{name} is deactivated: ask an administrator.", name=shown), "inactive")
    if row.outcome == "locked" and row.seconds_left >= int(LOCKOUT.total_seconds()):
        raise SignInRefused(
            Text("Wrong PIN {count} times in a row: {name} is locked out for {seconds} s.", name=shown,
                 count=MAX_FAILED, seconds=int(LOCKOUT.total_seconds())),
            "locked", seconds_left=int(LOCKOUT.total_seconds()))
    if row.outcome == "locked":
        raise SignInRefused(
            Text("Too many wrong PINs: {name} is locked out for {seconds} s more.", name=shown,
                 seconds=row.seconds_left), "locked", seconds_left=row.seconds_left)
    raise SignInRefused(
        Text("Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.", name=shown,
             left=row.tries_left), "wrong_pin", tries_left=row.tries_left)


def sign_in(db: Database, name: str, pin: str, *, now: dt.datetime | None = None,
            desk: str | None = None) -> OperatorInfo:
    """Check a name and PIN; the operator's info, or :class:`SignInRefused` saying why.

    Five wrong PINs in a row lock the operator out for :data:`LOCKOUT`
    (counted in the database: the same at every desk).  A right PIN resets
    the count.  While locked out, the PIN is not even checked.
    """
    if guarded.uses_desk_auth(db.engine):
        return _sign_in_on_server(db, name, pin, desk)  # the server checks, counts and opens a session
    at = (now or utcnow()).replace(tzinfo=None)
    with db.session() as session:
        row = _find(session, name)
        if row is None:
            raise SignInRefused(Text("No operator named {name}.", name=" ".join(str(name or "").split())),
                                "unknown")
        if not row.active:
            raise SignInRefused(Text("{name} is deactivated: ask an administrator.", name=row.name), "inactive")
        if row.locked_until is not None and row.locked_until > at:
            seconds = max(1, int((row.locked_until - at).total_seconds() + 0.999))
            raise SignInRefused(
                Text("Too many wrong PINs: {name} is locked out for {seconds} s more.", name=row.name,
                     seconds=seconds), "locked", seconds_left=seconds)
        operator_id, good = row.id, row.pin_hash
        candidate = _hash_pin(str(pin or ""), row.pin_salt, row.pin_iterations)
        table = Operator.__table__
        if hmac.compare_digest(candidate, good):
            session.execute(update(table).where(table.c.id == operator_id)
                            .values(failed_attempts=0, locked_until=None, last_sign_in_at=at))
            session.refresh(row)
            return _info(row)
        # Wrong PIN: count it atomically (two desks failing at once both count).
        failed = session.execute(
            update(table).where(table.c.id == operator_id)
            .values(failed_attempts=table.c.failed_attempts + 1, locked_until=None)
            .returning(table.c.failed_attempts)
        ).scalar_one()
        if failed >= MAX_FAILED:
            session.execute(update(table).where(table.c.id == operator_id)
                            .values(failed_attempts=0, locked_until=at + LOCKOUT))
            refusal = SignInRefused(
                Text("Wrong PIN {count} times in a row: {name} is locked out for {seconds} s.", name=row.name,
                     count=MAX_FAILED, seconds=int(LOCKOUT.total_seconds())),
                "locked", seconds_left=int(LOCKOUT.total_seconds()))
        else:
            left = MAX_FAILED - failed
            refusal = SignInRefused(
                Text("Wrong PIN for {name}: {left} more wrong PIN(s) lock it for a minute.", name=row.name,
                     left=left), "wrong_pin", tries_left=left)
    raise refusal  # after the commit: the count is kept


__all__ = [
    "ADMINISTRATOR", "CLERK", "LOCKOUT", "MAX_FAILED", "ORGANISER", "PERMISSIONS", "PIN_ITERATIONS", "ROLES",
    "OperatorError", "OperatorInfo", "SignInRefused", "activate_operator", "change_pin", "check_pin_rules",
    "attach_session", "create_operator", "deactivate_operator", "has_operators", "list_operators", "may",
    "permissions", "resume_session", "session_token", "set_role", "sign_in", "sign_out",
]
