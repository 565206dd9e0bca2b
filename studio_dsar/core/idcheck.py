"""Checking a requester's copy of an identity document, keeping only a redacted copy.

The flow the window and ``studio-dsar idcheck`` share:

1. :func:`start` reads the scan the owner dropped, stores it *encrypted* in the vault (so an
   interrupted check leaves nothing readable behind), and redacts it in memory;
2. the owner looks at the redacted copy and compares name and date of birth with what they
   know of the requester;
3. :func:`accept` stores the redacted copy (encrypted too), wipes the original from the vault
   and, if asked, the file the owner dropped; or :func:`discard` wipes the original and keeps
   nothing.

A redaction that asks for review cannot be accepted without the owner saying they checked it.
No plaintext copy of the document is written anywhere along the way.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studio_dsar.core.errors import StateError
from studio_dsar.core.i18n import _
from studio_dsar.core.progress import Progress

if TYPE_CHECKING:
    from studio_dsar.core.redaction import RedactionResult
from studio_dsar.core.vault import Vault, VaultItem, shred_file

@dataclass
class PendingCheck:
    reference: str
    request_id: int
    original_item: int
    source_name: str
    redacted: bytes
    redacted_name: str
    content_type: str
    result: RedactionResult
    finished: bool = field(default=False)

    @property
    def needs_review(self) -> bool:
        return bool(self.result.needs_review)

    def summary(self) -> dict:
        """What was covered, per category (counts only, never values)."""
        counts: dict[str, int] = {}
        for page in self.result.pages:
            for f in page["findings"]:
                counts[f["category"]] = counts.get(f["category"], 0) + 1
        return counts

    def preview_pages(self, max_side: int = 1600) -> list[bytes]:
        """PNG images of the redacted pages, scaled for the screen (kept in memory)."""
        import cv2
        import numpy as np

        if self.content_type == "application/pdf":
            import pymupdf

            out = []
            with pymupdf.open(stream=self.redacted, filetype="pdf") as doc:
                for page in doc:
                    zoom = min(2.0, max_side / max(page.rect.width, page.rect.height))
                    out.append(page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("png"))
            return out
        img = cv2.imdecode(np.frombuffer(self.redacted, np.uint8), cv2.IMREAD_COLOR)
        scale = min(1.0, max_side / max(img.shape[:2]))
        if scale < 1.0:
            img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        ok, buf = cv2.imencode(".png", img)
        return [buf.tobytes()] if ok else []


def start(store, reference: str, source: str | Path, *,
          progress: Progress | None = None) -> PendingCheck:
    """Store the original encrypted and redact it; nothing is kept yet."""
    from studio_dsar.core import redaction
    from studio_dsar.core.redaction.loader import read_input

    source = Path(source)
    req = store.get_request(reference)
    data = read_input(source)
    content_type = mimetypes.guess_type(source.name)[0]
    vault = Vault(store)
    original = vault.put(data, filename=source.name, kind="original", request_id=req.id,
                         content_type=content_type)
    try:
        redacted, ext, result = redaction.redact_bytes(data, source.name, progress=progress)
    except BaseException:
        vault.wipe(original.id)
        raise
    store.audit("id_redacted", request_id=req.id, details={
        "item": original.id, "needs_review": result.needs_review, "reasons": list(result.reasons),
        "regions": result.region_count,
    })
    content = "application/pdf" if ext == ".pdf" else (mimetypes.guess_type("x" + ext)[0] or "image/png")
    return PendingCheck(
        reference=req.reference, request_id=req.id, original_item=original.id, source_name=source.name,
        redacted=redacted, redacted_name=f"ID-{req.reference}-{_('redacted')}{ext}",
        content_type=content, result=result,
    )


def accept(store, check: PendingCheck, *, name_matches: bool, birth_date_matches: bool,
           reviewed: bool = False, wipe_source: str | Path | None = None) -> VaultItem:
    """Keep the redacted copy, wipe the original (and the dropped file when asked)."""
    if check.finished:
        raise StateError(_("This ID check is already finished."))
    if check.needs_review and not reviewed:
        raise StateError(
            _("The app is not sure it covered everything on this document. Look at the redacted "
              "copy and confirm that you checked it, or discard it.")
        )
    vault = Vault(store)
    kept = vault.put(check.redacted, filename=check.redacted_name, kind="redacted",
                     request_id=check.request_id, content_type=check.content_type)
    vault.wipe(check.original_item)
    source_wiped = False
    if wipe_source is not None:
        shred_file(wipe_source)
        source_wiped = True
    verified = bool(name_matches and birth_date_matches)
    store.audit("id_checked", request_id=check.request_id, details={
        "kept_item": kept.id, "identity_verified": verified, "name_matches": bool(name_matches),
        "birth_date_matches": bool(birth_date_matches), "reviewed": bool(reviewed),
        "source_wiped": source_wiped,
    })
    req = store.get_request_by_id(check.request_id)
    if verified and req.status in ("new", "awaiting_id"):
        store.set_status(req.reference, "in_progress")
    check.finished = True
    return kept


def discard(store, check: PendingCheck, *, wipe_source: str | Path | None = None) -> None:
    """Keep nothing: wipe the original from the vault (and the dropped file when asked)."""
    if check.finished:
        return
    Vault(store).wipe(check.original_item)
    if wipe_source is not None:
        shred_file(wipe_source)
    store.audit("id_check_discarded", request_id=check.request_id,
                details={"item": check.original_item, "source_wiped": wipe_source is not None})
    check.finished = True


def unfinished_originals(store) -> list[VaultItem]:
    """Originals left in the vault by a check that was interrupted (crash, power loss)."""
    return [i for i in Vault(store).items(include_wiped=False) if i.kind == "original"]


def wipe_unfinished(store) -> int:
    vault = Vault(store)
    items = unfinished_originals(store)
    for item in items:
        vault.wipe(item.id)
    return len(items)
