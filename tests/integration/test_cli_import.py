"""``conference-desk import / duplicates / merge`` as organisers and scripts run them."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.integration.test_cli import run

HEADERS = ["Registration ID", "Prénom", "Nom", "Pays", "Courriel", "Arrivée"]


@pytest.fixture
def conference(tmp_path: Path) -> str:
    db = str(tmp_path / "c.sqlite")
    assert run("--db", db, "init").returncode == 0
    return db


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def participants(db: str) -> int:
    return json.loads(run("--db", db, "info", "--json").stdout)["counts"]["participants"]


def test_import_reports_rejected_rows_and_imports_the_good_ones(tmp_path: Path, conference: str) -> None:
    path = write_xlsx(tmp_path / "reg.xlsx", [
        ["Inscriptions ICLC 2015"],
        HEADERS,
        ["A1", "José", "García", "Mexique", "jose@cdmx.mx", 42274],
        ["A2", "Ana", "", "Atlantis", "ana@", "27/09/2015"],
        ["A3", "Kim", "Min-jun", "Corée, République de", "kim@seoul.kr", "27 septembre 2015"],
    ])
    dry = run("--db", conference, "import", str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["dry_run"] is True and report["imported"] == 2 and report["updated"] == 0
    assert participants(conference) == 0
    real = run("--db", conference, "import", str(path), "--json")
    report = json.loads(real.stdout)
    assert real.returncode == 0 and report["imported"] == 2 and report["dry_run"] is False
    rejected = {(r["row"], r["column"], r["value"]) for r in report["rejected"]}
    assert {(4, "Nom", ""), (4, "Pays", "Atlantis"), (4, "Courriel", "ana@")} <= rejected
    assert participants(conference) == 2
    again = json.loads(run("--db", conference, "import", str(path), "--json").stdout)
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 2)
    assert participants(conference) == 2


def test_unreadable_file_exits_2_with_one_line(tmp_path: Path, conference: str) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [HEADERS, ["A1", "José", "García", "MEX", "", ""]])
    (tmp_path / "cut.xlsx").write_bytes(good.read_bytes()[:300])
    for path in (tmp_path / "cut.xlsx", tmp_path / "missing.csv"):
        result = run("--db", conference, "import", str(path), "--json")
        assert result.returncode == 2
        assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_mapping_as_json_text_or_file(tmp_path: Path, conference: str) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Apellido del participante;Tel\nOrtiz;555\n", encoding="utf-8")
    ignored = json.loads(run("--db", conference, "import", str(path), "--dry-run", "--json").stdout)
    assert ignored["imported"] == 0 and ignored["rejected"][0]["message"] == "Family name is required."
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Apellido del participante": "family_name"}), encoding="utf-8")
    from_file = json.loads(run("--db", conference, "import", str(path), "--mapping", str(mapping), "--json").stdout)
    assert from_file["imported"] == 1
    bad = run("--db", conference, "import", str(path), "--mapping", '{"Tel": "shoe_size"}')
    assert bad.returncode == 1 and "Unknown column 'shoe_size'" in bad.stderr


def test_duplicates_and_merge(tmp_path: Path, conference: str) -> None:
    path = tmp_path / "dups.csv"
    path.write_text(
        "Given name,Family name,Country,E-mail\nJosé,García,MEX,\nJose,GARCIA,MEX,jg@cdmx.mx\nAna,Ortega,CHL,\n",
        encoding="utf-8",
    )
    report = json.loads(run("--db", conference, "import", str(path), "--json").stdout)
    assert report["imported"] == 3
    assert [(d["row"], d["other_row"]) for d in report["duplicates"]] == [(3, 2)]
    pairs = json.loads(run("--db", conference, "duplicates", "--json").stdout)
    assert len(pairs) == 1 and pairs[0]["score"] >= 85
    keep, drop = pairs[0]["a_id"], pairs[0]["b_id"]
    merged = run("--db", conference, "merge", str(keep), str(drop), "--json")
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["filled"] == ["email"]
    assert json.loads(run("--db", conference, "duplicates", "--json").stdout) == []
    assert participants(conference) == 2
    assert run("--db", conference, "merge", str(keep), str(drop)).returncode == 1
