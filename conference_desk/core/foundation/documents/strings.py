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
    # Interpreters' documents (core/interpreters/schedule.py).
    "interp_schedule_title": {"en": "Interpreter's schedule", "fr": "Programme de l'interprète",
                              "es": "Programa del intérprete"},
    "interp_booths_title": {"en": "Booths and teams", "fr": "Cabines et équipes", "es": "Cabinas y equipos"},
    "interp_cost_title": {"en": "Interpreting cost", "fr": "Coût de l'interprétation",
                          "es": "Costo de la interpretación"},
    "interp_languages": {"en": "Languages: {profile}", "fr": "Langues : {profile}", "es": "Idiomas: {profile}"},
    "interp_no_sessions": {"en": "No session assigned.", "fr": "Aucune séance attribuée.",
                           "es": "Ninguna sesión asignada."},
    "interp_col_day": {"en": "Day", "fr": "Jour", "es": "Día"},
    "interp_col_time": {"en": "Time", "fr": "Heure", "es": "Hora"},
    "interp_col_session": {"en": "Session", "fr": "Séance", "es": "Sesión"},
    "interp_col_room": {"en": "Room", "fr": "Salle", "es": "Sala"},
    "interp_col_booth": {"en": "Booth", "fr": "Cabine", "es": "Cabina"},
    "interp_col_partners": {"en": "Booth partners", "fr": "Collègues de cabine", "es": "Compañeros de cabina"},
    "interp_col_floor": {"en": "Floor", "fr": "Langues de la salle", "es": "Idiomas de la sala"},
    "interp_col_team": {"en": "Team", "fr": "Équipe", "es": "Equipo"},
    "interp_col_relay": {"en": "Relay", "fr": "Relais", "es": "Relé"},
    "interp_col_status": {"en": "Status", "fr": "État", "es": "Estado"},
    "interp_col_interpreter": {"en": "Interpreter", "fr": "Interprète", "es": "Intérprete"},
    "interp_col_local": {"en": "Local", "fr": "Local", "es": "Local"},
    "interp_col_days": {"en": "Days", "fr": "Jours", "es": "Días"},
    "interp_col_sessions": {"en": "Sessions", "fr": "Séances", "es": "Sesiones"},
    "interp_col_sessions_short": {"en": "Sess.", "fr": "Séances", "es": "Ses."},
    "interp_col_rate": {"en": "Daily rate", "fr": "Tarif journalier", "es": "Tarifa diaria"},
    "interp_col_extra": {"en": "Per diem", "fr": "Indemnité journalière", "es": "Viáticos"},
    "interp_col_total": {"en": "Total", "fr": "Total", "es": "Total"},
    "interp_total": {"en": "Total {amount} {currency} (local {local}, non-local {non_local})",
                     "fr": "Total {amount} {currency} (locaux {local}, non locaux {non_local})",
                     "es": "Total {amount} {currency} (locales {local}, no locales {non_local})"},
    "interp_status_ok": {"en": "staffed", "fr": "pourvue", "es": "cubierta"},
    "interp_status_short": {"en": "short", "fr": "incomplète", "es": "incompleta"},
    "interp_status_empty": {"en": "unstaffed", "fr": "non pourvue", "es": "sin cubrir"},
    "interp_status_violation": {"en": "rule broken", "fr": "règle enfreinte", "es": "regla incumplida"},
    # Programme documents (booklet, door sheets, personal agenda, calendar).
    "programme": {"en": "Programme", "fr": "Programme", "es": "Programa"},
    "personal_agenda": {"en": "Personal agenda", "fr": "Agenda personnel", "es": "Agenda personal"},
    "room_schedule": {"en": "Room schedule", "fr": "Programme de la salle", "es": "Programa de la sala"},
    "venue": {"en": "Venue", "fr": "Lieu", "es": "Sede"},
    "room": {"en": "Room", "fr": "Salle", "es": "Sala"},
    "time": {"en": "Time", "fr": "Heure", "es": "Hora"},
    "session": {"en": "Session", "fr": "Séance", "es": "Sesión"},
    "role": {"en": "Role", "fr": "Rôle", "es": "Función"},
    "places": {"en": "{n} places", "fr": "{n} places", "es": "{n} plazas"},
    "interpretation_into": {
        "en": "Interpretation: {languages}", "fr": "Interprétation : {languages}",
        "es": "Interpretación: {languages}",
    },
    "no_session_in_room": {
        "en": "No session in this room on this day.", "fr": "Aucune séance dans cette salle ce jour-là.",
        "es": "Ninguna sesión en esta sala este día.",
    },
    "no_sessions": {
        "en": "No session in the programme yet.", "fr": "Aucune séance au programme pour l'instant.",
        "es": "Todavía no hay sesiones en el programa.",
    },
    "signed_up": {"en": "Signed up", "fr": "Inscrit(e)", "es": "Inscrito/a"},
    "waiting_list_position": {
        "en": "Waiting list, position {n}", "fr": "Liste d'attente, rang {n}", "es": "Lista de espera, puesto {n}",
    },
    "session_type_ceremony": {"en": "Ceremony", "fr": "Cérémonie", "es": "Ceremonia"},
    "session_type_plenary": {"en": "Plenary session", "fr": "Séance plénière", "es": "Sesión plenaria"},
    "session_type_thematic_forum": {"en": "Thematic forum", "fr": "Forum thématique", "es": "Foro temático"},
    "session_type_regional_forum": {"en": "Regional forum", "fr": "Forum régional", "es": "Foro regional"},
    "session_type_mayors_forum": {"en": "Mayors' forum", "fr": "Forum des maires", "es": "Foro de alcaldes"},
    "session_type_break": {"en": "Break", "fr": "Pause", "es": "Pausa"},
    "coffee_break": {"en": "Coffee break", "fr": "Pause café", "es": "Pausa café"},
    "lunch": {"en": "Lunch", "fr": "Déjeuner", "es": "Almuerzo"},
    "registration": {"en": "Registration and badge collection", "fr": "Inscription et retrait des badges",
                     "es": "Registro y entrega de gafetes"},
    "registration_continues": {"en": "Registration continues", "fr": "Suite des inscriptions",
                               "es": "Continúa el registro"},
    "arrival_day": {"en": "Arrival of participants", "fr": "Arrivée des participants",
                    "es": "Llegada de los participantes"},
    "contents": {"en": "Contents", "fr": "Sommaire", "es": "Índice"},
    "relay_direct": {"en": "direct", "fr": "directe", "es": "directa"},
    "interp_col_channel": {"en": "Channel", "fr": "Canal", "es": "Canal"},
    "channel_floor": {"en": "floor", "fr": "salle", "es": "sala"},
    "role_speaker": {"en": "Speaker", "fr": "Intervenant(e)", "es": "Ponente"},
    "role_moderator": {"en": "Moderator", "fr": "Modérateur/Modératrice", "es": "Moderador/a"},
    "role_rapporteur": {"en": "Rapporteur", "fr": "Rapporteur/Rapporteuse", "es": "Relator/a"},
    "role_panellist": {"en": "Panellist", "fr": "Panéliste", "es": "Panelista"},
    "roles_speaker": {"en": "Speakers", "fr": "Intervenants", "es": "Ponentes"},
    "roles_moderator": {"en": "Moderation", "fr": "Modération", "es": "Moderación"},
    "roles_rapporteur": {"en": "Rapporteurs", "fr": "Rapporteurs", "es": "Relatoría"},
    "roles_panellist": {"en": "Panellists", "fr": "Panélistes", "es": "Panelistas"},
    "language_en": {"en": "English", "fr": "anglais", "es": "inglés"},
    "language_fr": {"en": "French", "fr": "français", "es": "francés"},
    "language_es": {"en": "Spanish", "fr": "espagnol", "es": "español"},
    "weekday_0": {"en": "Monday", "fr": "lundi", "es": "lunes"},
    "weekday_1": {"en": "Tuesday", "fr": "mardi", "es": "martes"},
    "weekday_2": {"en": "Wednesday", "fr": "mercredi", "es": "miércoles"},
    "weekday_3": {"en": "Thursday", "fr": "jeudi", "es": "jueves"},
    "weekday_4": {"en": "Friday", "fr": "vendredi", "es": "viernes"},
    "weekday_5": {"en": "Saturday", "fr": "samedi", "es": "sábado"},
    "weekday_6": {"en": "Sunday", "fr": "dimanche", "es": "domingo"},
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
    "mx": {"fr": "", "es": ""},
}


