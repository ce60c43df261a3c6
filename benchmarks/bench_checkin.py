"""Check-in at the desk on 100,000 participants: decision + commit per scan.

Each scan runs what the Check-in screen runs (core.checkin.check_in_code):
normalise the scanner's input, verify the code (signature, then the badge by
its code), read who it is, write one check-in event and commit.  This prints
p50/p99 per scan (goal: p50 <= 2 ms, p99 <= 10 ms) beside a floor measured in
the same run, interleaved scan by scan: the bare minimum with the plain sqlite3
module on the same file — one indexed SELECT (badge by code, joined to its
participant) and one INSERT of an event, committed.

    python benchmarks/bench_checkin.py [--participants 100000] [--scans 2000] [--db FILE]

Badges are issued in bulk (one Badge row and a signed code per participant,
with the badges module's own code maker): printing 100,000 badge PDFs is the
badge benchmark's business, not this one's.
"""

from __future__ import annotations

import argparse
from typing import Any
import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import func, insert, select

from conference_desk.core.badges import codes, service
from conference_desk.core.checkin import CheckInPoint, check_in_code
from conference_desk.core.db import SQLITE_BUSY_TIMEOUT_MS, open_database
from conference_desk.core.demo import populate_demo
from conference_desk.core.models import Badge, Participant
from conference_desk.core.setup_data import initialise

FLOOR_SELECT = (
    "SELECT badge.id, badge.participant_id, badge.version, badge.revoked_at, participant.status"
    " FROM badge JOIN participant ON participant.id = badge.participant_id WHERE badge.code = ?"
)
FLOOR_INSERT = (
    "INSERT INTO checkin_event (participant_id, badge_id, place, session_id, day, desk, operator, scanned_at,"
    " nonce, outcome, reason, scanned_code) VALUES (?, ?, 'venue', NULL, ?, 'floor', '', ?, ?, 'rejected', 'floor', ?)"
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def prepare(db_arg: str | None, participants: int) -> tuple[Path, Any, int, list[str]]:
    """A conference database with ``participants`` people, each with an issued badge."""
    path = Path(db_arg) if db_arg else Path(tempfile.mkdtemp()) / "bench.sqlite"
    db = open_database(str(path))
    initialise(db, "iclc2015")
    with db.session() as s:
        existing = s.scalar(select(func.count()).select_from(Participant))
    if not existing:
        started = time.perf_counter()
        populate_demo(db, participants, seed=1)
        print(f"demo population of {participants:,}: {time.perf_counter() - started:.1f} s")
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(Participant)) or 0
        without = list(s.scalars(select(Participant.id).where(~Participant.badges.any())))
    if without:
        started = time.perf_counter()
        key = service.verifier(db)
        rows = [{"participant_id": pid, "version": 1, "code": key.make(codes.new_serial(), 1)} for pid in without]
        with db.session() as s:
            for start in range(0, len(rows), 10_000):
                s.execute(insert(Badge), rows[start:start + 10_000])
        print(f"issued {len(rows):,} badges in bulk: {time.perf_counter() - started:.1f} s")
    with db.session() as s:
        all_codes = list(s.scalars(select(Badge.code).where(Badge.revoked_at.is_(None))))

    return path, db, total, all_codes


