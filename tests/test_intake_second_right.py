"""How two rights in one mail are allowed: a second right needs a sentence that asks for it (an act of asking,
an invocation, a performative "I object", a reminder of an earlier ask, a list item, the subject), or a stated
correction. A right read only from the story around the request is dropped. Rights kept in reserve ("sans
préjudice de mes droits", "laat ik onverlet") are mentions.

Every mail and sentence here is written for this test (none is copied from a mail set).
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake import parse_bytes
from studio_dsar.core.intake.classify import detect_rights


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a statement about access to a mailbox beside a correction that is asked for
    ("Hello,\n\nMy surname on your website is misspelt: it should read Meijer, not Meyer. Could you correct it?\n\n"
     "I'm writing from my partner's laptop as I still have access to her account this week.\n\nAnna", "en", ["rectification"]),
    # the studio "still has" the old details: the story of a correction, not an access request
    ("Bonjour,\n\nVous avez encore mes anciennes coordonnées depuis le baptême de 2021 :\n\n- téléphone : 0471 22 33 44"
     "\n\nMerci de corriger votre fichier.\n\nClaire", "fr", ["rectification"]),
    # what consent was given for, told as background to a restriction that is asked for
    ("Dag Tom,\n\nIk had jullie toestemming gegeven voor de website, niet voor reclame van een kledingzaak, daar ben ik "
     "zeker van.\n\nTot dat uitgepraat is wil ik dat de foto nergens meer voor gebruikt wordt.\n\nSara", "nl", ["restriction"]),
])
def test_a_right_read_only_from_statements_is_no_second_right(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a reminder of an earlier ask keeps its right
    ("Goedemiddag,\n\nIk heb u al twee keer gevraagd om mij geen reclamemails meer te sturen.\n\n"
     "Verwijder nu ook al mijn gegevens uit uw klantenbestand.\n\nBart", "nl", ["erasure", "objection"]),
    # a correction stated, not asked, beside an access request
    ("Hallo,\n\nIk wil graag weten welke gegevens jullie van mij bewaren.\n\nMijn achternaam is trouwens veranderd "
     "na mijn scheiding, het is nu weer Smits.\n\nEls", "nl", ["access", "rectification"]),
    # a performative withdrawal beside an erasure that is asked
    ("Guten Tag,\n\nIch widerrufe meine Einwilligung zur Veröffentlichung meines Porträts auf Ihrer Website.\n\n"
     "Bitte löschen Sie außerdem alle meine Kundendaten.\n\nJana", "de", ["erasure", "withdraw_consent"]),
])
def test_a_second_right_that_is_asked_stays(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Madame, Monsieur,\n\nEn vertu de l'article 20 du RGPD, je vous demande de me transmettre les données que je vous "
     "ai fournies dans un format structuré et lisible par machine.\n\nLa présente demande est faite sans préjudice de "
     "mes droits d'accès (article 15) et d'opposition (article 21).\n\nPaul Renard", "fr", ["portability"]),
    ("Dear Sir or Madam,\n\nUnder Article 17 GDPR I request that you erase all personal data you hold about me.\n\n"
     "This request is made without prejudice to my rights of access (Article 15) and objection (Article 21).\n\n"
     "Tom Baker", "en", ["erasure"]),
    ("Sehr geehrte Damen und Herren,\n\ngemäß Art. 17 DSGVO verlange ich die Löschung aller meiner personenbezogenen "
     "Daten.\n\nMeine Rechte auf Auskunft (Art. 15) und Widerspruch (Art. 21) bleiben hiervon unberührt.\n\nTom Bauer",
     "de", ["erasure"]),
    ("Geachte heer,\n\nHierbij maak ik bezwaar tegen het gebruik van mijn e-mailadres voor reclame (artikel 21 AVG).\n\n"
     "Mijn recht op inzage (artikel 15) en mijn recht op wissing (artikel 17) laat ik hierbij onverlet.\n\n"
     "Ruud de Wit", "nl", ["objection"]),
])
def test_rights_kept_in_reserve_are_mentions(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # "in the meantime" is a restriction's time word, as "until" and "for now" are
    ("Beste,\n\nIk vraag u om de foto's van ons feest niet te wissen, we hebben ze nodig als bewijs in een geschil met "
     "de zaal.\n\nTegelijk wil ik niet dat er intussen iets mee gebeurt: niet delen, niet posten, niet gebruiken voor "
     "reclame.\n\nKoen", "nl", ["restriction"]),
    ("Hi,\n\nPlease don't delete the footage of the opening, I need it for a dispute with the venue.\n\nMeanwhile I "
     "don't want it used anywhere: don't share it, don't publish it, don't use it in your marketing.\n\nRob", "en",
     ["restriction"]),
    # the writer is the one who stops
    ("Hello,\n\nCould you update my surname to Jansen in your files? And my email as well, please use "
     "mia.jansen@example.com from now on, I'm going to stop reading this inbox soon.\n\nMia", "en", ["rectification"]),
    # "le litige qui m'oppose à ...": the dispute sets the writer against someone; no objection
    ("Bonjour,\n\nCes vidéos me sont nécessaires pour le litige qui m'oppose à mon voisin. Je vous demande de ne pas les "
     "effacer mais de ne plus les utiliser jusqu'à nouvel ordre.\n\nMarc", "fr", ["restriction"]),
    # "mon accord" is a consent: the withdrawal stands beside an objection to another use
    ("Bonjour,\n\nJe retire mon accord pour l'utilisation de mes photos sur votre site et vos pubs.\n\nEt je m'oppose "
     "aussi à ce que vous utilisiez mon adresse pour vos newsletters.\n\nLéa", "fr", ["objection", "withdraw_consent"]),
])
def test_who_acts_and_when(text, lang, want):
    assert detect_rights(text, lang).rights == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the one article invoked names the right, also where the sentence's words would read three rights
    ("Geachte heer Peeters,\n\nOp uw website staat bij mijn portret dat ik bij een bank werk. Dat is onjuist.\n\n"
     "Ik verzoek u op grond van artikel 16 AVG deze vermelding te corrigeren. Daarnaast verzoek ik u op grond van "
     "artikel 18 AVG het portret offline te halen zolang de gegevens niet zijn nagekeken en gecorrigeerd.\n\n"
     "Hoogachtend,\nE. Maes", "nl", ["rectification", "restriction"]),
    # the correction is the condition of the restriction, not asked
    ("Dear Ms Brown,\n\nUnder Article 18 GDPR I ask you to take the blog post offline until the wrong caption has been "
     "checked and corrected, but please do not delete it.\n\nYours faithfully,\nJ. Cole", "en", ["restriction"]),
])
def test_the_article_invoked_and_the_condition_of_a_restriction(text, lang, want):
    assert detect_rights(text, lang).rights == want


def _mail(body: str, subject: str = "vraagje") -> bytes:
    return ("From: Noor Visser <noor.visser@example.nl>\r\nTo: Studio Licht <info@studio-licht.nl>\r\n"
            f"Subject: {subject}\r\nDate: Tue, 17 Nov 2026 10:00:00 +0100\r\nMessage-ID: <w-1@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


@pytest.mark.parametrize("body", [
    "Hoi Sanne,\n\nBedankt voor de galerij van onze gezinsshoot!\n\nIk had begrepen dat de onbewerkte bestanden bij "
    "het pakket hoorden. Zou je me de RAW-bestanden van de hele shoot kunnen sturen via WeTransfer?\n\nGroetjes,\nNoor",
    "Hi Sam,\n\nThanks so much for the gallery of our wedding!\n\nI thought the unedited files were part of the package "
    "we paid for. Could you send me the RAW files of the whole day with WeTransfer?\n\nCheers,\nNoor",
])
def test_the_learned_reading_takes_no_request_from_a_delivery(body):
    rec = parse_bytes(_mail(body), "d.eml")
    assert not rec.is_dsar and rec.rights == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Hi Jess,\n\nWe did a shoot together last spring. My new agency has asked me to get the older pictures taken down. "
     "Could you remove me from your Instagram and from the gallery page on your website?\n\nThanks a lot,\nMaya", "en"),
    ("Hoi,\n\nMijn nieuwe bureau heeft gevraagd om de oude foto's offline te laten halen. Kunnen jullie mij van jullie "
     "Instagram en van de portfoliopagina op de website verwijderen?\n\nDank je,\nMaya", "nl"),
])
def test_removed_from_public_places_only_is_the_withdrawal(text, lang):
    c = detect_rights(text, lang)
    assert c.rights == ["withdraw_consent"]
    assert any("Instagram" in t for t in c.evidence["withdraw_consent"])
