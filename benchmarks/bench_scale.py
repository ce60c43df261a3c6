"""Scale: cold start, the participants table and peak memory at 100,000 participants.

Databases come from ``bigdb.big_database`` (2,000 delegations, 500 sessions; cached
in ``$TMPDIR/conference-desk-bench`` between runs).  Each figure is the median of
``--runs`` runs, beside a floor measured in the same run (interleaved):

* **cold start** on 10,000 participants (goal ≤ 4× its floor, issue 17): a new process
  ``main.py --db FILE gui --benchmark-startup`` (offscreen Qt, fresh settings)
  prints the wall-clock time once the main window is shown and its first screen's
  data is loaded; figure = that time minus the time just before the process was
  started.  Floor: a process that imports PySide6.QtWidgets and creates the
  QApplication.
* **participants table** on 100,000 (goal: open ≤ 1 s): making the Delegations &
  participants screen and showing it until its first rows are painted, then
  scrolling to the middle and to the end (each a page read through SQL).  Floor:
  a bare ``SELECT … ORDER BY sort_name LIMIT 100`` with the sqlite3 module on the
  same file.
* **peak memory** on 100,000 (goal ≤ 400 MB): a new process opens the main window
  and visits every area once (waiting for each area's background reads); figure =
  its peak RSS (``VmHWM``: ``ru_maxrss`` of a child inherits its large parent's peak).
  Floor: the same figure of a process of its own with PySide6.QtWidgets and a QApplication.
* **first visit of each area** on 100,000 (goal ≤ 1 s, issue 17), in the same child:
  from choosing the area until its background reads (and what its timers start, the
  badge preview) are done and shown; beside it, the time until the screen is on show
  with its loading state.

    python benchmarks/bench_scale.py [--quick] [--runs 3] [--db10k FILE] [--db100k FILE] [--only cold-start]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bigdb import big_database  # noqa: E402

# Peak memory is this process's own high-water mark (VmHWM).  ``ru_maxrss`` is not: a child
# started by fork/vfork + exec from a large parent (this script, after the participants table
# read 100,000 rows) inherits the parent's peak, which once printed 362 MB for a bare QApplication.
PEAK_KB = ("def peak_kb():\n"
           "    try:\n"
           "        for line in open('/proc/self/status'):\n"
           "            if line.startswith('VmHWM:'):\n"
           "                return int(line.split()[1])\n"
           "    except OSError:\n"
           "        pass\n"
           "    import resource\n"
           "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n")
FLOOR_QT = ("import json, time\n" + PEAK_KB +
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "print(json.dumps({'usable_at': time.time(), 'maxrss_kb': peak_kb()}))\n")
exec(PEAK_KB)  # peak_kb() here too (the child that visits every area)
COLD_START_GOAL = 4.0  # × the floor measured in the same run
FIRST_VISIT_GOAL_S = 1.0
FLOOR_SQL = ("SELECT id, family_name, given_name, delegation_id, category_id, position, city, email,"
             " arrival_date, departure_date, status FROM participant ORDER BY sort_name, id LIMIT 100")


def _env(config: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config, PYTHONDONTWRITEBYTECODE="")
    return env


def _last_json(out: str) -> dict[str, Any]:
    for line in reversed(out.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no figures in the output: {out[-500:]!r}")


def _timed_process(args: list[str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-scale-cfg-") as config:
        started = time.time()
        done = subprocess.run(args, capture_output=True, text=True, env=_env(config), timeout=300)
        figures = _last_json(done.stdout)
    figures["seconds"] = figures.pop("usable_at", started) - started
    return figures


def cold_start(db: Path, runs: int) -> dict[str, float]:
    app, floor = [], []
    for _ in range(runs):
        app.append(_timed_process([sys.executable, str(ROOT / "main.py"), "--db", str(db), "gui",
                                   "--benchmark-startup"])["seconds"])
        floor.append(_timed_process([sys.executable, "-c", FLOOR_QT])["seconds"])
    return {"seconds": statistics.median(app), "floor": statistics.median(floor), "runs": app}


def participants_table(db_path: Path, runs: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from conference_desk.core.foundation.db import open_database
    from conference_desk.ui.people.screen import RegistrationScreen

    db = open_database(str(db_path))
    floor_conn = sqlite3.connect(str(db_path))
    opens, middles, ends, floors = [], [], [], []
    for run in range(runs + 1):  # the first run warms imports and caches: not counted
        started = time.perf_counter()
        screen = RegistrationScreen(db, "en")
        screen.resize(1200, 800)
        screen.show()
        app.processEvents()
        view = screen.table
        model = view.model()
        assert model.rowCount() > 0 and view.indexAt(view.rect().topLeft()).isValid()
        opened = time.perf_counter() - started
        rows = model.rowCount()
        started = time.perf_counter()
        view.scrollTo(model.index(rows // 2, 0))
        app.processEvents()
        middle = time.perf_counter() - started
        started = time.perf_counter()
        view.scrollToBottom()
        app.processEvents()
        end = time.perf_counter() - started
        started = time.perf_counter()
        floor_conn.execute(FLOOR_SQL).fetchall()
        floor = time.perf_counter() - started
        screen.close()
        screen.deleteLater()
        app.processEvents()
        if run:
            opens.append(opened)
            middles.append(middle)
            ends.append(end)
            floors.append(floor)
    floor_conn.close()
    db.dispose()
    return {"open": statistics.median(opens), "middle": statistics.median(middles),
            "end": statistics.median(ends), "floor": statistics.median(floors), "rows": rows}


def _rss_mb() -> float:
    """Current resident set size (MB), from /proc (0 where there is none)."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except (OSError, ValueError):
        return 0.0


