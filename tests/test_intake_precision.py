"""Rights read only where a sentence asks for them: what a switch-off, a take-down or a request names decides which
right it is, and a right is not read a second time from the words of the first.

Every mail and sentence here is written for this test (none is copied from a mail set). Each case fails without
the rule it names.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the processing objected to is switched off: no account held back, so no restriction beside the objection
    ("Bonjour,\n\nJe m'oppose au profilage qui en découle : merci de désactiver l'analyse de mes photos.\n\nMarc",
     "fr", ["objection"]),
    ("Bonjour,\n\nJe m'oppose au profilage publicitaire et merci de désactiver l'analyse de mon visage.\n\nRuth",
     "fr", ["objection"]),
    # an account switched off and erased is still only the erasure (the older rule, kept)
    ("Hallo,\n\nZet mijn account op non-actief en verwijder daarna mijn profiel.\n\nTom", "nl", ["erasure"]),
])
def test_a_processing_switched_off_beside_its_objection_is_the_objection(text, lang, want):
    assert detect_rights(text, lang).rights == want
