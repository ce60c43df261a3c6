"""Ground transport on a real database (core/transport/service.py, demo.py): plans stored as runs on
the 650-person demo, checked against the participants' flights read with plain SQL and the rules
themselves; re-plans that change only what must change; locks; manual moves; atomic apply; rules;
the demo's flights."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.messages import Text
from conference_desk.core.foundation.models import AuditEntry, Hotel, RoomAssignment, RoomType
from conference_desk.core.transport import Rules, normalise_flight
from conference_desk.core.transport import service as transport
from conference_desk.core.transport.demo import T2_CARRIERS
from tests.templates import Templates

ACTOR = Actor(operator="test", desk="t1")
MIN = dt.timedelta(minutes=1)
LIMIT = 3.0  # seconds per plan: the demo's models are proven optimal well within it


# --------------------------------------------------------------------------
# Fixtures and plain-SQL readings of the database
# --------------------------------------------------------------------------


@pytest.fixture
def demo(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, 650)
    return db


@pytest.fixture
def planned(demo: Database) -> tuple[Database, transport.TransportPlan]:
    made = transport.make_plan(demo, time_limit=LIMIT)
    transport.apply_plan(demo, made, ACTOR)
    return demo, made


def sql(db: Database, query: str, **params: Any) -> list[Any]:
    with db.engine.connect() as conn:
        return list(conn.execute(text(query), params))


def legs(db: Database) -> dict[tuple[int, str], dict[str, Any]]:
    """(participant, kind) -> the flight as registered, for every guest not cancelled with a flight number."""
    rows = sql(db, """
        SELECT p.id, p.arrival_flight, p.arrival_date, p.arrival_time, p.arrival_terminal,
               p.departure_flight, p.departure_date, p.departure_time, p.departure_terminal, p.own_transport,
               coalesce(ah.name, ph.name, '') AS hotel, c.code = 'head' OR d.head_id = p.id AS head
        FROM participant p JOIN category c ON c.id = p.category_id
        LEFT JOIN delegation d ON d.id = p.delegation_id
        LEFT JOIN room_assignment a ON a.participant_id = p.id LEFT JOIN hotel ah ON ah.id = a.hotel_id
        LEFT JOIN hotel ph ON ph.id = p.preferred_hotel_id
        WHERE p.status <> 'cancelled'""")
    out = {}
    for r in rows:
        for kind, (flight, day, time, terminal) in (("arrival", r[1:5]), ("departure", r[5:9])):
            if flight:
                at = (dt.datetime.combine(dt.date.fromisoformat(str(day)), dt.time.fromisoformat(str(time)))
                      if day and time else None)
                out[(r[0], kind)] = {"flight": flight, "at": at, "terminal": terminal, "own": bool(r[9]),
                                     "hotel": r[10], "head": bool(r[11])}
    return out


def snapshot(db: Database) -> dict[str, tuple[Any, ...]]:
    """code -> (row id, leaves, vehicle, passengers, riders, locked, updated_at) of every stored run."""
    return {r[0]: tuple(r[1:]) for r in sql(db, """
        SELECT r.code, r.id, r.departs_at, r.vehicle,
               (SELECT group_concat(participant_id) FROM (SELECT participant_id FROM transport_seat s
                WHERE s.run_id = r.id ORDER BY participant_id)), r.riders, r.locked, r.updated_at
        FROM transport_run r""")}


def check_stored_plan(db: Database, made: transport.TransportPlan) -> None:
    """Every rule, from the flights (plain SQL) and the stored runs."""
    rules = Rules()
    flights = legs(db)
    runs = transport.stored_runs(db)
    assert runs, "a plan on the demo stores runs"
    carried: Counter[tuple[int, str]] = Counter()
    for run in runs:
        assert len(run.passengers) <= run.seats and run.riders <= run.seats
        if run.kind == "shuttle":
            assert not run.passengers and run.riders > 0
            continue
        assert run.riders == len(run.passengers) > 0
        assert run.luggage <= rules.vehicle(run.vehicle).luggage
        heads = [p for p in run.passengers if flights[(p.participant_id, run.kind)]["head"]]
        if heads:  # a head of delegation alone in a car
            assert run.vehicle == "car" and len(run.passengers) == 1, run
        for p in run.passengers:
            leg = flights[(p.participant_id, run.kind)]
            carried[(p.participant_id, run.kind)] += 1
            assert not leg["own"] and leg["hotel"] and leg["at"] is not None
            airport = f"MEX {leg['terminal']}"
            if run.kind == "arrival":
                assert (run.from_place, run.to_place) == (airport, leg["hotel"])
                ready = leg["at"] + rules.deplaning_minutes * MIN
                assert ready <= run.departs_at <= ready + rules.max_wait_minutes * MIN, (run, leg)
            else:
                assert (run.from_place, run.to_place) == (leg["hotel"], airport)
                reaches = run.departs_at + rules.travel_minutes(run.from_place, run.to_place, run.departs_at) * MIN
                assert reaches <= leg["at"] - rules.departure_margin_minutes * MIN, (run, leg)
                latest = rules.latest_departure(run.from_place, run.to_place,
                                                leg["at"] - rules.departure_margin_minutes * MIN)
                assert run.departs_at >= latest - rules.pickup_window_minutes * MIN, (run, leg)
    missing = {(u.participant_id, u.kind): u for u in transport.uncovered(db)}
    for key, leg in flights.items():
        assert carried[key] + (key in missing) == 1, (key, leg, carried[key], missing.get(key))
        if key in missing:
            reason = missing[key].reason
            assert isinstance(reason, Text) and str(reason).strip()
            if leg["own"]:
                assert reason == "Own arrangement"
            elif not leg["hotel"]:
                assert reason == "No hotel"
    assert set(missing) <= set(flights)
    assert {(u.participant_id, u.kind) for u in made.uncovered} == set(missing)
    assert made.plan.vehicle_runs == len(runs) <= made.plan.greedy_vehicle_runs


# --------------------------------------------------------------------------
# Planning and storing
# --------------------------------------------------------------------------


def test_every_guest_with_a_flight_is_on_one_run_within_the_rules_or_listed_with_the_reason(
        planned: tuple[Database, transport.TransportPlan]) -> None:
    db, made = planned
    check_stored_plan(db, made)
    flights = legs(db)
    assert sum(1 for leg in flights.values() if leg["own"]) >= 20  # the demo has own arrangements...
    reasons = Counter(str(u.reason) for u in made.uncovered)
    assert reasons["Own arrangement"] >= 20 and reasons["No hotel"] >= 2  # ...and guests without a hotel
    data = made.to_json()
    assert set(data) == {"runs", "unplaced", "vehicle_runs", "greedy_vehicle_runs", "longest_wait_minutes",
                         "optimal", "gap"}
    assert len(data["unplaced"]) == len(made.uncovered)
    assert all(u["reason"].startswith(("arrival ", "departure ")) for u in data["unplaced"])
    assert 0 < data["longest_wait_minutes"] <= 60
    kinds = Counter(r.kind for r in transport.stored_runs(db))
    assert kinds["arrival"] > 50 and kinds["departure"] > 50 and kinds["shuttle"] >= 12
    entries = sql(db, "SELECT summary FROM audit_log WHERE action = 'transport plan'")
    assert len(entries) == 1 and entries[0][0].startswith("Transport plan applied")


def test_the_room_assignment_decides_the_hotel(demo: Database) -> None:
    flights = legs(demo)
    pid = next(p for (p, kind), leg in sorted(flights.items()) if kind == "arrival" and not leg["own"]
               and leg["hotel"] == "Hilton Mexico City Reforma" and not leg["head"])
    with demo.session() as s:
        fiesta = s.scalar(select(Hotel).where(Hotel.name == "Fiesta Americana Reforma"))
        room = s.scalar(select(RoomType).where(RoomType.hotel_id == fiesta.id))
        s.add(RoomAssignment(participant_id=pid, hotel_id=fiesta.id, room_type_id=room.id,
                             arrival=dt.date(2015, 9, 26), departure=dt.date(2015, 10, 2)))
    made = transport.make_plan(demo, time_limit=LIMIT)
    run = made.plan.run_of(pid, "arrival")
    assert run is not None and run.to == "Fiesta Americana Reforma"


def test_a_replan_after_one_flight_changes_only_the_runs_that_must_change(
        planned: tuple[Database, transport.TransportPlan]) -> None:
    db, _made = planned
    before = snapshot(db)
    # A guest sharing an arrival run lands three hours later.
    code, row = next((c, r) for c, r in sorted(before.items()) if c.startswith("A") and r[3].count(",") >= 2)
    pid = int(row[3].split(",")[0])
    sql_write(db, "UPDATE participant SET arrival_time = time(arrival_time, '+3 hours') WHERE id = :p", p=pid)
    again = transport.make_plan(db, time_limit=LIMIT)
    transport.apply_plan(db, again, ACTOR)
    after = snapshot(db)
    check_stored_plan(db, again)
    changed = {c for c in set(before) | set(after) if before.get(c) != after.get(c)}
    assert code in changed  # the guest left it
    mine = {c for c in changed if str(pid) in (after.get(c) or before[c])[3].split(",")}
    assert mine and all(c.startswith("A") for c in changed)
    # Nothing else moves but what the guest's going and coming needs (at most one run merged with theirs),
    # and an unchanged run keeps its row: same id, not even written (same updated_at).
    assert len(changed) <= 3, changed
    assert all(after[c] == before[c] for c in before if c not in changed)
    assert len(after) <= len(before) + 1
    assert after[code][0] == before[code][0]  # the run the guest left is the same row, one guest fewer


def sql_write(db: Database, statement: str, **params: Any) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_locked_runs_are_kept_as_they_are(planned: tuple[Database, transport.TransportPlan]) -> None:
    db, _made = planned
    before = snapshot(db)
    code, row = next((c, r) for c, r in sorted(before.items()) if c.startswith("A") and r[3].count(",") >= 2)
    shuttle = next(c for c in sorted(before) if c.startswith("S"))
    for name in (code, shuttle):
        transport.lock_run(db, transport.find_run(db, name), True, ACTOR)
    locked = snapshot(db)
    # Rules that move every other run's time (a finer grid, shuttles earlier), and one of the locked run's
    # guests now lands too late for it.
    transport.save_rules(db, Rules(grid_minutes=5, shuttle_lead_minutes=45), ACTOR)
    leaving = int(row[3].split(",")[0])
    sql_write(db, "UPDATE participant SET arrival_time = time(arrival_time, '+3 hours') WHERE id = :p", p=leaving)
    again = transport.make_plan(db, time_limit=LIMIT)
    transport.apply_plan(db, again, ACTOR)
    after = snapshot(db)
    assert after[shuttle] == locked[shuttle]
    rid, departs, vehicle, riders, _count, flag, _stamp = locked[code]
    assert after[code][:3] == (rid, departs, vehicle) and after[code][5] == 1
    assert after[code][3].split(",") == [p for p in riders.split(",") if p != str(leaving)]
    assert str(leaving) not in after[code][3].split(",") and flag == 1
    assert sum(1 for c in after if after[c] != before.get(c)) > 5  # the rest was planned again
    # A plan that does not name the locked run (made elsewhere, not checked against the stored runs)
    # leaves it and its guests alone.
    elsewhere = transport.make_plan(db, time_limit=LIMIT).plan
    elsewhere.runs = [r for r in elsewhere.runs if r.id != code]
    transport.apply_plan(db, transport.TransportPlan(elsewhere, []), ACTOR)
    assert snapshot(db)[code][:6] == after[code][:6]


# --------------------------------------------------------------------------
# Moving a guest by hand
# --------------------------------------------------------------------------


def fits(leg: dict[str, Any], run: transport.RunRow, rules: Rules) -> bool:
    if run.kind != "arrival" or (run.from_place, run.to_place) != (f"MEX {leg['terminal']}", leg["hotel"]):
        return False
    ready = leg["at"] + rules.deplaning_minutes * MIN
    return ready <= run.departs_at <= ready + rules.max_wait_minutes * MIN


def test_a_move_is_refused_over_seats_and_outside_the_window_and_stored_otherwise(
        planned: tuple[Database, transport.TransportPlan]) -> None:
    db, _made = planned
    rules = Rules()
    flights = legs(db)
    runs = [r for r in transport.stored_runs(db) if r.kind == "arrival"]
    where = {p.participant_id: r for r in runs for p in r.passengers}
    movable = [pid for pid in where if not flights[(pid, "arrival")]["head"]]

    # Accepted: a guest to another run of their terminal and hotel within their waiting window.
    pid, target = next((pid, r) for pid in movable for r in runs
                       if r.id != where[pid].id and len(r.passengers) < r.seats
                       and not any(flights[(p.participant_id, "arrival")]["head"] for p in r.passengers)
                       and fits(flights[(pid, "arrival")], r, rules))
    source = where[pid]
    transport.move_passenger(db, pid, "arrival", target.id, ACTOR)
    moved = transport.stored_run(db, target.id)
    assert pid in [p.participant_id for p in moved.passengers] and moved.riders == target.riders + 1
    if len(source.passengers) == 1:
        assert source.code not in snapshot(db)  # no vehicle for nobody
    else:
        assert pid not in [p.participant_id for p in transport.stored_run(db, source.id).passengers]
    assert sql(db, "SELECT count(*) FROM audit_log WHERE action = 'transport move'")[0][0] == 1
    assert (pid, "arrival") not in {(u.participant_id, u.kind) for u in transport.uncovered(db)}

    # Refused outside the window: a run of the same terminal and hotel that day, too late (or too early).
    leg = flights[(pid, "arrival")]
    ready = leg["at"] + rules.deplaning_minutes * MIN
    late = next(r for r in transport.stored_runs(db, leg["at"].date(), "arrival")
                if (r.from_place, r.to_place) == (f"MEX {leg['terminal']}", leg["hotel"])
                and not ready <= r.departs_at <= ready + rules.max_wait_minutes * MIN)
    with pytest.raises(transport.TransportError) as refused:
        transport.move_passenger(db, pid, "arrival", late.id, ACTOR)
    reason = refused.value.args[0]
    assert isinstance(reason, Text) and reason.template.startswith("Cannot put {name} on run {run}: {reason}")
    assert ("would wait more than 60 minutes" in reason or "before the guest is at the meeting point" in reason)

    # Refused over the seats: a full run the guest could otherwise take (their flight set to its guests').
    full = next(r for r in transport.stored_runs(db, kind="arrival") if r.riders == r.seats and pid not in
                [p.participant_id for p in r.passengers])
    other = full.passengers[0]
    sql_write(db, "UPDATE participant SET (arrival_date, arrival_time, arrival_terminal, preferred_hotel_id) ="
                  " (SELECT arrival_date, arrival_time, arrival_terminal, preferred_hotel_id FROM participant"
                  " WHERE id = :o) WHERE id = :p", o=other.participant_id, p=pid)
    with pytest.raises(transport.TransportError, match=r"it is full \(\d+ seats taken\)"):
        transport.move_passenger(db, pid, "arrival", full.id, ACTOR)
    assert transport.stored_run(db, full.id).riders == full.riders

    # Refused: a shuttle, the wrong kind, a run that does not exist.
    shuttle = transport.stored_runs(db, kind="shuttle")[0]
    with pytest.raises(transport.TransportError, match="shuttle"):
        transport.move_passenger(db, pid, "arrival", shuttle.id, ACTOR)
    departure = transport.stored_runs(db, kind="departure")[0]
    with pytest.raises(transport.TransportError, match="departure run"):
        transport.move_passenger(db, pid, "arrival", departure.id, ACTOR)
    with pytest.raises(transport.TransportError, match="No run"):
        transport.move_passenger(db, pid, "arrival", 999_999, ACTOR)
    assert sql(db, "SELECT count(*) FROM audit_log WHERE action = 'transport move'")[0][0] == 1


# --------------------------------------------------------------------------
# Applying: all or nothing, never over another desk's plan
# --------------------------------------------------------------------------


def test_apply_is_all_or_nothing(demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    made = transport.make_plan(demo, time_limit=LIMIT)

    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(transport, "record", fail)  # the audit entry, the last write of the transaction
    with pytest.raises(RuntimeError):
        transport.apply_plan(demo, made, ACTOR)
    assert sql(demo, "SELECT count(*) FROM transport_run")[0][0] == 0
    assert sql(demo, "SELECT count(*) FROM transport_seat")[0][0] == 0
    assert sql(demo, "SELECT count(*) FROM setting WHERE key LIKE 'transport/%'")[0][0] == 0
    monkeypatch.undo()
    transport.apply_plan(demo, made, ACTOR)
    stored = snapshot(demo)
    monkeypatch.setattr(transport, "record", fail)
    sql_write(demo, "UPDATE participant SET arrival_time = time(arrival_time, '+2 hours')"
                    " WHERE id IN (SELECT participant_id FROM transport_seat WHERE kind = 'arrival' LIMIT 20)")
    with pytest.raises(RuntimeError):
        transport.apply_plan(demo, transport.make_plan(demo, time_limit=LIMIT), ACTOR)
    assert snapshot(demo) == stored


def test_a_plan_made_before_another_desk_stored_one_is_refused(demo: Database) -> None:
    first = transport.make_plan(demo, time_limit=LIMIT)
    second = transport.make_plan(demo, time_limit=LIMIT)
    transport.apply_plan(demo, second, ACTOR)
    stored = snapshot(demo)
    with pytest.raises(transport.TransportError, match="changed since this plan was made"):
        transport.apply_plan(demo, first, ACTOR)
    assert snapshot(demo) == stored
    run = transport.stored_runs(demo, kind="arrival")[0]
    fresh = transport.make_plan(demo, time_limit=LIMIT)
    transport.lock_run(demo, run.id, True, ACTOR)  # a lock is a change too
    with pytest.raises(transport.TransportError):
        transport.apply_plan(demo, fresh, ACTOR)


# --------------------------------------------------------------------------
# Flights that cannot be planned, rules, the arrivals chart
# --------------------------------------------------------------------------


def test_flights_that_cannot_be_planned_say_why(demo: Database) -> None:
    flights = legs(demo)
    ids = sorted({p for (p, kind), leg in flights.items() if leg["hotel"] and not leg["own"] and not leg["head"]})
    no_time, bad_number, bad_terminal = ids[:3]
    sql_write(demo, "UPDATE participant SET arrival_time = NULL WHERE id = :p", p=no_time)
    sql_write(demo, "UPDATE participant SET departure_flight = 'ZZZZ9' WHERE id = :p", p=bad_number)
    sql_write(demo, "UPDATE participant SET arrival_terminal = 'T9' WHERE id = :p", p=bad_terminal)
    made = transport.make_plan(demo, time_limit=LIMIT)
    reasons = {(u.participant_id, u.kind): u.reason for u in made.uncovered}
    assert reasons[(no_time, "arrival")].template == "Arrival flight {flight} has no date or time."
    assert "ZZZZ9 is not a flight number" in reasons[(bad_number, "departure")]
    assert "Unknown terminal T9" in reasons[(bad_terminal, "arrival")]
    # Only the leg with the problem is left out: the other flight of each guest is planned.
    assert made.plan.run_of(bad_number, "arrival") is not None
    assert made.plan.run_of(bad_terminal, "departure") is not None
    transport.apply_plan(demo, made, ACTOR)
    listed = {(u.participant_id, u.kind): u.reason for u in transport.uncovered(demo)}
    assert set(listed) == set(reasons)
    assert "Unknown terminal T9" in listed[(bad_terminal, "arrival")]
    # A flight registered after the plan: not on a run, and the list says so.
    sql_write(demo, "UPDATE participant SET arrival_time = '14:05:00' WHERE id = :p", p=no_time)
    late = {(u.participant_id, u.kind): u.reason for u in transport.uncovered(demo)}[(no_time, "arrival")]
    assert "after the last plan" in late


def test_rules_are_stored_checked_and_audited(demo: Database) -> None:
    assert transport.load_rules(demo) == Rules()
    rules = Rules(max_wait_minutes=45, available={"coach": 4})
    transport.save_rules(demo, rules, ACTOR)
    assert transport.load_rules(demo) == rules
    with pytest.raises(transport.TransportError, match="no vehicle type limo"):
        transport.save_rules(demo, Rules(available={"limo": 2}), ACTOR)
    with pytest.raises(transport.TransportError, match="grid_minutes"):
        transport.save_rules(demo, Rules(grid_minutes=0), ACTOR)
    assert transport.load_rules(demo) == rules
    with demo.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "transport rules"))
        assert entry is not None and "max_wait_minutes" in entry.changes
    sql_write(demo, "UPDATE setting SET value = '{\"max_wait_minutes\": \"soon\", \"grid_minutes\": 5}'"
                    " WHERE key = 'transport/rules'")
    assert transport.load_rules(demo) == Rules(grid_minutes=5)  # a bad value keeps its default


def test_arrivals_per_hour_counts_every_landing(demo: Database) -> None:
    flights = legs(demo)
    landing = [leg["at"] for (_p, kind), leg in flights.items() if kind == "arrival" and leg["at"]]
    chart = transport.arrivals_per_hour(demo)
    assert sum(n for _h, n in chart) == len(landing)
    assert all(h.minute == 0 for h, _n in chart) and chart == sorted(chart)
    day = dt.date(2015, 9, 27)
    assert sum(n for _h, n in transport.arrivals_per_hour(demo, day)) == sum(1 for at in landing if at.date() == day)


# --------------------------------------------------------------------------
# The demo's flights
# --------------------------------------------------------------------------


def test_demo_flights_are_plausible(demo: Database) -> None:
    rows = sql(demo, "SELECT needs_hotel, arrival_flight, arrival_date, arrival_time, arrival_terminal,"
                     " departure_flight, departure_date, departure_time, departure_terminal, own_transport,"
                     " notes FROM participant")
    travelling = [r for r in rows if r[0]]
    assert all(not r[1] and not r[5] and not r[9] for r in rows if not r[0])  # locals: no flights
    assert travelling and all(r[1] and r[3] and r[5] and r[7] for r in travelling)
    for r in travelling:
        for number, terminal in ((r[1], r[4]), (r[5], r[8])):
            assert normalise_flight(number) == number
            assert terminal == ("T2" if number.split()[0] in T2_CARRIERS else "T1")
        if "Late arrival" in (r[10] or ""):
            assert r[3] >= "22:00"
    arrivals = Counter((r[2], r[3][:2]) for r in travelling)
    (peak_day, peak_hour), _count = arrivals.most_common(1)[0]
    assert peak_day == "2015-09-27" and 12 <= int(peak_hour) <= 18
    assert {r[6] for r in travelling} <= {"2015-09-30", "2015-10-01", "2015-10-02"}
    assert all(r[7] >= "17:00" for r in travelling if r[6] == "2015-09-30")  # after the closing
    assert 0.05 <= sum(1 for r in travelling if r[9]) / len(travelling) <= 0.15
    assert len({r[1] for r in travelling}) >= 25


def _rows(path: Path) -> Iterator[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(participant)")]
        keep = [c for c in columns if c not in (
            "arrival_flight", "arrival_time", "arrival_terminal", "departure_flight", "departure_time",
            "departure_terminal", "own_transport", "created_at", "updated_at")]
        yield from conn.execute(f"SELECT {', '.join(keep)} FROM participant ORDER BY id")
    finally:
        conn.close()


def test_demo_flights_change_nothing_else(tmp_path: Path, demo_templates: Templates,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.core.demo import generator

    with_flights = demo_templates.open_setup(tmp_path / "with.sqlite")
    generator.populate_demo(with_flights, 300, seed=7)
    monkeypatch.setattr(generator, "populate_transport_demo", lambda *_args: {})
    without = demo_templates.open_setup(tmp_path / "without.sqlite")
    generator.populate_demo(without, 300, seed=7)
    counts = {}
    for database in (with_flights, without):
        counts[database.url] = [sql(database, f"SELECT count(*) FROM {t}")[0][0] for t in (
            "participant", "delegation", "interpreter", "session_person", "sign_up", "room_assignment")]
        database.dispose()
    assert counts[with_flights.url] == counts[without.url]
    assert list(_rows(tmp_path / "with.sqlite")) == list(_rows(tmp_path / "without.sqlite"))
    conn = sqlite3.connect(tmp_path / "with.sqlite")
    try:
        assert conn.execute("SELECT count(*) FROM participant WHERE arrival_flight <> ''").fetchone()[0] > 200
        assert conn.execute("SELECT count(*) FROM participant WHERE updated_at <> created_at"
                            " AND row_version <> 1").fetchone()[0] == 0
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_guest_reads_their_transfers_in_the_confirmation_and_the_agenda(
        planned: tuple[Database, transport.TransportPlan], tmp_path: Any, lang: str) -> None:
    """Issue 20: each guest's transfer in the personal agenda and the confirmation message."""
    import subprocess

    from conference_desk.core.communications import outbox
    from conference_desk.core.programme.agenda import write_personal_agenda

    db, _made = planned
    pid, code = sql(db, "SELECT s.participant_id, r.code FROM transport_seat s JOIN transport_run r"
                        " ON r.id = s.run_id WHERE s.kind = 'arrival' ORDER BY s.id LIMIT 1")[0]
    flight = sql(db, "SELECT arrival_flight FROM participant WHERE id = :pid", pid=pid)[0][0]
    lines = transport.transfers_of(db, pid, lang)
    assert lines and code in lines[0] and flight in lines[0]
    message = outbox.preview(db, "confirmation", pid, lang)
    assert code in message.text and flight in message.text and code in message.html
    agenda = tmp_path / "agenda.pdf"
    write_personal_agenda(db, pid, agenda, lang, lines)
    text = " ".join(subprocess.run(["pdftotext", str(agenda), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert code in text and flight in text
    nobody = sql(db, "SELECT id FROM participant WHERE id NOT IN (SELECT participant_id FROM transport_seat)"
                     " ORDER BY id LIMIT 1")[0][0]
    assert transport.transfers_of(db, nobody, lang) == []
    assert "transfer" not in outbox.preview(db, "confirmation", nobody, "en").text.lower()
