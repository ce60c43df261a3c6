"""Interpreter commands: ``interpreters roster | schedule | booths | cost | list | check``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from .common import Commands, open_db, positive_int, print_json, time_limit as _time_limit


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    roster = sub.add_parser(
        "roster", help="staff every booth of the programme (CP-SAT) and apply it",
        description="Assign interpreters to one booth per target language of every session with interpretation, "
        "within AIIC/UN working conditions (languages and retour, relay, team strength, two sessions a day with "
        "90 minutes' rest, availability), at the lowest cost and fairly, changing as little as possible. "
        "Booths that cannot be fully staffed are left empty and reported with the reason. Applies unless --dry-run.")
    roster.add_argument("--time-limit", type=_time_limit, default=10.0, metavar="S",
                        help="solver time limit in seconds (default 10)")
    roster.add_argument("--dry-run", action="store_true", help="show the result without writing it")
    roster.add_argument("--keep-locks", dest="keep_locks", action="store_true", default=True,
                        help="keep locked assignments (default)")
    roster.add_argument("--no-keep-locks", dest="keep_locks", action="store_false",
                        help="treat locked assignments like any other")
    roster.add_argument("--json", action="store_true", help="print the result as JSON")

    schedule = sub.add_parser("schedule", help="write the interpreters' schedules (PDF)",
                              description="Write each interpreter's schedule: days, sessions, times, rooms, "
                              "booth and partners.")
    schedule.add_argument("--format", choices=("pdf",), default="pdf", help="file format (pdf)")
    schedule.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    schedule.add_argument("--interpreter", type=positive_int, metavar="ID", default=None,
                          help="only this interpreter")
    schedule.add_argument("--json", action="store_true", help="print the result as JSON")

    booths = sub.add_parser("booths", help="write the booth sheets per day and the cost summary (PDF)",
                            description="For the chief interpreter and the technicians: every booth of every "
                            "(or one) day with its team, relay and status, then the cost summary.")
    booths.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    booths.add_argument("--day", type=_day, default=None, metavar="YYYY-MM-DD", help="only this day")
    booths.add_argument("--json", action="store_true", help="print the result as JSON")

    cost = sub.add_parser("cost", help="cost of the current roster per interpreter",
                          description="Days worked per interpreter × (daily rate + per diem for non-locals).")
    cost.add_argument("--out", type=Path, metavar="FILE", default=None, help="write a PDF")
    cost.add_argument("--json", action="store_true", help="print the result as JSON")

    lst = sub.add_parser("list", help="the interpreter pool with languages and workload",
                         description="Every interpreter with languages, contract, local or not, daily rate, "
                         "half-days off and sessions in the current roster.")
    lst.add_argument("--json", action="store_true", help="print the result as JSON")

    check = sub.add_parser("check", help="rules broken by the current roster",
                           description="Check the stored roster against every rule and list what is broken.")
    check.add_argument("--json", action="store_true", help="print the result as JSON")


def _print_roster(data: dict[str, Any], applied: bool) -> None:
    staffed = sum(1 for a in data["assignments"] if a["staffed"])
    print(f"Booths: {len(data['assignments'])}; staffed {staffed}, unstaffed {len(data['unstaffed'])}")
    print(f"Cost {data['cost']:,.2f} {data['currency']} ({'proven optimal' if data['optimal'] else 'best found'},"
          f" objective {data['objective']}, bound {data['bound']}, gap {data['gap']:.2%}) in {data['solve_seconds']} s")
    print(f"Changes: {data['changes']}{'' if applied else ' - not applied (dry run)'}")
    for a in data["assignments"]:
        print(f"  {a['session']:<10} {a['booth_language'].upper()}  {', '.join(a['interpreters']) or '-'}")
    for u in data["unstaffed"]:
        print(f"  unstaffed: {u['session']} {u['booth_language'].upper()}: {u['reason']} (fix: {u['fix']})")
    for v in data["violations"]:
        print(f"  violation: {v['message']}")


def _run(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.interpreters import roster
    from conference_desk.core.interpreters import schedule as interpreter_schedule

    lang = args.lang or "en"
    db = open_db(args, create=False)
    status = 0
    try:
        if args.action == "roster":
            result = roster.solve(roster.load_problem(db), time_limit=args.time_limit, keep_locks=args.keep_locks)
            if not args.dry_run:
                roster.apply(db, result, Actor())
            data = result.as_dict()
            data["applied"] = not args.dry_run
            if args.json:
                print_json(data)
            else:
                _print_roster(data, not args.dry_run)
        elif args.action == "schedule":
            out = interpreter_schedule.export_schedule(db, args.out, args.interpreter, lang)
            if args.json:
                print_json(out)
            else:
                print(f"Wrote the schedules of {out['interpreters']} interpreters ({out['sessions']} sessions) "
                      f"to {out['file']}.")
        elif args.action == "booths":
            out = interpreter_schedule.export_booths(db, args.out, args.day, lang)
            if args.json:
                print_json(out)
            else:
                print(f"Wrote {out['booths']} booths on {len(out['days'])} days to {out['file']}.")
        elif args.action == "cost":
            summary = roster.cost_summary(db)
            if args.out is not None:
                interpreter_schedule.export_cost(db, args.out, lang)
            if args.json:
                print_json(summary.as_dict())
            else:
                for r in summary.rows:
                    print(f"{r.name:<32} {'local' if r.is_local else 'non-local':<9} {len(r.days)} days "
                          f"{r.sessions:>2} sessions {r.total:>10,.2f}")
                print(f"Total {summary.total:,.2f} {summary.currency} (local {summary.local_total:,.2f}, "
                      f"non-local {summary.non_local_total:,.2f})")
        elif args.action == "list":
            from dataclasses import asdict

            people = roster.list_interpreters(db)
            if args.json:
                print_json([asdict(p) for p in people])
            else:
                for p in people:
                    print(f"{p.id:>4} {p.name:<32} {p.profile:<36} {p.contract:<9} "
                          f"{'local' if p.is_local else 'non-local':<9} {p.daily_rate:>8,.2f} {p.currency} "
                          f"{p.sessions} sessions" + (f"; off {', '.join(p.unavailable)}" if p.unavailable else ""))
        elif args.action == "check":
            violations = roster.current_violations(db)
            if args.json:
                print_json({"violations": [v.as_dict() for v in violations]})
            else:
                for v in violations:
                    print(f"{v.rule}: {v.message}")
                print(f"{len(violations)} rule{'s' if len(violations) != 1 else ''} broken.")
    finally:
        db.dispose()
    return status


COMMANDS: Commands = {
    "interpreters": ("interpreters: roster the booths, schedules, booth sheets, cost, pool, rule check",
                     _arguments, _run),
}