# Cities whose names differ in French and Spanish (the set-up stores the English name).
CITY_NAMES: dict[str, dict[str, str]] = {
    "mexico city": {"en": "Mexico City", "fr": "Mexico", "es": "Ciudad de México"},
    "ciudad de mexico": {"en": "Mexico City", "fr": "Mexico", "es": "Ciudad de México"},
    "beijing": {"en": "Beijing", "fr": "Beijing", "es": "Beijing"},
    "hamburg": {"en": "Hamburg", "fr": "Hambourg", "es": "Hamburgo"},
    "paris": {"en": "Paris", "fr": "Paris", "es": "París"},
    "geneva": {"en": "Geneva", "fr": "Genève", "es": "Ginebra"},
    "new york": {"en": "New York", "fr": "New York", "es": "Nueva York"},
}


def city_name(city: str, lang: str) -> str:
    """``city`` as written in ``lang``: "Mexico City" -> "Mexico" (fr), "Ciudad de México" (es)."""
    import unicodedata

    key = "".join(ch for ch in unicodedata.normalize("NFKD", (city or "").strip().lower())
                  if not unicodedata.combining(ch))
    entry = CITY_NAMES.get(key)
    return entry.get(lang, city) if entry else city


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
    if key == "he":  # His/Her Excellency: "S. E. M." / "S. E. Mme"; "Excmo. Sr." / "Excma. Sra."
        if lang == "fr":
            printed = {"M": "S. E. M.", "F": "S. E. Mme"}.get(gender, "S. E.")
        elif lang == "es":
            printed = {"M": "Excmo. Sr.", "F": "Excma. Sra."}.get(gender, "Excmo./a")
    return printed