def measure(participants: int = 100_000, n_scans: int = 2000, db_path: str | None = None) -> dict[str, Any]:
    """Per-scan latencies (ms) of check_in_code and of the sqlite3 floor, interleaved."""
    path, db, total, all_codes = prepare(db_path, participants)

    rng = random.Random(2015)
    # A day at the desk: random badges (a few scanned twice), starting on a fresh day.
    with db.session() as s:
        from conference_desk.core.models import CheckInEvent

        last_day = s.scalar(select(func.max(CheckInEvent.day)))
    day = (last_day + dt.timedelta(days=1)) if last_day else dt.date(2015, 9, 28)
    now = dt.datetime.combine(day, dt.time(15, 0), tzinfo=dt.timezone.utc)
    point = CheckInPoint(desk="Bench", operator="bench")
    warm = [rng.choice(all_codes) for _ in range(100)]
    scans = [rng.choice(all_codes) for _ in range(n_scans)]

    floor_conn = sqlite3.connect(str(path), isolation_level=None)
    floor_conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    floor_conn.execute("PRAGMA foreign_keys = ON")
    floor_conn.execute("PRAGMA synchronous = NORMAL")

    def floor(code: str) -> None:
        cur = floor_conn.cursor()
        cur.execute("BEGIN")
        row = cur.execute(FLOOR_SELECT, (code,)).fetchone()
        cur.execute(FLOOR_INSERT, (row[1], row[0], day.isoformat(), now.strftime("%Y-%m-%d %H:%M:%S.%f"),
                                   uuid.uuid4().hex, code))
        cur.execute("COMMIT")

    for code in warm:  # warm caches and statement caches on both sides
        check_in_code(db, code + "\r\n", point, now - dt.timedelta(days=400))
        floor(code)

    times: list[float] = []
    floor_times: list[float] = []
    outcomes: Counter[str] = Counter()
    for code in scans:
        started = time.perf_counter()
        outcome = check_in_code(db, code + "\r\n", point, now)
        times.append((time.perf_counter() - started) * 1000)
        outcomes[outcome.outcome] += 1
        started = time.perf_counter()
        floor(code)
        floor_times.append((time.perf_counter() - started) * 1000)
    floor_conn.execute("DELETE FROM checkin_event WHERE desk = 'floor'")
    floor_conn.close()
    db.dispose()
    return {"participants": total, "badges": len(all_codes), "scans": len(scans), "outcomes": outcomes,
            "p50": statistics.median(times), "p99": percentile(times, 0.99), "max": max(times),
            "floor_p50": statistics.median(floor_times), "floor_p99": percentile(floor_times, 0.99)}


def figures(quick: bool = False, db_path: str | None = None) -> list[dict]:
    """Rows for benchmarks/run."""
    n = 20_000 if quick else 100_000
    if db_path is None:
        from bigdb import scratch_copy

        db_path = str(scratch_copy(n))  # check-ins are written: not into the shared cached database
    m = measure(n, 500 if quick else 2000, db_path)
    floor_name = "sqlite3 indexed SELECT + INSERT + COMMIT"
    return [
        {"benchmark": f"check-in decision + commit p50, {m['participants']:,}", "value": m["p50"], "unit": "ms",
         "goal": 2, "floor": m["floor_p50"], "floor_name": floor_name + ", p50"},
        {"benchmark": f"check-in decision + commit p99, {m['participants']:,}", "value": m["p99"], "unit": "ms",
         "goal": 10, "floor": m["floor_p99"], "floor_name": floor_name + ", p99"},
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--db", help="reuse this database file (created if missing)")
    args = parser.parse_args()

    m = measure(args.participants, args.scans, args.db)
    p50, p99, f50, f99 = m["p50"], m["p99"], m["floor_p50"], m["floor_p99"]
    times = [m["max"]]
    total, all_codes, scans, outcomes = m["participants"], range(m["badges"]), range(m["scans"]), m["outcomes"]
    print(f"participants: {total:,}; badges: {len(all_codes):,}; scans measured: {len(scans):,} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()))})")
    print(f"check-in (decision + commit): p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {max(times):.2f} ms")
    print(f"floor (sqlite3: indexed SELECT + INSERT + COMMIT): p50 {f50:.2f} ms, p99 {f99:.2f} ms")
    print(f"ratio to floor: p50 {p50 / f50:.1f}x, p99 {p99 / f99:.1f}x")
    print(f"goal p50 <= 2 ms and p99 <= 10 ms: {'met' if p50 <= 2 and p99 <= 10 else 'NOT met'}")


if __name__ == "__main__":
    main()
