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
    result["checks"] = checks
    result["ok"] = (result["sqlite_integrity"] in ("ok", "n/a") and not result["foreign_keys"]
                    and all(c["ok"] for c in checks))
    return result
