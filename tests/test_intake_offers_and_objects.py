"""A mailing that offers its reader an opt-out, and a deletion judged on its own object.

Every case is written for this test (none is taken from a corpus).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights, rights_in_sentence
from studio_dsar.core.intake.text import fold, mailing_footer

# The opt-out offered to the reader as a question or a reply code: a mailing, whatever it sells
OFFERED_OPT_OUTS = [
    "Wilt u geen nieuwsbrieven meer ontvangen? Uitschrijven",
    "Wil je geen aanbiedingen meer ontvangen? Klik dan op de knop.",
    "Sie möchten keine weiteren Angebote erhalten? Antworten Sie mit STOP.",
    "Möchten Sie keine Werbung mehr bekommen?",
    "Vous ne souhaitez plus recevoir nos promotions ? Écrivez-nous.",
    "Pour ne plus recevoir nos offres, répondez à ce message.",
    "No longer want to receive our offers? Reply with UNSUBSCRIBE.",
    "Antwoord met STOP om af te melden.",
]

# The writer's own opt-out, asked for: a request, never a footer
OWN_OPT_OUTS = [
    "Ik wil geen nieuwsbrieven meer ontvangen.",
    "Kunt u ervoor zorgen dat ik geen mails meer ontvang?",
    "Ich möchte keine Werbung mehr erhalten.",
    "Je ne souhaite plus recevoir vos offres.",
    "I no longer want to receive your newsletter, please take me off the list.",
]


@pytest.mark.parametrize("text", OFFERED_OPT_OUTS)
def test_an_opt_out_offered_to_the_reader_is_a_mailing_footer(text):
    assert mailing_footer(fold(text))


@pytest.mark.parametrize("text", OWN_OPT_OUTS)
def test_the_writers_own_opt_out_is_no_footer(text):
    assert not mailing_footer(fold(text))


@pytest.mark.parametrize("text,lang", [
    ("Please remove the second booking from your calendar, we only need the one on Friday.", "en"),
    ("Could you delete the old quote from your system and send the new one?", "en"),
    ("Verwijder alstublieft de dubbele factuur uit uw administratie en bevestig het bedrag.", "nl"),
    ("Pourriez-vous supprimer la commande en double de votre système ?", "fr"),
    ("Bitte löschen Sie die doppelte Bestellung aus Ihrem System und bestätigen Sie den Betrag.", "de"),
])
def test_deleting_a_business_item_is_no_erasure(text, lang):
    assert "erasure" not in rights_in_sentence(fold(text), "", lang)


@pytest.mark.parametrize("text,lang", [
    ("Please delete everything you have about my son, the prints have arrived so you need keep nothing.", "en"),
    ("Please erase all my details, we paid the last invoice yesterday.", "en"),
    ("Verwijder alstublieft al mijn gegevens, de afdrukken hebben we al.", "nl"),
    ("Supprimez toutes mes données, nous avons déjà reçu les tirages.", "fr"),
    ("Bitte löschen Sie alle meine Daten, die Abzüge haben wir schon.", "de"),
    ("Please delete my data and the invoice you sent me.", "en"),
    ("Ik zou het op prijs stellen als u mijn gegevens uit uw bestanden verwijdert.", "nl"),
])
def test_a_deletion_of_data_beside_talk_of_an_order_is_an_erasure(text, lang):
    assert "erasure" in detect_rights(text, lang).rights


# Fields of a record named one by one are the writer's data: all of it goes, the pictures with it, also after
# talk of advertising (which names a public place for pictures)
@pytest.mark.parametrize("text,lang", [
    ("Ständig bekomme ich Werbung von Ihnen. Löschen Sie bitte alles über mich: Name, Anschrift, Handynummer und die Bilder.", "de"),
    ("Jetzt kommt auch noch Werbung per Post. Ich will, dass Sie alles löschen: Namen, Adresse, E-Mail, die Fotos.", "de"),
])
def test_fields_named_one_by_one_make_a_deletion_an_erasure(text, lang):
    assert detect_rights(text, lang).rights == ["erasure"]


# A sentence with no verb of its own that says how the ask before it is wanted is part of that ask: a second
# right read there is asked for, not the story around the request
@pytest.mark.parametrize("text,lang", [
    ("Ich möchte wissen, welche Daten Sie über mich gespeichert haben. Können Sie mir das schicken? "
     "Am liebsten als Datei, die ich in ein anderes Programm übernehmen kann, etwa CSV.", "de"),
    ("I would like to know what data you hold about me. Could you send it to me? "
     "Preferably as a machine-readable file, CSV or JSON, so I can move it to another service.", "en"),
    ("Ik wil weten welke gegevens jullie van mij bewaren. Kunnen jullie die opsturen? "
     "Bij voorkeur in een machineleesbaar bestand, zoals CSV, zodat ik het kan meenemen naar een andere fotograaf.", "nl"),
])
def test_a_preference_after_an_ask_is_part_of_it(text, lang):
    assert detect_rights(text, lang).rights == ["access", "portability"]


# The informal imperative ("du") of taking a picture off a place
@pytest.mark.parametrize("text", [
    "Bitte nimm das Foto von mir von deiner Website.",
    "Nimm bitte meine Bilder aus deinem Instagram-Profil.",
])
def test_the_informal_imperative_takes_a_picture_off_a_place(text):
    assert "withdraw_consent" in detect_rights(text, "de").rights


def _decide(text: str, lang: str) -> tuple[bool, list[str]]:
    from studio_dsar.core.intake.classify import decide_request
    return decide_request(detect_rights(text, lang), bulk=False, follow_up=False, quoted_own_request=False)


# A mail that asks to book a shoot sets the terms of pictures not taken yet: not a request, but shown to the
# owner as a possible one; taking down what is shown now stays a request beside a booking
@pytest.mark.parametrize("text,lang", [
    ("We would like to book a family session in May. One thing: we don't want any photos of the kids to be posted "
     "online, not even on your Instagram. Can that go in the contract?", "en"),
    ("Wij willen graag een bruidsreportage boeken voor 12 juli. Wij willen niet dat er foto's van ons op jullie "
     "website komen. Kan dat in de overeenkomst?", "nl"),
    ("Nous voudrions réserver une séance en juin. Nous ne voulons pas que les photos de notre fille soient publiées "
     "sur Instagram. Est-ce possible ?", "fr"),
    # a shoot wished for, or its price asked, books one just as well
    ("Ons eerste kindje komt in mei en we zouden graag een newbornshoot bij jullie doen. Hoeveel kost dat? We willen "
     "niet dat er foto's van haar op internet komen. Kan dat in de afspraken?", "nl"),
    ("How much would a family session at our home cost? We don't want any photos of the kids to end up online, can "
     "we agree on that beforehand?", "en"),
])
def test_terms_for_a_shoot_to_be_booked_are_no_request(text, lang):
    assert not _decide(text, lang)[0]


@pytest.mark.parametrize("text,lang", [
    ("We would like to book another session in May. Also, please remove the photo of my son from your Instagram, "
     "I don't want it to be shown there any more.", "en"),
    ("Wij willen graag nog een shoot boeken. Verwijder wel de foto van mijn dochter van jullie website, wij willen "
     "niet dat die daar nog staat.", "nl"),
])
def test_a_take_down_beside_a_booking_is_a_request(text, lang):
    assert _decide(text, lang)[0]
