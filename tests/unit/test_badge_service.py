"""Badge service: selections, printing records, reprints, verifying codes, style, status."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.badges import codes, service
from conference_desk.core.badges.types import BadgeSelection, BadgeStyle
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.models import (
    AuditEntry,
    Badge,
    Category,
    Conference,
    Delegation,
    Language,
    MemberState,
    Participant,
    ParticipantStatus,
    Setting,
)
from tests.templates import Templates

ACTOR = Actor(operator="tester", desk="desk-1")


@pytest.fixture
def demo(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, participants=40, seed=7)
    with db.session() as s:
        s.execute(update(Participant).values(status=ParticipantStatus.CONFIRMED))
    return db


def ids_of(db: Database) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(Participant.id).order_by(Participant.id)))


def badges(db: Database) -> list[Badge]:
    with db.session() as s:
        rows = list(s.scalars(select(Badge).order_by(Badge.participant_id, Badge.version)))
        s.expunge_all()
        return rows


def audits(db: Database, action: str) -> list[AuditEntry]:
    with db.session() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))
        s.expunge_all()
        return rows


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def set_status(db: Database, pid: int, status: ParticipantStatus) -> None:
    with db.session() as s:
        s.get(Participant, pid).status = status


# --------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------


def test_print_issues_version_1_and_records_the_print(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    chosen = ids_of(demo)[:6]
    result = service.print_badges(demo, chosen, out, actor=ACTOR)
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert result.badges == 6 and result.pages == math.ceil(6 / 4)
    assert sorted(result.codes) == sorted(chosen)
    rows = badges(demo)
    assert len(rows) == 6
    assert {b.version for b in rows} == {1}
    assert all(b.printed_at is not None and b.revoked_at is None for b in rows)
    assert all(b.layout == "a6-4up" for b in rows)
    assert {b.participant_id: b.code for b in rows} == result.codes
    for pid, code in result.codes.items():
        check = service.verify_code(demo, code)
        assert check.outcome == "valid" and check.participant_id == pid and check.version == 1
    [entry] = audits(demo, "badge print")
    assert entry.operator == "tester" and entry.desk == "desk-1"
    changes = json.loads(entry.changes)
    assert changes["badges"] == 6 and changes["issued"] == 6 and changes["pages"] == 2
    assert sorted(changes["participant_ids"]) == sorted(chosen)


def test_printing_again_keeps_the_code(demo: Database, tmp_path: Path) -> None:
    pid = ids_of(demo)[0]
    first = service.print_badges(demo, [pid], tmp_path / "a.pdf", actor=ACTOR)
    second = service.print_badges(demo, [pid], tmp_path / "b.pdf", actor=ACTOR)
    assert first.codes == second.codes
    assert len(badges(demo)) == 1
    assert len(audits(demo, "badge print")) == 2


def test_cancel_leaves_no_file_no_badges_no_record(demo: Database, out_dir: Path) -> None:
    out = out_dir / "b.pdf"
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(service.BadgesCancelled):
        service.print_badges(demo, BadgeSelection(), out, actor=ACTOR, progress=progress)
    assert calls
    assert not out.exists()
    assert list(out_dir.iterdir()) == []
    assert badges(demo) == []
    assert audits(demo, "badge print") == []


def test_render_error_leaves_nothing(demo: Database, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.core.badges import render

    def broken(badges, out, style, progress=None, **_kw):  # type: ignore[no-untyped-def]
        Path(out).write_bytes(b"%PDF-half")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(render, "render_badges_pdf", broken)
    out = out_dir / "b.pdf"
    with pytest.raises(ConferenceDeskError, match="disk on fire"):
        service.print_badges(demo, BadgeSelection(), out, actor=ACTOR)
    assert list(out_dir.iterdir()) == []
    assert badges(demo) == []


def test_existing_file_untouched_on_cancel(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(service.BadgesCancelled):
        service.print_badges(demo, BadgeSelection(), out, progress=lambda d, t: False)
    assert out.read_bytes() == b"previous"


def test_empty_selection(demo: Database, tmp_path: Path) -> None:
    service.print_badges(demo, BadgeSelection(), tmp_path / "all.pdf")
    with pytest.raises(service.NothingToPrint):
        service.print_badges(demo, BadgeSelection(only_unprinted=True), tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


# --------------------------------------------------------------------------
# Selections
# --------------------------------------------------------------------------


def test_only_unprinted(demo: Database, tmp_path: Path) -> None:
    everyone = service.select_for_badges(demo, BadgeSelection())
    assert sorted(everyone) == ids_of(demo)
    printed = everyone[:5]
    service.print_badges(demo, printed, tmp_path / "b.pdf")
    rest = service.select_for_badges(demo, BadgeSelection(only_unprinted=True))
    assert rest == [pid for pid in everyone if pid not in printed]
    # An issued but never printed badge still counts as unprinted, and printing reuses its code.
    with demo.session() as s:
        s.execute(update(Badge).where(Badge.participant_id == printed[0]).values(printed_at=None))
        code = s.scalar(select(Badge.code).where(Badge.participant_id == printed[0]))
    assert printed[0] in service.select_for_badges(demo, BadgeSelection(only_unprinted=True))
    result = service.print_badges(demo, [printed[0]], tmp_path / "c.pdf")
    assert result.codes[printed[0]] == code
    assert printed[0] not in service.select_for_badges(demo, BadgeSelection(only_unprinted=True))


def test_stack_order_delegation_head_first_then_family_name(demo: Database) -> None:
    order = service.select_for_badges(demo, BadgeSelection())
    with demo.session() as s:
        rows = {
            r.id: r for r in s.execute(
                select(Participant.id, Participant.delegation_id, Participant.sort_name, Delegation.head_id)
                .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
            )
        }
    # Each delegation is one contiguous run, its head first, then by family name.
    runs: dict[int | None, list[int]] = {}
    previous = object()
    for pid in order:
        key = rows[pid].delegation_id
        if key != previous:
            assert key not in runs or key is None, "a delegation split in two"
            previous = key
        runs.setdefault(key, []).append(pid)
    for delegation_id, members in runs.items():
        if delegation_id is None:
            continue
        head = rows[members[0]].head_id
        rest = members[1:] if head == members[0] else members
        if head is not None and head in members:
            assert members[0] == head
        names = [rows[p].sort_name for p in rest]
        assert names == sorted(names)


def test_filters_delegation_and_category(demo: Database) -> None:
    with demo.session() as s:
        iso3, delegation_id = s.execute(
            select(MemberState.iso3, Delegation.id).join(Delegation, Delegation.member_state_id == MemberState.id)
            .join(Participant, Participant.delegation_id == Delegation.id).limit(1)
        ).one()
        members = set(s.scalars(select(Participant.id).where(Participant.delegation_id == delegation_id)))
        heads = set(s.scalars(select(Participant.id).join(Category).where(Category.code == "head")))
    assert set(service.select_for_badges(demo, BadgeSelection(delegation_iso3=iso3.lower()))) == members
    assert set(service.select_for_badges(demo, BadgeSelection(category_code="head"))) == heads
    with pytest.raises(ConferenceDeskError, match="No Member State"):
        service.select_for_badges(demo, BadgeSelection(delegation_iso3="XXX"))
    with pytest.raises(ConferenceDeskError, match="No category"):
        service.select_for_badges(demo, BadgeSelection(category_code="nobody"))
    with pytest.raises(ConferenceDeskError, match="No participant with id 999999"):
        service.select_for_badges(demo, BadgeSelection(participant_ids=[999999]))


def test_cancelled_participants_excluded_unless_asked(demo: Database) -> None:
    pid = ids_of(demo)[3]
    set_status(demo, pid, ParticipantStatus.CANCELLED)
    assert pid not in service.select_for_badges(demo, BadgeSelection())
    assert pid in service.select_for_badges(demo, BadgeSelection(include_cancelled=True))
    with pytest.raises(ConferenceDeskError, match="cancelled"):
        service.select_for_badges(demo, BadgeSelection(participant_ids=[pid]))


# --------------------------------------------------------------------------
# Reprints and verification
# --------------------------------------------------------------------------


def test_reprint_revokes_the_old_badge(demo: Database, tmp_path: Path) -> None:
    pid = ids_of(demo)[2]
    v1 = service.print_badges(demo, [pid], tmp_path / "v1.pdf", actor=ACTOR).codes[pid]
    result = service.reprint_badge(demo, pid, "lost in the taxi", tmp_path / "v2.pdf", actor=ACTOR)
    v2 = result.codes[pid]
    assert v2 != v1 and (tmp_path / "v2.pdf").is_file()
    old = service.verify_code(demo, v1)
    assert old.outcome == "revoked" and old.participant_id == pid and old.version == 1
    assert "lost in the taxi" in old.message and "replaced by version 2" in old.message
    new = service.verify_code(demo, v2)
    assert new.outcome == "valid" and new.participant_id == pid and new.version == 2
    rows = badges(demo)
    assert [(b.version, b.revoked_at is not None, b.revoke_reason) for b in rows] == [
        (1, True, "lost in the taxi"), (2, False, "")]
    [entry] = audits(demo, "badge reprint")
    assert entry.entity == "participant" and entry.entity_id == pid and entry.operator == "tester"
    assert "lost in the taxi" in entry.summary
    assert json.loads(entry.changes)["version"] == [1, 2]
    # Third version: both older codes are revoked.
    v3 = service.reprint_badge(demo, pid, "name corrected", tmp_path / "v3.pdf").codes[pid]
    assert service.verify_code(demo, v2).outcome == "revoked"
    assert service.verify_code(demo, v1).outcome == "revoked"
    assert service.verify_code(demo, v3).version == 3


def test_reprint_needs_a_reason_and_a_badge(demo: Database, tmp_path: Path) -> None:
    pid = ids_of(demo)[0]
    with pytest.raises(ConferenceDeskError, match="no badge yet"):
        service.reprint_badge(demo, pid, "lost", tmp_path / "x.pdf")
    service.print_badges(demo, [pid], tmp_path / "v1.pdf")
    for reason in ("", "   "):
        with pytest.raises(ConferenceDeskError, match="reason"):
            service.reprint_badge(demo, pid, reason, tmp_path / "x.pdf")
    with pytest.raises(ConferenceDeskError, match="No participant"):
        service.reprint_badge(demo, 999999, "lost", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert [b.version for b in badges(demo)] == [1]


def test_reprint_cancelled_leaves_v1_valid(demo: Database, tmp_path: Path) -> None:
    pid = ids_of(demo)[0]
    v1 = service.print_badges(demo, [pid], tmp_path / "v1.pdf").codes[pid]
    with pytest.raises(service.BadgesCancelled):
        service.reprint_badge(demo, pid, "lost", tmp_path / "v2.pdf", progress=lambda d, t: False)
    assert service.verify_code(demo, v1).outcome == "valid"
    assert len(badges(demo)) == 1 and not (tmp_path / "v2.pdf").exists()


def test_cancelled_participant_scans_as_cancelled(demo: Database, tmp_path: Path) -> None:
    pid = ids_of(demo)[1]
    code = service.print_badges(demo, [pid], tmp_path / "b.pdf").codes[pid]
    set_status(demo, pid, ParticipantStatus.CANCELLED)
    check = service.verify_code(demo, code)
    assert check.outcome == "cancelled" and check.participant_id == pid


def test_verify_outcomes(demo: Database, tmp_path: Path) -> None:
    pid = ids_of(demo)[0]
    code = service.print_badges(demo, [pid], tmp_path / "b.pdf").codes[pid]
    with demo.session() as s:
        secret, conference_code = s.execute(select(Conference.badge_secret, Conference.code)).one()
    assert service.verify_code(demo, code.lower() + "\r\n").outcome == "valid"
    assert service.verify_code(demo, "\t" + code + "\t").code == code
    assert service.verify_code(demo, "").outcome == "malformed"
    assert service.verify_code(demo, "Müller").outcome == "malformed"
    altered = code[:10] + ("A" if code[10] != "A" else "B") + code[11:]
    assert service.verify_code(demo, altered).outcome == "forged"
    theirs = codes.make_code(b"x" * 32, conference_code, codes.new_serial(), 1)
    assert service.verify_code(demo, theirs).outcome == "other_conference"
    never_issued = codes.make_code(secret, conference_code, codes.new_serial(), 1)
    unknown = service.verify_code(demo, never_issued)
    assert unknown.outcome == "unknown" and unknown.participant_id is None


def test_every_printed_code_verifies_again_and_again(demo: Database, tmp_path: Path) -> None:
    """Each code of a batch is valid on every scan (speed: benchmarks/bench_checkin.py)."""
    result = service.print_badges(demo, BadgeSelection(), tmp_path / "b.pdf")
    scans = list(result.codes.values()) * 5
    assert scans
    for code in scans:
        assert service.verify_code(demo, code).outcome == "valid"


# --------------------------------------------------------------------------
# Badge texts, preview, style, status
# --------------------------------------------------------------------------


def test_badge_data_in_the_participants_language(demo: Database) -> None:
    with demo.session() as s:
        pid, name_fr, label_fr = s.execute(
            select(Participant.id, MemberState.name_fr, Category.label_fr)
            .join(Delegation, Delegation.id == Participant.delegation_id)
            .join(MemberState, MemberState.id == Delegation.member_state_id)
            .join(Category, Category.id == Participant.category_id).limit(1)
        ).one()
        s.get(Participant, pid).preferred_language = Language.FR
        conference = s.scalars(select(Conference)).one()
        conference_fr = conference.name("fr")
    [data] = service.badge_data(demo, [pid])
    assert data.delegation == name_fr
    assert data.category_label == label_fr
    assert data.conference_name == conference_fr
    assert "septembre" in data.dates
    assert data.provisional  # no badge issued yet
    assert codes.parse_code(data.code) is not None


def test_category_colour_override(demo: Database) -> None:
    pid = ids_of(demo)[0]
    with demo.session() as s:
        category = s.get(Participant, pid).category.code
    [data] = service.badge_data(demo, [pid], BadgeStyle(category_colours={category: "#123456"}))
    assert data.category_colour == "#123456"


def test_preview_writes_nothing(demo: Database) -> None:
    pid = ids_of(demo)[0]
    png = service.render_preview(demo, pid, BadgeStyle(), dpi=72)
    assert png.startswith(b"\x89PNG")
    assert badges(demo) == []
    with pytest.raises(ConferenceDeskError):
        service.render_preview(demo, 999999, BadgeStyle())


def test_style_round_trip_and_bad_values(demo: Database) -> None:
    assert service.load_style(demo) == BadgeStyle()
    style = replace(BadgeStyle(), layout="id1", show_city=False, header_colour="#AA0000",
                    category_colours={"press": "#00ff00"})
    service.save_style(demo, style)
    loaded = service.load_style(demo)
    assert loaded.layout == "id1" and loaded.show_city is False
    assert loaded.header_colour == "#aa0000" and loaded.category_colours == {"press": "#00ff00"}
    with demo.session() as s:
        s.get(Setting, service.STYLE_KEY).value = json.dumps(
            {"layout": "poster", "cut_marks": "yes", "header_colour": "red", "mystery": 1,
             "category_colours": {"press": "green", "head": "#000000"}, "show_logo": False})
    loaded = service.load_style(demo)
    assert loaded.layout == "a6-4up" and loaded.cut_marks is True and loaded.header_colour == "#0077c8"
    assert loaded.show_logo is False and loaded.category_colours == {"head": "#000000"}
    with demo.session() as s:
        s.get(Setting, service.STYLE_KEY).value = "{not json"
    assert service.load_style(demo) == BadgeStyle()


def test_status_and_counts(demo: Database, tmp_path: Path) -> None:
    everyone = ids_of(demo)
    set_status(demo, everyone[-1], ParticipantStatus.CANCELLED)
    service.print_badges(demo, everyone[:3], tmp_path / "b.pdf")
    service.reprint_badge(demo, everyone[0], "damaged", tmp_path / "r.pdf")
    with demo.session() as s:
        s.execute(update(Badge).where(Badge.participant_id == everyone[1]).values(printed_at=None))
    rows = service.badge_status(demo)
    by_id = {r.participant_id: r for r in rows}
    assert everyone[-1] not in by_id and len(rows) == len(everyone) - 1
    assert by_id[everyone[0]].version == 2 and by_id[everyone[0]].reprints == 1
    assert by_id[everyone[1]].version == 1 and by_id[everyone[1]].printed_at is None
    assert by_id[everyone[5]].version is None
    counts = service.status_counts(rows)
    assert (counts.printed, counts.unprinted, counts.none, counts.total) == (2, 1, len(everyone) - 4, len(everyone) - 1)
    assert service.badge_counts(demo) == counts
    assert everyone[-1] in {r.participant_id for r in service.badge_status(demo, include_cancelled=True)}


def test_the_status_table_pages_searches_and_counts_in_sql(demo: Database, tmp_path: Path) -> None:
    """Issue 17: the Badges screen's pages hold the same rows as badge_status, in SQL."""
    everyone = ids_of(demo)
    set_status(demo, everyone[-1], ParticipantStatus.CANCELLED)
    service.print_badges(demo, everyone[:3], tmp_path / "b.pdf")
    service.reprint_badge(demo, everyone[0], "damaged", tmp_path / "r.pdf")
    with demo.session() as s:
        s.execute(update(Badge).where(Badge.participant_id == everyone[1]).values(printed_at=None))
    rows = service.badge_status(demo, "fr")
    query = service.BadgeStatusQuery()
    assert service.badge_status_count(demo, query, "fr") == len(rows)
    paged = [row for offset in range(0, len(rows), 7) for row in service.badge_status_page(demo, query, offset, 7, "fr")]
    assert len(paged) == len(rows)
    assert {r.participant_id: r for r in paged} == {r.participant_id: r for r in rows}
    counts = service.status_counts(rows)
    assert service.badge_status_totals(demo) == (counts.total, counts.printed)
    unprinted = service.BadgeStatusQuery(only_unprinted=True, sort="printed", descending=True)
    expected = {r.participant_id for r in rows if r.printed_at is None}
    assert {r.participant_id for r in service.badge_status_page(demo, unprinted, 0, 500, "fr")} == expected
    assert service.badge_status_count(demo, unprinted, "fr") == len(expected)
    target = rows[5]
    found = service.badge_status_page(demo, service.BadgeStatusQuery(search=target.name.upper()), 0, 500, "fr")
    assert target.participant_id in {r.participant_id for r in found} and len(found) < len(rows)
    by_delegation = service.badge_status_page(demo, service.BadgeStatusQuery(sort="delegation"), 0, 500, "fr")
    assert [r.delegation for r in by_delegation] == sorted((r.delegation for r in by_delegation), key=str)
    order = service.badge_status_ids(demo, query, "fr")
    assert order == [r.participant_id for r in paged]


