"""Who does what: a removal verb the writer does themselves ("ik was aan het opruimen") or negates across a list
("om niets van de foto's, de ruwe bestanden of de mails te verwijderen") asks for no erasure, and a subject that
asks for a copy over a body that asks for an export is the title of one portability request. A friend's question is
no request, "nothing until it is cleared up" is a restriction, and a payment reminder received is no follow-up.

Every mail and sentence here is written for this test (none is copied from a mail set).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import parse_bytes
from studio_dsar.core.intake.classify import detect_rights


def _mail(body: str, subject: str) -> bytes:
    return ("From: Noor Visser <noor.visser@example.nl>\r\nTo: Studio Licht <info@studio-licht.nl>\r\n"
            f"Subject: {subject}\r\nDate: Tue, 17 Nov 2026 10:00:00 +0100\r\nMessage-ID: <w-1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


@pytest.mark.parametrize("text", [
    "Ik was gisteren mijn kast aan het opruimen en vond jullie visitekaartje. Welke gegevens hebben jullie nog van mij?",
    "We waren thuis oude mappen aan het wissen en toen dacht ik: wat bewaren jullie eigenlijk over mij?",
])
def test_the_writer_tidying_up_asks_no_erasure(text):
    assert detect_rights(text, "nl").rights == ["access"]


@pytest.mark.parametrize("text", [
    "Ik verzoek u om niets van de foto's, de ruwe bestanden of onze mails te verwijderen, want die hebben we misschien "
    "nodig. Bewaar alles, maar gebruik het ondertussen nergens voor.",
    "Ik vraag jullie dringend om niks van de opnames, de contracten of de facturen te wissen, want we hebben die "
    "mogelijk nodig. Gebruik ze intussen niet meer.",
])
def test_nothing_of_a_list_deleted_is_no_erasure(text):
    assert detect_rights(text, "nl").rights == ["restriction"]


@pytest.mark.parametrize(("subject", "body"), [
    ("copy of my customer file", "Hello,\n\nCould you export all the details you keep on me (address, orders, notes) in a "
     "machine-readable format such as CSV, and mail it to me? I want to load it into my own system.\n\nNoor"),
    ("kopie van mijn klantgegevens", "Hallo,\n\nKunnen jullie alles wat jullie van mij hebben exporteren in een "
     "machineleesbaar formaat, bijvoorbeeld CSV of JSON? Ik wil het zelf in een ander programma zetten.\n\nNoor"),
])
def test_a_copy_in_the_subject_over_an_export_is_portability(subject, body):
    rec = parse_bytes(_mail(body, subject), "p.eml")
    assert rec.is_dsar and rec.rights == ["portability"]


def test_a_friend_wondering_about_her_photos_asks_nothing():
    text = ("Een kennis van mij vraagt zich af of ze haar foto's van de bruiloft later nog van jullie website kan laten "
            "halen als ze dat wil. Hoe gaat zoiets?")
    assert detect_rights(text, "nl").rights == []


@pytest.mark.parametrize("text", [
    "Zolang dat niet uitgeklaard is, wil ik niet dat mijn gegevens aan een incassobureau worden doorgegeven.",
    "Tot dit opgelost is wil ik niet dat jullie mijn gegevens nog ergens voor gebruiken.",
])
def test_nothing_done_until_it_is_cleared_up_is_a_restriction(text):
    assert detect_rights(text, "nl").rights == ["restriction"]


def test_stop_mailing_and_take_my_data_out_are_two_rights():
    assert detect_rights("Stop met mailen en haal al mijn gegevens uit jullie bestanden.", "nl").rights == ["erasure", "objection"]


def test_a_reminder_received_is_no_follow_up_and_a_fourth_time_is():
    received = parse_bytes(_mail("Ik kreeg gisteren een herinnering dat mijn factuur nog open staat, maar die is betaald. "
                                 "Zolang dat niet opgelost is, wil ik niet dat mijn gegevens naar een incassobureau gaan.",
                                 "factuur"), "r.eml")
    assert received.is_dsar and not received.follow_up
    again = parse_bytes(_mail("Verwijder al mijn gegevens uit jullie klantenbestand.", "voor de vierde keer"), "a.eml")
    assert again.is_dsar and again.follow_up


@pytest.mark.parametrize("text", [
    "We wonen nu in Gent en werken daar met een fotografe voor ons trouwalbum. Zij vroeg of ze de ruwe bestanden "
    "van onze bruiloft kon krijgen. Willen jullie die naar haar sturen?",
    "We now work with a videographer in Antwerp for the anniversary film. She asked for the raw footage of our "
    "wedding. Could you send it straight to her via WeTransfer?",
])
def test_originals_sent_on_to_the_photographer_told_of_before_are_portability(text):
    assert detect_rights(text).rights == ["portability"]


def test_raw_files_after_saying_the_writer_will_edit_them_are_portability():
    text = ("Ik kreeg toen twaalf bewerkte foto's, maar nu wil ik ze zelf eens anders bewerken. "
            "Als jullie de onbewerkte bestanden nog hebben, kan ik die dan krijgen?")
    assert detect_rights(text, "nl").rights == ["portability"]
