"""ID-scan redaction: black out portrait, ghost portrait, MRZ and identifying numbers.

Public API (no Qt; the window calls these from a worker thread):

* :func:`redact_file` ``(input_path, output_path, *, watermark=None, progress=None)
  -> RedactionResult`` - read an image or PDF, redact every page and write the result
  atomically (format by the output's extension); ``progress`` is a
  :class:`studio_dsar.core.progress.Progress` (reports and cancel).
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
from typing import TYPE_CHECKING, Any

from studio_dsar.core.errors import CancelledError, InputError, NotFoundError
from studio_dsar.core.fileutil import write_bytes_atomic
from studio_dsar.core import vocab
from studio_dsar.core.i18n import _
from studio_dsar.core.progress import Progress, ensure

if TYPE_CHECKING:  # numpy, OpenCV and PyMuPDF load only when a redaction runs
    import numpy as np

    from studio_dsar.core.identity import IdentityFields

    from .loader import Document

__all__ = ["REVIEW_REASONS", "RedactionResult", "redact_bytes", "redact_file", "redact_image"]

# reason code -> English message id (translated when shown)
REVIEW_REASONS = vocab.REVIEW_REASONS


@dataclass
class RedactionResult:
    input_name: str
    output_path: str
    pages: list[dict[str, Any]] = field(default_factory=list)
    needs_review: bool = False
    reasons: list[str] = field(default_factory=list)
    # identity fields per document read (core.identity): in memory only, not in as_dict()
    identities: list[IdentityFields] = field(default_factory=list, repr=False)

    @property
    def region_count(self) -> int:
        return sum(len(p["findings"]) for p in self.pages)

    def reason_texts(self) -> list[str]:
        return [_(REVIEW_REASONS.get(r, r)) for r in self.reasons]

    def as_dict(self) -> dict[str, Any]:
        return {
            "input": self.input_name,
            "output": self.output_path,
            "needs_review": self.needs_review,
            "reasons": list(self.reasons),
            "reason_texts": self.reason_texts(),
            "pages": self.pages,
        }


def redact_image(img: np.ndarray, progress: Progress | None = None) -> tuple[np.ndarray, dict[str, Any]]:
    """Redact one upright BGR image. Returns ``(redacted, findings)``; findings is a dict
    with ``findings`` (category, box, evidence, confidence), ``documents`` and ``reasons``."""
    from .engine import redact_page

    if img is None or img.ndim not in (2, 3) or img.size == 0:
        raise InputError(_("The file is not an image or PDF we can read."))
    if img.ndim == 2:
        import cv2

        img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    p = ensure(progress)
    out, _mask, page = redact_page(img, cancel=lambda: p.cancelled)
    p.check(_("Redaction cancelled."))
    info = {
        "width": int(img.shape[1]),
        "height": int(img.shape[0]),
        "findings": [f.as_dict() for f in page.findings],
        "documents": [d.as_dict() for d in page.documents],
        "reasons": list(page.review),
    }
    return out, info


def redact_file(input_path: str | Path, output_path: str | Path, *, watermark: str | None = None,
                progress: Progress | None = None) -> RedactionResult:
    """Redact an image or PDF into ``output_path`` (PNG/JPEG/TIFF/WebP/BMP/PDF by extension)."""
    from . import loader, timing, writer

    progress = ensure(progress)
    input_path, output_path = Path(input_path), Path(output_path)
    fmt = writer.output_format(output_path)
    progress.report(0, _("Reading the file"))
    with timing.stage("decode"):
        doc = loader.load(input_path)
    payload, result = _redact_document(doc, fmt, input_path.name, str(output_path), watermark, progress)
    write_bytes_atomic(output_path, payload)
    progress.report(100, _("Done"))
    return result


def redact_bytes(data: bytes, name: str, *, watermark: str | None = None,
                 progress: Progress | None = None) -> tuple[bytes, str, RedactionResult]:
    """Redact a document held in memory; nothing touches the disk.

    Returns ``(payload, extension, result)``: a PDF stays a PDF, a multi-page image becomes a
    PDF, any other image becomes a PNG (lossless, so the black boxes keep clean edges).
    """
    from . import loader

    progress = ensure(progress)
    progress.report(0, _("Reading the file"))
    doc = loader.load_bytes(data, name)
    fmt, ext = ("PDF", ".pdf") if doc.kind == "pdf" or len(doc.pages) > 1 else ("PNG", ".png")
    payload, result = _redact_document(doc, fmt, Path(name).name, "", watermark, progress)
    progress.report(100, _("Done"))
    return payload, ext, result


def _redact_document(doc: Document, fmt: str, input_name: str, output_name: str, watermark: str | None,
                     progress: Progress) -> tuple[bytes, RedactionResult]:
    """Redact every page of a decoded document and encode the result as ``fmt``."""
    from . import loader, timing, writer
    from .engine import redact_page
    from .ocr import OcrUnavailable, tesseract_cmd

    def check_cancel() -> None:
        progress.check(_("Redaction cancelled."))

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
        progress.report(5 + 85 * i / n, _("Looking for personal data on page {n}").format(n=i + 1))
        with timing.stage("decode"):
            upright = loader.to_upright(page.image, page.orientation)
        try:
            red, mask, analysis = redact_page(upright, cancel=lambda: progress.cancelled)
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
    progress.report(92, _("Writing the redacted copy"))
    sizes = [p.pdf_size for p in doc.pages] if doc.kind == "pdf" else None
    with timing.stage("encode"):
        payload = writer.encode(fmt, out_pages, sizes, [p.dpi for p in doc.pages])
    result.needs_review = bool(result.reasons)
    return payload, result


def _box_to_stored(box: list[list[int]], orientation: int, upright_shape: tuple[int, ...]) -> list[list[int]]:
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
