"""Ground transport documents (PDF): drivers' manifests, the airport's meet-and-greet list, lobby timetables.

* **Manifests** (one page or more per run, Spanish by default: the drivers are the transport
  company's, in Mexico City): the run's code in large type, date and time of departure,
  pick-up point (the terminal's meeting point, or the hotel's lobby), destination, vehicle
  and seats, then the passengers (name as listed, delegation, flight and its time, bags, a
  box to tick when on board), the escort's phone (a blank line to fill in when none is
  given) and lines for the driver's name, plates and signature.  A shuttle names nobody
  (shuttles are sized from head counts), so its page says how many ride instead.  Guests'
  own phone numbers are left off on purpose: the sheets go to a contractor's drivers.
* **Meet and greet** (the airport desk, in the interface language): per day and terminal
  a section of its own, per clock hour the guests landing with flight, name, delegation,
  hotel and the run that takes them (code, departure time, vehicle).
* **Shuttle timetable** (a sign for one hotel's lobby, in the interface language): per day
  the departures from the hotel to the venue (or an evening event) and back, with the
  vehicles and seats, in large type; the type is made smaller only as far as one A4 page
  needs.

The ``write_*`` functions are pure (lists of :class:`~.service.RunRow` in, a PDF out, the
number of pages back); the ``export_*`` functions read the stored runs through
:func:`.service.stored_runs` and the conference's name and organisers from the database.
Tables use the shared layout (:mod:`..foundation.documents.layout`): no word, time or code
is ever broken inside a cell, names print in their own script, files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..foundation.db import Database
from ..foundation.documents import fonts, layout
from ..foundation.documents.strings import TEXT, text
from ..foundation.files import atomic_output
from ..foundation.text import fold, is_latin
from ..programme.booklet import day_heading
from .service import PassengerRow, RunRow

# "MEX T1": an airport's terminal as the planner names it (Rules.airport_place).
_AIRPORT_PLACE = re.compile(r"^(?P<airport>[A-Z]{3}) T(?P<terminal>\w{1,3})$")


# --------------------------------------------------------------------------
# Words and places
# --------------------------------------------------------------------------


def _count(key: str, n: int, lang: str) -> str:
    """"1 bag" / "3 bags" (``tr_bags_one`` / ``tr_bags_many``), the number as ``lang`` writes it."""
    return text(f"{key}_{'one' if n == 1 else 'many'}", lang, n=layout.format_number(n, lang))


def vehicle_label(code: str, lang: str) -> str:
    """"coach" -> "Autobús" (es); a vehicle type the words do not know prints as its code."""
    key = f"tr_vehicle_{code}"
    return text(key, lang) if key in TEXT else code


def vehicles_label(codes: Iterable[str], lang: str) -> str:
    """"2 autobuses, 1 camioneta": how many vehicles of each type, in the order given (biggest first)."""
    counts = Counter(codes)
    parts = []
    for code, n in counts.items():
        key = f"tr_{code}"
        parts.append(_count(key, n, lang) if f"{key}_one" in TEXT else f"{n} × {code}")
    return ", ".join(parts)


def terminal_of(place: str) -> str:
    """"MEX T1" -> "T1"; "" for a place that is not an airport's terminal."""
    m = _AIRPORT_PLACE.match((place or "").strip())
    return f"T{m['terminal']}" if m else ""


def terminal_label(terminal: str, lang: str) -> str:
    """"T1" -> "Terminal 1"; "" -> "Terminal not given"."""
    if not terminal:
        return text("tr_terminal_unknown", lang)
    return text("tr_terminal", lang, terminal=terminal[1:] if re.fullmatch(r"T\w+", terminal) else terminal)


def place_label(place: str, lang: str, hotels: Iterable[str] = (), role: str = "") -> str:
    """A place as a driver reads it; ``role`` "pickup" adds where to wait, "dropoff" the airport's level.

    "MEX T1" (pick-up) -> "Aeropuerto MEX, Terminal 1" and the conference's meeting point on a second
    line; a hotel (pick-up) -> "<hotel>, lobby"; anything else (the venue, an event) as it is named.
    """
    m = _AIRPORT_PLACE.match((place or "").strip())
    if m:
        airport = text("tr_airport_terminal", lang, airport=m["airport"], terminal=m["terminal"])
        if role == "pickup":
            return f"{airport}\n{text('tr_meeting_point', lang)}"
        if role == "dropoff":
            return f"{airport} ({text('tr_departures_level', lang)})"
        return airport
    if role == "pickup" and place in set(hotels):
        return text("tr_hotel_lobby", lang, hotel=place)
    return place


