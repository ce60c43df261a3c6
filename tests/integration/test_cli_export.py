"""`conference-desk export ...` and `conference-desk participants list` as real subprocesses."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from conference_desk.core.foundation.text import fold
from conference_desk.core.people.columns import COLUMNS
from tests.cli_process import run_cli


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(args, env={**os.environ})


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("cli-export") / "demo.sqlite")
    assert run("--db", db, "init").returncode == 0
    demo = run("--db", db, "demo", "--participants", "650")
    assert demo.returncode == 0, demo.stderr
    return db


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("conference-desk: error:")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_export_participants_each_format_json(demo_db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"participants.{fmt}"
    result = run("--db", demo_db, "export", "participants", "--format", fmt, "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["file"] == str(out) and data["format"] == fmt
    assert out.is_file()
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        assert rows[0] == [c.header("en") for c in COLUMNS if c.key not in ("phone", "passport_number", "date_of_birth")]
        assert data["rows"] == len(rows) - 1 == 650
    elif fmt == "xlsx":
        book = openpyxl.load_workbook(out, read_only=True)
        rows_read = sum(1 for _ in book.active.iter_rows())
        book.close()
        assert data["rows"] == rows_read - 1 == 650
    else:
        reader = PdfReader(out)
        assert 600 <= data["rows"] < 650  # cancelled participants are not listed
        assert "LIST OF PARTICIPANTS" in reader.pages[0].extract_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left


def test_list_of_participants_in_french(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "lop.pdf"
    result = run("--db", demo_db, "--lang", "fr", "export", "participants", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "lop.pdf" in result.stdout
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    assert "LISTE DES PARTICIPANTS" in first and f"Page 1 sur {len(reader.pages)}" in first
    assert "Chef de délégation" in first or "Cheffe de délégation" in first


@pytest.mark.parametrize("lang", ["en", "es"])
def test_export_participants_filtered_and_in_a_language(demo_db: str, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "mex.csv"
    result = run("--db", demo_db, "--lang", lang, "export", "participants", "--out", str(out),
                 "--delegation", "mex", "--search", "jose", "--json")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert json.loads(result.stdout)["rows"] == len(rows) >= 1
    country = COLUMNS[[c.key for c in COLUMNS].index("country")].header(lang)
    assert {row[country] for row in rows} == {"MEX"}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_delegations(demo_db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"delegations.{fmt}"
    result = run("--db", demo_db, "--lang", "es", "export", "delegations", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == fmt and 100 <= data["rows"] <= 200
    if fmt == "xlsx":
        header = [c.value for c in next(openpyxl.load_workbook(out).active.iter_rows())]
    else:
        header = next(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert header[:3] == ["Delegación", "Tipo", "Código ISO"]


def test_bad_output_folder_is_one_line_exit_1(demo_db: str, tmp_path: Path) -> None:
    for fmt in ("csv", "xlsx", "pdf"):
        result = run("--db", demo_db, "export", "participants", "--format", fmt,
                     "--out", str(tmp_path / "no" / "such" / f"x.{fmt}"))
        assert_one_line_error(result)
        assert "does not exist" in result.stderr
    assert_one_line_error(run("--db", demo_db, "export", "delegations", "--format", "csv", "--out", str(tmp_path)))


def test_bad_values_are_one_line_exit_1(demo_db: str, tmp_path: Path) -> None:
    assert_one_line_error(run("--db", demo_db, "export", "participants", "--out", str(tmp_path / "x.txt")))
    assert_one_line_error(run("--db", demo_db, "export", "participants", "--out", str(tmp_path / "x.csv"),
                              "--delegation", "XYZ"))
    assert_one_line_error(run("--db", demo_db, "export", "participants", "--format", "pdf",
                              "--out", str(tmp_path / "x.pdf"), "--search", "jose"))
    assert_one_line_error(run("--db", demo_db, "participants", "list", "--category", "nope"))
    assert list(tmp_path.iterdir()) == []
    usage = run("--db", demo_db, "export", "participants", "--format", "doc", "--out", "x.doc")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_participants_list_search_finds_jose(demo_db: str) -> None:
    result = run("--db", demo_db, "participants", "list", "--search", "jose", "--json")
    assert result.returncode == 0, result.stderr
    people = json.loads(result.stdout)
    assert people and any("José" in p["given_name"] or "José" in p["family_name"] for p in people)
    for person in people:
        assert set(person) >= {"id", "given_name", "family_name", "delegation", "iso3", "category", "city",
                               "email", "arrival_date", "departure_date"}
        assert "jose" in fold(" ".join(str(v) for v in person.values()))


def test_participants_list_filters_and_limit(demo_db: str) -> None:
    result = run("--db", demo_db, "--lang", "fr", "participants", "list", "--delegation", "MEX",
                 "--limit", "3", "--json")
    assert result.returncode == 0, result.stderr
    people = json.loads(result.stdout)
    assert len(people) == 3 and {p["iso3"] for p in people} == {"MEX"}
    assert {p["delegation"] for p in people} == {"Mexique"}
    heads = json.loads(run("--db", demo_db, "participants", "list", "--category", "head",
                           "--status", "confirmed", "--json").stdout)
    assert heads and {p["category"] for p in heads} == {"head"} and {p["status"] for p in heads} == {"confirmed"}
    text = run("--db", demo_db, "participants", "list", "--search", "jose", "--limit", "2")
    assert text.returncode == 0 and text.stdout.strip().splitlines()[-1].startswith("2 of ")


@pytest.mark.parametrize(("lang", "fmt"), [("fr", "xlsx"), ("es", "csv")])
def test_exported_file_edited_and_reimported_creates_no_duplicates(tmp_path: Path, lang: str, fmt: str) -> None:
    db = str(tmp_path / "roundtrip.sqlite")
    assert run("--db", db, "init").returncode == 0
    assert run("--db", db, "demo", "--participants", "650").returncode == 0
    out = tmp_path / f"participants.{fmt}"
    assert run("--db", db, "--lang", lang, "export", "participants", "--out", str(out)).returncode == 0
    # An organiser edits one city and re-imports the file.
    city = COLUMNS[[c.key for c in COLUMNS].index("city")].header(lang)
    if fmt == "xlsx":
        workbook = openpyxl.load_workbook(out)
        sheet = workbook.active
        column = [c.value for c in sheet[1]].index(city) + 1
        sheet.cell(row=2, column=column, value="Guadalajara")
        workbook.save(out)
    else:
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        rows[1][rows[0].index(city)] = "Guadalajara"
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        out.write_text(buffer.getvalue(), encoding="utf-8-sig")
    result = run("--db", db, "import", str(out), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == 0 and report["updated"] == 1 and report["rejected"] == []
    assert report["duplicates"] == []
    info = json.loads(run("--db", db, "info", "--json").stdout)
    assert info["counts"]["participants"] == 650


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("sensitive", [False, True])
def test_xlsx_read_back_equals_the_csv_row_by_row(demo_db: str, tmp_path: Path, lang: str, sensitive: bool) -> None:
    """The two formats carry the same cells: text alike, XLSX dates are dates on the CSV's ISO day,
    an empty XLSX cell is an empty CSV field (and the passport data only when asked for, in both)."""
    extra = ["--include-sensitive"] if sensitive else []
    files = {}
    for fmt in ("csv", "xlsx"):
        files[fmt] = tmp_path / f"participants.{fmt}"
        result = run("--db", demo_db, "--lang", lang, "export", "participants", "--format", fmt,
                     "--out", str(files[fmt]), *extra)
        assert result.returncode == 0, result.stderr
    csv_rows = list(csv.reader(io.StringIO(files["csv"].read_text(encoding="utf-8-sig"), newline="")))
    book = openpyxl.load_workbook(files["xlsx"])
    xlsx_rows = [list(row) for row in book.active.iter_rows(values_only=True)]
    assert len(xlsx_rows) == len(csv_rows) == 651
    keys = [c.key for c in COLUMNS if sensitive or c.key not in ("phone", "passport_number", "date_of_birth")]
    assert csv_rows[0] == xlsx_rows[0] == [c.header(lang) for c in COLUMNS if c.key in keys]
    dates = {keys.index(k) for k in ("arrival_date", "departure_date", "date_of_birth") if k in keys}
    seen_dates = 0
    for number, (text_row, cells) in enumerate(zip(csv_rows[1:], xlsx_rows[1:]), start=2):
        assert len(cells) == len(text_row), number
        shown = []
        for i, cell in enumerate(cells):
            if i in dates and cell is not None:
                assert cell.time() == dt.time(0), (number, i, cell)
                shown.append(cell.date().isoformat())
                seen_dates += 1
            else:
                assert cell is None or isinstance(cell, str), (number, i, cell)
                shown.append(cell or "")
        assert shown == text_row, number
    assert seen_dates > 650


def test_participants_list_json_gives_each_persons_flights(tmp_path: Path) -> None:
    db = str(tmp_path / "flights.sqlite")
    assert run("--db", db, "init").returncode == 0
    sheet = tmp_path / "flights.csv"
    sheet.write_text(
        "Given name,Family name,Country,Arrival,Vuelo,Heure d'arrivée,Terminal,Departure,Departure flight,"
        "Departure time,Own transport\n"
        "Ana,Ruiz,Mexico,27/09/2015,am401,2:35 PM,Terminal 1,01/10/2015,AF179,2130,no\n"
        "Luc,Martin,France,28/09/2015,,,,,,,oui\n"
        "Eva,Soto,Peru,28/09/2015,LA 2470,09:10,T2,,,,yes\n",
        encoding="utf-8")
    imported = run("--db", db, "import", str(sheet), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["rejected"] == []
    result = run("--db", db, "participants", "list", "--json")
    assert result.returncode == 0, result.stderr
    people = {p["family_name"]: p for p in json.loads(result.stdout)}
    assert people["Ruiz"]["arrival_flight"] == {"number": "AM 401", "date": "2015-09-27", "time": "14:35",
                                                "terminal": "T1"}
    assert people["Ruiz"]["departure_flight"] == {"number": "AF 179", "date": "2015-10-01", "time": "21:30",
                                                  "terminal": None}
    assert people["Ruiz"]["own_transport"] is False
    assert people["Martin"]["arrival_flight"] is None and people["Martin"]["departure_flight"] is None
    assert people["Martin"]["own_transport"] is True
    # Own transport with a flight: they land, but nobody picks them up.
    assert people["Soto"]["arrival_flight"] == {"number": "LA 2470", "date": "2015-09-28", "time": "09:10",
                                                "terminal": "T2"}
    assert people["Soto"]["own_transport"] is True
