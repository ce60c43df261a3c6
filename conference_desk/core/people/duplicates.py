"""Likely duplicate participants, and merging two records of one person.

The same person typed twice differs by accents, case, swapped given and family
names or a small typo ("José García", "Jose GARCIA", "García José").  Names are
compared on their folded form with rapidfuzz (token sort and token set
ratios), then the score (0–100) is raised by a shared e-mail, delegation or
city and lowered by different e-mails, delegations or genders.

Candidates are found by *blocking*, never by comparing everyone with everyone:
each record gets a few keys (its e-mail; every name word paired with the
initial of another name word), and only records sharing a key are compared.
A large block (a very common surname) is compared within a sliding window of
its sorted names.  100,000 participants take seconds, not hours.

``merge_participants`` keeps one record, fills its empty fields from the
other, moves badges, check-ins, session roles, sign-ups and delegation-head
references to it, deletes the other and records its full values in the audit
log, all in one transaction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import delete, func, select, update

from ..foundation import audit
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.models import (
    Badge,
    CheckInEvent,
    Delegation,
    Gender,
    MemberState,
    Participant,
    SessionPerson,
    SignUp,
)
from .registration import PARTICIPANT_FIELDS, participant_values
from ..foundation.text import fold

DEFAULT_THRESHOLD = 85
# Blocks larger than this are compared within a sliding window of sorted names.
MAX_BLOCK = 60
WINDOW = 12

# Reason codes (the UI and CLI show them; the UI translates them).
SAME_NAME = "same_name"
SWAPPED_NAMES = "swapped_names"
SIMILAR_NAME = "similar_name"
SAME_EMAIL = "same_email"
SAME_DELEGATION = "same_delegation"
SAME_CITY = "same_city"

_NON_WORD = re.compile(r"[^a-z0-9]+")

Progress = Callable[[int, int], "bool | None"]


@dataclass(frozen=True)
class PersonRecord:
    """What duplicate detection looks at for one person (a participant or an imported row)."""

    key: Hashable
    given_name: str
    family_name: str
    email: str = ""
    delegation: str = ""  # any stable key of the delegation ("" = none)
    city: str = ""
    gender: str = ""  # "F", "M" or "" when not known


@dataclass
class _Prepared:
    record: PersonRecord
    words: list[str]  # folded name words, given then family
    name: str  # words joined
    sorted_name: str
    email: str
    city: str


def _prepare(record: PersonRecord) -> _Prepared:
    words = _NON_WORD.sub(" ", fold(f"{record.given_name} {record.family_name}")).split()
    return _Prepared(
        record=record,
        words=words,
        name=" ".join(words),
        sorted_name=" ".join(sorted(words)),
        email=record.email.strip().lower(),
        city=fold(record.city),
    )


def _block_keys(p: _Prepared) -> set[str]:
    keys: set[str] = set()
    if p.email:
        keys.add("e:" + p.email)
    long_words = [w for w in p.words if len(w) >= 2]
    if len(p.words) == 1 and long_words:
        keys.add("s:" + long_words[0])
    for word in long_words:
        for other in p.words:
            if other is not word:
                keys.add(f"p:{word}|{other[0]}")
    return keys


def _score(a: _Prepared, b: _Prepared) -> tuple[int, tuple[str, ...]]:
    if not a.name or not b.name:
        return 0, ()
    reasons: list[str] = []
    sort_ratio = fuzz.token_sort_ratio(a.name, b.name)
    set_ratio = fuzz.token_set_ratio(a.name, b.name)
    # A name contained in a longer one ("José García" / "José María García") is
    # likely the same person; a single word contained in a name much less so.
    subset_penalty = 8 if min(len(a.words), len(b.words)) >= 2 else 20
    score = max(sort_ratio, set_ratio - subset_penalty)
    if a.name == b.name:
        reasons.append(SAME_NAME)
    elif a.sorted_name == b.sorted_name:
        reasons.append(SWAPPED_NAMES)
    elif score >= 60:
        reasons.append(SIMILAR_NAME)
    if a.email and b.email:
        if a.email == b.email:
            score += 25
            reasons.append(SAME_EMAIL)
        else:
            score -= 8
    ra, rb = a.record, b.record
    if ra.delegation and rb.delegation:
        if ra.delegation == rb.delegation:
            score += 5
            reasons.append(SAME_DELEGATION)
        else:
            score -= 10
    if a.city and a.city == b.city:
        score += 3
        reasons.append(SAME_CITY)
    if ra.gender in ("F", "M") and rb.gender in ("F", "M") and ra.gender != rb.gender:
        score -= 15
    return max(0, min(100, round(score))), tuple(reasons)


def score_pair(a: PersonRecord, b: PersonRecord) -> tuple[int, tuple[str, ...]]:
    """How likely (0–100) two records are the same person, and why."""
    return _score(_prepare(a), _prepare(b))


def match_records(
    records: Sequence[PersonRecord],
    threshold: int = DEFAULT_THRESHOLD,
    is_new: Callable[[PersonRecord], bool] | None = None,
    progress: Progress | None = None,
) -> list[tuple[PersonRecord, PersonRecord, int, tuple[str, ...]]]:
    """Pairs of records scoring at least ``threshold``, best first.

    With ``is_new``, only pairs involving at least one "new" record are
    considered (an import compares its rows with each other and with the
    participants already registered, not the registered ones among themselves).
    """
    prepared = [_prepare(r) for r in records]
    new_flags = [True] * len(prepared) if is_new is None else [bool(is_new(r)) for r in records]
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, p in enumerate(prepared):
        for key in _block_keys(p):
            blocks[key].append(index)
    seen: set[tuple[int, int]] = set()
    found: list[tuple[PersonRecord, PersonRecord, int, tuple[str, ...]]] = []
    total = len(blocks)

    def consider(i: int, j: int) -> None:
        if i == j:
            return
        pair = (i, j) if i < j else (j, i)
        if pair in seen or not (new_flags[i] or new_flags[j]):
            return
        seen.add(pair)
        score, reasons = _score(prepared[pair[0]], prepared[pair[1]])
        if score >= threshold:
            found.append((prepared[pair[0]].record, prepared[pair[1]].record, score, reasons))

    for done, members in enumerate(blocks.values(), start=1):
        if progress is not None and done % 2000 == 0 and progress(done, total) is False:
            raise DuplicateSearchCancelled("Duplicate search cancelled.")
        if len(members) < 2 or not any(new_flags[m] for m in members):
            continue
        if len(members) <= MAX_BLOCK:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    consider(members[x], members[y])
        else:
            ordered = sorted(members, key=lambda m: prepared[m].sorted_name)
            for x in range(len(ordered)):
                for y in range(x + 1, min(x + 1 + WINDOW, len(ordered))):
                    consider(ordered[x], ordered[y])
    found.sort(key=lambda f: (-f[2], str(f[0].key), str(f[1].key)))
    return found


class DuplicateSearchCancelled(ConferenceDeskError):
    """The user cancelled the duplicate search."""


# --------------------------------------------------------------------------
# Duplicates among registered participants
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicatePair:
    a_id: int
    b_id: int
    score: int
    reasons: tuple[str, ...]
    a_name: str = ""
    b_name: str = ""
    a_details: str = ""  # delegation · e-mail · city, for people to tell them apart
    b_details: str = ""


def _gender_code(value: Any) -> str:
    code = value.value if isinstance(value, Gender) else str(value or "")
    return code if code in ("F", "M") else ""


def existing_records(session: Any) -> tuple[list[PersonRecord], dict[int, tuple[str, str]]]:
    """Every participant as a PersonRecord, and (name, details) by id for display."""
    delegation_names: dict[int, str] = {}
    for delegation_id, org_name, state_name in session.execute(
        select(Delegation.id, Delegation.organisation_name, MemberState.name_en).outerjoin(
            MemberState, Delegation.member_state_id == MemberState.id
        )
    ):
        delegation_names[delegation_id] = state_name or org_name or ""
    records: list[PersonRecord] = []
    display: dict[int, tuple[str, str]] = {}
    for row in session.execute(
        select(
            Participant.id, Participant.given_name, Participant.family_name,
            Participant.given_name_latin, Participant.family_name_latin, Participant.email,
            Participant.delegation_id, Participant.city, Participant.gender,
        )
    ):
        records.append(
            PersonRecord(
                key=row.id,
                given_name=row.given_name_latin or row.given_name,
                family_name=row.family_name_latin or row.family_name,
                email=row.email or "",
                delegation=f"d{row.delegation_id}" if row.delegation_id is not None else "",
                city=row.city or "",
                gender=_gender_code(row.gender),
            )
        )
        name = " ".join(p for p in (row.given_name, row.family_name) if p)
        details = " · ".join(
            p for p in (delegation_names.get(row.delegation_id or -1, ""), row.email, row.city) if p
        )
        display[row.id] = (name, details)
    return records, display


def find_duplicates(
    db: Database, threshold: int = DEFAULT_THRESHOLD, progress: Progress | None = None
) -> list[DuplicatePair]:
    """Likely duplicate pairs among all participants, best first."""
    with db.session() as session:
        records, display = existing_records(session)
    pairs = []
    for a, b, score, reasons in match_records(records, threshold, progress=progress):
        a_id, b_id = sorted((int(a.key), int(b.key)))  # type: ignore[call-overload]
        pairs.append(
            DuplicatePair(
                a_id=a_id, b_id=b_id, score=score, reasons=reasons,
                a_name=display[a_id][0], b_name=display[b_id][0],
                a_details=display[a_id][1], b_details=display[b_id][1],
            )
        )
    return pairs


# --------------------------------------------------------------------------
# Merging
# --------------------------------------------------------------------------


@dataclass
class MergeResult:
    keep_id: int
    drop_id: int
    filled: list[str] = field(default_factory=list)
    moved: dict[str, int] = field(default_factory=dict)


def _is_empty(name: str, value: Any) -> bool:
    if value is None or value == "":
        return True
    if name == "gender":
        return value == Gender.UNSPECIFIED
    return False


# Fields merged when empty on the kept record (booleans and status are the kept one's own).
_FILLABLE = tuple(
    name for name, kind in PARTICIPANT_FIELDS.items() if kind not in ("bool", "status", "language")
)


def merge_participants(
    db: Database, keep_id: int, drop_id: int, actor: audit.Actor | None = None
) -> MergeResult:
    """Merge participant ``drop_id`` into ``keep_id`` (one transaction, audited)."""
    if keep_id == drop_id:
        raise ConferenceDeskError("Choose two different participants to merge.")
    actor = actor or audit.Actor()
    from ..foundation.backups import auto_backup

    auto_backup(db, "merge")  # removes a record: keep the conference as it was
    with db.session() as session:
        keep = session.get(Participant, keep_id)
        drop = session.get(Participant, drop_id)
        for pid, person in ((keep_id, keep), (drop_id, drop)):
            if person is None:
                raise ConferenceDeskError(f"Participant {pid} no longer exists.")
        assert keep is not None and drop is not None
        dropped = participant_values(drop)
        from .sensitive import mask_changes, mask_values
        result = MergeResult(keep_id=keep_id, drop_id=drop_id)
        filled: dict[str, list[Any]] = {}
        for name in _FILLABLE:
            mine, theirs = getattr(keep, name), getattr(drop, name)
            if _is_empty(name, mine) and not _is_empty(name, theirs):
                filled[name] = [mine, theirs]
        if "external_id" in filled:  # unique: free it on the dropped record first
            drop.external_id = None
            session.flush()
        for name, (_before, after) in filled.items():
            setattr(keep, name, after)
        result.filled = sorted(filled)

        # Badges keep their codes (a printed badge still scans) with new version numbers.
        top = session.scalar(select(func.max(Badge.version)).where(Badge.participant_id == keep_id)) or 0
        moved_badges = list(
            session.scalars(select(Badge).where(Badge.participant_id == drop_id).order_by(Badge.version))
        )
        for offset, badge in enumerate(moved_badges, start=1):
            badge.participant_id = keep_id
            badge.version = top + offset
        result.moved["badges"] = len(moved_badges)

        result.moved["checkins"] = session.execute(
            update(CheckInEvent).where(CheckInEvent.participant_id == drop_id).values(participant_id=keep_id)
        ).rowcount or 0

        kept_roles = {
            (session_id, role)
            for session_id, role in session.execute(
                select(SessionPerson.session_id, SessionPerson.role).where(SessionPerson.participant_id == keep_id)
            )
        }
        roles = 0
        for person in list(session.scalars(select(SessionPerson).where(SessionPerson.participant_id == drop_id))):
            if (person.session_id, person.role) in kept_roles:
                session.delete(person)
            else:
                person.participant_id = keep_id
                roles += 1
        result.moved["session_roles"] = roles

        kept_sessions = set(
            session.scalars(select(SignUp.session_id).where(SignUp.participant_id == keep_id))
        )
        signups = 0
        for sign_up in list(session.scalars(select(SignUp).where(SignUp.participant_id == drop_id))):
            if sign_up.session_id in kept_sessions:
                session.delete(sign_up)
            else:
                sign_up.participant_id = keep_id
                signups += 1
        result.moved["sign_ups"] = signups

        result.moved["delegation_heads"] = session.execute(
            update(Delegation).where(Delegation.head_id == drop_id).values(head_id=keep_id)
        ).rowcount or 0
        session.flush()
        session.expire(drop)
        session.execute(delete(Participant).where(Participant.id == drop_id))
        audit.record(
            session, actor, "merge", "participant", keep_id,
            summary=f"Merged {dropped['given_name']} {dropped['family_name']} (#{drop_id}) into "
            f"{keep.full_name} (#{keep_id})",
            changes={"dropped": mask_values(dropped), "filled": mask_changes(filled), "moved": result.moved},
        )
        return result
