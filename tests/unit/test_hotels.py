"""Hotel allocation (core/hotels/service.py): small hand-made cases with known optimal answers,
capacity on generated cases, stability, atomic apply, overrides, occupancy, rooming lists."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conference_desk.core.hotels import allocation
from conference_desk.core.hotels import service as hotels
from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.foundation.models import (
    AuditEntry,
    Category,
    Delegation,
    DelegationKind,
    Hotel,
    Participant,
    ParticipantStatus,
    RoomAssignment,
    RoomBlock,
    RoomType,
)
from conference_desk.core.foundation.setup_data import initialise

N1 = dt.date(2015, 9, 27)
DAY = dt.timedelta(days=1)
ACTOR = Actor(operator="test", desk="t1")


class Conf:
    """A tiny conference built by hand: hotels with blocks, delegations, guests."""

    def __init__(self, db: Database) -> None:
        self.db = db
        initialise(db, "empty")
        with db.session() as s:
            self.cat = {c.code: c.id for c in s.scalars(select(Category))}
        self.hotel: dict[str, int] = {}
        self.type: dict[tuple[str, str], int] = {}
        self.delegation: dict[str, int] = {}

    def add_hotel(self, name: str, types: dict[str, tuple[int, list[int]]], attrition: int = 0,
                  accessible: tuple[str, ...] = ("accessible",)) -> int:
        """types: code -> (capacity, rooms per night from N1)."""
        with self.db.session() as s:
            h = Hotel(name=name, attrition_percent=attrition, cutoff_date=N1 - 30 * DAY)
            s.add(h)
            s.flush()
            for code, (capacity, rooms) in types.items():
                rt = RoomType(hotel_id=h.id, code=code, name=code.title(), capacity=capacity,
                              accessible=code in accessible)
                s.add(rt)
                s.flush()
                for i, count in enumerate(rooms):
                    s.add(RoomBlock(room_type_id=rt.id, night=N1 + i * DAY, rooms=count))
                self.type[(name, code)] = rt.id
            self.hotel[name] = h.id
            return h.id

    def add_guest(self, family: str, delegation: str | None = None, nights: tuple[int, int] = (0, 2),
                  category: str = "delegate", prefer: str | None = None, room: str = "single",
                  sharer: str = "", access: str = "", given: str = "Alex", **extra: object) -> int:
        with self.db.session() as s:
            d_id = None
            if delegation is not None:
                d_id = self.delegation.get(delegation)
                if d_id is None:
                    d = Delegation(kind=DelegationKind.NGO, organisation_name=delegation)
                    s.add(d)
                    s.flush()
                    d_id = self.delegation[delegation] = d.id
            p = Participant(
                family_name=family, given_name=given, category_id=self.cat[category], delegation_id=d_id,
                needs_hotel=True, arrival_date=N1 + nights[0] * DAY, departure_date=N1 + nights[1] * DAY,
                preferred_hotel_id=self.hotel[prefer] if prefer else None, room_type_request=room,
                sharer_note=sharer, accessibility_needs=access, status=ParticipantStatus.CONFIRMED, **extra,
            )
            s.add(p)
            s.flush()
            return p.id

    def assignments(self) -> dict[int, RoomAssignment]:
        with self.db.session() as s:
            rows = {a.participant_id: a for a in s.scalars(select(RoomAssignment))}
            s.expunge_all()
            return rows

    def hotel_of(self, pid: int) -> str:
        row = self.assignments()[pid]
        return next(name for name, hid in self.hotel.items() if hid == row.hotel_id)


@pytest.fixture
def conf(empty_db: Database) -> Conf:
    return Conf(empty_db)


def allocate_apply(conf: Conf, **kwargs: object) -> hotels.AllocationPlan:
    plan = hotels.allocate(conf.db, time_limit=10, **kwargs)  # type: ignore[arg-type]
    hotels.apply_allocation(conf.db, plan, ACTOR)
    return plan


def assert_within_blocks(db: Database) -> None:
    grid = hotels.occupancy(db)
    assert grid.over == []
    for h in grid.hotels:
        for t in h.room_types:
            for c in t.cells:
                assert c.allocated <= c.block, (h.name, t.code, c.night)


def assert_labels_never_double_booked(db: Database) -> None:
    with db.session() as s:
        rows = s.scalars(select(RoomAssignment)).all()
        per_label: dict[tuple[int, str], list[RoomAssignment]] = defaultdict(list)
        for a in rows:
            assert a.room_label
            per_label[(a.room_type_id, a.room_label)].append(a)
        for (_t, label), stays in per_label.items():
            groups = {a.share_group for a in stays}
            nights: Counter[dt.date] = Counter()
            for group in groups:
                members = [a for a in stays if a.share_group == group]
                if group is None:
                    for a in members:
                        for i in range((a.departure - a.arrival).days):
                            nights[a.arrival + i * DAY] += 1
                else:
                    span = {a.arrival + i * DAY for a in members for i in range((a.departure - a.arrival).days)}
                    for n in span:
                        nights[n] += 1
            assert max(nights.values()) == 1, label
            capacity = s.get(RoomType, stays[0].room_type_id).capacity
            for group in groups - {None}:
                assert sum(1 for a in stays if a.share_group == group) <= capacity


# --------------------------------------------------------------------------
# Hand-made cases
# --------------------------------------------------------------------------


def test_delegation_split_when_one_hotel_lacks_rooms_and_the_reason_is_given(conf: Conf) -> None:
    conf.add_hotel("Hilton Reforma", {"single": (1, [3, 3])})
    conf.add_hotel("Fiesta Americana", {"single": (1, [3, 3])})
    big = [conf.add_guest(f"Big{i}", "Bigland", prefer="Hilton Reforma") for i in range(4)]
    small = [conf.add_guest(f"Small{i}", "Smallland", prefer="Hilton Reforma") for i in range(2)]
    plan = allocate_apply(conf)
    assert plan.optimal and plan.placed == 6 and plan.unplaced == []
    # 4 guests, 3 rooms per hotel: Bigland must split, Smallland stays together.
    assert [s.delegation for s in plan.split_delegations] == ["Bigland"]
    split = plan.split_delegations[0]
    assert sorted(split.hotels.values()) == [1, 3]
    assert split.reason.startswith("not enough rooms in one hotel")
    assert "Hilton Reforma" in split.reason and "Fiesta Americana" in split.reason
    assert len({conf.hotel_of(p) for p in small}) == 1
    assert len({conf.hotel_of(p) for p in big}) == 2
    assert plan.objective_terms["split"] == hotels.DEFAULT_WEIGHTS.split


def test_sharer_pair_gets_one_room(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [5, 5]), "twin": (2, [1, 1])})
    a = conf.add_guest("Pérez", "Chile", given="Ana", room="twin", sharer="Sharing with Beatriz Soto")
    b = conf.add_guest("Soto", "Chile", given="Beatriz", room="twin", sharer="")
    c = conf.add_guest("Lone", "Chile", given="Carl", room="single")
    plan = allocate_apply(conf)
    assert plan.optimal and plan.sharer_issues == []
    rows = conf.assignments()
    assert rows[a].room_label == rows[b].room_label != rows[c].room_label
    assert rows[a].share_group == rows[b].share_group is not None
    assert rows[a].room_type_id == conf.type[("Hilton", "twin")]
    assert_within_blocks(conf.db)  # the pair uses the single twin room


def test_unresolved_sharer_is_reported_and_the_guest_placed_alone(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [5, 5]), "twin": (2, [2, 2])})
    a = conf.add_guest("Pérez", "Chile", given="Ana", room="twin", sharer="Sharing with Nobody Known")
    plan = allocate_apply(conf)
    assert plan.placed == 1 and len(plan.sharer_issues) == 1
    assert "Ana Pérez" in plan.sharer_issues[0] and "placed alone" in plan.sharer_issues[0]
    assert conf.assignments()[a].share_group is None


def test_locked_guest_stays_put(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3])})
    conf.add_hotel("Fiesta", {"single": (1, [3, 3])})
    locked = conf.add_guest("Locked", "Peru", prefer="Hilton")
    allocate_apply(conf)
    hotels.move_guest(conf.db, locked, conf.hotel["Fiesta"], conf.type[("Fiesta", "single")], lock=True,
                      actor=ACTOR)
    others = [conf.add_guest(f"Other{i}", "Peru", prefer="Hilton") for i in range(2)]
    plan = allocate_apply(conf)
    assert conf.hotel_of(locked) == "Fiesta" and conf.assignments()[locked].locked
    assert all(conf.hotel_of(p) == "Fiesta" for p in others)  # together with the locked colleague
    assert plan.split_delegations == []
    # Without locks: still together, and the lock flag is kept only where nothing moves.
    plan = hotels.allocate(conf.db, keep_locks=False, time_limit=10)
    assert plan.split_delegations == [] and plan.unplaced == []


def shared_by_hand(conf: Conf, lock: bool) -> tuple[int, int]:
    """Two guests without sharer notes (different delegations), first in single rooms, then put together
    by hand into the only twin room (``share_room``), locked or not."""
    conf.add_hotel("Hilton", {"single": (1, [5, 5]), "twin": (2, [1, 1])})
    a = conf.add_guest("Uno", "Chile", given="Ana")
    b = conf.add_guest("Dos", "Peru", given="Bea")
    allocate_apply(conf)
    assert conf.assignments()[a].room_type_id == conf.type[("Hilton", "single")]
    hotels.move_guest(conf.db, a, conf.hotel["Hilton"], conf.type[("Hilton", "twin")], lock=lock, actor=ACTOR)
    hotels.share_room(conf.db, b, a, ACTOR, lock=lock)
    return a, b


def assert_one_room(conf: Conf, a: int, b: int) -> None:
    rows = conf.assignments()
    twin = conf.type[("Hilton", "twin")]
    assert rows[a].room_type_id == rows[b].room_type_id == twin
    assert rows[a].room_label == rows[b].room_label
    assert rows[a].share_group == rows[b].share_group == rows[a].room_label
    grid = hotels.occupancy(conf.db)
    cells = next(t for t in grid.hotels[0].room_types if t.room_type_id == twin).cells
    assert [c.allocated for c in cells] == [1, 1]  # one room of the twin block, not two
    assert [n.used for n in grid.hotels[0].nights] == [1, 1]
    assert_within_blocks(conf.db)
    assert_labels_never_double_booked(conf.db)


@pytest.mark.parametrize("lock", [False, True])
def test_a_rerun_keeps_a_room_shared_by_hand(conf: Conf, lock: bool) -> None:
    a, b = shared_by_hand(conf, lock)
    assert_one_room(conf, a, b)
    for keep_locks in (True, False):
        plan = hotels.allocate(conf.db, keep_locks=keep_locks, time_limit=10)
        assert plan.unplaced == [] and plan.sharer_issues == [] and plan.notes == []
        stays = {st.participant_id: st for st in plan.stays}
        assert stays[a].room_label == stays[b].room_label == stays[a].share_group
        assert stays[a].room_type_id == conf.type[("Hilton", "twin")]
        assert plan.changes == []  # nothing to undo
    allocate_apply(conf, keep_locks=True)
    assert_one_room(conf, a, b)
    allocate_apply(conf, keep_locks=False)
    assert_one_room(conf, a, b)


def test_a_room_shared_by_hand_joins_the_sharers_a_note_names(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [5, 5]), "suite": (3, [1, 1])})
    a = conf.add_guest("Uno", "Chile", given="Ana")
    b = conf.add_guest("Dos", "Peru", given="Bea")
    c = conf.add_guest("Tres", "Chile", given="Cleo", sharer="with Ana Uno")
    hotels.move_guest(conf.db, a, conf.hotel["Hilton"], conf.type[("Hilton", "suite")], lock=False, actor=ACTOR)
    hotels.share_room(conf.db, b, a, ACTOR, lock=False)
    plan = allocate_apply(conf)
    assert plan.sharer_issues == []
    rows = conf.assignments()
    assert rows[a].room_label == rows[b].room_label == rows[c].room_label
    assert {rows[p].share_group for p in (a, b, c)} == {rows[a].room_label}
    assert hotels.occupancy(conf.db).hotels[0].nights[0].used == 1


def test_a_room_label_used_again_on_other_nights_is_not_a_shared_room(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [1, 1]), "twin": (2, [1, 1])})
    first = conf.add_guest("Early", None, given="Ana", nights=(0, 1))
    second = conf.add_guest("Late", None, given="Bea", nights=(1, 2))
    allocate_apply(conf)
    rows = conf.assignments()
    assert rows[first].room_label == rows[second].room_label  # one single room, one guest a night
    plan = hotels.allocate(conf.db, time_limit=10)
    assert plan.changes == [] and plan.sharer_issues == []
    assert all(st.share_group is None for st in plan.stays)


def test_accessibility_guest_only_in_an_accessible_room(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [5, 5])}, accessible=())
    conf.add_hotel("Fiesta", {"single": (1, [5, 5]), "accessible": (2, [1, 1])})
    wheel = conf.add_guest("Wheel", None, prefer="Hilton", access="Wheelchair user")
    plain = conf.add_guest("Plain", None, prefer="Hilton")
    plan = allocate_apply(conf)
    assert plan.optimal and plan.unplaced == []
    rows = conf.assignments()
    assert rows[wheel].room_type_id == conf.type[("Fiesta", "accessible")]
    assert conf.hotel_of(plain) == "Hilton"


def test_accessibility_guest_with_no_accessible_room_is_unplaced_with_the_reason(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [5, 5])}, accessible=())
    wheel = conf.add_guest("Wheel", None, access="Wheelchair user")
    plan = hotels.allocate(conf.db, time_limit=5)
    assert [(u.participant_id, u.code) for u in plan.unplaced] == [(wheel, "accessibility")]
    assert plan.unplaced[0].reason.startswith("not allowed: needs an accessible room")


def test_head_of_delegation_gets_the_preferred_hotel_when_rooms_are_scarce(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [1, 1])})
    conf.add_hotel("Fiesta", {"single": (1, [5, 5])})
    delegate = conf.add_guest("Aaron", None, prefer="Hilton", category="delegate")
    head = conf.add_guest("Zed", None, prefer="Hilton", category="head")
    plan = allocate_apply(conf)
    assert plan.optimal
    assert conf.hotel_of(head) == "Hilton" and conf.hotel_of(delegate) == "Fiesta"


def test_protocol_first_when_there_are_not_enough_rooms(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [1, 1])})
    delegate = conf.add_guest("Aaron", None, category="delegate")
    mayor = conf.add_guest("Zed", None, category="mayor")
    plan = allocate_apply(conf)
    assert [u.participant_id for u in plan.unplaced] == [delegate]
    assert plan.unplaced[0].code == "exhausted" and "2015-09-27" in plan.unplaced[0].reason
    assert conf.hotel_of(mayor) == "Hilton"


def test_unplaced_reasons_no_block_and_no_nights(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [2, 0, 2])})
    gap = conf.add_guest("Gap", None, nights=(0, 3))
    outside = conf.add_guest("Outside", None, nights=(5, 7))
    plan = hotels.allocate(conf.db, time_limit=5)
    reasons = {u.participant_id: (u.code, u.reason) for u in plan.unplaced}
    assert reasons[gap][0] == "no_block" and "2015-09-28" in reasons[gap][1]
    assert reasons[outside][0] == "no_nights"


def test_room_type_request_is_honoured_when_possible(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3]), "suite": (2, [1, 1])})
    suite = conf.add_guest("Boss", None, room="suite", category="head")
    single = conf.add_guest("Staff", None, room="single")
    allocate_apply(conf)
    rows = conf.assignments()
    assert rows[suite].room_type_id == conf.type[("Hilton", "suite")]
    assert rows[single].room_type_id == conf.type[("Hilton", "single")]


def test_attrition_balance_fills_the_hotel_below_its_threshold(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [4, 4])}, attrition=50)
    conf.add_hotel("Fiesta", {"single": (1, [4, 4])}, attrition=50)
    # Four guests without a preference, in four delegations of one: 2 + 2 meets both thresholds.
    for i in range(4):
        conf.add_guest(f"G{i}", f"D{i}")
    plan = allocate_apply(conf)
    assert plan.objective_terms.get("attrition", 0) == 0
    assert Counter(s.hotel for s in plan.stays) == {"Hilton": 2, "Fiesta": 2}
    grid = hotels.occupancy(conf.db)
    for h in grid.hotels:
        assert all(n.threshold == 2 and n.shortfall == 0 for n in h.nights)


# --------------------------------------------------------------------------
# Stability, locks, overrides, atomic apply, cancel
# --------------------------------------------------------------------------


def test_rerun_without_changes_changes_nothing_and_one_change_moves_only_what_it_must(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [6, 6, 6])})
    conf.add_hotel("Fiesta", {"single": (1, [6, 6, 6])})
    ids = [conf.add_guest(f"G{i:02d}", f"D{i % 4}", prefer=None, nights=(0, 2)) for i in range(10)]
    allocate_apply(conf)
    before = conf.assignments()
    again = hotels.allocate(conf.db, time_limit=10)
    assert again.changes == []
    # One guest stays a night longer: only their row changes.
    with conf.db.session() as s:
        s.get(Participant, ids[3]).departure_date = N1 + 3 * DAY
    plan = allocate_apply(conf)
    assert [(c.participant_id, c.kind) for c in plan.changes] == [(ids[3], "dates")]
    after = conf.assignments()
    for pid in ids:
        if pid != ids[3]:
            assert (after[pid].hotel_id, after[pid].room_type_id, after[pid].room_label) == \
                (before[pid].hotel_id, before[pid].room_type_id, before[pid].room_label)
    assert after[ids[3]].departure == N1 + 3 * DAY
    assert_labels_never_double_booked(conf.db)


def test_cancelled_guest_is_removed_and_the_change_is_listed(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3])})
    a = conf.add_guest("Gone", None)
    conf.add_guest("Stays", None)
    allocate_apply(conf)
    with conf.db.session() as s:
        s.get(Participant, a).status = ParticipantStatus.CANCELLED
    plan = allocate_apply(conf)
    assert [(c.participant_id, c.kind) for c in plan.changes] == [(a, "removed")]
    assert a not in conf.assignments()


def test_plan_is_not_applied_until_asked_and_apply_logs_the_changes(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3])})
    conf.add_guest("A", None)
    plan = hotels.allocate(conf.db, time_limit=5)
    assert conf.assignments() == {}
    assert [c.kind for c in plan.changes] == ["new"]
    assert hotels.apply_allocation(conf.db, plan, ACTOR) == 1
    with conf.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "hotel allocate")).one()
        assert entry.operator == "test"
        assert json.loads(entry.changes)["changes"][0]["kind"] == "new"


def test_cancel_during_solve_writes_nothing(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3])})
    conf.add_guest("A", None)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(hotels.AllocationCancelled):
        hotels.allocate(conf.db, time_limit=5, progress=progress)
    assert calls and conf.assignments() == {}


def test_apply_is_atomic_cancel_or_failure_leaves_nothing(conf: Conf, monkeypatch: pytest.MonkeyPatch) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3])})
    for i in range(3):
        conf.add_guest(f"G{i}", None)
    plan = hotels.allocate(conf.db, time_limit=5)
    with conf.db.session() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(hotels.AllocationCancelled):
        hotels.apply_allocation(conf.db, plan, ACTOR, progress=lambda done, total: done < total)
    assert conf.assignments() == {}

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(allocation, "record", boom)
    with pytest.raises(RuntimeError):
        hotels.apply_allocation(conf.db, plan, ACTOR)
    assert conf.assignments() == {}
    with conf.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_stale_plan_is_refused(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3])})
    conf.add_guest("A", None)
    plan = hotels.allocate(conf.db, time_limit=5)
    allocate_apply(conf)
    with pytest.raises(hotels.StalePlanError):
        hotels.apply_allocation(conf.db, plan, ACTOR)


def test_move_guest_refuses_a_full_night_naming_it_and_logs_a_move(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 1])})
    conf.add_hotel("Fiesta", {"single": (1, [2, 2])})
    a = conf.add_guest("A", "X", prefer="Hilton", nights=(0, 1))
    b = conf.add_guest("B", "Y", prefer="Hilton", nights=(0, 2))
    c = conf.add_guest("C", "Z", prefer="Fiesta", nights=(0, 2))
    allocate_apply(conf)
    assert conf.hotel_of(b) == "Hilton"
    with pytest.raises(hotels.HotelError, match="2015-09-28"):
        hotels.move_guest(conf.db, c, conf.hotel["Hilton"], conf.type[("Hilton", "single")], actor=ACTOR)
    assert conf.hotel_of(c) == "Fiesta"
    result = hotels.move_guest(conf.db, a, conf.hotel["Fiesta"], conf.type[("Fiesta", "single")],
                               lock=True, actor=ACTOR)
    assert result["hotel"] == "Fiesta" and result["locked"]
    row = conf.assignments()[a]
    assert row.locked and conf.hotel_of(a) == "Fiesta"
    assert_labels_never_double_booked(conf.db)
    with conf.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "hotel move")).one()
        assert entry.entity_id == a
        before, after = json.loads(entry.changes)["assignment"]
        assert before["hotel"] == "Hilton" and after["hotel"] == "Fiesta"
    hotels.unlock_guest(conf.db, a, ACTOR)
    assert not conf.assignments()[a].locked
    hotels.lock_guest(conf.db, a, ACTOR)
    assert conf.assignments()[a].locked


def test_move_guest_refuses_an_inaccessible_room_and_keeps_sharers_together(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3]), "twin": (2, [2, 2])})
    conf.add_hotel("Fiesta", {"twin": (2, [2, 2])})
    a = conf.add_guest("Uno", "Chile", given="Ana", room="twin", sharer="with Bea Dos", prefer="Hilton")
    b = conf.add_guest("Dos", "Chile", given="Bea", room="twin", prefer="Hilton")
    w = conf.add_guest("Wheel", None, access="Wheelchair")
    with pytest.raises(hotels.HotelError, match="accessible"):
        hotels.move_guest(conf.db, w, conf.hotel["Hilton"], conf.type[("Hilton", "single")], actor=ACTOR)
    allocate_apply(conf)
    hotels.move_guest(conf.db, a, conf.hotel["Fiesta"], conf.type[("Fiesta", "twin")], actor=ACTOR)
    rows = conf.assignments()
    assert rows[a].hotel_id == rows[b].hotel_id == conf.hotel["Fiesta"]
    assert rows[a].room_label == rows[b].room_label


def test_share_room_puts_the_guest_in_the_other_guests_room_and_logs_it(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3]), "twin": (2, [2, 2])})
    a = conf.add_guest("Uno", None, given="Ana")
    b = conf.add_guest("Dos", None, given="Bea")
    hotels.move_guest(conf.db, a, conf.hotel["Hilton"], conf.type[("Hilton", "twin")], actor=ACTOR)
    hotels.move_guest(conf.db, b, conf.hotel["Hilton"], conf.type[("Hilton", "single")], lock=False, actor=ACTOR)
    assert hotels.occupancy(conf.db).hotels[0].nights[0].used == 2
    result = hotels.share_room(conf.db, b, a, ACTOR)
    rows = conf.assignments()
    assert rows[b].room_type_id == rows[a].room_type_id == conf.type[("Hilton", "twin")]
    assert rows[b].room_label == rows[a].room_label == rows[a].share_group == rows[b].share_group
    assert result["room_label"] == rows[a].room_label and result["participants"] == sorted([a, b])
    assert rows[b].locked  # locked by default, like a move
    assert hotels.occupancy(conf.db).hotels[0].nights[0].used == 1  # one room for the two of them
    assert_labels_never_double_booked(conf.db)
    with conf.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "hotel share")).one()
        assert entry.entity_id == b and "Ana Uno" in entry.summary
        before, after = json.loads(entry.changes)["assignment"]
        assert before["room_type"] == "single" and after["room_type"] == "twin"
    with pytest.raises(hotels.HotelError, match="already shares"):
        hotels.share_room(conf.db, b, a, ACTOR)


def test_share_room_refuses_a_single_and_a_full_room_and_changes_nothing(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3]), "twin": (2, [2, 2]), "suite": (3, [1, 1])})
    a, b, c, d, e = (conf.add_guest(name, None, given="Ana") for name in ("Uno", "Dos", "Tres", "Cuatro", "Cinco"))
    for pid, code in ((a, "twin"), (b, "twin"), (c, "single"), (d, "single"), (e, "suite")):
        hotels.move_guest(conf.db, pid, conf.hotel["Hilton"], conf.type[("Hilton", code)], actor=ACTOR)
    hotels.share_room(conf.db, b, a, ACTOR)
    before = {pid: (r.room_type_id, r.room_label, r.share_group) for pid, r in conf.assignments().items()}
    with pytest.raises(hotels.HotelError) as single:
        hotels.share_room(conf.db, d, c, ACTOR)
    assert str(single.value) == (f"Cannot put Ana Cuatro in Ana Tres's room {before[c][1]}:"
                                 " a Single room is for one guest only.")
    with pytest.raises(hotels.HotelError) as full:
        hotels.share_room(conf.db, c, a, ACTOR)
    assert str(full.value) == (f"Cannot put Ana Tres in Ana Uno's room {before[a][1]}: a Twin room holds 2"
                               " guests and it is full on the night of 2015-09-27.")
    assert isinstance(full.value, hotels.HotelRefusal)
    assert message_of(full.value).values["night"] == dt.date(2015, 9, 27)  # a date: the GUI writes it
    with pytest.raises(hotels.HotelError, match="themselves"):
        hotels.share_room(conf.db, c, c, ACTOR)
    assert {pid: (r.room_type_id, r.room_label, r.share_group) for pid, r in conf.assignments().items()} == before
    # A suite holds 3: two more guests fit in one transaction.
    hotels.share_rooms(conf.db, [c, d], e, ACTOR)
    rows = conf.assignments()
    assert rows[c].room_label == rows[d].room_label == rows[e].room_label == rows[e].share_group
    with pytest.raises(hotels.HotelError, match="a Suite room holds 3 guests and it is full"):
        hotels.share_room(conf.db, a, e, ACTOR)
    assert rows[a].share_group is not None and conf.assignments()[b].share_group is not None
    assert_labels_never_double_booked(conf.db)


def test_share_room_refuses_a_night_the_mover_adds_over_the_block(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"twin": (2, [2, 1])})
    conf.add_hotel("Fiesta", {"single": (1, [5, 5])})
    short = conf.add_guest("Corto", None, given="Ana", nights=(0, 1))
    other = conf.add_guest("Otro", None, given="Bea", nights=(0, 2))
    mover = conf.add_guest("Largo", None, given="Eva", nights=(0, 2))
    hotels.move_guest(conf.db, short, conf.hotel["Hilton"], conf.type[("Hilton", "twin")], actor=ACTOR)
    hotels.move_guest(conf.db, other, conf.hotel["Hilton"], conf.type[("Hilton", "twin")], actor=ACTOR)
    hotels.move_guest(conf.db, mover, conf.hotel["Fiesta"], conf.type[("Fiesta", "single")], actor=ACTOR)
    before = conf.assignments()[mover]
    with pytest.raises(hotels.HotelError) as refused:
        hotels.share_room(conf.db, mover, short, ACTOR)
    message = str(refused.value)
    assert "Eva Largo" in message and "Ana Corto" in message and "2015-09-28" in message
    assert "Hilton Twin is full that night (1 of 1 rooms taken)" in message
    after = conf.assignments()[mover]
    assert (after.hotel_id, after.room_label) == (before.hotel_id, before.room_label)
    # The other way round fits: the short stay joins the long one on its only night.
    hotels.share_room(conf.db, short, other, ACTOR)
    assert conf.assignments()[short].room_label == conf.assignments()[other].room_label


def test_update_assignment_confirmation_is_logged(conf: Conf) -> None:
    conf.add_hotel("Hilton", {"single": (1, [3, 3])})
    a = conf.add_guest("A", None)
    allocate_apply(conf)
    hotels.update_assignment(conf.db, a, ACTOR, confirmation="HX-1234", special_requests="Quiet room")
    row = conf.assignments()[a]
    assert (row.confirmation, row.special_requests) == ("HX-1234", "Quiet room")


# --------------------------------------------------------------------------
# Generated cases: capacity never exceeded, labels never double-booked
# --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_requests_never_exceed_a_block(conf: Conf, seed: int) -> None:
    rng = random.Random(seed)
    for name in ("Hilton", "Fiesta"):
        conf.add_hotel(name, {
            "single": (1, [rng.randint(4, 12) for _ in range(4)]),
            "twin": (2, [rng.randint(1, 4) for _ in range(4)]),
            "accessible": (2, [rng.randint(0, 1) for _ in range(4)]),
        })
    names = ["Hilton", "Fiesta", None]
    for i in range(45):
        first = rng.randint(-1, 3)
        last = rng.randint(first + 1, 5)
        conf.add_guest(f"G{i:02d}", f"D{rng.randint(0, 8)}", nights=(first, last), prefer=rng.choice(names),
                       room=rng.choice(["single", "twin", "double", ""]),
                       access="Wheelchair" if rng.random() < 0.05 else "",
                       category=rng.choice(["delegate", "head", "expert", "mayor"]))
    plan = allocate_apply(conf)
    assert plan.placed + len(plan.unplaced) == plan.guests == 45
    assert all(u.reason for u in plan.unplaced)
    assert all(s.reason for s in plan.split_delegations)
    assert_within_blocks(conf.db)
    assert_labels_never_double_booked(conf.db)


def _best_by_trying_every_choice(db: Database) -> int:
    """The lowest objective over every choice of each room unit (an option or none) within the blocks:
    the reference the solver's hotel-then-room-type model must reach."""
    with db.session() as session:
        s = allocation._read(session)
    units, _issues, _notes = allocation._build_units(s, True, allocation.DEFAULT_WEIGHTS)
    used: Counter[tuple[int, int, dt.date]] = Counter()
    choice: dict[int, allocation.Option] = {}
    best = [float("inf")]

    def walk(i: int) -> None:
        if i == len(units):
            best[0] = min(best[0], allocation._evaluate(s, units, choice, allocation.DEFAULT_WEIGHTS)[0])
            return
        u = units[i]
        walk(i + 1)  # unplaced
        for o in u.options:
            keys = [(o.hotel_id, o.room_type_id, n) for n in u.nights]
            if all(used[k] < s.blocks.get(k, 0) for k in keys):
                choice[id(u)] = o
                used.update(keys)
                walk(i + 1)
                used.subtract(keys)
                del choice[id(u)]

    walk(0)
    return int(best[0])


