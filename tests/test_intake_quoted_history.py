"""What a mail quotes or passes on is read for what it is: a reminder above the writer's own earlier
request asks for that request's rights, in any quoting style.

Every mail here is written for this test (none is copied from a mail set), each reading in more than
one wording, quoting style or language, so a pass means the structure is read, not one phrase.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import parse_bytes
from studio_dsar.core.intake.text import quoted_reply


def _mail(sender: str, body: str, *, subject: str = "Re: my data") -> bytes:
    return (f"From: {sender}\r\nTo: Studio Licht <info@studio-licht.nl>\r\nSubject: {subject}\r\n"
            "Date: Tue, 17 Nov 2026 10:00:00 +0100\r\nMessage-ID: <q-1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


# --------------------------------------------------------------------------------------
# A reminder whose right is only in the writer's own quoted mail
# --------------------------------------------------------------------------------------

_REMINDERS = [
    # Gmail-style attribution and "> " lines, English
    ("Tom Baker <tom.baker@example.com>",
     "Hi, any news on this? It has been five weeks now.\n\nTom\n\n"
     "On Mon, 12 Oct 2026 at 10:00, Tom Baker <tom.baker@example.com> wrote:\n"
     "> Hello,\n> Please send me a copy of all personal data you hold about me.\n> Tom Baker\n",
     ["access"]),
    # Outlook reply block with "-----Original Message-----", no "> " at all, English
    ("Tom Baker <tom.baker@example.com>",
     "Hi, still no reply to my mail below. Please answer.\n\nTom\n\n"
     "-----Original Message-----\nFrom: Tom Baker <tom.baker@example.com>\nSent: 12 October 2026 10:00\n"
     "To: info@studio-licht.nl\nSubject: my photos\n\n"
     "Please delete all photos of me and my personal details from your systems.\n",
     ["erasure"]),
    # a bare Outlook header block (Van:/Verzonden:), Dutch
    ("Ineke Bos <ineke.bos@example.nl>",
     "Goedemiddag,\n\nIk heb hier nog steeds niets op gehoord. Kunt u reageren?\n\nIneke\n\n"
     "Van: Ineke Bos <ineke.bos@example.nl>\nVerzonden: maandag 5 oktober 2026 09:12\nAan: info@studio-licht.nl\n"
     "Onderwerp: gegevens\n\nBeste studio,\n\nWilt u al mijn foto's en al mijn gegevens "
     "wissen?\n\nIneke Bos\n",
     ["erasure"]),
]


@pytest.mark.parametrize(("sender", "body", "rights"), _REMINDERS)
def test_a_reminder_asks_for_the_right_of_the_writers_own_quoted_mail(sender, body, rights):
    rec = parse_bytes(_mail(sender, body), "r.eml")
    assert rec.is_dsar and rec.follow_up
    assert rec.rights == rights
    assert rec.evidence[rights[0]]  # the quoted sentence is shown as the evidence


def test_quoted_reply_reads_each_quoting_style():
    gmail = quoted_reply("Hi\n\nOn Mon, 12 Oct 2026, A <a@x.org> wrote:\n> one\n> two\n")
    outlook = quoted_reply("Hi\n\n-----Original Message-----\nFrom: A <a@x.org>\nSent: today\n\none\ntwo\n")
    assert gmail is not None and "a@x.org" in gmail[0] and [ln.strip() for ln in gmail[1]] == ["one", "two"]
    assert outlook is not None and "a@x.org" in outlook[0] and [ln.strip() for ln in outlook[1] if ln.strip()] == ["one", "two"]
    assert quoted_reply("Hi, no history here.\n") is None
