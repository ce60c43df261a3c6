"""The audit log: who changed what, when, at which desk."""

from __future__ import annotations

import getpass
import json
import socket
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from .models import AuditEntry


@dataclass
class Actor:
    """Who is working: an operator at a desk (the CLI and GUI fill it in)."""

    operator: str = field(default_factory=lambda: _safe(getpass.getuser))
    desk: str = field(default_factory=lambda: _safe(socket.gethostname))


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