def hotels_of(runs: Iterable[RunRow]) -> set[str]:
    """The hotels the runs know: an arrival's destination, a departure's origin, every passenger's hotel."""
    out: set[str] = set()
    for run in runs:
        if run.kind == "arrival":
            out.add(run.to_place)
        elif run.kind == "departure":
            out.add(run.from_place)
        out.update(p.hotel for p in run.passengers if p.hotel)
    return out


def _clock(at: dt.datetime | None, lang: str, day: dt.date | None = None) -> str:
    """"14:20"; with the date in front when it is not ``day`` (a flight the evening before a night run)."""
    if at is None:
        return ""
    if day is not None and at.date() != day:
        return f"{layout.short_date(at.date(), lang)} {at:%H:%M}"
    return f"{at:%H:%M}"


_ORIGINAL = re.compile(r"^(?P<latin>.*\S) \((?P<original>[^()]+)\)$")


def name_column(heading: str, names: Iterable[str], size: float) -> layout.Column:
    """The name column, wide enough for every name with its original script on one line.

    "Hala Al-Haddad (هالة الحداد)": a line break between the Arabic words would have a reader
    put them back in the wrong order across the two lines, and a no-break space does not survive
    the font chain's runs, so the column is given the width of the whole name instead (only for
    names with an original in another script; Latin names wrap between words as any text does).
    """
    from reportlab.lib.units import mm

    widest = 0.0
    for name in names:
        m = _ORIGINAL.match(name or "")
        if m and not is_latin(m["original"]):
            widest = max(widest, layout.text_width(name, size))
    return layout.Column(heading, min_mm=(widest + 6) / mm if widest else 0.0)


def _passenger_order(p: PassengerRow) -> tuple[Any, ...]:
    return (p.flight_at or dt.datetime.max, p.flight, fold(p.name), p.participant_id)


# --------------------------------------------------------------------------
# Page building
# --------------------------------------------------------------------------


