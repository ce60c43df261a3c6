"""Rooming lists (one hotel) and the accommodation summary per delegation, as XLSX and PDF.

XLSX: the first sheet is the list itself with one header row (what a hotel's
system loads), a second sheet has the totals per night (rooms per room type
against the block, guests) with the hotel, conference and cut-off date.
PDF: landscape A4, hotel name, conference, cut-off date, the table with a
repeated header, then the totals per night.  Text cells are formula-safe
(``exporting.neutralise``) and files are written atomically.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..foundation.db import Database
from ..foundation.documents import layout
from ..foundation.documents.strings import text
from ..foundation.messages import Text
from ..foundation.models import Conference
from ..foundation.files import _strip_illegal, atomic_output, neutralise
from .base import HotelError
from .rooming import DelegationSummary, RoomingList, delegation_summary, rooming_list

# (key in strings.TEXT, column width); the headers follow the language of the document.
ROOMING_COLUMNS = (
    ("rl_confirmation", 14), ("rl_title", 7), ("rl_family_name", 20), ("rl_given_name", 18), ("rl_arrival", 11),
    ("rl_departure", 11), ("rl_nights", 7), ("rl_outside_block", 16), ("rl_room_type", 22), ("rl_room", 12),
    ("rl_sharers", 24), ("rl_billing", 30), ("rl_vip", 6), ("rl_special_requests", 44), ("col_delegation", 28),
    ("rl_reference", 10),
)
# The columns the hotel's returned list is read back by (import_confirmations).
REFERENCE_COLUMN = "rl_reference"
CONFIRMATION_COLUMN = "rl_confirmation"

BILLING_KEYS = {"organiser": "rl_billing_organiser", "guest": "rl_billing_guest"}


def _headers(columns: tuple[tuple[str, int], ...], lang: str) -> list[str]:
    return [text(key, lang) for key, _w in columns]


def _billing(value: str, lang: str) -> str:
    return text(BILLING_KEYS[value], lang) if value in BILLING_KEYS else value


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return _strip_illegal(neutralise(value)) if value else None
    return value


def _outside(r: Any, lang: str) -> str:
    from ..foundation.documents import layout

    return ", ".join(layout.short_date(n, lang) for n in getattr(r, "outside_block", ()))


def _row_values(r: Any, lang: str = "en") -> list[Any]:
    return [r.confirmation, r.title, r.family_name, r.given_name, r.arrival, r.departure, r.nights,
            _outside(r, lang), r.room_type, r.room_label, r.sharers, _billing(r.billing, lang),
            "VIP" if getattr(r, "vip", False) else "", r.special_requests, r.delegation, getattr(r, "reference", "")]


def _print_setup(sheet: Any, title_rows: str = "1:1") -> None:
    """Landscape A4, fit to one page wide, the header row repeated on every printed page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.print_options.gridLines = True


def _style_header(sheet: Any, headers: list[str], widths: list[int], row: int = 1) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE4EE")
    for col, (title, width) in enumerate(zip(headers, widths), start=1):
        cell = sheet.cell(row=row, column=col, value=_cell(title))
        cell.font, cell.fill = bold, fill
        if width:
            sheet.column_dimensions[get_column_letter(col)].width = width


