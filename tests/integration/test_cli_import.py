"""``conference-desk import / duplicates / merge`` as organisers and scripts run them."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.integration.test_cli import run
from tests.templates import copy_sqlite

HEADERS = ["Registration ID", "Prénom", "Nom", "Pays", "Courriel", "Arrivée"]


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once per module with ``init``; each test gets a copy (``conference``)."""
    db = tmp_path_factory.mktemp("cli-import") / "c.sqlite"
    assert run("--db", str(db), "init").returncode == 0
    return db


@pytest.fixture
def conference(initialised: Path, tmp_path: Path) -> str:
    db = tmp_path / "c.sqlite"
    copy_sqlite(initialised, db)
    return str(db)


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


def test_field_file_warnings_and_day_month_swap(tmp_path: Path, conference: str) -> None:
    """A city office's XLSX resaved in a US locale, with a hotel nobody can resolve."""
    import datetime as dt

    rows: list[list[object]] = [["Nombre", "Apellido", "País", "Correo", "Llegada", "Salida", "Hotel"]]
    for i in range(50):
        rows.append([f"P{i}", f"Apellido{i}", "México", f"p{i}@cdmx.mx", "27/09/2015", dt.datetime(2015, 1, 10),
                     "Hilton Reforma" if i else "Hotel Sheraton"])
    path = write_xlsx(tmp_path / "us.xlsx", rows)

    dry = json.loads(run("--db", conference, "import", str(path), "--dry-run", "--json").stdout)
    assert dry["imported"] == 0 and len(dry["rejected_rows"]) == 50
    assert {(r["column"], r["message"]) for r in dry["rejected"]} == {
        ("Salida", "Outside the conference period (2015-09-13 to 2015-10-15).")}
    assert len(dry["rejected"]) == 50  # one problem per cell
    [swap] = dry["date_swaps"]
    assert swap["column"] == "Salida" and swap["count"] == 50 and swap["applied"] is False
    assert swap["example"] == {"before": "2015-01-10", "after": "2015-10-01"}
    assert swap["message"] == ("Departure dates (column Salida) look like day and month swapped "
                               "(10 Jan 2015 → 1 Oct 2015) in 50 rows.")
    text = run("--db", conference, "import", str(path), "--dry-run").stdout
    assert "--swap-day-month Salida" in text

    fixed = run("--db", conference, "import", str(path), "--swap-day-month", "Salida", "--swap-day-month", "Llegada",
                "--json")
    assert fixed.returncode == 0, fixed.stderr
    report = json.loads(fixed.stdout)
    assert report["imported"] == 50 and report["rejected"] == [] and report["date_swaps"][0]["applied"] is True
    assert [(w["row"], w["column"], w["value"]) for w in report["warnings"]] == [(2, "Hotel", "Hotel Sheraton")]
    assert participants(conference) == 50
    listed = json.loads(run("--db", conference, "participants", "list", "--json").stdout)
    assert {p["departure_date"] for p in listed} == {"2015-10-01"}

    bad = run("--db", conference, "import", str(path), "--swap-day-month", "Apellido")
    assert bad.returncode == 1 and "not a date column" in bad.stderr


def test_a_bad_flight_is_reported_by_row_column_and_value(tmp_path: Path, conference: str) -> None:
    sheet = tmp_path / "flights.csv"
    sheet.write_text("Family name,Arrival,Arrival flight,Arrival time,Terminal\n"
                     "Ruiz,27/09/2015,AM 401,14:35,T1\n"
                     "Soto,,LA 2470,,\n"
                     "Vega,27/09/2015,vuelo 12,25:00,T5\n", encoding="utf-8")
    result = run("--db", conference, "import", str(sheet))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "1 new" in lines[0] and "2 rows rejected (of 3)" in lines[0]
    assert ("  row 3, Arrival flight: An arrival flight needs its date: give the arrival date too. [LA 2470]"
            in lines)
    assert ("  row 4, Arrival flight: Not a flight number (an airline code and 1 to 4 digits: AM 401, AF179, "
            "IB6401). [vuelo 12]") in lines
    assert "  row 4, Arrival time: Not a time (use 14:35, 2:35 PM or 1435). [25:00]" in lines
    assert "  row 4, Terminal: Not a terminal (use T1 or T2). [T5]" in lines
    assert participants(conference) == 1
