"""Property tests (hypothesis) over every parser and validator of user input.

For each one: arbitrary text, bytes and numbers never raise anything but the
documented error (``_CellProblem`` for a cell, a ``ConferenceDeskError``
subclass or a list of field problems for a form), every problem names its
field (and for files the row, column and value), and where a round trip exists
it holds: make → parse → verify for badge codes, normalise is idempotent,
export → import gives the same participants, every accepted date format reads
back the same date.

Settings are sized for CI (≈ 100–300 examples per property, no deadline);
``HYPOTHESIS_PROFILE=thorough`` runs ten times as many.  The random command
lines are in ``test_cli_properties.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import string
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from conference_desk.core.people import importing, registration
from conference_desk.core.badges import codes
from conference_desk.core.checkin.decisions import MAX_SCANNED, normalise_scan
from conference_desk.core.foundation.countries import CountryResolver
from conference_desk.core.foundation.db import Database, open_database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.people.importing import _CellProblem, parse_bool, parse_date
from conference_desk.core.foundation.models import Category, Gender, Participant
from conference_desk.core.people.columns import COLUMNS
from conference_desk.core.people.registration import PARTICIPANT_FIELDS, FieldProblem, validate_participant
from conference_desk.core.checkin.scanner import ScanDetector
from conference_desk.core.foundation.setup_data import initialise

settings.register_profile("ci", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1500, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
SCALE = 10 if PROFILE == "thorough" else 1


def fast(n: int = 150) -> settings:
    """Settings for one property: ``n`` examples in CI (x10 with the thorough profile)."""
    return settings(max_examples=n * SCALE, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


# --------------------------------------------------------------------------
# Nasty strings
# --------------------------------------------------------------------------

NASTY_PIECES = [
    "", " ", "\t", "\r\n", "\x00", "\x07", "\x1b[31m", "\x7f", "\u200b", "\u200e", "\u200f", "\u202e", "\u2066",
    "\ufeff", "\ufffd", "\u00a0", "😀", "👩🏽‍⚕️", "🇲🇽", "é", "e\u0301", "ß", "İ", "ﬁ", "Ω", "Ⅻ", "١٢٣", "٣/٤",
    "عبد الله", "Петров", "王芳", "Nguyễn", "Ñúñez", "O'Brien", '"', "'", ",", ";", "\\", "%s", "{0}", "{name}",
    "<script>", "=1+1", "+cmd", "-1+1", "@SUM(A1)", "\\ud800", "NULL", "None", "0", "-0", "1e309", "NaN",
    "x" * 300, "y" * 10_000,
]
nasty_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(NASTY_PIECES),
    st.lists(st.sampled_from(NASTY_PIECES[:-2]), max_size=6).map("".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).map(lambda s: s * 900),
)
# What a form field can hold: no lone surrogates (Qt hands over valid UTF-16).
form_text = nasty_text.filter(lambda s: not any(0xD800 <= ord(c) <= 0xDFFF for c in s))
cell_values = st.one_of(
    nasty_text, st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.dates(), st.datetimes(), st.times(), st.decimals(allow_nan=False),
)


# --------------------------------------------------------------------------
# Shared databases (built once per module; the tests that write copy them)
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "conference.sqlite"
    db = open_database(str(path))
    initialise(db, "iclc2015")
    db.dispose()
    return path


def copy_of(template: Path, folder: Path, name: str = "copy.sqlite") -> Database:
    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        if Path(str(target) + suffix).exists():
            Path(str(target) + suffix).unlink()
    shutil.copyfile(template, target)
    return open_database(str(target))


@pytest.fixture(scope="module")
def shared(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Database:
    """A read-mostly database for the validators (ICLC set-up, no participants)."""
    db = copy_of(template, tmp_path_factory.mktemp("shared"))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def resolver(shared: Database) -> CountryResolver:
    with shared.session() as session:
        return CountryResolver.from_session(session)


@pytest.fixture(scope="module")
def reference(shared: Database) -> importing._Reference:
    with shared.session() as session:
        ref = importing._Reference(session)
        session.expunge_all()
    return ref


# --------------------------------------------------------------------------
# Import: cell values
# --------------------------------------------------------------------------

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y",
                "%A %d %B %Y", "%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M"]
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
conference_era = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(cell_values)
@example("1e309")
@example(1e309)
@example(float("nan"))
@example("99999")
@example("31/31/2015")
@example("27 sept 99999999999999999999999")
@example("١٢/٠٩/٢٠١٥")  # Arabic-Indic digits
def test_parse_date_returns_a_date_or_a_cell_problem(value: object) -> None:
    try:
        result = parse_date(value)
    except _CellProblem as problem:
        assert str(problem).startswith("Not a date")
        return
    assert isinstance(result, dt.date)
    if not isinstance(value, (dt.date, dt.datetime)):
        assert 1899 <= result.year <= 2200  # serial 1 is 1899-12-31 (Excel's 1900 leap-year bug)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(conference_era, st.sampled_from(DATE_FORMATS), st.sampled_from([dt.time(0, 0), dt.time(9, 30), dt.time(23, 59)]))
def test_every_accepted_date_format_reads_back_the_same_date(day: dt.date, fmt: str, at: dt.time) -> None:
    moment = dt.datetime.combine(day, at)
    assert parse_date(moment.strftime(fmt)) == day
    assert parse_date(moment) == day and parse_date(day) == day
    assert parse_date(f"{day.day} de {ES_MONTHS[day.month - 1]} de {day.year}") == day
    assert parse_date(f"{day.day} {FR_MONTHS[day.month - 1]} {day.year}") == day
    serial = (day - dt.date(1899, 12, 30)).days
    assert parse_date(serial) == day and parse_date(float(serial)) == day
    if serial >= 10_000:  # a serial typed as text: five digits (1927 onwards), else it is not taken for one
        assert parse_date(str(serial)) == day and parse_date(f"{serial}.0") == day


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(cell_values)
def test_parse_bool_returns_a_bool_or_a_cell_problem(value: object) -> None:
    try:
        assert isinstance(parse_bool(value), bool)
    except _CellProblem as problem:
        assert "yes or no" in str(problem)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(100)
@given(st.sampled_from(sorted(importing._TRUE | importing._FALSE)), st.sampled_from([str, str.upper, str.title]),
       st.sampled_from(["", " ", "  ", "."]))
def test_yes_and_no_words_in_any_case_and_spacing(word: str, case: object, pad: str) -> None:
    expected = word in importing._TRUE
    assert parse_bool(pad + case(word) + pad.strip()) is expected  # type: ignore[operator]


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(st.sampled_from(importing.IMPORT_KEYS), cell_values)
def test_every_cell_parses_or_gives_a_cell_problem(reference: importing._Reference, key: str, value: object) -> None:
    try:
        parsed = importing._parse_cell(key, value, reference)
    except _CellProblem as problem:
        assert str(problem) and "\n" not in str(problem)
        return
    except importing._Unresolved as unresolved:  # a preference: the person is imported with a warning
        assert key in importing.PREFERENCE_KEYS
        assert unresolved.message and "\n" not in unresolved.message
        return
    if isinstance(parsed, str):
        # Text is cleaned: no control characters, no surrounding space, within the limit.
        assert not importing._CONTROL.search(parsed)
        assert parsed == parsed.strip()
        multiline = key in importing._MULTILINE
        assert multiline or "\n" not in parsed
        limit = importing.MAX_TEXT.get(key, importing.MAX_LONG_TEXT if multiline else 240)
        assert len(parsed) <= max(limit, 200)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(200)
@given(st.lists(st.one_of(nasty_text, st.sampled_from([c.header(lang) for c in COLUMNS for lang in ("en", "fr", "es")])),
                max_size=12))
def test_header_mapping_never_raises_and_maps_each_column_once(headers: list[str]) -> None:
    guess = importing.guess_mapping(headers)
    keys = [k for k in guess.mapping.values() if k is not None]
    assert len(keys) == len(set(keys))
    assert set(keys) <= set(importing.IMPORT_KEYS)
    mapping = importing.resolve_mapping(headers, None)
    assert mapping == guess.mapping


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(100)
@given(st.sampled_from(COLUMNS), st.sampled_from(["en", "fr", "es"]), st.sampled_from([str, str.upper, str.lower]),
       st.sampled_from(["", " ", "*", " *", ":"]))
def test_exported_headers_in_any_case_map_back_to_their_column(column: object, lang: str, case: object,
                                                               suffix: str) -> None:
    header = case(column.header(lang)) + suffix  # type: ignore[attr-defined,operator]
    assert importing.match_header(header)[0] == column.key  # type: ignore[attr-defined]


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(100)
@given(st.dictionaries(st.one_of(nasty_text, st.integers()), st.one_of(nasty_text, st.none()), max_size=4))
def test_explicit_mappings_are_applied_or_refused_with_a_message(explicit: dict[object, object]) -> None:
    headers = ["Given name", "Family name", "E-mail"]
    try:
        mapping = importing.resolve_mapping(headers, explicit)
    except ConferenceDeskError as exc:
        assert "mapping" in str(exc) or "mapped" in str(exc)
        return
    assert set(mapping) == {0, 1, 2}


# --------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(nasty_text)
def test_country_resolution_never_raises(resolver: CountryResolver, text: str) -> None:
    iso3 = resolver.resolve(text)
    assert iso3 is None or iso3 in resolver.states
    suggestions = resolver.suggest(text)
    assert len(suggestions) <= 3


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(200)
@given(st.data())
def test_every_member_state_name_resolves_in_any_language_and_case(resolver: CountryResolver,
                                                                   data: st.DataObject) -> None:
    iso3 = data.draw(st.sampled_from(sorted(resolver.states)))
    state = resolver.states[iso3]
    name = data.draw(st.sampled_from([state.name_en, state.name_fr, state.name_es, state.iso3, state.iso2]))
    variant = data.draw(st.sampled_from([str, str.upper, str.lower, lambda s: f"  {s}  "]))
    assert resolver.resolve(variant(name)) == iso3, (name, iso3)


# --------------------------------------------------------------------------
# Import: whole tables (every problem names row, column and value)
# --------------------------------------------------------------------------

import_headers = st.sampled_from(
    [c.en for c in COLUMNS if c.key not in ("passport_number", "date_of_birth")]
    + ["Nom", "Prénom", "Correo", "Name", "???", "", "E-mail"]
)
import_cells = st.one_of(
    nasty_text.map(lambda s: s[:60]),
    st.sampled_from(["Mexico", "27/09/2015", "oui", "F", "delegate", "a@b.org", "Côte d’Ivoire", "NGO", "x",
                     "31/02/2015", "Atlantis", "not-an-email", "=HYPERLINK(\"x\")"]),
)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(60)
@given(headers=st.lists(import_headers, min_size=1, max_size=8),
       rows=st.lists(st.lists(import_cells, max_size=9), min_size=1, max_size=6))
def test_plan_import_problems_name_row_column_and_value(shared: Database, tmp_path: Path, headers: list[str],
                                                        rows: list[list[str]]) -> None:
    import openpyxl

    path = tmp_path / "table.xlsx"
    workbook = openpyxl.Workbook()
    for row in [headers] + rows:
        workbook.active.append([importing._CONTROL.sub("", c) or None for c in row])
    workbook.save(path)
    try:
        table = importing.read_table(path)
        plan = importing.plan_import(shared, path, table=table)
    except ConferenceDeskError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    labels = {c.en for c in COLUMNS} | set(table.headers)
    for problem in plan.problems:
        assert problem.row in table.row_numbers
        assert problem.column in labels, problem
        assert isinstance(problem.value, str) and len(problem.value) <= importing._SHOWN_VALUE + 1
        assert problem.message and "\n" not in problem.message
    planned = {r.row for r in plan.rows}
    for warning in plan.warnings:  # only about people imported, never a rejection
        assert warning.row in planned and warning.column in labels
        assert len(warning.value) <= importing._SHOWN_VALUE + 1 and "\n" not in warning.message
    assert plan.total_rows == len(plan.rows) + plan.rejected


# --------------------------------------------------------------------------
# Export → import gives the same participants
# --------------------------------------------------------------------------

name_text = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Mn", "Zs", "Pd", "Po", "Sm", "Nd"),
                                           blacklist_characters="\u3000\u00a0\u2000\u2001\u2002\u2003\u2004"
                                                                "\u2005\u2006\u2007\u2008\u2009\u200a\u202f"),
                    min_size=1, max_size=30).map(lambda s: " ".join(s.split())).filter(bool)
person = st.fixed_dictionaries({
    "given_name": name_text,
    "family_name": name_text,
    "organisation": st.one_of(st.just(""), name_text, st.sampled_from(["=SUM(A1)", "+52 55", "-x", "@home"])),
    "city": st.one_of(st.just(""), name_text),
    "gender": st.sampled_from(list(Gender)),
    "arrival_date": st.one_of(st.none(), st.dates(min_value=dt.date(2015, 9, 20), max_value=dt.date(2015, 9, 29))),
    "notes": st.one_of(st.just(""), st.text(string.ascii_letters + " \n=+-@", max_size=40).map(str.strip)),
    "needs_hotel": st.booleans(),
    "arrival_flight": st.one_of(st.just(""), st.from_regex(r"[A-Z]{2} [1-9][0-9]{0,3}", fullmatch=True)),
    "arrival_time": st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0))),
    "arrival_terminal": st.sampled_from(["", "T1", "T2"]),
    "own_transport": st.booleans(),
}).map(lambda p: {**p, "arrival_flight": p["arrival_flight"] if p["arrival_date"] else ""})  # a flight has a date


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(25)
@given(people=st.lists(person, min_size=1, max_size=5), fmt=st.sampled_from(["csv", "xlsx"]),
       lang=st.sampled_from(["en", "fr", "es"]))
def test_export_then_import_gives_the_same_participants(template: Path, tmp_path: Path, people: list[dict],
                                                        fmt: str, lang: str) -> None:
    from conference_desk.core.people.exporting import export_participants

    source = copy_of(template, tmp_path, "source.sqlite")
    target = copy_of(template, tmp_path, "target.sqlite")
    try:
        with source.session() as session:
            delegate = session.scalar(select(Category.id)
                                      .where(Category.code == "delegate"))
        for n, values in enumerate(people):
            registration.save_participant(source, {**values, "email": f"p{n}@example.org", "category_id": delegate})
        out = tmp_path / f"participants.{fmt}"
        export_participants(source, out, lang=lang)
        plan = importing.plan_import(target, out)
        assert plan.problems == [], plan.problems
        importing.apply_import(target, plan)
        keys = ["given_name", "family_name", "organisation", "city", "gender", "arrival_date", "notes",
                "needs_hotel", "email", "arrival_flight", "arrival_time", "arrival_terminal", "own_transport"]

        def read(db: Database) -> list[tuple]:
            with db.session() as session:
                rows = session.scalars(select(Participant).order_by(Participant.email))
                return [tuple(getattr(p, k) for k in keys) for p in rows]

        assert read(target) == read(source)
    finally:
        source.dispose()
        target.dispose()


# --------------------------------------------------------------------------
# Badge codes and scans
# --------------------------------------------------------------------------

SECRET = b"s" * 32
CONF = "ICLC2015"
VERIFIER = codes.CodeVerifier(SECRET, CONF)
serials = st.binary(min_size=codes.SERIAL_BYTES, max_size=codes.SERIAL_BYTES)
versions = st.integers(1, codes.MAX_VERSION)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(200)
@given(serials, versions, st.sampled_from(["", "\r", "\n", "\r\n", "\t", " "]), st.sampled_from([str, str.lower]),
       st.data())
def test_code_round_trip_survives_case_suffixes_hyphens_and_confusables(serial: bytes, version: int, suffix: str,
                                                                        case: object, data: st.DataObject) -> None:
    code = codes.make_code(SECRET, CONF, serial, version)
    assert len(code) == codes.CODE_LENGTH and set(code) <= set(codes.ALPHABET)
    # A person may type it with hyphens every few characters, O for 0 and l for 1.
    cut = data.draw(st.integers(1, len(code) - 1))
    typed = case(code[:cut] + "-" + code[cut:]).replace("0", "O").replace("1", "l") + suffix  # type: ignore[operator]
    parsed = codes.parse_code(typed)
    assert parsed is not None and parsed.code == code and parsed.serial == serial and parsed.version == version
    assert codes.verify_signature(SECRET, CONF, parsed)
    assert VERIFIER.check(typed) == (codes.OUTCOME_OK, parsed)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(nasty_text)
def test_normalise_is_idempotent_and_scans_are_never_valid(text: str) -> None:
    once = codes.normalise(text)
    assert codes.normalise(once) == once
    assert VERIFIER.check(text)[0] != codes.OUTCOME_OK
    scan = normalise_scan(text)
    assert normalise_scan(scan) == scan
    assert len(scan) <= 2 * MAX_SCANNED
    assert all(ch.isprintable() and not ch.isspace() for ch in scan)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(serials, versions, st.data())
def test_any_single_character_change_is_rejected_as_altered(serial: bytes, version: int, data: st.DataObject) -> None:
    code = codes.make_code(SECRET, CONF, serial, version)
    i = data.draw(st.integers(0, len(code) - 1), label="position")
    replacement = data.draw(st.one_of(st.sampled_from(codes.ALPHABET), st.characters()), label="replacement")
    altered = code[:i] + replacement + code[i + 1:]
    assume(codes.normalise(altered) != code)  # "o" for "0", "l" for "1": the same code, by design
    outcome = VERIFIER.check(altered)[0]
    if len(codes.normalise(altered)) == codes.CODE_LENGTH and set(codes.normalise(altered)) <= set(codes.ALPHABET):
        assert outcome == codes.OUTCOME_FORGED  # caught by the check character, never "another conference"
    else:
        assert outcome == codes.OUTCOME_MALFORMED


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(serials, versions, st.data())
def test_any_transposition_or_deletion_is_rejected(serial: bytes, version: int, data: st.DataObject) -> None:
    code = codes.make_code(SECRET, CONF, serial, version)
    i = data.draw(st.integers(0, len(code) - 2))
    j = data.draw(st.integers(i + 1, len(code) - 1))
    swapped = code[:i] + code[j] + code[i + 1:j] + code[i] + code[j + 1:]
    assume(swapped != code)
    assert VERIFIER.check(swapped)[0] in (codes.OUTCOME_FORGED, codes.OUTCOME_MALFORMED,
                                          codes.OUTCOME_OTHER_CONFERENCE)
    if j == i + 1 and i >= 3:
        # An adjacent swap in the body is caught before the MAC in most cases, never admitted.
        assert VERIFIER.check(swapped)[0] != codes.OUTCOME_OK
    assert VERIFIER.check(code[:i] + code[i + 1:])[0] == codes.OUTCOME_MALFORMED
    assert VERIFIER.check(code + code[i])[0] == codes.OUTCOME_MALFORMED


# A USB scanner types key positions: with the desk's keyboard set to another layout the
# characters change.  US and Spanish layouts type digits and capital letters the same
# (documented: the alphabet was chosen for that); French AZERTY and German QWERTZ do not,
# and such a scan is never admitted — it reads as malformed or altered.
AZERTY = str.maketrans("1234567890AQZWM", "&é\"'(-è_çàQAWZ?")
QWERTZ = str.maketrans("YZ", "ZY")


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(200)
@given(serials, versions)
def test_keyboard_layout_garbling_is_never_admitted(serial: bytes, version: int) -> None:
    code = codes.make_code(SECRET, CONF, serial, version)
    assert VERIFIER.check(code)[0] == codes.OUTCOME_OK  # US = Spanish layout for 0-9 A-Z
    for garbled in (code.translate(AZERTY), code.translate(QWERTZ), code.lower().swapcase()):
        outcome = VERIFIER.check(garbled)[0]
        if garbled == code or codes.normalise(garbled) == code:
            assert outcome == codes.OUTCOME_OK
        else:
            assert outcome in (codes.OUTCOME_MALFORMED, codes.OUTCOME_FORGED, codes.OUTCOME_OTHER_CONFERENCE)
            assert outcome != codes.OUTCOME_OK


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(200)
@given(st.lists(st.one_of(st.tuples(st.just("key"), st.characters(), st.floats(-1e6, 1e9)),
                          st.tuples(st.just("backspace"), st.just(""), st.just(0.0)),
                          st.tuples(st.just("reset"), st.just(""), st.just(0.0))), max_size=60),
       st.floats(-1e6, 1e9))
def test_scan_detector_never_raises_and_a_finished_scan_is_a_burst(events: list[tuple[str, str, float]],
                                                                   now: float) -> None:
    detector = ScanDetector()
    for kind, char, at in events:
        if kind == "key":
            detector.feed(char, at)
        elif kind == "backspace":
            detector.backspace()
        else:
            detector.reset()
    if detector.finished_by_silence(now):
        assert detector.is_burst() and len(detector.text) >= detector.min_length


# --------------------------------------------------------------------------
# Registration form, walk-in form
# --------------------------------------------------------------------------

TEXT_FIELDS = [name for name, kind in PARTICIPANT_FIELDS.items() if kind in ("text", "email")]
form_values = st.one_of(form_text, st.none(), st.integers(), st.dates(), st.booleans())


def _names_fields(problems: list[FieldProblem], allowed: set[str]) -> None:
    for problem in problems:
        assert problem.field in allowed, problem
        assert problem.message and isinstance(problem.value, str)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(st.dictionaries(st.sampled_from(list(PARTICIPANT_FIELDS)), form_values, max_size=8))
def test_validate_participant_names_the_field_of_every_problem(values: dict[str, object]) -> None:
    problems = validate_participant(values)
    _names_fields(problems, set(PARTICIPANT_FIELDS))
    for name, value in values.items():
        if name in registration.MAX_TEXT and isinstance(value, str) and len(value) > registration.MAX_TEXT[name]:
            assert any(p.field == name for p in problems), name


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(120)
@given(field=st.sampled_from(TEXT_FIELDS), value=form_text)
@example(field="given_name", value="\ud800abc")  # a lone surrogate (invalid UTF-16 pasted into a field)
@example(field="notes", value="y" * 10_000)
@example(field="family_name", value="\u202eevil\u202c")
def test_saving_a_form_with_nasty_text_saves_or_names_the_field(template: Path, tmp_path: Path, field: str,
                                                               value: str) -> None:
    db = copy_of(template, tmp_path, "form.sqlite")
    try:
        with db.session() as session:
            delegate = session.scalar(select(Category.id))
        values = {"given_name": "Ana", "family_name": "López", "category_id": delegate, field: value}
        try:
            pid = registration.save_participant(db, values)
        except registration.ValidationError as exc:
            assert exc.problems and all(p.field in PARTICIPANT_FIELDS for p in exc.problems)
            assert any(p.field == field for p in exc.problems) or field == "family_name" and not value.strip()
            return
        saved = registration.load_participant(db, pid)
        if field == "badge_name" and not value.strip():
            assert saved[field]  # an empty badge name is made from the names
        elif field == "external_id":
            assert saved[field] == (value.strip() or None)
        else:
            assert saved[field] == value.strip()
    finally:
        db.dispose()


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(120)
@given(st.fixed_dictionaries({}, optional={name: form_text for name in
                                           ("given_name", "family_name", "country", "organisation", "category",
                                            "email")}))
@example({"family_name": "x", "country": "mex", "category": "delegate", "email": "a" * 300 + "@x.org"})
def test_walk_in_form_registers_or_names_every_bad_field(template: Path, tmp_path: Path,
                                                        values: dict[str, str]) -> None:
    from conference_desk.core.checkin import service as checkin

    db = copy_of(template, tmp_path, "walkin.sqlite")
    try:
        point = checkin.CheckInPoint(desk="desk 1", operator="tester")
        try:
            pid, outcome = checkin.register_walk_in(db, values, point, now=dt.datetime(2015, 9, 28, 15))
        except registration.ValidationError as exc:
            _names_fields(exc.problems, set(PARTICIPANT_FIELDS) | set(checkin.WALK_IN_FIELDS))
            return
        assert outcome.outcome == "admitted" and pid > 0
    finally:
        db.dispose()


# --------------------------------------------------------------------------
# Hotels: moves and shares with any participant ids and names
# --------------------------------------------------------------------------

ids = st.one_of(st.integers(-(2**63), 2**63 - 1), st.sampled_from([0, -1, 1, 2, 2**31, 2**63 - 1]))


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(100)
@given(pid=ids, other=ids, hotel=ids, room_type=ids, name=nasty_text)
def test_hotel_moves_and_shares_with_any_ids_give_a_message(shared: Database, pid: int, other: int, hotel: int,
                                                            room_type: int, name: str) -> None:
    from conference_desk.core.hotels import service as hotels

    for call in (lambda: hotels.move_guest(shared, pid, hotel, room_type),
                 lambda: hotels.share_room(shared, pid, other),
                 lambda: hotels.lock_guest(shared, pid),
                 lambda: hotels.update_assignment(shared, pid, confirmation=name, special_requests=name)):
        try:
            call()
        except ConferenceDeskError as exc:
            assert str(exc) and "Traceback" not in str(exc)
    with shared.session() as session:
        try:
            hotels.find_hotel(session, name)
        except ConferenceDeskError as exc:
            assert str(exc)


# --------------------------------------------------------------------------
# Programme sessions, interpreters, interpreting settings
# --------------------------------------------------------------------------

# Naive local times, as the form gives them (an aware one: see the xfail test below).
datetimes = st.one_of(st.none(), st.datetimes(min_value=dt.datetime(2015, 9, 20), max_value=dt.datetime(2015, 10, 5)),
                      st.datetimes())


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(200)
@given(st.builds(
    lambda **kw: kw,
    code=nasty_text, type=st.one_of(nasty_text, st.sampled_from(["plenary", "forum", "keynote", "side_event"])),
    title_en=nasty_text, title_fr=nasty_text, starts_at=datetimes, ends_at=datetimes,
    room_id=st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1)),
    interpretation=st.one_of(nasty_text, st.lists(nasty_text, max_size=3).map(tuple)),
    floor_languages=nasty_text,
    expected_attendance=st.one_of(st.integers(), st.text(max_size=5), st.none(), st.floats()),
    max_sign_ups=st.one_of(st.none(), st.integers(), st.booleans()),
    region=st.one_of(st.none(), nasty_text),
))
def test_session_form_problems_name_a_field(shared: Database, values: dict[str, object]) -> None:
    from conference_desk.core.programme import timetable

    data = timetable.SessionData(**values)  # type: ignore[arg-type]
    field_names = {f.name for f in dataclasses.fields(timetable.SessionData)} | {"room_id"}
    with shared.session() as session:
        problems = timetable.validate_session(session, data)
    for problem in problems:
        assert problem.field in field_names, problem
        assert str(problem.message)


def test_session_form_with_an_aware_start_time_names_the_field(shared: Database) -> None:
    from conference_desk.core.programme import timetable

    data = timetable.SessionData(code="TZ1", type="forum", title_en="Time zones",
                                 starts_at=dt.datetime(2015, 9, 28, 10, tzinfo=dt.timezone.utc),
                                 ends_at=dt.datetime(2015, 9, 28, 11))
    with shared.session() as session:
        problems = timetable.validate_session(session, data)
    assert {p.field for p in problems} & {"starts_at", "ends_at"}


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(st.builds(
    lambda **kw: kw,
    family_name=nasty_text, given_name=nasty_text, email=nasty_text, phone=nasty_text,
    contract=st.one_of(nasty_text, st.sampled_from(["freelance", "staff"])), is_local=st.booleans(),
    daily_rate=st.one_of(nasty_text, st.floats(), st.integers(), st.decimals(), st.none()),
    currency=st.one_of(nasty_text, st.sampled_from(["USD", "MXN", "usd"])), notes=nasty_text,
    languages=st.lists(st.builds(lambda lang, cls, retour: (lang, cls, retour),
                                 st.one_of(nasty_text, st.sampled_from(["en", "fr", "es", "ar"])),
                                 st.one_of(nasty_text, st.sampled_from(["A", "B", "C"])), st.booleans()),
                       max_size=4),
))
@example({"family_name": "X", "daily_rate": "1e999999999", "languages": [("en", "A", False), ("fr", "B", True)]})
@example({"family_name": "X", "daily_rate": "NaN", "languages": []})
def test_interpreter_form_problems_name_a_field(values: dict[str, object]) -> None:
    from conference_desk.core.interpreters import roster
    from conference_desk.core.interpreters.rules import LanguageSkill

    values = dict(values)
    values["languages"] = [LanguageSkill(*t) for t in values.get("languages", [])]  # type: ignore[union-attr]
    data = roster.InterpreterData(**values)  # type: ignore[arg-type]
    errors = roster.validate_interpreter(data)
    names = {f.name for f in dataclasses.fields(roster.InterpreterData)}
    for key, message in errors.items():
        assert key.split("[")[0].split(".")[0] in names, key
        assert message
    if "daily_rate" not in errors:
        rate = Decimal(str(data.daily_rate).strip() or "0")
        assert rate.is_finite() and rate >= 0


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), nasty_text.map(lambda s: s[:30])),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=6,
)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(st.dictionaries(st.one_of(st.sampled_from(["solo_max_minutes", "pair_max_minutes", "min_rest_minutes",
                                                  "max_sessions_per_day", "non_local_daily_extra",
                                                  "half_day_split"]), st.text(max_size=10)),
                       json_values, max_size=6))
def test_interpreting_settings_are_accepted_or_name_the_bad_key(data: dict[str, object]) -> None:
    from conference_desk.core.interpreters.rules import InterpreterSettings, SettingsError, settings_from_dict

    try:
        value = settings_from_dict(data, strict=True)
    except SettingsError as exc:
        assert str(exc).split(":")[0] in set(data) | {"pair_max_minutes"}, str(exc)
    else:
        assert isinstance(value, InterpreterSettings)
    assert isinstance(settings_from_dict(data, strict=False), InterpreterSettings)  # stored junk: defaults


# --------------------------------------------------------------------------
# Set-up JSON
# --------------------------------------------------------------------------

SETUP = json.loads((Path(__file__).resolve().parents[2] / "resources" / "setups" / "iclc2015.json")
                   .read_text(encoding="utf-8"))


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node[:3]):
            found += _paths(value, prefix + (i,))
    return found


SETUP_PATHS = [p for p in _paths(SETUP) if p]


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    open_database(str(path)).dispose()
    return path


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(60)
@given(st.lists(st.tuples(st.sampled_from(SETUP_PATHS), st.one_of(st.just("<delete>"), json_values)),
                min_size=1, max_size=3))
def test_a_damaged_setup_file_is_refused_with_a_message(empty_template: Path,
                                                        tmp_path_factory: pytest.TempPathFactory,
                                                        edits: list[tuple[tuple, object]]) -> None:
    import copy

    from conference_desk.core.foundation import setup_data
    from conference_desk.core.desks.copy import content_hash
    from conference_desk.core.foundation.errors import SetupError

    data = copy.deepcopy(SETUP)
    for path, value in edits:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            if value == "<delete>":
                del node[path[-1]]
            else:
                node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    folder = tmp_path_factory.mktemp("setup")
    (folder / "setups").mkdir()
    (folder / "setups" / "damaged.json").write_text(json.dumps(data), encoding="utf-8")
    db = copy_of(empty_template, folder, "empty.sqlite")
    original = setup_data.SETUPS_DIR
    setup_data.SETUPS_DIR = folder / "setups"
    try:
        before = content_hash(db)
        try:
            setup_data.initialise(db, "damaged")
        except SetupError as exc:
            assert str(exc) and "\n" not in str(exc)
            assert content_hash(db) == before
    finally:
        setup_data.SETUPS_DIR = original
        db.dispose()


# --------------------------------------------------------------------------
# Command-line argument types
# --------------------------------------------------------------------------


def _argument_types() -> dict[str, object]:
    from conference_desk.commands import checkin, common, hotels, interpreters, programme, reports
    from conference_desk.commands import desks as sync
    from conference_desk.commands import people as cmd_importing

    return {
        "positive_int": common.positive_int, "whole_int": common.whole_int, "threshold": cmd_importing._threshold,
        "hotels time limit": hotels._time_limit, "roster time limit": interpreters._time_limit,
        "dashboard day": reports._date, "door-sheets day": programme._day, "booths day": interpreters._day,
        "checkin --at": checkin._timestamp, "sync --at": sync._timestamp,
    }


ARGUMENT_TYPES = _argument_types()
argument_text = st.one_of(
    nasty_text.filter(lambda s: "\x00" not in s),
    st.integers().map(str), st.floats().map(str),
    st.sampled_from(["1", "0", "-1", "1_000", " 7 ", "9" * 30, "9" * 5000, "1e3", "0x10", "inf", "nan", "-inf",
                     "3600", "3600.0001", "2015-09-28", "2015-09-28T09:30", "9999-12-31T23:59:59",
                     "0001-01-01T00:00", "2015-09-28T09:30+14:00", "2015-W40-1", "20150928", "2015-02-29"]),
)


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
@fast(300)
@given(st.sampled_from(sorted(ARGUMENT_TYPES)), argument_text)
def test_argument_types_return_a_value_or_an_argparse_message(name: str, text: str) -> None:
    import argparse

    parse = ARGUMENT_TYPES[name]
    try:
        value = parse(text)  # type: ignore[operator]
    except argparse.ArgumentTypeError as exc:
        assert repr(text)[:40] in str(exc) or len(text) > 1000, str(exc)
        return
    if name in ("positive_int", "threshold"):
        assert 1 <= value <= 2**31 - 1
    if "time limit" in name:
        assert 0 < value <= 3600
    if name.endswith("--at"):
        value.astimezone(dt.timezone.utc)  # usable: no overflow later


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("notes", ["=  =", "a  b", "a \n b", "+52  55\n\n@home"])
def test_notes_come_back_from_an_export_with_their_spacing(template: Path, tmp_path: Path, fmt: str,
                                                           notes: str) -> None:
    """Found by the property above: an import collapsed the spaces inside free text."""
    from conference_desk.core.people.exporting import export_participants

    source = copy_of(template, tmp_path, "source.sqlite")
    target = copy_of(template, tmp_path, "target.sqlite")
    try:
        with source.session() as session:
            delegate = session.scalar(select(Category.id).where(Category.code == "delegate"))
        registration.save_participant(source, {"given_name": "Ana", "family_name": "Ruiz", "notes": notes,
                                               "email": "ana@example.org", "category_id": delegate})
        export_participants(source, tmp_path / f"p.{fmt}")
        importing.apply_import(target, importing.plan_import(target, tmp_path / f"p.{fmt}"))
        with target.session() as session:
            assert session.scalar(select(Participant.notes)) == notes
    finally:
        source.dispose()
        target.dispose()
