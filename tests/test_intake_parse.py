"""Intake parsing: who the requester is, when the mail arrived, what is attached.

Every fixture is a small mail written out here, so each test shows the exact input it is
about. Nothing from ../shared is needed.
"""

from __future__ import annotations

import io
import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from studio_dsar.core.errors import InputError
from studio_dsar.core.intake import parse_bytes, parse_file


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_DSAR_HOME", str(tmp_path / "home"))


def eml(headers: str, body: str = "", *, crlf: bool = False) -> bytes:
    """A raw mail from header lines and a body (plain text, utf-8 unless the headers say otherwise)."""
    head = headers.strip("\n")
    if "content-type:" not in head.lower():
        head += '\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit'
    text = head + "\n\n" + body
    if crlf:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


ERASE_NL = "Hallo,\n\nKunnen jullie al mijn gegevens verwijderen?\n\nGroeten,\nAnna\n"


# --------------------------------------------------------------------------------------
# Requester: From, Reply-To, RFC 2047, odd address forms
# --------------------------------------------------------------------------------------

def test_plain_request_from_header():
    rec = parse_bytes(eml("From: Anna de Wit <anna@example.nl>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\n"
                          "Subject: Verwijderen\nMessage-ID: <a1@example.nl>", ERASE_NL), "a.eml")
    assert rec.is_dsar and rec.rights == ["erasure"]
    assert (rec.requester_name, rec.requester_email) == ("Anna de Wit", "anna@example.nl")
    assert rec.language == "nl"
    assert rec.channel == "email"


def test_reply_to_differing_from_from_is_the_requester():
    rec = parse_bytes(eml("From: Febe Willems <febe.willems@werk.example>\nReply-To: febe@prive.example\n"
                          "Date: Tue, 5 Mar 2024 10:00:00 +0100\nSubject: Bezwaar",
                          "Ik maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing.\n"), "r.eml")
    assert rec.requester_email == "febe@prive.example"
    assert rec.requester_name == "Febe Willems"
    assert "reply_to_used" in rec.flags


def test_reply_to_equal_to_from_changes_nothing():
    rec = parse_bytes(eml("From: Anna <Anna@Example.nl>\nReply-To: anna@example.nl\n"
                          "Date: Tue, 5 Mar 2024 10:00:00 +0100", ERASE_NL), "r.eml")
    assert rec.requester_email == "Anna@Example.nl"
    assert "reply_to_used" not in rec.flags


@pytest.mark.parametrize("header, name", [
    ("=?utf-8?b?w5Z6bGVtIFnEsWxtYXo=?= <oz@example.com>", "Özlem Yılmaz"),
    ("=?utf-8?q?No=C3=ABlle_Van_den_Broeck?= <nv@example.be>", "Noëlle Van den Broeck"),
    ("=?iso-8859-1?q?In=E8s_Dubois?= <ines@example.be>", "Inès Dubois"),
    ('"De Smet, Pieter-Jan" <pj@example.be>', "De Smet, Pieter-Jan"),
])
def test_rfc2047_and_quoted_display_names(header, name):
    rec = parse_bytes(eml(f"From: {header}\nDate: Tue, 5 Mar 2024 10:00:00 +0100", ERASE_NL), "n.eml")
    assert rec.requester_name == name


def test_display_name_that_is_an_address_is_not_a_name():
    rec = parse_bytes(eml("From: alice@example.com <bob@example.com>\nDate: Mon, 01 Jan 2024 12:00:00 +0000",
                          "Please delete all my personal data.\n"), "x.eml")
    assert rec.requester_email == "bob@example.com"
    assert rec.requester_name is None


def test_old_style_comment_name():
    rec = parse_bytes(eml("From: jan@example.org (Jan Peeters)\nDate: Mon, 01 Jan 2024 12:00:00 +0000",
                          "Please delete all my personal data.\n"), "x.eml")
    assert (rec.requester_name, rec.requester_email) == ("Jan Peeters", "jan@example.org")


def test_bare_address_without_any_name():
    rec = parse_bytes(eml("From: wv@example.com\nDate: Mon, 01 Jan 2024 12:00:00 +0000\nSubject: Delete my data",
                          "Remove me from all your records pls.\n"), "x.eml")
    assert rec.requester_email == "wv@example.com"
    assert rec.requester_name is None


def test_name_from_signature_when_header_has_none():
    rec = parse_bytes(eml("From: kv@example.nl\nDate: Mon, 01 Jan 2024 12:00:00 +0000",
                          "Graag al mijn gegevens wissen.\n\nMet vriendelijke groet,\nKees Vermeulen\n"), "x.eml")
    assert rec.requester_name == "Kees Vermeulen"


def test_two_from_headers_take_the_first():
    rec = parse_bytes(eml("From: First <first@example.com>\nDate: Mon, 01 Jan 2024 12:00:00 +0000\n"
                          "From: Second <second@example.com>", "Please delete all my personal data.\n"), "x.eml")
    assert rec.requester_email == "first@example.com"


def test_new_address_inside_a_rectification_is_not_the_requester():
    body = ("Beste,\n\nMijn e-mailadres is gewijzigd. Willen jullie voortaan nieuw.adres@example.nl gebruiken "
            "in plaats van het oude adres?\n\nGroet,\nBram\n")
    rec = parse_bytes(eml("From: Bram van der Meer <bram@oud.example>\nDate: Mon, 01 Jan 2024 12:00:00 +0000",
                          body), "x.eml")
    assert rec.rights == ["rectification"]
    assert rec.requester_email == "bram@oud.example"


# --------------------------------------------------------------------------------------
# Forwards and contact forms
# --------------------------------------------------------------------------------------

