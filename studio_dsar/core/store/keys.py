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

    return vault.derive_key(purpose)  # HKDF from the vault's master key (core/keys.py)


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
        # Not cached: the passphrase may be given later in this session (then seals are
        # signed and backups made from that moment on).
        log.info("register key for %s unavailable: %s", purpose, type(exc).__name__)
        return None
    _cache[cache_key] = key
    return key


def forget() -> None:
    """Drop cached keys (tests, and after the keychain changed)."""
    _cache.clear()
    from studio_dsar.core import keys as master_keys

    master_keys.lock()  # the session's master key too: read it from the keychain again
