"""Backups, restore, rotation and integrity checks (core/foundation/backups.py, commands/safety.py)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from conference_desk.cli import main
from conference_desk.core.foundation import backups as core
from conference_desk.core.safety.integrity import check_integrity
from conference_desk.core.desks.copy import content_hash
from conference_desk.core.foundation.db import Database, alembic_config, head_revision, open_database
from conference_desk.core.foundation.models import Participant
from tests.templates import Templates


@pytest.fixture
def demo(db: Database, demo_templates: Templates) -> Database:
    demo_templates.populate_demo(db, participants=40)
    return db


def _path(db: Database) -> Path:
    path = core.database_file(db)
    assert path is not None
    return path


def _hash_of(path: Path) -> str:
    database = open_database(str(path), create=False)
    try:
        return content_hash(database)
    finally:
        database.dispose()


def _delete_someone(db: Database) -> None:
    from conference_desk.core.people.duplicates import merge_participants

    merge_participants(db, 1, 2)


# -- backup and restore -------------------------------------------------------


def test_backup_then_restore_gives_back_exactly_what_was_saved(demo: Database, tmp_path: Path) -> None:
    saved = content_hash(demo)
    out = tmp_path / "yesterday.sqlite"
    result = core.backup(demo, out)
    assert result["integrity"] == "ok" and result["schema"] == head_revision()
    assert out.is_file() and not Path(f"{out}-wal").exists()  # one self-contained file
    _delete_someone(demo)  # today's work
    assert content_hash(demo) != saved
    path = _path(demo)
    demo.dispose()

    restored = core.restore(path, out)

    assert restored["migrated"] is False and restored["integrity"] == "ok"
    assert _hash_of(path) == saved
    safety = Path(restored["safety_copy"])
    assert safety.parent == path.parent / "backups" and safety.name.endswith("-before-restore.sqlite")
    assert _hash_of(safety) != saved  # today's work is kept too
    assert _hash_of(out) == saved  # the backup itself is not changed


def test_backup_is_consistent_while_another_connection_writes(demo: Database, tmp_path: Path) -> None:
    with demo.session() as s:  # a write transaction open during the backup: not in the copy
        s.get(Participant, 1).city = "Changed"  # type: ignore[union-attr]
        s.flush()
        core.backup(demo, tmp_path / "b.sqlite")
    copy = open_database(str(tmp_path / "b.sqlite"), create=False)
    with copy.session() as s:
        assert s.get(Participant, 1).city != "Changed"  # type: ignore[union-attr]
    copy.dispose()


@pytest.mark.parametrize("kind", ["text", "other_sqlite", "empty_sqlite"])
def test_restore_refuses_what_is_not_a_conference_desk_database(demo: Database, tmp_path: Path, kind: str) -> None:
    bad = tmp_path / "bad.sqlite"
    if kind == "text":
        bad.write_text("name,city\nAna,Oaxaca\n", encoding="utf-8")
    else:
        conn = sqlite3.connect(bad)
        if kind == "other_sqlite":
            conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)")
            conn.commit()
        conn.close()
    before = content_hash(demo)
    path = _path(demo)
    demo.dispose()
    with pytest.raises(core.BackupError, match="is not a Conference Desk database"):
        core.restore(path, bad)
    assert _hash_of(path) == before
    assert not (path.parent / "backups").exists() or not any(
        p.name.endswith("before-restore.sqlite") for p in (path.parent / "backups").iterdir())


def test_restore_refuses_a_backup_from_a_newer_version(demo: Database, tmp_path: Path) -> None:
    future = tmp_path / "future.sqlite"
    core.backup(demo, future)
    conn = sqlite3.connect(future)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = content_hash(demo)
    path = _path(demo)
    demo.dispose()
    with pytest.raises(core.BackupError, match="newer version of Conference Desk.*9999_from_the_future"):
        core.restore(path, future)
    assert _hash_of(path) == before


def test_restore_of_an_older_schema_migrates_it(demo: Database, tmp_path: Path) -> None:
    with demo.session() as s:
        names = sorted((p.given_name, p.family_name) for p in s.scalars(select(Participant)))
    old = tmp_path / "old.sqlite"
    core.backup(demo, old)
    engine = create_engine(f"sqlite:///{old}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    engine.dispose()
    path = _path(demo)
    demo.dispose()

    result = core.restore(path, old)

    assert result["migrated"] is True and result["schema_of_backup"] == "0004"
    assert result["schema"] == head_revision()
    database = open_database(str(path), create=False)
    with database.session() as s:
        assert sorted((p.given_name, p.family_name) for p in s.scalars(select(Participant))) == names
    database.dispose()


def test_restore_replaces_a_database_left_in_wal_mode_without_replaying_its_log(
    demo: Database, tmp_path: Path
) -> None:
    out = tmp_path / "b.sqlite"
    core.backup(demo, out)
    saved = content_hash(demo)
    path = _path(demo)
    keeper = sqlite3.connect(path)  # the last write stays in the -wal file (no checkpoint)
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    keeper.execute("UPDATE participant SET city = 'Only in the log' WHERE id = 3")
    keeper.commit()
    demo.dispose()
    with pytest.raises(core.BackupError, match="in use by another program"):
        core.restore(path, out)  # still open elsewhere: refused, nothing changed
    keeper.close()
    core.restore(path, out)
    assert _hash_of(path) == saved


def test_restore_into_a_missing_file_keeps_no_safety_copy(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "b.sqlite"
    core.backup(demo, out)
    saved = content_hash(demo)
    target = tmp_path / "new" / "conference.sqlite"
    target.parent.mkdir()
    result = core.restore(target, out)
    assert result["safety_copy"] is None
    assert _hash_of(target) == saved


# -- automatic backups and rotation ------------------------------------------


def _touch_backups(folder: Path, stem: str, stamps: list[str]) -> None:
    folder.mkdir(exist_ok=True)
    for stamp in stamps:
        (folder / f"{stem}-{stamp}-auto.sqlite").write_bytes(b"x")


def test_rotation_keeps_the_20_newest_and_one_per_hour_of_the_older(tmp_path: Path) -> None:
    database = tmp_path / "conference.sqlite"
    folder = tmp_path / "backups"
    now = dt.datetime(2015, 10, 2, 12, 0, 0)
    stamps = [(now - dt.timedelta(minutes=10 * i)).strftime("%Y%m%d-%H%M%S") for i in range(60)]  # 10 h
    _touch_backups(folder, "conference", stamps)
    (folder / "conference-old-20150101-000000-auto.sqlite").write_bytes(b"another database")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")

    removed = core.rotate(database, folder, now=now)

    kept = [b.made for b in core.list_backups(database, folder)]
    newest = [now - dt.timedelta(minutes=10 * i) for i in range(20)]
    assert kept[:20] == newest
    older = kept[20:]
    assert len({m.replace(minute=0, second=0) for m in older}) == len(older)  # at most one per hour
    # The 20 newest reach back to 08:50; older hours 08 (the rest of it), 07, 06, 05, 04, 03, 02 keep one each.
    assert [m.strftime("%H:%M") for m in older] == ["08:40", "07:50", "06:50", "05:50", "04:50", "03:50", "02:50"]
    assert len(removed) == 60 - 27
    assert (folder / "conference-old-20150101-000000-auto.sqlite").exists()
    assert (folder / "notes.txt").exists()


def test_auto_backup_names_and_rotates(demo: Database) -> None:
    path = _path(demo)
    made = core.auto_backup(demo, "Hotel allocation", now=dt.datetime(2015, 9, 28, 9, 30, 0))
    assert made == path.parent / "backups" / f"{path.stem}-20150928-093000-hotel-allocation.sqlite"
    again = core.auto_backup(demo, "Hotel allocation", now=dt.datetime(2015, 9, 28, 9, 30, 0))
    assert again is not None and again.name.endswith("-hotel-allocation-2.sqlite")
    assert _hash_of(made) == content_hash(demo)


def test_scheduled_backup_is_skipped_when_nothing_changed(demo: Database) -> None:
    first = core.auto_backup(demo, "scheduled", only_if_changed=True)
    assert first is not None
    assert core.auto_backup(demo, "scheduled", only_if_changed=True) is None


def test_auto_backup_is_made_before_an_import_is_applied(db: Database, tmp_path: Path) -> None:
    from conference_desk.core.people.importing import import_file

    csv = tmp_path / "people.csv"
    csv.write_text("Given name,Family name,Country,Category\nAna,Pérez,MEX,delegate\n", encoding="utf-8")
    folder = _path(db).parent / "backups"
    import_file(db, csv, dry_run=True)
    assert not folder.exists() or not list(folder.glob("*-import.sqlite"))
    before = content_hash(db)
    import_file(db, csv)
    made = list(folder.glob("*-import.sqlite"))
    assert len(made) == 1
    assert _hash_of(made[0]) == before  # the state just before the import


def test_auto_backup_of_postgresql_does_nothing() -> None:
    engine = create_engine("postgresql+psycopg://clerk:secret@db.example.org/iclc2015")
    fake = Database(url=str(engine.url), engine=engine, session_factory=None)  # type: ignore[arg-type]
    assert core.auto_backup(fake, "import") is None
    with pytest.raises(core.BackupError, match="pg_dump --format=custom") as raised:
        core.backup(fake, "x.sqlite")
    assert "secret" not in str(raised.value)
    dump, restore = core.pg_commands("postgresql+psycopg://clerk:secret@db.example.org:5433/iclc2015")
    assert dump == 'pg_dump --format=custom --file=iclc2015.dump "postgresql://clerk@db.example.org:5433/iclc2015"'
    assert restore.startswith("pg_restore --clean --if-exists --no-owner --single-transaction")


# -- CLI and integrity ----------------------------------------------------------


def test_cli_backup_restore_round_trip(demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _path(demo)
    saved = content_hash(demo)
    out = tmp_path / "cli.sqlite"
    demo.dispose()
    assert main(["--db", str(path), "backup", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["file"] == str(out)
    database = open_database(str(path))
    _delete_someone(database)
    database.dispose()
    assert main(["--db", str(path), "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "The previous database was kept as" in printed and "before-restore.sqlite" in printed
    assert _hash_of(path) == saved
    assert main(["--db", str(path), "restore", str(tmp_path)]) == 1  # a folder: refused, one line
    assert "error:" in capsys.readouterr().err


def test_integrity_json_is_clean_on_a_sound_database(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = _path(demo)
    demo.dispose()
    assert main(["--db", str(path), "integrity", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["sqlite_integrity"] == "ok" and report["foreign_keys"] == []
    assert report["schema"] == head_revision()
    assert {c["name"] for c in report["checks"]} == {
        "checkins_without_participant", "checkins_without_badge", "rooms_over_block",
        "badges_not_verifying", "participants_without_search_words", "checkin_counters_off"}


def test_integrity_json_reports_planted_problems(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = _path(demo)
    demo.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM participant_word WHERE participant_id = 7")
    conn.execute("INSERT INTO checkin_event (participant_id, place, day, desk, operator, scanned_at, nonce,"
                 " outcome, reason, scanned_code) VALUES (999999, 'venue', '2015-09-28', 'D', '',"
                 " '2015-09-28 09:00:00', 'planted', 'admitted', '', '')")
    # The desk's counters (migration 0015): the trigger counted the planted admission; two more planted
    # by hand on that day, and a count for a day with no admission at all.
    conn.execute("UPDATE checkin_counter SET admitted = admitted + 2 WHERE day = '2015-09-28'")
    conn.execute("INSERT INTO checkin_counter (day, place, session_id, admitted) VALUES ('2015-09-30', 'session', 4, 3)")
    conn.commit()
    conn.close()

    assert main(["--db", str(path), "integrity", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert report["foreign_keys"] == [{"table": "checkin_event", "rowid": report["foreign_keys"][0]["rowid"],
                                       "parent": "participant"}]
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["participants_without_search_words"]["examples"] == [7]
    assert checks["checkins_without_participant"]["count"] == 1
    assert "1 check-in(s) name a participant who does not exist." == checks["checkins_without_participant"]["message"]
    assert checks["badges_not_verifying"]["ok"] and checks["rooms_over_block"]["ok"]
    assert checks["checkin_counters_off"]["examples"] == ["2015-09-28 venue", "2015-09-30 session 4"]
    assert checks["checkin_counters_off"]["message"] == (
        "2 check-in counter(s) do not match the admissions recorded.")


def test_integrity_finds_a_forged_badge_code(demo: Database, tmp_path: Path) -> None:
    from conference_desk.core.badges.service import print_badges

    print_badges(demo, [1, 2, 3], tmp_path / "b.pdf")
    with demo.session() as s:
        from conference_desk.core.foundation.models import Badge

        badge = s.scalars(select(Badge).order_by(Badge.id)).first()
        assert badge is not None
        badge.code = badge.code[:-5] + ("AAAAA" if not badge.code.endswith("AAAAA") else "BBBBB")
    report = check_integrity(demo)
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["badges_not_verifying"]["count"] == 1 and report["ok"] is False
    assert check_integrity(demo, badge_sample=2)["checks"]
