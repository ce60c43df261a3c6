"""Several desks, one conference: exactly once under load, and desks that survive a dead server.

(a) 4 processes scan the same 1,000 codes at the same instant, against PostgreSQL
    and against one SQLite file (the helpers of test_checkin_concurrency.py,
    scaled up): 1,000 admitted, 3,000 "already", no errors.
(b) Two desks (processes, each with its local copy) scan while the PostgreSQL
    server is stopped in the middle of the run and started again: the desks keep
    admitting from their copies, then sync; every admission is on the server
    exactly once, one event per scan, the people admitted at both desks during
    the outage are reported as cross-desk duplicates, and a second sync uploads 0.
(c) A badge printed after the desks' last refresh is admitted offline by its
    signature and lands on the right person after the sync.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conference_desk.core.desks import cache as desk_cache
from conference_desk.core.foundation.db import open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import CheckInEvent
from conference_desk.core.foundation.setup_data import initialise
from tests.integration.test_checkin_concurrency import assert_exactly_once, issue_badges, run_desks
from tests.pg_server import PostgresServer, find_bindir, start_server

ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------
# (a) 4 processes x 1,000 codes
# --------------------------------------------------------------------------


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
def test_four_processes_scanning_1000_badges_on_one_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "desks.sqlite"
    db = open_database(str(path))
    try:
        initialise(db, "iclc2015")
        populate_demo(db, 1100, seed=21)
        badges = issue_badges(db, 1000)
        started = time.perf_counter()
        results = run_desks(str(path), list(badges.values()), tmp_path, desks=4)
        elapsed = time.perf_counter() - started
        assert_exactly_once(db, results, list(badges), 4)  # 1,000 admitted, 3,000 already, 0 rejected
        print(f"\nSQLite, 4 desks x 1,000 scans: {elapsed:.1f} s including start-up")
    finally:
        db.dispose()


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@pytest.mark.postgres
def test_four_processes_scanning_1000_badges_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        initialise(db, "iclc2015")
        populate_demo(db, 1100, seed=22)
        badges = issue_badges(db, 1000)
        started = time.perf_counter()
        results = run_desks(pg_url, list(badges.values()), tmp_path, desks=4)
        elapsed = time.perf_counter() - started
        assert_exactly_once(db, results, list(badges), 4)
        print(f"\nPostgreSQL, 4 desks x 1,000 scans: {elapsed:.1f} s including start-up")
    finally:
        db.dispose()


# --------------------------------------------------------------------------
# (b), (c) the server stops in the middle of a scanning run
# --------------------------------------------------------------------------

DESK_WORKER = r"""
import datetime as dt, json, sys, time
from pathlib import Path
from conference_desk.core.checkin.service import CheckInPoint
from conference_desk.core.foundation.db import open_database
from conference_desk.core.desks.desk import Desk
from conference_desk.core.desks.cache import open_cache

url, name, work = sys.argv[1], sys.argv[2], Path(sys.argv[3])
plan = json.loads((work / f"{name}.plan.json").read_text())
base = dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc)  # 10:00 in Mexico City
clock = [0]

def now():
    clock[0] += 1
    return base + dt.timedelta(seconds=clock[0])

def wait_for(flag, seconds=120):
    deadline = time.time() + seconds
    while not (work / flag).exists():
        if time.time() > deadline:
            raise SystemExit(f"{name}: no {flag}")
        time.sleep(0.01)

db = open_database(url, create=False)
cache = open_cache(work / f"{name}.cache.sqlite")
desk = Desk(db, cache, CheckInPoint(desk=name, operator=name.lower()))
assert desk.sync(now()) is not None, "first copy"
(work / f"{name}.ready").touch()
wait_for("go1")  # both copies are made before anyone scans
results = []

def scan(code, phase):
    outcome = desk.scan(code, now())
    results.append({"code": outcome.scanned_code or code, "phase": phase, "outcome": outcome.outcome,
                    "reason": outcome.reason, "offline": outcome.offline,
                    "pid": outcome.participant.id if outcome.participant else None})

