"""Delegations & participants as a registration clerk uses them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import Delegation, MemberState, Participant, ParticipantStatus
from conference_desk.core.people.registration import category_choices, save_participant
from conference_desk.ui.people.participants_model import (
    COL_DELEGATION,
    COL_GIVEN,
    COL_NAME,
    ID_ROLE,
    ROW_ROLE,
    ParticipantTableModel,
)
from conference_desk.ui.people.participant_form import EditConflictDialog
from conference_desk.ui.people.screen import RegistrationScreen
from conference_desk.ui.common.tasks import wait_for_tasks


def _state_id(db: Database, iso3: str) -> int:
    with db.session() as s:
        return s.scalar(select(MemberState.id).where(MemberState.iso3 == iso3))


@pytest.fixture
def people(db: Database) -> Database:
    with db.session() as s:
        cats = {c.extra: c.id for c in category_choices(s)}
    add = lambda **v: save_participant(db, v)  # noqa: E731
    add(given_name="José", family_name="García López", category_id=cats["head"], city="Oaxaca",
        member_state_id=_state_id(db, "MEX"), email="jose.garcia@oaxaca.gob.mx")
    add(given_name="Anna", family_name="Müller", category_id=cats["delegate"], city="Hamburg",
        member_state_id=_state_id(db, "DEU"), email="anna.mueller@hamburg.de")
    add(given_name="Иван", family_name="Петров", given_name_latin="Ivan", family_name_latin="Petrov",
        category_id=cats["mayor"], city="Kazan", member_state_id=_state_id(db, "RUS"))
    add(given_name="Amadou", family_name="N'Diaye", category_id=cats["delegate"], city="Dakar",
        member_state_id=_state_id(db, "SEN"), status=ParticipantStatus.CANCELLED)
    add(given_name="Lucía", family_name="Fernández", category_id=cats["delegate"], city="Ciudad de México",
        member_state_id=_state_id(db, "MEX"))
    return db


@pytest.fixture
def screen(qtbot: QtBot, people: Database, languages) -> Iterator[RegistrationScreen]:  # type: ignore[no-untyped-def]
    widget = RegistrationScreen(people, "en")
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    wait_for_tasks()


# The name policy (core.names): the registered Latin form, the original script beside it.
IVAN = "Ivan (Иван) Petrov (Петров)"


def visible_names(screen: RegistrationScreen) -> list[str]:
    model = screen.model
    return [f"{model.index(r, COL_GIVEN).data()} {model.index(r, COL_NAME).data()}" for r in range(model.rowCount())]


def search(qtbot: QtBot, screen: RegistrationScreen, text: str) -> None:
    screen.search.clear()
    if text.isascii():
        qtbot.keyClicks(screen.search, text)
    else:  # QTest cannot synthesise keys outside Latin-1; an input method inserts them
        for char in text:
            screen.search.insert(char)
    qtbot.waitUntil(lambda: not screen.search_timer.isActive() and screen.model.query.search == text, timeout=3000)


def test_model_passes_qt_model_tester(qtmodeltester, people: Database) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(people)
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_names_in_another_script_show_the_latin_form_with_the_original_beside_it(
        qtbot: QtBot, screen: RegistrationScreen, people: Database) -> None:
    """A Japanese name: Latin form first, the original beside it; the whole name (family name first,
    no space) in the tooltip; sorted by its Latin form."""
    with people.session() as s:
        cats = {c.extra: c.id for c in category_choices(s)}
    save_participant(people, dict(given_name="あすか", family_name="橋本", given_name_latin="Asuka",
                                  family_name_latin="Hashimoto", category_id=cats["delegate"],
                                  member_state_id=_state_id(people, "JPN")))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 6, timeout=3000)
    assert visible_names(screen)[:3] == ["Lucía Fernández", "José García López", "Asuka (あすか) Hashimoto (橋本)"]
    row = next(r for r in range(6) if "Hashimoto" in screen.model.index(r, COL_NAME).data())
    assert screen.model.index(row, COL_NAME).data(Qt.ItemDataRole.ToolTipRole) == "Asuka Hashimoto (橋本あすか)"


def test_table_lists_everyone_sorted_by_family_name(screen: RegistrationScreen) -> None:
    assert visible_names(screen) == ["Lucía Fernández", "José García López", "Anna Müller",
                                     "Amadou N'Diaye", IVAN]
    assert screen.count_label.text() == "5 participants"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jose", ["José García López"]),
        ("MULLER", ["Anna Müller"]),
        ("garcia jose", ["José García López"]),
        ("ivan", [IVAN]),
        ("петров", [IVAN]),
        ("hamburg.de", ["Anna Müller"]),
        ("oaxaca", ["José García López"]),
        ("n'diaye", ["Amadou N'Diaye"]),
        ("zzz", []),
    ],
)
def test_search_as_you_type_ignores_accents_case_and_script(
    qtbot: QtBot, screen: RegistrationScreen, typed: str, expected: list[str]
) -> None:
    search(qtbot, screen, typed)
    assert visible_names(screen) == expected
    assert screen.count_label.text() == (f"{len(expected)} participants" if len(expected) != 1 else "1 participant")


def test_filters_by_delegation_and_status(qtbot: QtBot, screen: RegistrationScreen) -> None:
    index = screen.delegation_filter.findText("Mexico")
    screen.delegation_filter.setCurrentIndex(index)
    assert visible_names(screen) == ["Lucía Fernández", "José García López"]
    screen.delegation_filter.setCurrentIndex(0)
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("cancelled"))
    assert visible_names(screen) == ["Amadou N'Diaye"]
    screen.status_filter.setCurrentIndex(0)
    screen.region_filter.setCurrentIndex(screen.region_filter.findData("EUR"))
    assert visible_names(screen) == ["Anna Müller", IVAN]


def test_unresolved_preferences_filter_lists_whom_an_import_left_to_settle(
    qtbot: QtBot, screen: RegistrationScreen, people: Database, tmp_path  # type: ignore[no-untyped-def]
) -> None:
    import csv
    import io

    from conference_desk.core.people.importing import apply_import, plan_import

    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";").writerows([
        ["Nombre", "Apellido", "País", "Hotel", "Idioma"],
        ["Rosa", "Quispe", "Perú", "Hilton Reforma", "Quechua"],
        ["Tomás", "Ibarra", "Chile", "Hotel Sheraton", "es"],
        ["Elena", "Vidal", "España", "Fiesta", "es"],
    ])
    path = tmp_path / "comision.csv"
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    result = apply_import(people, plan_import(people, path))
    assert (result.imported, len(result.warnings)) == (3, 2)
    screen.apply_filters()
    assert len(visible_names(screen)) == 8
    assert screen.unresolved_filter.text() == "Unresolved preferences"
    qtbot.mouseClick(screen.unresolved_filter, Qt.MouseButton.LeftButton)
    assert screen.unresolved_filter.isChecked()
    assert visible_names(screen) == ["Tomás Ibarra", "Rosa Quispe"]
    screen.unresolved_filter.setChecked(False)
    assert len(visible_names(screen)) == 8


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, screen: RegistrationScreen) -> None:
    screen.table.sortByColumn(COL_DELEGATION, Qt.SortOrder.DescendingOrder)
    delegations = [screen.model.index(r, COL_DELEGATION).data() for r in range(screen.model.rowCount())]
    assert delegations == ["Senegal", "Russian Federation", "Mexico", "Mexico", "Germany"]


def test_new_participant_form_validates_as_you_type_and_saves(qtbot: QtBot, screen: RegistrationScreen,
                                                              people: Database) -> None:
    form = screen.open_participant(None)
    assert form is not None
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert "Family name is required." in form.problem_label.text()
    qtbot.keyClicks(form.edits["family_name"], "Okonkwo")
    qtbot.keyClicks(form.edits["given_name"], "Chidi")
    qtbot.keyClicks(form.edits["email"], "chidi@lagos")
    assert not save.isEnabled()
    assert "not an e-mail address" in form.problem_label.text()
    qtbot.keyClicks(form.edits["email"], ".gov.ng")
    form.delegation.setEditText("Narnia")
    assert "Unknown country or organisation" in form.problem_label.text()
    form.delegation.setEditText("nigeria")
    form.arrival.setDate(form.arrival.maximumDate().addDays(-20))
    form.departure.setDate(form.arrival.date().addDays(-1))
    assert "Departure is before arrival." in form.problem_label.text()
    form.departure.setDate(form.arrival.date().addDays(3))
    assert form.problem_label.text() == ""
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with people.session() as s:
        chidi = s.scalars(select(Participant).where(Participant.family_name == "Okonkwo")).one()
        assert chidi.email == "chidi@lagos.gov.ng"
        assert chidi.delegation.member_state.iso3 == "NGA"
        assert (chidi.departure_date - chidi.arrival_date).days == 3
    assert "Chidi Okonkwo" in visible_names(screen)


def test_editing_keeps_other_fields_and_refuses_a_stale_save(qtbot: QtBot, screen: RegistrationScreen,
                                                             people: Database) -> None:
    search(qtbot, screen, "muller")
    anna_id = screen.model.index(0, 0).data(ID_ROLE)
    form = screen.open_participant(anna_id)
    assert form is not None and form.edits["city"].text() == "Hamburg"
    assert form.delegation.currentText() == "Germany"
    # Meanwhile, another organisner saves the same person.
    save_participant(people, {"phone": "+49 40 1234"}, anna_id)
    form.edits["city"].setText("Bremen")
    answers = [EditConflictDialog.DECIDE_LATER]
    form.conflict_answer = lambda dialog: answers.pop(0)
    form.save()
    # Both versions are shown side by side; nothing is written until the user decides.
    dialog = form.conflict_dialog
    assert dialog is not None
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows["City"] == ("Bremen", "Hamburg")
    assert rows["Phone"] == ("", "+49 40 1234")
    assert "Someone else saved this participant" in form.problem_label.text()
    with people.session() as s:
        anna = s.get(Participant, anna_id)
        assert (anna.city, anna.phone) == ("Hamburg", "+49 40 1234")
    # "Save my version over it": the city this user changed is saved, the other person's phone stays.
    answers.append(EditConflictDialog.KEEP_MINE)
    form.save()
    with people.session() as s:
        anna = s.get(Participant, anna_id)
        assert (anna.city, anna.phone) == ("Bremen", "+49 40 1234")


def test_flights_typed_in_the_form_are_checked_saved_and_shown_again(qtbot: QtBot, screen: RegistrationScreen,
                                                                     people: Database) -> None:
    import datetime as dt

    search(qtbot, screen, "lucia")
    lucia_id = screen.model.index(0, 0).data(ID_ROLE)
    form = screen.open_participant(lucia_id)
    assert form is not None
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(form.flights["arrival_flight"], "am401x1")
    assert not save.isEnabled()
    assert "Arrival flight: not a flight number (AM 401, AF179)." in form.problem_label.text()
    form.flights["arrival_flight"].clear()
    qtbot.keyClicks(form.flights["arrival_flight"], "am401")
    assert "Arrival flight: give the date of the flight." in form.problem_label.text()
    form.arrival.setDate(form.arrival.maximumDate().addDays(-20))
    qtbot.keyClicks(form.times["arrival_time"], "2:35 pm")
    form.terminals["arrival_terminal"].setCurrentIndex(form.terminals["arrival_terminal"].findData("T1"))
    form.departure.setDate(form.arrival.date())
    qtbot.keyClicks(form.flights["departure_flight"], "AF 179")
    qtbot.keyClicks(form.times["departure_time"], "25:00")
    assert "Departure time: not a time (14:35, 2:35 PM or 1435)." in form.problem_label.text()
    form.times["departure_time"].clear()
    qtbot.keyClicks(form.times["departure_time"], "0930")
    assert "The departure flight leaves before the arrival flight lands." in form.problem_label.text()
    assert not save.isEnabled()
    form.departure.setDate(form.arrival.date().addDays(4))
    form.own_transport.setChecked(True)  # a flight, but no pick-up: allowed
    assert form.problem_label.text() == "" and save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with people.session() as s:
        lucia = s.get(Participant, lucia_id)
        assert (lucia.arrival_flight, lucia.arrival_time, lucia.arrival_terminal) == ("AM 401", dt.time(14, 35), "T1")
        assert (lucia.departure_flight, lucia.departure_time, lucia.departure_terminal) == ("AF 179", dt.time(9, 30), "")
        assert lucia.own_transport is True
        assert lucia.departure_date - lucia.arrival_date == dt.timedelta(days=4)
    again = screen.open_participant(lucia_id)
    assert again is not None
    assert again.flights["arrival_flight"].text() == "AM 401" and again.times["arrival_time"].text() == "14:35"
    assert again.terminals["arrival_terminal"].currentText() == "T1"
    assert again.terminals["departure_terminal"].currentIndex() == -1  # the "Terminal" placeholder
    assert again.times["departure_time"].text() == "09:30" and again.own_transport.isChecked()
    again.close()


def test_enter_in_search_opens_the_only_match(qtbot: QtBot, screen: RegistrationScreen) -> None:
    search(qtbot, screen, "lucia")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.open_forms and screen.open_forms[-1].edits["family_name"].text() == "Fernández"


def test_delegations_grouped_by_region_and_head_can_be_named(qtbot: QtBot, screen: RegistrationScreen,
                                                             people: Database) -> None:
    screen.tabs.setCurrentIndex(1)
    tree = screen.delegation_tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[0].startswith("Africa") and any(g.startswith("Latin America and the Caribbean") for g in groups)
    lac = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0).startswith("Latin America"))
    mexico = lac.child(0)
    assert (mexico.text(0), mexico.text(2)) == ("Mexico", "2")
    tree.setCurrentItem(mexico)
    members = [screen.member_model.index(r, COL_NAME).data() for r in range(screen.member_model.rowCount())]
    assert members == ["Fernández", "García López"]
    screen.member_table.setCurrentIndex(screen.member_model.index(1, 0))
    assert screen.member_model.index(1, 0).data(ROW_ROLE).given_name == "José"
    qtbot.mouseClick(screen.head_button, Qt.MouseButton.LeftButton)
    with people.session() as s:
        delegation = s.scalars(select(Delegation).join(MemberState).where(MemberState.iso3 == "MEX")).one()
        assert delegation.head.given_name == "José"
    assert "head of delegation: José García López" in screen.delegation_title.text()


def test_the_delegations_tab_counts_whoever_was_added_while_it_was_hidden(
        qtbot: QtBot, screen: RegistrationScreen, people: Database) -> None:
    """The tree's counts are read when the tab is opened (not with every participants-tab change)."""
    from conference_desk.core.people.registration import category_choices, save_participant

    def mexico() -> QTreeWidgetItem:
        tree = screen.delegation_tree
        lac = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if tree.topLevelItem(i).text(0).startswith("Latin America"))
        return next(lac.child(i) for i in range(lac.childCount()) if lac.child(i).text(0) == "Mexico")

    screen.tabs.setCurrentIndex(1)
    assert mexico().text(2) == "2"
    screen.tabs.setCurrentIndex(0)
    with people.session() as s:
        delegation_id = s.scalars(select(Delegation.id).join(MemberState).where(MemberState.iso3 == "MEX")).one()
        category = category_choices(s)[0].id
    save_participant(people, {"given_name": "Ana", "family_name": "Zavala", "category_id": category,
                              "delegation_id": delegation_id, "arrival_date": dt.date(2015, 9, 27)})
    screen.refresh()  # what a save in the form does
    assert screen.delegation_filter.findText("Mexico") >= 0  # the filter still lists every delegation
    screen.tabs.setCurrentIndex(1)
    assert mexico().text(2) == "3" and mexico().text(3).startswith("27 Sep")