def test_unique_code_per_badge(demo: Database, tmp_path: Path) -> None:
    result = service.print_badges(demo, BadgeSelection(), tmp_path / "b.pdf")
    assert len(set(result.codes.values())) == len(result.codes)
    with demo.session() as s:
        assert s.scalar(select(func.count(func.distinct(Badge.code)))) == len(result.codes)


def test_badge_issued_at_another_desk_while_rendering(demo: Database, out_dir: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.core.badges import render

    chosen = ids_of(demo)[:4]
    real = render.render_badges_pdf

    def meanwhile(badges, out, style, progress=None, **kw):  # type: ignore[no-untyped-def]
        # Another desk prints chosen[2] while this batch renders.
        monkeypatch.setattr(render, "render_badges_pdf", real)
        service.print_badges(demo, [chosen[2]], out_dir / "desk2.pdf")
        return real(badges, out, style, progress, **kw)

    monkeypatch.setattr(render, "render_badges_pdf", meanwhile)
    with pytest.raises(service.BadgeConflict):
        service.print_badges(demo, chosen, out_dir / "batch.pdf")
    assert not (out_dir / "batch.pdf").exists()
    assert [b.participant_id for b in badges(demo)] == [chosen[2]]
    assert len(audits(demo, "badge print")) == 1


def test_badge_revoked_at_another_desk_while_reprinting(demo: Database, out_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from conference_desk.core.badges import render

    pid = ids_of(demo)[0]
    service.print_badges(demo, [pid], out_dir / "v1.pdf")
    real = render.render_badges_pdf

    def meanwhile(badges, out, style, progress=None, **kw):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(render, "render_badges_pdf", real)
        service.reprint_badge(demo, pid, "desk 2 was faster", out_dir / "desk2.pdf")
        return real(badges, out, style, progress, **kw)

    monkeypatch.setattr(render, "render_badges_pdf", meanwhile)
    with pytest.raises(service.BadgeConflict):
        service.reprint_badge(demo, pid, "lost", out_dir / "desk1.pdf")
    assert not (out_dir / "desk1.pdf").exists()
    assert [(b.version, b.revoke_reason) for b in badges(demo)] == [(1, "desk 2 was faster"), (2, "")]
