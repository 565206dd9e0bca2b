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
