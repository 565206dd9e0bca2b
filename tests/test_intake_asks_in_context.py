"""An ask read with what the sentences around it say: the pictures a pronoun points back at, a take-down
asked for a while only, a writer who has not decided yet, the writer's own deed told in any tense.

Every sentence is written for this test, in the languages each way of writing occurs in; none is taken
from a mail corpus.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_rights
from studio_dsar.core.intake.sentences import split_sentences

# "them" / "ze" / "les" stand for the pictures named before: the take-down is read; asked "for now", it is a
# restriction (held back for a while), asked without it a withdrawal of the consent to show them
POINTING_BACK = [
    # the pictures named three sentences before the pronoun
    ("en", "The maternity photos are still on your homepage. I loved them at the time, and still do. With the move and a "
           "new job I'm a bit more careful about what is public. Could you take them off for now, while I think about it?",
     ["restriction"]),
    ("nl", "Onze trouwfoto's staan op jullie homepage. Ik twijfel nog een beetje. Kunnen jullie ze voorlopig weghalen?",
     ["restriction"]),
    ("fr", "Nos photos de mariage sont sur votre site. Pourriez-vous les retirer pour le moment ?", ["restriction"]),
    ("en", "Your blog post with our engagement photos says we live in Antwerp, we live in Ghent. Could you correct that? "
           "Until then, I would appreciate it if the post could be taken offline temporarily, we're happy for it to go "
           "back up later.", ["restriction"]),
]


@pytest.mark.parametrize(("lang", "text", "rights"), POINTING_BACK)
def test_a_pronoun_stands_for_the_pictures_named_before(lang, text, rights):
    assert detect_rights(text, lang).rights == rights


def test_a_pronoun_beside_files_of_its_own_is_not_read_as_the_pictures():
    # "die" may be the files the sentence names; a booking question about them asks nothing
    text = ("Wij willen niet dat er foto's van onze baby online komen. "
            "En worden de bestanden na levering bij jullie verwijderd of bewaren jullie die?")
    assert "erasure" not in detect_rights(text, "nl").rights


def test_a_demonstrative_before_a_noun_is_no_pronoun():
    # "die dag" is the day, not the recordings named before
    text = ("Ik heb griep, dus ik kan morgen niet naar de opnames voor de videoclip in Gent. "
            "Kunnen jullie mij van de lijst voor die dag schrappen en iemand anders vragen?")
    assert detect_rights(text, "nl").rights == []


def test_the_last_thing_named_is_what_the_pronoun_stands_for():
    # "deze" is the ID copy named last, not a picture: destroying it after the check is no erasure of the mail
    text = ("Ik verzoek u om inzage in mijn persoonsgegevens. Ter identificatie stuur ik een foto van mijn identiteitskaart "
            "mee. Ik verzoek u deze na controle te vernietigen.")
    assert detect_rights(text, "nl").rights == ["access"]


# a writer who has not decided yet asks nothing in that sentence
UNDECIDED = [
    ("en", "The maternity photos are on your homepage. I haven't decided yet whether I want them taken down permanently."),
    ("fr", "Les photos sont sur votre site. Mon ex veut peut-être qu'elles soient supprimées, moi je ne sais pas encore."),
    ("nl", "De foto's staan op jullie site. Of die verwijderd moeten worden, weet ik nog niet."),
    ("de", "Die Fotos sind auf Ihrer Website. Ich möchte sie vielleicht löschen lassen, aber ich weiß es noch nicht."),
]


@pytest.mark.parametrize(("lang", "text"), UNDECIDED)
def test_an_undecided_writer_asks_nothing(lang, text):
    assert detect_rights(text, lang).rights == []


def test_the_undecided_sentence_leaves_the_ask_beside_it():
    text = ("I haven't decided yet whether I want the photos gone for good. "
            "Could you take them off your homepage for now?")
    assert detect_rights(text, "en").rights == ["restriction"]


def test_do_not_delete_but_dont_use_typed_without_apostrophe_is_one_restriction():
    # the "dont use" read as "don't use" when the mail is weighed as a whole, as it was read sentence by sentence
    text = "Please, do not delete my photos, I need them for my claim. But please dont use them, not on the website."
    assert detect_rights(text, "en").rights == ["restriction"]


@pytest.mark.parametrize(("text", "expected"), [
    ("I never said ok for this and now I say NO. Remove it.", ["I never said ok for this and now I say NO.", "Remove it."]),
    ("Ticket No. 5 is open. Thanks.", ["Ticket No. 5 is open.", "Thanks."]),
])
def test_no_ends_a_sentence_unless_a_number_follows(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_a_refusal_in_capitals_then_the_ask():
    text = ("Also the photo of me you made for a test of the new lights is on your website. "
            "I never say ok for this and now I say NO. Remove it.")
    assert detect_rights(text, "en").rights == ["withdraw_consent"]


# the writer's own removal, done now or later, is told: nothing is asked of the studio
OWN_DEED = [
    ("nl", "Kun je de bestanden nog eens sturen? Ik verwijder ze na de montage weer van mijn schijf, zoals afgesproken."),
    ("de", "Meine neue Adresse ist anna@example.de, die alte Adresse lösche ich bald."),
    ("en", "Could you resend the link? I'll delete the files from my drive once the edit is done."),
    ("fr", "Pouvez-vous renvoyer le lien ? Je supprime les fichiers de mon disque après le montage."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_DEED)
def test_the_writers_own_removal_now_or_later_is_no_erasure(lang, text):
    assert "erasure" not in detect_rights(text, lang).rights


def test_a_question_how_the_writer_deletes_is_not_their_deed():
    assert detect_rights("Hoe verwijder ik mijn account en al mijn gegevens bij jullie?", "nl").rights == ["erasure"]


# a value the studio still holds, then "change that": a correction
STALE_VALUE = [
    ("de", "Seit der Hochzeit heiße ich Berger. In deiner Kundenkartei steht noch Lindner. Kannst du das bitte ändern?"),
    ("en", "I married last year. Your customer card still says Smith. Could you change that?"),
    ("nl", "Ik ben verhuisd. In jullie klantenkaart staat nog mijn oude adres. Kunnen jullie dat aanpassen?"),
]


@pytest.mark.parametrize(("lang", "text"), STALE_VALUE)
def test_a_value_still_held_is_corrected(lang, text):
    assert detect_rights(text, lang).rights == ["rectification"]


def test_a_picture_still_shown_is_not_a_value_to_correct():
    text = "Mijn foto staat nog op jullie website. Kunnen jullie dat veranderen?"
    assert "rectification" not in detect_rights(text, "nl").rights


# the place named apart, in a few words after the ask, is where the pictures come off: a withdrawal, not an erasure
PLACE_AFTER = [
    ("nl", "Op jullie website staan nog steeds foto's van mijn shoot uit 2022, en ook op Facebook. Toen vond ik dat goed maar "
           "nu wil ik dat niet meer. Ik heb een nieuwe job en mensen spreken me erop aan. Kunnen jullie ze allemaal "
           "verwijderen? Van Facebook en de website. Laat even weten als het gebeurd is."),
    ("en", "Your website still shows photos from my 2022 shoot, and Facebook too. Back then I was fine with it but I really "
           "don't want that anymore. Could you take them all down? From Facebook and the website."),
]


@pytest.mark.parametrize(("lang", "text"), PLACE_AFTER)
def test_the_place_named_after_the_ask(lang, text):
    assert detect_rights(text, lang).rights == ["withdraw_consent"]


def test_would_you_mind_asks_as_please():
    text = "I keep getting your studio newsletter, would you mind taking me off that list?"
    assert detect_rights(text, "en").rights == ["objection"]


# "stop it" after the mailing the writer keeps receiving: the mailing is objected to
STOP_THE_MAILING = [
    ("nl", "Ik heb me nooit ingeschreven voor jullie nieuwsbrief en krijg hem toch elke week. Stop ermee aub."),
    ("fr", "Je reçois votre newsletter chaque semaine sans jamais m'être inscrite. Arrêtez ça, merci."),
    ("de", "Ich bekomme jede Woche Ihren Newsletter, obwohl ich mich nie angemeldet habe. Hören Sie bitte damit auf."),
]


@pytest.mark.parametrize(("lang", "text"), STOP_THE_MAILING)
def test_stop_it_after_a_mailing_received(lang, text):
    assert detect_rights(text, lang).rights == ["objection"]



def test_the_writers_own_change_is_no_correction():
    # "j'ai changé d'emploi" tells what the writer changed; no record is to be corrected, so nothing held back meanwhile
    text = ("Cependant je vois que deux de mes photos sont toujours sur votre compte Instagram et sur la page « Famille » de "
            "votre site. À l'époque j'avais dit oui, mais entre-temps j'ai changé d'emploi et je préfère que mon visage ne "
            "circule plus en ligne.")
    assert detect_rights(text, "fr").rights == ["withdraw_consent"]


def test_a_change_asked_beside_the_own_one_is_still_read():
    text = "I have changed my phone number, could you please correct it in your client file to 0470 12 34 56?"
    assert detect_rights(text, "en").rights == ["rectification"]


# two things asked by one verb, the second after "anderzijds", "d'autre part", "on the other hand", "zum anderen"
ONE_VERB_TWO_THINGS = [
    ("nl", "Ik wil enerzijds een kopie van alle gegevens die jullie over mij bewaren en anderzijds de verbetering van mijn "
           "geboortedatum in jullie klantenbestand."),
    ("fr", "Mon client souhaite obtenir, d'une part, une copie de toutes les données le concernant (photos, factures), et "
           "d'autre part la correction de sa fiche client, où son nom est mal orthographié."),
    ("en", "I would like, on the one hand, a copy of the personal data you hold about me and, on the other, the correction "
           "of my date of birth in your client file."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_VERB_TWO_THINGS)
def test_the_second_thing_asked_by_one_verb(lang, text):
    assert detect_rights(text, lang).rights == ["access", "rectification"]


def test_transfers_to_stop_are_no_portability():
    text = ("We act for Mr Tom Vos about the images taken of him at the Brightline Cosmetics launch, where your studio was the "
            "photographer. Pending the outcome of his dispute with Brightline Cosmetics, we ask on his behalf under Article 18 "
            "GDPR that you cease all use and further disclosure of the images and personal data relating to him, including in "
            "your portfolio and any transfers to Brightline Cosmetics or its agencies.")
    assert detect_rights(text, "en").rights == ["restriction"]


def test_transfer_to_a_new_photographer_stays_portability():
    text = "I no longer work with you. Please transfer my photos and my client file to my new photographer, Studio Noord."
    assert detect_rights(text, "en").rights == ["portability"]


# a mailing's footer: the question to the reader and the link's label under it ask nothing of the studio
FOOTER = [
    ("nl", "Met onze scan weet u binnen een dag of uw studio privacyproof is. Start vandaag nog. "
           "Wilt u deze e-mails niet meer ontvangen? Afmelden"),
    ("en", "Our audit tells you in one day whether your studio is compliant. Book a call today. "
           "Don't want to receive these emails any more? Unsubscribe"),
]


@pytest.mark.parametrize(("lang", "text"), FOOTER)
def test_an_unsubscribe_link_under_the_footer_question(lang, text):
    assert detect_rights(text, lang).rights == []


def test_unsubscribe_written_by_the_writer_stays_an_objection():
    assert detect_rights("Ik krijg jullie nieuwsbrief elke week. Afmelden", "nl").rights == ["objection"]


_BOUNCE = (
    b"From: MAILER-DAEMON@mail.example-studio.nl (Mail Delivery System)\r\n"
    b"To: info@example-studio.nl\r\n"
    b"Subject: Undelivered Mail Returned to Sender\r\n"
    b"Date: Tue, 3 Nov 2026 09:12:44 +0100\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"This is the mail system at host mail.example-studio.nl.\r\n\r\n"
    b"I'm sorry to have to inform you that your message could not be delivered to one or more\r\n"
    b"recipients. It's attached below. For further assistance, please send mail to postmaster.\r\n\r\n"
    b"<j.jansen@old-example.nl>: host mx.old-example.nl said: 550 5.1.1 User unknown\r\n\r\n"
    b"--- Original message ---\r\n"
    b"From: Fotostudio <info@example-studio.nl>\r\n"
    b"Subject: Nieuwsbrief november: wintershoots en je gegevens in ons klantportaal\r\n"
)


def test_a_bounce_has_the_language_of_its_report_not_of_the_returned_subject():
    from studio_dsar.core.intake.parse import parse_bytes

    record = parse_bytes(_BOUNCE, "bounce.eml")
    assert not record.is_dsar and record.language == "en"
