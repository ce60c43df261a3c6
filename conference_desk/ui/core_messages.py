"""Messages from the core (which has no Qt), shown in the user's language.

The core writes its messages in English.  Each one a user can meet is listed
here with QT_TRANSLATE_NOOP, so pyside6-lupdate puts it in the .ts files.  A
message with variable parts (numbers, quoted values, lists after a colon) is
matched as a template: "Too long: at most 120 characters (10,000 given)." is
looked up as "Too long: at most %1 characters (%2 given)."
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from conference_desk.core.messages import Text

CONTEXT = "CoreMessages"

MESSAGES = (
    # Validation (core/registration.py) and import (core/importing.py)
    QT_TRANSLATE_NOOP("CoreMessages", "Family name is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "Category is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not an e-mail address (name@domain.org)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Departure is before arrival."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a date."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a date (no such day)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a date (the year is out of range)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a date (use YYYY-MM-DD, DD/MM/YYYY or %1 September %2)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not yes or no (yes/no, oui/non, sí/no, x, %1/%2)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Too long: %1 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Too long: at most %1 characters."),
    QT_TRANSLATE_NOOP("CoreMessages", "Too long: at most %1 characters (%2 given)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown column."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown value."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown country or not a Member State."),
    QT_TRANSLATE_NOOP("CoreMessages", "Did you mean: %1?"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown category; use one of: %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown hotel."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown gender (F, M, X or female/male/other)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a working language (English, French or Spanish)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown status (registered, confirmed or cancelled)."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Unknown delegation type (Member State, IGO, NGO, private sector, UNESCO or host)."),
    QT_TRANSLATE_NOOP("CoreMessages", "A Member State delegation needs its country."),
    QT_TRANSLATE_NOOP("CoreMessages", "An organisation's delegation needs the organisation's name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Same e-mail as row %1: the same person twice in this file."),
    QT_TRANSLATE_NOOP("CoreMessages", "Same registration ID as row %1: the same person twice in this file."),
    QT_TRANSLATE_NOOP("CoreMessages", "Refers to the same registered participant as row %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "Outside the conference period (%1 to %2)."),
    # Saving
    QT_TRANSLATE_NOOP("CoreMessages",
                      "Someone else saved this participant after you opened it; reopen it to see their changes."),
    QT_TRANSLATE_NOOP("CoreMessages", "The head of a delegation must be one of its members."),
    QT_TRANSLATE_NOOP("CoreMessages", "Import cancelled; nothing was written."),
    # Check-in (core/checkin.py REASONS and walk-in form)
    QT_TRANSLATE_NOOP("CoreMessages", "Already checked in."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown code: no badge was issued with this code."),
    QT_TRANSLATE_NOOP("CoreMessages", "Forged or altered code."),
    QT_TRANSLATE_NOOP("CoreMessages", "Revoked badge: it was replaced by a reprint."),
    QT_TRANSLATE_NOOP("CoreMessages", "Badge of another conference."),
    QT_TRANSLATE_NOOP("CoreMessages", "Registration cancelled."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a badge code."),
    QT_TRANSLATE_NOOP("CoreMessages", "Not signed up for this session."),
    QT_TRANSLATE_NOOP("CoreMessages", "No such participant."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing was scanned."),
    QT_TRANSLATE_NOOP("CoreMessages", "Country or organisation is required."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown country: give its ISO 3-letter code."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown category (known: %1)."),
    # Badges
    QT_TRANSLATE_NOOP("CoreMessages", "A reprint needs a reason."),
    QT_TRANSLATE_NOOP("CoreMessages", "A reprint needs a reason (for example: lost, damaged, name corrected)."),
    QT_TRANSLATE_NOOP("CoreMessages", "This database holds no conference yet: run init first."),
)

# Variable parts: dates, numbers (with thousands separators), quoted values.
_VARIABLE = re.compile(r"\d{4}-\d{2}-\d{2}|\d[\d,]*|'[^']*'|\"[^\"]*\"")
# A list after a colon, up to the final punctuation ("use one of: a, b, c.").
_LIST = re.compile(r"^(?P<head>.*?: )(?P<list>.+?)(?P<end>\)?[.?])$")
_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def _lookup(text: str) -> str | None:
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated if translated != text else None


def _translate_sentence(sentence: str) -> str:
    exact = _lookup(sentence)
    if exact is not None:
        return exact
    values: list[str] = []

    def placeholder(match: re.Match[str]) -> str:
        values.append(match.group())
        return f"%{len(values)}"

    for template in (_VARIABLE.sub(placeholder, sentence), None):
        if template is None:
            values.clear()
            match = _LIST.match(sentence)
            if not match:
                break
            values.append(match["list"])
            template = f"{match['head']}%1{match['end']}"
        translated = _lookup(template)
        if translated is not None:
            for number, value in enumerate(values, start=1):
                translated = translated.replace(f"%{number}", value)
            return translated
        values.clear()
    return sentence


def _value(value: object) -> str:
    if isinstance(value, Text):
        return translate_core(value)
    if isinstance(value, dt.datetime):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def translate_text(message: Text) -> str:
    """A core :class:`Text`: its template in the interface language, filled with its values."""
    template = QCoreApplication.translate(CONTEXT, message.template)
    values = {key: _value(value) for key, value in message.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
        return message.template.format(**values)


def translate_core(message: str) -> str:
    """The message in the interface language (unchanged if it has no translation)."""
    if not message:
        return message
    if isinstance(message, Text):
        return translate_text(message)
    return " ".join(_translate_sentence(sentence) for sentence in _SENTENCE.split(message))
