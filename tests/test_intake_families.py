"""Families of phrasings, in the four intake languages: requests and the mentions that look like them.

Each case is a short mail written for this test (not taken from any corpus): plain everyday
requests, formal letters that cite articles in passing, and mails that only talk about rights
(a vendor's pitch, a newsletter footer, the studio's own practice told back).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import Classification, decide_request, detect_language, detect_rights

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


# --------------------------------------------------------------------------------------------
# Everyday mails, mails with two rights, Flemish; and mails that are no request at all
# --------------------------------------------------------------------------------------------

EVERYDAY = [
 ("nl", {"withdraw_consent"}, "Hoi! Mogen mijn foto's van jullie site af? Ik vind ze niet meer zo mooi. Groetjes, Lotte"),
 ("nl", {"access"}, "Dag, ik wil graag weten welke gegevens jullie van mij hebben. Mvg, Pieter"),
 ("nl", {"access"}, "Hallo, kunnen jullie me laten weten wat jullie allemaal over mij opgeslagen hebben? Bedankt!"),
 ("nl", {"portability"}, "Kunnen jullie alles wat jullie van mij hebben in een bestand zetten dat ik kan meenemen naar een andere fotograaf?"),
 ("nl", {"rectification"}, "Hoi, ik ben verhuisd. Mijn nieuwe adres is Kerkstraat 5 in Gent, willen jullie dat aanpassen?"),
 ("nl", {"objection"}, "Ik wil jullie nieuwsbrief niet meer ontvangen, haal me van de lijst aub."),
 ("nl", {"erasure"}, "Goedemiddag, ik ben geen klant meer. Gooi al mijn gegevens maar weg. Groet, Henk"),
 ("nl", {"erasure"}, "Willen jullie mijn account en alles wat daarbij hoort verwijderen?"),
 ("nl", {"withdraw_consent"}, "Ik heb destijds toestemming gegeven voor het gebruik van mijn foto in jullie brochure, maar die trek ik nu in."),
 ("nl", set(), "Hoi, de link naar de galerij van onze bruiloft werkt niet meer. Kunnen jullie de foto's opnieuw sturen?"),
 ("nl", set(), "Beste, ik heb de factuur ontvangen maar mijn naam staat er verkeerd op. Kunnen jullie een nieuwe sturen?"),
 ("nl", set(), "Kunnen we de shoot van zaterdag verplaatsen naar zondag? Groetjes"),
 ("en", {"access"}, "Hi there, could you send me everything you have on file about me? Cheers, Mike"),
 ("en", {"rectification"}, "Please update my email address in your system, the old one no longer works. The new one is mike@new.com."),
 ("en", {"erasure"}, "I no longer use your services. Please wipe my details from your database."),
 ("en", {"withdraw_consent"}, "I'm not comfortable with my photo being on your Instagram any more. Could you take it down?"),
 ("en", {"objection"}, "Please stop emailing me offers. I never signed up for this."),
 ("en", {"portability"}, "I'm moving to another photographer. Can you export my photos and my client profile so I can give them to her?"),
 ("en", {"restriction"}, "Please stop using my data while you check whether my details are correct."),
 ("en", set(), "Hi, I loved the photos! Could you send me the high-res versions of my favourites? Thanks"),
 ("en", set(), "Can I book another session in June? What are your rates?"),
 ("fr", {"withdraw_consent"}, "Bonjour, je ne veux plus apparaître sur votre site internet. Merci de retirer mes photos."),
 ("fr", {"access"}, "Bonjour, j'aimerais savoir quelles informations vous conservez à mon sujet."),
 ("fr", {"erasure"}, "Bonjour, merci d'effacer toutes mes coordonnées de votre fichier client."),
 ("fr", {"rectification"}, "Bonjour, j'ai changé d'adresse. Pouvez-vous mettre à jour mes coordonnées ?"),
 ("fr", {"objection"}, "Je ne souhaite plus recevoir vos e-mails publicitaires. Merci de me désinscrire."),
 ("fr", {"portability"}, "Pouvez-vous m'envoyer toutes mes photos et mes données dans un fichier pour que je puisse les transférer à un autre photographe ?"),
 ("fr", set(), "Bonjour, pouvez-vous m'envoyer la facture de la séance du 12 mai ? Merci."),
 ("de", {"withdraw_consent"}, "Hallo, ich möchte nicht mehr auf Ihrer Website zu sehen sein. Bitte nehmen Sie meine Fotos herunter."),
 ("de", {"access"}, "Guten Tag, bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben."),
 ("de", {"erasure"}, "Hallo, bitte löschen Sie mein Kundenkonto und alle meine Daten."),
 ("de", {"rectification"}, "Ich bin umgezogen. Meine neue Adresse lautet Hauptstraße 3, 4700 Eupen. Bitte ändern Sie das in Ihrer Kartei."),
 ("de", {"objection"}, "Bitte hören Sie auf, mir Werbung zu schicken. Ich möchte Ihren Newsletter nicht mehr."),
 ("de", {"portability"}, "Bitte schicken Sie mir alle meine Fotos und Daten als ZIP-Datei, damit ich sie zu einem anderen Fotografen mitnehmen kann."),
 ("de", set(), "Guten Tag, können wir den Termin am Freitag auf 15 Uhr verschieben?"),
 ("de", set(), "Vielen Dank für die schönen Bilder! Können Sie mir noch die Rechnung schicken?"),
]
TWO_RIGHTS_AND_FLEMISH = [
 ("nl", {"access", "erasure"}, "Dag, gelieve mij te laten weten welke gegevens ge van mij bijhoudt en ze daarna te wissen. Alvast bedankt, Jef"),
 ("nl", {"withdraw_consent", "objection"}, "Hallo, haal mijn foto aub van jullie Facebookpagina en stuur me ook geen promomails meer. Dank u!"),
 ("nl", {"rectification", "objection"}, "Mijn achternaam is verkeerd gespeld in jullie klantenbestand (Peters i.p.v. Peeters). Corrigeer dat aub. En ik wil geen nieuwsbrief meer."),
 ("nl", {"erasure"}, "Goedendag, mag mijn dossier bij jullie afgesloten en vernietigd worden? Ik heb geen interesse meer. Met vriendelijke groeten"),
 ("nl", {"access"}, "Beste, graag had ik een kopie ontvangen van alle persoonsgegevens die jullie van mij verwerken. Vriendelijke groeten, An"),
 ("nl", {"withdraw_consent"}, "Ik ga niet meer akkoord met het gebruik van de foto's van mijn kinderen op jullie site."),
 ("nl", {"erasure"}, "Ik wil dat jullie mij volledig uit jullie systemen halen."),
 ("nl", {"restriction"}, "Zolang mijn klacht loopt, wil ik dat jullie mijn gegevens niet meer gebruiken, maar ze ook niet wissen."),
 ("en", {"access", "portability"}, "Please tell me what data you hold about me, and send my photos as a zip file I can import elsewhere."),
 ("en", {"erasure", "objection"}, "Unsubscribe me from your newsletter and delete my account please."),
 ("en", {"rectification"}, "My date of birth in your records is wrong: it should be 3 March 1990, not 3 May."),
 ("en", {"withdraw_consent"}, "I changed my mind about the model release. I withdraw my permission to use my images."),
 ("en", {"erasure"}, "I'd like you to forget about me completely - remove me from your systems please."),
 ("en", {"objection"}, "I object to you using my photo for profiling or targeted marketing."),
 ("fr", {"access", "erasure"}, "Bonjour, pouvez-vous me dire quelles données vous avez sur moi, puis les supprimer ? Merci"),
 ("fr", {"withdraw_consent", "objection"}, "Merci de retirer ma photo de votre page Instagram et de me désabonner de votre newsletter."),
 ("fr", {"erasure"}, "Je souhaite que mon compte et toutes les informations associées soient supprimés."),
 ("fr", {"rectification"}, "Mon prénom est mal orthographié sur votre site : c'est Anaïs, pas Anais. Pouvez-vous corriger ?"),
 ("fr", {"restriction"}, "Je conteste l'exactitude de mes données ; merci d'en geler l'utilisation le temps de vérifier."),
 ("de", {"access", "erasure"}, "Bitte teilen Sie mir mit, welche Daten Sie von mir haben, und löschen Sie diese anschließend."),
 ("de", {"withdraw_consent", "objection"}, "Bitte entfernen Sie mein Foto von Ihrer Instagram-Seite und tragen Sie mich aus dem Newsletter aus."),
 ("de", {"erasure"}, "Ich möchte, dass Sie mein Kundenkonto samt allen Daten entfernen."),
 ("de", {"rectification"}, "Mein Vorname ist bei Ihnen falsch eingetragen. Richtig ist Jürgen, nicht Jurgen."),
 ("de", {"restriction"}, "Bitte sperren Sie meine Daten, bis geklärt ist, ob sie richtig sind."),
 ("de", {"objection"}, "Ich widerspreche der Nutzung meiner Daten für Werbezwecke."),
]


@pytest.mark.parametrize("lang,rights,text", EVERYDAY + TWO_RIGHTS_AND_FLEMISH)
def test_everyday_mails(lang, rights, text):
    result = detect_rights(text)
    assert detect_language(text) == lang
    assert decide_request(result, bulk=False, follow_up=False, quoted_own_request=False)[0] == bool(rights)
    assert set(result.rights) == rights


# --------------------------------------------------------------------------------------------
# A right mentioned, then asked for ("I know I have the right to erasure, so delete my data");
# disclaimers and the studio's own answers quoted without markers
# --------------------------------------------------------------------------------------------

MENTION_THEN_REQUEST = [
 ({"erasure"}, "Ik weet dat ik het recht heb om mijn gegevens te laten verwijderen, dus verwijder alstublieft al mijn gegevens."),
 ({"access"}, "Volgens de AVG heb ik recht op inzage; graag ontvang ik een kopie van mijn gegevens."),
 ({"erasure"}, "As I understand it, under GDPR I can ask you to delete my data, so I'm asking you to do that."),
 ({"erasure"}, "I know I have the right to be forgotten, so please erase everything you have about me."),
 ({"erasure"}, "Je sais que j'ai le droit à l'effacement : merci donc de supprimer mes données."),
 ({"erasure"}, "Ich weiß, dass ich ein Recht auf Löschung habe. Bitte löschen Sie daher meine Daten."),
 ({"access"}, "Your privacy statement says I can ask for a copy of my data. Please send me that copy."),
 ({"withdraw_consent"}, "Op jullie site staat dat ik mijn toestemming altijd kan intrekken. Dat doe ik bij deze: haal mijn foto's van de website."),
 (set(), "Onze privacyverklaring staat op de website. Wij verwerken persoonsgegevens volgens de AVG."),
 (set(), "Dit bericht is vertrouwelijk. Als u dit bericht per vergissing heeft ontvangen, verwijder het dan."),
 (set(), "If you are not the intended recipient, please delete this e-mail and notify the sender."),
 (set(), "Si vous n'êtes pas le destinataire de ce message, merci de le supprimer."),
 (set(), "Falls Sie nicht der richtige Adressat sind, löschen Sie bitte diese E-Mail."),
 (set(), "Ich habe gesehen, dass Sie auf Ihrer Website über Datenschutz schreiben. Tolle Fotos übrigens!"),
 (set(), "You can always unsubscribe using the link below."),
 (set(), "Wij hebben uw verzoek tot verwijdering ontvangen en zullen het binnen een maand behandelen."),
 (set(), "We have received your access request and will respond within one month."),
]


@pytest.mark.parametrize("rights,text", MENTION_THEN_REQUEST)
def test_mention_then_request(rights, text):
    assert set(detect_rights(text).rights) == rights



# --------------------------------------------------------------------------------------------
# Letters of other generators, reminders that restate the right, studio business that is no request
# --------------------------------------------------------------------------------------------

MORE_LETTERS_AND_REMINDERS = [
 ("de", {"access"}, """Sehr geehrte Damen und Herren,