@pytest.mark.parametrize("seed", range(6))
def test_the_hotel_then_room_type_model_finds_the_best_of_every_choice(conf: Conf, seed: int) -> None:
    """The solver picks a hotel per group of alike guests and counts room types per kind of guest
    (issue 17); on small tight cases its proven optimum is the best of all per-guest choices."""
    rng = random.Random(seed)
    conf.add_hotel("Alameda", {"single": (1, [2, 2, 1]), "executive": (1, [1, 1, 1]),
                               "accessible": (1, [1, 1, 1])}, attrition=50)
    conf.add_hotel("Bosque", {"single": (1, [1, 2, 1]), "double": (2, [1, 1, 1])})
    if seed % 2:  # a sharer pair: one unit of two that only a double takes
        conf.add_guest("Pair", "D0", given="Ana", room="double", sharer="Sharing with Eva Pair")
        conf.add_guest("Pair", "D0", given="Eva", room="double", category="head")
    for i in range(6 - 2 * (seed % 2)):
        first = rng.choice([0, 0, 1])
        conf.add_guest(f"G{i}", f"D{rng.randint(0, 2)}", nights=(first, rng.choice([2, 3, 3])),
                       prefer=rng.choice(["Alameda", "Bosque"]),
                       room=rng.choice(["single", "single", "executive", "double"]),
                       access="Wheelchair" if rng.random() < 0.1 else "",
                       category=rng.choice(["delegate", "delegate", "head"]))
    plan = hotels.allocate(conf.db, time_limit=10)
    assert plan.optimal
    assert plan.objective == sum(plan.objective_terms.values()) == _best_by_trying_every_choice(conf.db)
    hotels.apply_allocation(conf.db, plan, ACTOR)
    assert_within_blocks(conf.db)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conference_desk.core.foundation.db import open_database
    from conference_desk.core.demo.generator import populate_demo

    path = tmp_path_factory.mktemp("hotels-demo") / "demo.sqlite"
    db = open_database(str(path))
    initialise(db, "iclc2015")
    populate_demo(db, 650)
    db.dispose()
    return path


