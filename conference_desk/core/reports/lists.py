"""The lists of the Reports area: hotel occupancy, arrivals per day, interpreters' schedules,
press and VIP lists — as plain tables (column keys and rows) the screen shows and exports.

Column titles are chosen by the caller (the GUI translates them); ``export_list`` writes any
such table to CSV or XLSX with the same formula neutralisation as every other export and
records the export in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..foundation.audit import Actor
from ..foundation.db import Database
from ..foundation.files import ExportResult, _sink, atomic_output, format_from_path, record_export
from ..foundation.models import Category, Participant, ParticipantStatus
from ..people.registration import ParticipantQuery, list_participants

LIST_KEYS = ("hotel_occupancy", "arrivals", "interpreter_schedules", "press", "vip")

# Who counts as a VIP (protocol: welcomed, seated and housed first).
VIP_CATEGORIES = ("head", "mayor", "speaker")


@dataclass
class ReportTable:
    key: str
    columns: list[str]           # column keys; the caller gives them titles
    rows: list[tuple[Any, ...]]


def hotel_occupancy(db: Database) -> ReportTable:
    """Per hotel and night: rooms used of the block, the attrition threshold and the shortfall."""
    from ..hotels.service import occupancy

    grid = occupancy(db)
    rows = []
    for hotel in grid.hotels:
        for night in hotel.nights:
            percent = round(100 * night.used / night.block) if night.block else 0
            rows.append((hotel.name, night.night, night.used, night.block, percent, night.threshold,
                         night.shortfall))
    return ReportTable("hotel_occupancy",
                       ["hotel", "night", "rooms_used", "rooms_blocked", "percent", "threshold", "shortfall"], rows)


def arrivals(db: Database) -> ReportTable:
    """Per day: participants arriving, of them hotel guests, and participants leaving (cancelled left out)."""
    with db.session() as s:
        live = Participant.status != ParticipantStatus.CANCELLED
        arriving = dict(s.execute(select(Participant.arrival_date, func.count())
                                  .where(live, Participant.arrival_date.is_not(None))
                                  .group_by(Participant.arrival_date)).all())
        hotel = dict(s.execute(select(Participant.arrival_date, func.count())
                               .where(live, Participant.arrival_date.is_not(None), Participant.needs_hotel.is_(True))
                               .group_by(Participant.arrival_date)).all())
        leaving = dict(s.execute(select(Participant.departure_date, func.count())
                                 .where(live, Participant.departure_date.is_not(None))
                                 .group_by(Participant.departure_date)).all())
    days = sorted(set(arriving) | set(leaving))
    rows = [(day, arriving.get(day, 0), hotel.get(day, 0), leaving.get(day, 0)) for day in days]
    return ReportTable("arrivals", ["day", "arriving", "arriving_hotel", "leaving"], rows)


def interpreter_schedules(db: Database, lang: str = "en") -> ReportTable:
    """Every interpreter's sessions in order: day, time, session, room, booth, booth partners."""
    from ..interpreters.roster import interpreter_schedules as schedules

    rows = []
    for person in schedules(db, lang=lang):
        for e in person.entries:
            rows.append((person.name, e.starts_at.date(), f"{e.starts_at:%H:%M}–{e.ends_at:%H:%M}",
                         e.session_code, e.title, e.room, e.booth_language.upper(), ", ".join(e.partners)))
    return ReportTable("interpreter_schedules",
                       ["interpreter", "day", "time", "session", "title", "room", "booth", "partners"], rows)


def _people(db: Database, codes: Sequence[str], lang: str) -> list[Any]:
    with db.session() as s:
        ids = [c.id for c in s.scalars(select(Category).where(Category.code.in_(codes)))]
        found = []
        for category_id in ids:
            found.extend(list_participants(s, ParticipantQuery(category_id=category_id), limit=None, lang=lang))
    return [p for p in found if p.status != ParticipantStatus.CANCELLED.value]


def press_list(db: Database, lang: str = "en") -> ReportTable:
    """Accredited press: name, media, country or organisation, position, e-mail, arrival."""
    people = sorted(_people(db, ("press",), lang), key=lambda p: (p.family_name.casefold(), p.given_name.casefold()))
    rows = [(p.family_name, p.given_name, p.organisation, p.delegation, p.position, p.email, p.arrival_date)
            for p in people]
    return ReportTable("press", ["family_name", "given_name", "media", "delegation", "position", "email", "arrival"],
                       rows)


def vip_list(db: Database, lang: str = "en") -> ReportTable:
    """Heads of delegation, mayors and speakers: who they are, where from, when they come and go."""
    people = sorted(_people(db, VIP_CATEGORIES, lang),
                    key=lambda p: (p.delegation.casefold(), p.family_name.casefold(), p.given_name.casefold()))
    rows = [(p.family_name, p.given_name, p.category, p.delegation, p.position, p.arrival_date, p.departure_date)
            for p in people]
    return ReportTable("vip", ["family_name", "given_name", "category", "delegation", "position", "arrival",
                               "departure"], rows)


def build_list(db: Database, key: str, lang: str = "en") -> ReportTable:
    makers: dict[str, Callable[[], ReportTable]] = {
        "hotel_occupancy": lambda: hotel_occupancy(db),
        "arrivals": lambda: arrivals(db),
        "interpreter_schedules": lambda: interpreter_schedules(db, lang),
        "press": lambda: press_list(db, lang),
        "vip": lambda: vip_list(db, lang),
    }
    if key not in makers:
        raise KeyError(key)
    return makers[key]()


def export_list(db: Database, table: ReportTable, headers: Sequence[str], path: Path | str,
                fmt: str | None = None, sheet_title: str = "List", actor: Actor | None = None) -> ExportResult:
    """Write ``table`` with ``headers`` to CSV/XLSX (atomically) and record it in the audit log."""
    chosen = format_from_path(Path(path), fmt)
    with atomic_output(path) as tmp:
        sink = _sink(chosen, tmp, sheet_title)
        try:
            sink.header(list(headers), [max(12, min(40, len(h) + 4)) for h in headers])
            sink.rows([tuple(v for v in row) for row in table.rows])
            sink.close()
        except BaseException:
            sink.abort()
            raise
    record_export(db, table.key, path, chosen, len(table.rows), actor=actor)
    return ExportResult(path=Path(path), rows=len(table.rows), format=chosen, columns=len(headers))
