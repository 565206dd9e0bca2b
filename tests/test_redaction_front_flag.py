"""A card front is flagged when its document number was not found, also when the card was found
by its outline rather than by its portrait (a turned, blurred card front whose print no reading
got right: the number stayed legible and the page had been reported clean)."""

from __future__ import annotations

from pathlib import Path

import cv2
from studio_dsar.core.redaction import engine

DATA = Path(__file__).resolve().parent / "data" / "idscans_turned_front"


def test_a_card_front_without_its_number_found_is_flagged(monkeypatch):
    # (as the page was read before its slant was searched for faces: see the next test)
    monkeypatch.setattr(engine, "slanted_directions", lambda *a, **k: [])
    img = cv2.imread(str(DATA / "0022.jpg"))
    _red, _mask, page = engine.redact_page(img)
    assert {f.category for f in page.findings} >= {"photo", "ghost_photo"}   # the faces were covered
    assert not any(f.category in ("document_number", "number") for f in page.findings)
    assert "no_document_number_on_front" in page.review


def test_the_front_number_rule():
    long_run = ("number", (0, 0, 100, 20), "deny", 80.0)
    short_run = ("number", (0, 0, 40, 20), "deny", 80.0)
    by_validator = ("document_number", (0, 0, 40, 20), "validator", 90.0)
    assert engine._front_number([long_run]) and engine._front_number([by_validator])
    assert not engine._front_number([short_run]) and not engine._front_number([])


def test_the_turned_front_is_read_along_its_slant():
    """The card lies turned about 60 degrees: the page search at right angles finds its faces
    only within the detector's reach of upright, with no eye line; searched with the page
    turned along the card's text, the portrait gives the card's exact slant, and the reading
    in that frame finds the document number, which is covered."""
    import json

    import numpy as np

    img = cv2.imread(str(DATA / "0022.jpg"))
    red, _mask, _page = engine.redact_page(img)
    truth = json.loads((DATA / "0022.json").read_text())
    for r in truth["pages"][0]["regions"]:
        m = np.zeros(img.shape[:2], np.uint8)
        cv2.fillPoly(m, [np.round(np.array(r["polygon"])).astype(np.int32)], 1)
        m = cv2.erode(m, np.ones((5, 5), np.uint8)) > 0
        black = (red[m] <= 40).all(axis=1)
        if r["category"] in ("photo", "ghost_photo", "document_number"):
            assert black.mean() >= 0.98, r["category"]
        elif r["category"] in ("surname", "given_names", "birth_date", "expiry_date", "nationality"):
            newly = black & ~(img[m] <= 64).all(axis=1)
            assert newly.mean() <= 0.05, r["category"]
