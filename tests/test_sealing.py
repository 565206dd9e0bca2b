"""The one sealing helper (AES-GCM, random nonce, bound associated data): what it writes, and
that every way of not opening gives the same plain error, with nothing of the data or key in it."""

from __future__ import annotations

import pytest

from studio_dsar.core import sealing

KEY = bytes(range(32))
DATA = b"BSN 111222333 en een paspoortfoto"


def test_roundtrip_and_layout():
    sealed = sealing.seal(KEY, DATA, "purpose")
    assert len(sealed) == sealing.NONCE_BYTES + len(DATA) + sealing.TAG_BYTES
    assert DATA not in sealed and b"111222333" not in sealed and b"purpose" not in sealed
    assert sealing.unseal(KEY, sealed, "purpose") == DATA
    assert sealing.unseal(KEY, sealed, b"purpose") == DATA  # a str is bound as its UTF-8 bytes
    assert sealing.unseal(KEY, sealing.seal(KEY, b"", "p"), "p") == b""


def test_a_fresh_nonce_every_time():
    first, second = sealing.seal(KEY, DATA, "p"), sealing.seal(KEY, DATA, "p")
    assert first[:sealing.NONCE_BYTES] != second[:sealing.NONCE_BYTES] and first != second


def test_new_keys_are_random_and_256_bits():
    a, b = sealing.new_key(), sealing.new_key()
    assert len(a) == sealing.KEY_BYTES == 32 and a != b


def _flip(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 1
    return bytes(out)


@pytest.mark.parametrize("case", ["other key", "other bound", "nonce changed", "body changed", "tag changed",
                                  "cut", "empty", "shorter than a nonce"])
def test_every_way_of_not_opening_is_one_plain_error(case):
    sealed = sealing.seal(KEY, DATA, "purpose")
    key, bound = KEY, "purpose"
    if case == "other key":
        key = bytes(32)
    elif case == "other bound":
        bound = "another purpose"
    elif case == "nonce changed":
        sealed = _flip(sealed, 0)
    elif case == "body changed":
        sealed = _flip(sealed, sealing.NONCE_BYTES + 3)
    elif case == "tag changed":
        sealed = _flip(sealed, len(sealed) - 1)
    elif case == "cut":
        sealed = sealed[:-1]
    elif case == "empty":
        sealed = b""
    else:
        sealed = sealed[:5]
    with pytest.raises(sealing.SealBroken) as err:
        sealing.unseal(key, sealed, bound)
    text = str(err.value) + repr(err.value)
    assert "does not open" in text
    for secret in (DATA.decode(), "111222333", KEY.hex(), sealed.hex() or "-", repr(KEY), repr(sealed[:8])):
        assert secret not in text
    # the library's own error (which could carry its own text) is not chained into tracebacks
    assert err.value.__cause__ is None and (err.value.__context__ is None or err.value.__suppress_context__)
