"""Translated labels of the core's enumerations (one place for every screen)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

_LABELS: dict[str, dict[str, str]] = {
    "status": {
        "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
        "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    "gender": {
        "F": QT_TRANSLATE_NOOP("Labels", "Female"),
        "M": QT_TRANSLATE_NOOP("Labels", "Male"),
        "X": QT_TRANSLATE_NOOP("Labels", "Other"),
        "U": QT_TRANSLATE_NOOP("Labels", "Not stated"),
    },
    "language": {
        "en": QT_TRANSLATE_NOOP("Labels", "English"),
        "fr": QT_TRANSLATE_NOOP("Labels", "French"),
        "es": QT_TRANSLATE_NOOP("Labels", "Spanish"),
    },
    "region": {
        "AFR": QT_TRANSLATE_NOOP("Labels", "Africa"),
        "ARB": QT_TRANSLATE_NOOP("Labels", "Arab States"),
        "APA": QT_TRANSLATE_NOOP("Labels", "Asia and the Pacific"),
        "EUR": QT_TRANSLATE_NOOP("Labels", "Europe and North America"),
        "LAC": QT_TRANSLATE_NOOP("Labels", "Latin America and the Caribbean"),
    },
    "delegation_kind": {
        "member_state": QT_TRANSLATE_NOOP("Labels", "Member State"),
        "igo": QT_TRANSLATE_NOOP("Labels", "Intergovernmental organisations"),
        "ngo": QT_TRANSLATE_NOOP("Labels", "Non-governmental organisations"),
        "private": QT_TRANSLATE_NOOP("Labels", "Private sector"),
        "unesco": QT_TRANSLATE_NOOP("Labels", "UNESCO"),
        "host": QT_TRANSLATE_NOOP("Labels", "Host country"),
    },
    "session_type": {
        "ceremony": QT_TRANSLATE_NOOP("Labels", "Ceremony"),
        "plenary": QT_TRANSLATE_NOOP("Labels", "Plenary"),
        "thematic_forum": QT_TRANSLATE_NOOP("Labels", "Thematic forum"),
        "regional_forum": QT_TRANSLATE_NOOP("Labels", "Regional forum"),
        "mayors_forum": QT_TRANSLATE_NOOP("Labels", "Mayors' forum"),
        "break": QT_TRANSLATE_NOOP("Labels", "Break"),
    },
    "session_role": {
        "speaker": QT_TRANSLATE_NOOP("Labels", "Speaker"),
        "moderator": QT_TRANSLATE_NOOP("Labels", "Moderator"),
        "rapporteur": QT_TRANSLATE_NOOP("Labels", "Rapporteur"),
        "panellist": QT_TRANSLATE_NOOP("Labels", "Panellist"),
    },
    "conflict_kind": {
        "room_double_booked": QT_TRANSLATE_NOOP("Labels", "Room double-booked"),
        "person_double_booked": QT_TRANSLATE_NOOP("Labels", "Person in two places"),
        "person_turnover": QT_TRANSLATE_NOOP("Labels", "No time to change rooms"),
        "over_capacity": QT_TRANSLATE_NOOP("Labels", "Over capacity"),
        "booths_missing": QT_TRANSLATE_NOOP("Labels", "Interpretation booths missing"),
        "outside_days": QT_TRANSLATE_NOOP("Labels", "Outside the conference days"),
        "outside_hours": QT_TRANSLATE_NOOP("Labels", "Outside opening hours"),
        "plenary_overlap": QT_TRANSLATE_NOOP("Labels", "Overlaps a plenary"),
    },
}


def label(kind: str, value: str) -> str:
    """The translated label of an enum value (the value itself if unknown)."""
    source = _LABELS.get(kind, {}).get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def items(kind: str) -> list[tuple[str, str]]:
    """(value, translated label) pairs for a combo box, in the defined order."""
    return [(value, label(kind, value)) for value in _LABELS[kind]]
