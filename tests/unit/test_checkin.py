"""Check-in core: every outcome and reason, exactly once, days and sessions, walk-ins."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from conference_desk.core.checkin import service as checkin
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.badges import codes, service
from conference_desk.core.checkin.decisions import REASONS, CheckInError, CheckInPoint
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import (
    AuditEntry,
    CheckInEvent,
    Participant,
    ParticipantStatus,
    Session,
    VenueRoom,
)
from conference_desk.core.people.registration import ValidationError, save_participant
from tests.templates import Templates

UTC = dt.timezone.utc
# 10:00 in Mexico City (CDT, UTC-5) on the first conference day.
MORNING = dt.datetime(2015, 9, 28, 15, 0, tzinfo=UTC)
DESK1 = CheckInPoint(desk="Desk 1", operator="ana")
DESK2 = CheckInPoint(desk="Desk 2", operator="luis")


@pytest.fixture
def demo(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, 40, seed=3)
    return db


@pytest.fixture
def badges(demo: Database, tmp_path: Path) -> dict[int, str]:
    """Badges printed for participants 1-6: participant id -> code."""
    return service.print_badges(demo, [1, 2, 3, 4, 5, 6], tmp_path / "badges.pdf").codes


def events(db: Database) -> list[CheckInEvent]:
    with db.session() as s:
        return list(s.scalars(select(CheckInEvent).order_by(CheckInEvent.id)))


def tamper(code: str, rng: random.Random) -> str:
    position = rng.randrange(len(code))
    replacement = rng.choice([ch for ch in codes.ALPHABET if ch != code[position]])
    return code[:position] + replacement + code[position + 1:]


# --------------------------------------------------------------------------
# Admitted, already, rejected
# --------------------------------------------------------------------------


def test_a_valid_scan_is_admitted_with_who_it_is_and_one_event(badges: dict[int, str], demo: Database) -> None:
    outcome = checkin.check_in_code(demo, " " + badges[1].lower() + "\r\n", DESK1, MORNING)
    assert outcome.outcome == "admitted" and outcome.admitted
    assert outcome.reason == "" and outcome.message == REASONS[""]
    assert outcome.day == dt.date(2015, 9, 28)
    with demo.session() as s:
        person = s.get(Participant, 1)
        assert person is not None
        name, category = person.badge_name, person.category
        delegation = person.delegation.display_name() if person.delegation else person.organisation
        label, colour = category.label_en, category.colour
    info = outcome.participant
    assert info is not None
    assert (info.id, info.name, info.delegation) == (1, name, delegation)
    assert (info.category_label, info.category_colour) == (label, colour)
    assert info.badge_version == 1 and info.badge_status == "printed" and info.photo is None
    assert outcome.counts == {"checked_in": 1, "venue_today": 1}
    (event,) = events(demo)
    assert event.id == outcome.event_id
    assert (event.participant_id, event.outcome.value, event.place.value, event.session_id) == (
        1, "admitted", "venue", None)
    assert (event.desk, event.operator, event.day) == ("Desk 1", "ana", dt.date(2015, 9, 28))
    assert event.scanned_at == MORNING.replace(tzinfo=None)
    assert event.scanned_code == badges[1] and event.badge_id is not None and len(event.nonce) >= 16


def test_a_second_scan_says_already_with_the_first_desk_time_and_operator(
    badges: dict[int, str], demo: Database
) -> None:
    checkin.check_in_code(demo, badges[2], DESK1, MORNING)
    later = checkin.check_in_code(demo, badges[2], DESK2, MORNING + dt.timedelta(minutes=7))
    assert later.outcome == "already" and later.reason == "already_in"
    assert later.message == "Already checked in."
    first = later.first_checkin
    assert first is not None
    assert (first.desk, first.operator) == ("Desk 1", "ana")
    assert first.at == MORNING
    assert first.at_local.isoformat() == "2015-09-28T10:00:00-05:00"
    assert later.participant is not None and later.participant.id == 2
    assert [(e.outcome.value, e.desk) for e in events(demo)] == [("admitted", "Desk 1"), ("already_in", "Desk 2")]
    data = later.as_json()
    assert data["first_checkin"]["desk"] == "Desk 1" and data["participant"]["id"] == 2


def _rejected(db: Database, scanned: str, reason: str) -> checkin.CheckInOutcome:
    before = len(events(db))
    outcome = checkin.check_in_code(db, scanned, DESK1, MORNING)
    assert (outcome.outcome, outcome.reason, outcome.message) == ("rejected", reason, REASONS[reason])
    logged = events(db)
    assert len(logged) == before + 1
    assert logged[-1].outcome.value == "rejected" and logged[-1].reason == reason
    assert logged[-1].scanned_code
    assert outcome.counts["checked_in"] == 0
    return outcome


def test_a_misread_character_is_could_not_read_not_forged(badges: dict[int, str], demo: Database) -> None:
    """One wrong character (the check character catches it) is a misread: scan again."""
    code = badges[1]
    altered = code[:12] + ("7" if code[12] != "7" else "8") + code[13:]
    outcome = _rejected(demo, altered, "unreadable")
    assert outcome.participant is None
    assert outcome.message == "Could not read this code: scan it again, or type the name."
    assert _rejected(demo, code[:-1], "unreadable").participant is None  # a character lost
    assert _rejected(demo, "hello world", "malformed").participant is None  # not a code at all


def test_a_code_with_a_valid_check_character_but_a_wrong_signature_is_forged(
    badges: dict[int, str], demo: Database
) -> None:
    key = service.verifier(demo)
    parsed = codes.parse_code(badges[1])
    assert parsed is not None
    wrong = codes.make_code(b"not the secret" * 2, key.conference_code, parsed.serial, 1)
    # Same conference tag, another MAC: rebuild the code with our tag to get past the tag check.
    body = key.tag + parsed.serial + bytes([1]) + codes.parse_code(wrong).mac  # type: ignore[union-attr]
    head = f"CD1{codes._b32encode(body)}"
    _rejected(demo, head + codes.check_char(head), "forged")


def test_text_that_is_no_badge_code_is_rejected_as_malformed(badges: dict[int, str], demo: Database) -> None:
    _rejected(demo, "Hello World", "malformed")
    assert events(demo)[-1].scanned_code == "HelloWorld"


def test_another_conferences_badge_is_rejected(badges: dict[int, str], demo: Database) -> None:
    other = codes.make_code(b"another conference's key 1234567", "iclc2017", codes.new_serial(), 1)
    _rejected(demo, other, "other_conference")


def test_a_genuine_code_that_was_never_issued_is_unknown(badges: dict[int, str], demo: Database) -> None:
    _rejected(demo, service.verifier(demo).make(codes.new_serial(), 1), "unknown_code")


def test_the_old_badge_is_revoked_after_a_reprint_and_the_new_one_admitted(
    badges: dict[int, str], demo: Database, tmp_path: Path
) -> None:
    new = service.reprint_badge(demo, 3, "lost", tmp_path / "reprint.pdf").codes[3]
    outcome = _rejected(demo, badges[3], "revoked")
    assert outcome.participant is not None and outcome.participant.id == 3  # who the old badge was
    assert outcome.badge_version == 1 and outcome.participant.badge_version == 2
    admitted = checkin.check_in_code(demo, new, DESK1, MORNING)
    assert admitted.outcome == "admitted" and admitted.badge_version == 2


def test_a_cancelled_participant_is_rejected_by_badge_and_by_name(badges: dict[int, str], demo: Database) -> None:
    save_participant(demo, {"status": ParticipantStatus.CANCELLED}, participant_id=4)
    outcome = _rejected(demo, badges[4], "cancelled")
    assert outcome.participant is not None and outcome.participant.status == "cancelled"
    typed = checkin.check_in_participant(demo, 4, DESK1, MORNING)
    assert (typed.outcome, typed.reason) == ("rejected", "cancelled")


def test_nothing_scanned_is_an_error_and_writes_nothing(badges: dict[int, str], demo: Database) -> None:
    with pytest.raises(CheckInError):
        checkin.check_in_code(demo, "\r\n\t ", DESK1, MORNING)
    assert events(demo) == []


def test_unknown_participant_by_id_is_rejected(demo: Database) -> None:
    outcome = checkin.check_in_participant(demo, 99999, DESK1, MORNING)
    assert (outcome.outcome, outcome.reason) == ("rejected", "unknown_participant")
    assert events(demo)[-1].participant_id is None


# --------------------------------------------------------------------------
# Exactly once, days, nonces
# --------------------------------------------------------------------------


def test_the_database_refuses_a_second_admission_the_same_day(badges: dict[int, str], demo: Database) -> None:
    checkin.check_in_code(demo, badges[1], DESK1, MORNING)
    with pytest.raises(IntegrityError), demo.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO checkin_event (participant_id, place, day, desk, operator, scanned_at, nonce,"
            " outcome, reason, scanned_code) VALUES (1, 'venue', '2015-09-28', 'X', '', '2015-09-28 16:00:00',"
            " 'n-1', 'admitted', '', '')"
        ))
    # Rejections and repeat scans are not limited.
    for _ in range(3):
        checkin.check_in_code(demo, badges[1], DESK2, MORNING)
    assert [e.outcome.value for e in events(demo)] == ["admitted", "already_in", "already_in", "already_in"]


def test_re_entry_on_another_day_is_a_new_admission(badges: dict[int, str], demo: Database) -> None:
    assert checkin.check_in_code(demo, badges[5], DESK1, MORNING).outcome == "admitted"
    next_day = checkin.check_in_code(demo, badges[5], DESK2, MORNING + dt.timedelta(days=1))
    assert next_day.outcome == "admitted" and next_day.day == dt.date(2015, 9, 29)
    again = checkin.check_in_code(demo, badges[5], DESK1, MORNING + dt.timedelta(days=1, hours=2))
    assert again.outcome == "already" and again.first_checkin is not None
    assert again.first_checkin.desk == "Desk 2"


def test_the_day_is_the_conferences_local_day(badges: dict[int, str], demo: Database) -> None:
    # 02:00 UTC on the 29th is still the evening of the 28th in Mexico City.
    late = checkin.check_in_code(demo, badges[6], DESK1, dt.datetime(2015, 9, 29, 2, 0, tzinfo=UTC))
    assert late.day == dt.date(2015, 9, 28)
    naive_utc = checkin.check_in_code(demo, badges[6], DESK1, dt.datetime(2015, 9, 28, 15, 0))
    assert naive_utc.outcome == "already"


def test_a_replayed_nonce_returns_the_recorded_decision_without_a_new_event(
    badges: dict[int, str], demo: Database
) -> None:
    first = checkin.check_in_code(demo, badges[1], DESK1, MORNING, nonce="desk1-000042")
    replay = checkin.check_in_code(demo, badges[1], DESK1, MORNING, nonce="desk1-000042")
    assert first.outcome == replay.outcome == "admitted"
    assert replay.replayed and replay.event_id == first.event_id
    assert len(events(demo)) == 1


# --------------------------------------------------------------------------
# Typed names, sessions, counters, attendance
# --------------------------------------------------------------------------


def test_search_then_check_in_by_name(badges: dict[int, str], demo: Database) -> None:
    with demo.session() as s:
        person = s.get(Participant, 7)
        assert person is not None
        family = person.family_name_latin or person.family_name
    matches = checkin.search(demo, family, DESK1, MORNING)
    assert 7 in [m.id for m in matches]
    assert not next(m for m in matches if m.id == 7).checked_in
    outcome = checkin.check_in_participant(demo, 7, DESK1, MORNING)
    assert outcome.outcome == "admitted" and events(demo)[-1].scanned_code == ""
    assert next(m for m in checkin.search(demo, family, DESK1, MORNING) if m.id == 7).checked_in
    assert checkin.check_in_participant(demo, 7, DESK2, MORNING).outcome == "already"
    assert checkin.search(demo, "   ") == []


def test_session_check_in_counts_against_room_capacity(badges: dict[int, str], demo: Database) -> None:
    with demo.session() as s:
        session_id, capacity = s.execute(
            select(Session.id, VenueRoom.capacity).join(VenueRoom, Session.venue_room_id == VenueRoom.id)
            .order_by(Session.id).limit(1)
        ).one()
    door = CheckInPoint(place="session", session_id=session_id, desk="Door A")
    checkin.check_in_code(demo, badges[1], DESK1, MORNING)  # at the venue
    for pid in (1, 2):
        assert checkin.check_in_code(demo, badges[pid], door, MORNING).outcome == "admitted"
    assert checkin.check_in_code(demo, badges[1], door, MORNING).outcome == "already"
    numbers = checkin.counters(demo, door, dt.date(2015, 9, 28))
    assert numbers["checked_in"] == 2 and numbers["capacity"] == capacity
    assert numbers["venue_checked_in"] == 1
    venue = checkin.counters(demo, DESK1, dt.date(2015, 9, 28))
    assert venue["checked_in"] == 1
    with demo.session() as s:
        stays = s.execute(select(Participant.status, Participant.arrival_date, Participant.departure_date)).all()
    day = dt.date(2015, 9, 28)
    assert venue["expected"] == sum(
        1 for status, arrival, departure in stays
        if status != ParticipantStatus.CANCELLED and (arrival or day) <= day <= (departure or day)
    )
    rows = checkin.attendance(demo)
    assert [(r["place"], r["admitted"], r["already"]) for r in rows] == [("venue", 1, 0), ("session", 2, 1)]
    assert rows[1]["capacity"] == capacity and rows[1]["session_id"] == session_id
    with pytest.raises(CheckInError):
        checkin.check_in_code(demo, badges[3], CheckInPoint(place="session", session_id=99999), MORNING)
    with pytest.raises(CheckInError):
        CheckInPoint(place="session")


def test_expected_leaves_out_cancelled_people_and_those_not_there_that_day(demo: Database) -> None:
    day = dt.date(2015, 9, 28)
    before = checkin.counters(demo, DESK1, day)["expected"]
    save_participant(demo, {"status": ParticipantStatus.CANCELLED}, participant_id=8)
    save_participant(demo, {"arrival_date": dt.date(2015, 9, 29), "departure_date": dt.date(2015, 10, 1)},
                     participant_id=9)
    assert checkin.counters(demo, DESK1, day)["expected"] == before - 2


def test_sign_ups_can_be_required_at_a_session_door(badges: dict[int, str], demo: Database) -> None:
    from sqlalchemy import delete

    from conference_desk.core.foundation.models import SessionPerson, SignUp

    with demo.session() as s:
        session_id = s.scalar(select(Session.id).order_by(Session.id).limit(1))
        # The demo gives people roles in sessions (and speakers may enter): leave only sign-ups here.
        s.execute(delete(SessionPerson).where(SessionPerson.session_id == session_id))
        s.add(SignUp(session_id=session_id, participant_id=1))
    door = CheckInPoint(place="session", session_id=session_id, require_sign_up=True)
    assert checkin.check_in_code(demo, badges[1], door, MORNING).outcome == "admitted"
    refused = checkin.check_in_code(demo, badges[2], door, MORNING)
    assert (refused.outcome, refused.reason) == ("rejected", "not_in_session")
    assert checkin.counters(demo, door, dt.date(2015, 9, 28))["expected"] == 1


# --------------------------------------------------------------------------
# Walk-ins
# --------------------------------------------------------------------------


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Participant)) or 0,
            s.scalar(select(func.count()).select_from(CheckInEvent)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def test_a_walk_in_is_registered_and_checked_in_in_one_go(demo: Database) -> None:
    values = {"given_name": "Mariana", "family_name": "Ávila Ruiz", "country": "mex", "category": "delegate",
              "email": "mariana.avila@example.mx"}
    participant_id, outcome = checkin.register_walk_in(demo, values, DESK1, Actor("ana", "Desk 1"), MORNING)
    assert outcome.outcome == "admitted" and outcome.participant is not None
    assert outcome.participant.id == participant_id
    assert outcome.participant.delegation == "Mexico" and outcome.participant.category_code == "delegate"
    assert outcome.participant.badge_status == "none"
    with demo.session() as s:
        person = s.get(Participant, participant_id)
        assert person is not None and person.email == "mariana.avila@example.mx"
        assert person.status == ParticipantStatus.CONFIRMED and person.arrival_date == dt.date(2015, 9, 28)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == participant_id)).one()
        assert entry.action == "create" and entry.desk == "Desk 1"
    assert checkin.check_in_participant(demo, participant_id, DESK2, MORNING).outcome == "already"
    # An organisation instead of a country.
    _pid, other = checkin.register_walk_in(
        demo, {"family_name": "Okafor", "organisation": "Lagos Learning Trust", "category": "expert"}, DESK1,
        now=MORNING)
    assert other.outcome == "admitted" and other.participant is not None
    assert other.participant.delegation == "Lagos Learning Trust"


@pytest.mark.parametrize(
    ("values", "fields"),
    [
        ({"given_name": "Ana", "family_name": "", "country": "MEX", "category": "delegate"}, {"family_name"}),
        ({"family_name": "Ruiz", "country": "MEX", "category": "delegate", "email": "ana@"}, {"email"}),
        ({"family_name": "Ruiz", "country": "XXX", "category": "delegate"}, {"country"}),
        ({"family_name": "Ruiz", "category": "delegate"}, {"country"}),
        ({"family_name": "Ruiz", "country": "MEX", "category": "astronaut"}, {"category"}),
        ({"family_name": "Ruiz", "country": "MEX"}, {"category"}),
        ({"family_name": "", "email": "x"}, {"family_name", "email", "country", "category"}),
    ],
)
def test_walk_in_validation_names_each_bad_field_and_writes_nothing(
    demo: Database, values: dict[str, str], fields: set[str]
) -> None:
    before = _counts(demo)
    with pytest.raises(ValidationError) as caught:
        checkin.register_walk_in(demo, values, DESK1, now=MORNING)
    assert {problem.field for problem in caught.value.problems} == fields
    assert _counts(demo) == before


def test_a_walk_in_that_cannot_be_checked_in_leaves_nothing_half_written(demo: Database) -> None:
    before = _counts(demo)
    nowhere = CheckInPoint(place="session", session_id=99999)
    with pytest.raises(CheckInError):
        checkin.register_walk_in(demo, {"family_name": "Ruiz", "country": "MEX", "category": "delegate"},
                                 nowhere, now=MORNING)
    assert _counts(demo) == before


# --------------------------------------------------------------------------
# Tampered codes (the codes module directly: fast)
# --------------------------------------------------------------------------


def test_ten_thousand_random_single_character_tamperings_are_all_rejected() -> None:
    key = codes.CodeVerifier(b"k" * 32, "iclc2015")
    rng = random.Random(2015)
    valid = [key.make(codes.new_serial(), rng.randint(1, 5)) for _ in range(200)]
    assert all(key.check(code)[0] == codes.OUTCOME_OK for code in valid)
    outcomes: dict[str, int] = {}
    for i in range(10_000):
        tampered = tamper(valid[i % len(valid)], rng)
        outcome, _parsed = key.check(tampered)
        assert outcome != codes.OUTCOME_OK, tampered
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert sum(outcomes.values()) == 10_000


def test_tampered_codes_are_rejected_at_the_desk(badges: dict[int, str], demo: Database) -> None:
    rng = random.Random(7)
    for _ in range(60):
        outcome = checkin.check_in_code(demo, tamper(badges[rng.randint(1, 6)], rng), DESK1, MORNING)
        assert outcome.outcome == "rejected" and outcome.reason in ("forged", "malformed", "unreadable")
    assert all(e.outcome.value == "rejected" for e in events(demo))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_no_arbitrary_text_is_ever_a_valid_code(scanned: str) -> None:
    key = codes.CodeVerifier(b"k" * 32, "iclc2015")
    assert key.check(scanned)[0] != codes.OUTCOME_OK


# --------------------------------------------------------------------------
# Codes read back from rendered badges
# --------------------------------------------------------------------------


def test_codes_decoded_from_rendered_badge_pdfs_are_admitted(demo: Database, tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from conference_desk.core.badges.render import rasterise_pdf

    printed = service.print_badges(demo, list(range(1, 11)), tmp_path / "desk.pdf")
    by_code = {code: pid for pid, code in printed.codes.items()}
    decoded: list[str] = []
    for image in rasterise_pdf(printed.path, dpi=200):
        try:
            decoded += [b.text for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode]
        finally:
            image.close()
    assert sorted(decoded) == sorted(printed.codes.values())
    for code in decoded:
        outcome = checkin.check_in_code(demo, code + "\r", DESK1, MORNING)
        assert outcome.outcome == "admitted"
        assert outcome.participant is not None and outcome.participant.id == by_code[code]
    assert checkin.counters(demo, DESK1, dt.date(2015, 9, 28))["checked_in"] == 10