GMAIL_FWD = """FYI, came in on the general inbox.

---------- Forwarded message ---------
From: Sanne Hendriks <sanne.h@example.com>
Date: Mon, Jun 10, 2024 at 11:53
Subject: Mijn gegevens
To: <info@studio.example>

Hoi,

Ik wil graag een kopie van alle persoonsgegevens die jullie van mij hebben.

Groetjes,
Sanne Hendriks
"""


def test_gmail_forward_requester_is_the_original_sender():
    rec = parse_bytes(eml("From: Colleague <colleague@studio.example>\nDate: Tue, 11 Jun 2024 21:53:22 +0200\n"
                          "Subject: Fwd: Mijn gegevens", GMAIL_FWD), "f.eml")
    assert rec.requester_email == "sanne.h@example.com"
    assert rec.requester_name == "Sanne Hendriks"
    assert rec.rights == ["access"]
    assert rec.language == "nl"  # the English forward note does not count
    assert rec.received == "2024-06-11T21:53:22+02:00"  # the outer Date, not the forwarded one
    assert "forwarded" in rec.flags


def test_gmail_forward_with_dutch_van_header():
    body = GMAIL_FWD.replace("From: Sanne", "Van: Sanne")
    rec = parse_bytes(eml("From: Colleague <colleague@studio.example>\nDate: Tue, 11 Jun 2024 21:53:22 +0200\n"
                          "Subject: Fwd: Mijn gegevens", body), "f.eml")
    assert rec.requester_email == "sanne.h@example.com"


def test_outlook_dutch_forward():
    body = """Doorgestuurd vanuit de algemene inbox.

-------- Doorgestuurd bericht --------
Onderwerp: \tAanpassing van mijn gegevens
Datum: \tma 26 feb 2024 om 15:04
Van: \tInès Dubois <ines.d@example.com>
Aan: \tinfo@studio.example

Mijn naam staat verkeerd gespeld op jullie website. Graag aanpassen naar Inès.

Vriendelijke groeten,
Inès
"""
    rec = parse_bytes(eml("From: Colleague <colleague@studio.example>\nDate: Mon, 26 Feb 2024 20:04:20 +0100\n"
                          "Subject: Doorst: Aanpassing van mijn gegevens", body), "f.eml")
    assert (rec.requester_name, rec.requester_email) == ("Inès Dubois", "ines.d@example.com")
    assert rec.rights == ["rectification"]


def test_forward_as_attachment_message_rfc822():
    inner = EmailMessage()
    inner["From"] = "Jeroen Bakker <jeroen@example.com>"
    inner["To"] = "info@studio.example"
    inner["Subject"] = "Transfer my data"
    inner["Date"] = "Sun, 28 Sep 2025 10:00:00 -0700"
    inner.set_content("Dear studio,\n\nPlease transfer my data to another photographer in a "
                      "machine-readable format.\n\nRegards,\nJeroen Bakker\n")
    outer = EmailMessage()
    outer["From"] = "Colleague <colleague@studio.example>"
    outer["To"] = "privacy@studio.example"
    outer["Subject"] = "Fwd: Transfer my data"
    outer["Date"] = "Mon, 29 Sep 2025 14:06:31 -0700"
    outer["Message-ID"] = "<fwd1@studio.example>"
    outer.set_content("See below, can you handle this one?\n")
    outer.add_attachment(inner, filename="Transfer my data.eml")
    rec = parse_bytes(outer.as_bytes(), "fa.eml")
    assert rec.requester_email == "jeroen@example.com"
    assert rec.rights == ["portability"]
    assert rec.received == "2025-09-29T14:06:31-07:00"
    assert [(a.filename, a.content_type, a.is_id_document) for a in rec.attachments] == [
        ("Transfer my data.eml", "message/rfc822", False)]
    assert rec.attachments[0].size > 0


CONTACT_FORM = """Er is een nieuw bericht verstuurd via het contactformulier op je website.

Naam: Lieke Jansen
E-mailadres: lieke@example.nl
Telefoon:
Onderwerp: Privacy
Bericht:
Graag mijn gegevens wissen, bedankt.

--
Deze e-mail is verzonden via het contactformulier op Studio (https://www.studio.example)
"""


def test_contact_form_requester_is_the_person_in_the_form():
    rec = parse_bytes(eml("From: Studio Website <noreply@studio.example>\nDate: Sat, 12 Jul 2025 14:37:06 +0200\n"
                          "Subject: Nieuw bericht via contactformulier", CONTACT_FORM), "c.eml")
    assert (rec.requester_name, rec.requester_email) == ("Lieke Jansen", "lieke@example.nl")
    assert rec.rights == ["erasure"]
    assert rec.channel == "contact_form"


def test_contact_form_english_labels_and_reply_to():
    body = ("You have a new submission from the contact form.\n\nYour name: Kobe Van Damme\n"
            "Your email: kobe@example.be\nPhone: \nSubject: Consent\nYour message:\n"
            "Please take my photo off your Instagram.\n\n--\nThis e-mail was sent from a contact form\n")
    rec = parse_bytes(eml("From: WordPress <noreply@studio.example>\nReply-To: kobe@example.be\n"
                          "Date: Sat, 20 Jan 2024 20:27:28 +0100\nSubject: [Studio] New contact form submission",
                          body), "c.eml")
    assert (rec.requester_name, rec.requester_email) == ("Kobe Van Damme", "kobe@example.be")
    assert rec.rights == ["withdraw_consent"]
    assert rec.language == "en"


