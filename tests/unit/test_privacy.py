"""Privacy: sensitive fields (validation, import, masks, exports), formula-safe exports,
the badge key never exported, erasure of personal data after the event."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
import re
import sqlite3
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from conference_desk.cli import main
from conference_desk.core.foundation import audit
from conference_desk.core.safety import audit as audit_log
from conference_desk.core.checkin.decisions import CheckInPoint
from conference_desk.core.checkin.service import check_in_participant
from conference_desk.core.foundation.db import Database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.people.exporting import export_delegations, export_participants
from conference_desk.core.people.importing import import_file, plan_import
from conference_desk.core.foundation.models import AuditEntry, Badge, Category, Conference, Participant
from conference_desk.core.people.sensitive import (
    SENSITIVE_FIELDS,
    date_of_birth_problem,
    mask_sensitive,
    may_see_sensitive,
    passport_problem,
)
from conference_desk.core.safety.privacy import erase_personal_data
from conference_desk.core.people.registration import (
    ValidationError,
    load_participant,
    save_participant,
    validate_participant,
)
from conference_desk.core.checkin.figures import arrivals_dashboard

from ._export_data import add_people

NASTY = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=tab", "\r=cr", '=HYPERLINK("http://x","y")']


# --------------------------------------------------------------------------
# Masks, permissions, validation
# --------------------------------------------------------------------------


def test_masks_show_only_the_last_characters() -> None:
    assert SENSITIVE_FIELDS == ("passport_number", "date_of_birth", "phone")
    assert mask_sensitive("X1234567", "passport_number") == "•••• 567"
    assert mask_sensitive("+52 55 1234 5678", "phone") == "•••• 78"
    assert mask_sensitive(dt.date(1970, 5, 1), "date_of_birth") == "••••"
    assert mask_sensitive("", "passport_number") == "" and mask_sensitive(None, "date_of_birth") == ""
    assert mask_sensitive("AB12", "passport_number") == "••••"  # too short to show a part
    with pytest.raises(ValueError):
        mask_sensitive("x", "email")
    assert not may_see_sensitive("clerk")
    assert may_see_sensitive("organiser") and may_see_sensitive("administrator")


def test_passport_and_date_of_birth_are_validated_field_by_field() -> None:
    today = dt.date(2015, 9, 28)
    assert passport_problem("") is None and passport_problem("x1234567") is None
    assert passport_problem("AB 12-345") is None  # spaces and hyphens are dropped
    assert "5 to 20 letters or digits" in passport_problem("AB1")
    assert "5 to 20 letters or digits" in passport_problem("X" * 21)
    assert "5 to 20 letters or digits" in passport_problem("AB12/34")
    assert date_of_birth_problem(None) is None and date_of_birth_problem(dt.date(1960, 1, 1), today) is None
    assert date_of_birth_problem(dt.date(2016, 1, 1), today) == "Date of birth: 2016-01-01 is not in the past."
    assert "more than 120 years ago" in date_of_birth_problem(dt.date(1890, 1, 1), today)
    problems = validate_participant({"family_name": "X", "passport_number": "12", "date_of_birth": dt.date(2999, 1, 1)})
    assert {p.field for p in problems} == {"passport_number", "date_of_birth"}


def test_saving_normalises_the_passport_and_the_audit_log_keeps_it_masked(db: Database) -> None:
    with db.session() as s:
        category_id = s.scalar(select(Category.id).limit(1))
    pid = save_participant(db, {"family_name": "Sensible", "category_id": category_id,
                                "passport_number": "g12 345-678", "date_of_birth": dt.date(1971, 3, 4),
                                "phone": "+33 1 23 45 67 89"})
    values = load_participant(db, pid)
    assert values["passport_number"] == "G12345678" and values["date_of_birth"] == dt.date(1971, 3, 4)
    with pytest.raises(ValidationError) as info:
        save_participant(db, {"passport_number": "no!"}, pid)
    assert info.value.problems[0].field == "passport_number"
    save_participant(db, {"passport_number": "H98765432"}, pid)
    with db.session() as s:
        logged = " ".join(s.scalars(select(AuditEntry.changes).where(AuditEntry.entity_id == pid)))
    assert "G12345678" not in logged and "H98765432" not in logged and "1971-03-04" not in logged
    assert "•••• 678" in logged and "•••• 432" in logged


def test_import_reads_passport_and_date_of_birth_and_names_the_bad_cells(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "Family name,Given name,Country,Passport number,Date of birth\n"
        "Okafor,Ada,NGA,a1234567,1980-02-29\n"
        "Lindqvist,Eva,SWE,12,1975-06-01\n"
        "Moreau,Luc,FRA,FR998877,2090-01-01\n",
        encoding="utf-8",
    )
    plan = plan_import(db, path)
    problems = {(p.row, p.column): p for p in plan.problems}
    assert problems[(3, "Passport number")].value == "12"
    assert "5 to 20 letters or digits" in problems[(3, "Passport number")].message
    assert problems[(4, "Date of birth")].message == "Date of birth: 2090-01-01 is not in the past."
    import_file(db, path)
    with db.session() as s:
        ada = s.scalars(select(Participant).where(Participant.family_name == "Okafor")).one()
        assert (ada.passport_number, ada.date_of_birth) == ("A1234567", dt.date(1980, 2, 29))


# --------------------------------------------------------------------------
# Exports: sensitive columns, audit, formulas, the badge key
# --------------------------------------------------------------------------


def _sensitive_person(db: Database) -> int:
    ids = add_people(db)
    pid = ids["Núñez"]
    with db.session() as s:
        s.execute(update(Participant).where(Participant.id == pid)
                  .values(passport_number="ZX9988776", date_of_birth=dt.date(1966, 7, 8)))
    return pid


def test_exports_leave_sensitive_columns_out_unless_asked_and_are_audited(db: Database, tmp_path: Path) -> None:
    _sensitive_person(db)
    plain, full = tmp_path / "plain.csv", tmp_path / "full.csv"
    export_participants(db, plain, actor=audit.Actor("Ana", "Desk 1"))
    export_participants(db, full, include_sensitive=True, actor=audit.Actor("Ana", "Desk 1"))
    text = plain.read_text(encoding="utf-8-sig")
    assert "ZX9988776" not in text and "1966-07-08" not in text and "1234 5678" not in text
    assert "Passport number" not in text and "Phone" not in text and "Date of birth" not in text
    full_text = full.read_text(encoding="utf-8-sig")
    assert "ZX9988776" in full_text and "1966-07-08" in full_text and "1234 5678" in full_text
    xlsx = tmp_path / "plain.xlsx"
    export_participants(db, xlsx)
    values = {str(c.value) for row in openpyxl.load_workbook(xlsx).active.iter_rows() for c in row}
    assert "ZX9988776" not in values
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id)).all()
    assert [(e.operator, e.desk, e.entity) for e in entries[:2]] == [("Ana", "Desk 1", "participants")] * 2
    assert [json.loads(e.changes)["sensitive"] for e in entries] == [False, True, False]
    assert "with sensitive data" in entries[1].summary


def test_cli_include_sensitive_flag(db: Database, db_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    _sensitive_person(db)
    out = tmp_path / "p.csv"
    assert main(["--db", str(db_path), "export", "participants", "--out", str(out)]) == 0
    assert "ZX9988776" not in out.read_text(encoding="utf-8-sig")
    assert main(["--db", str(db_path), "export", "participants", "--out", str(out), "--include-sensitive"]) == 0
    assert "ZX9988776" in out.read_text(encoding="utf-8-sig")


def test_nasty_cells_are_neutralised_in_csv_and_xlsx(db: Database, tmp_path: Path) -> None:
    ids = add_people(db)
    pids = list(ids.values())[: len(NASTY)]
    with db.session() as s:
        for pid, value in zip(pids, NASTY):
            s.execute(update(Participant).where(Participant.id == pid).values(notes=value, city=value, phone=value))
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"p.{fmt}"
        export_participants(db, out, include_sensitive=True)
        if fmt == "csv":
            with out.open(encoding="utf-8-sig", newline="") as fh:
                cells = [v for row in csv.reader(fh) for v in row]
        else:
            sheet = openpyxl.load_workbook(out).active
            all_cells = [c for row in sheet.iter_rows() for c in row]
            assert all(c.data_type != "f" for c in all_cells)
            assert all(c.data_type == "s" for c in all_cells if isinstance(c.value, str))
            cells = [c.value for c in all_cells if isinstance(c.value, str)]
        for value in NASTY:
            clean = value if fmt == "csv" else value.replace("\r", "\n")
            assert ("'" + clean) in cells or ("'" + value) in cells, (fmt, value)
        assert not any(v and v[0] in "=+-@\t\r" for v in cells)
    # The audit log export is neutralised too.
    with db.session() as s:
        audit.record(s, audit.Actor("=evil()", "+desk"), "update", "participant", pids[0], summary="@x",
                     changes={"city": ["-1", "=2"]})
    out = tmp_path / "audit.xlsx"
    audit_log.export_entries(db, out)
    cells = [c for row in openpyxl.load_workbook(out).active.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert {"'=evil()", "'+desk", "'@x"} <= {c.value for c in cells}


def test_rooming_list_cells_are_neutralised(tmp_path: Path) -> None:
    from conference_desk.core.hotels import rooming_list

    assert rooming_list._cell("=cmd") == "'=cmd" and rooming_list._cell("-5") == "'-5"
    assert rooming_list._cell("Hilton") == "Hilton" and rooming_list._cell(3) == 3


def _secret_forms(secret: bytes) -> list[bytes]:
    forms = [secret, secret.hex().encode(), secret.hex().upper().encode(), base64.b64encode(secret),
             base64.urlsafe_b64encode(secret), base64.b32encode(secret), base64.b32encode(secret).lower()]
    return [f for form in forms for f in {form, form.rstrip(b"=")}]


def _readable_bytes(path: Path) -> bytes:
    """A file's bytes plus what zip members and PDF streams hold, uncompressed."""
    data = path.read_bytes()
    parts = [data]
    if data[:2] == b"PK":
        with zipfile.ZipFile(path) as archive:
            parts += [archive.read(name) for name in archive.namelist()]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            parts.append(match.group(1))
    return b"\n".join(parts)


