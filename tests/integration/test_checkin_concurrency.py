"""Exactly once across desks: separate processes scan the same badges at the same instant.

Each worker process opens the database itself (as a desk does), waits for a
common start time, then checks in the same codes in the same order, so scans
of one badge collide.  The database must hold exactly one admitted event per
participant, and every scan must have been answered (admitted or already).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from conference_desk.core.badges import codes, service
from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import Badge, CheckInEvent, Participant, ParticipantStatus
from conference_desk.core.foundation.setup_data import initialise

ROOT = Path(__file__).resolve().parents[2]

WORKER = r"""
import datetime as dt, json, random, sys, time
from conference_desk.core.checkin.service import CheckInPoint, check_in_code
from conference_desk.core.foundation.db import open_database

url, desk, codes_file, start_at = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
scanned = json.loads(open(codes_file).read())
db = open_database(url, create=False)
point = CheckInPoint(desk=desk, operator=desk.lower())
now = dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc)
while time.time() < start_at:
    time.sleep(0.001)
result = {"admitted": [], "already": [], "rejected": [], "first_desk_elsewhere": 0}
rng = random.Random(desk)
for code in scanned:
    if rng.random() < 0.5:  # a little jitter, so that either desk may win a collision
        time.sleep(0.0005)
    outcome = check_in_code(db, code, point, now, with_counts=False)
    result[outcome.outcome].append(outcome.participant.id if outcome.participant else None)
    if outcome.outcome == "already" and outcome.first_checkin.desk != desk:
        result["first_desk_elsewhere"] += 1
db.dispose()
print(json.dumps(result))
"""


def issue_badges(db: Database, count: int) -> dict[int, str]:
    """Badges for the first ``count`` participants not cancelled, issued in bulk (no PDF needed)."""
    key = service.verifier(db)
    with db.session() as s:
        ids = list(s.scalars(select(Participant.id).where(Participant.status != ParticipantStatus.CANCELLED)
                             .order_by(Participant.id).limit(count)))
        assert len(ids) == count
        rows = [{"participant_id": pid, "version": 1, "code": key.make(codes.new_serial(), 1)} for pid in ids]
        s.execute(insert(Badge), rows)
    return {row["participant_id"]: row["code"] for row in rows}


def run_desks(url: str, scanned: list[str], tmp_path: Path, desks: int = 2) -> list[dict[str, list[int]]]:
    codes_file = tmp_path / "codes.json"
    codes_file.write_text(json.dumps(scanned))
    start_at = time.time() + 4.0  # after every process has imported and opened the database
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen([sys.executable, "-c", WORKER, url, f"Desk {n}", str(codes_file), str(start_at)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for n in range(1, desks + 1)
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        results.append(json.loads(out))
    return results


def assert_exactly_once(db: Database, results: list[dict[str, list[int]]], people: list[int], desks: int) -> None:
    admitted = [pid for result in results for pid in result["admitted"]]
    already = [pid for result in results for pid in result["already"]]
    assert sorted(admitted) == sorted(people)  # each admitted once, by one desk
    assert len(already) == len(people) * (desks - 1)
    assert all(not result["rejected"] for result in results)
    # Every "already" names the desk that admitted the person (never itself).
    assert sum(result["first_desk_elsewhere"] for result in results) == len(already)
    with db.session() as s:
        per_person = dict(s.execute(
            select(CheckInEvent.participant_id, func.count())
            .where(CheckInEvent.outcome == "admitted").group_by(CheckInEvent.participant_id)
        ).all())
        total = s.scalar(select(func.count()).select_from(CheckInEvent))
    assert per_person == {pid: 1 for pid in people}
    assert total == len(people) * desks  # one event per scan, none lost


def test_two_processes_scanning_the_same_500_badges_admit_each_exactly_once(tmp_path: Path) -> None:
    path = tmp_path / "desks.sqlite"
    db = open_database(str(path))
    try:
        initialise(db, "iclc2015")
        populate_demo(db, 560, seed=11)
        badges = issue_badges(db, 500)
        results = run_desks(str(path), list(badges.values()), tmp_path, desks=2)
        assert_exactly_once(db, results, list(badges), 2)
    finally:
        db.dispose()


@pytest.mark.postgres
def test_two_processes_on_postgresql_admit_each_exactly_once(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        initialise(db, "iclc2015")
        populate_demo(db, 240, seed=12)
        badges = issue_badges(db, 200)
        results = run_desks(pg_url, list(badges.values()), tmp_path, desks=2)
        assert_exactly_once(db, results, list(badges), 2)
    finally:
        db.dispose()
