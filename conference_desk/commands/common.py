"""Helpers shared by the command modules (argument types, JSON output, opening the database)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.foundation.paths import resolve_database

Handler = Callable[[argparse.Namespace], int]
AddArguments = Callable[[argparse.ArgumentParser], None]
# name -> (one-line help, add_arguments(parser), run(args) -> exit status)
Commands = dict[str, tuple[str, AddArguments, Handler]]


# Largest id or count an argument may give: ids are 32-bit integers on PostgreSQL,
# and a larger number would overflow SQLite's 64-bit INTEGER (a traceback, not a message).
MAX_INT = 2**31 - 1


def time_limit(text: str) -> float:
    """A solver's time limit in seconds (0 < s <= 3600), for --time-limit."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"{text!r} must be between 0 and 3600 seconds")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    if value > MAX_INT:
        raise argparse.ArgumentTypeError(f"{text!r} is too large (at most {MAX_INT})")
    return value


def timestamp(text: str) -> dt.datetime:
    """A date and time argument (ISO 8601; naive means UTC), within years 1900-2200."""
    try:
        value = dt.datetime.fromisoformat(text)
        value.astimezone(dt.timezone.utc)  # out of range near year 1 or 9999
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date and time (2015-09-28T09:30)") from None
    if not 1900 <= value.year <= 2200:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date and time between 1900 and 2200")
    return value


def whole_int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def open_db(args: argparse.Namespace, *, create: bool) -> Database:
    signed = getattr(args, "signed_in_db", None)
    if signed is not None:  # the database the operator signed in on (its session is on its connections)
        return signed
    return open_database(resolve_database(args.db), create=create)


# --------------------------------------------------------------------------
# Signing in from the command line (issue 22)
# --------------------------------------------------------------------------

SESSION_ENV_VAR = "CONFERENCE_DESK_SESSION"

# Commands that change the conference, and the permission (core/operators.PERMISSIONS) each
# needs.  Key: the command, or (command, action).  On a shared server with operators these
# refuse to run without a sign-in (--operator NAME --pin-stdin, or --session-token TOKEN).
WRITE_PERMISSIONS: dict[Any, str] = {
    "init": "setup", "demo": "setup", "export": "export", ("audit", "export"): "audit",
    "import": "import", "merge": "duplicates",
    ("badges", "print"): "badges.print", ("badges", "reprint"): "badges.reprint",
    "checkin": "checkin", "walkin": "walk_in", "sync": "checkin",
    ("hotels", "allocate"): "hotels", ("hotels", "move"): "hotels", ("hotels", "share"): "hotels",
    ("hotels", "lock"): "hotels", ("hotels", "unlock"): "hotels", ("hotels", "rooming-list"): "hotels",
    ("programme", "sign-up"): "programme", ("interpreters", "roster"): "interpreters",
    ("transport", "plan"): "transport", ("transport", "move"): "transport", ("transport", "lock"): "transport",
    ("transport", "unlock"): "transport", ("transport", "load-rules"): "transport",
    ("operators", "add"): "operators", ("operators", "deactivate"): "operators",
    ("operators", "activate"): "operators", ("operators", "set-pin"): "operators",
    ("operators", "set-role"): "operators",
    "erase-personal-data": "setup", "restore": "server",
    ("mail", "settings"): "mail", ("mail", "queue"): "mail", ("mail", "send"): "mail", ("mail", "resend"): "mail",
    ("mail", "mark-sent"): "mail", ("mail", "test"): "mail", ("letters", "invitation"): "sensitive.view",
    ("certificates", "print"): "mail", ("certificates", "allow"): "mail",
}
# Sub-commands whose own --operator names who works at the desk (elsewhere it is a filter).
OPERATOR_IS_SIGN_IN = ("checkin", "walkin")


