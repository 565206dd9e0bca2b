"""Encrypted storage for ID documents, with a wipe that really destroys them.

Each file is encrypted with its own random 256-bit key (AES-256-GCM). That key is itself
encrypted ("wrapped") with the vault's master key, which lives in the operating system's
keychain (``keyring``: macOS Keychain, Windows Credential Locker, Secret Service on Linux),
never on disk. Only the wrapped key is kept in the database.

Wiping an item is crypto-shredding: the wrapped key is deleted from the database (which runs
with ``secure_delete`` and is checkpointed so no copy survives in the WAL) and the ciphertext
is overwritten with random bytes and removed. Even where the disk keeps an old copy of the
ciphertext (SSD wear levelling, backups), nothing can decrypt it any more.

Plaintext never touches the disk: files are encrypted from and decrypted to memory.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from studio_dsar.core import paths
from studio_dsar.core.errors import DsarError, NotFoundError
from studio_dsar.core.i18n import _
from studio_dsar.core.sensitive import scrub

if TYPE_CHECKING:
    from studio_dsar.core.store import Store

KEYRING_SERVICE = "studio-dsar"
KINDS = ("original", "redacted")



class VaultError(DsarError):
    """The keychain or a vault file cannot be used."""


@dataclass
class VaultItem:
    id: int
    request_id: int | None
    kind: str
    filename: str
    content_type: str | None
    size: int
    created_at: str
    wiped_at: str | None

    @property
    def wiped(self) -> bool:
        return self.wiped_at is not None


def _keyring_user() -> str:
    """One master key per data folder, so a test or second profile never shares the real one."""
    home = str(paths.data_home().resolve())
    return "vault-master-key-" + hashlib.sha256(home.encode("utf-8")).hexdigest()[:16]


def _master_key(create: bool) -> bytes:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    user = _keyring_user()
    try:
        stored = keyring.get_password(KEYRING_SERVICE, user)
        if stored is None and create:
            stored = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
            keyring.set_password(KEYRING_SERVICE, user, stored)
            if keyring.get_password(KEYRING_SERVICE, user) != stored:
                raise VaultError(_("The system keychain did not keep the vault key."))
    except NoKeyringError:
        raise VaultError(
            _("No system keychain is available, so ID documents cannot be stored encrypted. "
              "On Linux, install and unlock GNOME Keyring or KWallet.")
        ) from None
    except KeyringError:
        raise VaultError(_("The system keychain refused access to the vault key.")) from None
    if stored is None:
        raise VaultError(_("The vault key is missing from the system keychain; stored ID documents cannot be opened."))
    return base64.b64decode(stored)


class Vault:
    """Encrypted files attached to requests, in ``<data folder>/vault``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.dir = paths.vault_dir()

    # -- writing and reading -----------------------------------------------------------
    def put(self, data: bytes, *, filename: str, kind: str, request_id: int | None = None,
            content_type: str | None = None, actor: str = "owner") -> VaultItem:
        if kind not in KINDS:
            raise ValueError(kind)
        master = AESGCM(_master_key(create=True))
        file_key = AESGCM.generate_key(bit_length=256)
        blob = uuid.uuid4().hex
        nonce = os.urandom(12)
        ciphertext = nonce + AESGCM(file_key).encrypt(nonce, data, blob.encode())
        key_nonce = os.urandom(12)
        wrapped = key_nonce + master.encrypt(key_nonce, file_key, blob.encode())
        path = self.dir / blob
        from studio_dsar.core.fileutil import write_bytes_atomic

        write_bytes_atomic(path, ciphertext)
        safe_name = scrub(Path(filename).name) or "document"
        try:
            item_id = self.store.vault_insert(
                request_id=request_id, kind=kind, filename=safe_name, content_type=content_type,
                size=len(data), blob=blob, wrapped_key=wrapped, actor=actor)
        except BaseException:
            _shred(path)
            raise
        return self.item(item_id)

    def get(self, item_id: int) -> bytes:
        row = self._row(item_id)
        if row["wiped_at"] or row["wrapped_key"] is None:
            raise NotFoundError(_("This document was wiped and can no longer be opened."))
        wrapped = bytes(row["wrapped_key"])
        try:
            file_key = AESGCM(_master_key(create=False)).decrypt(wrapped[:12], wrapped[12:], row["blob"].encode())
            data = (self.dir / row["blob"]).read_bytes()
            return AESGCM(file_key).decrypt(data[:12], data[12:], row["blob"].encode())
        except (InvalidTag, FileNotFoundError):
            raise VaultError(_("A stored document is damaged or its key does not match.")) from None

    # -- wiping --------------------------------------------------------------------------
    def wipe(self, item_id: int, *, actor: str = "owner") -> None:
        """Destroy the item for good (crypto-shredding plus overwrite); idempotent."""
        row = self._row(item_id)
        if row["wiped_at"]:
            return
        # Clears the wrapped key and pushes the change out of the WAL, so the old page with
        # the key is overwritten too.
        self.store.vault_mark_wiped(item_id, request_id=row["request_id"], kind=row["kind"],
                                    filename=row["filename"], actor=actor)
        _shred(self.dir / row["blob"])

    # -- listing -------------------------------------------------------------------------
    def _row(self, item_id: int):
        row = self.store.vault_row(item_id)
        if row is None:
            raise NotFoundError(_("No stored document with number {id}.").format(id=item_id))
        return row

    def item(self, item_id: int) -> VaultItem:
        r = self._row(item_id)
        return VaultItem(r["id"], r["request_id"], r["kind"], r["filename"], r["content_type"],
                         r["size"], r["created_at"], r["wiped_at"])

    def items(self, request_id: int | None = None, *, include_wiped: bool = True) -> list[VaultItem]:
        return [self.item(i) for i in self.store.vault_item_ids(request_id, include_wiped=include_wiped)]


def _shred(path: Path) -> None:
    """Overwrite a file with random bytes, flush it to disk and remove it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b", buffering=0) as fh:
        remaining = size
        while remaining > 0:
            chunk = min(remaining, 1 << 20)
            fh.write(os.urandom(chunk))
            remaining -= chunk
        os.fsync(fh.fileno())
    os.unlink(path)


def shred_file(path: str | Path) -> None:
    """Wipe a file outside the vault (e.g. the scan the owner dropped from Downloads)."""
    _shred(Path(path))
