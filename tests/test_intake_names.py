"""The requester's name: forms of address and professions are dropped, a representative's
client or child is named without the relation word. Cases written for this test."""

from __future__ import annotations

from email.header import Header

import pytest

from studio_dsar.core.intake import parse_bytes, senders
from studio_dsar.core.intake.parse import _clean_name


@pytest.mark.parametrize(("raw", "clean"), [
    ("mr. R.J. Brandsma", "R.J. Brandsma"),
    ("Maître Hélène Dasnoy", "Hélène Dasnoy"),
    ("RA Dr. Stefan Mühlhaus", "Dr. Stefan Mühlhaus"),
    ("Mevr. Sanne de Vries", "Sanne de Vries"),
    ("Me", "Me"),  # nothing but a title-like word: kept as written
    ("Dubois, Inès", "Dubois, Inès"),
])
def test_titles_are_not_part_of_the_name(raw, clean):
    assert _clean_name(raw) == clean


@pytest.mark.parametrize(("text", "subject"), [
    ("Sehr geehrte Damen und Herren, im Namen meines Sohnes Lukas Heinen (8) bitte ich um Löschung.", "Lukas Heinen"),
    ("Madame, j'interviens en qualité de conseil de monsieur Arnaud Collignon et vous écris au nom et pour compte "
     "de celui-ci.", "Arnaud Collignon"),
    ("Sehr geehrte Damen und Herren, im Namen und in Vollmacht unserer Mandantin, Frau Julia Hartmann, verlangen wir "
     "Auskunft.", "Julia Hartmann"),
])
def test_the_data_subject_is_named_without_the_relation(text, subject):
    out = senders.detect(text, "Someone Else", "x@example.org")
    assert out.representative is not None and out.subject_name == subject


@pytest.mark.parametrize(("text", "subject", "relation"), [
    ("Ik schrijf namens mijn moeder, Maria Peeters (82), die zelf geen e-mail heeft.", "Maria Peeters", "other"),
    ("Als moeder van Lotte Janssens (12) vraag ik om inzage.", "Lotte Janssens", "parent"),
    ("Ik ben de vader van Emma Claes, ze is 10 jaar.", "Emma Claes", "parent"),
    ("I am writing on behalf of my mother, Joan Baker, who asked me to handle this.", "Joan Baker", "other"),
    ("I'm the father of Liam O'Neill (9), who was in your school shoot.", "Liam O'Neill", "parent"),
    ("Je vous écris au nom de ma mère, Jeanne Lemaire, qui n'a pas d'adresse e-mail.", "Jeanne Lemaire", "other"),
    ("Je suis la maman de Chloé Martin (11 ans).", "Chloé Martin", "parent"),
    ("Ich schreibe im Auftrag meiner Mutter, Gerda Schmitz.", "Gerda Schmitz", "other"),
    ("Ich bin der Vater von Jonas Weber (13).", "Jonas Weber", "parent"),
    ("My wife Sofie Lind asked me to send this because she can't get at her email while we travel.", "Sofie Lind", "other"),
])
def test_a_relative_or_a_parent_of_named_child(text, subject, relation):
    out = senders.detect(text, "Someone Else", "x@example.org")
    assert out.representative is not None and out.representative["relation"] == relation
    assert out.subject_name == subject


@pytest.mark.parametrize("text", [
    "Ik ben moeder van twee kinderen en wil graag weten wat jullie van mij bewaren.",
    "My mother told me you still have my details, what do you keep?",
])
def test_a_relation_without_a_name_acted_for_is_no_representative(text):
    assert senders.detect(text, "Someone Else", "x@example.org").representative is None


@pytest.mark.parametrize(("display", "body", "name"), [
    # the signature writes the display name out in full
    ("M.T. van den Broek", "Graag inzage.\n\nMet vriendelijke groet,\n\nMaria Tessa van den Broek\nLange Nieuwstraat 40", "Maria Tessa van den Broek"),
    ("Lena", "könnt ihr die bitte runternehmen??\ndanke lena wagner", "lena wagner"),
    ("Flo Gruber", "bitte löschts mein profil.\n\ndanke, flo (florian gruber)", "florian gruber"),
    ("Ilse Jansen", "Mit freundlichen Grüßen\nMag. Ilse Sanne Jansen\nWien", "Ilse Sanne Jansen"),
    ("Sophie", "Merci de supprimer mes données.\n\nBien à vous,\nSophie Lambert", "Sophie Lambert"),
    ("Kevin Dumont", "et apres vous suprimez tout\nkevin dumont", "kevin dumont"),  # the name as signed
    ("Dr. Claudia Neumann", "Bitte löschen.\n\nMit freundlichen Grüßen\nClaudia Neumann", "Dr. Claudia Neumann"),
    ("Familie Peeters", "Graag alles wissen.\n\nGroeten,\nJan Peeters", "Jan Peeters"),
    ("Famille Dubois", "Merci.\n\nCordialement,\nMme Claire Dubois", "Claire Dubois"),
    ("Jan", "Bitte alles löschen.\n\nHerzliche Grüße aus Wien\nJan Novak", "Jan Novak"),
    # a shorter or another name under the mail leaves the display name
    ("Demi", "verwijder alles aub\nthx demi", "Demi"),
    ("Sofie Verstraete", "Graag alles wissen.\n\nGroetjes,\nSofie", "Sofie Verstraete"),
    ("Karel Peeters", "Graag inzage.\n\nMet vriendelijke groet,\nAn Janssens", "Karel Peeters"),
    ("Tom de Vries", "Please delete my data.\n\nBest,\nTom\nSent from my iPhone", "Tom de Vries"),
])
def test_display_name_or_its_fuller_signature(display, body, name):
    assert senders.requester_name(display, body) == name


