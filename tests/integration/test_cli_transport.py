"""`conference-desk transport plan | runs | uncovered | move | lock | unlock | rules` as real subprocesses,
on the 650-person demo."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.integration.test_cli_badges import assert_one_line_error, run, run_json

PLAN_KEYS = {"runs", "unplaced", "vehicle_runs", "greedy_vehicle_runs", "longest_wait_minutes", "optimal", "gap"}
RUN_KEYS = {"id", "kind", "vehicle", "seats", "departs_at", "from", "to", "passengers"}


@pytest.fixture(scope="module")
def pristine_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-transport") / "demo.sqlite"
    assert run("--db", str(db), "init").returncode == 0
    demo = run("--db", str(db), "demo", "--participants", "650")
    assert demo.returncode == 0, demo.stderr
    return db


@pytest.fixture
def demo_db(pristine_demo: Path, tmp_path: Path) -> str:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(pristine_demo, target)
    return str(target)


def test_plan_json_has_exactly_the_keys_and_only_guests_with_flights(demo_db: str) -> None:
    plan = run_json("--db", demo_db, "transport", "plan", "--time-limit", "5")
    assert set(plan) == PLAN_KEYS
    assert plan["runs"] and all(set(r) == RUN_KEYS for r in plan["runs"])
    assert plan["vehicle_runs"] == len(plan["runs"]) <= plan["greedy_vehicle_runs"]
    assert isinstance(plan["optimal"], bool) and 0 <= plan["gap"] <= 1
    assert all(set(u) == {"participant", "reason"} and u["reason"] for u in plan["unplaced"])
    with sqlite3.connect(demo_db) as conn:
        flights = {kind: {pid for (pid,) in conn.execute(
            f"SELECT id FROM participant WHERE {kind}_flight <> '' AND status <> 'cancelled'")}
            for kind in ("arrival", "departure")}
        stored = conn.execute("SELECT count(*) FROM transport_run").fetchone()[0]
        seats = conn.execute("SELECT count(*) FROM transport_seat").fetchone()[0]
    conn.close()
    for r in plan["runs"]:
        if r["kind"] == "shuttle":
            assert r["passengers"] == []
        else:
            assert r["passengers"] and set(r["passengers"]) <= flights[r["kind"]], r
            assert len(r["passengers"]) <= r["seats"]
    assert {u["participant"] for u in plan["unplaced"]} <= flights["arrival"] | flights["departure"]
    assert stored == len(plan["runs"])  # stored without --dry-run
    assert seats == sum(len(r["passengers"]) for r in plan["runs"])


def test_dry_run_stores_nothing_and_the_other_actions_work(demo_db: str) -> None:
    dry = run_json("--db", demo_db, "transport", "plan", "--dry-run", "--time-limit", "5")
    assert set(dry) == PLAN_KEYS
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT count(*) FROM transport_run").fetchone()[0] == 0
    conn.close()
    run_json("--db", demo_db, "transport", "plan", "--time-limit", "5")
    runs = json.loads(run("--db", demo_db, "transport", "runs", "--day", "2015-09-27", "--kind", "arrival",
                          "--json").stdout)
    assert runs and all(r["kind"] == "arrival" and r["departs_at"].startswith("2015-09-27") for r in runs)
    first = runs[0]
    locked = run_json("--db", demo_db, "transport", "lock", first["code"])
    assert locked == {"run": first["id"], "locked": True}
    assert run_json("--db", demo_db, "transport", "unlock", str(first["id"]))["locked"] is False
    rules = run_json("--db", demo_db, "transport", "rules")
    assert rules["max_wait_minutes"] == 60 and {v["code"] for v in rules["vehicle_types"]} == {"car", "van", "coach"}
    uncovered = run_json("--db", demo_db, "transport", "uncovered")
    assert uncovered and all(u["reason"] for u in uncovered)
    # A move onto a run of another terminal or hotel: refused in one line, saying why.
    guest = first["passengers"][0]["participant"]
    other = next(r for r in json.loads(run("--db", demo_db, "transport", "runs", "--kind", "arrival", "--json").stdout)
                 if (r["from"], r["to"]) != (first["from"], first["to"]))
    refused = run("--db", demo_db, "transport", "move", str(guest), other["code"])
    assert_one_line_error(refused)
    assert "Cannot put" in refused.stderr and "not" in refused.stderr
    missing = run("--db", demo_db, "transport", "move", str(guest), "Z9999")
    assert_one_line_error(missing)
    assert "No run Z9999" in missing.stderr


@pytest.mark.parametrize("action", ["plan", "runs", "uncovered", "move", "lock", "unlock", "rules"])
def test_every_action_has_help(action: str) -> None:
    result = run("transport", action, "--help")
    assert result.returncode == 0 and result.stdout.startswith("usage: conference-desk transport")


def test_bad_arguments_give_one_line(tmp_path: Path) -> None:
    for args in (["transport", "plan", "--time-limit", "soon"], ["transport", "runs", "--day", "27/09"],
                 ["transport", "move", "x", "A1"]):
        result = run("--db", str(tmp_path / "x.sqlite"), *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr


def test_the_coordinator_prints_tomorrows_manifests_and_the_airport_list(demo_db: str, tmp_path: Path) -> None:
    """Issue 20, done when: from the demo, the day's driver manifests (Spanish) and the airport desk's
    list print, and every guest with a flight is on a run or named with the reason."""
    import subprocess

    plan = run_json("--db", demo_db, "transport", "plan", "--time-limit", "5")
    day = "2015-09-27"  # the arrival peak
    runs = [r for r in plan["runs"] if r["departs_at"].startswith(day) and r["kind"] == "arrival"]
    assert runs
    manifests = run_json("--db", demo_db, "transport", "manifest", "--day", day, "--out",
                         str(tmp_path / "manifests.pdf"))
    assert manifests["language"] == "es" and manifests["runs"] >= len(runs)
    text = subprocess.run(["pdftotext", str(tmp_path / "manifests.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Manifiesto" in text and "Pasajeros" in text
    assert all(r["id"] in text for r in runs)
    meet = run_json("--db", demo_db, "--lang", "fr", "transport", "manifest", "--meet-and-greet", "--day", day,
                    "--out", str(tmp_path / "meet.pdf"))
    assert meet["guests"] == sum(len(r["passengers"]) for r in runs)
    with sqlite3.connect(demo_db) as conn:
        flown = {pid for (pid,) in conn.execute(
            "SELECT id FROM participant WHERE arrival_flight <> '' AND status <> 'cancelled'")}
        names = dict(conn.execute("SELECT id, family_name FROM participant"))
    conn.close()
    on_runs = {p for r in plan["runs"] if r["kind"] == "arrival" for p in r["passengers"]}
    named = {u["participant"] for u in plan["unplaced"] if u["reason"].startswith("arrival")}
    assert flown == on_runs | named and not on_runs & named
    meet_text = subprocess.run(["pdftotext", str(tmp_path / "meet.pdf"), "-"], capture_output=True, text=True,
                               check=True).stdout
    assert "Terminal 1" in meet_text or "Terminal 2" in meet_text
    assert all(names[p].split()[0] in meet_text for r in runs for p in r["passengers"])
    timetable = run_json("--db", demo_db, "--lang", "es", "transport", "timetable", "--hotel", "Fiesta",
                         "--out", str(tmp_path / "lobby.pdf"))
    assert timetable["hotel"] == "Fiesta Americana Reforma" and timetable["runs"] > 0


def test_rules_are_edited_from_a_json_file_and_a_wrong_file_changes_nothing(demo_db: str, tmp_path: Path) -> None:
    shown = run_json("--db", demo_db, "transport", "rules")
    assert shown["max_wait_minutes"] == 60 and {v["code"] for v in shown["vehicle_types"]} == {"car", "van", "coach"}
    edited = dict(shown, max_wait_minutes=45, pickup_window_minutes=45,
                  vehicle_types=[*shown["vehicle_types"], {"code": "minibus", "seats": 20, "luggage": 20}])
    good = tmp_path / "rules.json"
    good.write_text(json.dumps(edited), encoding="utf-8")
    after = run_json("--db", demo_db, "transport", "load-rules", str(good))
    assert after["max_wait_minutes"] == 45 and "minibus" in {v["code"] for v in after["vehicle_types"]}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(dict(edited, max_wait_minutes="soon", rush_factor=-1)), encoding="utf-8")
    result = run("--db", demo_db, "transport", "load-rules", str(bad))
    assert_one_line_error(result)
    assert "max_wait_minutes" in result.stderr and "rush_factor" in result.stderr
    assert run_json("--db", demo_db, "transport", "rules") == after  # nothing changed
    plan = run_json("--db", demo_db, "transport", "plan", "--time-limit", "5", "--dry-run")
    assert plan["longest_wait_minutes"] <= 45  # the plan follows the rules in force
