"""`conference-desk backup | restore | integrity`.

``backup [--out FILE] [--json]`` copies the database with SQLite's online
backup API (safe while desks work); without ``--out`` into ``backups/`` next
to the database.  ``restore FILE [--json]`` replaces the database by a backup
(refusing a file that is not a Conference Desk database or comes from a newer
version; an older one is migrated) and says where the current database was
kept as a safety copy.  ``integrity [--json]`` runs SQLite's integrity and
foreign-key checks and the application's own; exit status 1 when something
is wrong.  A shared (PostgreSQL) database is backed up on the server with
pg_dump: ``backup`` and ``restore`` print the commands.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import Commands, open_db, positive_int, print_json


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


COMMANDS: Commands = {
    "backup": ("back up the database to a file (safe while desks work)", _backup_arguments, _run_backup),
    "restore": ("replace the database by a backup (the current one is kept as a safety copy)",
                _restore_arguments, _run_restore),
    "integrity": ("check the database: SQLite integrity, foreign keys, application checks",
                  _integrity_arguments, _run_integrity),
}