def test_the_650_demo_is_allocated_within_every_block(demo_template: Path, tmp_path: Path) -> None:
    import shutil

    from conference_desk.core.foundation.db import open_database

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(str(path))
    try:
        plan = hotels.allocate(db, time_limit=10)
        hotels.apply_allocation(db, plan, ACTOR)
        assert plan.placed > 400
        assert plan.placed + len(plan.unplaced) == plan.guests
        assert all(u.reason for u in plan.unplaced)
        assert all(s.reason.startswith(("not enough rooms", "locked")) for s in plan.split_delegations)
        assert_within_blocks(db)
        assert_labels_never_double_booked(db)
        # Each hotel's rooming list: everyone placed there, sorted by arrival then name.
        total = 0
        for h in ("Hilton", "Fiesta"):
            data = hotels.rooming_list(db, h)
            total += len(data.rows)
            keys = [r.arrival for r in data.rows]
            assert keys == sorted(keys)
        assert total == plan.placed
    finally:
        db.dispose()


# --------------------------------------------------------------------------
# Rooming lists
# --------------------------------------------------------------------------


@pytest.fixture
def allocated(conf: Conf) -> Conf:
    conf.add_hotel("Hilton Mexico City Reforma", {"single": (1, [5, 5, 5]), "twin": (2, [2, 2, 2])})
    conf.add_hotel("Fiesta Americana Reforma", {"single": (1, [5, 5, 5])})
    conf.add_guest("Zapata", "Mexico", given="Emiliano", prefer="Hilton Mexico City Reforma", nights=(0, 3),
                   category="head", title="H.E.", hotel_funded=True, notes="Late arrival (after 22:00)")
    conf.add_guest("Álvarez", "Mexico", given="Ana", prefer="Hilton Mexico City Reforma", nights=(1, 3),
                   room="twin", sharer="Sharing with Berta Ruiz", dietary_needs="Vegetarian")
    conf.add_guest("Ruiz", "Mexico", given="Berta", prefer="Hilton Mexico City Reforma", nights=(1, 3),
                   room="twin", access="")
    conf.add_guest("=HYPERLINK(1)", "Mexico", given="Eve", prefer="Hilton Mexico City Reforma", nights=(0, 2))
    allocate_apply(conf)
    return conf


