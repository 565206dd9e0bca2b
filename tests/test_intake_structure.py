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


# --------------------------------------------------------------------------------------
# Two requests in paragraphs of their own: one is not taken back because of the other
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Hallo,\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor jullie nieuwsbrief op basis van gerechtvaardigd "
     "belang.\n\nDaarnaast nog iets: ik sta op de groepsfoto op jullie website. Dat vond ik toen goed, maar nu niet meer. "
     "Willen jullie die foto weghalen?\n\nGroet,\nAnke", "nl"),
    ("Hello,\n\nI object to you using my details for marketing based on your legitimate interest.\n\nAlso, I am in one "
     "of the photos on your Instagram from the open day. Please take that picture down.\n\nThanks,\nMia", "en"),
    ("Bonjour,\n\nJe m'oppose au traitement de mes données à des fins de prospection fondé sur votre intérêt légitime."
     "\n\nPar ailleurs, je figure sur une photo de votre site. Merci de la retirer.\n\nCordialement,\nLéa", "fr"),
    ("Guten Tag,\n\nich widerspreche der Nutzung meiner Daten für Werbung aufgrund Ihres berechtigten Interesses.\n\n"
     "Außerdem bin ich auf einem Foto auf Ihrer Webseite zu sehen. Bitte nehmen Sie das Foto herunter.\n\nGrüße\nJonas",
     "de"),
])
def test_a_second_request_on_another_matter_is_kept(text, lang):
    assert detect_rights(text, lang).rights == ["objection", "withdraw_consent"]


def test_an_objection_and_a_take_down_of_the_same_picture_stay_one_objection():
    text = ("Hello,\n\nI object to you using my portrait in your ads based on legitimate interest, please take it "
            "down.\n\nThanks,\nMia")
    assert detect_rights(text, "en").rights == ["objection"]


# --------------------------------------------------------------------------------------
# Flemish as spoken and typed
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Hebde gij nog foto's van mij? Stuurt ze mij aub door.", ["access"]),
    ("Gelieve mijnen naam juist te zetten: 't is Verstraeten met een e.", ["rectification"]),
    ("Kunt ge al mijn foto's in't origineel naar mijne nieuwe fotograaf sturen?", ["portability"]),
    # "nie" in a sentence that keeps things: read by the whole-mail reading of "do not delete" too
    ("Gelieve de beelden nie te wissen, ik heb ze nodig als bewijs. Gebruik ze wel nergens meer voor.", ["restriction"]),
])
def test_flemish_is_read_as_standard_dutch(text, want):
    assert detect_rights(text, "nl").rights == want


@pytest.mark.parametrize(("flemish", "standard"), [
    ("kunde gij mijnen naam aanpassen", "kunt u mijn naam aanpassen"),
    ("ge moogt mij uit ulle nieuwsbrief halen", "u moogt mij uit jullie nieuwsbrief halen"),
    ("stuurt ze mij aub door", "stuur ze mij aub door"),
    # not an imperative: a question with its subject, or a third person; "de mijne" is "mine"
    ("wist ge da?", "wist u dat?"),
    ("hij stuurt ze door", "hij stuurt ze door"),
    ("de foto van de mijne", "de foto van de mijne"),
    ("vergeet mij maar", "vergeet mij maar"),  # a stem that ends in "t" itself
])
def test_flemish_forms(flemish, standard):
    from studio_dsar.core.intake.classify import standard_dutch

    assert standard_dutch(flemish) == standard


# --------------------------------------------------------------------------------------
# The writer's mood: thinking about it, maybe later, not now
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("I might ask you to delete my data at some point, but not now.", "en"),
    ("Maybe later I'll want a copy of my data.", "en"),
    ("Misschien vraag ik later nog om mijn gegevens te verwijderen.", "nl"),
    ("Ik overweeg om mijn gegevens te laten verwijderen, wat zijn de gevolgen?", "nl"),
    ("Il se peut que je vous demande plus tard de supprimer mes données.", "fr"),
    ("Vielleicht werde ich Sie später bitten, meine Daten zu löschen.", "de"),
    ("Ich überlege, ob ich meine Daten löschen lassen soll. Was passiert dann mit meiner Galerie?", "de"),
])
def test_a_wish_for_another_time_asks_nothing_yet(text, lang):
    assert detect_rights(text, lang).rights == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("If you still have my photos, please delete them.", "en", ["erasure"]),
    ("Si vous avez encore mes photos, merci de les supprimer.", "fr", ["erasure"]),
    ("Falls Sie meine Fotos noch haben, löschen Sie sie bitte.", "de", ["erasure"]),
    # thinking it over, but asking now all the same
    ("I was thinking about it for a while and would now like you to delete my data, please.", "en", ["erasure"]),
    ("Ik heb erover nagedacht en wil nu graag dat jullie mijn gegevens verwijderen.", "nl", ["erasure"]),
])
def test_a_condition_or_a_thought_with_an_ask_now_is_a_request(text, lang, want):
    assert detect_rights(text, lang).rights == want


