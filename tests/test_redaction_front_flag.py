"""A card front is flagged when its document number was not found, also when the card was found
by its outline rather than by its portrait (a turned, blurred card front whose print no reading
got right: the number stayed legible and the page had been reported clean)."""

from __future__ import annotations

from pathlib import Path

import cv2
from studio_dsar.core.redaction import engine

DATA = Path(__file__).resolve().parent / "data" / "idscans_turned_front"


def test_a_card_front_without_its_number_found_is_flagged():
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
