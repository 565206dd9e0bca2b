"""Quality pinned on a small frozen harsh set (tests/data/idscans_harsh, made with the corpus
generator's harsh capture profile; the engine was never tuned on it).

The pixel rules are those of the corpus's scorer: a sensitive region counts as redacted when
98 % of it (shrunk by 2 px) is black (every channel <= 40); a kept field is intact when at most
5 % of it is newly black. Every file that leaks must be flagged for review: the owner is never
told all is well about a copy that still shows something.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from studio_dsar.core.redaction import loader, ocr, redact_file

DATA = Path(__file__).parent / "data" / "idscans_harsh"
SENSITIVE = ("photo", "ghost_photo", "mrz", "document_number", "bsn", "rrn")
KEPT = ("surname", "given_names", "birth_date", "expiry_date", "nationality")

pytestmark = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract is not installed")


def _mask(shape, poly, shrink=2):
    import cv2

    m = np.zeros(shape[:2], np.uint8)
    pts = np.round((np.asarray(poly, np.float64) - 0.5) * 16).astype(np.int32)
    cv2.fillPoly(m, [pts], 1, lineType=cv2.LINE_8, shift=4)
    k = 2 * shrink + 1
    return cv2.erode(m, np.ones((k, k), np.uint8), borderType=cv2.BORDER_CONSTANT) > 0


def score(truth: dict, original: Path, redacted: Path) -> tuple[list[str], int, int, int, int]:
    """(leaking categories, sensitive regions, redacted, kept regions, intact)."""
    before = loader.load(original).pages
    after = loader.load(redacted).pages
    assert len(after) == len(before) == len(truth["pages"])
    leaks, n_s, ok_s, n_k, ok_k = [], 0, 0, 0, 0
    for tp, b, a in zip(truth["pages"], before, after, strict=True):
        assert a.image.shape == b.image.shape == (tp["height"], tp["width"], 3)
        black = (a.image <= 40).all(axis=2)
        ink = (b.image <= 64).all(axis=2)
        for r in tp["regions"]:
            m = _mask(a.image.shape, r["polygon"])
            if not m.any():
                continue
            if r["category"] in SENSITIVE:
                n_s += 1
                if black[m].mean() >= 0.98:
                    ok_s += 1
                else:
                    leaks.append(r["category"])
            elif r["category"] in KEPT:
                n_k += 1
                ok_k += (black[m] & ~ink[m]).mean() <= 0.05
    return leaks, n_s, ok_s, n_k, ok_k


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    out = tmp_path_factory.mktemp("harsh")
    res = {}
    for truth_path in sorted(DATA.glob("*.json")):
        truth = json.loads(truth_path.read_text())
        src = DATA / truth["file"]
        dst = out / (src.stem + ".png")
        result = redact_file(src, dst)
        res[src.name] = (truth, result, score(truth, src, dst))
    return res


def test_harsh_set_is_redacted(results):
    clean = sum(not s[0] for _t, _r, s in results.values())
    n_s = sum(s[1] for _t, _r, s in results.values())
    ok_s = sum(s[2] for _t, _r, s in results.values())
    n_k = sum(s[3] for _t, _r, s in results.values())
    ok_k = sum(s[4] for _t, _r, s in results.values())
    report = {name: s[0] for name, (_t, _r, s) in results.items() if s[0]}
    # measured when frozen: 5/6 clean (one card number partly covered, flagged), 29/30 regions;
    # with the portraits' full rectangles and the layout fail-safe: 6/6, 30/30, kept 24/25
    assert clean >= 6, report
    assert ok_s / n_s >= 0.99, report
    assert ok_k / n_k >= 0.9


def test_no_silent_leak(results):
    for name, (_truth, result, s) in results.items():
        if s[0]:
            assert result.needs_review, f"{name} leaks {s[0]} but is not flagged"


def test_results_name_no_sensitive_value(results):
    import re

    for name, (truth, result, _s) in results.items():
        flat = re.sub(r"[^A-Z0-9]", "", json.dumps(result.as_dict()).upper())
        for page in truth["pages"]:
            for r in page["regions"]:
                if r["category"] in ("mrz", "document_number", "bsn", "rrn") and r["value"]:
                    assert re.sub(r"[^A-Z0-9]", "", r["value"].upper()) not in flat, name


def test_pipeline_without_face_detector(tmp_path, monkeypatch):
    """With the face detector switched off the numbers and MRZ still go, the passport's
    portrait is blacked out from its layout, and every page asks for a check."""
    monkeypatch.setenv("STUDIO_DSAR_FACE_DETECTOR", "none")
    name = "0010"   # Belgian passport, photographed
    truth = json.loads((DATA / f"{name}.json").read_text())
    src = DATA / truth["file"]
    result = redact_file(src, tmp_path / "out.png")
    leaks, *_ = score(truth, src, tmp_path / "out.png")
    assert result.needs_review
    assert "face_detector_missing" in result.reasons
    assert not {"mrz", "document_number", "rrn"} & set(leaks), leaks
    assert "photo" not in leaks, leaks