for code in plan["phase1"]:
    scan(code, "1")
(work / f"{name}.phase1").touch()
wait_for("go2")
for n, code in enumerate(plan["phase2a"]):  # the server is stopped somewhere in here
    scan(code, "2a")
    (work / f"{name}.progress.tmp").write_text(str(n + 1))
    (work / f"{name}.progress.tmp").replace(work / f"{name}.progress")  # never read half-written
    time.sleep(0.01)
wait_for("stopped")
late = json.loads((work / "late.json").read_text()) if name == "Desk A" else []
for code in plan["phase2b"] + late:
    scan(code, "2b")
(work / f"{name}.phase2").touch()
wait_for("restarted")
deadline = time.time() + 60
first = None
while first is None:
    first = desk.sync(now())
    if first is None:
        if time.time() > deadline:
            raise SystemExit(f"{name}: the server did not come back")
        time.sleep(0.2)
for code in plan["phase3"]:
    scan(code, "3")
final = desk.sync(now())
again = desk.sync(now())
db.dispose()
print(json.dumps({"results": results, "first_sync": first.as_json(), "final_sync": final.as_json(),
                  "again": again.as_json(), "offline_since": str(desk.offline_since)}))
"""


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of its own: this test stops and starts it."""
    if find_bindir() is None:
        pytest.skip("no PostgreSQL binaries on this machine (initdb, pg_ctl)")
    server = start_server()
    yield server
    server.stop()


