"""Intake readings by structure rather than by phrase: who the answer goes to when someone writes for
the data subject (the data subject's own address in Cc), German typed without umlauts ("loeschen"),
and rights that a sentence tells the reader about (a notice, a footer) rather than asks for.

Every mail here is written for this test (none is copied from a mail set), each reading in more than
one wording or language, so a pass means the structure is read, not one phrase.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import parse_bytes, senders
from studio_dsar.core.intake.classify import detect_rights, respell_umlauts


def _mail(sender: str, body: str, *, cc: str | None = None, subject: str = "Foto's",
          reply_to: str | None = None) -> bytes:
    head = f"From: {sender}\r\nTo: Studio Licht <info@studio-licht.nl>\r\n"
    if cc:
        head += f"Cc: {cc}\r\n"
    if reply_to:
        head += f"Reply-To: {reply_to}\r\n"
    return (head + f"Subject: {subject}\r\nDate: Tue, 3 Nov 2026 10:00:00 +0100\r\nMessage-ID: <s-1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


# --------------------------------------------------------------------------------------
# The requester's address: the data subject's own, in Cc, when someone writes for them
# --------------------------------------------------------------------------------------

_FOR_SOMEONE = [
    # a partner, in Dutch, the data subject in Cc by display name
    ("Mark de Boer <mark.deboer@example.nl>", "Lotte Vermeer <lotte.v@example.nl>",
     "Hallo,\n\nIk mail namens mijn vrouw, Lotte Vermeer, zij staat in de cc. Ze wil niet langer dat haar foto op "
     "jullie website staat. Willen jullie die weghalen?\n\nMark", "lotte.v@example.nl"),
    # an employer, in English, the data subject in Cc among a colleague
    ("HR Dept <hr@acme-logistics.example>", "Tom Baker <tom@acme-logistics.example>, Priya Nair <priya.nair@example.org>",
     "Dear studio,\n\nOne of our former colleagues, Priya Nair, has left the company and asked us to have her headshot "
     "deleted. Could you please delete it? She is copied in.\n\nKind regards,\nHR", "priya.nair@example.org"),
    # a parent, in French, the adult child in Cc without a display name (the address spells the name)
    ("Claire Dubois <claire.dubois@example.fr>", "hugo.dubois@example.fr",
     "Bonjour,\n\nJe vous écris pour mon fils Hugo Dubois, en copie. Il souhaite que vous supprimiez toutes les "
     "photos de lui.\n\nClaire Dubois", "hugo.dubois@example.fr"),
]


@pytest.mark.parametrize(("sender", "cc", "body", "want"), _FOR_SOMEONE)
def test_the_data_subjects_own_address_in_cc_is_the_requesters(sender, cc, body, want):
    rec = parse_bytes(_mail(sender, body, cc=cc), "t.eml")
    assert rec.is_dsar
    assert rec.requester_email == want
    assert "representative" in rec.flags


@pytest.mark.parametrize(("sender", "cc", "body", "want"), [
    # the writer is the data subject; her partner in Cc changes nothing
    ("Lotte Vermeer <lotte.v@example.nl>", "Mark de Boer <mark.deboer@example.nl>",
     "Hallo,\n\nIk wil niet langer dat mijn foto op jullie website staat. Willen jullie die weghalen?\n\nLotte",
     "lotte.v@example.nl"),
    # someone writes for a data subject, but the one in Cc is somebody else (a colleague of the writer)
    ("HR Dept <hr@acme-logistics.example>", "Tom Baker <tom@acme-logistics.example>",
     "Dear studio,\n\nOne of our former colleagues, Priya Nair, has left the company and asked us to have her headshot "
     "deleted. Could you please delete it?\n\nKind regards,\nHR", "hr@acme-logistics.example"),
    # the data subject in Cc, but the text does not point at the copy: a courtesy copy, the writer answers
    ("Mark de Boer <mark.deboer@example.nl>", "Lotte Vermeer <lotte.v@example.nl>",
     "Hallo,\n\nIk mail namens mijn vrouw, Lotte Vermeer. Ze wil niet langer dat haar foto op jullie website staat. "
     "Willen jullie die weghalen?\n\nMark", "mark.deboer@example.nl"),
    # a family name shared with the writer is not enough when the display name is another person's
    ("Jan Peeters <jan.peeters@example.be>", "Els Peeters <els.peeters@example.be>",
     "Beste,\n\nIk schrijf namens mijn zoon Wout Peeters, mijn vrouw staat in cc. Hij wil dat jullie zijn foto's "
     "verwijderen.\n\nJan",
     "jan.peeters@example.be"),
])
def test_an_address_in_cc_that_is_not_the_data_subjects_changes_nothing(sender, cc, body, want):
    rec = parse_bytes(_mail(sender, body, cc=cc), "t.eml")
    assert rec.is_dsar
    assert rec.requester_email == want


def test_subject_address_in_copy_needs_exactly_one_match():
    copies = [("Priya Nair", "priya.nair@example.org"), ("P. Nair", "p.nair@work.example")]
    assert senders.subject_address_in_copy(copies, "Priya Nair", "hr@x.example") is None  # two: unsure
    assert senders.subject_address_in_copy(copies[:1], "Priya Nair", "hr@x.example") == "priya.nair@example.org"
    assert senders.subject_address_in_copy(copies[:1], None, "hr@x.example") is None


# --------------------------------------------------------------------------------------
# German typed without umlauts
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "read"), [
    ("bitte loeschen sie meine daten", "bitte loschen sie meine daten"),
    ("ich moechte auskunft ueber meine daten", "ich mochte auskunft uber meine daten"),
    ("koennen sie das bestaetigen", "konnen sie das bestatigen"),
    # not umlauts: a diphthong before "e", "qu", "-uell", "zu" + "e"
    ("die neue adresse, zuerst aktuell, dauer, quelle, steuer, bauen", "die neue adresse, zuerst aktuell, dauer, quelle, steuer, bauen"),
])
def test_umlauts_spelt_out_are_read_as_umlauts(typed, read):
    assert respell_umlauts(typed) == read


@pytest.mark.parametrize(("text", "want"), [
    ("Guten Tag,\n\nbitte loeschen Sie alle meine Daten und die Fotos von mir.\n\nDanke", ["erasure"]),
    ("Hallo,\n\nich moechte eine Kopie aller Daten, die Sie ueber mich gespeichert haben.\n\nGruss", ["access"]),
    ("Servus,\n\nmeine Adresse ist falsch, koennten Sie die bitte aendern? Richtig ist Hauptstrasse 4.\n\nLG",
     ["rectification"]),
])
def test_german_without_umlauts_is_read_as_with_them(text, want):
    assert detect_rights(text, "de").rights == want
    with_umlauts = text.replace("oe", "ö").replace("ue", "ü").replace("ae", "ä")
    assert detect_rights(with_umlauts, "de").rights == want


# --------------------------------------------------------------------------------------
# A wish passed on in the third person
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Il souhaite que vous supprimiez toutes les photos de lui.", "fr", ["erasure"]),
    ("Elle voudrait que vous effaciez ses données.", "fr", ["erasure"]),
    ("Ma fille souhaite recevoir une copie de toutes les données la concernant.", "fr", ["access"]),
    ("Er möchte, dass Sie alle Fotos von ihm löschen.", "de", ["erasure"]),
    ("Sie möchte, dass Sie ihre Daten löschen.", "de", ["erasure"]),
    ("Meine Tochter möchte wissen, welche Daten Sie über sie gespeichert haben.", "de", ["access"]),
    ("Zij wil de nieuwsbrief niet meer ontvangen.", "nl", ["objection"]),
    ("Mijn zoon wil dat zijn adres wordt aangepast naar Kerkstraat 5.", "nl", ["rectification"]),
    ("He no longer wants the newsletter.", "en", ["objection"]),
])
def test_a_wish_passed_on_in_the_third_person_is_read(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang"), [
    # no wish of the person: what they did, or a question about them
    ("Il a supprimé toutes les photos de lui de son téléphone.", "fr"),
    ("Sie hat gestern die Fotos von ihm gelöscht.", "de"),
    ("Zij heeft de nieuwsbrief vorige week nog gelezen.", "nl"),
    ("She deleted her old account last year.", "en"),
])
def test_a_third_person_without_a_wish_asks_nothing(text, lang):
    assert detect_rights(text, lang).rights == []


def test_a_parent_writing_for_an_adult_child_in_french():
    body = ("Bonjour,\n\nJe vous écris pour mon fils Hugo Dubois, en copie. Il souhaite que vous supprimiez toutes "
            "les photos de lui.\n\nClaire Dubois")
    rec = parse_bytes(_mail("Claire Dubois <claire.dubois@example.fr>", body, cc="hugo.dubois@example.fr"), "t.eml")
    assert rec.rights == ["erasure"]


# --------------------------------------------------------------------------------------
# Rights told to the reader (a notice, a footer), not asked for
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Dank voor uw bericht. Op grond van de AVG heeft u recht op inzage, correctie en verwijdering van uw gegevens.", "nl"),
    ("Merci pour votre message. Pour exercer vos droits (accès, rectification, effacement) : dpo@ville.example", "fr"),
    ("Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression des données vous "
     "concernant.", "fr"),
    ("Thanks for your mail. To access, correct or delete your data, visit example.com/privacy.", "en"),
    ("Informationen zu Ihren Rechten auf Auskunft und Löschung finden Sie unter example.at/datenschutz.", "de"),
])
def test_rights_told_to_the_reader_are_no_request(text, lang):
    assert detect_rights(text, lang).rights == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the writer's own person beside "your": a request
    ("Please delete all your data about me.", "en", ["erasure"]),
    ("Kunt u al uw gegevens over mijn zoon wissen?", "nl", ["erasure"]),
    # German "ihre" is "her": a parent's request, not a notice
    ("Meine Tochter war bei Ihnen im Kurs. Bitte löschen Sie ihre Daten.", "de", ["erasure"]),
])
def test_your_data_beside_the_writer_is_still_a_request(text, lang, want):
    assert detect_rights(text, lang).rights == want
