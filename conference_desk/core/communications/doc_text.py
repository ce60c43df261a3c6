"""Words of the letters and certificates in English, French and Spanish."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "invitation_title": {"en": "Letter of invitation", "fr": "Lettre d'invitation", "es": "Carta de invitación"},
    "to_consulate": {
        "en": "To the consular authorities: {country}",
        "fr": "Aux autorités consulaires : {country}",
        "es": "A las autoridades consulares: {country}",
    },
    "place_date": {"en": "{place}, {date}", "fr": "{place}, le {date}", "es": "{place}, {date}"},
    "invite": {
        "en": "The organisers of the {conference} ({organisers}) have the honour to invite {name}, {role}, "
              "to take part in the conference, to be held at {venue}, {city}, from {start} to {end}.",
        "fr": "Les organisateurs de la {conference} ({organisers}) ont l'honneur d'inviter {name}, {role}, "
              "à participer à la conférence, qui se tiendra au {venue}, {city}, du {start} au {end}.",
        "es": "Los organizadores de la {conference} ({organisers}) tienen el honor de invitar a {name}, {role}, "
              "a participar en la conferencia, que se celebrará en el {venue}, {city}, del {start} al {end}.",
    },
    "identity": {"en": "Identity of the invited person", "fr": "Identité de la personne invitée",
                 "es": "Identidad de la persona invitada"},
    "full_name": {"en": "Name", "fr": "Nom", "es": "Nombre"},
    "nationality": {"en": "Nationality", "fr": "Nationalité", "es": "Nacionalidad"},
    "passport": {"en": "Passport number", "fr": "Numéro de passeport", "es": "Número de pasaporte"},
    "date_of_birth": {"en": "Date of birth", "fr": "Date de naissance", "es": "Fecha de nacimiento"},
    "position": {"en": "Position", "fr": "Fonction", "es": "Cargo"},
    "purpose": {"en": "Purpose of the visit", "fr": "Objet du séjour", "es": "Propósito de la visita"},
    "purpose_text": {
        "en": "Participation in the {conference} as {category}.",
        "fr": "Participation à la {conference} en qualité de {category}.",
        "es": "Participación en la {conference} en calidad de {category}.",
    },
    "dates_of_stay": {"en": "Dates of stay", "fr": "Dates du séjour", "es": "Fechas de estancia"},
    "stay_text": {"en": "Arrival {arrival}; departure {departure}.", "fr": "Arrivée le {arrival} ; départ le {departure}.",
                  "es": "Llegada el {arrival}; salida el {departure}."},
    "costs": {"en": "Costs", "fr": "Frais", "es": "Gastos"},
    "costs_organiser": {
        "en": "The organisers cover the accommodation of the invited person during the conference; travel and "
              "other expenses are covered by the invited person or their sending institution.",
        "fr": "Les organisateurs prennent en charge l'hébergement de la personne invitée pendant la conférence ; "
              "le voyage et les autres frais sont à la charge de la personne invitée ou de son institution.",
        "es": "Los organizadores cubren el alojamiento de la persona invitada durante la conferencia; el viaje y "
              "los demás gastos corren a cargo de la persona invitada o de su institución.",
    },
    "costs_guest": {
        "en": "All travel, accommodation and other expenses are covered by the invited person or their sending "
              "institution.",
        "fr": "Le voyage, l'hébergement et les autres frais sont à la charge de la personne invitée ou de son "
              "institution.",
        "es": "El viaje, el alojamiento y los demás gastos corren a cargo de la persona invitada o de su "
              "institución.",
    },
    "request": {
        "en": "We would be grateful for any assistance you can give in granting the necessary visa.",
        "fr": "Nous vous serions reconnaissants de bien vouloir faciliter l'octroi du visa nécessaire.",
        "es": "Les agradeceríamos cualquier ayuda que puedan prestar para la concesión del visado necesario.",
    },
    "closing": {"en": "Yours faithfully,", "fr": "Veuillez agréer l'expression de notre haute considération.",
                "es": "Atentamente,"},
    "certificate_title": {"en": "Certificate of attendance", "fr": "Attestation de participation",
                          "es": "Certificado de asistencia"},
    "certify": {
        "en": "This is to certify that {name}{of_delegation} attended the {conference}, held at {venue}, {city}, "
              "on the following days:",
        "fr": "Nous certifions que {name}{of_delegation} a participé à la {conference}, tenue au {venue}, {city}, "
              "les jours suivants :",
        "es": "Se certifica que {name}{of_delegation} asistió a la {conference}, celebrada en el {venue}, {city}, "
              "los días siguientes:",
    },
    "of_delegation": {"en": " ({delegation})", "fr": " ({delegation})", "es": " ({delegation})"},
    "sessions_attended": {"en": "Sessions attended", "fr": "Séances suivies", "es": "Sesiones a las que asistió"},
    "no_attendance_override": {
        "en": "Issued by decision of the organisers.", "fr": "Délivrée sur décision des organisateurs.",
        "es": "Expedido por decisión de los organizadores.",
    },
    "verification": {
        "en": "Verification code: {code}", "fr": "Code de vérification : {code}",
        "es": "Código de verificación: {code}",
    },
    "verification_hint": {
        "en": "The organisers can check this code offline: conference-desk certificates verify {code}",
        "fr": "Les organisateurs peuvent vérifier ce code hors ligne : conference-desk certificates verify {code}",
        "es": "Los organizadores pueden comprobar este código sin conexión: conference-desk certificates verify {code}",
    },
}


def text(key: str, lang: str, **values: object) -> str:
    entry = TEXT[key]
    template = entry.get(lang) or entry["en"]
    return template.format(**values) if values else template
