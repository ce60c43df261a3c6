"""The import and duplicates dialogs as a clerk uses them (offscreen, never blocking)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import Participant
from conference_desk.ui.people.duplicates_dialog import DuplicatesDialog
from conference_desk.ui.people.import_dialog import MAPPING_PAGE, PREVIEW_PAGE, ImportDialog
from conference_desk.ui.common.tasks import wait_for_tasks

pytestmark = pytest.mark.gui


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="cp1252")
    return path


def participant_names(db: Database) -> list[str]:
    with db.session() as session:
        return sorted(f"{p.given_name} {p.family_name}" for p in session.scalars(select(Participant)))


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, languages) -> ImportDialog:  # type: ignore[no-untyped-def]
    widget = ImportDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_tasks()


def test_choose_map_preview_and_import(qtbot: QtBot, db: Database, dialog: ImportDialog, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "inscriptions.csv", [
        ["Prénom", "Nom", "Pays", "Courriel", "Taille de chaussure"],
        ["José", "García", "Mexique", "jose@cdmx.mx", "42"],
        ["Anne", "", "Atlantis", "anne@", "38"],
        ["Min-jun", "Kim", "Corée, République de", "kim@seoul.kr", "40"],
    ])
    monkeypatch.setattr(QFileDialog, "open", lambda self, *args: self.fileSelected.emit(str(path)))
    qtbot.mouseClick(dialog.choose_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)

    table = dialog.mapping_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Prénom", "Nom", "Pays", "Courriel", "Taille de chaussure"
    ]
    combos = [table.cellWidget(r, 2) for r in range(table.rowCount())]
    assert [c.currentText() for c in combos] == ["Given name", "Family name", "Country", "E-mail", "Ignore this column"]
    assert "José" in table.item(0, 1).text()

    # The clerk maps the unknown column by mistake to E-mail: a clear message, no checking.
    combos[4].setCurrentIndex(combos[4].findText("E-mail"))
    assert "same field: E-mail" in dialog.mapping_message.text()
    assert not dialog.next_button.isEnabled()
    combos[4].setCurrentIndex(combos[4].findText("Ignore this column"))
    assert dialog.next_button.isEnabled()

    qtbot.mouseClick(dialog.next_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW_PAGE, timeout=10_000)
    assert dialog.new_label.text() == "2" and dialog.rejected_label.text() == "1"
    assert "Ready to import 2 of 3 rows" in dialog.summary_label.text()
    problems = dialog.problems_table
    shown = {tuple(problems.item(r, c).text() for c in range(3)) for r in range(problems.rowCount())}
    assert {("3", "Nom", ""), ("3", "Pays", "Atlantis"), ("3", "Courriel", "anne@")} <= shown
    assert participant_names(db) == []  # the preview wrote nothing

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, qtbot_button())
    assert participant_names(db) == ["José García", "Min-jun Kim"]
    assert "Imported: 2 new, 0 updated, 0 unchanged, 1 row rejected." in dialog.summary_label.text()
    assert not dialog.import_button.isVisible()


def test_unreadable_file_is_explained_on_the_first_page(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not a workbook")
    dialog.load_file(str(bad))
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.file_message.text(), timeout=10_000)
    assert "broken.xlsx" in dialog.file_message.text()
    assert dialog.pages.currentIndex() == 0


def test_reimport_shows_updates_and_duplicates(qtbot: QtBot, db: Database, dialog: ImportDialog, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "v1.csv", [["Given name", "Family name", "E-mail"], ["José", "García", "jg@x.mx"]])
    dialog.load_file(str(first))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    dialog.check_file()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW_PAGE, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start_import()

    second = write_csv(tmp_path / "v2.csv", [
        ["Given name", "Family name", "E-mail"], ["José Luis", "García", "JG@x.mx"], ["Jose", "GARCIA", ""],
    ])
    dialog.load_file(str(second))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    dialog.check_file()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW_PAGE and dialog.plan is not None
                    and dialog.plan.source.endswith("v2.csv"), timeout=10_000)
    assert (dialog.new_label.text(), dialog.updated_label.text()) == ("1", "1")
    dups = dialog.duplicates_table
    assert dups.rowCount() >= 1 and dialog.duplicates_box.isVisibleTo(dialog)
    assert dups.item(0, 1).text() == "Jose GARCIA" and "already registered" in dups.item(0, 2).text()


def test_duplicates_dialog_lists_pairs_and_merges_after_confirmation(qtbot: QtBot, db: Database, languages) -> None:  # type: ignore[no-untyped-def]
    from conference_desk.core.people.importing import apply_import, plan_import

    path = tmp_csv = Path(db.describe()).parent / "dups.csv"
    write_csv(tmp_csv, [["Given name", "Family name"], ["José", "García"], ["García", "José"], ["Ana", "Ortega"]])
    apply_import(db, plan_import(db, path))
    widget = DuplicatesDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 1, timeout=10_000)
    assert widget.table.item(0, 0).text() == "100"
    assert "given and family names swapped" in widget.table.item(0, 3).text()
    assert not widget.merge_button.isEnabled()
    widget.table.selectRow(0)
    assert widget.merge_button.isEnabled()
    qtbot.mouseClick(widget.merge_button, qtbot_button())
    confirm = widget.confirm
    assert confirm is not None and confirm.isVisible()
    assert "José García" in confirm.keep_a.text()
    confirm.keep_b.setChecked(True)
    with qtbot.waitSignal(widget.merged, timeout=10_000):
        qtbot.mouseClick(confirm.buttons.button(QDialogButtonBox.StandardButton.Ok), qtbot_button())
    qtbot.waitUntil(lambda: "No likely duplicates" in widget.status_label.text(), timeout=10_000)
    assert "Merged record no." in widget.status_label.text()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 2
        assert session.scalars(select(Participant.given_name).where(Participant.family_name == "José")).one() == "García"
    wait_for_tasks()


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _us_resaved_xlsx(path: Path) -> Path:
    """A city office's XLSX resaved in a US locale: "01/10/2015" became 10 January, "27/09/2015" stayed text."""
    import datetime as dt

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nombre", "Apellido", "País", "Correo", "Llegada", "Salida", "Hotel", "Idioma"])
    for i in range(50):
        sheet.append([f"Persona{i}", f"Apellido{i}", "México", f"p{i}@cdmx.mx", "27/09/2015",
                      dt.datetime(2015, 1, 10), "Hilton Reforma" if i % 10 else "Reforma", "Español"])
    sheet.append(["Otra", "Persona", "México", "otra@cdmx.mx", "27/09/2015", dt.datetime(2015, 3, 15), "Fiesta", "es"])
    workbook.save(path)
    return path


