"""Checking one participant's travel data before it is planned.

A wrong flight number or a date outside the conference's travel window is far
cheaper to fix at the registration desk than at the airport, so every problem
names the field and the value it found.  The planner skips only the leg a
problem belongs to: a typo in the departure must not cost the guest their
pick-up on arrival.  No leg at all means the participant makes their own
arrangements; that is not an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..foundation.messages import Text
from .types import LegProblem, Rules, TravelLeg

# IATA designator (two characters, not two digits: "AM", "U2", "4O") or ICAO (three letters),
# an optional space, 1-4 digits and an optional operational suffix letter.
FLIGHT = re.compile(r"^(?P<airline>[A-Z]{3}|[A-Z][A-Z0-9]|[0-9][A-Z]) ?(?P<number>[0-9]{1,4})(?P<suffix>[A-Z]?)$")

KINDS = ("arrival", "departure")

_DEFAULT = Rules()


def normalise_flight(flight: str) -> str | None:
    """``"am401"`` -> ``"AM 401"``: one spelling per flight, so guests on it are grouped; None if not one."""
    match = FLIGHT.match(flight.strip().upper())
    if match is None:
        return None
    return f"{match['airline']} {match['number']}{match['suffix']}"


def validate_legs(
    participant_id: int,
    legs: Sequence[TravelLeg],
    window: tuple[dt.date, dt.date] = _DEFAULT.travel_window,
    terminals: Sequence[str] = _DEFAULT.terminals,
) -> list[LegProblem]:
    """Problems with one participant's legs (empty: fine to plan, or no leg: own arrangements)."""
    problems: list[LegProblem] = []
    seen: dict[str, TravelLeg] = {}
    for leg in legs:
        if leg.participant_id != participant_id:
            problems.append(LegProblem("participant_id", str(leg.participant_id), Text(
                "This leg belongs to participant {other}, not {participant}.",
                other=leg.participant_id, participant=participant_id)))
            continue
        if leg.kind not in KINDS:
            problems.append(LegProblem("kind", str(leg.kind), Text(
                "Unknown kind of leg {value}: arrival or departure.", value=leg.kind)))
            continue
        problems += _leg_problems(leg, window, terminals)
        if leg.kind in seen:
            problems.append(LegProblem(leg.kind, leg.flight, Text(
                "A second {kind} ({flight}) besides {first}: keep the one the guest travels on.",
                kind=leg.kind, flight=leg.flight, first=seen[leg.kind].flight)))
        else:
            seen[leg.kind] = leg
    arrival, departure = seen.get("arrival"), seen.get("departure")
    if arrival is not None and departure is not None and departure.at <= arrival.at:
        problems.append(LegProblem("departure.at", departure.at.isoformat(timespec="minutes"), Text(
            "The departure {value} is not after the arrival {arrival}.",
            value=departure.at.isoformat(timespec="minutes"), arrival=arrival.at.isoformat(timespec="minutes"))))
    return problems


def _leg_problems(leg: TravelLeg, window: tuple[dt.date, dt.date], terminals: Sequence[str]) -> list[LegProblem]:
    out: list[LegProblem] = []
    if normalise_flight(leg.flight) is None:
        out.append(LegProblem(f"{leg.kind}.flight", leg.flight, Text(
            "{value} is not a flight number: an airline code (AM, AF, IB, UA or AMX) and 1 to 4 digits,"
            " e.g. AM 401.", value=leg.flight)))
    if leg.at.tzinfo is not None:
        out.append(LegProblem(f"{leg.kind}.at", leg.at.isoformat(timespec="minutes"), Text(
            "{value}: give the local time in Mexico City without a time zone.",
            value=leg.at.isoformat(timespec="minutes"))))
    elif not window[0] <= leg.at.date() <= window[1]:
        out.append(LegProblem(f"{leg.kind}.at", leg.at.isoformat(timespec="minutes"), Text(
            "{value} is outside the travel window {start} to {end}.",
            value=leg.at.isoformat(timespec="minutes"), start=window[0], end=window[1])))
    if leg.terminal not in terminals:
        out.append(LegProblem(f"{leg.kind}.terminal", leg.terminal, Text(
            "Unknown terminal {value} (known: {known}).", value=leg.terminal or "-", known=", ".join(terminals))))
    if not leg.hotel.strip():
        out.append(LegProblem(f"{leg.kind}.hotel", leg.hotel, Text(
            "No hotel: a run would not know where to go.")))
    if leg.luggage < 0:
        out.append(LegProblem(f"{leg.kind}.luggage", str(leg.luggage), Text(
            "{value} bags: give a number of bags from 0.", value=leg.luggage)))
    return out
