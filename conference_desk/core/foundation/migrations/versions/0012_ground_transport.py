"""Ground transport (issue 20): flights on the participant, planned runs and who rides them

``participant`` gains the arrival and departure flight (number, local time,
terminal; the dates are the existing arrival and departure dates) and
``own_transport`` ("own arrangement").  The columns are added in place
(ALTER TABLE ADD COLUMN), so the full-text search triggers of 0009 stay.
``transport_run``: one vehicle going once from one place to another;
``transport_seat``: one participant on one airport run (one arrival and one
departure run at most).  The transport rules (vehicles, travel times, waiting
limit) are a JSON value in the existing ``setting`` table.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("arrival_flight", sa.String(length=10), ""),
    ("arrival_time", sa.Time(), None),
    ("arrival_terminal", sa.String(length=4), ""),
    ("departure_flight", sa.String(length=10), ""),
    ("departure_time", sa.Time(), None),
    ("departure_terminal", sa.String(length=4), ""),
)


def upgrade() -> None:
    for name, type_, default in _COLUMNS:
        if default is None:
            op.add_column("participant", sa.Column(name, type_, nullable=True))
        else:
            op.add_column("participant", sa.Column(name, type_, server_default=default, nullable=False))
    op.add_column("participant", sa.Column("own_transport", sa.Boolean(), server_default=sa.false(),
                                           nullable=False))
    op.create_table(
        "transport_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("vehicle", sa.String(length=10), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("departs_at", sa.DateTime(), nullable=False),
        sa.Column("from_place", sa.String(length=160), nullable=False),
        sa.Column("to_place", sa.String(length=160), nullable=False),
        sa.Column("riders", sa.Integer(), nullable=False),
        sa.Column("luggage", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('arrival', 'departure', 'shuttle')", name=op.f("ck_transport_run_kind_known")),
        sa.CheckConstraint("seats > 0 AND riders >= 0 AND riders <= seats",
                           name=op.f("ck_transport_run_riders_within_seats")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transport_run")),
        sa.UniqueConstraint("code", name=op.f("uq_transport_run_code")),
    )
    op.create_index(op.f("ix_transport_run_departs_at"), "transport_run", ["departs_at"], unique=False)
    op.create_table(
        "transport_seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["transport_run.id"], name=op.f("fk_transport_seat_run_id_transport_run"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_transport_seat_participant_id_participant"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transport_seat")),
        sa.UniqueConstraint("participant_id", "kind", name=op.f("uq_transport_seat_participant_id")),
    )
    op.create_index(op.f("ix_transport_seat_run_id"), "transport_seat", ["run_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_transport_seat_run_id"), table_name="transport_seat")
    op.drop_table("transport_seat")
    op.drop_index(op.f("ix_transport_run_departs_at"), table_name="transport_run")
    op.drop_table("transport_run")
    # ALTER TABLE DROP COLUMN in place on both (SQLite >= 3.35): no table copy, so the search
    # triggers of 0009 stay (a batch copy would drop them).
    for name in ("own_transport", *(c[0] for c in reversed(_COLUMNS))):
        op.execute(f"ALTER TABLE participant DROP COLUMN {name}")
