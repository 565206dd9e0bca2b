"""The audit log: an append-only hash chain, sealed outside the database, replayable.

Each entry's ``hash`` is SHA-256 over (previous hash, request, time, actor, event, details).
Personal values in the details (names, addresses, subjects, notes, reasons, file names) are
not hashed as such: the details hold a salted digest ``{"$h": ...}`` and the value itself sits
in the ``private`` column. Retention can then erase the personal values of an old request
without breaking the chain, and an edit of a kept value is still caught by its digest.

Every change to a request carries what it set (``details["set"]``, or the changed fields
for ``edited``), so :func:`verify` can replay the events and compare them with the
``requests`` table, and the head of the chain is compared with the seal (:mod:`.seal`).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from studio_dsar.core.i18n import _
from studio_dsar.core.model import AuditEntry

__all__ = ["GENESIS_HASH", "AuditEntry", "Problem", "Report", "append", "entries", "head", "verify"]
from studio_dsar.core.sensitive import scrub

if TYPE_CHECKING:
    from studio_dsar.core.store.seal import Seal

GENESIS_HASH = "0" * 64
PRIVATE_FIELDS = frozenset({
    "requester_name", "requester_email", "subject", "notes", "source_filename", "source", "file",
    "reason", "refusal_reason", "extension_reason", "attachments", "filename", "files",
    "subject_name", "what", "value_from", "value_to", "grounds",
})
# Request columns that the events describe and verify compares with the table.
REPLAYED = (
    "reference", "requester_name", "requester_email", "rights", "language", "channel",
    "received_at", "received_flag", "status", "notes", "subject", "is_dsar", "source_key",
    "source_filename", "extended_at", "extension_reason", "refusal_reason", "closed_at",
    "anonymised_at",
)
_UNKNOWN = object()


@dataclass
class Problem:
    """One thing :func:`verify` found wrong: what kind, where, and a translated sentence."""

    kind: str
    where: str
    message: str

    def __str__(self) -> str:
        return self.message

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "where": self.where, "message": self.message}


@dataclass
class Report:
    entries: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sealed: bool | None = None  # True signed seal checked, False unsigned, None no key

    @property
    def ok(self) -> bool:
        return not self.problems


def hash_entry(prev_hash: str, request_id: int | None, at: str, actor: str, event: str, details: str) -> str:
    payload = json.dumps([prev_hash, request_id, at, actor, event, details], ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# Hex digests: their digit runs are not numbers (a hash may contain a valid-looking BSN).
NOT_TEXT = frozenset({"source_key", "sha256", "hash", "head"})


def scrub_value(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: (v if k in NOT_TEXT else scrub_value(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub_value(v) for v in value]
    return value


def _digest(salt: str, path: str, value: Any) -> str:
    blob = json.dumps([salt, path, value], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _is_private_value(key: str, value: Any) -> bool:
    return key in PRIVATE_FIELDS and value not in (None, "", [], {})


def split_private(details: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(details with personal values replaced by digests, private part or None)."""
    salt = secrets.token_hex(16)
    values: dict[str, Any] = {}

    def walk(obj: Any, prefix: str) -> Any:
        if not isinstance(obj, dict):
            return obj
        out = {}
        for k, v in obj.items():
            path = f"{prefix}{k}"
            if _is_private_value(k, v):
                values[path] = v
                out[k] = {"$h": _digest(salt, path, v)}
            else:
                out[k] = walk(v, path + ".")
        return out

    public = walk(details, "")
    return public, ({"salt": salt, "values": values} if values else None)


def merge_private(details: dict[str, Any], private: dict[str, Any] | None) -> dict[str, Any]:
    """Put the personal values back (None where retention erased them)."""
    values = (private or {}).get("values", {})

    def walk(obj: Any, prefix: str) -> Any:
        if not isinstance(obj, dict):
            return obj
        if set(obj) == {"$h"}:
            return values.get(prefix[:-1])
        return {k: walk(v, f"{prefix}{k}.") for k, v in obj.items()}

    merged: dict[str, Any] = walk(details, "")
    return merged


def _private_mismatches(details: dict[str, Any], private: dict[str, Any] | None) -> list[str]:
    """Paths whose kept personal value no longer matches the hashed digest."""
    if not private:
        return []
    salt, values = private.get("salt", ""), private.get("values", {})
    bad = []
    for path, value in values.items():
        node: Any = details
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, dict) or node.get("$h") != _digest(salt, path, value):
            bad.append(path)
    return bad


