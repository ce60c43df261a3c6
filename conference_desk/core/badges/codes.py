"""The QR payload of a badge: signed, versioned, tied to the conference, no personal data.

A code reads ``CD1`` + 32 body characters + 1 check character (36 characters),
e.g. ``CD1K8W3Q0ZP5T2M9XV7RB4N6JD1HC0FG8AS``:

* ``CD``  says "Conference Desk badge"; ``1`` is the format version.
* The body is 20 bytes in Crockford base32 (``0-9 A-Z`` without ``I L O U``):

  ====== ======= ===================================================
  bytes  bits    what
  ====== ======= ===================================================
  0-1    16      conference tag: HMAC-SHA256(secret, "tag" + conference code)[:2]
  2-8    56      badge serial: random (``secrets``), stored with the badge
  9      8       badge version (1 = first issue, +1 on each reprint)
  10-19  80      MAC: HMAC-SHA256(secret, prefix + tag + serial + version + conference code)[:10]
  ====== ======= ===================================================

* The last character is a Luhn mod 32 check over the 35 before it, so any
  single mistyped or altered character is caught before the MAC is looked at
  (and reported as altered, never as "another conference's badge").

Only upper-case letters and digits: these are QR *alphanumeric* mode (a
36-character code fits a version 2 symbol, 25 x 25 modules, at ECC M) and keys
a USB scanner types the same way on US and Spanish layouts.  On input, case is
ignored, ``O`` reads as ``0`` and ``I``/``L`` as ``1`` (Crockford), and
whitespace, CR/LF/TAB suffixes, hyphens and control characters are dropped.

No personal data: a code is random serial + version + two MAC-derived values.
The desk tells a genuine code from a forged one with the conference's secret
alone (no database); the database then says whether that badge exists, was
revoked by a reprint, or belongs to a cancelled participant.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Crockford's confusables, read as the digits they look like.
_ALIASES = {"O": "0", "I": "1", "L": "1"}

PREFIX = "CD"
FORMAT_VERSION = 1
TAG_BYTES = 2
SERIAL_BYTES = 7
VERSION_BYTES = 1
MAC_BYTES = 10
BODY_BYTES = TAG_BYTES + SERIAL_BYTES + VERSION_BYTES + MAC_BYTES  # 20 bytes = 160 bits
BODY_CHARS = BODY_BYTES * 8 // 5  # 32 (160 bits divide exactly: no padding bits)
CODE_LENGTH = len(PREFIX) + 1 + BODY_CHARS + 1  # 36
MAX_VERSION = 255
# Anything longer than this is not worth normalising (a scanner never sends it).
MAX_INPUT = 200

OUTCOME_OK = "ok"
OUTCOME_MALFORMED = "malformed"
OUTCOME_FORGED = "forged"
OUTCOME_OTHER_CONFERENCE = "other_conference"


@dataclass(frozen=True)
class ParsedCode:
    """The parts of a structurally valid code (the check character already verified)."""

    code: str  # canonical form: what is stored in Badge.code
    format_version: int
    tag: bytes
    serial: bytes
    version: int
    mac: bytes

    @property
    def signed_part(self) -> bytes:
        return self.tag + self.serial + bytes([self.version])


# --------------------------------------------------------------------------
# Base32 and the check character
# --------------------------------------------------------------------------


def _b32encode(data: bytes) -> str:
    assert len(data) * 8 % 5 == 0
    number = int.from_bytes(data, "big")
    chars = len(data) * 8 // 5
    return "".join(ALPHABET[(number >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _b32decode(text: str) -> bytes:
    number = 0
    for ch in text:
        number = (number << 5) | _VALUE[ch]
    return number.to_bytes(len(text) * 5 // 8, "big")


def check_char(text: str) -> str:
    """Luhn mod 32 check character of ``text`` (canonical alphabet characters).

    Detects every single-character substitution and most adjacent transpositions.
    """
    total = 0
    factor = 2
    for ch in reversed(text):
        addend = factor * _VALUE[ch]
        addend = addend // 32 + addend % 32
        total += addend
        factor = 1 if factor == 2 else 2
    return ALPHABET[(32 - total % 32) % 32]


def _check_ok(text: str) -> bool:
    return check_char(text[:-1]) == text[-1]


# --------------------------------------------------------------------------
# Normalising what a scanner or a person typed
# --------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Upper-case, confusables mapped, whitespace/control characters/hyphens removed.

    The result may still contain characters outside the alphabet.
    """
    if not isinstance(text, str):
        return ""
    text = text[: MAX_INPUT * 2]
    if text.isascii():  # what scanners send: one C-level pass, the same result as the loop below
        return text.translate(_ASCII_NORMALISE)[: MAX_INPUT * 2]
    return _normalise_chars(text)