def test_no_export_contains_the_badge_signing_key(db: Database, tmp_path: Path) -> None:
    from conference_desk.core.people.participant_list import build_participant_list

    _sensitive_person(db)
    with db.session() as s:
        secret = bytes(s.scalar(select(Conference.badge_secret)))
    assert len(secret) >= 16
    files = []
    for fmt in ("csv", "xlsx"):
        files.append(export_participants(db, tmp_path / f"p.{fmt}", include_sensitive=True).path)
        files.append(export_delegations(db, tmp_path / f"d.{fmt}").path)
        files.append(audit_log.export_entries(db, tmp_path / f"audit.{fmt}").path)
    files.append(build_participant_list(db, tmp_path / "list.pdf").path)
    forms = _secret_forms(secret)
    for path in files:
        content = _readable_bytes(Path(path))
        assert not any(form in content for form in forms), path
        assert b"badge_secret" not in content


# --------------------------------------------------------------------------
# Erasure
# --------------------------------------------------------------------------

POINT = CheckInPoint(desk="Desk 1", operator="ana")
SECRET_PERSON = {"given_name": "Xóchitl", "family_name": "Quetzalerasetest", "email": "xochitl.q@erase.example",
                 "passport_number": "QZ7654321", "phone": "+52 999 111 2233", "notes": "Allergic to nuts",
                 "city": "Tlaxcala", "position": "Mayor of Erasetown", "arrival_flight": "XQ 4321",
                 "arrival_time": "14:35", "arrival_terminal": "T2"}


