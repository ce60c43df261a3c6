"""Desks: the shared server, operators and offline sync.

Shared mode commands: ``operators``, ``server-setup``, ``copy``.

``operators add NAME --role R --pin-stdin`` (or ``--pin`` for scripts and
tests), ``operators list [--json]``, ``operators deactivate NAME``,
``operators activate NAME``, ``operators set-pin NAME --pin-stdin``,
``operators set-role NAME --role R``, ``operators sign-in NAME --pin-stdin
[--json]`` (on a shared server: a session token for ``--session-token``),
``operators sign-out [TOKEN]``.  On a shared server with operators, the
changes need an administrator signed in (``--operator NAME --pin-stdin`` before
the command; then the new PIN is the second line of standard input).

``server-setup --db URL [--json]`` creates and migrates the conference's
PostgreSQL database and its three roles and prints one URL per role for the
desks.  ``copy --from DB --to DB [--json]`` copies a whole conference into an
empty database (SQLite ↔ PostgreSQL).

``sync``: upload this desk's queue of offline check-ins and refresh its local copy.

``conference-desk sync [--cache FILE] [--json]`` prints
``{"uploaded": n, "duplicates": [...], "refreshed": n, ...}``.  Uploading is
exactly once (every queued check-in carries its nonce), so running it again is
harmless.  Exit status 1 when the server cannot be reached (the queue stays).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from .common import Commands, open_db, print_json

# --------------------------------------------------------------------------
# shared
# --------------------------------------------------------------------------


ROLE_CHOICES = ("clerk", "organiser", "administrator")


def _read_pin(args: argparse.Namespace) -> str:
    from conference_desk.core.foundation.errors import ConferenceDeskError

    if getattr(args, "pin", None) is not None:
        return str(args.pin)
    if getattr(args, "pin_stdin", False):
        line = sys.stdin.readline()
        return line.strip()
    raise ConferenceDeskError("Give the PIN with --pin-stdin (or --pin).")


def _pin_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of standard input")
    group.add_argument("--pin", metavar="PIN", help="the PIN (visible in the process list: for tests and scripts)")


def _operators_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))
    add = sub.add_parser("add", help="add an operator (the first one must be an administrator)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLE_CHOICES, required=True)
    _pin_arguments(add)
    add.add_argument("--json", action="store_true", help="print the operator as JSON")
    listing = sub.add_parser("list", help="list the operators")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    for name, text in (("deactivate", "deactivate an operator (they can no longer sign in)"),
                       ("activate", "reactivate an operator")):
        p = sub.add_parser(name, help=text)
        p.add_argument("name", metavar="NAME")
        p.add_argument("--json", action="store_true", help="print the operator as JSON")
    pin = sub.add_parser("set-pin", help="set a new PIN (also lifts a lock-out)")
    pin.add_argument("name", metavar="NAME")
    _pin_arguments(pin)
    pin.add_argument("--json", action="store_true", help="print the operator as JSON")
    sign_in = sub.add_parser("sign-in", help="check an operator's PIN; on a shared server print a session token "
                             "for --session-token (or $CONFERENCE_DESK_SESSION)")
    sign_in.add_argument("name", metavar="NAME")
    _pin_arguments(sign_in)
    sign_in.add_argument("--desk", metavar="NAME", default=None, help="name of this desk (default: the computer's)")
    sign_in.add_argument("--json", action="store_true", help="print operator and token as JSON")
    sign_out = sub.add_parser("sign-out", help="end a session opened by `operators sign-in`")
    sign_out.add_argument("token", metavar="TOKEN", nargs="?", default=None,
                          help="the session token (default: --session-token or $CONFERENCE_DESK_SESSION)")
    role = sub.add_parser("set-role", help="change an operator's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", choices=ROLE_CHOICES, required=True)
    role.add_argument("--json", action="store_true", help="print the operator as JSON")


def _print_operator(info: Any, args: argparse.Namespace, verb: str) -> None:
    if args.json:
        print_json(info.as_json())
    else:
        print(f"{verb}: {info.name} ({info.role}{'' if info.active else ', inactive'})")


def _run_operators(args: argparse.Namespace) -> int:
    from conference_desk.core.desks import operators

    db = open_db(args, create=args.action == "add")
    try:
        if args.action == "sign-in":
            import socket

            info = operators.sign_in(db, args.name, _read_pin(args), desk=args.desk or socket.gethostname()[:40])
            token = operators.session_token(db)
            if args.json:
                print_json({**info.as_json(), "session_token": token})
            else:
                print(f"Signed in: {info.name} ({info.role})")
                if token:
                    print(f"Session token (valid for a working day): {token}")
                    print("Give it to commands with --session-token TOKEN or $CONFERENCE_DESK_SESSION.")
            return 0
        if args.action == "sign-out":
            import os

            from .common import SESSION_ENV_VAR

            token = args.token or getattr(args, "session_token", None) or os.environ.get(SESSION_ENV_VAR)
            if token and not db.is_sqlite:
                operators.attach_session(db, token)
                operators.sign_out(db)
            print("Signed out.")
            return 0
        if args.action == "list":
            rows = operators.list_operators(db)
            if args.json:
                print_json([row.as_json() for row in rows])
            elif not rows:
                print("No operators: the application runs without signing in (implicit administrator).")
            else:
                for row in rows:
                    state = "active" if row.active else "inactive"
                    last = row.last_sign_in_at.isoformat(timespec="minutes") if row.last_sign_in_at else "never"
                    print(f"{row.name:<30} {row.role:<14} {state:<9} last sign-in: {last}")
            return 0
        if args.action == "add":
            _print_operator(operators.create_operator(db, args.name, args.role, _read_pin(args)), args, "Added")
        elif args.action == "deactivate":
            _print_operator(operators.deactivate_operator(db, args.name), args, "Deactivated")
        elif args.action == "activate":
            _print_operator(operators.activate_operator(db, args.name), args, "Activated")
        elif args.action == "set-pin":
            _print_operator(operators.change_pin(db, args.name, _read_pin(args)), args, "New PIN for")
        elif args.action == "set-role":
            _print_operator(operators.set_role(db, args.name, args.role), args, "Role changed")
        return 0
    finally:
        db.dispose()


def _server_setup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", dest="server_db", metavar="URL", default=None,
                        help="PostgreSQL URL of a superuser or the database owner, naming the conference's "
                        "database, e.g. postgresql+psycopg://postgres@server/iclc2015 (default: the global --db)")
    parser.add_argument("--new-passwords", action="store_true",
                        help="give existing roles new passwords too (desks then need the new URLs)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_server_setup(args: argparse.Namespace) -> int:
    from conference_desk.core.desks.server import server_setup
    from conference_desk.core.foundation.errors import ConferenceDeskError

    url = args.server_db or args.db
    if not url:
        raise ConferenceDeskError("Give the server's URL: server-setup --db postgresql+psycopg://USER@HOST/DATABASE")
    result = server_setup(url, new_passwords=args.new_passwords)
    if args.json:
        print_json(result)
        return 0
    print(f"Database {result['database']}: {'created' if result['created_database'] else 'already there'}, "
          f"schema {result['schema_revision']}.")
    print("Configure each desk with the URL of its role (a clerk's laptop gets the clerk URL):")
    for key, role in result["roles"].items():
        note = "" if key in result["passwords_set"] else "   (password unchanged)"
        print(f"  {key:<10} {role:<28} {result['urls'][key]}{note}")
    if result["passwords_set"]:
        print("Keep these passwords safe: they are not stored anywhere else.")
    return 0


def _copy_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", metavar="DB", required=True,
                        help="the conference to copy: SQLite file or URL")
    parser.add_argument("--to", dest="target", metavar="DB", required=True,
                        help="an empty database (a new SQLite file or an empty PostgreSQL database)")
    parser.add_argument("--json", action="store_true", help="print the rows copied per table as JSON")


def _run_copy(args: argparse.Namespace) -> int:
    from conference_desk.core.desks.copy import copy_database

    counts = copy_database(args.source, args.target)
    if args.json:
        print_json({"tables": counts, "rows": sum(counts.values())})
    else:
        for name, n in counts.items():
            if n:
                print(f"{name:<28} {n:>8}")
        print(f"Copied {sum(counts.values())} rows.")
    return 0


_SHARED: Commands = {
    "operators": ("operators who sign in at the desks and their roles", _operators_arguments, _run_operators),
    "server-setup": ("set up a PostgreSQL server for the event: database, migrations, roles and grants",
                     _server_setup_arguments, _run_server_setup),
    "copy": ("copy a whole conference into an empty database (SQLite ↔ PostgreSQL)", _copy_arguments, _run_copy),
}



# --------------------------------------------------------------------------
# sync
# --------------------------------------------------------------------------


PROG = "conference-desk"


def _timestamp(text: str) -> dt.datetime:
    from .common import timestamp

    return timestamp(text)  # range-checked: a year-9999 time would overflow on conversion


def cache_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache", metavar="FILE", default=None,
                        help="this desk's local copy (default: desk-cache.sqlite in your data folder); "
                        "it holds the badge secret: keep it private")


def _sync_arguments(parser: argparse.ArgumentParser) -> None:
    cache_argument(parser)
    parser.add_argument("--at", metavar="TIME", type=_timestamp, default=None,
                        help="copy the check-ins of the conference day at this time (default: now)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_sync(args: argparse.Namespace) -> int:
    from conference_desk.core.desks import cache as desk_cache
    from conference_desk.core.desks.desk import is_connection_error
    from conference_desk.core.foundation.errors import ConferenceDeskError

    cache = desk_cache.open_cache(args.cache)
    try:
        try:
            db = open_db(args, create=False)
        except ConferenceDeskError as exc:
            if not is_connection_error(exc):
                raise
            return _unreachable(args, cache, exc)
        try:
            at = args.at
            if at is not None and at.tzinfo is None:
                from conference_desk.core.checkin.decisions import conference_zone

                at = at.replace(tzinfo=conference_zone(db))
            try:
                result = desk_cache.sync(db, cache, now=at)
            except Exception as exc:  # noqa: BLE001 - a connection lost midway: the queue stays
                if not is_connection_error(exc):
                    raise
                return _unreachable(args, cache, exc)
        finally:
            db.dispose()
        if args.json:
            print_json(result.as_json())
        else:
            print(f"Uploaded {result.uploaded} check-ins ({result.replayed} were on the server already); "
                  f"refreshed {result.refreshed} rows; {result.pending} waiting.")
            for dup in result.duplicates:
                print(f"cross-desk duplicate: {dup['name']} (participant {dup['participant_id']}) admitted at "
                      f"{dup['desks'][0]} {dup['times'][0][11:16]} and at {dup['desks'][1]} {dup['times'][1][11:16]}")
            for walk_in in result.walk_ins:
                how = "matched to" if walk_in["matched"] else "registered as"
                print(f"walk-in {walk_in['local_id']} {how} participant {walk_in['participant_id']}")
            for problem in result.problems:
                print(f"problem: {problem}")
        return 0
    finally:
        cache.close()


def _unreachable(args: argparse.Namespace, cache: object, exc: BaseException) -> int:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    pending = cache.pending()  # type: ignore[attr-defined]
    if args.json:
        print_json({"uploaded": 0, "duplicates": [], "refreshed": 0, "pending": pending, "offline": True,
                    "error": reason})
    print(f"{PROG}: error: the server is out of reach ({reason}); {pending} check-ins wait in "
          f"{cache.path}.", file=sys.stderr)  # type: ignore[attr-defined]
    return 1


_SYNC: Commands = {
    "sync": ("upload this desk's offline check-ins and refresh its local copy", _sync_arguments, _run_sync),
}


COMMANDS: Commands = {**_SHARED, **_SYNC}