def append(conn: sqlite3.Connection, event: str, *, request_id: int | None, actor: str,
           details: dict[str, Any] | None, now: str) -> AuditEntry:
    """Insert one entry (the caller holds the write transaction)."""
    clean = scrub_value(details or {})
    public, private = split_private(clean)
    details_json = json.dumps(public, ensure_ascii=False, sort_keys=True)
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS_HASH
    digest = hash_entry(prev, request_id, now, actor, event, details_json)
    cur = conn.execute(
        "INSERT INTO audit_log(request_id, at, actor, event, details, prev_hash, hash, private) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
        (request_id, now, actor, event, details_json, prev, digest,
         json.dumps(private, ensure_ascii=False) if private else None),
    )
    return AuditEntry(int(cur.lastrowid or 0), request_id, now, actor, event, clean, prev, digest)


def _load_json(text: str | None) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def entries(conn: sqlite3.Connection, request_id: int | None = None) -> list[AuditEntry]:
    if request_id is None:
        rows = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    else:
        rows = conn.execute("SELECT * FROM audit_log WHERE request_id = ? ORDER BY id", (request_id,)).fetchall()
    return [
        AuditEntry(r["id"], r["request_id"], r["at"], r["actor"], r["event"],
                   merge_private(_load_json(r["details"]) or {}, _load_json(r["private"])),
                   r["prev_hash"], r["hash"])
        for r in rows
    ]


def head(conn: sqlite3.Connection) -> tuple[int, str, int]:
    """(count, hash of the last entry, id of the last entry)."""
    row = conn.execute("SELECT COUNT(*), MAX(id) FROM audit_log").fetchone()
    count, last_id = int(row[0]), int(row[1] or 0)
    if not count:
        return 0, GENESIS_HASH, 0
    h = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (last_id,)).fetchone()[0]
    return count, h, last_id


# -- replay --------------------------------------------------------------------------------
def changes_of(event: str, details: dict[str, Any]) -> dict[str, Any] | None:
    """What an entry set on its request, or None when it changed nothing replayable."""
    if isinstance(details.get("set"), dict):
        changes: dict[str, Any] = details["set"]
        return changes
    if event == "edited":
        changed = {k: v for k, v in details.items() if k in REPLAYED}
        if "received_at" in changed:
            changed.setdefault("received_flag", None)
        return changed
    return None


def _table_value(row: sqlite3.Row, key: str) -> Any:
    value = row[key]
    if key == "rights":
        return _load_json(value)
    if key == "is_dsar":
        return bool(value)
    return value


def _norm(key: str, value: Any) -> Any:
    if key == "is_dsar":
        return bool(value)
    if key == "notes":
        return value or ""
    return value


