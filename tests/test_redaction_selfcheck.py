"""The turns at which the self-check looks for faces on the redacted page."""

from __future__ import annotations

import pytest

from studio_dsar.core.redaction import faces


@pytest.mark.parametrize(("angles", "turns"), [
    ([], (0, 1, 2, 3)), ([0.0], (0,)), ([-90.0], (1,)), ([180.0], (2,)), ([90.0], (3,)),
    ([-175.0], (2,)), ([12.0, 95.0], (0, 3)), ([44.0], (0, 3)), ([-44.0], (0, 1)),
])
def test_self_check_looks_for_faces_upright_on_each_document(angles, turns):
    assert faces.turns_for(angles) == turns


def test_every_review_reason_the_engine_gives_has_a_message():
    """A reason code without its sentence would reach the owner as a bare code."""
    import re
    from pathlib import Path

    from studio_dsar.core.redaction import REVIEW_REASONS

    src = Path(faces.__file__).parent
    codes = set()
    for path in src.glob("*.py"):
        codes |= set(re.findall(r"""review\.append\(\s*["']([a-z_]+)["']""", path.read_text()))
    assert "self_check_found" in codes
    assert codes <= set(REVIEW_REASONS), sorted(codes - set(REVIEW_REASONS))
