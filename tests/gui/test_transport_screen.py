"""The Transport screen as a coordinator uses it, on a fake service (small real dataclass values).

The service functions the screen calls are replaced by :class:`FakeTransport`, which keeps a
few runs, uncovered guests and landings in memory and records every write, so what the user
sees (table rows, chart bars, the refusal, the plan's summary) is checked against known values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.messages import Text
from conference_desk.core.transport import service
from conference_desk.core.transport.types import Plan, Run, Unplaced
from conference_desk.ui.common.i18n import LanguageManager
from conference_desk.ui.common.tasks import wait_for_tasks
from conference_desk.ui.transport.drag_drop import DraggedPassenger, passenger_mime
from conference_desk.ui.transport.run_table import LOCKED, ROUTE, SEATS
from conference_desk.ui.transport.screen import TransportScreen

DAY1, DAY2 = dt.date(2015, 9, 27), dt.date(2015, 9, 28)
HILTON, FIESTA, VENUE = "Hilton Mexico City Reforma", "Fiesta Americana Reforma", "Palacio de Minería"


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def guest(pid: int, name: str, flight: str, when: dt.datetime, delegation: str = "Mexico",
          luggage: int = 1, terminal: str = "T1", by_car: bool = False) -> service.PassengerRow:
    return service.PassengerRow(participant_id=pid, name=name, delegation=delegation, flight=flight,
                                flight_at=when, terminal=terminal, hotel=HILTON, luggage=luggage, phone="",
                                by_car=by_car)


def run(rid: int, code: str, kind: str, vehicle: str, seats: int, departs: dt.datetime, from_place: str,
        to_place: str, passengers: list[service.PassengerRow], locked: bool = False,
        riders: int | None = None) -> service.RunRow:
    return service.RunRow(id=rid, code=code, kind=kind, vehicle=vehicle, seats=seats, departs_at=departs,
                          from_place=from_place, to_place=to_place,
                          riders=len(passengers) if riders is None else riders,
                          luggage=sum(p.luggage for p in passengers), locked=locked, passengers=passengers)


class FakeTransport:
    """The service contract's functions on a few runs in memory; writes are recorded."""

    def __init__(self) -> None:
        self.runs = [
            run(1, "A-0927-T1-HMCR-01", "arrival", "van", 12, at(DAY1, 10, 40), "MEX T1", HILTON,
                [guest(101, "Ana García", "AM 401", at(DAY1, 9, 55), luggage=2),
                 guest(102, "Jean Dupont", "AF 179", at(DAY1, 10, 5), delegation="France")]),
            run(2, "A-0927-T1-HMCR-02", "arrival", "car", 3, at(DAY1, 12, 10), "MEX T1", HILTON,
                [guest(103, "Kim Min-jun", "KE 91", at(DAY1, 11, 30), delegation="Republic of Korea"),
                 guest(104, "Li Wei", "CA 987", at(DAY1, 11, 35), delegation="China"),
                 guest(105, "Olu Ade", "AM 21", at(DAY1, 11, 40), delegation="Nigeria")], locked=True),
            run(3, "A-0927-T2-HMCR-03", "arrival", "van", 12, at(DAY1, 14, 0), "MEX T2", HILTON,
                [guest(106, "Maria Rossi", "AZ 680", at(DAY1, 13, 20), delegation="Italy", terminal="T2")]),
            run(4, "S-0927-HMCR-VEN-01", "shuttle", "coach", 45, at(DAY1, 18, 30), HILTON, VENUE, [],
                riders=38),
            run(5, "D-0928-HMCR-T1-01", "departure", "van", 12, at(DAY2, 6, 0), HILTON, "MEX T1",
                [guest(107, "John Smith", "UA 1234", at(DAY2, 10, 0), delegation="United States of America")]),
        ]
        self.uncovered_rows = [
            service.UncoveredRow(201, "Paul Martin", "arrival", "AF 180", at(DAY1, 23, 50),
                                 Text("Own arrangement: the guest travels on their own.")),
            service.UncoveredRow(202, "Sara Lopez", "departure", "IB 6400", None,
                                 Text("No hotel: neither a room nor a preferred hotel.")),
        ]
        self.landings = [(at(DAY1, 9), 1), (at(DAY1, 10), 1), (at(DAY1, 11), 3), (at(DAY1, 13), 1)]
        self.full_run = 2  # a move onto it is refused
        self.threads: list[bool] = []  # for each read: on the GUI thread?
        self.page_size = 500  # rows of the "Not covered" list read at most
        self.searches: list[str] = []  # the search of each "Not covered" read
        self.runs_read: list[int] = []  # the runs whose passengers were read, in order
        self.moves: list[tuple[int, str, int]] = []
        self.locks: list[tuple[int, bool]] = []
        self.applied: list[service.TransportPlan] = []
        self.plan = service.TransportPlan(
            plan=Plan(runs=[Run("A-1", "arrival", "van", 12, at(DAY1, 10, 40), "MEX T1", HILTON, [101, 102]),
                            Run("A-2", "arrival", "car", 3, at(DAY1, 12, 10), "MEX T1", HILTON, [103, 104, 105]),
                            Run("D-1", "departure", "van", 12, at(DAY2, 6, 0), HILTON, "MEX T1", [107]),
                            Run("S-1", "shuttle", "coach", 45, at(DAY1, 18, 30), HILTON, VENUE, riders=38),
                            Run("S-2", "shuttle", "coach", 45, at(DAY1, 22, 0), VENUE, HILTON, riders=38)],
                      unplaced=[Unplaced(106, "No run reaches the hotel in time.")], vehicle_runs=5,
                      greedy_vehicle_runs=7, longest_wait_minutes=55, optimal=False, gap=0.032),
            uncovered=list(self.uncovered_rows))

    def _read(self) -> None:
        self.threads.append(threading.current_thread() is threading.main_thread())

    # -- reads -------------------------------------------------------------------------------------

    def stored_runs(self, db: Database, day: dt.date | None = None, kind: str | None = None,
                    lang: str = "en", passengers: bool = True) -> list[service.RunRow]:
        self._read()
        return [r if passengers else dataclasses.replace(r, passengers=[]) for r in self.runs
                if (day is None or r.departs_at.date() == day) and kind in (None, r.kind)]

    def stored_run(self, db: Database, run_id: int, lang: str = "en") -> service.RunRow:
        self._read()
        self.runs_read.append(run_id)
        return next(r for r in self.runs if r.id == run_id)

    def uncovered(self, db: Database, lang: str = "en") -> list[service.UncoveredRow]:
        self._read()
        return list(self.uncovered_rows)

    def uncovered_page(self, db: Database, lang: str = "en", limit: int | None = None,
                       search: str = "", total: bool = True) -> service.UncoveredPage:
        """The first ``self.page_size`` (or ``limit``) rows whose name holds ``search``, and the counts."""
        self._read()
        self.searches.append(search)
        matches = [u for u in self.uncovered_rows if search.lower() in u.name.lower()]
        size = self.page_size if limit is None else limit
        return service.UncoveredPage(matches[:size], total=len(self.uncovered_rows) if total or not search else None,
                                     matches=len(matches), search=search)

    def arrivals_per_hour(self, db: Database, day: dt.date | None = None) -> list[tuple[dt.datetime, int]]:
        self._read()
        return [(h, n) for h, n in self.landings if day is None or h.date() == day]

    # -- writes ------------------------------------------------------------------------------------

    def move_passenger(self, db: Database, participant_id: int, kind: str, run_id: int, actor: Any = None) -> str:
        if run_id == self.full_run:
            raise service.TransportError(Text("Run {run} is full: {seats} seats, all taken.",
                                              run="A-0927-T1-HMCR-02", seats=3))
        self.moves.append((participant_id, kind, run_id))
        rider = next(p for r in self.runs if r.kind == kind for p in r.passengers if p.participant_id == participant_id)
        self.runs = [
            dataclasses.replace(r, passengers=[p for p in r.passengers if p.participant_id != participant_id]
                                + ([rider] if r.id == run_id else []))
            for r in self.runs]
        self.runs = [dataclasses.replace(r, riders=len(r.passengers)) if r.kind != "shuttle" else r for r in self.runs]
        return rider.name

    def lock_run(self, db: Database, run_id: int, locked: bool = True, actor: Any = None) -> None:
        self.locks.append((run_id, locked))
        self.runs = [dataclasses.replace(r, locked=locked) if r.id == run_id else r for r in self.runs]

    def make_plan(self, db: Database, *, time_limit: float = 10.0, progress: Any = None) -> service.TransportPlan:
        if progress is not None:
            progress(1, 2)
        return self.plan

    def apply_plan(self, db: Database, plan: service.TransportPlan, actor: Any = None) -> int:
        self.applied.append(plan)
        return len(plan.plan.runs)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeTransport:
    fake = FakeTransport()
    for name in ("stored_runs", "stored_run", "uncovered", "uncovered_page", "arrivals_per_hour", "make_plan",
                 "apply_plan", "move_passenger", "lock_run"):
        monkeypatch.setattr(service, name, getattr(fake, name))
    return fake


