"""The command line as organisers and scripts use it (real processes, real files).

The first test runs the installed ``conference-desk`` command end to end; the others fork the CLI from a
preloaded process (tests/cli_process.py), still a process of its own each time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_process import run_cli

ENTRY_POINT = shutil.which("conference-desk", path=str(Path(sys.executable).parent)) or ""


def run_installed(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command as a plain subprocess: Python's start-up and imports included."""
    command = [ENTRY_POINT] if ENTRY_POINT else [sys.executable, "-m", "conference_desk"]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=300, env={**os.environ})


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(args, env={**os.environ, **(env or {})})


def test_entry_point_is_installed() -> None:
    assert ENTRY_POINT, "pip install -e . installs the conference-desk command"


def test_init_demo_info_reports_the_iclc_2015_conference(tmp_path: Path) -> None:
    db = str(tmp_path / "x.sqlite")
    assert run_installed("--db", db, "init").returncode == 0
    demo = run_installed("--db", db, "demo", "--participants", "650")
    assert demo.returncode == 0, demo.stderr
    info = run_installed("--db", db, "info", "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["conference"]["code"] == "iclc2015"
    assert data["conference"]["name"] == "2nd International Conference on Learning Cities"
    assert data["conference"]["names"]["es"].startswith("2ª Conferencia Internacional")
    assert data["counts"]["member_states"] >= 190
    assert data["counts"]["member_states_with_fr_es_names"] >= 190
    assert data["counts"]["participants"] == 650
    assert 90 <= data["counts"]["member_state_delegations"] <= 110
    assert data["counts"]["venue_rooms"] == 9 and data["counts"]["hotels"] == 2
    assert data["counts"]["sessions"] == 18


def test_init_on_an_existing_database_never_duplicates_or_erases(tmp_path: Path) -> None:
    db = str(tmp_path / "x.sqlite")
    run("--db", db, "init")
    run("--db", db, "demo", "--participants", "40")
    again = run("--db", db, "init", "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["created"] is False
    counts = json.loads(run("--db", db, "info", "--json").stdout)["counts"]
    assert counts["participants"] == 40 and counts["member_states"] == 195


def test_demo_twice_is_refused_and_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "x.sqlite")
    run("--db", db, "init")
    run("--db", db, "demo", "--participants", "30")
    second = run("--db", db, "demo", "--participants", "30")
    assert second.returncode == 1
    assert "already has 30 participants" in second.stderr
    assert json.loads(run("--db", db, "info", "--json").stdout)["counts"]["participants"] == 30


def test_environment_variable_names_the_database(tmp_path: Path) -> None:
    db = str(tmp_path / "env.sqlite")
    assert run("init", env={"CONFERENCE_DESK_DB": db}).returncode == 0
    info = run("info", "--json", env={"CONFERENCE_DESK_DB": db})
    assert json.loads(info.stdout)["database"] == db


def test_info_in_french_names_the_conference_in_french(tmp_path: Path) -> None:
    db = str(tmp_path / "x.sqlite")
    run("--db", db, "init")
    data = json.loads(run("--db", db, "--lang", "fr", "info", "--json").stdout)
    assert data["conference"]["name"] == "2e Conférence internationale sur les villes apprenantes"
    assert data["conference"]["theme"] == "Construire des villes apprenantes durables"


@pytest.mark.parametrize("command", ["init", "demo", "info", "gui"])
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: conference-desk")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["demo", "--participants", "many"], "'many' is not a whole number"),
        (["demo", "--participants", "0"], "must be at least 1"),
        (["--lang", "de", "info"], "invalid choice: 'de'"),
        (["init", "--conference", "davos"], "invalid choice: 'davos'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.sqlite"), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2  # argparse's usage line + the error
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("missing", ["info"], "No database at"),
        ("text", ["info"], "not a Conference Desk database"),
        ("text", ["init"], "not a Conference Desk database"),
        ("empty", ["info"], "has no conference yet"),
        ("empty", ["demo"], "init"),
        ("folder", ["init"], "does not exist"),
        ("url", ["info"], "Cannot use database"),
    ],
)
def test_unusable_database_gives_one_line_and_exit_1(
    setup: str, args: list[str], message: str, tmp_path: Path
) -> None:
    path = tmp_path / "c.sqlite"
    if setup == "text":
        path.write_text("minutes of the steering committee")
    elif setup == "empty":
        run("--db", str(path), "init", "--conference", "empty")
        import sqlite3

        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM conference")
    elif setup == "folder":
        path = tmp_path / "no" / "such" / "folder" / "c.sqlite"
    target = "oracle+nothing://u@h/db" if setup == "url" else str(path)
    result = run("--db", target, *args)
    assert result.returncode == 1, result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    if setup == "text":
        assert path.read_text() == "minutes of the steering committee"
