"""Sensitive fields (passport, date of birth, phone): who may see them, their masks,
and the checks of their values.  Erasure is in :mod:`conference_desk.core.safety.privacy`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ..foundation.messages import Text

SENSITIVE_FIELDS: tuple[str, ...] = ("passport_number", "date_of_birth", "phone")


SENSITIVE_PERMISSION = "sensitive.view"


MASK = "••••"


PASSPORT_MIN, PASSPORT_MAX = 5, 20


MAX_AGE_YEARS = 120


_PASSPORT_RE = re.compile(r"[A-Za-z0-9]{%d,%d}" % (PASSPORT_MIN, PASSPORT_MAX))


def may_see_sensitive(role: str) -> bool:
    """Whether operators of ``role`` see sensitive fields unmasked (and may export them)."""
    from ..foundation.permissions import may

    return may(role, SENSITIVE_PERMISSION)


def mask_sensitive(value: Any, kind: str) -> str:
    """``value`` as a desk clerk may see it: passport ``•••• 123``, phone ``•••• 78``, date of birth ``••••``.

    ``kind`` is one of :data:`SENSITIVE_FIELDS`; an empty value stays empty (so a
    clerk can tell "not given" from "hidden").  Too short a value shows the mask alone.
    """
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    if not text:
        return ""
    if kind == "passport_number":
        keep = 3
    elif kind == "phone":
        text = re.sub(r"\D", "", text) or text
        keep = 2
    elif kind == "date_of_birth":
        return MASK
    else:
        raise ValueError(f"not a sensitive field: {kind!r}")
    if len(text) <= keep + 2:
        return MASK
    return f"{MASK} {text[-keep:]}"


def mask_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with every sensitive field masked (other fields unchanged)."""
    return {k: mask_sensitive(v, k) if k in SENSITIVE_FIELDS else v for k, v in values.items()}


def mask_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Audit changes (``{field: [before, after]}``) with sensitive values masked."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key in SENSITIVE_FIELDS:
            if isinstance(value, (list, tuple)):
                value = [mask_sensitive(v, key) for v in value]
            else:
                value = mask_sensitive(value, key)
        out[key] = value
    return out


def normalise_passport(value: Any) -> str:
    """A passport number as stored: spaces and hyphens removed, upper case."""
    return re.sub(r"[\s\-]+", "", "" if value is None else str(value)).upper()


def passport_problem(value: Any) -> str | None:
    """Why ``value`` is not a passport number (None: fine, or empty)."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    if not _PASSPORT_RE.fullmatch(normalise_passport(text)):
        return Text("Passport number: {value} is not 5 to 20 letters or digits.", value=text[:40])
    return None


def date_of_birth_problem(value: Any, today: dt.date | None = None) -> str | None:
    """Why ``value`` is not a plausible date of birth (None: fine, or empty)."""
    if value is None or value == "":
        return None
    if not isinstance(value, dt.date):
        return Text("Date of birth: {value} is not a date.", value=str(value)[:40])
    if isinstance(value, dt.datetime):
        value = value.date()
    today = today or dt.date.today()
    if value >= today:
        return Text("Date of birth: {date} is not in the past.", date=value)
    try:
        oldest = today.replace(year=today.year - MAX_AGE_YEARS)
    except ValueError:  # 29 February
        oldest = today.replace(year=today.year - MAX_AGE_YEARS, day=28)
    if value < oldest:
        return Text("Date of birth: {date} is more than 120 years ago.", date=value)
    return None