def _wait(predicate, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@pytest.mark.postgres
def test_desks_keep_admitting_through_a_server_outage_and_reconcile(own_server: PostgresServer,
                                                                   tmp_path: Path) -> None:
    url = own_server.create_database("outage")
    db = open_database(url)
    initialise(db, "iclc2015")
    populate_demo(db, 460, seed=23)
    badges = issue_badges(db, 400)
    by_code = {code: pid for pid, code in badges.items()}
    c = list(badges.values())
    plans = {
        "Desk A": {"phase1": c[0:60], "phase2a": c[100:200], "phase2b": c[300:340] + c[60:70],
                   "phase3": c[360:380]},
        "Desk B": {"phase1": c[40:100], "phase2a": c[200:300], "phase2b": c[320:360] + c[0:5] + c[40:45],
                   "phase3": c[370:390]},
    }
    for name, plan in plans.items():
        (tmp_path / f"{name}.plan.json").write_text(json.dumps(plan))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = {name: subprocess.Popen([sys.executable, "-c", DESK_WORKER, url, name, str(tmp_path)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
               for name in plans}
    try:
        _wait(lambda: all((tmp_path / f"{name}.ready").exists() for name in plans))
        (tmp_path / "go1").touch()
        _wait(lambda: all((tmp_path / f"{name}.phase1").exists() for name in plans))
        # (c) a badge printed at another desk after both desks' last refresh
        late_pid = _uncovered(db, badges)[0]
        late_code = issue_badges_for(db, [late_pid])[late_pid]
        (tmp_path / "late.json").write_text(json.dumps([late_code]))
        (tmp_path / "go2").touch()

        def progress(name: str) -> int:
            path = tmp_path / f"{name}.progress"
            return int(path.read_text() or 0) if path.exists() else 0

        _wait(lambda: all(progress(name) >= 30 for name in plans))
        db.dispose()
        own_server.stop(remove=False)  # mid-run: the desks are scanning phase 2a
        stopped_at = {name: progress(name) for name in plans}
        (tmp_path / "stopped").touch()
        _wait(lambda: all((tmp_path / f"{name}.phase2").exists() for name in plans))
        time.sleep(1.0)  # a few sync attempts would fail here; none is made before "restarted"
        own_server.start()
        (tmp_path / "restarted").touch()
        outputs = {}
        for name, worker in workers.items():
            out, err = worker.communicate(timeout=300)
            assert worker.returncode == 0, err
            outputs[name] = json.loads(out)
    finally:
        for worker in workers.values():
            if worker.poll() is None:
                worker.kill()

    db = open_database(url, create=False)
    try:
        results = {name: out["results"] for name, out in outputs.items()}
        assert all(r["outcome"] != "rejected" for rs in results.values() for r in rs)
        # The desks kept admitting while the server was down.
        offline = {name: [r for r in rs if r["offline"]] for name, rs in results.items()}
        for name in plans:
            assert sum(r["outcome"] == "admitted" for r in offline[name]) >= 40, name
            assert 30 <= stopped_at[name] < len(plans[name]["phase2a"])  # the stop fell in the middle of the run
            phase2a = [r["offline"] for r in results[name] if r["phase"] == "2a"]
            assert phase2a[0] is False and phase2a[-1] is True  # online, then from the copy
        # (c) the late badge: admitted offline by signature, then the right person on the server.
        late = [r for r in results["Desk A"] if r["code"] == late_code]
        assert [(r["outcome"], r["reason"], r["offline"]) for r in late] == [("admitted", "not_in_local_copy", True)]
        # Every admission exactly once; one event per scan (none lost, none doubled).
        scanned_pids = {by_code.get(r["code"], late_pid) for rs in results.values() for r in rs}
        with db.session() as s:
            per_person = dict(s.execute(select(CheckInEvent.participant_id, func.count())
                                        .where(CheckInEvent.outcome == "admitted")
                                        .group_by(CheckInEvent.participant_id)).all())
            events = s.scalar(select(func.count()).select_from(CheckInEvent))
            cross = set(s.scalars(select(CheckInEvent.participant_id)
                                  .where(CheckInEvent.reason == "cross_desk_duplicate")))
        assert per_person == {pid: 1 for pid in scanned_pids}
        assert late_pid in per_person
        assert events == sum(len(rs) for rs in results.values())
        # The people admitted at both desks are exactly the reported duplicates.
        admitted_at = {name: {by_code.get(r["code"], late_pid) for r in rs if r["outcome"] == "admitted"}
                       for name, rs in results.items()}
        both = admitted_at["Desk A"] & admitted_at["Desk B"]
        reported = [d for out in outputs.values() for key in ("first_sync", "final_sync")
                    for d in out[key]["duplicates"]]
        assert sorted(d["participant_id"] for d in reported) == sorted(both) == sorted(cross)
        overlap = {by_code[code] for code in c[320:340]} | {by_code[code] for code in c[60:70] + c[0:5]}
        # Only the double admissions the outage made unavoidable (both desks offline, neither copy knew):
        # none by a desk back online that forgot its own queue (issue 22).
        assert both == overlap
        assert all(set(d["desks"]) == {"Desk A", "Desk B"} for d in reported)
        # Each reported with both desks, the earliest first, and the earliest kept as the admission.
        with db.session() as s:
            kept = dict(s.execute(select(CheckInEvent.participant_id, CheckInEvent.desk)
                                  .where(CheckInEvent.outcome == "admitted",
                                         CheckInEvent.participant_id.in_(sorted(both)))).all())
        for d in reported:
            assert d["times"][0] <= d["times"][1], d
            assert kept[d["participant_id"]] == d["desks"][0], d
        # Re-running sync uploads nothing.
        for name, out in outputs.items():
            assert out["again"]["uploaded"] == 0 and out["again"]["pending"] == 0, name
            copy = desk_cache.open_cache(tmp_path / f"{name}.cache.sqlite")
            assert desk_cache.upload(db, copy).uploaded == 0
            copy.close()
        print(f"\noutage: stopped after {stopped_at} phase-2a scans; offline decisions "
              f"{ {n: len(v) for n, v in offline.items()} }; duplicates {len(reported)}; events {events}")
    finally:
        db.dispose()


def _uncovered(db, badges: dict[int, str]) -> list[int]:  # type: ignore[no-untyped-def]
    """Participants not cancelled and without a badge yet."""
    from conference_desk.core.foundation.models import Participant, ParticipantStatus

    with db.session() as s:
        ids = list(s.scalars(select(Participant.id).where(Participant.status != ParticipantStatus.CANCELLED)
                             .order_by(Participant.id)))
    return [pid for pid in ids if pid not in badges]


def issue_badges_for(db, participant_ids: list[int]) -> dict[int, str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    from conference_desk.core.badges import codes, service
    from conference_desk.core.foundation.models import Badge

    key = service.verifier(db)
    rows = [{"participant_id": pid, "version": 1, "code": key.make(codes.new_serial(), 1)} for pid in participant_ids]
    with db.session() as s:
        s.execute(insert(Badge), rows)
    return {row["participant_id"]: row["code"] for row in rows}


# --------------------------------------------------------------------------
# CLI: checkin --cache falls back; sync --json uploads once
# --------------------------------------------------------------------------


def test_cli_checkin_falls_back_to_the_cache_and_sync_uploads_once(tmp_path: Path) -> None:
    import socket

    from tests.integration.test_cli import run

    path = str(tmp_path / "desk.sqlite")
    db = open_database(path)
    try:
        initialise(db, "iclc2015")
        populate_demo(db, 30, seed=24)
        badges = issue_badges(db, 5)
    finally:
        db.dispose()
    cache = str(tmp_path / "copy.sqlite")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"postgresql+psycopg://nobody@127.0.0.1:{sock.getsockname()[1]}/conference"
    first = run("--db", path, "sync", "--cache", cache, "--at", "2015-09-28T10:00", "--json")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert (data["uploaded"], data["duplicates"]) == (0, []) and data["refreshed"] >= 35
    (pid, code), (pid2, code2) = list(badges.items())[:2]
    online = run("--db", path, "checkin", code, "--cache", cache, "--desk", "Desk 1", "--at", "2015-09-28T10:00",
                 "--json")
    assert json.loads(online.stdout)["outcome"] == "admitted"
    offline = run("--db", dead, "checkin", code2, "--cache", cache, "--desk", "Desk 1", "--at",
                  "2015-09-28T10:05", "--json")
    assert offline.returncode == 0, offline.stderr
    out = json.loads(offline.stdout)
    assert (out["outcome"], out["offline"], out["pending"]) == ("admitted", True, 1)
    again = json.loads(run("--db", dead, "checkin", code, "--cache", cache, "--desk", "Desk 2", "--at",
                           "2015-09-28T10:06", "--json").stdout)
    assert again["outcome"] == "already" and again["first_checkin"]["desk"] == "Desk 1"  # remembered online
    text = run("--db", dead, "checkin", code2, "--cache", cache, "--at", "2015-09-28T10:07")
    assert text.returncode == 0 and "ALREADY IN" in text.stdout and "offline: the server is out of reach" in text.stdout
    without = run("--db", dead, "checkin", code2, "--at", "2015-09-28T10:07")
    assert without.returncode == 1 and "Cannot open database" in without.stderr
    down = run("--db", dead, "sync", "--cache", cache, "--json")
    assert down.returncode == 1 and json.loads(down.stdout)["pending"] == 3
    up = run("--db", path, "sync", "--cache", cache, "--at", "2015-09-28T10:00", "--json")
    assert up.returncode == 0, up.stderr
    result = json.loads(up.stdout)
    assert (result["uploaded"], result["duplicates"], result["pending"]) == (3, [], 0)
    assert json.loads(run("--db", path, "sync", "--cache", cache, "--json").stdout)["uploaded"] == 0
    db = open_database(path, create=False)
    try:
        with db.session() as s:
            admitted = dict(s.execute(select(CheckInEvent.participant_id, func.count())
                                      .where(CheckInEvent.outcome == "admitted")
                                      .group_by(CheckInEvent.participant_id)).all())
        assert admitted == {pid: 1, pid2: 1}
    finally:
        db.dispose()
