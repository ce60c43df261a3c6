"""Commands of the conference set-up: init, demo, info."""

from __future__ import annotations

import argparse

from .common import Commands, open_db, positive_int, print_json, whole_int


# --------------------------------------------------------------------------
# init
# --------------------------------------------------------------------------


def _init_arguments(parser: argparse.ArgumentParser) -> None:
    from conference_desk.core.foundation.paths import (  # not setup_data: no ORM to build the parser
        RESOURCES_DIR,
    )

    setups = sorted(p.stem for p in (RESOURCES_DIR / "setups").glob("*.json"))  # setup_data.available_setups()
    parser.add_argument(
        "--conference",
        choices=setups,
        default="iclc2015",
        help="shipped set-up to load into a new database (default: iclc2015)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_init(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.setup_data import initialise

    db = open_db(args, create=True)
    try:
        result = initialise(db, args.conference)
        data = {
            "database": db.describe(),
            "created": result.created,
            "conference": result.conference_code,
            "loaded": {
                "member_states": result.member_states,
                "categories": result.categories,
                "venue_rooms": result.venue_rooms,
                "hotels": result.hotels,
                "sessions": result.sessions,
            },
        }
    finally:
        db.dispose()
    if args.json:
        print_json(data)
    elif result.created:
        loaded = data["loaded"]
        print(
            f"Created conference {result.conference_code} in {data['database']}: "
            f"{loaded['member_states']} member states, {loaded['categories']} categories, "
            f"{loaded['venue_rooms']} venue rooms, {loaded['hotels']} hotels, "
            f"{loaded['sessions']} sessions."
        )
    else:
        print(
            f"{data['database']} already holds conference {result.conference_code}; "
            "schema is up to date, nothing else changed."
        )
    return 0




# --------------------------------------------------------------------------
# demo
# --------------------------------------------------------------------------


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--participants",
        type=positive_int,
        default=650,
        metavar="N",
        help="number of participants to add (default: 650)",
    )
    parser.add_argument(
        "--seed", type=whole_int, default=2015, metavar="S", help="random seed (default: 2015)"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _run_demo(args: argparse.Namespace) -> int:
    from conference_desk.core.demo.generator import populate_demo

    db = open_db(args, create=False)
    try:
        result = populate_demo(db, participants=args.participants, seed=args.seed)
    finally:
        db.dispose()
    data = {
        "participants": result.participants,
        "delegations": result.delegations,
        "member_states": result.member_states,
        "seed": result.seed,
    }
    if args.json:
        print_json(data)
    else:
        print(
            f"Added {result.participants} participants in {result.delegations} delegations "
            f"from {result.member_states} member states (seed {result.seed})."
        )
    return 0




# --------------------------------------------------------------------------
# info
# --------------------------------------------------------------------------


def _info_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def _run_info(args: argparse.Namespace) -> int:
    from conference_desk.core.foundation.info import conference_summary

    db = open_db(args, create=False)
    try:
        data = conference_summary(db, args.lang)
    finally:
        db.dispose()
    if args.json:
        print_json(data)
        return 0
    conf = data["conference"]
    print(f"{conf['name']} ({conf['short_name'] or conf['code']})")
    print(f"  {conf['start_date']} – {conf['end_date']}, {conf['venue']}, {conf['city']}")
    print(f"  database: {data['database']} (schema {data['schema_revision']})")
    for key, value in data["counts"].items():
        print(f"  {key.replace('_', ' ')}: {value}")
    return 0


COMMANDS: Commands = {
    "init": ("create or migrate a conference database and load a set-up", _init_arguments, _run_init),
    "demo": ("add a deterministic, realistic demo population", _demo_arguments, _run_demo),
    "info": ("show the conference and what the database holds", _info_arguments, _run_info),
}