class _Doc:
    """One document on the shared layout: styles at chosen sizes, tables, the page count once built."""

    def __init__(self, lang: str, author: str = "", landscape_page: bool = False) -> None:
        from reportlab.lib.pagesizes import A4, landscape

        self.lang = lang
        self.author = author
        self.page = landscape(A4) if landscape_page else A4
        self.width = layout.frame_width(self.page)
        self.styles = layout.paragraph_styles()
        self._running = ""  # what the top of a continuation page repeats (set while the story is drawn)

    @staticmethod
    def style(name: str, size: float, bold: bool = False, color: str = "#000000", space_before: float = 0,
              space_after: float = 0) -> Any:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        regular, bold_font = fonts.register_fonts()
        return ParagraphStyle(name, fontName=bold_font if bold else regular, fontSize=size,
                              leading=round(size * 1.25, 2), textColor=colors.HexColor(color),
                              spaceBefore=space_before, spaceAfter=space_after, splitLongWords=0)

    @staticmethod
    def lines(value: str, style: Any, bold: bool = False) -> Any:
        """A paragraph of one or more lines (``\\n``), each drawn with the font chain."""
        from reportlab.platypus import Paragraph

        return Paragraph("<br/>".join(layout.markup(line, bold=bold) for line in (value or "").split("\n")), style)

    def running(self, label: str) -> Any:
        """A flowable of no size from which on ``label`` heads every page that begins while it holds
        (with "(continued)"): a page that falls out of a coach's manifest still says which run it is.
        ``""`` ends it (put before a page break, so the next run's first page carries no stale label)."""
        from reportlab.platypus import Flowable

        doc = self

        class Running(Flowable):
            def wrap(self, *_args: Any) -> tuple[float, float]:
                return 0.0, 0.0

            def draw(self) -> None:
                doc._running = label

        return Running()

    def build(self, path: Path | str, title: str, story: list[Any]) -> int:
        """Write ``story`` (footer, metadata, atomically) and return the number of pages."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm

        pages = [0]
        self._running = ""
        _regular, bold = fonts.register_fonts()

        def count(canv: Any, _doc: Any) -> None:
            pages[0] = max(pages[0], canv.getPageNumber())
            if self._running:
                label = f"{self._running} {text('continued', self.lang)}"
                size = 9.0
                while size > 6 and layout.text_width(label, size, True) > self.width:
                    size -= 0.5
                canv.saveState()
                canv.setFillColor(colors.HexColor(layout.MUTED))
                canv.setFont(bold, size)
                canv.drawRightString(self.page[0] - 12 * mm, self.page[1] - 8 * mm, label)
                canv.restoreState()

        layout.build_pdf(path, story, layout.DocInfo(title=title, lang=self.lang, author=self.author),
                         pagesize=self.page, on_page=count)
        return pages[0]


def _titled(title: str, conference: str) -> str:
    return f"{title} \u2014 {conference}" if conference else title


_CELL_PADDING = 5.5  # what layout.data_table adds around a cell's text (points)


def aligned_columns(columns: Sequence[layout.Column], rows: Sequence[Sequence[str]], width: float, size: float,
                    min_size: float) -> list[layout.Column]:
    """``columns`` with the widths the shared layout gives ``rows`` all together, as minimums.

    A document with one table per hour or per day then has its columns at the same places in
    every table (and every cell still gets at least its widest word): the reader's eye finds the
    flight or the time where it found it above.
    """
    from dataclasses import replace

    from reportlab.lib.units import mm

    if not rows:
        return list(columns)
    widths, _size, _headings = layout.plan_widths(columns, rows, width, size, min_size, _CELL_PADDING)
    # A hair under the planned widths, so that their sum never exceeds the frame by rounding.
    return [replace(c, min_mm=max(c.min_mm, (w - 0.05) / mm)) for c, w in zip(columns, widths)]


# --------------------------------------------------------------------------
# Drivers' manifests
# --------------------------------------------------------------------------


def _facts_table(doc: _Doc, facts: list[tuple[str, str, str]]) -> Any:
    """Label / value rows; a value's style: "" (normal), "big" (the departure time), "blank" (a line to fill)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    label_style = doc.style("tr_label", 10, bold=True, color=layout.ACCENT)
    value_style = doc.style("tr_value", 11)
    big_style = doc.style("tr_value_big", 20, bold=True)
    label_w = max(max(layout.text_width(label, 10, True) for label, _v, _k in facts) + 10, 40 * mm)
    rows, style = [], [*layout.embedded_font_style(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                       ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                       ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor(layout.GRID))]
    for i, (label, value, kind) in enumerate(facts):
        cell: Any = "" if kind == "blank" else doc.lines(value, big_style if kind == "big" else value_style,
                                                         bold=kind == "big")
        rows.append([doc.lines(label, label_style, bold=True), cell])
        if kind == "blank":
            style += [("LINEBELOW", (1, i), (1, i), 0.8, colors.black), ("TOPPADDING", (1, i), (1, i), 14)]
    table = Table(rows, colWidths=[label_w, doc.width - label_w])
    table.setStyle(TableStyle(style))
    return table


