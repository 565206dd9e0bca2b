"""The self-check's doubts on constructed pages: a portrait box too small for its photo, a box
that covers it, a box beside text; a number the MRZ names that OCR never saw printed; and the
turns at which the self-check looks for faces."""

from __future__ import annotations

import numpy as np
import pytest

from studio_dsar.core.redaction import faces, selfcheck
from studio_dsar.core.redaction.results import Finding


def _box(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)


def _page_with_photo() -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A light card with a photo (dark, textured) at x 200-400, y 150-410."""
    rng = np.random.default_rng(5)
    img = np.full((700, 900, 3), 225, np.uint8)
    x0, y0, x1, y1 = 200, 150, 400, 410
    img[y0:y1, x0:x1] = rng.integers(40, 140, (y1 - y0, x1 - x0, 1), dtype=np.uint8)
    return img, (x0, y0, x1, y1)


def _burn(img: np.ndarray, box: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    cv2 = pytest.importorskip("cv2")
    mask = np.zeros(img.shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(box).astype(np.int32)], 1)
    red = img.copy()
    red[mask > 0] = 0
    return red, mask > 0


def test_box_short_of_the_photo_is_flagged():
    img, (x0, y0, x1, y1) = _page_with_photo()
    box = _box(x0 - 4, y0 - 4, x1 + 4, y1 - 40)   # the bottom 40 px of the photo stay
    red, mask = _burn(img, box)
    found = selfcheck.portrait_edges_open(red, mask, [Finding("photo", box, "face")])
    assert [f.category for f in found] == ["photo"]
    assert selfcheck.side_shares(red[:, :, 0], mask, box)["bottom"] > 0.9


def test_box_covering_the_photo_is_not_flagged():
    img, (x0, y0, x1, y1) = _page_with_photo()
    box = _box(x0 - 4, y0 - 4, x1 + 4, y1 + 4)
    red, mask = _burn(img, box)
    assert selfcheck.portrait_edges_open(red, mask, [Finding("photo", box, "face")]) == []
    # not a portrait: never judged
    assert selfcheck.portrait_edges_open(red, mask, [Finding("mrz", _box(x0, y0, x1, y1 - 60), "mrz")]) == []


def test_text_beside_the_box_is_not_the_photo():
    cv2 = pytest.importorskip("cv2")
    img, (x0, y0, x1, y1) = _page_with_photo()
    for i, y in enumerate(range(y0 + 10, y1, 45)):   # kept fields right of the photo
        cv2.putText(img, f"FIELD {i} VALUE", (x1 + 14, y + 25), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (30, 30, 30), 2)
    box = _box(x0 - 4, y0 - 4, x1 + 4, y1 + 4)
    red, mask = _burn(img, box)
    assert selfcheck.portrait_edges_open(red, mask, [Finding("photo", box, "face")]) == []


def test_number_the_mrz_names_must_be_seen_printed():
    poly = _box(0, 0, 10, 10)
    passport = [("TD3", [], "XR1234567")]
    assert selfcheck.unseen_mrz_numbers(passport, [Finding("mrz", poly, "mrz")])
    assert not selfcheck.unseen_mrz_numbers(passport, [Finding("document_number", poly, "mrz-number")])
    # a box under a label OCR could not read does not vouch for the number
    assert selfcheck.unseen_mrz_numbers(passport, [Finding("document_number", poly, "label-position")])
    # an ID-1 card prints its document number on the other side; its BSN on this one
    card_back = [("TD1", ["999999990"], "SPECI2021")]
    assert selfcheck.unseen_mrz_numbers(card_back, [Finding("document_number", poly, "validator")])
    assert not selfcheck.unseen_mrz_numbers(card_back, [Finding("bsn", poly, "validator")])
    assert not selfcheck.unseen_mrz_numbers([("TD1", [], "SPECI2021")], [])


@pytest.mark.parametrize(("angles", "turns"), [
    ([], (0, 1, 2, 3)), ([0.0], (0,)), ([-90.0], (1,)), ([180.0], (2,)), ([90.0], (3,)),
    ([-175.0], (2,)), ([12.0, 95.0], (0, 3)), ([44.0], (0, 3)), ([-44.0], (0, 1)),
])
def test_self_check_looks_for_faces_upright_on_each_document(angles, turns):
    assert faces.turns_for(angles) == turns
