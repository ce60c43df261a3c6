"""Crash torture: every writing operation killed (SIGKILL) at random moments, 50 times each.

Each operation runs as a real subprocess (the CLI, or for check-in a small
driver that scans a list of codes one transaction each) on a copy of a
prepared database, and is killed after a random delay within the duration
measured on unkilled runs made two at a time like the tortured ones (40 % of
the delays spread over the whole run, 35 % over its second half, where the
writing happens, 25 % over its last fifth, around the commit); a run that
ends before its kill does not count and brings the duration down to its own
(the load of a CI machine changes), so 50 runs per operation are really killed.  After every kill:
``PRAGMA integrity_check`` is ok, ``PRAGMA foreign_key_check`` is empty, the
application's own checks (``core.backup.check_integrity``) pass, and the
operation is either **fully applied or not at all**: every table's content
(timestamps, random badge codes and nonces left out) equals either the state
before or the state after the unkilled run (for the solvers, whose optimum
may differ between runs, the changed table is checked against the run's own
audit entry instead).  For check-in, every admission the driver printed (it
prints after each commit) is in the database, and at most one more.

Figures of a run are printed at the end (``-s`` to see them).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import DateTime

from conference_desk.core.safety.integrity import check_integrity
from conference_desk.core.foundation.db import open_database
from conference_desk.core.foundation.models import Base

pytestmark = pytest.mark.slow  # minutes: left out by scripts/test --quick

KILLS = int(os.environ.get("TORTURE_KILLS", "50"))  # per operation
MAX_ATTEMPTS = 150  # runs that finished before their kill do not count
WORKERS = 2
DRIVER = Path(__file__).with_name("_checkin_driver.py")
CLI = [sys.executable, "-m", "conference_desk"]

# Columns whose values differ between two runs of the same operation.
VOLATILE = {("badge", "code"), ("checkin_event", "nonce")}


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{args}: {done.stderr}"
    return done


def _clean_copy(template: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):  # a stale log would be replayed into the new copy
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)


def table_hashes(path: Path) -> dict[str, str]:
    """Per table, a hash of its rows in primary-key order, without the volatile columns."""
    hashes = {}
    conn = sqlite3.connect(path)
    try:
        for table in Base.metadata.sorted_tables:
            columns = [c.name for c in table.columns
                       if not isinstance(c.type, DateTime) and (table.name, c.name) not in VOLATILE]
            order = ", ".join(c.name for c in table.primary_key.columns) or "rowid"
            digest = hashlib.sha256()
            for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY {order}"):
                digest.update(repr(row).encode())
            hashes[table.name] = digest.hexdigest()
    finally:
        conn.close()
    return hashes


def audit_rows(path: Path, action: str) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT summary, changes FROM audit_log WHERE action = ?", (action,)).fetchall()
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def assert_sound(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    db = open_database(str(path), create=False)
    try:
        report = check_integrity(db)
    finally:
        db.dispose()
    assert report["ok"], json.dumps(report, default=str)


@dataclass
class Operation:
    name: str
    template: Path
    args: Callable[[Path], list[str]]  # the command, given the database's file name (run in its folder)
    solver_table: str = ""  # nondeterministic result: checked against the audit entry
    audit_action: str = ""
    before: dict[str, str] = field(default_factory=dict)
    after: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def _solver_complete(op: Operation, path: Path, hashes: dict[str, str]) -> bool:
    """The solver's table and audit entry were written together (any optimum)."""
    others = {t for t in hashes if t not in (op.solver_table, "audit_log")}
    if any(hashes[t] != op.after[t] for t in others):
        return False
    entries = audit_rows(path, op.audit_action)
    if len(entries) != 1:
        return False
    number = int(re.search(r"(\d+) (?:placed|assignments)", entries[0][0]).group(1))  # type: ignore[union-attr]
    return count(path, op.solver_table) == number