def _normalise_chars(text: str) -> str:
    """normalise(), one character at a time (any text)."""
    out = []
    for ch in text:
        if ch.isspace() or ch == "-" or ord(ch) < 32 or ord(ch) == 127:
            continue
        # upper() may give several characters ("ﬁ" -> "FI"): map each, so normalising is idempotent.
        out.extend(_ALIASES.get(c, c) for c in ch.upper())
    return "".join(out)[: MAX_INPUT * 2]


def _ascii_normalise_table() -> dict[int, str | None]:
    """normalise() of each ASCII character, as a str.translate table (None: removed)."""
    table: dict[int, str | None] = {}
    for i in range(128):
        ch = chr(i)
        if ch.isspace() or ch == "-" or i < 32 or i == 127:
            table[i] = None
        else:
            upper = ch.upper()
            table[i] = _ALIASES.get(upper, upper)
    return table


_ASCII_NORMALISE = _ascii_normalise_table()


def looks_like_code(text: str) -> bool:
    """Our prefix and about our length: a badge code, read right or misread (not a name).

    What a scanner sends, or a clerk copies from a damaged badge, is recognised by
    its form however fast it was typed; the check character then tells a misread.
    """
    canonical = normalise(text)
    if not canonical.startswith(PREFIX) or abs(len(canonical) - CODE_LENGTH) > 2:
        return False
    return sum(ch not in _VALUE for ch in canonical) <= 1


def _shape_ok(text: str) -> bool:
    return len(text) == CODE_LENGTH and all(ch in _VALUE for ch in text)


# --------------------------------------------------------------------------
# Keys, making and parsing codes
# --------------------------------------------------------------------------


def conference_tag(secret: bytes, conference_code: str) -> bytes:
    """A short public value that differs between conferences (derived from the secret)."""
    digest = hmac.new(secret, b"conference-desk/badge-tag\x00" + conference_code.encode("utf-8"),
                      hashlib.sha256).digest()
    return digest[:TAG_BYTES]


def _mac(secret: bytes, conference_code: str, signed_part: bytes, format_version: int) -> bytes:
    message = (
        b"conference-desk/badge\x00"
        + f"{PREFIX}{format_version}".encode("ascii")
        + b"\x00"
        + conference_code.encode("utf-8")
        + b"\x00"
        + signed_part
    )
    return hmac.new(secret, message, hashlib.sha256).digest()[:MAC_BYTES]


def new_serial() -> bytes:
    """A fresh random badge serial (56 bits from the OS's CSPRNG)."""
    return secrets.token_bytes(SERIAL_BYTES)


def make_code(secret: bytes, conference_code: str, serial: bytes, version: int) -> str:
    """The code of badge ``serial`` at ``version`` for this conference."""
    if len(serial) != SERIAL_BYTES:
        raise ValueError(f"a badge serial has {SERIAL_BYTES} bytes, not {len(serial)}")
    if not 1 <= version <= MAX_VERSION:
        raise ValueError(f"badge version must be between 1 and {MAX_VERSION}, not {version}")
    if not secret:
        raise ValueError("the conference has no badge secret")
    signed = conference_tag(secret, conference_code) + serial + bytes([version])
    body = signed + _mac(secret, conference_code, signed, FORMAT_VERSION)
    head = f"{PREFIX}{FORMAT_VERSION}{_b32encode(body)}"
    return head + check_char(head)


