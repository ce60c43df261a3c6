"""Reading the audit log: filters, pages in SQL, details, export, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import update

from conference_desk.cli import main
from conference_desk.core.foundation import audit
from conference_desk.core.safety import audit as audit_log
from conference_desk.core.safety.audit import AuditFilter, count_entries, entry_detail, list_entries
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import AuditEntry

T0 = dt.datetime(2015, 9, 28, 9, 0)


@pytest.fixture
def logged(db: Database) -> Database:
    with db.session() as s:
        s.execute(update(AuditEntry).values(at=T0 - dt.timedelta(days=1)))  # the set-up entry
        for n in range(450):
            operator = ("Ana", "Luis", "Marta")[n % 3]
            entry = audit.record(s, audit.Actor(operator, f"Desk {n % 2 + 1}"), ("update", "create", "badge print")[n % 3],
                                 "participant", n + 1, summary=f"Edited person {n}",
                                 changes={"city": [f"Lyon{n}", f"Paris{n}"], "note": "x"})
            entry.at = T0 + dt.timedelta(minutes=n)
        audit.record(s, audit.Actor("Ana", "Desk 9"), "update", "conference", 1, summary="secret",
                     changes={"badge_secret": ["aa", "bb"]}).at = T0 + dt.timedelta(days=2)
    return db


def test_filters_count_and_pages(logged: Database) -> None:
    assert count_entries(logged) == 452
    assert count_entries(logged, AuditFilter(operator="Ana")) == 151
    assert count_entries(logged, AuditFilter(operator="Ana", desk="Desk 1")) == 75
    assert count_entries(logged, AuditFilter(action="badge print")) == 150
    assert count_entries(logged, AuditFilter(entity="conference")) == 2
    assert count_entries(logged, AuditFilter(since=T0, until=T0 + dt.timedelta(minutes=10))) == 10
    aware = dt.datetime(2015, 9, 28, 4, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # 09:00 UTC
    assert count_entries(logged, AuditFilter(since=aware, until=T0 + dt.timedelta(minutes=10))) == 10
    assert count_entries(logged, AuditFilter(search="paris44")) == 11  # Paris44, Paris440..449
    assert count_entries(logged, AuditFilter(search="person 7 ")) == count_entries(logged, AuditFilter(search="person 7"))
    assert count_entries(logged, AuditFilter(search="100%")) == 0
    assert count_entries(logged, AuditFilter(search="_")) == 1  # "badge_secret" only: no wildcard
    first = list_entries(logged, AuditFilter(entity="participant"), 0, 200)
    second = list_entries(logged, AuditFilter(entity="participant"), 200, 200)
    assert len(first) == len(second) == 200
    assert first[0].summary == "Edited person 449" and second[0].summary == "Edited person 249"
    assert first[0].at > first[-1].at > second[0].at


def test_detail_gives_before_and_after_and_hides_secrets(logged: Database) -> None:
    row = list_entries(logged, AuditFilter(entity="participant", entity_id=6), 0, 1)[0]
    detail = entry_detail(logged, row.id)
    assert detail is not None
    values = {v.field: v for v in detail.values}
    assert (values["city"].before, values["city"].after, values["city"].has_before) == ("Lyon5", "Paris5", True)
    assert values["note"].after == "x" and not values["note"].has_before
    secret = list_entries(logged, AuditFilter(entity="conference", search="secret"), 0, 1)[0]
    assert entry_detail(logged, secret.id).changes == {"badge_secret": "[hidden]"}
    assert entry_detail(logged, 10**9) is None


def test_export_of_the_filtered_entries(logged: Database, tmp_path: Path) -> None:
    out = tmp_path / "audit.csv"
    result = audit_log.export_entries(logged, out, f=AuditFilter(operator="Luis"))
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert result.rows == 150 == len(rows) - 1
    assert rows[0][:3] == ["ID", "When (UTC)", "Operator"] and {r[2] for r in rows[1:]} == {"Luis"}
    assert json.loads(rows[1][8])["city"][1].startswith("Paris")
    assert count_entries(logged, AuditFilter(action="export", entity="audit entries")) == 1
    whole = tmp_path / "all.xlsx"
    audit_log.export_entries(logged, whole)
    assert "bb" not in "".join(str(c.value) for row in __import__("openpyxl").load_workbook(whole).active.iter_rows()
                               for c in row if c.column == 9)


def test_cli_audit_list_and_export(logged: Database, db_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "audit", "list", "--operator", "Marta", "--limit", "5", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 150 and len(data["entries"]) == 5 and data["entries"][0]["operator"] == "Marta"
    assert main(["--db", str(db_path), "audit", "list", "--search", "person 3", "--limit", "1", "--details",
                 "--json"]) == 0
    assert "city" in json.loads(capsys.readouterr().out)["entries"][0]["changes"]
    out = tmp_path / "a.xlsx"
    assert main(["--db", str(db_path), "audit", "export", "--out", str(out), "--since", "2015-09-28T09:00",
                 "--operator", "Ana", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 151
    assert main(["--db", str(db_path), "audit", "export", "--out", str(tmp_path / "x.pdf")]) == 1