def write_xlsx(data: RoomingList, path: Path, lang: str = "en") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    with atomic_output(path) as tmp:
        wb = Workbook()
        try:
            sheet = wb.active
            sheet.title = text("rl_sheet_list", lang)
            _style_header(sheet, _headers(ROOMING_COLUMNS, lang), [w for _c, w in ROOMING_COLUMNS])
            for r in data.rows:
                sheet.append([_cell(v) for v in _row_values(r, lang)])
            for row in sheet.iter_rows(min_row=2, min_col=5, max_col=6):
                for cell in row:
                    cell.number_format = "yyyy-mm-dd"
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(ROOMING_COLUMNS))}{max(len(data.rows) + 1, 1)}"
            _print_setup(sheet)
            sheet.oddHeader.center.text = _strip_illegal(f"{data.hotel} \u2014 {text('rl_sheet_list', lang)}")
            sheet.oddFooter.right.text = "&P / &N"

            totals = wb.create_sheet(text("rl_sheet_totals", lang))
            bold = Font(bold=True)
            totals.append([_cell(data.hotel)])
            totals["A1"].font = Font(bold=True, size=13)
            totals.append([_cell(data.conference)])
            totals.append([text("rl_cutoff", lang), data.cutoff_date])
            totals.append([text("rl_guests", lang), len(data.rows)])
            totals.append([])
            header_row = totals.max_row + 1
            nights = [n for n in data.nights]
            _style_header(totals, [text("rl_night_of", lang), *nights], [30, *[12] * len(nights)], row=header_row)
            for col in range(2, len(nights) + 2):
                totals.cell(row=header_row, column=col).number_format = "yyyy-mm-dd"
            for name, counts in data.rooms_per_night.items():
                blocks = data.blocks_per_night.get(name, [0] * len(nights))
                totals.append([_cell(text("rl_type_rooms", lang, name=name)), *counts])
                totals.append([_cell(text("rl_type_block", lang, name=name)), *blocks])
            totals.append([text("rl_rooms_all", lang), *data.rooms_total_per_night])
            totals.cell(row=totals.max_row, column=1).font = bold
            totals.append([text("rl_block_all", lang),
                           *[sum(v[i] for v in data.blocks_per_night.values()) for i in range(len(nights))]])
            totals.append([text("rl_guests", lang), *data.guests_per_night])
            totals.cell(row=totals.max_row, column=1).font = bold
            if data.outside_block_per_night:
                totals.append([text("rl_outside_totals", lang),
                               *[data.outside_block_per_night.get(n, 0) for n in nights]])
            totals.cell(row=3, column=2).number_format = "yyyy-mm-dd"
            _print_setup(totals, "")
            wb.save(tmp)
        finally:
            wb.close()


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _table_pdf(path: Path, title: str, subtitle_lines: list[str], columns: list[layout.Column],
               rows: list[list[str]], tail: list[tuple[str, list[layout.Column], list[list[str]]]],
               lang: str = "en", author: str = "", group_starts: list[int] | None = None) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    page = landscape(A4)
    styles = layout.paragraph_styles()
    avail = layout.frame_width(page)
    story: list[Any] = [layout.para(title, styles["title"], bold=True)]
    story += [layout.para(line, styles["sub"]) for line in subtitle_lines]
    story.append(Spacer(1, 4 * mm))
    extra = [("LINEABOVE", (0, i), (-1, i), 1.0, colors.HexColor(layout.ACCENT)) for i in (group_starts or [])]
    story.append(layout.data_table(columns, rows, avail, size=7.5, min_size=6.0, extra_style=extra,
                                   stripes=not group_starts))
    for heading, head, body in tail:
        story.append(layout.para(heading, styles["h2"], bold=True))
        story.append(layout.data_table(head, body, avail, size=7.5, min_size=6.0))
    layout.build_pdf(path, story, layout.DocInfo(title=title, lang=lang, author=author), pagesize=page)


def _rooming_columns(lang: str) -> list[layout.Column]:
    kinds = {"rl_arrival": layout.NOWRAP, "rl_departure": layout.NOWRAP, "rl_nights": layout.NUMBER,
             "rl_confirmation": layout.NOWRAP, "rl_room": layout.NOWRAP, "rl_title": layout.NOWRAP,
             "rl_vip": layout.NOWRAP, "rl_reference": layout.NOWRAP, "rl_sharers": layout.LIST,
             "rl_outside_block": layout.LIST}
    short = {"rl_confirmation": "rl_confirmation_short", "rl_nights": "rl_nights_short",
             "rl_special_requests": "rl_special_requests_short"}
    return [layout.Column(text(key, lang), kinds.get(key, layout.TEXT),
                          short=text(short[key], lang) if key in short else "")
            for key, _w in ROOMING_COLUMNS]


def write_pdf(data: RoomingList, path: Path, lang: str = "en", author: str = "") -> None:
    rows = [["" if v is None else layout.short_date(v, lang) if isinstance(v, dt.date)
             else layout.format_number(v, lang) if isinstance(v, int) else str(v) for v in r]
            for r in (_row_values(x, lang) for x in data.rows)]
    nights = [layout.short_date(n, lang) for n in data.nights]
    totals = []
    for name, counts in data.rooms_per_night.items():
        blocks = data.blocks_per_night.get(name, [0] * len(counts))
        totals.append([name, *[f"{c} / {b}" for c, b in zip(counts, blocks)]])
    all_blocks = [sum(v[i] for v in data.blocks_per_night.values()) for i in range(len(nights))]
    totals.append([text("rl_rooms_all", lang),
                   *[f"{c} / {b}" for c, b in zip(data.rooms_total_per_night, all_blocks)]])
    totals.append([text("rl_guests", lang), *[str(g) for g in data.guests_per_night]])
    if data.outside_block_per_night:
        totals.append([text("rl_outside_totals", lang),
                       *[str(data.outside_block_per_night.get(n, 0)) for n in data.nights]])
    subtitle = [data.conference, data.address,
                f"{text('rl_cutoff_line', lang, date=layout.short_date(data.cutoff_date, lang) or text('rl_none', lang))}"
                f"   ·   {text('rl_guests_count', lang, n=len(data.rows))}"
                f"   ·   {text('rl_printed', lang, date=layout.short_date(dt.date.today(), lang))}"]
    subtitle.append(text("rl_billing_note", lang))
    if any(r.outside_block for r in data.rows):
        subtitle.append(text("rl_outside_note", lang))
    night_cols = [layout.Column(text("rl_night_of", lang))] + [layout.Column(n, layout.NUMBER) for n in nights]
    _table_pdf(path, text("rl_pdf_title", lang, hotel=data.hotel), [line for line in subtitle if line],
               _rooming_columns(lang), rows, [(text("rl_pdf_totals", lang), night_cols, totals)], lang, author)


