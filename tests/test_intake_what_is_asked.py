"""What a mail asks for, read from general shapes rather than one mail's phrasing: rights a letter says it leaves
out of the request, an objection to a deletion (a wish to keep), questions about what could be done later, a
statement that data is correct, and a hold asked for while an objection is answered.

Every mail and sentence here is written for this test (none is copied from a mail set).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights


@pytest.mark.parametrize("text,language", [
    ("Je vous demande de me transmettre une copie de mes données. Les droits d'effacement (article 17) et "
     "d'opposition (article 21) ne font pas l'objet de la présente demande.", "fr"),
    ("Please send me a copy of my data. Erasure (Art. 17 GDPR) and the right to object are not part of this request.", "en"),
    ("Graag een kopie van mijn gegevens. Het recht op wissing en bezwaar maken geen deel uit van dit verzoek.", "nl"),
])
def test_rights_left_out_of_the_request_are_not_asked(text, language):
    assert detect_rights(text, language).rights == ["access"]