@pytest.mark.parametrize(("lang", "day", "month"), [("fr", "dim.", "sept."), ("es", "dom", "sep")])
def test_days_are_named_in_the_screen_s_language(qtbot: QtBot, people: Database, languages, lang: str,  # type: ignore[no-untyped-def]
                                                 day: str, month: str) -> None:
    """The arrival filter and the delegations' arrivals: no English day or month in French or Spanish."""
    from conference_desk.core.people.registration import category_choices, save_participant

    with people.session() as s:
        category = category_choices(s)[0].id
    save_participant(people, {"given_name": "Ana", "family_name": "Zavala", "category_id": category,
                              "member_state_id": _state_id(people, "MEX"), "arrival_date": dt.date(2015, 9, 27)})
    languages.set_language(lang)
    widget = RegistrationScreen(people, lang)
    qtbot.addWidget(widget)
    widget.show()
    days = [widget.arrival_filter.itemText(i) for i in range(1, widget.arrival_filter.count())]
    assert any(text.startswith(day) and month in text for text in days), days  # Sunday 27 September 2015
    assert not any("Sun" in text for text in days), days
    widget.tabs.setCurrentIndex(1)
    tree = widget.delegation_tree
    arrivals = [tree.topLevelItem(i).child(j).text(3) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())]
    assert any(text.startswith(f"27 {month}") for text in arrivals), arrivals
    wait_for_tasks()


