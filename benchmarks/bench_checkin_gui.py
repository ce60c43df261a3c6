"""Scan to outcome through the GUI: keystrokes in, outcome shown.

A scanner "types" each badge code as a burst of key events ending in Enter
into the Check-in screen's input (offscreen Qt); we measure from the first
keystroke to the outcome panel showing the decision (all events processed).
The floor, measured in the same run, is the core decision alone
(core.checkin.check_in_code) on the same database.

    python benchmarks/bench_checkin_gui.py [--participants 100000] [--scans 500] [--db FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_checkin import percentile, prepare  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from conference_desk.core.checkin.decisions import CheckInPoint  # noqa: E402
from conference_desk.core.checkin.service import check_in_code


def type_key(widget: object, text: str, key: int | None = None) -> None:
    """One key press and release, as a USB scanner (keyboard wedge) sends it."""
    code = key if key is not None else Qt.Key(ord(text.upper()))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))


def measure(participants: int = 100_000, n_scans: int = 500, db_path: str | None = None) -> dict:
    """Scan-to-outcome latencies (ms) through the screen, and the core decision alone."""
    app = QApplication.instance() or QApplication([])
    from conference_desk.ui.checkin.screen import CheckInScreen

    _path, db, total, all_codes = prepare(db_path, participants)
    screen = CheckInScreen(db, "en")
    screen.resize(1100, 760)
    screen.show()
    screen.refocus()
    app.processEvents()
    rng = random.Random(7)
    scans = [rng.choice(all_codes) for _ in range(n_scans)]
    floor_codes = [rng.choice(all_codes) for _ in range(n_scans)]

    shown: list[object] = []
    screen.checked_in.connect(shown.append)
    gui_times: list[float] = []
    enter_times: list[float] = []
    for code in scans:
        before = len(shown)
        started = time.perf_counter()
        for char in code:
            type_key(screen.input, char)
        enter = time.perf_counter()
        type_key(screen.input, "\r", Qt.Key.Key_Return)
        app.processEvents()
        done = time.perf_counter()
        gui_times.append((done - started) * 1000)
        enter_times.append((done - enter) * 1000)
        assert len(shown) == before + 1, "the scan was not decided"

    point = CheckInPoint(desk="Floor", operator="bench")
    now = dt.datetime(2015, 9, 29, 15, 0, tzinfo=dt.timezone.utc)
    core_times: list[float] = []
    for code in floor_codes:
        started = time.perf_counter()
        check_in_code(db, code, point, now)
        core_times.append((time.perf_counter() - started) * 1000)

    outcomes = {o: sum(1 for s in shown if s.outcome == o) for o in ("admitted", "already", "rejected")}
    screen.close()
    db.dispose()
    return {"participants": total, "scans": len(scans), "outcomes": outcomes,
            "p50": statistics.median(gui_times), "p99": percentile(gui_times, 0.99),
            "enter_p50": statistics.median(enter_times), "enter_p99": percentile(enter_times, 0.99),
            "core_p50": statistics.median(core_times), "core_p99": percentile(core_times, 0.99)}


def figures(quick: bool = False, db_path: str | None = None) -> list[dict]:
    """Rows for benchmarks/run (issue 5 set no goal for the GUI path: figures only)."""
    n = 20_000 if quick else 100_000
    if db_path is None:
        from bigdb import scratch_copy

        db_path = str(scratch_copy(n))  # check-ins are written: not into the shared cached database
    m = measure(n, 200 if quick else 500, db_path)
    return [{"benchmark": f"check-in scan to outcome shown (GUI) p99, {m['participants']:,}", "value": m["p99"],
             "unit": "ms", "goal": None, "floor": m["core_p99"], "floor_name": "core decision alone, p99"},
            {"benchmark": f"check-in Enter to outcome shown (GUI) p99, {m['participants']:,}",
             "value": m["enter_p99"], "unit": "ms", "goal": None, "floor": m["core_p99"],
             "floor_name": "core decision alone, p99"}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=500)
    parser.add_argument("--db", help="reuse this database file (created if missing)")
    args = parser.parse_args()

    m = measure(args.participants, args.scans, args.db)
    g50, g99, c50, c99 = m["p50"], m["p99"], m["core_p50"], m["core_p99"]
    total, scans, outcomes = m["participants"], range(m["scans"]), m["outcomes"]
    print(f"participants: {total:,}; scans through the GUI: {len(scans)} (outcomes {outcomes})")
    print(f"scan to outcome shown (keystrokes + Enter + decision + display): p50 {g50:.1f} ms, p99 {g99:.1f} ms")
    print(f"from the suffix (Enter) to the outcome shown: p50 {m['enter_p50']:.1f} ms, "
          f"p99 {m['enter_p99']:.1f} ms")
    print(f"floor, core decision alone: p50 {c50:.2f} ms, p99 {c99:.2f} ms; GUI/core p50 ratio {g50 / c50:.1f}x")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects (a PySide6 finaliser can crash there)


if __name__ == "__main__":
    main()
