"""The request register: one SQLite database (WAL, foreign keys, secure_delete), in modules:

* :mod:`.connection`: opening under a start-up lock, integrity check, 0600 files, busy handling;
* :mod:`.migrations`: numbered schema migrations (``PRAGMA user_version``);
* :mod:`.records`: the typed records and the vocabulary (rights, statuses, ...);
* :mod:`.requests`: creating, reading and changing requests (each change audited);
* :mod:`.audit`: the append-only hash chain, its replay against the tables;
* :mod:`.seal`: the chain's head sealed outside the database (HMAC, keychain key);
* :mod:`.backup`: encrypted snapshots, rotation, restore;
* :mod:`.vaultdb`: the vault's rows; :mod:`.db`: the :class:`Store` tying them together.

Free text is passed through :func:`sensitive.scrub` on the way in, so no BSN or
rijksregisternummer ever reaches the file.
"""

from __future__ import annotations

from studio_dsar.core.store.audit import GENESIS_HASH, AuditEntry
from studio_dsar.core.store.db import Store
from studio_dsar.core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from studio_dsar.core.store.migrations import split_sql as _split_sql
from studio_dsar.core.model import Attachment, Request
from studio_dsar.core.store.records import reference_key
from studio_dsar.core.store.requests import DuplicateError
from studio_dsar.core.vocab import CHANNELS, CLOSED_STATUSES, IDENTITY_MEANS, LANGUAGES, RIGHTS, STATUSES

__all__ = [
    "CHANNELS", "CLOSED_STATUSES", "GENESIS_HASH", "IDENTITY_MEANS", "LANGUAGES", "MIGRATIONS", "RIGHTS",
    "SCHEMA_VERSION", "STATUSES", "Attachment", "AuditEntry", "DuplicateError", "Request", "Store",
    "_split_sql", "reference_key",
]
