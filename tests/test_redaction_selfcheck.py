"""The self-check's doubts on constructed cases: a number the MRZ names that OCR never saw
printed; and the turns at which the self-check looks for faces."""

from __future__ import annotations

import numpy as np
import pytest

from studio_dsar.core.redaction import faces, selfcheck
from studio_dsar.core.redaction.results import Finding


def _box(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)


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
