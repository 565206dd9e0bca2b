"""SQL for ID checks: the reason for asking ID, the minimal proof of a check, kept copies.

A proof holds *how* identity was checked and *what* matched, never a number or a name:
method, the fields that matched, document type, issuing country (ICAO code), whether the
document was valid, who decided and when, and whether a redacted copy was kept (until when,
why). See :mod:`studio_dsar.core.idcheck`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from studio_dsar.core.sensitive import scrub

if TYPE_CHECKING:
    from studio_dsar.core.store import Store

DECISIONS = ("verified", "not_verified", "ask_more")
METHODS = ("document_mrz", "document_visual", "document_owner", "lighter_means")


@dataclass
class IdProof:
    id: int
    request_id: int
    decided_at: str
    actor: str
    decision: str
    method: str
    fields_matched: list[str]
    document_type: str | None
    issuing_country: str | None
    expiry_valid: bool | None
    override_reason: str | None
    copy_kept_until: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "decided_at": self.decided_at, "actor": self.actor, "decision": self.decision,
            "method": self.method, "fields_matched": list(self.fields_matched),
            "document_type": self.document_type, "issuing_country": self.issuing_country,
            "expiry_valid": self.expiry_valid, "override_reason": self.override_reason,
            "copy_kept_until": self.copy_kept_until,
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _clean_code(value: str | None, pattern: str) -> str | None:
    return value if value and re.fullmatch(pattern, value) else None


def record_proof(store: Store, request_id: int, *, decision: str, method: str, fields_matched: list[str],
                 document_type: str | None, issuing_country: str | None, expiry_valid: bool | None,
                 override_reason: str | None, copy_kept_until: str | None, actor: str = "owner") -> IdProof:
    if decision not in DECISIONS or method not in METHODS:
        raise ValueError("decision/method")
    fields = [f for f in fields_matched if f in ("name", "birth_date")]
    doc_type = _clean_code(document_type, r"[a-z_]{3,20}")
    country = _clean_code(issuing_country, r"[A-Z]{3}")
    reason = scrub((override_reason or "").strip()) or None
    assert request_id is not None
    now = _now()
    with store.transaction():
        cur = store.conn.execute(
            "INSERT INTO id_proofs(request_id, decided_at, actor, decision, method, fields_matched, "
            "document_type, issuing_country, expiry_valid, override_reason, copy_kept_until) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (request_id, now, actor, decision, method, json.dumps(fields), doc_type, country,
             None if expiry_valid is None else int(bool(expiry_valid)), reason, copy_kept_until),
        )
        store.audit("id_checked", request_id=request_id, actor=actor, details={
            "proof": cur.lastrowid, "decision": decision, "method": method, "fields_matched": fields,
            "document_type": doc_type, "issuing_country": country, "expiry_valid": expiry_valid,
            "override": reason is not None, "copy_kept_until": copy_kept_until,
        })
    return proofs(store, request_id)[-1]


def proofs(store: Store, request_id: int) -> list[IdProof]:
    rows = store.conn.execute("SELECT * FROM id_proofs WHERE request_id = ? ORDER BY id", (request_id,))
    return [IdProof(r["id"], r["request_id"], r["decided_at"], r["actor"], r["decision"], r["method"],
                    json.loads(r["fields_matched"] or "[]"), r["document_type"], r["issuing_country"],
                    None if r["expiry_valid"] is None else bool(r["expiry_valid"]), r["override_reason"],
                    r["copy_kept_until"]) for r in rows]


def set_keep(store: Store, item_id: int, keep_until: str | None, keep_reason: str | None) -> None:
    store.conn.execute("UPDATE vault_items SET keep_until = ?, keep_reason = ? WHERE id = ?",
                       (keep_until, scrub(keep_reason) if keep_reason else None, item_id))


def keep_info(store: Store, item_id: int) -> tuple[str | None, str | None]:
    row = store.conn.execute("SELECT keep_until, keep_reason FROM vault_items WHERE id = ?", (item_id,)).fetchone()
    return (row["keep_until"], row["keep_reason"]) if row else (None, None)


def copies_due(store: Store, today: str) -> list[int]:
    """Redacted copies whose end date has passed (or that never had one: kept against policy)."""
    rows = store.conn.execute(
        "SELECT id FROM vault_items WHERE kind = 'redacted' AND wiped_at IS NULL "
        "AND (keep_until IS NULL OR keep_until < ?) ORDER BY id", (today,))
    return [r["id"] for r in rows]


def next_expiry(store: Store) -> str | None:
    row = store.conn.execute(
        "SELECT MIN(keep_until) AS d FROM vault_items WHERE kind = 'redacted' AND wiped_at IS NULL").fetchone()
    return row["d"] if row else None


def set_id_reason(store: Store, request_id: int, reason: str, means: list[str], *, actor: str = "owner") -> None:
    reason = scrub(reason.strip()) or ""
    with store.transaction():
        store.conn.execute("UPDATE requests SET id_reason = ?, id_means = ? WHERE id = ?",
                           (reason, json.dumps(list(means)), request_id))
        store.audit("id_reason_recorded", request_id=request_id, actor=actor,
                    details={"reason": reason, "lighter_means_considered": list(means)})


def id_reason(store: Store, request_id: int) -> tuple[str | None, list[str]]:
    row = store.conn.execute("SELECT id_reason, id_means FROM requests WHERE id = ?", (request_id,)).fetchone()
    if row is None:
        return None, []
    return row["id_reason"] or None, json.loads(row["id_means"] or "[]")


def set_source_path(store: Store, request_id: int, path: str) -> None:
    """Where the request's mail file was read from (to read an ID attachment from it later)."""
    store.conn.execute("UPDATE requests SET source_path = ? WHERE id = ?", (scrub(path), request_id))


def source_path(store: Store, request_id: int) -> str | None:
    row = store.conn.execute("SELECT source_path FROM requests WHERE id = ?", (request_id,)).fetchone()
    return row["source_path"] if row and row["source_path"] else None


MIGRATION = """
    ALTER TABLE vault_items ADD COLUMN keep_until TEXT;
    ALTER TABLE vault_items ADD COLUMN keep_reason TEXT;
    UPDATE vault_items SET filename = 'ID-' || id || '-' || kind;
    ALTER TABLE requests ADD COLUMN id_reason TEXT;
    ALTER TABLE requests ADD COLUMN id_means TEXT;
    ALTER TABLE requests ADD COLUMN source_path TEXT;
    CREATE TABLE id_proofs (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id),
        decided_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        decision TEXT NOT NULL,
        method TEXT NOT NULL,
        fields_matched TEXT NOT NULL DEFAULT '[]',
        document_type TEXT,
        issuing_country TEXT,
        expiry_valid INTEGER,
        override_reason TEXT,
        copy_kept_until TEXT
    );
"""