def _text_scan(path: Path, needles: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, needle) wherever a needle occurs in any column of any table."""
    found = []
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for needle in needles:
                    hit = conn.execute(
                        f'SELECT 1 FROM "{table}" WHERE instr(lower(CAST("{column}" AS TEXT)), ?) LIMIT 1',
                        (needle.lower(),)).fetchone()
                    if hit:
                        found.append((table, column, needle))
    return found


def test_erasure_leaves_no_trace_and_keeps_the_statistics(db: Database, db_path: Path) -> None:
    from conference_desk.core.badges.service import print_badges

    populate_demo(db, 80, seed=3)
    with db.session() as s:
        category_id, delegation_id = s.execute(
            select(Participant.category_id, Participant.delegation_id).where(Participant.delegation_id.is_not(None))
        ).first()
    pid = save_participant(db, {**SECRET_PERSON, "category_id": category_id, "delegation_id": delegation_id,
                                "arrival_date": dt.date(2015, 9, 27), "date_of_birth": dt.date(1969, 12, 24)})
    save_participant(db, {"email": "xq.new@erase.example"}, pid)  # an older e-mail stays in the audit log
    save_participant(db, {"email": SECRET_PERSON["email"]}, pid)
    with db.session() as s:
        others = list(s.scalars(select(Participant.id).where(Participant.id != pid).order_by(Participant.id).limit(5)))
    print_badges(db, [pid, *others], Path(db_path).parent / "badges.pdf")
    now = dt.datetime(2015, 9, 28, 15, 0, tzinfo=dt.timezone.utc)
    for n, person in enumerate([pid, *others]):
        check_in_participant(db, person, POINT, now + dt.timedelta(minutes=n), with_counts=False)
    before = arrivals_dashboard(db, dt.date(2015, 9, 28), now=now)
    needles = ["Xóchitl", "Quetzalerasetest", "xochitl.q@erase.example", "xq.new@erase.example", "QZ7654321",
               "999 111 2233", "Allergic to nuts", "Mayor of Erasetown", "1969-12-24", "XQ 4321"]
    assert _text_scan(db_path, needles)  # there before

    result = erase_personal_data(db, [pid], audit.Actor("Ana", "Desk 1"))
    assert result["erased"] == 1 and result["badges_revoked"] == 1
    assert _text_scan(db_path, needles) == []
    raw = db_path.read_bytes() + (db_path.with_name(db_path.name + "-wal").read_bytes()
                                  if db_path.with_name(db_path.name + "-wal").exists() else b"")
    assert b"QZ7654321" not in raw and "Quetzalerasetest".encode() not in raw  # secure_delete + checkpoint

    after = arrivals_dashboard(db, dt.date(2015, 9, 28), now=now)
    before.pop("generated_at"), after.pop("generated_at")
    assert after == before
    with db.session() as s:
        person = s.get(Participant, pid)
        assert person.family_name == f"Erased participant #{pid}" and person.given_name == ""
        assert person.category_id == category_id and person.delegation_id == delegation_id
        assert person.arrival_date == dt.date(2015, 9, 27) and person.email == "" and person.date_of_birth is None
        assert (person.arrival_flight, person.arrival_time, person.arrival_terminal) == ("", None, "")
        assert all(b.revoked_at is not None for b in s.scalars(select(Badge).where(Badge.participant_id == pid)))
        assert s.scalars(select(Badge).where(Badge.participant_id.in_(others), Badge.revoked_at.is_(None))).all()
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "erase personal data")).one()
        assert (entry.operator, entry.desk) == ("Ana", "Desk 1")
        assert json.loads(entry.changes)["participants"] == [pid]
    # Others keep their names; search finds the erased record by its new name only.
    from conference_desk.core.people.registration import ParticipantQuery, first_page

    with db.session() as s:
        assert first_page(s, ParticipantQuery(search="Quetzalerasetest")).rows == []
        assert [r.id for r in first_page(s, ParticipantQuery(search=f"erased participant {pid}")).rows] == [pid]


def test_erase_everyone_and_refusals(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    populate_demo(db, 30, seed=9)
    with db.session() as s:
        names = list(s.scalars(select(Participant.family_name).limit(30)))
    assert main(["--db", str(db_path), "erase-personal-data", "--all"]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", str(db_path), "erase-personal-data", "--participant", "999999", "--yes"]) == 1
    assert "No participant #999999" in capsys.readouterr().err
    assert main(["--db", str(db_path), "erase-personal-data", "--all", "--yes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["erased"] == 30 and data["everyone"] is True
    long_names = [n for n in names if len(n) >= 5]
    assert long_names and _text_scan(db_path, long_names) == []
