"""Commands about participants: ``participants list``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from .common import Commands, open_db, positive_int, print_json

if TYPE_CHECKING:
    from conference_desk.core.foundation.db import Database
    from conference_desk.core.people.registration import ParticipantQuery

STATUSES = ("registered", "confirmed", "cancelled")


def participant_query(
    db: Database, search: str = "", delegation: str | None = None, category: str | None = None,
    status: str | None = None,
) -> ParticipantQuery:
    """A ParticipantQuery from command-line values; unknown codes raise a one-line error."""
    from sqlalchemy import select

    from conference_desk.core.foundation.errors import ConferenceDeskError
    from conference_desk.core.foundation.models import Category, MemberState, ParticipantStatus
    from conference_desk.core.people.registration import ParticipantQuery

    query = ParticipantQuery(search=search or "")
    with db.session() as session:
        if delegation:
            iso3 = delegation.strip().upper()
            if session.scalar(select(MemberState.id).where(MemberState.iso3 == iso3)) is None:
                raise ConferenceDeskError(f"No Member State with the ISO code {delegation!r}.")
            query.member_state_iso3 = iso3
        if category:
            category_id = session.scalar(select(Category.id).where(Category.code == category.strip()))
            if category_id is None:
                codes = ", ".join(session.scalars(select(Category.code).order_by(Category.sort_order)))
                raise ConferenceDeskError(f"No category {category!r} (known: {codes}).")
            query.category_id = category_id
    if status:
        query.status = ParticipantStatus(status)
    return query


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    lister = sub.add_parser(
        "list", help="list participants (search, filters)",
        description="List participants sorted by family name; the search is accent- and case-insensitive "
        "and matches transliterated names.",
    )
    lister.add_argument("--search", default="", metavar="TEXT", help="text to search for")
    lister.add_argument("--delegation", metavar="ISO3", help="Member State delegation (ISO alpha-3 code)")
    lister.add_argument("--category", metavar="CODE", help="category code (e.g. head, mayor, delegate)")
    lister.add_argument("--status", choices=STATUSES, help="registration status")
    lister.add_argument("--limit", type=positive_int, default=None, metavar="N",
                        help="at most N participants (default: all)")
    lister.add_argument("--json", action="store_true", help="print a JSON list")


def _row_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "given_name": row.given_name,
        "family_name": row.family_name,
        "latin_name": row.latin_name,
        "delegation": row.delegation,
        "iso3": row.member_state_iso3,
        "category": row.category_code,
        "position": row.position,
        "organisation": row.organisation,
        "city": row.city,
        "email": row.email,
        "arrival_date": row.arrival_date.isoformat() if row.arrival_date else None,
        "departure_date": row.departure_date.isoformat() if row.departure_date else None,
        "status": row.status,
    }


def _run_participants(args: argparse.Namespace) -> int:
    from conference_desk.core.people.registration import count_participants, list_participants

    db = open_db(args, create=False)
    try:
        query = participant_query(db, args.search, args.delegation, args.category, args.status)
        with db.session() as session:
            rows = list_participants(session, query, limit=args.limit, lang=args.lang or "en")
            total = count_participants(session, query, args.lang or "en") if args.limit else len(rows)
    finally:
        db.dispose()
    if args.json:
        print_json([_row_json(row) for row in rows])
        return 0
    for row in rows:
        name = " ".join(p for p in (row.given_name, row.family_name) if p)
        if row.latin_name and row.latin_name != name:
            name += f" ({row.latin_name})"
        arrival = row.arrival_date.isoformat() if row.arrival_date else "-"
        print(f"{row.id:>7}  {name[:40]:<40}  {row.delegation[:28]:<28}  {row.category_code:<10}  "
              f"{row.city[:18]:<18}  {arrival}")
    shown = f"{len(rows)} of {total}" if total != len(rows) else str(len(rows))
    print(f"{shown} participants.")
    return 0


COMMANDS: Commands = {
    "participants": ("list participants (search and filters)", _list_arguments, _run_participants),
}