def _signature_table(doc: _Doc) -> Any:
    """"Conductor: ____  Placas: ____  Firma: ____": lines the driver fills in."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    style = doc.style("tr_sign", 10, bold=True)
    labels = [f"{text(key, doc.lang)}:" for key in ("tr_driver", "tr_plate", "tr_signature")]
    label_widths = [layout.text_width(label, 10, True) + 8 for label in labels]
    blank = (doc.width - sum(label_widths)) / 3
    cells, widths, lines = [], [], []
    for i, label in enumerate(labels):
        cells += [doc.lines(label, style, bold=True), ""]
        widths += [label_widths[i], blank]
        lines.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.8, colors.black))
    table = Table([cells], colWidths=widths)
    table.setStyle(TableStyle([*layout.embedded_font_style(), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 16), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), *lines]))
    return table


def _passenger_table(doc: _Doc, run: RunRow) -> Any:
    lang = doc.lang
    N, W = layout.NUMBER, layout.NOWRAP
    time_key = "tr_col_takes_off" if run.kind == "departure" else "tr_col_lands"
    columns = [layout.Column(text("tr_col_number", lang), N),
               name_column(text("tr_col_name", lang), (p.name for p in run.passengers), 10.0),
               layout.Column(text("col_delegation", lang)), layout.Column(text("tr_col_flight", lang), W),
               layout.Column(text(time_key, lang), W), layout.Column(text("tr_col_bags", lang), N),
               layout.Column(text("tr_col_on_board", lang), W, min_mm=20)]
    day = run.departs_at.date()
    rows = [[layout.format_number(n, lang), p.name, p.delegation, p.flight, _clock(p.flight_at, lang, day),
             layout.format_number(p.luggage, lang), ""]
            for n, p in enumerate(sorted(run.passengers, key=_passenger_order), start=1)]
    return layout.data_table(columns, rows, doc.width, size=10.0, min_size=7.0)


def _manifest_story(doc: _Doc, run: RunRow, conference: str, escort_phone: str, hotels: set[str]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer

    lang = doc.lang
    story: list[Any] = [
        doc.running(run.code),
        doc.lines(text("tr_manifest_title", lang), doc.style("tr_title", 15, bold=True, color=layout.ACCENT),
                  bold=True),
        doc.lines(run.code, doc.style("tr_code", 20, bold=True, space_before=2, space_after=2), bold=True),
    ]
    if conference:
        story.append(doc.lines(conference, doc.styles["sub"]))
    story.append(Spacer(1, 8))
    kind_key = f"tr_kind_{run.kind}"
    riders = len(run.passengers) if run.kind != "shuttle" else run.riders
    luggage = run.luggage or sum(p.luggage for p in run.passengers)
    load = _count("tr_passengers", riders, lang)
    if run.kind != "shuttle":
        load += f", {_count('tr_bags', luggage, lang)}"
    facts = [
        (text("tr_kind", lang), text(kind_key, lang) if kind_key in TEXT else run.kind, ""),
        (text("tr_date", lang), day_heading(run.departs_at.date(), lang), ""),
        (text("tr_departs", lang), f"{run.departs_at:%H:%M}", "big"),
        (text("tr_pickup", lang), place_label(run.from_place, lang, hotels, "pickup"), ""),
        (text("tr_destination", lang),
         place_label(run.to_place, lang, hotels, "dropoff" if run.kind == "departure" else ""), ""),
        (text("tr_vehicle", lang), f"{vehicle_label(run.vehicle, lang)}, {_count('tr_seats', run.seats, lang)}", ""),
        (text("tr_load", lang), load, ""),
        (text("tr_escort_phone", lang), escort_phone, "" if escort_phone.strip() else "blank"),
    ]
    story.append(_facts_table(doc, facts))
    if run.kind == "shuttle":
        story += [Spacer(1, 10), doc.lines(text("tr_shuttle_headcount", lang, n=layout.format_number(riders, lang)),
                                           doc.style("tr_body", 11))]
    else:
        story.append(CondPageBreak(30 * mm))
        story.append(doc.lines(f"{text('tr_passengers', lang)} ({layout.format_number(len(run.passengers), lang)})",
                               doc.style("tr_h2", 13, bold=True, space_before=12, space_after=5), bold=True))
        story.append(_passenger_table(doc, run))
    story += [CondPageBreak(20 * mm), _signature_table(doc), doc.running("")]
    return story


def write_manifests(runs: Sequence[RunRow], path: Path | str, lang: str = "es", conference: str = "",
                    author: str = "", escort_phone: str = "", hotels: Iterable[str] = ()) -> int:
    """Write one manifest per run (a new page for each; by departure time) and return the number of pages.

    ``hotels`` names the places that are hotels (a pick-up there is "<hotel>, lobby"); the hotels the
    runs themselves show (arrivals' destinations, departures' origins, passengers' hotels) are added.
    """
    from reportlab.platypus import PageBreak

    doc = _Doc(lang, author)
    known = hotels_of(runs) | set(hotels)
    story: list[Any] = []
    for i, run in enumerate(sorted(runs, key=lambda r: (r.departs_at, r.code))):
        if i:
            story.append(PageBreak())
        story += _manifest_story(doc, run, conference, escort_phone, known)
    title = text("tr_manifests_title", lang)
    if not story:
        story = [doc.lines(title, doc.styles["title"], bold=True), doc.lines(text("tr_no_runs", lang),
                                                                            doc.styles["body"])]
    return doc.build(path, _titled(title, conference), story)


# --------------------------------------------------------------------------
# Meet and greet at the airport
# --------------------------------------------------------------------------


def meet_and_greet_groups(runs: Iterable[RunRow]
                          ) -> list[tuple[dt.date, str, list[tuple[int | None, list[tuple[PassengerRow, RunRow]]]]]]:
    """[(day, terminal, [(hour, [(guest, run)...])...])...] for the arrival runs: days, terminals and hours
    in order (a terminal or hour not given last), guests by landing time, flight and name."""
    cells: dict[tuple[dt.date, str], dict[int | None, list[tuple[PassengerRow, RunRow]]]] = defaultdict(
        lambda: defaultdict(list))
    for run in runs:
        if run.kind != "arrival":
            continue
        for p in run.passengers:
            day = (p.flight_at or run.departs_at).date()
            terminal = p.terminal or terminal_of(run.from_place)
            cells[(day, terminal)][p.flight_at.hour if p.flight_at else None].append((p, run))
    out = []
    for (day, terminal) in sorted(cells, key=lambda k: (k[0], not k[1], k[1])):
        hours = cells[(day, terminal)]
        out.append((day, terminal, [(hour, sorted(hours[hour], key=lambda pr: _passenger_order(pr[0])))
                                    for hour in sorted(hours, key=lambda h: (h is None, h or 0))]))
    return out


def _hour_label(hour: int | None, n: int, lang: str) -> str:
    span = text("tr_mg_hour_unknown", lang) if hour is None else f"{hour:02d}:00\u2013{hour + 1:02d}:00"
    return f"{span} \u00b7 {_count('tr_guests', n, lang)}"


def write_meet_and_greet(runs: Sequence[RunRow], path: Path | str, lang: str = "en", conference: str = "",
                         author: str = "") -> int:
    """Write the meet-and-greet list (a section per day and terminal, a table per hour) and return its pages."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, PageBreak

    doc = _Doc(lang, author, landscape_page=True)
    W = layout.NOWRAP
    columns = [layout.Column(text("tr_col_landing", lang), W), layout.Column(text("tr_col_flight", lang), W),
               name_column(text("tr_col_name", lang),
                           (p.name for r in runs if r.kind == "arrival" for p in r.passengers), 9.0),
               layout.Column(text("col_delegation", lang)), layout.Column(text("rl_hotel", lang)),
               layout.Column(text("tr_col_run", lang), W), layout.Column(text("tr_col_run_leaves", lang), W),
               layout.Column(text("tr_vehicle", lang), W)]
    title = text("tr_mg_title", lang)
    groups = meet_and_greet_groups(runs)
    guests = sum(len(rows) for _d, _t, hours in groups for _h, rows in hours)
    arrival_runs = sum(1 for r in runs if r.kind == "arrival")
    title_style = doc.style("tr_title", 15, bold=True, color=layout.ACCENT)
    section_style = doc.style("tr_section", 14, bold=True, color=layout.ACCENT, space_after=2)
    hour_style = doc.style("tr_hour", 11.5, bold=True, space_before=8, space_after=3)
    def body(day: dt.date, rows: list[tuple[PassengerRow, RunRow]]) -> list[list[str]]:
        return [[_clock(p.flight_at, lang, day), p.flight, p.name, p.delegation, p.hotel or run.to_place,
                 run.code, _clock(run.departs_at, lang, day), vehicle_label(run.vehicle, lang)] for p, run in rows]

    columns = aligned_columns(columns, [row for day, _t, hours in groups for _h, rows in hours
                                        for row in body(day, rows)], doc.width, 9.0, 7.0)
    story: list[Any] = []
    for n, (day, terminal, hours) in enumerate(groups):
        if n:
            story += [doc.running(""), PageBreak()]
        section = f"{terminal_label(terminal, lang)} \u2014 {day_heading(day, lang)}"
        story += [doc.running(section), doc.lines(title, title_style, bold=True)]
        summary = text("tr_mg_summary", lang, guests=_count("tr_guests", guests, lang),
                       runs=_count("tr_runs", arrival_runs, lang))
        story.append(doc.lines(" \u00b7 ".join(x for x in (conference, summary) if x), doc.styles["sub"]))
        story.append(doc.lines(section, section_style, bold=True))
        for hour, rows in hours:
            story += [CondPageBreak(30 * mm), doc.lines(_hour_label(hour, len(rows), lang), hour_style, bold=True)]
            story.append(layout.data_table(columns, body(day, rows), doc.width, size=9.0, min_size=7.0))
    if not story:
        story = [doc.lines(title, title_style, bold=True)]
        if conference:
            story.append(doc.lines(conference, doc.styles["sub"]))
        story.append(doc.lines(text("tr_mg_none", lang), doc.styles["body"]))
    return doc.build(path, _titled(title, conference), story)


# --------------------------------------------------------------------------
# Shuttle timetable for a hotel's lobby
# --------------------------------------------------------------------------


def _same_place(a: str, b: str) -> bool:
    return a == b or (bool(a) and fold(a) == fold(b))


def shuttle_departures(runs: Iterable[RunRow], hotel: str
                       ) -> list[tuple[dt.date, list[tuple[dt.datetime, str, str, list[RunRow]]]]]:
    """[(day, [(leaves, from, to, vehicles)...])...]: the hotel's shuttles, the vehicles leaving together
    (same time, same places) as one departure, by day and time."""
    together: dict[tuple[dt.datetime, str, str], list[RunRow]] = defaultdict(list)
    for run in runs:
        if run.kind == "shuttle" and (_same_place(run.from_place, hotel) or _same_place(run.to_place, hotel)):
            together[(run.departs_at, run.from_place, run.to_place)].append(run)
    days: dict[dt.date, list[tuple[dt.datetime, str, str, list[RunRow]]]] = defaultdict(list)
    for (at, origin, destination), vehicles in sorted(together.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
        vehicles.sort(key=lambda r: (-r.seats, r.vehicle, r.code))
        days[at.date()].append((at, origin, destination, vehicles))
    return sorted(days.items())


def _timetable_story(doc: _Doc, hotel: str, departures: list[tuple[dt.date, list[tuple[dt.datetime, str, str,
                     list[RunRow]]]]], conference: str, size: float) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer

    lang = doc.lang
    scale = size / 14.0
    story: list[Any] = [
        doc.lines(text("tr_timetable_title", lang), doc.style("tr_tt_title", 24 * scale, bold=True,
                                                              color=layout.ACCENT), bold=True),
        doc.lines(hotel, doc.style("tr_tt_hotel", 19 * scale, bold=True, space_before=2), bold=True),
    ]
    if conference:
        story.append(doc.lines(conference, doc.style("tr_tt_conf", 11 * scale, color=layout.MUTED)))
    story.append(Spacer(1, 10 * scale))
    if not departures:
        story.append(doc.lines(text("tr_timetable_none", lang), doc.style("tr_tt_none", size)))
        return story
    columns = [layout.Column(text("tr_col_time", lang), layout.NOWRAP, bold=True),
               layout.Column(text("tr_col_from", lang)), layout.Column(text("tr_col_to", lang)),
               layout.Column(text("tr_col_vehicles", lang)), layout.Column(text("tr_col_seats", lang), layout.NUMBER)]
    day_style = doc.style("tr_tt_day", 16 * scale, bold=True, space_before=10 * scale, space_after=4 * scale)
    here = text("tr_this_hotel", lang)

    def where(place: str) -> str:
        return here if _same_place(place, hotel) else place_label(place, lang)

    def body(rows: list[tuple[dt.datetime, str, str, list[RunRow]]]) -> list[list[str]]:
        return [[f"{at:%H:%M}", where(origin), where(destination), vehicles_label((r.vehicle for r in vehicles), lang),
                 layout.format_number(sum(r.seats for r in vehicles), lang)]
                for at, origin, destination, vehicles in rows]

    columns = aligned_columns(columns, [row for _day, rows in departures for row in body(rows)], doc.width, size,
                              size * 0.75)
    for day, rows in departures:
        story += [CondPageBreak(45 * scale * mm), doc.lines(day_heading(day, lang), day_style, bold=True)]
        story.append(layout.data_table(columns, body(rows), doc.width, size=size, min_size=size * 0.75,
                                       extra_style=[("TOPPADDING", (0, 1), (-1, -1), 4 * scale),
                                                    ("BOTTOMPADDING", (0, 1), (-1, -1), 5 * scale)]))
    story += [Spacer(1, 12 * scale), doc.lines(text("tr_timetable_note", lang), doc.style("tr_tt_note", 11 * scale))]
    return story


TIMETABLE_SIZES = (18.0, 15.0, 13.0, 11.5, 10.0)  # the table's type size, largest first, until one page holds it


def write_shuttle_timetable(runs: Sequence[RunRow], hotel: str, path: Path | str, lang: str = "en",
                            conference: str = "", author: str = "") -> int:
    """Write ``hotel``'s shuttle timetable (its name as the runs give it) and return the number of pages.

    The largest type of :data:`TIMETABLE_SIZES` that fits one A4 page is kept (the smallest when
    none does); every attempt is written into one temporary file, renamed onto ``path`` at the end.
    """
    doc = _Doc(lang, author)
    departures = shuttle_departures(runs, hotel)
    title = _titled(f"{text('tr_timetable_title', lang)} \u2014 {hotel}", conference)
    pages = 0
    with atomic_output(Path(path)) as tmp:
        for size in TIMETABLE_SIZES:
            pages = doc.build(tmp, title, _timetable_story(doc, hotel, departures, conference, size))
            if pages <= 1:
                break
    return pages


# --------------------------------------------------------------------------
# From the database
# --------------------------------------------------------------------------


def _conference(db: Database, lang: str) -> str:
    from sqlalchemy import select

    from ..foundation.models import Conference

    with db.session() as s:
        conf = s.scalar(select(Conference).limit(1))
        return conf.name(lang) if conf is not None else ""


def _hotel_names(db: Database) -> list[str]:
    from sqlalchemy import select

    from ..foundation.models import Hotel

    with db.session() as s:
        return list(s.scalars(select(Hotel.name)))


def export_manifests(db: Database, out: Path | str, day: dt.date | None = None, lang: str = "es",
                     escort_phone: str = "") -> dict[str, Any]:
    """Write the drivers' manifests of every stored run (of ``day``, if given)."""
    from ..foundation.documents.layout import organisers
    from . import service

    runs = service.stored_runs(db, day, lang=lang)
    path = Path(out)
    pages = write_manifests(runs, path, lang, _conference(db, lang), author=organisers(db),
                            escort_phone=escort_phone, hotels=_hotel_names(db))
    return {"file": str(path), "format": "pdf", "language": lang, "runs": len(runs),
            "passengers": sum(len(r.passengers) for r in runs), "pages": pages}


def export_meet_and_greet(db: Database, out: Path | str, day: dt.date | None = None,
                          lang: str = "en") -> dict[str, Any]:
    """Write the airport desk's meet-and-greet list of the stored arrival runs (of ``day``, if given)."""
    from ..foundation.documents.layout import organisers
    from . import service

    runs = service.stored_runs(db, day, kind="arrival", lang=lang)
    path = Path(out)
    pages = write_meet_and_greet(runs, path, lang, _conference(db, lang), author=organisers(db))
    return {"file": str(path), "format": "pdf", "language": lang, "runs": len(runs),
            "guests": sum(len(r.passengers) for r in runs), "pages": pages}


def export_timetable(db: Database, hotel_part: str | int, out: Path | str, lang: str = "en") -> dict[str, Any]:
    """Write one hotel's shuttle timetable; ``hotel_part`` is any unambiguous part of its name (as
    :func:`..hotels.base.find_hotel` reads it: an error names the hotels when none or several match)."""
    from ..foundation.documents.layout import organisers
    from ..hotels.base import find_hotel
    from . import service

    with db.session() as s:
        hotel = find_hotel(s, hotel_part).name
    runs = service.stored_runs(db, kind="shuttle", lang=lang)
    path = Path(out)
    pages = write_shuttle_timetable(runs, hotel, path, lang, _conference(db, lang), author=organisers(db))
    departures = shuttle_departures(runs, hotel)
    return {"file": str(path), "format": "pdf", "language": lang, "hotel": hotel,
            "runs": sum(len(v) for _d, rows in departures for _a, _f, _t, v in rows), "pages": pages}
