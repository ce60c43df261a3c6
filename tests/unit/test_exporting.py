"""Participants and delegations exported to CSV and XLSX, read back."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.files import ExportCancelled, neutralise
from conference_desk.core.people.exporting import export_delegations, export_participants, participant_columns
from conference_desk.core.foundation.models import Conference, Delegation, ParticipantStatus
from conference_desk.core.people.columns import COLUMNS
from conference_desk.core.people.registration import ParticipantQuery

from tests.templates import Templates

from ._export_data import EVIL_HYPERLINK, EVIL_SUM, PEOPLE, PHONE, add_people

LANGS = ("en", "fr", "es")
# Exported by default: everything but the sensitive fields (phone, passport, date of birth).
SHOWN = participant_columns()
KEYS = [column.key for column in SHOWN]
ALL_KEYS = [column.key for column in COLUMNS]


@pytest.fixture
def people_db(db: Database) -> Database:
    add_people(db)
    return db


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so that Excel reads accents right"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def read_xlsx(path: Path) -> list[list[openpyxl.cell.cell.Cell]]:
    workbook = openpyxl.load_workbook(path)
    return [list(row) for row in workbook.active.iter_rows()]


def by_family(rows: list[list[str]], keys: list[str] = KEYS) -> dict[str, dict[str, str]]:
    return {row[keys.index("family_name")]: dict(zip(keys, row)) for row in rows[1:]}


# --------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_csv_has_the_importer_columns_headed_in_each_language(people_db: Database, tmp_path: Path,
                                                               lang: str) -> None:
    out = tmp_path / f"participants-{lang}.csv"
    result = export_participants(people_db, out, lang=lang)
    rows = read_csv(out)
    assert rows[0] == [column.header(lang) for column in SHOWN]
    assert not {"phone", "passport_number", "date_of_birth"} & set(KEYS)
    assert result.rows == len(PEOPLE) == len(rows) - 1
    assert result.format == "csv" and result.columns == len(SHOWN)
    people = by_family(rows)
    mueller = people["Müller"]
    assert mueller["country"] == "DEU" and mueller["delegation_type"] == "member_state"
    assert mueller["category"] == "head" and mueller["gender"] == "M" and mueller["status"] == "confirmed"
    assert mueller["arrival_date"] == "2015-09-27" and mueller["departure_date"] == "2015-10-01"
    assert mueller["needs_hotel"] == {"en": "yes", "fr": "oui", "es": "sí"}[lang]
    assert mueller["hotel_funded"] == {"en": "no", "fr": "non", "es": "no"}[lang]
    assert mueller["preferred_hotel"]  # the hotel's name
    assert mueller["preferred_language"] == "en"
    assert people["Иванова"]["family_name_latin"] == "Ivanova"
    assert people["Ausente"]["status"] == "cancelled"  # the export is everyone; the PDF leaves them out
    oecd = people["Dubois"]
    assert oecd["country"] == "" and oecd["delegation_type"] == "igo"
    assert oecd["organisation"] == "Organisation for Economic Co-operation and Development"
    assert people["Prensa"]["delegation_type"] == "" and people["Prensa"]["country"] == ""


def test_csv_neutralises_formulas_but_keeps_values_readable(people_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    export_participants(people_db, out, include_sensitive=True)
    people = by_family(read_csv(out), ALL_KEYS)
    assert people["Smith"]["organisation"] == "'" + EVIL_HYPERLINK
    assert people["Doe"]["organisation"] == "'" + EVIL_SUM
    assert people["Doe"]["position"] == "'-2+3"
    assert people["Núñez"]["phone"] == "'" + PHONE
    for row in people.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_export_of_a_search_and_of_a_delegation(people_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    assert export_participants(people_db, out, query=ParticipantQuery(search="jose")).rows == 2
    assert set(by_family(read_csv(out))) == {"Núñez", "Pérez"}
    result = export_participants(people_db, out, query=ParticipantQuery(member_state_iso3="DEU"))
    assert result.rows == 3
    # Sorted by family name.
    assert [row[KEYS.index("family_name")] for row in read_csv(out)[1:]] == ["Albers", "Müller", "Zimmermann"]


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_headers_dates_and_layout(people_db: Database, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"p-{lang}.xlsx"
    result = export_participants(people_db, out, lang=lang)
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.active
    rows = [list(row) for row in sheet.iter_rows()]
    assert [cell.value for cell in rows[0]] == [column.header(lang) for column in SHOWN]
    assert all(cell.font.b for cell in rows[0])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width > 8
    assert result.rows == len(rows) - 1 == len(PEOPLE)
    values = {row[KEYS.index("family_name")].value: {k: c.value for k, c in zip(KEYS, row)} for row in rows[1:]}
    mueller = values["Müller"]
    assert isinstance(mueller["arrival_date"], dt.datetime)
    assert mueller["arrival_date"].date() == dt.date(2015, 9, 27)
    assert mueller["country"] == "DEU"
    assert mueller["needs_hotel"] == {"en": "yes", "fr": "oui", "es": "sí"}[lang]
    assert values["Иванова"]["family_name"] == "Иванова"


def test_xlsx_has_no_formula_cells(people_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "p.xlsx"
    export_participants(people_db, out, include_sensitive=True)
    rows = read_xlsx(out)
    cells = [cell for row in rows for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    for cell in cells:
        if isinstance(cell.value, str):
            assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), cell.value
    organisations = {cell.value for row in rows for cell in row if cell.column == ALL_KEYS.index("organisation") + 1}
    assert "'" + EVIL_HYPERLINK in organisations and "'" + EVIL_SUM in organisations
    phones = {cell.value for row in rows for cell in row if cell.column == ALL_KEYS.index("phone") + 1}
    assert "'" + PHONE in phones


def test_xlsx_drops_characters_xml_cannot_hold(db: Database, tmp_path: Path) -> None:
    from ._export_data import Person

    add_people(db, [Person("FRA", "Mr", "Bell\x07", "Null\x00Byte", city="x" * 40_000)])
    out = tmp_path / "p.xlsx"
    export_participants(db, out)
    row = read_xlsx(out)[1]
    assert row[KEYS.index("family_name")].value == "NullByte"
    assert len(row[KEYS.index("city")].value) == 32_767


def test_badge_secret_is_never_exported(people_db: Database, tmp_path: Path) -> None:
    with people_db.session() as session:
        secret = session.scalar(select(Conference.badge_secret))
    assert secret
    forms = [secret.hex(), base64.b64encode(secret).decode(), base64.urlsafe_b64encode(secret).decode().rstrip("=")]
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"p.{fmt}"
        export_participants(people_db, out)
        if fmt == "csv":
            text = out.read_text(encoding="utf-8-sig")
        else:
            text = "\n".join(str(c.value) for row in read_xlsx(out) for c in row)
        assert not any(form in text for form in forms)
        assert "badge_secret" not in text


# --------------------------------------------------------------------------
# Delegations
# --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("lang", LANGS)
def test_delegations_export(people_db: Database, tmp_path: Path, fmt: str, lang: str) -> None:
    out = tmp_path / f"d.{fmt}"
    result = export_delegations(people_db, out, lang=lang)
    if fmt == "csv":
        rows = read_csv(out)
    else:
        rows = [[c.value for c in row] for row in read_xlsx(out)]
    with people_db.session() as session:
        delegations = len(session.scalars(select(Delegation)).all())
    assert result.rows == delegations == len(rows) - 1
    header = rows[0]
    assert header[:6] == {
        "en": ["Delegation", "Type", "ISO code", "Region", "Head of delegation", "Members"],
        "fr": ["Délégation", "Type", "Code ISO", "Région", "Chef de délégation", "Membres"],
        "es": ["Delegación", "Tipo", "Código ISO", "Región", "Jefe/a de delegación", "Miembros"],
    }[lang]
    assert header[6] == {"en": "Arrivals 2015-09-27", "fr": "Arrivées 2015-09-27",
                         "es": "Llegadas 2015-09-27"}[lang]
    named = {row[2]: row for row in rows[1:] if row[2]}
    germany = named["DEU"]
    assert germany[0] == {"en": "Germany", "fr": "Allemagne", "es": "Alemania"}[lang]
    assert germany[3] == {"en": "Europe and North America", "fr": "Europe et Amérique du Nord",
                          "es": "Europa y América del Norte"}[lang]
    assert germany[4] == "Jürgen Müller"
    assert str(germany[5]) == "3" and str(germany[6]) == "3"
    assert str(named["MEX"][5]) == "1"  # the cancelled participant is not a member any more


# --------------------------------------------------------------------------
# Files: formats, folders, cancel
# --------------------------------------------------------------------------


def test_cancel_leaves_no_file_and_keeps_the_old_one(people_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "p.xlsx"
    out.write_bytes(b"previous version")
    calls: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(ExportCancelled):
        export_participants(people_db, out, progress=cancel)
    assert calls == [(0, len(PEOPLE))]
    assert out.read_bytes() == b"previous version"
    assert sorted(p.name for p in folder.iterdir()) == ["p.xlsx"]


def test_progress_reaches_the_total(people_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_participants(people_db, tmp_path / "p.csv", progress=lambda d, t: calls.append((d, t)) or True)
    assert calls[0] == (0, len(PEOPLE)) and calls[-1] == (len(PEOPLE), len(PEOPLE))


def test_bad_destinations_give_one_line_errors(people_db: Database, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ConferenceDeskError, match="does not exist"):
        export_participants(people_db, tmp_path / "missing" / "p.csv")
    with pytest.raises(ConferenceDeskError, match="is a folder"):
        export_participants(people_db, tmp_path, fmt="csv")
    with pytest.raises(ConferenceDeskError, match="Unknown export format"):
        export_participants(people_db, tmp_path / "p.txt")
    assert list(tmp_path.iterdir()) == []


def test_format_from_extension_and_explicit(people_db: Database, tmp_path: Path) -> None:
    assert export_participants(people_db, tmp_path / "a.XLSX").format == "xlsx"
    assert export_participants(people_db, tmp_path / "b.data", fmt="csv").format == "csv"
    assert openpyxl.load_workbook(tmp_path / "a.XLSX").active.max_row == len(PEOPLE) + 1


def test_export_of_an_empty_conference_has_just_the_header(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    assert export_participants(db, out).rows == 0
    assert read_csv(out) == [[column.header("en") for column in SHOWN]]


def test_cancelled_participants_are_exported_with_their_status(people_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    export_participants(people_db, out, query=ParticipantQuery(status=ParticipantStatus.CANCELLED))
    assert list(by_family(read_csv(out))) == ["Ausente"]


# --------------------------------------------------------------------------
# Flights (issue 20)
# --------------------------------------------------------------------------

FLIGHTS = {
    "Müller": {"arrival_flight": "LH 498", "arrival_time": dt.time(14, 35), "arrival_terminal": "T1",
               "departure_flight": "LH 499", "departure_time": dt.time(21, 5), "departure_terminal": "T1"},
    "Núñez": {"arrival_flight": "IB 6401", "arrival_time": dt.time(6, 50), "arrival_terminal": "T2",
              "own_transport": True},
    "Pérez": {"own_transport": True},
}


def _add_flights(db: Database) -> None:
    from conference_desk.core.foundation.models import Participant

    with db.session() as session:
        for person in session.scalars(select(Participant).where(Participant.family_name.in_(FLIGHTS))):
            for name, value in FLIGHTS[person.family_name].items():
                setattr(person, name, value)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("lang", LANGS)
def test_flights_are_exported_after_the_departure_and_reimport_as_they_are(
        people_db: Database, demo_templates: Templates, tmp_path: Path, fmt: str, lang: str) -> None:
    from conference_desk.core.foundation.models import Participant
    from conference_desk.core.people.importing import apply_import, plan_import

    _add_flights(people_db)
    out = tmp_path / f"flights.{fmt}"
    export_participants(people_db, out, lang=lang)
    if fmt == "csv":
        rows = read_csv(out)
    else:
        rows = [[c.value if c.value is not None else "" for c in row] for row in read_xlsx(out)]
    at = KEYS.index("departure_date")
    assert KEYS[at + 1:at + 8] == ["arrival_flight", "arrival_time", "arrival_terminal", "departure_flight",
                                   "departure_time", "departure_terminal", "own_transport"]
    assert rows[0][at + 1] == {"en": "Arrival flight", "fr": "Vol d'arrivée", "es": "Vuelo de llegada"}[lang]
    people = by_family(rows)
    yes, no = {"en": ("yes", "no"), "fr": ("oui", "non"), "es": ("sí", "no")}[lang]
    flights = ["arrival_flight", "arrival_time", "arrival_terminal", "departure_flight", "departure_time",
               "departure_terminal", "own_transport"]
    assert [people["Müller"][k] for k in flights] == ["LH 498", "14:35", "T1", "LH 499", "21:05", "T1", no]
    assert [people["Núñez"][k] for k in flights] == ["IB 6401", "06:50", "T2", "", "", "", yes]
    assert [people["Smith"][k] for k in flights] == ["", "", "", "", "", "", no]
    # The same conference: no flight changes (Dubois's organisation comes from her delegation's
    # name, as before flights).  Another conference: the same flights.
    again = plan_import(people_db, out)
    assert again.problems == [] and again.new == 0
    assert [row.changes for row in again.rows if row.changes] == [
        {"organisation": ("", "Organisation for Economic Co-operation and Development")}]
    with people_db.session() as session:
        expected = {p.family_name: tuple(getattr(p, k) for k in flights) for p in session.scalars(select(Participant))}
    target = demo_templates.open_setup(tmp_path / "other.sqlite")
    try:
        plan = plan_import(target, out)
        assert plan.problems == [] and plan.new == len(PEOPLE)
        apply_import(target, plan)
        with target.session() as session:
            found = {p.family_name: tuple(getattr(p, k) for k in flights) for p in session.scalars(select(Participant))}
        assert found == expected
        assert found["Müller"] == ("LH 498", dt.time(14, 35), "T1", "LH 499", dt.time(21, 5), "T1", False)
    finally:
        target.dispose()


# --------------------------------------------------------------------------
# Neutralising
# --------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["=1+1", "+52 55 1234", "-3", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_prefixes_formula_starts(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["", "José", "a=b", "1+1", "'quoted", " =spaced"])
def test_neutralise_leaves_other_text_alone(value: str) -> None:
    assert neutralise(value) == value


@given(st.text())
def test_neutralised_text_never_starts_a_formula_and_keeps_the_value(value: str) -> None:
    safe = neutralise(value)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe.endswith(value) and len(safe) - len(value) in (0, 1)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancel_half_way_leaves_nothing(people_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        fmt: str) -> None:
    from conference_desk.core.people import exporting

    from conference_desk.core.foundation import files

    monkeypatch.setattr(exporting, "PAGE_SIZE", 4)
    monkeypatch.setattr(files, "PAGE_SIZE", 4)
    folder = tmp_path / "out"
    folder.mkdir()
    calls: list[int] = []

    def stop_after_two_pages(done: int, total: int) -> bool:
        calls.append(done)
        return done < 8

    with pytest.raises(ExportCancelled, match="no file was written"):
        export_participants(people_db, folder / f"p.{fmt}", progress=stop_after_two_pages)
    assert calls == [0, 4, 8]
    assert list(folder.iterdir()) == []


# --------------------------------------------------------------------------
# Big CSV exports from a SQLite file: two processes, the same file
# --------------------------------------------------------------------------


def _split_runs(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Make every export 'big' and record what the two-process path returned (None: fell back)."""
    from conference_desk.core.foundation import files

    monkeypatch.setattr(files, "PARALLEL_CSV_MIN_ROWS", 2)
    outcomes: list[object] = []
    original = files._two_processes

    def recorded(*args: object, **kwargs: object) -> object:
        outcome = original(*args, **kwargs)
        outcomes.append(outcome)
        return outcome

    monkeypatch.setattr(files, "_two_processes", recorded)
    return outcomes


