"""Interpreters: rules (checker), roster solver, stability and locks, demo pool, documents, CLI."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from sqlalchemy import select

from conference_desk.cli import main
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.interpreters import roster
from conference_desk.core.interpreters import schedule as interpreter_schedule
from conference_desk.core.interpreters.demo import populate_interpreter_pool
from conference_desk.core.interpreters.rules import (
    Assignment,
    BoothSession,
    InterpreterProfile,
    InterpreterSettings,
    LanguageSkill,
    RosterProblem,
    SettingsError,
    check_roster,
    load_settings,
    save_settings,
)
from conference_desk.core.foundation.models import AuditEntry, Conference, InterpreterAssignment

DAY = dt.date(2015, 9, 29)


def at(h: int, m: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(h, m))


def person(pid: int, a: str, *others: str, local: bool = True, rate: float = 500,
           off: tuple[tuple[dt.date, str], ...] = ()) -> InterpreterProfile:
    """person(1, 'fr', 'en:B', 'es:C', 'de:Br') — 'Br' = B with retour."""
    skills = [LanguageSkill(a, "A")]
    for o in others:
        lang, cls = o.split(":")
        skills.append(LanguageSkill(lang, cls[0], cls.endswith("r")))
    return InterpreterProfile(pid, f"P{pid}", f"Name{pid}", tuple(skills), is_local=local, daily_rate=rate,
                              unavailable=frozenset(off))


def session(sid: int, start: dt.datetime, end: dt.datetime, booths: str = "en,fr,es", floor: str = "") -> BoothSession:
    b = tuple(booths.split(","))
    return BoothSession(sid, f"S{sid}", f"Session {sid}", start, end, b, tuple(floor.split(",")) if floor else b)


def rules_of(problem: RosterProblem, assignments: list[Assignment]) -> set[str]:
    return {v.rule for v in check_roster(problem, assignments)}


# --------------------------------------------------------------------------- rules


def test_c_into_b_and_direction_refused() -> None:
    s = session(1, at(9), at(10, 30), "fr", floor="en")
    c_only = person(1, "es", "fr:C", "en:C")
    b_no_retour = person(2, "en", "fr:B")
    b_retour_from_c = person(3, "es", "fr:Br", "en:C")   # would work from C (EN) into B (FR)
    good = person(4, "fr", "en:C")
    problem = RosterProblem([s], [c_only, b_no_retour, b_retour_from_c, good])
    v = check_roster(problem, [Assignment(1, "fr", 1), Assignment(1, "fr", 4)])
    assert [x.rule for x in v] == ["direction"] and "C (passive)" in v[0].message and "P1 Name1" in v[0].message
    assert rules_of(problem, [Assignment(1, "fr", 2), Assignment(1, "fr", 4)]) == {"direction"}
    v = check_roster(problem, [Assignment(1, "fr", 3), Assignment(1, "fr", 4), Assignment(1, "fr", 1)])
    c_into_b = [x for x in v if x.rule == "c_into_b"]
    assert c_into_b and "never from a C into a B" in c_into_b[0].message and c_into_b[0].interpreter_ids == (3,)


def test_retour_booth_needs_three() -> None:
    s = session(1, at(9), at(11), "fr", floor="es")
    retour = person(1, "es", "fr:Br")
    a1, a2 = person(2, "fr", "es:C"), person(3, "fr", "es:B")
    problem = RosterProblem([s], [retour, a1, a2])
    assert rules_of(problem, [Assignment(1, "fr", 2), Assignment(1, "fr", 3)]) == set()
    v = check_roster(problem, [Assignment(1, "fr", 1), Assignment(1, "fr", 2)])
    assert [x.rule for x in v] == ["team_size"] and "at least 3" in v[0].message
    assert rules_of(problem, [Assignment(1, "fr", 1), Assignment(1, "fr", 2), Assignment(1, "fr", 3)]) == set()


def test_team_strength_by_length() -> None:
    short = session(1, at(9), at(9, 40), "en", floor="fr")
    normal = session(2, at(11), at(14, 30), "en", floor="fr")
    long = session(3, at(15), at(19, 30, ), "en", floor="fr")
    ps = [person(i, "en", "fr:C") for i in range(1, 4)]
    problem = RosterProblem([short, normal, long], ps)
    assert rules_of(problem, [Assignment(1, "en", 1)]) == set()
    assert rules_of(problem, [Assignment(2, "en", 1)]) == {"team_size"}
    assert rules_of(problem, [Assignment(2, "en", 1), Assignment(2, "en", 2)]) == set()
    v = check_roster(problem, [Assignment(3, "en", 1), Assignment(3, "en", 2)])
    assert [x.rule for x in v] == ["team_size"] and "(270 min)" in v[0].message and "at least 3" in v[0].message


def personal(problem: RosterProblem, assignments: list[Assignment]) -> set[str]:
    return rules_of(problem, assignments) - {"team_size"}   # single interpreters here


def personal_violations(problem: RosterProblem, assignments: list[Assignment]) -> list:
    return [v for v in check_roster(problem, assignments) if v.rule != "team_size"]


def test_third_session_and_rest_and_overlap_refused() -> None:
    s1 = session(1, at(9), at(10), "en", floor="fr")
    s2 = session(2, at(11, 30), at(12, 30), "en", floor="fr")
    s3 = session(3, at(14), at(15), "en", floor="fr")
    s4 = session(4, at(13, 30), at(14, 30), "en", floor="fr")
    long = session(5, at(9, 0, DAY + dt.timedelta(1)), at(12, 30, DAY + dt.timedelta(1)), "en", floor="fr")
    after = session(6, at(14, 30, DAY + dt.timedelta(1)), at(15, 30, DAY + dt.timedelta(1)), "en", floor="fr")
    p = person(1, "en", "fr:C")
    problem = RosterProblem([s1, s2, s3, s4, long, after], [p])
    assert personal(problem, [Assignment(1, "en", 1), Assignment(2, "en", 1)]) == set()   # 90 min
    v = personal_violations(problem, [Assignment(1, "en", 1), Assignment(2, "en", 1), Assignment(3, "en", 1)])
    assert [x.rule for x in v] == ["daily_limit"] and "3 sessions" in v[0].message
    v = personal_violations(problem, [Assignment(2, "en", 1), Assignment(4, "en", 1)])   # 60 minutes between
    assert [x.rule for x in v] == ["rest"] and "only 60 minutes" in v[0].message
    assert "overlap" in personal(problem, [Assignment(3, "en", 1), Assignment(4, "en", 1)])
    # A session over 3 hours counts as two.
    assert personal(problem, [Assignment(5, "en", 1), Assignment(6, "en", 1)]) == {"daily_limit"}


def test_relay_needs_two_givers() -> None:
    # Floor: EN and ES. The FR booth has no Spanish: it takes ES on relay from the EN booth.
    s = session(1, at(9), at(10, 30), "en,fr", floor="en,es")
    fr1, fr2 = person(1, "fr", "en:B"), person(2, "fr", "en:C")
    en_es1, en_es2 = person(3, "en", "es:C", "fr:C"), person(4, "en", "es:B", "fr:C")
    en_plain = person(5, "en", "fr:C")
    problem = RosterProblem([s], [fr1, fr2, en_es1, en_es2, en_plain])
    one_giver = [Assignment(1, "fr", 1), Assignment(1, "fr", 2), Assignment(1, "en", 3), Assignment(1, "en", 5)]
    v = check_roster(problem, one_giver)
    assert [x.rule for x in v] == ["coverage"] and "Spanish" in v[0].message and "only 1 (P3 Name3)" in v[0].message
    two_givers = [Assignment(1, "fr", 1), Assignment(1, "fr", 2), Assignment(1, "en", 3), Assignment(1, "en", 4)]
    assert check_roster(problem, two_givers) == []


def test_availability_half_days() -> None:
    morning = session(1, at(9), at(12, 59), "en", floor="fr")
    to_one = session(2, at(11), at(13), "en", floor="fr")
    afternoon = session(3, at(14, 30), at(16), "en", floor="fr")
    p = person(1, "en", "fr:C", off=((DAY, "pm"),))
    problem = RosterProblem([morning, to_one, afternoon], [p])
    assert to_one.halves() == ((DAY, "am"),)
    assert personal(problem, [Assignment(1, "en", 1)]) == set()
    v = personal_violations(problem, [Assignment(3, "en", 1)])
    assert [x.rule for x in v] == ["availability"] and "Tuesday 29 Sep afternoon" in v[0].message


def test_settings_round_trip_and_validation(db: Database) -> None:
    assert load_settings(db) == InterpreterSettings()
    save_settings(db, {"min_rest_minutes": 60, "pair_max_minutes": 210}, Actor("tester", "desk"))
    assert load_settings(db).min_rest_minutes == 60 and load_settings(db).pair_max_minutes == 210
    with pytest.raises(SettingsError, match="max_sessions_per_day: must be between 1 and 10"):
        save_settings(db, {"max_sessions_per_day": 0})
    with pytest.raises(SettingsError, match="half_day_split"):
        save_settings(db, {"half_day_split": "noon"})


# --------------------------------------------------------------------------- solver


def _random_problem(rng: random.Random) -> RosterProblem:
    langs = ["en", "fr", "es"]
    sessions = []
    for sid in range(1, rng.randint(2, 6) + 1):
        day = DAY + dt.timedelta(days=rng.randint(0, 1))
        start = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 11, 14, 15, 17]), rng.choice([0, 30])))
        end = start + dt.timedelta(minutes=rng.choice([30, 60, 90, 120, 200, 260]))
        booths = rng.sample(langs, rng.randint(1, 3))
        floor = sorted(set(booths) | set(rng.sample(langs, rng.randint(1, 2)))) if rng.random() < 0.5 else booths
        sessions.append(session(sid, start, end, ",".join(booths), ",".join(floor)))
    people = []
    for pid in range(1, rng.randint(3, 9) + 1):
        a = rng.choice(langs)
        others = [f"{lang}:{rng.choice(['B', 'C', 'Br'])}" for lang in langs if lang != a and rng.random() < 0.8]
        off = tuple((DAY + dt.timedelta(days=rng.randint(0, 1)), rng.choice(["am", "pm"]))
                    for _ in range(rng.random() < 0.3))
        people.append(person(pid, a, *others, local=rng.random() < 0.5, rate=rng.randint(3, 9) * 100, off=off))
    return RosterProblem(sessions, people)


@pytest.mark.parametrize("seed", range(25))
def test_solver_output_never_breaks_a_rule(seed: int) -> None:
    problem = _random_problem(random.Random(seed))
    result = roster.solve(problem, time_limit=5, workers=4)
    assert result.violations == []
    assert check_roster(problem, result.assignments) == []
    staffed = {(b.session_id, b.booth_language) for b in result.booths if b.staffed}
    reported = {(u.session_id, u.booth_language) for u in result.unstaffed}
    assert staffed.isdisjoint(reported) and len(staffed) + len(reported) == len(problem.booths())
    for u in result.unstaffed:   # never half-staffed: an unstaffed booth is empty
        assert not [a for a in result.assignments if (a.session_id, a.booth_language) == (u.session_id, u.booth_language)]
        assert u.reason and u.fix


def _small_problem() -> RosterProblem:
    s1 = session(1, at(9), at(11), "en,fr", floor="en,fr")
    s2 = session(2, at(14, 30), at(16), "en,fr", floor="en,fr")
    people = [person(1, "en", "fr:C"), person(2, "en", "fr:B"), person(3, "en", "fr:C", rate=900),
              person(4, "fr", "en:C"), person(5, "fr", "en:B"), person(6, "fr", "en:C", rate=900)]
    return RosterProblem([s1, s2], people)


def test_solver_staffs_cheaply_and_reports_what_cannot_be_staffed() -> None:
    problem = _small_problem()
    result = roster.solve(problem, time_limit=5, workers=4)
    assert result.unstaffed == [] and result.violations == [] and result.optimal
    used = {a.interpreter_id for a in result.assignments}
    assert used == {1, 2, 4, 5}   # the two at 900 are not needed
    assert result.cost == 4 * 500
    # Add a Spanish booth nobody can staff.
    problem.sessions[1] = session(2, at(14, 30), at(16), "en,fr,es", floor="en,fr")
    result = roster.solve(problem, time_limit=5, workers=4)
    [u] = result.unstaffed
    assert (u.session_code, u.booth_language) == ("S2", "es")
    assert "no one in the pool works into Spanish" in u.reason
    assert u.fix == "two ES-A interpreters with EN and FR C for 29 Sep afternoon"
    assert result.violations == []


def test_unstaffed_when_everyone_is_busy_names_them() -> None:
    s1 = session(1, at(14, 30), at(16), "fr", floor="en")
    s2 = session(2, at(14, 30), at(16), "fr", floor="en")
    people = [person(i, "fr", "en:C") for i in range(1, 4)]
    result = roster.solve(RosterProblem([s1, s2], people), time_limit=5, workers=4)
    [u] = result.unstaffed
    assert u.reason.startswith("only 1 interpreter with French A free on Tuesday 29 Sep afternoon")
    assert "the booth needs 2" in u.reason
    assert u.fix == "one more FR-A interpreter with EN C for 29 Sep afternoon"


def test_rerun_is_stable_and_keeps_locks() -> None:
    problem = _small_problem()
    first = roster.solve(problem, time_limit=5, workers=4)
    problem.existing = list(first.assignments)
    again = roster.solve(problem, time_limit=5, workers=4)
    assert again.changes == [] and set(again.assignments) == set(first.assignments)
    # Interpreter 1 becomes unavailable in the afternoon: only what must move moves.
    p1 = problem.interpreter(1)
    problem.interpreters[0] = InterpreterProfile(p1.id, p1.given_name, p1.family_name, p1.languages,
                                                 unavailable=frozenset({(DAY, "pm")}), daily_rate=500)
    moved = roster.solve(problem, time_limit=5, workers=4)
    assert moved.violations == [] and moved.unstaffed == []
    assert {(c.kind, c.interpreter_id, c.session_id) for c in moved.changes} == {("removed", 1, 2), ("added", 3, 2)}
    # A lock on the expensive interpreter is kept by a re-run (and dropped with keep_locks=False).
    locked = [Assignment(1, "en", 3, locked=True)] + [a for a in first.assignments if a.session_id == 2]
    problem = _small_problem()
    problem.existing = locked
    kept = roster.solve(problem, time_limit=5, workers=4)
    assert Assignment(1, "en", 3, locked=True) in kept.assignments and kept.violations == []
    # Interpreter 3 becomes unavailable in the morning: the lock still holds (and is reported) ...
    p3 = problem.interpreter(3)
    problem.interpreters[2] = InterpreterProfile(p3.id, p3.given_name, p3.family_name, p3.languages,
                                                 unavailable=frozenset({(DAY, "am")}), daily_rate=900)
    kept = roster.solve(problem, time_limit=5, workers=4)
    assert Assignment(1, "en", 3, locked=True) in kept.assignments
    assert [(v.rule, v.interpreter_ids) for v in kept.violations] == [("availability", (3,))]
    # ... but not without keep_locks: then it is an ordinary assignment and moves.
    free = roster.solve(problem, time_limit=5, workers=4, keep_locks=False)
    assert not any(a.interpreter_id == 3 for a in free.assignments) and free.violations == []


# --------------------------------------------------------------------------- database, demo, documents, CLI


@pytest.fixture
def pool_db(db: Database) -> Database:
    with db.session() as s:
        conference = s.scalar(select(Conference))
        assert populate_interpreter_pool(s, conference, random.Random(1)) == 34
    return db


def test_demo_pool_staffs_the_iclc_programme(pool_db: Database) -> None:
    problem = roster.load_problem(pool_db)
    assert len(problem.sessions) == 17 and sum(len(s.booths) for s in problem.sessions) == 47
    result = roster.solve(problem, time_limit=10)
    assert result.unstaffed == [] and result.violations == []
    assert sum(1 for b in result.booths if b.staffed) == 47
    assert roster.apply(pool_db, result, Actor("tester", "desk")) == len(result.assignments)
    assert roster.current_violations(pool_db) == []
    with pool_db.session() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "interpreter roster")) is not None
    rerun = roster.solve(roster.load_problem(pool_db), time_limit=10)
    assert rerun.changes == [] and rerun.violations == []
    # The stale roster is refused once the stored one changes.
    roster.unassign(pool_db, result.assignments[0].session_id, result.assignments[0].interpreter_id)
    with pytest.raises(roster.StaleRosterError):
        roster.apply(pool_db, rerun)


def test_manual_edits_are_checked_and_audited(pool_db: Database) -> None:
    problem = roster.load_problem(pool_db)
    by_code = {s.code: s for s in problem.sessions}
    en_only = next(p for p in problem.interpreters if p.class_of("fr") == "C" and p.class_of("en") == "A")
    with pytest.raises(roster.AssignmentRefused, match="French is their C"):
        roster.assign(pool_db, by_code["P1"].id, "fr", en_only.id)
    roster.assign(pool_db, by_code["OPEN"].id, "en", en_only.id)
    with pytest.raises(roster.AssignmentRefused, match="only 30 minutes between OPEN"):
        roster.assign(pool_db, by_code["P1"].id, "en", en_only.id)
    violations = roster.assign(pool_db, by_code["P1"].id, "en", en_only.id, force=True)
    assert {v.rule for v in violations} >= {"rest", "team_size"}
    grid = roster.roster_rows(pool_db)
    p1 = next(r for r in grid.sessions if r.code == "P1")
    assert next(c for c in p1.booths if c.language == "en").status == "violation"
    roster.set_locked(pool_db, by_code["P1"].id, en_only.id, False)
    with pool_db.session() as s:
        row = s.scalar(select(InterpreterAssignment).where(InterpreterAssignment.session_id == by_code["P1"].id))
        assert row is not None and not row.locked
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"interpreter assign", "interpreter unlock"} <= actions
    with pytest.raises(roster.InterpreterError, match="has no DE booth"):
        roster.assign(pool_db, by_code["P1"].id, "de", en_only.id)


def test_interpreter_crud_validation(db: Database) -> None:
    bad = roster.InterpreterData(family_name="", email="nope", daily_rate="-5", currency="usd",
                                 languages=[LanguageSkill("fr", "B", False), LanguageSkill("en", "C", True)])
    with pytest.raises(roster.InterpreterValidationError) as err:
        roster.save_interpreter(db, bad)
    assert set(err.value.errors) == {"family_name", "email", "daily_rate", "currency", "languages[1].retour"}
    no_a = roster.InterpreterData(family_name="Roy", languages=[LanguageSkill("fr", "B"), LanguageSkill("en", "C")])
    with pytest.raises(roster.InterpreterValidationError, match="languages: At least one language must be an A"):
        roster.save_interpreter(db, no_a)
    good = roster.InterpreterData(family_name="Roy", given_name="Anne", daily_rate="650.5",
                                  languages=[LanguageSkill("fr", "A"), LanguageSkill("en", "B", True)])
    pid = roster.save_interpreter(db, good)
    roster.set_availability(db, pid, {(dt.date(2015, 9, 28), "am"): False})
    data = roster.get_interpreter(db, pid)
    assert data.daily_rate == 650.5 and data.unavailable == [(dt.date(2015, 9, 28), "am")]
    assert [(s.language, s.language_class, s.retour) for s in data.languages] == [("fr", "A", False), ("en", "B", True)]
    data.languages = [LanguageSkill("fr", "A"), LanguageSkill("es", "C")]
    roster.save_interpreter(db, data)
    assert roster.list_interpreters(db)[0].profile == "FR A, ES C"
    assert roster.delete_interpreter(db, pid) == 0
    assert roster.list_interpreters(db) == []


def test_schedule_and_booth_pdfs_read_back(pool_db: Database, tmp_path) -> None:
    pypdf = pytest.importorskip("pypdf")
    roster.apply(pool_db, roster.solve(roster.load_problem(pool_db), time_limit=10))
    someone = next(s for s in roster.interpreter_schedules(pool_db) if s.entries)
    out = interpreter_schedule.export_schedule(pool_db, tmp_path / "one.pdf", someone.interpreter_id, "fr")
    assert out["interpreters"] == 1
    content = " ".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "one.pdf")).pages)
    assert someone.name in content and "Programme de l'interprète" in content
    assert someone.entries[0].session_code in content and "septembre" in content
    for partner in someone.entries[0].partners:
        assert partner in content
    interpreter_schedule.export_booths(pool_db, tmp_path / "booths.pdf", dt.date(2015, 9, 29), "es")
    content = " ".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "booths.pdf")).pages)
    assert "Cabinas y equipos" in content and "RF-LAC" in content and "OPEN" not in content
    assert "Costo de la interpretación" in content


def test_cli_json_shapes(pool_db: Database, db_path, capsys) -> None:
    assert main(["--db", str(db_path), "interpreters", "roster", "--time-limit", "10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"assignments", "unstaffed", "violations", "cost", "optimal", "changes"} <= set(data)
    assert data["unstaffed"] == [] and data["violations"] == [] and data["cost"] > 0
    first = data["assignments"][0]
    assert {"session", "booth_language", "interpreters"} <= set(first) and len(first["interpreters"]) >= 2
    assert main(["--db", str(db_path), "interpreters", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"violations": []}
    assert main(["--db", str(db_path), "interpreters", "cost", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == data["cost"]
    assert main(["--db", str(db_path), "interpreters", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 34
    assert main(["--db", str(db_path), "interpreters", "roster", "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == 0
