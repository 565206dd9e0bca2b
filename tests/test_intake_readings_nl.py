"""Whole-sentence readings of how Dutch and Flemish people ask in plain words, with their peers in
other languages where the reading is the same: a picture asked off a public place as a question
("kan die foto van jullie Insta af?"), a picture one would rather not see hang in the shop window,
the raw files asked to work on oneself, a correction with something held back meanwhile; and what is
no request: a role one is registered in, a wish of someone else not to have anything removed,
whether anyone may demand a deletion, other people exercising their rights.

Every text is written for this test (none is copied from a mail set) and each reading is checked
in more than one wording or language, so a pass means the reading, not one phrase.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import decide_request, detect_rights

CASES = [
    # a picture asked off a public place, as a question with a modal verb and no first person
    ("nl", "kan die foto van jullie Insta af", ["withdraw_consent"]),
    ("nl", "Mag de foto van de communie van onze zoon van jullie Facebookpagina af aub?", ["withdraw_consent"]),
    ("nl", "Kan die foto van jullie site gehaald worden?", ["withdraw_consent"]),
    ("nl", "Kan de foto's van ons huwelijk van jullie website af? We zijn gescheiden.", ["withdraw_consent"]),
    # rather not hanging in the shop window
    ("nl", "Ik heb liever niet dat mijn foto nog in jullie etalage hangt.", ["withdraw_consent"]),
    ("nl", "Ik wil niet langer dat mijn portret in jullie etalage prijkt.", ["withdraw_consent"]),
    # the person, or the picture, off a public place in plain verbs
    ("nl", "Haal mijn kind van jullie website aub.", ["withdraw_consent"]),
    ("nl", "Zet mij maar van jullie Facebook.", ["withdraw_consent"]),
    ("nl", "Doe mijn foto maar van de site.", ["withdraw_consent"]),
    ("nl", "Die foto mag niet meer online.", ["withdraw_consent"]),
    ("nl", "Ik wil die foto nergens meer zien.", ["withdraw_consent"]),
    # out of a file, said as the writer or of a child
    ("nl", "Ik wil uit jullie bestand.", ["erasure"]),
    ("nl", "Zet mij maar uit jullie systeem.", ["erasure"]),
    ("nl", "Mag mijn zoon uit jullie databank?", ["erasure"]),
    # a field to be changed, the verb split ("aan te passen")
    ("nl", "Gelieve mijn adres aan te passen naar Stationsstraat 5, 9000 Gent.", ["rectification"]),
    ("nl", "Gelieve mijn telefoonnummer bij te werken, het is nu 0470 12 34 56.", ["rectification"]),
    # what is held, asked to be told
    ("nl", "Kunnen jullie mij eens laten weten wat er over mij in jullie systeem zit?", ["access"]),
    ("nl", "Vertel me eens wat er van mij bewaard wordt.", ["access"]),
    # straight to the new studio
    ("nl", "Kunnen jullie al mijn foto's in hoge resolutie naar de nieuwe studio sturen?", ["portability"]),
    ("en", "Could you send all my photos to the new studio?", ["portability"]),
    # a signed form taken back, the pronoun before the verb, Flemish spoken forms
    ("nl", "Ik heb het toestemmingsformulier ondertekend. Dat trek ik hierbij in.", ["withdraw_consent"]),
    ("nl", "Ik heb da formulier getekend maar ik trek da in.", ["withdraw_consent"]),
    ("nl", "Ik heb die quitclaim getekend, maar die trek ik nu in.", ["withdraw_consent"]),
    # keep it, use it nowhere
    ("nl", "Hou mijn foto's maar bij, maar gebruik ze nergens meer voor.", ["restriction"]),
    ("nl", "Bewaar de beelden, maar gebruik ze nergens voor tot de zaak voorbij is.", ["restriction"]),
    # where the data came from
    ("nl", "Ik had graag geweten van waar jullie mijn gegevens hebben.", ["access"]),
    ("nl", "Ik vraag me af waar jullie mijn nummer vandaan hebben, ik heb het nooit gegeven.", ["access"]),
    # the raw files, to work on oneself in software of one's own
    ("nl", "Ik zou graag de originele RAW-bestanden van mijn portretsessie krijgen, want ik wil er zelf mee aan de slag in "
           "Lightroom.", ["portability"]),
    ("en", "Could you send me the raw files from my shoot? I'd like to edit them myself in Lightroom.", ["portability"]),
    ("fr", "Je voudrais recevoir les fichiers bruts de ma séance, je veux les retoucher moi-même.", ["portability"]),
    ("de", "Ich hätte gern die Rohdateien meines Shootings, ich möchte sie selbst bearbeiten.", ["portability"]),
    # a correction, and meanwhile something held back
    ("fr", "Mon adresse dans votre fichier est fausse. Merci de la corriger et, en attendant, de ne plus rien m'envoyer par "
           "la poste.", ["rectification", "restriction"]),
    ("nl", "Mijn adres in jullie bestand klopt niet. Kunnen jullie dat aanpassen en intussen niets meer naar dat adres "
           "sturen?", ["rectification", "restriction"]),
    ("nl", "Mijn geboortedatum staat fout in mijn profiel, kunnen jullie die aanpassen? Stuur mijn profiel intussen niet "
           "meer door naar klanten.", ["rectification", "restriction"]),
    ("en", "My date of birth in my profile is wrong, please correct it. In the meantime, don't send my profile to clients.",
     ["rectification", "restriction"]),
    ("de", "Meine Adresse ist falsch, bitte korrigieren Sie sie. Bis dahin bitte nichts mehr an diese Adresse schicken.",
     ["rectification", "restriction"]),
    # "meanwhile" with nothing held back
    ("nl", "Mijn naam is fout gespeld, kunnen jullie dat aanpassen? Ondertussen nog bedankt voor de mooie foto's.",
     ["rectification"]),
    # "dat" pointing at the wrong fields three sentences back
    ("nl", "In mijn profiel op jullie site staat dat ik 1m92 ben en in Brugge woon. Ik ben 1m82 en woon al een jaar in "
           "Mechelen. Ik krijg daardoor voorstellen voor castings die niet bij mij passen. Kunnen jullie dat juist zetten? "
           "En zolang dat niet aangepast is, stuur mijn profiel naar niemand door.", ["rectification", "restriction"]),
    ("nl", "In mijn profiel bij jullie staat dat ik in Gent woon en 1m70 ben. Ik woon in Aalst en ben 1m75. Zo krijg ik "
           "aanvragen voor de verkeerde regio. Kunnen jullie dat goed zetten?", ["rectification"]),
    # a registration told, then the question asked
    ("nl", "Ik sta sinds 2023 bij jullie ingeschreven als figurant. Hoelang bewaren jullie mijn foto's eigenlijk?",
     ["access"]),
    ("en", "I've been registered with you as a model since 2021. How long do you keep my photos?", ["access"]),
    # the registered value that is wrong stays a correction
    ("nl", "Ik sta bij jullie ingeschreven als Jansen, maar ik heet Janssen.", ["rectification"]),
    ("en", "You have me registered as Smith, it should be Smyth.", ["rectification"]),
]

NOT_REQUESTS = [
    # a public place named for something that is no picture of anyone
    ("nl", "Haal de folders van de site, die prijzen kloppen niet."),
    ("nl", "Ik wil die prijs nergens meer zien."),
    ("nl", "Laat me weten wat er over mij gezegd is op de vergadering."),
    ("nl", "Ik heb de quitclaim getekend. Dat trek ik in twijfel."),
    ("nl", "Waar hebben jullie de foto's van de bruiloft opgeslagen?"),
    # a role one is registered in
    ("nl", "Ik sta sinds 2023 bij jullie ingeschreven als figurant."),
    ("en", "I'm registered with you as a model since 2021."),
    # someone else's wish not to have anything removed
    ("nl", "Ze wil zelf niks laten weghalen hoor, ze is gewoon benieuwd hoe jullie daar als studio mee omgaan."),
    ("nl", "Hij hoeft niets te laten verwijderen, hij vroeg het zich gewoon af."),
    # whether anyone may demand a deletion
    ("nl", "Mag iemand eigenlijk altijd eisen dat een foto verwijderd wordt, ook als het een openbaar evenement is?"),
    ("en", "Can anyone demand that a photo of them is deleted, even at a public event?"),
    ("de", "Darf jemand eigentlich verlangen, dass ein Foto gelöscht wird, auch bei einer öffentlichen Veranstaltung?"),
    # what the reader may do by a date written "31.12." (one sentence, not two)
    ("de", "Sie müssen nichts tun. Wenn Sie nicht einverstanden sind, können Sie bis zum 31.12. widersprechen."),
    ("de", "Falls Sie nicht zustimmen, können Sie der Änderung bis 15.1. widersprechen."),
    # other people exercising their rights (a vendor's or a scammer's warning)
    ("nl", "Klanten die hun recht op inzage of wissing uitoefenen kunnen u een boete bezorgen tot 20.000 EUR."),
    ("en", "Customers who exercise their right to erasure can get you fined."),
]


@pytest.mark.parametrize(("lang", "text", "rights"), CASES)
def test_reading(lang, text, rights):
    assert detect_rights(text, lang).rights == rights


@pytest.mark.parametrize(("lang", "text"), NOT_REQUESTS)
def test_not_a_request(lang, text):
    c = detect_rights(text, lang)
    is_request, _flags = decide_request(c, bulk=False, follow_up=False, quoted_own_request=False)
    assert not c.rights and not is_request, c.evidence


@pytest.mark.parametrize("text", [
    "Ik wil dat er niets van mij overblijft en dat jullie alles verwijderen.",
    "Verwijder alles, niets mag bewaard blijven.",
    "Mag ik eisen dat jullie mijn foto's verwijderen?",
])
def test_nothing_left_and_my_own_demand_stay_erasures(text):
    assert detect_rights(text, "nl").rights == ["erasure"]


@pytest.mark.parametrize(("text", "want"), [
    ("Merci, alles goed ontvangen!\n\nRuben", "nl"),
    ("Merci hoor, ge zijt top!", "nl"),
    ("Merci de supprimer mes données.", "fr"),
])
def test_a_flemish_merci_is_no_french(text, want):
    from studio_dsar.core.intake.language import detect_language

    assert detect_language(text) == want


@pytest.mark.parametrize(("text", "pieces"), [
    ("Wenn Sie nicht einverstanden sind, können Sie bis zum 31.12. widersprechen.", 1),
    ("Ich war am 03.05. Bitte löschen Sie alles.", 2),
    ("Ich war am 3.5. bei Ihnen. Bitte löschen Sie alles.", 2),
])
def test_a_dotted_date_ends_a_sentence_only_before_a_capital(text, pieces):
    from studio_dsar.core.intake.sentences import split_sentences

    assert len(split_sentences(text)) == pieces
