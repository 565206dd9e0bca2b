"""The intake on mails it was never tuned on: the frozen blind set in tests/data/intake_blind.

The blind set (120 mails in nl, en, fr and de, formal letters and plain ones) was written from
a short brief by authors who had not seen the intake's rules, and frozen before any tuning.
Nothing was ever tuned on it: only these aggregate figures are looked at. The thresholds are
what the intake reaches, per language; where that is below the issue's target the target is
noted beside it, so the gap stays visible. The tuning set (tests/data/intake_tune) is pinned
too, but a figure there measures tuning, not quality.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"

# The targets, on mails never tuned on, in each language.
TARGETS = {"is_dsar_accuracy": 0.97, "rights_exact": 0.90, "requester_email": 0.98, "received": 0.98,
           "language": 0.97}

# What the intake reaches on the blind set (lowest language); below target where noted.
BLIND = {
    "is_dsar_accuracy": 0.91,  # below target (0.97)
    "rights_exact": 0.75,  # below target (0.90)
    "requester_email": 0.91,  # below target (0.98)
    "received": 1.00,
    "language": 0.95,  # below target (0.97) in French
}
TUNE = {"is_dsar_accuracy": 0.97, "rights_exact": 0.90, "requester_email": 0.98, "received": 0.98, "language": 0.97}


def _bench():
    if "intake_eval" in sys.modules:
        return sys.modules["intake_eval"]
    spec = importlib.util.spec_from_file_location("intake_eval", REPO / "benchmarks" / "intake_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["intake_eval"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def blind():
    return _bench().evaluate(DATA / "intake_blind").summary()


@pytest.fixture(scope="module")
def tune():
    return _bench().evaluate(DATA / "intake_tune").summary()


def test_the_sets_are_complete(blind, tune):
    assert blind["files"] == 120 and set(blind["by_language"]) == {"nl", "en", "fr", "de"}
    assert tune["files"] == 100 and set(tune["by_language"]) == {"nl", "en", "fr", "de"}
    assert not blind["errors"] and not tune["errors"]


@pytest.mark.parametrize("metric", sorted(BLIND))
def test_blind_set_in_each_language(blind, metric):
    for lang, figures in blind["by_language"].items():
        assert figures[metric] >= BLIND[metric], f"{metric} in {lang}: {figures[metric]:.3f} < {BLIND[metric]}"


@pytest.mark.parametrize("metric", sorted(TUNE))
def test_tuning_set_meets_the_targets(tune, metric):
    for lang, figures in tune["by_language"].items():
        assert figures[metric] >= TUNE[metric], f"{metric} in {lang}: {figures[metric]:.3f} < {TUNE[metric]}"


def test_thresholds_never_exceed_the_targets():
    assert all(BLIND[k] <= TARGETS[k] or BLIND[k] == 1.0 for k in BLIND)