ich bitte Sie um eine Bestätigung, ob Sie mich betreffende personenbezogene Daten verarbeiten (vgl. Art. 15 Abs. 1 DSGVO). In diesem Fall bitte ich Sie, mir Auskunft über folgende Informationen zu erteilen:
- die Verarbeitungszwecke (Art. 15 Abs. 1 lit. a DSGVO);
- die Empfänger (Art. 15 Abs. 1 lit. c DSGVO);
- das Bestehen eines Rechts auf Berichtigung, Löschung oder Einschränkung der Verarbeitung oder eines Widerspruchsrechts (Art. 15 Abs. 1 lit. e DSGVO).

Stellen Sie mir außerdem bitte eine Kopie meiner personenbezogenen Daten zur Verfügung (Art. 15 Abs. 3 DSGVO). Ich erwarte Ihre Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO).

Mit freundlichen Grüßen"""),
 ("fr", {"access"}, """Madame, Monsieur,

Je vous prie de bien vouloir m'adresser une copie de l'ensemble des données me concernant figurant dans vos fichiers, en application de l'article 15 du RGPD. Je vous rappelle que vous disposez d'un délai maximal d'un mois suivant la réception de ce courrier pour répondre à ma demande (article 12.3 du RGPD).

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées."""),
 ("fr", {"objection"}, """Madame, Monsieur,

