"""Families of phrasings, in the four intake languages: requests and the mentions that look like them.

Each case is a short mail written for this test (not taken from any corpus): plain everyday
requests, formal letters that cite articles in passing, and mails that only talk about rights
(a vendor's pitch, a newsletter footer, the studio's own practice told back).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import Classification, decide_request, detect_rights

# --------------------------------------------------------------------------------------------
# Requests in plain words
# --------------------------------------------------------------------------------------------

PLAIN = [
    # "what do you have on me?"
    ("Hoi, wat hebben jullie eigenlijk allemaal van mij? Ben benieuwd.", {"access"}),
    ("Ik ben benieuwd wat er allemaal over mij bewaard wordt bij jullie.", {"access"}),
    ("Hi, what do you actually have on me? Just curious.", {"access"}),
    ("Bonjour, qu'est-ce que vous avez comme données sur moi ? Quelles informations gardez-vous ?", {"access"}),
    ("Hallo, was haben Sie eigentlich alles über mich gespeichert? Welche Daten sind das?", {"access"}),
    # photos taken off a public place
    ("Ik wil dat die foto's van mij eraf gehaald worden op jullie website.", {"withdraw_consent"}),
    ("Kunnen jullie mijn foto offline halen op Instagram?", {"withdraw_consent"}),
    ("Please take the picture of me off your Facebook page.", {"withdraw_consent"}),
    ("Pourriez-vous enlever ma photo de votre site internet ?", {"withdraw_consent"}),
    ("Bitte nehmen Sie mein Bild von Ihrer Homepage.", {"withdraw_consent"}),
    # off the website, and the rest of the data deleted
    ("Wilt u de foto's van mijn zoon van de website halen en verder alle gegevens die u van hem heeft verwijderen?",
     {"withdraw_consent", "erasure"}),
    # files named after the website: "delete those too" is an erasure
    ("Mijn werkgever heeft mijn foto van de site gehaald, maar jullie hebben de bestanden vast nog. "
     "Ik wil graag dat jullie die ook verwijderen.", {"erasure"}),
    # an overview first, then deletion
    ("Schicken Sie mir bitte eine Übersicht, was Sie über mich gespeichert haben, und löschen Sie danach alles.",
     {"access", "erasure"}),
    ("Envoyez-moi d'abord la liste de ce que vous avez sur moi, puis supprimez tout.", {"access", "erasure"}),
    ("Stuur me eerst een overzicht van wat jullie van mij hebben en wis daarna alles.", {"access", "erasure"}),
    # a copy of everything, and some files in a format to reuse
    ("Pourriez-vous m'envoyer une copie de toutes les données que vous avez sur moi, et mes photos dans un "
     "format que je peux réutiliser (un fichier CSV) ?", {"access", "portability"}),
    # advertising: an objection
    ("Ik krijg steeds advertenties van jullie op Facebook. Ik wil niet dat mijn gegevens daarvoor gebruikt worden.",
     {"objection"}),
    ("I keep seeing your ads on Instagram. I don't want my email address used for that.", {"objection"}),
    ("Je ne veux pas que mes données soient utilisées pour de la publicité ciblée.", {"objection"}),
    ("Ich möchte nicht, dass meine Daten für Werbung verwendet werden.", {"objection"}),
    ("Erstens möchte ich keine Werbe-Mails mehr von Ihnen bekommen.", {"objection"}),
    # "no need to delete": only the withdrawal
    ("Je retire mon consentement pour mes photos sur Instagram. Pas besoin de supprimer mes fichiers, "
     "je veux juste qu'elles ne soient plus publiques.", {"withdraw_consent"}),
    ("Bitte nehmen Sie mein Foto von der Website. Sie müssen meine Dateien aber nicht löschen.", {"withdraw_consent"}),
]


@pytest.mark.parametrize("text,rights", PLAIN)
def test_plain_requests(text, rights):
    assert set(detect_rights(text).rights) == rights


# --------------------------------------------------------------------------------------------
# Keep it, do not delete it, do not use it: restriction
# --------------------------------------------------------------------------------------------

KEEP = [
    "I understand your retention policy says raw footage is deleted after a year. Please do not delete the "
    "footage of the event on 3 May: I need it for a court case. I don't want it used for anything else meanwhile. "
    "Just keep it safe until the claim is settled.",
    "Ik heb begrepen dat jullie na twee jaar de bestanden opruimen. Wil je de foto's van mij alsjeblieft niet "
    "verwijderen? Ik heb ze misschien nodig als bewijs. Gebruik ze intussen nergens meer voor.",
    "J'ai appris que vous effacez les fichiers après un an. Surtout ne supprimez pas les photos de la soirée : "
    "j'en ai besoin pour un litige. Par contre, cessez de les utiliser tant que le litige est en cours.",
    "Ich habe gehört, dass Sie alte Aufnahmen nach einem Jahr löschen. Bitte löschen Sie die Videos von der "
    "Firmenfeier nicht, ich brauche sie für einen Rechtsstreit. Sie sollen bis dahin nicht mehr verwendet werden.",
]


@pytest.mark.parametrize("text", KEEP)
def test_do_not_delete_but_do_not_use_is_restriction(text):
    result = detect_rights(text)
    assert result.rights == ["restriction"], result.evidence


# --------------------------------------------------------------------------------------------
# Formal letters: grounds and duties cited in passing
# --------------------------------------------------------------------------------------------

GROUNDS = [
    ("I request that you erase all personal data about me under Article 17 GDPR. Grounds:\n"
     "- I withdraw consent on which the processing is based and there is no other legal ground (Article 17(1)(b));\n"
     "- I object to the processing and there are no overriding legitimate grounds (Article 17(1)(c)).\n\n"
     "Please confirm the erasure within one month.", {"erasure"}),
    ("Hierbij verzoek ik u op grond van artikel 17 AVG al mijn persoonsgegevens te wissen, omdat:\n"
     "- ik mijn toestemming al eerder heb ingetrokken (art. 17 lid 1 sub b AVG);\n"
     "- ik bezwaar heb gemaakt en er geen prevalerende gerechtvaardigde gronden zijn (art. 17 lid 1 sub c AVG).",
     {"erasure"}),
    ("Je vous demande d'effacer mes données conformément à l'article 17 du RGPD :\n"
     "- je retire mon consentement et il n'existe pas d'autre fondement juridique (article 17, paragraphe 1, point b) ;\n"
     "- je m'oppose au traitement (article 17, paragraphe 1, point c).", {"erasure"}),
    ("Hiermit verlange ich die Löschung meiner Daten nach Art. 17 DSGVO:\n"
     "- ich widerrufe meine Einwilligung und es fehlt an einer anderweitigen Rechtsgrundlage (Art. 17 Abs. 1 lit. b DSGVO);\n"
     "- ich widerspreche der Verarbeitung (Art. 17 Abs. 1 lit. c DSGVO).", {"erasure"}),
]


@pytest.mark.parametrize("text,rights", GROUNDS)
def test_erasure_grounds_are_reasons_not_requests(text, rights):
    assert set(detect_rights(text).rights) == rights


LISTED = [
    ("Namens mijn cliënte verzoek ik u:\n\n1. haar op grond van artikel 15 AVG een overzicht en een kopie te "
     "verstrekken van alle persoonsgegevens die u van haar verwerkt;\n\n2. de verwerking op grond van artikel 18 AVG "
     "te beperken zolang het geschil loopt.", {"access", "restriction"}),
    ("On behalf of my client I request that you:\n\n1. provide her with the information of Article 15 GDPR;\n\n"
     "2. restrict the processing under Article 18 GDPR while the dispute lasts.", {"access", "restriction"}),
]


@pytest.mark.parametrize("text,rights", LISTED)
def test_list_items_after_a_request_invoke_their_articles(text, rights):
    assert set(detect_rights(text).rights) == rights


# --------------------------------------------------------------------------------------------
# Mentions that are not requests
# --------------------------------------------------------------------------------------------

MENTIONS = [
    # vendors' pitches about other people's rights
    "Clients can request access to, or deletion of, their data at any moment, and fines are high.",
    "Betrokkenen kunnen elk moment een verzoek tot inzage of verwijdering indienen en u riskeert een boete.",
    "Les photographes sont particulièrement exposés aux demandes d'accès et d'effacement des données.",
    "Kunden können jederzeit Auskunft verlangen oder die Löschung ihrer Daten fordern.",
    "Our tool handles your clients' GDPR requests for you.",
    # the studio's practice told back
    "I heard that you delete old footage after a year.",
    "Ik heb gelezen dat jullie foto's na drie jaar verwijderen.",
    "J'ai entendu dire que vous supprimez les photos après deux ans.",
    "Ich habe gelesen, dass Sie Fotos nach drei Jahren löschen.",
    # newsletter footers and company notices
    "Unsubscribe | Privacy | Studio Tools Ltd, Tallinn",
    "Pour ne plus recevoir nos offres, répondez STOP.",
    "Om onze nieuwsbrief niet meer te ontvangen, klik op de link onderaan.",
    "We're updating our Privacy Policy and our processing terms from 1 April.",
    "Updates to our privacy policy and data processing agreement.",
    # narrating an earlier request
    "Op 14 januari heb ik u een mail gestuurd met een verzoek over mijn persoonsgegevens.",
    # "I left the company": no removal
    "Dat klopt niet, ik ben daar al een jaar weg.",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_mentions_are_not_requests(text):
    assert detect_rights(text).rights == []


def _decide(text: str, *, follow_up: bool = False) -> bool:
    return decide_request(detect_rights(text), bulk=False, follow_up=follow_up, quoted_own_request=False)[0]


@pytest.mark.parametrize("text", [
    "Did you know that clients can request access to their data at any moment? Our service handles data subject "
    "requests for EUR 19 a month. Unsubscribe | GDPR Tools Ltd",
    "Les photographes sont exposés aux demandes d'accès. Notre pack RGPD est à 149 EUR. Dernier rappel ! "
    "Pour ne plus recevoir nos offres, répondez STOP.",
    "We're updating our Privacy Policy. These changes reflect improved tools for handling your clients' GDPR requests.",
])
def test_vendor_mails_about_gdpr_are_not_requests(text):
    assert not _decide(text, follow_up="rappel" in text.lower())


def test_a_reminder_of_the_writers_own_request_is_a_request():
    text = "Op 14 januari heb ik u een verzoek over mijn persoonsgegevens gestuurd. Ik heb nog geen antwoord."
    assert _decide(text, follow_up=True)
    assert not _decide("Dernier rappel : notre offre RGPD expire demain.", follow_up=True)


def test_a_generic_request_without_a_right_is_a_request_flagged_unclear():
    result = decide_request(Classification(asking="dit is een avg-verzoek."), bulk=False, follow_up=False,
                            quoted_own_request=False)
    assert result == (True, ["rights_unclear"])
    assert decide_request(Classification(rights=["access"], asking="x"), bulk=True, follow_up=False,
                          quoted_own_request=False) == (False, [])
