"""Key material for the register's seal and backups: one place, taken from the vault.

``register_key(purpose)`` returns 32 bytes derived from the vault's master key (which lives in
the OS keychain, never in a file), separately for each purpose, or None when no keychain is
available (the seal is then written unsigned and backups cannot be made; both say so).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_cache: dict[tuple[str, str, int], bytes | None] = {}


def _derive(purpose: str) -> bytes:
    from studio_dsar.core import vault

    derive = getattr(vault, "derive_key", None)
    if derive is not None:  # the vault's own key-derivation API
        derived: bytes = derive(purpose)
        return derived
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    master = vault._master_key(create=True)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"studio-dsar register",
                info=purpose.encode("ascii")).derive(master)


def register_key(purpose: str) -> bytes | None:
    """32-byte key for ``purpose`` ("audit-seal", "backup"), or None without a keychain."""
    import keyring

    from studio_dsar.core import paths
    from studio_dsar.core.errors import DsarError

    cache_key = (purpose, str(paths.data_home()), id(keyring.get_keyring()))
    if cache_key in _cache:
        return _cache[cache_key]
    try:
        key: bytes | None = _derive(purpose)
    except DsarError as exc:
        log.info("register key for %s unavailable: %s", purpose, type(exc).__name__)
        key = None
    _cache[cache_key] = key
    return key


def forget() -> None:
    """Drop cached keys (tests, and after the keychain changed)."""
    _cache.clear()
