"""Writing to participants (issue 19): letters, certificates, mail merge and a crash-safe outbox.

The public face of the capability (nothing outside this package, the CLI and the UI import it):

* ``settings``: :class:`MailSettings` (SMTP host, port, security, user, sender, reply-to, throttle),
  :class:`Letterhead`, the password in the OS keyring (``store_password``, ``get_password``).
* ``templates``: Jinja2 templates per message kind in EN/FR/ES, text + auto-escaped HTML.
* ``outbox`` (the module): :func:`queue`, :func:`preview`, :func:`send_pending`, ``outbox.outbox`` (list), ``resend``, ``mark_sent``.
* ``letters``: :func:`write_invitation_letter` (visa letter); ``certificates``: :func:`write_certificates`,
  :func:`allow_certificate`, :func:`verify` (signed codes, ``codes.py``).
"""

from __future__ import annotations

from .certificates import NoAttendance, allow_certificate, certificate, verify, write_certificates
from .letters import write_invitation_letter
from .outbox import (QueueResult, Recipients, SendReport, counts, mark_sent, preview, queue,
                     recover_interrupted, resend, select_recipients, send_pending)
from .people import CommunicationsError
from .settings import (KeyringUnavailable, Letterhead, MailSettings, MailSettingsError, get_password,
                       keyring_available, load_letterhead, load_settings, save_letterhead, save_settings,
                       store_password)
from .templates import TEMPLATES

__all__ = [
    "CommunicationsError", "KeyringUnavailable", "Letterhead", "MailSettings", "MailSettingsError", "NoAttendance",
    "QueueResult", "Recipients", "SendReport", "TEMPLATES", "allow_certificate", "certificate", "counts",
    "get_password", "keyring_available", "load_letterhead", "load_settings", "mark_sent", "preview",
    "queue", "recover_interrupted", "resend", "save_letterhead", "save_settings", "select_recipients",
    "send_pending", "store_password", "verify", "write_certificates", "write_invitation_letter",
]
