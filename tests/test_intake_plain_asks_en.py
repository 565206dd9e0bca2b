"""Plain English asks that point back: "would you mind taking that one down?" after the writer saw their picture
posted, "please fix asap" after the writer's record was said to be wrong, and "my mum wants a copy of all the info
you have on her" (her data, passed on; a copy of the family photos is more prints).

Every mail here is written for this test (none is copied from a mail set), each in more than one wording.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights


@pytest.mark.parametrize("text", [
    "Hi! I noticed that you put the photo of me and my sister at the beach on your Instagram last week. "
    "Would you mind taking that one down? Thanks!",
    "So I saw that you shared the portrait from our family session on your Facebook page yesterday. "
    "Would u mind taking that photo down? The rest is fine.",
])
def test_taking_that_one_down_after_a_post_is_a_withdrawal(text):
    assert detect_rights(text, "en").rights == ["withdraw_consent"]


@pytest.mark.parametrize("text", [
    "My profile on your booking site says I live in Utrecht. I moved to Delft two years ago! Please fix asap.",
    "Just saw that my client card lists my birthday as 3 May. It is 5 March. Please update asap, thanks.",
])
def test_a_bare_fix_after_a_wrong_record_is_a_rectification(text):
    assert detect_rights(text, "en").rights == ["rectification"]
    # a fix of something that is no record of the writer is none
    assert detect_rights("The gallery link does not open on my phone. Please fix asap.", "en").rights == []


@pytest.mark.parametrize("text", [
    "I'm writing on behalf of my mum, Joan Hart, she wants a copy of all the info you have on her.",
    "Writing for my dad. My dad would like a copy of the details you keep about him.",
])
def test_a_relative_who_wants_a_copy_of_her_data_asks_access(text):
    assert detect_rights(text, "en").rights == ["access"]
    # more prints for a relative are no access
    assert detect_rights("My mum wants a copy of our wedding photos too.", "en").rights == []