@pytest.mark.parametrize(("body", "name"), [
    ("jveux plus etre dans votre fichier, vous pouvez m'effacer ?\nmerci bcp !!\nLucie Marchand", "Lucie Marchand"),
    ("Graag alles wissen.\nGroetjes\nJan van der Berg", "Jan van der Berg"),
    ("Please delete my data.\nThanks\nSent from my iPhone", None),
    ("Bitte alles löschen.\nDanke", None),
])
def test_a_mail_without_display_name_is_signed(body, name):
    assert senders.signature_only_name(body) == name


@pytest.mark.parametrize(("text", "subject"), [
    ("De ouders van Milan de Groot (groep 5) hebben ons gevraagd alle foto's van hun zoon te laten verwijderen.", "Milan de Groot"),
    ("Im Auftrag der Eltern unseres Schülers Tim Heinrichs bitten wir Sie, alle Fotos von ihm zu löschen.", "Tim Heinrichs"),
    ("Notre ancien collaborateur, Monsieur Yassine Haddad, nous a demandé l'effacement de ses photos.", "Yassine Haddad"),
    ("Ik treed op als raadsvrouw van mevrouw Ine Van Damme, wonende te Mechelen.", "Ine Van Damme"),
])
def test_a_school_employer_or_counsel_relays_for_a_named_person(text, subject):
    out = senders.detect(text, "Someone Else", "x@example.org")
    assert out.representative is not None and out.subject_name == subject


def test_a_form_that_labels_the_sender_gives_name_and_address():
    from studio_dsar.core.intake.text import parse_contact_form

    form = parse_contact_form("Van: Nathalie Cools <nathalie.cools@example.be>\nOnderwerp: portfolio\n\nBericht:\nGraag alles wissen.")
    assert form is not None and form.name == "Nathalie Cools" and form.email == "nathalie.cools@example.be"


@pytest.mark.parametrize(("text", "subject", "relation"), [
    ("Ik vraag dit in naam van mijn moeder, Godelieve Claes.", "Godelieve Claes", "other"),
    ("Je vous écris de la part de ma fille Manon Lefèvre (14 ans).", "Manon Lefèvre", "parent"),
    ("I'm contacting you on my daughter's behalf (Ella Brown, 15).", "Ella Brown", "parent"),
    ("Mijn man, Dirk Jacobs, heeft mij gevraagd dit te regelen.", "Dirk Jacobs", "other"),
    ("Ma mère, Paulette Simon, m'a demandé de vous écrire.", "Paulette Simon", "other"),
])
def test_more_ways_of_writing_for_someone(text, subject, relation):
    out = senders.detect(text, "Someone Else", "x@example.org")
    assert out.representative is not None and out.representative["relation"] == relation
    assert out.subject_name == subject


def test_being_asked_by_a_colleague_is_no_representation():
    assert senders.detect("Your colleague asked me to email you my new address.", "A B", "a@b.c").representative is None


def test_a_display_name_that_is_an_address_yields_to_the_signature():
    assert senders.requester_name("an.peeters", "verwijder mij aub\nGroetjes, An Peeters") == "An Peeters"


@pytest.mark.parametrize(("text", "follow_up"), [
    ("It's been five weeks and I have had no reply to my deletion request.", True),
    ("Het is nu al zes weken geleden dat ik om inzage vroeg en ik heb niets ontvangen.", True),
    ("Je n'ai toujours rien reçu suite à ma demande du 3 octobre.", True),
    ("Ich habe bis heute nichts von Ihnen gehört.", True),
    ("Meine Anfrage vom 2. Oktober ist immer noch unbeantwortet.", True),
    ("Ich warte noch immer auf eine Antwort auf meine Anfrage.", True),
    ("I'm following up on my email of 3 March.", True),
    ("Thanks for your quick reply yesterday!", False),
    ("Ik wacht op de afdrukken die ik vorige maand bestelde.", False),
])
def test_a_reminder_in_other_words(text, follow_up):
    assert senders.detect(text, "A B", "a@b.c").follow_up is follow_up


@pytest.mark.parametrize(("text", "processor"), [
    ("Mon ancien employeur vous avait commandé des portraits pour le site de l'entreprise.", True),
    ("Jullie waren fotograaf op de nieuwjaarsreceptie, in opdracht van de vzw, begrijp ik.", True),
    ("We are a small consultancy; I booked corporate headshots for myself last year.", False),
    ("I booked a headshot session with you myself for my consultancy website.", False),
])
def test_photos_made_for_an_organisation(text, processor):
    assert senders.detect(text, "A B", "a@b.c").processor is processor


@pytest.mark.parametrize(("display", "signed"), [("Gülşen Çelik", "Gulsen Celik"), ("Anaïs Lefèvre", "Anais Lefevre")])
def test_the_display_name_with_its_letters_beats_the_same_name_typed_without_them(display, signed):
    body = (f"Hallo,\n\nKunnen jullie mij laten weten welke gegevens jullie van mij bewaren?\n\nGroeten,\n{signed}\n")
    frm = Header(display, "utf-8").encode()
    mail = (f"From: {frm} <g.celik@example.org>\r\nTo: Studio Licht <info@studio-licht.nl>\r\nSubject: vraag\r\n"
            "Date: Tue, 17 Nov 2026 10:00:00 +0100\r\nMessage-ID: <n-1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")
    rec = parse_bytes(mail, "n.eml")
    assert rec.is_dsar and rec.requester_name == display


def test_a_heart_or_a_smile_after_a_display_name_is_no_part_of_the_name():
    assert _clean_name("lotte <3") == "lotte"
    assert _clean_name("Sam :)") == "Sam"
    assert _clean_name("Femke xx") == "Femke"
    assert _clean_name("Alexx") == "Alexx"  # letters of the name stay
