"""Big conference databases for the scale benchmarks, cached between runs.

``big_database(participants)`` returns the path of a SQLite file with the ICLC 2015
set-up, the demo population of ``participants`` people (``core.demo.populate_demo``,
≈ 25 s at 100,000), topped up to ``delegations`` delegations (organisations that
take over a share of the organisations' participants, moved with one bulk UPDATE)
and ``sessions`` programme sessions (side events put into free half-hour slots of
the venue's rooms; a fifth of those in rooms with booths are interpreted), and one
issued badge per participant (bulk INSERT).  The file is kept in
``$TMPDIR/conference-desk-bench/`` and reused by the next run unless ``fresh``;
``path=`` (``--db`` of the scripts) puts it elsewhere.

    python benchmarks/bigdb.py [--participants 100000] [--db FILE] [--fresh]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, insert, select, text

from conference_desk.core.foundation.db import open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import (
    Badge,
    Delegation,
    DelegationKind,
    Participant,
    ProgrammeSession,
    SessionType,
    VenueRoom,
)
from conference_desk.core.foundation.setup_data import initialise

# Change when the generated content or the schema changes: old cached files are not reused.
# 2: schema 0009 (the participants' full-text index).
GENERATOR_VERSION = 2
CACHE_DIR = Path(tempfile.gettempdir()) / "conference-desk-bench"
DELEGATIONS = 2_000
SESSIONS = 500


def cache_path(participants: int, delegations: int = DELEGATIONS, sessions: int = SESSIONS) -> Path:
    return CACHE_DIR / f"scale-v{GENERATOR_VERSION}-{participants}p-{delegations}d-{sessions}s.sqlite"


def _complete(path: Path) -> bool:
    marker = path.with_suffix(".done")
    return path.exists() and marker.exists()


def big_database(participants: int, delegations: int = DELEGATIONS, sessions: int = SESSIONS,
                 path: str | Path | None = None, fresh: bool = False, quiet: bool = False) -> Path:
    """The path of a database with that many participants, delegations and sessions (built once)."""
    target = Path(path) if path else cache_path(participants, delegations, sessions)
    if _complete(target) and not fresh:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(str(target))
    try:
        initialise(db, "iclc2015")
        populate_demo(db, participants, seed=1)
        _more_delegations(db, delegations)
        _more_sessions(db, sessions)
        _badges(db)
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
    finally:
        db.dispose()
    target.with_suffix(".done").write_text(f"{participants} {delegations} {sessions}\n")
    if not quiet:
        print(f"built {target} ({participants:,} participants, {delegations:,} delegations, "
              f"{sessions} sessions) in {time.perf_counter() - started:.1f} s", flush=True)
    return target


def _more_delegations(db, wanted: int) -> None:
    rng = random.Random(2000)
    with db.session() as s:
        have = s.scalar(select(func.count()).select_from(Delegation)) or 0
        missing = wanted - have
        if missing <= 0:
            return
        kinds = [DelegationKind.NGO, DelegationKind.IGO, DelegationKind.PRIVATE_SECTOR]
        rows = [{"kind": rng.choice(kinds), "organisation_name": f"Learning City Network {i + 1:04d}", "notes": ""}
                for i in range(missing)]
        s.execute(insert(Delegation), rows)
        new_ids = list(s.scalars(select(Delegation.id).where(Delegation.organisation_name.like("Learning City Network %"))
                                 .order_by(Delegation.id)))
        # Half of the organisations' participants move to the new organisations, round robin.
        movers = list(s.scalars(
            select(Participant.id).join(Delegation, Participant.delegation_id == Delegation.id)
            .where(Delegation.kind.in_(kinds)).order_by(Participant.id)))[::2]
        params = [{"pid": pid, "did": new_ids[i % len(new_ids)]} for i, pid in enumerate(movers)]
        if params:
            s.connection().execute(text("UPDATE participant SET delegation_id = :did WHERE id = :pid"), params)
        # Each new organisation's first member heads it.
        s.connection().execute(text(
            "UPDATE delegation SET head_id = (SELECT min(p.id) FROM participant p WHERE p.delegation_id = delegation.id)"
            " WHERE head_id IS NULL AND organisation_name LIKE 'Learning City Network %'"))


def _more_sessions(db, wanted: int) -> None:
    with db.session() as s:
        have = list(s.execute(select(ProgrammeSession.venue_room_id, ProgrammeSession.starts_at,
                                     ProgrammeSession.ends_at)))
        missing = wanted - len(have)
        if missing <= 0:
            return
        rooms = list(s.execute(select(VenueRoom.id, VenueRoom.booths, VenueRoom.booth_languages)
                               .order_by(VenueRoom.sort_order, VenueRoom.id)))
        busy = {(r, a, b) for r, a, b in have if a is not None}
        days = sorted({a.date() for _r, a, _b in have if a is not None}) or [dt.date(2015, 9, 28)]
        rows = []
        number = 0
        for day in days:
            for minutes in range(8 * 60, 20 * 60, 30):
                start = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)
                end = start + dt.timedelta(minutes=30)
                for room_id, booths, languages in rooms:
                    if len(rows) >= missing:
                        break
                    if any(r == room_id and a < end and start < b for r, a, b in busy):
                        continue
                    number += 1
                    interpreted = booths and number % 5 == 0
                    rows.append({
                        "code": f"SIDE-{number:03d}", "type": SessionType.THEMATIC_FORUM,
                        "title_en": f"Side event {number}: learning cities in practice",
                        "title_fr": f"Événement parallèle {number}", "title_es": f"Evento paralelo {number}",
                        "description_en": "", "description_fr": "", "description_es": "",
                        "starts_at": start, "ends_at": end, "venue_room_id": room_id,
                        "interpretation": (languages or "en,fr,es") if interpreted else "",
                        "floor_languages": "", "expected_attendance": 40, "max_sign_ups": None,
                        "region": None, "sort_order": 1000 + number,
                    })
        while len(rows) < missing:  # no free slot left: unscheduled
            number += 1
            rows.append({"code": f"SIDE-{number:03d}", "type": SessionType.THEMATIC_FORUM,
                         "title_en": f"Side event {number}", "title_fr": "", "title_es": "",
                         "description_en": "", "description_fr": "", "description_es": "",
                         "starts_at": None, "ends_at": None, "venue_room_id": None, "interpretation": "",
                         "floor_languages": "", "expected_attendance": 0, "max_sign_ups": None,
                         "region": None, "sort_order": 1000 + number})
        s.execute(insert(ProgrammeSession), rows)


def _badges(db) -> None:
    """One issued badge per participant (bulk, with the badges module's own code maker)."""
    from conference_desk.core.badges import codes, service

    with db.session() as s:
        without = list(s.scalars(select(Participant.id).where(~Participant.badges.any())))
    key = service.verifier(db)
    rows = [{"participant_id": pid, "version": 1, "code": key.make(codes.new_serial(), 1)} for pid in without]
    with db.session() as s:
        for start in range(0, len(rows), 10_000):
            s.execute(insert(Badge), rows[start:start + 10_000])


def scratch_copy(participants: int) -> Path:
    """A private copy of the cached database, for benchmarks that write (check-in): the cache stays as built."""
    import sqlite3

    source = big_database(participants)
    target = Path(tempfile.mkdtemp(prefix="bench-scratch-")) / source.name
    with sqlite3.connect(str(source)) as src, sqlite3.connect(str(target)) as dst:
        src.backup(dst)
    return target


def counts(path: Path) -> dict[str, int]:
    db = open_database(str(path))
    try:
        with db.session() as s:
            return {
                "participants": s.scalar(select(func.count()).select_from(Participant)) or 0,
                "delegations": s.scalar(select(func.count()).select_from(Delegation)) or 0,
                "sessions": s.scalar(select(func.count()).select_from(ProgrammeSession)) or 0,
                "badges": s.scalar(select(func.count()).select_from(Badge)) or 0,
            }
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--delegations", type=int, default=DELEGATIONS)
    parser.add_argument("--sessions", type=int, default=SESSIONS)
    parser.add_argument("--db", help="build here instead of the cache folder")
    parser.add_argument("--fresh", action="store_true", help="rebuild even if cached")
    args = parser.parse_args()
    path = big_database(args.participants, args.delegations, args.sessions, args.db, args.fresh)
    print(path, counts(path))


if __name__ == "__main__":
    main()
