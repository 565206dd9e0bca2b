"""Which sentence asks, and for what: rights ruled out or refused, asks in later clauses, preferences and passed-on
questions, hypothetical questions and citations of a document, objects that point back, and the verb read with its
object (a paper, an invoice, the pictures at the places named before).

Every mail and sentence here is written for this test (none is copied from a mail set). Each case fails without
the rule it names.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights
from studio_dsar.core.intake.stance import denied_rights, refuses, refuses_itself
from studio_dsar.core.intake.text import fold, mailing_footer

HI = "Hallo,\n\n"


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a formal letter rules out the rights around the one it invokes, by name and by article
    (HI + "Ik verzoek u de verwerking van mijn gegevens te beperken (artikel 18 AVG). Dit is geen verzoek om wissing als "
     "bedoeld in artikel 17 AVG en evenmin een bezwaar op grond van artikel 21 AVG.\n\nMet vriendelijke groet,\nAnne",
     "nl", ["restriction"]),
    ("Sehr geehrte Damen und Herren,\n\nbitte schränken Sie die Verarbeitung meiner Daten gemäß Art. 18 DSGVO ein. Eine "
     "Löschung nach Art. 17 DSGVO verlange ich ausdrücklich nicht.\n\nMit freundlichen Grüßen\nJan", "de", ["restriction"]),
    ("Madame, Monsieur,\n\nJe vous demande de limiter le traitement de mes données (article 18 RGPD). Ce n'est pas une "
     "demande d'effacement au sens de l'article 17 RGPD.\n\nCordialement,\nLéa", "fr", ["restriction"]),
    # what someone else asked, reported and refused: no erasure; kept and not used, a restriction
    (HI + "Mijn broer heeft u geschreven dat al onze gezinsfoto's gewist moeten worden. Alsjeblieft niet doen. Gebruik ze "
     "wel nergens meer voor tot we het eens zijn.\n\nIris", "nl", ["restriction"]),
    # "not delete" and "dont use", typed without apostrophes
    ("Hello,\n\nPlease, not delete my photos now, I need them for the insurance. But dont use them for nothing.\n\nOla",
     "en", ["restriction"]),
])
def test_a_right_ruled_out_or_refused_is_no_right(text, lang, want):
    assert detect_rights(text, lang).rights == want


def test_denials_read_by_name_and_by_article():
    assert denied_rights(fold("Dit is geen verzoek om wissing (artikel 17 AVG) en evenmin een bezwaar.")) == {"erasure", "objection"}
    assert denied_rights(fold("Statt einer Löschung bitte ich um Einschränkung.")) == {"erasure"}
    assert denied_rights(fold("I want not only access but also erasure.")) == set()  # both asked
    assert denied_rights(fold("I have no access to my gallery.")) == set()  # a statement, no request ruled out


def test_a_refusal_is_a_sentence_of_its_own_or_a_tail_after_a_colon():
    assert refuses(fold("Alsjeblieft niet doen.")) and refuses(fold("Please don't!")) and refuses(fold("Surtout pas."))
    assert not refuses(fold("Please don't delete my photos."))
    assert refuses_itself(fold("Und bevor Sie jetzt alles löschen: das will ich ausdrücklich NICHT."))


@pytest.mark.parametrize(("text", "lang", "want"), [
    # an imperative after "en" asks as much as one opening the sentence
    (HI + "Hou op met die nieuwsbrief en gooi al mijn gegevens weg. Ik wil nooit meer iets van jullie horen.\n\nPiet",
     "nl", ["erasure", "objection"]),
    # the writer's preference is a wish
    ("Bonjour,\n\nMerci d'effacer mon compte client. Je reçois aussi toutes les semaines vos publicités par mail, ça ne "
     "sert plus à rien, alors je préfère ne plus les recevoir.\n\nMarie", "fr", ["erasure", "objection"]),
    # someone's ask passed on as an indirect question
    (HI + "Ik stap over naar een andere fotograaf. Zij vroeg of u mijn gegevens en mijn favorietenlijst rechtstreeks naar "
     "haar kunt doorsturen in een bestand dat ze kan inlezen. Daarna mag alles bij u weg.\n\nEls", "nl",
     ["erasure", "portability"]),
    # "unsubscribe" names a mailing by itself
    ("Hi,\n\nUnsubscribe me and remove my details from your records, thanks.\n\nJo", "en", ["erasure", "objection"]),
])
def test_a_second_right_asked_in_a_clause_a_preference_or_a_passed_on_question_stays(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang"), [
    # a question about what could be done one day, under a condition
    ("Hi,\n\nIf we sign the release and later change our minds, is it possible to have the pictures removed then?\n\nSam", "en"),
    # what a document says the writer may do
    ("Bonjour,\n\nDans le contrat, il est écrit que je peux retirer mon consentement à tout moment.\n\nLuc", "fr"),
    # the end of a keeping asked about, in a mail about pictures not to be shown
    ("Hi,\n\nWe're private people, would it be possible that none of the photos go on your website? And how long do you "
     "keep the online gallery before it's deleted?\n\nSam", "en"),
    # "est-ce que" is the question's particle, not "ce que" (what)
    ("Bonjour,\n\nVous m'avez envoyé le formulaire de droit à l'image : est-ce que c'est moi qui dois le signer ?\n\nLuc", "fr"),
    # a shoot wished for without its verb: the wish about its pictures is a condition of the booking
    (HI + "Wij willen graag een gezinsshoot in juli. Wij willen niet dat de foto's online komen, kan dat in het contract?"
     "\n\nBas", "nl"),
    # files paid for with the package: a delivery owed
    (HI + "Ik heb het pakket Premium betaald en daar zaten de onbewerkte bestanden bij. Kun je de RAW's nog sturen? Ik wil "
     "ze zelf bewerken in Lightroom.\n\nFleur", "nl"),
    # an object left out points back at the invoice
    ("Hi,\n\nWe got invoice 2023-88 twice, once with the wrong amount. Could you delete the wrong one and send us a credit "
     "note?\n\nPat", "en"),
    ("Bonjour,\n\nMerci d'annuler la facture 2023-12 et d'en faire une nouvelle au nom de la société. Vous pouvez supprimer "
     "l'ancienne.\n\nPaul", "fr"),
    # a copy of the paper signed
    ("Hi,\n\nCould you send me a copy of the contract I signed?\n\nPat", "en"),
])
def test_no_right_is_asked(text, lang):
    assert detect_rights(text, lang).rights == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the object points back at what the places named before show
    ("Hi,\n\nThe ones from the canal shoot are still on your Instagram and on the website. Could you take them down from "
     "both?\n\nSam", "en", ["withdraw_consent"]),
    ("Hi,\n\nThe ones from the canal shoot are still on your Instagram. I'm not comfortable with that anymore, please take "
     "them down everywhere.\n\nSam", "en", ["withdraw_consent"]),
    # a correction asked right after the writer says what is wrong about them
    ("Hallo,\n\nUnter meinem Foto auf Ihrer Seite steht, ich sei der Trainer. Das stimmt nicht, ich bin Spieler. Bitte "
     "ändern Sie den Text.\n\nOle", "de", ["rectification"]),
    # what is kept back from an erasure, asked as part of it
    ("Hi,\n\nPlease erase all my data. If you cannot erase some of it for legal reasons, tell me which data you keep and "
     "why.\n\nPat", "en", ["erasure"]),
])
def test_the_right_is_read_from_the_verb_and_what_its_object_points_at(text, lang, want):
    assert detect_rights(text, lang).rights == want


def test_a_mailing_footer_says_why_the_reader_gets_it_or_offers_to_stop_our_messages():
    assert mailing_footer(fold("You receive this e-mail because your company is listed in our directory."))
    assert mailing_footer(fold("To stop receiving our messages, click here."))


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a negation that goes on ("... en ik wil niet dat ...") refuses something else, it rules out no right named before
    (HI + "Ik maak bezwaar tegen het gebruik van mijn foto en ik wil niet dat die nog online staat.\n\nRik", "nl", ["objection"]),
    # the studio asked to act under a condition is an ask, not a hypothetical question
    ("Hallo,\n\nKönnen Sie meine Daten löschen, wenn ich sie später nicht mehr brauche?\n\nJan", "de", ["erasure"]),
    (HI + "Kunnen jullie, als ik later van gedachten verander, mijn foto's dan verwijderen?\n\nRik", "nl", ["erasure"]),
    # paid for without a package whose files are owed: the originals to work on are still taken along
    (HI + "Ik heb de shoot destijds betaald. Mag ik de originele RAW-bestanden krijgen? Ik wil ze zelf bewerken in "
     "Lightroom.\n\nFleur", "nl", ["portability"]),
])
def test_the_new_readings_stop_where_they_should(text, lang, want):
    assert detect_rights(text, lang).rights == want


def test_a_withdrawal_read_only_from_marketing_beside_its_objection_is_the_objection():
    text = ("Hello,\n\nI keep getting your newsletter. I don't want my address used for promotion and I don't want to be in "
            "your ad audiences either. Please stop.\n\nFi")
    assert detect_rights(text, "en").rights == ["objection"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the writer's subject left out, as in a note typed fast
    (HI + "Ik krijg elke week jullie actiemails. Wil die mails niet meer ontvangen. Bedankt\n\nKees", "nl", ["objection"]),
    ("Hi,\n\nI get your promo mails every week. Want them to stop. Thanks\n\nJo", "en", ["objection"]),
])
def test_a_first_person_verb_without_its_subject_is_the_writers(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang"), [
    # an imperative without a verb points back at the picture at the place named before
    ("Hallo,\n\nIhr habt ein Foto von mir auf eurem Instagram. Runter damit, sofort.\n\nFlo", "de"),
    (HI + "Er staat een foto van mij op jullie website. Weg ermee!\n\nFlo", "nl"),
])
def test_an_elliptic_take_down_is_a_withdrawal(text, lang):
    assert detect_rights(text, lang).rights == ["withdraw_consent"]


def test_a_writer_who_types_accents_writes_or_as_ou_and_where_as_ou_grave():
    # "ou elle, ou nous deux ?" asks who signs, not where the data is
    assert detect_rights("Bonjour,\n\nVous m'avez envoyé le formulaire de droit à l'image : c'est moi qui dois le signer, ou "
                         "elle, ou nous deux ?\n\nKarin", "fr").rights == []
    assert detect_rights("Bonjour,\n\nOù avez-vous trouvé mes données personnelles ?\n\nKarin", "fr").rights == ["access"]


def test_a_picture_taken_down_beside_marketing_stopped_stays_a_withdrawal():
    text = "Hallo,\n\nHaal mijn foto aub van jullie Instagrampagina en stuur me ook geen reclamemails meer.\n\nJef"
    assert detect_rights(text, "nl").rights == ["objection", "withdraw_consent"]
