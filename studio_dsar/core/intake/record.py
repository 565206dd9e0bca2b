"""The result of reading one mail: :class:`IntakeRecord` (metadata only, JSON-ready)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class AttachmentMeta:
    """One attachment as stored: never its contents."""

    filename: str
    content_type: str
    size: int
    is_id_document: bool
    inline: bool = False  # shown inside the HTML text (Content-Disposition: inline / Content-ID)
    decorative: bool = False  # a signature logo or icon rather than something the sender attached

    def to_json(self) -> dict[str, Any]:
        return {"filename": self.filename, "content_type": self.content_type,
                "is_id_document": self.is_id_document, "size": self.size}

    def to_store(self) -> dict[str, Any]:
        return {"filename": self.filename, "content_type": self.content_type, "size": self.size,
                "is_id_document": self.is_id_document}


@dataclass
class IntakeRecord:
    """Everything intake extracted from one ``.eml``/``.msg`` file.

    ``requester_name``/``requester_email`` follow the ground-truth convention: the data
    subject of a request, ``None`` for a mail that is not a request (``sender_*`` then still
    says who sent it, so the owner can log it anyway). ``received`` is the ``Date`` header as
    ISO 8601 with its own offset, or ``None`` (then ``flags`` holds ``date_missing`` or
    ``date_unparseable`` and ``received_fallback`` the file time, to be confirmed by the owner).
    """

    file: str
    is_dsar: bool
    rights: list[str]
    language: str
    requester_name: str | None
    requester_email: str | None
    received: str | None
    attachments: list[AttachmentMeta] = field(default_factory=list)
    subject: str | None = None
    message_id: str | None = None
    source_key: str = ""
    flags: list[str] = field(default_factory=list)
    received_fallback: str | None = None
    channel: str = "email"
    sender_name: str | None = None
    sender_email: str | None = None
    evidence: dict[str, list[str]] = field(default_factory=dict[str, Any])  # right -> sentences as written
    representative: dict[str, Any] | None = None  # {"name", "email", "relation"} of who writes for the data subject
    processor: bool = False  # the photos were made for a client company or school: studio may be processor
    follow_up: bool = False  # a reminder of an earlier request
    follow_up_of: str | None = None  # reference of that earlier request, once linked in the register
    body: str = field(default="", repr=False)  # the mail's plain text, for the owner to read (not stored)
    detected: dict[str, Any] = field(default_factory=dict, repr=False)  # values as intake found them (see snapshot)
    # The parsed mail, held only until the request is stored (its text and attachments are
    # kept then, see core/mailkeep.py); never serialised.
    content: Any = field(default=None, repr=False, compare=False)

    CORRECTABLE = ("is_dsar", "rights", "requester_name", "requester_email", "language")

    def snapshot(self) -> None:
        """Remember the detected values, so corrections by the owner keep them for the record."""
        self.detected = {k: (list(v) if isinstance(v, list) else v)
                         for k in self.CORRECTABLE for v in [getattr(self, k)]}
        self.detected["representative"] = dict(self.representative) if self.representative else None
        self.detected["processor"] = self.processor

    def corrected_fields(self) -> dict[str, Any]:
        """The correctable fields whose value differs from what was detected."""
        return {k: getattr(self, k) for k in (*self.CORRECTABLE, "representative", "processor")
                if k in self.detected and self.detected[k] != getattr(self, k)}

    @property
    def dedup_key(self) -> str:
        return self.source_key

    @property
    def has_id_document(self) -> bool:
        return any(a.is_id_document for a in self.attachments)

    def to_json(self) -> dict[str, Any]:
        """Ground-truth field names first, then the extra fields."""
        return {
            "file": self.file,
            "is_dsar": self.is_dsar,
            "rights": list(self.rights),
            "language": self.language,
            "requester_name": self.requester_name,
            "requester_email": self.requester_email,
            "received": self.received,
            "attachments": [a.to_json() for a in self.attachments],
            "subject": self.subject,
            "message_id": self.message_id,
            "source_key": self.source_key,
            "channel": self.channel,
            "flags": list(self.flags),
            "received_fallback": self.received_fallback,
            "sender_name": self.sender_name,
            "sender_email": self.sender_email,
            "evidence": {r: list(v) for r, v in self.evidence.items()},
            "representative": dict(self.representative) if self.representative else None,
            "processor": self.processor,
            "follow_up": self.follow_up,
            "follow_up_of": self.follow_up_of,
        }

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("content", None)
        return d
