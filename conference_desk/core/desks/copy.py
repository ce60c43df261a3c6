"""Copying a whole conference between databases (no Qt).

SQLite file → PostgreSQL server before the event, and back to a file after it
(archive, hand-over).  :func:`copy_database` opens both (migrating them to the
newest schema), refuses a target that holds any row, then copies every table
in foreign-key order keeping the ids, in batches, in **one** transaction on the
target: all or nothing.  Foreign keys that form a cycle (a delegation's head is
one of its participants) are inserted empty and filled in at the end.
PostgreSQL sequences are moved past the copied ids.  :func:`content_hash` is a
fingerprint of every row (tests compare source and copy with it).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, text
from sqlalchemy.schema import sort_tables_and_constraints

from ..foundation.db import Database, open_database
from ..foundation.errors import ConferenceDeskError
from ..foundation.messages import Text
from ..foundation.models import Base

BATCH = 1000
Progress = Callable[[int, int], bool]


class CopyError(ConferenceDeskError):
    """The copy cannot be made (message for the user); nothing was written."""


class CopyCancelled(CopyError):
    """The progress callback asked to stop; the target was left as it was."""


def _ordered_tables() -> tuple[list[Table], dict[str, list[str]]]:
    """Tables parents first, and per table the FK columns inserted empty (cycles), set afterwards."""
    tables: list[Table] = []
    deferred: dict[str, list[str]] = {}
    for table, constraints in sort_tables_and_constraints(list(Base.metadata.tables.values())):
        if table is not None:
            tables.append(table)
            continue
        for constraint in constraints:  # the constraints left out of the order (use_alter / cycles)
            for column in constraint.columns:
                if not column.nullable:
                    raise CopyError(f"Cannot copy {constraint.table.name}: cyclic required key {column.name}.")
                deferred.setdefault(constraint.table.name, []).append(column.name)
    return tables, deferred


def _open(value: str | Database) -> tuple[Database, bool]:
    if isinstance(value, Database):
        return value, False
    return open_database(value), True


def _counts(conn: Connection, tables: list[Table]) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0) for t in tables}


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns) or list(table.columns)


def copy_database(source: str | Database, target: str | Database,
                  progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``; rows per table.

    Both are paths/URLs (opened and migrated here) or open databases.
    Raises :class:`CopyError` when the target is not empty (it is left
    untouched), :class:`CopyCancelled` when ``progress(done, total)``
    returns False (the target's transaction is rolled back).
    """
    src, close_src = _open(source)
    try:
        dst, close_dst = _open(target)
    except BaseException:
        if close_src:
            src.dispose()
        raise
    try:
        if src.url == dst.url:
            raise CopyError("Source and target are the same database.")
        from ..foundation.backups import auto_backup

        auto_backup(dst, "before-copy")  # the target must be empty, but a file is cheap to keep
        return _copy(src, dst, progress)
    finally:
        if close_dst:
            dst.dispose()
        if close_src:
            src.dispose()


def _copy(src: Database, dst: Database, progress: Progress | None) -> dict[str, int]:
    tables, deferred = _ordered_tables()
    with src.engine.connect() as read:
        if read.dialect.name == "postgresql":  # one consistent snapshot of the whole source
            read.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        counts = _counts(read, tables)
        total = sum(counts.values())
        done = 0
        if progress is not None and progress(0, total) is False:
            raise CopyCancelled("Copy cancelled.")
        with dst.engine.begin() as write:
            if write.dialect.name == "sqlite":
                # Take the write lock first, so no one writes between the check and the copy.
                write.exec_driver_sql("UPDATE alembic_version SET version_num = version_num WHERE 0")
            present = {name: n for name, n in _counts(write, tables).items() if n}
            if present:
                listed = ", ".join(f"{name} ({n})" for name, n in sorted(present.items()))
                raise CopyError(Text("The target database is not empty ({tables}): copy only into a new, "
                                     "empty database.", tables=listed))
            late_updates: list[tuple[Any, list[dict[str, Any]]]] = []
            for table in tables:
                late = deferred.get(table.name, [])
                pending: list[dict[str, Any]] = []
                result = read.execute(select(table).order_by(*_order(table)).execution_options(yield_per=BATCH))
                for batch in result.partitions(BATCH):
                    rows = [dict(row._mapping) for row in batch]
                    if late:
                        pk = [c.name for c in table.primary_key.columns]
                        for row in rows:
                            if any(row[c] is not None for c in late):
                                pending.append({**{f"k_{c}": row[c] for c in pk},
                                                **{f"v_{c}": row[c] for c in late}})
                                for c in late:
                                    row[c] = None
                    write.execute(table.insert(), rows)
                    done += len(rows)
                    if progress is not None and progress(done, total) is False:
                        raise CopyCancelled("Copy cancelled.")
                if pending:  # the referenced rows may come later in the order: set them after all inserts
                    pk = [c.name for c in table.primary_key.columns]
                    statement = (table.update()
                                 .where(*[table.c[c] == bindparam(f"k_{c}") for c in pk])
                                 .values({c: bindparam(f"v_{c}") for c in late}))
                    late_updates.append((statement, pending))
            for statement, values in late_updates:
                for start in range(0, len(values), BATCH):
                    write.execute(statement, values[start:start + BATCH])
            if write.dialect.name == "postgresql":
                _reset_sequences(write, tables)
            copied = _counts(write, tables)
    if copied != counts:
        raise CopyError("The copy does not have the source's row counts.")  # pragma: no cover - defensive
    if dst.engine.dialect.name == "postgresql":
        # After a bulk load: statistics for the planner, and the visibility map that lets the
        # name-and-search index answer a broad search without the table (migration 0013).
        with dst.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as maintenance:
            maintenance.exec_driver_sql("VACUUM ANALYZE")
    return counts


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                {"t": table.name, "c": pk[0].name}).scalar()
        if sequence is None:
            continue
        top = conn.execute(select(func.max(pk[0]))).scalar()
        conn.execute(text("SELECT setval(:s, :v, :called)"),
                     {"s": sequence, "v": top if top is not None else 1, "called": top is not None})


# --------------------------------------------------------------------------
# Content fingerprint
# --------------------------------------------------------------------------


def _normal(value: Any) -> Any:
    if value is None or isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, enum.Enum):
        return _normal(value.value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f") if value == value else "NaN"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


def content_hash(db: Database) -> str:
    """SHA-256 over every table's rows in primary-key order, values normalised across databases."""
    digest = hashlib.sha256()
    tables = sorted(Base.metadata.tables.values(), key=lambda t: t.name)
    with db.engine.connect() as conn:
        for table in tables:
            digest.update(json.dumps(["table", table.name, [c.name for c in table.columns]]).encode())
            result = conn.execute(select(table).order_by(*_order(table)).execution_options(yield_per=BATCH))
            for row in result:
                digest.update(json.dumps([_normal(v) for v in row], ensure_ascii=False).encode("utf-8"))
                digest.update(b"\n")
    return digest.hexdigest()


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return _counts(conn, list(Base.metadata.sorted_tables))


__all__ = ["CopyCancelled", "CopyError", "content_hash", "copy_database", "row_counts"]
