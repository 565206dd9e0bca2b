"""Rights read only where a sentence asks for them: what a switch-off, a take-down or a request names decides which
right it is, and a right is not read a second time from the words of the first.

Every mail and sentence here is written for this test (none is copied from a mail set). Each case fails without
the rule it names.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the processing objected to is switched off: no account held back, so no restriction beside the objection
    ("Bonjour,\n\nJe m'oppose au profilage qui en découle : merci de désactiver l'analyse de mes photos.\n\nMarc",
     "fr", ["objection"]),
    ("Bonjour,\n\nJe m'oppose au profilage publicitaire et merci de désactiver l'analyse de mon visage.\n\nRuth",
     "fr", ["objection"]),
    # an account switched off and erased is still only the erasure (the older rule, kept)
    ("Hallo,\n\nZet mijn account op non-actief en verwijder daarna mijn profiel.\n\nTom", "nl", ["erasure"]),
])
def test_a_processing_switched_off_beside_its_objection_is_the_objection(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang"), [
    ("Hallo,\n\nMijn werkgever heeft bij jullie foto's laten maken van het team voor de website. Ik werk daar niet meer en "
     "ik wil niet dat mijn foto nog bij jullie in een map zit. Kunnen jullie mijn foto's en gegevens wissen?\n\nGroet,\nBas",
     "nl"),
    ("Hello,\n\nMy old employer had team photos taken by you for their website. I left in June and I don't want that my "
     "picture still sits in your folders. Could you erase my photos and details?\n\nBas", "en"),
])
def test_that_before_a_subject_is_the_conjunction_and_points_back_at_no_place(text, lang):
    # "ik wil niet dat mijn foto ...": "dat" opens a clause, so the website named before is not where the photo is;
    # the photo is kept at the studio and erased, not taken off a public place
    assert detect_rights(text, lang).rights == ["erasure"]


def test_a_label_of_two_words_carries_no_reading_of_the_model():
    # the subject "toestemming instagram" over a mail that gives permission: the model read a withdrawal in the
    # two-word label; a topic named asks nothing
    from studio_dsar.core.intake import parse_bytes

    mail = ("From: Noor Jansen <noor.j@example.nl>\nTo: studio@example.nl\nSubject: toestemming instagram\n"
            "Date: Mon, 3 Mar 2025 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\nHoi Sanne!\n\n"
            "Van mij mogen jullie de foto's van het tuinfeest best op Facebook zetten hoor, ook die bij de vijver. "
            "Kunnen jullie me er dan in taggen?\n\nGroetjes, Noor\n")
    record = parse_bytes(mail.encode("utf-8"), "toestemming.eml")
    assert not record.is_dsar and record.rights == []


@pytest.mark.parametrize(("text", "lang"), [
    # the writer's own removal, told: nothing is asked of the studio
    ("Hi,\n\nI emptied my phone and deleted all the photos of our wedding. Silly me, I know.\n\nMaya", "en"),
    ("deleted my photos by accident :(\n\nHi Tom, any chance of a new download link?\n\nMaya", "en"),
    ("Hallo,\n\nIk heb per ongeluk alle foto's van de doop verwijderd. Kunnen jullie de downloadlink nog eens "
     "sturen?\n\nSanne", "nl"),
    ("Hallo,\n\nich habe beim Aufräumen versehentlich alle Fotos der Taufe gelöscht. Könnten Sie den Link noch "
     "einmal schicken?\n\nJonas", "de"),
])
def test_the_writers_own_removal_told_is_no_erasure(text, lang):
    assert detect_rights(text, lang).rights == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    # an ask beside the writer's own removal stays
    ("Hi,\n\nI deleted my account on your site last week. Could you also erase my details?\n\nMaya", "en", ["erasure"]),
    ("Hallo,\n\nVerwijder mijn gegevens uit jullie klantenbestand.\n\nSanne", "nl", ["erasure"]),
])
def test_an_ask_beside_the_writers_own_removal_stays(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize("text", [
    "Hi Joost,\n\nHow long is the consent on the release valid, is there an end date?\n\nIsa",
    "Hi Joost,\n\nHow long does my permission last, when does it end?\n\nIsa",
])
def test_a_question_about_how_long_something_is_valid_asks_nothing(text):
    # the term of a consent asked about: no withdrawal ("how long do you keep my data?" stays access, below)
    assert detect_rights(text, "en").rights == []


def test_how_long_my_data_is_kept_stays_an_access_question():
    assert detect_rights("Hi,\n\nHow long do you keep my data?\n\nIsa", "en").rights == ["access"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Hello,\n\nDo you keep the files forever, or delete them after a while?\n\nOlivia", "en"),
    ("Hallo,\n\nBewaren jullie de bestanden voor altijd, of verwijderen jullie ze na een tijdje?\n\nOlivia", "nl"),
    ("Bonjour,\n\nVous supprimez les fichiers après un moment ?\n\nOlivia", "fr"),
    ("Hello,\n\nDoes the studio delete the files after a while?\n\nOlivia", "en"),
])
def test_a_question_about_what_the_studio_does_asks_no_right(text, lang):
    assert detect_rights(text, lang).rights == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a modal ask, or the writer's own files, stay asks
    ("Hallo,\n\nKunnen jullie de bestanden van onze shoot verwijderen?\n\nOlivia", "nl", ["erasure"]),
    ("Bonjour,\n\nPouvez-vous supprimer mes fichiers ?\n\nOlivia", "fr", ["erasure"]),
])
def test_a_modal_ask_is_no_question_about_practice(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the invoice is what goes; "uit uw systeem" only says from where
    ("Goedemiddag,\n\nIk kreeg de nota twee keer. Wilt u de dubbele factuur verwijderen uit uw systeem?\n\nEls", "nl", []),
    ("Guten Tag,\n\nkönnten Sie die doppelte Rechnung aus Ihrem System löschen?\n\nEls", "de", []),
    # the writer's data named beside it: erased
    ("Goedemiddag,\n\nWilt u mijn gegevens en de factuur verwijderen uit uw systeem?\n\nEls", "nl", ["erasure"]),
    # the storage is what is deleted, not where from: erased
    ("Hi,\n\nWould you delete the raw files after delivery?\n\nEls", "en", ["erasure"]),
])
def test_where_a_business_item_is_deleted_from_is_no_object_of_the_deletion(text, lang, want):
    assert detect_rights(text, lang).rights == want


def test_an_opt_out_offered_as_a_question_with_its_reply_code_is_a_mailing_footer():
    from studio_dsar.core.intake.text import fold, mailing_footer

    assert mailing_footer(fold("Bestel nu via onze site.\n\nAfmelden? Stuur STOP."))
    assert mailing_footer(fold("Book today!\n\nUnsubscribe? Text STOP to 4411"))
    # a writer who asks to be taken off names no reply code
    assert not mailing_footer(fold("Afmelden graag. Stuur me niets meer."))


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a fellow business tells of its own customer's request: nothing is asked of the studio
    ("Hoi Annelies,\n\nIk zit met een vraag: een klant van mij vraagt om al haar gegevens en foto's te wissen. Hoe "
     "pak jij dat aan?\n\nRoos", "nl", []),
    ("Hi Anna,\n\nQuick question: one of my customers wants all her photos and data deleted. How do you go about "
     "that?\n\nRoos", "en", []),
    # "my customer file" is the writer's record, no customer of theirs
    ("Hello,\n\nThe address on my customer file is out of date.\n\nRoos", "en", ["rectification"]),
    # the writer's customer who asks the studio, through the writer, is passed on
    ("Hallo,\n\nEen klant van mij vraagt of u haar foto's van uw website wilt halen.\n\nRoos", "nl", ["withdraw_consent"]),
])
def test_a_request_made_of_the_writers_own_business_asks_the_studio_nothing(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # "waar ze staan" is where the data already is, a relative clause: no question of access
    ("Hallo,\n\nKunnen jullie mijn gegevens voorlopig laten staan waar ze staan?\n\nBram", "nl", []),
    # the place of the writer's data asked about stays an access question
    ("Hallo,\n\nKunnen jullie me zeggen waar mijn gegevens staan?\n\nBram", "nl", ["access"]),
])
def test_where_they_are_is_no_question_of_access(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize("text", [
    "Hi,\n\nHonestly I'd prefer you got rid of the whole lot: the photos, my details, everything.\n\nJen",
    "Hi,\n\nI would prefer it if you deleted my data.\n\nJen",
])
def test_a_wish_with_the_verb_in_the_past_asks(text):
    assert detect_rights(text, "en").rights == ["erasure"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the mailing named before, no longer to be received: an objection
    ("Hallo,\n\nIk krijg al jaren jullie nieuwsbrief. Ik wil die dus niet meer ontvangen.\n\nIneke", "nl", ["objection"]),
    ("Hi,\n\nI get your newsletter every week. I don't want to receive it anymore.\n\nIneke", "en", ["objection"]),
    ("Hallo,\n\nich bekomme Ihren Newsletter. Ich möchte ihn nicht mehr erhalten.\n\nIneke", "de", ["objection"]),
    ("Bonjour,\n\nJe reçois votre newsletter. Je ne veux plus la recevoir.\n\nIneke", "fr", ["objection"]),
    # a quote or an invoice named before is no mailing
    ("Hallo,\n\nIk heb jullie offerte gekregen. Ik wil die niet meer ontvangen.\n\nIneke", "nl", []),
])
def test_a_mailing_named_before_no_longer_to_be_received_is_an_objection(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang"), [
    ("Dag,\n\nIk wil weten welke gegevens u van mij heeft. En tot ik dat weet, wil ik dat u er niets meer mee doet.\n\nMarie",
     "nl"),
    ("Guten Tag,\n\nbitte teilen Sie mir mit, welche Daten Sie über mich haben. Bis dahin machen Sie bitte nichts "
     "damit.\n\nMarie", "de"),
    ("Hello,\n\nPlease tell me what data you hold about me. In the meantime please do nothing with my data.\n\nMarie", "en"),
])
def test_nothing_done_with_the_data_until_then_is_a_restriction(text, lang):
    assert detect_rights(text, lang).rights == ["access", "restriction"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Thanks Noor!\n\nOne thing though, can you not add me to your mailing list?\n\nEla", "en"),
    ("Thanks Noor!\n\nI really don't want any marketing, just the gallery.\n\nEla", "en"),
    ("Dag Noor,\n\nZet me alsjeblieft niet op jullie mailinglijst.\n\nEla", "nl"),
])
def test_marketing_refused_before_it_comes_is_an_objection(text, lang):
    assert detect_rights(text, lang).rights == ["objection"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Hallo,\n\nWilt u de foto's van Sam van de website en Instagram halen, en daarna ook alles wat u van hem heeft "
     "verwijderen?\n\nWendy", "nl"),
    ("Hello,\n\nCould you take the photos of Sam off your website and Instagram, and then also remove everything you "
     "have on him?\n\nWendy", "en"),
])
def test_everything_held_removed_after_a_take_down_is_an_erasure_too(text, lang):
    assert detect_rights(text, lang).rights == ["erasure", "withdraw_consent"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Dear Sirs,\n\nWe request the erasure of all personal data of our client. Our client withdrew her consent by "
     "telephone last week; for the avoidance of doubt, we confirm that withdrawal.\n\nP. Natarajan", "en"),
])
def test_a_withdrawal_made_before_and_confirmed_in_writing_is_a_withdrawal(text, lang):
    assert detect_rights(text, lang).rights == ["erasure", "withdraw_consent"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Bonjour,\n\nVous avez fait les photos de classe de mon fils Léo en mai. Pouvez-vous les effacer de vos serveurs et "
     "de la plateforme de commande en ligne ?\n\nAnne", "fr"),
    ("Hallo,\n\nJullie hebben in mei de klassenfoto's van mijn zoon Leo gemaakt. Kunnen jullie die verwijderen van "
     "jullie servers en uit het online bestelplatform?\n\nAnne", "nl"),
])
def test_an_ordering_platform_online_is_the_studios_system_not_a_public_place(text, lang):
    assert detect_rights(text, lang).rights == ["erasure"]


def test_a_reminder_over_its_own_mail_quoted_with_its_attribution_takes_that_mails_rights():
    # some mail programs quote the attribution line too ("> Op ... heeft X <x@y> het volgende geschreven:")
    from studio_dsar.core.intake import parse_bytes

    mail = ("From: Ruud Smit <ruud.smit@example.nl>\nTo: info@studio.example\nSubject: Re: mijn gegevens\n"
            "Date: Mon, 3 Mar 2025 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\nHallo,\n\n"
            "Ik heb nog niets van jullie gehoord op onderstaande mail. Gaat er nog iets gebeuren?\n\nRuud\n\n"
            "> Op 3 feb 2025, om 09:12 heeft Ruud Smit <ruud.smit@example.nl> het volgende geschreven:\n>\n> Goedemorgen,\n>\n"
            "> Ik wil graag een kopie van alle gegevens die jullie van mij hebben.\n>\n> Groet,\n> Ruud Smit\n")
    record = parse_bytes(mail.encode("utf-8"), "herinnering.eml")
    assert record.is_dsar and record.rights == ["access"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the writer took the picture off their own page: told, nothing asked
    ("Bonjour,\n\nJ'ai retiré la photo de mon compte Instagram.\n\nLéa", "fr", []),
    ("Hallo,\n\nich habe das Foto von meinem Instagram entfernt.\n\nLea", "de", []),
    # a consent the writer has withdrawn is the withdrawal itself
    ("Bonjour,\n\nJ'ai retiré mon consentement.\n\nLéa", "fr", ["withdraw_consent"]),
])
def test_the_writers_own_take_down_told_is_no_withdrawal(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # what the studio needs from the writer is what the writer is to give: no access
    ("Hi,\n\nWhat details do you need from me for the booking?\n\nAmy", "en", []),
    ("Hallo,\n\nWelke gegevens hebben jullie van mij nodig voor de boeking?\n\nAmy", "nl", []),
    ("Hallo,\n\nwelche Daten brauchen Sie von mir für die Buchung?\n\nAmy", "de", []),
    # what is held, and why it is needed, is asked about
    ("Hi,\n\nI'd like to know what data you hold on me and why you need it.\n\nAmy", "en", ["access"]),
])
def test_what_the_studio_needs_from_the_writer_is_no_access(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # someone taken off an order: the order changes, no right
    ("Hi,\n\nCould you take my sister off the group photo order?\n\nAmy", "en", []),
    # a picture off a public place beside it stays a withdrawal
    ("Hi,\n\nPlease remove my photo from your website and from the order page.\n\nAmy", "en", ["withdraw_consent"]),
])
def test_someone_taken_off_an_order_is_no_withdrawal(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a copy of the pictures sent to a relative is a delivery, no access
    ("Hallo,\n\nKunnen jullie mijn schoonmoeder ook een kopie van de foto's sturen?\n\nAmy", "nl", []),
    # a copy of the data held about her is her access request, passed on
    ("Hallo,\n\nKunnen jullie mijn moeder een kopie sturen van alle gegevens die jullie over haar hebben?\n\nAmy", "nl",
     ["access"]),
])
def test_a_copy_of_the_pictures_sent_to_a_relative_is_no_access(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "want"), [
    # how safely the pictures are kept is asked about, not what is kept
    ("Hi,\n\nAre my photos stored securely?\n\nAmy", []),
    # whether they are still kept is access, safely or not
    ("Hi,\n\nDo you still have my photos safely stored somewhere?\n\nAmy", ["access"]),
])
def test_how_safely_something_is_kept_is_no_access_question(text, want):
    assert detect_rights(text, "en").rights == want


@pytest.mark.parametrize(("text", "lang"), [
    # a mail set aside asks nothing of the writer's data
    ("Hi,\n\nPlease ignore my previous email.\n\nAmy", "en"),
    ("Bonjour,\n\nOubliez mon dernier message.\n\nAmy", "fr"),
    # the writer's own removal beside an ask for something else
    ("Hallo,\n\nIk heb jullie mail per ongeluk verwijderd, kunnen jullie hem opnieuw sturen?\n\nAmy", "nl"),
])
def test_a_mail_set_aside_or_deleted_by_the_writer_asks_no_right(text, lang):
    assert detect_rights(text, lang).rights == []


def test_forget_me_stays_an_erasure():
    assert detect_rights("Bonjour,\n\nOubliez-moi, effacez toutes mes données.\n\nAmy", "fr").rights == ["erasure"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Dear Sir or Madam,\n\nPlease note that I may also object to processing under Article 21.\n\nAmy", "en"),
    ("Madame, Monsieur,\n\nJe pourrais également m'opposer au traitement.\n\nAmy", "fr"),
    ("Sehr geehrte Damen und Herren,\n\nich kann gegebenenfalls auch widersprechen.\n\nAmy", "de"),
])
def test_a_right_the_writer_may_use_later_is_kept_in_reserve(text, lang):
    assert detect_rights(text, lang).rights == []


def test_may_i_ask_stays_an_ask():
    assert detect_rights("Hi,\n\nMay I ask you to delete my data?\n\nAmy", "en").rights == ["erasure"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the writer's own deed told, then the studio asked in the next clause of the same sentence
    ("Hi,\n\nI deleted my account, could you also erase my details?\n\nTom", "en", ["erasure"]),
    ("Hoi,\n\nIk heb de app al verwijderd, kunnen jullie nu ook mijn gegevens wissen?\n\nSem", "nl", ["erasure"]),
])
def test_an_ask_in_the_clause_after_a_told_deed_still_asks(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang"), [
    # the deed told and nothing asked of the studio
    ("Hi,\n\nI deleted the photos from my phone, they were blurry anyway.\n\nTom", "en"),
    ("Hoi,\n\nIk heb gelezen dat jullie foto's na een jaar wissen, dat vind ik prima.\n\nSem", "nl"),
])
def test_a_told_deed_with_no_ask_after_it_asks_nothing(text, lang):
    assert detect_rights(text, lang).rights == []
