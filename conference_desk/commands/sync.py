"""``sync``: upload this desk's queue of offline check-ins and refresh its local copy.

``conference-desk sync [--cache FILE] [--json]`` prints
``{"uploaded": n, "duplicates": [...], "refreshed": n, ...}``.  Uploading is
exactly once (every queued check-in carries its nonce), so running it again is
harmless.  Exit status 1 when the server cannot be reached (the queue stays).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from .common import Commands, open_db, print_json

PROG = "conference-desk"


def _timestamp(text: str) -> dt.datetime:
    from .common import timestamp

    return timestamp(text)  # range-checked: a year-9999 time would overflow on conversion


def cache_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache", metavar="FILE", default=None,
                        help="this desk's local copy (default: desk-cache.sqlite in your data folder); "
                        "it holds the badge secret: keep it private")


def _sync_arguments(parser: argparse.ArgumentParser) -> None:
    cache_argument(parser)
    parser.add_argument("--at", metavar="TIME", type=_timestamp, default=None,
                        help="copy the check-ins of the conference day at this time (default: now)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_sync(args: argparse.Namespace) -> int:
    from conference_desk.core.desks import cache as desk_cache
    from conference_desk.core.desks.desk import is_connection_error
    from conference_desk.core.foundation.errors import ConferenceDeskError

    cache = desk_cache.open_cache(args.cache)
    try:
        try:
            db = open_db(args, create=False)
        except ConferenceDeskError as exc:
            if not is_connection_error(exc):
                raise
            return _unreachable(args, cache, exc)
        try:
            at = args.at
            if at is not None and at.tzinfo is None:
                from conference_desk.core.checkin.decisions import conference_zone

                at = at.replace(tzinfo=conference_zone(db))
            try:
                result = desk_cache.sync(db, cache, now=at)
            except Exception as exc:  # noqa: BLE001 - a connection lost midway: the queue stays
                if not is_connection_error(exc):
                    raise
                return _unreachable(args, cache, exc)
        finally:
            db.dispose()
        if args.json:
            print_json(result.as_json())
        else:
            print(f"Uploaded {result.uploaded} check-ins ({result.replayed} were on the server already); "
                  f"refreshed {result.refreshed} rows; {result.pending} waiting.")
            for dup in result.duplicates:
                print(f"cross-desk duplicate: {dup['name']} (participant {dup['participant_id']}) admitted at "
                      f"{dup['desks'][0]} {dup['times'][0][11:16]} and at {dup['desks'][1]} {dup['times'][1][11:16]}")
            for walk_in in result.walk_ins:
                how = "matched to" if walk_in["matched"] else "registered as"
                print(f"walk-in {walk_in['local_id']} {how} participant {walk_in['participant_id']}")
            for problem in result.problems:
                print(f"problem: {problem}")
        return 0
    finally:
        cache.close()


def _unreachable(args: argparse.Namespace, cache: object, exc: BaseException) -> int:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    pending = cache.pending()  # type: ignore[attr-defined]
    if args.json:
        print_json({"uploaded": 0, "duplicates": [], "refreshed": 0, "pending": pending, "offline": True,
                    "error": reason})
    print(f"{PROG}: error: the server is out of reach ({reason}); {pending} check-ins wait in "
          f"{cache.path}.", file=sys.stderr)  # type: ignore[attr-defined]
    return 1


COMMANDS: Commands = {
    "sync": ("upload this desk's offline check-ins and refresh its local copy", _sync_arguments, _run_sync),
}
