"""SQLite: the desk's counters kept with the events (issue 17)

After every scan the desk shows how many were admitted today at the venue (and
in the session).  Counting them, even from the covering index of 0011, costs
80 ns per person admitted: a quarter of a scan by mid-morning, growing all day.
``checkin_counter (day, place, session_id, admitted)`` holds those numbers,
kept by triggers on ``checkin_event`` (an admission inserted, an admission
undone or deleted, whatever writes it: a desk, an offline upload, a copy, an
erasure), so reading one is a primary-key lookup.  ``session_id`` is 0 for the
venue (a primary key compares NULLs as distinct).  Filled here from the events
already there.

PostgreSQL keeps counting: there one row every desk updated would make the
desks' admissions wait for each other.  Not a model: never copied (a copy's
events fill the target's counters), never compared with the models.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# Written out here, not imported: a migration stays as it was when later code changes.
_ADD = ("INSERT INTO checkin_counter (day, place, session_id, admitted) VALUES "
        "({row}.day, {row}.place, coalesce({row}.session_id, 0), {delta}) "
        "ON CONFLICT (day, place, session_id) DO UPDATE SET admitted = admitted + {delta}")
SQLITE_STATEMENTS = (
    "CREATE TABLE checkin_counter ("
    " day DATE NOT NULL, place VARCHAR(7) NOT NULL, session_id INTEGER NOT NULL,"
    " admitted INTEGER NOT NULL, PRIMARY KEY (day, place, session_id))",
    "CREATE TRIGGER checkin_counter_insert AFTER INSERT ON checkin_event"
    " WHEN new.outcome = 'admitted' BEGIN " + _ADD.format(row="new", delta="1") + "; END",
    "CREATE TRIGGER checkin_counter_delete AFTER DELETE ON checkin_event"
    " WHEN old.outcome = 'admitted' BEGIN " + _ADD.format(row="old", delta="-1") + "; END",
    "CREATE TRIGGER checkin_counter_update_old AFTER UPDATE OF outcome, day, place, session_id ON checkin_event"
    " WHEN old.outcome = 'admitted' BEGIN " + _ADD.format(row="old", delta="-1") + "; END",
    "CREATE TRIGGER checkin_counter_update_new AFTER UPDATE OF outcome, day, place, session_id ON checkin_event"
    " WHEN new.outcome = 'admitted' BEGIN " + _ADD.format(row="new", delta="1") + "; END",
    "INSERT INTO checkin_counter (day, place, session_id, admitted)"
    " SELECT day, place, coalesce(session_id, 0), count(*) FROM checkin_event WHERE outcome = 'admitted'"
    " GROUP BY day, place, coalesce(session_id, 0)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update_old", "update_new"):
            op.execute(f"DROP TRIGGER IF EXISTS checkin_counter_{trigger}")
        op.execute("DROP TABLE IF EXISTS checkin_counter")
