"""Encrypted storage for ID documents, with a wipe that really destroys them.

Each file is encrypted with its own random 256-bit key (AES-256-GCM, see
:mod:`studio_dsar.core.sealing`; file and key are bound to the file's name). That key is itself
encrypted ("wrapped") with a key derived from the data folder's master key, which lives in the
operating system's keychain (only a backend the OS encrypts: macOS Keychain, Windows Credential
Locker, Secret Service, KWallet) or is derived from a passphrase (scrypt), never on disk; see
:mod:`studio_dsar.core.keys`. Only the wrapped key is kept in the database.

Wiping an item is crypto-shredding: the wrapped key is deleted from the database (which runs
with ``secure_delete`` and is checkpointed so no copy survives in the WAL) and the ciphertext
is overwritten with random bytes and removed. Even where the disk keeps an old copy of the
ciphertext (SSD wear levelling, backups), nothing can decrypt it any more.

Plaintext never touches the disk: files are encrypted from and decrypted to memory.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studio_dsar.core import keys, paths, sealing
from studio_dsar.core.fileutil import shred, write_bytes_atomic
from studio_dsar.core.errors import NotFoundError
from studio_dsar.core.i18n import _
from studio_dsar.core.sensitive import scrub

if TYPE_CHECKING:
    from studio_dsar.core.store import Store

KINDS = ("original", "redacted", "attachment")  # attachment: a mail's non-ID attachment
KEYRING_SERVICE = keys.KEYRING_SERVICE
VaultError = keys.VaultError
_WRAP_PURPOSE = "vault-file-keys"


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


def derive_key(purpose: str) -> bytes:
    """Key material for another part of the app (register seal, backups): HKDF from the
    vault's master key, bound to ``purpose``. See :mod:`studio_dsar.core.keys`."""
    return keys.derive_key(purpose)


class Vault:
    """Encrypted files attached to requests, in ``<data folder>/vault``."""

    @staticmethod
    def derive_key(purpose: str) -> bytes:
        """See :func:`derive_key`."""
        return keys.derive_key(purpose)

    def __init__(self, store: Store) -> None:
        self.store = store
        self.dir = paths.vault_dir()

    # -- writing and reading -----------------------------------------------------------
    def put(self, data: bytes, *, filename: str, kind: str, request_id: int | None = None,
            content_type: str | None = None, actor: str = "owner") -> VaultItem:
        if kind not in KINDS:
            raise ValueError(kind)
        wrap_key = keys.derive_key(_WRAP_PURPOSE)
        file_key = sealing.new_key()
        blob = uuid.uuid4().hex  # the file's name, and what both the file and its key are bound to
        ciphertext = sealing.seal(file_key, data, blob)
        wrapped = sealing.seal(wrap_key, file_key, blob)
        path = self.dir / blob
        write_bytes_atomic(path, ciphertext)
        # the caller passes a neutral name (never the name of the file the owner dropped)
        safe_name = scrub(Path(filename).name) or "document"
        try:
            item_id = self.store.vault_insert(
                request_id=request_id, kind=kind, filename=safe_name, content_type=content_type,
                size=len(data), blob=blob, wrapped_key=wrapped, actor=actor)
        except BaseException:
            shred(path)
            raise
        return self.item(item_id)

    def get(self, item_id: int) -> bytes:
        row = self._row(item_id)
        if row["wiped_at"] or row["wrapped_key"] is None:
            raise NotFoundError(_("This document was wiped and can no longer be opened."))
        wrapped = bytes(row["wrapped_key"])
        blob = row["blob"]
        try:
            try:
                file_key = sealing.unseal(keys.derive_key(_WRAP_PURPOSE), wrapped, blob)
            except sealing.SealBroken:  # wrapped by an earlier version directly with the master key
                file_key = sealing.unseal(keys.master_key(create=False), wrapped, blob)
            return sealing.unseal(file_key, (self.dir / blob).read_bytes(), blob)
        except (sealing.SealBroken, FileNotFoundError):
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
        shred(self.dir / row["blob"])

    # -- listing -------------------------------------------------------------------------
    def _row(self, item_id: int) -> sqlite3.Row:
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


def shred_file(path: str | Path) -> None:
    """Wipe a file outside the vault (e.g. the scan the owner dropped from Downloads):
    see :func:`studio_dsar.core.fileutil.shred`."""
    shred(path)