# Rooming lists and the accommodation summary per delegation (core/hotels/rooming_list.py).
TEXT.update({
    "rl_confirmation": {"en": "Confirmation", "fr": "Confirmation", "es": "Confirmación"},
    "rl_confirmation_short": {"en": "Conf. no.", "fr": "N° conf.", "es": "N.º conf."},
    "rl_outside_block": {"en": "Nights outside the block", "fr": "Nuits hors bloc", "es": "Noches fuera del bloqueo"},
    "rl_outside_totals": {"en": "Guests asking for a night outside the block",
                          "fr": "Clients demandant une nuit hors bloc",
                          "es": "Huéspedes que piden una noche fuera del bloqueo"},
    "rl_outside_note": {"en": "Nights outside the block: requested by the guest, not covered by the room block"
                              " (confirm availability and rate).",
                        "fr": "Nuits hors bloc : demandées par le client, non couvertes par le bloc de chambres"
                              " (confirmer disponibilité et tarif).",
                        "es": "Noches fuera del bloqueo: solicitadas por el huésped, no cubiertas por el bloqueo de"
                              " habitaciones (confirmar disponibilidad y tarifa)."},
    "rl_vip": {"en": "VIP", "fr": "VIP", "es": "VIP"},
    "rl_reference": {"en": "Guest ref.", "fr": "Réf. client", "es": "Ref. huésped"},
    "rl_nights_short": {"en": "Nts", "fr": "Nuits", "es": "Noches"},
    "rl_special_requests_short": {"en": "Requests", "fr": "Demandes", "es": "Solicitudes"},
    "rl_title": {"en": "Title", "fr": "Titre", "es": "Tratamiento"},
    "rl_family_name": {"en": "Family name", "fr": "Nom de famille", "es": "Apellido(s)"},
    "rl_given_name": {"en": "Given name", "fr": "Prénom", "es": "Nombre"},
    "rl_arrival": {"en": "Arrival", "fr": "Arrivée", "es": "Llegada"},
    "rl_departure": {"en": "Departure", "fr": "Départ", "es": "Salida"},
    "rl_nights": {"en": "Nights", "fr": "Nuits", "es": "Noches"},
    "rl_room_type": {"en": "Room type", "fr": "Type de chambre", "es": "Tipo de habitación"},
    "rl_room": {"en": "Ref.", "fr": "Réf.", "es": "Ref."},
    "rl_sharers": {"en": "Sharer(s)", "fr": "Partage avec", "es": "Comparte con"},
    "rl_billing": {"en": "Billing", "fr": "Facturation", "es": "Facturación"},
    "rl_special_requests": {"en": "Special requests", "fr": "Demandes particulières", "es": "Solicitudes especiales"},
    "rl_billing_organiser": {"en": "Organiser (room and taxes)", "fr": "Organisateur (chambre et taxes)",
                             "es": "Organizador (habitación e impuestos)"},
    "rl_billing_guest": {"en": "Guest (all charges)", "fr": "Client (tous frais)", "es": "Huésped (todos los cargos)"},
    "rl_billing_note": {"en": "Billing: incidentals are always charged to the guest.",
                        "fr": "Facturation : les extras sont toujours à la charge du client.",
                        "es": "Facturación: los extras corren siempre a cargo del huésped."},
    "rl_sheet_list": {"en": "Rooming list", "fr": "Liste des chambres", "es": "Lista de habitaciones"},
    "rl_sheet_totals": {"en": "Totals per night", "fr": "Totaux par nuit", "es": "Totales por noche"},
    "rl_cutoff": {"en": "Cut-off date", "fr": "Date de rétrocession", "es": "Fecha de corte"},
    "rl_cutoff_line": {"en": "Cut-off date: {date}", "fr": "Date de rétrocession : {date}",
                       "es": "Fecha de corte: {date}"},
    "rl_none": {"en": "none", "fr": "aucune", "es": "ninguna"},
    "rl_guests": {"en": "Guests", "fr": "Clients", "es": "Huéspedes"},
    "rl_guests_count": {"en": "{n} guests", "fr": "{n} clients", "es": "{n} huéspedes"},
    "rl_printed": {"en": "printed {date}", "fr": "imprimé le {date}", "es": "impreso el {date}"},
    "rl_night_of": {"en": "Night of", "fr": "Nuit du", "es": "Noche del"},
    "rl_type_rooms": {"en": "{name}: rooms", "fr": "{name} : chambres", "es": "{name}: habitaciones"},
    "rl_type_block": {"en": "{name}: block", "fr": "{name} : bloc", "es": "{name}: bloqueo"},
    "rl_rooms_all": {"en": "Rooms (all types)", "fr": "Chambres (tous types)", "es": "Habitaciones (todos los tipos)"},
    "rl_block_all": {"en": "Block (all types)", "fr": "Bloc (tous types)", "es": "Bloqueo (todos los tipos)"},
    "rl_pdf_title": {"en": "Rooming list — {hotel}", "fr": "Liste des chambres — {hotel}",
                     "es": "Lista de habitaciones — {hotel}"},
    "rl_pdf_totals": {"en": "Totals per night (rooms allocated / block)",
                      "fr": "Totaux par nuit (chambres attribuées / bloc)",
                      "es": "Totales por noche (habitaciones asignadas / bloqueo)"},
    "rl_page": {"en": "Page {page}", "fr": "Page {page}", "es": "Página {page}"},
    "rl_req_accessibility": {"en": "Accessibility: {needs}", "fr": "Accessibilité : {needs}",
                             "es": "Accesibilidad: {needs}"},
    "rl_req_late": {"en": "Late arrival", "fr": "Arrivée tardive", "es": "Llegada tarde"},
    "rl_req_arrives": {"en": "Arrives {date}", "fr": "Arrive le {date}", "es": "Llega el {date}"},
    "rl_req_diet": {"en": "Diet: {diet}", "fr": "Régime : {diet}", "es": "Dieta: {diet}"},
    "rl_guest": {"en": "Guest", "fr": "Participant", "es": "Participante"},
    "rl_category": {"en": "Category", "fr": "Catégorie", "es": "Categoría"},
    "rl_hotel": {"en": "Hotel", "fr": "Hôtel", "es": "Hotel"},
    "rl_status": {"en": "Status", "fr": "Statut", "es": "Estado"},
    "rl_status_placed": {"en": "placed", "fr": "logé", "es": "alojado"},
    "rl_status_unplaced": {"en": "unplaced", "fr": "non logé", "es": "sin alojamiento"},
    "rl_sheet_summary": {"en": "Accommodation", "fr": "Hébergement", "es": "Alojamiento"},
    "rl_summary_title": {"en": "Accommodation per delegation", "fr": "Hébergement par délégation",
                         "es": "Alojamiento por delegación"},
    "rl_delegations_count": {"en": "{n} delegations", "fr": "{n} délégations", "es": "{n} delegaciones"},
    "rl_no_delegation": {"en": "(no delegation)", "fr": "(sans délégation)", "es": "(sin delegación)"},
})