def _settle(app: Any, wait_for_tasks: Any, quiet: float = 0.4) -> float:
    """Wait until the area's reads are done, including work its timers start a moment later (the
    badge preview): the pool stays idle for ``quiet`` s.  Returns when the last of it finished."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    app.processEvents()
    finished = time.perf_counter()
    while time.perf_counter() - finished < quiet:
        if pool.activeThreadCount():
            wait_for_tasks()
            app.processEvents()  # the results shown
            finished = time.perf_counter()
        else:
            time.sleep(0.005)
            app.processEvents()
    return finished


def _child_visit_all(db_path: str) -> None:
    """In a child process: the main window on ``db_path``, every area visited once."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from conference_desk.core.foundation.db import open_database
    from conference_desk.ui.common.i18n import LanguageManager
    from conference_desk.ui.shell.main_window import AREAS, MainWindow
    from conference_desk.ui.common.tasks import wait_for_tasks

    languages = LanguageManager(app)
    languages.set_language("en")
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    db = open_database(db_path)
    window = MainWindow(db, languages, settings)
    window.show()
    app.processEvents()
    areas: dict[str, float] = {}
    shown: dict[str, float] = {}  # the screen on show (its loading state), before its data
    rss: dict[str, float] = {"start": _rss_mb()}
    for index, area in enumerate(AREAS):
        started = time.perf_counter()
        window.show_area(index)
        app.processEvents()
        shown[area.key] = time.perf_counter() - started
        areas[area.key] = _settle(app, wait_for_tasks) - started
        rss[area.key] = _rss_mb()
    peak = peak_kb()  # noqa: F821 - defined by exec(PEAK_KB)
    print(json.dumps({"maxrss_kb": peak, "areas": areas, "shown": shown, "rss": rss}),
          flush=True)
    os._exit(0)


def peak_memory(db: Path, runs: int) -> dict[str, Any]:
    peaks, floors, areas, shown, rss = [], [], [], [], []
    for _ in range(runs):
        child = _timed_process([sys.executable, __file__, "--child-visit-all", str(db)])
        peaks.append(child["maxrss_kb"] / 1024)
        areas.append(child["areas"])
        shown.append(child["shown"])
        rss.append(child["rss"])
        floors.append(_timed_process([sys.executable, "-c", FLOOR_QT])["maxrss_kb"] / 1024)
    area_medians = {key: statistics.median(a[key] for a in areas) for key in areas[0]}
    shown_medians = {key: statistics.median(a[key] for a in shown) for key in shown[0]}
    rss_medians = {key: statistics.median(r[key] for r in rss) for key in rss[0]}
    return {"mb": statistics.median(peaks), "floor": statistics.median(floors), "areas": area_medians,
            "shown": shown_medians, "rss": rss_medians}