@pytest.fixture
def screen(qtbot: QtBot, db: Database, fake: FakeTransport, languages: LanguageManager) -> Iterator[TransportScreen]:
    widget = TransportScreen(db, "en")
    qtbot.addWidget(widget)
    widget.resize(1130, 680)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.show()
    yield widget
    wait_for_tasks()


def cells(table: Any, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def select(qtbot: QtBot, screen: TransportScreen, run_id: int) -> None:
    """Choose a run in the table and wait for its passengers (read when it is chosen)."""
    assert screen.select_run(run_id)
    qtbot.waitUntil(lambda: screen.passengers_of == run_id, timeout=10_000)


# -- what the coordinator sees -------------------------------------------------------------------------


def test_the_area_shows_the_days_runs_chart_and_uncovered_read_off_the_gui_thread(
        screen: TransportScreen, fake: FakeTransport) -> None:
    assert fake.threads and not any(fake.threads)  # every read off the GUI thread
    assert [screen.day_combo.itemText(i) for i in range(screen.day_combo.count())] == \
        ["Sun 27 Sept 2015", "Mon 28 Sept 2015"]
    assert screen.current_day() == DAY1
    table = screen.run_table
    assert table.rowCount() == 4
    assert cells(table, 0) == ["10:40", "Arrival", "Van", "2/12", f"MEX T1 → {HILTON}", ""]
    assert cells(table, 1)[:4] == ["12:10", "Arrival", "Car", "3/3"]
    assert cells(table, 3)[:5] == ["18:30", "Shuttle", "Coach", "38/45", f"{HILTON} → {VENUE}"]
    assert not table.item(1, LOCKED).icon().isNull() and table.item(0, LOCKED).icon().isNull()
    assert table.item(0, ROUTE).toolTip() == "Run A-0927-T1-HMCR-01"
    assert "3 of 3 seats taken" in table.item(1, SEATS).toolTip()
    assert screen.runs_caption.text() == "4 runs on Sun 27 Sept 2015 · 1 locked"
    # Landings 09:00 to 13:00, the hour without landings shown as 0; pick-ups per hour on the line.
    chart = screen.chart_view
    assert len(chart.hours) == 6  # 09:00 … 14:00 (the last pick-up leaves at 14:00)
    assert [chart.landing_count(i) for i in range(len(chart.hours))] == [1, 1, 3, 0, 1, 0]
    assert chart.landings.count() == 6 and chart.pickups.count() == 6
    assert [int(chart.pickups.at(i).y()) for i in range(6)] == [0, 1, 0, 1, 0, 1]
    assert chart.chart().title() == "6 guests land on this day"
    uncovered = screen.uncovered_table
    assert screen.tabs.tabText(1) == "Not covered (2)"
    assert uncovered.rowCount() == 2
    assert cells(uncovered, 0) == ["Paul Martin", "Arrival AF 180\nSun 27 Sept 2015, 23:50",
                                   "Own arrangement: the guest travels on their own."]
    assert cells(uncovered, 1) == ["Sara Lopez", "Departure IB 6400", "No hotel: neither a room nor a preferred hotel."]


def test_a_long_not_covered_list_shows_its_first_rows_and_finds_anyone_by_name(
        qtbot: QtBot, db: Database, fake: FakeTransport) -> None:
    """Before the first plan every guest with a flight is uncovered: the tab lists the first rows with the
    exact count, says how many are left out, and a name typed in its search finds the guest and the reason."""
    fake.uncovered_rows += [service.UncoveredRow(300 + i, f"Guest {i:04}", "arrival", "AM 401", at(DAY1, 8, i % 60),
                                                 Text("Own arrangement")) for i in range(1200)]
    fake.page_size = 3
    widget = TransportScreen(db, "en")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.show()
    panel, table = widget.uncovered_panel, widget.uncovered_table
    widget.tabs.setCurrentIndex(1)
    assert widget.tabs.tabText(1) == "Not covered (1,202)"
    assert table.rowCount() == 3
    assert panel.note.isVisible()
    assert panel.note.text() == ("The first 3 of 1,202 flights without a run are listed, by flight time: "
                                 "type a name to find a guest.")
    with qtbot.waitSignal(widget.uncovered_shown, timeout=10_000):
        panel.search.setText("sara")
    assert [cells(table, row) for row in range(table.rowCount())] == [
        ["Sara Lopez", "Departure IB 6400", "No hotel: neither a room nor a preferred hotel."]]
    assert panel.note.text() == "1 found for “sara”."
    assert widget.tabs.tabText(1) == "Not covered (1,202)"  # every flight without a run, whatever is searched
    with qtbot.waitSignal(widget.uncovered_shown, timeout=10_000):
        panel.search.setText("guest")
    assert table.rowCount() == 3
    assert panel.note.text() == "The first 3 of 1,200 matching flights are listed: type more of the name."
    with qtbot.waitSignal(widget.uncovered_shown, timeout=10_000):
        panel.search.setText("nobody")
    assert table.rowCount() == 0 and panel.note.text() == "No flight without a run matches “nobody”."
    with qtbot.waitSignal(widget.uncovered_shown, timeout=10_000):
        panel.search.clear()
    assert table.rowCount() == 3 and panel.note.text().startswith("The first 3 of 1,202")
    assert fake.searches == ["", "sara", "guest", "nobody", ""]
    assert fake.threads and not any(fake.threads)  # the searches are read off the GUI thread too
    wait_for_tasks()


def test_selecting_a_run_lists_its_passengers(qtbot: QtBot, screen: TransportScreen, fake: FakeTransport) -> None:
    assert screen.passengers_caption.text() == "Select a run to see who rides it."
    assert not screen.lock_button.isEnabled() and not screen.move_button.isEnabled()
    select(qtbot, screen, 1)
    passengers = screen.passenger_table
    assert passengers.rowCount() == 2
    assert cells(passengers, 0) == ["Ana García", "Mexico", "AM 401", "09:55", "T1", "2"]
    assert passengers.horizontalHeaderItem(3).text() == "Lands"
    assert screen.passengers_caption.text() == f"Passengers of run A-0927-T1-HMCR-01: 10:40, Van, MEX T1 → {HILTON}"
    assert screen.lock_button.isEnabled() and not screen.unlock_button.isEnabled()
    select(qtbot, screen, 4)  # a shuttle carries head counts, not names
    assert passengers.rowCount() == 0
    assert screen.passengers_caption.text() == (f"Shuttle S-0927-HMCR-VEN-01 (18:30, {HILTON} → {VENUE}): "
                                                "38 riders counted from the hotels’ guests, no names.")
    # The runs are read without their passengers; a run's are read when it is chosen (off the GUI thread),
    # once until the runs are read again.
    assert all(not r.passengers for r in screen.runs or [])
    select(qtbot, screen, 1)
    assert passengers.rowCount() == 2
    assert fake.runs_read == [1] and not any(fake.threads)


def test_another_day_and_a_kind_filter(qtbot: QtBot, screen: TransportScreen) -> None:
    assert screen.set_day(DAY2)
    assert screen.run_table.rowCount() == 1
    assert cells(screen.run_table, 0)[:4] == ["06:00", "Departure", "Van", "1/12"]
    assert screen.chart_view.chart().title() == "No guest lands on this day"
    assert screen.chart_view.landings.count() == 0
    select(qtbot, screen, 5)
    assert screen.passenger_table.horizontalHeaderItem(3).text() == "Takes off"
    screen.set_day(DAY1)
    screen.set_kind("shuttle")
    assert [r.id for r in screen.run_table.runs] == [4]
    screen.set_kind(None)
    assert screen.run_table.rowCount() == 4


# -- moves and locks ---------------------------------------------------------------------------------


def test_a_refused_move_is_shown_and_changes_nothing(qtbot: QtBot, screen: TransportScreen,
                                                     fake: FakeTransport) -> None:
    before = list(fake.runs)
    assert screen.move(101, "arrival", 2) is False
    assert screen.message.text() == "Run A-0927-T1-HMCR-02 is full: 3 seats, all taken."
    assert "color" in screen.message.styleSheet()
    assert fake.runs == before and fake.moves == []


def test_dropping_a_passenger_on_another_run_moves_them(qtbot: QtBot, screen: TransportScreen,
                                                        fake: FakeTransport) -> None:
    table = screen.run_table
    mime = passenger_mime(DraggedPassenger(102, "arrival", 1), "Jean Dupont")
    assert table.target_at(0, mime) is None  # the run they are on
    assert table.target_at(3, mime) is None  # a shuttle
    assert table.target_at(2, mime) is not None
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        assert table.dropMimeData(2, 0, mime, Qt.DropAction.MoveAction)
    assert fake.moves == [(102, "arrival", 3)]
    assert screen.selected_run() is not None and screen.selected_run().id == 3  # the run they went to
    qtbot.waitUntil(lambda: screen.passengers_of == 3, timeout=10_000)  # its passengers read again
    assert [p.name for p in screen.passenger_table.passengers] == ["Maria Rossi", "Jean Dupont"]
    assert screen.message.text() == "Jean Dupont moved to run A-0927-T2-HMCR-03."


def test_move_to_run_lists_the_compatible_runs(qtbot: QtBot, screen: TransportScreen, fake: FakeTransport) -> None:
    select(qtbot, screen, 1)
    screen.passenger_table.selectRow(1)
    assert screen.move_button.isEnabled()
    dialog = screen.open_move_dialog()
    assert dialog is not None
    # Same leg and route only: run 2 (MEX T1 → Hilton); not the T2 run, the shuttle or the departure.
    assert [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())] == [2]
    assert dialog.list.item(0).text() == "Sun 27 Sept 2015, 12:10 · Car · 3 of 3 seats taken · run " \
                                         "A-0927-T1-HMCR-02 · locked"
    dialog.accept()  # run 2 is full: refused, nothing changed
    assert screen.message.text() == "Run A-0927-T1-HMCR-02 is full: 3 seats, all taken."
    assert fake.moves == []


