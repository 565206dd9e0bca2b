"""Decode input files into page images, with limits against hostile or broken files.

Every page comes back as a BGR ``numpy`` array in the file's *stored* pixel geometry plus
the EXIF orientation needed to view it upright; detection runs on the upright view and
the redacted pixels are turned back, so the output keeps the input's width and height.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from studio_dsar.core import vocab
from studio_dsar.core.errors import InputError
from studio_dsar.core.i18n import _

MAX_PIXELS = 80_000_000        # per page (an A4 page at 600 dpi is 35 Mpx)
MAX_PAGES = 50
MAX_BYTES = 300 * 1024 * 1024
PDF_MAX_DPI = 400
PDF_DEFAULT_DPI = 200

IMAGE_EXTS = frozenset(vocab.IMAGE_SUFFIXES)
PDF_EXTS = {".pdf"}


@dataclass
class Page:
    image: np.ndarray                 # BGR, stored geometry
    orientation: int = 1              # EXIF orientation (1 = none)
    pdf_size: tuple[float, float] | None = None   # page size in points for PDF input
    dpi: float | None = None


@dataclass
class Document:
    kind: str                         # "image" or "pdf"
    pages: list[Page] = field(default_factory=list)
    format: str = ""                  # PIL format name or "PDF"


def _unreadable() -> InputError:
    return InputError(_("The file is not an image or PDF we can read."))


def read_input(path: str | Path) -> bytes:
    """The bytes of an input file, refused early when empty, unreadable or too large."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError(_("The file cannot be opened.")) from None
    if size == 0:
        raise InputError(_("The file is empty."))
    if size > MAX_BYTES:
        raise InputError(_("The file is too large to process."))
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        raise InputError(_("The file cannot be opened.")) from None


def load(path: str | Path) -> Document:
    return load_bytes(read_input(path), Path(path).name)


def load_bytes(data: bytes, name: str = "") -> Document:
    """Decode an image or PDF held in memory (``name`` only helps tell a PDF)."""
    if not data:
        raise InputError(_("The file is empty."))
    if len(data) > MAX_BYTES:
        raise InputError(_("The file is too large to process."))
    if data[:5] == b"%PDF-" or Path(name).suffix.lower() in PDF_EXTS:
        return _load_pdf(data)
    return _load_image(data)


def _load_image(data: bytes) -> Document:
    from PIL import Image, ImageFile, UnidentifiedImageError

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - declared dependency
        pass
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        im = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise _unreadable() from None
    except Image.DecompressionBombError:
        raise InputError(_("The image is too large (too many pixels) to process safely.")) from None
    pages = []
    n_frames = getattr(im, "n_frames", 1) or 1
    if n_frames > MAX_PAGES:
        raise InputError(_("The file has too many pages."))
    for i in range(n_frames):
        try:
            if n_frames > 1:
                im.seek(i)
            w, h = im.size
            if w <= 0 or h <= 0:
                raise _unreadable()
            if w * h > MAX_PIXELS:
                raise InputError(_("The image is too large (too many pixels) to process safely."))
            orientation = 1
            try:
                orientation = int(im.getexif().get(0x0112, 1) or 1)
            except Exception:  # noqa: BLE001 - broken EXIF is ignored, not fatal
                orientation = 1
            im.load()
            frame: Image.Image = im
            if frame.mode not in ("RGB", "L"):
                if "A" in frame.mode or frame.mode == "P":
                    rgba = frame.convert("RGBA")
                    bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                    frame = Image.alpha_composite(bg, rgba).convert("RGB")
                else:
                    frame = frame.convert("RGB")
            arr = _bgr(frame if frame.mode == "RGB" else frame.convert("RGB"))
        except InputError:
            raise
        except (OSError, ValueError, SyntaxError, EOFError, MemoryError):
            raise _unreadable() from None
        pages.append(Page(arr, orientation if 1 <= orientation <= 8 else 1))
    return Document("image", pages, im.format or "")


def _bgr(rgb: Any) -> np.ndarray:
    """An RGB PIL image as a BGR array of its own (one copy, not three)."""
    import cv2

    out: np.ndarray = cv2.cvtColor(np.asarray(rgb), cv2.COLOR_RGB2BGR)
    return out


