"""Importing the registration spreadsheets organisers receive (files generated here)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from conference_desk.core.foundation.db import Database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.people.importing import (
    ImportCancelled,
    ImportFileError,
    apply_import,
    guess_mapping,
    parse_date,
    plan_import,
    read_table,
)
from conference_desk.core.foundation.models import (
    AuditEntry,
    Delegation,
    DelegationKind,
    Gender,
    Participant,
    Setting,
)
from conference_desk.core.people.columns import COLUMNS

EN_HEADERS = ["Registration ID", "Given name", "Family name", "Country", "E-mail", "Arrival", "Hotel needed"]
ROWS = [
    ["R-1", "José", "García", "Mexico", "jose.garcia@cdmx.gob.mx", "27/09/2015", "yes"],
    ["R-2", "Anne", "Dupont", "Côte d’Ivoire", "anne.dupont@abidjan.ci", "2015-09-28", "no"],
    ["R-3", "Min-jun", "Kim", "Corée, République de", "kim@seoul.go.kr", "27 Sep 2015", "x"],
    ["R-4", "Carlos", "Núñez", "EE. UU.", "c.nunez@la.gov", "27 de septiembre de 2015", "sí"],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def participants(db: Database) -> list[Participant]:
    with db.session() as session:
        return list(session.scalars(select(Participant).order_by(Participant.id)))


def count(db: Database, model: type = Participant) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --------------------------------------------------------------------------
# Reading: encodings, separators, headers, XLSX
# --------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_separator_reads_the_same_table(tmp_path: Path, encoding: str, delimiter: str) -> None:
    rows = [EN_HEADERS] + [r[:3] + ["Mexique" if i == 0 else "France"] + r[4:] for i, r in enumerate(ROWS[:2])]
    rows[1][2] = "García, Núñez; Pérez"  # separators and accents inside a quoted cell
    path = write_csv(tmp_path / "in.csv", rows, encoding, delimiter)
    table = read_table(path)
    assert table.headers == EN_HEADERS
    assert table.rows[0][2] == "García, Núñez; Pérez"
    assert table.rows[1][1] == "Anne"
    assert table.row_numbers == [2, 3]
    assert table.delimiter == delimiter


def test_french_and_spanish_headers_map_automatically() -> None:
    french = ["N° d'inscription", "Prénom", "Nom de famille", "Pays", "Courriel", "Arrivée", "Hôtel requis"]
    spanish = ["Folio", "Nombre", "Apellidos", "País", "Correo", "Fecha de llegada", "Requiere hotel"]
    synonyms = ["ID", "First name", "Last Name", "Country/Pays", "E-mail address", "Arrival date", "Accommodation"]
    expected = ["external_id", "given_name", "family_name", "country", "email", "arrival_date", "needs_hotel"]
    for headers in (french, spanish, synonyms):
        guess = guess_mapping(headers)
        assert [guess.mapping[i] for i in range(len(headers))] == expected, headers
        assert guess.unmapped == [] and guess.ambiguous == {}


def test_unknown_and_doubled_headers_are_reported_for_the_user_to_map() -> None:
    guess = guess_mapping(["Family name", "Shoe size", "Email", "Mail"])
    assert guess.mapping[1] is None and guess.unmapped == ["Shoe size"]
    assert guess.mapping[2] == "email" and guess.mapping[3] is None
    assert "Mail" in guess.ambiguous


def test_every_exported_header_in_every_language_is_recognised() -> None:
    for lang in ("en", "fr", "es"):
        headers = [c.header(lang) for c in COLUMNS]
        guess = guess_mapping(headers)
        assert [guess.mapping[i] for i in range(len(headers))] == [c.key for c in COLUMNS], lang


def test_title_row_and_empty_rows_above_and_between_are_skipped(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [None], ["ICLC 2015 — registrations received 20/08/2015"], [], EN_HEADERS, ROWS[0], [], [None, None], ROWS[1],
    ]
    table = read_table(write_xlsx(tmp_path / "title.xlsx", rows))
    assert table.headers == EN_HEADERS
    assert table.header_row == 4
    assert table.row_numbers == [5, 8]


def test_xlsx_dates_serials_numbers_and_first_sheet_with_data(tmp_path: Path, db: Database) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Cover"  # empty first sheet
    sheet = workbook.create_sheet("Registrations")
    sheet.append(["Registration ID", "Given name", "Family name", "Arrival", "Departure", "Phone", "Hotel needed"])
    sheet.append([1001, "Ana", "López", dt.datetime(2015, 9, 27), 42278, 525512345678, True])
    sheet.append([1002.0, "Luis", "Pérez", "28.9.2015", "1 octobre 2015", "+52 55 1234", 0])
    workbook.save(tmp_path / "dates.xlsx")
    plan = plan_import(db, tmp_path / "dates.xlsx")
    assert plan.problems == []
    first, second = (r.values for r in plan.rows)
    assert first["external_id"] == "1001" and second["external_id"] == "1002"
    assert first["arrival_date"] == dt.date(2015, 9, 27) and first["departure_date"] == dt.date(2015, 10, 1)
    assert second["arrival_date"] == dt.date(2015, 9, 28) and second["departure_date"] == dt.date(2015, 10, 1)
    assert first["phone"] == "525512345678" and first["needs_hotel"] is True and second["needs_hotel"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-09-27", dt.date(2015, 9, 27)), ("27/09/2015", dt.date(2015, 9, 27)), ("27.9.2015", dt.date(2015, 9, 27)),
        ("27 Sep 2015", dt.date(2015, 9, 27)), ("September 27, 2015", dt.date(2015, 9, 27)),
        ("27 septembre 2015", dt.date(2015, 9, 27)), ("27 de septiembre de 2015", dt.date(2015, 9, 27)),
        ("1er octobre 2015", dt.date(2015, 10, 1)), ("lundi 28 septembre 2015", dt.date(2015, 9, 28)),
        ("09/27/2015", dt.date(2015, 9, 27)), ("42274", dt.date(2015, 9, 27)), (42274, dt.date(2015, 9, 27)),
        ("2015-09-27 00:00:00", dt.date(2015, 9, 27)),
    ],
)
def test_dates_in_the_ways_people_write_them(text: object, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02\x03binary\xff\xfe\x00garbage" * 50, b"PK\x03\x04truncated zip", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old"],
)
def test_unreadable_files_raise_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        read_table(path)
    assert path.name in str(info.value)


def test_truncated_xlsx_is_an_import_file_error(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [EN_HEADERS, ROWS[0]])
    data = good.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFileError):
        read_table(tmp_path / "cut.xlsx")
    with pytest.raises(ImportFileError, match="No file"):
        read_table(tmp_path / "missing.csv")


def test_xlsx_without_worksheets_part_is_an_import_file_error(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "odd.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportFileError):
        read_table(tmp_path / "odd.xlsx")


# --------------------------------------------------------------------------
# Planning and applying
# --------------------------------------------------------------------------


def test_dry_run_plan_writes_nothing(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path / "in.csv", [EN_HEADERS] + ROWS)
    audit_before = count(db, AuditEntry)
    plan = plan_import(db, path)
    assert (plan.new, plan.updated, plan.rejected) == (4, 0, 0)
    assert count(db) == 0 and count(db, Delegation) == 0 and count(db, AuditEntry) == audit_before


def test_import_creates_people_and_member_state_delegations_on_demand(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path / "in.csv", [EN_HEADERS] + ROWS)
    result = apply_import(db, plan_import(db, path))
    assert (result.imported, result.updated, result.rejected) == (4, 0, [])
    with db.session() as session:
        people = {
            p.family_name: (p.delegation.member_state.iso3, p.arrival_date, p.needs_hotel, p.category.code)
            for p in session.scalars(select(Participant))
        }
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
    assert people == {
        "García": ("MEX", dt.date(2015, 9, 27), True, "delegate"),
        "Dupont": ("CIV", dt.date(2015, 9, 28), False, "delegate"),
        "Kim": ("KOR", dt.date(2015, 9, 27), True, "delegate"),
        "Núñez": ("USA", dt.date(2015, 9, 27), True, "delegate"),
    }
    assert "4 new" in audit.summary and len(json.loads(audit.changes)["created"]) == 4


def test_bad_rows_are_rejected_with_row_column_and_value_and_good_rows_imported(tmp_path: Path, db: Database) -> None:
    rows = [
        ["Fiche d'inscription — ICLC 2015"],
        ["Prénom", "Nom", "Pays", "Courriel", "Arrivée", "Départ", "Genre", "Catégorie", "Notes"],
        ["Marie", "Curie", "France", "marie@paris.fr", "27/09/2015", "01/10/2015", "Femme", "Maire", "=HYPERLINK(\"http://x\",\"y\")"],
        ["Bob", "", "Atlantis", "bob@", "31/02/2015", "", "?", "Astronaut", ""],
        ["Zoé", "Martin", "Belgique", "zoe@bxl.be", "30/09/2015", "28/09/2015", "F", "Délégué", ""],
        ["Long", "X" * 10_000, "France", "", "", "", "", "", ""],
        ["Paul", "Durand", "Canada", "paul@ottawa.ca", "", "", "Homme", "Expert", "Notes\nsur deux lignes"],
    ]
    path = write_csv(tmp_path / "fr.csv", rows, "utf-8-sig", ";")
    plan = plan_import(db, path)
    assert plan.rejected_rows == [4, 5, 6]
    shown = {(p.row, p.column, p.value, p.message) for p in plan.problems}
    assert (4, "Nom", "", "Family name is required.") in shown
    assert (4, "Courriel", "bob@", "Not an e-mail address (name@domain.org).") in shown
    assert (4, "Arrivée", "31/02/2015", "Not a date (no such day).") in shown
    assert any(p[:3] == (4, "Pays", "Atlantis") and "Unknown country" in p[3] for p in shown)
    assert any(p[:3] == (4, "Genre", "?") for p in shown)
    assert any(p[:3] == (4, "Catégorie", "Astronaut") and "Unknown category" in p[3] for p in shown)
    assert (5, "Départ", "2015-09-28", "Departure is before arrival.") in shown
    long_problem = next(p for p in plan.problems if p.row == 6)
    assert long_problem.column == "Nom" and long_problem.value.endswith("…") and len(long_problem.value) < 100
    result = apply_import(db, plan)
    assert (result.imported, len(result.rejected_rows)) == (2, 3)
    with db.session() as session:
        curie = session.scalars(select(Participant).where(Participant.family_name == "Curie")).one()
        durand = session.scalars(select(Participant).where(Participant.family_name == "Durand")).one()
        assert curie.notes == '=HYPERLINK("http://x","y")'  # kept as text, never evaluated
        assert curie.gender is Gender.FEMALE and curie.category.code == "mayor"
        assert durand.notes == "Notes\nsur deux lignes" and durand.delegation.member_state.iso3 == "CAN"


def test_reimport_is_idempotent_and_a_corrected_file_updates(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path / "v1.csv", [EN_HEADERS] + ROWS)
    apply_import(db, plan_import(db, path))
    again = apply_import(db, plan_import(db, path))
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)
    corrected = [r[:] for r in ROWS]
    corrected[0][1] = "José Luis"  # by registration ID
    corrected[1][0] = ""  # no ID any more: matched by e-mail, case-insensitively
    corrected[1][4] = "ANNE.DUPONT@abidjan.ci"
    corrected[1][5] = "29/09/2015"
    path2 = write_csv(tmp_path / "v2.csv", [EN_HEADERS] + corrected)
    plan = plan_import(db, path2)
    assert (plan.new, plan.updated, plan.unchanged) == (0, 2, 2)
    result = apply_import(db, plan)
    assert (result.imported, result.updated, result.unchanged) == (0, 2, 2)
    people = {p.external_id: p for p in participants(db)}
    assert len(people) == 4
    assert people["R-1"].given_name == "José Luis"
    assert people["R-2"].arrival_date == dt.date(2015, 9, 29)


def test_exported_participants_reimport_with_no_new_people(tmp_path: Path, db: Database) -> None:
    populate_demo(db, participants=120, seed=7)
    headers = [c.en for c in COLUMNS]
    with db.session() as session:
        rows = [
            [p.external_id, p.title, p.given_name, p.family_name, p.given_name_latin, p.family_name_latin,
             p.badge_name, p.gender.value, p.category.code,
             p.delegation.member_state.iso3 if p.delegation and p.delegation.member_state else "",
             p.delegation.kind.value if p.delegation else "",
             p.organisation or (p.delegation.organisation_name if p.delegation else ""), p.position, p.city,
             p.email, p.phone, p.preferred_language.value, p.arrival_date, p.departure_date,
             p.arrival_flight, p.arrival_time, p.arrival_terminal, p.departure_flight, p.departure_time,
             p.departure_terminal, "yes" if p.own_transport else "no",
             "yes" if p.needs_hotel else "no", p.preferred_hotel.name if p.preferred_hotel else "",
             p.room_type_request, p.sharer_note, "yes" if p.hotel_funded else "no", p.accessibility_needs,
             p.dietary_needs, p.status.value, p.notes]
            for p in session.scalars(select(Participant))
        ]
    path = write_xlsx(tmp_path / "export.xlsx", [headers] + rows)
    plan = plan_import(db, path)
    assert plan.problems == []
    assert (plan.new, plan.updated, plan.unchanged) == (0, 0, 120)


def test_organisation_delegations_are_created_by_name_and_type(tmp_path: Path, db: Database) -> None:
    rows = [
        ["Family name", "Organisation", "Delegation type", "Category"],
        ["Rossi", "OECD", "IGO", "Expert"],
        ["Bianchi", "OECD", "Organisation intergouvernementale", "Experto/a"],
        ["Weber", "Learning Cities NGO", "ONG", "Intervenant"],
        ["Nobody", "", "NGO", ""],
    ]
    plan = plan_import(db, write_csv(tmp_path / "orgs.csv", rows))
    assert [(p.row, p.column) for p in plan.problems] == [(5, "Organisation")]
    apply_import(db, plan)
    with db.session() as session:
        delegations = {(d.kind, d.organisation_name) for d in session.scalars(select(Delegation))}
    assert delegations == {(DelegationKind.IGO, "OECD"), (DelegationKind.NGO, "Learning Cities NGO")}


def test_cancel_leaves_nothing_written(tmp_path: Path, db: Database) -> None:
    rows = [EN_HEADERS] + [[f"R{i}", "Given", f"Family{i}", "Mexico", f"p{i}@x.org", "", ""] for i in range(1500)]
    plan = plan_import(db, write_csv(tmp_path / "big.csv", rows))
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 1000

    with pytest.raises(ImportCancelled):
        apply_import(db, plan, progress=progress)
    assert count(db) == 0 and count(db, Delegation) == 0
    assert calls and calls[-1] >= 1000
    with pytest.raises(ImportCancelled):
        plan_import(db, tmp_path / "big.csv", progress=lambda done, total: done < 500)


def test_explicit_mapping_overrides_and_is_remembered(tmp_path: Path, db: Database) -> None:
    rows = [["Apellido del participante", "Tel", "Comentario interno"], ["Ortiz", "555", "VIP"]]
    path = write_csv(tmp_path / "odd.csv", rows)
    guess = guess_mapping(["Apellido del participante", "Tel", "Comentario interno"], db)
    assert guess.mapping[0] is None and not guess.remembered
    mapping = {"Apellido del participante": "family_name", "Comentario interno": None}
    plan = plan_import(db, path, mapping=mapping)
    assert plan.problems == [] and plan.rows[0].values == {"family_name": "Ortiz", "phone": "555"}
    apply_import(db, plan)
    assert count(db, Setting) >= 1
    remembered = guess_mapping(["Apellido del participante", "Tel", "Comentario interno"], db)
    assert remembered.remembered and remembered.mapping == {0: "family_name", 1: "phone", 2: None}


def test_likely_duplicates_are_flagged_against_registered_people_and_within_the_file(tmp_path: Path, db: Database) -> None:
    apply_import(db, plan_import(db, write_csv(tmp_path / "v1.csv", [EN_HEADERS] + ROWS)))
    rows = [
        ["Given name", "Family name", "Country"],
        ["Jose", "GARCIA", "MEX"],
        ["Ana", "Ortega", "Chile"],
        ["Ana", "Ortéga", "Chile"],
        ["Pedro", "Páramo", "Mexico"],
    ]
    plan = plan_import(db, write_csv(tmp_path / "v2.csv", rows))
    flagged = {(d.row, d.participant_id is not None, d.other_row) for d in plan.duplicates}
    assert (2, True, None) in flagged
    assert (4, False, 3) in flagged
    assert not any(d.row == 5 for d in plan.duplicates)


# --------------------------------------------------------------------------
# Nothing crashes the importer
# --------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000))
def test_no_byte_string_crashes_read_table(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        table = read_table(path)
    except ImportFileError:
        return
    assert all(len(row) == len(table.headers) for row in table.rows)


_CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["Mexico", "27/09/2015", "oui", "=1+1", "F", "delegate", "a@b.org", "", "  ", "Côte d’Ivoire"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    headers=st.lists(st.sampled_from([c.en for c in COLUMNS] + ["Nom", "Correo", "???", ""]), min_size=1, max_size=8),
    rows=st.lists(st.lists(_CELLS, max_size=9), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_no_text_table_crashes_plan_import(tmp_path: Path, db: Database, headers: list[str], rows: list[list[str]],
                                          delimiter: str) -> None:
    path = tmp_path / "fuzz.csv"
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([headers] + rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    try:
        plan = plan_import(db, path)
    except ImportFileError:
        return
    except Exception as exc:  # a clear user error about the mapping is fine too
        from conference_desk.core.foundation.errors import ConferenceDeskError

        assert isinstance(exc, ConferenceDeskError), exc
        return
    assert plan.total_rows == len(plan.rows) + plan.rejected
    assert count(db) == 0


# --------------------------------------------------------------------------
# Files as they really arrive (issue 21): preferences never reject a person,
# swapped day and month are recognised, one problem per cell
# --------------------------------------------------------------------------

ES_HEADERS = ["Nombre", "Apellido", "País", "Correo electrónico", "Llegada", "Salida", "Hotel", "Tipo de habitación",
              "Dieta", "Idioma"]


def _field_csv(tmp_path: Path, rows: list[list[str]]) -> Path:
    """A national commission's file: Spanish headers, Windows-1252, semicolons."""
    return write_csv(tmp_path / "comision.csv", [ES_HEADERS] + rows, "cp1252", ";")


