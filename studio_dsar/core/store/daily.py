"""The owner's daily work in the register: deleting and restoring requests, undoing a status
or an extension, letters marked sent, the facts the reminders need, and the request's mail
kept as sanitised text (``DailyMixin``). Every change is audited; changes to replayed columns
carry ``details["set"]`` so ``audit verify`` can replay them."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from studio_dsar.core.errors import InputError, NotFoundError, StateError
from studio_dsar.core.i18n import _
from studio_dsar.core.model import Attachment, Request
from studio_dsar.core.sensitive import scrub
from studio_dsar.core.store import textseal
from studio_dsar.core.store.parts import StorePart
from studio_dsar.core.store.records import now
from studio_dsar.core.vocab import CLOSED_STATUSES, STATUSES

if TYPE_CHECKING:
    from studio_dsar.core.mailkeep import KeptMail


class DailyMixin(StorePart):
    if TYPE_CHECKING:  # provided by the other parts of Store
        def _row_to_request(self, row: sqlite3.Row, attachments: list[Attachment] | None = None) -> Request: ...

        def _live(self, reference: str) -> Request: ...

    # -- undo ------------------------------------------------------------------------------
    def restore_status(self, reference: str, status: str, *, actor: str = "owner") -> Request:
        """Put back an earlier status (undo): any status, 'extended' only while the extension is
        recorded. Audited as a status change marked as an undo."""
        if status not in STATUSES:
            raise InputError(_("Unknown status: {value}").format(value=status))
        req = self._live(reference)
        if status == "extended" and not req.extended:
            raise StateError(_("Use 'extend' to extend the deadline: it needs a reason."))
        if req.status == status:
            return req
        stamp = now()
        closed_at = stamp if status in CLOSED_STATUSES else None
        with self.transaction():
            self.conn.execute("UPDATE requests SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?",
                              (status, stamp, closed_at, req.id))
            self.audit("status_changed", request_id=req.id, actor=actor,
                       details={"from": req.status, "to": status, "undo": True,
                                "set": {"status": status, "closed_at": closed_at}})
        return self.get_request(reference)

    def undo_extension(self, reference: str, status: str, *, actor: str = "owner") -> Request:
        """Take back an extension recorded by mistake (undo), returning to ``status``."""
        if status not in STATUSES or status == "extended":
            raise InputError(_("Unknown status: {value}").format(value=status))
        req = self._live(reference)
        if not req.extended:
            return req
        with self.transaction():
            self.conn.execute("UPDATE requests SET status = ?, extended_at = NULL, extension_reason = NULL, "
                              "updated_at = ? WHERE id = ?", (status, now(), req.id))
            self.audit("extension_undone", request_id=req.id, actor=actor,
                       details={"from": req.status, "to": status,
                                "set": {"status": status, "extended_at": None, "extension_reason": None}})
        return self.get_request(reference)

    # -- deleting ----------------------------------------------------------------------------
    def delete_request(self, reference: str, *, reason: str, actor: str = "owner") -> Request:
        """Take a request out of the register (logged by mistake, spam, a duplicate).

        Needs a reason and is audited. The row stays, hidden, so :meth:`restore_request` brings
        it back until :meth:`purge_deleted` erases its personal data (at the next backup
        rotation); the audit log keeps the reference, the reason and the dates.
        """
        reason = scrub((reason or "").strip()) or ""
        if not reason:
            raise InputError(_("Say why the request is deleted; the reason is kept in the audit log."))
        req = self._live(reference)
        stamp = now()
        with self.transaction():
            self.conn.execute("UPDATE requests SET deleted_at = ?, deletion_reason = ?, updated_at = ? "
                              "WHERE id = ?", (stamp, reason, stamp, req.id))
            self.audit("deleted", request_id=req.id, actor=actor, details={"reason": reason})
        return self.get_request(reference)

    def restore_request(self, reference: str, *, actor: str = "owner") -> Request:
        req = self.get_request(reference)
        if not req.deleted_at:
            return req
        if req.anonymised_at:
            raise StateError(_("Request {ref} was purged and can no longer be restored.").format(ref=reference))
        with self.transaction():
            self.conn.execute("UPDATE requests SET deleted_at = NULL, deletion_reason = NULL, updated_at = ? "
                              "WHERE id = ?", (now(), req.id))
            self.audit("restored", request_id=req.id, actor=actor)
        return self.get_request(reference)

    def deleted_requests(self) -> list[Request]:
        """Deleted requests that can still be restored, most recently deleted first."""
        rows = self.conn.execute(
            "SELECT * FROM requests WHERE deleted_at IS NOT NULL AND anonymised_at IS NULL "
            "ORDER BY deleted_at DESC, id DESC").fetchall()
        return [self._row_to_request(r) for r in rows]

    def purge_deleted(self, before: str | None = None, *, actor: str = "owner") -> list[str]:
        """Erase the personal data of deleted requests (deleted before ``before``, an ISO time,
        or all), as retention does for old closed requests; the reference, dates and audit
        trail stay. Returns the references purged."""
        sql = "SELECT reference FROM requests WHERE deleted_at IS NOT NULL AND anonymised_at IS NULL"
        args: list[Any] = []
        if before:
            sql += " AND deleted_at < ?"
            args.append(before)
        refs = [r[0] for r in self.conn.execute(sql, args).fetchall()]
        for reference in refs:
            self.anonymise(reference, actor=actor, deleted=True)
            self.conn.execute("DELETE FROM request_mail_text WHERE request_id = "
                              "(SELECT id FROM requests WHERE reference = ?)", (reference,))
        return refs

    # -- letters sent ------------------------------------------------------------------------
    def mark_letter_sent(self, letter_id: int, *, sent_at: str | None = None, via: str = "owner",
                         actor: str = "owner") -> None:
        """Record that a letter went out: the owner says so (``via='owner'``) or the app handed
        the draft to the mail program (``via='mail_program'``)."""
        row = self.conn.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone()
        if row is None:
            raise NotFoundError(_("No letter with number {id}.").format(id=letter_id))
        with self.transaction():
            self.conn.execute("UPDATE letters SET sent_at = ?, sent_via = ? WHERE id = ?",
                              (sent_at or now(), via, letter_id))
            self.audit("letter_sent", request_id=row["request_id"], actor=actor,
                       details={"letter": letter_id, "kind": row["kind"], "via": via})

    def unmark_letter_sent(self, letter_id: int, *, actor: str = "owner") -> None:
        row = self.conn.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone()
        if row is None:
            raise NotFoundError(_("No letter with number {id}.").format(id=letter_id))
        if row["sent_at"] is None:
            return
        with self.transaction():
            self.conn.execute("UPDATE letters SET sent_at = NULL, sent_via = NULL WHERE id = ?", (letter_id,))
            self.audit("letter_unsent", request_id=row["request_id"], actor=actor,
                       details={"letter": letter_id, "kind": row["kind"]})

    # -- what the reminders need, for the whole register at once ---------------------------
    def extension_notices_sent(self) -> set[int]:
        """Ids of requests with an extension notice marked sent."""
        return {int(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT request_id FROM letters WHERE kind = 'extension' AND sent_at IS NOT NULL")}

    def status_since(self, status: str) -> dict[int, str]:
        """Request id -> time of the last change to ``status`` (from the audit log)."""
        return {int(r[0]): str(r[1]) for r in self.conn.execute(
            "SELECT request_id, MAX(at) FROM audit_log WHERE event = 'status_changed' "
            "AND json_extract(details, '$.to') = ? GROUP BY request_id", (status,))}

    # -- the request's mail ---------------------------------------------------------------
    def save_mail(self, request_id: int, mail: KeptMail) -> None:
        """Keep the sanitised mail (a :class:`studio_dsar.core.mailkeep.KeptMail`)."""
        self.conn.execute(
            "INSERT INTO request_mail_text(request_id, sender, recipients, sent, subject, body) "
            "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(request_id) DO UPDATE SET sender = excluded.sender, "
            "recipients = excluded.recipients, sent = excluded.sent, subject = excluded.subject, "
            "body = excluded.body",
            (request_id, scrub(mail.sender) or "", scrub(mail.recipients) or "", mail.sent,
             textseal.seal(scrub(mail.subject) or "", table="request_mail_text", column="subject",
                           request_id=request_id),
             textseal.seal(scrub(mail.body) or "", table="request_mail_text", column="body",
                           request_id=request_id)))

    def get_mail(self, request_id: int) -> KeptMail | None:
        from studio_dsar.core.mailkeep import KeptMail

        row = self.conn.execute("SELECT * FROM request_mail_text WHERE request_id = ?", (request_id,)).fetchone()
        if row is None:
            return None
        subject = textseal.unseal(row["subject"], table="request_mail_text", column="subject",
                                  request_id=request_id)
        body = textseal.unseal(row["body"], table="request_mail_text", column="body", request_id=request_id)
        if body is None:
            body = _("The text of this mail is sealed. Unlock the register with its passphrase to read it.")
        return KeptMail(row["sender"], row["recipients"], row["sent"],
                        textseal.LOCKED if subject is None else subject, body)

    def attachment(self, attachment_id: int) -> tuple[int, Attachment]:
        """(request id, attachment) for one attachment."""
        from studio_dsar.core.store.requests import _attachment

        row = self.conn.execute("SELECT * FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise NotFoundError(_("No attachment with number {id}.").format(id=attachment_id))
        return int(row["request_id"]), _attachment(row)

    def set_attachment_vault_item(self, attachment_id: int, item_id: int | None) -> None:
        self.conn.execute("UPDATE attachments SET vault_item_id = ? WHERE id = ?", (item_id, attachment_id))
