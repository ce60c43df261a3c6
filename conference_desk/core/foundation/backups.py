"""Backups, restore and integrity checks of a conference database (no Qt).

**Backup** (:func:`backup`) uses SQLite's online backup API
(``sqlite3.Connection.backup``): one read transaction over the whole file, so
the copy is consistent while desks keep working (WAL: readers never block the
writer).  The copy is written next to its destination under a temporary
name, switched to ``journal_mode=DELETE`` (one self-contained file), checked
with ``PRAGMA integrity_check``, fsynced and renamed into place: a crash
never leaves a half-written backup under the final name.

**Restore** (:func:`restore`) copies the backup to a temporary file next to
the database, refuses it when it is not an SQLite file, fails its integrity
check, is not a Conference Desk database (``db._check_schema_is_ours``) or
comes from a newer schema; migrates an older one up to the newest revision;
keeps the current database as a safety copy in ``backups/``; then checkpoints
the current file out of WAL mode (which needs it to be closed everywhere, so
a database still open in another program is refused) and replaces it with
``os.replace`` (atomic on one file system), removing stale ``-wal``/``-shm``
files first so SQLite can never apply an old log to the new file.

**Automatic backups** (:func:`auto_backup`) are made before every destructive
or bulk operation (import, hotel allocation, interpreter roster, merge,
batch badge printing, restore, copy) and every 30 minutes while the GUI runs,
into ``backups/`` next to the database file (or ``backups/`` in the user data
folder when that folder cannot be written), named
``<database>-YYYYMMDD-HHMMSS-<reason>.sqlite`` (local time).
Rotation after each one (:func:`rotate`): the **20 newest are kept**; of the
older ones **at most one per clock hour** (the newest of that hour) is kept,
the others are deleted.  Only files of that pattern for this database are
touched.  A failed automatic backup never stops the operation (it is
transactional anyway): it is logged and ``None`` returned.

**PostgreSQL** (shared mode): there is no file to copy; :func:`auto_backup`
does nothing (and logs so), :func:`backup`/:func:`restore` refuse naming the
``pg_dump``/``pg_restore`` commands (:func:`pg_commands`).

**Integrity** (:func:`check_integrity`): ``PRAGMA integrity_check``,
``PRAGMA foreign_key_check`` and application checks (check-ins whose
participant or badge is missing, room assignments over a block, badges whose
code does not verify with the conference key, participants without search
words).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .db import Database, _check_schema_is_ours, _sqlite_path, database_url, head_revision, open_database
from .errors import ConferenceDeskError, DatabaseError
from .messages import Text
from .paths import user_data_dir

log = logging.getLogger(__name__)

BACKUP_DIR_NAME = "backups"
KEEP_LAST = 20  # the newest backups always kept
SCHEDULE_MINUTES = 30  # default interval of the GUI's scheduled backup (setting backup/interval_minutes)
_SQLITE_MAGIC = b"SQLite format 3\x00"
_STAMP = "%Y%m%d-%H%M%S"
_PART = ".part"


class BackupError(ConferenceDeskError):
    """A backup or restore cannot be done (message for the user); nothing was changed."""


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows has no directory fsync
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def database_file(db: Database | str | Path) -> Path | None:
    """The SQLite file of a database (None for PostgreSQL or an in-memory database)."""
    if isinstance(db, Database):
        return _sqlite_path(db.url)
    if isinstance(db, Path):
        return db.expanduser().resolve()
    return _sqlite_path(database_url(db))


def pg_commands(url: str) -> tuple[str, str]:
    """The documented backup route of a shared database: (pg_dump, pg_restore) commands, no password."""
    from sqlalchemy.engine import make_url  # (not at import: the main window reads SCHEDULE_MINUTES at start-up)

    parsed = make_url(url).set(drivername="postgresql")
    libpq = parsed.render_as_string(hide_password=True).replace(":***@", "@")
    name = parsed.database or "conference"
    return (f'pg_dump --format=custom --file={name}.dump "{libpq}"',
            f'pg_restore --clean --if-exists --no-owner --single-transaction --dbname="{libpq}" {name}.dump')


def _postgres_refusal(db: Database) -> BackupError:
    dump, restore_cmd = pg_commands(db.url)
    return BackupError(Text("A shared (PostgreSQL) database is backed up on the server with pg_dump: "
                            "{dump} (restore: {restore})", dump=dump, restore=restore_cmd))


def _copy_sqlite(source: Path, target: Path, *, read_only: bool = False) -> None:
    """Consistent copy of an SQLite file with the online backup API, as one self-contained file."""
    uri = f"file:{source}?mode=ro" if read_only else f"file:{source}"
    src = sqlite3.connect(uri, uri=True, timeout=10)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)  # all pages in one step: one read transaction, one consistent snapshot
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()
    return "ok" if rows == ["ok"] else "; ".join(rows[:5])


def _schema_of(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row else None


# --------------------------------------------------------------------------
# Backup
# --------------------------------------------------------------------------


def backup(db: Database, out_path: str | Path) -> dict[str, Any]:
    """Copy the open SQLite database to ``out_path`` (consistent while it is in use).

    Returns ``{"file", "bytes", "integrity", "schema", "seconds"}``.  Raises
    :class:`BackupError` for PostgreSQL (use pg_dump) or when the copy fails
    its integrity check (nothing is left under ``out_path`` then).
    """
    source = database_file(db)
    if source is None:
        if not db.is_sqlite:
            raise _postgres_refusal(db)
        raise BackupError(Text("An in-memory database has no file to back up."))
    return _backup_file(source, Path(out_path))


def _backup_file(source: Path, out: Path) -> dict[str, Any]:
    started = time.perf_counter()
    out = out.expanduser().resolve()
    if out == source:
        raise BackupError(Text("The backup cannot overwrite the database itself ({file}).", file=str(out)))
    if not out.parent.is_dir():
        raise BackupError(Text("Cannot write the backup {file}: {reason}", file=str(out),
                               reason=Text("the folder does not exist")))
    tmp = out.with_name(f".{out.name}.{os.getpid()}{_PART}")
    try:
        _copy_sqlite(source, tmp)
        verdict = _integrity(tmp)
        if verdict != "ok":
            raise BackupError(Text("The backup {file} failed its integrity check: {problem}",
                                   file=str(out), problem=verdict))
        schema = _schema_of(tmp)
        _fsync_file(tmp)
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    except sqlite3.Error as exc:
        raise BackupError(Text("Cannot back up {database}: {reason}", database=str(source), reason=str(exc))) from exc
    except OSError as exc:
        raise BackupError(Text("Cannot write the backup {file}: {reason}", file=str(out),
                               reason=exc.strerror or str(exc))) from exc
    finally:
        _remove(tmp)
    return {"file": str(out), "bytes": out.stat().st_size, "integrity": "ok", "schema": schema,
            "seconds": round(time.perf_counter() - started, 3)}


# --------------------------------------------------------------------------
# Automatic backups and rotation
# --------------------------------------------------------------------------


def backup_dir(database: Path) -> Path:
    """``backups/`` next to the database file, or in the user data folder when that cannot be written."""
    folder = database.parent / BACKUP_DIR_NAME
    try:
        folder.mkdir(exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder
    except OSError:
        pass
    folder = user_data_dir() / BACKUP_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})-([a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: dt.datetime  # local time, from the name
    reason: str


def list_backups(database: Path, folder: Path | None = None) -> list[BackupFile]:
    """The automatic backups of ``database``, newest first."""
    folder = folder or backup_dir(database)
    pattern = _pattern(database.stem)
    found = []
    for path in folder.iterdir() if folder.is_dir() else ():
        match = pattern.match(path.name)
        if match is None:
            continue
        try:
            made = dt.datetime.strptime(match.group(1), _STAMP)
        except ValueError:
            continue
        found.append(BackupFile(path, made, match.group(2)))
    found.sort(key=lambda b: (b.made, b.path.name), reverse=True)
    return found


def rotate(database: Path, folder: Path | None = None, keep_last: int = KEEP_LAST,
           now: dt.datetime | None = None) -> list[Path]:
    """Delete old automatic backups: keep the ``keep_last`` newest, and of the older ones
    at most one per clock hour (the newest of that hour).  Returns the deleted files."""
    folder = folder or backup_dir(database)
    now = now or dt.datetime.now()
    removed: list[Path] = []
    hours: set[dt.datetime] = set()
    for entry in list_backups(database, folder)[keep_last:]:
        hour = entry.made.replace(minute=0, second=0, microsecond=0)
        if hour in hours:
            _remove(entry.path)
            removed.append(entry.path)
        else:
            hours.add(hour)
    # Temporary files of backups interrupted by a crash (older than an hour: not in progress).
    for path in folder.glob(f".{database.stem}-*{_PART}"):
        with contextlib.suppress(OSError):
            if now.timestamp() - path.stat().st_mtime > 3600:
                path.unlink()
                removed.append(path)
    return removed


def _reason_slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug[:40] or "auto"


def _changed_since(database: Path, moment: float) -> bool:
    for path in (database, database.with_name(database.name + "-wal")):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime > moment:
                return True
    return False


def auto_backup(db: Database | str | Path, reason: str, *, only_if_changed: bool = False,
                now: dt.datetime | None = None) -> Path | None:
    """A timestamped backup in ``backups/`` before a destructive or bulk operation, then rotation.

    Returns the new file, or None: PostgreSQL (backed up on the server with
    pg_dump; logged), an in-memory or missing database, nothing changed since
    the newest backup (``only_if_changed``, the GUI's schedule), or a failure
    (logged: an automatic backup never stops the operation).
    """
    if isinstance(db, Database) and not db.is_sqlite:
        log.info("Automatic backups are not made of a shared PostgreSQL database %s: back it up on the "
                 "server with pg_dump.", db.describe())
        return None
    source = database_file(db)
    if source is None or not source.is_file():
        return None
    try:
        folder = backup_dir(source)
        if only_if_changed:
            newest = list_backups(source, folder)
            if newest and not _changed_since(source, newest[0].path.stat().st_mtime):
                return None
        now = now or dt.datetime.now()
        base = f"{source.stem}-{now.strftime(_STAMP)}-{_reason_slug(reason)}"
        target = folder / f"{base}.sqlite"
        n = 2
        while target.exists():
            target = folder / f"{base}-{n}.sqlite"
            n += 1
        _backup_file(source, target)
        rotate(source, folder, now=now)
        return target
    except (BackupError, OSError, sqlite3.Error) as exc:
        log.warning("Automatic backup of %s (%s) failed: %s", source, reason, exc)
        return None


# --------------------------------------------------------------------------
# Restore
# --------------------------------------------------------------------------


def _check_is_sqlite(path: Path) -> None:
    if not path.is_file():
        raise BackupError(Text("No backup file at {file}.", file=str(path)))
    with path.open("rb") as fh:
        head = fh.read(16)
    if head != _SQLITE_MAGIC:
        raise BackupError(Text("{file} is not a Conference Desk database.", file=str(path)))


def _checked_copy(backup_file: Path, tmp: Path) -> str:
    """Copy ``backup_file`` to ``tmp`` and refuse anything but a sound Conference Desk database; its schema."""
    _check_is_sqlite(backup_file)
    label = str(backup_file)
    try:
        try:
            _copy_sqlite(backup_file, tmp, read_only=True)
        except sqlite3.OperationalError:  # a WAL file without its -shm in a read-only folder
            _copy_sqlite(backup_file, tmp)
    except sqlite3.DatabaseError as exc:
        raise BackupError(Text("{file} is not a Conference Desk database.", file=label)) from exc
    verdict = _integrity(tmp)
    if verdict != "ok":
        raise BackupError(Text("{file} is damaged: {problem}", file=label, problem=verdict))
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp}")
    try:
        try:
            revision = _check_schema_is_ours(engine, label)
        except DatabaseError as exc:
            text = str(exc)
            if "newer version" in text:
                raise BackupError(Text(
                    "{file} was made by a newer version of Conference Desk (schema {revision}); "
                    "update the application to restore it.", file=label, revision=_schema_of(tmp) or "?",
                )) from exc
            raise BackupError(Text("{file} is not a Conference Desk database.", file=label)) from exc
    finally:
        engine.dispose()
    if revision is None:
        raise BackupError(Text("{file} is not a Conference Desk database.", file=label))
    with contextlib.closing(sqlite3.connect(str(tmp))) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "conference" not in tables:
        raise BackupError(Text("{file} is not a Conference Desk database.", file=label))
    return revision


def _migrate(tmp: Path) -> None:
    opened = open_database(str(tmp), create=False)  # upgrades to the newest revision
    opened.dispose()
    conn = sqlite3.connect(str(tmp))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for side in _sidecars(tmp):
        _remove(side)


def _release(database: Path) -> None:
    """Checkpoint the current file out of WAL mode; refuse when another program has it open."""
    conn = sqlite3.connect(str(database), timeout=2)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise BackupError(Text("The database {database} is in use by another program: close it there "
                                   "first, then restore.", database=str(database)))
    except sqlite3.OperationalError as exc:
        raise BackupError(Text("The database {database} is in use by another program: close it there "
                               "first, then restore.", database=str(database))) from exc
    finally:
        conn.close()


def restore(db_path: str | Path, backup_file: str | Path,
            progress: Callable[[int, int], bool] | None = None) -> dict[str, Any]:
    """Replace the database at ``db_path`` by ``backup_file`` (which is not changed).

    Returns ``{"database", "restored_from", "safety_copy", "schema_of_backup",
    "schema", "migrated", "integrity"}``.  Raises :class:`BackupError` (and
    changes nothing) for a file that is not a Conference Desk database, is
    damaged, or comes from a newer schema, or when the database is open in
    another program.  Close every connection to the database first.
    """
    if isinstance(db_path, str) and "://" in db_path and not db_path.startswith("sqlite"):
        dump, restore_cmd = pg_commands(db_path)
        raise BackupError(Text("A shared (PostgreSQL) database is restored on the server with pg_restore: "
                               "{restore}", restore=restore_cmd))
    database = database_file(db_path if isinstance(db_path, Path) else str(db_path))
    if database is None:
        raise BackupError(Text("An in-memory database cannot be restored."))
    source = Path(backup_file).expanduser().resolve()
    if source == database:
        raise BackupError(Text("The backup cannot overwrite the database itself ({file}).", file=str(source)))
    if not database.parent.is_dir():
        raise BackupError(Text("Cannot restore into {database}: the folder does not exist.", database=str(database)))
    total = 4
    step = 0

    def tick() -> None:
        nonlocal step
        step += 1
        if progress is not None and progress(step, total) is False:
            raise BackupError(Text("Restore cancelled; nothing was changed."))

    tmp = database.with_name(f".{database.name}.restore-{os.getpid()}{_PART}")
    try:
        revision = _checked_copy(source, tmp)
        tick()
        migrated = revision != head_revision()
        if migrated:
            _migrate(tmp)
        verdict = _integrity(tmp)
        if verdict != "ok":  # pragma: no cover - defensive: the migration broke it
            raise BackupError(Text("{file} is damaged: {problem}", file=str(source), problem=verdict))
        tick()
        safety: Path | None = None
        if database.exists():
            _release(database)
            safety = _safety_copy(database)
        tick()
        if database.exists():
            os.chmod(tmp, database.stat().st_mode & 0o777)
        _fsync_file(tmp)
        for side in _sidecars(database):  # never let SQLite apply an old log to the new file
            _remove(side)
        os.replace(tmp, database)
        _fsync_dir(database.parent)
        tick()
    except sqlite3.Error as exc:
        raise BackupError(Text("Cannot restore {file}: {reason}", file=str(source), reason=str(exc))) from exc
    except OSError as exc:
        raise BackupError(Text("Cannot restore {file}: {reason}", file=str(source),
                               reason=exc.strerror or str(exc))) from exc
    finally:
        for path in [tmp, *_sidecars(tmp)]:
            _remove(path)
    return {"database": str(database), "restored_from": str(source),
            "safety_copy": str(safety) if safety else None, "schema_of_backup": revision,
            "schema": head_revision(), "migrated": migrated, "integrity": "ok"}


def _safety_copy(database: Path) -> Path:
    """The current database kept in ``backups/`` before it is replaced (raw copy if SQLite cannot read it)."""
    folder = backup_dir(database)
    now = dt.datetime.now()
    target = folder / f"{database.stem}-{now.strftime(_STAMP)}-before-restore.sqlite"
    n = 2
    while target.exists():
        target = folder / f"{database.stem}-{now.strftime(_STAMP)}-before-restore-{n}.sqlite"
        n += 1
    try:
        _backup_file(database, target)
    except BackupError:  # damaged or not ours: keep its bytes as they are
        tmp = target.with_name(f".{target.name}{_PART}")
        shutil.copyfile(database, tmp)
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(folder)
    return target


# --------------------------------------------------------------------------
# Integrity
# --------------------------------------------------------------------------


__all__ = ["BackupError", "BackupFile", "KEEP_LAST", "SCHEDULE_MINUTES", "auto_backup", "backup", "backup_dir",
           "database_file", "list_backups", "pg_commands", "restore", "rotate"]
