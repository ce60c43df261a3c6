"""Loading a conference set-up shipped as data in ``resources/``.

``initialise(db, "iclc2015")`` fills an empty database with the conference
facts, UNESCO Member States, participant categories, venue rooms, hotels with
their room blocks and the programme skeleton.  On a database that already has
a conference it changes nothing (``init`` on an existing file only migrates).
Everything loaded here is ordinary data that organisers edit afterwards.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from . import audit
from .db import Database
from .errors import SetupError
from .models import (
    Category,
    Conference,
    Hotel,
    MembershipStatus,
    MemberState,
    Region,
    RoomBlock,
    RoomType,
    SessionType,
    VenueRoom,
)
from .models import Session as ProgrammeSession
from .paths import RESOURCES_DIR

SETUPS_DIR = RESOURCES_DIR / "setups"
MEMBER_STATES_CSV = RESOURCES_DIR / "member_states.csv"
CATEGORIES_JSON = RESOURCES_DIR / "categories.json"


def available_setups() -> list[str]:
    return sorted(p.stem for p in SETUPS_DIR.glob("*.json"))


@dataclass
class InitResult:
    created: bool
    conference_code: str
    member_states: int = 0
    categories: int = 0
    venue_rooms: int = 0
    hotels: int = 0
    sessions: int = 0


def _read_json(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError as exc:
        raise SetupError(f"Set-up file not found: {path}") from exc
    except json.JSONDecodeError as exc:
        raise SetupError(f"{path.name}, line {exc.lineno}: not valid JSON ({exc.msg}).") from exc
    if not isinstance(data, dict):
        raise SetupError(f"{path.name}: expected a JSON object at the top level.")
    return data


@contextmanager
def _reading(where: str) -> Iterator[None]:
    """Turn a missing key or a value of the wrong type in a set-up file into a SetupError naming ``where``."""
    try:
        yield
    except SetupError:
        raise
    except KeyError as exc:
        raise SetupError(f"{where}: {exc.args[0]!r} is missing.") from exc
    except (TypeError, ValueError, AttributeError, IndexError, ArithmeticError, SQLAlchemyError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:160] if str(exc).strip() \
            else type(exc).__name__
        raise SetupError(f"{where}: a value is missing or of the wrong type ({reason}).") from exc


def _items(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise SetupError(f"{where}: expected a list of objects.")
    return value


def _date(value: Any, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise SetupError(f"{where}: {value!r} is not a date (YYYY-MM-DD).") from exc


def _datetime(value: Any, where: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise SetupError(f"{where}: {value!r} is not a date and time (YYYY-MM-DDTHH:MM).") from exc


def _time(value: Any, where: str) -> dt.time | None:
    if value in (None, ""):
        return None
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError as exc:
        raise SetupError(f"{where}: {value!r} is not a time (HH:MM).") from exc


def read_member_states(path: Path = MEMBER_STATES_CSV) -> list[dict[str, str]]:
    """The shipped Member States, validated row by row."""
    rows: list[dict[str, str]] = []
    regions = {r.value for r in Region}
    statuses = {s.value for s in MembershipStatus}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for line_no, row in enumerate(reader, start=2):
            for column in ("iso3", "iso2", "name_en", "name_fr", "name_es", "region", "status"):
                if not (row.get(column) or "").strip():
                    raise SetupError(f"{path.name}, row {line_no}, column {column}: empty.")
            if row["region"] not in regions:
                raise SetupError(
                    f"{path.name}, row {line_no}, column region: unknown region {row['region']!r}."
                )
            if row["status"] not in statuses:
                raise SetupError(
                    f"{path.name}, row {line_no}, column status: unknown status {row['status']!r}."
                )
            rows.append({k: v.strip() for k, v in row.items()})
    return rows


def load_member_states(session: Session) -> int:
    existing = set(session.scalars(select(MemberState.iso3)))
    count = 0
    for row in read_member_states():
        if row["iso3"] in existing:
            continue
        session.add(
            MemberState(
                iso3=row["iso3"],
                iso2=row["iso2"],
                name_en=row["name_en"],
                name_fr=row["name_fr"],
                name_es=row["name_es"],
                region=Region(row["region"]),
                status=MembershipStatus(row["status"]),
            )
        )
        count += 1
    return count


def load_categories(session: Session, categories: list[dict[str, Any]]) -> int:
    existing = set(session.scalars(select(Category.code)))
    count = 0
    for order, item in enumerate(categories):
        if item["code"] in existing:
            continue
        session.add(
            Category(
                code=item["code"],
                label_en=item["label_en"],
                label_fr=item.get("label_fr") or item["label_en"],
                label_es=item.get("label_es") or item["label_en"],
                colour=item.get("colour", "#1f4e79"),
                text_colour=item.get("text_colour", "#ffffff"),
                priority=int(item.get("priority", 50)),
                sort_order=order,
            )
        )
        count += 1
    return count


def _conference(facts: dict[str, Any]) -> Conference:
    today = dt.date.today()
    arrival = _date(facts.get("arrival_date", today.isoformat()), "conference.arrival_date")
    start = _date(facts.get("start_date", arrival.isoformat()), "conference.start_date")
    end = _date(facts.get("end_date", start.isoformat()), "conference.end_date")
    departure = _date(facts.get("departure_date", end.isoformat()), "conference.departure_date")
    if not arrival <= start <= end <= departure:
        raise SetupError("conference: dates must be arrival ≤ start ≤ end ≤ departure.")
    text_fields = (
        "code short_name name_en name_fr name_es theme_en theme_fr theme_es city country_iso3 "
        "timezone venue_name venue_address venue_description working_languages organisers hosts"
    ).split()
    values = {name: str(facts.get(name, "")) for name in text_fields}
    values["timezone"] = values["timezone"] or "UTC"
    return Conference(
        **values,
        arrival_date=arrival,
        start_date=start,
        end_date=end,
        departure_date=departure,
        venue_opens=_time(facts.get("venue_opens"), "conference.venue_opens"),
        venue_closes=_time(facts.get("venue_closes"), "conference.venue_closes"),
        badge_secret=secrets.token_bytes(32),
    )


def initialise(
    db: Database, setup: str = "iclc2015", actor: audit.Actor | None = None
) -> InitResult:
    """Fill an empty database with a shipped set-up; do nothing if it has a conference."""
    if setup not in available_setups():
        raise SetupError(
            f"Unknown set-up {setup!r}; choose one of: {', '.join(available_setups())}."
        )
    data = _read_json(SETUPS_DIR / f"{setup}.json")
    categories = data.get("categories") or _read_json(CATEGORIES_JSON)["categories"]
    with db.session() as session:
        existing = session.scalar(select(Conference))
        if existing is not None:
            return InitResult(created=False, conference_code=existing.code)
        with _reading("conference"):
            facts = data["conference"]
            if not isinstance(facts, dict):
                raise SetupError("conference: expected an object.")
            conference = _conference(facts)
            session.add(conference)
            session.flush()
        result = InitResult(created=True, conference_code=conference.code)
        result.member_states = load_member_states(session)
        with _reading("categories"):
            result.categories = load_categories(session, _items(categories, "categories"))
            session.flush()
        with _reading("venue_rooms"):
            rooms = _load_venue_rooms(session, _items(data.get("venue_rooms", []), "venue_rooms"))
            session.flush()
        result.venue_rooms = len(rooms)
        with _reading("hotels"):
            result.hotels = _load_hotels(session, _items(data.get("hotels", []), "hotels"))
            session.flush()
        with _reading("sessions"):
            result.sessions = _load_sessions(session, _items(data.get("sessions", []), "sessions"), rooms)
            session.flush()
        audit.record(
            session,
            actor or audit.Actor(),
            "init",
            "conference",
            summary=f"Set up conference {conference.code} from {setup}",
            changes={"setup": [None, setup]},
        )
    return result


def _load_venue_rooms(session: Session, items: list[dict[str, Any]]) -> dict[str, VenueRoom]:
    rooms: dict[str, VenueRoom] = {}
    for order, item in enumerate(items):
        room = VenueRoom(
            name=item["name"],
            location=item.get("location", ""),
            capacity=int(item["capacity"]),
            layout=item.get("layout", "theatre"),
            booths=int(item.get("booths", 0)),
            booth_languages=item.get("booth_languages", ""),
            equipment=item.get("equipment", ""),
            sort_order=order,
        )
        session.add(room)
        rooms[room.name] = room
    return rooms


def _load_hotels(session: Session, items: list[dict[str, Any]]) -> int:
    for item in items:
        hotel = Hotel(
            name=item["name"],
            address=item.get("address", ""),
            phone=item.get("phone", ""),
            email=item.get("email", ""),
            cutoff_date=_date(item["cutoff_date"], f"{item['name']}.cutoff_date")
            if item.get("cutoff_date")
            else None,
            attrition_percent=int(item.get("attrition_percent", 80)),
        )
        for rt in item.get("room_types", []):
            room_type = RoomType(
                code=rt["code"],
                name=rt["name"],
                capacity=int(rt.get("capacity", 1)),
                rate=rt.get("rate", 0),
                currency=rt.get("currency", "MXN"),
                accessible=bool(rt.get("accessible", False)),
            )
            for night, rooms in sorted(rt.get("blocks", {}).items()):
                room_type.blocks.append(
                    RoomBlock(night=_date(night, f"{item['name']}.{rt['code']}"), rooms=int(rooms))
                )
            hotel.room_types.append(room_type)
        session.add(hotel)
    return len(items)


def _load_sessions(
    session: Session, items: list[dict[str, Any]], rooms: dict[str, VenueRoom]
) -> int:
    for order, item in enumerate(items):
        where = f"session {item.get('code', order)}"
        room_name = item.get("room")
        if room_name and room_name not in rooms:
            raise SetupError(f"{where}: unknown room {room_name!r}.")
        session.add(
            ProgrammeSession(
                code=item["code"],
                type=SessionType(item["type"]),
                title_en=item["title_en"],
                title_fr=item.get("title_fr", ""),
                title_es=item.get("title_es", ""),
                description_en=item.get("description_en", ""),
                description_fr=item.get("description_fr", ""),
                description_es=item.get("description_es", ""),
                starts_at=_datetime(item["starts_at"], where) if item.get("starts_at") else None,
                ends_at=_datetime(item["ends_at"], where) if item.get("ends_at") else None,
                venue_room=rooms.get(room_name) if room_name else None,
                interpretation=item.get("interpretation", ""),
                expected_attendance=int(item.get("expected_attendance", 0)),
                region=Region(item["region"]) if item.get("region") else None,
                sort_order=order,
            )
        )
    return len(items)
