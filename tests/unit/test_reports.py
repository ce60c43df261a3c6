"""The arrivals dashboard's figures: per hour, region, category, gender, delegations; the CLI."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from conference_desk.cli import main
from conference_desk.core.checkin import service as checkin
from conference_desk.core.checkin.decisions import CheckInPoint
from conference_desk.core.checkin.service import check_in_participant
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import Conference, DelegationKind, Participant, ParticipantStatus
from conference_desk.core.checkin.figures import arrivals_dashboard
from tests.templates import Templates

MEXICO = ZoneInfo("America/Mexico_City")
DAY1 = dt.date(2015, 9, 27)  # arrival and registration
DAY2 = dt.date(2015, 9, 28)  # first conference day
# 12:30 in Mexico City on 28 September (CDT, UTC-5).
NOON_28 = dt.datetime(2015, 9, 28, 17, 30, tzinfo=dt.timezone.utc)
VENUE = CheckInPoint(desk="Desk 1", operator="ana")


def local(day: dt.date, hour: int, minute: int = 0, zone: dt.tzinfo = MEXICO) -> dt.datetime:
    """A local conference time, as the desk's clock gives it (aware, converted to UTC)."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(dt.timezone.utc)


def admit(db: Database, participant_id: int, at: dt.datetime) -> None:
    outcome = check_in_participant(db, participant_id, VENUE, at, with_counts=False)
    assert outcome.outcome == "admitted", outcome


@pytest.fixture
def demo(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, 120, seed=5)
    return db


def people(db: Database) -> list[Participant]:
    with db.session() as s:
        rows = list(s.scalars(select(Participant).order_by(Participant.id)))
        for p in rows:  # load what the oracle reads before the session closes
            _ = p.category.code, p.delegation and p.delegation.member_state
        s.expunge_all()
        return rows


def state_delegations(persons: list[Participant]) -> dict[int, list[Participant]]:
    """Member State delegations with at least three non-cancelled members: id -> members."""
    groups: dict[int, list[Participant]] = {}
    for p in persons:
        if p.delegation is not None and p.delegation.kind == DelegationKind.MEMBER_STATE \
                and p.status != ParticipantStatus.CANCELLED:
            groups.setdefault(p.delegation_id, []).append(p)
    return {key: members for key, members in groups.items() if len(members) >= 3}


def region_of(p: Participant) -> str:
    if p.delegation is None:
        return "individual"
    if p.delegation.kind == DelegationKind.MEMBER_STATE:
        return p.delegation.member_state.region.value
    return "organisations"


def expected_on(p: Participant, day: dt.date) -> bool:
    return (p.status != ParticipantStatus.CANCELLED
            and (p.arrival_date is None or p.arrival_date <= day)
            and (p.departure_date is None or p.departure_date >= day))


@pytest.fixture
def scenario(demo: Database) -> dict[str, object]:
    """Delegation A complete by the 28th (one member came on the 27th), B partial, C one member on the 27th.

    On the 28th: 2 admissions at 08:xx, 3 at 09:xx, the rest at 10:15; a repeat scan and a rejection.
    """
    persons = people(demo)
    groups = state_delegations(persons)
    (a_id, a), (b_id, b), (c_id, c) = list(groups.items())[:3]
    admit(demo, a[0].id, local(DAY1, 17, 5))
    admit(demo, c[0].id, local(DAY1, 18, 0))
    times = [local(DAY2, 8, 10), local(DAY2, 8, 59), local(DAY2, 9, 0), local(DAY2, 9, 30), local(DAY2, 9, 59)]
    on_28 = a[1:] + b[:2]
    for index, p in enumerate(on_28):
        admit(demo, p.id, times[index] if index < len(times) else local(DAY2, 10, 15))
    repeat = check_in_participant(demo, on_28[0].id, VENUE, local(DAY2, 11, 0), with_counts=False)
    assert repeat.outcome == "already"
    cancelled = next(p for p in persons if p.status == ParticipantStatus.CANCELLED)
    assert check_in_participant(demo, cancelled.id, VENUE, local(DAY2, 11, 5), with_counts=False).outcome == "rejected"
    return {"persons": persons, "a": a_id, "b": b_id, "c": c_id, "on_28": on_28, "groups": groups}


def by_key(rows: list[dict], key: str) -> dict[str, dict]:
    return {row[key]: row for row in rows}