def test_form_labels_are_not_classified():
    # "Onderwerp: Verwijderen" is a label + the visitor's subject; the message itself asks for a booking
    body = ("Naam: Tom\nE-mail: tom@example.nl\nOnderwerp: Boeking\nBericht:\n"
            "Hebben jullie nog plek voor een gezinsshoot in juni?\n")
    rec = parse_bytes(eml("From: Website <noreply@studio.example>\nDate: Sat, 12 Jul 2025 14:37:06 +0200\n"
                          "Subject: Nieuw bericht via contactformulier", body), "c.eml")
    assert rec.is_dsar is False
    assert rec.requester_email is None and rec.sender_email == "tom@example.nl"


# --------------------------------------------------------------------------------------
# Quoted history, auto-replies, newsletters
# --------------------------------------------------------------------------------------

def test_quoted_studio_history_is_ignored():
    body = ("Great, we'll be there at 10. See you Saturday!\n\nPriya\n\n"
            "On Fri, 9 Feb 2024 at 05:50, Studio <info@studio.example> wrote:\n"
            "> If you ever want us to delete your data or photos, or want a copy of what we keep,\n"
            "> just e-mail privacy@studio.example.\n")
    rec = parse_bytes(eml("From: Priya <priya@example.com>\nDate: Tue, 20 Feb 2024 05:50:31 +0100\n"
                          "Subject: Re: Your photos are ready!", body), "q.eml")
    assert rec.is_dsar is False and rec.rights == []
    assert rec.requester_name is None and rec.requester_email is None


def test_dutch_attribution_line_and_request_above_it():
    body = ("Ik trek mijn toestemming in voor het gebruik van mijn foto's.\n\nGroet,\nDaan\n\n"
            "Op vr 9 feb 2024 om 05:50 schreef Studio <info@studio.example>:\n"
            "> Wil je een kopie van je gegevens? Laat het ons weten.\n")
    rec = parse_bytes(eml("From: Daan Mulder <daan@example.nl>\nDate: Tue, 20 Feb 2024 05:50:31 +0100\n"
                          "Subject: Re: Jullie foto's", body), "q.eml")
    assert rec.rights == ["withdraw_consent"]


def test_html_blockquote_history_is_ignored():
    html = ("<html><body><p>Thanks, see you then!</p><blockquote>Should you want us to delete your data, "
            "just ask.</blockquote></body></html>")
    raw = ("From: P <p@example.com>\nDate: Tue, 20 Feb 2024 05:50:31 +0100\nSubject: Re: booking\n"
           "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html).encode()
    rec = parse_bytes(raw, "h.eml")
    assert rec.is_dsar is False


def test_html_only_request_is_read():
    html = "<html><body><p>Hallo,</p><p>Wis&nbsp;alstublieft al mijn gegevens.</p></body></html>"
    raw = ("From: C <c@example.be>\nDate: Tue, 20 Feb 2024 05:50:31 +0100\nSubject: x\n"
           "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html).encode()
    assert parse_bytes(raw, "h.eml").rights == ["erasure"]


def test_out_of_office_is_not_a_request_even_with_privacy_words():
    rec = parse_bytes(eml("From: A <a@example.nl>\nDate: Fri, 1 Mar 2024 22:02:38 +0100\n"
                          "Subject: Automatisch antwoord: Verwijder mijn gegevens\nAuto-Submitted: auto-replied",
                          "Ik ben afwezig. Voor het verwijderen van gegevens: mail privacy@example.nl.\n"), "o.eml")
    assert rec.is_dsar is False
    assert "auto_reply" in rec.flags


def test_newsletter_with_unsubscribe_footer_is_not_a_request():
    rec = parse_bytes(eml("From: Leverancier <news@supplier.example>\nDate: Fri, 1 Mar 2024 22:02:38 +0100\n"
                          "Subject: Nieuw in maart\nList-Unsubscribe: <https://supplier.example/u>",
                          "Nieuwe lenzen!\n\nWil je deze mails niet meer ontvangen? Meld je hier af.\n"), "n.eml")
    assert rec.is_dsar is False
    assert "bulk" in rec.flags


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("header, iso", [
    ("Tue, 5 Mar 2024 16:07:28 +0100", "2024-03-05T16:07:28+01:00"),
    ("Sat, 5 Oct 2024 07:35:24 +1000", "2024-10-05T07:35:24+10:00"),
    ("Sun, 10 Mar 2024 18:48:59 +0530", "2024-03-10T18:48:59+05:30"),
    ("Thu, 29 Feb 2024 07:38:20 -0500", "2024-02-29T07:38:20-05:00"),
    ("12 Feb 2024 07:50:44 GMT", "2024-02-12T07:50:44+00:00"),
    ("Wed, 24 Apr 2019 10:05:02 +0200 (CEST)", "2019-04-24T10:05:02+02:00"),
    ("Mon, 4 Mar 2024 16:07:28 CET", "2024-03-04T16:07:28+01:00"),
])
def test_date_keeps_its_own_offset(header, iso):
    rec = parse_bytes(eml(f"From: a@example.nl\nDate: {header}", ERASE_NL), "d.eml")
    assert rec.received == iso
    assert rec.received_fallback is None
    assert not {"date_missing", "date_unparseable"} & set(rec.flags)


def test_missing_date_is_flagged_with_file_time_fallback(tmp_path):
    path = tmp_path / "nodate.eml"
    path.write_bytes(eml("From: a@example.nl\nSubject: x", ERASE_NL))
    os.utime(path, (1_700_000_000, 1_700_000_000))
    rec = parse_file(path)
    assert rec.received is None
    assert "date_missing" in rec.flags
    assert rec.received_fallback is not None and rec.received_fallback.startswith("2023-11-1")
    assert rec.to_json()["received"] is None


@pytest.mark.parametrize("header", ["Mon, 32 Mar 2024 14:22:10 +0100", "Thu, 4 Jul 2024 27:39:33 +0200",
                                    "gisteren rond de middag", "Fri, 31 Feb 2024 10:00:00 +0100"])
def test_malformed_date_is_flagged(header, tmp_path):
    path = tmp_path / "bad.eml"
    path.write_bytes(eml(f"From: a@example.nl\nDate: {header}", ERASE_NL))
    rec = parse_file(path)
    assert rec.received is None
    assert "date_unparseable" in rec.flags
    assert rec.received_fallback is not None


# --------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------

def _image(size: tuple[int, int], fmt: str = "JPEG") -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, (200, 180, 160)).save(buf, fmt)
    return buf.getvalue()


def test_attachment_metadata_and_id_heuristics():
    msg = EmailMessage()
    msg["From"] = "Olivia <olivia@example.com>"
    msg["Date"] = "Mon, 26 Feb 2024 10:18:06 +0100"
    msg["Subject"] = "Erasure request"
    msg.set_content("Please delete all my personal data. My ID is attached.\n")
    msg.add_attachment(_image((460, 290)), maintype="image", subtype="jpeg", filename="IMG_20240305_1234.jpg")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="paspoort.pdf")
    msg.add_attachment(_image((420, 280), "PNG"), maintype="image", subtype="png", filename="screenshot_portfolio.png")
    msg.add_attachment(b"\x00\x00\x00\x18ftypheic", maintype="application", subtype="octet-stream",
                       filename="IMG_5899.HEIC")
    msg.add_attachment(_image((120, 36), "PNG"), maintype="image", subtype="png", filename="image002.png")
    rec = parse_bytes(msg.as_bytes(), "att.eml")
    got = [(a.filename, a.content_type, a.is_id_document) for a in rec.attachments]
    assert got == [
        # the mail says an ID is attached, and paspoort.pdf is it: a plain picture beside it is not
        ("IMG_20240305_1234.jpg", "image/jpeg", False),
        ("paspoort.pdf", "application/pdf", True),  # the name says so
        ("screenshot_portfolio.png", "image/png", False),
        ("IMG_5899.HEIC", "application/octet-stream", True),  # as declared; a phone photo of the card
        ("image002.png", "image/png", False),  # a signature logo
    ]
    assert rec.attachments[1].size == len(b"%PDF-1.4 fake")
    assert "id_document_attached" in rec.flags


