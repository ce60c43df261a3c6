"""The transport rules as a JSON setting (``transport/rules``), with the ICLC 2015 defaults.

:class:`~.types.Rules` holds tuples, times, dates and mappings keyed by tuples; JSON
has none of these, so each field has a plain form here (times "07:00", dates
"2015-09-24", travel times a list of ``{"from", "to", "minutes"}``).  Reading is
forgiving (a field that does not read keeps its default: a desk must still plan
when someone wrote a bad value by hand); checking before storing is strict (every
problem named, a :class:`~..foundation.messages.Text` per field).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields, replace
from typing import Any

from ..foundation.messages import Text
from .types import Rules, VehicleType

SETTINGS_KEY = "transport/rules"

DEFAULT = Rules()

# Whole minutes, and the range a sensible value lies in.
_MINUTES: dict[str, tuple[int, int]] = {
    "default_travel_minutes": (1, 600),
    "max_wait_minutes": (0, 600),
    "deplaning_minutes": (0, 300),
    "departure_margin_minutes": (0, 600),
    "pickup_window_minutes": (0, 600),
    "grid_minutes": (1, 60),
    "shuttle_lead_minutes": (0, 240),
    "shuttle_return_minutes": (0, 240),
}


def rules_to_dict(rules: Rules) -> dict[str, Any]:
    """``rules`` in the setting's JSON form."""
    return {
        "vehicle_types": [{"code": v.code, "seats": v.seats, "luggage": v.luggage} for v in rules.vehicle_types],
        "available": dict(sorted(rules.available.items())),
        "slot_available": [{"hour": hour.isoformat(timespec="minutes"), "vehicle": code, "count": count}
                           for (hour, code), count in sorted(rules.slot_available.items())],
        "travel": [{"from": a, "to": b, "minutes": m} for (a, b), m in sorted(rules.travel.items())],
        **{name: getattr(rules, name) for name in _MINUTES},
        "rush_hours": [[start.strftime("%H:%M"), end.strftime("%H:%M")] for start, end in rules.rush_hours],
        "rush_factor": rules.rush_factor,
        "airport": rules.airport,
        "venue": rules.venue,
        "terminals": list(rules.terminals),
        "travel_window": [rules.travel_window[0].isoformat(), rules.travel_window[1].isoformat()],
    }


def rules_from_dict(data: Any) -> tuple[Rules, list[Text]]:
    """The rules ``data`` describes (fields it does not give keep the defaults) and the problems found.

    A field with a problem keeps its default value, so the rules returned are always usable.
    """
    problems: list[Text] = []
    if not isinstance(data, dict):
        return DEFAULT, [Text("The transport rules must be a JSON object.")]
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Rules)}
    for key in sorted(data):
        if key not in known:
            problems.append(Text("{field}: not a transport rule.", field=key))
            continue
        try:
            values[key] = _READERS[key](data[key])
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            problems.append(Text("{field}: {problem}", field=key, problem=_problem(exc, data[key])))
    rules = replace(DEFAULT, **values)
    problems += _consistency(rules)
    return rules, problems


def _problem(exc: Exception, value: Any) -> Text:
    if isinstance(exc.args[0] if exc.args else None, Text):
        return exc.args[0]
    return Text("{value} cannot be read.", value=json.dumps(value, ensure_ascii=False, default=str)[:80])


def _whole(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) and not (isinstance(value, float) and value.is_integer()):
        raise ValueError(Text("{value} is not a whole number.", value=json.dumps(value, default=str)[:40]))
    if not low <= int(value) <= high:
        raise ValueError(Text("{value} is not between {low} and {high}.", value=int(value), low=low, high=high))
    return int(value)


def _name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        raise ValueError(Text("{value} is not a place name (1 to 80 characters).",
                              value=json.dumps(value, ensure_ascii=False, default=str)[:40]))
    return value.strip()


def _vehicles(value: Any) -> tuple[VehicleType, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError(Text("give at least one vehicle type (code, seats, luggage)."))
    out = tuple(VehicleType(str(v["code"]).strip(), _whole(v["seats"], 1, 200), _whole(v["luggage"], 0, 400))
                for v in value)
    codes = [v.code for v in out]
    if any(not c or len(c) > 10 for c in codes) or len(set(codes)) != len(codes):
        raise ValueError(Text("each vehicle type needs its own code of 1 to 10 characters."))
    return out


def _available(value: Any) -> dict[str, int]:
    return {str(code): _whole(count, 0, 10_000) for code, count in dict(value).items()}


def _slots(value: Any) -> dict[tuple[dt.datetime, str], int]:
    out = {}
    for item in value:
        hour = dt.datetime.fromisoformat(str(item["hour"])).replace(minute=0, second=0, microsecond=0)
        out[(hour, str(item["vehicle"]))] = _whole(item["count"], 0, 10_000)
    return out


def _travel(value: Any) -> dict[tuple[str, str], int]:
    return {(_name(item["from"]), _name(item["to"])): _whole(item["minutes"], 1, 600) for item in value}


def _rush(value: Any) -> tuple[tuple[dt.time, dt.time], ...]:
    out = []
    for start, end in value:
        a, b = dt.time.fromisoformat(str(start)), dt.time.fromisoformat(str(end))
        if not a < b:
            raise ValueError(Text("a rush hour ends after it starts, within one day ({start} to {end}).",
                                  start=str(start), end=str(end)))
        out.append((a, b))
    return tuple(out)


def _factor(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 1.0 <= value <= 5.0:
        raise ValueError(Text("{value} is not a factor between 1 and 5.", value=json.dumps(value, default=str)[:40]))
    return float(value)


def _terminals(value: Any) -> tuple[str, ...]:
    out = tuple(_name(t) for t in value)
    if not out:
        raise ValueError(Text("give at least one terminal."))
    return out


def _window(value: Any) -> tuple[dt.date, dt.date]:
    start, end = (dt.date.fromisoformat(str(v)) for v in value)
    if end < start:
        raise ValueError(Text("the window ends before it starts ({start} to {end}).", start=start, end=end))
    return start, end


_READERS: dict[str, Any] = {
    "vehicle_types": _vehicles,
    "available": _available,
    "slot_available": _slots,
    "travel": _travel,
    **{name: (lambda low, high: (lambda v: _whole(v, low, high)))(*limits) for name, limits in _MINUTES.items()},
    "rush_hours": _rush,
    "rush_factor": _factor,
    "airport": _name,
    "venue": _name,
    "terminals": _terminals,
    "travel_window": _window,
}


def _consistency(rules: Rules) -> list[Text]:
    """Problems between fields: limits naming vehicles that do not exist."""
    codes = {v.code for v in rules.vehicle_types}
    named = set(rules.available) | {code for _hour, code in rules.slot_available}
    return [Text("{field}: no vehicle type {code}.", field="available", code=code) for code in sorted(named - codes)]


def rules_from_json(text: str | None) -> Rules:
    """The stored setting read forgivingly: the defaults where it says nothing readable."""
    if not text:
        return DEFAULT
    try:
        data = json.loads(text)
    except ValueError:
        return DEFAULT
    if not isinstance(data, dict):
        return DEFAULT
    rules, problems = rules_from_dict(data)
    if any(p.template.startswith("{field}: no vehicle type") for p in problems):
        return replace(rules, available={}, slot_available={})  # limits on vehicles that are gone
    return rules


def rules_to_json(rules: Rules) -> str:
    return json.dumps(rules_to_dict(rules), ensure_ascii=False, sort_keys=True)
