"""The intake on tests/data/intake_blind13: a former blind set (100 mails in nl, en, fr and de, written blind to the code
by two authors from a one-page brief, scored blind twice, then released; see its README). Its failures were read and
classified, not tuned on, so the figures pinned here are still those of mail the rules were never fitted to.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import intake_eval

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "intake_blind13"

# Lowest language: is-request 90.0 % (en), exact rights 81.8 % (nl; en 85.7 %), requester e-mail, received and
# language 100 %. Overall: is-request 96.0 %, exact rights 89.0 % (blind, both scores, and released), name 89.0 %.
REACHED = {"is_dsar_accuracy": 0.90, "rights_exact": 0.81, "requester_email": 1.00, "received": 1.00, "language": 1.00}
OVERALL = {"is_dsar_accuracy": 0.96, "rights_exact": 0.89, "requester_email": 1.00, "requester_name": 0.89}


@pytest.fixture(scope="module")
def blind13():
    return intake_eval().evaluate(DATA).summary()


def test_the_set_is_complete(blind13):
    assert blind13["files"] == 100 and blind13["dsars"] == 73
    assert {lang: f["files"] for lang, f in blind13["by_language"].items()} == {"nl": 30, "en": 30, "fr": 25, "de": 15}
    assert not blind13["errors"]


@pytest.mark.parametrize("metric", sorted(REACHED))
def test_blind13_in_each_language(blind13, metric):
    for lang, figures in blind13["by_language"].items():
        assert figures[metric] >= REACHED[metric], f"{metric} in {lang}: {figures[metric]:.3f} < {REACHED[metric]}"


@pytest.mark.parametrize("metric", sorted(OVERALL))
def test_blind13_overall(blind13, metric):
    assert blind13[metric] >= OVERALL[metric], f"{metric}: {blind13[metric]:.3f} < {OVERALL[metric]}"
