"""Sealed formats written by earlier versions still open: vault files and their wrapped keys,
backups, sealed mail texts and the recovery code's wrapping of the master key.

The bytes below were written by the code as it was before the sealing helper
(``core/sealing.py``) took over the four copies of "random nonce + AES-GCM + associated data":
a test data folder whose master key was set to ``MASTER`` stored one item in the vault, sealed
one mail text, made a recovery code and a backup of a small register. Never regenerate them:
they are the proof that files and rows on owners' disks keep opening. The other direction
(what the current code writes, read the way the earlier code read it) is checked too, so a
data folder can still be opened by the version before.
"""

from __future__ import annotations

import base64
import sqlite3
import struct

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from studio_dsar.core import keys
from studio_dsar.core.errors import InputError
from studio_dsar.core.store import backup, textseal
from studio_dsar.core.store import keys as register_keys
from studio_dsar.core.vault import Vault, VaultError

MASTER = bytes.fromhex("1e10b07fac0b65065a227aa1086df95c5046c0d3935147f63c9d5b142d71923f")

# vault: an item stored by Vault.put (file key wrapped with the "vault-file-keys" key)
VAULT_PLAIN = b"format fixture: a redacted copy, no real data\n" * 2
VAULT_BLOB = "cf183e8ed23f437785dbcade79506e18"
VAULT_WRAPPED = bytes.fromhex(
    "ce61663025992db024f848a17fe60a57acf272c616aba66faec3f43970d9ccad562395dfea4813779ea9eb05d97b3142"
    "fef58aa860f513229edea742")
VAULT_FILE = bytes.fromhex(
    "dd57ccbf15b318291a21026daf141fb278713ba40d4652b1a0762ff32874bd0e89775fc8190f4f33a0c350046ee52eac"
    "9da3a0d1551c53ecb8d67f181812d0c40a9feab7fa2bfe4426b80ae2a6721c3df9eab4d6db63844dff9ba30407fc03c9"
    "20786e78364e44e1c0c494db4263c1c48c2e98a558aabc0a")
# vault: a file key wrapped directly with the master key (the oldest layout, still read)
LEGACY_BLOB = "00000000000000000000000000000001"
LEGACY_WRAPPED = bytes.fromhex(
    "f470b2ccea35f3e5b5460b54834c214a98b0693678796b6d649bce06894d7d40b8c214e31409ad7c8e249f9c85987dd6"
    "062cc9d2501ea0ae0ff65fca")
LEGACY_FILE = bytes.fromhex(
    "35b2dca304a6f119c5cd817d785fb24656c2aa11ab48347a025ba7074c63247ad976efd8aa176b8b3c622c3a430dc725"
    "5eb661e2be9eda74196abae3ad708a0c737df8c235a9c5814e652d16d28381e386b1315913508213b0544538a928e548"
    "34b9f0b280a26690fe44a71d4fb3bfa55f738832e39e8480")

# a mail body sealed for request_mail_text.body of request 7
TEXT = "Graag inzage in mijn gegevens. Met vriendelijke groet."
TEXT_SEALED = ("sealed1:TjI5KV8umCZwirGE1vKXU17hgz6/KEGqyxTKGWzP7S9Zj4H31vIw"
               "qUAYXVxwqs+FAjToDudMTob+L0ig59bjm8Ek3nAYStNWVcbdDHdBgZTDjg==")