def test_inline_image_with_content_id_is_listed():
    msg = EmailMessage()
    msg["From"] = "Wout <wout@example.be>"
    msg["Date"] = "Fri, 11 Apr 2025 11:16:44 +0200"
    msg["Subject"] = "Foto van de website"
    msg.set_content("Haal mijn foto van jullie website aub.\n")
    msg.add_alternative("<p>Haal mijn foto van jullie website aub.</p><img src='cid:id1'>", subtype="html")
    html_part = msg.get_payload()[1]
    html_part.add_related(_image((430, 294)), maintype="image", subtype="jpeg", cid="<id1>",
                          filename="image001.jpg", disposition="inline")
    rec = parse_bytes(msg.as_bytes(), "inline.eml")
    assert [(a.filename, a.content_type) for a in rec.attachments] == [("image001.jpg", "image/jpeg")]
    assert rec.attachments[0].inline is True
    assert rec.rights == ["withdraw_consent"]


def test_attachment_contents_never_reach_the_record():
    msg = EmailMessage()
    msg["From"] = "a@example.nl"
    msg["Date"] = "Fri, 11 Apr 2025 11:16:44 +0200"
    msg.set_content("Graag al mijn gegevens wissen.\n")
    secret = b"SPECIMEN-DOCUMENT-NUMBER-XY123456"
    msg.add_attachment(secret, maintype="application", subtype="pdf", filename="id.pdf")
    rec = parse_bytes(msg.as_bytes(), "s.eml")
    import json

    assert b"XY123456" not in json.dumps(rec.to_json()).encode()
    assert not hasattr(rec.attachments[0], "data")


# --------------------------------------------------------------------------------------
# Dedup keys, broken input, .msg
# --------------------------------------------------------------------------------------

def test_dedup_key_is_message_id_else_content_hash():
    with_id = eml("From: a@example.nl\nMessage-ID: <abc@example.nl>\nDate: Mon, 01 Jan 2024 12:00:00 +0000", ERASE_NL)
    assert parse_bytes(with_id, "x.eml").source_key == "message-id:abc@example.nl"
    without = eml("From: a@example.nl\nDate: Mon, 01 Jan 2024 12:00:00 +0000", ERASE_NL)
    k1 = parse_bytes(without, "x.eml").source_key
    assert k1.startswith("sha256:") and k1 == parse_bytes(without, "other-name.eml").source_key
    assert k1 != parse_bytes(without + b"\n", "x.eml").source_key


def test_crlf_and_folded_headers():
    raw = eml("From: Anna de Wit\n <anna@example.nl>\nDate: Tue, 5 Mar 2024\n 10:00:00 +0100\nSubject: x", ERASE_NL,
              crlf=True)
    rec = parse_bytes(raw, "crlf.eml")
    assert rec.requester_email == "anna@example.nl"
    assert rec.received == "2024-03-05T10:00:00+01:00"
    assert rec.rights == ["erasure"]


def test_windows_1252_and_unknown_charsets():
    body = "Graag al mijn gegevens wissen, ook van mijn caf\xe9.\n".encode("cp1252")
    raw = (b"From: a@example.nl\nDate: Mon, 01 Jan 2024 12:00:00 +0000\nMIME-Version: 1.0\n"
           b"Content-Type: text/plain; charset=windows-1252\n\n" + body)
    assert parse_bytes(raw, "w.eml").rights == ["erasure"]
    raw = raw.replace(b"windows-1252", b"x-no-such-charset")
    assert parse_bytes(raw, "w.eml").rights == ["erasure"]


