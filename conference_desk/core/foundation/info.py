"""A summary of what a conference database holds (``conference-desk info``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .db import Database
from .errors import NotInitialisedError

if TYPE_CHECKING:  # the ORM models only where an ORM session is used (not at start-up)
    from sqlalchemy.orm import Session

    from .models import Conference


def get_conference(session: Session) -> Conference:
    from sqlalchemy import select

    from .models import Conference

    conference = session.scalar(select(Conference))
    if conference is None:
        raise NotInitialisedError(
            "This database has no conference yet: run `conference-desk init` first."
        )
    return conference


# The counts of conference_summary, each one aggregate in SQL (plain SELECTs: the overview reads
# them at start-up, before anything has imported the ORM models).  Enum columns hold their values.
_COUNTS = {
    "member_states": "SELECT count(*) FROM member_state WHERE status = 'member'",
    "member_states_with_fr_es_names": "SELECT count(*) FROM member_state WHERE name_fr != '' AND name_es != ''",
    "associate_members": "SELECT count(*) FROM member_state WHERE status = 'associate'",
    "delegations": "SELECT count(*) FROM delegation",
    "member_state_delegations": "SELECT count(*) FROM delegation WHERE kind = 'member_state'",
    "participants": "SELECT count(*) FROM participant",
    "categories": "SELECT count(*) FROM category",
    "venue_rooms": "SELECT count(*) FROM venue_room",
    "hotels": "SELECT count(*) FROM hotel",
    "room_types": "SELECT count(*) FROM room_type",
    "room_nights_blocked": "SELECT coalesce(sum(rooms), 0) FROM room_block",
    "sessions": "SELECT count(*) FROM programme_session",
    "interpreters": "SELECT count(*) FROM interpreter",
    "badges": "SELECT count(*) FROM badge",
    "checkin_events": "SELECT count(*) FROM checkin_event",
}
_CONFERENCE_COLUMNS = ("code", "name_en", "name_fr", "name_es", "short_name", "theme_en", "theme_fr", "theme_es",
                       "arrival_date", "start_date", "end_date", "departure_date", "city", "venue_name",
                       "venue_address", "working_languages", "organisers", "hosts")


def _iso(value: Any) -> str:
    """A date column as ISO text (SQLite hands back text, PostgreSQL a date)."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)[:10]


def conference_summary(db: Database, lang: str = "en") -> dict[str, Any]:
    """Plain data (JSON-ready) describing the conference and what the database holds."""
    with db.plain_reads() as reads:  # no SQLAlchemy needed on a SQLite file (the overview at start-up)
        found = reads.rows(f"SELECT {', '.join(_CONFERENCE_COLUMNS)} FROM conference ORDER BY id LIMIT 1")
        if not found:
            raise NotInitialisedError(
                "This database has no conference yet: run `conference-desk init` first."
            )
        row = dict(zip(_CONFERENCE_COLUMNS, found[0]))
        counts = {key: int(reads.rows(sql)[0][0] or 0) for key, sql in _COUNTS.items()}
        revision = reads.revision()

    def name(code: str) -> str:  # models.Conference.name()
        return row.get(f"name_{code}", "") or row["name_en"]

    return {
        "conference": {
            "code": row["code"],
            "name": name(lang),
            "names": {code: name(code) for code in ("en", "fr", "es")},
            "short_name": row["short_name"],
            "theme": row.get(f"theme_{lang}", "") or row["theme_en"],
            "arrival_date": _iso(row["arrival_date"]),
            "start_date": _iso(row["start_date"]),
            "end_date": _iso(row["end_date"]),
            "departure_date": _iso(row["departure_date"]),
            "city": row["city"],
            "venue": row["venue_name"],
            "venue_address": row["venue_address"],
            "working_languages": [code for code in row["working_languages"].split(",") if code],
            "organisers": row["organisers"],
            "hosts": row["hosts"],
        },
        "database": db.describe(),
        "schema_revision": revision,
        "counts": counts,
    }
