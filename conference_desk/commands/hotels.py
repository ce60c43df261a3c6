"""Hotel commands: ``hotels allocate | occupancy | rooming-list | summary | move | share | lock | unlock``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import Commands, open_db, positive_int, print_json, time_limit as _time_limit


def _hotels_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    allocate = sub.add_parser(
        "allocate", help="allocate every guest to a hotel and room type (CP-SAT) and apply it",
        description="Allocate every hotel guest (needs a hotel, not cancelled) to a hotel and room type for "
        "the whole stay: never over a night's block, sharers together, delegations in one hotel where "
        "possible, protocol first, accessibility respected, as few changes to existing assignments as "
        "possible. Applies the result unless --dry-run.")
    allocate.add_argument("--keep-locks", dest="keep_locks", action="store_true", default=True,
                          help="keep locked assignments where they are (default)")
    allocate.add_argument("--no-keep-locks", dest="keep_locks", action="store_false",
                          help="treat locked assignments like any other")
    allocate.add_argument("--time-limit", type=_time_limit, default=10.0, metavar="S",
                          help="solver time limit in seconds (default 10)")
    allocate.add_argument("--dry-run", action="store_true", help="show the result without writing it")
    allocate.add_argument("--changes", action="store_true", help="list every change (text output)")
    allocate.add_argument("--json", action="store_true", help="print the result as JSON")

    occupancy = sub.add_parser("occupancy", help="rooms allocated per hotel, room type and night against the block",
                               description="Rooms allocated per hotel, room type and night against the block, "
                               "and per hotel and night the rooms used against the attrition threshold.")
    occupancy.add_argument("--json", action="store_true", help="print the result as JSON")

    rooming = sub.add_parser("rooming-list", help="write one hotel's rooming list (XLSX or PDF)",
                             description="Write the rooming list of one hotel, sorted by arrival then name, "
                             "with totals per night.")
    rooming.add_argument("--hotel", required=True, metavar="NAME",
                         help="the hotel: any unambiguous part of its name (e.g. Hilton)")
    rooming.add_argument("--format", choices=("xlsx", "pdf"), default=None,
                         help="file format (default: from the --out extension)")
    rooming.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")
    rooming.add_argument("--json", action="store_true", help="print the result as JSON")

    confirm = sub.add_parser("confirmations", help="read the confirmation numbers from a hotel's returned list",
                             description="Store the confirmation numbers of the rooming list the hotel sent back "
                             "(XLSX or CSV with the 'Guest ref.' and 'Confirmation' columns, in any language).")
    confirm.add_argument("--hotel", required=True, metavar="NAME", help="the hotel (any unambiguous part of its name)")
    confirm.add_argument("file", type=Path, metavar="FILE", help="the returned list (XLSX or CSV)")
    confirm.add_argument("--json", action="store_true", help="print the result as JSON")

    summary = sub.add_parser("summary", help="accommodation per delegation (for heads of delegation)",
                             description="Who of each delegation stays where: to XLSX/PDF with --out, "
                             "else printed.")
    summary.add_argument("--format", choices=("xlsx", "pdf"), default=None,
                         help="file format (default: from the --out extension)")
    summary.add_argument("--out", type=Path, metavar="FILE", default=None, help="file to write")
    summary.add_argument("--json", action="store_true", help="print the result as JSON")

    move = sub.add_parser("move", help="move a guest (and their room's sharers) to another hotel/room type",
                          description="Move a guest, with the sharers of their room, into a new room of "
                          "another hotel or room type. Refused if a night would go over the block.")
    move.add_argument("participant_id", type=positive_int, metavar="PARTICIPANT_ID")
    move.add_argument("--hotel", required=True, metavar="NAME", help="any unambiguous part of the hotel's name")
    move.add_argument("--room-type", required=True, metavar="CODE", help="room type code (single, double, ...)")
    move.add_argument("--lock", action="store_true",
                      help="lock the new assignment so automatic re-runs keep it")
    move.add_argument("--alone", action="store_true", help="move only this guest, not the room's sharers")
    move.add_argument("--json", action="store_true", help="print the result as JSON")

    share = sub.add_parser("share", help="put a guest into another guest's room to share it",
                           description="Put a guest into the room of another guest (same hotel, room type "
                           "and room) to share it. Refused if the room type holds one guest, the room is full "
                           "on a night, or a night the other guest is not there would go over the block.")
    share.add_argument("participant_id", type=positive_int, metavar="PARTICIPANT_ID", help="the guest who moves")
    share.add_argument("with_participant_id", type=positive_int, metavar="WITH_PARTICIPANT_ID",
                       help="the guest whose room is shared")
    share.add_argument("--lock", action="store_true",
                       help="lock the mover's new assignment so automatic re-runs keep it")
    share.add_argument("--json", action="store_true", help="print the result as JSON")

    for name, text in (("lock", "lock a guest's assignment (re-runs keep it)"),
                       ("unlock", "unlock a guest's assignment")):
        p = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        p.add_argument("participant_id", type=positive_int, metavar="PARTICIPANT_ID")
        p.add_argument("--json", action="store_true", help="print the result as JSON")


def _print_plan(summary: dict[str, Any], applied: bool, plan: Any, show_changes: bool) -> None:
    print(f"Guests: {summary['guests']}; placed {summary['placed']}, unplaced {len(summary['unplaced'])}")
    print(f"Objective {summary['objective']} ({'proven optimal' if summary['optimal'] else 'best found'},"
          f" bound {summary['best_bound']}, gap {summary['gap']:.2%}) in {summary['solve_seconds']} s")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(summary["change_counts"].items())) or "none"
    print(f"Changes: {summary['changes']} ({counts}){'' if applied else ' - not applied (dry run)'}")
    for u in summary["unplaced"]:
        print(f"  unplaced: {u['participant']} ({u['delegation'] or '-'}): {u['reason']}")
    for s in summary["split_delegations"]:
        where = ", ".join(f"{h} {n}" for h, n in s["hotels"].items())
        print(f"  split: {s['delegation']} ({where}): {s['reason']}")
    for issue in summary["sharer_issues"]:
        print(f"  sharer: {issue}")
    for note in summary["notes"]:
        print(f"  note: {note}")
    if show_changes:
        for change in plan.changes:
            print(f"  {change.describe()}")


def _run_hotels(args: argparse.Namespace) -> int:
    from conference_desk.core.hotels import service as hotels
    from conference_desk.core.foundation.audit import Actor

    lang = args.lang or "en"
    db = open_db(args, create=False)
    try:
        if args.action == "allocate":
            plan = hotels.allocate(db, keep_locks=args.keep_locks, time_limit=args.time_limit, lang=lang)
            if not args.dry_run:
                hotels.apply_allocation(db, plan, Actor())
            summary = plan.summary()
            summary["applied"] = not args.dry_run
            if args.json:
                print_json(summary)
            else:
                _print_plan(summary, not args.dry_run, plan, args.changes)
        elif args.action == "occupancy":
            grid = hotels.occupancy(db)
            if args.json:
                print_json(grid.as_dict())
            else:
                _print_occupancy(grid)
        elif args.action == "rooming-list":
            result = hotels.export_rooming_list(db, args.hotel, args.format, args.out, lang)
            if args.json:
                print_json(result)
            else:
                print(f"Wrote the rooming list of {result['hotel']} ({result['rows']} guests) to"
                      f" {result['file']} ({result['format']}).")
        elif args.action == "confirmations":
            result = hotels.import_confirmations(db, args.hotel, args.file, Actor())
            if args.json:
                print_json(result)
            else:
                print(f"{result['hotel']}: {result['updated']} confirmation numbers stored, {result['unchanged']}"
                      f" unchanged, {result['empty']} empty, {len(result['unknown'])} unknown references.")
        elif args.action == "summary":
            if args.out is not None:
                result = hotels.export_delegation_summary(db, args.out, args.format, lang)
                if args.json:
                    print_json(result)
                else:
                    print(f"Wrote the accommodation of {result['delegations']} delegations to {result['file']}.")
            else:
                data = hotels.delegation_summary(db, lang)
                if args.json:
                    from dataclasses import asdict

                    print_json([asdict(d) for d in data])
                else:
                    for d in data:
                        where = ", ".join(f"{h} {n}" for h, n in d.hotels.items()) or "-"
                        print(f"{d.delegation}: {len(d.stays)} guests ({where})")
        elif args.action == "move":
            with db.session() as session:
                hotel = hotels.find_hotel(session, args.hotel)
                room_type = hotels.find_room_type(session, hotel, args.room_type)
                hotel_id, room_type_id = hotel.id, room_type.id
            result = hotels.move_guest(db, args.participant_id, hotel_id, room_type_id, lock=args.lock,
                                       actor=Actor(), with_sharers=not args.alone)
            if args.json:
                print_json(result)
            else:
                print(f"Moved to {result['hotel']} {result['room_type']} {result['room_label']}"
                      f" ({result['arrival']}..{result['departure']}){', locked' if result['locked'] else ''}.")
        elif args.action == "share":
            result = hotels.share_room(db, args.participant_id, args.with_participant_id, Actor(), lock=args.lock)
            if args.json:
                print_json(result)
            else:
                print(f"Participant {result['participant_id']} now shares room {result['room_label']}"
                      f" ({result['hotel']} {result['room_type']}, {result['arrival']}..{result['departure']})"
                      f" with participant {result['with_participant_id']}{', locked' if result['locked'] else ''}.")
        elif args.action in ("lock", "unlock"):
            (hotels.lock_guest if args.action == "lock" else hotels.unlock_guest)(db, args.participant_id, Actor())
            if args.json:
                print_json({"participant_id": args.participant_id, "locked": args.action == "lock"})
            else:
                print(f"Participant {args.participant_id}: assignment {args.action}ed.")
    finally:
        db.dispose()
    return 0


def _print_occupancy(grid: Any) -> None:
    for h in grid.hotels:
        print(f"{h.name} (attrition {h.attrition_percent} %, {h.guests} guests)")
        print("  " + f"{'':<26}" + "".join(f"{n.isoformat()[5:]:>12}" for n in grid.nights))
        for t in h.room_types:
            cells = "".join(f"{c.allocated:>5}/{c.block:<4}{'!' if c.over else '*' if c.full else ' ':>2}"
                            for c in t.cells)
            print(f"  {t.name[:26]:<26}{cells}")
        print("  " + f"{'rooms / block (threshold)':<26}"
              + "".join(f"{f'{n.used}/{n.block}({n.threshold})':>12}" for n in h.nights))


COMMANDS: Commands = {
    "hotels": ("hotel rooms: allocate, occupancy, rooming lists, summary per delegation, move/share/lock guests",
               _hotels_arguments, _run_hotels),
}
