"""What letters rest on: confirmed sections of the processing record, the erasure checklist,
the actions done for a restriction, rectification or objection, representation (a request made
for someone else) and identities confirmed without an ID scan.

Every change is one transaction with its audit entry.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _
from studio_dsar.core.model import Request
from studio_dsar.core.sensitive import scrub
from studio_dsar.core.store.parts import StorePart
from studio_dsar.core.store.records import now
from studio_dsar.core.vocab import IDENTITY_MEANS

if TYPE_CHECKING:
    from studio_dsar.core.letters.actions import Action

ROLES = ("representative", "parent")


class LettersMixin(StorePart):
    # -- the processing record -----------------------------------------------------------
    def record_confirmations(self) -> dict[str, dict[str, str]]:
        return {r["section"]: {"digest": r["digest"], "confirmed_at": r["confirmed_at"]}
                for r in self.conn.execute("SELECT * FROM record_confirmations")}

    def confirm_record_section(self, section: str, digest: str, *, actor: str = "owner") -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO record_confirmations(section, digest, confirmed_at) VALUES(?, ?, ?) "
                "ON CONFLICT(section) DO UPDATE SET digest = excluded.digest, confirmed_at = excluded.confirmed_at",
                (section, digest, now()),
            )
            self.audit("record_confirmed", actor=actor, details={"section": section, "digest": digest})

    def unconfirm_record_section(self, section: str, *, actor: str = "owner") -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM record_confirmations WHERE section = ?", (section,))
            self.audit("record_unconfirmed", actor=actor, details={"section": section})

    # -- the erasure / consent-withdrawal checklist ----------------------------------------
    def checklist(self, reference: str) -> dict[str, dict[str, Any]]:
        req = self.get_request(reference)
        return {r["place"]: {"state": r["state"], "ground": r["ground"], "note": r["note"],
                             "updated_at": r["updated_at"]}
                for r in self.conn.execute(
                    "SELECT * FROM erasure_checklist WHERE request_id = ? ORDER BY rowid", (req.id,))}

    def set_checklist_item(self, reference: str, place: str, state: str, ground: str | None = None,
                           note: str = "", *, actor: str = "owner") -> None:
        """Tick one place of the checklist: done, kept (with its legal ground) or none (audited)."""
        from studio_dsar.core.letters.checklist import check_item

        note = scrub((note or "").strip()) or ""
        check_item(place, state, ground, note)
        req = self.get_request(reference)
        ground = ground if state == "kept" else None
        with self.transaction():
            self.conn.execute(
                "INSERT INTO erasure_checklist(request_id, place, state, ground, note, updated_at) "
                "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(request_id, place) DO UPDATE SET "
                "state = excluded.state, ground = excluded.ground, note = excluded.note, "
                "updated_at = excluded.updated_at",
                (req.id, place, state, ground, note, now()),
            )
            self.audit("checklist_ticked", request_id=req.id, actor=actor,
                       details={"place": place, "state": state, "ground": ground, "note": bool(note)})

    # -- what was done for a restriction, rectification or objection -------------------------
    def actions(self, reference: str, *, include_withdrawn: bool = False) -> list[Action]:
        from studio_dsar.core.letters.actions import from_row

        req = self.get_request(reference)
        sql = "SELECT * FROM request_actions WHERE request_id = ?"
        if not include_withdrawn:
            sql += " AND withdrawn_at IS NULL"
        return [from_row(r) for r in self.conn.execute(sql + " ORDER BY done_on, id", (req.id,))]

    def record_action(self, reference: str, kind: str, what: str, *, done_on: str | date | None = None,
                      value_from: str = "", value_to: str = "", grounds: str = "", today: date | None = None,
                      actor: str = "owner") -> Action:
        """Record one thing done (restricted, corrected, objection honoured or not), audited."""
        from studio_dsar.core.deadlines import studio_today
        from studio_dsar.core.letters import actions as A

        today = today or studio_today()
        day = A.parse_date(done_on, today)
        texts = [" ".join((t or "").split()) for t in (what, value_from, value_to, grounds)]
        what, value_from, value_to, grounds = texts
        if kind != "corrected":
            value_from = value_to = ""
        if kind != "processing_continued":
            grounds = ""
        A.check(kind, day, what, value_from, value_to, grounds, today=today)
        req = self.get_request(reference)
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO request_actions(request_id, kind, done_on, what, value_from, value_to, grounds, "
                "recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                (req.id, kind, day.isoformat(), what, value_from, value_to, grounds, now()),
            )
            action_id = int(cur.lastrowid or 0)
            self.audit("action_recorded", request_id=req.id, actor=actor, details={
                "action": action_id, "kind": kind, "done_on": day.isoformat(), "what": what,
                "value_from": value_from, "value_to": value_to, "grounds": grounds})
        return next(a for a in self.actions(reference) if a.id == action_id)

    def withdraw_action(self, reference: str, action_id: int, *, actor: str = "owner") -> None:
        """Take back an action recorded by mistake: kept, marked withdrawn, audited."""
        from studio_dsar.core.errors import NotFoundError

        req = self.get_request(reference)
        row = self.conn.execute("SELECT kind FROM request_actions WHERE id = ? AND request_id = ? "
                                "AND withdrawn_at IS NULL", (action_id, req.id)).fetchone()
        if row is None:
            raise NotFoundError(_("Request {ref} has no recorded action number {id}.").format(
                ref=req.reference, id=action_id))
        with self.transaction():
            self.conn.execute("UPDATE request_actions SET withdrawn_at = ? WHERE id = ?", (now(), action_id))
            self.audit("action_withdrawn", request_id=req.id, actor=actor,
                       details={"action": action_id, "kind": row["kind"]})

    # -- representation ---------------------------------------------------------------------
    def representation(self, reference: str) -> dict[str, str] | None:
        req = self.get_request(reference)
        row = self.conn.execute("SELECT * FROM representations WHERE request_id = ?", (req.id,)).fetchone()
        return {"subject_name": row["subject_name"], "role": row["role"]} if row else None

    def set_representation(self, reference: str, subject_name: str | None, role: str | None, *,
                           actor: str = "owner") -> None:
        """Record that the request was made for someone else (a representative or a parent)."""
        req = self.get_request(reference)
        name = scrub((subject_name or "").strip()) or ""
        if name and role not in ROLES:
            raise InputError(_("Unknown role: {value}. Choose one of: {choices}").format(
                value=role, choices=", ".join(ROLES)))
        with self.transaction():
            if not name:
                self.conn.execute("DELETE FROM representations WHERE request_id = ?", (req.id,))
                self.audit("representation_changed", request_id=req.id, actor=actor, details={"role": None})
                return
            self.conn.execute(
                "INSERT INTO representations(request_id, subject_name, role, updated_at) VALUES(?, ?, ?, ?) "
                "ON CONFLICT(request_id) DO UPDATE SET subject_name = excluded.subject_name, "
                "role = excluded.role, updated_at = excluded.updated_at",
                (req.id, name, role, now()),
            )
            self.audit("representation_changed", request_id=req.id, actor=actor,
                       details={"role": role, "subject_name": name})

    # -- identity -----------------------------------------------------------------------------
    def confirm_identity(self, reference: str, means: str, *, actor: str = "owner") -> Request:
        """Record that the requester's identity was confirmed without (or besides) an ID scan."""
        if means not in IDENTITY_MEANS:
            raise InputError(_("Unknown way of confirming identity: {value}. Choose one of: {choices}").format(
                value=means, choices=", ".join(IDENTITY_MEANS)))
        req = self.get_request(reference)
        with self.transaction():
            self.audit("identity_confirmed", request_id=req.id, actor=actor, details={"means": means})
            if req.status in ("new", "awaiting_id"):
                self.set_status(reference, "in_progress", actor=actor)
        return self.get_request(reference)
