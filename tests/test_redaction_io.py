"""Redaction input/output: bad files, geometry, PDF rebuild, atomic writes, CLI, no temp files."""

from __future__ import annotations

import io
import json
import os
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio_dsar.core.errors import CancelledError, InputError
from studio_dsar.core.progress import Progress
from studio_dsar.core.redaction import loader, redact_file, redact_image, writer


def _card_like(w=640, h=400) -> np.ndarray:
    img = np.full((h, w, 3), 235, np.uint8)
    img[40:120, 40:600] = 200
    return img


def _png_bytes(img: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img[:, :, ::-1]).save(buf, "PNG")
    return buf.getvalue()


def _jpeg_bytes(img: np.ndarray, exif=None) -> bytes:
    buf = io.BytesIO()
    pil = Image.fromarray(img[:, :, ::-1])
    if exif is not None:
        pil.save(buf, "JPEG", quality=90, exif=exif)
    else:
        pil.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


# --------------------------------------------------------------------------- bad input
def _expect_input_error(src: Path, tmp_path: Path, ext=".png"):
    out = tmp_path / ("out" + ext)
    with pytest.raises(InputError) as exc:
        redact_file(src, out)
    assert str(exc.value)  # a message for the user
    assert not out.exists()
    assert _leftovers(tmp_path, {src.name}) == []  # no partial or temp file left
    return exc.value


def test_zero_bytes(tmp_path):
    src = tmp_path / "empty.jpg"
    src.write_bytes(b"")
    _expect_input_error(src, tmp_path)


def test_not_an_image(tmp_path):
    src = tmp_path / "notes.png"
    src.write_text("this is not an image at all\n" * 20)
    _expect_input_error(src, tmp_path)