def add_sign_in_arguments(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--operator NAME --pin-stdin`` or ``--session-token TOKEN`` (given before or after the command)."""
    default: Any = None if top else argparse.SUPPRESS
    options = [
        (("--operator",), {"dest": "sign_in_name", "metavar": "NAME",
                           "help": "sign in as this operator (shared server: with --pin-stdin)"}),
        (("--pin-stdin",), {"dest": "sign_in_pin_stdin", "action": "store_true",
                            "help": "read the operator's PIN from the first line of standard input"}),
        (("--session-token",), {"dest": "session_token", "metavar": "TOKEN",
                                "help": f"an operator session from `operators sign-in` (or ${SESSION_ENV_VAR})"}),
    ]
    for flags, kwargs in options:
        try:
            parser.add_argument(*flags, default=default, **kwargs)
        except argparse.ArgumentError:
            continue  # the command has an option of that name (e.g. checkin --operator)


def write_permission(args: argparse.Namespace) -> str | None:
    command = getattr(args, "command", None)
    if command in WRITE_PERMISSIONS:
        return WRITE_PERMISSIONS[command]
    for dest in ("action", "what"):
        action = getattr(args, dest, None)
        if (command, action) in WRITE_PERMISSIONS:
            return WRITE_PERMISSIONS[(command, action)]
    return None


def sign_in_for_command(args: argparse.Namespace) -> None:
    """On a shared server with operators, sign in before a command that writes (else refuse).

    The PIN is checked by the server (``desk_auth.sign_in``); the session it opens is
    kept on the database the command then uses (``args.signed_in_db``), so the
    server's row-level policies see who works.  A SQLite file or a database
    without operators: nothing changes (a single laptop's file is its own barrier),
    but a PIN given is still checked.
    """
    import os
    import socket

    permission = write_permission(args)
    name = getattr(args, "sign_in_name", None)
    if name is None and getattr(args, "command", None) in OPERATOR_IS_SIGN_IN:
        name = getattr(args, "operator", None)
    token = getattr(args, "session_token", None) or os.environ.get(SESSION_ENV_VAR) or None
    pin_stdin = bool(getattr(args, "sign_in_pin_stdin", False))
    if permission is None and not (pin_stdin or getattr(args, "session_token", None)):
        return
    from conference_desk.core.foundation import audit  # the ORM only for a command that signs in
    from conference_desk.core.desks import operators
    from conference_desk.core.foundation.errors import ConferenceDeskError
    from sqlalchemy.exc import InterfaceError, OperationalError

    try:
        target = resolve_database(args.db)
    except ConferenceDeskError:
        return  # the command itself says what is wrong
    if "://" not in target or target.startswith("sqlite"):
        if not pin_stdin:
            return  # a single laptop: nothing to open before the command (no side effects)
    try:
        db = open_database(resolve_database(args.db), create=False)
    except (ConferenceDeskError, OperationalError, InterfaceError):
        return  # no database yet (init), unreadable or out of reach: the command itself says so
    keep = False
    try:
        shared = not db.is_sqlite
        try:
            staffed = operators.has_operators(db)
        except (OperationalError, InterfaceError):
            return  # the server is out of reach: an offline desk decides from its copy (uploads sign in)
        if not staffed:
            return
        desk = getattr(args, "desk", None) or _hostname(socket)
        if pin_stdin:
            if not name:
                raise ConferenceDeskError("--pin-stdin needs --operator NAME.")
            info = operators.sign_in(db, name, sys.stdin.readline().strip(), desk=desk)
            args.sign_out_after = True
        elif token and shared:
            info = operators.resume_session(db, token)
        elif shared:
            label = " ".join(str(x) for x in (args.command, getattr(args, "action", None) or "") if x)
            raise ConferenceDeskError(
                f"This server has operators: sign in to {label} with --operator NAME --pin-stdin (the PIN on "
                f"standard input) or --session-token TOKEN from `operators sign-in`.")
        else:
            return
        if permission is not None and not operators.may(info.role, permission):
            raise ConferenceDeskError(f"{info.name} ({info.role}) may not do this ({permission}).")
        audit.set_signed_in(info.name, desk)
        if getattr(args, "command", None) in OPERATOR_IS_SIGN_IN:
            args.operator = info.name  # the name as the operator table spells it
        args.signed_in = info
        args.signed_in_db = db
        keep = True
    finally:
        if not keep:
            db.dispose()


def finish_sign_in(args: argparse.Namespace) -> None:
    """After the command: a session opened with a PIN for this one command is closed."""
    db = getattr(args, "signed_in_db", None)
    if db is None:
        return
    try:
        if getattr(args, "sign_out_after", False):
            from conference_desk.core.desks import operators

            operators.sign_out(db)
    except Exception:  # noqa: BLE001 - the command's result stands; the session expires anyway
        pass
    finally:
        db.dispose()


def _hostname(socket: Any) -> str:
    try:
        return str(socket.gethostname())[:40]
    except OSError:
        return ""
