"""Checking who is asking: ask for ID only with a reason, compare, record a minimal proof,
destroy the copy.

The flow the window and ``studio-dsar idcheck`` share:

0. **Why first.** :func:`record_reason` stores why there is a reasonable doubt about who is
   asking (Art. 12(6) GDPR) and which lighter means were considered (:func:`lighter_means`);
   "awaiting ID" and the ID-request letter need it.
1. :func:`start` takes the scan (from a file, a drop or a mail attachment, always as bytes in
   memory), stores it *encrypted* in the vault for the few seconds the redaction takes, redacts
   it in memory, reads the identity fields (name, date of birth, expiry, document type, issuing
   country; never a number) and compares them with the request. The original is then
   crypto-shredded at once: what the owner sees, and all that can ever be kept, is the
   redacted copy.
2. The owner looks at the redacted copy, may draw extra black boxes (:meth:`PendingCheck.add_box`),
   and decides with :func:`decide`: verified / not verified / ask for more. A mismatch blocks
   "verified" unless the owner gives a reason. A minimal proof is recorded (method, fields that
   matched, document type, issuing country, expiry valid yes/no, who, when).
3. The redacted copy is not kept, unless the owner gives a reason and an end date for a
   verified identity; :func:`wipe_due_copies` wipes it after that date (at start-up and on a
   timer). :func:`wipe_source` shreds the file the owner dropped, after telling them that their
   mail program and mail server still hold the attachment.

Crash safety: an original left by an interrupted check is wiped by :func:`startup_cleanup`,
which the window and every CLI command run first. Names: the dropped file's name is never
stored or logged; vault items get neutral names.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio_dsar.core import identity, vocab
from studio_dsar.core.errors import InputError, NotFoundError, StateError
from studio_dsar.core.i18n import N_, _
from studio_dsar.core.progress import Progress
from studio_dsar.core.store import idchecks as sql

if TYPE_CHECKING:
    from studio_dsar.core.model import Request
    from studio_dsar.core.redaction import RedactionResult
    from studio_dsar.core.store import Store
from studio_dsar.core.vault import Vault, VaultItem, shred_file
from studio_dsar.core.deadlines import studio_today

SCAN_SUFFIXES = vocab.SCAN_SUFFIXES
MAX_KEEP_DAYS = 92          # a kept copy needs an end date within three months
DECISIONS = sql.DECISIONS

LIGHTER_MEANS = vocab.ID_LIGHTER_MEANS
DOUBT_EXAMPLES = (
    N_("The request came from an address we have never used with this person."),
    N_("The name in the request differs from the name we know."),
    N_("The request asks for sensitive material (raw footage, photos of a minor)."),
)


def lighter_means(country: str | None = None) -> dict[str, str]:
    """The lighter means to propose, translated, for a studio in ``country`` (NL / BE / None)."""
    out = {}
    for code, text in LIGHTER_MEANS.items():
        if code.startswith("nl_") and country not in (None, "NL"):
            continue
        if code.startswith("be_") and country not in (None, "BE"):
            continue
        out[code] = _(text)
    return out


def record_reason(store: Store, reference: str, reason: str, *, means_considered: list[str] | None = None,
                  set_awaiting: bool = True, actor: str = "owner") -> Request:
    """Record why identity is in doubt (and which lighter means were considered); optionally move
    the request to "awaiting ID". A reason is required."""
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise InputError(_("Say why you doubt who is asking (GDPR Art. 12(6)): asking for ID needs a reason."))
    means = [m for m in (means_considered or []) if m in LIGHTER_MEANS]
    req = store.get_request(reference)
    sql.set_id_reason(store, req.id, reason, means, actor=actor)
    if set_awaiting and req.is_open and req.status != "awaiting_id":
        store.set_status(reference, "awaiting_id", actor=actor)
    return store.get_request(reference)


def id_reason(store: Store, reference: str) -> tuple[str | None, list[str]]:
    req = store.get_request(reference)
    return sql.id_reason(store, req.id)


# ------------------------------------------------------------------------------------ the check
@dataclass
class PendingCheck:
    reference: str
    request_id: int
    redacted: bytes
    extension: str
    content_type: str
    result: RedactionResult
    comparison: identity.Comparison
    original_wiped: bool = False
    boxes: dict[int, list[tuple[float, float, float, float]]] = field(default_factory=dict)
    finished: bool = False

    @property
    def needs_review(self) -> bool:
        return bool(self.result.needs_review)

    @property
    def page_count(self) -> int:
        return len(self.result.pages)

    def summary(self) -> dict[str, int]:
        """What was covered, per category (counts only, never values)."""
        counts: dict[str, int] = {}
        for page in self.result.pages:
            for f in page["findings"]:
                counts[f["category"]] = counts.get(f["category"], 0) + 1
        return counts

    # -- extra boxes the owner draws (page-relative coordinates 0..1) -------------------------
    def add_box(self, page: int, box: tuple[float, float, float, float]) -> None:
        x0, y0, x1, y1 = box
        x0, x1 = sorted((max(0.0, min(1.0, x0)), max(0.0, min(1.0, x1))))
        y0, y1 = sorted((max(0.0, min(1.0, y0)), max(0.0, min(1.0, y1))))
        if x1 - x0 <= 0 or y1 - y0 <= 0:
            return
        self.boxes.setdefault(page, []).append((x0, y0, x1, y1))

    def undo_box(self, page: int | None = None) -> bool:
        pages = [page] if page is not None else sorted(self.boxes, reverse=True)
        for p in pages:
            if self.boxes.get(p):
                self.boxes[p].pop()
                return True
        return False

    @property
    def box_count(self) -> int:
        return sum(len(v) for v in self.boxes.values())

    def flagged_regions(self) -> list[tuple[int, str, list[list[int]]]]:
        """(page, kind, polygon in page pixels) for what the owner should look at: every
        covered region (``covered``) and those the engine is unsure of (``doubt``)."""
        out = []
        for page in self.result.pages:
            i = page["index"]
            for f in page["findings"]:
                # the MRZ's own doubt is its check digits (below), not the OCR confidence
                doubt = f["evidence"] in ("label", "label-position") or (
                    f["category"] not in ("mrz", "photo", "ghost_photo") and f["confidence"] < 0.5)
                out.append((i, "doubt" if doubt else "covered", f["box"]))
            for d in page.get("documents", []):
                if d.get("mrz_format") and not d.get("mrz_check_digits_ok") and d.get("box"):
                    out.append((i, "doubt", d["box"]))
        return out

    def final_bytes(self) -> bytes:
        """The redacted copy with the owner's extra boxes burnt in."""
        if not self.box_count:
            return self.redacted
        return _burn_boxes(self.redacted, self.content_type, self.boxes)

    def preview_pages(self, max_side: int = 2400) -> list[bytes]:
        """PNG images of the redacted pages (with the owner's boxes), kept in memory."""
        return render_pages(self.final_bytes(), self.content_type, max_side)


