"""Numbered schema migrations.

``MIGRATIONS[i]`` takes the schema from version ``i`` to ``i + 1``; ``PRAGMA user_version``
holds the version reached. A migration is either SQL text (one or more statements) or a
function ``(conn) -> None`` for a data change that SQL alone cannot express.

To add one: append it at the end of ``MIGRATIONS`` with a comment ``# N: what it does``.
Never edit or reorder a released migration. When two branches both append one, the one
merged second renumbers itself (moves to the end); nothing else refers to the numbers.

:func:`migrate` runs each step in its own ``BEGIN IMMEDIATE`` transaction and re-reads the
version inside it, so two processes starting at once never apply a step twice (the store
also holds the start-up lock while migrating; see :mod:`.connection`).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

from studio_dsar.core.store import idchecks as _idchecks

Migration = str | Callable[[sqlite3.Connection], None]


def _hash_message_ids(conn: sqlite3.Connection) -> None:
    """Message-IDs can carry personal numbers: keep only a hash of them as the dedup key."""
    rows = conn.execute(
        "SELECT id, source_key FROM requests WHERE source_key LIKE 'message-id:%'"
    ).fetchall()
    for row_id, key in rows:
        conn.execute("UPDATE requests SET source_key = ? WHERE id = ?", (hash_source_key(key), row_id))


def hash_source_key(key: str | None) -> str | None:
    """The stored form of an intake dedup key: a Message-ID is kept only as its SHA-256."""
    if key and key.startswith("message-id:"):
        digest = hashlib.sha256(key[len("message-id:"):].encode("utf-8", "surrogatepass")).hexdigest()
        return "message-id-sha256:" + digest
    return key


MIGRATIONS: tuple[Migration, ...] = (
    # 1: requests, attachment metadata, audit log
    """
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        requester_name TEXT,
        requester_email TEXT,
        rights TEXT NOT NULL DEFAULT '[]',
        language TEXT NOT NULL DEFAULT 'nl',
        channel TEXT NOT NULL DEFAULT 'email',
        received_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        filename TEXT NOT NULL,
        content_type TEXT,
        size INTEGER,
        is_id_document INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        request_id INTEGER REFERENCES requests(id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        event TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    """,
    # 2: intake details (dedup key, subject, flags), extension/refusal, settings
    """
    ALTER TABLE requests ADD COLUMN subject TEXT;
    ALTER TABLE requests ADD COLUMN is_dsar INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE requests ADD COLUMN source_key TEXT;
    ALTER TABLE requests ADD COLUMN source_filename TEXT;
    ALTER TABLE requests ADD COLUMN received_flag TEXT;
    ALTER TABLE requests ADD COLUMN extended_at TEXT;
    ALTER TABLE requests ADD COLUMN extension_reason TEXT;
    ALTER TABLE requests ADD COLUMN refusal_reason TEXT;
    ALTER TABLE requests ADD COLUMN closed_at TEXT;
    CREATE UNIQUE INDEX requests_source_key ON requests(source_key) WHERE source_key IS NOT NULL;
    CREATE INDEX requests_status ON requests(status);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 3: exported letters
    """
    CREATE TABLE letters (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id),
        kind TEXT NOT NULL,
        language TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        filename TEXT NOT NULL,
        sha256 TEXT NOT NULL
    );
    """,
    # 4: encrypted ID documents (see vault.py); the key column is cleared when wiped
    """
    CREATE TABLE vault_items (
        id INTEGER PRIMARY KEY,
        request_id INTEGER REFERENCES requests(id),
        kind TEXT NOT NULL,
        filename TEXT NOT NULL,
        content_type TEXT,
        size INTEGER NOT NULL,
        blob TEXT NOT NULL,
        wrapped_key BLOB,
        created_at TEXT NOT NULL,
        wiped_at TEXT
    );
    """,
    # 5: personal values of audit entries kept apart (hash-covered by digest only) so that
    #    retention can erase them without breaking the chain; anonymisation date; the
    #    reference number as a number
    """
    ALTER TABLE audit_log ADD COLUMN private TEXT;
    DROP TRIGGER audit_log_no_update;
    CREATE TRIGGER audit_log_no_update
        BEFORE UPDATE OF id, request_id, at, actor, event, details, prev_hash, hash ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    CREATE INDEX audit_log_request ON audit_log(request_id);
    ALTER TABLE requests ADD COLUMN anonymised_at TEXT;
    ALTER TABLE requests ADD COLUMN ref_year INTEGER;
    ALTER TABLE requests ADD COLUMN ref_number INTEGER;
    UPDATE requests SET
        ref_year = CAST(substr(reference, 1, instr(reference, '-') - 1) AS INTEGER),
        ref_number = CAST(substr(reference, instr(reference, '-') + 1) AS INTEGER)
        WHERE instr(reference, '-') > 0;
    CREATE INDEX requests_ref_number ON requests(ref_year, ref_number);
    """,
    # 6: Message-IDs kept only as hashes
    _hash_message_ids,
    # 7: letters that say only what is true: confirmed record sections, erasure checklists,
    #    representatives, what went with each letter
    """
    CREATE TABLE record_confirmations (
        section TEXT PRIMARY KEY,
        digest TEXT NOT NULL,
        confirmed_at TEXT NOT NULL
    );
    CREATE TABLE erasure_checklist (
        request_id INTEGER NOT NULL REFERENCES requests(id),
        place TEXT NOT NULL,
        state TEXT NOT NULL,
        ground TEXT,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (request_id, place)
    );
    CREATE TABLE representations (
        request_id INTEGER PRIMARY KEY REFERENCES requests(id),
        subject_name TEXT NOT NULL,
        role TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    ALTER TABLE letters ADD COLUMN enclosures TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE letters ADD COLUMN checklist TEXT;
    """,
    # 8: what intake detected (kept when the owner corrects it), the evidence sentences,
    #    special senders (representative, processor situation) and mails linked to a request
    #    (a reminder is linked to the request it reminds of, not logged as a new one);
    #    read and written by core/store/intake.py
    """
    CREATE TABLE request_intake (
        request_id INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
        detected TEXT NOT NULL DEFAULT '{}',
        evidence TEXT NOT NULL DEFAULT '{}',
        representative TEXT,
        processor INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE request_mails (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        source_key TEXT NOT NULL UNIQUE,
        source_filename TEXT,
        received_at TEXT,
        kind TEXT NOT NULL DEFAULT 'follow_up',
        created_at TEXT NOT NULL
    );
    CREATE INDEX requests_email ON requests(requester_email);
    """,
    # 9: ID checks: the reason for asking ID, minimal proofs, end dates of kept copies,
    #    neutral names for vault items, where the request's mail is (core/store/idchecks.py)
    _idchecks.MIGRATION,
    # 10: the owner's daily work: deleted requests (restorable until purged), letters marked
    #     sent, the request's mail kept as sanitised text, attachment contents in the vault
    #     (read and written by core/store/daily.py)
    """
    ALTER TABLE requests ADD COLUMN deleted_at TEXT;
    ALTER TABLE requests ADD COLUMN deletion_reason TEXT;
    ALTER TABLE letters ADD COLUMN sent_at TEXT;
    ALTER TABLE letters ADD COLUMN sent_via TEXT;
    ALTER TABLE attachments ADD COLUMN vault_item_id INTEGER;
    CREATE TABLE request_mail_text (
        request_id INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
        sender TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '',
        sent TEXT,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX attachments_request ON attachments(request_id);
    CREATE INDEX letters_request ON letters(request_id);
    """,
    # 11: what the owner did for a restriction, rectification or objection, and when: the
    #     facts those letters state (core/letters/actions.py; read and written by
    #     core/store/lettersdb.py). A mistaken entry is withdrawn, never deleted.
    """
    CREATE TABLE request_actions (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        done_on TEXT NOT NULL,
        what TEXT NOT NULL DEFAULT '',
        value_from TEXT NOT NULL DEFAULT '',
        value_to TEXT NOT NULL DEFAULT '',
        grounds TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        withdrawn_at TEXT
    );
    CREATE INDEX request_actions_request ON request_actions(request_id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    statements: list[str] = []
    buf: list[str] = []
    for line in script.strip().splitlines():
        buf.append(line)
        text = "\n".join(buf).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            statements.append(text)
            buf = []
    if "\n".join(buf).strip():
        statements.append("\n".join(buf).strip())
    return statements


def apply(conn: sqlite3.Connection, migration: Migration) -> None:
    """Run one migration on ``conn`` (inside the caller's transaction)."""
    if callable(migration):
        migration(conn)
        return
    for statement in split_sql(migration):
        conn.execute(statement)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Bring ``conn`` up to ``target``; returns the versions reached. Safe to run concurrently."""
    reached: list[int] = []
    while True:
        if user_version(conn) >= target:
            return reached
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(conn)  # another process may have migrated meanwhile
            if version < target:
                apply(conn, MIGRATIONS[version])
                conn.execute(f"PRAGMA user_version = {version + 1}")
                reached.append(version + 1)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
