"""Requests in the register: create, read, edit, status, extension, letters, CSV export.

Every change is one transaction with its audit entry, and the entry carries what it set
(``details["set"]``, or the changed fields for ``edited``) so ``audit verify`` can replay it.
Free text passes through :func:`sensitive.scrub` on the way in.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from studio_dsar.core import deadlines
from studio_dsar.core.dates import long_date
from studio_dsar.core.errors import DsarError, InputError, NotFoundError, StateError
from studio_dsar.core.i18n import _
from studio_dsar.core.sensitive import scrub
from studio_dsar.core.store.migrations import hash_source_key
from studio_dsar.core.model import Attachment, Request
from studio_dsar.core.store.parts import StorePart
from studio_dsar.core.store.records import check_rights, normalise_received, now
from studio_dsar.core.vocab import CHANNELS, CLOSED_STATUSES, LANGUAGES, STATUSES
from studio_dsar.core.deadlines import studio_today



# The requests columns in the order of the Request record's fields (see list_requests).
_LIST_COLUMNS = (
    "id, reference, requester_name, requester_email, rights, language, channel, received_at, status, "
    "notes, created_at, updated_at, subject, is_dsar, source_key, source_filename, received_flag, "
    "extended_at, extension_reason, refusal_reason, closed_at, anonymised_at, deleted_at, deletion_reason"
)


def _attachment(a: sqlite3.Row) -> Attachment:
    return Attachment(a["id"], a["filename"], a["content_type"], a["size"], bool(a["is_id_document"]),
                      a["vault_item_id"] if "vault_item_id" in a.keys() else None)


class DuplicateError(DsarError):
    """The mail was already logged (e.g. by another window importing the same file)."""

    exit_code = 2

    def __init__(self, message: str, reference: str):
        super().__init__(message)
        self.reference = reference


class RequestsMixin(StorePart):
    # -- creating ------------------------------------------------------------------------
    def _next_number(self, year: int) -> int:
        row = self.conn.execute(
            "SELECT MAX(ref_number) FROM requests WHERE ref_year = ?", (year,)
        ).fetchone()
        legacy = self.conn.execute(  # rows written before ref_number existed, if any slipped in
            "SELECT MAX(CAST(substr(reference, 6) AS INTEGER)) FROM requests "
            "WHERE reference LIKE ? AND ref_number IS NULL", (f"{year}-%",)
        ).fetchone()
        return max(row[0] or 0, legacy[0] or 0) + 1

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
        attachments: Iterable[dict[str, Any]] = (),
        status: str = "new",
        actor: str = "owner",
    ) -> Request:
        rights = check_rights(rights)
        if language not in LANGUAGES:
            language = "nl"
        if channel not in CHANNELS:
            raise InputError(_("Unknown channel: {value}").format(value=channel))
        if status not in STATUSES:
            raise InputError(_("Unknown status: {value}").format(value=status))
        received = normalise_received(received_at)
        key = hash_source_key(source_key)
        atts: list[dict[str, Any]] = [
            {"filename": scrub(a.get("filename") or "") or "", "content_type": a.get("content_type"),
             "size": a.get("size"), "is_id_document": bool(a.get("is_id_document"))}
            for a in attachments
        ]
        stamp = now()
        with self.transaction():
            if key is not None:
                existing = self.conn.execute("SELECT reference FROM requests WHERE source_key = ?", (key,)).fetchone()
                if existing is not None:
                    raise DuplicateError(_("This mail is already in the register as {ref}.").format(
                        ref=existing[0]), existing[0])
            year = studio_today().year  # the studio's year, as every date the app shows
            number = self._next_number(year)
            reference = f"{year}-{number:04d}"
            values: dict[str, Any] = {
                "reference": reference, "requester_name": scrub(requester_name),
                "requester_email": requester_email or None, "rights": rights, "language": language,
                "channel": channel, "received_at": received, "received_flag": received_flag,
                "status": status, "notes": scrub(notes) or "", "subject": scrub(subject),
                "is_dsar": bool(is_dsar), "source_key": key, "source_filename": scrub(source_filename),
                "extended_at": None, "extension_reason": None, "refusal_reason": None,
                "closed_at": None, "anonymised_at": None,
            }
            cur = self.conn.execute(
                "INSERT INTO requests(reference, requester_name, requester_email, rights, language, "
                "channel, received_at, status, notes, created_at, updated_at, subject, is_dsar, "
                "source_key, source_filename, received_flag, ref_year, ref_number) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    reference, values["requester_name"], values["requester_email"], json.dumps(rights),
                    language, channel, received, status, values["notes"], stamp, stamp,
                    values["subject"], int(bool(is_dsar)), key, values["source_filename"],
                    received_flag, year, number,
                ),
            )
            request_id = int(cur.lastrowid or 0)
            for a in atts:
                self.conn.execute(
                    "INSERT INTO attachments(request_id, filename, content_type, size, is_id_document) "
                    "VALUES(?, ?, ?, ?, ?)",
                    (request_id, a["filename"], a["content_type"], a["size"], int(a["is_id_document"])),
                )
            self.audit(
                "imported" if source_key else "created",
                request_id=request_id,
                actor=actor,
                details={"reference": reference, "channel": channel, "rights": rights,
                         "source": values["source_filename"], "received_flag": received_flag,
                         "set": values, "attachments": atts},
            )
        return self.get_request(reference)

    # -- reading -------------------------------------------------------------------------
    def _row_to_request(self, row: sqlite3.Row, attachments: list[Attachment] | None = None) -> Request:
        keys = row.keys()
        req = Request(
            id=row["id"], reference=row["reference"], requester_name=row["requester_name"],
            requester_email=row["requester_email"], rights=json.loads(row["rights"]),
            language=row["language"], channel=row["channel"],
            received_at=datetime.fromisoformat(row["received_at"]),
            status=row["status"], notes=row["notes"], created_at=row["created_at"],
            updated_at=row["updated_at"],
            **{k: row[k] for k in ("subject", "source_key", "source_filename", "received_flag",
                                  "extended_at", "extension_reason", "refusal_reason", "closed_at",
                                  "anonymised_at", "deleted_at", "deletion_reason")
               if k in keys},
        )
        req.is_dsar = bool(row["is_dsar"]) if "is_dsar" in keys else True
        if attachments is None:
            attachments = [_attachment(a) for a in self.conn.execute(
                "SELECT * FROM attachments WHERE request_id = ? ORDER BY id", (row["id"],))]
        req.attachments = attachments
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
        row = self.conn.execute("SELECT * FROM requests WHERE source_key = ?", (hash_source_key(key),)).fetchone()
        return self._row_to_request(row) if row else None

    def count_requests(self, year: int | None = None) -> int:
        if year is None:
            return int(self.conn.execute("SELECT COUNT(*) FROM requests").fetchone()[0])
        return int(self.conn.execute("SELECT COUNT(*) FROM requests WHERE ref_year = ?", (year,)).fetchone()[0])

    def list_requests(self, which: str = "all", search: str | None = None) -> list[Request]:
        """The requests in the register (deleted ones left out), oldest first. Attachments of
        all of them are read with one query, not one per request, and rows become records
        without a per-row dictionary (a register of 10,000 requests reads in a blink)."""
        where: list[str] = ["deleted_at IS NULL"]
        args: list[Any] = []
        if which == "open":
            where.append(f"status NOT IN ({','.join('?' * len(CLOSED_STATUSES))})")
            args += sorted(CLOSED_STATUSES)
        elif which == "closed":
            where.append(f"status IN ({','.join('?' * len(CLOSED_STATUSES))})")
            args += sorted(CLOSED_STATUSES)
        if search:
            where.append("(requester_name LIKE ? OR requester_email LIKE ? OR reference LIKE ?)")
            args += [f"%{search}%"] * 3
        condition = " AND ".join(where)
        by_request: dict[int, list[Attachment]] = {}
        cur = self.conn.cursor()
        cur.row_factory = None  # plain tuples
        for a in cur.execute(
            "SELECT request_id, id, filename, content_type, size, is_id_document, vault_item_id FROM attachments "
            f"WHERE request_id IN (SELECT id FROM requests WHERE {condition}) ORDER BY request_id, id", args
        ):
            by_request.setdefault(a[0], []).append(Attachment(a[1], a[2], a[3], a[4], bool(a[5]), a[6]))
        rights_seen: dict[str, list[str]] = {}
        out = []
        parse = datetime.fromisoformat
        for (rid, reference, name, email, rights, language, channel, received, status, notes, created,
             updated, subject, is_dsar, source_key, source_filename, received_flag, extended_at,
             extension_reason, refusal_reason, closed_at, anonymised_at, deleted_at,
             deletion_reason) in cur.execute(
                f"SELECT {_LIST_COLUMNS} FROM requests WHERE {condition} "
                "ORDER BY received_at, ref_year, ref_number, id", args):
            codes = rights_seen.get(rights)
            if codes is None:
                codes = rights_seen[rights] = json.loads(rights)
            out.append(Request(
                rid, reference, name, email, list(codes), language, channel, parse(received), status, notes,
                created, updated, subject, bool(is_dsar), source_key, source_filename, received_flag,
                extended_at, extension_reason, refusal_reason, closed_at, anonymised_at, deleted_at,
                deletion_reason, by_request.get(rid, [])))
        return out

    def _live(self, reference: str) -> Request:
        """The request, refusing one that was deleted (restore it first)."""
        req = self.get_request(reference)
        if req.deleted_at:
            raise StateError(_("Request {ref} was deleted; restore it first.").format(ref=reference))
        return req

    # -- changing ------------------------------------------------------------------------
    def update_request(self, reference: str, *, actor: str = "owner", **fields: Any) -> Request:
        """Edit requester, rights, language, channel, received date or notes (audited)."""
        allowed = {"requester_name", "requester_email", "rights", "language", "channel", "received_at", "notes",
                   "subject", "is_dsar"}
        unknown = set(fields) - allowed
        if unknown:
            raise InputError(_("These fields cannot be edited: {fields}").format(fields=", ".join(sorted(unknown))))
        req = self._live(reference)
        changes: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "rights":
                value = check_rights(value)
            elif key == "received_at":
                value = normalise_received(value)
            elif key in ("requester_name", "notes", "subject"):
                value = scrub(value) or ("" if key == "notes" else None)
            elif key == "requester_email":
                value = value or None
            elif key == "is_dsar":
                value = bool(value)
            elif key == "language" and value not in LANGUAGES:
                raise InputError(_("Unknown language: {value}").format(value=value))
            elif key == "channel" and value not in CHANNELS:
                raise InputError(_("Unknown channel: {value}").format(value=value))
            current = req.received_at.isoformat() if key == "received_at" else getattr(req, key)
            if current != value:
                changes[key] = value
        if not changes:
            return req
        with self.transaction():
            sets = ", ".join(f"{k} = ?" for k in changes)
            vals = [json.dumps(v) if k == "rights" else v for k, v in changes.items()]
            if "received_at" in changes:
                sets += ", received_flag = NULL"
            self.conn.execute(
                f"UPDATE requests SET {sets}, updated_at = ? WHERE id = ?", (*vals, now(), req.id)
            )
            # Personal values (notes, names) go to the entry's private part, hashed in the chain.
            self.audit("edited", request_id=req.id, actor=actor, details=dict(changes))
        return self.get_request(reference)

    def set_status(self, reference: str, status: str, *, reason: str | None = None, actor: str = "owner") -> Request:
        if status not in STATUSES:
            raise InputError(_("Unknown status: {value}").format(value=status))
        if status == "extended":
            raise StateError(_("Use 'extend' to extend the deadline: it needs a reason."))
        reason = scrub((reason or "").strip()) or None
        if status == "refused" and not reason:
            raise InputError(_("A refusal needs a reason (GDPR Art. 12(4))."))
        req = self._live(reference)
        if req.status == status:
            return req
        from studio_dsar.core.store import idchecks

        if status == "awaiting_id" and not reason and not idchecks.id_reason(self, req.id)[0]:  # type: ignore[arg-type]
            # ask for ID only with a recorded doubt (GDPR Art. 12(6)); see core/idcheck.py
            raise InputError(_("Asking for ID needs a reason: say why you doubt who is asking (GDPR Art. 12(6))."))
        stamp = now()
        closed_at = stamp if status in CLOSED_STATUSES else None
        refusal = reason if status == "refused" else req.refusal_reason
        with self.transaction():
            if status == "awaiting_id" and reason:
                idchecks.set_id_reason(self, req.id, reason, [], actor=actor)  # type: ignore[arg-type]
            self.conn.execute(
                "UPDATE requests SET status = ?, updated_at = ?, closed_at = ?, refusal_reason = ? "
                "WHERE id = ?",
                (status, stamp, closed_at, refusal, req.id),
            )
            details: dict[str, Any] = {"from": req.status, "to": status,
                             "set": {"status": status, "closed_at": closed_at, "refusal_reason": refusal}}
            if reason:
                details["reason"] = reason
            self.audit("status_changed", request_id=req.id, actor=actor, details=details)
        return self.get_request(reference)

    def extend(self, reference: str, *, reason: str, country: str, today: date | None = None, actor: str = "owner") -> Request:
        """Record the two-month extension (Art. 12(3)); refused after the original deadline."""
        reason = scrub((reason or "").strip()) or ""
        if not reason:
            raise InputError(_("An extension needs a reason that you tell the requester."))
        req = self._live(reference)
        if req.extended:
            raise StateError(_("This request has already been extended."))
        if not req.is_open:
            raise StateError(_("This request is closed."))
        today = today or studio_today()
        legal = deadlines.legal_due(req.received_at, country)
        if today > legal:
            raise StateError(
                _("Too late to extend: the notice had to be sent by {date}.").format(date=long_date(legal))
            )
        stamp = now()
        with self.transaction():
            self.conn.execute(
                "UPDATE requests SET status = 'extended', extended_at = ?, extension_reason = ?, "
                "updated_at = ? WHERE id = ?",
                (stamp, reason, stamp, req.id),
            )
            self.audit(
                "extended", request_id=req.id, actor=actor,
                details={"reason": reason, "legal_due": legal.isoformat(),
                         "extended_due": deadlines.extended_due(req.received_at, country).isoformat(),
                         "set": {"status": "extended", "extended_at": stamp, "extension_reason": reason}},
            )
        return self.get_request(reference)

    def record_letter(self, reference: str, *, kind: str, language: str, filename: str, sha256: str,
                      enclosures: list[dict[str, Any]] | None = None, checklist: list[dict[str, Any]] | None = None,
                      actor: str = "owner") -> None:
        """Record a letter sent, what went with it and the checklist its claims rest on."""
        req = self.get_request(reference)
        enclosures = [{**e, "filename": scrub(str(e.get("filename") or ""))} for e in enclosures or []]
        with self.transaction():
            self.conn.execute(
                "INSERT INTO letters(request_id, kind, language, exported_at, filename, sha256, enclosures, "
                "checklist) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                (req.id, kind, language, now(), scrub(Path(filename).name), sha256,
                 json.dumps(enclosures, ensure_ascii=False),
                 json.dumps(checklist, ensure_ascii=False) if checklist else None),
            )
            details: dict[str, Any] = {"kind": kind, "language": language, "file": Path(filename).name,
                                       "sha256": sha256}
            if enclosures:
                details["files"] = [e["filename"] for e in enclosures]
            self.audit("letter_exported", request_id=req.id, actor=actor, details=details)

    def letters(self, reference: str) -> list[dict[str, Any]]:
        req = self.get_request(reference)
        return [dict(r) for r in self.conn.execute(
            "SELECT id, kind, language, exported_at, filename, sha256, enclosures, checklist, sent_at, sent_via "
            "FROM letters WHERE request_id = ? ORDER BY id", (req.id,))]

    # -- export ------------------------------------------------------------------------
    def export_csv(self, path: str | Path, *, country: str, promise_days: int = deadlines.DEFAULT_PROMISE_DAYS) -> int:
        """Write the register as CSV (UTF-8 with BOM so spreadsheet apps read accents). Returns rows.

        The file is plaintext (not encrypted): callers tell the user so, and where it went.
        """
        from studio_dsar.core import faults
        from studio_dsar.core.fileutil import atomic_write

        columns = [
            "reference", "received", "requester_name", "requester_email", "rights", "channel",
            "language", "status", "legal_due", "promised_due", "extended_due", "closed_at",
            "refusal_reason", "extension_reason",
        ]
        requests = self.list_requests("all")
        requests.sort(key=lambda r: r.reference_key)
        with faults.storage_errors(path), atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
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