def test_hours_totals_and_outcomes_of_a_day(demo: Database, scenario: dict) -> None:
    data = arrivals_dashboard(demo, DAY2, now=NOON_28)
    on_28 = scenario["on_28"]
    assert data["day"] == "2015-09-28" and data["is_today"] is True
    hours = {row["hour"]: row for row in data["hours"]}
    # The venue opens 08:00–20:00: one bar per hour from 8 to 19.
    assert list(hours) == list(range(8, 20))
    assert [hours[h]["admitted"] for h in (8, 9, 10, 11)] == [2, 3, len(on_28) - 5, 0]
    assert [hours[h]["cumulative"] for h in (8, 9, 10, 19)] == [2, 5, len(on_28), len(on_28)]
    assert hours[12]["future"] is False and hours[13]["future"] is True
    totals = data["totals"]
    assert totals["admitted"] == len(on_28)
    assert totals["already"] == 1 and totals["rejected"] == 1
    assert totals["first_at"] == "2015-09-28T08:10:00-05:00"
    assert totals["last_at"] == "2015-09-28T10:15:00-05:00"
    # Expected: the desk's own rule (not cancelled, stay covers the day).
    assert totals["expected"] == checkin.counters(demo, VENUE, DAY2)["expected"]
    assert totals["expected"] == sum(expected_on(p, DAY2) for p in scenario["persons"])
    assert totals["awaited"] == totals["expected"] - totals["admitted_expected"]
    # The day before: two admissions, at 17:xx and 18:xx.
    before = arrivals_dashboard(demo, DAY1, now=NOON_28)
    assert before["totals"]["admitted"] == 2 and before["is_today"] is False
    assert {row["hour"]: row["admitted"] for row in before["hours"] if row["admitted"]} == {17: 1, 18: 1}
    assert all(row["future"] is False for row in before["hours"])
    assert [d["admitted"] for d in data["days"]] == [2, len(on_28), 0, 0, 0]
    assert [d["day"] for d in data["days"]] == ["2015-09-27", "2015-09-28", "2015-09-29", "2015-09-30",
                                                 "2015-10-01"]


def test_region_category_and_gender_match_a_row_by_row_count(demo: Database, scenario: dict) -> None:
    data = arrivals_dashboard(demo, DAY2, now=NOON_28)
    persons = scenario["persons"]
    came = {p.id for p in scenario["on_28"]}
    for key, name, of in (("regions", "key", region_of), ("categories", "code", lambda p: p.category.code),
                          ("genders", "code", lambda p: p.gender.value)):
        rows = by_key(data[key], name)
        admitted = Counter(of(p) for p in persons if p.id in came)
        expected = Counter(of(p) for p in persons if expected_on(p, DAY2))
        awaited = Counter(of(p) for p in persons if expected_on(p, DAY2) and p.id not in came)
        for group, row in rows.items():
            assert (row["admitted"], row["expected"], row["awaited"]) == \
                (admitted[group], expected[group], awaited[group]), (key, group)
        assert set(admitted) <= set(rows) and set(expected) <= set(rows), key
    regions = [row["key"] for row in data["regions"]]
    assert regions[:6] == ["AFR", "ARB", "APA", "EUR", "LAC", "organisations"]
    assert data["regions"][0]["label"] == "Africa"
    delegate = by_key(data["categories"], "code")["delegate"]
    assert delegate["label"] == "Delegate" and delegate["colour"].startswith("#")