Je vous prie de bien vouloir supprimer mes coordonnées de vos fichiers utilisés à des fins de prospection commerciale, conformément à l'article 21 du RGPD. Je vous remercie de m'informer des suites données à ma demande."""),
 ("nl", {"erasure"}, "Ik heb op 3 maart gevraagd om mijn gegevens te verwijderen, maar ik heb nog niets gehoord. Wilt u dat alsnog doen?"),
 ("en", {"erasure"}, "I asked you on 3 March to delete my data and have heard nothing since. Please do so now."),
 ("nl", {"objection"}, """Geachte heer, mevrouw,

Ik maak bezwaar tegen het gebruik van mijn persoonsgegevens voor direct marketing (artikel 21 lid 2 AVG). Ik verzoek u mijn gegevens niet langer voor dit doel te gebruiken en mij hiervan een bevestiging te sturen."""),
 ("nl", {"withdraw_consent"}, """Beste,

Vorig jaar heb ik een toestemmingsformulier (quitclaim) getekend voor het gebruik van mijn portret. Ik trek die toestemming hierbij in, met ingang van vandaag. Ik begrijp dat eerder gedrukt materiaal niet teruggehaald kan worden."""),
 ("en", {"rectification", "erasure"}, "Please correct my surname to Smith-Jones and delete the old phone number you have on file."),
 ("en", set(), "Thanks for the lovely session! We'd love to book you again for our wedding next year."),
 ("nl", set(), "Hoi Femke, top foto's! Mag ik er een paar op mijn eigen Instagram zetten?"),
 ("fr", set(), "Bonjour, est-il possible d'avoir un devis pour un shooting familial en juin ?"),
 ("de", set(), "Hallo, ich habe Ihre Website gesehen und möchte einen Termin für Bewerbungsfotos vereinbaren."),
 ("nl", set(), "Beste, graag ontvang ik de factuur op het juiste adres: Dorpsstraat 4, 1234 AB Ergens. Bedankt!"),
 ("en", set(), "Hi, can you remove the watermark from the photos you sent? Thanks!"),
 ("nl", set(), "Kun je de achtergrond op foto 12 nog wat bijwerken? En mijn naam mag bij de credits."),
 ("de", set(), "Könnten Sie auf Foto 3 noch den Pickel entfernen? Danke!"),
 ("fr", set(), "Pouvez-vous supprimer les yeux rouges sur la photo 5 ? Merci beaucoup."),
]


@pytest.mark.parametrize("lang,rights,text", MORE_LETTERS_AND_REMINDERS)
def test_more_letters_reminders_and_business(lang, rights, text):
    result = detect_rights(text)
    assert detect_language(text) == lang
    assert decide_request(result, bulk=False, follow_up=False, quoted_own_request=False)[0] == bool(rights)
    assert set(result.rights) == rights


NOT_REQUESTS = [
 "Hoi Femke! We zijn vorig jaar verhuisd en de foto's die jullie maakten hangen nu in onze nieuwe woonkamer. Ze zijn prachtig, dank jullie wel!",
 "Dear Studio, we moved to a new office and would like to book a new team headshot session. Could you send me your rates?",
 "Bonjour, nous avons déménagé et voudrions refaire des photos de famille. Quelles sont vos disponibilités ?",
 "Hallo, wir sind umgezogen und möchten gern neue Familienfotos machen lassen. Haben Sie im Mai noch Termine frei?",
 "Hi, could you please add the photos from our wedding to your portfolio? We'd be honoured!",
 "Mogen jullie gerust onze trouwfoto's op jullie website zetten, wij vinden dat leuk!",
 "Hello, I am a photographer myself and would like to collaborate. Please find my portfolio attached.",
 "Beste, ik wil graag solliciteren als assistent-fotograaf. Mijn cv zit in de bijlage.",
 "Bonjour, la facture n° 2025-114 comporte une erreur : le montant TVA est incorrect. Pouvez-vous la corriger ?",
 "Sehr geehrte Damen und Herren, auf der Rechnung ist meine Adresse falsch. Bitte senden Sie eine korrigierte Rechnung.",
 "The photos are too dark, can you fix the exposure on numbers 4 and 7? Also please delete the blurry ones from the gallery before my parents see it.",
 "Ik heb per ongeluk twee keer betaald. Kunnen jullie het bedrag terugstorten?",
 "Hi, my password for the online gallery doesn't work. Can you reset it?",
 "Bonjour, j'ai oublié mon mot de passe pour la galerie en ligne. Pouvez-vous m'aider ?",
 "Guten Tag, der Download-Link für die Fotos ist abgelaufen. Können Sie ihn erneuern?",
 "Hey! Saw you on Instagram, love your work. Do you do pet photography?",
 "Beste fotograaf, mijn dochter wil graag model worden. Kunnen jullie een portfolio voor haar maken?",
 "Please cancel my appointment for Tuesday, I'm ill. I'll reschedule next week.",
 "Wij annuleren de shoot van zaterdag wegens het weer. Kunnen we een nieuwe datum prikken?",
 "Nous souhaitons annuler notre séance photo du 3 juin. Merci de nous confirmer le remboursement de l'acompte.",
 "Ich möchte meinen Termin am Samstag leider absagen. Bitte stornieren Sie die Buchung.",
 "I'm out of the office until Monday. For urgent matters please contact my colleague.",
 "Je suis absente jusqu'au 15 août. En cas d'urgence, contactez mon collègue.",
 "Ik ben afwezig tot en met 12 augustus en lees mijn mail niet. Bij dringende zaken: bel 0470 12 34 56.",
]


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_studio_business_is_not_a_request(text):
    assert not decide_request(detect_rights(text), bulk=False, follow_up=False, quoted_own_request=False)[0]



# --------------------------------------------------------------------------------------------
# The same rights in other everyday words ("a copy of everything about me", "as an example",
# "hang on to the files", "I want it gone")
# --------------------------------------------------------------------------------------------

OTHER_WORDS = [
 ("nl", {"access"}, "Ik zou graag een kopie krijgen van alles wat er over mij in jullie computer staat."),
 ("nl", {"erasure"}, "Kunnen jullie mij uit jullie klantenbestand halen? Ik heb geen interesse meer."),
 ("nl", {"rectification"}, "Mijn mailadres is veranderd, het oude mag eruit en het nieuwe is z@w.nl. Willen jullie dat aanpassen?"),
 ("nl", {"withdraw_consent"}, "Vanaf nu wil ik niet meer dat jullie mijn trouwfoto's als voorbeeld gebruiken."),
 ("nl", {"objection"}, "Ik heb geen zin meer in jullie reclame. Stop ermee."),
 ("nl", {"restriction"}, "Bewaar mijn foto's nog even, maar publiceer ze nergens, want er loopt een rechtszaak."),
 ("nl", {"access"}, "Wat weten jullie eigenlijk allemaal over mij?"),
 ("nl", {"erasure"}, "Ik wil dat alles over mij bij jullie verdwijnt."),
 ("en", {"access"}, "Could I get a copy of whatever info you've got stored on me?"),
 ("en", {"erasure"}, "Take me off your client database please, I won't be needing your services again."),
 ("en", {"rectification"}, "You've got my name down as 'Jon' - it's 'John' with an h. Please fix it."),
 ("en", {"withdraw_consent"}, "From now on I don't want my wedding photos used as examples on your site."),
 ("en", {"objection"}, "Stop sending me your promotions."),
 ("en", {"restriction"}, "Please hang on to the files but don't use them anywhere until the legal dispute is resolved."),
 ("en", {"erasure"}, "I want everything you have about me gone."),
 ("fr", {"access"}, "J'aimerais recevoir tout ce que vous avez enregistré à mon sujet."),
 ("fr", {"erasure"}, "Je ne suis plus cliente, merci d'effacer mes informations de votre base."),
 ("fr", {"rectification"}, "Vous avez mal écrit mon nom de famille : c'est Lefèvre et non Lefebvre."),
 ("fr", {"withdraw_consent"}, "Je ne souhaite plus que mes photos de mariage servent d'exemple sur votre site."),
 ("fr", {"objection"}, "Arrêtez de m'envoyer vos promotions, s'il vous plaît."),
 ("fr", {"restriction"}, "Pouvez-vous conserver les photos mais ne plus les utiliser tant que le litige n'est pas réglé ?"),
 ("fr", {"access"}, "Qu'est-ce que vous savez sur moi exactement ?"),
 ("de", {"access"}, "Ich hätte gern eine Kopie von allem, was Sie über mich gespeichert haben."),
 ("de", {"erasure"}, "Ich bin kein Kunde mehr, bitte entfernen Sie mich aus Ihrer Kundendatei."),
 ("de", {"rectification"}, "Sie haben meinen Nachnamen falsch: es heißt Meier mit ei, nicht Maier."),
 ("de", {"withdraw_consent"}, "Ich möchte nicht mehr, dass meine Hochzeitsfotos als Beispiel auf Ihrer Seite erscheinen."),
 ("de", {"objection"}, "Hören Sie bitte auf, mir Ihre Angebote zu schicken."),
 ("de", {"restriction"}, "Bitte bewahren Sie die Fotos auf, aber verwenden Sie sie nicht mehr, bis der Streit geklärt ist."),
 ("de", {"access"}, "Was wissen Sie eigentlich alles über mich?"),
]


@pytest.mark.parametrize("lang,rights,text", OTHER_WORDS)
def test_other_everyday_words(lang, rights, text):
    result = detect_rights(text)
    assert detect_language(text) == lang
    assert set(result.rights) == rights



# --------------------------------------------------------------------------------------------
# Each right said plainly, in each language ("is it possible to ...", "my right to be forgotten",
# "you may no longer use my photos")
# --------------------------------------------------------------------------------------------

EACH_RIGHT_PLAINLY = [
 ("nl", {"erasure"}, "Is het mogelijk om al mijn gegevens bij jullie te laten verwijderen?"),
 ("en", {"erasure"}, "Would it be possible to have my details removed from your records?"),
 ("fr", {"erasure"}, "Est-il possible de supprimer mes données de votre fichier ?"),
 ("de", {"erasure"}, "Ist es möglich, meine Daten bei Ihnen löschen zu lassen?"),
 ("nl", {"erasure"}, "Ik wil graag gebruik maken van mijn recht om vergeten te worden."),
 ("en", {"erasure"}, "I would like to exercise my right to be forgotten."),
 ("fr", {"erasure"}, "Je souhaite exercer mon droit à l'oubli."),
 ("de", {"erasure"}, "Ich möchte mein Recht auf Vergessenwerden wahrnehmen."),
 ("nl", {"access"}, "Ik wil graag gebruik maken van mijn inzagerecht."),
 ("en", {"access"}, "I'd like to exercise my right of access."),
 ("fr", {"access"}, "Je souhaite exercer mon droit d'accès à mes données."),
 ("de", {"access"}, "Ich mache hiermit mein Auskunftsrecht geltend."),
 ("nl", {"objection"}, "Ik maak bezwaar tegen de verwerking van mijn gegevens."),
 ("en", {"objection"}, "I object to the processing of my personal data."),
 ("fr", {"objection"}, "Je m'oppose au traitement de mes données personnelles."),
 ("de", {"objection"}, "Ich widerspreche der Verarbeitung meiner personenbezogenen Daten."),
 ("nl", {"restriction"}, "Ik verzoek u de verwerking van mijn gegevens te beperken."),
 ("en", {"restriction"}, "Please restrict the processing of my data."),
 ("fr", {"restriction"}, "Je demande la limitation du traitement de mes données."),
 ("de", {"restriction"}, "Ich verlange die Einschränkung der Verarbeitung meiner Daten."),
 ("nl", {"portability"}, "Ik wil mijn gegevens meenemen naar een andere aanbieder."),
 ("en", {"portability"}, "I want to take my data to another provider."),
 ("fr", {"portability"}, "Je souhaite récupérer mes données pour les transférer à un autre prestataire."),
 ("de", {"portability"}, "Ich möchte meine Daten zu einem anderen Anbieter mitnehmen."),
 ("nl", {"rectification"}, "Mijn telefoonnummer klopt niet meer, het nieuwe is 0612345678."),
 ("en", {"rectification"}, "My phone number has changed, the new one is 07700 900123."),
 ("fr", {"rectification"}, "Mon numéro de téléphone a changé, le nouveau est le 0470 12 34 56."),
 ("de", {"rectification"}, "Meine Telefonnummer hat sich geändert, die neue lautet 0151 2345678."),
 ("nl", {"withdraw_consent"}, "Ik trek mijn toestemming in."),
 ("en", {"withdraw_consent"}, "I withdraw my consent."),
 ("fr", {"withdraw_consent"}, "Je retire mon consentement."),
 ("de", {"withdraw_consent"}, "Ich widerrufe meine Einwilligung."),
 ("nl", {"withdraw_consent"}, "Jullie mogen mijn foto niet langer gebruiken voor reclame."),
 ("fr", {"withdraw_consent"}, "Vous n'avez plus le droit d'utiliser mes photos pour votre publicité."),
 ("de", {"withdraw_consent"}, "Sie dürfen meine Fotos nicht mehr für Werbung verwenden."),
 ("en", {"withdraw_consent"}, "You no longer have my permission to use my photos in your adverts."),
]


@pytest.mark.parametrize("lang,rights,text", EACH_RIGHT_PLAINLY)
def test_each_right_plainly(lang, rights, text):
    result = detect_rights(text)
    assert detect_language(text) == lang
    assert set(result.rights) == rights



# --------------------------------------------------------------------------------------------
# One right asked, another explicitly not ("no need to delete anything, just correct my name")
# --------------------------------------------------------------------------------------------

ONE_RIGHT_NOT_THE_OTHER = [
 ("en", {"access"}, "I don't want my data deleted, I just want to know what you have on me."),
 ("nl", {"access"}, "Ik vraag niet om verwijdering, ik wil alleen weten welke gegevens jullie hebben."),
 ("fr", {"access"}, "Je ne demande pas la suppression, seulement une copie de mes données."),
 ("de", {"withdraw_consent"}, "Sie müssen nicht alles löschen, nehmen Sie nur die Fotos von der Website."),
 ("nl", {"withdraw_consent"}, "Jullie hoeven niet alles te wissen, haal alleen mijn foto van de website."),
 ("en", {"rectification"}, "No need to delete anything, just correct my surname in your records: it's Van Dam, not Vandam."),
 ("nl", {"erasure"}, "Ik heb jullie nieuwsbrief nooit gewild, maar verwijder vooral al mijn gegevens."),
 ("en", {"objection"}, "I'm happy for you to keep my details for the invoices, but please stop sending me marketing."),
 ("fr", {"objection"}, "Vous pouvez garder mes coordonnées pour la facturation, mais ne m'envoyez plus de publicités."),
 ("de", {"objection"}, "Sie dürfen meine Daten für die Rechnung behalten, aber schicken Sie mir bitte keine Werbung mehr."),
 ("nl", {"objection"}, "Mijn gegevens mogen blijven voor de boekhouding, maar stuur me geen reclame meer."),
]


@pytest.mark.parametrize("lang,rights,text", ONE_RIGHT_NOT_THE_OTHER)
def test_one_right_not_the_other(lang, rights, text):
    assert detect_language(text) == lang
    assert set(detect_rights(text).rights) == rights



# --------------------------------------------------------------------------------------------
# More German and French words for each right; "I don't want my data deleted, only ..."
# --------------------------------------------------------------------------------------------

GERMAN_AND_FRENCH_WORDS = [
 ("de", {"erasure"}, "Bitte vernichten Sie sämtliche Unterlagen und Fotos, die Sie von mir haben."),
 ("de", {"erasure"}, "Ich möchte, dass meine Daten aus Ihrem System gelöscht werden."),
 ("de", {"erasure"}, "Können Sie mein Profil bei Ihnen komplett entfernen?"),
 ("de", {"access"}, "Teilen Sie mir bitte mit, was Sie alles über mich wissen."),
 ("de", {"access"}, "Ich möchte wissen, welche Informationen über mich bei Ihnen gespeichert sind und an wen sie weitergegeben wurden."),
 ("de", {"withdraw_consent"}, "Ich ziehe meine Zustimmung zur Veröffentlichung meiner Fotos zurück."),
 ("de", {"withdraw_consent"}, "Bitte löschen Sie mein Foto von Ihrer Facebook-Seite."),
 ("de", {"objection"}, "Ich möchte keine Newsletter mehr erhalten."),
 ("de", {"objection"}, "Bitte streichen Sie mich aus Ihrem Verteiler."),
 ("de", {"rectification"}, "Bitte korrigieren Sie meine E-Mail-Adresse in Ihrer Kundendatei."),
 ("de", {"portability"}, "Bitte stellen Sie mir meine Daten in einem maschinenlesbaren Format zur Verfügung."),
 ("de", {"restriction"}, "Bis zur Klärung bitte ich Sie, meine Daten nicht weiter zu verarbeiten."),
 ("fr", {"erasure"}, "Je vous demande de détruire toutes les photos et informations me concernant."),
 ("fr", {"erasure"}, "Merci de fermer mon compte client et d'effacer mes données."),
 ("fr", {"access"}, "Pourriez-vous me dire ce que vous savez sur moi ?"),
 ("fr", {"access"}, "Je souhaiterais connaître les données personnelles que vous conservez à mon sujet et à qui elles ont été transmises."),
 ("fr", {"withdraw_consent"}, "Je ne donne plus mon accord pour la publication de mes photos."),
 ("fr", {"withdraw_consent"}, "Merci d'enlever ma photo de votre vitrine."),
 ("fr", {"objection"}, "Je ne veux plus recevoir votre lettre d'information."),
 ("fr", {"objection"}, "Veuillez me retirer de votre liste de diffusion."),
 ("fr", {"rectification"}, "Merci de corriger mon adresse postale dans votre fichier."),
 ("fr", {"portability"}, "Merci de me transmettre mes données dans un format structuré et lisible par machine."),
 ("fr", {"restriction"}, "En attendant la résolution du litige, merci de ne plus utiliser mes données."),
 ("en", {"access"}, "Who have you shared my information with?"),
 ("nl", {"access"}, "Aan wie hebben jullie mijn gegevens doorgegeven?"),
 ("fr", {"access"}, "À qui avez-vous transmis mes données ?"),
 ("de", {"access"}, "An wen haben Sie meine Daten weitergegeben?"),
 ("de", {"rectification"}, "Ich möchte nicht, dass meine Daten gelöscht werden, bitte nur berichtigen: mein Name ist falsch geschrieben."),
 ("fr", {"rectification"}, "Je ne veux pas que mes données soient supprimées, merci juste de corriger mon nom."),
 ("nl", {"rectification"}, "Ik wil niet dat mijn gegevens verwijderd worden, verbeter alleen mijn naam."),
 ("fr", {"erasure"}, "Merci de supprimer toutes les informations que vous conservez à mon sujet."),
]


@pytest.mark.parametrize("lang,rights,text", GERMAN_AND_FRENCH_WORDS)
def test_german_and_french_words(lang, rights, text):
    assert detect_language(text) == lang
    assert set(detect_rights(text).rights) == rights



# --------------------------------------------------------------------------------------------
# Vendors' pitches, shop notices and newsletters that talk about requests and data
# --------------------------------------------------------------------------------------------

VENDORS_AND_NOTICES = [
 "Sehr geehrte Fotografen, Ihre Kunden haben das Recht auf Auskunft und Löschung – sind Sie vorbereitet? Unser DSGVO-Paket kostet nur 99 Euro. Jetzt bestellen!",
 "Beste fotograaf, weet u hoe u moet omgaan met een AVG-verzoek van een klant? Volg onze webinar op 12 maart. Inschrijven kan via onze site.",
 "Dear photographer, a single data subject access request can cost you hours. Our software automates responses to access and erasure requests. Book a demo!",
 "Cher photographe, savez-vous répondre à une demande d'effacement ? Notre formation RGPD vous apprend tout en 2 heures.",
 "Hallo! Wir haben unsere Datenschutzerklärung aktualisiert. Sie können Ihre Daten jederzeit einsehen oder löschen lassen. Ihr Team von PrintPro",
 "Nieuwsbrief maart: nieuwe albums, 10% korting op canvas. Wilt u geen nieuwsbrief meer ontvangen? Meld u hier af.",
 "Your monthly newsletter from LensWorld: new lenses, tips for portrait lighting. To unsubscribe, click the link below.",
 "Votre commande n° 4471 a été expédiée. Pour toute question sur vos données, consultez notre politique de confidentialité.",
 "Uw bestelling is verzonden. U kunt uw gegevens altijd inzien en aanpassen in uw account.",
 "Reminder: your invoice 2025-031 is due in 7 days. Please pay via the link.",
 "Herinnering: uw factuur 2025-031 vervalt over 7 dagen.",
]


@pytest.mark.parametrize("text", VENDORS_AND_NOTICES)
def test_vendors_and_notices_are_not_requests(text):
    follow_up = any(w in text.lower() for w in ("reminder", "herinnering", "rappel", "erinnerung"))
    assert not decide_request(detect_rights(text), bulk=False, follow_up=follow_up, quoted_own_request=False)[0]



# --------------------------------------------------------------------------------------------
# "No longer in your files" (erasure) and "no longer on your list" (objection), and other words
# --------------------------------------------------------------------------------------------

NOT_IN_YOUR_FILES_ANY_MORE = [
 ("nl", {"erasure"}, "Mag ik vragen om mijn gegevens te schrappen?"),
 ("nl", {"access"}, "Ik had graag geweten wat jullie allemaal over mij bijhouden."),
 ("nl", {"erasure"}, "Kunnen jullie mijn foto's uit jullie archief halen en vernietigen?"),
 ("nl", {"objection"}, "Gelieve mij niet meer te contacteren voor promoties."),
 ("nl", {"erasure"}, "Ik wens niet langer in jullie bestand opgenomen te worden."),
 ("nl", {"withdraw_consent"}, "Gelieve mijn foto niet meer te tonen in de etalage."),
 ("nl", {"rectification"}, "Mijn huisnummer is fout in jullie systeem, het is 14 en niet 41."),
 ("nl", {"access"}, "Kan ik een overzicht krijgen van wat jullie over mij bewaren?"),
 ("en", {"erasure"}, "I'd like my account closed and all my information deleted."),
 ("en", {"access"}, "What information do you keep about me, and for how long?"),
 ("en", {"rectification"}, "Your records have my old surname; I'm now Mrs Patel. Please update them."),
 ("en", {"withdraw_consent"}, "I no longer consent to my image being used in your marketing materials."),
 ("en", {"objection"}, "Please don't contact me again with offers."),
 ("en", {"portability"}, "Can you send me all my data in CSV format?"),
 ("fr", {"erasure"}, "Je voudrais que vous supprimiez définitivement mon dossier."),
 ("fr", {"access"}, "Quelles données avez-vous sur moi et depuis quand ?"),
 ("fr", {"withdraw_consent"}, "Je retire l'autorisation que j'avais donnée pour l'utilisation de mon image."),
 ("de", {"erasure"}, "Ich möchte meinen Account schließen und alle meine Informationen gelöscht haben."),
 ("de", {"access"}, "Welche Daten haben Sie über mich und seit wann?"),
 ("de", {"withdraw_consent"}, "Ich nehme meine Erlaubnis zur Nutzung meines Bildes zurück."),
 ("fr", {"erasure"}, "Je ne veux plus figurer dans vos fichiers."),
 ("de", {"erasure"}, "Ich möchte nicht mehr in Ihrer Kundendatei gespeichert sein."),
 ("en", {"objection"}, "I no longer want to be on your mailing list."),
 ("nl", {"objection"}, "Ik wil niet meer op jullie mailinglijst staan."),
 ("fr", {"objection"}, "Je ne veux plus être sur votre liste."),
 ("de", {"objection"}, "Ich möchte nicht mehr in Ihrem Verteiler sein."),
]


@pytest.mark.parametrize("lang,rights,text", NOT_IN_YOUR_FILES_ANY_MORE)
def test_not_in_your_files_any_more(lang, rights, text):
    assert detect_language(text) == lang
    assert set(detect_rights(text).rights) == rights


# --------------------------------------------------------------------------------------------
# Special senders: photos made for an employer (processor), the writer in the photo with a child
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vous avez fait des photos de l'équipe pour mon ancien employeur. Merci de supprimer mes photos.",
    "You did the staff headshots for Brightline last year. Please delete my photos.",
    "Jullie hebben portretfoto's van alle medewerkers gemaakt voor de website. Verwijder de mijne aub.",
    "Sie haben im Auftrag meines ehemaligen Arbeitgebers Mitarbeiterfotos gemacht. Bitte löschen Sie meine Fotos.",
])
def test_photos_made_for_an_employer_flag_a_processor_situation(text):
    from studio_dsar.core.intake import senders

    found = senders.detect(text, "A. Writer", "a@example.org")
    assert found.processor
    assert found.representative is None  # the studio acted for the employer; the writer writes for themself


def test_the_writer_in_the_photo_with_a_child_is_no_representative():
    from studio_dsar.core.intake import senders

    own = senders.detect("Haal de foto van mij en mijn zoontje van jullie homepage.", "Rick", "r@example.org")
    assert own.representative is None
    child = senders.detect("Haal de foto van mijn zoontje Tim van jullie homepage.", "Rick", "r@example.org")
    assert child.representative is not None and child.representative["relation"] == "parent"



# --------------------------------------------------------------------------------------------
# Whole mails: a lawyer's numbered requests (fr, de), a parent for a child (fr, de), reminders
# that name no right (fr, de, en)
# --------------------------------------------------------------------------------------------

def mail(body: str, subject: str = "Vraag", frm: str = "Anna Peeters <anna@example.be>") -> bytes:
    return (f"From: {frm}\nTo: studio@example.be\nSubject: {subject}\nDate: Mon, 4 Mar 2024 10:00:00 +0100\n"
            f"Message-ID: <m{abs(hash(body + subject))}@example.be>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body).encode()


FULL_MAILS = [
 ({"access", "restriction"}, "fr", mail("""Madame, Monsieur,

