"""Search as you type on 100,000 participants: latency per keystroke.

A keystroke in the Participants screen runs what ParticipantTableModel.refresh
runs (core.registration.first_page): the number of matches and the first
page of 200 rows, sorted.  This
prints p50/p95 per keystroke over many typed prefixes (goal: p95 <= 30 ms),
and the ratio to a floor measured in the same run: a bare
`SELECT count(*) FROM participant` scan.

    python benchmarks/bench_search.py [--participants 100000] [--db FILE]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text

from conference_desk.core.db import open_database
from conference_desk.core.demo import populate_demo
from conference_desk.core.models import Participant
from conference_desk.core.registration import ParticipantQuery, first_page
from conference_desk.core.setup_data import initialise
from conference_desk.core.text import fold


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(participants: int = 100_000, db_path: str | None = None, n_words: int = 60) -> dict[str, float]:
    """Per-keystroke latencies (ms) on a database of ``participants`` (reused/created at ``db_path``)."""
    path = Path(db_path) if db_path else Path(tempfile.mkdtemp()) / "bench.sqlite"
    db = open_database(str(path))
    initialise(db, "iclc2015")
    with db.session() as s:
        existing = s.scalar(select(func.count()).select_from(Participant))
    if not existing:
        started = time.perf_counter()
        populate_demo(db, participants, seed=1)
        print(f"demo population of {participants:,}: {time.perf_counter() - started:.1f} s")
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(Participant))
        names = list(s.scalars(select(Participant.family_name).order_by(Participant.id).limit(5000)))
    rng = random.Random(42)
    words = [fold(name).split(" ")[0] for name in rng.sample(names, n_words)]

    # What the user types: each word letter by letter, then the next word.
    keystrokes = [word[:n] for word in words for n in range(1, min(len(word), 8) + 1)]
    times: list[float] = []
    floor: list[float] = []
    with db.session() as s:
        for typed in keystrokes:
            started = time.perf_counter()
            query = ParticipantQuery(search=typed)
            first_page(s, query, 200)
            times.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            s.execute(text("SELECT count(*) FROM participant")).scalar()
            floor.append((time.perf_counter() - started) * 1000)
    db.dispose()
    first_letter = [t for k, t in zip(keystrokes, times) if len(k) == 1]
    return {"participants": total or 0, "keystrokes": len(keystrokes), "p50": statistics.median(times),
            "p95": percentile(times, 0.95), "max": max(times), "floor_p50": statistics.median(floor),
            "first_letter_p50": statistics.median(first_letter)}


def figures(quick: bool = False, db_path: str | None = None) -> list[dict]:
    """Rows for benchmarks/run."""
    n = 20_000 if quick else 100_000
    if db_path is None:
        from bigdb import big_database

        db_path = str(big_database(n))
    m = measure(n, db_path, 30 if quick else 60)
    floor = {"floor": m["floor_p50"], "floor_name": "bare count(*) scan, p50"}
    return [
        {"benchmark": f"search as you type p95, {m['participants']:,}", "value": m["p95"], "unit": "ms",
         "goal": 30, **floor},
        {"benchmark": f"search as you type p50, {m['participants']:,}", "value": m["p50"], "unit": "ms",
         "goal": None, **floor},
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--db", help="reuse this database file (created if missing)")
    parser.add_argument("--words", type=int, default=60, help="names typed letter by letter")
    args = parser.parse_args()

    m = measure(args.participants, args.db, args.words)
    p50, p95, f50 = m["p50"], m["p95"], m["floor_p50"]
    print(f"participants: {m['participants']:,}; keystrokes measured: {m['keystrokes']}")
    print(f"per keystroke (count + first page of 200): p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {m['max']:.1f} ms")
    print(f"floor (bare count(*) scan): p50 {f50:.2f} ms; ratio p50/floor {p50 / f50:.1f}x")
    print(f"first letter only (most matches): p50 {m['first_letter_p50']:.1f} ms")
    print(f"goal p95 <= 30 ms: {'met' if p95 <= 30 else 'NOT met'}")


if __name__ == "__main__":
    main()
