"""Commands that write files: export participants (CSV, XLSX, the List of Participants PDF)
and delegations (CSV, XLSX)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import Commands, open_db, print_json


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    participants = sub.add_parser(
        "participants",
        help="participants to CSV/XLSX (re-importable), or the List of Participants PDF",
        description="Export participants to CSV or XLSX (the columns the importer reads, headed in "
        "--lang), or write the official List of Participants as a PDF in --lang.",
    )
    participants.add_argument("--format", choices=("csv", "xlsx", "pdf"), default=None,
                              help="file format (default: from the --out extension)")
    participants.add_argument("--out", required=True, metavar="FILE", type=Path, help="file to write")
    participants.add_argument("--search", default="", metavar="TEXT",
                              help="only participants matching TEXT (accent- and case-insensitive)")
    participants.add_argument("--delegation", metavar="ISO3", default=None,
                              help="only the delegation of this Member State (ISO alpha-3 code)")
    participants.add_argument("--include-sensitive", action="store_true",
                              help="also export phone, passport number and date of birth (left out by default; "
                              "the export is recorded in the audit log)")
    participants.add_argument("--json", action="store_true", help="print the result as JSON")
    delegations = sub.add_parser(
        "delegations",
        help="delegations to CSV/XLSX",
        description="Export delegations (name in --lang, type, ISO code, region, head, members, "
        "arrivals per day) to CSV or XLSX.",
    )
    delegations.add_argument("--format", choices=("csv", "xlsx"), default=None,
                             help="file format (default: from the --out extension)")
    delegations.add_argument("--out", required=True, metavar="FILE", type=Path, help="file to write")
    delegations.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_export(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.errors import ConferenceDeskError
    from conference_desk.core.people.exporting import export_delegations, export_participants
    from conference_desk.core.foundation.files import format_from_path

    lang = args.lang or "en"
    if args.what == "participants":
        fmt = format_from_path(args.out, args.format, ("csv", "xlsx", "pdf"))
        if fmt == "pdf" and (args.search or args.delegation):
            raise ConferenceDeskError("The List of Participants always lists everyone: "
                                      "--search and --delegation apply to csv and xlsx only.")
    else:
        fmt = format_from_path(args.out, args.format)
    db = open_db(args, create=False)
    try:
        if args.what == "delegations":
            result = export_delegations(db, args.out, fmt, lang)
        elif fmt == "pdf":
            from conference_desk.core.people.participant_list import build_participant_list

            from conference_desk.core.foundation.files import record_export

            result = build_participant_list(db, args.out, lang)
            record_export(db, "List of Participants", args.out, "pdf", result.rows)
        else:
            from conference_desk.commands.participants import participant_query

            query = participant_query(db, search=args.search, delegation=args.delegation)
            result = export_participants(db, args.out, fmt, lang, query,
                                         include_sensitive=args.include_sensitive)
    finally:
        db.dispose()
    if args.json:
        print_json(result.as_dict())
    else:
        noun = "delegations" if args.what == "delegations" else "participants"
        print(f"Wrote {result.rows} {noun} to {result.path} ({result.format}).")
    return 0


COMMANDS: Commands = {
    "export": ("export participants or delegations (CSV, XLSX, List of Participants PDF)",
               _export_arguments, _run_export),
}
