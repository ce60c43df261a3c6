"""Report commands: ``dashboard`` (arrivals on one conference day)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from .common import Commands, open_db, print_json


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _dashboard_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--day", metavar="YYYY-MM-DD", type=_date, default=None,
                        help="the conference day (default: today during the conference, else the day "
                        "with the most arrivals, else the first conference day)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _bar(done: int, total: int, width: int = 20) -> str:
    filled = round(width * done / total) if total else 0
    return "#" * min(filled, width) + "." * max(width - filled, 0)


def _print_dashboard(data: dict[str, Any]) -> None:
    totals = data["totals"]
    when = "today" if data["is_today"] else data["day"]
    print(f"Arrived {when} ({data['day']}): {totals['admitted']} of {totals['expected']} expected"
          f" (repeat scans {totals['already']}, rejected {totals['rejected']})")
    print("\nBy hour (local time)         arrivals  total")
    for row in data["hours"]:
        print(f"  {row['hour']:02d}:00  {_bar(row['admitted'], max(r['admitted'] for r in data['hours']) or 1)}"
              f"  {row['admitted']:>6}  {row['cumulative']:>5}")
    for title, rows, key in (("By UNESCO region", data["regions"], "label"),
                             ("By category", data["categories"], "label"),
                             ("By gender", data["genders"], "label")):
        print(f"\n{title:<36} arrived / expected")
        for row in rows:
            print(f"  {row[key][:34]:<34} {row['admitted']:>7} / {row['expected']:<7}")
    delegations = data["delegations"]
    print(f"\nDelegations: {delegations['complete']} complete, {delegations['partial']} partial, "
          f"{delegations['not_arrived']} not arrived (of {delegations['total']})")
    for key, title in (("partial", "Partial"), ("not_arrived", "Not arrived")):
        items = delegations["lists"][key]
        if items:
            names = ", ".join(f"{item['name']} ({item['arrived']}/{item['members']})" for item in items)
            print(f"  {title}: {names}")


def _run_dashboard(args: argparse.Namespace) -> int:
    from conference_desk.core.checkin.figures import arrivals_dashboard

    db = open_db(args, create=False)
    try:
        data = arrivals_dashboard(db, args.day, lang=args.lang or "en")
    finally:
        db.dispose()
    if args.json:
        print_json(data)
    else:
        _print_dashboard(data)
    return 0


COMMANDS: Commands = {
    "dashboard": ("arrivals at the venue on one day: by hour, region, category, gender; delegations",
                  _dashboard_arguments, _run_dashboard),
}
