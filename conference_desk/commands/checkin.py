"""Check-in commands: ``checkin CODE``, ``checkin --search TEXT``, ``walkin``.

``checkin`` exits 0 for every outcome it could decide (admitted, already,
rejected): the outcome is in the output.  It exits 1 when it could not decide
(nothing scanned, unknown session, unreadable database).

With ``--cache FILE`` (this desk's local copy, see ``sync``), ``checkin``
continues when the server is out of reach: the code is decided from the copy
(signature, badge, earlier admissions), queued, and uploaded by ``sync``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from typing import TYPE_CHECKING, Any

from .common import Commands, open_db, positive_int, print_json

if TYPE_CHECKING:
    from conference_desk.core.checkin.decisions import CheckInOutcome, CheckInPoint
    from conference_desk.core.foundation.db import Database

PROG = "conference-desk"


def _timestamp(text: str) -> dt.datetime:
    from .common import timestamp

    return timestamp(text)  # range-checked: a year-9999 time would overflow on conversion


def _point_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--desk", metavar="NAME", default=None,
                        help="name of this desk (default: the computer's name)")
    parser.add_argument("--operator", metavar="NAME", default=None,
                        help="who is at the desk (default: your user name)")
    parser.add_argument("--session", metavar="ID", default=None,
                        help="check in to this session (id or code) instead of the venue entry")
    parser.add_argument("--at", metavar="TIME", type=_timestamp, default=None,
                        help="time of the check-in, ISO format (default: now; without an offset, "
                        "the conference's local time)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _checkin_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", nargs="?", metavar="CODE",
                        help="the badge code, as scanned or typed; or `undo` to take back an admission")
    parser.add_argument("event_id", nargs="?", metavar="EVENT_ID", type=positive_int,
                        help="with `undo`: the admission's event id (event_id in --json output)")
    parser.add_argument("--reason", metavar="TEXT", default=None,
                        help="with `undo`: why the admission is taken back (required; kept in the audit log)")
    parser.add_argument("--search", metavar="TEXT", help="list people matching a name instead of checking in")
    parser.add_argument("--participant", metavar="ID", type=positive_int,
                        help="check in this participant (an id from --search) instead of a code")
    parser.add_argument("--limit", metavar="N", type=positive_int, default=20,
                        help="at most N matches for --search (default 20)")
    parser.add_argument("--cache", metavar="FILE", default=None,
                        help="this desk's local copy: when the server is out of reach, decide from it and "
                        "queue the check-in for `sync`")
    _point_arguments(parser)


def _walkin_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--given", metavar="NAME", default="", help="given name(s)")
    parser.add_argument("--family", metavar="NAME", required=True, help="family name(s)")
    parser.add_argument("--country", metavar="ISO3", default="",
                        help="Member State (ISO alpha-3 code, e.g. MEX)")
    parser.add_argument("--organisation", metavar="ORG", default="", help="organisation")
    parser.add_argument("--category", metavar="CODE", required=True,
                        help="category code (e.g. delegate, mayor, press)")
    parser.add_argument("--email", metavar="E", default="", help="e-mail address")
    parser.add_argument("--language", choices=("en", "fr", "es"), default=None,
                        help="the walk-in's language (badge, documents); default: --lang when given, else en")
    parser.add_argument("--gender", choices=("F", "M"), default=None,
                        help="F or M when known (gendered labels on French and Spanish badges)")
    parser.add_argument("--badge-out", metavar="FILE", default=None,
                        help="print the badge to this PDF file")
    _point_arguments(parser)


def _point(db: Database, args: argparse.Namespace) -> CheckInPoint:
    from sqlalchemy import select

    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.checkin.decisions import CheckInError, CheckInPoint
    from conference_desk.core.foundation.models import Session

    actor = Actor()
    desk = args.desk if args.desk is not None else (actor.desk or "Desk 1")
    operator = args.operator if args.operator is not None else actor.operator
    if args.session is None:
        return CheckInPoint(desk=desk, operator=operator, lang=args.lang or "en")
    with db.session() as s:
        wanted = str(args.session).strip()
        session_id = None
        if wanted.isdigit():
            session_id = s.scalar(select(Session.id).where(Session.id == int(wanted)))
        if session_id is None:
            session_id = s.scalar(select(Session.id).where(Session.code == wanted))
    if session_id is None:
        raise CheckInError(f"No session {args.session!r} (give its id or code).")
    return CheckInPoint(place="session", session_id=session_id, desk=desk, operator=operator,
                        lang=args.lang or "en")


def _when(db: Database, at: dt.datetime | None) -> dt.datetime | None:
    """A naive --at is the conference's local time."""
    if at is None or at.tzinfo is not None:
        return at
    from conference_desk.core.checkin.decisions import conference_zone

    return at.replace(tzinfo=conference_zone(db))


