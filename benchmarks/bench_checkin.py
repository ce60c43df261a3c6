"""Check-in at the desk on 100,000 participants: decision + commit per scan.

Each scan runs what the Check-in screen runs (core.checkin.check_in_code):
normalise the scanner's input, verify the code (signature, then the badge by
its code), read who it is, write one check-in event, commit, and count who is
in (the desk's counters).  This prints p50/p99 per scan beside a floor measured
in the same run, interleaved scan by scan: the bare minimum with the plain
driver on the same database — one indexed SELECT (badge by code, joined to its
participant) and one INSERT of an event, committed.  Goals (issue 17): p50 <=
4x the floor's p50, p99 <= 5 ms.

* SQLite: the floor is the sqlite3 module on the same file, with the app's own
  journal mode and synchronous setting (read from the app's connection).
* PostgreSQL: a throwaway server (as tests/pg_server.py starts one, but with its
  default durability: fsync and synchronous_commit on), the app through its
  pool and the floor with a bare psycopg connection to the same database.
  Skipped, with a message, when no PostgreSQL binaries are found.

    python benchmarks/bench_checkin.py [--participants 100000] [--scans 2000] [--db FILE] [--postgres N]

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
from conference_desk.core.checkin.decisions import CheckInPoint
from conference_desk.core.checkin.service import check_in_code
from conference_desk.core.foundation.db import SQLITE_BUSY_TIMEOUT_MS, open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import Badge, Participant
from conference_desk.core.foundation.setup_data import initialise

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
    total, all_codes = populate(db, participants)
    return path, db, total, all_codes


def populate(db: Any, participants: int) -> tuple[int, list[str]]:
    """Fill ``db`` (when empty) with ``participants`` people, each with an issued badge: (total, codes)."""
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
    return total, all_codes


def sqlite_modes(db: Any) -> tuple[str, int]:
    """(journal mode, synchronous) of the app's own connections to this SQLite database."""
    with db.engine.connect() as conn:
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        synchronous = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    return str(journal), int(synchronous)


def measure(participants: int = 100_000, n_scans: int = 2000, db_path: str | None = None) -> dict[str, Any]:
    """Per-scan latencies (ms) of check_in_code and of the sqlite3 floor, interleaved."""
    path, db, total, all_codes = prepare(db_path, participants)
    journal, synchronous = sqlite_modes(db)

    floor_conn = sqlite3.connect(str(path), isolation_level=None)
    floor_conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    floor_conn.execute("PRAGMA foreign_keys = ON")
    floor_conn.execute(f"PRAGMA journal_mode = {journal}")
    floor_conn.execute(f"PRAGMA synchronous = {synchronous}")

    def floor(code: str, day: dt.date, now: dt.datetime) -> None:
        cur = floor_conn.cursor()
        cur.execute("BEGIN")
        row = cur.execute(FLOOR_SELECT, (code,)).fetchone()
        cur.execute(FLOOR_INSERT, (row[1], row[0], day.isoformat(), now.strftime("%Y-%m-%d %H:%M:%S.%f"),
                                   uuid.uuid4().hex, code))
        cur.execute("COMMIT")

    try:
        m = interleave(db, floor, all_codes, n_scans)
    finally:
        floor_conn.execute("DELETE FROM checkin_event WHERE desk = 'floor'")
        floor_conn.close()
        db.dispose()
    return {"participants": total, "badges": len(all_codes), "modes": f"journal_mode={journal}, "
            f"synchronous={synchronous}", **m}


