"""Run every benchmark and print one table: benchmark, figure, goal, ratio to its floor, pass/fail.

    benchmarks/run [--quick] [--only NAME ...] [--json FILE]

Each ``bench_*.py`` module has ``figures(quick)`` returning rows (``benchmark``, ``value``, ``unit``,
``goal`` or ``goal_text`` + ``passed``, ``floor``, ``floor_name``); the scripts still run alone with
their own ``main()``.  Big databases (``bigdb.py``: 100,000 participants, 2,000 delegations, 500
sessions) are built once and cached in ``$TMPDIR/conference-desk-bench``.  ``--quick`` uses smaller
sizes (20,000 instead of 100,000 and 2,000 instead of 10,000 for the cold start; fewer badges, rows
and sessions): its figures are not comparable with the goals' sizes.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Each module runs in a process of its own (no heap, Qt state or caches carried over), in this order.
MODULES = ("bench_scale", "bench_search", "bench_import", "bench_export", "bench_badges", "bench_checkin",
           "bench_checkin_gui", "bench_hotels", "bench_interpreters", "bench_transport", "bench_mail")


def machine() -> dict[str, str]:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = ""
    with contextlib.suppress(OSError):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kb / 1_048_576:.0f} GB"
    import sqlite3

    import PySide6

    return {"cpu": cpu or platform.processor(), "cores": str(os.cpu_count()), "ram": ram,
            "python": platform.python_version(), "pyside6": PySide6.__version__,
            "sqlite": sqlite3.sqlite_version, "date": dt.date.today().isoformat()}


def verdict(row: dict) -> str:
    if "passed" in row:
        return "pass" if row["passed"] else "FAIL"
    if row.get("goal") is None:
        return ""
    return "pass" if row["value"] <= row["goal"] else "FAIL"


def goal_text(row: dict) -> str:
    if row.get("goal_text"):
        return row["goal_text"]
    return "" if row.get("goal") is None else f"≤ {row['goal']:g} {row['unit']}".rstrip()


def number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if value < 1 else f"{value:.2f}"


def _child(name: str, quick: bool, verbose: bool) -> None:
    """In a fresh process (no heap, Qt state or caches left by another benchmark): one module's rows."""
    output = io.StringIO()
    module = __import__(name)
    with contextlib.redirect_stdout(sys.stderr if verbose else output):
        found = module.figures(quick)
    print("\n" + json.dumps(found, default=str), flush=True)
    os._exit(0)


def _run_module(name: str, quick: bool, verbose: bool) -> list[dict]:
    args = [sys.executable, __file__, "--child", name] + (["--quick"] if quick else []) + \
        (["--verbose"] if verbose else [])
    done = subprocess.run(args, stdout=subprocess.PIPE, stderr=None if verbose else subprocess.PIPE, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("[")]
    if done.returncode or not lines:
        print((done.stderr or "")[-3000:], file=sys.stderr)
        raise RuntimeError(f"{name} exited with {done.returncode}")
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repetitions")
    parser.add_argument("--only", nargs="*", help="module names (e.g. bench_scale bench_search)")
    parser.add_argument("--json", help="also write the rows and the machine to this file")
    parser.add_argument("--verbose", action="store_true", help="show the benchmarks' own output")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.quick, args.verbose)
    rows: list[dict] = []
    for name in args.only or MODULES:
        started = time.perf_counter()
        print(f"… {name}", file=sys.stderr, flush=True)
        try:  # each module in its own process
            found = _run_module(name, args.quick, args.verbose)
        except Exception:  # one broken benchmark must not hide the others
            traceback.print_exc()
            found = [{"benchmark": f"{name}: failed (see above)", "value": float("nan"), "unit": "", "goal": None,
                      "floor": None, "floor_name": "", "passed": False}]
        for row in found:
            row["module"] = name
        rows.extend(found)
        print(f"  {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)

    info = machine()
    header = ("benchmark", "figure", "goal", "vs floor", "result")
    table = []
    for row in rows:
        unit = row["unit"]
        figure = f"{number(row['value'])} {unit}".rstrip()
        ratio = ""
        if row.get("floor"):
            floor = f"{number(row['floor'])} {unit}".rstrip()
            ratio = f"{row['value'] / row['floor']:.1f}× ({floor}: {row['floor_name']})"
        table.append((row["benchmark"], figure, goal_text(row), ratio, verdict(row)))
    widths = [max(len(str(r[i])) for r in [header, *table]) for i in range(4)]
    print(f"machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM; Python {info['python']}, "
          f"PySide6 {info['pyside6']}, SQLite {info['sqlite']}; {info['date']}{' (--quick)' if args.quick else ''}")
    line = "  ".join(f"{{:<{w}}}" for w in widths) + "  {}"
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths), "------"))
    for r in table:
        print(line.format(*r))
    failed = sum(1 for r in table if r[4] == "FAIL")
    print(f"{len(table)} figures, {sum(1 for r in table if r[4] == 'pass')} goals met, {failed} missed")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "quick": args.quick, "rows": rows}, indent=1,
                                              default=str))
    sys.stdout.flush()
    os._exit(1 if failed else 0)  # skip interpreter teardown of Qt objects


if __name__ == "__main__":
    main()
