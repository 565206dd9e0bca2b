"""The request register: one SQLite database (WAL, foreign keys, secure_delete).

Schema changes are numbered migrations applied in order; ``PRAGMA user_version`` holds the
version reached. Every change to a request goes with an entry in the append-only audit log,
each entry chained to the previous one by a SHA-256 hash (see :meth:`Store.verify_audit`).

Free text (names, subjects, notes, reasons) is passed through :func:`sensitive.scrub` on the
way in, so no BSN or rijksregisternummer ever reaches the file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from studio_dsar.core import deadlines, paths
from studio_dsar.core.errors import InputError, NotFoundError, StateError
from studio_dsar.core.i18n import _
from studio_dsar.core.model import Attachment, AuditEntry, Request
from studio_dsar.core.sensitive import scrub

from studio_dsar.core.vocab import CHANNELS, CLOSED_STATUSES, LANGUAGES, RIGHTS, STATUSES

__all__ = [
    "CHANNELS", "CLOSED_STATUSES", "LANGUAGES", "MIGRATIONS", "RIGHTS", "SCHEMA_VERSION", "STATUSES",
    "Attachment", "AuditEntry", "Request", "Store",
]

GENESIS_HASH = "0" * 64

# Each migration takes the schema from version i to i + 1. Never edit a released one:
# add a new one at the end.
MIGRATIONS: tuple[str, ...] = (
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
)
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hash_entry(prev_hash: str, request_id: int | None, at: str, actor: str, event: str, details: str) -> str:
    payload = json.dumps(
        [prev_hash, request_id, at, actor, event, details], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _scrub_value(value):
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _scrub_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrub_value(v) for v in value]
    return value


def _normalise_received(received_at: str | datetime | date) -> str:
    if isinstance(received_at, datetime):
        if received_at.tzinfo is None:
            received_at = received_at.replace(tzinfo=deadlines.STUDIO_TZ)
        return received_at.isoformat()
    if isinstance(received_at, date):
        return datetime(received_at.year, received_at.month, received_at.day, 12, tzinfo=deadlines.STUDIO_TZ).isoformat()
    try:
        parsed = datetime.fromisoformat(received_at)
    except (TypeError, ValueError):
        raise InputError(_("The date of receipt is not a valid date.")) from None
    return _normalise_received(parsed if "T" in received_at or " " in received_at else parsed.date())


class Store:
    """The register. Open with :meth:`open`; use as a context manager to close it."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path

    # -- opening and migrations -------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        db = Path(path) if path is not None else paths.db_path()
        db.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(db), timeout=10, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        store = cls(conn, db)
        store.migrate()
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self, target: int = SCHEMA_VERSION) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StateError(
                _("This database was made by a newer version of studio-dsar; please update the app.")
            )
        for version in range(current, target):
            with self.transaction():
                for statement in _split_sql(MIGRATIONS[version]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception. Nests (inner is a no-op)."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- settings ----------------------------------------------------------------------
    def get_setting(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row["value"])
        except json.JSONDecodeError:
            return default

    def set_setting(self, key: str, value) -> None:
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    # -- audit log -----------------------------------------------------------------------
    def audit(self, event: str, *, request_id: int | None = None, actor: str = "owner", details: dict | None = None) -> AuditEntry:
        details_json = json.dumps(_scrub_value(details or {}), ensure_ascii=False, sort_keys=True)
        with self.transaction():
            row = self.conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            prev = row["hash"] if row else GENESIS_HASH
            at = _now()
            digest = _hash_entry(prev, request_id, at, actor, event, details_json)
            cur = self.conn.execute(
                "INSERT INTO audit_log(request_id, at, actor, event, details, prev_hash, hash) "
                "VALUES(?, ?, ?, ?, ?, ?, ?)",
                (request_id, at, actor, event, details_json, prev, digest),
            )
        return AuditEntry(cur.lastrowid, request_id, at, actor, event, json.loads(details_json), prev, digest)

    def audit_entries(self, request_id: int | None = None) -> list[AuditEntry]:
        if request_id is None:
            rows = self.conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
        else:
            rows = self.conn.execute(
                "SELECT * FROM audit_log WHERE request_id = ? ORDER BY id", (request_id,)
            ).fetchall()
        return [
            AuditEntry(r["id"], r["request_id"], r["at"], r["actor"], r["event"],
                       json.loads(r["details"]), r["prev_hash"], r["hash"])
            for r in rows
        ]

    def verify_audit(self) -> list[str]:
        """Problems found in the hash chain (empty when intact)."""
        problems: list[str] = []
        prev = GENESIS_HASH
        for r in self.conn.execute("SELECT * FROM audit_log ORDER BY id"):
            if r["prev_hash"] != prev:
                problems.append(_("Entry {id}: link to the previous entry is broken.").format(id=r["id"]))
            expected = _hash_entry(r["prev_hash"], r["request_id"], r["at"], r["actor"], r["event"], r["details"])
            if r["hash"] != expected:
                problems.append(_("Entry {id}: contents were changed after it was written.").format(id=r["id"]))
            prev = r["hash"]
        return problems

    # -- requests ------------------------------------------------------------------------
    def _next_reference(self, year: int) -> str:
        prefix = f"{year}-"
        row = self.conn.execute(
            "SELECT reference FROM requests WHERE reference LIKE ? ORDER BY reference DESC LIMIT 1",
            (prefix + "%",),
        ).fetchone()
        n = int(row["reference"].split("-")[1]) + 1 if row else 1
        return f"{prefix}{n:04d}"

    def create_request(
        self,
        *,
        requester_name: str | None,
        requester_email: str | None,
        rights: Iterable[str],
        language: str = "nl",
        channel: str = "email",
        received_at: str | datetime | date,
        received_flag: str | None = None,
        subject: str | None = None,
        notes: str = "",
        is_dsar: bool = True,
        source_key: str | None = None,
        source_filename: str | None = None,
        attachments: Iterable[dict] = (),
        status: str = "new",
        actor: str = "owner",
    ) -> Request:
        rights = _check_rights(rights)
        if language not in LANGUAGES:
            language = "nl"
        if channel not in CHANNELS:
            raise InputError(_("Unknown channel: {value}").format(value=channel))
        if status not in STATUSES:
            raise InputError(_("Unknown status: {value}").format(value=status))
        received = _normalise_received(received_at)
        now = _now()
        with self.transaction():
            year = datetime.now().year
            reference = self._next_reference(year)
            cur = self.conn.execute(
                "INSERT INTO requests(reference, requester_name, requester_email, rights, language, "
                "channel, received_at, status, notes, created_at, updated_at, subject, is_dsar, "
                "source_key, source_filename, received_flag) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    reference, scrub(requester_name), (requester_email or None), json.dumps(rights),
                    language, channel, received, status, scrub(notes) or "", now, now,
                    scrub(subject), int(bool(is_dsar)), source_key, scrub(source_filename), received_flag,
                ),
            )
            request_id = cur.lastrowid
            for a in attachments:
                self.conn.execute(
                    "INSERT INTO attachments(request_id, filename, content_type, size, is_id_document) "
                    "VALUES(?, ?, ?, ?, ?)",
                    (request_id, scrub(a.get("filename") or "") or "", a.get("content_type"),
                     a.get("size"), int(bool(a.get("is_id_document")))),
                )
            self.audit(
                "imported" if source_key else "created",
                request_id=request_id,
                actor=actor,
                details={"reference": reference, "channel": channel, "rights": rights,
                         "source": source_filename, "received_flag": received_flag},
            )
        return self.get_request(reference)

    def _row_to_request(self, row: sqlite3.Row) -> Request:
        keys = row.keys()
        req = Request(
            id=row["id"], reference=row["reference"], requester_name=row["requester_name"],
            requester_email=row["requester_email"], rights=json.loads(row["rights"]),
            language=row["language"], channel=row["channel"], received_at=datetime.fromisoformat(row["received_at"]),
            status=row["status"], notes=row["notes"], created_at=row["created_at"],
            updated_at=row["updated_at"],
            **{k: row[k] for k in ("subject", "source_key", "source_filename", "received_flag",
                                  "extended_at", "extension_reason", "refusal_reason", "closed_at")
               if k in keys},
        )
        req.is_dsar = bool(row["is_dsar"]) if "is_dsar" in keys else True
        req.attachments = [
            Attachment(a["id"], a["filename"], a["content_type"], a["size"], bool(a["is_id_document"]))
            for a in self.conn.execute(
                "SELECT * FROM attachments WHERE request_id = ? ORDER BY id", (row["id"],)
            )
        ]
        return req

    def get_request(self, reference: str) -> Request:
        row = self.conn.execute("SELECT * FROM requests WHERE reference = ?", (reference,)).fetchone()
        if row is None:
            raise NotFoundError(_("No request with reference {ref}.").format(ref=reference))
        return self._row_to_request(row)

    def get_request_by_id(self, request_id: int) -> Request:
        row = self.conn.execute("SELECT * FROM requests WHERE id = ?", (request_id,)).fetchone()
        if row is None:
            raise NotFoundError(_("No request with number {id}.").format(id=request_id))
        return self._row_to_request(row)

    def find_request_by_source_key(self, key: str) -> Request | None:
        row = self.conn.execute("SELECT * FROM requests WHERE source_key = ?", (key,)).fetchone()
        return self._row_to_request(row) if row else None

    def list_requests(self, which: str = "all", search: str | None = None) -> list[Request]:
        sql, args = "SELECT * FROM requests", []
        where = []
        if which == "open":
            where.append(f"status NOT IN ({','.join('?' * len(CLOSED_STATUSES))})")
            args += sorted(CLOSED_STATUSES)
        elif which == "closed":
            where.append(f"status IN ({','.join('?' * len(CLOSED_STATUSES))})")
            args += sorted(CLOSED_STATUSES)
        if search:
            where.append("(requester_name LIKE ? OR requester_email LIKE ? OR reference LIKE ?)")
            args += [f"%{search}%"] * 3
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY received_at, id"
        return [self._row_to_request(r) for r in self.conn.execute(sql, args)]

    def update_request(self, reference: str, *, actor: str = "owner", **fields) -> Request:
        """Edit requester, rights, language, channel, received date or notes (audited)."""
        allowed = {"requester_name", "requester_email", "rights", "language", "channel", "received_at", "notes", "subject"}
        unknown = set(fields) - allowed
        if unknown:
            raise InputError(_("These fields cannot be edited: {fields}").format(fields=", ".join(sorted(unknown))))
        req = self.get_request(reference)
        changes = {}
        for key, value in fields.items():
            if key == "rights":
                value = _check_rights(value)
            elif key == "received_at":
                value = _normalise_received(value)
            elif key in ("requester_name", "notes", "subject"):
                value = scrub(value) or ("" if key == "notes" else None)
            elif key == "language" and value not in LANGUAGES:
                raise InputError(_("Unknown language: {value}").format(value=value))
            elif key == "channel" and value not in CHANNELS:
                raise InputError(_("Unknown channel: {value}").format(value=value))
            if getattr(req, key) != value:
                changes[key] = value
        if not changes:
            return req
        with self.transaction():
            sets = ", ".join(f"{k} = ?" for k in changes)
            vals = [json.dumps(v) if k == "rights" else v for k, v in changes.items()]
            if "received_at" in changes:
                sets += ", received_flag = NULL"
            self.conn.execute(
                f"UPDATE requests SET {sets}, updated_at = ? WHERE id = ?", (*vals, _now(), req.id)
            )
            # Notes are private free text: the log says that they changed, not what they say.
            logged = {k: ("…" if k == "notes" else v) for k, v in changes.items()}
            self.audit("edited", request_id=req.id, actor=actor, details=logged)
        return self.get_request(reference)

    def set_status(self, reference: str, status: str, *, reason: str | None = None, actor: str = "owner") -> Request:
        if status not in STATUSES:
            raise InputError(_("Unknown status: {value}").format(value=status))
        if status == "extended":
            raise StateError(_("Use 'extend' to extend the deadline: it needs a reason."))
        reason = scrub((reason or "").strip()) or None
        if status == "refused" and not reason:
            raise InputError(_("A refusal needs a reason (GDPR Art. 12(4))."))
        req = self.get_request(reference)
        if req.status == status:
            return req
        now = _now()
        with self.transaction():
            self.conn.execute(
                "UPDATE requests SET status = ?, updated_at = ?, closed_at = ?, "
                "refusal_reason = COALESCE(?, refusal_reason) WHERE id = ?",
                (status, now, now if status in CLOSED_STATUSES else None,
                 reason if status == "refused" else None, req.id),
            )
            details = {"from": req.status, "to": status}
            if reason:
                details["reason"] = reason
            self.audit("status_changed", request_id=req.id, actor=actor, details=details)
        return self.get_request(reference)

    def extend(self, reference: str, *, reason: str, country: str, today: date | None = None, actor: str = "owner") -> Request:
        """Record the two-month extension (Art. 12(3)); refused after the original deadline."""
        reason = scrub((reason or "").strip())
        if not reason:
            raise InputError(_("An extension needs a reason that you tell the requester."))
        req = self.get_request(reference)
        if req.extended:
            raise StateError(_("This request has already been extended."))
        if not req.is_open:
            raise StateError(_("This request is closed."))
        today = today or date.today()
        legal = deadlines.legal_due(req.received_at, country)
        if today > legal:
            raise StateError(
                _("Too late to extend: the notice had to be sent by {date}.").format(date=legal.isoformat())
            )
        now = _now()
        with self.transaction():
            self.conn.execute(
                "UPDATE requests SET status = 'extended', extended_at = ?, extension_reason = ?, "
                "updated_at = ? WHERE id = ?",
                (now, reason, now, req.id),
            )
            self.audit(
                "extended", request_id=req.id, actor=actor,
                details={"reason": reason, "legal_due": legal.isoformat(),
                         "extended_due": deadlines.extended_due(req.received_at, country).isoformat()},
            )
        return self.get_request(reference)

    def delete_request(self, reference: str, *, actor: str = "owner") -> None:
        """Not offered: the register is the studio's accountability record (Art. 5(2))."""
        raise StateError(_("Requests are never deleted from the register; set the status instead."))

    def record_letter(self, reference: str, *, kind: str, language: str, filename: str, sha256: str, actor: str = "owner") -> None:
        req = self.get_request(reference)
        with self.transaction():
            self.conn.execute(
                "INSERT INTO letters(request_id, kind, language, exported_at, filename, sha256) "
                "VALUES(?, ?, ?, ?, ?, ?)",
                (req.id, kind, language, _now(), Path(filename).name, sha256),
            )
            self.audit("letter_exported", request_id=req.id, actor=actor,
                       details={"kind": kind, "language": language, "file": Path(filename).name, "sha256": sha256})

    def letters(self, reference: str) -> list[dict]:
        req = self.get_request(reference)
        return [dict(r) for r in self.conn.execute(
            "SELECT kind, language, exported_at, filename, sha256 FROM letters WHERE request_id = ? ORDER BY id",
            (req.id,))]

    # -- export ------------------------------------------------------------------------
    def export_csv(self, path: str | Path, *, country: str, promise_days: int = deadlines.DEFAULT_PROMISE_DAYS) -> int:
        """Write the register as CSV (UTF-8 with BOM so spreadsheet apps read accents). Returns rows."""
        from studio_dsar.core.fileutil import atomic_write

        columns = [
            "reference", "received", "requester_name", "requester_email", "rights", "channel",
            "language", "status", "legal_due", "promised_due", "extended_due", "closed_at",
            "refusal_reason", "extension_reason",
        ]
        requests = self.list_requests("all")
        with atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for r in requests:
                dl = r.deadlines(country, promise_days)
                writer.writerow([
                    r.reference, dl.received.isoformat(), r.requester_name or "", r.requester_email or "",
                    " ".join(r.rights), r.channel, r.language, r.status, dl.legal_due.isoformat(),
                    dl.promised_due.isoformat(), dl.extended_due.isoformat() if r.extended else "",
                    r.closed_at or "", r.refusal_reason or "", r.extension_reason or "",
                ])
        self.audit("register_exported", details={"rows": len(requests), "file": Path(path).name})
        return len(requests)


def _check_rights(rights: Iterable[str]) -> list[str]:
    rights = list(dict.fromkeys(rights))
    bad = [r for r in rights if r not in RIGHTS]
    if bad:
        raise InputError(_("Unknown right: {value}").format(value=", ".join(bad)))
    return [r for r in RIGHTS if r in rights]


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    statements, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        text = "\n".join(buf).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            statements.append(text)
            buf = []
    if "\n".join(buf).strip():
        statements.append("\n".join(buf).strip())
    return statements
