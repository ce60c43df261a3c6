"""The Transport screen's "Not covered" list read a page at a time (core/transport/coverage.py), on the
650-person demo: the page is the beginning of the complete list (``transport uncovered``) in the screen's
order, with the exact count, before a plan, after one, with a run that no longer fits and with a search."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import text

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.text import fold
from conference_desk.core.transport import service as transport
from conference_desk.core.transport.coverage import UNCOVERED_PAGE, listed_order
from tests.templates import Templates

LIMIT = 3.0  # seconds per plan: the demo's models are proven optimal well within it


@pytest.fixture
def demo(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, 650)
    return db


def sql(db: Database, query: str, **params: Any) -> list[Any]:
    with db.engine.begin() as conn:
        result = conn.execute(text(query), params)
        return list(result) if result.returns_rows else []


def check_pages(db: Database) -> list[transport.UncoveredRow]:
    """Pages of several sizes are the complete list's first rows in the screen's order; returns that order."""
    listed = sorted(transport.uncovered(db), key=listed_order)
    for limit in (0, 1, 7, 40, 41, 42, 150, len(listed) - 1, len(listed), len(listed) + 5):
        page = transport.uncovered_page(db, limit=limit)
        assert page.rows == listed[:limit], limit
        assert page.total == page.matches == len(listed)
        assert page.more == (limit < len(listed))
    return listed


def test_before_the_first_plan_the_page_lists_the_first_flights_by_time_and_counts_them_all(
        demo: Database) -> None:
    listed = check_pages(demo)
    flights = sql(demo, "SELECT count(arrival_flight <> '' OR NULL) + count(departure_flight <> '' OR NULL)"
                        " FROM participant WHERE status <> 'cancelled'")[0][0]
    assert len(listed) == flights > UNCOVERED_PAGE  # before a plan every flight is on no run
    page = transport.uncovered_page(demo)
    assert len(page.rows) == UNCOVERED_PAGE and page.more and page.total == flights
    # No plan yet: a flight on no run is not said to have come "after the last plan".
    assert {str(u.reason) for u in listed if u.reason.template.startswith("Not on a run yet")} == {
        "Not on a run yet: no transport plan has been applied."}
    times = [u.flight_at for u in page.rows]
    assert None not in times and times == sorted(times)  # by flight time; those without one come last
    # Guests landing at the same minute are listed by name, in the screen as in the page.
    busiest, landing = Counter(times).most_common(1)[0]
    same = [u.name for u in page.rows if u.flight_at == busiest]
    assert landing > 1 and same == sorted(same)


def test_guests_landing_at_the_same_minute_are_listed_by_name_however_many_there_are(demo: Database) -> None:
    ids = [r[0] for r in sql(demo, "SELECT id FROM participant WHERE status <> 'cancelled' AND arrival_flight <> ''"
                                   " ORDER BY id DESC LIMIT 33")]
    first, undated = ids[:30], ids[30:]
    for pid in first:  # the first landing of all, 30 guests on it
        sql(demo, "UPDATE participant SET arrival_date = '2015-09-20', arrival_time = '05:00:00.000000'"
                  " WHERE id = :p", p=pid)
    for pid in undated:  # flights without a time come last, and tie with each other
        sql(demo, "UPDATE participant SET arrival_time = NULL WHERE id = :p", p=pid)
    listed = check_pages(demo)
    assert {u.participant_id for u in listed[:30]} == set(first)
    for limit in (2, 10, 14, 15, 16, 29):  # more ties beyond the page than the page holds: read again
        assert transport.uncovered_page(demo, limit=limit).rows == listed[:limit]
    assert {u.participant_id for u in listed if u.flight_at is None} == set(undated)
    assert [u.participant_id for u in listed[-3:]] == [u.participant_id for u in sorted(listed[-3:],
                                                                                        key=lambda u: u.name)]


def test_after_a_plan_a_stale_run_and_a_late_flight_are_listed_with_their_reasons(demo: Database) -> None:
    transport.apply_plan(demo, transport.make_plan(demo, time_limit=LIMIT), Actor(operator="test"))
    before = check_pages(demo)
    assert before and len(before) < UNCOVERED_PAGE
    # A seated guest's flight lands a day later (their run no longer fits); another's has lost its time,
    # then gets one after the plan.
    seated = [r[0] for r in sql(demo, "SELECT s.participant_id FROM transport_seat s JOIN participant p"
                                      " ON p.id = s.participant_id WHERE s.kind = 'arrival' ORDER BY p.id")]
    moved, late = seated[0], seated[1]
    sql(demo, "UPDATE participant SET arrival_date = date(arrival_date, '+1 day') WHERE id = :p", p=moved)
    sql(demo, "DELETE FROM transport_seat WHERE participant_id = :p AND kind = 'arrival'", p=late)
    sql(demo, "UPDATE participant SET arrival_time = '05:05:00' WHERE id = :p", p=late)
    listed = check_pages(demo)
    reasons = {(u.participant_id, u.kind): str(u.reason) for u in listed}
    assert "no longer fits" in reasons[(moved, "arrival")]
    assert "after the last plan" in reasons[(late, "arrival")]
    assert len(listed) == len(before) + 2
    # Found by name too, the seats checked only for the guests found.
    family = sql(demo, "SELECT family_name_latin, family_name FROM participant WHERE id = :p", p=moved)[0]
    word = fold(family[0] or family[1]).split()[0]
    matching = {pid for pid, words in sql(demo, "SELECT id, search_text FROM participant")
                if any(w.startswith(word) for w in (words or "").split())}
    found = transport.uncovered_page(demo, limit=len(listed), search=word, total=False)
    assert found.rows == [u for u in listed if u.participant_id in matching] and found.total is None
    assert any(u.participant_id == moved and "no longer fits" in str(u.reason) for u in found.rows)


def test_a_search_finds_a_guest_beyond_the_first_page(demo: Database) -> None:
    listed = sorted(transport.uncovered(demo), key=listed_order)
    last = listed[-1]  # never on the first page
    family = sql(demo, "SELECT family_name_latin, family_name FROM participant WHERE id = :p",
                 p=last.participant_id)[0]
    word = fold(family[0] or family[1]).split()[0]
    page = transport.uncovered_page(demo, limit=5, search=word)
    found = transport.uncovered_page(demo, limit=len(listed), search=word)
    assert last in found.rows and found.rows[:5] == page.rows
    assert page.total == len(listed) and page.matches == found.matches == len(found.rows)
    # Exactly the complete list's rows of the guests a participants search finds (a word beginning with it).
    matching = {pid for pid, words in sql(demo, "SELECT id, search_text FROM participant")
                if any(w.startswith(word) for w in (words or "").split())}
    assert found.rows == [u for u in listed if u.participant_id in matching]
    # Without the whole count (the screen has it): the same rows and matches.
    alone = transport.uncovered_page(demo, limit=5, search=word, total=False)
    assert alone.rows == page.rows and alone.matches == page.matches and alone.total is None
    nobody = transport.uncovered_page(demo, search="zzqqxx")
    assert nobody.rows == [] and nobody.matches == 0 and not nobody.more


def test_arrivals_per_hour_counts_each_landing_once_in_its_clock_hour(demo: Database) -> None:
    rows = sql(demo, "SELECT arrival_date, arrival_time FROM participant WHERE status <> 'cancelled'"
                     " AND arrival_flight <> '' AND arrival_date IS NOT NULL AND arrival_time IS NOT NULL")
    expected: dict[dt.datetime, int] = {}
    for day, time in rows:
        hour = dt.datetime.combine(dt.date.fromisoformat(str(day)), dt.time.fromisoformat(str(time))).replace(
            minute=0, second=0, microsecond=0)
        expected[hour] = expected.get(hour, 0) + 1
    assert transport.arrivals_per_hour(demo) == sorted(expected.items())
