"""A use held back for a while, or for good: "leave them offline until you have decided" beside a
restriction is part of it (no withdrawal of its own); "keep the photos for my order, but don't use them on
your website" ends the consent to show them (a withdrawal), it holds nothing back for a while.

Every sentence here is written for this test (none is copied from a mail set), in more than one wording.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights

_PAUSES = [
    "Until your lawyer has checked this, please do not use my portraits at all. Just leave them offline until you have decided.",
    "Please stop using my pictures while you check whether you may. Take them off your website for now, until you know.",
]


@pytest.mark.parametrize("text", _PAUSES)
def test_a_pause_beside_a_restriction_is_no_withdrawal(text):
    assert detect_rights(text, "en").rights == ["restriction"]


_FOR_GOOD = [
    "You can keep the photos for my own order, but please don't use any of them on your website or Instagram.",
    "Happy for you to keep the pictures in your archive, but do not use them in your portfolio or on social media.",
]


@pytest.mark.parametrize("text", _FOR_GOOD)
def test_kept_but_off_a_public_place_is_a_withdrawal(text):
    assert detect_rights(text, "en").rights == ["withdraw_consent"]
    # kept for a while, for a dispute, it stays a restriction
    assert "restriction" in detect_rights(text.replace(", but", " until the claim is settled, but"), "en").rights
