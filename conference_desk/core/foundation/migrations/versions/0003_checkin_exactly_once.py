"""Check-in exactly once: partial unique indexes over admitted events

At most one ``admitted`` check-in event per participant and day at the venue,
and per participant, session and day: two desks scanning the same badge at the
same instant cannot both admit it (the database refuses the second row; the
check-in service turns that into "already checked in").  Partial indexes work
the same on SQLite and PostgreSQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ADMITTED_AT_VENUE = "outcome = 'admitted' AND place = 'venue'"
ADMITTED_IN_SESSION = "outcome = 'admitted' AND place = 'session'"


def _keep_first_admissions() -> None:
    """Earlier versions did not enforce it: later duplicate admissions become 'already_in'."""
    op.execute(
        "UPDATE checkin_event SET outcome = 'already_in' WHERE outcome = 'admitted' AND id NOT IN ("
        " SELECT min(id) FROM checkin_event WHERE outcome = 'admitted'"
        " GROUP BY participant_id, day, place, session_id)"
    )


def upgrade() -> None:
    _keep_first_admissions()
    with op.batch_alter_table("checkin_event", schema=None) as batch_op:
        batch_op.create_index(
            "uq_checkin_admitted_venue", ["day", "participant_id"], unique=True,
            sqlite_where=sa.text(ADMITTED_AT_VENUE), postgresql_where=sa.text(ADMITTED_AT_VENUE),
        )
        batch_op.create_index(
            "uq_checkin_admitted_session", ["session_id", "day", "participant_id"], unique=True,
            sqlite_where=sa.text(ADMITTED_IN_SESSION), postgresql_where=sa.text(ADMITTED_IN_SESSION),
        )


def downgrade() -> None:
    with op.batch_alter_table("checkin_event", schema=None) as batch_op:
        batch_op.drop_index("uq_checkin_admitted_session")
        batch_op.drop_index("uq_checkin_admitted_venue")
