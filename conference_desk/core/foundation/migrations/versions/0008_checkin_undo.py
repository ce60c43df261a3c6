"""Undo a check-in (issue 14): two more outcomes and the link from an undo to its admission

``checkin_event.outcome`` may now also be ``undone`` (an admission taken back at
the desk) and ``undo`` (the compensating event: who took it back, when, why), and
``checkin_event.reverses_event_id`` names the admission an ``undo`` event took
back.  Nothing is deleted.  The partial unique indexes of 0003 count only
``admitted`` rows, so an undone person can be admitted again, exactly once.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD = ("admitted", "already_in", "rejected")
NEW = OLD + ("undone", "undo")
ADMITTED_AT_VENUE = "outcome = 'admitted' AND place = 'venue'"
ADMITTED_IN_SESSION = "outcome = 'admitted' AND place = 'session'"
CHECK = "ck_checkin_event_checkin_outcome"


def _outcome(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="checkin_outcome", native_enum=False, create_constraint=True, length=24)


def _drop_partial_indexes() -> None:
    # Recreated explicitly: a batch copy of the table on SQLite would not keep their WHERE clauses.
    op.drop_index("uq_checkin_admitted_session", table_name="checkin_event")
    op.drop_index("uq_checkin_admitted_venue", table_name="checkin_event")


def _create_partial_indexes() -> None:
    op.create_index("uq_checkin_admitted_venue", "checkin_event", ["day", "participant_id"], unique=True,
                    sqlite_where=sa.text(ADMITTED_AT_VENUE), postgresql_where=sa.text(ADMITTED_AT_VENUE))
    op.create_index("uq_checkin_admitted_session", "checkin_event", ["session_id", "day", "participant_id"],
                    unique=True, sqlite_where=sa.text(ADMITTED_IN_SESSION),
                    postgresql_where=sa.text(ADMITTED_IN_SESSION))


def _change_outcomes(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot alter a CHECK: batch mode copies the table with the new type's constraint.
        with op.batch_alter_table("checkin_event", recreate="always") as batch:
            batch.alter_column("outcome", existing_type=_outcome(old), type_=_outcome(new),
                               existing_nullable=False)
    else:
        # In place (the table keeps its grants on a shared server).
        values = ", ".join(f"'{value}'" for value in new)
        op.execute(f"ALTER TABLE checkin_event DROP CONSTRAINT {CHECK}")
        op.execute(f"ALTER TABLE checkin_event ADD CONSTRAINT {CHECK} CHECK (outcome IN ({values}))")


def upgrade() -> None:
    _drop_partial_indexes()
    _change_outcomes(OLD, NEW)
    with op.batch_alter_table("checkin_event") as batch:
        batch.add_column(sa.Column("reverses_event_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_checkin_event_reverses_event_id_checkin_event", "checkin_event",
                                 ["reverses_event_id"], ["id"], ondelete="SET NULL")
    _create_partial_indexes()


def downgrade() -> None:
    _drop_partial_indexes()
    # An undone admission was an admission; the undo events go (the audit log keeps them).
    op.execute("DELETE FROM checkin_event WHERE outcome = 'undo'")
    op.execute("UPDATE checkin_event SET outcome = 'admitted' WHERE outcome = 'undone' AND id IN ("
               " SELECT max(id) FROM checkin_event WHERE outcome = 'undone'"
               " GROUP BY participant_id, day, place, session_id)")
    op.execute("UPDATE checkin_event SET outcome = 'already_in' WHERE outcome = 'undone'")
    op.execute("UPDATE checkin_event SET outcome = 'already_in' WHERE outcome = 'admitted' AND id NOT IN ("
               " SELECT min(id) FROM checkin_event WHERE outcome = 'admitted'"
               " GROUP BY participant_id, day, place, session_id)")
    with op.batch_alter_table("checkin_event") as batch:
        batch.drop_constraint("fk_checkin_event_reverses_event_id_checkin_event", type_="foreignkey")
        batch.drop_column("reverses_event_id")
    _change_outcomes(NEW, OLD)
    _create_partial_indexes()