def _by_family(db: Database) -> dict[str, Participant]:
    with db.session() as session:
        found = session.scalars(select(Participant)).all()
        for p in found:
            _ = p.preferred_hotel  # loaded while the session is open
        return {p.family_name: p for p in found}


def test_any_unambiguous_words_of_a_hotel_name_match_it(tmp_path: Path, db: Database) -> None:
    hotels = {
        "Hilton Reforma": "Hilton Mexico City Reforma", "Hilton": "Hilton Mexico City Reforma",
        "hotel hilton méxico": "Hilton Mexico City Reforma", "Fiesta": "Fiesta Americana Reforma",
        "Fiesta Americana": "Fiesta Americana Reforma", "Fiesta Americana Reforma": "Fiesta Americana Reforma",
        "Reforma Fiesta": "Fiesta Americana Reforma", "Amer. Reforma": "Fiesta Americana Reforma",
    }
    rows = [[f"P{i}", f"Uno{i}", "México", f"p{i}@cdmx.mx", "27/09/2015", "01/10/2015", text, "", "", ""]
            for i, text in enumerate(hotels)]
    plan = plan_import(db, _field_csv(tmp_path, rows))
    assert plan.problems == [] and plan.warnings == []
    apply_import(db, plan)
    people = _by_family(db)
    assert {text: people[f"Uno{i}"].preferred_hotel.name for i, text in enumerate(hotels)} == hotels


