"""Words printed in documents and exported files, in English, French and Spanish.

The core has no Qt, so the few strings that end up *inside* files (PDF titles,
page footers, yes/no in spreadsheets, region and delegation-kind labels) live
here, in one place, rather than in the GUI's .ts translation files.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("en", "fr", "es")

TEXT: dict[str, dict[str, str]] = {
    "list_of_participants": {
        "en": "List of Participants",
        "fr": "Liste des participants",
        "es": "Lista de participantes",
    },
    "page_of": {"en": "Page {page} of {pages}", "fr": "Page {page} sur {pages}", "es": "Página {page} de {pages}"},
    "as_of": {"en": "As of {date}", "fr": "Situation au {date}", "es": "Situación al {date}"},
    "participants_count": {
        "en": "{n} participants", "fr": "{n} participants", "es": "{n} participantes",
    },
    "head_of_delegation": {
        "en": "Head of Delegation", "fr": "Chef de délégation", "es": "Jefe/a de delegación",
    },
    "head_of_delegation_F": {"en": "Head of Delegation", "fr": "Cheffe de délégation", "es": "Jefa de delegación"},
    "head_of_delegation_M": {"en": "Head of Delegation", "fr": "Chef de délégation", "es": "Jefe de delegación"},
    "continued": {"en": "(continued)", "fr": "(suite)", "es": "(continuación)"},
    "yes": {"en": "yes", "fr": "oui", "es": "sí"},
    "no": {"en": "no", "fr": "non", "es": "no"},
    # Sections of the List of Participants, in the order they are printed.
    "section_member_states": {"en": "Member States", "fr": "États membres", "es": "Estados Miembros"},
    "section_associate_members": {
        "en": "Associate Members", "fr": "Membres associés", "es": "Miembros Asociados",
    },
    "section_igo": {
        "en": "Intergovernmental organizations",
        "fr": "Organisations intergouvernementales",
        "es": "Organizaciones intergubernamentales",
    },
    "section_ngo": {
        "en": "Non-governmental organizations",
        "fr": "Organisations non gouvernementales",
        "es": "Organizaciones no gubernamentales",
    },
    "section_private": {"en": "Private sector", "fr": "Secteur privé", "es": "Sector privado"},
    "section_unesco": {"en": "UNESCO Secretariat", "fr": "Secrétariat de l'UNESCO", "es": "Secretaría de la UNESCO"},
    "section_host": {"en": "Host organizers", "fr": "Organisateurs hôtes", "es": "Organizadores anfitriones"},
    "section_other": {"en": "Other participants", "fr": "Autres participants", "es": "Otros participantes"},
    # Delegations spreadsheet headers.
    "col_delegation": {"en": "Delegation", "fr": "Délégation", "es": "Delegación"},
    "col_type": {"en": "Type", "fr": "Type", "es": "Tipo"},
    "col_iso3": {"en": "ISO code", "fr": "Code ISO", "es": "Código ISO"},
    "col_region": {"en": "Region", "fr": "Région", "es": "Región"},
    "col_head": {"en": "Head of delegation", "fr": "Chef de délégation", "es": "Jefe/a de delegación"},
    "col_members": {"en": "Members", "fr": "Membres", "es": "Miembros"},
    "col_arrivals_on": {"en": "Arrivals {date}", "fr": "Arrivées {date}", "es": "Llegadas {date}"},
    "sheet_participants": {"en": "Participants", "fr": "Participants", "es": "Participantes"},
    "sheet_delegations": {"en": "Delegations", "fr": "Délégations", "es": "Delegaciones"},
}

# Delegation kinds (DelegationKind values) and UNESCO regions (Region values).
KIND_LABELS: dict[str, dict[str, str]] = {
    "member_state": {"en": "Member State", "fr": "État membre", "es": "Estado Miembro"},
    "igo": {"en": "Intergovernmental organization", "fr": "Organisation intergouvernementale",
            "es": "Organización intergubernamental"},
    "ngo": {"en": "Non-governmental organization", "fr": "Organisation non gouvernementale",
            "es": "Organización no gubernamental"},
    "private": {"en": "Private sector", "fr": "Secteur privé", "es": "Sector privado"},
    "unesco": {"en": "UNESCO", "fr": "UNESCO", "es": "UNESCO"},
    "host": {"en": "Host", "fr": "Hôte", "es": "Anfitrión"},
}

REGION_LABELS: dict[str, dict[str, str]] = {
    "AFR": {"en": "Africa", "fr": "Afrique", "es": "África"},
    "ARB": {"en": "Arab States", "fr": "États arabes", "es": "Estados Árabes"},
    "APA": {"en": "Asia and the Pacific", "fr": "Asie et Pacifique", "es": "Asia y el Pacífico"},
    "EUR": {"en": "Europe and North America", "fr": "Europe et Amérique du Nord",
            "es": "Europa y América del Norte"},
    "LAC": {"en": "Latin America and the Caribbean", "fr": "Amérique latine et Caraïbes",
            "es": "América Latina y el Caribe"},
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
}

# Courtesy titles as UN lists print them in French and Spanish (keys: folded English forms).
_TITLES: dict[str, dict[str, str]] = {
    "mr": {"fr": "M.", "es": "Sr."},
    "ms": {"fr": "Mme", "es": "Sra."},
    "mrs": {"fr": "Mme", "es": "Sra."},
    "dr": {"fr": "Dr", "es": "Dr."},
    "prof": {"fr": "Pr", "es": "Prof."},
    "he": {"fr": "S. E.", "es": "S. E."},
}


def text(key: str, lang: str, **values: object) -> str:
    """The string ``key`` in ``lang`` (English when missing), formatted with ``values``."""
    entry = TEXT[key]
    template = entry.get(lang) or entry["en"]
    return template.format(**values) if values else template


def kind_label(kind: str, lang: str) -> str:
    entry = KIND_LABELS.get(kind)
    return (entry.get(lang) or entry["en"]) if entry else kind


def region_label(region: str | None, lang: str) -> str:
    entry = REGION_LABELS.get(region or "")
    return (entry.get(lang) or entry["en"]) if entry else (region or "")


def yes_no(value: bool, lang: str) -> str:
    return text("yes" if value else "no", lang)


def long_date(day: dt.date, lang: str) -> str:
    """'28 September 2015', '28 septembre 2015', '28 de septiembre de 2015'."""
    month = MONTHS.get(lang, MONTHS["en"])[day.month - 1]
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    if lang == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """'28–30 September 2015', '28-30 septembre 2015', '28 al 30 de septiembre de 2015'."""
    if start == end:
        return long_date(start, lang)
    months = MONTHS.get(lang, MONTHS["en"])
    if start.year == end.year and start.month == end.month:
        if lang == "es":
            return f"{start.day} al {end.day} de {months[end.month - 1]} de {end.year}"
        first = "1er" if lang == "fr" and start.day == 1 else str(start.day)
        return f"{first}\u2013{end.day} {months[end.month - 1]} {end.year}"
    if lang == "es":
        return f"{long_date(start, lang)} al {long_date(end, lang)}"
    return f"{long_date(start, lang)} \u2013 {long_date(end, lang)}"


def courtesy_title(title: str, lang: str, gender: str = "U") -> str:
    """A stored (English) courtesy title as printed in ``lang``: 'Mr' -> 'M.' / 'Sr.'."""
    if lang == "en" or not title:
        return title
    key = "".join(ch for ch in title.lower() if ch.isalpha())
    entry = _TITLES.get(key)
    if entry is None:
        return title
    printed = entry.get(lang, title)
    if lang == "es" and gender == "F" and key == "dr":
        printed = "Dra."
    return printed
