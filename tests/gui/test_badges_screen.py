"""The Badges screen as an organiser and a desk clerk use it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conference_desk.core.badges import service
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import Badge
from conference_desk.ui.badges.status_model import COL_PRINTED
from conference_desk.ui.badges.screen import BadgesScreen
from conference_desk.ui.common.tasks import wait_for_tasks
from tests.templates import Templates


@pytest.fixture
def screen(qtbot: QtBot, db: Database, demo_templates: Templates, languages) -> Iterator[BadgesScreen]:  # type: ignore[no-untyped-def]
    demo_templates.populate_demo(db, 12, seed=4)
    widget = BadgesScreen(db, "en")
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.status_model.rowCount() > 0, timeout=15_000)
    qtbot.waitUntil(lambda: widget.preview_png is not None, timeout=20_000)
    yield widget
    wait_for_tasks()


def printed_count(db: Database) -> int:
    with db.session() as s:
        return len(s.scalars(select(Badge).where(Badge.printed_at.is_not(None), Badge.revoked_at.is_(None))).all())


def test_lists_everyone_without_a_badge_and_previews_the_selected_one(screen: BadgesScreen) -> None:
    total = screen.status_model.rowCount()
    assert total >= 11  # cancelled participants may be left out of badge lists
    assert screen.counts.text() == f"0 of {total} have a printed badge"
    assert screen.proxy.index(0, COL_PRINTED).data() == "not printed"
    image = QImage.fromData(screen.preview_png, "PNG")
    assert not image.isNull() and image.height() > image.width()  # A6 portrait
    assert screen.preview.pixmap() is not None and not screen.preview.pixmap().isNull()


def test_design_changes_update_the_preview_and_are_saved(qtbot: QtBot, screen: BadgesScreen, db: Database) -> None:
    first = screen.preview_png
    screen.layout_combo.setCurrentIndex(screen.layout_combo.findData("id1"))
    qtbot.waitUntil(lambda: screen.preview_png != first, timeout=20_000)
    card = QImage.fromData(screen.preview_png, "PNG")
    assert card.width() > card.height()  # ID-1 cards are landscape
    screen.field_boxes["show_city"].setChecked(False)
    assert service.load_style(db).layout == "id1"
    assert service.load_style(db).show_city is False
    assert not screen.cut_marks.isEnabled()
    # The badge language (issue 16): every badge of a batch in French, whatever its holder's language.
    assert screen.language_combo.currentData() == "participant"
    before = screen.preview_png
    screen.language_combo.setCurrentIndex(screen.language_combo.findData("fr"))
    assert service.load_style(db).language == "fr"
    qtbot.waitUntil(lambda: screen.preview_png != before, timeout=20_000)


def test_batch_to_pdf_records_prints_and_updates_the_list(qtbot: QtBot, screen: BadgesScreen, db: Database,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "batch.pdf"
    with qtbot.waitSignal(screen.printing.finished, timeout=60_000):
        screen.printing.print_to_file(screen.batch_selection(), str(out), screen.current_style())
    assert out.exists() and out.stat().st_size > 1000
    total = screen.status_model.rowCount()
    assert printed_count(db) == total
    qtbot.waitUntil(lambda: screen.counts.text() == f"{total} of {total} have a printed badge", timeout=15_000)
    assert screen.message.text() == f"{total} badges printed"

    # Issue 15: a cancelled batch must not leave the last batch's count on the status line.
    import time

    from PySide6.QtWidgets import QProgressDialog

    from conference_desk.core.badges import service as badge_service

    def slow(db, selection, path, style=None, progress=None):  # type: ignore[no-untyped-def]
        for i in range(500):
            if progress is not None and not progress(i, 500):
                raise RuntimeError("cancelled")
            time.sleep(0.01)

    monkeypatch.setattr(badge_service, "print_badges", slow)
    screen.printing.print_to_file(screen.batch_selection(), str(tmp_path / "again.pdf"), screen.current_style())
    assert screen.message.text() == "Printing…"
    dialog = next(d for d in screen.findChildren(QProgressDialog) if d.isVisible())
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert screen.message.text() == "Printing cancelled: no badge was printed or recorded."
    wait_for_tasks()
    qtbot.wait(50)
    assert "printed or recorded" in screen.message.text() and printed_count(db) == total


def test_single_badge_goes_to_the_printer_and_a_reprint_asks_why(qtbot: QtBot, screen: BadgesScreen,
                                                                db: Database, tmp_path: Path) -> None:
    pdf = tmp_path / "printer.pdf"

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(pdf))
        return p

    screen.printing.printer_factory = printer
    screen.table.selectRow(0)
    participant_id = screen.selected_participant()
    with qtbot.waitSignal(screen.printing.finished, timeout=60_000):
        qtbot.mouseClick(screen.print_one, Qt.MouseButton.LeftButton)
    assert pdf.exists() and pdf.stat().st_size > 1000
    assert printed_count(db) == 1
    qtbot.waitUntil(lambda: screen.counts.text().startswith("1 of"), timeout=15_000)
    screen.select_participant(participant_id)
    qtbot.mouseClick(screen.print_one, Qt.MouseButton.LeftButton)  # already printed: a reprint
    dialog = screen.printing.last_dialog
    assert "no longer be accepted" in dialog.labelText()
    with qtbot.waitSignal(screen.printing.finished, timeout=60_000):
        dialog.textValueSelected.emit("Lost at the hotel")
    with db.session() as s:
        badges = s.scalars(select(Badge).where(Badge.participant_id == participant_id).order_by(Badge.version)).all()
        assert [b.version for b in badges] == [1, 2]
        assert badges[0].revoked_at is not None and badges[0].revoke_reason == "Lost at the hotel"
        assert badges[1].revoked_at is None and badges[1].printed_at is not None
