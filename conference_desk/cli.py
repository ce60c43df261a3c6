"""The command line: ``conference-desk [--db PATH_OR_URL] [--lang en|fr|es] COMMAND``.

With no command the GUI starts.  Every command has ``--help``; bad arguments
or an unreadable database give a one-line error and a non-zero exit status,
never a traceback.  Commands that report data take ``--json``.

This module is part of the core: it imports no Qt (the GUI is imported only
when the ``gui`` command runs).

Exit status: 0 success, 1 the work could not be done (message on stderr),
2 bad command-line arguments, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from sqlalchemy.exc import SQLAlchemyError

from . import __version__
from .core.db import Database, open_database
from .core.errors import ConferenceDeskError
from .core.paths import DB_ENV_VAR, resolve_database

LANGUAGES = ("en", "fr", "es")
PROG = "conference-desk"

Handler = Callable[[argparse.Namespace], int]
AddArguments = Callable[[argparse.ArgumentParser], None]


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _open(args: argparse.Namespace, *, create: bool) -> Database:
    return open_database(resolve_database(args.db), create=create)


# --------------------------------------------------------------------------
# init
# --------------------------------------------------------------------------


def _init_arguments(parser: argparse.ArgumentParser) -> None:
    from .core.setup_data import available_setups

    parser.add_argument(
        "--conference",
        choices=available_setups(),
        default="iclc2015",
        help="shipped set-up to load into a new database (default: iclc2015)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_init(args: argparse.Namespace) -> int:
    from .core.setup_data import initialise

    db = _open(args, create=True)
    try:
        result = initialise(db, args.conference)
        data = {
            "database": db.describe(),
            "created": result.created,
            "conference": result.conference_code,
            "loaded": {
                "member_states": result.member_states,
                "categories": result.categories,
                "venue_rooms": result.venue_rooms,
                "hotels": result.hotels,
                "sessions": result.sessions,
            },
        }
    finally:
        db.dispose()
    if args.json:
        _print_json(data)
    elif result.created:
        loaded = data["loaded"]
        print(
            f"Created conference {result.conference_code} in {data['database']}: "
            f"{loaded['member_states']} member states, {loaded['categories']} categories, "
            f"{loaded['venue_rooms']} venue rooms, {loaded['hotels']} hotels, "
            f"{loaded['sessions']} sessions."
        )
    else:
        print(
            f"{data['database']} already holds conference {result.conference_code}; "
            "schema is up to date, nothing else changed."
        )
    return 0




# --------------------------------------------------------------------------
# demo
# --------------------------------------------------------------------------


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--participants",
        type=_positive_int,
        default=650,
        metavar="N",
        help="number of participants to add (default: 650)",
    )
    parser.add_argument(
        "--seed", type=_int, default=2015, metavar="S", help="random seed (default: 2015)"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_demo(args: argparse.Namespace) -> int:
    from .core.demo import populate_demo

    db = _open(args, create=False)
    try:
        result = populate_demo(db, participants=args.participants, seed=args.seed)
    finally:
        db.dispose()
    data = {
        "participants": result.participants,
        "delegations": result.delegations,
        "member_states": result.member_states,
        "seed": result.seed,
    }
    if args.json:
        _print_json(data)
    else:
        print(
            f"Added {result.participants} participants in {result.delegations} delegations "
            f"from {result.member_states} member states (seed {result.seed})."
        )
    return 0




# --------------------------------------------------------------------------
# info
# --------------------------------------------------------------------------


def _info_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def _run_info(args: argparse.Namespace) -> int:
    from .core.info import conference_summary

    db = _open(args, create=False)
    try:
        data = conference_summary(db, args.lang)
    finally:
        db.dispose()
    if args.json:
        _print_json(data)
        return 0
    conf = data["conference"]
    print(f"{conf['name']} ({conf['short_name'] or conf['code']})")
    print(f"  {conf['start_date']} – {conf['end_date']}, {conf['venue']}, {conf['city']}")
    print(f"  database: {data['database']} (schema {data['schema_revision']})")
    for key, value in data["counts"].items():
        print(f"  {key.replace('_', ' ')}: {value}")
    return 0




# --------------------------------------------------------------------------
# gui
# --------------------------------------------------------------------------


def _gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        type=_positive_int,
        nargs="?",
        const=650,
        default=None,
        metavar="N",
        help="on a new database, load ICLC 2015 with N demo participants (default N: 650)",
    )


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from .ui.app import run_gui
    except ImportError as exc:  # PySide6 missing or its system libraries
        raise ConferenceDeskError(f"The GUI cannot start: {exc}") from exc
    return run_gui(resolve_database(args.db), lang=args.lang, demo_participants=args.demo)




# --------------------------------------------------------------------------

# Later capabilities add their commands here: name -> (help, arguments, handler).
COMMANDS: dict[str, tuple[str, AddArguments, Handler]] = {
    "init": ("create or migrate a conference database and load a set-up", _init_arguments, _run_init),
    "demo": ("add a deterministic, realistic demo population", _demo_arguments, _run_demo),
    "info": ("show the conference and what the database holds", _info_arguments, _run_info),
    "gui": ("open the desktop application (the default)", _gui_arguments, _run_gui),
}


def build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog=PROG,
        description="Conference Desk: logistics of an international conference. "
        "Without a command, the desktop application opens.",
        epilog=f"The database is --db, else ${DB_ENV_VAR}, else a file in your data folder.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file path or SQLAlchemy URL (e.g. postgresql+psycopg://user@host/db)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the interface and of names in output (default: the GUI's last choice, or en)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ArgumentParser)
    for name, (help_text, add_arguments, _run) in COMMANDS.items():
        add_arguments(sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    name = args.command or "gui"
    if args.command is None:
        args.demo = None
    if name != "gui" and args.lang is None:
        args.lang = "en"
    _help, _add, run = COMMANDS[name]
    try:
        return run(args)
    except ConferenceDeskError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(f"{PROG}: database error: {reason}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