@pytest.mark.parametrize("data", [
    b"",
    b"   \n\n",
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"just some words without any header at all",
])
def test_not_a_mail_gives_a_clear_input_error(data):
    with pytest.raises(InputError) as exc:
        parse_bytes(data, "broken.eml")
    assert "broken.eml" in str(exc.value)


def test_truncated_multipart_does_not_crash():
    raw = (b"From: a@example.nl\nDate: Mon, 01 Jan 2024 12:00:00 +0000\nMIME-Version: 1.0\n"
           b'Content-Type: multipart/mixed; boundary="XX"\n\n--XX\nContent-Type: text/plain\n\n'
           b"Please delete all my personal data.\n--XX\nContent-Type: image/jpeg; name=\"id.jpg\"\n"
           b"Content-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABA")
    rec = parse_bytes(raw, "t.eml")
    assert rec.rights == ["erasure"]
    assert [a.filename for a in rec.attachments] == ["id.jpg"]


def test_missing_file_gives_input_error(tmp_path):
    with pytest.raises(InputError):
        parse_file(tmp_path / "nope.eml")


def test_msg_extension_without_outlook_content_is_refused():
    with pytest.raises(InputError) as exc:
        parse_bytes(b"definitely not an OLE file", "mail.msg")
    assert "mail.msg" in str(exc.value)


def test_outlook_item_that_is_not_a_mail_is_refused(monkeypatch):
    import extract_msg

    class FakeContact:
        classType = "IPM.Contact"

        def __init__(self, *a, **kw):
            pass

        def close(self):
            pass

    monkeypatch.setattr(extract_msg, "MSGFile", FakeContact)
    from studio_dsar.core.intake.msg import OLE_MAGIC

    with pytest.raises(InputError) as exc:
        parse_bytes(OLE_MAGIC + b"\x00" * 1024, "card.msg")
    assert "card.msg" in str(exc.value)


def test_error_messages_are_translated():
    from studio_dsar.core import i18n

    i18n.set_language("en")
    with pytest.raises(InputError) as en:
        parse_bytes(b"", "x.eml")
    assert str(en.value) == "“x.eml” is empty."


def test_a_sentence_starting_with_op_is_not_taken_for_an_attribution_line():
    body = "Op jullie website heeft nog steeds mijn foto gestaan.\nHaal die foto van jullie website aub.\n\nJan\n"
    rec = parse_bytes(eml("From: Jan <jan@example.nl>\nDate: Mon, 01 Jan 2024 12:00:00 +0000", body), "op.eml")
    assert rec.rights == ["withdraw_consent"]


def test_gmail_attribution_wrapped_over_two_lines():
    body = ("Bedankt, tot zaterdag!\n\nOn Fri, 9 Feb 2024 at 05:50, Studio Lichtval <\ninfo@studio.example> wrote:\n"
            "> Wil je dat we je gegevens verwijderen? Laat het weten.\n")
    rec = parse_bytes(eml("From: P <p@example.com>\nDate: Mon, 01 Jan 2024 12:00:00 +0000\nSubject: Re: shoot",
                          body), "w.eml")
    assert rec.is_dsar is False


def test_outlook_mail_is_read_through_its_transport_headers(monkeypatch):
    """The .msg path end to end, with extract-msg replaced by a stand-in of the same shape."""
    import extract_msg

    class Probe:
        classType = "IPM.Note"

        def __init__(self, *a, **kw):
            pass

        def close(self):
            pass

    class Att:
        longFilename = "paspoort.jpg"
        mimetype = "image/jpeg"
        data = b"\xff\xd8\xff fake jpeg"
        contentId = None

    class Note(Probe):
        headerText = ("From: Anna de Wit <anna@example.nl>\nReply-To: anna.prive@example.nl\n"
                      "Date: Tue, 5 Mar 2024 16:07:28 +0100\nSubject: Inzage\nMessage-ID: <msg-1@example.nl>\n")
        sender = "Anna de Wit <anna@example.nl>"
        subject = "Inzage"
        body = "Beste,\r\n\r\nIk wil graag inzage in mijn persoonsgegevens.\r\n\r\nAnna"
        htmlBody = None
        attachments = [Att()]

    monkeypatch.setattr(extract_msg, "MSGFile", Probe)
    monkeypatch.setattr(extract_msg, "openMsg", lambda data, **kw: Note())
    from studio_dsar.core.intake.msg import OLE_MAGIC

    rec = parse_bytes(OLE_MAGIC + b"\x00" * 1024, "inzage.msg")
    assert rec.rights == ["access"]
    assert rec.requester_email == "anna.prive@example.nl"
    assert rec.received == "2024-03-05T16:07:28+01:00"
    assert rec.source_key == "message-id:msg-1@example.nl"
    assert [(a.filename, a.content_type, a.is_id_document, a.size) for a in rec.attachments] == [
        ("paspoort.jpg", "image/jpeg", True, len(Att.data))]


def test_contact_form_with_other_plugin_labels():
    body = ("Nieuwe inzending van het formulier 'Contact'\n\nVoornaam: Lieke\nAchternaam: Jansen\n"
            "Uw e-mailadres*: lieke.j@example.nl\nVraag/opmerking: Graag al mijn gegevens wissen.\n\n"
            "--\nVerzonden via het formulier op studio.example\n")
    rec = parse_bytes(eml("From: Studio <wordpress@studio.example>\nDate: Sat, 12 Jul 2025 14:37:06 +0200\n"
                          "Subject: Nieuwe inzending", body), "c.eml")
    assert (rec.requester_name, rec.requester_email) == ("Lieke Jansen", "lieke.j@example.nl")
    assert rec.rights == ["erasure"]


