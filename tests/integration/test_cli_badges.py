"""`conference-desk badges print | reprint | check | status` as real subprocesses.

The Done-when test prints the 650-person demo, rasterises every page and decodes
every QR code with zxing-cpp, as a scanner would.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from tests.cli_process import run_cli


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(args, env={**os.environ})


def run_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_one_line_error(result: subprocess.CompletedProcess[str], status: int = 1) -> None:
    assert result.returncode == status, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("conference-desk")


@pytest.fixture(scope="module")
def pristine_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-badges") / "demo.sqlite"
    assert run("--db", str(db), "init").returncode == 0
    demo = run("--db", str(db), "demo", "--participants", "650")
    assert demo.returncode == 0, demo.stderr
    return db


@pytest.fixture
def demo_db(pristine_demo: Path, tmp_path: Path) -> str:
    """A private copy of the demo database (tests here print and reprint)."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(pristine_demo, target)
    return str(target)


def participants(db: str) -> dict[int, str]:
    """id -> status of every participant."""
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, status FROM participant"))


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
def test_print_the_650_demo_and_decode_every_qr_code(demo_db: str, tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from conference_desk.core.badges.render import rasterise_pdf
    from conference_desk.core.badges.service import verify_code
    from conference_desk.core.foundation.db import open_database

    people = participants(demo_db)
    assert len(people) == 650
    active = {pid for pid, status in people.items() if status != "cancelled"}
    cancelled = set(people) - active
    assert cancelled, "the demo has a few cancelled registrations"

    out = tmp_path / "b.pdf"
    result = run("--db", demo_db, "badges", "print", "--out", str(out))
    assert result.returncode == 0, result.stderr
    # Cancelled participants get no badge: 639 badges, four to an A4 sheet.
    reader = PdfReader(out)
    assert len(reader.pages) == math.ceil(len(active) / 4)
    for page in reader.pages:
        assert [round(float(v)) for v in page.mediabox[2:]] == [595, 842]  # A4 in points

    # Rasterise 20 pages at a time (bounded memory), decode every QR code.
    decoded: list[str] = []
    for start in range(0, len(reader.pages), 20):
        chunk = tmp_path / f"chunk{start}.pdf"
        writer = PdfWriter()
        for page in reader.pages[start:start + 20]:
            writer.add_page(page)
        with chunk.open("wb") as fh:
            writer.write(fh)
        for image in rasterise_pdf(chunk, 200):
            found = [b.text for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode]
            image.close()
            assert 1 <= len(found) <= 4
            decoded.extend(found)
        chunk.unlink()
    assert len(decoded) == len(active)

    db = open_database(demo_db, create=False)
    try:
        checks = [verify_code(db, text) for text in decoded]
    finally:
        db.dispose()
    assert {c.outcome for c in checks} == {"valid"}
    assert sorted(c.participant_id for c in checks) == sorted(active)  # type: ignore[type-var]
    with sqlite3.connect(demo_db) as conn:
        stored = dict(conn.execute("SELECT code, participant_id FROM badge WHERE printed_at IS NOT NULL"))
    assert {c.code: c.participant_id for c in checks} == stored

    # Everyone printed: nothing left for --only-unprinted.
    assert run_json("--db", demo_db, "badges", "print", "--out", str(tmp_path / "none.pdf"),
                    "--only-unprinted") == {"badges": 0, "pages": 0, "missing_glyphs": [], "file": None}
    assert not (tmp_path / "none.pdf").exists()
    # Cancelled ones only on request: all 650 fill 163 sheets.
    data = run_json("--db", demo_db, "badges", "print", "--out", str(tmp_path / "all.pdf"), "--include-cancelled")
    assert data["badges"] == 650 and data["pages"] == 163


def test_print_selection_json_and_layouts(demo_db: str, tmp_path: Path) -> None:
    people = sorted(pid for pid, status in participants(demo_db).items() if status != "cancelled")
    out = tmp_path / "three.pdf"
    data = run_json("--db", demo_db, "badges", "print", "--out", str(out), "--participant",
                    str(people[0]), str(people[1]), "--participant", str(people[2]))
    assert data["badges"] == 3 and data["pages"] == 1 and data["file"] == str(out)
    assert isinstance(data["missing_glyphs"], list)
    cards = run_json("--db", demo_db, "badges", "print", "--out", str(tmp_path / "cards.pdf"),
                     "--layout", "id1", "--participant", *map(str, people[:5]))
    assert cards["badges"] == 5 and cards["pages"] == 5 and cards["layout"] == "id1"
    heads = run_json("--db", demo_db, "badges", "print", "--out", str(tmp_path / "mex.pdf"),
                     "--delegation", "mex", "--category", "head")
    assert heads["badges"] == 1
    status = run_json("--db", demo_db, "badges", "status")
    with sqlite3.connect(demo_db) as conn:
        (printed,) = conn.execute("SELECT count(DISTINCT participant_id) FROM badge").fetchone()
    assert 5 <= printed <= 6
    assert status["counts"]["printed"] == printed and status["counts"]["unprinted"] == 0
    assert status["counts"]["total"] == len(people)
    assert status["counts"]["none"] == len(people) - status["counts"]["printed"]
    missing = run_json("--db", demo_db, "badges", "status", "--missing")
    assert len(missing["participants"]) == status["counts"]["none"]


def test_reprint_and_check(demo_db: str, tmp_path: Path) -> None:
    pid = min(pid for pid, status in participants(demo_db).items() if status != "cancelled")
    first = run("--db", demo_db, "badges", "print", "--out", str(tmp_path / "v1.pdf"), "--participant", str(pid))
    assert first.returncode == 0, first.stderr
    assert "Printed 1 badges on 1 pages" in first.stdout
    with sqlite3.connect(demo_db) as conn:
        (v1,) = conn.execute("SELECT code FROM badge WHERE participant_id = ?", (pid,)).fetchone()
    check = run_json("--db", demo_db, "badges", "check", v1.lower())
    assert check["outcome"] == "valid" and check["participant_id"] == pid and check["version"] == 1

    data = run_json("--db", demo_db, "badges", "reprint", str(pid), "--reason", "lost at the hotel",
                    "--out", str(tmp_path / "v2.pdf"))
    assert data["version"] == 2 and data["pages"] == 1 and (tmp_path / "v2.pdf").is_file()
    old = run_json("--db", demo_db, "badges", "check", v1)
    assert old["outcome"] == "revoked" and "lost at the hotel" in old["message"]
    new = run_json("--db", demo_db, "badges", "check", data["code"])
    assert new["outcome"] == "valid" and new["version"] == 2

    plain = run("--db", demo_db, "badges", "check", v1)
    assert plain.returncode == 0 and plain.stdout.startswith("revoked: ")
    altered = v1[:-2] + ("A" if v1[-2] != "A" else "B") + v1[-1]
    assert run_json("--db", demo_db, "badges", "check", altered)["outcome"] == "forged"
    assert run_json("--db", demo_db, "badges", "check", "hello")["outcome"] == "malformed"


def test_bad_arguments_give_one_line_errors(demo_db: str, tmp_path: Path) -> None:
    out = str(tmp_path / "x.pdf")
    assert_one_line_error(run("--db", demo_db, "badges", "reprint", "999999", "--reason", "lost", "--out", out))
    assert_one_line_error(run("--db", demo_db, "badges", "reprint", "1", "--reason", "  ", "--out", out))
    assert_one_line_error(run("--db", demo_db, "badges", "reprint", "1", "--reason", "lost", "--out", out))  # no badge yet
    assert_one_line_error(run("--db", demo_db, "badges", "print", "--out", out, "--participant", "999999"))
    assert_one_line_error(run("--db", demo_db, "badges", "print", "--out", out, "--delegation", "XXX"))
    assert_one_line_error(run("--db", demo_db, "badges", "print", "--out", out, "--category", "king"))
    assert_one_line_error(run("--db", demo_db, "badges", "print", "--out", str(tmp_path / "nope" / "x.pdf")))
    assert_one_line_error(run("--db", demo_db, "badges", "reprint", "1", "--out", out), status=2)
    assert_one_line_error(run("--db", demo_db, "badges", "print", "--out", out, "--layout", "poster"), status=2)
    assert_one_line_error(run("--db", demo_db, "badges", "print", "--out", out, "--participant", "x"), status=2)
    assert_one_line_error(run("--db", demo_db, "badges", "print"), status=2)
    assert not Path(out).exists()
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT count(*) FROM badge").fetchone() == (0,)
