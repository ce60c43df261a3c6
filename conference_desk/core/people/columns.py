"""The columns of a participants spreadsheet, shared by import and export.

An exported file re-imports as it is: the export writes these headers (in the
chosen language) and the importer recognises them in any of the three.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    fr: str
    es: str

    def header(self, lang: str = "en") -> str:
        return getattr(self, lang, self.en)


COLUMNS: tuple[Column, ...] = (
    Column("external_id", "Registration ID", "N° d'inscription", "N.º de inscripción"),
    Column("title", "Title", "Titre", "Tratamiento"),
    Column("given_name", "Given name", "Prénom", "Nombre"),
    Column("family_name", "Family name", "Nom", "Apellido"),
    Column("given_name_latin", "Given name (Latin)", "Prénom (latin)", "Nombre (latino)"),
    Column("family_name_latin", "Family name (Latin)", "Nom (latin)", "Apellido (latino)"),
    Column("badge_name", "Badge name", "Nom sur le badge", "Nombre en el gafete"),
    Column("gender", "Gender", "Genre", "Género"),
    Column("category", "Category", "Catégorie", "Categoría"),
    # ISO 3166 alpha-3 code or name of the Member State (any of EN/FR/ES, aliases).
    Column("country", "Country", "Pays", "País"),
    # member_state, igo, ngo, private, unesco, host (empty: from Country).
    Column("delegation_type", "Delegation type", "Type de délégation", "Tipo de delegación"),
    Column("organisation", "Organisation", "Organisation", "Organización"),
    Column("position", "Position", "Fonction", "Cargo"),
    Column("city", "City", "Ville", "Ciudad"),
    Column("email", "E-mail", "Courriel", "Correo electrónico"),
    Column("phone", "Phone", "Téléphone", "Teléfono"),
    Column("preferred_language", "Language", "Langue", "Idioma"),
    Column("arrival_date", "Arrival", "Arrivée", "Llegada"),
    Column("departure_date", "Departure", "Départ", "Salida"),
    # Flights (core/people/travel.py) on the dates above: "AM 401", "14:35", "T1" or "T2".
    Column("arrival_flight", "Arrival flight", "Vol d'arrivée", "Vuelo de llegada"),
    Column("arrival_time", "Arrival time", "Heure d'arrivée", "Hora de llegada"),
    Column("arrival_terminal", "Arrival terminal", "Terminal d'arrivée", "Terminal de llegada"),
    Column("departure_flight", "Departure flight", "Vol de départ", "Vuelo de salida"),
    Column("departure_time", "Departure time", "Heure de départ", "Hora de salida"),
    Column("departure_terminal", "Departure terminal", "Terminal de départ", "Terminal de salida"),
    # yes/no: an own arrangement, no airport pick-up wanted.
    Column("own_transport", "Own transport", "Transport par ses propres moyens", "Transporte propio"),
    Column("needs_hotel", "Hotel needed", "Hôtel requis", "Requiere hotel"),
    Column("preferred_hotel", "Preferred hotel", "Hôtel souhaité", "Hotel preferido"),
    Column("room_type_request", "Room type", "Type de chambre", "Tipo de habitación"),
    Column("sharer_note", "Sharing with", "Partage avec", "Comparte con"),
    Column("hotel_funded", "Hotel funded", "Hôtel pris en charge", "Hotel financiado"),
    Column("accessibility_needs", "Accessibility", "Accessibilité", "Accesibilidad"),
    Column("dietary_needs", "Dietary needs", "Régime alimentaire", "Dieta"),
    Column("status", "Status", "Statut", "Estado"),
    Column("notes", "Notes", "Remarques", "Notas"),
    # Sensitive (core/privacy.SENSITIVE_FIELDS): last, exported only when asked for
    # (phone, above, too).
    Column("passport_number", "Passport number", "N° de passeport", "N.º de pasaporte"),
    Column("date_of_birth", "Date of birth", "Date de naissance", "Fecha de nacimiento"),
)

COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
