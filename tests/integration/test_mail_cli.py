"""From the demo, by the command line: every Mexican delegate gets a confirmation with a scannable e-badge and a
visa letter, after the conference a verifiable certificate, and the outbox proves who got what."""

from __future__ import annotations

import email
import email.policy
import io
import json
import os
import socket
import subprocess
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader

from tests.cli_process import run_cli

ROOT = Path(__file__).resolve().parents[2]


class Collector:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted"


@pytest.fixture
def smtp_server():  # type: ignore[no-untyped-def]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    handler.port = port  # type: ignore[attr-defined]
    try:
        yield handler
    finally:
        controller.stop()


def _cli(db_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = run_cli(["--db", str(db_path), *args], env=env, input=stdin, timeout=600)
    assert out.returncode == 0, out.stderr
    return out


def _json(db_path: Path, *args: str) -> dict:  # type: ignore[type-arg]
    return json.loads(_cli(db_path, *args, "--json").stdout)


def test_mexican_delegates_get_confirmation_letter_and_certificate(tmp_path: Path, smtp_server: Collector) -> None:
    import zxingcpp
    from PIL import Image

    db = tmp_path / "iclc.sqlite"
    _cli(db, "init")
    _cli(db, "demo", "--participants", "300")
    _json(db, "mail", "settings", "--host", "127.0.0.1", "--port", str(smtp_server.port), "--security", "none",
          "--sender", "iclc2015@uil.example", "--reply-to", "registration@uil.example", "--throttle", "0")
    queued = _json(db, "mail", "queue", "confirmation", "--delegation", "MEX")
    mexicans = queued["participants"]
    assert queued["queued"] == len(mexicans) > 0
    assert _json(db, "mail", "send") == {"sent": len(mexicans), "failed": 0, "retry_later": 0, "unknown": 0}
    _json(db, "mail", "queue", "invitation", "--delegation", "MEX")
    assert _json(db, "mail", "send")["sent"] == len(mexicans)
    assert len(smtp_server.messages) == 2 * len(mexicans)

    first = mexicans[0]
    confirmation = next(m for m in smtp_server.messages
                        if any(p.get_filename() == f"badge-{first}.png" for p in m.iter_attachments()))
    png = next(p for p in confirmation.iter_attachments() if p.get_filename() == f"badge-{first}.png")
    with Image.open(io.BytesIO(png.get_content())) as image:
        (code,) = [r.text for r in zxingcpp.read_barcodes(image.convert("RGB"))]
    assert _json(db, "badges", "check", code)["participant_id"] == first
    letter = next(m for m in smtp_server.messages
                  if any(p.get_filename() == f"invitation-letter-{first}.pdf" for p in m.iter_attachments()))
    pdf = next(p for p in letter.iter_attachments() if p.get_filename() == f"invitation-letter-{first}.pdf")
    text = " ".join(PdfReader(io.BytesIO(pdf.get_content())).pages[0].extract_text().split())
    assert "Carta de invitación" in text or "Letter of invitation" in text or "Lettre d'invitation" in text

    # After the conference: the one who came gets a certificate; the others are skipped.
    _json(db, "checkin", code, "--at", "2015-09-28T09:00:00")
    cert = _json(db, "mail", "queue", "certificate", "--delegation", "MEX")
    assert cert["participants"] == [first] and len(cert["skipped"]) == len(mexicans) - 1
    assert _json(db, "mail", "send")["sent"] == 1
    body = smtp_server.messages[-1].get_body(("plain",)).get_content()
    cert_code = next(word for word in body.split() if word.startswith("CC1"))
    verified = _json(db, "certificates", "verify", cert_code)
    assert verified["valid"] is True and verified["participant"]["id"] == first and verified["days"] == ["2015-09-28"]
    altered = cert_code[:-2] + ("0" if cert_code[-2] != "0" else "1") + cert_code[-1]
    assert _json(db, "certificates", "verify", altered)["valid"] is False

    # Proof of who got what: the outbox of the person, Message-IDs as received.
    mine = _json(db, "mail", "outbox", "--participant", str(first))["messages"]
    assert sorted(m["template"] for m in mine) == ["certificate", "confirmation", "invitation"]
    assert {m["state"] for m in mine} == {"sent"}
    received = {m["Message-ID"] for m in smtp_server.messages}
    assert {m["message_id"] for m in mine} <= received