# Ground transport: drivers' manifests, the airport's meet-and-greet list, the lobby's shuttle timetable
# (core/transport/documents.py).  Manifests are printed in Spanish by default (drivers in Mexico City).
TEXT.update({
    "tr_transfers": {"en": "Your transfers", "fr": "Vos transferts", "es": "Sus traslados"},
    "tr_transfer_arrival": {
        "en": "Arrival, {date}: flight {flight} lands at {time} (Terminal {terminal}). Your car or bus {run} "
              "leaves the meeting point at {leaves} for {to}.",
        "fr": "Arrivée, {date} : le vol {flight} atterrit à {time} (Terminal {terminal}). Votre véhicule {run} "
              "quitte le point de rencontre à {leaves} pour {to}.",
        "es": "Llegada, {date}: el vuelo {flight} aterriza a las {time} (Terminal {terminal}). Su vehículo {run} "
              "sale del punto de encuentro a las {leaves} hacia {to}.",
    },
    "tr_transfer_departure": {
        "en": "Departure, {date}: your car or bus {run} leaves {from_} at {leaves} for flight {flight} "
              "({time}, Terminal {terminal}).",
        "fr": "Départ, {date} : votre véhicule {run} quitte {from_} à {leaves} pour le vol {flight} "
              "({time}, Terminal {terminal}).",
        "es": "Salida, {date}: su vehículo {run} sale de {from_} a las {leaves} para el vuelo {flight} "
              "({time}, Terminal {terminal}).",
    },
    "tr_manifest_title": {"en": "Passenger manifest", "fr": "Manifeste des passagers",
                          "es": "Manifiesto de pasajeros"},
    "tr_manifests_title": {"en": "Passenger manifests", "fr": "Manifestes des passagers",
                           "es": "Manifiestos de pasajeros"},
    "tr_kind": {"en": "Service", "fr": "Service", "es": "Servicio"},
    "tr_kind_arrival": {"en": "Arrival transfer (airport to hotel)",
                        "fr": "Transfert d'arrivée (aéroport vers hôtel)",
                        "es": "Traslado de llegada (aeropuerto al hotel)"},
    "tr_kind_departure": {"en": "Departure transfer (hotel to airport)",
                          "fr": "Transfert de départ (hôtel vers aéroport)",
                          "es": "Traslado de salida (hotel al aeropuerto)"},
    "tr_kind_shuttle": {"en": "Shuttle", "fr": "Navette", "es": "Servicio de enlace"},
    "tr_date": {"en": "Date", "fr": "Date", "es": "Fecha"},
    "tr_departs": {"en": "Leaves at", "fr": "Départ à", "es": "Hora de salida"},
    "tr_pickup": {"en": "Pick-up point", "fr": "Point de prise en charge", "es": "Punto de recogida"},
    "tr_destination": {"en": "Destination", "fr": "Destination", "es": "Destino"},
    "tr_vehicle": {"en": "Vehicle", "fr": "Véhicule", "es": "Vehículo"},
    "tr_load": {"en": "Passengers and luggage", "fr": "Passagers et bagages", "es": "Pasajeros y equipaje"},
    "tr_escort_phone": {"en": "Escort's phone", "fr": "Téléphone de l'accompagnateur",
                        "es": "Teléfono del acompañante"},
    "tr_airport_terminal": {"en": "{airport} airport, Terminal {terminal}",
                            "fr": "Aéroport {airport}, terminal {terminal}",
                            "es": "Aeropuerto {airport}, Terminal {terminal}"},
    "tr_meeting_point": {"en": "Conference meeting point, arrivals hall",
                         "fr": "Point de rencontre de la conférence, hall des arrivées",
                         "es": "Punto de encuentro de la conferencia, sala de llegadas"},
    "tr_departures_level": {"en": "departures level", "fr": "niveau des départs", "es": "nivel de salidas"},
    "tr_hotel_lobby": {"en": "{hotel}, lobby", "fr": "{hotel}, hall", "es": "{hotel}, lobby"},
    "tr_terminal": {"en": "Terminal {terminal}", "fr": "Terminal {terminal}", "es": "Terminal {terminal}"},
    "tr_terminal_unknown": {"en": "Terminal not given", "fr": "Terminal non indiqué", "es": "Terminal sin indicar"},
    "tr_vehicle_car": {"en": "Car", "fr": "Voiture", "es": "Automóvil"},
    "tr_vehicle_van": {"en": "Van", "fr": "Minibus", "es": "Camioneta"},
    "tr_vehicle_coach": {"en": "Coach", "fr": "Autocar", "es": "Autobús"},
    "tr_car_one": {"en": "{n} car", "fr": "{n} voiture", "es": "{n} automóvil"},
    "tr_car_many": {"en": "{n} cars", "fr": "{n} voitures", "es": "{n} automóviles"},
    "tr_van_one": {"en": "{n} van", "fr": "{n} minibus", "es": "{n} camioneta"},
    "tr_van_many": {"en": "{n} vans", "fr": "{n} minibus", "es": "{n} camionetas"},
    "tr_coach_one": {"en": "{n} coach", "fr": "{n} autocar", "es": "{n} autobús"},
    "tr_coach_many": {"en": "{n} coaches", "fr": "{n} autocars", "es": "{n} autobuses"},
    "tr_seats_one": {"en": "{n} seat", "fr": "{n} place", "es": "{n} plaza"},
    "tr_seats_many": {"en": "{n} seats", "fr": "{n} places", "es": "{n} plazas"},
    "tr_passengers_one": {"en": "{n} passenger", "fr": "{n} passager", "es": "{n} pasajero"},
    "tr_passengers_many": {"en": "{n} passengers", "fr": "{n} passagers", "es": "{n} pasajeros"},
    "tr_bags_one": {"en": "{n} bag", "fr": "{n} bagage", "es": "{n} maleta"},
    "tr_bags_many": {"en": "{n} bags", "fr": "{n} bagages", "es": "{n} maletas"},
    "tr_guests_one": {"en": "{n} guest", "fr": "{n} participant", "es": "{n} participante"},
    "tr_guests_many": {"en": "{n} guests", "fr": "{n} participants", "es": "{n} participantes"},
    "tr_runs_one": {"en": "{n} run", "fr": "{n} trajet", "es": "{n} traslado"},
    "tr_runs_many": {"en": "{n} runs", "fr": "{n} trajets", "es": "{n} traslados"},
    "tr_passengers": {"en": "Passengers", "fr": "Passagers", "es": "Pasajeros"},
    "tr_shuttle_headcount": {
        "en": "A shuttle is sized from head counts: about {n} guests, no list of names.",
        "fr": "Une navette est dimensionnée sur les effectifs : environ {n} participants, sans liste nominative.",
        "es": "Un servicio de enlace se dimensiona por número de personas: unos {n} participantes, sin lista"
              " nominal."},
    "tr_col_number": {"en": "No.", "fr": "N°", "es": "N.º"},
    "tr_col_name": {"en": "Name", "fr": "Nom", "es": "Nombre"},
    "tr_col_flight": {"en": "Flight", "fr": "Vol", "es": "Vuelo"},
    "tr_col_lands": {"en": "Lands", "fr": "Atterrit", "es": "Aterriza"},
    "tr_col_takes_off": {"en": "Takes off", "fr": "Décolle", "es": "Despega"},
    "tr_col_bags": {"en": "Bags", "fr": "Bagages", "es": "Maletas"},
    "tr_col_on_board": {"en": "On board", "fr": "À bord", "es": "A bordo"},
    "tr_col_landing": {"en": "Landing", "fr": "Atterrissage", "es": "Aterrizaje"},
    "tr_col_run": {"en": "Run", "fr": "Trajet", "es": "Traslado"},
    "tr_col_run_leaves": {"en": "Run leaves", "fr": "Départ du trajet", "es": "Sale el traslado"},
    "tr_col_time": {"en": "Time", "fr": "Heure", "es": "Hora"},
    "tr_col_from": {"en": "From", "fr": "Départ de", "es": "Sale de"},
    "tr_col_to": {"en": "To", "fr": "Vers", "es": "Hacia"},
    "tr_col_vehicles": {"en": "Vehicles", "fr": "Véhicules", "es": "Vehículos"},
    "tr_col_seats": {"en": "Seats", "fr": "Places", "es": "Plazas"},
    "tr_driver": {"en": "Driver", "fr": "Chauffeur", "es": "Conductor"},
    "tr_plate": {"en": "Plate number", "fr": "Immatriculation", "es": "Placas"},
    "tr_signature": {"en": "Signature", "fr": "Signature", "es": "Firma"},
    "tr_no_runs": {"en": "No run planned.", "fr": "Aucun trajet prévu.", "es": "Ningún traslado previsto."},
    "tr_mg_title": {"en": "Meet and greet — arrivals", "fr": "Accueil à l'aéroport — arrivées",
                    "es": "Recepción en el aeropuerto — llegadas"},
    "tr_mg_summary": {"en": "{guests} on {runs}", "fr": "{guests} sur {runs}", "es": "{guests} en {runs}"},
    "tr_mg_hour_unknown": {"en": "Landing time not given", "fr": "Heure d'atterrissage non indiquée",
                           "es": "Hora de aterrizaje sin indicar"},
    "tr_mg_none": {"en": "No guest landing.", "fr": "Aucun participant n'atterrit.",
                   "es": "Ningún participante aterriza."},
    "tr_timetable_title": {"en": "Shuttle timetable", "fr": "Horaires des navettes",
                           "es": "Horario de los servicios de enlace"},
    "tr_this_hotel": {"en": "Hotel lobby", "fr": "Hall de l'hôtel", "es": "Lobby del hotel"},
    "tr_timetable_note": {"en": "Please be in the lobby a few minutes before the departure time.",
                          "fr": "Merci d'être dans le hall quelques minutes avant l'heure de départ.",
                          "es": "Le rogamos estar en el lobby unos minutos antes de la hora de salida."},
    "tr_timetable_none": {"en": "No shuttle planned for this hotel.",
                          "fr": "Aucune navette prévue pour cet hôtel.",
                          "es": "Ningún servicio de enlace previsto para este hotel."},
})

