"""The register's typed records (requests, attachments) and the vocabulary they use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from studio_dsar.core import deadlines
from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _

RIGHTS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "withdraw_consent",
)
STATUSES = ("new", "awaiting_id", "in_progress", "extended", "answered", "refused", "withdrawn")
CLOSED_STATUSES = frozenset({"answered", "refused", "withdrawn"})
CHANNELS = ("email", "contact_form", "letter", "phone")
LANGUAGES = ("nl", "en")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Attachment:
    id: int
    filename: str
    content_type: str | None
    size: int | None
    is_id_document: bool


@dataclass
class Request:
    id: int
    reference: str
    requester_name: str | None
    requester_email: str | None
    rights: list[str]
    language: str
    channel: str
    received_at: str
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
    anonymised_at: str | None = None
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def reference_key(self) -> tuple[int, int, str]:
        """Sort key: year, then number as a number (request 10001 comes after 9999)."""
        return reference_key(self.reference)

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

    def to_json(self, country: str | None = None, promise_days: int | None = None) -> dict:
        d = {
            k: getattr(self, k)
            for k in (
                "reference", "requester_name", "requester_email", "rights", "language",
                "channel", "received_at", "received_flag", "status", "notes", "subject",
                "is_dsar", "source_filename", "created_at", "updated_at", "extended_at",
                "extension_reason", "refusal_reason", "closed_at", "anonymised_at",
            )
        }
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


def normalise_received(received_at: str | datetime | date) -> str:
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
    return normalise_received(parsed if "T" in received_at or " " in received_at else parsed.date())


def check_rights(rights: Iterable[str]) -> list[str]:
    rights = list(dict.fromkeys(rights))
    bad = [r for r in rights if r not in RIGHTS]
    if bad:
        raise InputError(_("Unknown right: {value}").format(value=", ".join(bad)))
    return [r for r in RIGHTS if r in rights]




def reference_key(reference: str) -> tuple[int, int, str]:
    year, _sep, number = reference.partition("-")
    try:
        return int(year), int(number), reference
    except ValueError:
        return 0, 0, reference
