"""Writing files safely, the building blocks every export and document uses.

- :func:`atomic_output`: a file appears whole or not at all (written beside, renamed).
- :func:`format_from_path`: CSV or XLSX from the extension, or a clear error.
- :func:`neutralise`: a cell that a spreadsheet would run as a formula is made text.
- the CSV and XLSX sinks (XlsxWriter in constant-memory mode), written page by page.
- :func:`record_export`: the audit entry of an export (who, what, how many rows).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import audit
from .db import Database
from .errors import ConferenceDeskError

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

    def ready_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Rows whose cells the query already made final (text, '' for none, ISO dates)."""
        self._writer.writerows(rows)

    def tell(self) -> int:
        """Where the next row starts in the file (bytes)."""
        self._fh.flush()
        return self._fh.buffer.tell()

    def truncate(self, position: int) -> None:
        """Forget every row written after ``position`` (from :meth:`tell`)."""
        self._fh.flush()
        self._fh.buffer.seek(position)
        self._fh.buffer.truncate()

    def append(self, part: Path) -> None:
        """Append a file of rows written by ``csv_part.py`` (UTF-8, no BOM) as they are."""
        import shutil

        self._fh.flush()
        with part.open("rb") as source:
            shutil.copyfileobj(source, self._fh.buffer, 1 << 20)

    def close(self) -> None:
        self._fh.close()

    def abort(self) -> None:
        self._fh.close()


# A CSV export of at least this many rows from a SQLite file is written by two processes.
PARALLEL_CSV_MIN_ROWS = 20_000


def sqlite_csv_rows(conn: Any, stmt: Any, split_on: Sequence[Any], sink: _CsvSink, total: int,
                    progress: ProgressCallback | None, keys: Any = None) -> int:
    """Write the rows of ``stmt`` (a SELECT whose cells are final text, ordered by the unique key
    ``split_on``) through ``sink``; the number of rows written.  ``keys``: a SELECT of ``split_on``
    alone over the same rows in the same order, without the joins that only add columns (the
    middle row is found on the key's index: 1 ms instead of 50-140 ms, before the halves start).

    Reading 100,000 rows of 27 cells costs SQLite and the sqlite3 module more than writing
    them costs the csv module (issue 17: the fetch alone was 2-3x a bare csv loop), so a big
    export from a SQLite file is split at its middle row: a second process
    (``csv_part.py``, standard library only) reads and writes the second half to a file of
    its own while this one does the first, and the part is appended.  Both halves must come
    from the same state of the database: when another connection committed meanwhile
    (``PRAGMA data_version`` changed), the export is read again in one statement.  Small
    exports, in-memory databases, PostgreSQL and any failure of the second process take the
    one-process path; the file is the same byte for byte either way.
    """
    if conn.dialect.name != "sqlite":  # PostgreSQL: the server reads; rows come through SQLAlchemy
        done = 0
        result = conn.execute(stmt.execution_options(yield_per=PAGE_SIZE))
        for page in result.partitions(PAGE_SIZE):
            sink.ready_rows(page)
            done += len(page)
            _report(progress, done, total)
        return done
    database = conn.engine.url.database
    if split_on and total >= PARALLEL_CSV_MIN_ROWS and database and database != ":memory:" \
            and Path(database).is_file() and sys.executable:
        done = _two_processes(conn, stmt, split_on, sink, total, progress, database, keys)
        if done is not None:
            return done
    # The caller's connection (its transaction: one state of the database), the bare sqlite3 cursor.
    return _one_process(conn.connection.driver_connection, _sql(conn, stmt), sink, total, progress)


def _sql(conn: Any, stmt: Any) -> str:
    """The statement as SQLite text with its values in it (what the second process runs)."""
    return str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))


def _one_process(raw: Any, sql: str, sink: _CsvSink, total: int, progress: ProgressCallback | None,
                 halves: bool = False) -> int:
    """Rows of ``sql`` through the bare sqlite3 cursor (the cells are final: no per-row work).
    ``halves``: the other process reads as many meanwhile, so progress counts two rows per row
    read, short of the total until the part is appended."""
    cursor = raw.execute(sql)
    done = 0
    try:
        while rows := cursor.fetchmany(PAGE_SIZE):
            sink.ready_rows(rows)
            done += len(rows)
            _report(progress, min(2 * done, max(total - 1, 0)) if halves else done, total)
    finally:
        cursor.close()
    return done


