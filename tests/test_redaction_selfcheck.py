"""The self-check's doubts on constructed cases: a number the MRZ names that OCR never saw
printed; and the turns at which the self-check looks for faces."""

from __future__ import annotations

import numpy as np
import pytest

from studio_dsar.core.redaction import faces, ocr, selfcheck
from studio_dsar.core.redaction.geometry import Frame
from studio_dsar.core.redaction.results import PageResult


def _word(text: str, x: int, y: int, line: int = 1) -> ocr.Word:
    return ocr.Word(text, 90.0, x, y, 18 * len(text), 30, 1, 1, line)


def test_numbers_a_valid_mrz_names_must_be_printed_beside_it():
    # a passport's data page prints its document number and personal number (BSN)
    assert selfcheck.needed_numbers([("TD3", ["999999990"], "XR1234567")]) == ["999999990", "XR1234567"]
    # an ID-1 card prints its document number on the other side
    assert selfcheck.needed_numbers([("TD1", ["999999990"], "SPECI2021")]) == ["999999990"]
    assert selfcheck.needed_numbers([("TD1", [], "SPECI2021")]) == []


def test_number_the_mrz_names_must_be_read_and_covered():
    frame = Frame(0.0, 0.0, 0.0, 0.0, 600.0, 0.0, 300.0, 1.0)   # crop pixels = page pixels
    words = [_word("Persoonsnummer", 10, 10, 1), _word("9999", 10, 60, 2), _word("99.990", 90, 60, 2),
             _word("Documentnummer", 10, 120, 3), _word("XR12345G7", 10, 170, 4)]
    page = PageResult(frames=[frame], vz_words=[words], mrz_reads=[("TD3", ["999999990"], "XR1234567")])
    assert selfcheck.read_at("999999990", [frame], [words])          # split by OCR, read whole
    assert selfcheck.read_at("XR1234567", [frame], [words])          # one character misread
    mask = np.zeros((300, 600), bool)
    assert selfcheck.unvouched_mrz_numbers(page, mask)               # read, left uncovered
    mask[55:95, 5:200] = True
    assert selfcheck.unvouched_mrz_numbers(page, mask)               # the document number still shows
    mask[165:205, 5:200] = True
    assert not selfcheck.unvouched_mrz_numbers(page, mask)           # both read and covered
    # a number OCR never read is not vouched for, even where everything is black
    page.vz_words = [words[:3]]
    assert selfcheck.unvouched_mrz_numbers(page, np.ones((300, 600), bool))
    assert selfcheck.doubts(np.zeros((300, 600, 3), np.uint8), np.ones((300, 600), bool), page) == \
        ["mrz_number_not_found"]


@pytest.mark.parametrize(("angles", "turns"), [
    ([], (0, 1, 2, 3)), ([0.0], (0,)), ([-90.0], (1,)), ([180.0], (2,)), ([90.0], (3,)),
    ([-175.0], (2,)), ([12.0, 95.0], (0, 3)), ([44.0], (0, 3)), ([-44.0], (0, 1)),
])
def test_self_check_looks_for_faces_upright_on_each_document(angles, turns):
    assert faces.turns_for(angles) == turns