def classify(op: Operation, path: Path) -> str:
    hashes = table_hashes(path)
    if hashes == op.before:
        return "before"
    if hashes == op.after or (op.solver_table and _solver_complete(op, path, hashes)):
        return "after"
    changed = sorted(t for t in hashes if hashes[t] != op.before[t])
    raise AssertionError(f"{op.name}: partial state after a kill (tables changed: {changed})")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("torture-templates")
    _run([*CLI, "--db", "plain.sqlite", "init"], base)
    _run([*CLI, "--db", "plain.sqlite", "demo", "--participants", "300"], base)
    # 300 other people to import (another seed, their own registration ids).
    _run([*CLI, "--db", "other.sqlite", "init"], base)
    _run([*CLI, "--db", "other.sqlite", "demo", "--participants", "300", "--seed", "7"], base)
    _run([*CLI, "--db", "other.sqlite", "export", "participants", "--out", "other.csv"], base)
    text = (base / "other.csv").read_text(encoding="utf-8-sig").replace("ICLC15-", "EXT15-")
    (base / "import.csv").write_text(text, encoding="utf-8")
    shutil.copyfile(base / "plain.sqlite", base / "badged.sqlite")
    _run([*CLI, "--db", "badged.sqlite", "badges", "print", "--out", "all.pdf"], base)
    conn = sqlite3.connect(base / "badged.sqlite")
    codes = [r[0] for r in conn.execute("SELECT code FROM badge ORDER BY id")]
    conn.close()
    (base / "codes.txt").write_text("\n".join(codes) + "\n", encoding="utf-8")
    for name in ("plain.sqlite", "badged.sqlite"):
        assert not (base / f"{name}-wal").exists()
    return {"plain": base / "plain.sqlite", "badged": base / "badged.sqlite",
            "csv": base / "import.csv", "codes": base / "codes.txt"}


def _operations(p: dict[str, Path]) -> list[Operation]:
    csv, codes = str(p["csv"]), str(p["codes"])
    return [
        Operation("import", p["plain"], lambda db: [*CLI, "--db", db.name, "import", csv]),
        Operation("hotels allocate", p["plain"],
                  lambda db: [*CLI, "--db", db.name, "hotels", "allocate", "--time-limit", "5"],
                  solver_table="room_assignment", audit_action="hotel allocate"),
        Operation("interpreters roster", p["plain"],
                  lambda db: [*CLI, "--db", db.name, "interpreters", "roster", "--time-limit", "5"],
                  solver_table="interpreter_assignment", audit_action="interpreter roster"),
        Operation("badges print", p["plain"],
                  lambda db: [*CLI, "--db", db.name, "badges", "print", "--out", "badges.pdf"]),
        Operation("merge", p["badged"], lambda db: [*CLI, "--db", db.name, "merge", "5", "6"]),
        Operation("check-in", p["badged"], lambda db: [sys.executable, str(DRIVER), db.name, codes]),
    ]


def _reference(op: Operation, folders: list[Path]) -> None:
    """Unkilled runs, as many at once as the tortured ones (so the measured duration matches theirs)."""

    def once(folder: Path) -> tuple[float, dict[str, str], dict[str, str]]:
        db = folder / "reference.sqlite"
        _clean_copy(op.template, db)
        before = table_hashes(db)
        started = time.perf_counter()
        done = subprocess.run(op.args(db), cwd=folder, capture_output=True, text=True, timeout=300)
        seconds = time.perf_counter() - started
        assert done.returncode == 0, done.stderr
        assert_sound(db)
        return seconds, before, table_hashes(db)

    with ThreadPoolExecutor(len(folders)) as pool:
        runs = list(pool.map(once, folders))
    op.seconds = sum(r[0] for r in runs) / len(runs)
    op.before, op.after = runs[0][1], runs[0][2]
    assert op.after != op.before, f"{op.name} changed nothing"
    if not op.solver_table and op.name != "check-in":  # deterministic: every run ends the same
        assert all(r[2] == op.after for r in runs)