def test_warnings_apart_and_the_date_swap_offered_as_one_action(
    qtbot: QtBot, db: Database, dialog: ImportDialog, tmp_path: Path
) -> None:
    dialog.load_file(str(_us_resaved_xlsx(tmp_path / "cdmx.xlsx")))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    dialog.check_file()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW_PAGE and dialog.plan is not None, timeout=10_000)
    # Every row rejected, once per cell; the swap said once for the column, with its button.
    assert dialog.rejected_label.text() == "51" and dialog.problems_table.rowCount() == 51
    assert dialog.swaps_box.isVisibleTo(dialog)
    label = dialog.swap_labels["departure_date"].text()
    assert label == ("Departure dates (column “Salida”) look like day and month swapped "
                     "(10 Jan 2015 → 1 Oct 2015) in 50 rows.")
    button = dialog.swap_buttons["departure_date"]
    assert button.text() == "Swap day and month in “Salida”"
    assert not dialog.warnings_box.isVisibleTo(dialog)  # warnings only for people imported
    assert participant_names(db) == []

    qtbot.mouseClick(button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.swap_day_month == ("departure_date",),
                    timeout=10_000)
    assert (dialog.new_label.text(), dialog.rejected_label.text()) == ("50", "1")
    assert "day and month exchanged (10 Jan 2015 → 1 Oct 2015) in 50 rows" in dialog.swap_labels["departure_date"].text()
    problems = dialog.problems_table
    assert [(problems.item(0, c).text()) for c in range(3)] == ["52", "Salida", "2015-03-15"]
    assert "Outside the conference period" in problems.item(0, 3).text()
    # The hotel nobody can resolve: a warning in its own table, the person imported.
    assert dialog.warnings_box.isVisibleTo(dialog) and dialog.warnings_table.rowCount() == 5
    assert dialog.warnings_label.text() == "5"
    warning = [dialog.warnings_table.item(0, c).text() for c in range(4)]
    assert warning[:3] == ["2", "Hotel", "Reforma"] and warning[3].startswith("Matches several hotels")
    assert participant_names(db) == []  # still nothing written

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, qtbot_button())
    with db.session() as session:
        assert set(session.scalars(select(Participant.departure_date))) == {__import__("datetime").date(2015, 10, 1)}
        assert session.scalar(select(func.count()).select_from(Participant)
                              .where(Participant.notes.like("%Unresolved preference%"))) == 5


def test_in_french_a_bad_category_lists_french_names_and_counts_agree(qtbot: QtBot, db: Database, languages,  # noqa: ANN001
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    languages.set_language("fr")
    widget = ImportDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    path = write_csv(tmp_path / "une.csv", [["Prénom", "Nom", "Pays", "Catégorie"], ["Ana", "Ruiz", "Mexique", "Zzz"]])
    monkeypatch.setattr(QFileDialog, "open", lambda self, *args: self.fileSelected.emit(str(path)))
    qtbot.mouseClick(widget.choose_button, qtbot_button())
    qtbot.waitUntil(lambda: widget.pages.currentIndex() == MAPPING_PAGE, timeout=10_000)
    assert widget.mapping_intro.text().startswith("une.csv : 1 ligne. ")
    qtbot.mouseClick(widget.next_button, qtbot_button())
    qtbot.waitUntil(lambda: widget.pages.currentIndex() == PREVIEW_PAGE, timeout=10_000)
    message = widget.problems_table.item(0, 3).text()
    assert message.startswith("Catégorie inconnue ; utilisez l'une de celles-ci : ")
    assert "Délégué" in message and "Delegate" not in message
    assert "1 lignes" not in widget.summary_label.text()
    wait_for_tasks()
