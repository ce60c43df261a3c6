"""Terms stored in one language and printed in English, French and Spanish.

The set-up and the registration data store organisation names, room types, diets,
accessibility needs and notes as entered (mostly English).  Documents in French
and Spanish print them from these tables: organisations in United Nations
terminology (UNTERM: "United Nations Development Programme (UNDP)" ->
"Programme des Nations Unies pour le développement (PNUD)"), room types as hotels
write them, diets and needs as a hotel or caterer reads them.  A term not in a
table is printed as stored.  Keys are folded (accents, case and punctuation
ignored), so "World Bank", "world bank" and "WORLD BANK" match; every language's
form is a key too, so a name stored in Spanish is found as well.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _key(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value or "").encode("ascii", "ignore").decode().lower()
    return _NON_ALNUM.sub(" ", folded).strip()


# English, French, Spanish.
ORGANISATIONS: list[tuple[str, str, str]] = [
    ("UNESCO Institute for Lifelong Learning", "Institut de l'UNESCO pour l'apprentissage tout au long de la vie",
     "Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida"),
    ("UNESCO Headquarters", "Siège de l'UNESCO", "Sede de la UNESCO"),
    ("UNESCO Office in Mexico", "Bureau de l'UNESCO au Mexique", "Oficina de la UNESCO en México"),
    ("UNESCO Regional Bureau for Education in Latin America and the Caribbean",
     "Bureau régional d'éducation de l'UNESCO pour l'Amérique latine et les Caraïbes",
     "Oficina Regional de Educación de la UNESCO para América Latina y el Caribe"),
    ("Secretariat of Education of Mexico City", "Secrétariat à l'éducation de la ville de Mexico",
     "Secretaría de Educación de la Ciudad de México"),
    ("Mexican Commission for Cooperation with UNESCO (CONALMEX)",
     "Commission mexicaine de coopération avec l'UNESCO (CONALMEX)",
     "Comisión Mexicana de Cooperación con la UNESCO (CONALMEX)"),
    ("OECD", "OCDE", "OCDE"),
    ("Organisation for Economic Co-operation and Development (OECD)",
     "Organisation de coopération et de développement économiques (OCDE)",
     "Organización de Cooperación y Desarrollo Económicos (OCDE)"),
    ("UNICEF", "UNICEF", "UNICEF"),
    ("World Bank", "Banque mondiale", "Banco Mundial"),
    ("European Union", "Union européenne", "Unión Europea"),
    ("Organization of Ibero-American States (OEI)", "Organisation des États ibéro-américains (OEI)",
     "Organización de Estados Iberoamericanos (OEI)"),
    ("Council of Europe", "Conseil de l'Europe", "Consejo de Europa"),
    ("United Nations Development Programme (UNDP)", "Programme des Nations Unies pour le développement (PNUD)",
     "Programa de las Naciones Unidas para el Desarrollo (PNUD)"),
    ("UN-Habitat", "ONU-Habitat", "ONU-Hábitat"),
    ("Inter-American Development Bank", "Banque interaméricaine de développement", "Banco Interamericano de Desarrollo"),
    ("CAF – Development Bank of Latin America", "CAF – Banque de développement de l'Amérique latine",
     "CAF – Banco de Desarrollo de América Latina"),
    ("Commonwealth of Learning", "Commonwealth of Learning", "Commonwealth of Learning"),
    ("Islamic Educational, Scientific and Cultural Organization (ISESCO)",
     "Organisation islamique pour l'éducation, les sciences et la culture (ISESCO)",
     "Organización Islámica para la Educación, la Ciencia y la Cultura (ISESCO)"),
    ("Arab League Educational, Cultural and Scientific Organization (ALECSO)",
     "Organisation arabe pour l'éducation, la culture et les sciences (ALECSO)",
     "Organización Árabe para la Educación, la Cultura y la Ciencia (ALECSO)"),
    ("Organization of American States (OAS)", "Organisation des États américains (OEA)",
     "Organización de los Estados Americanos (OEA)"),
    ("Asian Development Bank", "Banque asiatique de développement", "Banco Asiático de Desarrollo"),
    ("African Union Commission", "Commission de l'Union africaine", "Comisión de la Unión Africana"),
    ("PASCAL International Observatory", "Observatoire international PASCAL", "Observatorio Internacional PASCAL"),
    ("International Council for Adult Education (ICAE)",
     "Conseil international pour l'éducation des adultes (ICAE)",
     "Consejo Internacional de Educación de Personas Adultas (ICAE)"),
    ("Asia South Pacific Association for Basic and Adult Education (ASPBAE)",
     "Association Asie-Pacifique Sud pour l'éducation de base et des adultes (ASPBAE)",
     "Asociación Asia-Pacífico Sur para la Educación Básica y de Adultos (ASPBAE)"),
    ("Latin American Campaign for the Right to Education (CLADE)",
     "Campagne latino-américaine pour le droit à l'éducation (CLADE)",
     "Campaña Latinoamericana por el Derecho a la Educación (CLADE)"),
    ("Council for Popular Education in Latin America and the Caribbean (CEAAL)",
     "Conseil d'éducation populaire d'Amérique latine et des Caraïbes (CEAAL)",
     "Consejo de Educación Popular de América Latina y el Caribe (CEAAL)"),
    ("Global Campaign for Education", "Campagne mondiale pour l'éducation", "Campaña Mundial por la Educación"),
    ("Education International", "Internationale de l'Éducation", "Internacional de la Educación"),
    ("European Association for the Education of Adults (EAEA)",
     "Association européenne pour l'éducation des adultes (EAEA)",
     "Asociación Europea para la Educación de Adultos (EAEA)"),
    ("United Cities and Local Governments (UCLG)", "Cités et gouvernements locaux unis (CGLU)",
     "Ciudades y Gobiernos Locales Unidos (CGLU)"),
    ("International Association of Educating Cities (IAEC)",
     "Association internationale des villes éducatrices (AIVE)",
     "Asociación Internacional de Ciudades Educadoras (AICE)"),
    ("ICLEI – Local Governments for Sustainability", "ICLEI – Gouvernements locaux pour le développement durable",
     "ICLEI – Gobiernos Locales por la Sustentabilidad"),
    ("Eurocities", "Eurocities", "Eurocities"),
    ("Mercocities", "Mercociudades", "Mercociudades"),
    ("Government of Mexico City", "Gouvernement de la ville de Mexico", "Gobierno de la Ciudad de México"),
    ("UNESCO; Government of Mexico City", "UNESCO ; Gouvernement de la ville de Mexico",
     "UNESCO; Gobierno de la Ciudad de México"),
]

ROOM_TYPES: list[tuple[str, str, str]] = [
    ("Single (king bed)", "Individuelle (lit king size)", "Sencilla (cama king size)"),
    ("Double (king bed)", "Double (lit king size)", "Doble (cama king size)"),
    ("Twin (two double beds)", "Twin (deux lits doubles)", "Doble (dos camas matrimoniales)"),
    ("Accessible double", "Double accessible (PMR)", "Doble accesible"),
    ("Junior suite", "Suite junior", "Suite júnior"),
    ("Executive suite", "Suite exécutive", "Suite ejecutiva"),
    ("Single", "Individuelle", "Sencilla"),
    ("Double", "Double", "Doble"),
    ("Twin", "Twin (deux lits)", "Doble (dos camas)"),
    ("Suite", "Suite", "Suite"),
]

NEEDS: list[tuple[str, str, str]] = [
    ("Vegetarian", "Végétarien", "Vegetariana"),
    ("Vegan", "Végétalien", "Vegana"),
    ("Gluten-free", "Sans gluten", "Sin gluten"),
    ("Nut allergy", "Allergie aux fruits à coque", "Alergia a los frutos secos"),
    ("Lactose-free", "Sans lactose", "Sin lactosa"),
    ("Halal", "Halal", "Halal"),
    ("Kosher", "Casher", "Kosher"),
    ("Hearing impairment: hearing loop or captioning",
     "Déficience auditive : boucle magnétique ou sous-titrage",
     "Discapacidad auditiva: bucle magnético o subtitulado"),
    ("Wheelchair user", "Personne en fauteuil roulant", "Usuario/a de silla de ruedas"),
    ("Reduced mobility: step-free access needed", "Mobilité réduite : accès de plain-pied nécessaire",
     "Movilidad reducida: acceso sin escalones"),
    ("Visual impairment: large-print documents", "Déficience visuelle : documents en gros caractères",
     "Discapacidad visual: documentos en letra grande"),
    ("Late arrival (after 22:00)", "Arrivée tardive (après 22 h)", "Llegada tarde (después de las 22:00)"),
    ("Late arrival", "Arrivée tardive", "Llegada tarde"),
]

# Session codes that are English words; codes like P1, TF2, RF-LAC stay as they are.
SESSION_CODES: dict[str, dict[str, str]] = {
    "OPEN": {"fr": "OUV", "es": "INAUG"},
    "CLOSE": {"fr": "CLÔT", "es": "CLAUS"},
    "MAYORS": {"fr": "MAIRES", "es": "ALCALDES"},
    "REG": {"fr": "INSCR", "es": "REG"},
    "LUNCH": {"fr": "DÉJ", "es": "ALM"},
    "BREAK": {"fr": "PAUSE", "es": "PAUSA"},
}

_INDEX = {"en": 0, "fr": 1, "es": 2}


def _table(rows: list[tuple[str, str, str]]) -> dict[str, tuple[str, str, str]]:
    index: dict[str, tuple[str, str, str]] = {}
    for row in rows:
        for form in row:
            index.setdefault(_key(form), row)
    return index


_ORGANISATIONS = _table(ORGANISATIONS)
_ROOM_TYPES = _table(ROOM_TYPES)
_NEEDS = _table(NEEDS)


def _look_up(table: dict[str, tuple[str, str, str]], value: str, lang: str) -> str:
    if not value:
        return value
    row = table.get(_key(value))
    if row is None:
        return value
    return row[_INDEX.get(lang, 0)]


def organisation_name(name: str, lang: str) -> str:
    """An organisation's name in ``lang`` (UN terminology) when known, else as stored."""
    return _look_up(_ORGANISATIONS, name, lang)


def room_type_name(name: str, lang: str) -> str:
    return _look_up(_ROOM_TYPES, name, lang)


def need(value: str, lang: str) -> str:
    """A diet, accessibility need or note in ``lang`` (each ';'-separated part on its own)."""
    if not value:
        return value
    parts = [p.strip() for p in re.split(r";|\n", value) if p.strip()]
    return "; ".join(_look_up(_NEEDS, part, lang) for part in parts)


def session_code(code: str, lang: str) -> str:
    entry = SESSION_CODES.get((code or "").upper())
    return entry.get(lang, code) if entry and lang != "en" else code