def test_rooming_list_rows_sorted_with_sharers_billing_and_requests(allocated: Conf) -> None:
    data = hotels.rooming_list(allocated.db, "hilton")
    assert data.hotel == "Hilton Mexico City Reforma"
    assert [r.family_name for r in data.rows] == ["=HYPERLINK(1)", "Zapata", "Álvarez", "Ruiz"]
    by_name = {r.family_name: r for r in data.rows}
    assert by_name["Álvarez"].sharers == "Berta Ruiz" and by_name["Ruiz"].sharers == "Ana Álvarez"
    assert by_name["Zapata"].billing == "organiser" and by_name["Ruiz"].billing == "guest"
    assert "Late arrival" in by_name["Zapata"].special_requests
    assert "Diet: Vegetarian" in by_name["Álvarez"].special_requests
    assert by_name["Álvarez"].nights == 2
    assert data.rooms_per_night["Single"] == [2, 2, 1] and data.rooms_per_night["Twin"] == [0, 1, 1]
    assert data.guests_per_night == [2, 4, 3]


def test_hotel_name_must_be_unambiguous(allocated: Conf) -> None:
    with pytest.raises(hotels.HotelError, match="several hotels"):
        hotels.rooming_list(allocated.db, "Reforma")
    with pytest.raises(hotels.HotelError, match="No hotel matches"):
        hotels.rooming_list(allocated.db, "Ritz")


