"""Write redacted pages atomically: images keep their geometry, PDFs are rebuilt from pixels.

A PDF output is a brand-new document whose pages each hold one image (the redacted
raster) at the input page's size in points: no text layer, no original image objects and
no metadata survive. Files are written to a temporary name in the destination folder
and moved into place with ``os.replace`` so a failure never leaves a partial output.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np

from studio_dsar.core.errors import InputError
from studio_dsar.core.fileutil import write_bytes_atomic
from studio_dsar.core.i18n import _

OUTPUT_EXTS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".tif": "TIFF", ".tiff": "TIFF",
               ".webp": "WEBP", ".bmp": "BMP", ".pdf": "PDF"}
JPEG_QUALITY = 92


def output_format(path: str | Path) -> str:
    fmt = OUTPUT_EXTS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(_("Choose an output file ending in .png, .jpg or .pdf."))
    return fmt


def apply_watermark(img: np.ndarray, text: str, keep_black: np.ndarray | None = None) -> np.ndarray:
    """Diagonal, semi-transparent repeated text (KopieID style) that leaves fields readable."""
    from PIL import Image, ImageDraw, ImageFont

    h, w = img.shape[:2]
    size = max(12, int(min(w, h) / 28))
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont | None = None
    for name in ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf", "Arial.ttf", "arial.ttf"):
        try:
            font = ImageFont.truetype(name, size)
            break
        except OSError:
            continue
    if font is None:
        font = ImageFont.load_default()
    diag = int(math.hypot(w, h)) + 2 * size
    layer = Image.new("L", (diag, diag), 0)
    draw = ImageDraw.Draw(layer)
    bbox = draw.textbbox((0, 0), text, font=font)
    tw = max(1, int(bbox[2] - bbox[0]))
    step_x = tw + size * 3
    step_y = size * 5
    for row, y in enumerate(range(0, diag, step_y)):
        offset = (row % 2) * step_x // 2
        for x in range(-step_x + offset, diag, step_x):
            draw.text((x, y), text, fill=255, font=font)
    layer = layer.rotate(30, resample=Image.Resampling.BILINEAR)
    left = (diag - w) // 2
    top = (diag - h) // 2
    alpha = np.asarray(layer.crop((left, top, left + w, top + h)), np.float32) / 255.0 * 0.28
    colour = np.array([90, 90, 200], np.float32)  # BGR: muted red, never near black
    out = img.astype(np.float32) * (1 - alpha[..., None]) + colour * alpha[..., None]
    res: np.ndarray = np.clip(out, 0, 255).astype(np.uint8)
    if keep_black is not None:
        res[keep_black] = 0
    return res


def encode_image(img: np.ndarray, fmt: str) -> bytes:
    from PIL import Image

    pil = Image.fromarray(_rgb(img))
    buf = io.BytesIO()
    if fmt == "JPEG":
        pil.save(buf, "JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=False)
    elif fmt == "PNG":
        pil.save(buf, "PNG", compress_level=3)
    elif fmt == "WEBP":
        pil.save(buf, "WEBP", lossless=True)
    else:
        pil.save(buf, fmt)
    return buf.getvalue()


def _rgb(img: np.ndarray) -> np.ndarray:
    """A BGR page as RGB pixels, laid out in order (PIL copies a view with its channels
    reversed element by element)."""
    if img.ndim == 3 and img.shape[2] == 3 and img.dtype == np.uint8:
        import cv2

        out: np.ndarray = cv2.cvtColor(img, cv2.COLOR_BGR2RGB)
        return out
    return img[:, :, ::-1]


def build_pdf(pages: list[np.ndarray], sizes: list[tuple[float, float]]) -> bytes:
    from .loader import import_pymupdf

    pymupdf = import_pymupdf()
    out = pymupdf.open()
    try:
        for img, (wpt, hpt) in zip(pages, sizes, strict=False):
            page = out.new_page(width=wpt, height=hpt)
            page.insert_image(page.rect, stream=encode_image(img, "JPEG"))
        out.set_metadata({})
        return bytes(out.tobytes(garbage=4, deflate=True, no_new_id=True))
    finally:
        out.close()


def write(path: str | Path, pages: list[np.ndarray], pdf_sizes: list[tuple[float, float] | None] | None,
          dpis: list[float | None] | None = None) -> None:
    """Write pages to ``path`` in the format its extension names."""
    path = Path(path)
    write_bytes_atomic(path, encode(output_format(path), pages, pdf_sizes, dpis))


def encode(fmt: str, pages: list[np.ndarray], pdf_sizes: list[tuple[float, float] | None] | None,
           dpis: list[float | None] | None = None) -> bytes:
    """The pages as one file of format ``fmt`` (PNG, JPEG, TIFF, WEBP, BMP or PDF), in memory."""
    if fmt == "PDF":
        sizes: list[tuple[float, float]] = []
        for i, img in enumerate(pages):
            size = pdf_sizes[i] if pdf_sizes else None
            if size:
                sizes.append(size)
            else:
                dpi = (dpis[i] if dpis and dpis[i] else None) or 150.0
                sizes.append((img.shape[1] * 72.0 / dpi, img.shape[0] * 72.0 / dpi))
        payload = build_pdf(pages, sizes)
    elif len(pages) == 1:
        payload = encode_image(pages[0], fmt)
    elif fmt == "TIFF":
        from PIL import Image

        frames = [Image.fromarray(_rgb(p)) for p in pages]
        buf = io.BytesIO()
        frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
        payload = buf.getvalue()
    else:
        raise InputError(_("This file has several pages; save the redacted copy as PDF."))
    return payload