J'interviens au nom et pour le compte de ma cliente, Madame Claire Dubois. Un litige l'oppose à votre société concernant son reportage de mariage.

Je vous prie dès lors :
1) de lui communiquer, conformément à l'article 15 du RGPD, une copie de l'ensemble des données la concernant ;
2) de limiter le traitement de ces données, conformément à l'article 18 du RGPD, pendant la durée du litige.

Ma cliente se réserve le droit de saisir l'Autorité de protection des données.

Maître Jean Lenoir
Avocat au barreau de Liège""", subject="Votre cliente Madame Dubois", frm="Maitre Lenoir <j.lenoir@avocats.be>")),
 ({"access", "restriction"}, "de", mail("""Sehr geehrte Damen und Herren,

ich vertrete Frau Sabine Roth anwaltlich. Namens und in Vollmacht meiner Mandantin fordere ich Sie auf,

1. meiner Mandantin gemäß Art. 15 DSGVO Auskunft über alle zu ihrer Person gespeicherten Daten zu erteilen und eine Kopie zu übermitteln;
2. die Verarbeitung dieser Daten gemäß Art. 18 DSGVO bis zur Klärung der Streitigkeit einzuschränken.

Meine Mandantin behält sich vor, Beschwerde bei der zuständigen Aufsichtsbehörde einzulegen.

