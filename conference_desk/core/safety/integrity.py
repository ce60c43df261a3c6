"""Integrity of a database: SQLite's own check, the schema revision, and the
conference's rules across tables (badge codes verify, rooms within blocks,
no orphan rows), as the backup and restore commands report them.
"""

from __future__ import annotations

from typing import Any

from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text


def check_integrity(db: Database, badge_sample: int | None = None) -> dict[str, Any]:
    """The database's integrity: SQLite's own checks and the application's.

    Returns ``{"ok", "sqlite_integrity", "foreign_keys": [...], "schema",
    "checks": [{"name", "ok", "count", "examples", "message"}]}``.
    ``badge_sample``: verify only that many badge codes (default: all; an
    HMAC each, about 10 µs).
    """
    from sqlalchemy import func, select

    from ..badges import codes
    from ..foundation import models as m
    from ..foundation.db import current_revision
    from ..foundation.text import words

    result: dict[str, Any] = {"ok": True, "sqlite_integrity": "n/a", "foreign_keys": [],
                              "schema": current_revision(db.engine), "checks": []}
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            result["sqlite_integrity"] = "ok" if rows == ["ok"] else "; ".join(rows[:20])
            result["foreign_keys"] = [
                {"table": r[0], "rowid": r[1], "parent": r[2]}
                for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:1000]
            ]
        checks: list[dict[str, Any]] = []

        def add(name: str, ids: list[Any], message: Text) -> None:
            checks.append({"name": name, "ok": not ids, "count": len(ids), "examples": ids[:10],
                           "message": message if ids else ""})

        p, ce, b = m.Participant.__table__, m.CheckInEvent.__table__, m.Badge.__table__
        orphans = list(conn.execute(
            select(ce.c.id).where(ce.c.participant_id.is_not(None),
                                  ce.c.participant_id.not_in(select(p.c.id))).order_by(ce.c.id)).scalars())
        add("checkins_without_participant", orphans,
            Text("{count} check-in(s) name a participant who does not exist.", count=len(orphans)))
        orphans = list(conn.execute(
            select(ce.c.id).where(ce.c.badge_id.is_not(None),
                                  ce.c.badge_id.not_in(select(b.c.id))).order_by(ce.c.id)).scalars())
        add("checkins_without_badge", orphans,
            Text("{count} check-in(s) name a badge that does not exist.", count=len(orphans)))

        over: list[str] = []
        try:
            from ..hotels.service import occupancy

            over = [f"{hotel} {room_type} {night.isoformat()}" for hotel, room_type, night in occupancy(db).over]
        except ConferenceDeskError:  # pragma: no cover - no hotels set up
            over = []
        add("rooms_over_block", over, Text("{count} hotel night(s) have more rooms assigned than the block.",
                                           count=len(over)))

        bad: list[int] = []
        conference = conn.execute(select(m.Conference.badge_secret, m.Conference.code).limit(1)).first()
        if conference is not None:
            key = codes.CodeVerifier(bytes(conference.badge_secret), conference.code)
            query = select(b.c.id, b.c.code).order_by(b.c.id)
            if badge_sample is not None:
                query = query.order_by(None).order_by(func.random()).limit(badge_sample)
            for badge_id, code in conn.execute(query):
                if key.check(code)[0] != codes.OUTCOME_OK:
                    bad.append(badge_id)
            bad.sort()
        add("badges_not_verifying", bad,
            Text("{count} badge code(s) do not verify with the conference key.", count=len(bad)))

        w = m.ParticipantWord.__table__
        missing = [pid for pid, text in conn.execute(
            select(p.c.id, p.c.search_text).where(p.c.id.not_in(select(w.c.participant_id))).order_by(p.c.id))
            if words(text or "")]
        add("participants_without_search_words", missing,
            Text("{count} participant(s) cannot be found by search (no search words).", count=len(missing)))
        if db.is_sqlite:  # the desk's counters, kept by triggers (migration 0015)
            off = [f"{day} {place}" + (f" {session}" if session else "") for day, place, session in conn.exec_driver_sql(
                "WITH e AS (SELECT day, place, coalesce(session_id, 0) AS session_id, count(*) AS n"
                " FROM checkin_event WHERE outcome = 'admitted' GROUP BY 1, 2, 3)"
                " SELECT e.day, e.place, e.session_id FROM e LEFT JOIN checkin_counter AS c"
                " ON c.day = e.day AND c.place = e.place AND c.session_id = e.session_id"
                " WHERE coalesce(c.admitted, 0) <> e.n"
                " UNION SELECT c.day, c.place, c.session_id FROM checkin_counter AS c LEFT JOIN e"
                " ON c.day = e.day AND c.place = e.place AND c.session_id = e.session_id"
                " WHERE c.admitted <> coalesce(e.n, 0) ORDER BY 1, 2, 3")]
            add("checkin_counters_off", off,
                Text("{count} check-in counter(s) do not match the admissions recorded.", count=len(off)))
        else:  # PostgreSQL: the search's prefix table, kept by a trigger (migration 0014)
            off = list(conn.exec_driver_sql(
                "SELECT DISTINCT coalesce(e.id, q.participant_id) AS pid FROM"
                " (SELECT x AS prefix, sort_name, id FROM participant,"
                "  unnest(participant_search_prefixes(search_vector)) AS x) AS e"
                " FULL JOIN participant_search_prefix AS q"
                "  ON q.prefix = e.prefix AND q.sort_name = e.sort_name AND q.participant_id = e.id"
                " WHERE e.id IS NULL OR q.participant_id IS NULL ORDER BY 1").scalars())
            add("search_prefixes_off", off,
                Text("{count} participant(s) are not in the search's prefix table as their names say.",
                     count=len(off)))
    result["checks"] = checks
    result["ok"] = (result["sqlite_integrity"] in ("ok", "n/a") and not result["foreign_keys"]
                    and all(c["ok"] for c in checks))
    return result
