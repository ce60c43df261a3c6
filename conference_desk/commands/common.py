"""Helpers shared by the command modules (argument types, JSON output, opening the database)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from conference_desk.core.db import Database, open_database
from conference_desk.core.paths import resolve_database

Handler = Callable[[argparse.Namespace], int]
AddArguments = Callable[[argparse.ArgumentParser], None]
# name -> (one-line help, add_arguments(parser), run(args) -> exit status)
Commands = dict[str, tuple[str, AddArguments, Handler]]


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
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
    return open_database(resolve_database(args.db), create=create)
