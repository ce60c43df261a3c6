"""The corpus of nasty files (tests/data/nasty/) through the core import path and the CLI.

Each file either imports (``ok``), imports some rows and rejects the others with
problems naming the row, the column and the value (``rows``), or is refused as a
whole with a one-line message naming the file (``file``).  Never a traceback; a
dry run never writes; an apply that fails (cancelled, or an error in the middle
of it) leaves the database exactly as it was.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from conference_desk import cli
from conference_desk.core.foundation import audit
from conference_desk.core.people import importing
from conference_desk.core.desks.copy import content_hash
from conference_desk.core.foundation.db import Database
from conference_desk.core.people.importing import (
    ImportCancelled,
    ImportFileError,
    apply_import,
    import_file,
    plan_import,
)
from conference_desk.core.foundation.models import Participant

NASTY = Path(__file__).resolve().parents[1] / "data" / "nasty"
_spec = importlib.util.spec_from_file_location("nasty_corpus", NASTY / "make_corpus.py")
corpus = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
assert _spec is not None and _spec.loader is not None
_spec.loader.exec_module(corpus)

SEED = "Registration ID,Given name,Family name,Country,E-mail\r\nS-1,Seed,One,France,seed1@example.fr\r\n" \
       "S-2,Seed,Two,Mexico,seed2@example.mx\r\n"


@pytest.fixture
def seeded(db: Database, tmp_path: Path) -> Database:
    """The ICLC set-up with two participants, so 'unchanged' means something."""
    (tmp_path / "seed.csv").write_text(SEED, encoding="utf-8")
    import_file(db, tmp_path / "seed.csv")
    return db


def participant_count(db: Database) -> int:
    with db.session() as session:
        return len(session.scalars(select(Participant.id)).all())


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def test_the_stored_corpus_is_what_the_script_makes(tmp_path: Path) -> None:
    corpus.write_all(tmp_path)
    for name in list(corpus.FILES) + ["setup_wrong_types.json"]:
        stored, fresh = NASTY / name, tmp_path / name
        assert stored.exists(), f"{name} missing: run tests/data/nasty/make_corpus.py"
        if name.endswith(".xlsx") and fresh.read_bytes()[:2] == b"PK":
            continue  # workbooks carry their creation time
        if name == "xlsx_named.csv":
            continue
        assert stored.read_bytes() == fresh.read_bytes(), f"{name} differs: run make_corpus.py"
    assert set(corpus.EXPECTED) == set(corpus.FILES)


@pytest.mark.parametrize("name", sorted(corpus.FILES))
def test_nasty_file_through_the_core(seeded: Database, name: str) -> None:
    path = NASTY / name
    kind, detail = corpus.EXPECTED[name]
    before, count_before = content_hash(seeded), participant_count(seeded)

    if kind == "file":
        for dry_run in (True, False):
            with pytest.raises(ImportFileError) as caught:
                import_file(seeded, path, dry_run=dry_run)
            message = str(caught.value)
            assert path.name in message and str(detail) in message, message
            assert "\n" not in message and "Traceback" not in message
        assert content_hash(seeded) == before
        return

    plan = plan_import(seeded, path)  # a dry run: nothing written
    assert content_hash(seeded) == before
    table = importing.read_table(path)
    assert plan.total_rows == len(table.rows)
    if kind == "ok":
        assert plan.problems == [], plan.problems
    else:
        assert plan.problems and plan.rejected == plan.total_rows - int(detail)  # type: ignore[call-overload]
    cells = {(n, h): row[i] for n, row in zip(table.row_numbers, table.rows) for i, h in enumerate(table.headers)}
    for problem in plan.problems:
        # Every problem names the spreadsheet row, the column as headed in the file and the value.
        assert problem.row in table.row_numbers, problem
        assert problem.column in plan.headers, problem
        cell = cells.get((problem.row, problem.column))
        shown = importing._show(cell) if cell is not None else ""
        assert problem.value == shown, (problem, shown)
        assert problem.message and "\n" not in problem.message
    assert plan.new == int(detail)  # type: ignore[call-overload]

    # A failed apply changes nothing: cancelled at the very end ...
    with pytest.raises(ImportCancelled):
        apply_import(seeded, plan, progress=lambda done, total: done < total)
    assert content_hash(seeded) == before
    # ... or an error after every row was written (the audit entry fails).
    original = audit.record

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    importing.audit.record = broken  # type: ignore[assignment]
    try:
        with pytest.raises(RuntimeError):
            apply_import(seeded, plan)
    finally:
        importing.audit.record = original  # type: ignore[assignment]
    assert content_hash(seeded) == before

    result = apply_import(seeded, plan)
    assert result.imported == int(detail)  # type: ignore[call-overload]
    assert participant_count(seeded) == count_before + result.imported
    # Importing the same file again changes nothing.
    again = plan_import(seeded, path)
    assert again.new == 0 and again.updated == 0


@pytest.mark.parametrize("name", sorted(corpus.FILES))
def test_nasty_file_through_the_cli(seeded: Database, db_path: Path, name: str) -> None:
    path = NASTY / name
    kind, _detail = corpus.EXPECTED[name]
    before = content_hash(seeded)
    code, out, err = run_cli(["--db", str(db_path), "import", str(path), "--dry-run", "--json"])
    assert "Traceback" not in out + err
    assert content_hash(seeded) == before
    if kind == "file":
        assert code in (1, 2) and err.count("\n") == 1 and name in err, err  # import: 2 = unreadable file
    else:
        assert code == 0, err
    code, out, err = run_cli(["--db", str(db_path), "import", str(path)])
    assert "Traceback" not in out + err and code in (0, 1, 2), err
    if kind == "file":
        assert content_hash(seeded) == before


def test_formulas_are_imported_as_text_never_evaluated(seeded: Database) -> None:
    import_file(seeded, NASTY / "formula_injection.csv")
    with seeded.session() as session:
        people = {p.external_id: p for p in session.scalars(select(Participant).where(Participant.external_id.like("F-%")))}
    assert people["F-1"].given_name == '=HYPERLINK("http://example.com/x","click")'
    assert people["F-1"].notes == "@SUM(A1:A9)"
    assert people["F-2"].given_name == "+cmd|' /C calc'!A0" and people["F-2"].notes == "-1+1"
    assert people["F-3"].given_name == "-1+1" and people["F-3"].notes == "=1+1"
    # An exporter's guard (a leading apostrophe before = + - @) is taken off again.
    assert people["F-4"].notes == "=already guarded"


def test_fancy_workbook_reads_the_right_sheet_rows_and_dates() -> None:
    import datetime as dt

    table = importing.read_table(NASTY / "fancy.xlsx")
    assert table.sheet == "Registrations" and table.header_row == 2  # merged title row skipped
    assert [r[0] for r in table.rows] == ["X-1", "X-2", "X-3", "X-4"]  # the hidden row is read too
    assert [importing.parse_date(r[5]) for r in table.rows[:3]] == [dt.date(2015, 9, 27)] * 2 + [dt.date(2015, 9, 28)]
    assert table.rows[3][5] is None  # a formula without a saved value is an empty cell, never evaluated


def test_a_direction_override_in_a_name_is_refused_and_direction_marks_stay(seeded: Database) -> None:
    """Issue 22: U+202E can make "evil" read backwards; the row is refused naming the cell, nothing else."""
    plan = plan_import(seeded, NASTY / "controls_rtl_emoji.csv")
    assert plan.rows == []
    assert [(p.row, p.column, p.message) for p in plan.problems] == [
        (2, "Given name", "Contains a text-direction control (U+202E) that can make it read as something else: "
                          "remove it.")]


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
def test_two_million_empty_rows(seeded: Database, tmp_path: Path) -> None:
    path = corpus.huge_empty_rows(tmp_path / "huge.csv")
    before = content_hash(seeded)
    plan = plan_import(seeded, path)
    assert plan.total_rows == 1 and plan.new == 1 and plan.problems == []
    # The one participant is found on the last line, with its row number as a spreadsheet shows it.
    assert plan.rows[0].row == corpus.HUGE_EMPTY_ROWS + 2
    assert content_hash(seeded) == before


def test_a_folder_and_a_missing_file_are_file_level_messages(seeded: Database, tmp_path: Path) -> None:
    for path, text in ((tmp_path, "is a folder"), (tmp_path / "nope.csv", "No file at")):
        with pytest.raises(ImportFileError, match=text):
            import_file(seeded, path, dry_run=True)


# --------------------------------------------------------------------------
# Set-up JSON with wrong types
# --------------------------------------------------------------------------


def test_setup_file_with_wrong_types_is_refused_naming_the_field(empty_db: Database, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.core.foundation import setup_data
    from conference_desk.core.foundation.errors import SetupError

    folder = tmp_path / "setups"
    folder.mkdir()
    (folder / "nasty.json").write_bytes((NASTY / "setup_wrong_types.json").read_bytes())
    monkeypatch.setattr(setup_data, "SETUPS_DIR", folder)
    before = content_hash(empty_db)
    with pytest.raises(SetupError) as caught:
        setup_data.initialise(empty_db, "nasty")
    assert "conference.start_date" in str(caught.value) and "'soon'" in str(caught.value)
    assert content_hash(empty_db) == before