def figures(quick: bool = False, runs: int = 3, db10k: str | None = None,
            db100k: str | None = None, only: str | None = None) -> list[dict[str, Any]]:
    """The scale figures as rows for benchmarks/run: name, figure, unit, goal, floor.

    ``only="cold-start"`` measures the cold start alone (the 100,000 database is not built)."""
    small, big = (2_000, 20_000) if quick else (10_000, 100_000)
    path_small = big_database(small, path=db10k)
    rows: list[dict[str, Any]] = []
    start = cold_start(path_small, runs)
    rows.append({"benchmark": f"cold start to a usable window, {small:,} participants", "value": start["seconds"],
                 "unit": "s", "goal": None, "goal_text": f"≤ {COLD_START_GOAL:g}× floor",
                 "passed": start["seconds"] <= COLD_START_GOAL * start["floor"], "floor": start["floor"],
                 "floor_name": "python + import PySide6.QtWidgets + QApplication"})
    if only == "cold-start":
        return rows
    path_big = big_database(big, path=db100k)
    table = participants_table(path_big, runs)
    floor_name = "bare SELECT … LIMIT 100"
    rows.append({"benchmark": f"participants table: open, {big:,}", "value": table["open"], "unit": "s",
                 "goal": 1.0, "floor": table["floor"], "floor_name": floor_name})
    rows.append({"benchmark": f"participants table: scroll to middle, {big:,}", "value": table["middle"],
                 "unit": "s", "goal": None, "floor": table["floor"], "floor_name": floor_name})
    rows.append({"benchmark": f"participants table: scroll to end, {big:,}", "value": table["end"],
                 "unit": "s", "goal": None, "floor": table["floor"], "floor_name": floor_name})
    memory = peak_memory(path_big, runs)
    rows.append({"benchmark": f"peak memory, every area visited, {big:,}", "value": memory["mb"], "unit": "MB",
                 "goal": 400, "floor": memory["floor"],
                 "floor_name": "peak RSS of a bare QApplication, a process of its own"})
    for key, seconds in memory["areas"].items():
        rows.append({"benchmark": f"  open area '{key}' (first visit, data shown), {big:,}", "value": seconds,
                     "unit": "s", "goal": FIRST_VISIT_GOAL_S, "floor": None, "floor_name": ""})
        rows.append({"benchmark": f"    of which '{key}' on show (loading state), {big:,}",
                     "value": memory["shown"][key], "unit": "s", "goal": None, "floor": None, "floor_name": ""})
    previous = memory["rss"]["start"]
    for key, mb in memory["rss"].items():
        if key != "start":
            rows.append({"benchmark": f"  RSS after '{key}' (+{mb - previous:.0f} MB), {big:,}", "value": mb,
                         "unit": "MB", "goal": None, "floor": None, "floor_name": ""})
            previous = mb
    return rows


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child-visit-all":
        _child_visit_all(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 / 20,000 participants instead of 10,000 / 100,000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db10k", help="database for the cold start (built if missing)")
    parser.add_argument("--db100k", help="database for the table and memory (built if missing)")
    parser.add_argument("--only", choices=["cold-start"], help="measure only this figure")
    args = parser.parse_args()
    for row in figures(args.quick, args.runs, args.db10k, args.db100k, args.only):
        goal = row.get("goal_text") or ("" if row["goal"] is None else f"≤ {row['goal']:g} {row['unit']}")
        goal = f"goal {goal}" if goal else ""
        ratio = f"{row['value'] / row['floor']:.1f}× floor ({row['floor']:.3g} {row['unit']})" if row["floor"] else ""
        verdict = "" if "passed" not in row and row["goal"] is None else (
            "pass" if row.get("passed", row["goal"] is not None and row["value"] <= row["goal"]) else "MISSED")
        print(f"{row['benchmark']:<60} {row['value']:9.3f} {row['unit']:<3} {goal:<18} {verdict:<6} {ratio}")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects


if __name__ == "__main__":
    main()
