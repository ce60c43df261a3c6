"""The QR payload of badges: format, signature, tampering, scanner noise."""

from __future__ import annotations

import re
import secrets

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conference_desk.core.badges import codes

SECRET = bytes(range(32))
OTHER_SECRET = bytes(range(1, 33))
CONF = "iclc2015"


def make(version: int = 1, serial: bytes | None = None, secret: bytes = SECRET) -> str:
    return codes.make_code(secret, CONF, serial or codes.new_serial(), version)


def outcome(text: str, secret: bytes = SECRET) -> str:
    return codes.check_code(secret, CONF, text)[0]


def test_round_trip() -> None:
    serial = bytes.fromhex("0102030405060a")
    code = make(3, serial)
    parsed = codes.parse_code(code)
    assert parsed is not None
    assert parsed.code == code
    assert parsed.serial == serial
    assert parsed.version == 3
    assert parsed.tag == codes.conference_tag(SECRET, CONF)
    assert codes.verify_signature(SECRET, CONF, parsed)
    assert codes.check_code(SECRET, CONF, code) == ("ok", parsed)
    # Deterministic: the same badge always has the same code.
    assert make(3, serial) == code


def test_only_upper_case_letters_and_digits_and_bounded_length() -> None:
    for version in (1, 2, 17, codes.MAX_VERSION):
        code = make(version)
        assert re.fullmatch(r"CD1[0-9A-Z]{33}", code), code
        assert len(code) == codes.CODE_LENGTH == 36
        # Crockford: never the confusable I, L, O (nor U).
        assert not set(code[3:]) & set("ILOU")


def test_fits_a_version_2_qr_symbol_at_ecc_m() -> None:
    qrcode = pytest.importorskip("qrcode")
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(make())
    qr.make(fit=True)
    assert qr.version == 2


def test_every_single_character_change_is_forged() -> None:
    for _ in range(5):
        code = make(secrets.randbelow(5) + 1)
        for i, original in enumerate(code):
            for ch in codes.ALPHABET:
                if ch == original:
                    continue
                changed = code[:i] + ch + code[i + 1:]
                assert outcome(changed) == "forged", (i, ch)


def test_adjacent_transpositions_are_rejected() -> None:
    code = make()
    for i in range(len(code) - 1):
        swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
        if swapped != code:
            assert outcome(swapped) != "ok"


def test_other_conference() -> None:
    theirs = make(secret=OTHER_SECRET)
    assert outcome(theirs) == "other_conference"
    # ... and a conference with the same secret but another code (a copied database) too.
    assert codes.check_code(SECRET, "other2016", make())[0] == "other_conference"


def test_re_signed_with_our_tag_but_wrong_key_is_forged() -> None:
    serial = codes.new_serial()
    genuine = make(1, serial)
    other = codes.make_code(OTHER_SECRET, CONF, serial, 1)
    parsed = codes.parse_code(other)
    assert parsed is not None
    # Graft our public tag onto a code signed with another key: the MAC gives it away.
    body = codes._b32decode(other[3:-1])
    body = codes.conference_tag(SECRET, CONF) + body[2:]
    head = "CD1" + codes._b32encode(body)
    forged = head + codes.check_char(head)
    assert forged != genuine
    assert outcome(forged) == "forged"


def test_version_is_signed() -> None:
    serial = codes.new_serial()
    v1 = make(1, serial)
    body = bytearray(codes._b32decode(v1[3:-1]))
    body[9] = 2  # claim version 2 with version 1's MAC
    head = "CD1" + codes._b32encode(bytes(body))
    assert outcome(head + codes.check_char(head)) == "forged"


@pytest.mark.parametrize("noise", ["{}", "{}\r\n", "{}\n", "{}\t", "\t {} \r", "{}\x00"])
def test_scanner_suffixes_and_lower_case_accepted(noise: str) -> None:
    code = make()
    assert outcome(noise.format(code)) == "ok"
    assert outcome(noise.format(code.lower())) == "ok"
    assert codes.check_code(SECRET, CONF, noise.format(code.lower()))[1].code == code  # type: ignore[union-attr]


def test_confusables_and_hyphens_read_as_meant() -> None:
    code = make()
    typed = code.lower().replace("0", "o").replace("1", "l")
    typed = "-".join(typed[i:i + 4] for i in range(0, len(typed), 4))
    assert outcome(typed) == "ok"


@pytest.mark.parametrize("text", ["", "   ", "\r\n", "CD1", "hello world", "CD1" + "0" * 40,
                                  "https://example.org/badge/123", "ÇÐ1ÄÖ", "CD2" + "0" * 33])
def test_malformed(text: str) -> None:
    assert outcome(text) in ("malformed", "forged")
    assert codes.parse_code(text) is None


def test_wrong_format_version_with_good_check_is_malformed() -> None:
    head = "CD2" + make()[3:-1]
    assert outcome(head + codes.check_char(head)) == "malformed"


def test_make_code_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        codes.make_code(SECRET, CONF, b"short", 1)
    with pytest.raises(ValueError):
        codes.make_code(SECRET, CONF, codes.new_serial(), 0)
    with pytest.raises(ValueError):
        codes.make_code(SECRET, CONF, codes.new_serial(), codes.MAX_VERSION + 1)


def test_verifier_object_agrees_with_functions() -> None:
    key = codes.CodeVerifier(SECRET, CONF)
    code = key.make(codes.new_serial(), 4)
    assert key.check(code)[0] == "ok"
    assert key.check(make(secret=OTHER_SECRET))[0] == "other_conference"
    assert key.check(code[:-1] + ("0" if code[-1] != "0" else "1"))[0] == "forged"


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_random_text_never_crashes_and_is_never_valid(text: str) -> None:
    result, parsed = codes.check_code(SECRET, CONF, text)
    assert result in ("malformed", "forged", "other_conference")
    codes.parse_code(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=codes.ALPHABET + "ilou", min_size=33, max_size=33))
def test_random_well_shaped_codes_are_never_valid(body: str) -> None:
    head = "CD1" + codes.normalise(body)
    if len(head) != 35:
        return
    for text in (head + codes.check_char(head), "CD1" + body):
        assert codes.check_code(SECRET, CONF, text)[0] != "ok"


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=7, max_size=7), st.integers(1, 255))
def test_any_serial_and_version_round_trip(serial: bytes, version: int) -> None:
    code = codes.make_code(SECRET, CONF, serial, version)
    parsed = codes.parse_code(code)
    assert parsed is not None and parsed.serial == serial and parsed.version == version
    assert codes.check_code(SECRET, CONF, code)[0] == "ok"
