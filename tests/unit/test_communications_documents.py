"""Letters, certificates and their codes read back in EN/FR/ES; templates escape HTML; keyring in memory."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pypdf import PdfReader
from sqlalchemy import select

from conference_desk.core import communications as comms
from conference_desk.core.safety.audit import AuditFilter, list_entries
from conference_desk.core.communications import codes, outbox
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.models import (
    CheckInEvent,
    CheckInOutcome,
    CheckInPlace,
    Participant,
    ProgrammeSession,
)
from conference_desk.core.people.registration import (  # noqa: F401  (the capability we build on)
    save_participant,
)
from tests.cli_process import run_cli

ROOT = Path(__file__).resolve().parents[2]


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def person(db: Database) -> int:
    from conference_desk.core.demo.generator import populate_demo

    populate_demo(db, participants=40, seed=7)
    with db.session() as s:
        p = s.scalars(select(Participant).order_by(Participant.id)).first()
        p.passport_number = "G12345678"
        return p.id


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("lang, words", [
    ("en", ["Letter of invitation", "Passport number", "G12345678", "Purpose of the visit"]),
    ("fr", ["Lettre d'invitation", "Numéro de passeport", "G12345678", "Objet du séjour"]),
    ("es", ["Carta de invitación", "Número de pasaporte", "G12345678", "Propósito de la visita"]),
])
def test_invitation_letter_reads_back_in_each_language(db: Database, person: int, tmp_path: Path, lang: str,
                                                       words: list[str]) -> None:
    comms.save_letterhead(db, comms.Letterhead(organisation="UNESCO Institute for Lifelong Learning",
                                               address="Feldbrunnenstraße 58, 20148 Hamburg", place="Hamburg",
                                               signatory_name="Arne Carlsen", signatory_title="Director"))
    out = tmp_path / f"letter-{lang}.pdf"
    result = comms.write_invitation_letter(db, person, out, lang)
    text = _text(out)
    for word in [*words, "UNESCO Institute for Lifelong Learning", "Arne Carlsen"]:
        assert word in text
    assert result["passport_included"]
    # The audit log says a letter was made, with the passport masked.
    (entry,) = [e for e in list_entries(db, AuditFilter(), 0, 50) if e.action == "letter invitation"]
    assert "G12345678" not in json.dumps(entry.as_dict(), default=str)


def _admit(db: Database, pid: int, day: dt.date, session_id: int | None = None) -> None:
    with db.session() as s:
        s.add(CheckInEvent(participant_id=pid, place=CheckInPlace.SESSION if session_id else CheckInPlace.VENUE,
                           session_id=session_id, day=day, nonce=f"n-{pid}-{day}-{session_id}",
                           outcome=CheckInOutcome.ADMITTED))


@pytest.mark.parametrize("lang, title", [("en", "Certificate of attendance"), ("fr", "Attestation de participation"),
                                         ("es", "Certificado de asistencia")])
def test_certificate_reads_back_and_its_code_verifies(db: Database, person: int, tmp_path: Path, lang: str,
                                                      title: str) -> None:
    _admit(db, person, dt.date(2015, 9, 28))
    _admit(db, person, dt.date(2015, 9, 30))
    with db.session() as s:
        session = s.scalars(select(ProgrammeSession).where(ProgrammeSession.starts_at.is_not(None))).first()
        sid, session_title = session.id, session.title(lang)
        day = session.starts_at.date()
    _admit(db, person, day, sid)
    out = tmp_path / "c.pdf"
    result = comms.write_certificates(db, [person], out, lang)
    code = result["codes"][str(person)]
    text = _text(out)
    assert title in text and code in text and session_title.split()[0] in text
    check = comms.verify(db, code)
    assert check["valid"] is True and check["participant"]["id"] == person
    assert "2015-09-28" in check["days"] and "2015-09-30" in check["days"]


def test_a_certificate_code_altered_by_one_character_is_refused(db: Database, person: int) -> None:
    _admit(db, person, dt.date(2015, 9, 29))
    code = comms.certificate(db, person).code
    assert comms.verify(db, code)["valid"]
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for i in range(3, len(code)):
        for ch in alphabet[::7]:
            if ch == code[i]:
                continue
            altered = code[:i] + ch + code[i + 1:]
            assert comms.verify(db, altered)["valid"] is False, altered
    # Another conference's key refuses it too.
    with db.session() as s:
        from conference_desk.core.foundation.models import Conference

        conf = s.scalar(select(Conference))
        assert not codes.check_code(b"another secret", conf.code, code, conf.start_date).valid


def test_no_certificate_without_check_in_unless_an_organiser_allows_it(db: Database, person: int) -> None:
    with pytest.raises(comms.NoAttendance):
        comms.certificate(db, person)
    comms.allow_certificate(db, person, "spoke by video link")
    assert comms.certificate(db, person).overridden
    assert [e for e in list_entries(db, AuditFilter(), 0, 50) if e.action == "certificate override"]


def test_html_part_escapes_a_participants_name_and_free_text(db: Database, person: int) -> None:
    with db.session() as s:
        s.get(Participant, person).given_name = "<script>x</script>"
    r = outbox.preview(db, "message", person, "en", custom_subject="Hello", custom_body="1 < 2 & <b>bold</b>")
    assert "<script>" not in r.html and "&lt;script&gt;" in r.html
    assert "&lt;b&gt;bold&lt;/b&gt;" in r.html and "<b>bold</b>" in r.text


@pytest.mark.parametrize("template", comms.TEMPLATES)
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_template_renders_in_every_language(db: Database, person: int, template: str, lang: str) -> None:
    if template == "certificate":
        _admit(db, person, dt.date(2015, 9, 28))
    r = outbox.preview(db, template, person, lang, custom_subject="S", custom_body="B")
    assert r.subject and r.text.strip() and "<html" in r.html and r.lang == lang


def test_password_goes_to_the_keyring_never_to_the_database(db: Database, memory_keyring: MemoryKeyring) -> None:
    settings = comms.MailSettings(host="smtp.example.org", port=587, user="iclc", sender="iclc@example.org")
    comms.save_settings(db, settings)
    comms.store_password(settings, "s3cret-pw")
    assert comms.get_password(comms.load_settings(db)) == "s3cret-pw"
    assert b"s3cret-pw" not in Path(db.engine.url.database).read_bytes()


def test_cli_verify_says_valid_and_refuses_an_altered_code(db: Database, person: int, db_path: Path) -> None:
    _admit(db, person, dt.date(2015, 9, 28))
    code = comms.certificate(db, person).code
    altered = code[:10] + ("A" if code[10] != "A" else "B") + code[11:]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(db_path.parent)}
    for text, valid in ((code, True), (altered, False)):
        out = run_cli(["--db", str(db_path), "certificates", "verify", text, "--json"], env=env)
        assert out.returncode == 0, out.stderr
        data = json.loads(out.stdout)
        assert data["valid"] is valid and set(data) == {"valid", "reason", "participant", "days"}
