"""The gui command (the default): imports Qt only when it runs."""

from __future__ import annotations

import argparse

from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.paths import resolve_database

from .common import Commands, positive_int


# --------------------------------------------------------------------------
# gui
# --------------------------------------------------------------------------


def _gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        type=positive_int,
        nargs="?",
        const=650,
        default=None,
        metavar="N",
        help="on a new database, load ICLC 2015 with N demo participants (default N: 650)",
    )
    # For benchmarks/bench_scale.py: print when the window is usable (JSON) and quit.
    parser.add_argument("--benchmark-startup", action="store_true", help=argparse.SUPPRESS)


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from conference_desk.ui.shell.app import run_gui
    except ImportError as exc:  # PySide6 missing or its system libraries
        raise ConferenceDeskError(f"The GUI cannot start: {exc}") from exc
    return run_gui(resolve_database(args.db), lang=args.lang, demo_participants=args.demo,
                   benchmark_startup=getattr(args, "benchmark_startup", False))


COMMANDS: Commands = {
    "gui": ("open the desktop application (the default)", _gui_arguments, _run_gui),
}