# --------------------------------------------------------------------------
# Role and category labels in the person's gender
# --------------------------------------------------------------------------
#
# Labels are data (categories.json, the programme's roles) and are stored in their
# neutral or masculine-generic form: Spanish "Delegado/a", "Alcalde/sa", "Jefe/a de
# delegación"; French "Modérateur/Modératrice", "Inscrit(e)", or a plain masculine
# "Délégué".  :func:`gendered` gives the form for a man (M), a woman (F), and keeps
# the neutral form only when the gender is not known.

import re as _re  # noqa: E402

# French masculine words and their feminine (first word of a label).
FR_FEMININE = {
    "chef": "cheffe", "délégué": "déléguée", "intervenant": "intervenante", "expert": "experte",
    "observateur": "observatrice", "invité": "invitée", "modérateur": "modératrice",
    "rapporteur": "rapporteuse", "président": "présidente", "organisateur": "organisatrice",
    "conseiller": "conseillère", "ministre": "ministre", "maire": "maire", "représentant": "représentante",
    "participant": "participante", "inscrit": "inscrite", "logé": "logée", "journaliste": "journaliste",
    "interprète": "interprète", "bénévole": "bénévole", "accompagnant": "accompagnante",
}
# The neutral French form used when the gender is unknown.
FR_NEUTRAL = {
    "chef": "chef", "délégué": "délégué(e)", "intervenant": "intervenant(e)", "expert": "expert(e)",
    "observateur": "observateur/trice", "invité": "invité(e)", "représentant": "représentant(e)",
    "participant": "participant(e)", "accompagnant": "accompagnant(e)", "inscrit": "inscrit(e)",
}
_SLASH = _re.compile(r"(\w+)/(\w+)")
_PAREN = _re.compile(r"(\w+)\((\w+)\)")


