"""Full-text index for participant search (issue 17): FTS5 on SQLite, a tsvector GIN index on PostgreSQL

SQLite: ``participant_fts``, an FTS5 table over ``participant.search_text``
(external content: the text is not stored twice), kept in step by three
triggers on ``participant`` and filled here for the rows already there.
``search_text`` is already folded (core.text.fold: accent-free, transliterated,
lower case), so the ``unicode61`` tokenizer splits it into the same words as
``core.text.words``; prefix indexes of 1, 2 and 3 letters make a short typed
prefix one doclist read.

PostgreSQL: ``participant.search_vector``, a stored generated column
``to_tsvector('simple', <search_text, runs of anything but [a-z0-9] made
spaces>)`` with a GIN index; a typed word ``w`` is the prefix query ``w:*``.
Stored, so a row checked outside the index (a page walked along the name
index) costs no parsing.  Built in: no extension, no superuser.  The column is
PostgreSQL's only (not a model column: nothing writes it).

The ``participant_word`` table of 0002 stays (integrity check, older code);
search no longer reads it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen copies of core.search_index's statements as of this revision.
SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE participant_fts USING fts5(search_text, content='participant', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
)
SQLITE_TRIGGERS = (
    "CREATE TRIGGER participant_fts_insert AFTER INSERT ON participant BEGIN "
    "INSERT INTO participant_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER participant_fts_delete AFTER DELETE ON participant BEGIN "
    "INSERT INTO participant_fts(participant_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "END",
    "CREATE TRIGGER participant_fts_update AFTER UPDATE OF search_text ON participant BEGIN "
    "INSERT INTO participant_fts(participant_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO participant_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)
SQLITE_FILL = "INSERT INTO participant_fts(participant_fts) VALUES ('rebuild')"
PG_COLUMN = (
    "ALTER TABLE participant ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple'::regconfig, regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g'))) STORED"
)
PG_INDEX = "CREATE INDEX ix_participant_search_vector ON participant USING gin (search_vector)"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(SQLITE_CREATE)
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        op.execute(SQLITE_FILL)
    elif dialect == "postgresql":
        op.execute(PG_COLUMN)
        op.execute(PG_INDEX)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("participant_fts_update", "participant_fts_delete", "participant_fts_insert"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS participant_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_participant_search_vector")
        op.execute("ALTER TABLE participant DROP COLUMN IF EXISTS search_vector")
