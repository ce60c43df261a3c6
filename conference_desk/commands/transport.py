"""Ground transport commands: ``transport plan | runs | uncovered | move | lock | unlock | rules | load-rules | manifest | timetable``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from conference_desk.core.foundation.messages import Text, join

from .common import Commands, open_db, positive_int, print_json, time_limit as _time_limit


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (2015-09-27)") from None


def _run_name(text: str) -> str:
    text = text.strip()
    if not text or len(text) > 40:
        raise argparse.ArgumentTypeError(f"{text!r} is not a run: its number or its code (A0927-1540-MEXT2-HMCR)")
    return text


def _transport_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    plan = sub.add_parser(
        "plan", help="plan airport pick-ups, drop-offs and shuttles (CP-SAT) and store the runs",
        description="Plan a run from the airport for every guest's arrival flight and to the airport for "
        "every departure (fewest vehicle runs, guests waiting at most the rules' limit, heads of delegation "
        "in cars of their own, guests kept on their runs where they can be), and the shuttles between the "
        "hotels and the venue. Locked runs are kept as they are. Stores the runs unless --dry-run.")
    plan.add_argument("--time-limit", type=_time_limit, default=10.0, metavar="S",
                      help="solver time limit in seconds (default 10)")
    plan.add_argument("--dry-run", action="store_true", help="show the plan without storing it")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")

    runs = sub.add_parser("runs", help="the stored runs and who rides them",
                          description="The stored runs by departure time, with their passengers.")
    runs.add_argument("--day", type=_day, default=None, metavar="DATE", help="only the runs leaving that day")
    runs.add_argument("--kind", choices=("arrival", "departure", "shuttle"), default=None,
                      help="only runs of this kind")
    runs.add_argument("--json", action="store_true", help="print the runs as JSON")

    uncovered = sub.add_parser("uncovered", help="guests with a flight who are on no run, and why",
                               description="Every guest with a flight who is on no stored run for it "
                               "(own arrangement, no hotel, a flight that does not check, or not planned yet).")
    uncovered.add_argument("--json", action="store_true", help="print the list as JSON")

    move = sub.add_parser("move", help="put a guest on another run (checked: seats, hold, time, terminal, hotel)",
                          description="Put a guest's arrival or departure on a stored run. Refused, with the "
                          "reason, when the run is full, leaves outside the guest's waiting window, goes to "
                          "another terminal or hotel, or is a shuttle.")
    move.add_argument("participant_id", type=positive_int, metavar="PARTICIPANT")
    move.add_argument("run", type=_run_name, metavar="RUN_ID", help="the run's number or code")
    move.add_argument("--kind", choices=("arrival", "departure"), default=None,
                      help="which of the guest's flights (default: the run's kind)")
    move.add_argument("--json", action="store_true", help="print the result as JSON")

    for name, text in (("lock", "lock a run (a re-plan keeps it as it is)"), ("unlock", "unlock a run")):
        p = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        p.add_argument("run", type=_run_name, metavar="RUN_ID", help="the run's number or code")
        p.add_argument("--json", action="store_true", help="print the result as JSON")

    from .transport_docs import add_manifest_arguments, add_timetable_arguments

    add_manifest_arguments(sub.add_parser(
        "manifest", help="the drivers' manifests (Spanish) or the airport desk's meet-and-greet list (PDF)"))
    add_timetable_arguments(sub.add_parser("timetable", help="one hotel's shuttle timetable for its lobby (PDF)"))

    rules = sub.add_parser("rules", help="show the transport rules (vehicles, travel times, waiting limits)",
                           description="Show the transport rules in force (the ICLC 2015 defaults until an "
                           "organiser changes them).")
    rules.add_argument("--json", action="store_true", help="print the rules as JSON")
    load = sub.add_parser("load-rules", help="replace the transport rules by those of a JSON file",
                          description="Replace the transport rules by those of a JSON file, as `transport rules "
                          "--json` prints them (fields it leaves out keep their defaults). Nothing changes when "
                          "a field is wrong: every problem is named.")
    load.add_argument("file", type=Path, metavar="FILE", help="the rules as JSON")
    load.add_argument("--json", action="store_true", help="print the rules now in force as JSON")


def _run_transport(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.transport import service as transport

    if args.action in ("manifest", "timetable"):
        from .transport_docs import run_manifest, run_timetable

        return run_manifest(args) if args.action == "manifest" else run_timetable(args)
    lang = args.lang or "en"
    db = open_db(args, create=False)
    try:
        if args.action == "plan":
            made = transport.make_plan(db, time_limit=args.time_limit, lang=lang)
            stored = None if args.dry_run else transport.apply_plan(db, made, Actor())
            if args.json:
                print_json(made.to_json())
            else:
                _print_plan(made, stored)
        elif args.action == "runs":
            rows = transport.stored_runs(db, args.day, args.kind, lang=lang)
            if args.json:
                print_json([_run_json(r) for r in rows])
            else:
                _print_runs(rows)
        elif args.action == "uncovered":
            missing = transport.uncovered(db, lang)
            if args.json:
                print_json([{"participant": u.participant_id, "name": u.name, "kind": u.kind, "flight": u.flight,
                             "flight_at": _minutes(u.flight_at), "reason": str(u.reason)} for u in missing])
            else:
                for u in missing:
                    print(f"{u.participant_id:>6}  {u.name}  {u.kind} {u.flight} {_minutes(u.flight_at) or '-'}:"
                          f" {u.reason}")
                print(f"{len(missing)} flights without a run.")
        elif args.action == "move":
            run_id = transport.find_run(db, args.run)
            kind = args.kind or transport.stored_run(db, run_id).kind
            transport.move_passenger(db, args.participant_id, kind, run_id, Actor())
            row = transport.stored_run(db, run_id, lang)
            if args.json:
                print_json({"participant": args.participant_id, "kind": kind, "run": _run_json(row)})
            else:
                print(f"Participant {args.participant_id} ({kind}) is on run {row.code} "
                      f"({row.departs_at:%Y-%m-%d %H:%M}, {row.riders} of {row.seats} seats).")
        elif args.action in ("lock", "unlock"):
            run_id = transport.find_run(db, args.run)
            transport.lock_run(db, run_id, args.action == "lock", Actor())
            if args.json:
                print_json({"run": run_id, "locked": args.action == "lock"})
            else:
                print(f"Run {args.run}: {args.action}ed.")
        elif args.action in ("rules", "load-rules"):
            from conference_desk.core.transport.settings import rules_from_dict, rules_to_dict

            if args.action == "load-rules":
                try:
                    loaded = json.loads(args.file.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError, ValueError) as exc:
                    raise transport.TransportError(Text(
                        "{file}: not a JSON file ({why}).", file=str(args.file),
                        why=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)) from None
                rules, problems = rules_from_dict(loaded)
                if problems:
                    raise transport.TransportError(Text("{file}: the rules were not changed: {problems}",
                                                        file=str(args.file), problems=join(problems)))
                transport.save_rules(db, rules, Actor())
            data = rules_to_dict(transport.load_rules(db))
            if args.json:
                print_json(data)
            else:
                for key, value in data.items():
                    print(f"{key}: {value}")
    finally:
        db.dispose()
    return 0


def _minutes(at: dt.datetime | None) -> str | None:
    return at.isoformat(timespec="minutes") if at is not None else None


def _run_json(r: Any) -> dict[str, Any]:
    return {"id": r.id, "code": r.code, "kind": r.kind, "vehicle": r.vehicle, "seats": r.seats,
            "departs_at": _minutes(r.departs_at), "from": r.from_place, "to": r.to_place, "riders": r.riders,
            "luggage": r.luggage, "locked": r.locked,
            "passengers": [{"participant": p.participant_id, "name": p.name, "delegation": p.delegation,
                            "flight": p.flight, "flight_at": _minutes(p.flight_at), "terminal": p.terminal,
                            "hotel": p.hotel, "by_car": p.by_car} for p in r.passengers]}


def _print_plan(made: Any, stored: int | None) -> None:
    p = made.plan
    kinds: dict[str, int] = {}
    for r in p.runs:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    print(f"Runs: {p.vehicle_runs} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items())) or 'none'});"
          f" the first-come baseline needs {p.greedy_vehicle_runs}")
    print(f"Longest wait {p.longest_wait_minutes} min; {'proven optimal' if p.optimal else 'best found'}"
          f" (gap {p.gap:.2%}) in {p.solve_seconds:.1f} s")
    print(f"Flights without a run: {len(made.uncovered)}")
    for u in made.uncovered:
        print(f"  {u.participant_id}: {u.name}, {u.kind} {u.flight}: {u.reason}")
    print(f"Stored {stored} runs." if stored is not None else "Not stored (dry run).")


def _print_runs(rows: list[Any]) -> None:
    for r in rows:
        lock = " locked" if r.locked else ""
        print(f"{r.id:>5} {r.code:<26} {r.departs_at:%Y-%m-%d %H:%M} {r.vehicle:<6} {r.riders:>2}/{r.seats:<2}"
              f" {r.from_place} -> {r.to_place}{lock}")
        for p in r.passengers:
            print(f"        {p.participant_id:>6} {p.name} ({p.delegation or '-'}) {p.flight}")
    print(f"{len(rows)} runs.")


COMMANDS: Commands = {
    "transport": ("ground transport: plan airport runs and shuttles, list runs, move guests, lock runs, rules",
                  _transport_arguments, _run_transport),
}
