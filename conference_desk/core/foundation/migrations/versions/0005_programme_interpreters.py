"""Programme and interpreting (issues 7 and 8)

* ``programme_session.floor_languages``: the languages spoken in a session
  (the booths' source languages); "" means the interpreted languages.
* ``programme_session.max_sign_ups``: a cap on forum sign-ups (NULL = room
  capacity).
* ``interpreter_assignment``: the roster, one row per interpreter per booth.
* ``conflict_acknowledgement``: programme warnings accepted by an organiser.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme_session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("floor_languages", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("max_sign_ups", sa.Integer(), nullable=True))

    op.create_table(
        "interpreter_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("booth_language", sa.String(length=8), nullable=False),
        sa.Column("interpreter_id", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["programme_session.id"],
                                name=op.f("fk_interpreter_assignment_session_id_programme_session"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interpreter_id"], ["interpreter.id"],
                                name=op.f("fk_interpreter_assignment_interpreter_id_interpreter"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interpreter_assignment")),
        sa.UniqueConstraint("session_id", "interpreter_id", name="uq_interpreter_assignment"),
    )
    with op.batch_alter_table("interpreter_assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interpreter_assignment_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interpreter_assignment_interpreter_id"), ["interpreter_id"], unique=False)

    op.create_table(
        "conflict_acknowledgement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("operator", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_acknowledgement")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_conflict_acknowledgement_fingerprint")),
    )


def downgrade() -> None:
    op.drop_table("conflict_acknowledgement")
    with op.batch_alter_table("interpreter_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interpreter_assignment_interpreter_id"))
        batch_op.drop_index(batch_op.f("ix_interpreter_assignment_session_id"))
    op.drop_table("interpreter_assignment")
    with op.batch_alter_table("programme_session", schema=None) as batch_op:
        batch_op.drop_column("max_sign_ups")
        batch_op.drop_column("floor_languages")