def _two_processes(conn: Any, stmt: Any, split_on: Sequence[Any], sink: _CsvSink, total: int,
                   progress: ProgressCallback | None, database: str, keys: Any = None) -> int | None:
    """The first half here and the second in ``csv_part.py``; None when the one-process path must
    be taken (the database changed meanwhile, or the second process failed): nothing written then.

    This half is read on a connection of its own, outside the caller's transaction, so that
    ``PRAGMA data_version`` read before the split and after both halves tells whether any
    other connection committed in between (inside a transaction it would not change)."""
    import sqlite3
    import subprocess

    from sqlalchemy import tuple_

    try:
        keys = stmt.with_only_columns(*split_on) if keys is None else keys
        middle_sql = _sql(conn, keys.offset(total // 2).limit(1))
        own = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
        # Rows are read in name order, all over the file: mapped pages are not copied (10-20% less).
        own.execute("PRAGMA mmap_size = 268435456")
    except Exception:  # noqa: BLE001 - a value SQLite text cannot hold, or no file: the one-process path
        return None
    part: Path | None = None
    child: Any = None
    try:
        version = own.execute("PRAGMA data_version").fetchone()[0]
        middle = own.execute(middle_sql).fetchone()
        if middle is None:
            return None
        key, boundary = tuple_(*split_on), tuple_(*middle)
        try:
            first, second = _sql(conn, stmt.where(key < boundary)), _sql(conn, stmt.where(key >= boundary))
        except Exception:  # noqa: BLE001
            return None
        fd, part_name = tempfile.mkstemp(prefix=".export-", suffix=".csv.part")
        os.close(fd)
        part = Path(part_name)
        script = Path(__file__).with_name("csv_part.py")
        child = subprocess.Popen([sys.executable, "-S", "-I", str(script), database, second, str(part)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        start = sink.tell()
        done = _one_process(own, first, sink, total, progress, halves=True)
        while True:
            try:
                out, _err = child.communicate(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                _report(progress, max(total - 1, 0), total)
        changed = own.execute("PRAGMA data_version").fetchone()[0] != version
        if child.returncode != 0 or changed:
            sink.truncate(start)
            return None
        sink.append(part)
        done += int(out.split()[-1])
        _report(progress, done, total)
        return done
    finally:
        if child is not None and child.returncode is None:  # cancelled or failed here: stop the other process
            child.kill()
            child.communicate()
        if part is not None:
            part.unlink(missing_ok=True)
        own.close()


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


def _xlsx_text(value: str) -> str:
    """Text for an XlsxWriter cell: XML's line-end normalisation done here (CR LF and CR become LF,
    as they read back from an openpyxl-written file; XlsxWriter would store a CR as ``_x000D_``,
    which openpyxl and our importer do not decode), then :func:`_strip_illegal`."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _strip_illegal(value)


class _XlsxWriterSink:
    """XLSX through XlsxWriter in constant-memory mode (each row goes to disk as it is written):
    the participants and delegations exports.  Same layout as :class:`_XlsxSink`: bold, shaded,
    frozen header row with a filter, column widths, dates as real dates."""

    def __init__(self, path: Path, sheet_title: str) -> None:
        import xlsxwriter

        self._workbook = xlsxwriter.Workbook(
            str(path), {"constant_memory": True, "tmpdir": str(path.parent), "strings_to_numbers": False,
                        "strings_to_formulas": False, "strings_to_urls": False},
        )
        self._sheet = self._workbook.add_worksheet(sheet_title[:31])
        self._date = self._workbook.add_format({"num_format": "yyyy-mm-dd"})
        self._next = 0  # the next row number

    def header(self, headers: Sequence[str], widths: Sequence[int]) -> None:
        sheet = self._sheet
        for index, width in enumerate(widths):
            sheet.set_column(index, index, width)
        sheet.freeze_panes(1, 0)
        bold = self._workbook.add_format({"bold": True, "bg_color": "#DDE4EE", "pattern": 1, "valign": "vcenter"})
        for col, title in enumerate(headers):
            sheet.write_string(0, col, _xlsx_text(neutralise(title)), bold)
        if headers:
            sheet.autofilter(0, 0, 0, len(headers) - 1)
        self._next = 1

    def text_rows(self, rows: Sequence[Sequence[Any]], date_columns: Sequence[int]) -> None:
        """Rows of text cells already neutralised by the query ('' for none), dates in ``date_columns``."""
        write, write_date, date = self._sheet.write_string, self._sheet.write_datetime, self._date
        dates = frozenset(date_columns)
        texts = [i for i in range(len(rows[0]))if i not in dates] if rows else []
        r = self._next
        for row in rows:
            joined = "".join([row[i] for i in texts])
            clean = not _ILLEGAL_XML.search(joined) and "\r" not in joined and len(joined) <= MAX_CELL_CHARS
            for i in texts:
                v = row[i]
                if v:
                    write(r, i, v if clean else _xlsx_text(v))
            for i in date_columns:
                v = row[i]
                if v is not None:
                    write_date(r, i, v, date)
            r += 1
        self._next = r

    def rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Rows of any cells: text (neutralised here), numbers, dates, None."""
        sheet, date = self._sheet, self._date
        r = self._next
        for row in rows:
            for i, v in enumerate(row):
                if v is None or v == "":
                    continue
                if isinstance(v, str):
                    sheet.write_string(r, i, _xlsx_text(neutralise(v)))
                elif isinstance(v, bool):
                    sheet.write_boolean(r, i, v)
                elif isinstance(v, (int, float)):
                    sheet.write_number(r, i, v)
                elif isinstance(v, (dt.date, dt.datetime)):
                    sheet.write_datetime(r, i, v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v, date)
                else:
                    sheet.write_string(r, i, _xlsx_text(neutralise(str(v))))
            r += 1
        self._next = r

    def close(self) -> None:
        self._workbook.close()

    def abort(self) -> None:
        """Drop the rows written so far (XlsxWriter keeps them in a temporary file)."""
        fh = getattr(self._sheet, "row_data_fh", None)
        name = getattr(self._sheet, "row_data_filename", None)
        try:
            if fh is not None:
                fh.close()
        except OSError:
            pass
        if name:
            try:
                os.unlink(name)
            except OSError:
                pass
        self._workbook.fileclosed = True


def _sink(fmt: str, path: Path, sheet_title: str) -> _CsvSink | _XlsxSink:
    return _CsvSink(path) if fmt == "csv" else _XlsxSink(path, sheet_title)


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled(f"Export cancelled after {done:,} of {total:,} rows; no file was written.")


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
