"""The intake on its labelled mail sets: both are tuning sets now, so their figures measure tuning.

``tests/data/intake_blind`` (120 mails in nl, en, fr and de, formal letters and plain ones) was
written from a short brief by authors who had not seen the intake's rules and was first scored
as a blind set (is-request 93.3%, exact rights 80.0%, requester e-mail 95.6%, language 99.2%).
It has since been tuned on, mail by mail, like ``tests/data/intake_tune``: the figures pinned
here are what the rules reach on mails they were fitted to, not how they do on unseen mail.
A set the rules have never seen is scored separately (a blind set kept out of the tuning).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import intake_eval

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"

# What the intake reaches on the former blind set, lowest language (the targets, for mails
# never tuned on: is-request 0.97, exact rights 0.90, requester e-mail 0.98, received 0.98,
# language 0.97). Reached by fitting the rules to these very mails: it says nothing of unseen mail.
FORMER_BLIND = {
    "is_dsar_accuracy": 1.00,
    "rights_exact": 1.00,
    "requester_email": 1.00,
    "received": 1.00,
    "language": 1.00,
}
TUNE = {"is_dsar_accuracy": 1.00, "rights_exact": 0.96, "requester_email": 1.00, "received": 1.00, "language": 1.00}




@pytest.fixture(scope="module")
def former_blind():
    return intake_eval().evaluate(DATA / "intake_blind").summary()


@pytest.fixture(scope="module")
def tune():
    return intake_eval().evaluate(DATA / "intake_tune").summary()


def test_the_sets_are_complete(former_blind, tune):
    assert former_blind["files"] == 120 and set(former_blind["by_language"]) == {"nl", "en", "fr", "de"}
    assert tune["files"] == 100 and set(tune["by_language"]) == {"nl", "en", "fr", "de"}
    assert not former_blind["errors"] and not tune["errors"]


@pytest.mark.parametrize("metric", sorted(FORMER_BLIND))
def test_former_blind_set_in_each_language(former_blind, metric):
    for lang, figures in former_blind["by_language"].items():
        want = FORMER_BLIND[metric]
        assert figures[metric] >= want, f"{metric} in {lang}: {figures[metric]:.3f} < {want}"


@pytest.mark.parametrize("metric", sorted(TUNE))
def test_tuning_set_meets_the_targets(tune, metric):
    for lang, figures in tune["by_language"].items():
        assert figures[metric] >= TUNE[metric], f"{metric} in {lang}: {figures[metric]:.3f} < {TUNE[metric]}"

