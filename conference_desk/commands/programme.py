"""Programme commands: ``programme check | list | export | agenda | door-sheets | sign-up``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ..core.foundation.errors import ConferenceDeskError
from .common import Commands, open_db, positive_int, print_json


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", dest="doc_lang", choices=("en", "fr", "es"), default=None,
                        help="language of the document (default: the global --lang, else en)")


def _programme_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="list the programme's conflicts (rooms, people, capacity, booths, times)",
                           description="Check the programme: rooms booked twice, people in two sessions at once or "
                           "without the turnover gap, capacity, interpretation booths, conference days and venue "
                           "hours, plenaries overlapping other sessions. Exit status 0 whatever is found.")
    check.add_argument("--json", action="store_true", help="print the result as JSON")

    listing = sub.add_parser("list", help="the sessions in time order with room, sign-ups and people",
                             description="The sessions in time order (then the unscheduled ones) with room, "
                             "sign-ups against capacity and people.")
    listing.add_argument("--json", action="store_true", help="print the result as JSON")

    export = sub.add_parser("export", help="write the programme booklet (PDF) or calendar (iCalendar .ics)",
                            description="Write the programme booklet (PDF) or an iCalendar file of every session.")
    export.add_argument("--format", choices=("pdf", "ics"), default=None,
                        help="file format (default: from the --out extension)")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    _lang_option(export)
    export.add_argument("--json", action="store_true", help="print the result as JSON")

    agenda = sub.add_parser("agenda", help="write one participant's personal agenda (PDF, or .ics)",
                            description="Write a participant's agenda: their roles and forum sign-ups, with the "
                            "plenaries, day by day (PDF; an .ics file with --format ics).")
    agenda.add_argument("participant_id", type=positive_int, metavar="PARTICIPANT_ID")
    agenda.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    agenda.add_argument("--format", choices=("pdf", "ics"), default=None,
                        help="file format (default: from the --out extension)")
    _lang_option(agenda)
    agenda.add_argument("--json", action="store_true", help="print the result as JSON")

    door = sub.add_parser("door-sheets", help="write door sheets: per room and day, what happens there (PDF)",
                          description="One page per room and day with its sessions, for the doors of the rooms.")
    door.add_argument("--out", required=True, type=Path, metavar="FILE", help="PDF file to write")
    door.add_argument("--day", type=_day, default=None, metavar="YYYY-MM-DD",
                      help="only this day (every room, empty ones too)")
    _lang_option(door)
    door.add_argument("--json", action="store_true", help="print the result as JSON")

    sign = sub.add_parser("sign-up", help="sign participants up to a forum (waiting list when full)",
                          description="Sign one or more participants (or a whole delegation) up to a forum by its "
                          "code; when the forum is full they go on its waiting list (or are refused with "
                          "--no-waitlist).  Several people are signed up in one transaction: all, or nobody.")
    sign.add_argument("session_code", metavar="SESSION_CODE")
    sign.add_argument("participant_ids", type=positive_int, metavar="PARTICIPANT_ID", nargs="*")
    sign.add_argument("--delegation", type=positive_int, metavar="DELEGATION_ID",
                      help="sign up every member of this delegation (see `export delegations`)")
    sign.add_argument("--no-waitlist", action="store_true", help="refuse instead of waitlisting when full")
    sign.add_argument("--json", action="store_true", help="print the result as JSON")


def _format(path: Path, given: str | None) -> str:
    if given:
        return given
    suffix = path.suffix.lower().lstrip(".")
    return "ics" if suffix in ("ics", "ical", "ifb") else "pdf"


def _session_dict(t: Any, s: Any) -> dict[str, Any]:
    room = t.room(s.room_id)
    return {
        "id": s.id, "code": s.code, "type": s.type, "title": s.title("en"),
        "starts_at": s.starts_at.isoformat(timespec="minutes") if s.starts_at else None,
        "ends_at": s.ends_at.isoformat(timespec="minutes") if s.ends_at else None,
        "room": room.name if room else None, "interpretation": list(s.interpretation),
        "expected_attendance": s.expected_attendance, "sign_ups": s.sign_ups, "waitlist": s.waitlist,
        "capacity": s.capacity,
        "people": [{"participant_id": p.participant_id, "name": p.name, "role": p.role} for p in s.people],
    }


def _run_programme(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.programme import conflicts, signups, timetable

    lang = getattr(args, "doc_lang", None) or args.lang or "en"
    db = open_db(args, create=False)
    try:
        if args.action == "check":
            found = conflicts.find_conflicts(db)
            if args.json:
                print_json({"conflicts": [c.as_dict() for c in found]})
            elif not found:
                print("No conflicts.")
            else:
                for c in found:
                    ack = " (acknowledged)" if c.acknowledged else ""
                    print(f"{c.severity.upper():<7} {c.kind:<20} {c.message}{ack}")
                errors = sum(1 for c in found if c.severity == "error")
                print(f"{errors} errors, {len(found) - errors} warnings.")
        elif args.action == "list":
            t = timetable.load_timetable(db)
            rows = [_session_dict(t, s) for s in t.sessions] + [_session_dict(t, s) for s in t.unscheduled]
            if args.json:
                print_json({"sessions": rows})
            else:
                for r in rows:
                    when = f"{r['starts_at'] or '-':<16} {(r['ends_at'] or '-')[11:]:<5}"
                    cap = f"{r['sign_ups']}/{r['capacity']}" if r["capacity"] is not None else str(r["sign_ups"])
                    print(f"{when} {r['code']:<8} {(r['room'] or '(no room)')[:24]:<24} {cap:>8}  {r['title']}")
        elif args.action == "export":
            fmt = _format(args.out, args.format)
            if fmt == "ics":
                from conference_desk.core.programme.ics import write_ics

                result = write_ics(db, args.out, lang)
                summary = f"{result['events']} sessions"
            else:
                from conference_desk.core.programme.booklet import write_booklet

                result = write_booklet(db, args.out, lang)
                summary = f"{result['sessions']} sessions"
            if args.json:
                print_json(result)
            else:
                print(f"Wrote the programme ({summary}, {lang}) to {result['file']}.")
        elif args.action == "agenda":
            fmt = _format(args.out, args.format)
            if fmt == "ics":
                from conference_desk.core.programme.ics import write_ics

                result = write_ics(db, args.out, lang, participant_id=args.participant_id)
            else:
                from conference_desk.core.programme.agenda import write_personal_agenda
                from conference_desk.core.transport.service import transfers_of

                result = write_personal_agenda(db, args.participant_id, args.out, lang,
                                               transfers_of(db, args.participant_id, lang))
            if args.json:
                print_json(result)
            else:
                print(f"Wrote the agenda of participant {args.participant_id} ({lang}) to {result['file']}.")
        elif args.action == "door-sheets":
            from conference_desk.core.programme.booklet import write_door_sheets

            result = write_door_sheets(db, args.out, lang, args.day)
            if args.json:
                print_json(result)
            else:
                print(f"Wrote {result['pages']} door sheets ({lang}) to {result['file']}.")
        elif args.action == "sign-up":
            session = timetable.find_session(db, args.session_code)
            if args.delegation is not None:
                if args.participant_ids:
                    raise ConferenceDeskError("Give participant ids or --delegation, not both.")
                outcome = signups.sign_up_delegation(db, session.id, args.delegation, Actor(),
                                                     waitlist_if_full=not args.no_waitlist)
            elif len(args.participant_ids) > 1:
                outcome = signups.bulk_sign_up(db, session.id, args.participant_ids, Actor(),
                                               waitlist_if_full=not args.no_waitlist)
            elif args.participant_ids:
                outcome = signups.sign_up(db, session.id, args.participant_ids[0], Actor(),
                                          waitlist_if_full=not args.no_waitlist)
            else:
                raise ConferenceDeskError("Give at least one participant id, or --delegation.")
            if args.json:
                from dataclasses import asdict

                print_json(asdict(outcome))
            else:
                print(outcome.message)
    finally:
        db.dispose()
    return 0


COMMANDS: Commands = {
    "programme": ("the programme: conflicts, sessions, booklet/calendar, agendas, door sheets, sign-ups",
                  _programme_arguments, _run_programme),
}