def test_an_unresolved_preference_imports_the_person_with_a_warning_and_keeps_the_text(
    tmp_path: Path, db: Database
) -> None:
    rows = [
        ["Ana", "Pérez", "México", "ana@cdmx.mx", "27/09/2015", "01/10/2015", "Sheraton María Isabel",
         "Doble", "Vegetariana", "Español"],
        ["Luis", "Ortega", "Chile", "luis@stgo.cl", "27/09/2015", "01/10/2015", "Reforma",
         "Cuarto con vista", "Sin gluten " * 30, "Náhuatl"],
        ["Eva", "Soto", "Perú", "eva@lima.pe", "28/09/2015", "30/09/2015", "Hilton Reforma", "sencilla", "", "fr"],
    ]
    path = _field_csv(tmp_path, rows)
    plan = plan_import(db, path)
    assert plan.problems == [] and plan.rejected_rows == [] and plan.new == 3
    warned = {(w.row, w.column, w.value) for w in plan.warnings}
    assert warned == {
        (2, "Hotel", "Sheraton María Isabel"), (3, "Hotel", "Reforma"), (3, "Tipo de habitación", "Cuarto con vista"),
        (3, "Dieta", ("Sin gluten " * 30).strip()[:80] + "…"), (3, "Idioma", "Náhuatl"),
    }
    messages = {(w.row, w.column): w.message for w in plan.warnings}
    assert messages[(2, "Hotel")].startswith("No hotel has this name")
    assert "Fiesta Americana Reforma; Hilton Mexico City Reforma" in messages[(3, "Hotel")]
    assert "known: single, double, twin, accessible, suite" in messages[(3, "Tipo de habitación")]
    result = apply_import(db, plan)
    assert (result.imported, result.rejected_rows, len(result.warnings)) == (3, [], 5)
    people = _by_family(db)
    perez, ortega, soto = people["Pérez"], people["Ortega"], people["Soto"]
    assert perez.preferred_hotel_id is None and perez.room_type_request == "double"
    assert perez.dietary_needs == "Vegetariana" and perez.preferred_language.value == "es"
    assert perez.notes == "Unresolved preference (import) - Preferred hotel: Sheraton María Isabel"
    assert ortega.preferred_hotel_id is None and ortega.room_type_request == "" and ortega.dietary_needs == ""
    assert ortega.preferred_language.value == "en"  # the default, the text kept
    assert ortega.notes.splitlines() == [
        "Unresolved preference (import) - Preferred hotel: Reforma",
        "Unresolved preference (import) - Room type: Cuarto con vista",
        "Unresolved preference (import) - Dietary needs: " + ("Sin gluten " * 30).strip(),
        "Unresolved preference (import) - Language: Náhuatl",
    ]
    assert soto.preferred_hotel.name == "Hilton Mexico City Reforma" and soto.room_type_request == "single"
    assert soto.notes == "" and soto.preferred_language.value == "fr"

    # The "Unresolved preferences" filter lists exactly those people.
    from conference_desk.core.people.registration import ParticipantQuery, count_participants, first_page

    with db.session() as session:
        query = ParticipantQuery(unresolved_preferences=True)
        assert count_participants(session, query) == 2
        assert {r.family_name for r in first_page(session, query).rows} == {"Pérez", "Ortega"}

    # The same file again changes nothing (the notes lines are not added twice).
    again = plan_import(db, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert _by_family(db)["Ortega"].notes == ortega.notes


def test_an_unresolved_preference_on_a_registered_person_keeps_what_is_registered(tmp_path: Path, db: Database) -> None:
    first = _field_csv(tmp_path, [["Ana", "Pérez", "México", "ana@cdmx.mx", "27/09/2015", "01/10/2015",
                                   "Fiesta", "suite", "", "es"]])
    apply_import(db, plan_import(db, first))
    with db.session() as session:
        session.scalars(select(Participant)).one().notes = "Llega con su asistente."
    second = write_csv(tmp_path / "v2.csv", [ES_HEADERS, ["Ana", "Pérez", "México", "ana@cdmx.mx", "27/09/2015",
                                                          "01/10/2015", "Camino Real", "suite", "", "Otomí"]],
                       "cp1252", ";")
    plan = plan_import(db, second)
    assert (plan.updated, plan.rejected, len(plan.warnings)) == (1, 0, 2)
    apply_import(db, plan)
    perez = _by_family(db)["Pérez"]
    assert perez.preferred_hotel.name == "Fiesta Americana Reforma" and perez.preferred_language.value == "es"
    assert perez.notes.splitlines() == [
        "Llega con su asistente.",
        "Unresolved preference (import) - Preferred hotel: Camino Real",
        "Unresolved preference (import) - Language: Otomí",
    ]


def _us_resaved_xlsx(path: Path, people: int = 50) -> Path:
    """A file resaved by a spreadsheet in a US locale: "01/10/2015" became the date cell 10 Jan 2015,
    "27/09/2015" (no 27th month) stayed text."""
    rows: list[list[object]] = [["Nombre", "Apellido", "País", "Correo", "Llegada", "Salida"]]
    for i in range(people):
        rows.append([f"Persona{i}", f"Apellido{i}", "México", f"p{i}@cdmx.mx", "27/09/2015", dt.datetime(2015, 1, 10)])
    return write_xlsx(path, rows)


def test_day_and_month_swapped_by_a_us_locale_are_recognised_once_per_column(tmp_path: Path, db: Database) -> None:
    path = _us_resaved_xlsx(tmp_path / "us.xlsx")
    plan = plan_import(db, path)
    # Nothing changed without asking: every row rejected, one problem per cell.
    assert plan.rejected == 50 and plan.rows == []
    assert len(plan.problems) == 50
    assert {(p.column, p.value, p.message) for p in plan.problems} == {
        ("Salida", "2015-01-10", "Outside the conference period (2015-09-13 to 2015-10-15).")}
    [swap] = plan.date_swaps
    assert (swap.key, swap.column, swap.count, swap.applied) == ("departure_date", "Salida", 50, False)
    assert swap.message == ("Departure dates (column Salida) look like day and month swapped "
                            "(10 Jan 2015 → 1 Oct 2015) in 50 rows.")
    assert count(db) == 0

    fixed = plan_import(db, path, swap_day_month=["Salida"])
    assert (fixed.new, fixed.rejected, fixed.problems) == (50, 0, [])
    assert fixed.date_swaps[0].applied and fixed.swap_day_month == ("departure_date",)
    apply_import(db, fixed)
    with db.session() as session:
        stays = set(session.execute(select(Participant.arrival_date, Participant.departure_date)))
        assert stays == {(dt.date(2015, 9, 27), dt.date(2015, 10, 1))}
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert json.loads(entry.changes)["day_month_swapped"] == {"Salida": list(range(2, 52))}


def test_the_swap_leaves_good_and_text_dates_alone_and_names_columns_by_key_or_header(
    tmp_path: Path, db: Database
) -> None:
    path = write_xlsx(tmp_path / "mixed.xlsx", [
        ["Nombre", "Apellido", "País", "Llegada", "Salida"],
        ["A", "Uno", "México", dt.datetime(2015, 9, 27), dt.datetime(2015, 1, 10)],   # swapped
        ["B", "Dos", "México", "28/09/2015", dt.datetime(2015, 10, 1)],              # already right
        ["C", "Tres", "México", dt.datetime(2015, 9, 28), "30/09/2015"],              # text
        ["D", "Cuatro", "México", dt.datetime(2015, 9, 27), dt.datetime(2015, 3, 15)],  # wrong for another reason
    ])
    plan = plan_import(db, path, swap_day_month=["departure_date"])
    assert [s.rows for s in plan.date_swaps] == [(2,)]
    assert plan.rejected_rows == [5]
    [problem] = plan.problems  # the date wrong for another reason: one error, reported once
    assert (problem.row, problem.column, problem.value) == (5, "Salida", "2015-03-15")
    assert problem.message.startswith("Outside the conference period")
    dates = {r.values["family_name"]: r.values["departure_date"] for r in plan.rows}
    assert dates == {"Uno": dt.date(2015, 10, 1), "Dos": dt.date(2015, 10, 1), "Tres": dt.date(2015, 9, 30)}
    with pytest.raises(Exception, match="not a date column"):
        plan_import(db, path, swap_day_month=["Apellido"])


def test_a_departure_before_arrival_inside_the_period_is_still_one_error(tmp_path: Path, db: Database) -> None:
    path = _field_csv(tmp_path, [["Ana", "Pérez", "México", "ana@cdmx.mx", "30/09/2015", "28/09/2015", "", "", "", ""]])
    plan = plan_import(db, path)
    assert [(p.column, p.message) for p in plan.problems] == [("Salida", "Departure is before arrival.")]
    assert plan.date_swaps == []


def test_setting_the_preference_in_the_form_settles_it(tmp_path: Path, db: Database) -> None:
    from conference_desk.core.people.registration import (
        ParticipantQuery,
        count_participants,
        save_participant,
    )

    path = _field_csv(tmp_path, [["Luis", "Ortega", "Chile", "luis@stgo.cl", "27/09/2015", "01/10/2015", "Reforma",
                                  "", "", "Náhuatl"]])
    apply_import(db, plan_import(db, path))
    ortega = _by_family(db)["Ortega"]
    from conference_desk.core.foundation.models import Hotel

    with db.session() as session:
        fiesta = session.scalar(select(Hotel.id).where(Hotel.name.like("Fiesta%")))
    save_participant(db, {"preferred_hotel_id": fiesta}, ortega.id, ortega.row_version)
    ortega = _by_family(db)["Ortega"]
    assert ortega.notes == "Unresolved preference (import) - Language: Náhuatl"
    with db.session() as session:
        assert count_participants(session, ParticipantQuery(unresolved_preferences=True)) == 1
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
        assert "notes" in json.loads(entry.changes)


# --------------------------------------------------------------------------
# Flights (issue 20): number, time, terminal, own transport
# --------------------------------------------------------------------------

FLIGHT_HEADERS = ["Registration ID", "Given name", "Family name", "Country", "Arrival", "Arrival flight",
                  "Arrival time", "Arrival terminal", "Departure", "Departure flight", "Departure time",
                  "Departure terminal", "Own transport"]


def _flight_row(external_id: str, family: str, *travel: object) -> list[object]:
    return [external_id, "Ana", family, "Mexico", *travel]


@pytest.mark.parametrize("text, expected", [
    ("AM 401", "AM 401"), ("AF179", "AF 179"), ("IB6401", "IB 6401"), ("UA 1234A", "UA 1234A"),
    ("am  401", "AM 401"), ("9W 123", "9W 123"), ("AMX401", "AMX 401"), ("am-401", "AM 401"),
])
def test_flight_numbers_are_read_and_stored_upper_case_with_one_space(text: str, expected: str) -> None:
    from conference_desk.core.people.travel import flight_number

    assert flight_number(text) == expected


@pytest.mark.parametrize("text", ["12 345", "A 1", "AM 12345", "AM", "401", "AM 40 1", "✈ AM 401", "AM4O1"])
def test_what_is_not_a_flight_number(text: str) -> None:
    from conference_desk.core.people.travel import flight_number

    assert flight_number(text) is None


@pytest.mark.parametrize("value, expected", [
    ("14:35", dt.time(14, 35)), ("2:35 PM", dt.time(14, 35)), ("1435", dt.time(14, 35)), ("935", dt.time(9, 35)),
    ("14h35", dt.time(14, 35)), ("14.35", dt.time(14, 35)), ("2 pm", dt.time(14)), ("12:10 am", dt.time(0, 10)),
    ("7:05 a.m.", dt.time(7, 5)), ("14:35:59", dt.time(14, 35)), (dt.time(6, 0, 30), dt.time(6)),
    (dt.datetime(1899, 12, 30, 22, 15), dt.time(22, 15)), (0.5, dt.time(12)), (1435, dt.time(14, 35)),
])
def test_times_in_the_ways_people_write_them(value: object, expected: dt.time) -> None:
    from conference_desk.core.people.travel import clock_time

    assert clock_time(value) == expected


@pytest.mark.parametrize("value", ["25:00", "24:00", "14:61", "13 PM", "14", "noon", "1460", "2015-09-27",
                                   dt.date(2015, 9, 27), True])
def test_what_is_not_a_time(value: object) -> None:
    from conference_desk.core.people.travel import clock_time

    assert clock_time(value) is None


@pytest.mark.parametrize("value, expected", [
    ("T1", "T1"), ("t2", "T2"), ("1", "T1"), ("2", "T2"), ("Terminal 1", "T1"), ("T 2", "T2"),
    ("Terminal 2", "T2"), ("Aérogare 1", "T1"), (2, "T2"), (1.0, "T1"), ("T3", None), ("Gate 4", None),
])
def test_terminals(value: object, expected: str | None) -> None:
    from conference_desk.core.people.travel import terminal

    assert terminal(value) == expected


def test_flights_import_normalised_and_own_transport_with_a_flight_is_allowed(tmp_path: Path, db: Database) -> None:
    rows = [FLIGHT_HEADERS,
            _flight_row("F-1", "Uno", "27/09/2015", "am401", "2:35 PM", "Terminal 1", "01/10/2015", "AF179",
                        "1435", "2", "no"),
            _flight_row("F-2", "Dos", "28/09/2015", "IB 6401", "07:05", "T 2", "", "", "", "", "oui")]
    plan = plan_import(db, write_csv(tmp_path / "flights.csv", rows))
    assert plan.problems == [] and plan.new == 2
    apply_import(db, plan)
    people = _by_family(db)
    uno, dos = people["Uno"], people["Dos"]
    assert (uno.arrival_flight, uno.arrival_time, uno.arrival_terminal) == ("AM 401", dt.time(14, 35), "T1")
    assert (uno.departure_flight, uno.departure_time, uno.departure_terminal) == ("AF 179", dt.time(14, 35), "T2")
    assert uno.own_transport is False
    assert (dos.arrival_flight, dos.arrival_time, dos.arrival_terminal, dos.own_transport) == (
        "IB 6401", dt.time(7, 5), "T2", True)
    assert (dos.departure_flight, dos.departure_time, dos.departure_terminal) == ("", None, "")


def test_flight_headers_and_aliases_map_automatically() -> None:
    headers = ["Flight", "Arrival flight no", "Vuelo", "Terminal", "Heure d'arrivée", "Hora de salida",
               "Terminal de départ", "Vol de départ", "Transporte propio"]
    guess = guess_mapping(headers[:1] + headers[3:])
    assert [guess.mapping[i] for i in range(len(headers) - 2)] == [
        "arrival_flight", "arrival_terminal", "arrival_time", "departure_time", "departure_terminal",
        "departure_flight", "own_transport"]
    for alias in headers[:3]:
        assert guess_mapping([alias]).mapping[0] == "arrival_flight", alias
    exported = [c.key for c in COLUMNS]
    at = exported.index("departure_date")
    assert exported[at + 1:at + 8] == ["arrival_flight", "arrival_time", "arrival_terminal", "departure_flight",
                                       "departure_time", "departure_terminal", "own_transport"]


def test_each_bad_flight_value_names_row_column_and_value_and_nothing_is_written(tmp_path: Path,
                                                                                 db: Database) -> None:
    audit_before = count(db, AuditEntry)
    rows = [FLIGHT_HEADERS,
            _flight_row("B-1", "Vuelo", "27/09/2015", "401", "", "", "", "", "", "", ""),
            _flight_row("B-2", "Hora", "27/09/2015", "AM 401", "25:70", "", "", "", "", "", ""),
            _flight_row("B-3", "Terminal", "27/09/2015", "AM 401", "", "T3", "", "", "", "", ""),
            _flight_row("B-4", "Sinfecha", "", "AM 401", "14:35", "T1", "", "", "", "", ""),
            _flight_row("B-5", "Salida", "", "", "", "", "", "AF 179", "", "", ""),
            _flight_row("B-6", "Fuera", "01/01/2015", "AM 401", "", "", "", "", "", "", ""),
            _flight_row("B-7", "Antes", "28/09/2015", "AM 401", "18:00", "T1", "28/09/2015", "AF 179", "09:30",
                        "T1", ""),
            _flight_row("B-8", "Propio", "28/09/2015", "AM 401", "", "", "", "", "", "", "perhaps")]
    path = write_csv(tmp_path / "bad.csv", rows)
    plan = plan_import(db, path)
    shown = {(p.row, p.column, p.value, p.message) for p in plan.problems}
    assert shown == {
        (2, "Arrival flight", "401", "Not a flight number (an airline code and 1 to 4 digits: AM 401, AF179, "
                                     "IB6401)."),
        (3, "Arrival time", "25:70", "Not a time (use 14:35, 2:35 PM or 1435)."),
        (4, "Arrival terminal", "T3", "Not a terminal (use T1 or T2)."),
        (5, "Arrival flight", "AM 401", "An arrival flight needs its date: give the arrival date too."),
        (6, "Departure flight", "AF 179", "A departure flight needs its date: give the departure date too."),
        (7, "Arrival", "2015-01-01", "Outside the conference period (2015-09-13 to 2015-10-15)."),
        (8, "Departure time", "09:30", "Departure at 09:30 is before the arrival at 18:00 on the same day."),
        (9, "Own transport", "perhaps", "Not yes or no (yes/no, oui/non, sí/no, x, 1/0)."),
    }
    assert plan.rejected_rows == list(range(2, 10)) and plan.new == 0
    # Every message is a core Text, so the interface can show it in its language.
    from conference_desk.core.foundation.messages import Text

    assert all(isinstance(p.message, Text) for p in plan.problems if p.row in (2, 3, 4, 5, 6, 8))
    result = apply_import(db, plan)
    assert result.imported == 0 and count(db) == 0
    assert count(db, AuditEntry) == audit_before + 1  # the import itself: nobody written


def test_a_corrected_flight_updates_and_an_empty_cell_keeps_the_registered_one(tmp_path: Path,
                                                                               db: Database) -> None:
    first = [FLIGHT_HEADERS, _flight_row("U-1", "Uno", "27/09/2015", "AM 401", "14:35", "T1", "01/10/2015",
                                         "AF 179", "18:00", "T1", "")]
    apply_import(db, plan_import(db, write_csv(tmp_path / "v1.csv", first)))
    again = plan_import(db, write_csv(tmp_path / "v1b.csv", first))
    assert (again.unchanged, again.updated) == (1, 0)
    second = [FLIGHT_HEADERS, _flight_row("U-1", "Uno", "", "AM 405", "", "", "", "", "20:10", "", "")]
    plan = plan_import(db, write_csv(tmp_path / "v2.csv", second))
    assert plan.problems == [] and plan.updated == 1
    assert set(plan.rows[0].changes) == {"arrival_flight", "departure_time"}
    apply_import(db, plan)
    uno = _by_family(db)["Uno"]
    assert (uno.arrival_flight, uno.arrival_time, uno.arrival_date) == ("AM 405", dt.time(14, 35), dt.date(2015, 9, 27))
    assert uno.departure_time == dt.time(20, 10)


def test_flights_from_an_excel_sheet_with_real_times_and_numbers(tmp_path: Path, db: Database) -> None:
    rows: list[list[object]] = [FLIGHT_HEADERS,
                                _flight_row("X-1", "Excel", dt.datetime(2015, 9, 27), "AM401", dt.time(14, 35), 1,
                                            dt.datetime(2015, 10, 1), "af 179", 0.75, 2.0, "x")]
    plan = plan_import(db, write_xlsx(tmp_path / "flights.xlsx", rows))
    assert plan.problems == []
    values = plan.rows[0].values
    assert (values["arrival_flight"], values["arrival_time"], values["arrival_terminal"]) == (
        "AM 401", dt.time(14, 35), "T1")
    assert (values["departure_flight"], values["departure_time"], values["departure_terminal"]) == (
        "AF 179", dt.time(18), "T2")
    assert values["own_transport"] is True
