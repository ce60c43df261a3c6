"""Reading a registration file: CSV (encoding and delimiter found) or XLSX, the header row found,
a clear error for anything else (an old .xls, a binary file, an empty sheet)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..foundation.errors import ConferenceDeskError
from .import_headers import match_header

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")

Progress = Callable[[int, int], "bool | None"]


class ImportFileError(ConferenceDeskError):
    """The file cannot be read at all (not a CSV/XLSX, empty, garbage, no header)."""


class ImportCancelled(ConferenceDeskError):
    """The user cancelled; nothing was written."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean_text(text: str, multiline: bool = False) -> str:
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    if multiline:
        # Free text (notes, accessibility needs) is kept as written, inner spacing included, as
        # the participant form keeps it: an export imported again gives the same notes.  Only
        # the spaces and blank lines around the whole text go.
        return text.replace("\t", " ").strip()
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


@dataclass
class RawTable:
    headers: list[str]
    rows: list[list[Any]]  # cells: str, int, float, bool, date, datetime, time or None
    row_numbers: list[int]  # spreadsheet row number of each row (1-based, as Excel shows)
    header_row: int = 1
    source: str = ""
    file_type: str = ""  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""


_XLSX_MAGIC = b"PK\x03\x04"


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


_BLANK = re.compile(r"^\s*$")


def read_table(path: str | Path, progress: Progress | None = None) -> RawTable:
    """Read a CSV or XLSX file into a header and its non-empty rows."""
    path = Path(path)
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder, not a spreadsheet.")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ImportFileError(f"No file at {path}.") from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if not head:
        raise ImportFileError(f"{path.name} is empty.")
    if head.startswith(_OLE_MAGIC):
        raise ImportFileError(
            f"{path.name} is an old Excel (.xls) workbook or another Office file: "
            "save it as .xlsx or CSV and import that."
        )
    if head.startswith(_XLSX_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        cells, numbers, sheet = _read_xlsx(path, progress)
        table = _table_from_cells(cells, numbers, path)
        table.file_type, table.sheet = "xlsx", sheet
        return table
    return _read_csv(path)


def _read_xlsx(path: Path, progress: Progress | None) -> tuple[list[list[Any]], list[int], str]:
    import openpyxl

    try:
        # A file object, not the path: openpyxl refuses a workbook by its name's
        # extension, and an .xlsx saved as "participants.csv" is still a workbook.
        handle = path.open("rb")
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure means "not a readable workbook"
        handle.close()
        raise ImportFileError(
            f"{path.name} cannot be read as an Excel workbook (damaged or not .xlsx): {_reason(exc)}"
        ) from exc
    try:
        for sheet in workbook.worksheets:
            if not hasattr(sheet, "iter_rows"):
                continue
            estimate = getattr(sheet, "max_row", None) or 0
            cells: list[list[Any]] = []
            numbers: list[int] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                row = list(values)
                while row and (row[-1] is None or (isinstance(row[-1], str) and not row[-1].strip())):
                    row.pop()
                if not row or all(_is_blank(v) for v in row):
                    continue
                cells.append(row)
                numbers.append(number)
                if progress is not None and number % 1000 == 0 and progress(number, max(estimate, number)) is False:
                    raise ImportCancelled("Import cancelled; nothing was written.")
            if cells:
                return cells, numbers, str(sheet.title)
    except (ImportFileError, ImportCancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - a truncated or corrupt workbook
        raise ImportFileError(f"{path.name} is damaged and cannot be read: {_reason(exc)}") from exc
    finally:
        workbook.close()
        handle.close()
    raise ImportFileError(f"{path.name} has no data: every sheet is empty.")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), "utf-16"
    # UTF-16 without a BOM: every other byte of ASCII text is NUL.
    sample = data[:4000]
    if len(sample) >= 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) * 0.4 and even < len(sample) * 0.05:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even > len(sample) * 0.4 and odd < len(sample) * 0.05:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n\f")
    return controls > max(2, len(sample) // 200)


_DELIMITERS = (",", ";", "\t", "|")


def _pick_delimiter(text: str) -> str:
    sample = text[:65536]
    lines = [line for line in sample.splitlines() if line.strip()][:30]
    if not lines:
        return ","
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    best, best_score = ",", (-1.0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO("\n".join(lines), newline=""), delimiter=delimiter)]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        consistency = widths.count(common) / len(widths)
        score = (consistency + (0.05 if delimiter == sniffed else 0.0), common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    text, encoding = _decode(data, path.name)
    if _looks_binary(text):
        raise ImportFileError(
            f"{path.name} is not a spreadsheet: it holds binary data, not CSV text or an .xlsx workbook."
        )
    if not text.strip():
        raise ImportFileError(f"{path.name} is empty.")
    delimiter = _pick_delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    cells: list[list[Any]] = []
    numbers: list[int] = []
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            while row and not row[-1].strip():
                row.pop()
            if not row or all(_is_blank(v) for v in row):
                continue
            cells.append(row)
            numbers.append(number)
    except csv.Error as exc:
        raise ImportFileError(f"{path.name} is not a readable CSV file: {_reason(exc)}") from exc
    table = _table_from_cells(cells, numbers, path)
    table.file_type, table.encoding, table.delimiter = "csv", encoding, delimiter
    return table


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and _BLANK.match(value) is not None)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _table_from_cells(cells: list[list[Any]], numbers: list[int], path: Path) -> RawTable:
    if not cells:
        raise ImportFileError(f"{path.name} has no data: no header row and no rows.")
    header_index = _find_header(cells)
    header_cells = cells[header_index]
    width = max(len(r) for r in cells[header_index:])
    headers = []
    for i in range(width):
        value = header_cells[i] if i < len(header_cells) else None
        text = _clean_text(_cell_text(value))[:200] if not _is_blank(value) else ""
        headers.append(text or f"Column {_column_letter(i)}")
    if all(h.startswith("Column ") for h in headers) and header_index == len(cells) - 1:
        raise ImportFileError(f"{path.name} has no header row.")
    rows = [row + [None] * (width - len(row)) for row in cells[header_index + 1:]]
    return RawTable(
        headers=headers,
        rows=rows,
        row_numbers=numbers[header_index + 1:],
        header_row=numbers[header_index],
        source=str(path),
    )


def _find_header(cells: list[list[Any]]) -> int:
    """The header row among the first rows: the one whose cells name the most known columns.

    A title row above the header ("ICLC 2015 – registrations", sometimes merged
    across the columns) names none and is skipped.
    """
    candidates = cells[:10]
    scores = []
    for row in candidates:
        texts = [_cell_text(v) for v in row if isinstance(v, str) and v.strip()]
        scores.append(sum(1 for t in texts if match_header(t)[0] is not None))
    best = max(scores)
    if best > 0:
        return scores.index(best)
    for index, row in enumerate(candidates):
        if sum(1 for v in row if not _is_blank(v)) >= 2:
            return index
    return 0


