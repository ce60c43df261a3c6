"""Core messages (English in the core) reach the user in their language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conference_desk.ui.core_messages import translate_core
from conference_desk.ui.i18n import LanguageManager


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    manager = LanguageManager()
    manager.set_language("fr")
    yield
    manager.set_language("en")


def test_english_stays_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert translate_core("Family name is required.") == "Family name is required."


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize(
    ("core", "french_text"),
    [
        ("Family name is required.", "Le nom est obligatoire."),
        ("Too long: at most 120 characters (10,000 given).", "Trop long : 120 caractères au maximum (10,000 saisis)."),
        ("Unknown country or not a Member State. Did you mean: Mexico, Mali?",
         "Pays inconnu ou qui n'est pas un État membre. Vouliez-vous dire : Mexico, Mali ?"),
        ("Not a date (use YYYY-MM-DD, DD/MM/YYYY or 27 September 2015).",
         "Date non valide (utilisez AAAA-MM-JJ, JJ/MM/AAAA ou 27 septembre 2015)."),
        ("Same e-mail as row 12: the same person twice in this file.",
         "Même courriel qu'à la ligne 12 : la même personne figure deux fois dans ce fichier."),
        ("Outside the conference period (2015-09-13 to 2015-10-15).",
         "En dehors de la période de la conférence (du 2015-09-13 au 2015-10-15)."),
        ("Something the core never said.", "Something the core never said."),
    ],
)
def test_core_messages_in_french(core: str, french_text: str) -> None:
    assert translate_core(core) == french_text


def test_text_keeps_template_and_english(qapp) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from conference_desk.core.errors import ConferenceDeskError
    from conference_desk.core.messages import Text, message_of

    text = Text("{guest}: no room on {night}.", guest="Ana López", night=dt.date(2015, 9, 28))
    assert text == "Ana López: no room on 2015-09-28."
    assert message_of(ConferenceDeskError(text)).template == "{guest}: no room on {night}."
    assert translate_core(text) == "Ana López: no room on 28/09/2015."  # en_GB short date
