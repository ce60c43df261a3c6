"""Likely duplicates (the same person typed twice) and merging them with history kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.people.duplicates import (
    PersonRecord,
    find_duplicates,
    match_records,
    merge_participants,
    score_pair,
)
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.models import (
    AuditEntry,
    Badge,
    Category,
    CheckInEvent,
    CheckInOutcome,
    CheckInPlace,
    Delegation,
    DelegationKind,
    MemberState,
    Participant,
    Session,
    SessionPerson,
    SessionRole,
    SignUp,
)


def person(key: object, given: str, family: str, **kw: str) -> PersonRecord:
    return PersonRecord(key=key, given_name=given, family_name=family, **kw)


@pytest.mark.parametrize(
    ("given", "family"),
    [("Jose", "GARCIA"), ("García", "José"), ("josé", "garcía"), ("José", "Garcia"), ("Jsoé", "García")],
)
def test_the_same_person_typed_differently_scores_high(given: str, family: str) -> None:
    score, reasons = score_pair(person(1, "José", "García"), person(2, given, family))
    assert score >= 85, (given, family, score)
    assert reasons


def test_swapped_names_are_named_as_the_reason() -> None:
    assert "swapped_names" in score_pair(person(1, "José", "García"), person(2, "García", "José"))[1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("José", "García", {}), ("Juan", "Pérez", {})),
        (("José", "García", {}), ("Josefina", "Garza", {})),
        (("María", "López", {"gender": "F", "email": "maria@x.mx"}), ("Mario", "López", {"gender": "M", "email": "mario@y.mx"})),
        (("Wei", "Wang", {"delegation": "d1"}), ("Fang", "Wang", {"delegation": "d2"})),
    ],
)
def test_two_different_people_are_not_flagged(a: tuple, b: tuple) -> None:
    score, _ = score_pair(person(1, a[0], a[1], **a[2]), person(2, b[0], b[1], **b[2]))
    assert score < 85, (a, b, score)


def test_same_email_and_delegation_raise_the_score() -> None:
    base, _ = score_pair(person(1, "J.", "García"), person(2, "José", "García"))
    boosted, reasons = score_pair(
        person(1, "J.", "García", email="JG@cdmx.mx", delegation="d1"),
        person(2, "José", "García", email="jg@cdmx.mx", delegation="d1"),
    )
    assert boosted > base and boosted >= 85
    assert {"same_email", "same_delegation"} <= set(reasons)


def test_blocking_finds_pairs_without_comparing_everyone(monkeypatch: pytest.MonkeyPatch) -> None:
    """20,003 people: the duplicates are found while only a sliver of the 200 million pairs is scored
    (speed itself is measured in benchmarks/, not here)."""
    from conference_desk.core.people import duplicates

    records = [person(i, f"Given{i % 700}", f"Family{i}") for i in range(20_000)]
    records += [person("dup", "José", "García"), person("dup2", "Jose", "GARCIA"), person("dup3", "García", "José")]
    scored = 0
    real_score = duplicates._score

    def counting(a, b):  # type: ignore[no-untyped-def]
        nonlocal scored
        scored += 1
        return real_score(a, b)

    monkeypatch.setattr(duplicates, "_score", counting)
    found = match_records(records, threshold=85)
    pairs = {frozenset((a.key, b.key)) for a, b, _s, _r in found}
    assert {frozenset(("dup", "dup2")), frozenset(("dup", "dup3")), frozenset(("dup2", "dup3"))} <= pairs
    everyone = len(records) * (len(records) - 1) // 2
    assert 3 <= scored < everyone // 100, (scored, everyone)


# --------------------------------------------------------------------------
# In the database
# --------------------------------------------------------------------------


def _add(session, given: str, family: str, **kw) -> Participant:  # type: ignore[no-untyped-def]
    category = session.scalars(select(Category).where(Category.code == "delegate")).one()
    p = Participant(given_name=given, family_name=family, category_id=category.id, **kw)
    session.add(p)
    session.flush()
    return p


def test_find_duplicates_in_the_database(db: Database) -> None:
    with db.session() as session:
        mex = session.scalars(select(MemberState).where(MemberState.iso3 == "MEX")).one()
        delegation = Delegation(kind=DelegationKind.MEMBER_STATE, member_state_id=mex.id)
        session.add(delegation)
        session.flush()
        a = _add(session, "José", "García", delegation_id=delegation.id).id
        b = _add(session, "Jose", "GARCIA", delegation_id=delegation.id, email="jg@cdmx.mx").id
        c = _add(session, "García", "José").id
        _add(session, "Ana", "Ortega")
        _add(session, "Pierre", "Lefèvre")
    pairs = find_duplicates(db, threshold=85)
    found = {(p.a_id, p.b_id) for p in pairs}
    assert found == {(a, b), (a, c), (b, c)}
    best = pairs[0]
    assert best.score == 100 and best.a_name and "Mexico" in (best.a_details + best.b_details)


def test_merge_fills_moves_deletes_and_keeps_history(db: Database) -> None:
    with db.session() as session:
        keep = _add(session, "José", "García", city="")
        drop = _add(session, "Jose", "GARCIA", city="Ciudad de México", email="jg@cdmx.mx", external_id="R-9",
                    phone="+52 55 1234 5678")
        keep_id, drop_id = keep.id, drop.id
        forum = session.scalars(select(Session).order_by(Session.id)).first()
        session.add(Badge(participant_id=keep_id, version=1, code="KEEPV1"))
        session.add(Badge(participant_id=drop_id, version=1, code="DROPV1"))
        session.add(CheckInEvent(participant_id=drop_id, place=CheckInPlace.VENUE, day=dt.date(2015, 9, 28),
                                 nonce="n1", outcome=CheckInOutcome.ADMITTED))
        session.add(SessionPerson(session_id=forum.id, participant_id=drop_id, role=SessionRole.SPEAKER))
        session.add(SignUp(session_id=forum.id, participant_id=drop_id))
        session.add(SignUp(session_id=forum.id, participant_id=keep_id))
        mex = session.scalars(select(MemberState).where(MemberState.iso3 == "MEX")).one()
        session.add(Delegation(kind=DelegationKind.MEMBER_STATE, member_state_id=mex.id, head_id=drop_id))
    result = merge_participants(db, keep_id, drop_id, Actor(operator="clerk", desk="desk 1"))
    assert set(result.filled) >= {"city", "email", "external_id", "phone"}
    with db.session() as session:
        assert session.get(Participant, drop_id) is None
        kept = session.get(Participant, keep_id)
        assert (kept.city, kept.email, kept.external_id) == ("Ciudad de México", "jg@cdmx.mx", "R-9")
        assert kept.given_name == "José"  # the kept record's own values win
        assert sorted((b.code, b.version) for b in kept.badges) == [("DROPV1", 2), ("KEEPV1", 1)]
        checkins = list(session.scalars(select(CheckInEvent)))
        assert [c.participant_id for c in checkins] == [keep_id]
        assert [p.participant_id for p in session.scalars(select(SessionPerson))] == [keep_id]
        assert [s.participant_id for s in session.scalars(select(SignUp))] == [keep_id]
        assert session.scalars(select(Delegation.head_id)).one() == keep_id
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
    history = json.loads(entry.changes)
    assert entry.operator == "clerk" and entry.entity_id == keep_id
    assert history["dropped"]["family_name"] == "GARCIA" and history["dropped"]["id"] == drop_id
    assert history["moved"]["checkins"] == 1


def test_merge_refuses_the_same_or_a_missing_participant(db: Database) -> None:
    with db.session() as session:
        pid = _add(session, "Ana", "Ortega").id
    with pytest.raises(ConferenceDeskError):
        merge_participants(db, pid, pid)
    with pytest.raises(ConferenceDeskError, match="no longer exists"):
        merge_participants(db, pid, pid + 100)
