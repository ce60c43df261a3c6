"""Certificate codes: signed with the conference's secret like badge codes, verified offline.

``CC1`` + 24 body characters + 1 check character (28 characters), Crockford base32
(the badge alphabet: QR alphanumeric, typed alike on any keyboard).  The body is 15 bytes:

====== ===== ======================================================================
bytes  bits  what
====== ===== ======================================================================
0-3    32    participant id
4      8     days attended: bit i = the i-th day from the conference's first day
5-14   80    MAC: HMAC-SHA256(Conference.badge_secret, "certificate" + conference code + bytes 0-4)[:10]
====== ===== ======================================================================

The check character (Luhn mod 32, as on badges) catches any single altered character
before the MAC is looked at; the MAC then tells a genuine certificate from a forged one
with the secret alone: no server, no network.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from ..badges.codes import ALPHABET, check_char, normalise

PREFIX = "CC1"
BODY_BYTES = 15
BODY_CHARS = BODY_BYTES * 8 // 5  # 24
CODE_LENGTH = len(PREFIX) + BODY_CHARS + 1  # 28
MAX_DAYS = 8
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


@dataclass(frozen=True)
class CertificateCheck:
    valid: bool
    reason: str  # ok | malformed | altered | forged
    participant_id: int | None = None
    days: tuple[dt.date, ...] = ()


def _mac(secret: bytes, conference_code: str, signed: bytes) -> bytes:
    message = b"conference-desk/certificate\x00" + conference_code.encode("utf-8") + b"\x00" + signed
    return hmac.new(secret, message, hashlib.sha256).digest()[:10]


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = len(data) * 8 // 5
    return "".join(ALPHABET[(number >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _decode(text: str) -> bytes:
    number = 0
    for ch in text:
        number = (number << 5) | _VALUE[ch]
    return number.to_bytes(len(text) * 5 // 8, "big")


def day_mask(days: list[dt.date] | tuple[dt.date, ...], first_day: dt.date) -> int:
    mask = 0
    for day in days:
        offset = (day - first_day).days
        if 0 <= offset < MAX_DAYS:
            mask |= 1 << offset
    return mask


def make_code(secret: bytes, conference_code: str, participant_id: int, days: list[dt.date] | tuple[dt.date, ...],
              first_day: dt.date) -> str:
    if not secret:
        raise ValueError("the conference has no secret")
    signed = int(participant_id).to_bytes(4, "big") + bytes([day_mask(days, first_day)])
    head = PREFIX + _encode(signed + _mac(secret, conference_code, signed))
    return head + check_char(head)


def check_code(secret: bytes, conference_code: str, text: str, first_day: dt.date) -> CertificateCheck:
    code = normalise(text)
    if len(code) != CODE_LENGTH or not code.startswith(PREFIX) or any(ch not in _VALUE for ch in code[1:]):
        return CertificateCheck(False, "malformed")
    if check_char(code[:-1]) != code[-1]:
        return CertificateCheck(False, "altered")
    body = _decode(code[len(PREFIX):-1])
    signed, mac = body[:5], body[5:]
    if not hmac.compare_digest(_mac(secret, conference_code, signed), mac):
        return CertificateCheck(False, "forged")
    mask = signed[4]
    days = tuple(first_day + dt.timedelta(days=i) for i in range(MAX_DAYS) if mask & (1 << i))
    return CertificateCheck(True, "ok", int.from_bytes(signed[:4], "big"), days)
