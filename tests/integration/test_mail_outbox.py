"""The outbox against a real SMTP server on localhost (aiosmtpd): arrival, retries, failures, kill -9."""

from __future__ import annotations

import email
import email.policy
import io
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from conference_desk.core import communications as comms
from conference_desk.core.communications import outbox
from conference_desk.core.foundation.db import Database
from conference_desk.core.demo.generator import populate_demo
from conference_desk.core.foundation.models import (
    Badge,
    Delegation,
    MailMessage,
    MailState,
    MemberState,
    Participant,
    ParticipantStatus,
)
from tests.cli_process import run_cli

ROOT = Path(__file__).resolve().parents[2]


class Collector:
    """An SMTP handler that keeps every message; addresses in ``temporary``/``permanent`` are refused."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.temporary: dict[str, int] = {}  # address -> how many more times to answer 451
        self.permanent: set[str] = set()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802, ANN001, ANN201
        with self.lock:
            if address in self.permanent:
                return "550 5.1.1 mailbox unavailable"
            if self.temporary.get(address, 0) > 0:
                self.temporary[address] -= 1
                return "451 4.7.1 greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(msg)
        return "250 Message accepted"


@pytest.fixture
def smtp_server():  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as probe:  # a free port (aiosmtpd's controller cannot start on port 0)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        handler.port = port  # type: ignore[attr-defined]
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def conference(db: Database) -> Database:
    populate_demo(db, participants=260, seed=2015)
    return db


def _settings(port: int, **extra: object) -> comms.MailSettings:
    return comms.MailSettings(host="127.0.0.1", port=port, security="none", sender="secretariat@uil.example",
                              reply_to="iclc@uil.example", throttle_per_minute=0, **extra)


def _mexicans(db: Database) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(Participant.id).join(Delegation, Delegation.id == Participant.delegation_id)
                              .join(MemberState, MemberState.id == Delegation.member_state_id)
                              .where(MemberState.iso3 == "MEX",
                                     Participant.status != ParticipantStatus.CANCELLED)))


def _qr_codes(png: bytes) -> list[str]:
    import zxingcpp
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return [r.text for r in zxingcpp.read_barcodes(image.convert("RGB"))]


def test_confirmations_to_a_delegation_arrive_once_each_with_a_scannable_badge(conference: Database,
                                                                                smtp_server: Collector) -> None:
    db = conference
    settings = _settings(smtp_server.port)
    comms.save_settings(db, settings)
    mexicans = _mexicans(db)
    result = outbox.queue(db, "confirmation", comms.Recipients(delegation_iso3="MEX"))
    assert sorted(result.participants) == sorted(mexicans) and mexicans
    report = outbox.send_pending(db, settings)
    assert report.as_dict() == {"sent": len(mexicans), "failed": 0, "retry_later": 0, "unknown": 0}
    assert len(smtp_server.messages) == len(mexicans)
    ids = [m["Message-ID"] for m in smtp_server.messages]
    assert len(set(ids)) == len(ids)
    with db.session() as s:
        people = {p.email: p for p in s.scalars(select(Participant).where(Participant.id.in_(mexicans)))}
        badges = {b.participant_id: b.code for b in s.scalars(select(Badge).where(Badge.revoked_at.is_(None)))}
        rows = {r.message_id: r for r in s.scalars(select(MailMessage))}
    subjects = {"es": "Su inscripción está confirmada — ICLC 2015", "en": "Your registration is confirmed — ICLC 2015",
                "fr": "Votre inscription est confirmée — ICLC 2015"}
    for msg in smtp_server.messages[:6]:  # decoding every QR is slow: a few are enough
        address = msg["To"].addresses[0].addr_spec
        person = people[address]
        lang = person.preferred_language.value
        assert msg["Subject"] == subjects[lang]
        assert msg["Content-Language"] == lang
        assert msg["Reply-To"] == "iclc@uil.example"
        assert rows[msg["Message-ID"]].state == MailState.SENT
        parts = {part.get_filename(): part for part in msg.iter_attachments()}
        assert set(parts) == {f"badge-{person.id}.pdf", f"badge-{person.id}.png"}
        assert _qr_codes(parts[f"badge-{person.id}.png"].get_content()) == [badges[person.id]]
        assert badges[person.id] in msg.get_body(("plain",)).get_content()
        assert msg.get_body(("html",)) is not None
    # Each sent message is on the participant's record in the audit log.
    from conference_desk.core.safety.audit import AuditFilter, list_entries

    sent = [e for e in list_entries(db, AuditFilter(), 0, 1000) if e.action == "mail sent"]
    assert len(sent) == len(mexicans)


def test_the_badge_pdf_attachment_carries_the_current_code(conference: Database, smtp_server: Collector) -> None:
    db = conference
    settings = _settings(smtp_server.port)
    pid = _mexicans(db)[0]
    outbox.queue(db, "confirmation", [pid], settings=settings)
    outbox.send_pending(db, settings)
    (msg,) = smtp_server.messages
    pdf = next(p for p in msg.iter_attachments() if p.get_filename() == f"badge-{pid}.pdf").get_content()
    from conference_desk.core.badges.render import _rasterise

    (image,) = _rasterise(pdf, 200)
    import zxingcpp

    with db.session() as s:
        code = s.scalar(select(Badge.code).where(Badge.participant_id == pid, Badge.revoked_at.is_(None)))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [code]


def test_temporary_failure_is_retried_and_permanent_one_is_marked_failed(conference: Database,
                                                                          smtp_server: Collector) -> None:
    db = conference
    settings = _settings(smtp_server.port, retry_base_seconds=1)
    a, b, c = _mexicans(db)[:3]
    with db.session() as s:
        mail = {p.id: p.email for p in s.scalars(select(Participant).where(Participant.id.in_([a, b, c])))}
    smtp_server.temporary[mail[a]] = 1
    smtp_server.permanent.add(mail[b])
    outbox.queue(db, "hotel", [a, b, c], settings=settings)
    first = outbox.send_pending(db, settings)
    assert first.as_dict() == {"sent": 1, "failed": 1, "retry_later": 1, "unknown": 0}
    rows = {r["participant_id"]: r for r in outbox.outbox(db)}
    assert rows[b]["state"] == "failed" and rows[b]["server_answer"] == "550 5.1.1 mailbox unavailable"
    assert rows[a]["state"] == "retry" and rows[a]["server_answer"].startswith("451")
    assert outbox.send_pending(db, settings).sent == 0  # not due yet: backoff
    with db.session() as s:  # the wait has passed
        s.execute(update(MailMessage).values(next_attempt_at=None))
    second = outbox.send_pending(db, settings)
    assert second.as_dict() == {"sent": 1, "failed": 0, "retry_later": 0, "unknown": 0}
    received = [m["To"].addresses[0].addr_spec for m in smtp_server.messages]
    assert sorted(received) == sorted([mail[a], mail[c]])
    rows = {r["participant_id"]: r for r in outbox.outbox(db)}
    assert rows[a]["state"] == "sent" and rows[a]["attempts"] == 2
    # Same Message-ID across the retry: the one made at queue time.
    assert rows[a]["message_id"] in [m["Message-ID"] for m in smtp_server.messages]


def _cli(db_path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "conference_desk", "--db", str(db_path), *args]


@pytest.mark.slow  # scale/torture: left out by scripts/test --quick
def test_kill_during_a_send_of_200_messages_never_sends_twice_nor_loses_one(conference: Database, db_path: Path,
                                                                            smtp_server: Collector) -> None:
    db = conference
    comms.save_settings(db, _settings(smtp_server.port))
    ids = select_ids = outbox.select_recipients(db, comms.Recipients(everyone=True))[:200]
    assert len(select_ids) == 200
    outbox.queue(db, "message", ids, custom_subject="Practical information", custom_body="The venue opens at 8:00.")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(19)
    kills = 0
    for _round in range(6):
        if outbox.due_count(db) == 0:
            break
        proc = subprocess.Popen(_cli(db_path, "mail", "send", "--json"), env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        # Kill once some messages went through (the server saw them), at a random moment.
        seen = len(smtp_server.messages)
        deadline = time.monotonic() + 60
        target = seen + rng.randint(5, 30)
        while len(smtp_server.messages) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.choice([0.0, rng.uniform(0.0, 0.08)]))  # right after a message arrived, or anywhere
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.communicate(timeout=60)
    final = run_cli(["--db", str(db_path), "mail", "send", "--json"], env=env, timeout=300)
    assert final.returncode == 0, final.stderr
    assert kills >= 2
    received = [m["Message-ID"] for m in smtp_server.messages]
    assert len(received) == len(set(received)), "a message was received twice"
    rows = outbox.outbox(db)
    by_state: dict[str, set[str]] = {}
    for r in rows:
        by_state.setdefault(r["state"], set()).add(r["message_id"])
    assert set(by_state) <= {"sent", "unknown"}, by_state.keys()
    assert by_state["sent"] <= set(received)  # nothing marked sent that did not arrive
    assert set(received) <= by_state["sent"] | by_state.get("unknown", set())  # nothing arrived unrecorded
    assert len(by_state.get("unknown", ())) <= kills  # at most the one in flight per kill
    assert len(rows) == 200
    json.loads(final.stdout)
    print(f"\nkills={kills} received={len(received)} sent={len(by_state['sent'])} "
          f"unknown={len(by_state.get('unknown', ()))}")