def _torture_once(op: Operation, folder: Path, delay: float) -> tuple[bool, str]:
    """Run, kill after ``delay`` s, check. (killed?, state)."""
    db = folder / "op.sqlite"
    _clean_copy(op.template, db)
    started = time.perf_counter()
    process = subprocess.Popen(op.args(db), cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        process.wait(timeout=delay)
        killed = False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        killed = True
    out, err = process.communicate(timeout=60)
    if not killed:
        assert process.returncode == 0, err
        # The machine got faster than when the duration was measured: follow it.
        op.seconds = 0.5 * op.seconds + 0.5 * (time.perf_counter() - started)
    assert_sound(db)
    if op.name == "check-in":
        return killed, _check_admissions(db, out, killed)
    state = classify(op, db)
    if not killed:
        assert state == "after"
    return killed, state


def _check_admissions(db: Path, out: str, killed: bool) -> str:
    shown = [line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("ADMITTED ")]
    conn = sqlite3.connect(db)
    try:
        admitted = {r[0] for r in conn.execute(
            "SELECT scanned_code FROM checkin_event WHERE outcome = 'admitted'")}
        events = conn.execute("SELECT count(*) FROM checkin_event").fetchone()[0]
    finally:
        conn.close()
    missing = set(shown) - admitted
    assert not missing, f"admissions shown but lost: {sorted(missing)[:5]}"
    assert len(admitted) - len(shown) in (0, 1), (len(admitted), len(shown))  # the last one may be unprinted
    assert events == len(admitted)  # one event per scan, no half-written decision
    return f"{len(shown)} shown"


def test_kill_minus_nine_leaves_every_operation_whole_or_absent(
    prepared: dict[str, Path], tmp_path: Path
) -> None:
    rng = random.Random(int(os.environ.get("TORTURE_SEED", "20151001")))
    figures = []
    started_all = time.perf_counter()
    for op in _operations(prepared):
        started = time.perf_counter()
        slots = []
        for i in range(WORKERS):
            slot = tmp_path / re.sub(r"\W+", "-", op.name) / f"slot{i}"
            slot.mkdir(parents=True)
            slots.append(slot)
        _reference(op, slots)
        kills, attempts, states = 0, 0, {"before": 0, "after": 0}
        shown_total = 0
        while kills < KILLS and attempts < MAX_ATTEMPTS:
            batch = []
            for slot in slots:
                # 40 % over the whole run, 35 % over its second half (where the writing happens),
                # 25 % over its last fifth (around the commit).
                low, high = rng.choices([(0.0, 0.97), (0.5, 0.97), (0.8, 0.97)], weights=[8, 7, 5])[0]
                batch.append((slot, op.seconds * rng.uniform(low, high)))
            with ThreadPoolExecutor(WORKERS) as pool:
                results = list(pool.map(lambda a: _torture_once(op, *a), batch))
            for killed, state in results:
                attempts += 1
                kills += killed
                if op.name == "check-in":
                    shown_total += int(state.split()[0])
                elif killed:
                    states[state] += 1
        assert kills >= KILLS, f"{op.name}: only {kills} kills in {attempts} runs"
        figures.append((op.name, op.seconds, kills, attempts, states, shown_total, time.perf_counter() - started))
    total = time.perf_counter() - started_all
    print("\ncrash torture (operation, measured s, kills, runs, states after kill, admissions shown, wall s):")
    for name, seconds, kills, attempts, states, shown, wall in figures:
        detail = f"{shown} admissions shown and found" if name == "check-in" else \
            f"not applied {states['before']}, fully applied {states['after']}"
        print(f"  {name:<20} {seconds:5.2f} s  {kills} kills / {attempts} runs  {detail}  ({wall:.0f} s)")
    print(f"  total {total:.0f} s")
