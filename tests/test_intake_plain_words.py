"""Families of everyday phrasings in nl, en, fr and de: how a sentence is judged a request or a
mention, and which right wins when two overlap.

Every case is written for this test (none is taken from a corpus). Each family holds the same
request or non-request in the four languages, with the usual variations (word order, question
or imperative, umlauts typed as "ue", informal spelling).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import decide_request, detect_rights


def _rights(text: str, lang: str) -> set[str]:
    return set(detect_rights(text, lang).rights)


def _is_request(text: str, lang: str) -> bool:
    c = detect_rights(text, lang)
    return decide_request(c, bulk=False, follow_up=False, quoted_own_request=False)[0]


# --------------------------------------------------------------------------------------------
# Mentions: the studio's policy told back, the writer's own deeds, products sold to studios
# --------------------------------------------------------------------------------------------

NOT_REQUESTS = [
    # what the studio writes ("you write that galleries are deleted after a year")
    ("nl", "Jullie schrijven dat de online galerijen na een jaar verwijderd worden. Kan ik daarna nog afdrukken bestellen?"),
    ("en", "You say that online galleries are deleted after twelve months. Does that mean I can't order prints after that?"),
    ("fr", "Vous écrivez que les galeries en ligne sont supprimées après un an : on peut encore commander des tirages ?"),
    ("de", "Sie schreiben, dass die Onlinegalerien nach einem Jahr gelöscht werden. Kann ich danach noch Abzüge bestellen?"),
    # the studio's policy talked about, not invoked
    ("nl", "Ik ben zelf fotograaf en las uw privacyverklaring, vooral het stuk over het wissen van oude galerijen is erg helder!"),
    ("en", "I'm a photographer myself and found your privacy policy, especially the part on deleting old galleries, very clear!"),
    ("fr", "Je suis moi-même photographe et j'ai trouvé votre politique de confidentialité très claire sur l'effacement des galeries."),
    ("de", "Ich bin selbst Fotografin und bin auf Ihre Datenschutzerklärung gestoßen, der Teil zur Löschung nach 12 Monaten ist sehr klar!"),
    # the writer's own deed
    ("nl", "De foto's zijn wazig. Ik heb de galerij op mijn telefoon zelfs al gewist, zo boos was ik. Ik wil een nieuwe afdruk."),
    ("en", "The photos are blurry. I even deleted the gallery from my phone, that's how annoyed I was. I want new prints."),
    ("fr", "Les photos sont floues. J'ai même effacé la galerie de mon téléphone tellement j'étais fâchée. Je veux un nouveau tirage."),
    ("de", "Die Fotos sind unscharf. Ich habe die Galerie auf meinem Handy sogar schon gelöscht, so verärgert war ich."),
    # products sold to studios: templates for other people's requests
    ("nl", "Ons AVG-pakket voor fotografen bevat sjablonen voor inzageverzoeken en verwijderverzoeken, voor maar 49 euro."),
    ("en", "Our compliance kit for photographers includes templates for access requests and deletion requests, only 49 euros."),
    ("fr", "Notre kit RGPD pour photographes contient des modèles pour les demandes d'accès et de suppression, 49 euros seulement."),
    ("de", "Unser DSGVO-Paket für Fotografen enthält Vorlagen für Auskunfts- und Löschanfragen und für Widerruf der Einwilligung."),
    ("de", "Sie möchten keine weiteren Informationen? Antworten Sie mit „Abmelden“."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_REQUESTS)
def test_mentions_and_talk_about_deleting_are_not_requests(lang, text):
    assert _rights(text, lang) == set()
    assert not _is_request(text, lang)


# --------------------------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------------------------

REQUESTS = [
    # objecting is itself an invocation of the article it cites
    ("nl", "Cliënte tekent, op grond van artikel 21 AVG, verzet aan tegen het gebruik van haar foto's in uw brochure.",
     {"objection"}),
    ("en", "My client objects, under Article 21 GDPR, to the use of her photos in your brochure.", {"objection"}),
    ("fr", "Ma cliente s'oppose, sur la base de l'article 21 du RGPD, à l'utilisation de ses photos dans votre brochure.",
     {"objection"}),
    ("de", "Meine Mandantin widerspricht gemäß Art. 21 DSGVO der Nutzung ihrer Fotos in Ihrer Broschüre.", {"objection"}),
    # a policy named in a relative clause: the main clause still asks
    ("nl", "Ik maak bezwaar tegen het gebruik van mijn foto's in uw folder, dat u volgens uw privacyverklaring op uw "
           "gerechtvaardigd belang baseert.", {"objection"}),
    ("en", "I object to the use of my photos in your leaflet, which according to your privacy policy you base on your "
           "legitimate interest.", {"objection"}),
    # no more mails
    ("nl", "Hoi, ik wil jullie mails niet meer ontvangen. Bedankt.", {"objection"}),
    ("en", "Hi, I don't want to get your emails any more. Thanks.", {"objection"}),
    ("fr", "Bonjour, je ne veux plus recevoir vos mails. Merci.", {"objection"}),
    ("fr", "Bonjour, merci de ne plus m'envoyer vos mails.", {"objection"}),
    ("de", "Hallo, ich möchte Ihre Mails nicht mehr bekommen. Danke.", {"objection"}),
    # umlauts typed as ae/oe/ue
    ("de", "Hallo, koennen Sie mir bitte alle Fotos von mir und die Daten, die Sie ueber mich haben, zuschicken?", {"access"}),
    ("de", "Schicken Sie mir bitte alles, was Sie ueber mich gespeichert haben.", {"access"}),
    ("de", "Ich moechte, dass Sie alle meine Daten loeschen.", {"erasure"}),
    # do not delete, only pause (for a while): a restriction, not an objection or a withdrawal
    ("nl", "Verwijder niets, maar stuur mijn portfolio voorlopig niet meer naar klanten tot mijn visum geregeld is.",
     {"restriction"}),
    ("en", "Don't delete anything, just stop sending my comp card to clients for now, until my visa is sorted.",
     {"restriction"}),
    ("en", "We made an insurance claim, so please don't delete the footage. We don't want the clip online while the "
           "claim is open.", {"restriction"}),
    ("fr", "Vous pouvez garder les photos, on ne vous demande pas de les effacer. Mais ne les publiez plus tant que le "
           "litige n'est pas réglé.", {"restriction"}),
    ("fr", "Je vous prie de vous abstenir, jusqu'à la fin de la procédure, de tout effacement de ces données et de toute "
           "utilisation de celles-ci.", {"restriction"}),
    ("de", "Bitte sperren Sie meine Daten, bis das Verfahren abgeschlossen ist. Nichts löschen, nichts veröffentlichen.",
     {"restriction"}),
]


@pytest.mark.parametrize(("lang", "text", "rights"), REQUESTS)
def test_plain_requests_in_four_languages(lang, text, rights):
    assert _rights(text, lang) == rights
    assert _is_request(text, lang)


MORE_REQUESTS = [
    # a name change told, then "change that in your files"
    ("de", "Ich heiße seit der Hochzeit nicht mehr Schmitz, sondern Kessler. Könnten Sie das bitte in Ihrer Kundendatei "
           "ändern?", {"rectification"}),
    ("nl", "Ik heet sinds mijn huwelijk niet meer Jansen maar De Vries. Kunnen jullie dat in jullie klantenbestand "
           "aanpassen?", {"rectification"}),
    ("en", "Since the wedding my surname is no longer Smith but Walsh. Could you change that in your customer file?",
     {"rectification"}),
    # everyday removal verbs
    ("en", "please bin everything you have on me. photos, email, phone number, the lot.", {"erasure"}),
    ("en", "Could you chuck out all my photos and details? Cheers.", {"erasure"}),
    # written for a child: "his/her photos", "alles van haar"
    ("en", "As her father I'm asking you to delete her photos and all her details from your files.", {"erasure"}),
    ("nl", "Kunt ge mij laten weten wat jullie allemaal van hem hebben? En daarna alles van hem verwijderen aub.",
     {"access", "erasure"}),
    # off the mailing list: an objection, not an erasure
    ("en", "I don't want to be on your mailing list, could you take me off please?", {"objection"}),
    ("nl", "Ik wil niet meer op jullie mailinglijst staan, kunnen jullie me eraf halen?", {"objection"}),
    ("de", "Ihren Newsletter möchte ich nicht mehr – bitte austragen.", {"objection"}),
    # leaving an agency: "uitschrijving" with the data deleted is the erasure
    ("nl", "Uitschrijving. Graag al mijn gegevens uit jullie bestand verwijderen.", {"erasure"}),
    ("fr", "Désinscription de l'agence. Merci de supprimer toutes mes données de vos fichiers.", {"erasure"}),
    ("de", "Abmeldung aus der Kartei. Bitte löschen Sie alle meine Daten.", {"erasure"}),
    # a profile taken off the website is a withdrawal of consent
    ("nl", "Willen jullie mijn profiel van de website halen?", {"withdraw_consent"}),
    ("en", "Could you take my profile off your website?", {"withdraw_consent"}),
    # sent straight to another photographer: portability
    ("nl", "We gaan voortaan naar een fotograaf bij ons in het dorp. Zouden jullie alles kunnen doorsturen naar haar?",
     {"portability"}),
    ("en", "We now go to a photographer closer to home. Could you send all our photos and data directly to her?",
     {"portability"}),
    ("fr", "Je continue avec une autre photographe. Pouvez-vous envoyer mes photos et mes données directement à elle ?",
     {"portability"}),
    ("de", "Bitte übertragen Sie alle Bilddateien direkt an den Fotografen Markus Ebner in Graz.", {"portability"}),
    # "send all our photos and the data you have", then the format: the sending is the portability
    ("nl", "Zoudt ge al onze foto's en de gegevens die ge van ons hebt kunnen doorsturen? Liefst in een gewoon formaat, "
           "in Excel of csv, zodat we het aan de nieuwe fotografe kunnen geven.", {"portability"}),
]


@pytest.mark.parametrize(("lang", "text", "rights"), MORE_REQUESTS)
def test_more_plain_requests(lang, text, rights):
    assert _rights(text, lang) == rights
    assert _is_request(text, lang)


PRODUCT_NOT_DATA = [
    # the product is to be redone: no personal data is asked about
    ("nl", "Haal die mislukte foto's alsjeblieft uit het album en vervang ze door andere uit de sessie."),
    ("en", "Please take the dark photos out of the album and replace them with others from the session."),
    ("fr", "Merci de retirer les photos ratées de l'album et de les remplacer par d'autres."),
    ("de", "Bitte drucken Sie die 12 Abzüge neu und korrigieren Sie die Farben."),
    ("nl", "Kunnen jullie de kleuren van de afdrukken corrigeren? Ze zijn veel te geel."),
    ("en", "Could you correct the colours on the prints? They are far too yellow."),
    ("fr", "Pouvez-vous corriger les couleurs des tirages ? Ils sont beaucoup trop jaunes."),
    # photos delivered to the writer, not to another photographer
    ("nl", "Kunnen jullie de foto's direct naar mij sturen? Dan kan ik ze aan oma laten zien."),
]


@pytest.mark.parametrize(("lang", "text"), PRODUCT_NOT_DATA)
def test_redoing_the_product_is_no_right(lang, text):
    rights = _rights(text, lang)
    assert not rights & {"erasure", "rectification", "withdraw_consent", "portability"}


CONTEXT_AND_OVERLAPS = [
    # the photos named two sentences back: "kunt ge da verwijderen?"
    ("nl", "Ik zag dat die foto's nog altijd op jullie site staan. Ik vind dat echt niet aangenaam. Allee, kunt ge da "
           "verwijderen?", {"withdraw_consent"}),
    ("de", "In der Galerie auf Ihrer Seite bin ich zu sehen. Bitte nehmt meine Fotos raus.", {"withdraw_consent"}),
    # consent given once, now taken back
    ("de", "Bei der Anmeldung habe ich das Häkchen für Fotos gesetzt, aber ich möchte das nicht mehr.", {"withdraw_consent"}),
    ("nl", "Bij de inschrijving heb ik het vinkje voor foto's aangevinkt, maar ik wil dat niet meer.", {"withdraw_consent"}),
    ("en", "I ticked the box for photos when I signed up, but I don't want that any more.", {"withdraw_consent"}),
    ("fr", "J'ai coché la case pour les photos à l'inscription, mais je ne le veux plus.", {"withdraw_consent"}),
    # leave them but do not use them until we agree
    ("nl", "Laat de foto's staan maar gebruik ze niet tot we het eens zijn.", {"restriction"}),
    # "wist" (knew) is not "wis" (wipe)
    ("nl", "Ze heeft een formulier ondertekend, maar ze wist niet wat dat inhield. Gelieve de foto uit de etalage te halen.",
     {"withdraw_consent"}),
    # "data" are dates, an address that "disappears" is news
    ("nl", "Mijn e-mailadres is veranderd: dit adres verdwijnt binnenkort. Graag aanpassen in jullie bestand.",
     {"rectification"}),
    # data said to be wrong in a letter that asks to restrict while they are checked
    ("nl", "Die gegevens zijn deels onjuist. Ik verzoek u de verwerking van mijn gegevens te beperken zolang u de juistheid "
           "controleert.", {"restriction"}),
    ("en", "Those details are partly wrong. I ask you to restrict the processing of my data while you check their "
           "accuracy.", {"restriction"}),
    ("fr", "Ces informations sont en partie inexactes. Je vous demande de limiter le traitement de mes données le temps "
           "de vérifier leur exactitude.", {"restriction"}),
    ("de", "Diese Angaben sind teilweise falsch. Bitte schränken Sie die Verarbeitung meiner Daten ein, bis Sie die "
           "Richtigkeit geprüft haben.", {"restriction"}),
    # an account and everything in it: an erasure, not photos taken off a place
    ("fr", "Pouvez-vous supprimer mon compte client sur votre galerie en ligne et toutes les infos que vous avez gardées "
           "(adresse, téléphone, photos) ?", {"erasure"}),
]


@pytest.mark.parametrize(("lang", "text", "rights"), CONTEXT_AND_OVERLAPS)
def test_context_and_overlapping_rights(lang, text, rights):
    assert _rights(text, lang) == rights


def test_dates_that_are_free_are_no_access_request():
    assert _rights("Kunnen jullie laten weten welke data nog vrij zijn in mei?", "nl") == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pls delte all my data."),
    ("en", "Can you dlete my account and all my details?"),
    ("nl", "Kunnen jullie al mijn gegevens verwyderen?"),
    ("nl", "Kunnen jullie al mijn gegevens verwijdern?"),
    ("fr", "Pouvez-vous suprimer toutes mes donnees svp"),
    ("de", "Bitte loescht alle meine Daten."),
])
def test_typos_in_removal_verbs_still_ask_for_erasure(lang, text):
    assert _rights(text, lang) == {"erasure"}