def test_lock_and_unlock_the_selected_run(qtbot: QtBot, screen: TransportScreen, fake: FakeTransport) -> None:
    select(qtbot, screen, 1)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.lock_button.click()
    assert fake.locks == [(1, True)]
    assert screen.message.text() == "Run A-0927-T1-HMCR-01 locked: a new plan keeps it as it is."
    assert screen.selected_run().id == 1 and screen.selected_run().locked
    assert not screen.run_table.item(0, LOCKED).icon().isNull()
    assert screen.unlock_button.isEnabled() and not screen.lock_button.isEnabled()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.unlock_button.click()
    assert fake.locks == [(1, True), (1, False)]
    assert screen.run_table.item(0, LOCKED).icon().isNull()


# -- planning ---------------------------------------------------------------------------------------------


def make_plan(qtbot: QtBot, screen: TransportScreen) -> None:
    with qtbot.waitSignal(screen.plan_ready, timeout=10_000):
        screen.plan_button.click()
    assert screen.plan_box.isVisible()


def test_a_plan_is_summarised_then_applied_once(qtbot: QtBot, screen: TransportScreen, fake: FakeTransport) -> None:
    make_plan(qtbot, screen)
    assert screen.plan_box.summary.text().splitlines() == [
        ("Vehicle runs: 5 (airport pick-ups: 2, to the airport: 1, shuttles: 2); "
         "first come, first served would need 7."),
        "Longest wait: 55 min.",
        "Best plan found in the time limit: within 3.2% of the optimum.",
        "2 guests with a flight not covered.",
    ]
    assert screen.message.text() == "Review the proposed plan, then Apply or Discard. Nothing is written yet."
    assert fake.applied == []
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.apply_button.click()
    assert fake.applied == [fake.plan]
    assert not screen.plan_box.isVisible() and screen.plan is None
    assert screen.message.text() == "Plan applied: 5 runs stored."


