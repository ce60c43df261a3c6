"""PostgreSQL: a short typed word's matches counted and paged from one B-tree (issue 17)

Typing a name, the second and third letters are the broad keystrokes: "ma"
begins a word of 16,000 of 100,000 participants.  The search box must say
whether more than 2,000 match (else how many) and show the first page in name
order.  Through the GIN index of 0009 that count reads up to 2,001 rows of the
table (a GIN index cannot say "more than 2,000" by itself, and it merges the
posting lists of every word beginning "ma"): 5-12 ms for one keystroke.

``participant_search_prefix (prefix, sort_name, participant_id)`` holds, for
each participant, every distinct 2- and 3-letter beginning of the words of
``search_vector``, with the participant's sort name.  Its one index is
``(prefix, sort_name, participant_id)``: for a typed word of 2 or 3 letters the
count is an index-only read of at most 2,001 entries and the first page the
first entries of the same range, already in name order (about 0.3 ms each).
Longer words are narrower and keep the GIN path.

Kept in step by a trigger on ``participant`` (insert, delete, a change of
``search_text`` or ``sort_name``; a TRUNCATE empties it), whatever writes the
row: the application, a copy, an SQL client.  The trigger function runs as its
owner (SECURITY DEFINER), so a desk's role needs no right on the table to
register a walk-in; reading it is SELECT on every table (``server-setup``).
Filled here for the rows already there.  Not a model: never copied, never
compared with the models.  SQLite is unchanged (its FTS5 index has 2- and
3-letter prefix indexes of its own, migration 0009).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Written out here, not imported: a migration stays as it was when later code changes.
PG_STATEMENTS = (
    "CREATE TABLE participant_search_prefix ("
    " prefix varchar(3) NOT NULL,"
    " sort_name varchar(250) NOT NULL,"
    " participant_id integer NOT NULL)",
    "CREATE INDEX ix_participant_search_prefix ON participant_search_prefix (prefix, sort_name, participant_id)",
    # The distinct 2- and 3-letter beginnings of a search vector's words.
    "CREATE FUNCTION participant_search_prefixes(words tsvector) RETURNS text[]"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $fn$"
    " SELECT coalesce(array_agg(DISTINCT left(w, n)), '{}') FROM unnest(tsvector_to_array(words)) AS w,"
    " generate_series(2, 3) AS n WHERE length(w) >= n $fn$",
    "CREATE FUNCTION participant_search_prefix_sync() RETURNS trigger"
    " LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$"
    " BEGIN"
    "  IF TG_OP = 'TRUNCATE' THEN"
    "   TRUNCATE public.participant_search_prefix;"
    "   RETURN NULL;"
    "  END IF;"
    "  IF TG_OP <> 'INSERT' THEN"
    "   DELETE FROM public.participant_search_prefix p"
    "   WHERE p.prefix = ANY (public.participant_search_prefixes(OLD.search_vector))"
    "     AND p.sort_name = OLD.sort_name AND p.participant_id = OLD.id;"
    "  END IF;"
    "  IF TG_OP <> 'DELETE' THEN"
    "   INSERT INTO public.participant_search_prefix (prefix, sort_name, participant_id)"
    "   SELECT x, NEW.sort_name, NEW.id FROM unnest(public.participant_search_prefixes(NEW.search_vector)) AS x;"
    "  END IF;"
    "  RETURN NULL;"
    " END $fn$",
    "CREATE TRIGGER participant_search_prefix_sync AFTER INSERT OR DELETE OR UPDATE OF search_text, sort_name"
    " ON participant FOR EACH ROW EXECUTE FUNCTION participant_search_prefix_sync()",
    "CREATE TRIGGER participant_search_prefix_truncate AFTER TRUNCATE"
    " ON participant FOR EACH STATEMENT EXECUTE FUNCTION participant_search_prefix_sync()",
    "INSERT INTO participant_search_prefix (prefix, sort_name, participant_id)"
    " SELECT x, p.sort_name, p.id FROM participant p, unnest(participant_search_prefixes(p.search_vector)) AS x",
    "ANALYZE participant_search_prefix",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS participant_search_prefix_truncate ON participant")
        op.execute("DROP TRIGGER IF EXISTS participant_search_prefix_sync ON participant")
        op.execute("DROP FUNCTION IF EXISTS participant_search_prefix_sync()")
        op.execute("DROP FUNCTION IF EXISTS participant_search_prefixes(tsvector)")
        op.execute("DROP TABLE IF EXISTS participant_search_prefix")
