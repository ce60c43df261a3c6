"""Flights: the number, local time and terminal a participant lands and leaves with (issue 20).

Ground transport plans airport pick-ups from these, so they are read the ways organisers
write them and stored one way: the flight number upper case with one space ("af179" ->
"AF 179"), the time as a time (14:35, "2:35 PM", "1435", an Excel time), the terminal as
"T1" or "T2" ("1", "Terminal 1", "T 2").  The flight's date is the participant's
``arrival_date`` / ``departure_date``.  ``own_transport`` ("own arrangement") means no
pick-up is wanted; a flight may still be given (they land, someone else drives them).

The importer, the form and :func:`~conference_desk.core.people.registration.validate_participant`
share these readers, so a value the form accepts is one the import accepts, and the other way round.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ..foundation.messages import Text
from ..foundation.text import fold

# (flight, time, terminal, date) field of each direction.
LEGS: dict[str, tuple[str, str, str, str]] = {
    "arrival": ("arrival_flight", "arrival_time", "arrival_terminal", "arrival_date"),
    "departure": ("departure_flight", "departure_time", "departure_terminal", "departure_date"),
}
# Every field of a participant's travel, in the order of the spreadsheet columns.
TRAVEL_FIELDS = ("arrival_flight", "arrival_time", "arrival_terminal", "departure_flight", "departure_time",
                 "departure_terminal", "own_transport")
FLIGHT_FIELDS = ("arrival_flight", "departure_flight")
TIME_FIELDS = ("arrival_time", "departure_time")
TERMINAL_FIELDS = ("arrival_terminal", "departure_terminal")
TERMINALS = ("T1", "T2")

# The messages (English templates; ui/common/core_messages.py lists them for translation).
NOT_A_FLIGHT = "Not a flight number (an airline code and 1 to 4 digits: AM 401, AF179, IB6401)."
NOT_A_TIME = "Not a time (use 14:35, 2:35 PM or 1435)."
NOT_A_TERMINAL = "Not a terminal (use T1 or T2)."
ARRIVAL_WITHOUT_DATE = "An arrival flight needs its date: give the arrival date too."
DEPARTURE_WITHOUT_DATE = "A departure flight needs its date: give the departure date too."
LEAVES_BEFORE_LANDING = "Departure at {departure} is before the arrival at {arrival} on the same day."

# An airline designator (two letters or digits, IATA, never two digits; or three letters, ICAO),
# an optional space or hyphen, 1-4 digits and an optional operational suffix letter.
_FLIGHT = re.compile(r"([A-Z]{3}|[A-Z0-9]{2})[ -]?(\d{1,4})([A-Z]?)")
_SPACES = re.compile(r"\s+")


def flight_number(value: Any) -> str | None:
    """The flight number ``value`` gives, as stored ("AM 401"); "" for none; None if it is not one."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", value).strip().upper()
    if not text:
        return ""
    match = _FLIGHT.fullmatch(text)
    if match is None or match.group(1).isdigit():
        return None
    return f"{match.group(1)} {match.group(2)}{match.group(3)}"


_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d{2})(?::(\d{2}))?)?(am|pm)?(?:h|hs|hrs)?")
_PACKED = re.compile(r"(\d{3,4})")


def _clock(hour: int, minute: int, meridiem: str | None) -> dt.time | None:
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if 0 <= hour <= 23 and 0 <= minute <= 59:
        return dt.time(hour, minute)
    return None


def clock_time(value: Any) -> dt.time | None:
    """The time of day ``value`` gives (to the minute), or None if it is not one.

    A ``time``, a ``datetime`` (its time), an Excel time (a fraction of a day), a number
    or text written 14:35, 14.35, 14h35, 2:35 PM, 2 pm, 1435 or 935.
    """
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, (dt.date, bool)) or value is None:
        return None
    if isinstance(value, float) and 0 <= value < 1:  # Excel: a fraction of a day
        minutes = round(value * 24 * 60)
        return dt.time(*divmod(minutes, 60)) if minutes < 24 * 60 else None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str) or len(value) > 20:
        return None
    text = fold(value).replace(" ", "").replace("a.m.", "am").replace("p.m.", "pm").rstrip(".")
    packed = _PACKED.fullmatch(text)
    if packed:
        hour, minute = divmod(int(packed.group(1)), 100)
        return _clock(hour, minute, None)
    match = _CLOCK.fullmatch(text)
    if match is None or (match.group(2) is None and match.group(4) is None):
        return None  # "14" alone is not a time; "2 pm" is
    return _clock(int(match.group(1)), int(match.group(2) or 0), match.group(4))


def terminal(value: Any) -> str | None:
    """"T1" or "T2" from "T1", "1", "Terminal 2", "T 2"; "" for none; None if it is neither."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    key = re.sub(r"[^a-z0-9]", "", fold(str(value)))
    if not key:
        return ""
    for prefix in ("terminal", "aerogare", "term", "t"):
        if key.startswith(prefix) and key[len(prefix):].isdigit():
            key = key[len(prefix):]
            break
    return f"T{key}" if key in ("1", "2") else None


def time_text(value: dt.time | None) -> str:
    """A stored time as people read it: "14:35" ("" for none)."""
    return value.strftime("%H:%M") if value is not None else ""


def travel_problems(values: Mapping[str, Any], same_day: bool = True) -> list[tuple[str, str, str]]:
    """(field, value, message) of every problem with the flights in ``values``.

    ``values``: an import's row merged with what is registered, or the whole form; the
    dates' own checks are the caller's.  ``same_day``: also check that nobody leaves before
    landing on the same day (not when a date is already wrong: one problem per cell).
    """
    problems: list[tuple[str, str, str]] = []
    times: dict[str, dt.time] = {}
    for leg, (flight_field, time_field, terminal_field, date_field) in LEGS.items():
        flight = values.get(flight_field)
        number = flight_number(flight)
        if number is None:
            problems.append((flight_field, _shown(flight), Text(NOT_A_FLIGHT)))
        elif number and values.get(date_field) is None:
            without = ARRIVAL_WITHOUT_DATE if leg == "arrival" else DEPARTURE_WITHOUT_DATE
            problems.append((flight_field, number, Text(without)))
        when = values.get(time_field)
        if when is not None and when != "":
            parsed = clock_time(when)
            if parsed is None:
                problems.append((time_field, _shown(when), Text(NOT_A_TIME)))
            else:
                times[leg] = parsed
        if terminal(values.get(terminal_field)) is None:
            problems.append((terminal_field, _shown(values.get(terminal_field)), Text(NOT_A_TERMINAL)))
    arrival_day, departure_day = values.get("arrival_date"), values.get("departure_date")
    if (same_day and "arrival" in times and "departure" in times and isinstance(arrival_day, dt.date)
            and arrival_day == departure_day and times["departure"] < times["arrival"]):
        departure = time_text(times["departure"])
        problems.append(("departure_time", departure,
                         Text(LEAVES_BEFORE_LANDING, departure=departure, arrival=time_text(times["arrival"]))))
    return problems


def _shown(value: Any) -> str:
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()[:40]
    return "" if value is None else str(value)[:40]
