"""The rights classifier on everyday Dutch, Flemish and English wording.

These sentences are written for this test (not taken from the corpus): real requests use many
phrasings, and every one here is how a client might plausibly put it in a mail to a studio.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_language, detect_rights


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_DSAR_HOME", str(tmp_path / "home"))


CASES = [
    # access
    ("Ik wil graag een kopie van alle persoonsgegevens die u van mij verwerkt.", {"access"}),
    ("Op grond van artikel 15 AVG verzoek ik om inzage in mijn persoonsgegevens.", {"access"}),
    ("Kunnen jullie mij laten weten welke foto's en gegevens jullie nog van mij hebben?", {"access"}),
    ("Graag had ik geweten welke gegevens jullie over mij bijhouden.", {"access"}),
    ("I would like to make a subject access request.", {"access"}),
    ("Please send me a copy of all the personal data you hold about me.", {"access"}),
    ("What information do you have on me and who have you shared it with?", {"access"}),
    ("Under Article 15 GDPR I request access to my personal data.", {"access"}),
    ("Mag ik een overzicht van mijn gegevens die bij jullie geregistreerd staan?", {"access"}),
    # rectification
    ("Mijn achternaam is verkeerd gespeld in jullie administratie, het is Janssens met dubbel s.", {"rectification"}),
    ("Ik ben verhuisd, mijn nieuwe adres is Kerkstraat 12 in Gent. Willen jullie dat aanpassen?", {"rectification"}),
    ("Please correct my surname, it's spelled wrong on your invoice records.", {"rectification"}),
    ("My email address has changed, please update it to jan@example.com.", {"rectification"}),
    ("Het telefoonnummer dat jullie hebben klopt niet meer.", {"rectification"}),
    ("I got married and my last name is now Peters; please update your records.", {"rectification"}),
    ("Op basis van artikel 16 AVG vraag ik rectificatie van mijn gegevens.", {"rectification"}),
    ("In de bijschrift bij de foto staat mijn naam fout, kunnen jullie dat verbeteren?", {"rectification"}),
    # erasure
    ("Gelieve al mijn gegevens te verwijderen uit jullie klantenbestand.", {"erasure"}),
    ("Ik wil graag vergeten worden.", {"erasure"}),
    ("Wis alstublieft al mijn persoonsgegevens.", {"erasure"}),
    ("Please delete all my personal data.", {"erasure"}),
    ("I'm invoking my right to be forgotten under Article 17 GDPR.", {"erasure"}),
    ("Could you erase everything you have about me?", {"erasure"}),
    ("Kunnen jullie mijn klantgegevens en de foto's van de shoot definitief vernietigen?", {"erasure"}),
    ("Verwijder mijn account en alle bijbehorende gegevens.", {"erasure"}),
    # restriction
    ("Ik vraag jullie de verwerking van mijn gegevens te beperken tot de klacht is afgehandeld.", {"restriction"}),
    ("Please restrict the processing of my data while my complaint is being investigated.", {"restriction"}),
    ("Don't delete anything yet, I need the photos as evidence, but stop using them.", {"restriction"}),
    ("Bewaar mijn gegevens nog, maar gebruik ze niet meer tot het geschil is opgelost.", {"restriction"}),
    ("Please keep my data but do not use it until the dispute is settled.", {"restriction"}),
    # portability
    ("Ik wil mijn gegevens ontvangen in een machineleesbaar formaat.", {"portability"}),
    ("Kunnen jullie mijn foto's en gegevens rechtstreeks overdragen aan een andere fotograaf?", {"portability"}),
    ("Please send me my data in CSV or JSON format.", {"portability"}),
    ("Under Article 20 GDPR I request data portability.", {"portability"}),
    ("Can you export my client data so I can take it to another studio?", {"portability"}),
    # objection
    ("Ik maak bezwaar tegen het gebruik van mijn gegevens voor marketing.", {"objection"}),
    ("Graag uitschrijven voor de nieuwsbrief.", {"objection"}),
    ("Meld mij af voor jullie nieuwsbrief aub.", {"objection"}),
    ("Stop met mij te mailen met aanbiedingen.", {"objection"}),
    ("Please unsubscribe me from your mailing list.", {"objection"}),
    ("Stop sending me marketing emails.", {"objection"}),
    ("I object to the processing of my data based on legitimate interest.", {"objection"}),
    ("Ik wil geen mails meer van jullie ontvangen.", {"objection"}),
    ("Haal me van jullie mailinglijst.", {"objection"}),
    ("Please remove me from your newsletter.", {"objection"}),
    # withdraw consent
    ("Ik trek mijn toestemming voor het gebruik van mijn foto's in.", {"withdraw_consent"}),
    ("Ik ben niet langer akkoord dat mijn foto op jullie website staat.", {"withdraw_consent"}),
    ("Wil je de foto's van mij van jullie Instagram halen?", {"withdraw_consent"}),
    ("Haal aub mijn portret van jullie portfolio.", {"withdraw_consent"}),
    ("I withdraw my consent for the use of my photos.", {"withdraw_consent"}),
    ("Please take down the pictures of me from your website.", {"withdraw_consent"}),
    ("I no longer want my photos on your Instagram.", {"withdraw_consent"}),
    ("Ik wil niet meer dat jullie mijn foto's gebruiken op sociale media.", {"withdraw_consent"}),
    ("Please remove my photo from your portfolio.", {"withdraw_consent"}),
    ("Mag de foto van mijn dochter van de site?", {"withdraw_consent"}),
    ("I revoke the model release I signed.", {"withdraw_consent"}),
    # combos
    ("Verwijder al mijn gegevens en haal mijn foto's van jullie website.", {"erasure","withdraw_consent"}),
    ("Please tell me what data you hold about me and then delete it.", {"access","erasure"}),
    # negatives
    ("Kunnen we de shoot verplaatsen naar zaterdag?", set()),
    ("Is er nog plek voor een gezinsshoot in juni?", set()),
    ("Ik heb de factuur ontvangen maar het bedrag klopt niet.", set()),
    ("Bedankt voor de mooie foto's!", set()),
    ("Thanks, the photos look great! Can we book another session?", set()),
    ("Can I change the date of my appointment?", set()),
    ("Your invoice 2024-031 is attached. Please pay within 14 days.", set()),
    ("Wij helpen uw bedrijf AVG-proof te worden. Vraag nu een gratis scan aan!", set()),
    ("De foto's staan online in jullie galerij, ik heb ze gedownload.", set()),
    ("Could you send me the high resolution versions of the photos?", set()),
    ("Mag ik de foto's op mijn eigen Instagram delen?", set()),
    ("Ik wil graag een offerte voor een bedrijfsshoot.", set()),
    ("Please update me on the status of my order.", set()),
    ("Mag ik eens opvragen wat jullie allemaal van mij bijhouden?", {"access"}),
    ("Ik had graag inzage gekregen in het dossier dat jullie over mij hebben.", {"access"}),
    ("Hierbij doe ik een verzoek tot inzage.", {"access"}),
    ("Can you tell me which personal information of mine you are processing?", {"access"}),
    ("I'd like to know what personal data you store about me.", {"access"}),
    ("Kunnen jullie mij een afschrift bezorgen van al mijn persoonsgegevens?", {"access"}),
    ("Mijn voornaam wordt op jullie site steeds verkeerd geschreven.", {"rectification"}),
    ("Jullie hebben nog mijn oude adres, ik woon nu in Antwerpen.", {"rectification"}),
    ("The name under my photo on your website is incorrect, it should read Anna de Wit.", {"rectification"}),
    ("Please amend my date of birth, it's wrong in your system.", {"rectification"}),
    ("Kunnen jullie mijn e-mailadres wijzigen naar piet@voorbeeld.nl?", {"rectification"}),
    ("Gelieve mijn gegevens volledig te wissen uit al jullie systemen.", {"erasure"}),
    ("Ik wens dat al mijn gegevens definitief worden verwijderd.", {"erasure"}),
    ("Get rid of all the data you have on me.", {"erasure"}),
    ("Remove all my information from your database please.", {"erasure"}),
    ("Ik beroep me op mijn recht op vergetelheid.", {"erasure"}),
    ("Please destroy all the raw files from my shoot and my contact details.", {"erasure"}),
    ("Ik betwist de juistheid van mijn gegevens; beperk de verwerking zolang dit onderzocht wordt.", {"restriction"}),
    ("I need you to hold off on deleting my data, but please don't use it anymore while my lawyer looks into this.", {"restriction"}),
    ("Niet wissen aub, ik heb de beelden nodig als bewijs, maar gebruik ze verder nergens voor.", {"restriction"}),
    ("Ik wil mijn gegevens meenemen naar een andere fotograaf, kunnen jullie die exporteren?", {"portability"}),
    ("Please provide my data in a structured, commonly used and machine-readable format.", {"portability"}),
    ("Stuur mijn gegevens aub als Excel-bestand door naar mijn nieuwe fotograaf.", {"portability"}),
    ("Ik wil niet langer jullie nieuwsbrief ontvangen.", {"objection"}),
    ("Gelieve mij niet meer te contacteren voor promoties.", {"objection"}),
    ("I don't want to receive any more marketing from you.", {"objection"}),
    ("Opt me out of all marketing please.", {"objection"}),
    ("Ik teken bezwaar aan tegen de verwerking op basis van gerechtvaardigd belang.", {"objection"}),
    ("I'm not ok with my photos being on your Facebook page anymore, please remove them.", {"withdraw_consent"}),
    ("Ik ga niet langer akkoord met het gebruik van mijn beeltenis in jullie reclame.", {"withdraw_consent"}),
    ("Gelieve de foto's van onze trouw van jullie website te verwijderen.", {"withdraw_consent"}),
    ("I hereby withdraw the consent I gave for publication of my portrait.", {"withdraw_consent"}),
    ("Zet mijn foto's offline aub.", {"withdraw_consent"}),
    ("Can you take my picture off your homepage?", {"withdraw_consent"}),
    ("Ik wil dat jullie mijn gegevens verwijderen en me niet meer mailen.", {"erasure","objection"}),
    ("Graag een kopie van mijn gegevens, en daarna alles wissen.", {"access","erasure"}),

    # negatives
    ("Hoeveel kost een fotoshoot van een uur?", set()),
    ("Hallo, mijn naam is Jan en ik wil graag een shoot boeken.", set()),
    ("Ik heb het adres van de studio niet gevonden, kunnen jullie het sturen?", set()),
    ("Kun je de foto's in hoge resolutie doorsturen?", set()),
    ("Where can I download my gallery?", set()),
    ("The link to the gallery doesn't work, could you send a new one?", set()),
    ("Wij bieden een cursus AVG aan voor fotografen: verwijderen, inzage en bewaartermijnen.", set()),
    ("De factuur staat op naam van mijn man, is dat een probleem?", set()),
    ("Kunnen we de afspraak wijzigen naar volgende week?", set()),
    ("Remember to unsubscribe if you no longer wish to hear from us.", set()),
    # formal letters, Flemish, compounds, more negatives
    ("Dear Sir or Madam, I am writing to request a copy of the personal data you hold about me, pursuant to Article 15 of the UK GDPR.", {"access"}),
    ("Please confirm whether or not you are processing my personal data and, if so, provide me with a copy.", {"access"}),
    ("Ik zou graag willen weten of jullie nog gegevens van mij hebben en zo ja welke.", {"access"}),
    ("Graag ontvang ik een overzicht van alle beelden waarop ik sta.", {"access"}),
    ("Hebben jullie nog foto's van mij in jullie archief? Ik wil die graag zien.", {"access"}),
    ("Your records still list my maiden name, please change it to Jansen.", {"rectification"}),
    ("Mijn telefoonnummer is veranderd, het nieuwe nummer is 0470 12 34 56.", {"rectification"}),
    ("Op de factuur en in jullie klantenbestand staat een verkeerd adres, kan dat aangepast worden?", {"rectification"}),
    ("There's a typo in my name on your website credits.", {"rectification"}),
    ("I would like you to erase my personal data without undue delay.", {"erasure"}),
    ("Ik verzoek u mijn persoonsgegevens te wissen conform artikel 17 AVG.", {"erasure"}),
    ("Kunnen jullie mijn klantaccount verwijderen? Ik heb het niet meer nodig.", {"erasure"}),
    ("Delete me from your systems.", {"erasure"}),
    ("Gooi alstublieft al mijn gegevens weg.", {"erasure"}),
    ("Please stop processing my data until the accuracy has been verified, but do not erase it.", {"restriction"}),
    ("Ik wil dat jullie mijn gegevens tijdelijk niet gebruiken zolang mijn bezwaar loopt, maar ze wel bewaren.", {"restriction"}),
    ("I'd like a download of my data in a common format so I can upload it elsewhere.", {"portability"}),
    ("Graag mijn gegevens in een Excel- of CSV-bestand.", {"portability"}),
    ("I'd like to exercise my right to data portability.", {"portability"}),
    ("Please unsubscribe me.", {"objection"}),
    ("Ik wil niet meer gebeld worden voor aanbiedingen.", {"objection"}),
    ("Stop met die nieuwsbrief!", {"objection"}),
    ("Geen mails meer aub.", {"objection"}),
    ("I object to you using my photos for marketing purposes.", {"objection"}),
    ("I'd rather you didn't use the photos of my kids on your website anymore.", {"withdraw_consent"}),
    ("Wij willen niet langer dat de trouwfoto's in jullie portfolio staan.", {"withdraw_consent"}),
    ("Graag de video van ons huwelijk van YouTube halen.", {"withdraw_consent"}),
    ("Ik trek mijn akkoord voor publicatie in.", {"withdraw_consent"}),
    ("Mijn toestemming voor het gebruik van de foto's voor reclame vervalt per vandaag.", {"withdraw_consent"}),
    ("Please remove the photo of me from your Facebook page and delete my contact details from your mailing list.", {"withdraw_consent", "objection"}),
    # negatives
    ("Wanneer kunnen we de foto's verwachten?", set()),
    ("Ik heb een vraag over de factuur: is de btw inbegrepen?", set()),
    ("Kunnen jullie de achtergrond van foto 12 nog wat bijwerken?", set()),
    ("Can you remove the red eye in photo 4 and crop it a bit?", set()),
    ("Could you delete the duplicate photos from the gallery before sharing it with my family?", set()),
    ("Wij zijn een marketingbureau en helpen u meer klanten te krijgen.", set()),
    ("Our new privacy policy takes effect on 1 May; you don't need to do anything.", set()),
    ("Bedankt! Ik heb de foto's al op mijn Instagram gezet.", set()),
    ("Kunnen jullie de factuur op mijn bedrijfsnaam zetten in plaats van mijn eigen naam?", set()),
    ("Bewaar de foto's van mij, maar publiceer ze niet totdat mijn bezwaar is behandeld.", {"restriction"}),
    ("My permission to publish my portrait on your website ends as of today.", {"withdraw_consent"}),
    ("Under Article 17 GDPR I request the erasure of my personal data, as there is no longer a lawful basis "
     "for keeping it.", {"erasure"}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_rights(text, expected):
    assert set(detect_rights(text).rights) == expected


def test_rights_come_in_canonical_order_with_evidence():
    c = detect_rights("Haal mijn foto's van jullie Instagram. Ik wil ook een kopie van mijn gegevens.")
    assert c.rights == ["access", "withdraw_consent"]
    assert set(c.evidence) == {"access", "withdraw_consent"}


def test_negated_deletion_is_not_erasure():
    c = detect_rights("Verwijder mijn gegevens nog niet, ik heb ze nodig voor een geschil, "
                      "maar gebruik ze ook nergens meer voor.")
    assert c.rights == ["restriction"]


def test_threat_in_spam_is_not_the_writer_asking():
    c = detect_rights("Klik op de link om uw account te verifieren, anders worden uw gegevens verwijderd.")
    assert c.rights == []


@pytest.mark.parametrize("text, lang", [
    ("Graag al mijn gegevens verwijderen, alvast bedankt.", "nl"),
    ("Gelieve mijn foto's van jullie website te halen, dank u.", "nl"),
    ("Please delete all the data you hold about me, thanks.", "en"),
    ("Hi, could you take my picture off your homepage?", "en"),
])
def test_language(text, lang):
    assert detect_language(text) == lang
