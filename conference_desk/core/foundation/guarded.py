"""What a desk's database role changes through the server's ``desk_auth`` functions (no Qt).

On a shared PostgreSQL server set up by ``server-setup`` (``core/desks/server.py``) a
clerk's role may not update badges, operators or check-in events at will: the
narrow changes a desk needs are SECURITY DEFINER functions of the schema
``desk_auth`` (sign in with a PIN, revoke a badge for a reprint).  On SQLite,
or a PostgreSQL database never set up with ``server-setup``, the same helpers
do the plain statement.  The core calls these helpers and stays path-neutral.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

from sqlalchemy import Engine, text, update

from .models import Badge

_has_desk_auth: "weakref.WeakKeyDictionary[Engine, bool]" = weakref.WeakKeyDictionary()


def uses_desk_auth(engine: Engine, connection: Any = None) -> bool:
    """Whether this database is a server set up with ``desk_auth`` (cached per engine)."""
    if engine.dialect.name != "postgresql":
        return False
    known = _has_desk_auth.get(engine)
    if known is None:
        query = text("SELECT to_regprocedure('desk_auth.sign_in(text, bytea, text)') IS NOT NULL")
        if connection is not None:
            known = bool(connection.execute(query).scalar())
        else:
            with engine.connect() as conn:
                known = bool(conn.execute(query).scalar())
        _has_desk_auth[engine] = known
    return known


def revoke_badge(session: Any, badge_id: int, reason: str, at: dt.datetime) -> int:
    """Revoke a badge that is not revoked yet (a reprint); the number of rows changed (0 or 1).

    Never un-revokes: on a shared server the desk's role has no UPDATE on
    ``badge.revoked_at`` and goes through ``desk_auth.revoke_badge``.
    """
    conn = session.connection()
    at = at.replace(tzinfo=None) if at.tzinfo is None else at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if uses_desk_auth(conn.engine, conn):
        return int(conn.execute(text("SELECT desk_auth.revoke_badge(:id, :reason, :at)"),
                                {"id": int(badge_id), "reason": reason[:200], "at": at}).scalar() or 0)
    return int(session.execute(
        update(Badge).where(Badge.id == badge_id, Badge.revoked_at.is_(None))
        .values(revoked_at=at, revoke_reason=reason[:200])
        .execution_options(synchronize_session=False)
    ).rowcount)


__all__ = ["revoke_badge", "uses_desk_auth"]
