"""Export participants and delegations to CSV and XLSX.

* The participants file has exactly the columns of
  :data:`conference_desk.core.people.columns.COLUMNS`, headed in the chosen
  language, so that it re-imports as it is: the country as the Member State's
  ISO alpha-3 code, the category by its code, the delegation type, gender,
  status and language by their stored values, the preferred hotel by name,
  booleans as yes/no (oui/non, sí/no), dates as real dates in XLSX and ISO
  ``YYYY-MM-DD`` text in CSV; flights as stored ("AM 401", "T1") and their times
  as ``HH:MM`` text in both.
* CSV is UTF-8 with a BOM (so Excel reads accents right), comma-separated.
* XLSX (participants, delegations) is written with XlsxWriter in constant-memory
  mode (streaming, each row to disk as written): bold, frozen header row with a
  filter, column widths set per column, dates as dates.  XlsxWriter's bare loop
  was 1.4× faster than openpyxl's write-only mode on 100,000 rows (issue 17,
  ARCHITECTURE.md); the other spreadsheets (reports, audit log) still use
  :class:`_XlsxSink` (openpyxl write-only).
* **Formula injection**: every text cell starting with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return is prefixed with an apostrophe (``'``), as
  OWASP recommends, so that no spreadsheet executes it.  A phone number
  ``+52 55 1234 5678`` is therefore written ``'+52 55 1234 5678``: still
  readable, and the importer strips the apostrophe back.
* **Sensitive fields** (``core/privacy.SENSITIVE_FIELDS``: phone, passport
  number, date of birth) are left out unless ``include_sensitive`` is given
  (CLI ``--include-sensitive``; in the GUI a tick box for organisers and
  administrators).  Every export is written to the audit log: who, what, how
  many rows, and whether sensitive data was included.
* The conference's ``badge_secret`` (and anything else not a participant or
  delegation column) is never exported.
* Files are written to a temporary file in the destination folder and renamed
  into place at the end: an error or a cancel leaves no half-written file.
* Participants come from one Core query (no ORM objects) whose SELECT list already
  makes each cell: codes as text, yes/no in the chosen language, '' for none,
  formula-like text neutralised, ISO dates for CSV; streamed in pages
  (``yield_per``).  Python only writes them (CSV: ``writerows`` of the rows as
  fetched), so 100,000 participants export in seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import String, and_, case, cast, func, literal, or_, select, type_coerce

from ..foundation import audit
from ..foundation.db import Database
from ..foundation.documents.strings import kind_label, region_label, text, yes_no
from ..foundation.models import Category, Delegation, Hotel, MemberState, Participant
from .columns import COLUMNS, Column
from .sensitive import SENSITIVE_FIELDS
from .registration import ParticipantQuery, list_delegations
from ..foundation.files import (  # noqa: F401 - re-exported: the export building blocks
    ExportCancelled,
    ExportResult,
    PAGE_SIZE,
    ProgressCallback,
    _CsvSink,
    _FORMULA_STARTS,
    _XlsxSink,
    _XlsxWriterSink,
    _report,
    atomic_output,
    format_from_path,
    record_export,
    sqlite_csv_rows,
)


# --------------------------------------------------------------------------
# Cell values
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Writing a file safely
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Participants
# --------------------------------------------------------------------------

# Column widths (characters) of the participants sheet.
_WIDTHS = {
    "external_id": 16, "title": 8, "given_name": 18, "family_name": 20, "given_name_latin": 16,
    "family_name_latin": 18, "badge_name": 24, "gender": 8, "category": 12, "country": 9,
    "delegation_type": 14, "organisation": 32, "position": 36, "city": 16, "email": 30, "phone": 18,
    "preferred_language": 9, "arrival_date": 12, "departure_date": 12, "arrival_flight": 11, "arrival_time": 8,
    "arrival_terminal": 8, "departure_flight": 11, "departure_time": 8, "departure_terminal": 8,
    "own_transport": 9, "needs_hotel": 9,
    "preferred_hotel": 28, "room_type_request": 11, "sharer_note": 26, "hotel_funded": 9,
    "accessibility_needs": 24, "dietary_needs": 18, "status": 12, "notes": 30, "passport_number": 16,
    "date_of_birth": 12,
}

# The SELECT list per column: the value exactly as the file shows it, computed by the database
# (one Core query, no ORM objects, no per-cell Python).  ``_TEXT``: neutralised for spreadsheets.
_DATE_KEYS = frozenset({"arrival_date", "departure_date", "date_of_birth"})
# Stored codes (CHECK-constrained enum values, ISO alpha-3) and the yes/no words: never formula-like.
_CODED_KEYS = frozenset({"gender", "country", "delegation_type", "preferred_language", "needs_hotel",
                         "hotel_funded", "status", "arrival_time", "arrival_terminal", "departure_time",
                         "departure_terminal", "own_transport"})


def _clock_sql(expr: Any) -> Any:
    """SQL: a stored time as "14:35" (SQLite keeps "14:35:00.000000", PostgreSQL writes "14:35:00")."""
    return func.substr(cast(expr, String), 1, 5)


def _neutralised_sql(expr: Any) -> Any:
    """SQL: ``expr`` as text ('' for NULL), with an apostrophe before a formula-like start."""
    return case((func.substr(expr, 1, 1).in_(_FORMULA_STARTS), literal("'", String) + expr),
                else_=func.coalesce(expr, ""))


def _participant_expressions(keys: Sequence[str], yes: str, no: str, csv_dates: bool) -> list[Any]:
    p = Participant
    no_org = or_(p.organisation.is_(None), p.organisation == "")
    sources: dict[str, Any] = {
        "external_id": p.external_id, "title": p.title, "given_name": p.given_name, "family_name": p.family_name,
        "given_name_latin": p.given_name_latin, "family_name_latin": p.family_name_latin,
        "badge_name": p.badge_name, "gender": type_coerce(p.gender, String), "category": Category.code,
        "country": MemberState.iso3, "delegation_type": type_coerce(Delegation.kind, String),
        "organisation": case(
            (and_(no_org, Delegation.kind.is_not(None), Delegation.organisation_name.is_not(None),
                  Delegation.organisation_name != ""), Delegation.organisation_name),
            else_=p.organisation),
        "position": p.position, "city": p.city, "email": p.email, "phone": p.phone,
        "preferred_language": type_coerce(p.preferred_language, String),
        "needs_hotel": case((p.needs_hotel, literal(yes, String)), else_=literal(no, String)),
        "preferred_hotel": Hotel.name, "room_type_request": p.room_type_request, "sharer_note": p.sharer_note,
        "hotel_funded": case((p.hotel_funded, literal(yes, String)), else_=literal(no, String)),
        "arrival_flight": p.arrival_flight, "arrival_time": _clock_sql(p.arrival_time),
        "arrival_terminal": p.arrival_terminal, "departure_flight": p.departure_flight,
        "departure_time": _clock_sql(p.departure_time), "departure_terminal": p.departure_terminal,
        "own_transport": case((p.own_transport, literal(yes, String)), else_=literal(no, String)),
        "accessibility_needs": p.accessibility_needs, "dietary_needs": p.dietary_needs,
        "status": type_coerce(p.status, String), "notes": p.notes, "passport_number": p.passport_number,
    }
    dates = {"arrival_date": p.arrival_date, "departure_date": p.departure_date, "date_of_birth": p.date_of_birth}
    columns = []
    for key in keys:
        if key in _CODED_KEYS:
            columns.append(func.coalesce(sources[key], ""))
        elif key in dates:
            # CSV: the stored ISO text (SQLite) or a date (PostgreSQL; csv writes str(date), the same text).
            columns.append(type_coerce(dates[key], String) if csv_dates else dates[key])
        else:
            columns.append(_neutralised_sql(sources[key]))
    return columns


def _participant_statement(query: ParticipantQuery | None, columns: Sequence[Any]) -> Any:
    stmt = (
        select(*columns)
        .select_from(Participant)
        .join(Category, Participant.category_id == Category.id)
        .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
        .outerjoin(MemberState, Delegation.member_state_id == MemberState.id)
        .outerjoin(Hotel, Participant.preferred_hotel_id == Hotel.id)
    )
    return stmt.where(*_participant_filters(query)).order_by(Participant.sort_name, Participant.id)


def _participant_filters(query: ParticipantQuery | None) -> list[Any]:
    if query is None or query == ParticipantQuery():
        return []
    from .registration import filter_conditions  # the same filters as the participants table

    return filter_conditions(query)


def participant_columns(include_sensitive: bool = False) -> list[Column]:
    """The columns of a participants export: all, or all but the sensitive ones."""
    return [c for c in COLUMNS if include_sensitive or c.key not in SENSITIVE_FIELDS]


def export_participants(
    db: Database,
    path: Path | str,
    fmt: str | None = None,
    lang: str = "en",
    query: ParticipantQuery | None = None,
    progress: ProgressCallback | None = None,
    include_sensitive: bool = False,
    actor: audit.Actor | None = None,
) -> ExportResult:
    """Write participants (all, or those matching ``query``) to a CSV or XLSX file.

    ``progress(done, total)`` is called before the first row and after every
    page; returning ``False`` cancels (:class:`ExportCancelled`, no file left).
    Phone, passport number and date of birth only with ``include_sensitive``.
    The export is recorded in the audit log (``actor``: who).
    """
    path = Path(path)
    fmt = format_from_path(path, fmt)
    assert [c.key for c in COLUMNS][:4] == ["external_id", "title", "given_name", "family_name"]
    columns = participant_columns(include_sensitive)
    headers = [column.header(lang) for column in columns]
    widths = [_WIDTHS.get(column.key, 14) for column in columns]
    yes, no = yes_no(True, lang), yes_no(False, lang)
    keys = [column.key for column in columns]
    stmt = _participant_statement(query, _participant_expressions(keys, yes, no, csv_dates=fmt == "csv"))
    if query is None or query == ParticipantQuery():  # every participant has a category: no join changes the count
        count = select(func.count(Participant.id))
    else:
        count = select(func.count()).select_from(_participant_statement(query, [Participant.id]).order_by(None).subquery())
    dates = [i for i, key in enumerate(keys) if key in _DATE_KEYS]
    done = 0
    with atomic_output(path) as tmp, db.engine.connect() as conn:
        total = int(conn.scalar(count) or 0)
        _report(progress, 0, total)
        sink: _CsvSink | _XlsxWriterSink = (
            _CsvSink(tmp) if fmt == "csv" else _XlsxWriterSink(tmp, text("sheet_participants", lang))
        )
        try:
            sink.header(headers, widths)
            if fmt == "csv":  # the cells are final: SQLite rows go straight to the csv module
                key = (Participant.sort_name, Participant.id)
                # Every participant has a category and the other joins are outer: the key's
                # statement needs none of them (a walk of the name index).
                keys = select(*key).where(*_participant_filters(query)).order_by(*key)
                done = sqlite_csv_rows(conn, stmt, key, sink, total, progress, keys)  # type: ignore[arg-type]
            else:
                result = conn.execute(stmt.execution_options(yield_per=PAGE_SIZE))
                for page in result.partitions(PAGE_SIZE):
                    sink.text_rows(page, dates)  # type: ignore[union-attr]
                    done += len(page)
                    _report(progress, done, total)
        except BaseException:
            sink.abort()
            raise
        sink.close()
    record_export(db, "participants", path, fmt, done, include_sensitive, actor)
    return ExportResult(path=path, rows=done, format=fmt, columns=len(headers))


# --------------------------------------------------------------------------
# Delegations
# --------------------------------------------------------------------------


def export_delegations(
    db: Database,
    path: Path | str,
    fmt: str | None = None,
    lang: str = "en",
    progress: ProgressCallback | None = None,
    actor: audit.Actor | None = None,
) -> ExportResult:
    """Write every delegation (name in ``lang``, type, ISO code, region, head, members,
    arrivals per day) to a CSV or XLSX file.  Cancelled participants are not counted."""
    path = Path(path)
    fmt = format_from_path(path, fmt)
    with db.session() as session:
        delegations = list_delegations(session, lang)
    days = sorted({day for d in delegations for day in d.arrivals})
    headers = [text(key, lang) for key in ("col_delegation", "col_type", "col_iso3", "col_region",
                                           "col_head", "col_members")]
    headers += [text("col_arrivals_on", lang, date=day) for day in days]
    widths = [44, 28, 9, 30, 30, 10] + [17] * len(days)
    with atomic_output(path) as tmp:
        total = len(delegations)
        _report(progress, 0, total)
        sink = _CsvSink(tmp) if fmt == "csv" else _XlsxWriterSink(tmp, text("sheet_delegations", lang))
        try:
            sink.header(headers, widths)
            rows = [
                (d.name, kind_label(d.kind, lang), d.member_state_iso3 or "", region_label(d.region, lang),
                 d.head_name, d.members, *(d.arrivals.get(day, 0) for day in days))
                for d in delegations
            ]
            for start in range(0, len(rows), PAGE_SIZE):
                sink.rows(rows[start : start + PAGE_SIZE])
                _report(progress, min(start + PAGE_SIZE, total), total)
        except BaseException:
            sink.abort()
            raise
        sink.close()
    record_export(db, "delegations", path, fmt, len(delegations), False, actor)
    return ExportResult(path=path, rows=len(delegations), format=fmt, columns=len(headers))
