"""Sealing bytes: AES-256-GCM under a random nonce, bound to associated data.

The one layout used by the vault (files and their wrapped keys), backups, sealed mail texts
and the recovery code's wrapping of the master key::

    nonce (12 random bytes) || ciphertext || tag (16 bytes)

``bound`` is the associated data: what the sealed bytes belong to (a purpose such as
``"recovery"``, a table cell, a vault file's name, a backup's header). It is authenticated,
not encrypted and not stored, so the reader must name the same thing: sealed bytes copied to
another place do not open there.

There is no version byte inside a sealed blob; each format keeps its version where it
already was (a sealed text's ``sealed1:`` prefix, a backup's magic line and header). Adding
one here would change what is on owners' disks.

Which key to use is the caller's business (a key derived per purpose from the master key,
a random file key, a key from a recovery code); nothing here logs, and the error says only
that the bytes do not open, never what they or the key are.
"""

from __future__ import annotations

import os
from typing import Final

NONCE_BYTES: Final = 12
TAG_BYTES: Final = 16
KEY_BYTES: Final = 32


class SealBroken(Exception):
    """Sealed bytes that do not open: another key, other associated data, or changed or cut bytes.

    Deliberately one error for all of them (AES-GCM cannot tell them apart) with a fixed text."""

    def __init__(self) -> None:
        super().__init__("sealed data does not open: another key, other associated data, or damaged")


def new_key() -> bytes:
    """A random 256-bit key (a vault file's own key)."""
    return os.urandom(KEY_BYTES)


def _bound(bound: bytes | str) -> bytes:
    return bound.encode("utf-8") if isinstance(bound, str) else bound


def seal(key: bytes, data: bytes, bound: bytes | str) -> bytes:
    """``data`` sealed under ``key`` and bound to ``bound``: nonce, ciphertext and tag."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, data, _bound(bound))


def unseal(key: bytes, sealed: bytes, bound: bytes | str) -> bytes:
    """The data of :func:`seal`'s output; raises :class:`SealBroken` when it does not open."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(sealed) < NONCE_BYTES + TAG_BYTES:
        raise SealBroken()
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _bound(bound))
    except InvalidTag:
        raise SealBroken() from None
