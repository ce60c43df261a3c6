"""People: participants lists, import and export.

Commands that write files: export participants (CSV, XLSX, the List of Participants PDF)
and delegations (CSV, XLSX).

Commands about participants: ``participants list``.

Commands of registration imports and duplicates: import, duplicates, merge.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import Commands, open_db, positive_int, print_json

# --------------------------------------------------------------------------
# exporting
# --------------------------------------------------------------------------


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
    from conference_desk.core.foundation.files import format_from_path
    from conference_desk.core.people.exporting import (
        export_delegations,
        export_participants,
    )

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
            from conference_desk.core.foundation.files import record_export
            from conference_desk.core.people.participant_list import (
                build_participant_list,
            )

            result = build_participant_list(db, args.out, lang)
            record_export(db, "List of Participants", args.out, "pdf", result.rows)
        else:
            from conference_desk.commands.people import participant_query

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


_EXPORTING: Commands = {
    "export": ("export participants or delegations (CSV, XLSX, List of Participants PDF)",
               _export_arguments, _run_export),
}



# --------------------------------------------------------------------------
# participants
# --------------------------------------------------------------------------


if TYPE_CHECKING:
    from conference_desk.core.foundation.db import Database
    from conference_desk.core.people.registration import ParticipantQuery

STATUSES = ("registered", "confirmed", "cancelled")


def participant_query(
    db: Database, search: str = "", delegation: str | None = None, category: str | None = None,
    status: str | None = None,
) -> ParticipantQuery:
    """A ParticipantQuery from command-line values; unknown codes raise a one-line error."""
    from sqlalchemy import select

    from conference_desk.core.foundation.errors import ConferenceDeskError
    from conference_desk.core.foundation.models import (
        Category,
        MemberState,
        ParticipantStatus,
    )
    from conference_desk.core.people.registration import ParticipantQuery

    query = ParticipantQuery(search=search or "")
    with db.session() as session:
        if delegation:
            iso3 = delegation.strip().upper()
            if session.scalar(select(MemberState.id).where(MemberState.iso3 == iso3)) is None:
                raise ConferenceDeskError(f"No Member State with the ISO code {delegation!r}.")
            query.member_state_iso3 = iso3
        if category:
            category_id = session.scalar(select(Category.id).where(Category.code == category.strip()))
            if category_id is None:
                codes = ", ".join(session.scalars(select(Category.code).order_by(Category.sort_order)))
                raise ConferenceDeskError(f"No category {category!r} (known: {codes}).")
            query.category_id = category_id
    if status:
        query.status = ParticipantStatus(status)
    return query


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    lister = sub.add_parser(
        "list", help="list participants (search, filters)",
        description="List participants sorted by family name; the search is accent- and case-insensitive "
        "and matches transliterated names.",
    )
    lister.add_argument("--search", default="", metavar="TEXT", help="text to search for")
    lister.add_argument("--delegation", metavar="ISO3", help="Member State delegation (ISO alpha-3 code)")
    lister.add_argument("--category", metavar="CODE", help="category code (e.g. head, mayor, delegate)")
    lister.add_argument("--status", choices=STATUSES, help="registration status")
    lister.add_argument("--limit", type=positive_int, default=None, metavar="N",
                        help="at most N participants (default: all)")
    lister.add_argument("--json", action="store_true", help="print a JSON list")


def _flight_json(number: str, day: Any, time: Any, terminal: str) -> dict[str, Any] | None:
    """A flight of ``participants list --json``: null when neither number, time nor terminal is given."""
    if not (number or time or terminal):
        return None
    return {"number": number or None, "date": day.isoformat() if day else None,
            "time": time.strftime("%H:%M") if time else None, "terminal": terminal or None}


def _row_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "given_name": row.given_name,
        "family_name": row.family_name,
        "latin_name": row.latin_name,
        "delegation": row.delegation,
        "iso3": row.member_state_iso3,
        "category": row.category_code,
        "position": row.position,
        "organisation": row.organisation,
        "city": row.city,
        "email": row.email,
        "arrival_date": row.arrival_date.isoformat() if row.arrival_date else None,
        "departure_date": row.departure_date.isoformat() if row.departure_date else None,
        "arrival_flight": _flight_json(row.arrival_flight, row.arrival_date, row.arrival_time, row.arrival_terminal),
        "departure_flight": _flight_json(row.departure_flight, row.departure_date, row.departure_time,
                                         row.departure_terminal),
        "own_transport": bool(row.own_transport),
        "status": row.status,
    }


def _run_participants(args: argparse.Namespace) -> int:
    from conference_desk.core.people.registration import (
        count_participants,
        list_participants,
    )

    db = open_db(args, create=False)
    try:
        query = participant_query(db, args.search, args.delegation, args.category, args.status)
        with db.session() as session:
            rows = list_participants(session, query, limit=args.limit, lang=args.lang or "en")
            total = count_participants(session, query, args.lang or "en") if args.limit else len(rows)
    finally:
        db.dispose()
    if args.json:
        print_json([_row_json(row) for row in rows])
        return 0
    for row in rows:
        name = " ".join(p for p in (row.given_name, row.family_name) if p)
        if row.latin_name and row.latin_name != name:
            name += f" ({row.latin_name})"
        arrival = row.arrival_date.isoformat() if row.arrival_date else "-"
        print(f"{row.id:>7}  {name[:40]:<40}  {row.delegation[:28]:<28}  {row.category_code:<10}  "
              f"{row.city[:18]:<18}  {arrival}")
    shown = f"{len(rows)} of {total}" if total != len(rows) else str(len(rows))
    print(f"{shown} participants.")
    return 0


_PARTICIPANTS: Commands = {
    "participants": ("list participants (search and filters)", _list_arguments, _run_participants),
}



# --------------------------------------------------------------------------
# importing
# --------------------------------------------------------------------------


PROG = "conference-desk"

# --------------------------------------------------------------------------
# import
# --------------------------------------------------------------------------


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="CSV or XLSX file of participants")
    parser.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='column mapping as a JSON object or a JSON file: {"file header": "column key" or null to ignore}',
    )
    parser.add_argument(
        "--swap-day-month",
        action="append",
        default=[],
        metavar="COLUMN",
        help="read the dates of this arrival or departure column (header in the file) that fall outside the "
        "conference period with day and month exchanged, when that puts them inside it (a file resaved in a "
        "US locale); may be given more than once",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _load_mapping(text: str | None) -> dict[str, Any] | None:
    from conference_desk.core.foundation.errors import ConferenceDeskError

    if not text:
        return None
    source = text
    if not text.lstrip().startswith("{"):
        try:
            source = Path(text).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ConferenceDeskError(f"Cannot read the mapping file {text}: {exc.strerror or exc}.") from exc
    try:
        data = json.loads(source)
    except ValueError as exc:
        raise ConferenceDeskError(f"The mapping is not valid JSON: {exc}.") from exc
    if not isinstance(data, dict):
        raise ConferenceDeskError('The mapping must be a JSON object: {"file header": "column key" or null}.')
    return data


def _quoted(text: str) -> str:
    import shlex

    return shlex.quote(text)


def _duplicate_json(dup: Any) -> dict[str, Any]:
    return {
        "row": dup.row,
        "row_name": dup.row_name,
        "participant_id": dup.participant_id,
        "other_row": dup.other_row,
        "name": dup.name,
        "score": dup.score,
        "reasons": list(dup.reasons),
    }


def _run_import(args: argparse.Namespace) -> int:
    from conference_desk.core.people.importing import ImportFileError, import_file

    mapping = _load_mapping(args.mapping)
    db = open_db(args, create=False)
    try:
        plan, result = import_file(db, args.file, mapping=mapping, dry_run=args.dry_run,
                                   swap_day_month=args.swap_day_month)
    except ImportFileError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    data = {
        "file": str(args.file),
        "dry_run": bool(args.dry_run),
        "rows": plan.total_rows,
        "imported": result.imported,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "rejected": [
            {"row": p.row, "column": p.column, "value": p.value, "message": p.message} for p in result.rejected
        ],
        "rejected_rows": result.rejected_rows,
        "warnings": [
            {"row": w.row, "column": w.column, "value": w.value, "message": w.message} for w in result.warnings
        ],
        "date_swaps": [
            {
                "column": s.column, "field": s.key, "rows": list(s.rows), "count": s.count,
                "example": {"before": s.before.isoformat(), "after": s.after.isoformat()},
                "applied": s.applied, "message": s.message,
            }
            for s in result.date_swaps
        ],
        "duplicates": [_duplicate_json(d) for d in result.duplicates],
        "unmapped_columns": plan.unmapped_headers,
    }
    if args.json:
        print_json(data)
        return 0
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} {args.file}: {result.imported} new, {result.updated} updated, {result.unchanged} unchanged, "
        f"{len(result.rejected_rows)} rows rejected (of {plan.total_rows})."
    )
    if plan.unmapped_headers:
        print("Columns ignored: " + ", ".join(plan.unmapped_headers))
    for p in result.rejected:
        print(f"  row {p.row}, {p.column}: {p.message}" + (f" [{p.value}]" if p.value else ""))
    if result.warnings:
        print(f"Warnings ({len(result.warnings)}; these people are imported, the text is kept in their notes):")
    for w in result.warnings:
        print(f"  row {w.row}, {w.column}: {w.message}" + (f" [{w.value}]" if w.value else ""))
    for swap in result.date_swaps:
        print(swap.message)
        if not swap.applied:
            print(f"  To exchange them: --swap-day-month {_quoted(swap.column)}")
    for d in result.duplicates:
        other = f"participant {d.participant_id}" if d.participant_id is not None else f"row {d.other_row}"
        print(f"  possible duplicate: row {d.row} {d.row_name} ~ {other} {d.name} (score {d.score})")
    if args.dry_run:
        print("Dry run: nothing was written.")
    return 0


# --------------------------------------------------------------------------
# duplicates
# --------------------------------------------------------------------------


def _threshold(text: str) -> int:
    value = positive_int(text)
    if value > 100:
        raise argparse.ArgumentTypeError(f"{text!r} must be between 1 and 100")
    return value


def _duplicates_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--threshold", type=_threshold, default=85, metavar="N", help="lowest score reported, 1–100 (default: 85)"
    )
    parser.add_argument("--json", action="store_true", help="print the pairs as JSON")


def _run_duplicates(args: argparse.Namespace) -> int:
    from conference_desk.core.people.duplicates import find_duplicates

    db = open_db(args, create=False)
    try:
        pairs = find_duplicates(db, threshold=args.threshold)
    finally:
        db.dispose()
    if args.json:
        print_json([
            {
                "a_id": p.a_id, "b_id": p.b_id, "score": p.score, "reasons": list(p.reasons),
                "a_name": p.a_name, "b_name": p.b_name, "a_details": p.a_details, "b_details": p.b_details,
            }
            for p in pairs
        ])
        return 0
    if not pairs:
        print(f"No likely duplicates (threshold {args.threshold}).")
    for p in pairs:
        print(f"{p.score:3d}  #{p.a_id} {p.a_name}  ~  #{p.b_id} {p.b_name}  ({', '.join(p.reasons)})")
    return 0


# --------------------------------------------------------------------------
# merge
# --------------------------------------------------------------------------


def _merge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("keep_id", type=positive_int, metavar="KEEP_ID", help="participant kept")
    parser.add_argument("drop_id", type=positive_int, metavar="DROP_ID", help="participant merged into it and removed")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_merge(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.people.duplicates import merge_participants

    db = open_db(args, create=False)
    try:
        result = merge_participants(db, args.keep_id, args.drop_id, Actor())
    finally:
        db.dispose()
    data = {"kept": result.keep_id, "removed": result.drop_id, "filled": result.filled, "moved": result.moved}
    if args.json:
        print_json(data)
    else:
        moved = ", ".join(f"{n} {what.replace('_', ' ')}" for what, n in result.moved.items() if n)
        print(
            f"Merged participant {result.drop_id} into {result.keep_id}"
            + (f"; filled {', '.join(result.filled)}" if result.filled else "")
            + (f"; moved {moved}" if moved else "")
            + "."
        )
    return 0


_IMPORTING: Commands = {
    "import": ("import participants from a CSV or XLSX file", _import_arguments, _run_import),
    "duplicates": ("list likely duplicate participants with a score", _duplicates_arguments, _run_duplicates),
    "merge": ("merge two records of the same participant, keeping the history", _merge_arguments, _run_merge),
}


COMMANDS: Commands = {**_EXPORTING, **_PARTICIPANTS, **_IMPORTING}
