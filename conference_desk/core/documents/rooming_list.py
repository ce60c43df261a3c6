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

if TYPE_CHECKING:
    from ..hotels import DelegationSummary, RoomingList

ROOMING_COLUMNS = (
    ("Confirmation", 14), ("Title", 7), ("Family name", 20), ("Given name", 18), ("Arrival", 11),
    ("Departure", 11), ("Nights", 7), ("Room type", 22), ("Room", 12), ("Sharer(s)", 24),
    ("Billing", 10), ("Special requests", 44), ("Delegation", 28),
)

BILLING_LABELS = {"organiser": "Organiser", "guest": "Guest"}


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return _strip_illegal(neutralise(value)) if value else None
    return value


def _row_values(r: Any) -> list[Any]:
    return [r.confirmation, r.title, r.family_name, r.given_name, r.arrival, r.departure, r.nights,
            r.room_type, r.room_label, r.sharers, BILLING_LABELS.get(r.billing, r.billing),
            r.special_requests, r.delegation]


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


def write_xlsx(data: RoomingList, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    with atomic_output(path) as tmp:
        wb = Workbook()
        try:
            sheet = wb.active
            sheet.title = "Rooming list"
            _style_header(sheet, [c for c, _w in ROOMING_COLUMNS], [w for _c, w in ROOMING_COLUMNS])
            for r in data.rows:
                sheet.append([_cell(v) for v in _row_values(r)])
            for row in sheet.iter_rows(min_row=2, min_col=5, max_col=6):
                for cell in row:
                    cell.number_format = "yyyy-mm-dd"
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(ROOMING_COLUMNS))}{max(len(data.rows) + 1, 1)}"

            totals = wb.create_sheet("Totals per night")
            bold = Font(bold=True)
            totals.append([_cell(data.hotel)])
            totals["A1"].font = Font(bold=True, size=13)
            totals.append([_cell(data.conference)])
            totals.append(["Cut-off date", data.cutoff_date])
            totals.append(["Guests", len(data.rows)])
            totals.append([])
            header_row = totals.max_row + 1
            nights = [n for n in data.nights]
            _style_header(totals, ["Night of", *[n.isoformat() for n in nights]],
                          [30, *[12] * len(nights)], row=header_row)
            for name, counts in data.rooms_per_night.items():
                blocks = data.blocks_per_night.get(name, [0] * len(nights))
                totals.append([_cell(f"{name}: rooms"), *counts])
                totals.append([_cell(f"{name}: block"), *blocks])
            totals.append(["Rooms (all types)", *data.rooms_total_per_night])
            totals.cell(row=totals.max_row, column=1).font = bold
            totals.append(["Block (all types)",
                           *[sum(v[i] for v in data.blocks_per_night.values()) for i in range(len(nights))]])
            totals.append(["Guests", *data.guests_per_night])
            totals.cell(row=totals.max_row, column=1).font = bold
            totals.cell(row=3, column=2).number_format = "yyyy-mm-dd"
            wb.save(tmp)
        finally:
            wb.close()


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _table_pdf(path: Path, title: str, subtitle_lines: list[str], header: list[str], rows: list[list[str]],
               col_widths_mm: list[float], tail: list[tuple[str, list[str], list[list[str]], list[float]]]) -> None:
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
        canv.drawRightString(page[0] - 12 * mm, 8 * mm, f"Page {doc.page}")
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


def write_pdf(data: RoomingList, path: Path) -> None:
    header = [c for c, _w in ROOMING_COLUMNS]
    widths = [18, 10, 24, 22, 17, 17, 10, 24, 17, 27, 14, 45, 28]  # 273 mm of landscape A4
    rows = [[str(v) if not isinstance(v, dt.date) else v.isoformat() for v in _row_values(r)]
            for r in data.rows]
    nights = [n.isoformat() for n in data.nights]
    night_w = min(22.0, (273 - 60) / max(len(nights), 1))
    totals = []
    for name, counts in data.rooms_per_night.items():
        blocks = data.blocks_per_night.get(name, [0] * len(counts))
        totals.append([name, *[f"{c} / {b}" for c, b in zip(counts, blocks)]])
    all_blocks = [sum(v[i] for v in data.blocks_per_night.values()) for i in range(len(nights))]
    totals.append(["Rooms (all types)", *[f"{c} / {b}" for c, b in zip(data.rooms_total_per_night, all_blocks)]])
    totals.append(["Guests", *[str(g) for g in data.guests_per_night]])
    subtitle = [data.conference, data.address,
                f"Cut-off date: {_date(data.cutoff_date) or 'none'}   ·   {len(data.rows)} guests"
                f"   ·   printed {dt.date.today().isoformat()}"]
    _table_pdf(path, f"Rooming list — {data.hotel}", [line for line in subtitle if line], header, rows, widths,
               [("Totals per night (rooms allocated / block)", ["Night of", *nights], totals,
                 [60, *[night_w] * len(nights)])])


SUMMARY_COLUMNS = (
    ("Delegation", 30), ("Head of delegation", 24), ("Guest", 26), ("Category", 18), ("Hotel", 30),
    ("Room type", 22), ("Room", 12), ("Arrival", 11), ("Departure", 11), ("Nights", 7), ("Sharer(s)", 24),
    ("Status", 10),
)


def _summary_rows(data: list[DelegationSummary]) -> list[list[Any]]:
    rows = []
    for d in data:
        for s in d.stays:
            rows.append([d.delegation, d.head, s.name, s.category, s.hotel, s.room_type, s.room_label,
                         s.arrival, s.departure, s.nights or None, s.sharers, s.status])
    return rows


def write_summary_xlsx(data: list[DelegationSummary], path: Path) -> None:
    from openpyxl import Workbook

    with atomic_output(path) as tmp:
        wb = Workbook()
        try:
            sheet = wb.active
            sheet.title = "Accommodation"
            _style_header(sheet, [c for c, _w in SUMMARY_COLUMNS], [w for _c, w in SUMMARY_COLUMNS])
            for row in _summary_rows(data):
                sheet.append([_cell(v) for v in row])
            for row in sheet.iter_rows(min_row=2, min_col=8, max_col=9):
                for cell in row:
                    cell.number_format = "yyyy-mm-dd"
            sheet.freeze_panes = "A2"
            wb.save(tmp)
        finally:
            wb.close()


def write_summary_pdf(data: list[DelegationSummary], path: Path) -> None:
    header = [c for c, _w in SUMMARY_COLUMNS]
    widths = [30, 26, 28, 18, 34, 24, 16, 17, 17, 10, 33, 20]
    rows = [["" if v is None else v.isoformat() if isinstance(v, dt.date) else str(v) for v in row]
            for row in _summary_rows(data)]
    _table_pdf(path, "Accommodation per delegation", [f"{len(data)} delegations"], header, rows, widths, [])