# --------------------------------------------------------------------------------------
# One meaning, four languages: the same right in each
# --------------------------------------------------------------------------------------

_PARITY = [
    (["erasure"], {
        "en": "I want you to remove everything you have about me from your files.",
        "nl": "Ik wil dat jullie alles wat jullie over mij hebben uit jullie bestanden halen.",
        "fr": "Je veux que vous retiriez de vos fichiers tout ce que vous avez sur moi.",
        "de": "Ich möchte, dass Sie alles, was Sie über mich haben, aus Ihren Unterlagen entfernen."}),
    (["objection"], {
        "en": "Please delete my email address from your newsletter list.",
        "nl": "Verwijder aub mijn e-mailadres uit jullie nieuwsbrieflijst.",
        "fr": "Merci de supprimer mon adresse e-mail de votre liste de newsletter.",
        "de": "Bitte löschen Sie meine E-Mail-Adresse aus Ihrem Newsletter-Verteiler."}),
    (["restriction"], {
        "en": "I dispute that the data you hold about me is accurate; please stop using it until you have checked it.",
        "nl": "Ik betwist dat de gegevens die jullie over mij hebben juist zijn; gebruik ze aub niet meer tot jullie het "
              "hebben nagekeken.",
        "fr": "Je conteste l'exactitude des données que vous détenez sur moi ; merci de ne plus les utiliser jusqu'à ce "
              "que vous ayez vérifié.",
        "de": "Ich bestreite die Richtigkeit der Daten, die Sie über mich haben; bitte verwenden Sie sie nicht, bis Sie "
              "das geprüft haben."}),
    (["erasure", "withdraw_consent"], {
        "en": "I signed a model release in 2022. I revoke it and want all the photos of me deleted.",
        "nl": "Ik heb in 2022 een quitclaim getekend. Ik trek die in en wil dat alle foto's van mij verwijderd worden.",
        "fr": "J'ai signé une autorisation de droit à l'image en 2022. Je la révoque et je veux que toutes les photos de "
              "moi soient supprimées.",
        "de": "Ich habe 2022 eine Einwilligung für Fotos unterschrieben. Ich widerrufe sie und möchte, dass alle Fotos "
              "von mir gelöscht werden."}),
    ([], {
        "en": "You have the right to access, correct or delete your data at any time.",
        "nl": "U heeft altijd het recht om uw gegevens in te zien, te verbeteren of te verwijderen.",
        "fr": "Vous avez à tout moment le droit d'accéder à vos données, de les rectifier ou de les supprimer.",
        "de": "Sie haben jederzeit das Recht, Ihre Daten einzusehen, zu berichtigen oder zu löschen."}),
    (["access"], {
        "en": "Do you still have any pictures of me? If so, I'd like to have them.",
        "nl": "Hebben jullie nog foto's van mij? Zo ja, dan wil ik ze graag hebben.",
        "fr": "Avez-vous encore des photos de moi ? Si oui, j'aimerais les avoir.",
        "de": "Haben Sie noch Fotos von mir? Wenn ja, hätte ich sie gerne."}),
    (["withdraw_consent"], {
        "en": "Under Article 17 GDPR you have to erase data once consent is withdrawn. I withdraw my consent to show my "
              "photos in your portfolio.",
        "nl": "Volgens artikel 17 AVG moeten jullie gegevens wissen als de toestemming wordt ingetrokken. Ik trek mijn "
              "toestemming in om mijn foto's in jullie portfolio te tonen.",
        "fr": "Selon l'article 17 du RGPD, vous devez effacer les données lorsque le consentement est retiré. Je retire "
              "mon consentement à l'affichage de mes photos dans votre portfolio.",
        "de": "Nach Art. 17 DSGVO müssen Sie Daten löschen, wenn die Einwilligung widerrufen wird. Ich widerrufe meine "
              "Einwilligung, meine Fotos in Ihrem Portfolio zu zeigen."}),
]


@pytest.mark.parametrize(("want", "lang", "text"),
                         [(want, lang, text) for want, by in _PARITY for lang, text in by.items()])
def test_one_meaning_gives_the_same_rights_in_each_language(want, lang, text):
    assert detect_rights(text, lang).rights == want