@pytest.mark.parametrize("lang", LANGS)
def test_a_big_csv_export_in_two_processes_is_the_same_file(people_db: Database, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    export_participants(people_db, tmp_path / "one.csv", lang=lang, include_sensitive=True)
    outcomes = _split_runs(monkeypatch)
    calls: list[tuple[int, int]] = []
    export_participants(people_db, tmp_path / "two.csv", lang=lang, include_sensitive=True,
                        progress=lambda d, t: calls.append((d, t)) or True)
    assert outcomes == [len(PEOPLE)], "the second half was written by the other process"
    assert (tmp_path / "two.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    rows = read_csv(tmp_path / "two.csv")
    assert len(rows) == len(PEOPLE) + 1 and rows[0][0] == participant_columns(True)[0].header(lang)
    assert calls[0] == (0, len(PEOPLE)) and calls[-1] == (len(PEOPLE), len(PEOPLE))
    assert [d for d, _t in calls] == sorted(d for d, _t in calls), "progress never goes back"


def test_a_split_export_of_a_search_has_the_search_s_rows(people_db: Database, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    query = ParticipantQuery(search="a")
    export_participants(people_db, tmp_path / "one.csv", query=query)
    outcomes = _split_runs(monkeypatch)
    export_participants(people_db, tmp_path / "two.csv", query=query)
    assert outcomes and outcomes[0] is not None
    assert (tmp_path / "two.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert 1 < len(read_csv(tmp_path / "two.csv")) - 1 < len(PEOPLE)


def test_a_change_committed_during_a_split_export_is_read_from_one_state(
        people_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk renames someone as the export splits: the halves could see two states, so the
    export is read again in one statement: the file has the person once, under one name."""
    import sqlite3
    import subprocess

    outcomes = _split_runs(monkeypatch)
    target = sorted(p.family for p in PEOPLE)[-1]
    real_popen = subprocess.Popen

    def rename_then_start(*args: object, **kwargs: object) -> object:
        with sqlite3.connect(str(people_db.engine.url.database)) as other:
            other.execute("UPDATE participant SET family_name = 'Renamed-During-Export' WHERE family_name = ?",
                          (target,))
        other.close()
        return real_popen(*args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", rename_then_start)
    export_participants(people_db, tmp_path / "p.csv")
    assert outcomes == [None], "the change was seen and the export read again"
    families = [row[KEYS.index("family_name")] for row in read_csv(tmp_path / "p.csv")[1:]]
    assert len(families) == len(PEOPLE)
    assert families.count("Renamed-During-Export") + families.count(target) == 1


def test_a_failed_second_process_falls_back_to_one(people_db: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.core.foundation import files

    export_participants(people_db, tmp_path / "one.csv")
    outcomes = _split_runs(monkeypatch)
    broken = tmp_path / "csv_part.py"
    broken.write_text("import sys\nsys.exit('no such table: participant')\n")
    monkeypatch.setattr(files, "__file__", str(broken.with_name("files.py")))
    export_participants(people_db, tmp_path / "two.csv")
    assert outcomes == [None]
    assert (tmp_path / "two.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()


def test_cancelling_a_split_export_leaves_no_file_and_no_part(people_db: Database, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    _split_runs(monkeypatch)
    parts = tmp_path / "parts"
    parts.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(parts))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        export_participants(people_db, folder / "p.csv", progress=lambda done, total: done == 0)
    assert list(folder.iterdir()) == [] and list(parts.iterdir()) == []