def test_export_menu_writes_the_filtered_participants_to_excel(qtbot: QtBot, screen: RegistrationScreen,
                                                              tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    search(qtbot, screen, "mexico")  # matches the two people from Mexico City / by city text
    screen.delegation_filter.setCurrentIndex(screen.delegation_filter.findText("Mexico"))
    out = tmp_path / "mexico.xlsx"
    with qtbot.waitSignal(screen.exported, timeout=20_000):
        screen.export_to("participants_xlsx", str(out))
    assert "Exported" in screen.message.text()
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    family_column = rows[0].index("Family name")
    assert sorted(r[family_column] for r in rows[1:]) == ["Fernández"]


def test_export_list_of_participants_pdf(qtbot: QtBot, screen: RegistrationScreen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    out = tmp_path / "lop.pdf"
    with qtbot.waitSignal(screen.exported, timeout=30_000):
        screen.export_to("list_pdf", str(out))
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "GARCÍA LÓPEZ" in text and "MÜLLER" in text
    assert text.index("GERMANY") < text.index("MEXICO") < text.index("RUSSIAN FEDERATION")


def test_a_broad_search_shows_more_than_2000_and_the_first_names(qtbot: QtBot, db: Database, languages) -> None:  # type: ignore[no-untyped-def]
    from conference_desk.core.demo.generator import populate_demo

    populate_demo(db, 6000, seed=3)
    widget = RegistrationScreen(db, "en")
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    search(qtbot, widget, "go")
    assert widget.count_label.text() == "More than 2,000 participants: keep typing"
    assert widget.model.rowCount() == 2000
    with db.session() as s:
        first = s.scalars(select(Participant).where(Participant.search_text.like("go%") | Participant.search_text
                                                    .regexp_match("[^a-z0-9]go")).order_by(Participant.sort_name,
                                                                                          Participant.id).limit(1)).one()
    assert screen_first_name(widget) == f"{first.given_name} {first.family_name}"
    search_box = widget.search.geometry()
    search(qtbot, widget, "gonzalez")  # narrower: the exact number again
    assert widget.count_label.text().endswith("participants") or widget.count_label.text() == "1 participant"
    assert "More than" not in widget.count_label.text()
    # The search box does not jump while typing (a count changing width used to move it and
    # repaint the whole screen), and each count is shown whole.
    qtbot.wait(50)
    assert widget.search.geometry() == search_box
    for text in ("go", "gonzalez"):
        search(qtbot, widget, text)
        label = widget.count_label
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    wait_for_tasks()


def screen_first_name(screen: RegistrationScreen) -> str:
    model = screen.model
    return f"{model.index(0, COL_GIVEN).data()} {model.index(0, COL_NAME).data()}"
