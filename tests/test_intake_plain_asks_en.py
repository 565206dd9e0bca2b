"""Plain English asks that point back: "would you mind taking that one down?" after the writer saw their picture
posted, and "please fix asap" after the writer's record was said to be wrong.

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
