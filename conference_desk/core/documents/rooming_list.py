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
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from ..exporting import _strip_illegal, atomic_output, neutralise
from . import fonts
from .strings import text

if TYPE_CHECKING:
    from ..hotels import DelegationSummary, RoomingList

# (key in strings.TEXT, column width); the headers follow the language of the document.
ROOMING_COLUMNS = (
    ("rl_confirmation", 14), ("rl_title", 7), ("rl_family_name", 20), ("rl_given_name", 18), ("rl_arrival", 11),
    ("rl_departure", 11), ("rl_nights", 7), ("rl_room_type", 22), ("rl_room", 12), ("rl_sharers", 24),
    ("rl_billing", 10), ("rl_special_requests", 44), ("col_delegation", 28),
)

BILLING_KEYS = {"organiser": "rl_billing_organiser", "guest": "rl_billing_guest"}


def _headers(columns: tuple[tuple[str, int], ...], lang: str) -> list[str]:
    return [text(key, lang) for key, _w in columns]


def _billing(value: str, lang: str) -> str:
    return text(BILLING_KEYS[value], lang) if value in BILLING_KEYS else value


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return _strip_illegal(neutralise(value)) if value else None
    return value


def _row_values(r: Any, lang: str = "en") -> list[Any]:
    return [r.confirmation, r.title, r.family_name, r.given_name, r.arrival, r.departure, r.nights,
            r.room_type, r.room_label, r.sharers, _billing(r.billing, lang), r.special_requests, r.delegation]


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
            _style_header(totals, [text("rl_night_of", lang), *[n.isoformat() for n in nights]],
                          [30, *[12] * len(nights)], row=header_row)
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
            totals.cell(row=3, column=2).number_format = "yyyy-mm-dd"
            wb.save(tmp)
        finally:
            wb.close()


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _table_pdf(path: Path, title: str, subtitle_lines: list[str], header: list[str], rows: list[list[str]],
               col_widths_mm: list[float], tail: list[tuple[str, list[str], list[list[str]], list[float]]],
               lang: str = "en") -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = fonts.register_fonts()
    accent = colors.HexColor("#1f4e79")
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, textColor=accent),
        "sub": ParagraphStyle("sub", fontName=regular, fontSize=9, leading=12, textColor=colors.HexColor("#444444")),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=7, leading=8.6),
        "head": ParagraphStyle("head", fontName=bold, fontSize=7, leading=8.6, textColor=colors.white),
    }

    def para(value: str, style: str = "cell") -> Any:
        return Paragraph(escape(fonts.printable(value or "")), styles[style])

    def table(head: list[str], body: list[list[str]], widths: list[float]) -> Any:
        t = Table([[para(h, "head") for h in head]] + [[para(v) for v in row] for row in body],
                  colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), accent),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa9bb")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f4f8")]),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return t

    page = landscape(A4)

    def footer(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(regular, 7)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(12 * mm, 8 * mm, fonts.printable(title))
        canv.drawRightString(page[0] - 12 * mm, 8 * mm, fonts.printable(text("rl_page", lang, page=doc.page)))
        canv.restoreState()

    story: list[Any] = [para(title, "title")]
    story += [para(line, "sub") for line in subtitle_lines]
    story.append(Spacer(1, 4 * mm))
    story.append(table(header, rows, col_widths_mm))
    for heading, head, body, widths in tail:
        story.append(para(heading, "h2"))
        story.append(table(head, body, widths))
    with atomic_output(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm,
                                topMargin=12 * mm, bottomMargin=14 * mm, title=fonts.printable(title))
        doc.build(story, onFirstPage=footer, onLaterPages=footer)


def write_pdf(data: RoomingList, path: Path, lang: str = "en") -> None:
    header = _headers(ROOMING_COLUMNS, lang)
    widths = [18, 10, 24, 22, 17, 17, 10, 24, 17, 27, 14, 45, 28]  # 273 mm of landscape A4
    rows = [[str(v) if not isinstance(v, dt.date) else v.isoformat() for v in r]
            for r in (_row_values(x, lang) for x in data.rows)]
    nights = [n.isoformat() for n in data.nights]
    night_w = min(22.0, (273 - 60) / max(len(nights), 1))
    totals = []
    for name, counts in data.rooms_per_night.items():
        blocks = data.blocks_per_night.get(name, [0] * len(counts))
        totals.append([name, *[f"{c} / {b}" for c, b in zip(counts, blocks)]])
    all_blocks = [sum(v[i] for v in data.blocks_per_night.values()) for i in range(len(nights))]
    totals.append([text("rl_rooms_all", lang),
                   *[f"{c} / {b}" for c, b in zip(data.rooms_total_per_night, all_blocks)]])
    totals.append([text("rl_guests", lang), *[str(g) for g in data.guests_per_night]])
    subtitle = [data.conference, data.address,
                f"{text('rl_cutoff_line', lang, date=_date(data.cutoff_date) or text('rl_none', lang))}"
                f"   ·   {text('rl_guests_count', lang, n=len(data.rows))}"
                f"   ·   {text('rl_printed', lang, date=dt.date.today().isoformat())}"]
    _table_pdf(path, text("rl_pdf_title", lang, hotel=data.hotel), [line for line in subtitle if line], header, rows,
               widths, [(text("rl_pdf_totals", lang), [text("rl_night_of", lang), *nights], totals,
                         [60, *[night_w] * len(nights)])], lang)


SUMMARY_COLUMNS = (
    ("col_delegation", 30), ("col_head", 24), ("rl_guest", 26), ("rl_category", 18), ("rl_hotel", 30),
    ("rl_room_type", 22), ("rl_room", 12), ("rl_arrival", 11), ("rl_departure", 11), ("rl_nights", 7),
    ("rl_sharers", 24), ("rl_status", 10),
)
STATUS_KEYS = {"placed": "rl_status_placed", "unplaced": "rl_status_unplaced"}


def _summary_rows(data: list[DelegationSummary], lang: str = "en") -> list[list[Any]]:
    rows = []
    for d in data:
        for s in d.stays:
            status = text(STATUS_KEYS[s.status], lang) if s.status in STATUS_KEYS else s.status
            rows.append([d.delegation, d.head, s.name, s.category, s.hotel, s.room_type, s.room_label,
                         s.arrival, s.departure, s.nights or None, s.sharers, status])
    return rows


def write_summary_xlsx(data: list[DelegationSummary], path: Path, lang: str = "en") -> None:
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
            wb.save(tmp)
        finally:
            wb.close()


def write_summary_pdf(data: list[DelegationSummary], path: Path, lang: str = "en") -> None:
    header = _headers(SUMMARY_COLUMNS, lang)
    widths = [30, 26, 28, 18, 34, 24, 16, 17, 17, 10, 33, 20]
    rows = [["" if v is None else v.isoformat() if isinstance(v, dt.date) else str(v) for v in row]
            for row in _summary_rows(data, lang)]
    _table_pdf(path, text("rl_summary_title", lang), [text("rl_delegations_count", lang, n=len(data))], header,
               rows, widths, [], lang)