def _match_case(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _es_feminine(base: str, suffix: str) -> str:
    """'Delegado' + 'a' -> 'Delegada'; 'Jefe' + 'a' -> 'Jefa'; 'Alcalde' + 'sa' -> 'Alcaldesa'."""
    if len(suffix) <= 2 and suffix.lower() == "a" and base[-1:].lower() in ("o", "e"):
        return base[:-1] + _match_case(suffix, base[-1])
    if len(suffix) <= 3:
        return base + suffix
    return suffix  # 'Modérateur/Modératrice': the second word is the whole feminine


def gendered(label: str, lang: str, gender: str | None) -> str:
    """``label`` in the form for ``gender`` ("M", "F"; anything else: neutral)."""
    if not label or lang == "en":
        return label
    g = (gender or "U").upper()[:1]

    def slash(m: _re.Match[str]) -> str:
        base, suffix = m.group(1), m.group(2)
        ending = len(suffix) <= 3 and suffix.islower()
        pair = len(suffix) > 3 and len(base) > 3 and base[:3].lower() == suffix[:3].lower()
        if not (ending or pair):  # "OIG/ONG", "UNESCO/UIL": not a gender pair
            return m.group(0)
        if g == "M":
            return base
        if g == "F":
            return _es_feminine(base, suffix) if len(suffix) <= 3 else suffix
        return m.group(0)

    def paren(m: _re.Match[str]) -> str:
        base, suffix = m.group(1), m.group(2)
        return base if g == "M" else base + suffix if g == "F" else m.group(0)

    result = _PAREN.sub(paren, _SLASH.sub(slash, label))
    if lang == "fr" and result == label:
        words = label.split(" ", 1)
        key = words[0].lower()
        table = FR_FEMININE if g == "F" else FR_NEUTRAL if g not in ("M", "F") else {}
        if key in table:
            words[0] = _match_case(table[key], words[0])
            result = " ".join(words)
    return result