def _print_outcome(outcome: CheckInOutcome) -> None:
    who = ""
    if outcome.participant is not None:
        p = outcome.participant
        who = f"{p.name} — {p.delegation} ({p.category_label})" if p.delegation else f"{p.name} ({p.category_label})"
    if outcome.outcome == "admitted":
        print(f"ADMITTED  {who}")
    elif outcome.outcome == "already":
        first = outcome.first_checkin
        since = f" since {first.at_local:%Y-%m-%d %H:%M} at {first.desk}" if first else ""
        if first is not None and first.operator:
            since += f" ({first.operator})"
        print(f"ALREADY IN  {who}{since}")
    else:
        print(f"REJECTED  {outcome.message}" + (f"  {who}" if who else ""))
    if outcome.counts:
        print(f"checked in here today: {outcome.counts.get('checked_in', 0)}")


def _run_undo(args: argparse.Namespace) -> int:
    """``checkin undo EVENT_ID --reason TEXT``: the operator who admitted, or a supervisor."""
    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.checkin.service import UndoRefused, undo_checkin
    from conference_desk.core.checkin.decisions import conference_zone
    from conference_desk.core.foundation.models import Operator
    from conference_desk.core.desks.operators import ADMINISTRATOR, CLERK, has_operators

    if args.event_id is None or args.search is not None or args.participant is not None:
        print(f"{PROG} checkin: error: usage: checkin undo EVENT_ID --reason TEXT", file=sys.stderr)
        return 2
    db = open_db(args, create=False)
    try:
        actor = Actor()
        desk = args.desk if args.desk is not None else (actor.desk or "Desk 1")
        operator = args.operator if args.operator is not None else actor.operator
        role = ADMINISTRATOR  # a single laptop without operators: its user is its administrator
        if has_operators(db):
            from sqlalchemy import func, select

            with db.session() as s:
                row = s.execute(select(Operator.role, Operator.active)
                                .where(func.lower(Operator.name) == (operator or "").strip().lower())).first()
            role = (row.role.value if hasattr(row.role, "value") else str(row.role)) if row and row.active else CLERK
        try:
            result = undo_checkin(db, args.event_id, args.reason or "", Actor(operator=operator, desk=desk), role,
                                  _when(db, args.at), args.lang or "en")
        except UndoRefused as exc:
            if args.json:
                print_json({"outcome": "refused", "reason": exc.reason, "message": str(exc),
                            "event_id": args.event_id})
            print(f"{PROG}: error: {exc}", file=sys.stderr)
            return 1
        zone = conference_zone(db)
    finally:
        db.dispose()
    if args.json:
        print_json(result.as_json(zone))
    else:
        who = result.participant.name if result.participant else "?"
        print(f"UNDONE  {who}: admission {result.undone_event_id} of "
              f"{result.admitted_at.astimezone(zone):%Y-%m-%d %H:%M} at {result.admitted_desk} taken back "
              f"({result.reason}); undo event {result.event_id}.")
        print(f"checked in here today: {result.counts.get('checked_in', 0)}")
    return 0


def _run_checkin(args: argparse.Namespace) -> int:
    from conference_desk.core.checkin.decisions import CheckInError
    from conference_desk.core.checkin.service import check_in_code, check_in_participant, search

    if args.code is not None and args.code.strip().lower() == "undo":
        return _run_undo(args)
    if args.event_id is not None or args.reason is not None:
        print(f"{PROG} checkin: error: EVENT_ID and --reason go with `checkin undo` (see --help)", file=sys.stderr)
        return 2

    given = [name for name, value in (("CODE", args.code), ("--search", args.search),
                                      ("--participant", args.participant)) if value is not None]
    if len(given) != 1:
        print(f"{PROG} checkin: error: give exactly one of CODE, --search TEXT or --participant ID (see --help)",
              file=sys.stderr)
        return 2
    from conference_desk.core.desks.desk import is_connection_error
    from conference_desk.core.foundation.errors import ConferenceDeskError

    nonce = uuid.uuid4().hex
    try:
        db = open_db(args, create=False)
    except ConferenceDeskError as exc:
        if args.cache and args.search is None and is_connection_error(exc):
            return _run_offline(args, nonce, exc)
        raise
    try:
        point = _point(db, args)
        at = _when(db, args.at)
        if args.search is not None:
            matches = search(db, args.search, point, at, limit=args.limit)
            if args.json:
                print_json([
                    {"id": m.id, "name": m.name, "latin_name": m.latin_name, "delegation": m.delegation,
                     "category": m.category, "status": m.status, "checked_in": m.checked_in}
                    for m in matches
                ])
            else:
                for m in matches:
                    mark = "in" if m.checked_in else "  "
                    print(f"{m.id:>7}  {mark}  {m.name[:40]:<40}  {m.delegation[:30]:<30}  {m.category}")
                print(f"{len(matches)} matches.")
            return 0
        if args.code is not None and not args.code.strip():
            raise CheckInError("Nothing was scanned.")
        try:
            if args.cache:
                _upload_queue_first(db, args.cache)
            if args.participant is not None:
                outcome = check_in_participant(db, args.participant, point, at, nonce=nonce)
            else:
                outcome = check_in_code(db, args.code, point, at, nonce=nonce)
        except Exception as exc:  # noqa: BLE001 - a connection lost midway: same nonce, from the copy
            if args.cache and is_connection_error(exc):
                return _run_offline(args, nonce, exc)
            raise
        if args.cache:
            _remember(args.cache, outcome, point)
    finally:
        db.dispose()
    if args.json:
        print_json(outcome.as_json())
    else:
        _print_outcome(outcome)
    return 0


