"""Typed records of the register: what the store returns and the faces show.

Plain dataclasses, no SQL and no Qt. Dates are ``datetime``/``date`` objects, parsed once
when a row is read, never re-parsed per use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from studio_dsar.core import deadlines
from studio_dsar.core.vocab import CLOSED_STATUSES


@dataclass
class Attachment:
    id: int
    filename: str
    content_type: str | None
    size: int | None
    is_id_document: bool
    vault_item_id: int | None = None  # the contents, encrypted in the vault, when kept

    @property
    def kept(self) -> bool:
        return self.vault_item_id is not None


@dataclass
class AuditEntry:
    id: int
    request_id: int | None
    at: str
    actor: str
    event: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass
class Request:
    id: int
    reference: str
    requester_name: str | None
    requester_email: str | None
    rights: list[str]
    language: str
    channel: str
    received_at: datetime  # aware; the store keeps it as ISO 8601 text
    status: str
    notes: str
    created_at: str
    updated_at: str
    subject: str | None = None
    is_dsar: bool = True
    source_key: str | None = None
    source_filename: str | None = None
    received_flag: str | None = None
    extended_at: str | None = None
    extension_reason: str | None = None
    refusal_reason: str | None = None
    closed_at: str | None = None
    anonymised_at: str | None = None  # personal data erased after the retention period
    deleted_at: str | None = None  # deleted by the owner; restorable until purged
    deletion_reason: str | None = None
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def reference_key(self) -> tuple[int, int, str]:
        """Sort key: year, then number as a number (request 10001 comes after 9999)."""
        year, _sep, number = self.reference.partition("-")
        try:
            return int(year), int(number), self.reference
        except ValueError:
            return 0, 0, self.reference

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def extended(self) -> bool:
        return self.extended_at is not None

    def deadlines(self, country: str, promise_days: int = deadlines.DEFAULT_PROMISE_DAYS) -> deadlines.Deadlines:
        return deadlines.compute(
            self.received_at, country, promise_days=promise_days, extended=self.extended
        )

    def to_json(self, country: str | None = None, promise_days: int | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {
            k: getattr(self, k)
            for k in (
                "reference", "requester_name", "requester_email", "rights", "language",
                "channel", "received_flag", "status", "notes", "subject",
                "is_dsar", "source_filename", "created_at", "updated_at", "extended_at",
                "extension_reason", "refusal_reason", "closed_at", "anonymised_at",
            )
        }
        d["received_at"] = self.received_at.isoformat()
        d["attachments"] = [
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "is_id_document": a.is_id_document,
            }
            for a in self.attachments
        ]
        if country:
            dl = self.deadlines(country, promise_days or deadlines.DEFAULT_PROMISE_DAYS)
            d["deadlines"] = dl.to_json()
            d["days_left"] = deadlines.days_left(dl.effective_due)
        return d