Mit freundlichen Grüßen
Dr. Klaus Berger
Rechtsanwalt""", subject="Mandantin Sabine Roth", frm="RA Dr. Berger <berger@kanzlei.de>")),
 ({"withdraw_consent"}, "fr", mail("Bonjour,\n\nJe vous écris au nom de ma fille Emma (14 ans). Sa photo apparaît sur votre page Facebook et elle ne le souhaite pas. Merci de la retirer.\n\nCordialement,\nSophie Martin", subject="Photo de ma fille")),
 ({"withdraw_consent"}, "de", mail("Hallo,\n\nmeine Tochter Lea (12) ist auf Ihrer Website in der Galerie zu sehen. Wir haben dem nie zugestimmt. Bitte nehmen Sie das Bild herunter.\n\nGruß\nMarkus Klein", subject="Foto meiner Tochter")),
 (set(), "fr", mail("Bonjour,\n\nJe me permets de vous relancer concernant ma demande du 3 mars. Je n'ai toujours pas de réponse.\n\nCordialement,\nAnna", subject="Relance")),
 (set(), "de", mail("Guten Tag,\n\nich warte noch immer auf eine Antwort auf meine Anfrage vom 3. März. Bitte melden Sie sich.\n\nGrüße\nAnna", subject="Erinnerung")),
 (set(), "en", mail("Hi,\n\nI emailed you on 3 March about my data request and still haven't heard back. Could you let me know where things stand?\n\nAnna", subject="Following up")),
]


@pytest.mark.parametrize("rights,lang,data", FULL_MAILS)
def test_whole_mails(rights, lang, data):
    from studio_dsar.core.intake import parse_bytes

    record = parse_bytes(data, "x.eml")
    assert record.is_dsar and record.language == lang
    assert set(record.rights) == rights
    if record.representative and record.representative["relation"] == "lawyer":
        assert record.requester_name in ("Claire Dubois", "Sabine Roth")
    if not rights:
        assert record.follow_up
