"""ID-scan redaction: black out portrait, ghost portrait, MRZ and identifying numbers.

Public API (no Qt; the window calls these from a worker thread):

* :func:`redact_file` ``(input_path, output_path, *, watermark=None, progress=None,
  cancel=None) -> RedactionResult`` - read an image or PDF, redact every page and write
  the result atomically (format by the output's extension).
* :func:`redact_bytes` ``(data, name, ...) -> (payload, extension, RedactionResult)`` - the
  same in memory, for the ID check (the original never touches the disk unencrypted).
* :func:`redact_image` ``(img) -> (redacted_img, findings)`` - one BGR ``numpy`` image.

Results describe *what* was found, *where* and *from which evidence*, and whether a
person should check the output (``needs_review`` with reason codes). They never contain
the sensitive values themselves, and nothing here logs them or writes them to disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from studio_dsar.core.errors import CancelledError, InputError, NotFoundError
from studio_dsar.core.fileutil import write_bytes_atomic
from studio_dsar.core.i18n import N_, _

if TYPE_CHECKING:  # numpy, OpenCV and PyMuPDF load only when a redaction runs
    import numpy as np

__all__ = ["RedactionResult", "redact_bytes", "redact_file", "redact_image", "REVIEW_REASONS"]

# reason code -> English message id (translated when shown)
REVIEW_REASONS = {
    "mrz_unreadable": N_("A machine-readable zone was found but could not be read."),
    "mrz_check_digits_failed": N_("The machine-readable zone was read but its check digits do not add up."),
    "low_ocr_confidence": N_("The text was hard to read; check that every number is covered."),
    "no_document_number_on_front": N_("No document number was found on a card front."),
    "no_portrait_on_front": N_("No portrait was found on a card front."),
    "no_ghost_portrait": N_("No second (ghost) portrait was found; if the document has one, black it out by hand."),
    "no_document_found": N_("No identity document was recognised on this page."),
    "number_unverified": N_("A number next to its label was covered but could not be read and checked."),
    "face_detector_missing": N_("No face detector is installed: check by hand that the portraits are covered."),
    "no_mrz_found": N_("No machine-readable zone was found on a document that should have one."),
    "self_check_found": N_("Reading the redacted copy again still found a number, text line or face; "
                           "it was blacked out too, but check the copy."),
    "portrait_from_layout": N_("No face was found where the layout puts the portrait; that area was "
                               "blacked out: check the copy."),
}


@dataclass
class RedactionResult:
    input_name: str
    output_path: str
    pages: list[dict] = field(default_factory=list)
    needs_review: bool = False
    reasons: list[str] = field(default_factory=list)
    # What the machine-readable zones state about the holder, one dict per MRZ read (see
    # mrz.identity: document type, issuing country, nationality, names, sex, birth and expiry
    # dates, whether their check digits hold; never a number). For the ID check's comparison
    # with the request; deliberately not part of as_dict(), so it is not exported or printed.
    identities: list[dict] = field(default_factory=list, repr=False)

    @property
    def region_count(self) -> int:
        return sum(len(p["findings"]) for p in self.pages)

    def reason_texts(self) -> list[str]:
        return [_(REVIEW_REASONS.get(r, r)) for r in self.reasons]

    def as_dict(self) -> dict:
        return {
            "input": self.input_name,
            "output": self.output_path,
            "needs_review": self.needs_review,
            "reasons": list(self.reasons),
            "reason_texts": self.reason_texts(),
            "pages": self.pages,
        }


def redact_image(img: np.ndarray, cancel: Callable[[], bool] | None = None):
    """Redact one upright BGR image. Returns ``(redacted, findings)``; findings is a dict
    with ``findings`` (category, box, evidence, confidence), ``documents`` and ``reasons``."""
    from .engine import redact_page

    if img is None or img.ndim not in (2, 3) or img.size == 0:
        raise InputError(_("The file is not an image or PDF we can read."))
    if img.ndim == 2:
        import cv2

        img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    out, _mask, page = redact_page(img, cancel=cancel)
    if cancel and cancel():
        raise CancelledError(_("Redaction cancelled."))
    info = {
        "width": int(img.shape[1]),
        "height": int(img.shape[0]),
        "findings": [f.as_dict() for f in page.findings],
        "documents": [d.as_dict() for d in page.documents],
        "reasons": list(page.review),
    }
    return out, info


def redact_file(input_path, output_path, *, watermark: str | None = None,
                progress: Callable[[float, str], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> RedactionResult:
    """Redact an image or PDF into ``output_path`` (PNG/JPEG/TIFF/WebP/BMP/PDF by extension)."""
    from . import loader, writer

    input_path, output_path = Path(input_path), Path(output_path)
    fmt = writer.output_format(output_path)
    _report(progress, 0, _("Reading the file"))
    doc = loader.load(input_path)
    payload, result = _redact_document(doc, fmt, input_path.name, str(output_path), watermark, progress, cancel)
    write_bytes_atomic(output_path, payload)
    _report(progress, 100, _("Done"))
    return result


def redact_bytes(data: bytes, name: str, *, watermark: str | None = None,
                 progress: Callable[[float, str], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> tuple[bytes, str, RedactionResult]:
    """Redact a document held in memory; nothing touches the disk.

    Returns ``(payload, extension, result)``: a PDF stays a PDF, a multi-page image becomes a
    PDF, any other image becomes a PNG (lossless, so the black boxes keep clean edges).
    """
    from . import loader

    _report(progress, 0, _("Reading the file"))
    doc = loader.load_bytes(data, name)
    fmt, ext = ("PDF", ".pdf") if doc.kind == "pdf" or len(doc.pages) > 1 else ("PNG", ".png")
    payload, result = _redact_document(doc, fmt, Path(name).name, "", watermark, progress, cancel)
    _report(progress, 100, _("Done"))
    return payload, ext, result


def _report(progress, pct: float, text: str) -> None:
    if progress:
        progress(float(pct), text)


def _redact_document(doc, fmt: str, input_name: str, output_name: str, watermark, progress, cancel):
    """Redact every page of a decoded document and encode the result as ``fmt``."""
    from . import loader, writer
    from .engine import redact_page
    from .ocr import OcrUnavailable, tesseract_cmd

    def check_cancel() -> None:
        if cancel and cancel():
            raise CancelledError(_("Redaction cancelled."))

    try:
        tesseract_cmd()
    except OcrUnavailable:
        raise NotFoundError(_("Tesseract OCR is not installed; it is needed to find the numbers "
                              "on an ID document.")) from None
    if fmt != "PDF" and fmt != "TIFF" and len(doc.pages) > 1:
        raise InputError(_("This file has several pages; save the redacted copy as PDF."))
    result = RedactionResult(input_name, output_name)
    out_pages: list[np.ndarray] = []
    n = len(doc.pages)
    for i, page in enumerate(doc.pages):
        check_cancel()
        _report(progress, 5 + 85 * i / n, _("Looking for personal data on page {n}").format(n=i + 1))
        upright = loader.to_upright(page.image, page.orientation)
        try:
            red, mask, analysis = redact_page(upright, cancel=cancel)
        except (CancelledError, InputError):
            raise
        except MemoryError:
            raise InputError(_("The file is too large to process.")) from None
        except Exception:  # noqa: BLE001
            # never pass on an internal message: it could quote text read from the document
            raise InputError(_("The redaction failed on page {n}; nothing was written.")
                             .format(n=i + 1)) from None
        check_cancel()
        if watermark:
            red = writer.apply_watermark(red, watermark, keep_black=mask)
        # back to the stored geometry: the output has no orientation tag
        out_pages.append(loader.from_upright(red, page.orientation))
        findings = []
        for f in analysis.findings:
            d = f.as_dict()
            d["box"] = _box_to_stored(d["box"], page.orientation, upright.shape)
            findings.append(d)
        result.pages.append({
            "index": i,
            "width": int(page.image.shape[1]),
            "height": int(page.image.shape[0]),
            "findings": findings,
            "documents": [dd.as_dict() for dd in analysis.documents],
            "reasons": list(analysis.review),
        })
        result.identities.extend(analysis.identities)
        for r in analysis.review:
            if r not in result.reasons:
                result.reasons.append(r)
    check_cancel()
    _report(progress, 92, _("Writing the redacted copy"))
    sizes = [p.pdf_size for p in doc.pages] if doc.kind == "pdf" else None
    payload = writer.encode(fmt, out_pages, sizes, [p.dpi for p in doc.pages])
    result.needs_review = bool(result.reasons)
    return payload, result


def _box_to_stored(box, orientation: int, upright_shape) -> list[list[int]]:
    """Map a box from the upright view back to the stored pixel geometry."""
    if orientation in (1, 0):
        return box
    h, w = upright_shape[:2]
    out = []
    for x, y in box:
        if orientation == 3:
            p = (w - 1 - x, h - 1 - y)
        elif orientation == 6:   # stored was rotated CW for viewing: undo (CCW)
            p = (y, w - 1 - x)
        elif orientation == 8:
            p = (h - 1 - y, x)
        elif orientation == 2:
            p = (w - 1 - x, y)
        elif orientation == 4:
            p = (x, h - 1 - y)
        elif orientation == 5:
            p = (y, x)
        else:  # 7
            p = (h - 1 - y, w - 1 - x)
        out.append([int(p[0]), int(p[1])])
    return out