def test_rooming_list_xlsx_read_back(allocated: Conf, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "hilton.xlsx"
    result = hotels.export_rooming_list(allocated.db, "Hilton", "xlsx", out)
    assert result["rows"] == 4
    wb = load_workbook(out)
    try:
        sheet = wb["Rooming list"]
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][:6] == ("Confirmation", "Title", "Family name", "Given name", "Arrival", "Departure")
        assert [r[2] for r in rows[1:]] == ["'=HYPERLINK(1)", "Zapata", "Álvarez", "Ruiz"]  # formula-safe
        assert rows[1][4].date() == N1 and rows[3][4].date() == N1 + DAY
        header = rows[0]
        zapata = dict(zip(header, rows[2]))
        assert zapata["Title"] == "H.E." and zapata["Billing"] == "Organiser (room and taxes)"
        assert zapata["Nights"] == 3 and zapata["VIP"] == "VIP"  # issue 16: precise billing, protocol flag
        assert zapata["Delegation"] == "Mexico" and zapata["Ref."].startswith("H-SGL-")
        totals = list(wb["Totals per night"].iter_rows(values_only=True))
        assert totals[0][0] == "Hilton Mexico City Reforma"
        rooms = next(r for r in totals if r[0] == "Rooms (all types)")
        guests = [r for r in totals if r[0] == "Guests"][-1]
        assert list(rooms[1:4]) == [2, 3, 2] and list(guests[1:4]) == [2, 4, 3]
    finally:
        wb.close()


