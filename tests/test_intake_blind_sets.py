"""The intake on mails it was never tuned on: the frozen blind sets tests/data/intake_blind3 to 6, 8, 9 and 10.

Each holds 120 mails (the third and fourth: 40 Dutch and Flemish, 20 English, 30 French,
30 German; the fifth: 35 Dutch and Flemish, 30 English, 30 French, 25 German) written from a
short brief by authors who had not seen the intake's rules, its tests or its other mail sets,
frozen before it was first scored. The sixth holds 110 mails (30 Dutch and Flemish, 30 English,
25 French, 25 German), written the same way and frozen before a tuning round on other sets; it was
scored twice (before and after that round), aggregates only. The eighth holds 110 mails (35 Dutch and
Flemish, 30 English, 25 French, 20 German), written the same way by two authors, frozen before a
tuning round on other sets and scored three times, aggregates only, and three more times in the next round (see its README). The ninth holds
100 mails (30 Dutch and Flemish, 25 English, 25 French, 20 German), written the same way by two other authors,
frozen before two tuning rounds on other sets and scored three times, aggregates only (see its README). The tenth holds
100 mails (30 Dutch and Flemish, 25 English, 25 French, 20 German), written the same way by two further authors, frozen before
a tuning round on other sets and scored twice, aggregates only (see its README). The ninth and tenth were then released
for tuning together: their failures were read and tuned on, so their pins measure tuning, no longer quality. The fifth was scored twice (before and after a tuning round
on other sets) and is blind still: never tune on it or read its failures. Only aggregate figures were ever read: the third set three
times (before two tuning rounds on other sets, between them and after them), the fourth twice
(before a tuning round on another set and after it). The thresholds are what the intake reaches
in its weakest language; where that is below the issue's target, the gap is written beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import intake_eval

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"

# The targets, on mails never tuned on, in each language.
TARGETS = {"is_dsar_accuracy": 0.97, "rights_exact": 0.90, "requester_email": 0.98, "received": 0.98,
           "language": 0.97}

REACHED = {
    # First scoring: is-request 90.0 %, exact rights 72.6 %, requester e-mail 91.7 % (all
    # languages). Between the rounds: 93.3 %, 75.0 %, 95.2 %. After them: 94.2 %, 77.4 %, 95.2 %;
    # after the next round (on other sets): 94.2 %, 79.8 %, 95.2 %. Received and language 100 %.
    # Tuned on since (no longer blind): 98.3 %, 95.2 %, 98.8 %; exact rights by language de 100 / en 86.7 /
    # fr 95.2 / nl 96.3 %. After the English readings of the next round: 98.3 %, 97.6 %, 98.8 %; exact rights
    # de 100 / en 100 / fr 95.2 / nl 96.3 %.
    "intake_blind3": {
        "is_dsar_accuracy": 0.95,  # below target (0.97): English 95.0 % (a phishing 'copyright claim' citing Art. 17)
        "rights_exact": 0.90,  # target reached in every language (weakest: French 95.2 %)
        "requester_email": 0.96,  # below target (0.98): Dutch 96.3 %; a reminder whose rights are only in the quoted mail
        "received": 1.00,
        "language": 1.00,
    },
    # First scoring: is-request 88.3 %, exact rights 77.6 %, requester e-mail 92.9 % (all
    # languages). After the round: 93.3 %, 81.2 %, 96.5 %. Received and language 100 %.
    # Tuned on since (no longer blind): 100 %, 98.8 %, 100 %; exact rights by language
    # de 100 / en 100 / fr 95.2 / nl 100 % (the one French miss: a reminder whose right is only in
    # the quoted earlier request, which another set labels the other way).
    "intake_blind4": {
        "is_dsar_accuracy": 1.00,
        "rights_exact": 0.90,  # target reached in every language (weakest: French 95.2 %)
        "requester_email": 1.00,
        "received": 1.00,
        "language": 1.00,
    },
    # First scoring: is-request 90.0 %, exact rights 77.6 %, requester e-mail 92.9 % (all
    # languages). After the round: 91.7 %, 82.4 %, 95.3 %; by language de / en / fr / nl:
    # is-request 92.0 / 80.0 / 100 / 94.3, exact rights 83.3 / 66.7 / 90.5 / 88.0, e-mail
    # 94.4 / 85.7 / 100 / 100. Received and language 100 %. After the next round (tuned on other sets, failures not
    # read): 92.5 %, 83.5 %, 96.5 %; English is-request 83.3, exact rights 66.7, e-mail 90.5.
    # Before and after the round on intake_tune9 (failures not read): is-request 93.3 % both, exact rights 84.7 % ->
    # 87.1 % (English 66.7 -> 71.4), requester e-mail 96.5 % both.
    # Before and after the round on intake_blind11 (reading a pronoun, a take-down for a while, an undecided writer,
    # the writer's own deed; failures not read): is-request 93.3 -> 94.2 %, exact rights 87.1 -> 88.2 %, requester
    # e-mail 96.5 -> 97.6 %, all from one English mail (English is-request 83.3 -> 86.7, rights 71.4 -> 76.2).
    "intake_blind5": {
        "is_dsar_accuracy": 0.86,  # below target (0.97): English 86.7 %
        "rights_exact": 0.76,  # below target (0.90): English 76.2 %
        # below target (0.98): English 85.7 %. It was 90.5 % until the requester's address followed one convention
        # (the data subject's own address when the mail gives it: beside the name in the text, or in Cc with the text
        # pointing at the copy; see senders.subject_address_in_copy): two other sets label three such mails that way,
        # this set one (a copy pointed at) the other way.
        "requester_email": 0.85,
        "received": 1.00,
        "language": 1.00,
    },
    # First scoring: is-request 87.3 %, exact rights 75.0 %, requester e-mail 87.5 % (all languages); by
    # language de / en / fr / nl: is-request 88.0 / 83.3 / 100 / 80.0, exact rights 77.8 / 68.2 / 94.4 / 63.6,
    # e-mail 94.4 / 81.8 / 100 / 77.3. After a round of Dutch and English readings tuned on other sets
    # (failures not read): 88.2 %, 76.2 %, 87.5 %; is-request 88.0 / 86.7 / 100 / 80.0, exact rights
    # 83.3 / 68.2 / 94.4 / 63.6, e-mail 94.4 / 81.8 / 100 / 77.3. Received and language 100 %.
    "intake_blind6": {
        "is_dsar_accuracy": 0.80,  # below target (0.97): Dutch 80.0 %
        "rights_exact": 0.63,  # below target (0.90): Dutch 63.6 %
        "requester_email": 0.77,  # below target (0.98): Dutch 77.3 %
        "received": 1.00,
        "language": 1.00,
    },
    # Blind. First scoring (before a tuning round on other sets) and after it, the same: is-request 100 %, exact
    # rights 82.9 % (de 80.0 / en 87.0 / fr 83.3 / nl 80.8), requester e-mail 100 %, received and language 100 %.
    # Before and after the round on intake_tune9 (a second right needs a sentence that asks for it; rights kept in
    # reserve are mentions), failures not read: exact rights 82.9 % -> 89.0 % (de 93.3 / en 91.3 / fr 88.9 / nl 84.6).
    # Before and after the round that released intake_blind9 and intake_blind10 for tuning (failures not read): exact
    # rights 89.0 % -> 87.8 % (de 93.3 / en 91.3 / fr 88.9 / nl 84.6 -> 80.8): one Dutch mail lost, cause not looked for.
    # Before and after the round on intake_blind11 (failures not read): every figure unchanged.
    "intake_blind8": {
        "is_dsar_accuracy": 1.00,
        "rights_exact": 0.80,  # below target (0.90): Dutch 80.8 %, French 88.9 %
        "requester_email": 1.00,
        "received": 1.00,
        "language": 1.00,
    },
    # Blind until a round of its own: start, between the rounds on intake_tune9 and on another new set, and end
    # (failures never read): is-request 94.0 / 94.0 / 94.0 %, exact rights 82.4 / 85.1 / 86.5 % (end: de 80.0 / en 77.8 /
    # fr 94.7 / nl 90.9), requester e-mail and received 100 %, language 99.0 % throughout. Then released for tuning (its
    # failures read): is-request 94.0 -> 100 %, exact rights 86.5 -> 100 %; e-mail and received 100 %, language 99.0 %.
    "intake_blind9": {
        "is_dsar_accuracy": 1.00,
        "rights_exact": 1.00,
        "requester_email": 1.00,
        "received": 1.00,
        "language": 1.00,  # German 95.0 % (a bounce) until a bounce took its language from its report: 100 %
    },
    # Blind until a round of its own: start and end of a tuning round on intake_tune11 (failures never read):
    # is-request 95.0 / 95.0 %, exact rights 86.5 / 87.8 % (end: de 93.3 / en 78.9 / fr 100 / nl 81.8), requester e-mail
    # 97.3 %, received and language 100 % both times. Then released for tuning (its failures read): is-request 95.0 ->
    # 100 %, exact rights 87.8 -> 98.6 % (de 100 / en 94.7 / fr 100 / nl 100), requester e-mail 97.3 -> 100 %.
    "intake_blind10": {
        "is_dsar_accuracy": 1.00,
        "rights_exact": 0.90,  # target reached in every language (weakest: English 94.7 %)
        "requester_email": 1.00,
        "received": 1.00,
        "language": 1.00,
    },
}
FILES = {"intake_blind3": 120, "intake_blind4": 120, "intake_blind5": 120, "intake_blind6": 110,
         "intake_blind8": 110, "intake_blind9": 100, "intake_blind10": 100}


@pytest.fixture(scope="module", params=sorted(REACHED))
def blind(request):
    return request.param, intake_eval().evaluate(DATA / request.param).summary()


def test_the_blind_set_is_complete(blind):
    name, summary = blind
    assert summary["files"] == FILES[name] and set(summary["by_language"]) == {"nl", "en", "fr", "de"}
    assert not summary["errors"]


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_blind_set_in_each_language(blind, metric):
    name, summary = blind
    floor = REACHED[name][metric]
    for lang, figures in summary["by_language"].items():
        assert figures[metric] >= floor, f"{name}, {metric} in {lang}: {figures[metric]:.3f} < {floor}"


def test_pinned_figures_never_claim_more_than_the_targets():
    for reached in REACHED.values():
        assert set(reached) == set(TARGETS)
        assert all(reached[k] <= TARGETS[k] or reached[k] == 1.0 for k in reached)
