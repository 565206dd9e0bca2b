"""Intake details of a request: what was detected, why, who wrote, and linked reminders.

Kept beside the ``requests`` table (migration 5) so the register's own columns stay as they
are. ``detected`` holds the values intake found when the mail was imported and never
changes: when the owner corrects rights, requester, language or "is a request", the request
row changes, an audit entry ``corrected`` records old and new values, and the detected values
stay here for comparison. Evidence sentences pass the same scrub as every stored text (no
BSN or rijksregisternummer reaches the database).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, UTC
from typing import TYPE_CHECKING, Any

from studio_dsar.core.sensitive import scrub
from studio_dsar.core.store import textseal

if TYPE_CHECKING:
    from studio_dsar.core.store import Store

CORRECTABLE = ("rights", "requester_name", "requester_email", "language", "is_dsar")


@dataclass
class IntakeDetails:
    detected: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    representative: dict[str, Any] | None = None
    processor: bool = False
    linked_mails: list[dict[str, Any]] = field(default_factory=list)
    evidence_sealed: bool = False  # the evidence is there but cannot be opened without the key


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _scrubbed(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _scrubbed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrubbed(v) for v in value]
    return value


def save_details(store: Store, request_id: int, *, detected: dict[str, Any], evidence: dict[str, list[str]],
                 representative: dict[str, Any] | None, processor: bool) -> None:
    with store.transaction():
        store.conn.execute(
            "INSERT OR REPLACE INTO request_intake(request_id, detected, evidence, representative, processor) "
            "VALUES(?, ?, ?, ?, ?)",
            (request_id, json.dumps(_scrubbed(detected), ensure_ascii=False),
             textseal.seal(json.dumps(_scrubbed(evidence), ensure_ascii=False), table="request_intake",
                           column="evidence", request_id=request_id),
             json.dumps(_scrubbed(representative), ensure_ascii=False) if representative else None,
             int(bool(processor))),
        )


def details(store: Store, request_id: int) -> IntakeDetails:
    row = store.conn.execute("SELECT * FROM request_intake WHERE request_id = ?", (request_id,)).fetchone()
    out = IntakeDetails()
    if row is not None:
        out.detected = json.loads(row["detected"] or "{}")
        evidence = textseal.unseal(row["evidence"] or "{}", table="request_intake", column="evidence",
                                   request_id=request_id)
        out.evidence = json.loads(evidence) if evidence is not None else {}
        out.evidence_sealed = evidence is None
        out.representative = json.loads(row["representative"]) if row["representative"] else None
        out.processor = bool(row["processor"])
    out.linked_mails = [
        {"source_filename": r["source_filename"], "received_at": r["received_at"], "kind": r["kind"],
         "created_at": r["created_at"]}
        for r in store.conn.execute(
            "SELECT * FROM request_mails WHERE request_id = ? ORDER BY id", (request_id,))
    ]
    return out


def set_representative(store: Store, request_id: int, representative: dict[str, Any] | None,
                       processor: bool | None = None) -> None:
    """The owner's correction of who writes for the data subject (and the processor flag)."""
    with store.transaction():
        store.conn.execute("INSERT OR IGNORE INTO request_intake(request_id) VALUES(?)", (request_id,))
        store.conn.execute(
            "UPDATE request_intake SET representative = ? WHERE request_id = ?",
            (json.dumps(_scrubbed(representative), ensure_ascii=False) if representative else None, request_id))
        if processor is not None:
            store.conn.execute("UPDATE request_intake SET processor = ? WHERE request_id = ?",
                               (int(bool(processor)), request_id))


def find_linked_mail(store: Store, source_key: str) -> int | None:
    """The request a mail with this dedup key was linked to (a reminder imported before)."""
    from studio_dsar.core.store.migrations import hash_source_key

    row = store.conn.execute("SELECT request_id FROM request_mails WHERE source_key = ?",
                             (hash_source_key(source_key),)).fetchone()
    return int(row["request_id"]) if row else None


def link_mail(store: Store, request_id: int, *, source_key: str, source_filename: str | None,
              received_at: str | None, kind: str = "follow_up", actor: str = "owner") -> None:
    """Attach a mail (a reminder) to an existing request, audited on that request."""
    from studio_dsar.core.store.migrations import hash_source_key

    with store.transaction():
        store.conn.execute(
            "INSERT INTO request_mails(request_id, source_key, source_filename, received_at, kind, created_at) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            (request_id, hash_source_key(source_key), scrub(source_filename), received_at, kind, _now()))
        store.audit("follow_up_received" if kind == "follow_up" else "mail_linked", request_id=request_id,
                    actor=actor, details={"source": source_filename, "received_at": received_at})


def open_requests_from(store: Store, email: str) -> list[int]:
    """Ids of open requests whose requester (or representative) wrote from ``email``, newest first."""
    from studio_dsar.core.vocab import CLOSED_STATUSES

    closed = sorted(CLOSED_STATUSES)
    rows = store.conn.execute(
        "SELECT r.id FROM requests r LEFT JOIN request_intake i ON i.request_id = r.id "
        f"WHERE r.status NOT IN ({','.join('?' * len(closed))}) AND r.is_dsar = 1 "
        "AND (lower(r.requester_email) = lower(?) OR lower(json_extract(i.representative, '$.email')) = lower(?)) "
        "ORDER BY r.received_at DESC, r.id DESC",
        (*closed, email, email),
    ).fetchall()
    return [int(r["id"]) for r in rows]


def request_by_reference_in(store: Store, text: str) -> int | None:
    """An open request whose reference ("2024-0012") appears in ``text``."""
    import re

    for ref in dict.fromkeys(re.findall(r"\b(20\d\d-\d{3,5})\b", text or "")):
        row = store.conn.execute("SELECT id FROM requests WHERE reference = ?", (ref,)).fetchone()
        if row:
            return int(row["id"])
    return None


def record_correction(store: Store, request_id: int, *, before: dict[str, Any], after: dict[str, Any],
                      detected: dict[str, Any] | None = None, actor: str = "owner") -> None:
    """Audit the owner's correction of detected values: old and new value, and what intake had
    detected (which stays kept in ``request_intake``)."""
    changed: dict[str, Any] = {}
    for k in after:
        if before.get(k) == after[k]:
            continue
        changed[k] = {"was": before.get(k), "now": after[k]}
        if detected and k in detected and detected[k] != before.get(k):
            changed[k]["detected"] = detected[k]
    if changed:
        store.audit("corrected", request_id=request_id, actor=actor, details=changed)