def test_delegations_complete_partial_and_not_arrived_up_to_a_day(demo: Database, scenario: dict) -> None:
    def status(data: dict) -> dict[int, str]:
        return {item["id"]: key for key in ("complete", "partial", "not_arrived")
                for item in data["delegations"]["lists"][key]}

    data = arrivals_dashboard(demo, DAY2, now=NOON_28)
    on_day2 = status(data)
    a, b, c = scenario["a"], scenario["b"], scenario["c"]
    assert (on_day2[a], on_day2[b], on_day2[c]) == ("complete", "partial", "partial")
    # The 27th: A had one member in, B nobody yet.
    on_day1 = status(arrivals_dashboard(demo, DAY1, now=NOON_28))
    assert (on_day1[a], on_day1[b], on_day1[c]) == ("partial", "not_arrived", "partial")
    delegations = data["delegations"]
    touched = {p.delegation_id for p in scenario["on_28"]} | {c}
    assert delegations["complete"] + delegations["partial"] == len(touched - {None})
    assert delegations["total"] == delegations["complete"] + delegations["partial"] + delegations["not_arrived"]
    item = next(i for i in delegations["lists"]["partial"] if i["id"] == b)
    assert item["arrived"] == 2 and item["members"] == len(scenario["groups"][b])
    assert item["kind"] == "member_state" and item["region"] in ("AFR", "ARB", "APA", "EUR", "LAC")
    # Names in the language asked for.
    french = arrivals_dashboard(demo, DAY2, lang="fr", now=NOON_28)
    names_en = {i["id"]: i["name"] for k in ("complete", "partial", "not_arrived") for i in delegations["lists"][k]}
    names_fr = {i["id"]: i["name"] for k in ("complete", "partial", "not_arrived")
                for i in french["delegations"]["lists"][k]}
    assert names_en.keys() == names_fr.keys() and names_en != names_fr
    assert by_key(french["categories"], "code")["head"]["label"] == "Chef de délégation"


def test_default_day(demo: Database) -> None:
    # No admissions, outside the conference: the first conference day.
    assert arrivals_dashboard(demo, now=dt.datetime(2016, 3, 1))["day"] == "2015-09-28"
    # During the conference: today, even with no admissions yet.
    assert arrivals_dashboard(demo, now=NOON_28 + dt.timedelta(days=1))["day"] == "2015-09-29"
    # Afterwards: the day with the most admissions.
    persons = [p for p in people(demo) if p.status != ParticipantStatus.CANCELLED]
    admit(demo, persons[0].id, local(DAY1, 12))
    for p in persons[1:3]:
        admit(demo, p.id, local(dt.date(2015, 9, 29), 9))
    data = arrivals_dashboard(demo, now=dt.datetime(2016, 3, 1))
    assert data["day"] == "2015-09-29" and data["is_today"] is False
    assert data["totals"]["admitted"] == 2


def test_local_hours_in_a_zone_with_a_half_hour_offset(demo: Database) -> None:
    """Scans are grouped by quarter-hour of UTC, so a +05:30 zone still gets its local hours right."""
    with demo.session() as s:
        s.execute(update(Conference).values(timezone="Asia/Kolkata"))
    checkin._ZONES.clear()
    kolkata = ZoneInfo("Asia/Kolkata")
    ids = [p.id for p in people(demo) if p.status != ParticipantStatus.CANCELLED][:3]
    admit(demo, ids[0], local(DAY2, 8, 40, kolkata))
    admit(demo, ids[1], local(DAY2, 8, 59, kolkata))
    admit(demo, ids[2], local(DAY2, 9, 14, kolkata))
    data = arrivals_dashboard(demo, DAY2, now=local(DAY2, 23, 0, kolkata))
    assert {row["hour"]: row["admitted"] for row in data["hours"] if row["admitted"]} == {8: 2, 9: 1}
    assert data["totals"]["first_at"] == "2015-09-28T08:40:00+05:30"


def test_empty_conference(db: Database) -> None:
    data = arrivals_dashboard(db, now=NOON_28)
    assert data["totals"]["admitted"] == 0 and data["totals"]["expected"] == 0
    assert data["delegations"]["total"] == 0
    assert all(row["admitted"] == 0 for row in data["hours"])
    json.dumps(data)  # plain data


def test_cli_dashboard_json_and_text(demo: Database, scenario: dict, db_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "dashboard", "--day", "2015-09-28", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    direct = arrivals_dashboard(demo, DAY2, now=NOON_28)
    for key in ("day", "hours", "regions", "categories", "genders", "delegations", "days"):
        if key == "hours":  # "future" depends on today's date
            assert [{**h, "future": False} for h in out[key]] == [{**h, "future": False} for h in direct[key]]
        else:
            assert out[key] == direct[key], key
    assert out["totals"] == direct["totals"]
    assert main(["--db", str(db_path), "--lang", "es", "dashboard", "--day", "2015-09-28"]) == 0
    text = capsys.readouterr().out
    assert f"Arrived 2015-09-28 (2015-09-28): {len(scenario['on_28'])} of" in text
    assert "Jefe/a de delegación" in text
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db_path), "dashboard", "--day", "28/09/2015"])
    assert exit_.value.code == 2
    assert "is not a date" in capsys.readouterr().err
