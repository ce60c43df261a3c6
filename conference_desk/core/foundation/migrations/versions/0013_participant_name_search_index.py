"""PostgreSQL: a broad search's first page read from one index (issue 17)

A search that matches more than 2,000 people shows its first page in name
order by walking the name index and checking each row's ``search_vector``
(migration 0009).  On PostgreSQL each row walked was a heap fetch in name
order, all over the table: 20 ms for "ca" on 100,000 participants.  This
index holds the name order and the vector together, so the walk is an
index-only scan (0.6 ms): ``(sort_name, id) INCLUDE (search_vector)``.

SQLite has FTS5 (0009) and walks its own name index: nothing changes there.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

PG_INDEX = ("CREATE INDEX ix_participant_name_search ON participant (sort_name, id) "
            "INCLUDE (search_vector)")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_participant_name_search")