def test_a_discarded_plan_writes_nothing(qtbot: QtBot, screen: TransportScreen, fake: FakeTransport) -> None:
    fake.plan = dataclasses.replace(fake.plan, plan=dataclasses.replace(fake.plan.plan, optimal=True, gap=0.0),
                                    uncovered=[])
    make_plan(qtbot, screen)
    lines = screen.plan_box.summary.text().splitlines()
    assert lines[2:] == ["Proven optimal.", "Every guest with a flight is covered."]
    screen.discard_button.click()
    qtbot.wait(50)
    wait_for_tasks()
    assert fake.applied == []
    assert not screen.plan_box.isVisible()
    assert screen.message.text() == "Proposed plan discarded; nothing was changed."


def test_planning_can_be_cancelled(qtbot: QtBot, screen: TransportScreen, fake: FakeTransport,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()

    def slow_plan(db: Database, *, time_limit: float = 10.0, progress: Any = None) -> service.TransportPlan:
        started.set()
        while progress(0, 1):  # until Cancel is pressed
            threading.Event().wait(0.01)
        raise service.TransportError("Planning cancelled; nothing was changed.")

    monkeypatch.setattr(service, "make_plan", slow_plan)
    screen.plan_button.click()
    assert started.wait(10)
    assert screen.busy and not screen.plan_button.isEnabled()
    from PySide6.QtWidgets import QPushButton

    cancel = screen.progress_dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    wait_for_tasks()
    qtbot.wait(50)
    assert not screen.busy and screen.plan_button.isEnabled()
    assert screen.plan is None and not screen.plan_box.isVisible()
    assert screen.message.text() == "Planning cancelled; nothing was changed."
    assert fake.applied == []


def test_a_change_while_a_plan_is_under_review_discards_it(qtbot: QtBot, screen: TransportScreen,
                                                           fake: FakeTransport) -> None:
    make_plan(qtbot, screen)
    select(qtbot, screen, 3)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.lock_button.click()
    assert screen.plan is None and not screen.plan_box.isVisible()
    assert screen.message.text().endswith("The proposed plan was discarded: it was made before this change.")
    assert fake.applied == []


def test_a_failed_read_is_shown(qtbot: QtBot, db: Database, fake: FakeTransport,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> list[service.RunRow]:
        raise service.TransportError("The transport rules do not validate.")

    monkeypatch.setattr(service, "stored_runs", broken)
    widget = TransportScreen(db, "en")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.message.text() == "The transport rules do not validate.", timeout=10_000)
    assert widget.runs is None and widget.run_table.rowCount() == 0
    wait_for_tasks()


# -- languages and the desk laptop's screen -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_area_fits_1366x768_translated(qtbot: QtBot, db: Database, fake: FakeTransport,
                                           languages: LanguageManager, settings: QSettings, lang: str) -> None:
    from conference_desk.ui.shell.main_window import AREAS, MainWindow
    from tests.gui.layout_audit import clipped, untranslated

    languages.set_language(lang)
    window = MainWindow(db, languages, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_area([area.key for area in AREAS].index("transport"))
    screen = window.screens["transport"]
    assert isinstance(screen, TransportScreen)
    qtbot.waitUntil(lambda: screen.runs is not None, timeout=10_000)
    select(qtbot, screen, 1)
    make_plan(qtbot, screen)
    qtbot.wait(50)
    found = clipped(window)
    screen.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    found += clipped(window)
    screen.passenger_table.selectRow(1)
    dialog = screen.open_move_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    found += clipped(dialog)
    list_view = dialog.list
    assert list_view.sizeHintForColumn(0) <= list_view.viewport().width()  # the run's line is read whole
    if lang != "en":
        found += untranslated(dialog, lang)
    dialog.reject()
    if lang != "en":
        found += untranslated(window, lang)
        assert screen.plan_button.text() != "&Plan transport…"
        assert screen.run_table.item(0, 1).text() != "Arrival"
    assert found == []
    wait_for_tasks()