@pytest.mark.parametrize("subject, body, who", [
    ("Fwd: Foto's", "Zie hieronder.\n\nBegin forwarded message:\n\nFrom: Jan Peeters <jan@example.be>\n"
     "Subject: Foto's\nDate: 3 March 2024 at 10:00:00 CET\nTo: info@studio.example\n\n"
     "Haal mijn foto's van jullie Instagram aub.\n\nJan", ("Jan Peeters", "jan@example.be")),
    ("FW: Data request", "Can you handle this?\n\n________________________________\n"
     "From: Mary Jones <mary@example.co.uk>\nSent: Monday, March 4, 2024 10:00 AM\nTo: info@studio.example\n"
     "Subject: Data request\n\nPlease send me a copy of all personal data you hold about me.\n\nMary",
     ("Mary Jones", "mary@example.co.uk")),
    ("Fwd: uitschrijven", "---------- Forwarded message ---------\nFrom: *Kees de Boer* <kees@example.nl>\n"
     "Date: ma 4 mrt 2024\nSubject: uitschrijven\nTo: <info@studio.example>\n\n"
     "Graag uitschrijven voor de nieuwsbrief.\n", ("Kees de Boer", "kees@example.nl")),
])
def test_apple_outlook_and_html_gmail_forwards(subject, body, who):
    rec = parse_bytes(eml(f"From: Colleague <c@studio.example>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\n"
                          f"Subject: {subject}", body), "f.eml")
    assert (rec.requester_name, rec.requester_email) == who
    assert rec.is_dsar and "forwarded" in rec.flags


def _font(size: int):
    from PIL import ImageFont

    import studio_dsar

    return ImageFont.truetype(str(Path(studio_dsar.__file__).parent / "resources" / "fonts" / "NotoSans-Bold.ttf"), size)