def import_pymupdf() -> Any:
    """PyMuPDF without its optional layout-analysis packages: PyMuPDF 1.26+ imports
    ``pymupdf.layout`` (an ONNX model, about half a CPU-second) whenever it is installed,
    and PyMuPDF 2 imports ``pymupdf4llm`` too (its layout helpers load the same ONNX
    runtime: another half CPU-second), and nothing here uses either. Marking them absent
    before the first import skips them (PyMuPDF treats both as optional)."""
    import sys

    if "pymupdf" not in sys.modules:
        sys.modules.setdefault("pymupdf.layout", None)  # type: ignore[arg-type]
        sys.modules.setdefault("pymupdf4llm", None)  # type: ignore[arg-type]
    import pymupdf

    return pymupdf


def _load_pdf(data: bytes) -> Document:
    import cv2

    pymupdf = import_pymupdf()

    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception:  # noqa: BLE001 - pymupdf raises several types for broken files
        raise InputError(_("The PDF is damaged and cannot be read.")) from None
    try:
        if doc.needs_pass or doc.is_encrypted:
            raise InputError(_("The PDF is protected with a password; save an unprotected copy first."))
        if doc.page_count == 0:
            raise InputError(_("The PDF has no pages."))
        if doc.page_count > MAX_PAGES:
            raise InputError(_("The PDF has too many pages (at most {n}).").format(n=MAX_PAGES))
        pages = []
        for page in doc:
            rect = page.rect
            dpi = _page_dpi(page)
            w = rect.width * dpi / 72
            h = rect.height * dpi / 72
            if w * h > MAX_PIXELS:
                dpi = dpi * (MAX_PIXELS / (w * h)) ** 0.5
            try:
                pix = page.get_pixmap(dpi=int(round(dpi)), colorspace=pymupdf.csRGB, alpha=False,
                                      annots=True)
            except Exception:  # noqa: BLE001
                raise InputError(_("The PDF is damaged and cannot be read.")) from None
            arr = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
            pages.append(Page(cv2.cvtColor(arr, cv2.COLOR_RGB2BGR), 1, (rect.width, rect.height), dpi))
        return Document("pdf", pages, "PDF")
    except InputError:
        raise
    except Exception:  # noqa: BLE001
        raise InputError(_("The PDF is damaged and cannot be read.")) from None
    finally:
        doc.close()
        try:  # drop PyMuPDF's cache of decoded images (rendered pages stay with us)
            pymupdf.TOOLS.store_shrink(100)
        except Exception:  # noqa: BLE001
            pass


def _page_dpi(page: Any) -> float:
    """Resolution of the largest image on the page (scanned PDFs), else a default."""
    best = 0.0
    try:
        for info in page.get_image_info():
            bbox = info.get("bbox")
            if not bbox:
                continue
            wpt = abs(bbox[2] - bbox[0])
            if wpt < 36:
                continue
            best = max(best, info.get("width", 0) / wpt * 72)
    except Exception:  # noqa: BLE001
        best = 0.0
    if best <= 0:
        return PDF_DEFAULT_DPI
    return float(min(max(best, 72.0), PDF_MAX_DPI))


# EXIF orientation -> function to view upright, and its inverse.
def to_upright(img: np.ndarray, orientation: int) -> np.ndarray:
    import cv2

    if orientation == 2:
        return cv2.flip(img, 1)
    if orientation == 3:
        return cv2.rotate(img, cv2.ROTATE_180)
    if orientation == 4:
        return cv2.flip(img, 0)
    if orientation == 5:
        return cv2.transpose(img)
    if orientation == 6:
        return cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)
    if orientation == 7:
        return cv2.rotate(cv2.transpose(img), cv2.ROTATE_180)
    if orientation == 8:
        return cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return img


def from_upright(img: np.ndarray, orientation: int) -> np.ndarray:
    import cv2

    if orientation == 6:
        return cv2.rotate(img, cv2.ROTATE_90_COUNTERCLOCKWISE)
    if orientation == 8:
        return cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)
    if orientation == 7:
        return cv2.transpose(cv2.rotate(img, cv2.ROTATE_180))
    return to_upright(img, orientation)  # 2, 3, 4, 5 are their own inverse
