"""The transport documents' commands: ``transport manifest`` and ``transport timetable``.

Hooked under the ``transport`` command group (its ``manifest`` and ``timetable`` actions) by
the module that owns that group; :data:`COMMANDS` stays empty so this module adds no group
of its own.

- ``transport manifest --out F.pdf [--day DATE] [--escort-phone PHONE]``: the drivers'
  manifests, in Spanish unless ``--lang`` is given (the drivers are in Mexico City);
- ``transport manifest --meet-and-greet --out F.pdf [--day DATE]``: the airport desk's list
  of guests landing, per terminal and hour, in the interface language;
- ``transport timetable --hotel NAME --out F.pdf``: one hotel's shuttle timetable for its
  lobby, in the interface language.

``--json`` prints ``{"file", "format", "language", "runs", "pages", ...}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from .common import Commands, open_db, print_json

COMMANDS: Commands = {}

MANIFEST_LANGUAGE = "es"  # the drivers' language when --lang is not given


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_manifest_arguments(parser: argparse.ArgumentParser) -> None:
    """``transport manifest``'s options."""
    parser.description = ("Write the drivers' manifests of the stored runs (one page or more per run, in Spanish "
                          "unless --lang is given), or with --meet-and-greet the airport desk's list of guests "
                          "landing per terminal and hour.")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="PDF file to write")
    parser.add_argument("--day", type=_day, default=None, metavar="YYYY-MM-DD",
                        help="only the runs leaving on this day")
    parser.add_argument("--meet-and-greet", dest="meet_and_greet", action="store_true",
                        help="write the airport desk's meet-and-greet list instead (interface language)")
    parser.add_argument("--escort-phone", dest="escort_phone", default="", metavar="PHONE",
                        help="the escort's phone printed on every manifest (default: a blank line to fill in)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run_manifest(args: argparse.Namespace) -> int:
    from conference_desk.core.transport import documents

    db = open_db(args, create=False)
    try:
        if args.meet_and_greet:
            lang = args.lang or "en"
            result = documents.export_meet_and_greet(db, args.out, args.day, lang)
            message = (f"Wrote the meet-and-greet list ({result['guests']} guests on {result['runs']} runs,"
                       f" {result['pages']} pages) to {result['file']}.")
        else:
            lang = args.lang if getattr(args, "lang_given", False) and args.lang else MANIFEST_LANGUAGE
            result = documents.export_manifests(db, args.out, args.day, lang, escort_phone=args.escort_phone)
            message = (f"Wrote {result['runs']} manifests ({result['passengers']} passengers,"
                       f" {result['pages']} pages, {lang}) to {result['file']}.")
    finally:
        db.dispose()
    if args.json:
        print_json(result)
    else:
        print(message)
    return 0


def add_timetable_arguments(parser: argparse.ArgumentParser) -> None:
    """``transport timetable``'s options."""
    parser.description = ("Write one hotel's shuttle timetable for its lobby: per day the departures to the "
                          "venue and back, with vehicles and seats, in large type (one A4 page when it fits).")
    parser.add_argument("--hotel", required=True, metavar="NAME",
                        help="the hotel: any unambiguous part of its name (e.g. Hilton)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="PDF file to write")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run_timetable(args: argparse.Namespace) -> int:
    from conference_desk.core.transport import documents

    db = open_db(args, create=False)
    try:
        result = documents.export_timetable(db, args.hotel, args.out, args.lang or "en")
    finally:
        db.dispose()
    if args.json:
        print_json(result)
    else:
        print(f"Wrote the shuttle timetable of {result['hotel']} ({result['runs']} shuttles,"
              f" {result['pages']} pages) to {result['file']}.")
    return 0
