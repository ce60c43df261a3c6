"""Commands of registration imports and duplicates: import, duplicates, merge."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .common import Commands, open_db, positive_int, print_json

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


COMMANDS: Commands = {
    "import": ("import participants from a CSV or XLSX file", _import_arguments, _run_import),
    "duplicates": ("list likely duplicate participants with a score", _duplicates_arguments, _run_duplicates),
    "merge": ("merge two records of the same participant, keeping the history", _merge_arguments, _run_merge),
}
