"""Benchmark: importing a 10,000-row XLSX vs a bare openpyxl read-only pass.

Run with ``python benchmarks/bench_import.py [ROWS]``; prints the median of 3
runs of each and their ratio (goal: import ≤ 3× the bare read).  The import is
plan + apply into a fresh conference database each run.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from conference_desk.core.foundation.db import open_database
from conference_desk.core.people.importing import apply_import, plan_import
from conference_desk.core.people.columns import COLUMNS
from conference_desk.core.foundation.setup_data import initialise

GIVEN = ["José", "María", "Anne", "Jean", "Wei", "Fatima", "Olga", "Kwame", "Ana", "Luis", "Sofia", "Ahmed"]
FAMILY = ["García", "Dupont", "Müller", "Nakamura", "Okafor", "Smith", "Ivanova", "Haddad", "López", "Kim"]
COUNTRIES = ["MEX", "France", "Allemagne", "Estados Unidos", "Ivory Coast", "JPN", "Brasil", "Kenya", "EE. UU."]
CATEGORIES = ["delegate", "Mayor", "Expert", "Délégué", "Ponente"]


def make_file(path: Path, rows: int) -> None:
    rng = random.Random(2015)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Participants")
    sheet.append([c.en for c in COLUMNS])
    for i in range(rows):
        given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}{i}"
        values = {
            "external_id": f"BENCH-{i:06d}", "title": rng.choice(["Mr", "Ms", "Dr"]), "given_name": given,
            "family_name": family, "gender": rng.choice(["F", "M"]), "category": rng.choice(CATEGORIES),
            "country": rng.choice(COUNTRIES), "delegation_type": "", "organisation": "City Council",
            "position": "Adviser", "city": "Somewhere", "email": f"p{i}@example.org",
            "phone": "+52 55 1234 5678", "preferred_language": rng.choice(["en", "fr", "es"]),
            "arrival_date": dt.datetime(2015, 9, 27), "departure_date": dt.datetime(2015, 10, 1),
            "needs_hotel": rng.choice(["yes", "no"]), "preferred_hotel": "", "room_type_request": "single",
            "sharer_note": "", "hotel_funded": "no", "accessibility_needs": "", "dietary_needs": "",
            "status": "registered", "notes": "",
        }
        sheet.append([values.get(c.key, "") for c in COLUMNS])
    workbook.save(path)


def bare_read(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        count += len(row)
    workbook.close()
    return count


def import_once(path: Path, folder: Path, run: int) -> tuple[float, float, int]:
    db = open_database(str(folder / f"bench{run}.sqlite"))
    initialise(db, "iclc2015")
    start = time.perf_counter()
    plan = plan_import(db, path)
    planned = time.perf_counter()
    result = apply_import(db, plan)
    done = time.perf_counter()
    db.dispose()
    assert result.imported == plan.new and not plan.problems, plan.problems[:3]
    return planned - start, done - planned, result.imported


def measure(rows: int = 10_000, runs: int = 3) -> dict[str, float]:
    """Medians (s) of a bare read and of plan + apply over ``runs`` runs."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "participants.xlsx"
        make_file(path, rows)
        size = path.stat().st_size / 1e6
        reads, plans, applies, totals = [], [], [], []
        imported = 0
        for run in range(runs):
            start = time.perf_counter()
            bare_read(path)
            reads.append(time.perf_counter() - start)
            plan_s, apply_s, imported = import_once(path, folder, run)
            plans.append(plan_s)
            applies.append(apply_s)
            totals.append(plan_s + apply_s)
    return {"rows": rows, "size_mb": size, "read": statistics.median(reads), "plan": statistics.median(plans),
            "apply": statistics.median(applies), "total": statistics.median(totals), "imported": imported}


def figures(quick: bool = False) -> list[dict]:
    """Rows for benchmarks/run."""
    m = measure(2_000 if quick else 10_000)
    ratio = m["total"] / m["read"]
    return [{"benchmark": f"import of a {m['rows']:,}-row XLSX (plan + apply)", "value": m["total"], "unit": "s",
             "goal": None, "goal_text": "≤ 3× floor", "passed": ratio <= 3, "floor": m["read"],
             "floor_name": "bare openpyxl read-only pass"}]


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    m = measure(rows)
    print(f"file: {rows:,} rows × {len(COLUMNS)} columns, {m['size_mb']:.1f} MB")
    read_m, total_m = m["read"], m["total"]
    print(f"bare openpyxl read-only pass: {read_m:.2f} s (median of 3)")
    print(f"import plan:                  {m['plan']:.2f} s")
    print(f"import apply:                 {m['apply']:.2f} s ({m['imported']:,} new participants)")
    print(f"import plan + apply:          {total_m:.2f} s (median of 3)")
    print(f"ratio import / bare read:     {total_m / read_m:.2f}× (goal ≤ 3×)")


if __name__ == "__main__":
    main()
