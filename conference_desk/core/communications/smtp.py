"""Talking to the SMTP server (smtplib): connect with the settings' security, classify answers."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from .settings import MailSettings


class SmtpUnavailable(Exception):
    """Could not connect or log in: nothing was sent."""


def connect(settings: MailSettings, password: str | None) -> smtplib.SMTP:
    timeout = max(1, int(settings.timeout_seconds))
    try:
        if settings.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, int(settings.port), timeout=timeout,
                                                    context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(settings.host, int(settings.port), timeout=timeout)
            if settings.security == "starttls":
                server.starttls(context=ssl.create_default_context())
        if settings.user:
            if password is None:
                server.close()
                raise SmtpUnavailable("the SMTP password is needed (none stored in the keyring)")
            server.login(settings.user, password)
        return server
    except smtplib.SMTPAuthenticationError as exc:
        raise SmtpUnavailable(f"the server refused the login: {answer(exc)}") from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SmtpUnavailable(f"cannot reach {settings.host}:{settings.port}: {exc}") from exc


def answer(exc: BaseException) -> str:
    """The server's answer in an exception, as one line: "550 5.1.1 no such user"."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        parts = [f"{code} {msg.decode('utf-8', 'replace') if isinstance(msg, bytes) else msg}"
                 for code, msg in exc.recipients.values()]
        return "; ".join(parts)
    code = getattr(exc, "smtp_code", None)
    msg = getattr(exc, "smtp_error", None)
    if code is not None:
        text = msg.decode("utf-8", "replace") if isinstance(msg, bytes) else str(msg or "")
        return f"{code} {text}".strip()
    return str(exc) or type(exc).__name__


def is_temporary(exc: BaseException) -> bool:
    """4xx answers are temporary (retry later); 5xx are permanent."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _msg in exc.recipients.values())
    code = getattr(exc, "smtp_code", None)
    return code is not None and 400 <= int(code) < 500


def send_test(settings: MailSettings, password: str | None, to: str) -> str:
    """Send a short test message to ``to``; returns the server's answer, raises SmtpUnavailable."""
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = to
    if settings.reply_to:
        msg["Reply-To"] = settings.reply_to
    msg["Subject"] = "Conference Desk: test message"
    msg["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    msg.set_content("This test message from Conference Desk shows that the mail settings work.\n")
    server = connect(settings, password)
    try:
        server.send_message(msg)
        return "accepted"
    except smtplib.SMTPException as exc:
        raise SmtpUnavailable(answer(exc)) from exc
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            pass


def sender_header(settings: MailSettings, name: str = "") -> str:
    return formataddr((name, settings.sender)) if name else settings.sender
