"""Regenerate the corpus of nasty import files kept next to this script.

    python tests/data/nasty/make_corpus.py

Every file is small (the biggest is the 10,000-character cell); the file with
two million empty rows is made at test time by ``huge_empty_rows`` instead of
being stored.  ``EXPECTED`` says what importing each file must give; the test
``tests/unit/test_nasty_files.py`` reads it from here, so a new file is one
entry in ``FILES`` and one in ``EXPECTED``.

Outcomes:

* ``("ok", n)``      the file imports: ``n`` new participants, no problem.
* ``("rows", n)``    ``n`` rows import; the others are rejected with problems
                     naming the row, the column and the value.
* ``("file", text)`` the whole file is refused (``ImportFileError``) with a
                     one-line message containing ``text`` and the file's name.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = ["Registration ID", "Given name", "Family name", "Country", "E-mail", "Arrival", "Hotel needed"]
ROWS = [
    ["N-1", "José", "García", "Mexico", "jose.garcia@example.mx", "27/09/2015", "yes"],
    ["N-2", "Anne", "Dupont", "Côte d'Ivoire", "anne.dupont@example.ci", "2015-09-28", "no"],
    ["N-3", "Zoë", "Müller-Łukasiewicz", "Poland", "zoe@example.pl", "27 Sep 2015", "x"],
]


def _csv(rows: list[list[str]], newline: str = "\r\n", delimiter: str = ",") -> str:
    def cell(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\r", "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(v) for v in row) + newline for row in rows)


GOOD = _csv([HEADER] + ROWS)


def _xlsx(build: Callable[[object], None]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    build(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _plain_xlsx(workbook: object) -> None:
    sheet = workbook.active  # type: ignore[attr-defined]
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)


def _fancy_xlsx(workbook: object) -> None:
    """Empty first sheet; a merged title row; hidden rows; dates as text and as serials; a formula."""
    workbook.active.title = "Cover"  # type: ignore[attr-defined]
    sheet = workbook.create_sheet("Registrations")  # type: ignore[attr-defined]
    sheet.append(["ICLC 2015 — registrations"])
    sheet.merge_cells("A1:G1")
    sheet.append(HEADER)
    sheet.append(["X-1", "Ana", "López", "Mexico", "ana@example.mx", dt.datetime(2015, 9, 27), True])
    sheet.append(["X-2", "Luis", "Pérez", "Spain", "luis@example.es", 42274, "no"])  # serial: 2015-09-27
    sheet.append(["X-3", "Mei", "Chen", "China", "mei@example.cn", "28.09.2015", 1])
    sheet.append(["X-4", "Omar", "Haddad", "Jordan", "omar@example.jo", "=DATE(2015,9,28)", "yes"])
    sheet.row_dimensions[5].hidden = True  # hidden rows are read like any other row
    sheet.merge_cells("H3:I4")  # a merged block beyond the data: no header, ignored
    workbook.create_sheet("Other")  # type: ignore[attr-defined]
    workbook["Other"].append(["ID", "Name"])  # type: ignore[index]
    workbook["Other"].append(["1", "ignored: only the first sheet with data is read"])  # type: ignore[index]


def _zip_of_junk() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("junk.bin", bytes(range(256)) * 4)
        archive.writestr("[Content_Types].xml", "<not xml")
    return buffer.getvalue()


_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000050001" "0d0a2db40000000049454e44ae426082"
)

SETUP_WRONG_TYPES = {
    "conference": {"code": 2015, "arrival_date": 20150927, "start_date": "soon", "timezone": ["UTC"]},
    "venue_rooms": [{"name": "Hall", "capacity": "many"}, {"capacity": 10}, "not an object"],
    "hotels": {"name": "should be a list"},
    "sessions": [{"code": "S1", "type": "keynote", "title_en": None, "starts_at": 12}],
    "categories": "delegate",
}

FILES: dict[str, Callable[[], bytes]] = {
    "empty.csv": lambda: b"",
    "bom_only.csv": lambda: codecs.BOM_UTF8,
    "utf16.csv": lambda: GOOD.encode("utf-16"),
    "latin1_accents.csv": lambda: _csv([HEADER, ["L-1", "Hélène", "Béranger", "France", "helene@example.fr",
                                                 "28/09/2015", "oui"]]).encode("latin-1"),
    "nul_bytes.csv": lambda: GOOD.encode("utf-8").replace(b"Anne", b"An\x00ne"),
    "ragged_rows.csv": lambda: (
        _csv([HEADER]) + "R-1,Ana\r\nR-2,Ben,Okafor,Nigeria,ben@example.ng,28/09/2015,no,extra,cells,here\r\n"
        "R-3,Cy,Diallo,Senegal\r\n"
    ).encode("utf-8"),
    "long_cell.csv": lambda: _csv([HEADER, ["C-1", "L" * 10_000, "Long", "Mexico", "c1@example.mx", "", ""],
                                   ROWS[0]]).encode("utf-8"),
    "formula_injection.csv": lambda: _csv([HEADER + ["Notes"],
        ["F-1", '=HYPERLINK("http://example.com/x","click")', "Evil", "Mexico", "f1@example.mx", "", "", "@SUM(A1:A9)"],
        ["F-2", "+cmd|' /C calc'!A0", "Plus", "Mexico", "f2@example.mx", "", "", "-1+1"],
        ["F-3", "-1+1", "Minus", "Mexico", "f3@example.mx", "", "", "=1+1"],
        ["F-4", "@SUM(1+1)", "At", "Mexico", "f4@example.mx", "", "", "'=already guarded"],
    ]).encode("utf-8"),
    "duplicated_headers.csv": lambda: _csv([HEADER + ["E-mail"], ROWS[0] + ["other@example.mx"],
                                            ROWS[1] + [""]]).encode("utf-8"),
    "french_headers.csv": lambda: _csv([
        ["N° d'inscription", "Prénom", "Nom de famille", "Pays", "Courriel", "Arrivée", "Hébergement"],
        ["FR-1", "Élodie", "Lefèvre", "Sénégal", "elodie@example.sn", "28 septembre 2015", "oui"],
    ], delimiter=";").encode("utf-8-sig"),
    "spanish_headers.csv": lambda: _csv([
        ["Folio", "Nombre", "Apellidos", "País", "Correo electrónico", "Fecha de llegada", "Requiere hotel"],
        ["ES-1", "Íñigo", "Muñoz", "México", "inigo@example.mx", "27 de septiembre de 2015", "sí"],
    ]).encode("cp1252"),
    "junk_zip.xlsx": _zip_of_junk,
    "truncated.xlsx": lambda: _xlsx(_plain_xlsx)[:700],
    "fancy.xlsx": lambda: _xlsx(_fancy_xlsx),
    "xlsx_named.csv": lambda: _xlsx(_plain_xlsx),
    "zero_png.xlsx": lambda: b"",
    "png_named.xlsx": lambda: _PNG,
    "old_excel.xls.csv": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    "nested_quotes.csv": lambda: (
        _csv([HEADER]) + 'Q-1,"""""""Quoted"""""" """"twice""""",Quinn,Mexico,q1@example.mx,,\r\n'
        'Q-2,"never closed,Open,Mexico,q2@example.mx,,\r\n'
    ).encode("utf-8"),
    "crlf.csv": lambda: _csv([HEADER] + ROWS, newline="\r\n").encode("utf-8"),
    "cr_only.csv": lambda: _csv([HEADER] + ROWS, newline="\r").encode("utf-8"),
    "header_only.csv": lambda: _csv([HEADER]).encode("utf-8"),
    "bad_values.csv": lambda: _csv([HEADER + ["Gender", "Category"],
        ["B-1", "Bad", "Date", "Mexico", "b1@example.mx", "31/02/2015", "yes", "F", "delegate"],
        ["B-2", "Bad", "Country", "Atlantis", "b2@example.mx", "", "", "", ""],
        ["B-3", "Bad", "Mail", "Mexico", "not-an-email", "", "", "", ""],
        ["B-4", "Bad", "Bool", "Mexico", "b4@example.mx", "", "perhaps", "", ""],
        ["B-5", "Bad", "Gender", "Mexico", "b5@example.mx", "", "", "Q", ""],
        ["B-6", "Bad", "Category", "Mexico", "b6@example.mx", "", "", "", "Emperor"],
        ["B-7", "Good", "Row", "Mexico", "b7@example.mx", "", "", "", ""],
    ]).encode("utf-8"),
    "controls_rtl_emoji.csv": lambda: _csv([HEADER, [
        "U-1", "\u202eevil\u202c 😀", "\u200fعبد الله\u200e", "Mexico", "u1@example.mx", "", "",
    ]]).encode("utf-8"),
    "binary_junk.csv": lambda: bytes((i * 73 + 11) % 256 for i in range(2000)),
}

EXPECTED: dict[str, tuple[str, object]] = {
    "empty.csv": ("file", "is empty"),
    "bom_only.csv": ("file", "is empty"),
    "utf16.csv": ("ok", 3),
    "latin1_accents.csv": ("ok", 1),
    "nul_bytes.csv": ("file", "binary data"),
    "ragged_rows.csv": ("rows", 2),
    "long_cell.csv": ("rows", 1),
    "formula_injection.csv": ("ok", 4),
    "duplicated_headers.csv": ("ok", 2),
    "french_headers.csv": ("ok", 1),
    "spanish_headers.csv": ("ok", 1),
    "junk_zip.xlsx": ("file", "cannot be read as an Excel workbook"),
    "truncated.xlsx": ("file", "cannot be read as an Excel workbook"),
    "fancy.xlsx": ("ok", 4),
    "xlsx_named.csv": ("ok", 3),
    "zero_png.xlsx": ("file", "is empty"),
    "png_named.xlsx": ("file", "cannot be read as an Excel workbook"),
    "old_excel.xls.csv": ("file", "old Excel"),
    "nested_quotes.csv": ("rows", 1),
    "crlf.csv": ("ok", 3),
    "cr_only.csv": ("ok", 3),
    "header_only.csv": ("ok", 0),
    "bad_values.csv": ("rows", 1),
    "controls_rtl_emoji.csv": ("rows", 0),  # a right-to-left override in a name is refused (issue 22)
    "binary_junk.csv": ("file", "binary data"),
}

HUGE_EMPTY_ROWS = 2_000_000


def huge_empty_rows(path: Path) -> Path:
    """A CSV with a header, two million empty rows (",,,") and one participant (about 14 MB)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(_csv([HEADER]))
        chunk = ",,,,,,\r\n" * 10_000
        for _ in range(HUGE_EMPTY_ROWS // 10_000):
            fh.write(chunk)
        fh.write(_csv([ROWS[0]]))
    return path


def write_all(folder: Path = HERE) -> list[Path]:
    written = []
    for name, make in FILES.items():
        path = folder / name
        path.write_bytes(make())
        written.append(path)
    (folder / "setup_wrong_types.json").write_text(json.dumps(SETUP_WRONG_TYPES, indent=1), encoding="utf-8")
    written.append(folder / "setup_wrong_types.json")
    return written


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"{p.stat().st_size:>8}  {p.name}")
