"""Helpers shared by the command modules (argument types, JSON output, opening the database)."""

from __future__ import annotations

import argparse
import datetime as dt
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


# Largest id or count an argument may give: ids are 32-bit integers on PostgreSQL,
# and a larger number would overflow SQLite's 64-bit INTEGER (a traceback, not a message).
MAX_INT = 2**31 - 1


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
    return open_database(resolve_database(args.db), create=create)
