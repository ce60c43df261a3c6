"""The programme core: timetable, conflicts, sign-ups, documents, CLI, demo."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select

from conference_desk.cli import main
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import (
    AuditEntry,
    Category,
    Participant,
    ParticipantStatus,
    ProgrammeSession,
    SessionPerson,
    SignUp,
)
from conference_desk.core.programme import conflicts, signups, timetable
from conference_desk.core.programme.conflicts import detect
from conference_desk.core.programme.errors import (
    ProgrammeError,
    SessionFullError,
    SessionValidationError,
    SignUpError,
)
from conference_desk.core.programme.timetable import (
    ConferenceInfo,
    PersonInfo,
    ProgrammeSettings,
    RoomInfo,
    SessionData,
    SessionInfo,
    Timetable,
)
from tests.templates import Templates

ACTOR = Actor(operator="tester", desk="desk-1")
DAY1 = dt.date(2015, 9, 28)
DAYS = (DAY1, dt.date(2015, 9, 29), dt.date(2015, 9, 30))


# --------------------------------------------------------------------------
# Hand-made timetables for the pure rules
# --------------------------------------------------------------------------

CONF = ConferenceInfo("t", {"en": "Test"}, {"en": ""}, DAYS[0], DAYS[-1], "America/Mexico_City", "Venue", "", "")
HALL = RoomInfo(1, "Hall", 100, 3, ("en", "fr", "es"), 1)
SMALL = RoomInfo(2, "Small room", 20, 0, (), 2)
BOOTHS2 = RoomInfo(3, "Two booths", 50, 2, ("en", "es"), 3)


def t(hour: float, day: dt.date = DAY1) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour)


def sess(sid: int, start: float, end: float, room: int | None = 1, kind: str = "thematic_forum",
         people: tuple[PersonInfo, ...] = (), day: dt.date = DAY1, **more: object) -> SessionInfo:
    return SessionInfo(id=sid, code=f"S{sid}", type=kind, titles={"en": f"Session {sid}"},
                       starts_at=t(start, day), ends_at=t(end, day), room_id=room, people=people, **more)


def table(*sessions: SessionInfo, rooms: tuple[RoomInfo, ...] = (HALL, SMALL, BOOTHS2),
          turnover: int = 15) -> Timetable:
    return timetable._arrange(CONF, DAYS, rooms, sessions, ProgrammeSettings(turnover, dt.time(8), dt.time(20)))


def kinds(found: list[conflicts.Conflict]) -> list[str]:
    return sorted(c.kind for c in found)


ANA = PersonInfo(7, "Ana López", "moderator")


def test_room_double_booking_is_an_error_naming_both_sessions() -> None:
    found = detect(table(sess(1, 14.5, 16), sess(2, 15, 17)))
    assert kinds(found) == ["room_double_booked"]
    c = found[0]
    assert c.severity == "error" and c.session_codes == ("S1", "S2")
    assert c.starts_at == t(15) and c.ends_at == t(16)
    assert "S1 'Session 1'" in c.message and "S2 'Session 2'" in c.message and "28 Sep 15:00–16:00" in c.message
    assert c.fingerprint == "room_double_booked:s=1,2"
    # Back to back, or in another room: no conflict.
    assert detect(table(sess(1, 14.5, 16), sess(2, 16, 17))) == []
    assert detect(table(sess(1, 14.5, 16), sess(2, 15, 17, room=3))) == []


def test_a_person_in_two_sessions_at_once_and_the_turnover_gap() -> None:
    other = replace(ANA, role="panellist")
    found = detect(table(sess(1, 14.5, 16, people=(ANA,)), sess(2, 15, 17, room=3, people=(other,))))
    assert kinds(found) == ["person_double_booked"]
    assert found[0].message == ("Ana López is in S1 'Session 1' and S2 'Session 2' at the same time"
                                " (28 Sep 15:00–16:00).")
    assert found[0].people == ((7, "Ana López"),)
    # 10 minutes between them: a turnover warning (gap 15); 15 minutes: fine.
    tight = detect(table(sess(1, 14, 16, people=(ANA,)), sess(2, 16 + 10 / 60, 17, room=3, people=(other,))))
    assert kinds(tight) == ["person_turnover"] and tight[0].severity == "warning"
    assert "10 min" in tight[0].message
    assert detect(table(sess(1, 14, 16, people=(ANA,)), sess(2, 16.25, 17, room=3, people=(other,)))) == []
    assert detect(table(sess(1, 14, 16, people=(ANA,)), sess(2, 16 + 10 / 60, 17, room=3, people=(other,))),
                  ProgrammeSettings(5, dt.time(8), dt.time(20))) == []


def test_capacity_rules() -> None:
    over = detect(table(sess(1, 10, 11, room=2, sign_ups=21)))
    assert kinds(over) == ["over_capacity"] and over[0].severity == "error"
    assert "21 sign-ups" in over[0].message and "Small room holds 20" in over[0].message
    expected = detect(table(sess(1, 10, 11, room=2, expected_attendance=30)))
    assert kinds(expected) == ["over_capacity"] and expected[0].severity == "warning"
    assert detect(table(sess(1, 10, 11, room=2, sign_ups=20, expected_attendance=20))) == []


def test_booths_rules() -> None:
    none = detect(table(sess(1, 10, 11, room=2, interpretation=("en", "fr"))))
    assert kinds(none) == ["booths_missing"] and "0 booths for 2 target languages" in none[0].message
    wrong = detect(table(sess(1, 10, 11, room=3, interpretation=("en", "fr"))))
    assert kinds(wrong) == ["booths_missing"] and "no booth for fr" in wrong[0].message
    assert detect(table(sess(1, 10, 11, room=3, interpretation=("en", "es")))) == []
    assert detect(table(sess(1, 10, 11, room=2))) == []  # no interpretation wanted


def test_days_and_hours() -> None:
    before = detect(table(sess(1, 10, 11, day=dt.date(2015, 9, 27))))
    assert kinds(before) == ["outside_days"] and before[0].severity == "error"
    late = detect(table(sess(1, 19, 21)))
    assert kinds(late) == ["outside_hours"] and late[0].severity == "warning" and "08:00–20:00" in late[0].message
    assert detect(table(sess(1, 8, 20))) == []


def test_plenary_overlap() -> None:
    found = detect(table(sess(1, 9, 11, kind="plenary"), sess(2, 10.5, 12, room=2)))
    assert kinds(found) == ["plenary_overlap"] and found[0].session_codes == ("S1", "S2")
    assert detect(table(sess(1, 9, 11, kind="ceremony"), sess(2, 10, 10.5, room=2, kind="break"))) == []
    assert detect(table(sess(1, 9, 11, kind="plenary"), sess(2, 11, 12, room=2))) == []


def test_live_move_in_memory_and_acknowledged_marking() -> None:
    tt = table(sess(1, 9, 10), sess(2, 11, 12, room=2))
    assert detect(tt) == []
    moved = tt.moved(2, 1, t(9.5), t(10.5))
    found = detect(moved)
    assert kinds(found) == ["room_double_booked"]
    assert moved.session(2).capacity == 100  # the new room's
    assert detect(moved, acknowledged={found[0].fingerprint})[0].acknowledged


@st.composite
def _rooms_and_slots(draw: st.DrawFn) -> list[tuple[int, int, int]]:
    """Non-overlapping (room, start minute, end minute) per room."""
    out = []
    for room in (1, 2, 3):
        cursor = 8 * 60
        for _ in range(draw(st.integers(0, 6))):
            cursor += draw(st.integers(0, 60))
            length = draw(st.integers(15, 120))
            out.append((room, cursor, cursor + length))
            cursor += length
    return out


@settings(max_examples=60, deadline=None)
@given(_rooms_and_slots(), st.data())
def test_property_no_overlap_no_room_conflict_and_one_overlap_reported(slots: list[tuple[int, int, int]],
                                                                       data: st.DataObject) -> None:
    sessions = [sess(i + 1, a / 60, b / 60, room=room) for i, (room, a, b) in enumerate(slots)]
    found = [c for c in detect(table(*sessions)) if c.kind == "room_double_booked"]
    assert found == []
    if not sessions:
        return
    target = data.draw(st.sampled_from(sessions))
    assert target.starts_at and target.ends_at
    offset = data.draw(st.integers(0, int((target.ends_at - target.starts_at).total_seconds() // 60) - 1))
    start = target.starts_at + dt.timedelta(minutes=offset)
    # Short enough to overlap only the target: it ends within the target.
    extra = SessionInfo(id=999, code="NEW", type="thematic_forum", titles={"en": "New"}, starts_at=start,
                        ends_at=min(target.ends_at, start + dt.timedelta(minutes=1)), room_id=target.room_id)
    found = [c for c in detect(table(*sessions, extra)) if c.kind == "room_double_booked"]
    assert [sorted(c.session_ids) for c in found] == [sorted((target.id, 999))]


def test_detect_on_500_sessions_finds_every_double_booked_room() -> None:
    sessions = []
    for i in range(500):
        day = DAYS[i % 3]
        room = 1 + i % 3
        slot = (i // 9) % 12
        people = (PersonInfo(i % 97, f"P{i % 97}", "panellist"),)
        sessions.append(sess(i + 1, 8 + slot, 8 + slot + 0.75, room=room, day=day, people=people))
    tt = table(*sessions)
    found = detect(tt)
    # Every pair of sessions sharing a room and overlapping in time is reported, and only those
    # (checked against comparing every pair; speed is measured in benchmarks/, not here).
    overlapping = {frozenset((a.code, b.code)) for i, a in enumerate(sessions) for b in sessions[i + 1:]
                   if a.room_id == b.room_id and a.starts_at < b.ends_at and b.starts_at < a.ends_at}
    reported = {frozenset(c.session_codes) for c in found if c.kind == "room_double_booked"}
    assert overlapping and reported == overlapping


# --------------------------------------------------------------------------
# The database: shipped set-up, writes, sign-ups
# --------------------------------------------------------------------------


def _code(db: Database, code: str) -> SessionInfo:
    return timetable.find_session(db, code)


def _people(db: Database, n: int, status: ParticipantStatus = ParticipantStatus.CONFIRMED) -> list[int]:
    with db.session() as s:
        category = s.scalar(select(Category).order_by(Category.id).limit(1))
        start = s.scalar(select(func.count()).select_from(Participant)) or 0
        rows = [Participant(category_id=category.id, given_name="Ana", family_name=f"López{start + i}",
                            status=status) for i in range(n)]
        s.add_all(rows)
        s.flush()
        return [p.id for p in rows]


def test_shipped_programme_loads_and_has_no_conflicts(db: Database) -> None:
    tt = timetable.load_timetable(db)
    assert len(tt.rooms) == 9 and len(tt.sessions) == 18 and tt.unscheduled == ()
    assert tt.days == DAYS
    tf3 = _code(db, "TF3")
    assert tf3.capacity == 150 and tf3.interpretation == ("en", "fr", "es")
    assert tf3.title("fr").startswith("Forum thématique")
    assert conflicts.find_conflicts(db) == []


def test_move_session_validates_and_audits(db: Database) -> None:
    tf1 = _code(db, "TF1")
    with pytest.raises(SessionValidationError) as err:
        timetable.move_session(db, tf1.id, room_id=tf1.room_id, starts_at=t(12), ends_at=t(11), actor=ACTOR)
    assert err.value.problems[0].field == "ends_at"
    with pytest.raises(SessionValidationError, match="not a conference day"):
        timetable.move_session(db, tf1.id, room_id=tf1.room_id, starts_at=t(10, dt.date(2015, 10, 1)),
                               ends_at=t(11, dt.date(2015, 10, 1)), actor=ACTOR)
    tf2 = _code(db, "TF2")
    moved = timetable.move_session(db, tf1.id, room_id=tf2.room_id, starts_at=tf2.starts_at, ends_at=tf2.ends_at,
                                   actor=ACTOR)
    assert moved.room_id == tf2.room_id and moved.capacity == 180
    found = conflicts.find_conflicts(db)
    assert [(c.kind, c.severity, c.session_codes) for c in found] == [
        ("room_double_booked", "error", ("TF1", "TF2")),
        ("over_capacity", "warning", ("TF1",)),  # 200 expected, the chapel holds 180
    ]
    with db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "programme move"))
        assert entry is not None and entry.operator == "tester" and "TF1" in entry.summary


def test_acknowledge_and_unacknowledge(db: Database) -> None:
    tf1, tf2 = _code(db, "TF1"), _code(db, "TF2")
    timetable.move_session(db, tf2.id, room_id=tf1.room_id, starts_at=tf1.starts_at, ends_at=tf1.ends_at)
    [c] = conflicts.find_conflicts(db)
    conflicts.acknowledge(db, c.fingerprint, "joint session", ACTOR)
    assert conflicts.find_conflicts(db)[0].acknowledged
    assert conflicts.find_conflicts(db, include_acknowledged=False) == []
    assert conflicts.unacknowledge(db, c.fingerprint, ACTOR) is True
    assert not conflicts.find_conflicts(db)[0].acknowledged
    assert conflicts.unacknowledge(db, c.fingerprint, ACTOR) is False


def test_save_session_gives_field_precise_messages(db: Database) -> None:
    bad = SessionData(code="tf1", type="thematic_forum", title_en=" ", starts_at=t(11), ends_at=None,
                      interpretation="en,de")
    with pytest.raises(SessionValidationError) as err:
        timetable.save_session(db, bad, ACTOR)
    fields = {p.field: p.message for p in err.value.problems}
    assert set(fields) == {"code", "title_en", "ends_at", "interpretation"}
    assert "already used" in fields["code"] and "de" in fields["interpretation"]
    room = timetable.load_timetable(db).rooms[-1]
    created = timetable.save_session(db, SessionData(
        code="SIDE1", type="thematic_forum", title_en="Side event", title_es="Evento paralelo",
        starts_at=t(9, DAYS[2]), ends_at=t(10, DAYS[2]), room_id=room.id, max_sign_ups=30), ACTOR)
    assert created.capacity == 30 and created.title("es") == "Evento paralelo" and created.title("fr") == "Side event"
    edited = timetable.save_session(db, SessionData(id=created.id, code="SIDE1", type="regional_forum",
                                                    title_en="Side event 2", region="LAC"), ACTOR)
    assert edited.type == "regional_forum" and edited.starts_at is None and edited.region == "LAC"
    assert [s.code for s in timetable.load_timetable(db).unscheduled] == ["SIDE1"]
    assert timetable.delete_session(db, created.id, ACTOR) == "SIDE1"
    with pytest.raises(ProgrammeError, match="No programme session"):
        timetable.session_info(db, created.id)


def test_people_and_person_conflict_through_the_database(db: Database) -> None:
    [ana] = _people(db, 1)
    tf1, p2 = _code(db, "TF1"), _code(db, "P2")
    timetable.add_person(db, tf1.id, ana, "moderator", ACTOR)
    with pytest.raises(ProgrammeError, match="already moderator"):
        timetable.add_person(db, tf1.id, ana, "moderator", ACTOR)
    timetable.add_person(db, p2.id, ana, "speaker", ACTOR)  # P2 ends 16:30, TF1 starts 17:00: fine
    assert conflicts.find_conflicts(db) == []
    timetable.move_session(db, p2.id, room_id=p2.room_id, starts_at=t(15), ends_at=t(16.9))
    found = conflicts.find_conflicts(db)
    assert kinds(found) == ["person_turnover"] and "Ana López0" in found[0].message
    assert timetable.remove_person(db, tf1.id, ana, actor=ACTOR) == 1
    assert conflicts.find_conflicts(db) == []
    [gone] = _people(db, 1, ParticipantStatus.CANCELLED)
    with pytest.raises(ProgrammeError, match="cancelled"):
        timetable.add_person(db, tf1.id, gone, "speaker", ACTOR)


def test_settings_default_and_saved(db: Database) -> None:
    assert timetable.programme_settings(db) == ProgrammeSettings(15, dt.time(8), dt.time(20))
    saved = timetable.save_programme_settings(db, turnover_minutes=30, venue_closes=dt.time(21), actor=ACTOR)
    assert saved == ProgrammeSettings(30, dt.time(8), dt.time(21)) == timetable.programme_settings(db)
    with pytest.raises(SessionValidationError, match="close after it opens"):
        timetable.save_programme_settings(db, venue_opens=dt.time(22))


def test_full_forum_waitlist_and_promotion(db: Database) -> None:
    tf3 = _code(db, "TF3")
    timetable.save_session(db, SessionData(id=tf3.id, code="TF3", type="thematic_forum", title_en=tf3.title("en"),
                                           starts_at=tf3.starts_at, ends_at=tf3.ends_at, room_id=tf3.room_id,
                                           interpretation=tf3.interpretation, max_sign_ups=3), ACTOR)
    ids = _people(db, 6)
    results = [signups.sign_up(db, tf3.id, pid, ACTOR) for pid in ids[:5]]
    assert [r.waitlisted for r in results] == [False, False, False, True, True]
    assert results[4].position == 2
    assert results[4].message == ("'TF3 Thematic forum: Effective learning for and in t…' is full (3 of 3 places);"
                                  " Ana López4 added to the waiting list, position 2.")
    with pytest.raises(SessionFullError, match=r"is full \(3 of 3 places\)"):
        signups.sign_up(db, tf3.id, ids[5], ACTOR, waitlist_if_full=False)
    with pytest.raises(SignUpError, match="already on the waiting list"):
        signups.sign_up(db, tf3.id, ids[3], ACTOR)
    cancelled = signups.cancel_sign_up(db, tf3.id, ids[0], ACTOR)
    assert cancelled.promoted_id == ids[3] and "Ana López3 moved up" in cancelled.message
    assert _code(db, "TF3").sign_ups == 3 and _code(db, "TF3").waitlist == 1
    agenda = signups.sessions_of_participant(db, ids[4])
    assert [(a.code, a.signed_up, a.waitlisted, a.waitlist_position) for a in agenda] == [("TF3", True, True, 1)]
    # Parallel forum at the same time: refused.
    with pytest.raises(SignUpError, match="already signed up to 'TF3"):
        signups.sign_up(db, _code(db, "TF2").id, ids[1], ACTOR)


def test_sign_up_refusals(db: Database) -> None:
    [gone] = _people(db, 1, ParticipantStatus.CANCELLED)
    [ana] = _people(db, 1)
    with pytest.raises(SignUpError, match="cancelled"):
        signups.sign_up(db, _code(db, "TF1").id, gone, ACTOR)
    with pytest.raises(SignUpError, match="not a forum"):
        signups.sign_up(db, _code(db, "P1").id, ana, ACTOR)


def test_bulk_sign_up_is_all_or_nothing(db: Database) -> None:
    rf = _code(db, "RF-ARB")  # Auditorio 2: 100 places
    ids = _people(db, 105)
    [gone] = _people(db, 1, ParticipantStatus.CANCELLED)
    with pytest.raises(SignUpError, match="Nobody was signed up") as err:
        signups.bulk_sign_up(db, rf.id, [*ids, gone], ACTOR)
    assert "has cancelled" in str(err.value)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SignUp)) == 0
    with pytest.raises(SignUpError, match="100 free places of 100 for 105"):
        signups.bulk_sign_up(db, rf.id, ids, ACTOR, waitlist_if_full=False)
    result = signups.bulk_sign_up(db, rf.id, ids, ACTOR)
    assert (result.placed, result.waitlisted, result.already) == (100, 5, 0)
    again = signups.bulk_sign_up(db, rf.id, ids[:3], ACTOR)
    assert (again.placed, again.waitlisted, again.already) == (0, 0, 3)
    assert conflicts.find_conflicts(db) == []


# --------------------------------------------------------------------------
# Demo, documents, CLI
# --------------------------------------------------------------------------


@pytest.fixture
def demo_db(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, 650)
    return db


def test_demo_programme_is_plausible_and_clean(demo_db: Database) -> None:
    tt = timetable.load_timetable(demo_db)
    for s in tt.sessions:
        roles = [p.role for p in s.people]
        if s.is_forum:
            assert roles.count("moderator") == 1 and roles.count("rapporteur") == 1
            assert 3 <= roles.count("panellist") <= 4
            assert 0 < s.sign_ups <= s.capacity
        elif s.for_all_participants:
            assert 3 <= roles.count("speaker") <= 4
    assert conflicts.find_conflicts(demo_db) == []


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("lang,title,word", [
    ("en", "Thematic forum: Learning for a green and healthy city", "Moderator"),
    ("fr", "Plénière 4 : Mettre", "Modérateur"),
    ("es", "Foro de alcaldes", "Moderador"),
])
def test_booklet_in_each_language(demo_db: Database, tmp_path: Path, lang: str, title: str, word: str) -> None:
    from conference_desk.core.programme.booklet import write_booklet

    out = tmp_path / f"programme-{lang}.pdf"
    assert write_booklet(demo_db, out, lang)["sessions"] == 18
    content = " ".join(_pdf_text(out).split())
    assert title in content and word in content
    assert {"en": "September", "fr": "septembre", "es": "septiembre"}[lang] in content
    speaker = _code(demo_db, "P1").people[1].name
    assert speaker.split()[-1] in content


def test_personal_agenda_has_the_sessions_and_role(demo_db: Database, tmp_path: Path) -> None:
    from conference_desk.core.programme.agenda import write_personal_agenda
    from conference_desk.core.foundation.documents.strings import gendered

    tf5 = _code(demo_db, "TF5")
    person = next(p for p in tf5.people if p.role == "rapporteur")
    out = tmp_path / "agenda.pdf"
    write_personal_agenda(demo_db, person.participant_id, out, "es")
    content = " ".join(_pdf_text(out).split())
    role = gendered("Relator/a", "es", person.gender)  # in the person's gender (issue 16)
    assert role in ("Relator", "Relatora", "Relator/a")
    assert tf5.title("es") in content and role in content and "Agenda personal" in content


def _ics_events(data: str) -> list[dict[str, str]]:
    assert "\r\n" in data and all(len(line.encode()) <= 75 for line in data.split("\r\n"))
    unfolded = data.replace("\r\n ", "").split("\r\n")
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in unfolded:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None and line:
            name, _, value = line.partition(":")
            current[name] = value.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
    return events


def test_ics_round_trip(demo_db: Database, tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from conference_desk.core.programme.ics import write_ics

    out = tmp_path / "programme.ics"
    assert write_ics(demo_db, out, "fr")["events"] == 18
    data = out.read_bytes().decode("utf-8")
    assert "BEGIN:VTIMEZONE\r\nTZID:America/Mexico_City" in data
    assert "DTSTART:20151025T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600" in data
    events = {e["UID"]: e for e in _ics_events(data)}
    p4 = _code(demo_db, "P4")
    event = events[f"session-{p4.id}.iclc2015@conference-desk"]
    assert event["DTSTART;TZID=America/Mexico_City"] == "20150929T143000"
    assert event["SUMMARY;LANGUAGE=fr"] == p4.title("fr")
    assert event["LOCATION"].startswith("Patio Principal, Palacio de Minería")
    # 14:30 in Mexico City on 29 Sep 2015 was 19:30 UTC (daylight time, UTC-5).
    local = dt.datetime(2015, 9, 29, 14, 30, tzinfo=ZoneInfo("America/Mexico_City"))
    assert local.astimezone(dt.timezone.utc).hour == 19
    # Stable UIDs: a second export names the same events.
    write_ics(demo_db, out, "es")
    assert set(e["UID"] for e in _ics_events(out.read_bytes().decode("utf-8"))) == set(events)


def test_cli_check_list_and_move_onto_an_occupied_hall(demo_db: Database, capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    url = demo_db.url
    assert main(["--db", url, "programme", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"conflicts": []}
    assert main(["--db", url, "programme", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["sessions"]
    assert [s["code"] for s in listed][:2] == ["OPEN", "P1"]
    tf4, tf5 = _code(demo_db, "TF4"), _code(demo_db, "TF5")
    timetable.move_session(demo_db, tf5.id, room_id=tf4.room_id, starts_at=tf4.starts_at, ends_at=tf4.ends_at)
    assert main(["--db", url, "programme", "check", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["conflicts"]
    rooms = [c for c in found if c["kind"] == "room_double_booked"]
    assert len(rooms) == 1 and rooms[0]["sessions"] == ["TF4", "TF5"] and rooms[0]["severity"] == "error"
    assert "TF4 'Thematic forum" in rooms[0]["message"] and "TF5 'Thematic forum" in rooms[0]["message"]
    assert rooms[0]["acknowledged"] is False
    # Documents from the command line.
    assert main(["--db", url, "programme", "export", "--out", str(tmp_path / "p.ics")]) == 0
    assert main(["--db", url, "programme", "door-sheets", "--out", str(tmp_path / "d.pdf"), "--day", "2015-09-29",
                 "--lang", "es"]) == 0
    assert "Salón de Actos" in _pdf_text(tmp_path / "d.pdf")
    assert main(["--db", url, "programme", "door-sheets", "--out", str(tmp_path / "x.pdf"), "--day",
                 "2015-10-05"]) == 1
    assert "not a conference day" in capsys.readouterr().err


def test_cli_sign_up(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    [ana] = _people(db, 1)
    assert main(["--db", db.url, "programme", "sign-up", "tf3", str(ana), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["session_code"] == "TF3" and result["waitlisted"] is False and result["placed"] == 1
    assert main(["--db", db.url, "programme", "sign-up", "TF3", str(ana)]) == 1
    assert "already signed up" in capsys.readouterr().err
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SignUp)) == 1
        assert s.scalar(select(func.count()).select_from(SessionPerson)) == 0


def test_cli_signs_up_several_people_or_a_delegation_in_one_go(
        demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from conference_desk.core.foundation.models import Delegation

    with demo_db.session() as s:
        delegation = s.scalars(select(Delegation).join(Participant, Participant.delegation_id == Delegation.id)
                               .where(Participant.status != ParticipantStatus.CANCELLED)
                               .group_by(Delegation.id).having(func.count(Participant.id) >= 3)).first()
        assert delegation is not None
        members = set(s.scalars(select(Participant.id).where(Participant.delegation_id == delegation.id,
                                                             Participant.status != ParticipantStatus.CANCELLED)))
        forum = s.scalar(select(ProgrammeSession).where(ProgrammeSession.code == "MAYORS"))
        forum.max_sign_ups = None
        s.execute(SignUp.__table__.delete().where(SignUp.session_id == forum.id))
        s.execute(SessionPerson.__table__.delete().where(SessionPerson.participant_id.in_(members)))
        forum_id = forum.id
    capsys.readouterr()
    assert main(["--db", demo_db.url, "programme", "sign-up", "MAYORS", "--delegation", str(delegation.id),
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["placed"] + result["waitlisted"] + result["already"] == len(members)
    with demo_db.session() as s:
        signed = set(s.scalars(select(SignUp.participant_id).where(SignUp.session_id == forum_id)))
    assert members <= signed
    # Two ids at once, one unknown: nobody is signed up and the message names the bad id.
    other = sorted(members)[0]
    assert main(["--db", demo_db.url, "programme", "sign-up", "TF1", str(other), "999999"]) != 0
    assert "999999" in capsys.readouterr().err
