"""Benchmark: export 100,000 participants to XLSX and CSV (and the List of Participants PDF).

Usage: python benchmarks/bench_export.py [--participants N] [--repeat 3] [--pdf] [--openpyxl]

Builds a temporary conference with the ICLC 2015 set-up and the demo population
(populate_demo), then prints the median wall time of ``--repeat`` exports per
format, rows per second and the file size.

Floors, measured in the same run and interleaved with the exports (so that load moves
both alike): a *bare writer loop* of the same library writing the same cells (read back
from the exported CSV, dates as dates) with no database and no formatting: XlsxWriter in
constant-memory mode, ``write_row`` per row; ``csv.writer.writerow`` per row.  Goals
(issue 17): each export ≤ 2× its floor.  ``--openpyxl`` also times a bare openpyxl
write-only loop (the library the XLSX export used before; see ARCHITECTURE.md).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conference_desk.core.foundation.db import open_database  # noqa: E402
from conference_desk.core.demo.generator import populate_demo  # noqa: E402
from conference_desk.core.people.exporting import export_delegations, export_participants  # noqa: E402
from conference_desk.core.foundation.setup_data import initialise  # noqa: E402


DATE_HEADERS = {"Arrival", "Departure", "Date of birth"}


def _cells(csv_path: Path) -> tuple[list[str], list[list], list[list]]:
    """(header, CSV rows, XLSX rows) of an exported CSV: the same cells for the bare loops."""
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    dates = [i for i, h in enumerate(header) if h in DATE_HEADERS]
    typed = []
    for row in body:
        cells: list = [v or None for v in row]
        for i in dates:
            if cells[i]:
                cells[i] = dt.date.fromisoformat(cells[i])
        typed.append(cells)
    return header, body, typed


def bare_csv(out: Path, header: list[str], rows: list[list]) -> None:
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)


def bare_xlsxwriter(out: Path, header: list[str], rows: list[list]) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(out), {"constant_memory": True, "default_date_format": "yyyy-mm-dd",
                                              "strings_to_numbers": False, "strings_to_formulas": False,
                                              "strings_to_urls": False})
    sheet = workbook.add_worksheet("Participants")
    sheet.write_row(0, 0, header)
    for index, row in enumerate(rows, start=1):
        sheet.write_row(index, 0, row)
    workbook.close()


def bare_openpyxl(out: Path, header: list[str], rows: list[list]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Participants")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(out)


def measure(participants: int = 100_000, repeat: int = 3, pdf: bool = False,
            db_path: str | None = None, quiet: bool = False, openpyxl: bool = False) -> list[dict]:
    """Per export: label, median and min seconds, rows, size (MB), and the floor (median seconds of
    the bare loop, ``floor``/``floor_name``) where there is one.  ``db_path``: an existing
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

        # The cells the export writes, for the bare loops (read back from a first CSV export).
        export_participants(db, tmp / "cells.csv", "csv")
        header, text_rows, typed_rows = _cells(tmp / "cells.csv")
        n = len(text_rows)
        jobs = [
            ("participants -> xlsx", lambda out: export_participants(db, out, "xlsx").rows, "xlsx"),
            ("bare XlsxWriter loop", lambda out: bare_xlsxwriter(out, header, typed_rows) or n, "xlsx"),
            ("participants -> csv", lambda out: export_participants(db, out, "csv").rows, "csv"),
            ("bare csv loop", lambda out: bare_csv(out, header, text_rows) or n, "csv"),
            ("delegations -> xlsx", lambda out: export_delegations(db, out, "xlsx").rows, "xlsx"),
        ]
        if openpyxl:
            jobs.insert(2, ("bare openpyxl write-only loop", lambda out: bare_openpyxl(out, header, typed_rows) or n,
                            "xlsx"))
        if pdf:
            from conference_desk.core.people.participant_list import build_participant_list

            jobs.append(("List of Participants -> pdf", lambda out: build_participant_list(db, out).rows, "pdf"))
        times: dict[str, list[float]] = {label: [] for label, _job, _suffix in jobs}
        rows: dict[str, int] = {}
        for _ in range(repeat):  # interleaved: each export next to its floor in every round
            for label, job, suffix in jobs:
                out = tmp / f"{label.split()[0]}-{label.split()[-1]}.{suffix}"
                start = time.perf_counter()
                rows[label] = job(out)
                times[label].append(time.perf_counter() - start)
                size = out.stat().st_size / 1_048_576
                if not quiet:
                    print(f"  {label}: {times[label][-1]:.2f} s", flush=True)
                times.setdefault(label + ":size", []).append(size)
        floors = {"participants -> xlsx": "bare XlsxWriter loop", "participants -> csv": "bare csv loop"}
        for label, _job, _suffix in jobs:
            result = {"label": label, "median": statistics.median(times[label]), "min": min(times[label]),
                      "rows": rows[label], "size_mb": times[label + ":size"][-1], "runs": times[label]}
            if label in floors:
                result["floor_name"] = floors[label]
                result["floor"] = statistics.median(times[floors[label]])
                result["ratios"] = [t / f for t, f in zip(times[label], times[floors[label]])]
            results.append(result)
        db.dispose()
    return results


def figures(quick: bool = False) -> list[dict]:
    """Rows for benchmarks/run: each participants export ≤ 2× the bare loop of its writer library."""
    from bigdb import big_database

    n = 20_000 if quick else 100_000
    path = big_database(n)
    rows = []
    for r in measure(n, 3, db_path=str(path), quiet=True):
        if r["label"].startswith("bare"):
            continue
        row = {"benchmark": f"export {r['label']}, {r['rows']:,} rows", "value": r["median"], "unit": "s",
               "goal": None, "floor": r.get("floor"), "floor_name": r.get("floor_name", "")}
        if "floor" in r:
            # The goal is a ratio to the floor of the same run: the median of the per-round ratios.
            ratio = statistics.median(r["ratios"])
            row.update(goal_text=f"≤ 2× floor (ratio {ratio:.2f})", passed=ratio <= 2.0)
        rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", action="store_true", help="also time the List of Participants PDF")
    parser.add_argument("--openpyxl", action="store_true", help="also time a bare openpyxl write-only loop")
    parser.add_argument("--db", help="an existing populated database (e.g. benchmarks/bigdb.py's)")
    args = parser.parse_args()

    results = measure(args.participants, args.repeat, args.pdf, db_path=args.db, openpyxl=args.openpyxl)
    print(f"{'export':<30} {'median s':>9} {'min s':>7} {'rows':>8} {'rows/s':>9} {'size':>9}  vs floor")
    for r in results:
        median, rows = r["median"], r["rows"]
        ratio = (f"  {statistics.median(r['ratios']):.2f}× {r['floor_name']} ({r['floor']:.2f} s;"
                 f" rounds {', '.join(f'{x:.2f}' for x in r['ratios'])})" if "floor" in r else "")
        print(f"{r['label']:<30} {median:>9.2f} {r['min']:>7.2f} {rows:>8,} {rows / median:>9,.0f} "
              f"{r['size_mb']:>7.1f}MB{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
