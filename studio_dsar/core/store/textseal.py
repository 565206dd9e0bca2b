"""Texts of a request's mail, sealed at rest: the kept mail's subject and body and the
evidence sentences intake quoted from it.

The register holds what the owner needs to list and track requests (names, addresses,
dates, rights) in its own columns. What the requester wrote is content: it may tell of
health, children or a dispute. It is stored sealed with AES-GCM under a key derived from the
vault's master key (OS keychain or passphrase, see :mod:`studio_dsar.core.keys`), bound by
the associated data to its table, column and request, so a sealed value copied to another row
does not open. A backup carries the database as it is (still sealed) and the master key in
its own encrypted header, so a restore on another computer opens the texts again.

Without a key (passphrase not yet given) a text is stored as before, plain but scrubbed of
identification numbers, and :func:`seal_plain_rows` seals it the next time a key is there
(the window and every command call it at start through ``Studio.id_housekeeping``).
"""

from __future__ import annotations

import base64
import logging
import sqlite3
from typing import Final

from studio_dsar.core import sealing
from studio_dsar.core.store import keys

log = logging.getLogger(__name__)

PURPOSE: Final = "mail-text"
PREFIX: Final = "sealed1:"
LOCKED: Final = "\u2026"  # what a sealed text reads as without its key

# (table, column) pairs holding sealed text, each keyed by ``request_id``.
SEALED_COLUMNS: Final = (
    ("request_mail_text", "subject"),
    ("request_mail_text", "body"),
    ("request_intake", "evidence"),
)


def _aad(table: str, column: str, request_id: int) -> bytes:
    return f"studio-dsar {table}.{column} {request_id}".encode()


def is_sealed(value: str | None) -> bool:
    return bool(value) and str(value).startswith(PREFIX)


def seal(text: str, *, table: str, column: str, request_id: int, key: bytes | None = None) -> str:
    """``text`` sealed for one cell; ``text`` itself when there is no key (see module doc)."""
    key = key or keys.register_key(PURPOSE)
    if key is None or not text:
        return text
    sealed = sealing.seal(key, text.encode("utf-8"), _aad(table, column, request_id))
    return PREFIX + base64.b64encode(sealed).decode("ascii")


def unseal(value: str, *, table: str, column: str, request_id: int) -> str | None:
    """The text of one cell; ``value`` itself when it is not sealed; None when it is sealed
    and cannot be opened here (no key yet, or another computer's key)."""
    if not is_sealed(value):
        return value
    key = keys.register_key(PURPOSE)
    if key is None:
        return None
    raw = base64.b64decode(value[len(PREFIX):])
    try:
        return sealing.unseal(key, raw, _aad(table, column, request_id)).decode("utf-8")
    except (sealing.SealBroken, ValueError):
        log.warning("a sealed %s.%s does not open with this computer's key", table, column)
        return None


def _plain(table: str, column: str) -> str:
    return (f"SELECT request_id, {column} FROM {table} "  # names from SEALED_COLUMNS only
            f"WHERE {column} != '' AND {column} NOT LIKE '{PREFIX}%'")


def has_plain_rows(conn: sqlite3.Connection) -> bool:
    """Whether any text waits to be sealed (a read, so start-up writes only when needed)."""
    return any(conn.execute(_plain(t, c) + " LIMIT 1").fetchone() for t, c in SEALED_COLUMNS)


def seal_plain_rows(conn: sqlite3.Connection) -> int:
    """Seal every plain text left in :data:`SEALED_COLUMNS` (stored while no key was there,
    or by an older version). Returns the number of cells sealed; 0 without a key."""
    key = keys.register_key(PURPOSE)
    if key is None:
        return 0
    done = 0
    for table, column in SEALED_COLUMNS:
        rows = conn.execute(_plain(table, column)).fetchall()
        for request_id, text in rows:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE request_id = ?",
                         (seal(str(text), table=table, column=column, request_id=int(request_id), key=key),
                          request_id))
            done += 1
    return done
