"""Safety: backups, restore and integrity; privacy and the audit log.

`conference-desk backup | restore | integrity`.

``backup [--out FILE] [--json]`` copies the database with SQLite's online
backup API (safe while desks work); without ``--out`` into ``backups/`` next
to the database.  ``restore FILE [--json]`` replaces the database by a backup
(refusing a file that is not a Conference Desk database or comes from a newer
version; an older one is migrated) and says where the current database was
kept as a safety copy.  ``integrity [--json]`` runs SQLite's integrity and
foreign-key checks and the application's own; exit status 1 when something
is wrong.  A shared (PostgreSQL) database is backed up on the server with
pg_dump: ``backup`` and ``restore`` print the commands.

Commands for personal data and the audit log: ``erase-personal-data``, ``audit list|export``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import Commands, open_db, positive_int, print_json, timestamp

# --------------------------------------------------------------------------
# backup
# --------------------------------------------------------------------------


def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE", type=Path, default=None,
                        help="backup file to write (default: backups/ next to the database)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_backup(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation import backups as core

    db = open_db(args, create=False)
    try:
        if args.out is None:
            source = core.database_file(db)
            if source is None:
                core.backup(db, "unused")  # raises the right message (PostgreSQL, in-memory)
            assert source is not None
            out = core.backup_dir(source) / f"{source.stem}-{_stamp()}-manual.sqlite"
        else:
            out = args.out
        result = core.backup(db, out)
    finally:
        db.dispose()
    if args.json:
        print_json(result)
    else:
        print(f"Backed up to {result['file']} ({result['bytes']:,} bytes, schema {result['schema']}, "
              f"integrity {result['integrity']}).")
    return 0


def _stamp() -> str:
    import datetime as dt

    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_restore(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation import backups as core
    from conference_desk.core.foundation.paths import resolve_database

    result = core.restore(resolve_database(args.db), args.file)
    if args.json:
        print_json(result)
    else:
        migrated = f", migrated from schema {result['schema_of_backup']}" if result["migrated"] else ""
        print(f"Restored {result['database']} from {result['restored_from']}{migrated}.")
        if result["safety_copy"]:
            print(f"The previous database was kept as {result['safety_copy']}.")
    return 0


def _integrity_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--badge-sample", metavar="N", type=positive_int, default=None,
                        help="verify only N randomly chosen badge codes (default: all)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_integrity(args: argparse.Namespace) -> int:
    from conference_desk.core.safety.integrity import check_integrity

    db = open_db(args, create=False)
    try:
        result = check_integrity(db, badge_sample=args.badge_sample)
    finally:
        db.dispose()
    if args.json:
        print_json(result)
    else:
        print(f"Schema {result['schema']}; SQLite integrity: {result['sqlite_integrity']}; "
              f"foreign-key violations: {len(result['foreign_keys'])}.")
        for fk in result["foreign_keys"][:20]:
            print(f"  {fk['table']} row {fk['rowid']} points to a missing {fk['parent']}")
        for check in result["checks"]:
            state = "ok" if check["ok"] else f"PROBLEM: {check['message']} e.g. {check['examples']}"
            print(f"  {check['name']}: {state}")
        print("All checks passed." if result["ok"] else "Problems found.")
    return 0 if result["ok"] else 1


_BACKUP: Commands = {
    "backup": ("back up the database to a file (safe while desks work)", _backup_arguments, _run_backup),
    "restore": ("replace the database by a backup (the current one is kept as a safety copy)",
                _restore_arguments, _run_restore),
    "integrity": ("check the database: SQLite integrity, foreign keys, application checks",
                  _integrity_arguments, _run_integrity),
}



# --------------------------------------------------------------------------
# privacy
# --------------------------------------------------------------------------


def _erase_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Erase participants' personal data after the event (names, contact details, passport, date of birth, "
        "notes, search words; badges revoked; the audit log scrubbed) in one transaction, keeping anonymous "
        "statistics (category, delegation, gender, arrival days, check-ins). Backups taken before still hold "
        "the data: delete them too."
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--participant", type=positive_int, action="append", metavar="ID",
                     help="participant id (repeat for several)")
    who.add_argument("--all", action="store_true", help="every participant")
    parser.add_argument("--no-statistics", action="store_true",
                        help="also clear gender and arrival/departure days")
    parser.add_argument("--yes", action="store_true", help="really erase (required: this cannot be undone)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_erase(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.errors import ConferenceDeskError
    from conference_desk.core.safety.privacy import erase_personal_data

    if not args.yes:
        raise ConferenceDeskError("Erasing personal data cannot be undone: add --yes to confirm.")
    db = open_db(args, create=False)
    try:
        result = erase_personal_data(db, "all" if args.all else args.participant,
                                     keep_statistics=not args.no_statistics)
    finally:
        db.dispose()
    if args.json:
        print_json(result)
    else:
        print(f"Erased the personal data of {result['erased']} participant(s); "
              f"{result['badges_revoked']} badge(s) revoked, {result['audit_entries_scrubbed']} audit entries "
              "scrubbed.")
    return 0


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=timestamp, metavar="WHEN", help="entries at or after (ISO; naive = UTC)")
    parser.add_argument("--until", type=timestamp, metavar="WHEN", help="entries before (ISO; naive = UTC)")
    parser.add_argument("--operator", metavar="NAME", help="only this operator's entries")
    parser.add_argument("--desk", metavar="NAME", help="only entries made at this desk")
    parser.add_argument("--action", metavar="ACTION", help="only this action (create, update, export, …)")
    parser.add_argument("--entity", metavar="ENTITY", help="only entries about this kind of record (participant, …)")
    parser.add_argument("--entity-id", type=positive_int, metavar="ID", help="only entries about this record")
    parser.add_argument("--search", default="", metavar="TEXT", help="text in the summary or the values")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _audit_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    listing = sub.add_parser("list", help="list audit entries, newest first",
                             description="List audit entries (newest first), filtered.")
    _filter_arguments(listing)
    listing.add_argument("--limit", type=positive_int, default=100, help="at most this many (default 100)")
    listing.add_argument("--offset", type=int, default=0, help="skip this many first")
    listing.add_argument("--details", action="store_true", help="include each entry's before/after values")
    export = sub.add_parser("export", help="export audit entries to CSV or XLSX",
                            description="Export the matching audit entries (newest first) to CSV or XLSX.")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write (.csv or .xlsx)")
    export.add_argument("--format", choices=("csv", "xlsx"), default=None,
                        help="file format (default: from the --out extension)")
    _filter_arguments(export)


def _audit_filter(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from conference_desk.core.safety.audit import AuditFilter

    return AuditFilter(operator=args.operator, desk=args.desk, since=args.since, until=args.until,
                       action=args.action, entity=args.entity, entity_id=args.entity_id, search=args.search)


def _run_audit(args: argparse.Namespace) -> int:
    from conference_desk.core.safety import audit

    flt = _audit_filter(args)
    db = open_db(args, create=False)
    try:
        if args.what == "export":
            result = audit.export_entries(db, args.out, args.format, flt)
            if args.json:
                print_json(result.as_dict())
            else:
                print(f"Wrote {result.rows} audit entries to {result.path} ({result.format}).")
            return 0
        with db.session() as s:
            total = audit.count_entries(s, flt)
            rows = audit.list_entries(s, flt, max(0, args.offset), args.limit)
        items = [row.as_dict() for row in rows]
        if args.details:
            for item in items:
                detail = audit.entry_detail(db, item["id"])
                item["changes"] = detail.changes if detail else {}
    finally:
        db.dispose()
    if args.json:
        print_json({"total": total, "offset": max(0, args.offset), "entries": items})
    else:
        for item in items:
            print(f"{item['at']}  {item['operator']:<14} {item['desk']:<12} {item['action']:<16} "
                  f"{item['entity']}{'#' + str(item['entity_id']) if item['entity_id'] else ''}  {item['summary']}")
        print(f"{len(items)} of {total} entries.")
    return 0


_PRIVACY: Commands = {
    "erase-personal-data": ("erase participants' personal data after the event (keeps anonymous statistics)",
                            _erase_arguments, _run_erase),
    "audit": ("browse or export the audit log (who changed what, when, at which desk)",
              _audit_arguments, _run_audit),
}


COMMANDS: Commands = {**_BACKUP, **_PRIVACY}
