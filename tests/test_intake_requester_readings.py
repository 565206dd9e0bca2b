"""Who the requester is when the writer is not (only) the data subject, and which name the writer
goes by: a lawyer who "stands by" a client, a partner or a friend written for, a school or an
employer relaying a former colleague's request, a parent named as "X's mum", a child named in full
further down than the subject line, a writer who asks for someone else *too*, a recipient named
with an address, a display name with a name in brackets or two people in it, a lower-case
signature.

Every mail is written for this test (none is copied from a mail set) and each reading is checked in
more than one wording or language, so a pass means the reading, not one phrase.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import parse_bytes, senders


def _mail(sender: str, body: str, subject: str = "Mijn gegevens") -> bytes:
    return (f"From: {sender}\r\nTo: Studio Licht <info@studio-licht.nl>\r\nSubject: {subject}\r\n"
            "Date: Tue, 3 Nov 2026 10:00:00 +0100\r\nMessage-ID: <t-1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


@pytest.mark.parametrize(("text", "want"), [
    # a lawyer "stands by" the client (Dutch legal usage), the name between the verb and "bij"
    ("Ik sta mevrouw Noor El Idrissi bij in een geschil met uw studio. Namens cliënte verzoek ik u op grond van "
     "artikel 15 AVG om een kopie van haar gegevens.", "Noor El Idrissi"),
    ("Ik sta de heer Pieter Bakker, wonende te Almere, bij. Namens mijn cliënt verzoek ik u zijn portretfoto's "
     "niet langer te gebruiken.", "Pieter Bakker"),
    # a German lawyer's "wir zeigen an, dass wir Frau X vertreten"
    ("Wir zeigen an, dass wir Frau Lena Hofer, Graz, anwaltlich vertreten. Unsere Mandantin verlangt Auskunft nach "
     "Art. 15 DSGVO.", "Lena Hofer"),
    ("Hiermit teilen wir mit, dass wir Herrn Jonas Kaiser vertreten. Namens unseres Mandanten fordern wir Sie auf, "
     "seine Daten zu löschen.", "Jonas Kaiser"),
    # a subject line with the family name only, the text in full
    ("Cliënte mevrouw Tuinstra - verzoek inzage.\n\nIk sta mevrouw Hilde Tuinstra bij. Namens cliënte verzoek ik u om "
     "inzage.", "Hilde Tuinstra"),
    # the client's interests, and the client named in a subject line
    ("Mandantin Frau Derya Aksoy.\n\nWir vertreten die Interessen von Frau Derya Aksoy. Im Namen unserer Mandantin "
     "fordern wir Sie auf, die Verarbeitung einzuschränken.", "Derya Aksoy"),
    ("Ik behartig de belangen van mevrouw Iris Kok. Namens mijn cliënte verzoek ik u haar gegevens te wissen.", "Iris Kok"),
    # a partner or a friend written for
    ("Ik schrijf voor mijn vriendin, Elke Maes, want zij is in het buitenland. Kunnen jullie haar foto van Instagram "
     "halen?", "Elke Maes"),
    ("I'm writing for my husband, Dirk Jacobs, who is in hospital. Please delete his account and his photos.",
     "Dirk Jacobs"),
    # an employer relays a former colleague's request
    ("Last year we had staff headshots taken. One of our former colleagues, Joanna Kowalczyk, has left and asked "
     "us to have her photos deleted. Could you delete them?", "Joanna Kowalczyk"),
    ("Vorig jaar liet ons bedrijf teamfoto's maken. Een van onze oud-medewerkers, Bram de Vries, vraagt om zijn "
     "foto's te verwijderen.", "Bram de Vries"),
])
def test_the_person_written_for_is_the_data_subject(text, want):
    out = senders.detect(text, "Someone Else", "someone@example.org")
    assert out.representative is not None
    assert out.subject_name == want


@pytest.mark.parametrize(("text", "want"), [
    ("Hi, I'm Ciarán Doyle's mum. Please take his photo off your website.", "Ciarán Doyle"),
    ("I am Noah Smith's father. Please delete the pictures of him from your gallery.", "Noah Smith"),
    ("Widerruf Einwilligung Fotos meines Sohnes.\n\nIch habe eingewilligt, dass Sie Fotos meines Sohnes Leon Brenner "
     "(6 Jahre) zeigen. Diese Einwilligung widerrufe ich.", "Leon Brenner"),
    # the subject line names the child by the first name, the text in full
    ("Foto's van onze zoon Lucas.\n\nOnze zoon Lucas Wouters (9 jaar) deed mee aan een casting. Gelieve zijn profiel "
     "te verwijderen.", "Lucas Wouters"),
    ("Photos of my daughter Mia.\n\nMy daughter Mia Janssen (12) no longer wants to be on your site. Please remove "
     "her photos.", "Mia Janssen"),
])
def test_a_parent_names_the_child(text, want):
    out = senders.detect(text, "Parent Name", "parent@example.org")
    assert out.representative and out.representative["relation"] == "parent"
    assert out.subject_name == want


@pytest.mark.parametrize("text", [
    "Kunnen jullie onze trouwfoto van de site halen? Groeten, Fien Goossens (ook namens Jens)",
    "Please take our wedding photo off your website. I am also writing on behalf of my husband, Dirk.",
    "Pouvez-vous retirer notre photo de mariage de votre site ? J'écris aussi au nom de mon mari, Marc.",
])
def test_a_writer_who_asks_for_someone_else_too_is_no_representative(text):
    assert senders.detect(text, "Fien Goossens", "fien@example.org").representative is None


@pytest.mark.parametrize(("body", "sender", "want_email"), [
    # the new photographer's address is where the files go, not whose request it is
    ("Hi,\n\nCan you send my files over to the new photographer? She is Lotte from Zilverzand (lotte@zilverzand.nl). "
     "The raw files too, please.\n\nKind regards,\nMarco Bellandi\n", "Marco Bellandi <m.bellandi@example.org>",
     "m.bellandi@example.org"),
    ("Hallo,\n\nWe gaan verder met een andere fotograaf. Kunnen jullie mijn bestanden naar haar sturen? Ze heet "
     "Sanne Mol (sanne.mol@fotomol.nl).\n\nGroeten,\nEva Bos\n", "Eva Bos <eva.bos@example.org>", "eva.bos@example.org"),
])
def test_a_recipient_named_with_an_address_is_not_the_requester(body, sender, want_email):
    rec = parse_bytes(_mail(sender, body), "t.eml")
    assert rec.is_dsar and rec.rights == ["portability"]
    assert rec.requester_email == want_email
    assert rec.representative is None


@pytest.mark.parametrize(("display", "text", "want"), [
    ("mr. drs. H.A.M. (Henk) Roelofs", "Ik maak bezwaar.\n\nHoogachtend,\n\nH.A.M. Roelofs", "H.A.M. Roelofs"),
    ("drs. A.C. (Annemiek) Veldkamp", "Ik maak bezwaar.\n\nMet vriendelijke groet,\nA.C. Veldkamp", "A.C. Veldkamp"),
    ("Jens & Fien Goossens", "Haal onze foto weg.\n\nMet vriendelijke groeten,\nFien Goossens (ook namens Jens)",
     "Fien Goossens"),
    ("Marc en Ilse Peeters", "Haal onze foto weg.\n\nGroeten,\nIlse Peeters", "Ilse Peeters"),
])
def test_the_name_the_writer_signs_with(display, text, want):
    assert senders.requester_name(display, text) == want


@pytest.mark.parametrize(("text", "address", "want"), [
    ("wil nie meer die mails van jullie krijgen\nbrecht\nVerzonden vanaf mijn Samsung Galaxy-smartphone.",
     "brechtdeb@example.be", "brecht"),
    ("please stop the newsletter\nanouk\nSent from my iPhone", "anouk.v@example.nl", "anouk"),
    # the name after the closing word, on the line of the request itself
    ("hallo bitte mich vom newsletter abmelden danke nicole zürcher\n\nVon meinem iPhone gesendet",
     "nicole.zuercher@example.ch", "nicole zürcher"),
    ("stuur me geen mails meer aub groetjes jan de smet", "jan.desmet@example.be", "jan de smet"),
    # the first name as its initial in the address
    ("ik wil dat jullie alles van mij weghalen. laat maar weten als het gedaan is\n\nmarco visser", "mvisser1980@example.nl",
     "marco visser"),
])
def test_a_lower_case_first_name_the_address_begins_with(text, address, want):
    assert senders.signature_only_name(text, address) == want


def test_a_single_word_the_address_does_not_begin_with_is_no_name():
    assert senders.signature_only_name("stop de nieuwsbrief\nbedankt", "brechtdeb@example.be") is None
    assert senders.signature_only_name("stop de nieuwsbrief\nxyz", "brechtdeb@example.be") is None


# --- a short yes to the studio's quoted offer -----------------------------------------------------------

def _reply(own: str, quoted: str, sender: str = "Gert Smit <gert.smit@example.nl>") -> bytes:
    body = own + "\n\nOp wo 6 nov 2026 om 17:02 schreef Studio Licht <info@studio-licht.nl>:\n" + "\n".join(
        "> " + ln for ln in quoted.split("\n"))
    return _mail(sender, body, subject="Re: Uw vraag")


@pytest.mark.parametrize(("own", "quoted", "rights"), [
    ("Ja graag, doe maar allebei.\n\nGroet, Gert",
     "Beste Gert,\n\nJe belde met de vraag wat wij nog van je hebben. Wil je dat we je een overzicht sturen van alle\n"
     "persoonsgegevens die wij van je bewaren en een lijst van de foto's in ons archief?\n\nStudio Licht", ["access"]),
    ("Yes please, go ahead.\n\nGert",
     "Dear Gert,\n\nThanks for your call. Shall we delete your photos and your customer record from our archive?\n\n"
     "Studio Licht", ["erasure"]),
])
def test_a_short_yes_to_the_studios_offer_is_the_request(own, quoted, rights):
    rec = parse_bytes(_reply(own, quoted), "t.eml")
    assert rec.is_dsar and rec.rights == rights
    assert "accepted_offer" in rec.flags


@pytest.mark.parametrize(("own", "quoted"), [
    # thanks for what was done: no offer, no request
    ("Merci, alles goed ontvangen!\n\nGert",
     "Beste Gert,\n\nWe bevestigen dat we je gegevens hebben geschrapt. Je behoudt je recht op inzage.\n\nStudio Licht"),
    # a yes to a booking question
    ("Ja graag, zaterdag is prima.\n\nGert", "Beste Gert,\n\nZullen we de shoot op zaterdag om 10 uur doen?\n\nStudio Licht"),
])
def test_a_yes_to_something_else_is_no_request(own, quoted):
    rec = parse_bytes(_reply(own, quoted), "t.eml")
    assert not rec.is_dsar
