"""`conference-desk hotels allocate | occupancy | rooming-list | move | lock | summary` as real subprocesses,
on the 650-person demo."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.integration.test_cli_badges import assert_one_line_error, run, run_json


@pytest.fixture(scope="module")
def pristine_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-hotels") / "demo.sqlite"
    assert run("--db", str(db), "init").returncode == 0
    demo = run("--db", str(db), "demo", "--participants", "650")
    assert demo.returncode == 0, demo.stderr
    return db


@pytest.fixture(scope="module")
def allocated_demo(pristine_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # type: ignore[type-arg]
    target = tmp_path_factory.mktemp("cli-hotels-allocated") / "demo.sqlite"
    shutil.copyfile(pristine_demo, target)
    result = run_json("--db", str(target), "hotels", "allocate", "--time-limit", "10")
    return target, result


@pytest.fixture
def demo_db(allocated_demo: tuple[Path, dict], tmp_path: Path) -> str:  # type: ignore[type-arg]
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(allocated_demo[0], target)
    return str(target)


def test_allocate_json_and_applied(allocated_demo: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, result = allocated_demo
    assert set(result) >= {"placed", "unplaced", "split_delegations", "objective", "optimal", "changes"}
    assert result["applied"] is True
    assert result["placed"] > 400 and result["changes"] == result["placed"]
    assert all(set(u) >= {"participant", "reason"} and u["reason"] for u in result["unplaced"])
    assert all(s["reason"] for s in result["split_delegations"])
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM room_assignment").fetchone()[0] == result["placed"]
        # No night over the block, checked with plain SQL.
        over = conn.execute(
            "SELECT b.room_type_id, b.night, b.rooms, ("
            " SELECT count(DISTINCT a.room_label) FROM room_assignment a WHERE a.room_type_id = b.room_type_id"
            " AND a.arrival <= b.night AND a.departure > b.night) AS used FROM room_block b WHERE used > b.rooms"
        ).fetchall()
    conn.close()
    assert over == []


def test_dry_run_rerun_changes_nothing(demo_db: str) -> None:
    result = run_json("--db", demo_db, "hotels", "allocate", "--dry-run", "--time-limit", "5")
    assert result["applied"] is False
    assert result["changes"] <= 10  # stable: a non-optimal first solve may still improve a little


def test_occupancy_json(demo_db: str) -> None:
    data = run_json("--db", demo_db, "hotels", "occupancy")
    assert [h["name"] for h in data["hotels"]] == ["Hilton Mexico City Reforma", "Fiesta Americana Reforma"]
    assert data["over"] == []
    cell = data["hotels"][0]["room_types"][0]["cells"][1]
    assert set(cell) == {"night", "allocated", "block", "full", "over"}
    assert all(set(n) >= {"used", "block", "threshold", "shortfall"} for n in data["hotels"][0]["nights"])
    text = run("--db", demo_db, "hotels", "occupancy")
    assert text.returncode == 0 and "Hilton" in text.stdout


def test_rooming_lists_for_each_hotel(demo_db: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    xlsx = tmp_path / "hilton.xlsx"
    result = run_json("--db", demo_db, "hotels", "rooming-list", "--hotel", "Hilton", "--format", "xlsx",
                      "--out", str(xlsx))
    assert result["hotel"] == "Hilton Mexico City Reforma" and result["rows"] > 100
    wb = load_workbook(xlsx, read_only=True)
    try:
        rows = list(wb["Rooming list"].iter_rows(values_only=True))
    finally:
        wb.close()
    assert len(rows) == result["rows"] + 1
    arrivals = [r[4] for r in rows[1:]]
    assert arrivals == sorted(arrivals)
    pdf = tmp_path / "fiesta.pdf"
    assert run("--db", demo_db, "hotels", "rooming-list", "--hotel", "fiesta", "--out", str(pdf)).returncode == 0
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Fiesta Americana Reforma" in text


def test_ambiguous_or_unknown_hotel_is_a_one_line_error(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    result = run("--db", demo_db, "hotels", "rooming-list", "--hotel", "Reforma", "--out", str(out))
    assert_one_line_error(result)
    assert "several hotels" in result.stderr and not out.exists()
    assert_one_line_error(run("--db", demo_db, "hotels", "rooming-list", "--hotel", "Ritz", "--out", str(out)))
    assert_one_line_error(run("--db", demo_db, "hotels", "rooming-list", "--hotel", "Hilton", "--out",
                              str(tmp_path / "x.csv")))


def test_move_lock_and_rerun_keeps_the_lock(demo_db: str) -> None:
    with sqlite3.connect(demo_db) as conn:
        pid, hotel = conn.execute(
            "SELECT a.participant_id, h.name FROM room_assignment a JOIN hotel h ON h.id = a.hotel_id"
            " JOIN room_type t ON t.id = a.room_type_id WHERE t.code = 'single' AND a.share_group IS NULL"
            " ORDER BY a.participant_id LIMIT 1").fetchone()
    conn.close()
    other = "Fiesta" if hotel.startswith("Hilton") else "Hilton"
    moved = run("--db", demo_db, "hotels", "move", str(pid), "--hotel", other, "--room-type", "suite", "--lock",
                "--json")
    if moved.returncode != 0:  # that night is full: the message names it
        assert_one_line_error(moved)
        assert "full on the night of" in moved.stderr
        return
    data = json.loads(moved.stdout)
    assert data["locked"] and data["room_type"] == "suite"
    rerun = run_json("--db", demo_db, "hotels", "allocate", "--time-limit", "5")
    assert rerun["applied"]
    with sqlite3.connect(demo_db) as conn:
        row = conn.execute("SELECT h.name, a.locked FROM room_assignment a JOIN hotel h ON h.id = a.hotel_id"
                           " WHERE a.participant_id = ?", (pid,)).fetchone()
    conn.close()
    assert row[0].startswith(other) and row[1] == 1
    assert run_json("--db", demo_db, "hotels", "unlock", str(pid))["locked"] is False


def test_move_errors(demo_db: str) -> None:
    assert_one_line_error(run("--db", demo_db, "hotels", "move", "999999", "--hotel", "Hilton",
                              "--room-type", "single"))
    assert_one_line_error(run("--db", demo_db, "hotels", "move", "1", "--hotel", "Hilton",
                              "--room-type", "penthouse"))
    assert run("--db", demo_db, "hotels", "move", "1").returncode == 2


def test_summary(demo_db: str, tmp_path: Path) -> None:
    data = run_json("--db", demo_db, "hotels", "summary")
    assert data and all("stays" in d for d in data)
    out = tmp_path / "summary.pdf"
    assert run("--db", demo_db, "hotels", "summary", "--out", str(out)).returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
