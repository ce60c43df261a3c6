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
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from . import __version__
from .commands.common import WRITE_PERMISSIONS, Commands, add_sign_in_arguments, finish_sign_in, sign_in_for_command
from .core.foundation.db import is_sqlalchemy_error
from .core.foundation.errors import ConferenceDeskError
from .core.foundation.paths import DB_ENV_VAR

LANGUAGES = ("en", "fr", "es")
PROG = "conference-desk"

class _ArgumentParser(argparse.ArgumentParser):
    """One line on error; a command's options are added the first time the command is used
    (parsed, its help shown, its options listed): building all ~90 command parsers took ≈ 40 ms
    of every start-up, the desktop application's included (issue 17)."""

    _pending: Callable[[], None] | None = None

    def error(self, message: str) -> NoReturn:  # one line, exit 2
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")

    def fill_later(self, fill: Callable[[], None]) -> None:
        self._pending = fill

    def _fill(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending()

    @property  # type: ignore[override]
    def _actions(self) -> list[argparse.Action]:  # every reader of the options sees them all
        self._fill()
        return self.__dict__["_actions"]  # type: ignore[no-any-return]

    @_actions.setter
    def _actions(self, actions: list[argparse.Action]) -> None:
        self.__dict__["_actions"] = actions

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None) -> tuple[argparse.Namespace, list[str]]:
        self._fill()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._fill()
        return super().format_usage()

    def format_help(self) -> str:
        self._fill()
        return super().format_help()


# One module per capability in conference_desk/commands/ (named as the core package), each with
# a COMMANDS dict in the order --help lists them; a new capability adds its module here.
COMMAND_MODULES = ("setup", "gui", "people", "badges", "checkin", "reports", "hotels", "programme", "interpreters", "transport",
                   "desks", "safety", "communications")


def all_commands() -> Commands:
    commands: Commands = {}
    for module_name in COMMAND_MODULES:
        module = importlib.import_module(f"conference_desk.commands.{module_name}")
        commands.update(module.COMMANDS)
    return commands


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
    add_sign_in_arguments(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ArgumentParser)
    for name, (help_text, add_arguments, _run) in all_commands().items():
        command = sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        command.fill_later(lambda name=name, command=command, add_arguments=add_arguments: (
            add_arguments(command), _sign_in_options_on_writers(name, command)))
    return parser


def _sign_in_options_on_writers(name: str, parser: argparse.ArgumentParser) -> None:
    """Commands that write also take the sign-in options after their name."""
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not actions:
        if name in WRITE_PERMISSIONS:
            add_sign_in_arguments(parser, top=False)
        return
    for action_name, leaf in actions[0].choices.items():
        if (name, action_name) in WRITE_PERMISSIONS or name in WRITE_PERMISSIONS:
            add_sign_in_arguments(leaf, top=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    name = args.command or "gui"
    if args.command is None:
        args.demo = None
    args.lang_given = args.lang is not None  # badges: an explicit --lang is the badges' language
    if name != "gui" and args.lang is None:
        args.lang = "en"
    _help, _add, run = all_commands()[name]
    try:
        sign_in_for_command(args)
        return run(args)
    except ConferenceDeskError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except UnicodeError as exc:
        # An argument with bytes that are not UTF-8 (the system hands them over as
        # lone surrogates): the database cannot store such text.
        print(f"{PROG}: error: an argument is not valid UTF-8 text ({exc.reason}).", file=sys.stderr)
        return 1
    except RuntimeError as exc:
        if "home directory" not in str(exc):  # pathlib's expanduser() on "~nosuchuser/..."
            raise
        print(f"{PROG}: error: a path begins with ~ but names no user of this computer.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # SQLAlchemy's errors (none is an OSError, UnicodeError or RuntimeError): sqlalchemy.exc
        # is not imported to name them here, which would cost every command ≈ 0.2 s of start-up.
        if not is_sqlalchemy_error(exc):
            raise
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":  # insufficient privilege
            print(f"{PROG}: error: the server refused: {reason}. This desk's database role may not do this: "
                  "use the URL of a role that may (see server-setup).", file=sys.stderr)
            return 1
        print(f"{PROG}: database error: {reason}", file=sys.stderr)
        return 1
    finally:
        finish_sign_in(args)
