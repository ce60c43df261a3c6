"""The audit log: who changed what, when, at which desk."""

from __future__ import annotations

import getpass
import json
import socket
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from .models import AuditEntry


# Who is signed in at this desk (the GUI sets it after sign-in): an ``Actor()``
# made anywhere without arguments then names that operator and desk, so every
# change records them even when a screen lets the core pick the default actor.
_signed_in: tuple[str, str] | None = None


def set_signed_in(operator: str | None, desk: str | None = None) -> None:
    """Make ``Actor()`` default to this operator at this desk (None: back to the system user)."""
    global _signed_in
    _signed_in = None if operator is None else (str(operator)[:80], str(desk or _safe(socket.gethostname))[:40])


def signed_in() -> tuple[str, str] | None:
    """(operator, desk) set by :func:`set_signed_in`, or None."""
    return _signed_in


def _default_operator() -> str:
    return _signed_in[0] if _signed_in is not None else _safe(getpass.getuser)


def _default_desk() -> str:
    return _signed_in[1] if _signed_in is not None else _safe(socket.gethostname)


@dataclass
class Actor:
    """Who is working: an operator at a desk (the CLI and GUI fill it in)."""

    operator: str = field(default_factory=_default_operator)
    desk: str = field(default_factory=_default_desk)


def _safe(fn: Any) -> str:
    try:
        return str(fn())[:40]
    except Exception:  # noqa: BLE001 - a missing user name must not stop the desk
        return ""


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None = None,
    summary: str = "",
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an audit entry to the current unit of work (commits with it, or not at all)."""
    entry = AuditEntry(
        operator=actor.operator,
        desk=actor.desk,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary[:300],
        changes=json.dumps(changes or {}, ensure_ascii=False, default=str, sort_keys=True),
    )
    session.add(entry)
    return entry


# --------------------------------------------------------------------------
# Reading the log: filters, pages, details, export (the audit screen and CLI)
# --------------------------------------------------------------------------




