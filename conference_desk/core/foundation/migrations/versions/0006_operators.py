"""Operators and roles (issue 9): who signs in at a desk

``operator``: name (unique), role (clerk / organiser / administrator), the PIN
as PBKDF2-HMAC-SHA256 with its own salt and round count, an active flag, the
wrong PINs in a row and the lock-out they caused (kept in the database so
every desk agrees), last sign-in and creation time.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("role", sa.Enum("clerk", "organiser", "administrator", name="operator_role",
                                  native_enum=False, create_constraint=True, length=24), nullable=False),
        sa.Column("pin_hash", sa.LargeBinary(length=64), nullable=False),
        sa.Column("pin_salt", sa.LargeBinary(length=32), nullable=False),
        sa.Column("pin_iterations", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("failed_attempts >= 0", name=op.f("ck_operator_failed_attempts_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operator")),
        sa.UniqueConstraint("name", name=op.f("uq_operator_name")),
    )


def downgrade() -> None:
    op.drop_table("operator")