def interleave(db: Any, floor: Any, all_codes: list[str], n_scans: int) -> dict[str, Any]:
    """check_in_code and ``floor(code, day, now)`` scan by scan on a fresh day: latencies in ms."""
    rng = random.Random(2015)
    # A day at the desk: random badges (a few scanned twice), starting on a fresh day.
    with db.session() as s:
        from conference_desk.core.foundation.models import CheckInEvent

        last_day = s.scalar(select(func.max(CheckInEvent.day)))
    day = (last_day + dt.timedelta(days=1)) if last_day else dt.date(2015, 9, 28)
    now = dt.datetime.combine(day, dt.time(15, 0), tzinfo=dt.timezone.utc)
    point = CheckInPoint(desk="Bench", operator="bench")
    warm = [rng.choice(all_codes) for _ in range(100)]
    scans = [rng.choice(all_codes) for _ in range(n_scans)]

    for code in warm:  # warm caches and statement caches on both sides
        check_in_code(db, code + "\r\n", point, now - dt.timedelta(days=400))
        floor(code, day, now)

    times: list[float] = []
    floor_times: list[float] = []
    outcomes: Counter[str] = Counter()
    for code in scans:
        started = time.perf_counter()
        outcome = check_in_code(db, code + "\r\n", point, now)
        times.append((time.perf_counter() - started) * 1000)
        outcomes[outcome.outcome] += 1
        started = time.perf_counter()
        floor(code, day, now)
        floor_times.append((time.perf_counter() - started) * 1000)
    return {"scans": len(scans), "outcomes": outcomes,
            "p50": statistics.median(times), "p99": percentile(times, 0.99), "max": max(times),
            "floor_p50": statistics.median(floor_times), "floor_p99": percentile(floor_times, 0.99)}


RATIO_GOAL = 4  # p50 <= 4x the floor's p50 (issue 17)
P99_GOAL_MS = 5  # the SQLite desk's p99

PG_FLOOR_SELECT = FLOOR_SELECT.replace("?", "%s")
PG_FLOOR_INSERT = FLOOR_INSERT.replace("?", "%s")