def render_pages(data: bytes, content_type: str, max_side: int = 2400) -> list[bytes]:
    import cv2
    import numpy as np

    if content_type == "application/pdf":
        pymupdf: Any = importlib.import_module("pymupdf")

        out = []
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            for page in doc:
                zoom = min(4.0, max_side / max(page.rect.width, page.rect.height))
                out.append(page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("png"))
        return out
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if img is None:
        return []
    scale = min(1.0, max_side / max(img.shape[:2]))
    if scale < 1.0:
        img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".png", img)
    return [buf.tobytes()] if ok else []


def _burn_boxes(data: bytes, content_type: str, boxes: dict[int, list[tuple[float, float, float, float]]]) -> bytes:
    if content_type == "application/pdf":
        pymupdf: Any = importlib.import_module("pymupdf")

        with pymupdf.open(stream=data, filetype="pdf") as doc:
            for i, page in enumerate(doc):
                for x0, y0, x1, y1 in boxes.get(i, []):
                    r = page.rect
                    rect = pymupdf.Rect(r.x0 + x0 * r.width, r.y0 + y0 * r.height,
                                        r.x0 + x1 * r.width, r.y0 + y1 * r.height)
                    page.add_redact_annot(rect, fill=(0, 0, 0))
                page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)
            return bytes(doc.tobytes(garbage=4, deflate=True))
    import cv2
    import numpy as np

    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if img is None:
        raise InputError(_("The redacted copy could not be written."))
    h, w = img.shape[:2]
    for x0, y0, x1, y1 in boxes.get(0, []):
        img[int(y0 * h):int(np.ceil(y1 * h)), int(x0 * w):int(np.ceil(x1 * w))] = 0
    ok, buf = cv2.imencode(".png", img)
    if not ok:
        raise InputError(_("The redacted copy could not be written."))
    return buf.tobytes()