def test_rooming_list_pdf_read_back(allocated: Conf, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "hilton.pdf"
    hotels.export_rooming_list(allocated.db, "Hilton", "pdf", out)
    reader = PdfReader(str(out))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Hilton Mexico City Reforma" in text and "Zapata" in text and "Totals per night" in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    assert not list(tmp_path.glob(".*.part"))


def test_delegation_summary_and_exports(allocated: Conf, tmp_path: Path) -> None:
    data = hotels.delegation_summary(allocated.db)
    mexico = next(d for d in data if d.delegation == "Mexico")
    assert mexico.hotels == {"Hilton Mexico City Reforma": 4}
    assert mexico.stays[0].name == "Emiliano Zapata"  # head first (protocol priority)
    from openpyxl import load_workbook

    hotels.export_delegation_summary(allocated.db, tmp_path / "s.xlsx")
    wb = load_workbook(tmp_path / "s.xlsx", read_only=True)
    try:
        assert sum(1 for _ in wb.active.iter_rows()) == 5
    finally:
        wb.close()
    hotels.export_delegation_summary(allocated.db, tmp_path / "s.pdf")
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_rooming_list_and_summary_follow_the_language(allocated: Conf, tmp_path: Path, lang: str) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    words = {
        "fr": {"sheet": "Liste des chambres", "header": ("Confirmation", "Titre", "Nom de famille", "Prénom",
                                                         "Arrivée", "Départ"),
               "billing": "Organisateur (chambre et taxes)", "diet": "Régime : Végétarien", "totals": "Totaux par nuit",
               "rooms": "Chambres (tous types)", "guests": "Clients", "summary": "Hébergement",
               "status": "logé", "title": "Liste des chambres — Hilton Mexico City Reforma"},
        "es": {"sheet": "Lista de habitaciones", "header": ("Confirmación", "Tratamiento", "Apellido(s)", "Nombre",
                                                            "Llegada", "Salida"),
               "billing": "Organizador (habitación e impuestos)", "diet": "Dieta: Vegetariana", "totals": "Totales por noche",
               "rooms": "Habitaciones (todos los tipos)", "guests": "Huéspedes", "summary": "Alojamiento",
               "status": "alojado", "title": "Lista de habitaciones — Hilton Mexico City Reforma"},
    }[lang]
    out = tmp_path / "hilton.xlsx"
    hotels.export_rooming_list(allocated.db, "Hilton", "xlsx", out, lang)
    wb = load_workbook(out)
    try:
        assert wb.sheetnames == [words["sheet"], words["totals"]]
        rows = list(wb[words["sheet"]].iter_rows(values_only=True))
        assert rows[0][:6] == words["header"]
        zapata = dict(zip(rows[0], rows[2]))
        assert words["billing"] in zapata.values()
        alvarez = dict(zip(rows[0], rows[3]))
        assert words["diet"] in " ".join(str(v) for v in alvarez.values())  # special requests translated too
        totals = list(wb[words["totals"]].iter_rows(values_only=True))
        assert any(r[0] == words["rooms"] for r in totals) and any(r[0] == words["guests"] for r in totals)
        assert not any(isinstance(r[0], str) and r[0] in ("Guests", "Rooms (all types)", "Cut-off date")
                       for r in totals)
    finally:
        wb.close()
    pdf = tmp_path / "hilton.pdf"
    hotels.export_rooming_list(allocated.db, "Hilton", "pdf", pdf, lang)
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert words["title"] in text and words["totals"] in text and "Totals per night" not in text
    hotels.export_delegation_summary(allocated.db, tmp_path / "s.xlsx", lang=lang)
    wb = load_workbook(tmp_path / "s.xlsx")
    try:
        sheet = wb[words["summary"]]
        assert sheet.cell(1, 1).value == ("Délégation" if lang == "fr" else "Delegación")
        assert words["status"] in [c.value for c in sheet["L"]]
    finally:
        wb.close()


def test_hotel_named_by_any_unambiguous_words_as_an_import_reads_it(allocated: Conf) -> None:
    with allocated.db.session() as session:
        assert hotels.find_hotel(session, "Hilton Reforma").name == "Hilton Mexico City Reforma"
        assert hotels.find_hotel(session, "Reforma Fiesta").name == "Fiesta Americana Reforma"


def test_a_solver_stopped_before_any_plan_hands_back_the_greedy_plan(conf: Conf, monkeypatch: pytest.MonkeyPatch
                                                                     ) -> None:
    """Issue 17: on a busy machine CP-SAT may not finish presolving within the limit; the user still
    gets a plan (the greedy start), marked not optimal, never rooms beyond the blocks."""
    from ortools.sat.python import cp_model

    conf.add_hotel("Hilton Reforma", {"single": (1, [3, 3])})
    conf.add_hotel("Fiesta Americana", {"single": (1, [3, 3])})
    big = [conf.add_guest(f"Big{i}", "Bigland", prefer="Hilton Reforma") for i in range(4)]
    small = [conf.add_guest(f"Small{i}", "Smallland", prefer="Fiesta Americana") for i in range(2)]
    monkeypatch.setattr(cp_model.CpSolver, "solve", lambda self, model, *args, **kwargs: cp_model.UNKNOWN)
    plan = allocate_apply(conf)
    assert not plan.optimal and plan.placed == 6 and plan.unplaced == []
    assert plan.summary()["gap"] == 1.0 and plan.best_bound == 0  # no bound from the solver: 0
    assert len({conf.hotel_of(p) for p in small}) == 1 and conf.hotel_of(small[0]) == "Fiesta Americana"
    assert {conf.hotel_of(p) for p in big} == {"Hilton Reforma", "Fiesta Americana"}
    assert plan.objective == sum(plan.objective_terms.values())


def test_the_guest_list_pages_search_and_counts_agree_with_the_whole_list(conf: Conf) -> None:
    """The Hotels screen reads a screenful in SQL: the same guests, order and matches as the whole list."""
    conf.add_hotel("Hilton", {"single": (1, [3, 3])})
    for i, (family, delegation) in enumerate([("Müller", "Société Générale"), ("Ortega", "Banco"),
                                              ("Nuñez", "Société Générale"), ("Zhou", None), ("Abe", "Banco")]):
        conf.add_guest(family, delegation, given=f"G{i}")
    allocate_apply(conf)
    conf.add_guest("Late", "Banco", given="Unplaced")
    everyone = hotels.guest_rows(conf.db)
    assert [g.hotel_id is None for g in everyone] == sorted(g.hotel_id is None for g in everyone)  # placed first
    for limit in (1, 2, 4, len(everyone) + 1):
        assert hotels.guest_rows(conf.db, limit=limit) == everyone[:limit]
    for search in ("societe", "MULLER", "banco g", "hilton", "single", "nobody", "nunez", "g1"):
        wanted = search.lower().replace("ü", "u").split()
        expected = [g for g in everyone if all(w in g.search for w in wanted)]
        assert hotels.guest_rows(conf.db, search=search) == expected, search
        assert hotels.guest_rows(conf.db, search=search, limit=1) == expected[:1], search
    assert hotels.guest_rows(conf.db, search="societe")  # accents folded
    unplaced = [g for g in everyone if g.hotel_id is None]
    assert hotels.guest_rows(conf.db, placed=False) == unplaced
    assert hotels.unplaced_count(conf.db) == len(unplaced) >= 1
    assert hotels.guest_rows(conf.db, placed=True) == [g for g in everyone if g.hotel_id is not None]
    one = everyone[-1]
    assert hotels.guest_rows(conf.db, ids=[one.participant_id]) == [one]
