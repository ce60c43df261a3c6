"""Participant sort name and search words (search as you type on 100,000 people)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op
from unidecode import unidecode

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# Frozen copies of core.text.fold / words as of this revision.
def _fold(text: str | None) -> str:
    if not text:
        return ""
    return re.sub(r"\s+", " ", unidecode(unicodedata.normalize("NFKC", text))).strip().lower()


def _words(text: str) -> set[str]:
    return {word[:60] for word in re.findall(r"[a-z0-9]+", _fold(text))}


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_name", sa.String(length=250), server_default="", nullable=False))
    word_table = op.create_table(
        "participant_word",
        sa.Column("word", sa.String(length=60), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"],
                                name=op.f("fk_participant_word_participant_id_participant"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("word", "participant_id", name=op.f("pk_participant_word")),
    )
    with op.batch_alter_table("participant_word", schema=None) as batch_op:
        batch_op.create_index("ix_participant_word_participant", ["participant_id", "word"], unique=False)

    participant = sa.table(
        "participant",
        sa.column("id", sa.Integer),
        sa.column("given_name", sa.String),
        sa.column("family_name", sa.String),
        sa.column("given_name_latin", sa.String),
        sa.column("family_name_latin", sa.String),
        sa.column("search_text", sa.String),
        sa.column("sort_name", sa.String),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(participant.c.id, participant.c.given_name, participant.c.family_name,
                  participant.c.given_name_latin, participant.c.family_name_latin, participant.c.search_text)
    ).all()
    updates = [
        {"pid": r.id, "sort_name": " ".join(
            re.findall(r"[a-z0-9]+", _fold(r.family_name_latin or r.family_name))
            + re.findall(r"[a-z0-9]+", _fold(r.given_name_latin or r.given_name)))[:250]}
        for r in rows
    ]
    if updates:
        conn.execute(
            participant.update().where(participant.c.id == sa.bindparam("pid"))
            .values(sort_name=sa.bindparam("sort_name")),
            updates,
        )
    words = [{"word": w, "participant_id": r.id} for r in rows for w in sorted(_words(r.search_text or ""))]
    for start in range(0, len(words), 5000):
        conn.execute(word_table.insert(), words[start:start + 5000])
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_sort_name"), ["sort_name"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_sort_name"))
        batch_op.drop_column("sort_name")
    with op.batch_alter_table("participant_word", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_word_participant")
    op.drop_table("participant_word")
