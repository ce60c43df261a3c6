"""Roles and what each may do, without the ORM models (the main window reads them at start-up).

``core.operators`` re-exports every name here; it checks that :data:`ROLES` are the values
of ``models.OperatorRole``.
"""

from __future__ import annotations

from .db import Database

ROLES = ("clerk", "organiser", "administrator")  # models.OperatorRole's values, in that order
CLERK, ORGANISER, ADMINISTRATOR = ROLES

# What each role may do.  Keys the GUI and the CLI check (``may(role, key)``).
CLERK_PERMISSIONS = frozenset({
    "conference.view",     # the overview area
    "participants.view",   # look people up (read-only lists)
    "checkin",             # scan, type a name, admit
    "walk_in",             # register a walk-in at the desk
    "badges.print",        # print a participant's badge
    "badges.reprint",      # reprint (revokes the previous version)
})
ORGANISER_PERMISSIONS = CLERK_PERMISSIONS | frozenset({
    "participants.edit",   # create, edit, cancel participants
    "delegations.edit",    # delegations, heads of delegation
    "import",              # registration imports
    "duplicates",          # find and merge duplicates
    "export",              # lists and documents
    "badges.design",       # badge style, batch printing
    "hotels",              # room blocks, allocation, rooming lists
    "programme",           # sessions, rooms, speakers, sign-ups
    "interpreters",        # interpreters and their roster
    "transport",           # airport runs and shuttles: plan, move guests, lock runs
    "reports",             # dashboard and reports
    "sensitive.view",      # passport, date of birth, phone unmasked; exports that include them
    "audit",               # browse and export the audit log
    "checkin.undo_any",    # undo another operator's check-in (a clerk may undo their own)
    "mail",                # write to participants, letters and certificates (issue 19)
})
ADMINISTRATOR_PERMISSIONS = ORGANISER_PERMISSIONS | frozenset({
    "setup",               # conference set-up data
    "operators",           # add, deactivate operators, reset PINs
    "server",              # server set-up, copy a conference
})
PERMISSIONS: dict[str, frozenset[str]] = {
    CLERK: CLERK_PERMISSIONS,
    ORGANISER: ORGANISER_PERMISSIONS,
    ADMINISTRATOR: ADMINISTRATOR_PERMISSIONS,
}


def permissions(role: str) -> frozenset[str]:
    """What a role may do (an unknown role: nothing)."""
    return PERMISSIONS.get(str(getattr(role, "value", role)), frozenset())


def has_operators(db: Database) -> bool:
    """Whether signing in is required (at least one active operator exists): one plain SELECT."""
    with db.plain_reads() as reads:  # no SQLAlchemy needed on a SQLite file (start-up)
        return bool(reads.rows("SELECT 1 FROM operator WHERE active LIMIT 1"))


def may(role: str, permission: str) -> bool:
    return permission in permissions(role)
