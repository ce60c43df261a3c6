"""Export participants and delegations to CSV and XLSX.

* The participants file has exactly the columns of
  :data:`conference_desk.core.participant_columns.COLUMNS`, headed in the chosen
  language, so that it re-imports as it is: the country as the Member State's
  ISO alpha-3 code, the category by its code, the delegation type, gender,
  status and language by their stored values, the preferred hotel by name,
  booleans as yes/no (oui/non, sí/no), dates as real dates in XLSX and ISO
  ``YYYY-MM-DD`` text in CSV.
* CSV is UTF-8 with a BOM (so Excel reads accents right), comma-separated.
* XLSX is written with openpyxl's write-only mode (streaming): bold, frozen
  header row, column widths set per column, dates as dates.
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
* Rows are streamed from the database in pages (``yield_per``) as plain tuples,
  never as ORM objects, so 100,000 participants export in seconds.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from . import audit
from .db import Database
from .documents.strings import kind_label, region_label, text, yes_no
from .errors import ConferenceDeskError
from .models import Category, Delegation, Hotel, MemberState, Participant
from .participant_columns import COLUMNS, Column
from .privacy import SENSITIVE_FIELDS
from .registration import ParticipantQuery, list_delegations

ProgressCallback = Callable[[int, int], "bool | None"]

FORMATS = ("csv", "xlsx")
PAGE_SIZE = 2000
# Excel's limit on the characters of one cell.
MAX_CELL_CHARS = 32_767
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(_FORMULA_STARTS)


class ExportCancelled(ConferenceDeskError):
    """The progress callback asked to stop; no file was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    format: str
    columns: int

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "rows": self.rows, "format": self.format}


# --------------------------------------------------------------------------
# Cell values
# --------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """``value`` made safe for a spreadsheet: formula-like text gets a leading apostrophe."""
    if value and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _strip_illegal(value: str) -> str:
    """Remove control characters XML (and so XLSX) cannot hold; cap at Excel's cell limit."""
    if _ILLEGAL_XML.search(value):
        value = _ILLEGAL_XML.sub("", value)
    return value if len(value) <= MAX_CELL_CHARS else value[:MAX_CELL_CHARS]


def format_from_path(path: Path, fmt: str | None, allowed: Sequence[str] = FORMATS) -> str:
    """The export format: ``fmt`` if given, else the file's extension."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in allowed:
        raise ConferenceDeskError(
            f"Unknown export format {chosen or '(none)'!r}: use one of {', '.join(allowed)}."
        )
    return chosen


# --------------------------------------------------------------------------
# Writing a file safely
# --------------------------------------------------------------------------


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """A temporary path in ``path``'s folder, renamed to ``path`` if the block succeeds.

    On any error (or a cancel) the temporary file is removed and ``path`` is
    left as it was.  Problems with the destination raise ConferenceDeskError
    with a one-line message.
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ConferenceDeskError(f"Cannot write {target}: it is a folder.")
    if not folder.is_dir():
        raise ConferenceDeskError(f"Cannot write {target}: the folder {folder} does not exist.")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise ConferenceDeskError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        try:
            mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
            os.chmod(tmp, mode)
        except OSError:
            pass
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise ConferenceDeskError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    finally:
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:
                pass


class _CsvSink:
    def __init__(self, path: Path) -> None:
        self._fh = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._fh, dialect="excel")

    def header(self, headers: Sequence[str], widths: Sequence[int]) -> None:  # noqa: ARG002
        self._writer.writerow(headers)

    def rows(self, rows: Sequence[Sequence[Any]]) -> None:
        date_types = (dt.date, dt.datetime)
        self._writer.writerows(
            [
                [
                    ("'" + v if v[:1] in _FORMULA_FIRST else v) if v.__class__ is str
                    else "" if v is None
                    else v.isoformat() if isinstance(v, date_types)
                    else v
                    for v in row
                ]
                for row in rows
            ]
        )

    def close(self) -> None:
        self._fh.close()

    def abort(self) -> None:
        self._fh.close()


class _XlsxSink:
    def __init__(self, path: Path, sheet_title: str) -> None:
        from openpyxl import Workbook

        self._path = path
        self._workbook = Workbook(write_only=True)
        self._sheet = self._workbook.create_sheet(sheet_title[:31])
        self._date_cell: Any = None

    def header(self, headers: Sequence[str], widths: Sequence[int]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        sheet = self._sheet
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        fill = PatternFill("solid", fgColor="DDE4EE")
        align = Alignment(vertical="center")
        cells = []
        for title in headers:
            cell = WriteOnlyCell(sheet, value=_strip_illegal(neutralise(title)))
            cell.font, cell.fill, cell.alignment = bold, fill, align
            cells.append(cell)
        sheet.append(cells)
        if headers:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}1"

    def rows(self, rows: Sequence[Sequence[Any]]) -> None:
        append = self._sheet.append
        for row in rows:
            append(
                [
                    (_strip_illegal("'" + v if v[:1] in _FORMULA_FIRST else v) if v else None)
                    if v.__class__ is str
                    else v.replace(tzinfo=None) if isinstance(v, dt.datetime)
                    else v
                    for v in row
                ]
            )

    def close(self) -> None:
        self._workbook.save(self._path)

    def abort(self) -> None:
        """Drop the rows streamed so far (openpyxl keeps them in a temporary file)."""
        writer = getattr(self._sheet, "_writer", None)
        if writer is None:
            return
        try:
            self._sheet.close()  # finish the stream cleanly, then delete its temporary file
        except Exception:  # noqa: BLE001 - best effort: the export is failing anyway
            pass
        try:
            writer.cleanup()
        except (OSError, ValueError, KeyError):
            pass