def test_truncated_jpeg(tmp_path):
    data = _jpeg_bytes(np.random.default_rng(1).integers(0, 255, (300, 400, 3), dtype=np.uint8))
    src = tmp_path / "cut.jpg"
    src.write_bytes(data[: len(data) // 2])
    _expect_input_error(src, tmp_path, ".jpg")


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def test_decompression_bomb_header_is_refused_without_allocating(tmp_path):
    # a 100-byte PNG whose header claims 20000 x 20000 pixels
    ihdr = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
            + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + _png_chunk(b"IEND", b""))
    src = tmp_path / "bomb.png"
    src.write_bytes(data)
    assert len(data) < 200
    err = _expect_input_error(src, tmp_path)
    assert "pixel" in str(err).lower() or "groot" in str(err).lower()


def test_encrypted_pdf(tmp_path):
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret")
    src = tmp_path / "locked.pdf"
    doc.save(src, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="user", owner_pw="owner")
    doc.close()
    _expect_input_error(src, tmp_path, ".pdf")


def test_broken_pdf(tmp_path):
    src = tmp_path / "broken.pdf"
    src.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n%%garbage" + os.urandom(64))
    _expect_input_error(src, tmp_path, ".pdf")


def test_too_many_pages(tmp_path):
    import pymupdf

    doc = pymupdf.open()
    for _ in range(300):
        doc.new_page(width=200, height=200)
    src = tmp_path / "long.pdf"
    doc.save(src)
    doc.close()
    _expect_input_error(src, tmp_path, ".pdf")


def test_unknown_output_extension(tmp_path):
    src = tmp_path / "in.png"
    src.write_bytes(_png_bytes(_card_like()))
    with pytest.raises(InputError):
        redact_file(src, tmp_path / "out.docx")


# --------------------------------------------------------------------------- geometry and format
def test_image_geometry_kept(tmp_path):
    src = tmp_path / "in.png"
    src.write_bytes(_png_bytes(_card_like(641, 397)))
    out = tmp_path / "out.png"
    res = redact_file(src, out)
    with Image.open(out) as im:
        assert im.size == (641, 397)
    assert res.pages[0]["width"] == 641 and res.pages[0]["height"] == 397
    # nothing recognisable on a blank card: the result asks for a check
    assert res.needs_review and "no_document_found" in res.reasons


def test_exif_orientation_output_keeps_stored_geometry(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # viewer rotates 90 degrees clockwise
    src = tmp_path / "phone.jpg"
    src.write_bytes(_jpeg_bytes(_card_like(600, 300), exif=exif.tobytes()))
    doc = loader.load(src)
    assert doc.pages[0].orientation == 6
    upright = loader.to_upright(doc.pages[0].image, 6)
    assert upright.shape[:2] == (600, 300)
    assert np.array_equal(loader.from_upright(upright, 6), doc.pages[0].image)
    out = tmp_path / "out.jpg"
    redact_file(src, out)
    with Image.open(out) as im:
        assert im.size == (600, 300)
        assert im.getexif().get(0x0112) in (None, 1)


@pytest.mark.parametrize("orientation", [2, 3, 4, 5, 6, 7, 8])
def test_orientation_round_trip(orientation):
    img = np.arange(5 * 7 * 3, dtype=np.uint8).reshape(5, 7, 3)
    assert np.array_equal(loader.from_upright(loader.to_upright(img, orientation), orientation), img)


def test_pdf_rebuilt_from_pixels(tmp_path):
    import pymupdf

    src = tmp_path / "scan.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=500, height=700)
    page.insert_image(pymupdf.Rect(0, 0, 500, 700), stream=_png_bytes(_card_like(500, 700)))
    page.insert_text((50, 600), "Persoonsnummer 850241157", fontsize=12, render_mode=3)  # invisible OCR layer
    doc.new_page(width=300, height=400)
    doc.set_metadata({"author": "Scanner App", "title": "ID kaart"})
    doc.save(src)
    doc.close()

    out = tmp_path / "out.pdf"
    redact_file(src, out)
    red = pymupdf.open(out)
    try:
        assert red.page_count == 2
        assert (red[0].rect.width, red[0].rect.height) == pytest.approx((500, 700), abs=0.01)
        assert (red[1].rect.width, red[1].rect.height) == pytest.approx((300, 400), abs=0.01)
        for p in red:
            assert p.get_text().strip() == ""          # no text layer survives
            assert len(p.get_images()) == 1              # one fresh raster per page
        assert not any(v for k, v in red.metadata.items() if k not in ("format", "encryption"))
        assert b"850241157" not in out.read_bytes()
    finally:
        red.close()


def test_multi_page_to_image_refused(tmp_path):
    import pymupdf

    doc = pymupdf.open()
    doc.new_page(width=200, height=200)
    doc.new_page(width=200, height=200)
    src = tmp_path / "two.pdf"
    doc.save(src)
    doc.close()
    with pytest.raises(InputError):
        redact_file(src, tmp_path / "out.png")
    assert not (tmp_path / "out.png").exists()


def test_atomic_write_leaves_nothing_on_failure(tmp_path, monkeypatch):
    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        writer.write(tmp_path / "out.png", [_card_like()], None)
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_replaces_existing(tmp_path):
    out = tmp_path / "out.png"
    out.write_bytes(b"old")
    writer.write(out, [_card_like(50, 40)], None)
    with Image.open(out) as im:
        assert im.size == (50, 40)
    assert _leftovers(tmp_path, {"out.png"}) == []


def test_watermark_keeps_black_black_and_marks_the_rest():
    img = _card_like()
    mask = np.zeros(img.shape[:2], bool)
    mask[200:260, 100:300] = True
    img[mask] = 0
    wm = writer.apply_watermark(img, "KOPIE - alleen voor AVG-verzoek", keep_black=mask)
    assert wm.shape == img.shape
    assert (wm[mask] == 0).all()
    assert np.abs(wm.astype(int) - img.astype(int)).sum() > 0
    assert wm[~mask].min() > 40  # never adds anything that counts as blacked out


def test_cancel(tmp_path):
    src = tmp_path / "in.png"
    src.write_bytes(_png_bytes(_card_like()))
    with pytest.raises(CancelledError):
        stop = Progress()
        stop.cancel()
        redact_file(src, tmp_path / "out.png", progress=stop)
    assert not (tmp_path / "out.png").exists()


def test_progress_reported(tmp_path):
    src = tmp_path / "in.png"
    src.write_bytes(_png_bytes(_card_like()))
    seen = []
    redact_file(src, tmp_path / "out.png", progress=Progress(lambda pct, text: seen.append((pct, text))))
    assert seen[0][0] == 0 and seen[-1][0] == 100
    assert all(isinstance(t, str) and t for _p, t in seen)


def test_redact_image_api():
    out, info = redact_image(_card_like())
    assert out.shape == (400, 640, 3)
    assert info["width"] == 640 and isinstance(info["findings"], list)


# --------------------------------------------------------------------------- OCR stays in memory
def test_ocr_writes_no_temp_files(tmp_path, monkeypatch):
    import cv2

    from studio_dsar.core.redaction import ocr

    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setenv("TEMP", str(tmpdir))
    img = np.full((80, 400), 255, np.uint8)
    cv2.putText(img, "850241157", (10, 55), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    words = ocr.run(img, psm=7)
    assert any(sum(c.isdigit() for c in w.text) >= 6 for w in words)
    assert list(tmpdir.iterdir()) == []


# --------------------------------------------------------------------------- CLI
def test_cli_single_file_json_and_errors(tmp_path, capsys):
    from studio_dsar.cli import main

    src = tmp_path / "in.png"
    src.write_bytes(_png_bytes(_card_like()))
    out = tmp_path / "out.png"
    assert main(["--lang", "en", "redact", str(src), "-o", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["needs_review"] is True and data["pages"][0]["width"] == 640
    assert out.exists()

    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert main(["--lang", "en", "redact", str(empty), "-o", str(tmp_path / "x.png")]) == 2
    assert "empty" in capsys.readouterr().err.lower()


def test_cli_batch_keeps_names_and_extensions(tmp_path, capsys):
    from studio_dsar.cli import main

    src_dir = tmp_path / "in"
    src_dir.mkdir()
    (src_dir / "a.png").write_bytes(_png_bytes(_card_like()))
    (src_dir / "b.jpg").write_bytes(_jpeg_bytes(_card_like()))
    (src_dir / "notes.txt").write_text("skip me")
    out_dir = tmp_path / "out"
    assert main(["--lang", "en", "redact", "--batch", str(src_dir), "-o", str(out_dir)]) == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.png", "b.jpg"]


# --------------------------------------------------------------------------- fail safe
def test_missing_tesseract_is_a_clear_error(tmp_path, monkeypatch):
    from studio_dsar.core.errors import NotFoundError
    from studio_dsar.core.redaction import ocr

    def missing():
        raise ocr.OcrUnavailable("tesseract not found")

    monkeypatch.setattr(ocr, "tesseract_cmd", missing)
    src = tmp_path / "in.png"
    src.write_bytes(_png_bytes(_card_like()))
    with pytest.raises(NotFoundError):
        redact_file(src, tmp_path / "out.png")
    assert not (tmp_path / "out.png").exists()


def test_missing_face_detector_asks_for_review(tmp_path, monkeypatch):
    from studio_dsar.core.redaction import engine

    monkeypatch.setattr(engine, "face_backend", lambda: None)
    src = tmp_path / "in.png"
    src.write_bytes(_png_bytes(_card_like()))
    res = redact_file(src, tmp_path / "out.png")
    assert res.needs_review and "face_detector_missing" in res.reasons
    assert all(isinstance(t, str) and t for t in res.reason_texts())


@pytest.mark.parametrize("fmt,ext", [("TIFF", ".tif"), ("WEBP", ".webp"), ("BMP", ".bmp"), ("JPEG", ".jpeg")])
def test_other_image_formats(tmp_path, fmt, ext):
    src = tmp_path / ("in" + ext)
    Image.fromarray(_card_like(320, 200)[:, :, ::-1]).save(src, fmt)
    out = tmp_path / "out.png"
    redact_file(src, out)
    with Image.open(out) as im:
        assert im.size == (320, 200)


def test_heic_input(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    src = tmp_path / "phone.heic"
    try:
        pillow_heif.from_pillow(Image.fromarray(_card_like(320, 200)[:, :, ::-1])).save(src, quality=90)
    except Exception as exc:  # noqa: BLE001 - a build without the HEIF encoder
        pytest.skip(f"no HEIF encoder in this pillow-heif build: {exc}")
    out = tmp_path / "out.jpg"
    redact_file(src, out)
    with Image.open(out) as im:
        assert im.size == (320, 200)


def test_qr_code_is_blacked_out():
    import cv2

    qr = cv2.QRCodeEncoder.create().encode("https://example.org/id/123456789")
    qr = cv2.resize(qr, None, fx=8, fy=8, interpolation=cv2.INTER_NEAREST)
    img = np.full((600, 800, 3), 240, np.uint8)
    h, w = qr.shape[:2]
    img[100:100 + h, 300:300 + w] = qr[:, :, None]
    out, info = redact_image(img)
    assert any(f["category"] == "barcode" for f in info["findings"])
    region = out[100 + 8:100 + h - 8, 300 + 8:300 + w - 8]
    assert (region.max(axis=2) <= 40).mean() > 0.98
