import pytest

from studio_dsar.core.errors import NotFoundError
from studio_dsar.core.vault import Vault, VaultError, shred_file

SECRET = b"\x89PNG fake scan with BSN 111222333 and photo bytes" * 50


def _request(store):
    return store.create_request(requester_name="A", requester_email="a@example.nl",
                                rights=["access"], received_at="2026-11-02")


def test_roundtrip_is_encrypted_at_rest(store, memory_keyring, private_home):
    req = _request(store)
    vault = Vault(store)
    item = vault.put(SECRET, filename="paspoort.png", kind="original", request_id=req.id)
    assert vault.get(item.id) == SECRET
    blobs = list((private_home / "vault").iterdir())
    assert len(blobs) == 1
    assert SECRET[:20] not in blobs[0].read_bytes() and b"111222333" not in blobs[0].read_bytes()
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"111222333" not in store.path.read_bytes()
    # The master key is in the keychain, not on disk.
    (key,) = memory_keyring.secrets.values()
    for f in private_home.rglob("*"):
        if f.is_file():
            assert key.encode() not in f.read_bytes()


def test_wipe_destroys_key_and_file(store, memory_keyring, private_home):
    req = _request(store)
    vault = Vault(store)
    item = vault.put(SECRET, filename="id.jpg", kind="original", request_id=req.id)
    wrapped = bytes(store.conn.execute("SELECT wrapped_key FROM vault_items").fetchone()[0])
    vault.wipe(item.id)
    assert list((private_home / "vault").iterdir()) == []
    assert vault.item(item.id).wiped
    with pytest.raises(NotFoundError):
        vault.get(item.id)
    assert wrapped not in store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    assert not wal.exists() or wrapped not in wal.read_bytes()
    events = [e.event for e in store.audit_entries(req.id)]
    assert events[-2:] == ["vault_stored", "vault_wiped"]
    vault.wipe(item.id)  # idempotent
    assert store.verify_audit() == []


def test_tampered_ciphertext_is_detected(store, memory_keyring, private_home):
    vault = Vault(store)
    item = vault.put(b"abc" * 100, filename="x.png", kind="redacted")
    (blob,) = (private_home / "vault").iterdir()
    data = bytearray(blob.read_bytes())
    data[20] ^= 1
    blob.write_bytes(bytes(data))
    with pytest.raises(VaultError):
        vault.get(item.id)


def test_no_keychain_gives_a_clear_error(store, english):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(VaultError, match="keychain"):
            Vault(store).put(b"x", filename="x.png", kind="original")
    finally:
        keyring.set_keyring(previous)
    assert store.conn.execute("SELECT COUNT(*) FROM vault_items").fetchone()[0] == 0


def test_shred_file(tmp_path):
    f = tmp_path / "scan.jpg"
    f.write_bytes(SECRET)
    shred_file(f)
    assert not f.exists()
    shred_file(f)  # already gone: no error