SUMMARY_COLUMNS = (
    ("col_delegation", 30), ("col_head", 24), ("rl_guest", 26), ("rl_category", 18), ("rl_hotel", 30),
    ("rl_room_type", 22), ("rl_room", 12), ("rl_arrival", 11), ("rl_departure", 11), ("rl_nights", 7),
    ("rl_sharers", 24), ("rl_status", 10),
)
STATUS_KEYS = {"placed": "rl_status_placed", "unplaced": "rl_status_unplaced"}


def _summary_rows(data: list[DelegationSummary], lang: str = "en", grouped: bool = False) -> list[list[Any]]:
    """One row per guest, the head of delegation first; ``grouped``: delegation and head only on a
    delegation's first row (the PDF), else on every row (the spreadsheet, for filtering)."""
    rows = []
    for d in data:
        for i, s in enumerate(d.stays):
            status = text(STATUS_KEYS[s.status], lang) if s.status in STATUS_KEYS else s.status
            first = i == 0 or not grouped
            rows.append([d.delegation if first else "", d.head if first else "", s.name, s.category, s.hotel,
                         s.room_type, s.room_label, s.arrival, s.departure, s.nights or None, s.sharers, status])
    return rows


def write_summary_xlsx(data: list[DelegationSummary], path: Path, lang: str = "en", conference: str = "") -> None:
    from openpyxl import Workbook

    with atomic_output(path) as tmp:
        wb = Workbook()
        try:
            sheet = wb.active
            sheet.title = text("rl_sheet_summary", lang)
            _style_header(sheet, _headers(SUMMARY_COLUMNS, lang), [w for _c, w in SUMMARY_COLUMNS])
            for row in _summary_rows(data, lang):
                sheet.append([_cell(v) for v in row])
            for row in sheet.iter_rows(min_row=2, min_col=8, max_col=9):
                for cell in row:
                    cell.number_format = "yyyy-mm-dd"
            sheet.freeze_panes = "A2"
            _print_setup(sheet)
            title = text("rl_summary_title", lang)
            sheet.oddHeader.center.text = _strip_illegal(f"{title} \u2014 {conference}" if conference else title)
            sheet.oddFooter.right.text = "&P / &N"
            wb.save(tmp)
        finally:
            wb.close()


def write_summary_pdf(data: list[DelegationSummary], path: Path, lang: str = "en", author: str = "",
                      conference: str = "") -> None:
    kinds = {"rl_arrival": layout.NOWRAP, "rl_departure": layout.NOWRAP, "rl_nights": layout.NUMBER,
             "rl_room": layout.NOWRAP}
    columns = [layout.Column(text(key, lang), kinds.get(key, layout.TEXT),
                             short=text("rl_nights_short", lang) if key == "rl_nights" else "")
               for key, _w in SUMMARY_COLUMNS]
    raw = _summary_rows(data, lang, grouped=True)
    rows = [["" if v is None else layout.short_date(v, lang) if isinstance(v, dt.date) else str(v) for v in row]
            for row in raw]
    # A rule above each delegation's first row, so the groups read as groups.
    starts = [i + 1 for i, row in enumerate(raw) if row[0] and i]
    title = text("rl_summary_title", lang)
    _table_pdf(path, f"{title} \u2014 {conference}" if conference else title,
               [text("rl_delegations_count", lang, n=len(data))], columns,
               rows, [], lang, author, group_starts=starts)


def export_rooming_list(
    db: Database, hotel: str | int, fmt: str | None = None, out: Path | str = "", lang: str = "en",
) -> dict[str, Any]:
    """Write one hotel's rooming list as XLSX or PDF (atomic; formula-safe cells)."""
    from ..foundation.files import format_from_path

    path = Path(out)
    if not str(out):
        raise HotelError(Text("Give the file to write (--out)."))
    fmt = format_from_path(path, fmt, ("xlsx", "pdf"))
    data = rooming_list(db, hotel, lang)

    if fmt == "xlsx":
        write_xlsx(data, path, lang)
    else:
        from ..foundation.documents.layout import organisers

        write_pdf(data, path, lang, author=organisers(db))
    return {"file": str(path), "format": fmt, "hotel": data.hotel, "rows": len(data.rows)}


def export_delegation_summary(db: Database, out: Path | str, fmt: str | None = None, lang: str = "en") -> dict[str, Any]:
    from ..foundation.files import format_from_path

    path = Path(out)
    fmt = format_from_path(path, fmt, ("xlsx", "pdf"))
    data = delegation_summary(db, lang)

    if fmt == "xlsx":
        with db.session() as s:
            conference = s.scalar(select(Conference).limit(1))
            name = conference.name(lang) if conference is not None else ""
        write_summary_xlsx(data, path, lang, conference=name)
    else:
        from ..foundation.documents.layout import organisers

        with db.session() as s:
            conference = s.scalar(select(Conference).limit(1))
            name = conference.name(lang) if conference is not None else ""
        write_summary_pdf(data, path, lang, author=organisers(db), conference=name)
    return {"file": str(path), "format": fmt, "delegations": len(data)}
