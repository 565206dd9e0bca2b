"""Formal request letters as request-generator sites write them, one per right and language.

Written for this test (not taken from any corpus). Each letter cites the law around its
request (Art. 12(3), 15(3), 17(2), 19, 21(3), the list of Art. 15(1)(a)-(h), the right to
complain): only the right asked for may come out, and the language must be recognised.
"""

from __future__ import annotations

import pytest

from studio_dsar.core.intake.classify import detect_language, detect_rights

LETTERS: list[tuple[str, set[str], str]] = []


def add(lang: str, rights: list[str], text: str) -> None:
    LETTERS.append((lang, set(rights), text))


add("en", ["access"], """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (GDPR).

Please provide me with a copy of all personal data you hold about me, together with the following information:
a) the purposes of the processing;
b) the categories of personal data concerned;
c) the recipients to whom the personal data have been or will be disclosed;
d) the envisaged period for which the personal data will be stored;
e) the existence of the right to request rectification or erasure of personal data or restriction of processing or to object to such processing;
f) the right to lodge a complaint with a supervisory authority;
g) where the data were not collected from me, any available information as to their source;
h) the existence of automated decision-making, including profiling, referred to in Article 22.

Under Article 12(3) GDPR you must respond without undue delay and in any event within one month of receipt. Under Article 15(3) the first copy must be provided free of charge. If you need more information to identify me, please let me know promptly.

If I do not receive a response within one month, I reserve the right to lodge a complaint with the supervisory authority.

Yours faithfully,
Jane Doe""")
add("nl", ["access"], """Geachte heer/mevrouw,

Met deze brief doe ik een beroep op mijn recht op inzage, zoals bedoeld in artikel 15 van de Algemene verordening gegevensbescherming (AVG).

Ik verzoek u mij te laten weten of u persoonsgegevens van mij verwerkt. Als dat het geval is, ontvang ik graag een kopie van deze gegevens, met daarbij informatie over:
- de verwerkingsdoeleinden;
- de categorieën van persoonsgegevens;
- de ontvangers aan wie de gegevens zijn verstrekt;
- de bewaartermijn;
- het recht om rectificatie of wissing van persoonsgegevens of beperking van de verwerking te vragen, alsmede het recht om bezwaar te maken;
- het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens;
- de bron van de gegevens;
- het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering (artikel 22 AVG).

Op grond van artikel 12 lid 3 AVG dient u binnen een maand na ontvangst te reageren. De eerste kopie is kosteloos (artikel 15 lid 3 AVG).

Met vriendelijke groet,
Jan Jansen""")
add("fr", ["access"], """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant sont traitées par vos services et, le cas échéant, de m'en communiquer une copie.

Je souhaite également obtenir les informations suivantes :
- les finalités du traitement ;
- les catégories de données concernées ;
- les destinataires auxquels les données ont été communiquées ;
- la durée de conservation envisagée ;
- l'existence du droit de demander la rectification ou l'effacement des données, la limitation du traitement, ou du droit de s'opposer à ce traitement ;
- le droit d'introduire une réclamation auprès d'une autorité de contrôle ;
- l'existence d'une prise de décision automatisée, y compris un profilage (article 22).

Conformément à l'article 12, paragraphe 3, du RGPD, vous disposez d'un délai d'un mois pour répondre à ma demande. À défaut de réponse, je me réserve la possibilité de saisir l'Autorité de protection des données.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Marie Dupont""")
add("de", ["access"], """Sehr geehrte Damen und Herren,

hiermit mache ich mein Auskunftsrecht gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Ist dies der Fall, bitte ich um Auskunft über:
1. die Verarbeitungszwecke;
2. die Kategorien personenbezogener Daten;
3. die Empfänger, gegenüber denen die Daten offengelegt worden sind;
4. die geplante Speicherdauer;
5. das Bestehen eines Rechts auf Berichtigung oder Löschung oder auf Einschränkung der Verarbeitung oder eines Widerspruchsrechts gegen diese Verarbeitung;
6. das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde;
7. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 DSGVO).

Außerdem bitte ich um eine kostenlose Kopie meiner Daten (Art. 15 Abs. 3 DSGVO). Ich erwarte Ihre Antwort innerhalb eines Monats (Art. 12 Abs. 3 DSGVO). Sollte ich keine Antwort erhalten, behalte ich mir vor, mich an die zuständige Aufsichtsbehörde zu wenden.

Mit freundlichen Grüßen
Max Mustermann""")
add("en", ["erasure"], """Dear Sir/Madam,

I request that you delete all my personal data without undue delay, in accordance with Article 17 of the GDPR. This includes the photographs from my session, my contact details and any correspondence.

Where you have made my personal data public, please take reasonable steps to inform other controllers that I have requested the erasure of any links to, or copies of, that data (Article 17(2)). Please also notify any recipients to whom my data have been disclosed (Article 19).

I would be grateful if you could confirm in writing within one month that my data have been erased.

Kind regards,
Peter Smith""")
add("nl", ["erasure"], """Beste,

Hierbij verzoek ik u om op grond van artikel 17 AVG al mijn persoonsgegevens te verwijderen, inclusief de foto's van de fotoshoot van vorig jaar en mijn contactgegevens.

Heeft u mijn gegevens aan anderen verstrekt, dan verzoek ik u deze ontvangers op de hoogte te stellen van mijn verzoek (artikel 19 AVG). Ik ontvang graag binnen een maand een bevestiging dat mijn gegevens zijn gewist. U bent verplicht binnen een maand te reageren.

Met vriendelijke groet,
Petra de Vries""")
add("fr", ["erasure"], """Madame, Monsieur,

Conformément à l'article 17 du RGPD, je vous demande d'effacer l'ensemble des données personnelles me concernant, y compris les photographies prises lors de ma séance et mes coordonnées.

Si vous avez transmis ces données à des tiers, merci de les informer de ma demande d'effacement (article 19). Je vous remercie de me confirmer l'effacement dans un délai d'un mois, conformément à l'article 12.3 du RGPD. À défaut, je me réserve le droit d'introduire une réclamation auprès de l'APD.

Cordialement,
Sophie Lambert""")
add("de", ["erasure"], """Sehr geehrte Damen und Herren,

hiermit fordere ich Sie gemäß Art. 17 DSGVO auf, sämtliche mich betreffenden personenbezogenen Daten unverzüglich zu löschen. Dies betrifft insbesondere die Fotos meines Shootings sowie meine Kontaktdaten.

Falls Sie meine Daten an Dritte weitergegeben haben, teilen Sie diesen bitte meinen Löschantrag mit (Art. 19 DSGVO). Bitte bestätigen Sie mir die Löschung schriftlich innerhalb eines Monats. Andernfalls werde ich mich an die Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Anna Schmidt""")
add("en", ["objection"], """Dear Studio,

I object, under Article 21 GDPR, to the processing of my personal data for direct marketing purposes, including profiling. Please stop sending me newsletters and promotional e-mails.

Under Article 21(3), my data must no longer be processed for such purposes. Please confirm within one month.

Regards,
Tom Jones""")
add("nl", ["objection"], """Geachte heer/mevrouw,

Op grond van artikel 21 AVG maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor direct marketing. Ik wil geen nieuwsbrieven of aanbiedingen meer ontvangen.

U dient de verwerking voor dit doel te staken (artikel 21 lid 3 AVG). Graag ontvang ik binnen een maand uw bevestiging.

Met vriendelijke groet,
Kees Bakker""")
add("fr", ["objection"], """Madame, Monsieur,

En vertu de l'article 21 du RGPD, je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale. Merci de ne plus m'envoyer de newsletter ni d'offres promotionnelles.

Je vous remercie de me confirmer la prise en compte de mon opposition dans un délai d'un mois.

Cordialement,
Luc Martin""")
add("de", ["objection"], """Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 DSGVO der Verarbeitung meiner personenbezogenen Daten zu Zwecken der Direktwerbung. Bitte senden Sie mir keine Newsletter mehr.

Bitte bestätigen Sie mir den Eingang meines Widerspruchs innerhalb eines Monats.

Mit freundlichen Grüßen
Karl Weber""")
add("en", ["portability"], """Hello,

Under Article 20 GDPR I would like to receive the personal data I provided to you in a structured, commonly used and machine-readable format. Where technically feasible, please transmit the data directly to my new photographer, Studio North.

Please respond within one month as required by Article 12(3).

Best regards,
Emma Brown""")
add("nl", ["portability"], """Beste,

Ik maak gebruik van mijn recht op dataportabiliteit (artikel 20 AVG). Graag ontvang ik de persoonsgegevens die ik aan u heb verstrekt in een gestructureerde, gangbare en machineleesbare vorm, zodat ik ze aan een andere fotograaf kan doorgeven.

Met vriendelijke groet,
Lisa Visser""")
add("fr", ["portability"], """Bonjour,

Conformément à l'article 20 du RGPD (droit à la portabilité), je souhaite recevoir les données personnelles que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.

Merci d'avance,
Julie Bernard""")
add("de", ["portability"], """Guten Tag,

gemäß Art. 20 DSGVO bitte ich Sie, mir die mich betreffenden Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln.

Viele Grüße
Lena Fischer""")
add("en", ["rectification"], """Dear Sir or Madam,

Under Article 16 GDPR I ask you to rectify inaccurate personal data about me. Your records show my address as 12 Oak Street; my correct address is 45 Elm Road. Please also inform any recipients of this correction (Article 19).

Yours sincerely,
Mark Taylor""")
add("nl", ["rectification"], """Geachte heer/mevrouw,

Op grond van artikel 16 AVG verzoek ik u mijn onjuiste persoonsgegevens te corrigeren. In uw administratie staat mijn achternaam als 'Jansens', maar dat moet 'Janssens' zijn.

Met vriendelijke groet,
Eva Janssens""")
add("fr", ["rectification"], """Madame, Monsieur,

Conformément à l'article 16 du RGPD, je vous demande de rectifier les données inexactes me concernant : mon adresse e-mail enregistrée est erronée, la bonne adresse est claire.roux@mail.be.

Cordialement,
Claire Roux""")
add("de", ["rectification"], """Sehr geehrte Damen und Herren,

gemäß Art. 16 DSGVO verlange ich die Berichtigung meiner Daten: mein Nachname ist bei Ihnen falsch gespeichert, richtig ist „Müller-Lüdenscheidt“.

Mit freundlichen Grüßen
Hans Müller-Lüdenscheidt""")
add("en", ["restriction"], """Dear Sir or Madam,

I contest the accuracy of the personal data you hold about me. Under Article 18(1)(a) GDPR I request that you restrict the processing of my data for the period needed to verify its accuracy.

Regards,
Olivia Green""")
add("nl", ["restriction"], """Geachte heer/mevrouw,

Ik betwist de juistheid van de gegevens die u over mij verwerkt. Op grond van artikel 18 AVG verzoek ik u de verwerking van mijn gegevens te beperken totdat dit is uitgezocht.

Met vriendelijke groet,
Bart Smit""")
add("fr", ["restriction"], """Madame, Monsieur,

Je conteste l'exactitude des données me concernant. En application de l'article 18 du RGPD, je vous demande de limiter le traitement de mes données pendant la durée de la vérification.

Cordialement,
Anne Petit""")
add("de", ["restriction"], """Sehr geehrte Damen und Herren,

ich bestreite die Richtigkeit der über mich gespeicherten Daten und verlange gemäß Art. 18 DSGVO die Einschränkung der Verarbeitung, bis die Richtigkeit überprüft ist.

Mit freundlichen Grüßen
Paul Wagner""")
add("en", ["withdraw_consent"], """Hi,

I hereby withdraw the consent I gave for the use of my photographs on your website and social media (Article 7(3) GDPR). Please remove them.

Thanks,
Sarah White""")
add("nl", ["withdraw_consent"], """Hallo,

Hierbij trek ik mijn toestemming in voor het gebruik van mijn foto's in jullie portfolio en op Instagram (artikel 7 lid 3 AVG). Willen jullie ze weghalen?

Groet,
Sanne""")
add("fr", ["withdraw_consent"], """Bonjour,

Je retire par la présente mon consentement à l'utilisation de mes photos sur votre site et vos réseaux sociaux (article 7, paragraphe 3, du RGPD). Merci de les retirer.

Cordialement,
Chloé""")
add("de", ["withdraw_consent"], """Hallo,

hiermit widerrufe ich meine Einwilligung zur Veröffentlichung meiner Fotos auf Ihrer Website und auf Instagram (Art. 7 Abs. 3 DSGVO). Bitte entfernen Sie die Bilder.

Gruß
Mia""")


@pytest.mark.parametrize("lang,rights,text", LETTERS, ids=[f"{lg}-{'+'.join(sorted(r))}" for lg, r, _ in LETTERS])
def test_letter_asks_only_for_its_right(lang, rights, text):
    assert set(detect_rights(text).rights) == rights
    assert detect_language(text) == lang


def test_every_right_in_every_language():
    pairs = {(lang, right) for lang, rights, _ in LETTERS for right in rights}
    assert len(pairs) == 28
