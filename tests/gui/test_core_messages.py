"""Core messages (English in the core) reach the user in their language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conference_desk.ui.common.core_messages import translate_core
from conference_desk.ui.common.i18n import LanguageManager


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

    from conference_desk.core.foundation.errors import ConferenceDeskError
    from conference_desk.core.foundation.messages import Text, message_of

    text = Text("{guest}: no room on {night}.", guest="Ana López", night=dt.date(2015, 9, 28))
    assert text == "Ana López: no room on 2015-09-28."
    assert message_of(ConferenceDeskError(text)).template == "{guest}: no room on {night}."
    assert translate_core(text) == "Ana López: no room on 28/09/2015."  # en_GB short date


def _unavailable_interpreter():  # type: ignore[no-untyped-def]
    """A French-booth session on Tuesday 29 Sep afternoon, and its only FR-A interpreter away that afternoon."""
    import datetime as dt

    from conference_desk.core.interpreters import rules

    session = rules.BoothSession(1, "TF1", "Forum", dt.datetime(2015, 9, 29, 14, 30), dt.datetime(2015, 9, 29, 16, 0),
                                 booths=("fr",), floor=("en", "fr"))
    ana = rules.InterpreterProfile(7, "Ana", "López", (rules.LanguageSkill("fr", "A"), rules.LanguageSkill("en", "C")),
                                   unavailable=frozenset({(dt.date(2015, 9, 29), "pm")}))
    problem = rules.RosterProblem([session], [ana])
    [violation] = [v for v in rules.check_roster(problem, [rules.Assignment(1, "fr", 7)]) if v.rule == "availability"]
    return problem, session, violation


def _waitlisted_message(db):  # type: ignore[no-untyped-def]
    """The 4th sign-up to TF3 (3 places): put on the waiting list."""
    from sqlalchemy import select

    from conference_desk.core.foundation.audit import Actor
    from conference_desk.core.foundation.models import Category, Participant, ParticipantStatus
    from conference_desk.core.programme import signups, timetable

    tf3 = timetable.find_session(db, "TF3")
    timetable.save_session(db, timetable.SessionData(
        id=tf3.id, code="TF3", type="thematic_forum", title_en=tf3.title("en"), starts_at=tf3.starts_at,
        ends_at=tf3.ends_at, room_id=tf3.room_id, interpretation=tf3.interpretation, max_sign_ups=3), Actor())
    with db.session() as s:
        category = s.scalar(select(Category).order_by(Category.id).limit(1))
        rows = [Participant(category_id=category.id, given_name="Ana", family_name=f"López{i}",
                            status=ParticipantStatus.CONFIRMED) for i in range(4)]
        s.add_all(rows)
        s.flush()
        ids = [p.id for p in rows]
    return [signups.sign_up(db, tf3.id, pid, Actor()) for pid in ids][-1].message


def test_interpreter_and_sign_up_messages_keep_their_english(qapp, db) -> None:  # type: ignore[no-untyped-def]
    from conference_desk.core.interpreters import roster

    problem, session, violation = _unavailable_interpreter()
    assert translate_core(violation.message) == violation.message == \
        "Ana López is not available on Tuesday 29 Sep afternoon (TF1, French booth)."
    reason, fix = roster.diagnose(problem, session, "fr", [])
    assert translate_core(reason) == reason == ("no one with French A available on Tuesday 29 Sep afternoon"
                                                " (Ana López not available); the booth needs 2")
    assert translate_core(fix) == fix == "two more FR-A interpreters with EN C for 29 Sep afternoon"
    message = _waitlisted_message(db)
    assert translate_core(message) == message == ("'TF3 Thematic forum: Effective learning for and in t…' is full"
                                                  " (3 of 3 places); Ana López3 added to the waiting list, position 1.")


@pytest.mark.usefixtures("french")
def test_interpreter_and_sign_up_messages_in_french(db) -> None:  # type: ignore[no-untyped-def]
    """Needs /tmp/tr/interp_prog_text_fr.json merged into i18n/conference_desk_fr.ts (and the .qm rebuilt)."""
    from conference_desk.core.interpreters import roster

    problem, session, violation = _unavailable_interpreter()
    assert translate_core(violation.message) == \
        "Ana López n'est pas disponible le mardi 29 sept. après-midi (TF1, cabine française)."
    reason, fix = roster.diagnose(problem, session, "fr", [])
    assert translate_core(reason) == ("personne avec français en langue A n'est disponible le mardi 29 sept."
                                      " après-midi (Ana López non disponible) ; la cabine en demande 2")
    assert translate_core(fix) == "deux interprètes FR-A avec EN en C de plus pour le 29 sept. après-midi"
    assert translate_core(_waitlisted_message(db)) == (
        "'TF3 Thematic forum: Effective learning for and in t…' est complet (3 places sur 3) ; Ana López3 ajouté"
        " à la liste d'attente, position 1.")