def _upload_queue_first(db: Database, path: str) -> None:
    """This desk's offline decisions go up before a new one is made online (no second admission)."""
    from conference_desk.core.desks import cache as desk_cache

    cache = desk_cache.open_cache(path)
    try:
        if cache.has_copy and cache.pending():
            desk_cache.upload(db, cache)
    finally:
        cache.close()


def _remember(path: str, outcome: CheckInOutcome, point: CheckInPoint) -> None:
    from conference_desk.core.desks import cache as desk_cache

    cache = desk_cache.open_cache(path)
    try:
        if cache.has_copy:
            desk_cache.remember_online(cache, outcome, point)
    finally:
        cache.close()


def _run_offline(args: argparse.Namespace, nonce: str, exc: BaseException) -> int:
    """The server is out of reach: decide from this desk's copy and queue (``sync`` uploads)."""
    from conference_desk.core.desks import cache as desk_cache
    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.checkin.decisions import CheckInError, CheckInPoint

    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    cache = desk_cache.open_cache(args.cache)
    try:
        actor = Actor()
        desk = args.desk if args.desk is not None else (actor.desk or "Desk 1")
        operator = args.operator if args.operator is not None else actor.operator
        if args.session is None:
            point = CheckInPoint(desk=desk, operator=operator, lang=args.lang or "en")
        elif str(args.session).strip().isdigit():
            point = CheckInPoint(place="session", session_id=int(args.session), desk=desk, operator=operator,
                                 lang=args.lang or "en")
        else:
            raise CheckInError(f"The server is out of reach: give the session's id, not {args.session!r}.")
        at = args.at
        if at is not None and at.tzinfo is None:
            at = at.replace(tzinfo=cache.zone())
        if args.participant is not None:
            outcome = desk_cache.check_in_participant_offline(cache, args.participant, point, at, nonce=nonce)
        else:
            outcome = desk_cache.decide_offline(cache, args.code, point, at, nonce=nonce)
        pending = cache.pending()
    finally:
        cache.close()
    if args.json:
        print_json({**outcome.as_json(), "pending": pending, "server_error": reason})
    else:
        _print_outcome(outcome)
        print(f"offline: the server is out of reach ({reason}); decided from this desk's copy, "
              f"{pending} waiting for `{PROG} sync`.")
    return 0


def _run_walkin(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.checkin.service import register_walk_in
    from conference_desk.core.foundation.errors import ConferenceDeskError
    from conference_desk.core.people.registration import ValidationError

    db = open_db(args, create=False)
    try:
        point = _point(db, args)
        values = {"given_name": args.given, "family_name": args.family, "country": args.country,
                  "organisation": args.organisation, "category": args.category, "email": args.email}
        language = args.language or (args.lang if getattr(args, "lang_given", False) else None)
        if language:
            values["preferred_language"] = language
        if args.gender:
            values["gender"] = args.gender
        try:
            participant_id, outcome = register_walk_in(
                db, values, point, Actor(operator=point.operator, desk=point.desk), _when(db, args.at))
        except ValidationError as exc:
            if args.json:
                print_json({"errors": [{"field": p.field, "value": p.value, "message": p.message}
                                       for p in exc.problems]})
            for problem in exc.problems:
                print(f"{PROG}: error: {problem.field}: {problem.message}", file=sys.stderr)
            return 1
        badge: dict[str, Any] | None = None
        badge_error = ""
        if args.badge_out:
            from conference_desk.core.badges.service import print_badges
            from conference_desk.core.badges.types import BadgeSelection

            try:
                printed = print_badges(db, BadgeSelection(participant_ids=[participant_id]), args.badge_out,
                                       actor=Actor(operator=point.operator, desk=point.desk))
            except (ConferenceDeskError, OSError) as exc:
                badge_error = str(exc)
            else:
                badge = {"path": str(printed.path), "code": printed.codes.get(participant_id),
                         "pages": printed.pages,
                         "missing_glyphs": [m.name for m in printed.missing_glyphs]}
    finally:
        db.dispose()
    if args.json:
        print_json({"participant_id": participant_id, **outcome.as_json(), "badge": badge,
                    **({"badge_error": badge_error} if badge_error else {})})
    else:
        print(f"Registered participant {participant_id}.")
        _print_outcome(outcome)
        if badge is not None:
            print(f"Badge printed to {badge['path']}.")
    if badge_error:
        print(f"{PROG}: error: registered and checked in, but the badge was not printed: {badge_error}",
              file=sys.stderr)
        return 1
    return 0


COMMANDS: Commands = {
    "checkin": ("check in a badge code or a participant (or search by name)", _checkin_arguments, _run_checkin),
    "walkin": ("register a walk-in, check them in and print their badge", _walkin_arguments, _run_walkin),
}
