"""Communications (issue 19): the outbox and certificate overrides

``mail_message``: one message to one participant (rendered subject and parts,
attachments by name, a Message-ID made at queue time, state queued / sending /
sent / failed / retry / unknown, attempts, next attempt time, the server's
answer, timestamps).  ``certificate_override``: an organiser's audited decision
that someone who never checked in gets a certificate.  Mail settings (without the
password, which lives in the operating system's keyring) and the letterhead are
JSON values in the existing ``setting`` table: no table for them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

STATES = ("queued", "sending", "sent", "failed", "retry", "unknown")


def upgrade() -> None:
    op.create_table(
        "mail_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("template", sa.String(length=40), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("to_name", sa.String(length=250), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("attachments", sa.Text(), nullable=False),
        sa.Column("state", sa.Enum(*STATES, name="mail_state", native_enum=False, create_constraint=True,
                                   length=24), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("server_answer", sa.Text(), nullable=False),
        sa.Column("queued_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sending_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_mail_message_attempts_not_negative")),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="SET NULL",
                                name=op.f("fk_mail_message_participant_id_participant")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_message")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mail_message_message_id")),
    )
    op.create_index("ix_mail_message_participant_id", "mail_message", ["participant_id"])
    op.create_index("ix_mail_message_state_next", "mail_message", ["state", "next_attempt_at"])
    op.create_table(
        "certificate_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("operator", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("reason <> ''", name=op.f("ck_certificate_override_reason_required")),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE",
                                name=op.f("fk_certificate_override_participant_id_participant")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_override")),
        sa.UniqueConstraint("participant_id", name=op.f("uq_certificate_override_participant_id")),
    )


def downgrade() -> None:
    op.drop_table("certificate_override")
    op.drop_index("ix_mail_message_state_next", table_name="mail_message")
    op.drop_index("ix_mail_message_participant_id", table_name="mail_message")
    op.drop_table("mail_message")
