"""Privacy (issue 10): sensitive participant fields, audit log indexes

``participant.passport_number`` (5–20 letters or digits, empty when not given)
and ``participant.date_of_birth`` (nullable): optional, masked for desk clerks
and left out of exports unless asked for (``core/safety/privacy.py``).  Two indexes
let the audit screen filter a large log by operator or action, newest first.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("passport_number", sa.String(length=20), server_default="", nullable=False))
        batch.add_column(sa.Column("date_of_birth", sa.Date(), nullable=True))
    op.create_index("ix_audit_log_operator", "audit_log", ["operator", "at"])
    op.create_index("ix_audit_log_action", "audit_log", ["action", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_action", table_name="audit_log")
    op.drop_index("ix_audit_log_operator", table_name="audit_log")
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("date_of_birth")
        batch.drop_column("passport_number")
