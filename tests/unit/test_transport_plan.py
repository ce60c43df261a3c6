"""Ground transport planning (core/transport): every plan is checked against the rules themselves
(windows, margins, seats, bags, cars, vehicle limits), never against figures copied from a run."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import random
from collections import Counter, defaultdict

import pytest

from conference_desk.core.transport import (
    EveningEvent,
    Plan,
    Rules,
    ShuttleDay,
    TravelLeg,
    greedy_plan,
    normalise_flight,
    plan_shuttles,
    plan_transport,
    validate_legs,
)
from conference_desk.core.transport.shuttles import fleet_for
from conference_desk.core.transport.types import FIESTA, HILTON, VENUE, hour_slot

MIN = dt.timedelta(minutes=1)
AIRLINES = ["AM", "AF", "IB", "UA", "LH", "4O", "KLM"]


def make_legs(guests: int, seed: int, by_car_share: float = 0.08, days: int = 2) -> list[TravelLeg]:
    """Guests on shared flights (delegations travel together), both terminals and hotels, 0-3 bags."""
    rng = random.Random(seed)
    flights = []
    for _ in range(max(3, guests // 6)):
        day = dt.date(2015, 9, 26) + dt.timedelta(days=rng.randrange(days))
        at = dt.datetime.combine(day, dt.time(6)) + rng.randrange(0, 16 * 60, 5) * MIN
        flights.append((f"{rng.choice(AIRLINES)} {rng.randint(1, 9999)}", at, rng.choice(["T1", "T2"])))
    back = []
    for _ in range(max(3, guests // 6)):
        day = dt.date(2015, 10, 1) + dt.timedelta(days=rng.randrange(days))
        at = dt.datetime.combine(day, dt.time(9)) + rng.randrange(0, 14 * 60, 5) * MIN
        back.append((f"{rng.choice(AIRLINES)} {rng.randint(1, 9999)}", at, rng.choice(["T1", "T2"])))
    legs = []
    for pid in range(1, guests + 1):
        hotel = rng.choice([HILTON, FIESTA])
        by_car = rng.random() < by_car_share
        bags = rng.choice([0, 1, 1, 1, 2, 2, 3])
        delegation = f"D{rng.randrange(guests // 5 + 1)}"
        a, d = rng.choice(flights), rng.choice(back)
        legs.append(TravelLeg(pid, "arrival", a[0], a[1], a[2], hotel, by_car, bags, delegation))
        legs.append(TravelLeg(pid, "departure", d[0], d[1], d[2], hotel, by_car, bags, delegation))
    return legs


def check_plan(legs: list[TravelLeg], plan: Plan, rules: Rules) -> None:
    """Every rule a plan must keep, checked from the legs and the runs."""
    vehicles = {v.code: v for v in rules.vehicle_types}
    leg_of = {(leg.participant_id, leg.kind): leg for leg in legs}
    carried: Counter[tuple[int, str]] = Counter()
    usage: Counter[tuple[dt.datetime, str]] = Counter()
    for run in plan.runs:
        if run.kind == "shuttle":
            continue
        usage[(hour_slot(run.departs_at), run.vehicle)] += 1
        v = vehicles[run.vehicle]
        assert run.seats == v.seats
        assert 0 < len(run.passengers) <= v.seats, run
        assert sum(leg_of[(p, run.kind)].luggage for p in run.passengers) <= v.luggage, run
        assert len(set(run.passengers)) == len(run.passengers)
        party = {(leg_of[(p, run.kind)].delegation, normalise_flight(leg_of[(p, run.kind)].flight))
                 for p in run.passengers if leg_of[(p, run.kind)].by_car}
        if party:  # protocol guests ride alone: one party (delegation and flight) per car, nobody else
            assert len(party) == 1 and all(leg_of[(p, run.kind)].by_car for p in run.passengers), run
        for p in run.passengers:
            leg = leg_of[(p, run.kind)]
            carried[(p, run.kind)] += 1
            airport = rules.airport_place(leg.terminal)
            if run.kind == "arrival":
                assert (run.from_, run.to) == (airport, leg.hotel)
                ready = leg.at + dt.timedelta(minutes=rules.deplaning_minutes)
                assert ready <= run.departs_at <= ready + dt.timedelta(minutes=rules.max_wait_minutes), (leg, run)
            else:
                assert (run.from_, run.to) == (leg.hotel, airport)
                reaches = run.departs_at + dt.timedelta(minutes=rules.travel_minutes(run.from_, run.to, run.departs_at))
                assert reaches <= leg.at - dt.timedelta(minutes=rules.departure_margin_minutes), (leg, run)
                latest = rules.latest_departure(run.from_, run.to,
                                                leg.at - dt.timedelta(minutes=rules.departure_margin_minutes))
                assert run.departs_at >= latest - dt.timedelta(minutes=rules.pickup_window_minutes), (leg, run)
    for key, slot_code in usage.items():
        assert slot_code <= rules.capacity(key[1], key[0]), key
    unplaced = Counter(u.participant for u in plan.unplaced)
    for u in plan.unplaced:
        assert str(u.reason).strip()
    for (pid, kind) in leg_of:
        reasons = [u for u in plan.unplaced if u.participant == pid and str(u.reason).startswith(kind)]
        assert carried[(pid, kind)] + len(reasons) == 1, (pid, kind, carried[(pid, kind)], reasons)
    assert sum(unplaced.values()) + sum(carried.values()) == len(leg_of)
    assert plan.vehicle_runs == len(plan.runs)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_plans_keep_every_rule_and_never_need_more_runs_than_the_greedy(seed: int) -> None:
    rules = Rules()
    legs = make_legs(120, seed)
    plan = plan_transport(legs, rules, time_limit=10)
    check_plan(legs, plan, rules)
    baseline = greedy_plan(legs, rules)
    check_plan(legs, baseline, rules)
    assert plan.greedy_vehicle_runs == baseline.vehicle_runs
    assert plan.vehicle_runs <= baseline.vehicle_runs
    assert plan.unplaced == [] and baseline.unplaced == []
    if plan.vehicle_runs == baseline.vehicle_runs:
        assert plan.total_wait_minutes <= baseline.total_wait_minutes
    assert 0 <= plan.gap <= 1 and (plan.gap == 0 or not plan.optimal)
    assert plan.longest_wait_minutes <= max(rules.max_wait_minutes, rules.pickup_window_minutes)


def test_bags_split_runs_where_seats_would_not() -> None:
    """Twenty-one guests of one flight with three bags each: 21 seats fit a coach, 63 bags do not."""
    rules = Rules()
    at = dt.datetime(2015, 9, 27, 14, 0)
    legs = [TravelLeg(p, "arrival", "AF 179", at, "T1", HILTON, False, 3, "FRA") for p in range(1, 22)]
    plan = plan_transport(legs, rules)
    check_plan(legs, plan, rules)
    assert plan.optimal and plan.vehicle_runs == 2
    assert {r.departs_at for r in plan.runs} == {at + dt.timedelta(minutes=30)}  # nobody waits for nothing


def test_by_car_guests_ride_alone_one_party_per_car() -> None:
    rules = Rules()
    at = dt.datetime(2015, 9, 26, 11, 5)
    legs = [
        TravelLeg(1, "arrival", "AM 401", at, "T2", HILTON, True, 1, "MEX"),  # minister
        TravelLeg(2, "arrival", "AM 401", at, "T2", HILTON, True, 1, "MEX"),  # spouse: same party
        TravelLeg(3, "arrival", "AM 401", at, "T2", HILTON, True, 1, "COL"),  # another head: own car
        TravelLeg(4, "arrival", "AM 401", at, "T2", HILTON, False, 1, "MEX"),  # delegate: shared run
        TravelLeg(5, "arrival", "AM 401", at, "T2", HILTON, True, 5, "PER"),  # five bags: a bigger vehicle
    ]
    plan = plan_transport(legs, rules)
    check_plan(legs, plan, rules)
    parties = sorted(sorted(r.passengers) for r in plan.runs)
    assert parties == [[1, 2], [3], [4], [5]]
    assert {r.vehicle for r in plan.runs if 1 in r.passengers or 3 in r.passengers} == {"car"}
    assert plan.run_of(5, "arrival").vehicle == "van"
    ready = at + dt.timedelta(minutes=rules.deplaning_minutes)
    assert all(r.departs_at == ready for r in plan.runs if r.passengers != [4])  # cars do not wait


def test_departures_reach_the_airport_by_the_margin_in_rush_hour() -> None:
    """Flight at 12:00: at the airport by 09:00; leaving in the morning rush takes 1.5 x 35 = 53 min."""
    rules = Rules()
    flight = dt.datetime(2015, 10, 2, 12, 0)
    legs = [TravelLeg(p, "departure", "IB 6401", flight, "T1", FIESTA, p == 1, 1, f"D{p}") for p in range(1, 8)]
    plan = plan_transport(legs, rules)
    check_plan(legs, plan, rules)
    for run in plan.runs:
        assert rules.in_rush(run.departs_at)
        assert run.departs_at + dt.timedelta(minutes=53) <= dt.datetime(2015, 10, 2, 9, 0)
    assert plan.run_of(1, "departure").departs_at == dt.datetime(2015, 10, 2, 8, 7)  # the car: latest pick-up
    assert plan.run_of(2, "departure").departs_at == dt.datetime(2015, 10, 2, 8, 0)  # the van: on the grid


def _run_key(plan: Plan, pid: int, kind: str) -> tuple | None:
    run = plan.run_of(pid, kind)  # type: ignore[arg-type]
    return None if run is None else (run.id, run.departs_at, run.from_, run.to)


@pytest.mark.parametrize("seed", [7, 9, 12])
def test_a_rerun_after_one_flight_change_changes_only_the_runs_that_must_change(seed: int) -> None:
    rules = Rules()
    legs = make_legs(150, seed, by_car_share=0.0)
    before = plan_transport(legs, rules)
    assert before.optimal
    rng = random.Random(seed)
    moved = rng.choice([leg for leg in legs if leg.kind == "arrival"])
    new_time = moved.at + dt.timedelta(hours=rng.choice([-5, 3, 4]), minutes=35)
    changed = [TravelLeg(leg.participant_id, leg.kind, "AM 9", new_time, leg.terminal, leg.hotel, leg.by_car,
                         leg.luggage, leg.delegation) if leg is moved else leg for leg in legs]
    after = plan_transport(changed, rules, previous=before)
    check_plan(changed, after, rules)
    assert after.optimal
    g = moved.participant_id

    def cell_runs(plan: Plan, run_id: str) -> int:
        run = next(r for r in plan.runs if r.id == run_id)
        return sum(1 for r in plan.runs if (r.kind, r.from_, r.to, r.departs_at.date())
                   == (run.kind, run.from_, run.to, run.departs_at.date()))

    kept = {r.id: r for r in after.runs}
    for run in before.runs:
        others = set(run.passengers) - {g}
        if not others:
            continue
        same = kept.get(run.id)
        if same is not None and (same.departs_at, same.from_, same.to) == (run.departs_at, run.from_, run.to) \
                and set(same.passengers) - {g} == others:
            continue
        # Changed: only allowed where the change saves a run (runs come first).
        assert cell_runs(after, after.run_of(min(others), run.kind).id) < cell_runs(before, run.id), run
    # the departure legs did not change at all: identical runs
    assert [r.to_json() for r in before.runs if r.kind == "departure"] == \
           [r.to_json() for r in after.runs if r.kind == "departure"]
    new_run = after.run_of(g, "arrival")
    assert new_run is not None and new_run.departs_at >= new_time + dt.timedelta(minutes=rules.deplaning_minutes)

    # Planned afresh, the same data may move others to save waiting; with the previous plan nobody
    # moves who need not (both plans have the fewest runs, stability decides among them).
    afresh = plan_transport(changed, rules)
    assert afresh.optimal and afresh.vehicle_runs == after.vehicle_runs

    def moved_guests(plan: Plan) -> int:
        return sum(1 for leg in legs if leg.kind == "arrival" and leg.participant_id != g
                   and (plan.run_of(leg.participant_id, "arrival").departs_at,
                        set(plan.run_of(leg.participant_id, "arrival").passengers) - {g})
                   != (before.run_of(leg.participant_id, "arrival").departs_at,
                       set(before.run_of(leg.participant_id, "arrival").passengers) - {g}))
    assert moved_guests(after) <= moved_guests(afresh)
    assert after.total_wait_minutes >= afresh.total_wait_minutes  # what stability may cost


def test_a_locked_run_is_kept_when_its_guest_can_no_longer_take_it() -> None:
    rules = Rules()
    at = dt.datetime(2015, 9, 27, 16, 0)
    legs = [TravelLeg(p, "arrival", "UA 1234A", at, "T1", HILTON, False, 1, "USA") for p in range(1, 6)]
    before = plan_transport(legs, rules)
    [run] = before.runs
    late = [TravelLeg(1, "arrival", "UA 1234A", at + dt.timedelta(hours=2), "T1", HILTON, False, 1, "USA"),
            *legs[1:]]
    after = plan_transport(late, rules, previous=before, locked={run.id})
    check_plan(late, after, rules)
    locked = next(r for r in after.runs if r.id == run.id)
    assert (locked.departs_at, locked.vehicle, locked.from_, locked.to) == \
           (run.departs_at, run.vehicle, run.from_, run.to)
    assert locked.passengers == [2, 3, 4, 5]
    assert after.run_of(1, "arrival").departs_at >= at + dt.timedelta(hours=2, minutes=30)


def test_no_vehicle_free_in_an_hour_leaves_guests_unplaced_with_the_reason() -> None:
    slot = dt.datetime(2015, 9, 27, 10, 0)
    rules = Rules(slot_available={(slot, code): 0 for code in ("car", "van", "coach")}, max_wait_minutes=20)
    legs = [
        TravelLeg(1, "arrival", "AM 401", dt.datetime(2015, 9, 27, 9, 35), "T1", HILTON, False, 1, "A"),
        TravelLeg(2, "arrival", "AM 401", dt.datetime(2015, 9, 27, 9, 35), "T1", HILTON, True, 1, "B"),
        TravelLeg(3, "arrival", "AF 179", dt.datetime(2015, 9, 27, 12, 0), "T1", HILTON, False, 1, "C"),
    ]
    plan = plan_transport(legs, rules)
    check_plan(legs, plan, rules)
    assert sorted(u.participant for u in plan.unplaced) == [1, 2]
    assert all("No" in u.reason and "free" in u.reason and "10:" in u.reason for u in plan.unplaced)
    assert plan.run_of(3, "arrival") is not None


def test_scarce_vehicles_are_shared_between_terminals_and_hotels() -> None:
    """Two vans and one coach an hour for the whole airport: the models of the hour are solved together."""
    rules = Rules(available={"car": 3, "van": 2, "coach": 1})
    legs = make_legs(90, 19, by_car_share=0.1, days=1)
    plan = plan_transport(legs, rules)
    check_plan(legs, plan, rules)
    baseline = greedy_plan(legs, rules)
    check_plan(legs, baseline, rules)
    assert (len(plan.unplaced), plan.vehicle_runs) <= (len(baseline.unplaced), baseline.vehicle_runs)
    # planned again on the same data with the plan as the previous one: nothing changes, not even a
    # vehicle (runs short of vans in an hour keep the one they had)
    again = plan_transport(legs, rules, previous=plan)
    assert [r.to_json() for r in again.runs] == [r.to_json() for r in plan.runs]


def test_shuttles_seat_everyone_with_the_fewest_vehicles() -> None:
    rules = Rules()
    day = ShuttleDay(
        first_session=dt.datetime(2015, 9, 28, 9, 0), last_session_end=dt.datetime(2015, 9, 28, 18, 30),
        guests={HILTON: 100, FIESTA: 37},
        events=(EveningEvent(dt.datetime(2015, 9, 28, 20, 0), dt.datetime(2015, 9, 28, 23, 0),
                             "Museo Nacional de Antropología", {HILTON: 60, FIESTA: 0}),))
    runs = plan_shuttles([day], rules)
    trips: dict[tuple, list] = defaultdict(list)
    for run in runs:
        assert run.kind == "shuttle" and run.passengers == []
        assert 0 < run.riders <= run.seats
        trips[(run.departs_at, run.from_, run.to)].append(run)
    expected = {(HILTON, VENUE): 100, (FIESTA, VENUE): 37, (VENUE, HILTON): 100, (VENUE, FIESTA): 37,
                (HILTON, "Museo Nacional de Antropología"): 60, ("Museo Nacional de Antropología", HILTON): 60}
    assert {(f, t): sum(r.riders for r in rs) for (_at, f, t), rs in trips.items()} == expected
    for (at, origin, destination), rs in trips.items():
        guests = sum(r.riders for r in rs)
        assert sum(r.seats for r in rs) >= guests
        assert len(rs) == math.ceil(guests / 45)  # fewest vehicles ...
        best = min(sum(c) for n in range(1, len(rs) + 1)
                   for c in itertools.combinations_with_replacement([3, 12, 45], n) if sum(c) >= guests)
        assert sum(r.seats for r in rs) == best  # ... and among those the fewest seats
        if destination == VENUE:
            arrives = at + dt.timedelta(minutes=rules.travel_minutes(origin, destination, at))
            assert arrives <= day.first_session - dt.timedelta(minutes=30)
        if origin == VENUE:
            assert at >= day.last_session_end
    assert [v.code for v in fleet_for(100, rules)] == ["coach", "coach", "van"]
    assert fleet_for(0, rules) == []
    with_days = plan_transport([], rules, shuttle_days=[day])
    assert with_days.vehicle_runs == len(runs) == with_days.greedy_vehicle_runs


@pytest.mark.parametrize("flight", ["AM 401", "AF179", "IB6401", "UA 1234A", "4O 123", "U2 8", "AMX401", "am 401"])
def test_flight_numbers_that_look_like_one(flight: str) -> None:
    leg = TravelLeg(1, "arrival", flight, dt.datetime(2015, 9, 26, 10), "T1", HILTON)
    assert validate_legs(1, [leg]) == []


@pytest.mark.parametrize("flight", ["", "401", "A 401", "12 401", "AM 40123", "AM-401", "AM 401AB", "AMXX 401"])
def test_flight_numbers_that_do_not(flight: str) -> None:
    leg = TravelLeg(1, "arrival", flight, dt.datetime(2015, 9, 26, 10), "T1", HILTON)
    [problem] = validate_legs(1, [leg])
    assert (problem.field, problem.value) == ("arrival.flight", flight)
    assert flight in problem.message and "flight number" in problem.message


def test_validation_names_field_and_value() -> None:
    arrival = TravelLeg(7, "arrival", "AM 401", dt.datetime(2015, 9, 20, 10), "T3", HILTON)
    departure = TravelLeg(7, "departure", "AM 402", dt.datetime(2015, 9, 19, 18), "T1", HILTON)
    problems = {p.field: p for p in validate_legs(7, [arrival, departure])}
    assert set(problems) == {"arrival.at", "arrival.terminal", "departure.at"}
    assert problems["arrival.terminal"].value == "T3" and "T3" in problems["arrival.terminal"].message
    assert problems["arrival.at"].value == "2015-09-20T10:00" and "2015-09-24" in problems["arrival.at"].message
    assert "2015-09-19T18:00" in problems["departure.at"].message  # outside the window and before the arrival
    assert any("not after the arrival" in p.message for p in validate_legs(7, [arrival, departure])
               if p.field == "departure.at")
    assert validate_legs(7, []) == []  # own arrangements


def test_invalid_legs_are_unplaced_and_the_valid_leg_is_still_planned() -> None:
    rules = Rules()
    legs = [TravelLeg(1, "arrival", "AM 401", dt.datetime(2015, 9, 26, 10), "T1", HILTON),
            TravelLeg(1, "departure", "not a flight", dt.datetime(2015, 10, 2, 18), "T1", HILTON)]
    plan = plan_transport(legs, rules)
    assert plan.run_of(1, "arrival") is not None
    [unplaced] = plan.unplaced
    assert unplaced.participant == 1 and "departure.flight" in unplaced.reason and "not a flight" in unplaced.reason

    odd = TravelLeg(2, "transfer", "AM 401", dt.datetime(2015, 9, 26, 10), "T1", HILTON)  # type: ignore[arg-type]
    fine = TravelLeg(2, "arrival", "AM 401", dt.datetime(2015, 9, 26, 10), "T1", HILTON)
    [problem] = validate_legs(2, [odd, fine])
    assert (problem.field, problem.value) == ("kind", "transfer") and "transfer" in problem.message
    plan = plan_transport([odd, fine], rules)
    assert plan.run_of(2, "arrival") is not None
    assert [(u.participant, "transfer" in u.reason) for u in plan.unplaced] == [(2, True)]


def test_the_json_has_the_agreed_shape() -> None:
    legs = make_legs(20, 3)
    data = json.loads(json.dumps(plan_transport(legs).to_json()))
    assert set(data) == {"runs", "unplaced", "vehicle_runs", "greedy_vehicle_runs", "longest_wait_minutes",
                         "optimal", "gap"}
    for run in data["runs"]:
        assert set(run) == {"id", "kind", "vehicle", "seats", "departs_at", "from", "to", "passengers"}
        assert run["kind"] in ("arrival", "departure", "shuttle")
        dt.datetime.fromisoformat(run["departs_at"])
    assert len({run["id"] for run in data["runs"]}) == len(data["runs"])
    empty = plan_transport([]).to_json()
    assert empty["runs"] == [] and empty["vehicle_runs"] == 0 and empty["optimal"] is True