def read_scan(path: str | Path) -> tuple[bytes, str]:
    """Read a scan the owner chose into memory: ``(bytes, extension)``. The file's name goes nowhere."""
    from studio_dsar.core.redaction.loader import read_input

    p = Path(path)
    ext = p.suffix.lower()
    if ext not in SCAN_SUFFIXES:
        raise InputError(_("This is not an image or PDF the ID check can read (JPEG, PNG, TIFF, WebP, "
                           "BMP, HEIC or PDF)."))
    return read_input(p), ext


_TYPE_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif", "image/webp": ".webp",
                "image/bmp": ".bmp", "image/heic": ".heic", "image/heif": ".heif", "application/pdf": ".pdf"}


@dataclass
class MailScan:
    """An attachment of the request's mail that could be an ID scan, held in memory only.
    ``name`` is shown to the owner to choose; it is never stored or logged."""

    index: int
    name: str
    content_type: str
    extension: str
    data: bytes = field(repr=False)


def mail_scans(mail_path: str | Path, source_key: str | None = None) -> list[MailScan]:
    """The image and PDF attachments of a mail file, read into memory. With ``source_key``,
    the file must be the mail the request came from."""
    from studio_dsar.core.intake.mime import parse_eml_bytes
    from studio_dsar.core.intake.msg import is_ole, parse_msg_bytes
    from studio_dsar.core.intake.parse import _clean_message_id, source_key_for

    p = Path(mail_path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(_("The mail file is no longer where it was; choose it again.")) from None
    except OSError:
        raise InputError(_("The mail file could not be read.")) from None
    try:
        content = parse_msg_bytes(data, p.name) if is_ole(data) else parse_eml_bytes(data)
    except Exception:  # noqa: BLE001 - any parse failure is "not a mail we can read"
        raise InputError(_("The mail file could not be read.")) from None
    from studio_dsar.core.store.migrations import hash_source_key

    key = source_key_for(_clean_message_id(content.header("message-id")), data)
    if source_key and source_key not in (key, hash_source_key(key)):
        raise InputError(_("This is not the mail this request came from."))
    out = []
    for i, a in enumerate(content.attachments):
        ext = Path(a.filename or "").suffix.lower()
        if ext not in SCAN_SUFFIXES:
            ext = _TYPE_SUFFIX.get((a.content_type or "").lower(), "")
        if ext in SCAN_SUFFIXES and a.data:
            out.append(MailScan(i, a.filename or _("attachment {n}").format(n=i + 1), a.content_type or "", ext,
                                a.data))
    return out


def start(store: Store, reference: str, data: bytes, extension: str, *, birth_date: date | None = None,
          progress: Progress | None = None, today: date | None = None) -> PendingCheck:
    """Redact and compare a scan held in memory. The original is stored encrypted only while
    the redaction runs, then crypto-shredded; nothing else is kept until :func:`decide`."""
    from studio_dsar.core import redaction

    ext = extension.lower() if extension.lower() in SCAN_SUFFIXES else ".bin"
    req = store.get_request(reference)
    vault = Vault(store)
    neutral = f"ID-{req.reference}-original{ext}"
    original = vault.put(data, filename=neutral, kind="original", request_id=req.id)
    try:
        redacted, out_ext, result = redaction.redact_bytes(data, neutral, progress=progress)
    finally:
        # the original is not needed once the redacted copy exists (nor after a failure)
        vault.wipe(original.id)
    comparison = identity.compare(req.requester_name, birth_date, list(getattr(result, "identities", [])),
                                  today=today)
    store.audit("id_redacted", request_id=req.id, details={
        "needs_review": result.needs_review, "reasons": list(result.reasons), "regions": result.region_count,
        "name": comparison.name, "birth_date": comparison.birth_date, "expired": comparison.expired,
    })
    content = "application/pdf" if out_ext == ".pdf" else "image/png"
    return PendingCheck(reference=req.reference, request_id=req.id, redacted=redacted, extension=out_ext,
                        content_type=content, result=result, comparison=comparison, original_wiped=True)


def start_file(store: Store, reference: str, path: str | Path, *, birth_date: date | None = None,
               progress: Progress | None = None, today: date | None = None) -> PendingCheck:
    data, ext = read_scan(path)
    return start(store, reference, data, ext, birth_date=birth_date, progress=progress, today=today)


def recompare(store: Store, check: PendingCheck, birth_date: date | None, *, today: date | None = None) -> None:
    """Compare again, e.g. after the owner typed the date of birth they know."""
    req = store.get_request_by_id(check.request_id)
    check.comparison = identity.compare(req.requester_name, birth_date,
                                        list(getattr(check.result, "identities", [])), today=today)


def _method(check: PendingCheck) -> str:
    c = check.comparison
    if c.name == identity.MATCH and c.name_source == "mrz":
        return "document_mrz"
    if c.name == identity.MATCH:
        return "document_visual"
    return "document_owner"


def decide(store: Store, check: PendingCheck, decision: str, *, reviewed: bool = False, reason: str | None = None,
           keep_until: date | None = None, keep_reason: str | None = None, today: date | None = None,
           actor: str = "owner") -> tuple[sql.IdProof, VaultItem | None]:
    """Record the owner's decision as a minimal proof; keep the redacted copy only when asked.

    Rules: a mismatch blocks ``verified`` without ``reason``; a copy is kept only for a verified
    identity, with ``keep_reason`` and an end date within :data:`MAX_KEEP_DAYS`, and only after
    the owner ``reviewed`` that every number, the MRZ and the portraits are covered.
    On any refusal nothing is kept and the check stays open for another decision."""
    if check.finished:
        raise StateError(_("This ID check is already finished."))
    if decision not in DECISIONS:
        raise InputError(_("Unknown decision: {value}").format(value=decision))
    today = today or studio_today()
    c = check.comparison
    reason = (reason or "").strip() or None
    if decision == "verified" and c.has_mismatch and not reason:
        raise StateError(_("The document does not match the request ({fields}). Give a reason to mark the "
                           "identity as verified anyway, or choose “not verified” or “ask for more”.").format(
            fields=vocab.words(vocab.ID_FIELD_WORDS, [f for f in ("name", "birth_date")
                                                      if getattr(c, f) == identity.MISMATCH])))
    if keep_until is not None:
        if decision != "verified":
            raise StateError(_("A copy is kept only when the identity is verified."))
        if not (keep_reason or "").strip():
            raise InputError(_("Keeping the redacted copy needs a reason."))
        if keep_until <= today or keep_until > today + timedelta(days=MAX_KEEP_DAYS):
            raise InputError(_("The end date for keeping the copy must be after today and at most {n} days "
                               "away.").format(n=MAX_KEEP_DAYS))
        if not reviewed:
            raise StateError(_("Look at the redacted copy and confirm that every number, the MRZ and the "
                               "portraits are covered before you keep it."))
    kept: VaultItem | None = None
    vault = Vault(store)
    if keep_until is not None:
        kept = vault.put(check.final_bytes(), filename=f"ID-{check.reference}-redacted{check.extension}",
                         kind="redacted", request_id=check.request_id, content_type=check.content_type)
        sql.set_keep(store, kept.id, keep_until.isoformat(), keep_reason)
    expiry_valid = None if c.expired is None else not c.expired
    proof = sql.record_proof(
        store, check.request_id, decision=decision, method=_method(check), fields_matched=c.matched_fields,
        document_type=c.document_type, issuing_country=c.issuing_country, expiry_valid=expiry_valid,
        override_reason=reason if (decision == "verified" and c.has_mismatch) else None,
        copy_kept_until=keep_until.isoformat() if keep_until else None, actor=actor,
    )
    req = store.get_request_by_id(check.request_id)
    if decision == "verified" and req.status in ("new", "awaiting_id"):
        store.set_status(req.reference, "in_progress", actor=actor)
    elif decision in ("not_verified", "ask_more") and req.status == "new":
        store.set_status(req.reference, "awaiting_id", actor=actor)
    check.finished = True
    check.redacted = b""
    return proof, kept


def discard(store: Store, check: PendingCheck) -> None:
    """Keep nothing and record nothing but the fact that the check was abandoned."""
    if check.finished:
        return
    check.finished = True
    check.redacted = b""
    store.audit("id_check_discarded", request_id=check.request_id, details={})


def wipe_source(store: Store, request_id: int | None, path: str | Path, *, told_mail_copies: bool) -> None:
    """Shred the file the owner dropped. ``told_mail_copies``: the owner saw that the mail program
    and the mail server still hold the attachment (recorded; the path is not)."""
    shred_file(path)
    store.audit("id_source_wiped", request_id=request_id,
                details={"owner_told_mail_still_holds_copy": bool(told_mail_copies)})


# ------------------------------------------------------------------------------------ housekeeping
def unfinished_originals(store: Store) -> list[VaultItem]:
    """Originals left in the vault by a check that was interrupted (crash, power loss, kill)."""
    return [i for i in Vault(store).items(include_wiped=False) if i.kind == "original"]


def wipe_unfinished(store: Store) -> int:
    vault = Vault(store)
    items = unfinished_originals(store)
    for item in items:
        vault.wipe(item.id, actor="app")
    if items:
        store.audit("id_interrupted_wiped", actor="app", details={"count": len(items)})
    return len(items)


def wipe_due_copies(store: Store, today: date | None = None) -> int:
    """Wipe redacted copies whose end date has passed (and any kept without one)."""
    today = today or studio_today()
    vault = Vault(store)
    due = sql.copies_due(store, today.isoformat())
    for item_id in due:
        vault.wipe(item_id, actor="app")
    if due:
        store.audit("id_copies_expired_wiped", actor="app", details={"count": len(due)})
    return len(due)


@dataclass
class Cleanup:
    originals_wiped: int = 0
    copies_wiped: int = 0

    def message(self) -> str | None:
        parts = []
        if self.originals_wiped:
            parts.append(_("An ID check was interrupted last time; the original document it held "
                           "was wiped ({n}).").format(n=self.originals_wiped))
        if self.copies_wiped:
            parts.append(_("Redacted ID copies whose end date had passed were wiped ({n}).")
                         .format(n=self.copies_wiped))
        return " ".join(parts) or None


def startup_cleanup(store: Store, today: date | None = None) -> Cleanup:
    """Run at every start of the window and of every CLI command. Needs no key: wiping is
    crypto-shredding (the wrapped key goes) plus overwriting the file."""
    return Cleanup(wipe_unfinished(store), wipe_due_copies(store, today))


def copies(store: Store, reference: str) -> list[dict[str, Any]]:
    """What the vault holds for a request (``kind``: original | redacted, ``keep_until``)."""
    req = store.get_request(reference)
    out = []
    for item in Vault(store).items(req.id, include_wiped=False):
        keep_until, _reason = sql.keep_info(store, item.id)
        out.append({"id": item.id, "kind": item.kind, "name": item.filename, "size": item.size,
                     "created_at": item.created_at, "keep_until": keep_until})
    return out


def proofs(store: Store, reference: str) -> list[sql.IdProof]:
    req = store.get_request(reference)
    return sql.proofs(store, req.id)