def _sink(fmt: str, path: Path, sheet_title: str) -> _CsvSink | _XlsxSink:
    return _CsvSink(path) if fmt == "csv" else _XlsxSink(path, sheet_title)


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled(f"Export cancelled after {done:,} of {total:,} rows; no file was written.")


# --------------------------------------------------------------------------
# Participants
# --------------------------------------------------------------------------

# Column widths (characters) of the participants sheet.
_WIDTHS = {
    "external_id": 16, "title": 8, "given_name": 18, "family_name": 20, "given_name_latin": 16,
    "family_name_latin": 18, "badge_name": 24, "gender": 8, "category": 12, "country": 9,
    "delegation_type": 14, "organisation": 32, "position": 36, "city": 16, "email": 30, "phone": 18,
    "preferred_language": 9, "arrival_date": 12, "departure_date": 12, "needs_hotel": 9,
    "preferred_hotel": 28, "room_type_request": 11, "sharer_note": 26, "hotel_funded": 9,
    "accessibility_needs": 24, "dietary_needs": 18, "status": 12, "notes": 30, "passport_number": 16,
    "date_of_birth": 12,
}

_SELECTED = (
    Participant.external_id, Participant.title, Participant.given_name, Participant.family_name,
    Participant.given_name_latin, Participant.family_name_latin, Participant.badge_name,
    Participant.gender, Category.code, MemberState.iso3, Delegation.kind, Participant.organisation,
    Delegation.organisation_name, Participant.position, Participant.city, Participant.email,
    Participant.phone, Participant.preferred_language, Participant.arrival_date,
    Participant.departure_date, Participant.needs_hotel, Hotel.name, Participant.room_type_request,
    Participant.sharer_note, Participant.hotel_funded, Participant.accessibility_needs,
    Participant.dietary_needs, Participant.status, Participant.notes, Participant.passport_number,
    Participant.date_of_birth,
)


def _participant_statement(query: ParticipantQuery | None, lang: str) -> Any:
    stmt = (
        select(*_SELECTED)
        .select_from(Participant)
        .join(Category, Participant.category_id == Category.id)
        .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
        .outerjoin(MemberState, Delegation.member_state_id == MemberState.id)
        .outerjoin(Hotel, Participant.preferred_hotel_id == Hotel.id)
    )
    if query is not None and query != ParticipantQuery():
        from .registration import filter_conditions  # the same filters as the participants table

        stmt = stmt.where(*filter_conditions(query))
    return stmt.order_by(Participant.sort_name, Participant.id)


def _participant_row(r: Any, yes: str, no: str) -> tuple[Any, ...]:
    (external_id, title, given, family, given_latin, family_latin, badge, gender, category, iso3, kind,
     organisation, delegation_org, position, city, email, phone, language, arrival, departure,
     needs_hotel, hotel, room_type, sharer, funded, accessibility, dietary, status, notes, passport,
     birth) = r
    if not organisation and kind is not None and delegation_org:
        organisation = delegation_org
    return (
        external_id or "", title, given, family, given_latin, family_latin, badge,
        gender.value if gender is not None else "", category, iso3 or "",
        kind.value if kind is not None else "", organisation, position, city, email, phone,
        language.value if language is not None else "", arrival, departure,
        yes if needs_hotel else no, hotel or "", room_type, sharer, yes if funded else no,
        accessibility, dietary, status.value if status is not None else "", notes, passport, birth,
    )


def participant_columns(include_sensitive: bool = False) -> list[Column]:
    """The columns of a participants export: all, or all but the sensitive ones."""
    return [c for c in COLUMNS if include_sensitive or c.key not in SENSITIVE_FIELDS]


def record_export(
    db: Database,
    what: str,
    path: Path | str,
    fmt: str,
    rows: int,
    include_sensitive: bool = False,
    actor: audit.Actor | None = None,
) -> None:
    """Write an export to the audit log: who, what, where, how many rows, sensitive data or not."""
    with db.session() as session:
        audit.record(
            session, actor or audit.Actor(), "export", what, None,
            summary=f"Exported {rows} {what} to {Path(path).name} ({fmt})"
                    + (", with sensitive data" if include_sensitive else ""),
            changes={"file": Path(path).name, "format": fmt, "rows": rows, "sensitive": include_sensitive},
        )


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
    keep = None if include_sensitive else [i for i, c in enumerate(COLUMNS) if c.key not in SENSITIVE_FIELDS]
    headers = [column.header(lang) for column in columns]
    widths = [_WIDTHS.get(column.key, 14) for column in columns]
    yes, no = yes_no(True, lang), yes_no(False, lang)
    stmt = _participant_statement(query, lang)
    done = 0
    with atomic_output(path) as tmp, db.session() as session:
        total = int(session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)
        _report(progress, 0, total)
        sink = _sink(fmt, tmp, text("sheet_participants", lang))
        try:
            sink.header(headers, widths)
            result = session.execute(stmt.execution_options(yield_per=PAGE_SIZE))
            for page in result.partitions():
                full = [_participant_row(r, yes, no) for r in page]
                sink.rows(full if keep is None else [[row[i] for i in keep] for row in full])
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
        sink = _sink(fmt, tmp, text("sheet_delegations", lang))
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
