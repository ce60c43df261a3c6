"""The arrivals dashboard as an organiser watches it: headline, charts, delegations, live refresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conference_desk.core.checkin.decisions import CheckInPoint
from conference_desk.core.checkin.service import check_in_participant, counters
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import Participant, ParticipantStatus
from conference_desk.ui.common.i18n import LanguageManager
from conference_desk.ui.checkin.dashboard import DashboardScreen
from conference_desk.ui.common.tasks import wait_for_tasks
from tests.templates import Templates

MEXICO = ZoneInfo("America/Mexico_City")
DAY = dt.date(2015, 9, 28)
NOW = dt.datetime(2015, 9, 28, 12, 30, tzinfo=MEXICO)  # the dashboard's clock: 12:30 on the 28th


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2015, 9, 28, hour, minute, tzinfo=MEXICO)


@pytest.fixture
def people(db: Database, demo_templates: Templates) -> list[Participant]:
    demo_templates.populate_demo(db, 40, seed=11)
    with db.session() as s:
        rows = list(s.scalars(select(Participant).where(Participant.status != ParticipantStatus.CANCELLED)
                              .order_by(Participant.id)))
        for p in rows:
            _ = p.category.code, p.delegation
        s.expunge_all()
    return rows


@pytest.fixture
def screen(qtbot: QtBot, db: Database, people: list[Participant]) -> Iterator[DashboardScreen]:
    widget = DashboardScreen(db, "en", refresh_ms=60_000)
    widget.now = lambda: NOW
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    with qtbot.waitSignal(widget.refreshed, timeout=5000):
        widget.show()
    yield widget
    wait_for_tasks()


def admit(db: Database, participant: Participant, when: dt.datetime) -> None:
    assert check_in_participant(db, participant.id, CheckInPoint(), when, with_counts=False).admitted


def reload(qtbot: QtBot, screen: DashboardScreen) -> None:
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        assert screen.refresh()


def bar_values(bar) -> list[float]:  # type: ignore[no-untyped-def]
    return [bar.at(i) for i in range(bar.count())]


def test_headline_and_charts_show_the_arrivals(qtbot: QtBot, screen: DashboardScreen, db: Database,
                                               people: list[Participant]) -> None:
    expected = counters(db, CheckInPoint(), DAY)["expected"]
    assert screen.headline.text() == f"Arrived today: 0 of {expected} expected"
    came = people[:5]
    for person, when in zip(came, (at(8, 5), at(8, 40), at(9, 10), at(10, 0), at(10, 59))):
        admit(db, person, when)
    reload(qtbot, screen)

    assert screen.headline.text() == f"Arrived today: 5 of {expected} expected"
    hours = screen.hour_axis.categories()
    assert hours[:4] == ["08:00", "09:00", "10:00", "11:00"]
    assert bar_values(screen.hour_set)[:4] == [2, 1, 2, 0]
    # The running total, up to the current hour (12:xx) and no further.
    assert [point.y() for point in screen.cumulative.points()] == [2, 3, 5, 5, 5]

    genders = {s.property("code"): s.value() for s in screen.gender_series.slices()}
    wanted: dict[str, float] = {}
    for person in came:
        wanted[person.gender.value] = wanted.get(person.gender.value, 0) + 1
    assert genders == wanted

    categories: dict[str, int] = {}
    for person in came:
        categories[person.category.code] = categories.get(person.category.code, 0) + 1
    for code, count in categories.items():
        assert screen.category_value(code) == count
    assert sum(bar_values(screen.region_arrived)) == 5
    region_labels = screen.region_axis.categories()
    assert region_labels[-1].startswith("Africa")  # listed from the top: Africa first

    numbers = {key: card.number.text() for key, card in screen.delegation_numbers.items()}
    data = screen.data["delegations"]
    assert numbers == {key: str(data[key]) for key in ("complete", "partial", "not_arrived")}
    assert int(numbers["complete"]) + int(numbers["partial"]) >= 1
    partial = screen.delegation_tables["partial"]
    assert partial.rowCount() == data["partial"]
    assert screen.delegation_tabs.tabText(0) == f"Partial ({data['partial']})"


def test_a_new_check_in_appears_after_the_timer_refresh(qtbot: QtBot, screen: DashboardScreen, db: Database,
                                                        people: list[Participant]) -> None:
    admit(db, people[0], at(9, 0))
    screen.timer.setInterval(100)
    qtbot.waitUntil(lambda: screen.headline.text().startswith("Arrived today: 1 of"), timeout=5000)
    admit(db, people[1], at(9, 30))
    qtbot.waitUntil(lambda: screen.headline.text().startswith("Arrived today: 2 of"), timeout=5000)
    assert bar_values(screen.hour_set)[1] == 2
    # A refresh asked for while one runs is not started twice.
    screen.timer.stop()
    wait_for_tasks()
    qtbot.waitUntil(lambda: not screen.loading, timeout=5000)
    assert screen.refresh() is True
    assert screen.refresh() is False
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        pass


def test_another_day_can_be_chosen(qtbot: QtBot, screen: DashboardScreen, db: Database,
                                   people: list[Participant]) -> None:
    admit(db, people[0], dt.datetime(2015, 9, 27, 18, 0, tzinfo=MEXICO))
    days = [screen.day_combo.itemData(i) for i in range(screen.day_combo.count())]
    assert days == ["2015-09-27", "2015-09-28", "2015-09-29", "2015-09-30", "2015-10-01"]
    assert screen.day_combo.currentText().endswith("(today)")
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        screen.day_combo.activated.emit(0)
    assert screen.headline.text().startswith("Arrived on 27 September: 1 of")
    assert screen.day_combo.currentIndex() == 0


def test_switching_to_french_retranslates_and_reloads_names(qtbot: QtBot, screen: DashboardScreen, db: Database,
                                                            people: list[Participant],
                                                            languages: LanguageManager) -> None:
    admit(db, people[0], at(9, 0))
    reload(qtbot, screen)
    english = screen.hour_chart.title()
    languages.set_language("fr")
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        screen.set_language("fr")
    assert screen.hour_chart.title() == QCoreApplication.translate("DashboardScreen", english)
    assert screen.headline.text() == (
        QCoreApplication.translate("DashboardScreen", "Arrived today: %1 of %2 expected")
        .replace("%1", "1").replace("%2", str(screen.data["totals"]["expected"]))
    )
    # Names from the database and shared labels are French already.
    categories = " ".join(screen.category_axis.categories())
    assert "Chef de délégation" in categories or "Délégué" in categories
    assert any(s.label().startswith(("Femme", "Homme")) for s in screen.gender_series.slices())
    assert screen.day_combo.itemText(1).startswith("lun.")
    languages.set_language("en")
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        screen.set_language("en")
    assert screen.hour_chart.title() == "Arrivals by hour"