def _card_photo(lines: list[str], *, portrait: bool = True, size: tuple[int, int] = (1600, 1200),
                tilt: float = 7.0, ratio: float = 1.586) -> bytes:
    """A phone photo of a card lying on a dark table: a light card (ID-1 proportions by default)
    with ``lines`` printed on it, maybe a grey portrait block, turned by ``tilt`` degrees."""
    from PIL import Image, ImageDraw

    w, h = size
    cw = int(w * 0.6)
    ch = int(cw / ratio)
    card = Image.new("RGB", (cw, ch), (236, 238, 244))
    d = ImageDraw.Draw(card)
    x_text = cw // 20
    if portrait:
        d.rectangle([cw // 20, ch // 5, cw // 4, ch * 4 // 5], fill=(150, 140, 130))
        x_text = cw * 3 // 10
    font = _font(max(10, ch // 16))
    for i, text in enumerate(lines):
        d.text((x_text, ch // 12 + i * (ch * 5 // 6) // max(1, len(lines))), text, fill=(25, 25, 35), font=font)
    card = card.rotate(tilt, expand=True, fillcolor=(0, 0, 0))
    mask = card.convert("L").point(lambda v: 255 if v > 0 else 0)
    im = Image.new("RGB", size, (70, 60, 50))
    im.paste(card, ((w - card.size[0]) // 2, (h - card.size[1]) // 2), mask)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


ID_FRONT = ["KONINKRIJK DER NEDERLANDEN", "IDENTITEITSKAART / IDENTITY CARD", "Naam / Surname",
            "DE VRIES", "Nationaliteit / Nationality", "Nederlandse", "Geboortedatum / Date of birth", "12 MRT 1985"]
ID_BACK = ["Persoonsnummer / Personal No.", "", "", "I<NLDSPECI20212<<<<<<<<<<<<<<", "8503127F3001014NLD<<<<<<<<<<4",
           "DE<VRIES<<ANNA<<<<<<<<<<<<<<<"]
BUSINESS_CARD = ["Fotografie Hazelaar", "Portret - bruiloft - product", "Kouter 12, 9000 Gent",
                 "+32 9 123 45 67", "info@hazelaar.example", "www.hazelaar.example"]


def _mail_with(*pictures: bytes, text: str = "Graag inzage in mijn gegevens.\n") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sam <sam@example.com>"
    msg["Subject"] = "Inzage"
    msg.set_content(text)
    for i, data in enumerate(pictures):
        msg.add_attachment(data, maintype="image", subtype="jpeg", filename=f"IMG_20240602_2014{i:02d}.jpg")
    return msg.as_bytes()


def _photo(size: tuple[int, int]) -> bytes:
    """An ordinary photo: a gradient with soft shapes, no print."""
    from PIL import Image, ImageDraw, ImageFilter

    im = Image.new("RGB", size)
    d = ImageDraw.Draw(im)
    for y in range(size[1]):
        d.line([(0, y), (size[0], y)], fill=(40 + y * 150 // size[1], 120, 200 - y * 120 // size[1]))
    d.ellipse([size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2], fill=(230, 200, 170))
    d.rectangle([size[0] // 2, size[1] // 2, size[0] * 3 // 4, size[1] * 5 // 8], fill=(90, 160, 90))
    buf = io.BytesIO()
    im.filter(ImageFilter.GaussianBlur(2)).save(buf, "JPEG", quality=85)
    return buf.getvalue()


@pytest.mark.parametrize("size", [(1024, 768), (1200, 800), (800, 600)])
def test_ordinary_photo_in_card_proportions_is_no_id(size):
    """4:3 and 3:2 phone photos used to count as ID documents by their proportions alone."""
    msg = EmailMessage()
    msg["From"] = "Sam <sam@example.com>"
    msg["Subject"] = "Please remove this photo from your website"
    msg.set_content("Please take this photo of me off your website.\n")
    msg.add_attachment(_photo(size), maintype="image", subtype="jpeg", filename="IMG_4471.JPG")
    rec = parse_bytes(msg.as_bytes(), "photo.eml")
    assert [a.is_id_document for a in rec.attachments] == [False]


def test_id_card_recognised_from_its_content():
    """Document words on a card and an MRZ make an ID; a business card (a card with printed
    lines, no document words) and a blank card do not."""
    rec = parse_bytes(_mail_with(_card_photo(ID_FRONT), _card_photo(ID_BACK, portrait=False, tilt=-172),
                                 _card_photo(BUSINESS_CARD, portrait=False, ratio=1.65),
                                 _card_photo([], tilt=3)), "scan.eml")
    assert [a.is_id_document for a in rec.attachments] == [True, True, False, False]
    assert "id_document_attached" in rec.flags


def test_mail_saying_an_id_is_attached_flags_an_unrecognised_picture():
    """"My ID is attached" with nothing recognised: the pictures are flagged (safer to redact a
    photo than to keep an ID). When one picture is recognised, the others are not."""
    text = "Please delete all my data. A copy of my passport is attached.\n"
    rec = parse_bytes(_mail_with(_photo((1200, 800)), text=text), "one.eml")
    assert [a.is_id_document for a in rec.attachments] == [True]
    rec = parse_bytes(_mail_with(_card_photo(ID_FRONT), _photo((1200, 800)), text=text), "two.eml")
    assert [a.is_id_document for a in rec.attachments] == [True, False]


def test_signature_logo_is_listed_after_the_real_attachments():
    msg = EmailMessage()
    msg["From"] = "Femke <femke@example.nl>"
    msg["Date"] = "Mon, 23 Dec 2024 20:17:42 +0100"
    msg["Subject"] = "Foto's offline"
    msg.set_content("Haal mijn foto's van jullie website.\n")
    msg.add_alternative("<p>Haal mijn foto's van jullie website.</p><img src='cid:logo'>", subtype="html")
    msg.get_payload()[1].add_related(_image((120, 36), "PNG"), maintype="image", subtype="png", cid="<logo>",
                                     filename="image002.png", disposition="inline")
    msg.add_attachment(_image((420, 280), "PNG"), maintype="image", subtype="png", filename="foto_website.png")
    rec = parse_bytes(msg.as_bytes(), "logo.eml")
    assert [a.filename for a in rec.attachments] == ["foto_website.png", "image002.png"]
    assert [a.is_id_document for a in rec.attachments] == [False, False]


@pytest.mark.parametrize("marker, headers, subject", [
    ("-----Message d'origine-----", ["De\u00a0: Camille Lefèvre <camille@example.fr>",
                                     "Envoyé\u00a0: lundi 4 mars 2024 10:00", "À\u00a0: info@studio.example",
                                     "Objet\u00a0: Suppression de mes données"], "TR: Suppression de mes données"),
    ("-----Ursprüngliche Nachricht-----", ["Von: Camille Lefèvre <camille@example.fr>",
                                           "Gesendet: Montag, 4. März 2024 10:00", "An: info@studio.example",
                                           "Betreff: Löschung"], "WG: Löschung"),
])
def test_french_and_german_outlook_forwards(marker, headers, subject):
    """Outlook in French writes "De :" with a no-break space before the colon; in German it marks
    the forward with "Ursprüngliche Nachricht". The requester is the person inside."""
    body = ("Bonjour, voir ci-dessous.\n\n" + marker + "\n" + "\n".join(headers) + "\n\n"
            "Bonjour, je vous demande de supprimer toutes mes données personnelles.\nCamille\n")
    rec = parse_bytes(eml(f"From: Collègue <c@studio.example>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\n"
                          f"Subject: {subject}", body), "fr.eml")
    assert (rec.requester_name, rec.requester_email) == ("Camille Lefèvre", "camille@example.fr")
    assert rec.is_dsar and "forwarded" in rec.flags and rec.rights == ["erasure"]


_FR_REQUEST = "Bonjour, je vous demande de supprimer toutes mes données personnelles.\nCamille\n"
_DE_REQUEST = "Guten Tag, bitte löschen Sie alle meine personenbezogenen Daten.\nMax\n"


@pytest.mark.parametrize("subject, block, words, who", [
    # Outlook (new style): a rule, then "De :"/"Von:" with no marker line
    ("TR: Suppression", "________________________________\nDe\u00a0: Camille Lefèvre <camille@example.fr>\n"
     "Envoyé\u00a0: lundi 4 mars 2024 10:00\nÀ\u00a0: info@studio.example\nObjet\u00a0: Suppression",
     _FR_REQUEST, ("Camille Lefèvre", "camille@example.fr")),
    ("WG: Löschung", "________________________________\nVon: Max Muster <max.muster@example.de>\n"
     "Gesendet: Montag, 4. März 2024 10:00\nAn: info@studio.example\nBetreff: Löschung",
     _DE_REQUEST, ("Max Muster", "max.muster@example.de")),
    # Apple Mail in French and German
    ("Fwd: Suppression", "Début du message réexpédié :\n\nDe: Camille Lefèvre <camille@example.fr>\n"
     "Objet: Suppression\nDate: 4 mars 2024 à 10:00:00 UTC+1\nÀ: info@studio.example",
     _FR_REQUEST, ("Camille Lefèvre", "camille@example.fr")),
    ("Fwd: Löschung", "Anfang der weitergeleiteten Nachricht:\n\nVon: Max Muster <max.muster@example.de>\n"
     "Betreff: Löschung\nDatum: 4. März 2024 um 10:00:00 MEZ\nAn: info@studio.example",
     _DE_REQUEST, ("Max Muster", "max.muster@example.de")),
    # Thunderbird in French ("Pour :") and German, the latter with the forwarded mail's Reply-To
    ("Fwd: Suppression", "-------- Message transféré --------\nSujet : Suppression\n"
     "Date : Mon, 4 Mar 2024 10:00:00 +0100\nDe : Camille Lefèvre <camille@example.fr>\nPour : info@studio.example",
     _FR_REQUEST, ("Camille Lefèvre", "camille@example.fr")),
    ("WG: Löschung", "-------- Weitergeleitete Nachricht --------\nBetreff: Löschung\n"
     "Datum: Mon, 4 Mar 2024 10:00:00 +0100\nVon: Max Muster <max.muster@firma.example>\n"
     "Antwort an: max.privat@example.de\nAn: info@studio.example",
     _DE_REQUEST, ("Max Muster", "max.privat@example.de")),
])
def test_french_and_german_forwards_of_other_mail_programs(subject, block, words, who):
    body = "Zur Info / pour suite.\n\n" + block + "\n\n" + words
    rec = parse_bytes(eml(f"From: Collègue <c@studio.example>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\n"
                          f"Subject: {subject}", body), "fwd.eml")
    assert "forwarded" in rec.flags
    assert (rec.sender_name, rec.sender_email) == who
    assert rec.is_dsar and rec.rights == ["erasure"]
    assert not any("info@studio.example" in s for sentences in rec.evidence.values() for s in sentences)


@pytest.mark.parametrize("sender, subject, body, who", [
    ("noreply@studio.example", "Nouveau message depuis le formulaire de contact",
     "Nom : Lefèvre\nPrénom : Camille\nCourriel : camille@example.fr\nTéléphone : 0470 12 34 56\n"
     "Message : Je vous demande de supprimer toutes mes données personnelles.",
     ("Camille Lefèvre", "camille@example.fr")),
    ("ne-pas-repondre@studio.example", "Nouvelle demande de contact",
     "Nom et prénom\u00a0: Camille Lefèvre\nAdresse électronique\u00a0: camille@example.fr\n"
     "Votre demande\u00a0: Je vous demande de supprimer toutes mes données personnelles.",
     ("Camille Lefèvre", "camille@example.fr")),
    ("kontakt@studio.example", "Neue Kontaktanfrage über die Website",
     "Vorname: Max\nName: Muster\nE-Mail-Adresse: max.muster@example.de\nTelefonnummer: 0171 1234567\n"
     "Ihre Nachricht: Bitte löschen Sie alle meine personenbezogenen Daten.",
     ("Max Muster", "max.muster@example.de")),
    ("keine-antwort@studio.example", "Anfrage über Kontaktformular",
     "Anrede: Herr\nName: Max Muster\nE-Mail Adresse: max.muster@example.de\n"
     "Anliegen: Bitte löschen Sie alle meine personenbezogenen Daten.", ("Max Muster", "max.muster@example.de")),
])
def test_french_and_german_contact_forms(sender, subject, body, who):
    rec = parse_bytes(eml(f"From: Site <{sender}>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\nSubject: {subject}", body),
                      "form.eml")
    assert rec.channel == "contact_form" and "contact_form" in rec.flags
    assert (rec.sender_name, rec.sender_email) == who


def test_a_letter_with_name_and_address_lines_under_a_form_like_subject_is_a_letter():
    """Only a form notification's fields replace the writer: a person's own letter that lists
    "Nom :"/"Courriel :" lines (and no message field) is read as the letter it is."""
    body = ("Nom : Camille Lefèvre\nCourriel : camille@example.fr\n\n"
            "Madame, Monsieur,\nJe vous demande de supprimer toutes mes données personnelles.\nCamille Lefèvre\n")
    rec = parse_bytes(eml("From: Camille Lefèvre <camille@example.fr>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\n"
                          "Subject: Formulaire de contact", body), "letter.eml")
    assert rec.channel == "email" and rec.sender_email == "camille@example.fr"
    assert rec.is_dsar and rec.rights == ["erasure"]


def test_files_inside_a_forwarded_mail_are_listed_after_it_and_flagged():
    """Every part with a file name in mail order, also inside a forwarded mail: an ID copy the
    requester attached to the mail a colleague forwards is an ID the studio now holds."""
    inner = EmailMessage()
    inner["From"] = "Jeroen Bakker <jeroen@example.com>"
    inner["Subject"] = "Verwijderen"
    inner["Date"] = "Sun, 28 Sep 2025 10:00:00 +0200"
    inner.set_content("Graag al mijn gegevens verwijderen. Een kopie van mijn ID zit erbij.\n\nJeroen\n")
    inner.add_attachment(_image((856, 540)), maintype="image", subtype="jpeg", filename="ID-kaart.jpg")
    outer = EmailMessage()
    outer["From"] = "Colleague <colleague@studio.example>"
    outer["Subject"] = "Fwd: Verwijderen"
    outer["Date"] = "Mon, 29 Sep 2025 14:06:31 +0200"
    outer.set_content("Zie bijlage.\n")
    outer.add_attachment(inner, filename="Verwijderen.eml")
    outer.add_attachment(_image((400, 300), "PNG"), maintype="image", subtype="png", filename="screenshot_site.png")
    rec = parse_bytes(outer.as_bytes(), "fwd.eml")
    assert rec.requester_email == "jeroen@example.com"
    assert [(a.filename, a.is_id_document) for a in rec.attachments] == [
        ("Verwijderen.eml", False), ("ID-kaart.jpg", True), ("screenshot_site.png", False)]
    assert "id_document_attached" in rec.flags
