"""Mail settings (SMTP server, sender), the letterhead and signatory, and the SMTP password.

Settings are JSON values in the conference's ``setting`` table (keys ``mail.smtp`` and
``letters.letterhead``).  The password is never stored there nor in any file: it lives in the
operating system's keyring (the ``keyring`` library), under the service ``conference-desk-smtp``
and the name ``user@host:port``.  When no usable keyring backend exists the password is asked
for at send time (``KeyringUnavailable`` says so).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select

from ..foundation.audit import Actor, record
from ..foundation.db import Database
from ..foundation.errors import ConferenceDeskError
from ..foundation.models import Conference, Setting, utcnow

SMTP_KEY = "mail.smtp"
LETTERHEAD_KEY = "letters.letterhead"
KEYRING_SERVICE = "conference-desk-smtp"
SECURITY = ("none", "starttls", "tls")


class MailSettingsError(ConferenceDeskError):
    """Settings that cannot be used (bad port, no sender...)."""


class KeyringUnavailable(ConferenceDeskError):
    """No keyring backend on this computer: the password cannot be kept, it is asked at send time."""


@dataclass
class MailSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # none | starttls | tls
    user: str = ""
    sender: str = ""
    reply_to: str = ""
    # At most this many messages a minute (0: no limit).
    throttle_per_minute: int = 30
    # Temporary failures (4xx) are retried this many times in all, waiting
    # retry_base_seconds * 2^(attempt - 1) (at most an hour) between attempts.
    max_attempts: int = 5
    retry_base_seconds: int = 60
    timeout_seconds: int = 30

    def problems(self) -> list[str]:
        found = []
        if not self.host.strip():
            found.append("no SMTP host")
        if not 1 <= int(self.port) <= 65535:
            found.append(f"port {self.port} is not between 1 and 65535")
        if self.security not in SECURITY:
            found.append(f"security must be one of {', '.join(SECURITY)}")
        if "@" not in self.sender:
            found.append("no sender address")
        if self.reply_to and "@" not in self.reply_to:
            found.append("the reply-to address is not an e-mail address")
        if self.throttle_per_minute < 0:
            found.append("the throttle cannot be negative")
        return found

    @property
    def keyring_name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


@dataclass
class Letterhead:
    """Set up once: printed at the top of letters and certificates and under the signature."""

    organisation: str = ""  # one or more lines
    address: str = ""  # one or more lines
    place: str = ""  # where letters are signed, e.g. "Hamburg"
    signatory_name: str = ""
    signatory_title: str = ""


def _from_dict(cls: type, data: Any) -> Any:
    known = {f.name: f for f in fields(cls)}
    values = {}
    if isinstance(data, dict):
        for key, value in data.items():
            if key in known and key != "password":
                values[key] = value
    obj = cls(**values)
    for name, f in known.items():  # a hand-edited value of the wrong type falls back to the default
        default = getattr(cls(), name)
        if not isinstance(getattr(obj, name), type(default)):
            setattr(obj, name, default)
    return obj


def _read(db: Database, key: str) -> Any:
    with db.session() as s:
        row = s.get(Setting, key)
        if row is None:
            return None
        try:
            return json.loads(row.value)
        except ValueError:
            return None


def _write(db: Database, key: str, value: dict[str, Any], actor: Actor, what: str) -> None:
    with db.session() as s:
        row = s.get(Setting, key)
        before = json.loads(row.value) if row is not None else None
        if row is None:
            row = Setting(key=key)
            s.add(row)
        row.value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row.updated_at = utcnow()
        record(s, actor, "settings", "setting", None, summary=f"Changed the {what}",
               changes={"key": key, "value": [before, value]})


def load_settings(db: Database) -> MailSettings:
    return _from_dict(MailSettings, _read(db, SMTP_KEY))


def save_settings(db: Database, settings: MailSettings, actor: Actor | None = None) -> MailSettings:
    problems = settings.problems()
    if problems:
        raise MailSettingsError("Mail settings not saved: " + "; ".join(problems) + ".")
    _write(db, SMTP_KEY, asdict(settings), actor or Actor(), "mail settings")
    return settings


def load_letterhead(db: Database) -> Letterhead:
    data = _read(db, LETTERHEAD_KEY)
    head = _from_dict(Letterhead, data)
    if data is None:  # not set up yet: the conference's organisers
        with db.session() as s:
            conf = s.scalar(select(Conference).limit(1))
            if conf is not None:
                head.organisation = "\n".join(x.strip() for x in (conf.organisers or "").split(";") if x.strip())
                head.place = conf.city or ""
    return head


def save_letterhead(db: Database, head: Letterhead, actor: Actor | None = None) -> Letterhead:
    _write(db, LETTERHEAD_KEY, asdict(head), actor or Actor(), "letterhead")
    return head


# --------------------------------------------------------------------------
# The password: the operating system's keyring, nowhere else
# --------------------------------------------------------------------------


def keyring_available() -> bool:
    """True when a keyring backend that can keep secrets is available."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring installation is "no keyring"
        return False
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:  # noqa: BLE001 - some backends compute priority and fail when unusable
        return False


def store_password(settings: MailSettings, password: str) -> None:
    if not keyring_available():
        raise KeyringUnavailable(
            "This computer has no keyring to keep the SMTP password: it was not stored, and will be asked "
            "for when messages are sent.")
    import keyring

    keyring.set_password(KEYRING_SERVICE, settings.keyring_name, password)


def get_password(settings: MailSettings) -> str | None:
    """The stored password, or None (none stored, or no keyring)."""
    if not settings.user or not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_name)
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask for the password
        return None


def delete_password(settings: MailSettings) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, settings.keyring_name)
    except PasswordDeleteError:
        pass