def _label(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def verify(conn: sqlite3.Connection, sealed: Seal | str | None, *, backup_seal: Seal | None = None,
           seal_key: bytes | None = None) -> Report:
    """Check the chain, the seal and the tables against the events. Never raises on tampering.
    ``seal_key``: the seal's key when it is not this computer's (a backup opened with its
    recovery code)."""
    from studio_dsar.core.store import seal as seal_mod

    report = Report()
    rows = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    report.entries = len(rows)
    prev = GENESIS_HASH
    hashes: dict[int, str] = {}
    positions: dict[int, int] = {}
    states: dict[int, dict[str, Any]] = {}
    first_event: dict[int, int] = {}
    for pos, r in enumerate(rows, start=1):
        rid = r["id"]
        where = _("entry {id}").format(id=rid)
        if r["prev_hash"] != prev:
            report.problems.append(Problem("chain_broken", where, _(
                "Entry {id}: the link to the previous entry is broken (an entry before it was removed, "
                "reordered or rewritten).").format(id=rid)))
        expected = hash_entry(r["prev_hash"], r["request_id"], r["at"], r["actor"], r["event"], r["details"])
        entry_ok = r["hash"] == expected
        if not entry_ok:
            report.problems.append(Problem("entry_changed", where, _(
                "Entry {id} ({event}, {at}): its contents were changed after it was written.").format(
                id=rid, event=r["event"], at=r["at"])))
        prev = r["hash"]
        hashes[rid] = r["hash"]
        positions[rid] = pos
        details = _load_json(r["details"])
        private = _load_json(r["private"])
        if not isinstance(details, dict):
            continue
        for path in (_private_mismatches(details, private) if entry_ok else []):
            report.problems.append(Problem("private_changed", where, _(
                "Entry {id}: the kept value of “{field}” was changed after it was written.").format(
                id=rid, field=path)))
        req_id = r["request_id"]
        if req_id is None:
            continue
        changes = changes_of(r["event"], merge_private(details, private))
        if changes is None:
            continue
        state = states.setdefault(req_id, {})
        first_event.setdefault(req_id, rid)
        for k, v in changes.items():
            if k not in REPLAYED:
                continue
            # A personal value erased by retention is unknown from here on, not wrong.
            if isinstance(details.get("set", details).get(k), dict) and v is None:
                state[k] = _UNKNOWN
            else:
                state[k] = v

    _check_seal(report, sealed, seal_mod, hashes, positions, conn, backup_seal, seal_key)
    _check_against_backup(report, hashes, positions, backup_seal)
    _check_tables(report, conn, states)
    return report


def _check_seal(report: Report, sealed: Seal | str | None, seal_mod: Any, hashes: dict[int, str],
                positions: dict[int, int], conn: sqlite3.Connection, backup_seal: Seal | None,
                seal_key: bytes | None = None) -> None:
    count = report.entries
    if sealed is None:
        if count:
            report.problems.append(Problem("seal_missing", _("seal"), _(
                "The seal of the audit log is missing, so cutting entries off the end cannot be ruled "
                "out. Restore the latest backup if you did not expect this.")))
        return
    if isinstance(sealed, str):
        report.problems.append(Problem("seal_unreadable", _("seal"), _("The seal of the audit log is unreadable.")))
        return
    mac = seal_mod.check_mac(sealed, seal_key)
    report.sealed = mac
    if mac is False:
        report.problems.append(Problem("seal_forged", _("seal"), _(
            "The seal of the audit log is not signed by this computer's key: it was forged or replaced.")))
    if sealed.count == 0 and not hashes:
        return
    if sealed.last_id not in hashes:
        report.problems.append(Problem("truncated", _("end of the log"), _(
            "The audit log ends at {n} entries, but it was sealed at {sealed} entries (up to entry {id}): "
            "entries were removed.").format(n=count, sealed=sealed.count, id=sealed.last_id)))
    elif hashes[sealed.last_id] != sealed.head:
        report.problems.append(Problem("rewritten", _("entry {id}").format(id=sealed.last_id), _(
            "Entry {id} is not the entry that was sealed: the log was rewritten (hashes recomputed).").format(
            id=sealed.last_id)))
    elif positions[sealed.last_id] != sealed.count:
        report.problems.append(Problem("truncated", _("entry {id}").format(id=sealed.last_id), _(
            "{n} entries before entry {id} are missing compared with the seal.").format(
            n=sealed.count - positions[sealed.last_id], id=sealed.last_id)))
    elif count > sealed.count:
        report.notes.append(_("{n} entries after the last seal (for example after a crash); they are "
                              "sealed with the next change.").format(n=count - sealed.count))


def _check_against_backup(report: Report, hashes: dict[int, str], positions: dict[int, int],
                          backup_seal: Seal | None) -> None:
    """The newest backup's head must be in the chain, at its position."""
    count = report.entries
    if backup_seal is not None and backup_seal.count > 0:
        by_pos = {p: i for i, p in positions.items()}
        at = by_pos.get(backup_seal.count)
        if backup_seal.count > count:
            report.problems.append(Problem("rolled_back", _("seal"), _(
                "A backup holds a longer audit log ({b} entries) than the register ({n}): the register "
                "was rolled back to an older state.").format(b=backup_seal.count, n=count)))
        elif at is not None and hashes[at] != backup_seal.head:
            report.problems.append(Problem("rewritten", _("entry {id}").format(id=at), _(
                "Entry {id} differs from the same entry in the newest backup: the log was rewritten.").format(id=at)))


def _check_tables(report: Report, conn: sqlite3.Connection, states: dict[int, dict[str, Any]]) -> None:
    rows = {r["id"]: r for r in conn.execute("SELECT * FROM requests")}
    keys = set(rows[next(iter(rows))].keys()) if rows else set()
    legacy = 0
    for req_id, row in rows.items():
        ref = row["reference"]
        state = states.get(req_id)
        if state is None:
            has_any = conn.execute("SELECT 1 FROM audit_log WHERE request_id = ? LIMIT 1", (req_id,)).fetchone()
            if has_any:
                legacy += 1  # logged before the events carried what they set
                continue
            report.problems.append(Problem("request_unlogged", _("request {ref}").format(ref=ref), _(
                "Request {ref} is in the register but no audit entry created it: it was added behind "
                "the app's back.").format(ref=ref)))
            continue
        for key in REPLAYED:
            if key not in keys or key not in state or state[key] is _UNKNOWN:
                continue
            table, logged = _norm(key, _table_value(row, key)), _norm(key, state[key])
            if table != logged:
                report.problems.append(Problem("table_changed", _("request {ref}").format(ref=ref), _(
                    "Request {ref}: “{field}” is “{table}” in the register but “{logged}” according to the "
                    "audit log: it was changed behind the app's back.").format(
                    ref=ref, field=key, table=_label(table), logged=_label(logged))))
    for req_id in states:
        if req_id not in rows:
            report.problems.append(Problem("request_removed", _("request number {id}").format(id=req_id), _(
                "The audit log records request number {id}, but it is no longer in the register: it was "
                "deleted.").format(id=req_id)))
    if legacy:
        report.notes.append(_("{n} requests were logged by an older version; their details cannot be "
                              "replayed.").format(n=legacy))
