"""What a mail asks for, read from general shapes rather than one mail's phrasing: rights a letter says it leaves
out of the request, an objection to a deletion (a wish to keep), questions about what could be done later, a
statement that data is correct, and a hold asked for while an objection is answered.

Every mail and sentence here is written for this test (none is copied from a mail set).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights


@pytest.mark.parametrize("text,language", [
    ("Je vous demande de me transmettre une copie de mes données. Les droits d'effacement (article 17) et "
     "d'opposition (article 21) ne font pas l'objet de la présente demande.", "fr"),
    ("Please send me a copy of my data. Erasure (Art. 17 GDPR) and the right to object are not part of this request.", "en"),
    ("Graag een kopie van mijn gegevens. Het recht op wissing en bezwaar maken geen deel uit van dit verzoek.", "nl"),
])
def test_rights_left_out_of_the_request_are_not_asked(text, language):
    assert detect_rights(text, language).rights == ["access"]


@pytest.mark.parametrize("text,language", [
    ("Ik wil graag weten of ik de foto's zelf mag delen en of ik later kan vragen om ze niet meer te gebruiken.", "nl"),
    ("Can you use the photos forever? And what happens if I want to stop that later on - is that possible?", "en"),
    ("Je voudrais savoir si je pourrai plus tard vous demander de retirer les photos de votre site.", "fr"),
    ("Was passiert, wenn ich die Fotos später doch löschen lassen möchte?", "de"),
])
def test_a_question_about_what_could_be_asked_later_asks_nothing(text, language):
    assert detect_rights(text, language).rights == []


def test_a_later_need_beside_a_plain_ask_keeps_the_ask():
    assert detect_rights("Please delete my data. If I need photos later I will book again.", "en").rights == ["erasure"]


@pytest.mark.parametrize("text,language", [
    ("Ich widerspreche dieser Löschung ausdrücklich, da ich die Fotos als Beweis benötige.", "de"),
    ("You wrote that you will delete the photos of our wedding next month. I object to that deletion: I need them for "
     "a court case.", "en"),
    ("Vous m'avez écrit que vous allez supprimer les photos. Je m'oppose à cette suppression, j'en ai besoin pour une "
     "procédure.", "fr"),
    ("Jullie schreven dat jullie de foto's gaan vernietigen. Ik maak bezwaar tegen die vernietiging, ik heb ze nodig "
     "als bewijs.", "nl"),
])
def test_an_objection_to_a_deletion_asks_to_keep(text, language):
    assert detect_rights(text, language).rights == ["restriction"]


@pytest.mark.parametrize("text,language", [
    ("Ich widerspreche der Verarbeitung und verlange die Löschung meiner Daten.", "de"),
    ("I object to the processing of my data and request its deletion.", "en"),
])
def test_an_objection_beside_a_deletion_stays_two_rights(text, language):
    assert detect_rights(text, language).rights == ["erasure", "objection"]


@pytest.mark.parametrize("text,language", [
    ("Je n'accepte plus que tu utilises les photos de notre shooting dans ton portfolio, ni sur Insta.", "fr"),
    ("I don't accept anymore that you use my photos on Instagram.", "en"),
    ("Ik accepteer niet meer dat jullie mijn foto's in jullie portfolio gebruiken.", "nl"),
])
def test_no_longer_accepting_a_use_withdraws_consent(text, language):
    assert detect_rights(text, language).rights == ["withdraw_consent"]


@pytest.mark.parametrize("text,language", [
    ("Je n'accepte plus vos conditions de paiement, merci de m'envoyer une nouvelle facture.", "fr"),
    ("I no longer accept your late delivery, please refund the deposit.", "en"),
])
def test_no_longer_accepting_terms_withdraws_nothing(text, language):
    assert "withdraw_consent" not in detect_rights(text, language).rights


@pytest.mark.parametrize("text,language", [
    ("J'ai vu une photo de moi dans votre publicité. Je m'oppose à ce que mes données soient utilisées pour votre "
     "publicité. En attendant votre réponse, merci de cesser toute utilisation de ces images.", "fr"),
    ("I object to the use of my portrait in your ads. In the meantime, please stop using it.", "en"),
    ("Ich widerspreche der Nutzung meiner Fotos für Werbung. Bis dahin unterlassen Sie bitte jede Nutzung.", "de"),
])
def test_a_hold_meanwhile_beside_an_objection_is_a_restriction(text, language):
    assert detect_rights(text, language).rights == ["restriction", "objection"]


def test_a_hold_meanwhile_alone_is_no_restriction():
    assert detect_rights("En attendant votre réponse, merci de cesser toute utilisation de ces images.", "fr").rights == []


@pytest.mark.parametrize("text", [
    "Daarnaast tekent zij uitdrukkelijk bezwaar aan tegen elk verder gebruik van haar beeltenis voor de promotie van uw "
    "studio, waarvoor u zich in uw privacyverklaring beroept op uw gerechtvaardigd belang.",
    "Namens mijn cliënte maakt zij bezwaar tegen het gebruik van haar foto's, waarvoor u in uw privacybeleid een "
    "gerechtvaardigd belang noemt.",
])
def test_an_objection_passed_on_with_the_policy_in_a_relative_clause(text):
    assert detect_rights(text, "nl").rights == ["objection"]


@pytest.mark.parametrize("text,language", [
    ("On the invoice you wrote Jerome Piete, it is Jérôme Piette with two t's. Can you change that in your system?", "en"),
    ("Op de factuur schrijven jullie Jerome Piete, het is Jérôme Piette met twee t's. Kunnen jullie dat aanpassen?", "nl"),
    ("Sur la facture vous ecrivez Jerome Piete, c est Jérôme Piette avec deux t. Vous pouvez changer ca dans votre systeme ?", "fr"),
    ("Auf der Rechnung schreiben Sie Jerome Piete, es ist Jérôme Piette mit zwei t. Können Sie das bitte ändern?", "de"),
])
def test_a_value_as_written_against_the_right_one_then_change_it_is_rectification(text, language):
    assert detect_rights(text, language).rights == ["rectification"]


@pytest.mark.parametrize("text", [
    "You wrote that the shoot is on Friday, it is fine. Can you change it to Saturday?",
    "You wrote Friday, it is fine. Can you change it to Saturday?",
])
def test_a_value_said_to_be_fine_is_no_rectification(text):
    assert detect_rights(text, "en").rights == []


@pytest.mark.parametrize("text,language,rights", [
    ("Onze gegevens voor de factuur zijn correct zo.", "nl", []),
    ("Mijn gegevens staan correct in jullie systeem, maar mijn foto's wil ik graag weg.", "nl", ["erasure"]),
    ("My details are correct, thanks.", "en", []),
    ("Please correct my address, it is Kerkstraat 5.", "en", ["rectification"]),
])
def test_data_said_to_be_correct_asks_no_rectification(text, language, rights):
    assert detect_rights(text, language).rights == rights


@pytest.mark.parametrize("text,language", [
    ("We received invoice 2024-0117 twice, with a different number but the same amount. Please delete the duplicate "
     "from your records and send us a credit note.", "en"),
    ("Nous avons reçu la facture 2024-0117 deux fois. Merci de supprimer le doublon de vos fichiers.", "fr"),
    ("Wij kregen factuur 2024-0117 twee keer. Kunnen jullie het duplicaat verwijderen?", "nl"),
])
def test_a_duplicate_of_an_invoice_deleted_is_no_erasure(text, language):
    assert detect_rights(text, language).rights == []


@pytest.mark.parametrize("text,rights", [
    ("I have two accounts with you. Please delete the duplicate account.", ["erasure"]),
    ("We received the invoice twice. Please also delete the duplicate photos of me from your website.", ["withdraw_consent"]),
])
def test_a_duplicate_of_the_writers_data_deleted_stays_a_right(text, rights):
    assert detect_rights(text, "en").rights == rights


@pytest.mark.parametrize("text,language", [
    ("You asked if you could post one on Instagram and I said yes. Now I have a new job. Could you please take the "
     "picture down and not use it for ads or the website anymore?", "en"),
    ("Du hattest gefragt, ob du eins davon auf Instagram posten darfst, und ich hatte ja gesagt. Inzwischen möchte ich "
     "das nicht mehr. Kannst du das Bild bitte rausnehmen und auch nicht mehr für Werbung benutzen?", "de"),
])
def test_a_take_down_with_its_ads_use_after_consent_given_is_one_withdrawal(text, language):
    assert detect_rights(text, language).rights == ["withdraw_consent"]


def test_a_mailing_stopped_beside_a_take_down_stays_an_objection():
    text = "Please take my photo off your website and stop sending me the newsletter, I once agreed to both."
    assert detect_rights(text, "en").rights == ["objection", "withdraw_consent"]


@pytest.mark.parametrize("text,language", [
    ("She can't read her email while we're travelling. She signed that you could use two of the images on your site. "
     "She has changed her mind and wants them taken down, please.", "en"),
    ("Ik kan mijn e-mail op het werk niet lezen. Ik heb getekend dat jullie mijn foto op de site mogen zetten. Ik ben "
     "van gedachten veranderd en wil dat die foto eraf gaat.", "nl"),
])
def test_a_mind_changed_is_no_field_changed(text, language):
    assert detect_rights(text, language).rights == ["withdraw_consent"]


def test_a_mistake_pointed_back_at_an_invoice_is_no_rectification():
    text = ("We kregen factuur 2024-077 twee keer, de tweede met een ander nummer maar hetzelfde bedrag. Ik denk dat die "
            "tweede een vergissing is.")
    assert detect_rights(text, "nl").rights == []


def test_a_mistake_pointed_back_at_a_field_stays_a_rectification():
    text = "In jullie klantenbestand staat mijn oude telefoonnummer. Dat is een vergissing, graag aanpassen."
    assert detect_rights(text, "nl").rights == ["rectification"]


@pytest.mark.parametrize("text,rights", [
    ("Ich möchte keinen Newsletter mehr von Ihnen bekommen.", ["objection"]),
    ("Wir wollen keinen Katalog und keinen Newsletter mehr von euch.", ["objection"]),
    ("Schmeißt bitte alles weg, was ihr von mir habt.", ["erasure"]),
    ("Ich will nicht mehr, dass mein Bild in eurem Schaufenster hängt.", ["withdraw_consent"]),
])
def test_german_plain_words(text, rights):
    assert detect_rights(text, "de").rights == rights


@pytest.mark.parametrize("text", [
    "Sie möchten keinen Newsletter mehr erhalten? Dann klicken Sie hier.",
    "Ich habe seit Mai keinen Newsletter mehr bekommen, ist da etwas schiefgelaufen?",
])
def test_german_newsletter_footers_and_statements_ask_nothing(text):
    assert detect_rights(text, "de").rights == []


def test_pictures_of_me_shown_on_a_page_then_can_it_come_off_is_a_withdrawal():
    text = ("You took some pictures of me at the Pride event last summer and one is on your homepage. I'm not out to my "
            "family yet. Can it come off, please?")
    assert detect_rights(text, "en").rights == ["withdraw_consent"]


def test_files_passed_on_to_the_new_photographer_named_before_are_portability():
    text = ("We're switching to another photographer for the kids' yearly shoot. Could you pass our family's files and "
            "details on to her? Her email is ann@lensworks.example.")
    assert detect_rights(text, "en").rights == ["portability"]


@pytest.mark.parametrize("text,language", [
    ("Graag ontvang ik een overzicht van alle persoonsgegevens die u van mij verwerkt. Ik wijs u erop dat ik na "
     "ontvangst kan besluiten om correctie of verwijdering te vragen.", "nl"),
    ("Please send me a copy of my data. After receiving it I may decide to ask for erasure.", "en"),
    ("Je vous demande une copie de mes données. Je pourrai ensuite décider de demander leur effacement.", "fr"),
    ("Ich bitte um Auskunft über meine Daten. Sollten die Daten unrichtig sein, behalte ich mir vor, eine Berichtigung "
     "zu verlangen.", "de"),
])
def test_what_the_writer_may_decide_or_reserves_for_later_is_not_asked(text, language):
    assert detect_rights(text, language).rights == ["access"]


def test_a_decision_taken_asks():
    assert detect_rights("I have decided to ask you to delete my data.", "en").rights == ["erasure"]


@pytest.mark.parametrize("text,language", [
    ("Hallo, ik ben verhuisd naar Kerkstraat 4 in Gent, willen jullie dat aanpassen? En eigenlijk hoef ik de "
     "nieuwsbrief ook niet meer.", "nl"),
    ("Hi, I moved to 4 Church Street, could you update my address? I don't need the newsletter any more either.", "en"),
    ("Bonjour, j'ai déménagé au 4 rue de l'Église, pouvez-vous mettre mon adresse à jour ? Je n'ai plus besoin de "
     "votre newsletter non plus.", "fr"),
    ("Hallo, ich bin in die Kirchstraße 4 umgezogen, können Sie meine Adresse ändern? Den Newsletter brauche ich auch "
     "nicht mehr.", "de"),
])
def test_a_mailing_no_longer_needed_is_a_second_right_asked_for(text, language):
    assert detect_rights(text, language).rights == ["rectification", "objection"]


def test_a_move_without_a_street_or_an_ask_is_small_talk():
    assert detect_rights("We zijn verhuisd, het is hier heerlijk.", "nl").rights == []


@pytest.mark.parametrize("text,language", [
    ("My daughter (she's 15) is on the front page of your site in her dance costume. She hates it. Please get it off "
     "there.", "en"),
    ("Mijn zoon staat op jullie Facebookpagina met zijn voetbalteam. Kunnen jullie die weghalen?", "nl"),
    ("Ma fille est sur la page d'accueil de votre site. Merci de la retirer.", "fr"),
    ("Meine Tochter ist auf Ihrer Homepage zu sehen. Können Sie das bitte entfernen?", "de"),
])
def test_a_relative_shown_on_a_page_then_a_pronoun_taken_off_is_a_withdrawal(text, language):
    assert detect_rights(text, language).rights == ["withdraw_consent"]


def test_a_relatives_data_deleted_after_a_page_is_still_an_erasure():
    text = "Mijn zoon staat op jullie Facebookpagina met zijn voetbalteam. Kunnen jullie al zijn gegevens verwijderen?"
    assert detect_rights(text, "nl").rights == ["erasure"]


@pytest.mark.parametrize("text,language", [
    ("Quick one - do you still have my passport photo scans from last year on your computer? If so I'd feel better if "
     "they were gone.", "en"),
    ("Hebben jullie mijn paspoortscan nog op jullie computer? Dan zou ik liever hebben dat die weg is.", "nl"),
    ("Vous avez encore les scans de ma carte d'identité ? Je préférerais qu'ils soient supprimés.", "fr"),
    ("Haben Sie noch meine Ausweiskopie gespeichert? Mir wäre lieber, wenn die gelöscht wäre.", "de"),
])
def test_a_wish_that_what_is_kept_be_gone_is_an_erasure(text, language):
    assert detect_rights(text, language).rights == ["erasure"]
