"""The intake on mails it was never tuned on: the frozen blind set in tests/data/intake_blind3.

120 mails (40 Dutch and Flemish, 20 English, 30 French, 30 German) written from a short brief by
two authors who had not seen the intake's rules, its tests or its other mail sets, frozen before
it was first scored. Only aggregate figures were ever read, three times: before two tuning
rounds on other sets, between them, and after them. The thresholds are what the intake reaches, per language; where that is
below the issue's target, the gap is written beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import intake_eval

REPO = Path(__file__).resolve().parents[1]
BLIND = REPO / "tests" / "data" / "intake_blind3"

# The targets, on mails never tuned on, in each language.
TARGETS = {"is_dsar_accuracy": 0.97, "rights_exact": 0.90, "requester_email": 0.98, "received": 0.98,
           "language": 0.97}

# What the intake reaches on this set in its weakest language, below the target where noted.
# First scoring (before the rounds): is-request 90.0 %, exact rights 72.6 %, requester e-mail
# 91.7 %, received 100 %, language 100 % (all languages together). Between the rounds: 93.3 %,
# 75.0 %, 95.2 %, 100 %, 100 %. After them: 94.2 %, 77.4 %, 95.2 %, 100 %, 100 %.
REACHED = {
    "is_dsar_accuracy": 0.92,  # below target (0.97): Dutch 92.5 %, French 93.3 %
    "rights_exact": 0.74,  # below target (0.90): Dutch 74.1 %, German 76.2 %
    "requester_email": 0.92,  # below target (0.98): Dutch 92.6 %; lost where a request is not seen as one
    "received": 1.00,
    "language": 1.00,
}


@pytest.fixture(scope="module")
def blind():
    return intake_eval().evaluate(BLIND).summary()


def test_the_blind_set_is_complete(blind):
    assert blind["files"] == 120 and set(blind["by_language"]) == {"nl", "en", "fr", "de"}
    assert not blind["errors"]


@pytest.mark.parametrize("metric", sorted(REACHED))
def test_blind_set_in_each_language(blind, metric):
    for lang, figures in blind["by_language"].items():
        assert figures[metric] >= REACHED[metric], f"{metric} in {lang}: {figures[metric]:.3f} < {REACHED[metric]}"


def test_pinned_figures_never_claim_more_than_the_targets():
    assert all(REACHED[k] <= TARGETS[k] or REACHED[k] == 1.0 for k in REACHED)
