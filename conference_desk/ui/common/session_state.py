"""Who is signed in at this desk: the operator, their role and the desk's name.

One place for the screens: :func:`current_actor` is the ``Actor`` every change
is recorded with (operator and desk in the audit log), :func:`current_role`
decides what the main window shows.  While the database has no operator, no
one signs in and the desk works as an implicit administrator (single laptop).

Signing in also sets ``core.audit``'s default actor, so core functions called
without an explicit actor record the signed-in operator too.
"""

from __future__ import annotations

import socket
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from conference_desk.core.foundation.permissions import ADMINISTRATOR, permissions

if TYPE_CHECKING:  # core.audit and core.operators import the ORM models: not at start-up
    from conference_desk.core.foundation import audit
    from conference_desk.core.desks.operators import OperatorInfo

DESK_KEY = "desk/name"

_operator: OperatorInfo | None = None
_desk: str = ""


def default_desk_name() -> str:
    try:
        return socket.gethostname()[:40] or "Desk"
    except OSError:
        return "Desk"


def desk_name(settings: QSettings | None = None) -> str:
    """This desk's name: QSettings "desk/name", else the computer's name."""
    if settings is not None:
        value = str(settings.value(DESK_KEY, "") or "").strip()
        if value:
            return value[:40]
    return _desk or default_desk_name()


def sign_in(operator: OperatorInfo, desk: str) -> None:
    global _operator, _desk
    _operator = operator
    _desk = (desk or default_desk_name())[:40]
    from conference_desk.core.foundation import audit

    audit.set_signed_in(operator.name, _desk)


def sign_out() -> None:
    global _operator
    _operator = None
    audit = sys.modules.get("conference_desk.core.foundation.audit")  # not imported yet: no one is signed in there
    if audit is not None:
        audit.set_signed_in(None)


def current_operator() -> OperatorInfo | None:
    return _operator


def current_role() -> str:
    """The signed-in operator's role; ``administrator`` when no one signs in (no operators)."""
    return _operator.role if _operator is not None else ADMINISTRATOR


def current_permissions() -> frozenset[str]:
    return permissions(current_role())


def may(permission: str) -> bool:
    return permission in current_permissions()


def current_actor() -> audit.Actor:
    """Who the next change is recorded as: the signed-in operator at this desk."""
    from conference_desk.core.foundation import audit

    if _operator is not None:
        return audit.Actor(operator=_operator.name, desk=_desk or default_desk_name())
    return audit.Actor()
