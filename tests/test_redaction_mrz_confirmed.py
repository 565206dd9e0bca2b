"""An MRZ read with check digits failing is not flagged for its checks when its side's visual
zone printed, and the reading found and covered, every number it names; it is otherwise."""

from __future__ import annotations

from studio_dsar.core.redaction import numbers as nums
from studio_dsar.core.redaction.engine import mrz_confirmed
from studio_dsar.core.redaction.geometry import Frame
from studio_dsar.core.redaction.mrz import MRZResult
from studio_dsar.core.redaction.mrzfind import MrzHit

BSN = "111222333"
TD1 = ["I<NLDSPECI20141" + BSN + "<<<", "6503101F2403096NLD<<<<<<<<<<<8", "DE<BRUIJN<<WILLEKE<LISELOTTE<<"]
TD3 = ["P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<", "SPECI20142NLD6503101F2403096" + BSN + "<<<<<<2"]


def _hit(fmt: str, checks: dict[str, bool], lines: list[str], optional: list[str]) -> MrzHit:
    res = MRZResult(fmt, lines, checks, "SPECI2014", optional)
    return MrzHit(Frame(0.0, 0.0, 0.0, -10.0, 10.0, -5.0, 5.0, 1.0), (0.0, 0.0, 20.0, 10.0), res, fmt, 40.0)


def test_the_bsn_is_valid():
    assert nums.is_bsn(BSN)


def test_a_card_back_whose_printed_number_was_read_is_confirmed():
    hit = _hit("TD1", {"document_number": True, "composite": False}, TD1, [BSN])
    assert mrz_confirmed(hit, [])


def test_a_number_not_read_leaves_the_flag():
    hit = _hit("TD1", {"document_number": True, "composite": False}, TD1, [BSN])
    assert not mrz_confirmed(hit, [BSN])


def test_a_passport_whose_number_check_fails_is_not_confirmed():
    hit = _hit("TD3", {"document_number": False, "composite": False}, TD3, [BSN])
    assert not mrz_confirmed(hit, [])
    hit = _hit("TD3", {"document_number": True, "composite": False}, TD3, [BSN])
    assert mrz_confirmed(hit, [])


def test_an_mrz_naming_no_printed_number_is_not_confirmed():
    lines = [TD1[0].replace(BSN, "<" * 9), TD1[1], TD1[2]]
    hit = _hit("TD1", {"document_number": True, "composite": False}, lines, [])
    assert not mrz_confirmed(hit, [])