def parse_code(text: str) -> ParsedCode | None:
    """The parts of ``text`` if it is a well-formed code of our format (else None).

    Accepts lower case, Crockford confusables and whatever whitespace a scanner
    adds.  Says nothing about the signature: see :func:`verify_signature`.
    """
    canonical = normalise(text)
    if not _shape_ok(canonical) or not _check_ok(canonical):
        return None
    return _parse_canonical(canonical)


def _parse_canonical(canonical: str) -> ParsedCode | None:
    """parse_code() of a canonical text whose shape and check character are already verified."""
    if not canonical.startswith(PREFIX) or canonical[len(PREFIX)] != str(FORMAT_VERSION):
        return None
    body = _b32decode(canonical[len(PREFIX) + 1 : -1])
    tag = body[:TAG_BYTES]
    serial = body[TAG_BYTES : TAG_BYTES + SERIAL_BYTES]
    version = body[TAG_BYTES + SERIAL_BYTES]
    mac = body[TAG_BYTES + SERIAL_BYTES + VERSION_BYTES :]
    if version < 1:
        return None
    return ParsedCode(canonical, FORMAT_VERSION, tag, serial, version, mac)


def verify_signature(secret: bytes, conference_code: str, parsed: ParsedCode) -> bool:
    """True if ``parsed`` was signed with this conference's secret."""
    expected = _mac(secret, conference_code, parsed.signed_part, parsed.format_version)
    return hmac.compare_digest(expected, parsed.mac)


def check_code(secret: bytes, conference_code: str, text: str) -> tuple[str, ParsedCode | None]:
    """Classify ``text`` without the database.

    Returns (outcome, parsed): outcome is ``ok`` (genuine code of this
    conference: look the badge up), ``malformed`` (not a code of ours),
    ``forged`` (altered, misread or signed with another key) or
    ``other_conference`` (a well-formed code carrying another conference's tag).
    """
    canonical = normalise(text)
    if not _shape_ok(canonical):
        return OUTCOME_MALFORMED, None
    if not _check_ok(canonical):
        # Right length and alphabet but a character was changed (or misread).
        return OUTCOME_FORGED, None
    parsed = parse_code(canonical)
    if parsed is None:
        return OUTCOME_MALFORMED, None
    if not hmac.compare_digest(parsed.tag, conference_tag(secret, conference_code)):
        return OUTCOME_OTHER_CONFERENCE, parsed
    if not verify_signature(secret, conference_code, parsed):
        return OUTCOME_FORGED, parsed
    return OUTCOME_OK, parsed


class CodeVerifier:
    """Verifies codes for one conference with its key material computed once (desks call this per scan)."""

    def __init__(self, secret: bytes, conference_code: str) -> None:
        self.secret = bytes(secret)
        self.conference_code = conference_code
        self.tag = conference_tag(self.secret, conference_code)

    def check(self, text: str) -> tuple[str, ParsedCode | None]:
        canonical = normalise(text)  # once: the parse below takes the canonical text as it is
        if not _shape_ok(canonical):
            return OUTCOME_MALFORMED, None
        if not _check_ok(canonical):
            return OUTCOME_FORGED, None
        parsed = _parse_canonical(canonical)
        if parsed is None:
            return OUTCOME_MALFORMED, None
        if not hmac.compare_digest(parsed.tag, self.tag):
            return OUTCOME_OTHER_CONFERENCE, parsed
        if not verify_signature(self.secret, self.conference_code, parsed):
            return OUTCOME_FORGED, parsed
        return OUTCOME_OK, parsed

    def make(self, serial: bytes, version: int) -> str:
        return make_code(self.secret, self.conference_code, serial, version)
