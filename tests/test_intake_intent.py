"""Requests in words no rule lists: the reading of a sentence by its parts (act of asking,
first person, object, action), in nl, en, fr and de.

Every sentence is written for this test from the ways people ask in each language (polite
questions, wishes, indirect questions, imperatives, informal spelling), not taken from a mail set.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import intent
from studio_dsar.core.intake.classify import decide_request, detect_rights


def _classify(text: str, lang: str) -> tuple[set[str], bool]:
    c = detect_rights(text, lang)
    return set(c.rights), decide_request(c, bulk=False, follow_up=False, quoted_own_request=False)[0]


REQUESTS = [
    ('nl', 'Ik vroeg me af welke gegevens jullie allemaal van mij bewaren.', ['access']),
    ('nl', 'Kunnen jullie mij laten weten wat jullie over mij hebben opgeslagen?', ['access']),
    ('nl', 'Mag ik een kopie van mijn gegevens?', ['access']),
    ('nl', "Ik wil graag inzicht in wat er met mijn foto's gebeurt en wie ze heeft gekregen.", ['access']),
    ('nl', 'Stuur me ff een overzichtje van alles wat je van me hebt', ['access']),
    ('nl', 'Zou u mij kunnen vertellen of u nog persoonsgegevens van mij verwerkt?', ['access']),
    ('nl', 'Graag alles van mij verwijderen, ook mijn account.', ['erasure']),
    ('nl', 'Kunnen jullie mijn gegevens uit jullie systeem halen?', ['erasure']),
    ('nl', 'Ik wil niet meer bij jullie geregistreerd staan, gooi alles maar weg.', ['erasure']),
    ('nl', "Wissen aub, al mijn gegevens en de foto's van de shoot.", ['erasure']),
    ('nl', 'Ik wil dat mijn klantenaccount wordt opgeheven en dat jullie niets meer van mij bewaren.', ['erasure']),
    ('nl', 'Mijn achternaam is sinds mijn huwelijk Verbeek, kunnen jullie dat aanpassen?', ['rectification']),
    ('nl', 'Het telefoonnummer dat jullie hebben klopt niet meer, het is nu 06-12345678.', ['rectification']),
    ('nl', 'Mijn naam staat verkeerd op jullie website: het is Annelies, niet Anneliese.', ['rectification']),
    ('nl', "Verwijder niks, maar gebruik mijn foto's voorlopig niet tot we het geschil hebben opgelost.", ['restriction']),
    ('nl', 'Wil je mijn gegevens even blokkeren zolang de klacht loopt?', ['restriction']),
    ('nl', "Kunnen jullie al mijn foto's en gegevens in een bestand zetten zodat ik ze naar een andere fotograaf kan meenemen?", ['portability']),
    ('nl', 'Ik wil mijn gegevens in een gangbaar formaat ontvangen om ze over te dragen.', ['portability']),
    ('nl', 'Ik wil geen nieuwsbrief meer ontvangen.', ['objection']),
    ('nl', 'Haal me van jullie mailinglijst a.u.b.', ['objection']),
    ('nl', 'Ik maak bezwaar tegen het gebruik van mijn gegevens voor marketing.', ['objection']),
    ('nl', 'Stop met het sturen van reclamemails.', ['objection']),
    ('nl', "Ik trek mijn toestemming in voor het gebruik van de foto's van mijn zoon.", ['withdraw_consent']),
    ('nl', 'Ik ga er niet meer mee akkoord dat mijn portret in jullie etalage hangt.', ['withdraw_consent']),
    ('nl', 'Mijn foto mag niet langer op jullie Instagram staan.', ['withdraw_consent']),
    ('nl', "Willen jullie de foto's van mij van de website halen? Verder mogen jullie alles houden.", ['withdraw_consent']),
    ('nl', 'Zoudt ge mijn gegevens kunnen wissen aub?', ['erasure']),
    ('nl', "Kunde gij mij laten weten welke foto's ge van mij hebt?", ['access']),
    ('nl', "Ik zou graag hebben dat ge mijn foto's van uw site haalt.", ['withdraw_consent']),
    ('nl', 'Ik wens inzage in mijn dossier.', ['access']),
    ('en', 'I was wondering what information you still have about me.', ['access']),
    ('en', 'Could you tell me what personal data you hold on me?', ['access']),
    ('en', 'Can I get a copy of my file?', ['access']),
    ('en', 'Please send me everything you have on me.', ['access']),
    ('en', "I'd like to know who you've shared my photos with.", ['access']),
    ('en', 'Please delete my account and all my data.', ['erasure']),
    ('en', 'Could you erase my details from your records?', ['erasure']),
    ('en', 'I want all my info gone from your system.', ['erasure']),
    ('en', 'Kindly remove me from your database entirely.', ['erasure']),
    ('en', "Pls wipe everything you've got on me", ['erasure']),
    ('en', 'My email address has changed, could you update it to the new one?', ['rectification']),
    ('en', 'You have my date of birth wrong, it should be 4 May 1990.', ['rectification']),
    ('en', 'Please correct the spelling of my name in your records.', ['rectification']),
    ('en', "Don't delete anything yet, but please stop using my photos until the dispute is resolved.", ['restriction']),
    ('en', "I'd like you to restrict the processing of my data while you check its accuracy.", ['restriction']),
    ('en', 'Could you export my photos and data in a machine-readable format so I can move them to another studio?', ['portability']),
    ('en', 'Please transfer my files directly to my new photographer.', ['portability']),
    ('en', 'Please take me off your mailing list.', ['objection']),
    ('en', 'I object to you using my details for marketing.', ['objection']),
    ('en', 'Stop emailing me offers.', ['objection']),
    ('en', 'I no longer want to receive your newsletter.', ['objection']),
    ('en', 'I withdraw my consent for you to use my photos.', ['withdraw_consent']),
    ('en', 'I no longer consent to my picture being on your website.', ['withdraw_consent']),
    ('en', 'Please take the photos of my daughter off your Facebook page.', ['withdraw_consent']),
    ('en', "I'm taking back the permission I gave for the portfolio shots.", ['withdraw_consent']),
    ('fr', 'Je me demandais quelles informations vous avez encore sur moi.', ['access']),
    ('fr', "J'aimerais savoir quelles données vous conservez à mon sujet.", ['access']),
    ('fr', "Pourriez-vous m'envoyer une copie de mes données personnelles ?", ['access']),
    ('fr', 'Pouvez vous me dire ce que vous avez sur moi svp', ['access']),
    ('fr', 'Je souhaite accéder à mes données.', ['access']),
    ('fr', 'Merci de supprimer mon compte et toutes mes données.', ['erasure']),
    ('fr', 'Je voudrais que vous effaciez mes coordonnées de votre fichier.', ['erasure']),
    ('fr', 'Pourriez-vous retirer toutes mes infos de votre base ?', ['erasure']),
    ('fr', 'Je ne veux plus que vous gardiez quoi que ce soit sur moi, supprimez tout.', ['erasure']),
    ('fr', 'effacez moi de vos fichiers svp', ['erasure']),
    ('fr', 'Mon adresse a changé, pourriez-vous la mettre à jour ?', ['rectification']),
    ('fr', "Mon nom est mal orthographié dans vos fichiers, c'est Lefèvre et non Lefebvre.", ['rectification']),
    ('fr', 'Veuillez corriger ma date de naissance, elle est erronée.', ['rectification']),
    ('fr', "Ne supprimez rien, mais n'utilisez plus mes photos tant que le litige n'est pas réglé.", ['restriction']),
    ('fr', "Je vous demande de limiter l'utilisation de mes données pendant la vérification.", ['restriction']),
    ('fr', 'Je souhaiterais récupérer mes données dans un format lisible par machine pour les transmettre à une autre agence.', ['portability']),
    ('fr', 'Pourriez-vous transférer mon dossier directement à mon nouveau photographe ?', ['portability']),
    ('fr', 'Je ne souhaite plus recevoir votre newsletter.', ['objection']),
    ('fr', 'Merci de me retirer de votre liste de diffusion.', ['objection']),
    ('fr', "Je m'oppose à l'utilisation de mes données à des fins de prospection.", ['objection']),
    ('fr', "Arrêtez de m'envoyer des mails publicitaires.", ['objection']),
    ('fr', "Je retire mon consentement à l'utilisation de mes photos.", ['withdraw_consent']),
    ('fr', "Je ne suis plus d'accord que mes photos soient sur votre site.", ['withdraw_consent']),
    ('fr', 'Pourriez-vous enlever les photos de ma fille de votre page Instagram ?', ['withdraw_consent']),
    ('fr', "Je révoque l'autorisation de diffuser mon image.", ['withdraw_consent']),
    ('de', 'Ich wollte fragen, welche Daten Sie über mich gespeichert haben.', ['access']),
    ('de', 'Könnten Sie mir bitte mitteilen, welche Informationen Sie über mich haben?', ['access']),
    ('de', 'Ich hätte gerne eine Kopie meiner Daten.', ['access']),
    ('de', 'Ich möchte wissen, ob Sie noch Fotos von mir aufbewahren.', ['access']),
    ('de', 'Koennen Sie mir sagen was Sie ueber mich gespeichert haben', ['access']),
    ('de', 'Bitte löschen Sie mein Konto und alle meine Daten.', ['erasure']),
    ('de', 'Ich möchte, dass Sie meine Daten vollständig entfernen.', ['erasure']),
    ('de', 'Könnten Sie meine Angaben aus Ihrer Kartei streichen?', ['erasure']),
    ('de', 'Loescht bitte alles von mir', ['erasure']),
    ('de', 'Ich will nicht mehr in Ihrer Kundendatei stehen.', ['erasure']),
    ('de', 'Meine Adresse hat sich geändert, bitte aktualisieren Sie sie.', ['rectification']),
    ('de', 'Mein Nachname ist falsch geschrieben, bitte korrigieren Sie das.', ['rectification']),
    ('de', 'Mein Geburtsdatum in Ihren Unterlagen stimmt nicht.', ['rectification']),
    ('de', 'Bitte löschen Sie nichts, aber verwenden Sie meine Fotos nicht mehr, solange der Streit läuft.', ['restriction']),
    ('de', 'Ich verlange die Einschränkung der Verarbeitung meiner Daten.', ['restriction']),
    ('de', 'Bitte übermitteln Sie meine Daten in einem maschinenlesbaren Format an meinen neuen Fotografen.', ['portability']),
    ('de', 'Ich möchte meine Bilder und Daten als Datei exportiert bekommen, um sie mitzunehmen.', ['portability']),
    ('de', 'Ich möchte Ihren Newsletter nicht mehr erhalten.', ['objection']),
    ('de', 'Bitte nehmen Sie mich aus Ihrem Verteiler.', ['objection']),
    ('de', 'Ich widerspreche der Nutzung meiner Daten für Werbung.', ['objection']),
    ('de', 'Hören Sie auf, mir Werbemails zu schicken.', ['objection']),
    ('de', 'Ich widerrufe meine Einwilligung zur Veröffentlichung meiner Fotos.', ['withdraw_consent']),
    ('de', 'Ich bin nicht mehr damit einverstanden, dass meine Bilder auf Ihrer Webseite sind.', ['withdraw_consent']),
    ('de', 'Könnten Sie die Fotos meiner Tochter von Ihrer Instagram-Seite nehmen?', ['withdraw_consent']),
    ('de', 'Ich ziehe meine Zustimmung zur Nutzung meiner Aufnahmen zurück.', ['withdraw_consent']),
]

NOT_REQUESTS = [
    ('nl', 'Kunnen we de fotoshoot verplaatsen naar volgende week donderdag?'),
    ('nl', 'Mijn gegevens hebben jullie al, dus ik hoef het formulier niet opnieuw in te vullen.'),
    ('nl', "Bedankt voor de mooie foto's! Ik heb ze al gedeeld met mijn familie."),
    ('nl', 'Ik wil graag nog drie extra afdrukken bestellen van foto nummer 12.'),
    ('nl', "Hoe lang duurt het voordat de foto's klaar zijn?"),
    ('nl', 'Kunnen jullie de factuur aanpassen? Het bedrag klopt niet.'),
    ('en', 'Could we move the shoot to Friday?'),
    ('en', 'Thanks for the lovely pictures, we loved them!'),
    ('en', "I'd like to order two more prints of the family photo."),
    ('en', 'Can you resend the invoice? I think the amount is wrong.'),
    ('en', "You already have my details from last time, so I won't fill in the form again."),
    ('fr', "Est-ce qu'on peut déplacer la séance photo à samedi ?"),
    ('fr', 'Merci pour les superbes photos !'),
    ('fr', 'Je voudrais commander deux tirages supplémentaires.'),
    ('fr', "Pourriez-vous corriger la facture, le montant n'est pas bon ?"),
    ('fr', 'Vous avez déjà mes coordonnées, je ne remplis pas le formulaire une deuxième fois.'),
    ('de', 'Können wir den Fototermin auf Dienstag verschieben?'),
    ('de', 'Vielen Dank für die schönen Fotos!'),
    ('de', 'Ich möchte gerne noch zwei Abzüge bestellen.'),
    ('de', 'Könnten Sie die Rechnung korrigieren? Der Betrag stimmt nicht.'),
    ('de', 'Meine Daten haben Sie ja schon, daher fülle ich das Formular nicht nochmal aus.'),
    ('nl', "Kunnen jullie de foto's ook naar mijn moeder sturen? Haar adres is Dorpsstraat 4."),
    ('nl', 'Ik wil graag de afspraak van zaterdag wijzigen naar zondag.'),
    ('nl', 'Kunnen jullie de achtergrond van foto 3 wat lichter maken en de rest zo laten?'),
    ('nl', 'Ik heb de link naar de galerij niet meer, kunnen jullie hem opnieuw sturen?'),
    ('nl', 'Wat kost een extra bestand in hoge resolutie?'),
    ('nl', "Welke foto's zitten er precies in het pakket van 200 euro?"),
    ('nl', 'Wij willen graag een offerte voor een bedrijfsshoot met twaalf medewerkers.'),
    ('nl', 'Ik wil mijn bestelling annuleren, ik heb me vergist in het formaat.'),
    ('nl', "Kun je de foto's in een zip-bestand sturen? De link werkt niet."),
    ('nl', "Graag zou ik weten wanneer de foto's van de communie klaar zijn."),
    ('nl', 'Is het mogelijk om de shoot te verplaatsen? Ik ben ziek.'),
    ('nl', 'Kunnen jullie mijn e-mailadres gebruiken in plaats van dat van mijn man voor de facturen?'),
    ('nl', "Ik vond de foto's prachtig, mogen jullie er eentje op jullie website zetten? Graag zelfs!"),
    ('nl', 'Jullie mogen mijn gegevens bewaren voor een volgende shoot.'),
    ('nl', 'Stuur de factuur naar mijn werkadres aub.'),
    ('en', 'Could you send the photos to my mum as well? Her email is below.'),
    ('en', 'Can we change the appointment to 3 pm?'),
    ('en', 'Please delete the duplicate order I placed by mistake.'),
    ('en', 'Which package includes the digital files?'),
    ('en', "I'd like to update my order to include two canvas prints."),
    ('en', 'Could you transfer the files via WeTransfer instead? The link expired.'),
    ('en', "I'd love it if you used one of my photos on your website!"),
    ('en', 'Can I get a copy of the invoice for my records?'),
    ('fr', 'Pourriez-vous envoyer les photos à ma mère aussi ?'),
    ('fr', 'Je voudrais changer le rendez-vous de samedi.'),
    ('fr', "Pouvez-vous supprimer la commande en double que j'ai passée par erreur ?"),
    ('fr', 'Quelles photos sont comprises dans le forfait ?'),
    ('fr', "Pourriez-vous m'envoyer les fichiers dans un autre format, le lien ne marche pas ?"),
    ('fr', 'Vous pouvez garder mes coordonnées pour la prochaine séance.'),
    ('fr', "Je souhaite modifier l'adresse de livraison de mon album."),
    ('de', 'Könnten Sie die Fotos auch an meine Mutter schicken?'),
    ('de', 'Ich möchte den Termin am Samstag verschieben.'),
    ('de', 'Bitte löschen Sie die doppelte Bestellung, die ich versehentlich aufgegeben habe.'),
    ('de', 'Welche Bilder sind im Paket enthalten?'),
    ('de', 'Können Sie mir die Dateien in einem anderen Format schicken? Der Link funktioniert nicht.'),
    ('de', 'Sie dürfen meine Daten gern für den nächsten Termin behalten.'),
    ('de', 'Ich möchte die Lieferadresse für mein Album ändern.'),
    ('nl', "Ik wil graag weten welke foto's jullie hebben gekozen voor het album."),
    ('nl', 'Hebben jullie mijn mail van vorige week ontvangen?'),
    ('nl', "Ik wil graag mijn foto's downloaden maar de link werkt niet."),
    ('nl', "Mag ik de foto's delen op mijn eigen Instagram?"),
    ('nl', 'Bewaren jullie de originele bestanden nog als ik later extra afdrukken wil?'),
    ('nl', 'Kunnen jullie mijn nieuwe telefoonnummer gebruiken om de afspraak te bevestigen?'),
    ('nl', 'Graag ontvang ik de factuur op mijn zakelijke e-mailadres.'),
    ('nl', 'Wij hebben een vraag over jullie privacybeleid voor onze eigen website.'),
    ('nl', 'Ik heb mijn account aangemaakt maar kan niet inloggen, kunnen jullie helpen?'),
    ('nl', 'Ik wil mijn wachtwoord wijzigen, hoe doe ik dat?'),
    ('nl', "Willen jullie de foto's van de bruiloft ook op een usb-stick zetten?"),
    ('nl', 'Kan ik mijn abonnement op de nieuwsbrief ook per post krijgen?'),
    ('nl', 'Stuur me gerust jullie nieuwsbrief, ik vind het leuk om op de hoogte te blijven.'),
    ('nl', "Ik ga akkoord dat jullie de foto's gebruiken voor jullie portfolio."),
    ('nl', "Hoe lang bewaren jullie de foto's eigenlijk? Gewoon uit nieuwsgierigheid, ik hoef niks."),
    ('nl', 'Ik wil graag een kopie van de factuur voor mijn boekhouding.'),
    ('nl', 'Mijn collega wil ook een shoot, mag ik haar gegevens doorgeven?'),
    ('nl', "Kunnen jullie de foto's in hoge resolutie naar mijn nieuwe adres mailen?"),
    ('en', 'Do you keep the original files in case I want more prints later?'),
    ('en', "I'd like to know which photos you picked for the album."),
    ('en', 'Can you use my new phone number to confirm the appointment?'),
    ('en', "I can't log in to my account, could you reset my password?"),
    ('fr', "J'aimerais savoir quelles photos vous avez choisies pour l'album."),
    ('fr', "Je n'arrive pas à me connecter à mon compte, pouvez-vous m'aider ?"),
    ('fr', "Conservez-vous les fichiers originaux si je veux d'autres tirages plus tard ?"),
    ('de', 'Ich möchte wissen, welche Fotos Sie für das Album ausgewählt haben.'),
    ('de', 'Ich kann mich nicht in mein Konto einloggen, können Sie mir helfen?'),
    ('de', 'Bewahren Sie die Originaldateien auf, falls ich später noch Abzüge möchte?'),
]


@pytest.mark.parametrize(("lang", "text", "rights"), REQUESTS)
def test_requests_in_plain_words(lang, text, rights):
    assert _classify(text, lang) == (set(rights), True)


@pytest.mark.parametrize(("lang", "text"), NOT_REQUESTS)
def test_studio_business_and_thanks_are_not_requests(lang, text):
    assert _classify(text, lang) == (set(), False)


@pytest.mark.parametrize(("folded", "expected"), [
    ("bitte loschen sie die videos nicht, ich brauche sie noch", {}),
    ("eine loschung meiner kundendaten verlange ich ausdrucklich nicht", {}),
    ("could you delete the duplicate photos from the gallery before you send it?", {}),
    ("kunnen jullie mijn gegevens uit jullie systeem halen?", {"erasure": "uit jullie systeem halen"}),
    ("je me demandais quelles informations vous avez encore sur moi.", {"access": "quelles"}),
    ("ich mochte wissen, ob sie noch fotos von mir aufbewahren.", {"access": "ob"}),
])
def test_reading_by_parts(folded, expected):
    assert intent.read_rights(folded) == expected


@pytest.mark.parametrize(("lang", "text", "rights"), [
    # a copy of an ID document is not a copy of the data
    ("nl", "Verwijder alles: mijn klantdossier, de kopie van mijn ID en mijn account.", {"erasure"}),
    ("en", "Please delete my account and the scan of my passport I sent you.", {"erasure"}),
    # a right the writer says they have, a way out they will not take
    ("fr", "Je sais que j'ai le droit de demander la suppression de mes photos, mais je ne vais pas le faire.", set()),
    ("fr", "J'ai vu qu'on peut se désinscrire en bas de la newsletter, mais pas question !", set()),
    ("fr", "Un litige m'oppose à mon ancien employeur, rien à voir avec vous.", set()),
    # news, not a correction
    ("en", "Attached you will find our updated processing agreement, version 3.", set()),
    ("de", "Anbei finden Sie unsere aktualisierte Datenschutzerklärung.", set()),
    # "I do not want you to delete": no erasure
    ("de", "Ich möchte ausdrücklich nicht, dass Sie meine Daten löschen.", set()),
    ("en", "I don't want you to delete my data, I'm coming back next year.", set()),
    # stop showing the pictures somewhere public: a withdrawal; with the data to go: an erasure
    ("fr", "Je vous demande de cesser toute utilisation de mon image sur votre site et vos réseaux sociaux.", {"withdraw_consent"}),
    ("nl", "Ik wil graag dat alle foto's waarop ik sta en mijn gegevens van jullie online galerij worden verwijderd.", {"erasure"}),
    ("en", "You no longer have my permission to use my photos in your adverts.", {"withdraw_consent"}),
])
def test_mentions_copies_and_scope(lang, text, rights):
    assert set(detect_rights(text, lang).rights) == rights


def test_a_request_passed_on_in_quotes_is_read():
    text = ("Bonjour,\n\nJe vous transfère le message de Jade, elle n'avait plus votre adresse :\n\n"
            "« Pourriez-vous m'envoyer une copie de toutes les informations que vous avez sur moi ? »\n\nMerci !")
    assert detect_rights(text, "fr").rights == ["access"]
    quoted_policy = ("Bonjour,\n\nVotre site dit : « Vous pouvez demander une copie de vos données à tout moment. »\n\n"
                     "Quels sont vos horaires samedi ?")
    assert detect_rights(quoted_policy, "fr").rights == []
