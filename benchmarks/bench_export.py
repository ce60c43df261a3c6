"""Benchmark: export 100,000 participants to XLSX and CSV (and the List of Participants PDF).

Usage: python benchmarks/bench_export.py [--participants N] [--repeat 3] [--pdf]

Builds a temporary conference with the ICLC 2015 set-up and the demo population
(populate_demo), then prints the median wall time of ``--repeat`` exports per
format, rows per second and the file size.  Figures, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conference_desk.core.db import open_database  # noqa: E402
from conference_desk.core.demo import populate_demo  # noqa: E402
from conference_desk.core.exporting import export_delegations, export_participants  # noqa: E402
from conference_desk.core.setup_data import initialise  # noqa: E402


def measure(participants: int = 100_000, repeat: int = 3, pdf: bool = False,
            db_path: str | None = None, quiet: bool = False) -> list[dict]:
    """Per export: label, median and min seconds, rows, size (MB).  ``db_path``: an existing
    populated database to export from (else one is built in a temporary folder)."""
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        tmp = Path(folder)
        db = open_database(db_path or str(tmp / "bench.sqlite"))
        if db_path is None:
            initialise(db, "iclc2015")
            start = time.perf_counter()
            populate_demo(db, participants)
            if not quiet:
                print(f"populate_demo({participants:,}): {time.perf_counter() - start:.1f} s")

        jobs = [
            ("participants -> xlsx", lambda out: export_participants(db, out, "xlsx"), "xlsx"),
            ("participants -> csv", lambda out: export_participants(db, out, "csv"), "csv"),
            ("delegations -> xlsx", lambda out: export_delegations(db, out, "xlsx"), "xlsx"),
        ]
        if pdf:
            from conference_desk.core.documents.participant_list import build_participant_list

            jobs.append(("List of Participants -> pdf", lambda out: build_participant_list(db, out), "pdf"))
        for label, job, suffix in jobs:
            times, rows, out = [], 0, tmp / f"out.{suffix}"
            for _ in range(repeat):
                start = time.perf_counter()
                rows = job(out).rows
                times.append(time.perf_counter() - start)
            results.append({"label": label, "median": statistics.median(times), "min": min(times), "rows": rows,
                            "size_mb": out.stat().st_size / 1_048_576})
        db.dispose()
    return results


def figures(quick: bool = False) -> list[dict]:
    """Rows for benchmarks/run (no goal was set for exports: figures only)."""
    from bigdb import big_database

    n = 20_000 if quick else 100_000
    path = big_database(n)
    return [{"benchmark": f"export {r['label']}, {r['rows']:,} rows", "value": r["median"], "unit": "s",
             "goal": None, "floor": None, "floor_name": ""}
            for r in measure(n, 3, db_path=str(path), quiet=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", action="store_true", help="also time the List of Participants PDF")
    args = parser.parse_args()

    print(f"{'export':<30} {'median s':>9} {'min s':>7} {'rows':>8} {'rows/s':>9} {'size':>9}")
    for r in measure(args.participants, args.repeat, args.pdf):
        median, rows = r["median"], r["rows"]
        print(f"{r['label']:<30} {median:>9.2f} {r['min']:>7.2f} {rows:>8,} {rows / median:>9,.0f} "
              f"{r['size_mb']:>7.1f}MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
