"""Every database limit is a field error, and names refuse text-direction tricks (issue 22, items 4-5)."""

from __future__ import annotations

import pytest

from conference_desk.core.checkin import service as checkin
from conference_desk.core.checkin.decisions import CheckInError, CheckInPoint
from conference_desk.core.foundation.db import Database
from conference_desk.core.people.registration import ValidationError, validate_participant
from conference_desk.core.foundation.text import bidi_problem

LONG = "A" * 80  # within the 120 of a name; two of them overflow the 160 of a badge name


def walk_in(db: Database, **values: str) -> tuple[int, checkin.CheckInOutcome]:
    form = {"given_name": "Ana", "family_name": "Ruiz", "country": "MEX", "category": "delegate", **values}
    return checkin.register_walk_in(db, form, CheckInPoint(desk="Desk 1", operator="ana"))


def test_a_walk_in_whose_badge_name_would_overflow_is_told_so(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        walk_in(db, given_name=LONG, family_name=LONG)
    problems = {p.field: p.message for p in caught.value.problems}
    assert set(problems) == {"badge_name"}
    assert problems["badge_name"] == ("The name on the badge (given and family names) would be 161 characters, "
                                      "more than 160: give a shorter badge name or shorter names.")
    pid, outcome = walk_in(db, given_name=LONG, family_name=LONG[:79])  # 160 exactly fits
    assert outcome.outcome == "admitted"


def test_desk_and_operator_names_are_checked_on_every_path(db: Database) -> None:
    with pytest.raises(CheckInError, match=r"The desk name is too long \(41 characters; at most 40\)"):
        CheckInPoint(desk="D" * 41)
    with pytest.raises(CheckInError, match=r"The operator name is too long \(81 characters; at most 80\)"):
        CheckInPoint(operator="O" * 81)
    with pytest.raises(CheckInError, match="control characters"):
        CheckInPoint(desk="Desk\u202e1")
    assert CheckInPoint(desk="D" * 40, operator="O" * 80).desk == "D" * 40


@pytest.mark.parametrize("name, problem", [
    ("Ali\u202egnp.exe", "U+202E"),  # right-to-left override
    ("Ali\u202dx", "U+202D"),  # left-to-right override
    ("\u202bعلي", "U+202B"),  # an embedding, even with its pop
    ("x\u2067علي", "U+2067"),  # an isolate left open
    ("x\u2069", "U+2069"),  # a closer with no opener
])
def test_names_refuse_overrides_and_unbalanced_direction_controls(name: str, problem: str) -> None:
    assert bidi_problem(name) == problem
    problems = validate_participant({"given_name": name, "family_name": "Ruiz"})
    assert [(p.field, p.message) for p in problems] == [
        ("given_name", f"Contains a text-direction control ({problem}) that can make it read as something else: "
                       "remove it.")]


def test_balanced_isolates_and_marks_stay(db: Database) -> None:
    for name in ("\u2067علي\u2069 Hassan", "Ana\u200f", "\u2068Nǐ\u2069"):
        assert bidi_problem(name) == ""
        assert validate_participant({"given_name": name, "family_name": "Ruiz"}) == []
    with pytest.raises(ValidationError) as caught:
        walk_in(db, family_name="Ruiz\u202e")
    assert [p.field for p in caught.value.problems] == ["family_name"]