# the recovery block of the key file (and of a backup's header) and the code it was made with
CODE = "V6YD-YY5S-KIDI-AHSU-FNS6-7MPQ"
RECOVERY = {"kdf": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": "thJ6NPWNY5wJzoWsAVbNcg==", "nonce": "SGVwbD78dk7cqvXj", "wrapped": "UlvSp3VD5SLnNmwoFOmzncC4Psd5z+oepazpr8qe51h23sNODonlg1ta8D2dSXH5"}

# a backup (header with the recovery block) of a register holding one table ``notes``
BACKUP = bytes.fromhex(
    "53545544494f2d445341522d4241434b55500076310a000001717b2263726561746564223a2022323032362d31312d32"
    "365430333a33303a30302b30303a3030222c2022656e7472696573223a20302c2022666f726d6174223a20312c202268"
    "656164223a20223030303030303030303030303030303030303030303030303030303030303030303030303030303030"
    "3030303030303030303030303030303030303030303030222c20226b657973223a207b227265636f76657279223a207b"
    "226b6466223a2022736372797074222c20226e223a2033323736382c20226e6f6e6365223a2022534756776244373864"
    "6b37637176586a222c202270223a20312c202272223a20382c202273616c74223a202274684a364e50574e5935774a7a"
    "6f57734156624e63673d3d222c202277726170706564223a2022556c76537033564435534c6e4e6d776f464f6d7a6e63"
    "4334507364357a2b6f6570617a70723871653531683233734e4f446f6e6c673174613844326453584835227d7d2c2022"
    "736368656d61223a20337dbaff3d2a3cd232f01deff76996de5b0e988267a4513596d91e437db34d474a83395f3fe00b"
    "09d5291cc179d7ada62978bb0363b5e0242f891324d7f5372e1399ed31f89548a6c055681f3ff17ed81b6460604c7906"
    "9dcee1089c6790461bcca6cfc01b4087f94f350863a32971830c458d817ea2b5f361731886206c9e7a95039834ccf69d"
    "5bde43c77f76b60510b042a1bcb69049a8f52aa96c96dbcb6cac9003a7144990036f59b82d05ad29cd0077cd42b220cf"
    "12dbe553d99bcbfe6dbe7f260b6d0d324163fb2bda9a8c78d33a41925e80d64a4f4b27a38a7ffcb76556ad01800a98a3"
    "fd5bf0539c4fdebeb72d68d08edf8adc7c19428175e1868695a5549401dd1cc2951eade545064e45c37911ac1b588769"
    "cb8c3e93de9adfec6dadcf2d2d8ee066125201fbd202b442f106d2ee3a8194c1ef10c31efb4424a947d037065145dc02"
    "5f7ff094fab30224c6e86fae45b8793ff6631e6f6280ef607222c463ec9395b820b69b192aa245b06a9753d8ce1905f7"
    "b0e70bf20207f7decc49557b7ddeadf619ed876124957a28f6e782dffc59b993ae375e9dd48ca8fc1710af172bf4c5f2"
    "7b3d2e7798f9fecdf56857a4226aa9fd123adaad28ccfc0381ec3db9e7a523c11556768f33e634d9544d2dec4899cccc"
    "0ccda20f64d7d71ce4c86c926eb1d073ccb7c61dbae5fb79134fc55d8e5125be563f63da045b50c4399e2df8ff93fb1b"
    "10c39ff76f4049932671922d59140030")


def _use_master(master=MASTER):
    """This data folder's master key becomes ``master`` (as after a restore from a backup)."""
    keys.adopt_master(master, {})
    register_keys.forget()  # drop keys derived from the key the folder had before
    assert keys.master_key(create=False) == master


def _other_computer(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setenv("STUDIO_DSAR_HOME", str(tmp_path / "other-computer"))
    memory_keyring.secrets.clear()
    register_keys.forget()


# -- the earlier code's readers, verbatim in what they do: what is written now must open with them
def _old_vault_get(master, blob, wrapped, data):
    file_key = AESGCM(keys.derive_from(master, "vault-file-keys")).decrypt(wrapped[:12], wrapped[12:], blob.encode())
    return AESGCM(file_key).decrypt(data[:12], data[12:], blob.encode())


def _old_unseal(master, value, *, table, column, request_id):
    raw = base64.b64decode(value[len("sealed1:"):])
    return AESGCM(keys.derive_from(master, "mail-text")).decrypt(
        raw[:12], raw[12:], f"studio-dsar {table}.{column} {request_id}".encode()).decode("utf-8")


def _old_recovery(code, rec):
    kek = keys._scrypt(keys._normalise_code(code), base64.b64decode(rec["salt"]), int(rec["n"]), int(rec["r"]),
                       int(rec["p"]))
    return AESGCM(kek).decrypt(base64.b64decode(rec["nonce"]), base64.b64decode(rec["wrapped"]), b"recovery")


def _old_open_backup(master, raw):
    magic = backup.MAGIC
    (n,) = struct.unpack(">I", raw[len(magic):len(magic) + 4])
    start = len(magic) + 4
    header = raw[start:start + n]
    return AESGCM(keys.derive_from(master, "backup")).decrypt(raw[start + n:start + n + 12],
                                                               raw[start + n + 12:], magic + header)


# -- vault ---------------------------------------------------------------------------------------
def _put_raw(store, blob, wrapped, data):
    vault = Vault(store)
    vault.dir.mkdir(parents=True, exist_ok=True)
    (vault.dir / blob).write_bytes(data)
    return vault, store.vault_insert(request_id=None, kind="redacted", filename="fixture.png", content_type=None,
                                     size=len(VAULT_PLAIN), blob=blob, wrapped_key=wrapped)


def test_vault_items_stored_by_the_earlier_code_open(store, memory_keyring):
    _use_master()
    vault, item = _put_raw(store, VAULT_BLOB, VAULT_WRAPPED, VAULT_FILE)
    assert vault.get(item) == VAULT_PLAIN
    vault, legacy = _put_raw(store, LEGACY_BLOB, LEGACY_WRAPPED, LEGACY_FILE)
    assert vault.get(legacy) == VAULT_PLAIN


def test_vault_items_stored_now_open_with_the_earlier_code(store, memory_keyring, private_home):
    _use_master()
    vault = Vault(store)
    item = vault.put(VAULT_PLAIN, filename="x.png", kind="redacted")
    row = store.vault_row(item.id)
    data = (vault.dir / row["blob"]).read_bytes()
    assert len(data) == 12 + len(VAULT_PLAIN) + 16 and len(bytes(row["wrapped_key"])) == 12 + 32 + 16
    assert _old_vault_get(MASTER, row["blob"], bytes(row["wrapped_key"]), data) == VAULT_PLAIN


@pytest.mark.parametrize("damage", ["file", "wrapped", "swapped", "cut", "tiny"])
def test_a_damaged_vault_item_says_so_and_nothing_more(store, memory_keyring, english, damage):
    _use_master()
    blob, wrapped, data = VAULT_BLOB, bytearray(VAULT_WRAPPED), bytearray(VAULT_FILE)
    if damage == "file":
        data[30] ^= 1
    elif damage == "wrapped":
        wrapped[20] ^= 1
    elif damage == "swapped":  # a key and file moved under another item's name
        blob = LEGACY_BLOB
    elif damage == "cut":
        data = data[:20]
    else:  # shorter than a nonce: once a bare ValueError from the library, now the same message
        data = data[:4]
    vault, item = _put_raw(store, blob, bytes(wrapped), bytes(data))
    with pytest.raises(VaultError) as err:
        vault.get(item)
    assert str(err.value) == "A stored document is damaged or its key does not match."
    assert err.value.__cause__ is None and err.value.__suppress_context__


def test_a_vault_item_under_another_key_says_so(store, memory_keyring, english):
    _use_master(bytes(32))
    vault, item = _put_raw(store, VAULT_BLOB, VAULT_WRAPPED, VAULT_FILE)
    with pytest.raises(VaultError, match="damaged or its key does not match"):
        vault.get(item)


# -- sealed mail texts ------------------------------------------------------------------------------
def test_a_text_sealed_by_the_earlier_code_opens(private_home, memory_keyring):
    _use_master()
    assert textseal.unseal(TEXT_SEALED, table="request_mail_text", column="body", request_id=7) == TEXT
    # bound to its cell: another request, column or table does not open it
    assert textseal.unseal(TEXT_SEALED, table="request_mail_text", column="body", request_id=8) is None
    assert textseal.unseal(TEXT_SEALED, table="request_mail_text", column="subject", request_id=7) is None


def test_a_text_sealed_now_opens_with_the_earlier_code(private_home, memory_keyring):
    _use_master()
    sealed = textseal.seal(TEXT, table="request_intake", column="evidence", request_id=3)
    assert sealed.startswith("sealed1:") and TEXT not in sealed
    assert _old_unseal(MASTER, sealed, table="request_intake", column="evidence", request_id=3) == TEXT


def test_a_damaged_or_foreign_sealed_text_reads_as_locked_and_logs_no_content(private_home, memory_keyring, caplog):
    _use_master()
    raw = bytearray(base64.b64decode(TEXT_SEALED[len("sealed1:"):]))
    raw[-1] ^= 1
    damaged = "sealed1:" + base64.b64encode(bytes(raw)).decode()
    with caplog.at_level("DEBUG"):
        assert textseal.unseal(damaged, table="request_mail_text", column="body", request_id=7) is None
        _use_master(bytes(32))
        assert textseal.unseal(TEXT_SEALED, table="request_mail_text", column="body", request_id=7) is None
    assert caplog.records and all("request_mail_text.body" in r.getMessage() for r in caplog.records)
    logged = caplog.text
    assert "inzage" not in logged and TEXT_SEALED[8:40] not in logged and MASTER.hex() not in logged


# -- recovery code --------------------------------------------------------------------------------
def test_a_recovery_block_made_by_the_earlier_code_opens_with_its_code():
    assert keys.master_from_escrow({"recovery": RECOVERY}, CODE) == MASTER
    assert keys.master_from_escrow({"recovery": RECOVERY}, CODE.lower().replace("-", " ")) == MASTER
    wrong = CODE[:-1] + ("A" if CODE[-1] != "A" else "B")
    assert keys.master_from_escrow({"recovery": RECOVERY}, wrong) is None
    tampered = dict(RECOVERY, wrapped=base64.b64encode(bytes(48)).decode())
    assert keys.master_from_escrow({"recovery": tampered}, CODE) is None


def test_a_recovery_block_made_now_opens_with_the_earlier_code(private_home, memory_keyring):
    _use_master()
    code = keys.new_recovery_code()
    rec = keys.escrow()["recovery"]
    assert set(rec) == set(RECOVERY)
    assert len(base64.b64decode(rec["nonce"])) == 12 and len(base64.b64decode(rec["wrapped"])) == 32 + 16
    assert _old_recovery(code, rec) == MASTER


# -- backups ----------------------------------------------------------------------------------------
def _notes(opened):
    mem = sqlite3.connect(":memory:")
    try:
        mem.deserialize(opened.database)
        return mem.execute("SELECT x FROM notes").fetchall()
    finally:
        mem.close()


def test_a_backup_made_by_the_earlier_code_opens_here_and_elsewhere(private_home, memory_keyring, tmp_path,
                                                                   monkeypatch):
    path = tmp_path / "register-20261126T033000000000Z.sdsar-backup"
    path.write_bytes(BACKUP)
    _use_master()
    opened = backup.open_backup(path)
    assert opened.header["schema"] == 3 and opened.master is None and opened.seal is not None
    assert _notes(opened) == [("format fixture",)]
    _other_computer(tmp_path, monkeypatch, memory_keyring)
    with pytest.raises(backup.BackupKeyNeeded):
        backup.open_backup(path)
    opened = backup.open_backup(path, secret=CODE)
    assert opened.master == MASTER and _notes(opened) == [("format fixture",)]


def test_a_backup_made_now_opens_with_the_earlier_code(private_home, memory_keyring):
    _use_master()
    keys.new_recovery_code()
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE notes(x TEXT)")
    conn.execute("INSERT INTO notes VALUES ('now')")
    conn.commit()
    raw, _info = backup.encode(conn)
    assert raw.startswith(backup.MAGIC)
    payload = _old_open_backup(MASTER, raw)
    assert payload[:2] == b"PK"  # the zip


@pytest.mark.parametrize("where", ["body", "header"])
def test_a_damaged_backup_says_so(private_home, memory_keyring, tmp_path, monkeypatch, english, where):
    raw = bytearray(BACKUP)
    if where == "body":
        raw[-1] ^= 1
    else:  # a changed header (bound as associated data): still valid JSON
        at = bytes(raw).index(b'"entries": 0')
        raw[at + len('"entries": ')] = ord("5")
    path = tmp_path / "register-20261126T033000000000Z.sdsar-backup"
    path.write_bytes(bytes(raw))
    _use_master()
    with pytest.raises(InputError) as err:
        backup.open_backup(path)
    assert "another computer" in str(err.value)  # has a recovery block: asks for the code
    with pytest.raises(InputError) as err:
        backup.open_backup(path, secret=CODE)
    assert str(err.value) == f"The backup {path.name} is damaged."
    assert CODE not in str(err.value)
    with pytest.raises(backup.BackupKeyNeeded) as err:
        backup.open_backup(path, secret="not the code at all")
    assert "does not open" in str(err.value)
