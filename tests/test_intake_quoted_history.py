"""What a mail quotes or passes on is read for what it is: a reminder above the writer's own earlier
request asks for that request's rights, in any quoting style; a forwarded mailing is no one's request, and an
out-of-office notice is an auto-reply though its headers say nothing.

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


# --------------------------------------------------------------------------------------
# A mailing or an out-of-office notice whose headers say nothing
# --------------------------------------------------------------------------------------

_FORWARDED_MAILINGS = [
    # Gmail forward of the studio's own newsletter, English; its offers read like requests
    ("Fwd: November news", "Thought you might like this!\n\n---------- Forwarded message ---------\n"
     "From: Studio Licht <news@studio-licht.nl>\nDate: Mon, 9 Nov 2026\nSubject: November news\nTo: anna@example.com\n\n"
     "Hi Anna,\n\nOur Christmas mini sessions are open! Want a copy of your photos on canvas? Ask us.\n"
     "You can ask us to delete your data at any time.\nTo stop receiving this newsletter, reply STOP.\n"),
    # Outlook forward of a Dutch newsletter with an unsubscribe line
    ("Doorst: Nieuwsbrief december", "Leuk!\n\n-----Oorspronkelijk bericht-----\nVan: Studio Licht <nieuws@studio-licht.nl>\n"
     "Verzonden: dinsdag 1 december 2026 09:00\nOnderwerp: Nieuwsbrief december\n\nBeste klant,\n\n"
     "Vraag nu een gratis kopie van je favoriete foto aan! Wil je je gegevens laten verwijderen, stuur ons een mail.\n"
     "Afmelden voor deze nieuwsbrief\n"),
    # Apple Mail forward of a French mailing
    ("Fwd: Offre d'hiver", "Pour info.\n\nBegin forwarded message:\n\nFrom: Labo Photo <offres@labo-photo.example>\n"
     "Subject: Offre d'hiver\nDate: 1 December 2026\n\nDemandez une copie de vos photos préférées sur toile ! "
     "Vous pouvez demander la suppression de vos données.\nCliquez ici pour vous désinscrire.\n"),
]


@pytest.mark.parametrize(("subject", "body"), _FORWARDED_MAILINGS)
def test_a_forwarded_mailing_is_no_request(subject, body):
    rec = parse_bytes(_mail("Anna Smit <anna@example.com>", body, subject=subject), "f.eml")
    assert not rec.is_dsar and rec.rights == []


def test_the_note_above_a_forwarded_mailing_is_still_read():
    body = ("I keep getting this. Please delete all my personal data from your systems.\n\nAnna\n\n"
            "---------- Forwarded message ---------\nFrom: Studio Licht <news@studio-licht.nl>\nDate: Mon, 9 Nov 2026\n"
            "Subject: November news\n\nWant a copy of your photos on canvas? Ask us.\n"
            "Unsubscribe | Update your preferences\n")
    rec = parse_bytes(_mail("Anna Smit <anna@example.com>", body, subject="Fwd: November news"), "f.eml")
    assert rec.is_dsar and rec.rights == ["erasure"] and rec.requester_email == "anna@example.com"


_AWAY = [
    "Hi, I am on holiday until 30 November and will read your email when I return. For urgent matters about "
    "my data or my account please call the office. Please delete this mail if it was not for me.",
    "Goedendag, ik ben tot en met 4 december afwezig en heb geen toegang tot mijn mail. Uw bericht wordt niet "
    "doorgestuurd. Wilt u uw gegevens laten wijzigen, mail dan naar info@example.nl.",
    "Bonjour, je suis absente jusqu'au 2 décembre. Je lirai votre message à mon retour. Pour toute demande "
    "d'effacement, écrivez à contact@example.fr.",
]


@pytest.mark.parametrize("body", _AWAY)
def test_an_out_of_office_notice_in_the_body_is_an_auto_reply(body):
    rec = parse_bytes(_mail("Mark Jansen <mark@example.com>", body, subject="Re: photos"), "a.eml")
    assert not rec.is_dsar and "auto_reply" in rec.flags
    # a writer who only mentions a holiday still asks
    own = parse_bytes(_mail("Mark Jansen <mark@example.com>", "I am on holiday until Monday, but please delete all "
                            "my photos from your archive now.", subject="photos"), "b.eml")
    assert own.is_dsar and own.rights == ["erasure"]
