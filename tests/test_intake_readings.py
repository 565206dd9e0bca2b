"""Sentences the intake read wrongly on unseen mails, as general readings: the objection itself
over its legal ground, a person taken off a list, a wish not to delete whose verb comes late, a
question about someone else's rights, a booking for a day, a correction awaited meanwhile, a
transfer straight to another studio, one deletion read once.

Every text is written for this test (none is copied from a mail set) and each reading is checked
in more than one wording or language, so a pass means the reading, not one phrase.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import decide_request, detect_rights

CASES = [
    # the objection itself, not its ground named first
    ("en", "I know you rely on legitimate interest for event pictures, but I object to my photo being used in your ads.",
     ["objection"]),
    ("en", "You posted a picture of me on Instagram. I realise you rely on legitimate interests, but I object to that use. "
           "Please remove it from your feed.", ["objection"]),
    # a person off a list is an objection, also when "it" points back at the newsletter
    ("en", "I keep getting your monthly newsletter and I'd rather not, please take me off it.", ["objection"]),
    ("en", "Your newsletter keeps coming. Please take me off it.", ["objection"]),
    # "stop sending them out" is about pictures sent to clients, not mail to the writer
    ("en", "I signed a release back then; I withdraw that consent now, please take my photos down and stop sending them out.",
     ["withdraw_consent"]),
    # a word that merely starts like a verb
    ("en", "I was an Erasmus student when I had my portfolio shot with you. I don't want my face used for advertising.",
     ["objection"]),
    # nothing is to be sent
    ("en", "My aunt wants a copy of the film, but I'll give her mine, no need for you to send anything. "
           "Please stop the newsletter.", ["objection"]),
    # one copy to take along in a machine-readable format
    ("en", "Please send me a copy of my profile data and all my photos in a machine-readable format, so I can move to "
           "another agency.", ["portability"]),
    # a wish not to delete, its verb late in the clause
    ("nl", "Ik wil niet dat jullie de beelden of mijn gegevens nu weggooien, want ik heb ze misschien nodig als bewijs. "
           "Gebruik ze intussen ook nergens voor.", ["restriction"]),
    ("en", "I don't want you to throw the files or my details away now, I may need them as evidence. "
           "Don't use them for anything meanwhile.", ["restriction"]),
    # until it is corrected, not meanwhile
    ("de", "Mein Geburtsjahr ist falsch. Bitte korrigieren Sie es. Bis das korrigiert ist, möchte ich nicht, dass meine "
           "Sedcard verschickt wird.", ["rectification", "restriction"]),
    ("en", "My surname is misspelled, please correct it. Until it is corrected, please do not send my card to clients.",
     ["rectification", "restriction"]),
    # raw files kept are the studio's storage: their deletion is an erasure
    ("nl", "De film staat al lang offline. Als jullie de ruwe opnames nog bijhouden, zou ik graag hebben dat die "
           "verwijderd worden.", ["erasure"]),
    # all of the writer's data, the photos among it, with no public place named
    ("de", "Ich sehe mich in Ihrer Galerie. Ich ersuche Sie, alle meine Daten zu löschen, also Adresse, E-Mail und die "
           "Fotos von mir.", ["erasure"]),
    # the writer never consented: the objection to a use, not a withdrawal
    ("de", "Ich war nur Gast und habe nie zugestimmt. Ich möchte nicht, dass ihr das für eure Werbung verwendet, "
           "bitte nehmt es herunter.", ["objection"]),
    # someone passes the data subject's objection on
    ("nl", "Onze medewerkster staat in jullie video. Zij maakt bezwaar tegen het gebruik van haar beelden voor jullie "
           "promotie en vraagt jullie die van de website te halen.", ["objection"]),
    # French: withdrawing "this" consent, a model's book, a format to open elsewhere, a transfer straight on
    ("fr", "J'avais donné mon accord pour le site. Je retire cet accord. Merci de retirer son book du site.",
     ["withdraw_consent"]),
    ("fr", "Pourriez-vous me transmettre les fichiers bruts, avec les informations que vous avez sur moi, dans un format "
           "que je peux ouvrir ailleurs ?", ["portability"]),
    ("fr", "Nous continuons avec un studio à Lyon. Pourriez-vous transmettre directement nos fichiers RAW et notre fiche "
           "client à leur adresse ?", ["portability"]),
    ("nl", "We gaan verder bij een studio in Gent. Kunnen jullie de onbewerkte bestanden en mijn gegevens rechtstreeks "
           "naar hen sturen?", ["portability"]),
]

NOT_REQUESTS = [
    # whether someone else has a right
    ("en", "A friend modelled for another agency. Does she have the right to ask them to delete her photos, or do the "
           "photographers own them?"),
    ("nl", "Een vriendin liet ergens anders foto's maken. Heeft zij eigenlijk het recht om te vragen dat die verwijderd "
           "worden?"),
    # whether the writer could later
    ("fr", "Avant de signer l'autorisation, j'ai une question : est-ce que je pourrai retirer mon accord plus tard ?"),
    ("en", "Before I sign the release: can I withdraw my consent later, say in two years?"),
    # a supplier on the requests of the studio's own clients
    ("nl", "U hoeft niets te doen. Verzoeken van uw eigen klanten om inzage of verwijdering kunt u afhandelen via "
           "Instellingen."),
    # a booking for a day
    ("nl", "Ik ben ziek. Kunnen jullie mij van de lijst voor zaterdag schrappen en iemand anders vragen?"),
    ("en", "I'm ill, sorry. Could you take me off the list for Saturday and ask someone else?"),
]


@pytest.mark.parametrize(("lang", "text", "rights"), CASES)
def test_reading(lang, text, rights):
    assert detect_rights(text, lang).rights == rights


@pytest.mark.parametrize(("lang", "text"), NOT_REQUESTS)
def test_not_a_request(lang, text):
    c = detect_rights(text, lang)
    is_request, _flags = decide_request(c, bulk=False, follow_up=False, quoted_own_request=False)
    assert not c.rights and not is_request, c.evidence
