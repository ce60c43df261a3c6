"""Messages the core shows to people, kept translatable although the core has no Qt.

A :class:`Text` *is* the English sentence (a ``str``: the CLI prints it, tests
compare it, logs store it), and also carries its template and values, so the
GUI can look the template up in the interface language and fill in the same
values (``ui/core_messages.translate_core``).  Templates use ``{name}``
placeholders; a value may itself be a ``Text`` (translated too) or a date
(written the way the interface language writes dates).

    raise HotelError(Text("{guest}: {night} has no free {room_type} room at {hotel}.",
                          guest=name, night=night, room_type="double", hotel="Hilton"))
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def english(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class Text(str):
    """An English message that remembers its template and values."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Text:
        obj = super().__new__(cls, template.format(**{k: english(v) for k, v in values.items()}))
        obj.template = template
        obj.values = values
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling (worker processes)
        return (_rebuild, (self.template, self.values))


class Localised(str):
    """A value written differently in each working language (category names, lists of them).

    It *is* the English text; the GUI fills the template with the interface language's.
    """

    by_language: dict[str, str]

    def __new__(cls, by_language: dict[str, str], /) -> Localised:
        obj = super().__new__(cls, by_language.get("en", ""))
        obj.by_language = dict(by_language)
        return obj


def _rebuild(template: str, values: dict[str, Any]) -> Text:
    return Text(template, **values)


def join(parts: list[Any], separator: str = "; ") -> Text:
    """Several messages as one (each part translated on its own)."""
    values = {f"p{i}": part for i, part in enumerate(parts)}
    return Text(separator.join(f"{{p{i}}}" for i in range(len(parts))), **values)


def message_of(exc: BaseException) -> str:
    """The exception's message, keeping a :class:`Text` (``str(exc)`` would flatten it)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)