def _start_postgres() -> Any:
    """A throwaway PostgreSQL server as tests/pg_server.py starts one, but durable (fsync on); None: none here."""
    import os
    import pwd
    import shutil
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.pg_server import PostgresServer, _free_port, find_bindir

    bindir = find_bindir()
    if bindir is None:
        return None
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    root = Path(tempfile.mkdtemp(prefix="cdesk-bench-pg-"))
    os.chmod(root, 0o755)
    if os.geteuid() == 0:
        shutil.chown(root, user)
    server = PostgresServer(bindir, root, _free_port(), user)
    server._run(str(bindir / "initdb"), "-D", str(root / "data"), "-U", user, "-A", "trust", "-E", "UTF8",
                "--no-locale")
    try:
        server._run(str(bindir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"), "-w", "-o",
                    f"-p {server.port} -h 127.0.0.1 -k {root}", "start")
    except subprocess.CalledProcessError:
        server.stop()
        raise
    return server


def measure_postgres(participants: int = 100_000, n_scans: int = 2000) -> list[dict[str, Any]] | None:
    """The same on a throwaway PostgreSQL server, beside a bare psycopg floor (None: no PostgreSQL here).

    Twice on the same database: durable commits (the server's default), then with
    ``synchronous_commit = off`` for every connection of the database (app and floor
    alike), which leaves out the WAL flush that dominates the first figure.
    """
    import psycopg

    server = _start_postgres()
    if server is None:
        print("PostgreSQL: skipped (no initdb/pg_ctl found: install the postgresql package to measure it)")
        return None
    db = None
    try:
        url = server.create_database("bench_checkin")
        db = open_database(url)
        started = time.perf_counter()
        total, all_codes = populate(db, participants)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
            modes = ", ".join(f"{name}={conn.exec_driver_sql(f'SHOW {name}').scalar()}"
                              for name in ("fsync", "synchronous_commit", "default_transaction_isolation"))
        print(f"PostgreSQL database of {total:,} participants: {time.perf_counter() - started:.0f} s ({modes})")
        results = []
        for synchronous_commit in ("on", "off"):
            with db.engine.connect() as conn:
                conn.exec_driver_sql(f"ALTER DATABASE bench_checkin SET synchronous_commit = {synchronous_commit}")
                conn.commit()
            db.engine.dispose()  # new connections take the setting
            floor_conn = psycopg.connect(host="127.0.0.1", port=server.port, user=server.user,
                                         dbname="bench_checkin")
            with db.engine.connect() as conn:
                modes = ", ".join(f"{name}={conn.exec_driver_sql(f'SHOW {name}').scalar()}"
                                  for name in ("fsync", "synchronous_commit"))
            assert floor_conn.execute("SHOW synchronous_commit").fetchone()[0] == synchronous_commit

            def floor(code: str, day: dt.date, now: dt.datetime) -> None:
                row = floor_conn.execute(PG_FLOOR_SELECT, (code,)).fetchone()
                floor_conn.execute(PG_FLOOR_INSERT, (row[1], row[0], day, now.replace(tzinfo=None),
                                                     uuid.uuid4().hex, code))
                floor_conn.commit()

            try:
                m = interleave(db, floor, all_codes, n_scans)
            finally:
                floor_conn.close()
            results.append({"participants": total, "badges": len(all_codes), "modes": modes, **m})
        return results
    finally:
        if db is not None:
            db.dispose()
        server.stop()


def figures(quick: bool = False, db_path: str | None = None) -> list[dict]:
    """Rows for benchmarks/run: SQLite, then PostgreSQL (when its binaries are here)."""
    n = 20_000 if quick else 100_000
    if db_path is None:
        from bigdb import scratch_copy

        db_path = str(scratch_copy(n))  # check-ins are written: not into the shared cached database
    scans = 500 if quick else 2000
    rows = _rows("", measure(n, scans, db_path), "sqlite3", p99_goal=P99_GOAL_MS)
    for pg in measure_postgres(n, scans) or []:
        label = " (PostgreSQL)" if pg["modes"].endswith("synchronous_commit=on") else \
            " (PostgreSQL, synchronous_commit off)"
        rows += _rows(label, pg, "psycopg", p99_goal=None)  # issue 17's p99 goal is the SQLite desk's
    return rows


def _rows(label: str, m: dict[str, Any], driver: str, p99_goal: float | None = None) -> list[dict]:
    floor_name = f"{driver} indexed SELECT + INSERT + COMMIT ({m['modes']})"
    p50_goal = RATIO_GOAL * m["floor_p50"]
    return [
        {"benchmark": f"check-in decision + commit p50{label}, {m['participants']:,}", "value": m["p50"],
         "unit": "ms", "goal_text": f"≤ {RATIO_GOAL:g}× floor ({p50_goal:.2f} ms)", "passed": m["p50"] <= p50_goal,
         "floor": m["floor_p50"], "floor_name": floor_name + ", p50"},
        {"benchmark": f"check-in decision + commit p99{label}, {m['participants']:,}", "value": m["p99"],
         "unit": "ms", "goal": p99_goal, "floor": m["floor_p99"], "floor_name": floor_name + ", p99"},
    ]


def report(name: str, m: dict[str, Any], p99_goal: float | None = P99_GOAL_MS) -> None:
    p50, p99, f50, f99 = m["p50"], m["p99"], m["floor_p50"], m["floor_p99"]
    outcomes = m["outcomes"]
    print(f"{name}: participants {m['participants']:,}; badges {m['badges']:,}; scans measured {m['scans']:,} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()))}); {m['modes']}")
    print(f"  check-in (decision + commit + counters): p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {m['max']:.2f} ms")
    print(f"  floor (indexed SELECT + INSERT + COMMIT): p50 {f50:.2f} ms, p99 {f99:.2f} ms")
    print(f"  ratio to floor: p50 {p50 / f50:.1f}x, p99 {p99 / f99:.1f}x")
    met = p50 <= RATIO_GOAL * f50 and (p99_goal is None or p99 <= p99_goal)
    goal = f"p50 <= {RATIO_GOAL}x floor" + (f" and p99 <= {p99_goal:g} ms" if p99_goal is not None else "")
    print(f"  goal {goal}: {'met' if met else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--db", help="reuse this database file (created if missing)")
    parser.add_argument("--postgres", type=int, metavar="N",
                        help="also on a throwaway PostgreSQL server with N participants (0: not)")
    args = parser.parse_args()

    report("SQLite", measure(args.participants, args.scans, args.db))
    if args.postgres:
        for pg in measure_postgres(args.postgres, args.scans) or []:
            report("PostgreSQL", pg, p99_goal=None)


if __name__ == "__main__":
    main()
