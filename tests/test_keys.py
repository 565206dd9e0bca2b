"""The vault's master key: only an OS-encrypted keychain or a passphrase, never a plaintext file."""

from __future__ import annotations

import pytest

from studio_dsar.core import keys
from studio_dsar.core.keys import VaultError, VaultLocked

PASS = "correct horse battery staple"


@pytest.fixture
def plaintext_keyring(tmp_path, monkeypatch):
    """keyrings.alt's plaintext file backend, as ``keyring`` picks it on a machine without a keychain."""
    pytest.importorskip("keyrings.alt", reason="keyrings.alt is a test dependency")
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    backend = PlaintextKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    keys.lock()


def _all_bytes(root):
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_plaintext_backend_is_refused_and_passphrase_used(plaintext_keyring, private_home, tmp_path,
                                                          monkeypatch, store):
    from studio_dsar.core.vault import Vault

    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    assert keys.secure_keychain() is None
    assert keys.mode() == "passphrase" and keys.needs_passphrase()
    with pytest.raises(VaultLocked):
        Vault(store).put(b"secret scan", filename="x.png", kind="original")
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASS)
    item = Vault(store).put(b"secret scan", filename="x.png", kind="original")
    assert Vault(store).get(item.id) == b"secret scan"
    # nothing went into the plaintext key file, and the master key is on no disk
    assert not (tmp_path / "xdg").exists() or b"vault-master-key" not in _all_bytes(tmp_path / "xdg")
    master = keys.master_key()
    assert master not in _all_bytes(private_home)
    assert PASS.encode() not in _all_bytes(private_home)


def test_fail_and_null_backends_are_not_keychains(monkeypatch):
    import keyring
    from keyring.backends import fail, null

    previous = keyring.get_keyring()
    try:
        for backend in (fail.Keyring(), null.Keyring()):
            keyring.set_keyring(backend)
            assert keys.secure_keychain() is None
    finally:
        keyring.set_keyring(previous)


def test_chainer_takes_only_the_secure_member(memory_keyring, monkeypatch):
    import keyring
    from keyring.backends import chainer, null

    trusted = keyring.get_keyring()
    chain = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", property(lambda self: [null.Keyring(), trusted]))
    keyring.set_keyring(chain)
    try:
        assert keys.secure_keychain() is trusted
    finally:
        keyring.set_keyring(trusted)


def test_passphrase_once_per_session_and_wrong_one_refused(plaintext_keyring, monkeypatch):
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    with pytest.raises(VaultError):
        keys.unlock("short")
    keys.unlock(PASS)
    first = keys.master_key()
    assert not keys.needs_passphrase()
    keys.lock()
    assert keys.needs_passphrase()
    with pytest.raises(VaultError):
        keys.unlock("not the passphrase at all")
    keys.unlock(PASS)
    assert keys.master_key() == first
    info = keys.key_info()
    assert info["mode"] == "passphrase" and info["kdf"] == "scrypt" and info["n"] >= 2 ** 14


def test_keychain_mode_is_kept(memory_keyring):
    master = keys.master_key()
    assert keys.key_info() == {"version": 1, "mode": "keychain"}
    assert list(memory_keyring.secrets) == [(keys.KEYRING_SERVICE, keys._keyring_user())]
    keys.lock()
    assert keys.master_key(create=False) == master


def test_derived_keys_per_purpose(memory_keyring):
    a1 = keys.derive_key("backup")
    a2 = keys.derive_key("backup")
    b = keys.derive_key("audit-seal")
    assert a1 == a2 and len(a1) == 32 and a1 != b
    assert keys.master_key() not in (a1, b)
    from studio_dsar.core.vault import Vault

    assert Vault.derive_key("backup") == a1
