"""The seal: the head of the audit chain (count and hash), kept outside the database.

The seal file sits beside the database (``<register>.seal``) and a copy goes into each
backup. It is signed with an HMAC under a key from the OS keychain, so whoever can edit the
database file cannot cut the chain short, delete it or rewrite it with recomputed hashes
without the seal disagreeing (see :func:`studio_dsar.core.store.audit.verify`).

A seal is written after each committed audit entry. A crash between the commit and the
seal leaves the seal one step behind, which verification accepts (the sealed head must still
be found in the chain); it is brought up to date by the next entry.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio_dsar.core.fileutil import write_bytes_atomic
from studio_dsar.core.store import keys

PURPOSE = "audit-seal"


@dataclass(frozen=True)
class Seal:
    count: int
    head: str
    last_id: int
    at: str
    mac: str | None = None

    def message(self) -> bytes:
        return f"studio-dsar seal v1\n{self.count}\n{self.head}\n{self.last_id}\n{self.at}".encode()

    def to_json(self) -> dict[str, Any]:
        return {"v": 1, "count": self.count, "head": self.head, "last_id": self.last_id,
                "at": self.at, "mac": self.mac}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Seal:
        return cls(int(d["count"]), str(d["head"]), int(d.get("last_id", 0)), str(d.get("at", "")),
                   d.get("mac"))


def seal_path(db: Path) -> Path:
    return Path(str(db) + ".seal")


def sign(count: int, head: str, last_id: int, at: str) -> Seal:
    unsigned = Seal(count, head, last_id, at)
    key = keys.register_key(PURPOSE)
    if key is None:
        return unsigned
    return Seal(count, head, last_id, at, hmac.new(key, unsigned.message(), hashlib.sha256).hexdigest())


def check_mac(seal: Seal, key: bytes | None = None) -> bool | None:
    """True when the MAC is right, False when wrong or missing, None when no key to check.
    ``key``: another computer's seal key (default: this computer's)."""
    key = key or keys.register_key(PURPOSE)
    if key is None:
        return None
    if not seal.mac:
        return False
    expected = hmac.new(key, seal.message(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, seal.mac)


class SealUnreadable(Exception):
    pass


def read(db: Path) -> Seal | None:
    """The seal beside ``db``; None when there is none; SealUnreadable when it is garbage."""
    path = seal_path(db)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        return Seal.from_json(json.loads(raw.decode("utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise SealUnreadable(str(path)) from exc


def write(db: Path, seal: Seal) -> None:
    """Replace the seal atomically, unless the one on disk is already further on."""
    try:
        current = read(db)
    except SealUnreadable:
        current = None
    if current is not None and current.count > seal.count and current.last_id >= seal.last_id:
        return  # another process sealed a later head meanwhile
    if current is not None and current.mac and not seal.mac:
        # No key in this session (e.g. a passphrase not given): keep the signed seal, which
        # still anchors the log up to its head, rather than replace it with an unsigned one.
        return
    write_bytes_atomic(seal_path(db), json.dumps(seal.to_json()).encode("utf-8"))


def replace(db: Path, seal: Seal | None) -> None:
    """Write ``seal`` unconditionally (restore), or remove the seal when None."""
    path = seal_path(db)
    if seal is None:
        path.unlink(missing_ok=True)
        return
    write_bytes_atomic(path, json.dumps(seal.to_json()).encode("utf-8"))
